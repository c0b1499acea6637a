"""Which language a site's posts are written in, for a site whose settings do not say.

Counts the short words each language uses most (and its neighbours do not) in a sample of
the site's text. Enough for the site's default language; a post's own `lang` always wins.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

# words frequent in one language and rare in the others listed
_WORDS = {
    "en": "the and of to is that for with are this was have from will you not be on at "
          "by our we it an or as can about which their has been more",
    "sv": "och att är för inte som det på med av till har den jag vi kommer också eller "
          "från kan om vid ett sig mycket finns blir hur när efter våra vår",
    "da": "og af ikke er til det på med som den har jeg vi vil også eller fra kan hvad "
          "efter meget blev nogle hvor når være bliver vores dig mig sig",
    "no": "og ikke er til det på med som har jeg vi vil også eller fra kan hva etter mye "
          "ble noen hvor når være blir våre deg meg seg av",
    "de": "und der die das ist nicht mit von zu den auf für ein eine sich auch es im dem "
          "werden wir ich sind bei oder",
    "nl": "de het een van en is niet met op voor dat zijn te ook worden bij aan wij ik "
          "maar naar",
    "fr": "le la les des est une et pour dans que qui pas sur avec nous ce sont du au "
          "plus vous",
    "es": "el la los las de que y en un una es por para con no del se al lo como más",
    "fi": "ja on ei että se ovat mutta myös kun tai ole olla hän sekä jos voi",
}
_VOCABULARY = {lang: frozenset(words.split()) for lang, words in _WORDS.items()}
_WORD = re.compile(r"[^\W\d_]+")
MIN_HITS = 20  # words a language must have matched before it is named


def detect_language(texts: Iterable[str], min_hits: int = MIN_HITS) -> str | None:
    """The language most of `texts` are written in, or None when fewer than `min_hits` of
    its words say so."""
    hits: Counter[str] = Counter()
    seen: Counter[str] = Counter()
    for text in texts:
        words = _WORD.findall(text.lower())
        seen.update(words)
        for lang, vocabulary in _VOCABULARY.items():
            hits[lang] += sum(word in vocabulary for word in words)
    if not hits:
        return None
    (best, count), (second, runner_up), *_ = hits.most_common() + [("", 0), ("", 0)]
    if count < min_hits:
        return None
    if count >= runner_up * 1.15:
        return best
    # close neighbours (Danish and Norwegian share most short words): the words only one has
    own = sum(seen[word] for word in _VOCABULARY[best] - _VOCABULARY.get(second, frozenset()))
    other = sum(seen[word] for word in _VOCABULARY.get(second, frozenset()) - _VOCABULARY[best])
    return best if own >= min_hits // 2 and own >= 2 * other else None
