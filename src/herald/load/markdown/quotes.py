"""kramdown's smart quotes: which curly quote it writes for a straight one (its SQ_RULES), used
by the inline pass and by the fast path's check of pulldown-cmark's quotes."""

from __future__ import annotations

import re
from functools import lru_cache

from herald.load.markdown.options import entity_char

DEFAULT_QUOTES = ("‘", "’", "“", "”")

# kramdown's SQ_RULES (parser/kramdown/smart_quotes.rb), tried in order from the character
# before a quote: what stands where, as groups of the match or quote names.
_SQ_PUNCT = r"""[!"#$%'()*+,\-./:;<=>?@\[\\\]^_`{|}~]"""
_SQ_CLOSE = r"""[^ \\\t\r\n\[{(-]"""
_SQ_RULES: tuple[tuple[re.Pattern[str], tuple[int | str, ...]], ...] = tuple(
    (re.compile(pattern, re.A | re.M), substitutions) for pattern, substitutions in (
        (r"""("|')(?=[_*]{1,2}\S)""", ("lquote1",)),
        (rf"""("|')(?={_SQ_PUNCT}(?!\.\.)\B)""", ("rquote1",)),
        (r"""(\s?)"'(?=\w)""", (1, "ldquo", "lsquo")),
        (r"""(\s?)'"(?=\w)""", (1, "lsquo", "ldquo")),
        (r"""(\s?)'(?=\d\ds)""", (1, "rsquo")),
        (r"""(\s)('|")(?=\w)""", (1, "lquote2")),
        (rf"""({_SQ_CLOSE})('|")""", (1, "rquote2")),
        (r"""("|')(?=\s|s\b|$)""", ("rquote1",)),
        (r"""((?s:.)?)'""", (1, "lsquo")),
        (r"""((?s:.)?)\"""", (1, "ldquo")),
    ))
# which of the four smart_quotes characters each quote name stands for
_SQ_INDEX = {"lsquo": 0, "rsquo": 1, "ldquo": 2, "rdquo": 3}
_SQ_CHARS = {("lquote", "'"): 0, ("lquote", '"'): 2, ("rquote", "'"): 1, ("rquote", '"'): 3}
# characters kramdown reads as the start of something else (emphasis, code, a tag, an entity,
# a link): a quote after one of them starts its own run of text
_SQ_NOT_BEFORE = frozenset("*_`<&[\\\0")
_SQ_NOT_CLOSE = frozenset(" \\\t\r\n\v\f[{(-")


def smart_quote(text: str, at: int, after_text: bool, quotes: tuple[str, str, str, str]
                ) -> tuple[str, int]:
    """kramdown's parse_smart_quotes for the quote at `at`: what it writes for it, and where
    the text goes on. `after_text` when the character before the quote is plain text: kramdown
    then tries its rules from that character on."""
    start = at - 1 if after_text and text[at - 1] not in _SQ_NOT_BEFORE \
        and not text.endswith(("--", "...", "<<", ">>"), 0, at) else at
    if start < at and text[start] not in _SQ_NOT_CLOSE and text[start] not in "'\"":
        return quotes[1 if text[at] == "'" else 3], at + 1  # the common case: rule 7
    for rule, substitutions in _SQ_RULES:
        if (match := rule.match(text, start)) is None:
            continue
        result = []
        for item in substitutions:
            if isinstance(item, int):
                if match.start(item) >= at:  # (the character before is already written)
                    result.append(match[item])
            elif item[-1] in "12":  # lquote1, rquote2...: which quote the group holds
                result.append(quotes[_SQ_CHARS[item[:-1], match[int(item[-1])]]])
            else:
                result.append(quotes[_SQ_INDEX[item]])
        return "".join(result), match.end()
    return text[at], at + 1


@lru_cache(maxsize=64)
def smart_quote_chars(setting: str) -> tuple[str, str, str, str]:
    """The characters of kramdown's smart_quotes setting: lsquo, rsquo, ldquo, rdquo."""
    chars = [entity_char(name.strip()) for name in setting.split(",")]
    if len(chars) != 4 or None in chars:
        return ("‘", "’", "“", "”")
    return chars[0] or "", chars[1] or "", chars[2] or "", chars[3] or ""
