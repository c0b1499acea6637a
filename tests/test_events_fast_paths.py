"""The fast paths of event inference give what the straightforward code gave.

Markup to sentences (herald.derive.text) and the search for sentences holding a digit or
relative words (herald.derive.infer) skip work on text that cannot hold what is looked for.
Here the straightforward versions they replaced are the reference, run on random text rich in
what those shortcuts look at (line marks, links, abbreviations, digits, odd case and spaces).
"""

from __future__ import annotations

import re
from dataclasses import astuple

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from herald.derive import text
from herald.derive.patterns import LANGS
from herald.derive.sentences import (
    DIGIT,
    digit_lines,
    holding,
    lower,
    lowered,
    relative_words,
    segment_words,
)

# --------------------------------------------------------------------------- the reference

_ZERO_WIDTH = re.compile(r"[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_MD_LINK = re.compile(r"\[([^\]]{0,300})\]\((?:[^()]|\([^)]*\))*\)")
_EMPHASIS = re.compile(r"[*`_~]+")
_DOTTED_DAY = re.compile(r"(?<![\d.])[0-3]?\d\.(?:1[0-2]|0?[1-9])\.$")
_SENTENCE = re.compile(r"(?<=[.!?…])[\"”')\]]*\s+(?=[\"“'(\[]*[A-ZÅÄÖÉ0-9])")
_ABBREV_END = re.compile(
    r"(?:\b(?:kl|ca|t\.ex|bl\.a|dvs|osv|mm|resp|jfr|nr|tel|st|dr|mr|mrs|ms|no|vs|approx|etc|"
    r"e\.g|i\.e|inkl|exkl|fr\.o\.m|t\.o\.m|ev|sk|s\.k|obs|"
    r"jan|febr?|mar|apr|jun|jul|aug|sept?|oct|okt|nov|dec|"
    r"mon|tues?|wed|thu|thurs?|fri|sat|sun|mån|tis|ons|tors?|fre|lör|sön|a\.m|p\.m)\.)$",
    re.I,
)
_M = re.M
_LINE_SUBS = [
    (re.compile(r"^[ \t]*(?:[-*_][ \t]*){3,}$", _M), ""),
    (re.compile(r"^[ \t]*\|?[ \t]*:?-{2,}:?[ \t]*(?:\|[ \t]*:?-{2,}:?[ \t]*)*\|?[ \t]*$", _M), ""),
    (re.compile(r"^([^\n]+)\n[ \t]{0,3}(?:=+|-{2,})[ \t]*$", _M), text.HEAD + r"\1"),
    (re.compile(r"^[ \t]{0,3}#{1,6}[ \t]*([^\n]*?)[ \t]*#*[ \t]*$", _M), text.HEAD + r"\1"),
    (re.compile(r"^[ \t]*(?:\*\*|__)([^*_\n]+)(?:\*\*|__)[ \t]*:?[ \t]*$", _M), text.HEAD + r"\1"),
    (re.compile(r"^[ \t]*(?:>[ \t]?)+", _M), ""),
    (re.compile(r"^[ \t]*(?:[-*+•]|\d{1,2}[.)](?=[ \t]))[ \t]+", _M), text.ITEM),
    (re.compile(r"^[ \t]*\|", _M), text.ITEM),
]


def plain_text(markup: str, alt: bool = False) -> str:
    t = markup.replace("\r\n", "\n").replace("\r", "\n")
    t = _ZERO_WIDTH.sub("", t)
    if "<" in t:
        t = text._sub_before(text._COMMENT, " ", t, t.rfind("-->") + 3)
        t = text._sub_before(text._SCRIPT, " ", t, text._last_end(text._SCRIPT_END, t))
    if "{" in t:
        t = text._LIQUID.sub(" ", t)
        t = re.sub(r"\{:[^{}\n]{0,300}\}", " ", t)  # kramdown's '{:target="_blank"}'
    t = text._STRUCK_MD.sub(" ", t)
    if "<" in t:
        t = text._STRUCK_TAG.sub(" ", t)
        t = text._sub_before(text._HEADING_TAG,
                             lambda m: "\n# " + m.group(1).replace("\n", " ") + "\n",
                             t, text._last_end(text._HEADING_END, t))
        t = text._sub_before(text._IMG_TAG, " ", t, t.rfind(">") + 1)
        t = text._CELL_TAG.sub(" , ", t)
        t = text._sub_before(text._BLOCK_TAG, "\n", t, t.rfind(">") + 1)
        t = text._sub_before(text._TAG, "", t, t.rfind(">") + 1)
    if "&" in t:
        t = text.html.unescape(t)
    if "[" in t:
        t = text._MD_REF_DEF.sub(" ", t)
        # (with `alt`, the text an author gave an image that says something of it: a digit)
        t = text._MD_IMAGE.sub(lambda m: " " + (" " + m[1] if alt and text._said_for_it(m[1])
                                               else ""), t)
        t = _MD_LINK.sub(r"\1", t)
        t = text._MD_REF_LINK.sub(r"\1", t)
        t = text._BRACKETS.sub(r"\1", t)
    if "http" in t or "www." in t:
        t = text._URL.sub(" ", t)
    t = re.sub(r"(?<=[\w.)])([ \t]*)(---|--)(?=[ \t]*[\w(])",
               lambda m: m[1] + {"--": "–", "---": "—"}[m[2]], t)
    t = text._ESCAPE.sub(lambda m: m[1] or "", t)
    return text._SPACES.sub(" ", t)


def split_sentences(line: str) -> list[str]:
    parts: list[str] = []
    start = 0
    for m in _SENTENCE.finditer(line):
        if _ABBREV_END.search(line, max(start, m.start() - 12), m.start()):
            continue
        if line[m.end() : m.end() + 1].isdigit() and _DOTTED_DAY.search(line[:m.start()]):
            continue  # "Freitag 26.04. 19 Uhr"
        parts.append(line[start : m.start()])
        start = m.end()
    parts.append(line[start:])
    return [p.strip() for p in parts if p.strip()]


def segments(markup: str) -> list[tuple]:
    t = plain_text(text.without_fenced_code(markup), alt=True)  # (code is no prose: a step)
    if not text._MARKUP_CHARS.search(t):
        return [(s, "body", 1, 1, k == 0, False, False)
                for k, s in enumerate(split_sentences(t.strip()))]
    for rx, repl in _LINE_SUBS:
        t = rx.sub(repl, t)
    t = _EMPHASIS.sub("", t.replace("|", " , "))
    out = []
    block = line_no = 0
    for para in text._BLANK.split(t):
        block += 1
        lines: list[list] = []
        for raw in para.split("\n"):
            raw = raw.strip(" \t,")
            if not raw:
                continue
            heading, item = raw[0] == text.HEAD, raw[0] == text.ITEM
            if heading or item:
                raw = raw.lstrip(text.HEAD + text.ITEM + " ")
                if not raw:
                    continue
            if lines and not heading and not item and not lines[-1][1] and raw[0].islower():
                lines[-1][0].append(raw)
            else:
                lines.append([[raw], heading, item])
        for parts, heading, item in lines:
            line_no += 1
            for k, s in enumerate(split_sentences(" ".join(parts))):
                out.append((s, "body", block, line_no, k == 0, heading, item))
    return out


# --------------------------------------------------------------------------- random markup

PIECES = st.sampled_from([
    "\n", "\n\n", " \n", "\t", "  ", " ", " -- ", "3--4", "\u00a0", "\u2009", "\u200b", "\u00ad",
    "\ufeff", "\r\n",
    "- ", "* ", "+ ", "• ", "1. ", "12) ", "---", "***", "___", "- - -", "--", "==", "=", "-",
    "# ", "### ", " #", "> ", ">> ", "| ", " | ", "|---|:--:|", ":--", "**", "__", "*", "_",
    "`", "~", "[", "]", "(", ")", "![", "](", "][", "]: ", "[a](b)", "[a](b(c)d)", "[a](b(c)",
    "[a](b)c)", "[x][y]", "[x]: http://e", "![i](p.png)", "http://e.org/x ", "www.e ", "<p>",
    "</p>", "<h2>", "</h2>", "&amp;", "&#49;", "{{ x }}", "{:target=\"_blank\"}", "{: .c}", "{:",
    "~~", "<del>", "</del>", "<s>", "</s>",
    ".", ". ", "! ", "? ", "… ", ".\" ", ".) ", ". (", "kl. ", "Kl. ", "KL. ", "t.ex. ",
    "T.EX. ", "fr.o.m. ", "Nov. ", "nov. ", "e.g. ", "a.m. ", "mån. ", "sön. ", "xkl. ",
    "_kl. ", "ſt. ", "\u212al. ", "İ. ", "veckor. ", "approx. ", "thurs. ", "feb. ",
    "A", "B", "Å", "Ö", "É", "a", "ö", "ord", "Mötet", "Idag", "i dag", "I DAG", "fre", "dag",
    "3", "12", "٣", "2024", "9.00", "noon",
])
MARKUP = st.lists(PIECES, max_size=60).map("".join)
SETTINGS = settings(max_examples=400, deadline=None, suppress_health_check=list(HealthCheck))


@SETTINGS
@given(st.one_of(MARKUP, st.text(max_size=200)))
@example("Rubrik\n===\n\nText. Mer\n-\n> - a | b\n\n|--|--|\n**Fet**\n# H #\n1. x")
@example("Möte kl. 9. Sedan t.ex. Anna. Slut fr.o.m. Måndag. Nov. 14. X _kl. Y ſt. Z")
@example(". 3ord")  # (a sentence's dot at the line's start: no character before it to look at)
def test_segments_are_those_of_the_straightforward_code(markup):
    assert [astuple(s)[:7] for s in text.segments(markup)] == segments(markup)  # but caption
    assert text.plain_text(markup) == plain_text(markup)


@SETTINGS
@given(st.lists(st.one_of(MARKUP, st.text(max_size=30)).map(lambda t: t.replace("\n", " ")),
                max_size=8),
       st.sampled_from(sorted(LANGS)))
def test_segments_holding_digits_and_relative_words_are_found_in_all_at_once(texts, lang):
    lp = LANGS[lang]
    lows = [lower(t) for t in texts]
    digits, words = segment_words("\n".join(lows), lows, lp)
    assert digits == {i for i, low in enumerate(lows) if DIGIT.search(low)}
    assert set(words) == {i for i, low in enumerate(lows) if relative_words(low, lp)}
    for i, found in words.items():
        assert lp.prefilter.search(found) and found in lows[i]


@SETTINGS
@given(st.lists(st.lists(st.sampled_from(["Σ", "ΑΣ", "σ", "'", "\u0301", "\u00ad", ".", " ", "A",
                                           "İ", "ß", "ǅ", "\x00", "Ω"]), max_size=6).map("".join),
                max_size=6))
@example(["ΑΣ", "Σ", "ΑΣ'"])
def test_segments_lowered_at_once_are_lowered_one_by_one(texts):
    assert lowered(texts) == "\n".join(lower(t) for t in texts)


LETTERS = st.sampled_from([
    "kl", "KL", "Kl", "mån", "MÅN", "Mån", "lör", "sön", "SÖN", "t.ex", "fr.o.m", "thurs", "sept",
    "approx", "nov", "a", "x", "å", "Å", "é", "ª", "µ", "ß", "ÿ", "ſt", "\u212al", "İ", "ı", "_",
    "3", ".", " ", "  ", "(", "\u00a0",
])


@SETTINGS
@given(st.lists(LETTERS, max_size=12).map("".join), st.data())
def test_abbreviations_at_sentence_ends_are_those_the_pattern_finds(words, data):
    line = words + "."
    end = len(line)
    starts = [0, *(i + 1 for i, c in enumerate(line[:-1]) if c.isspace())]
    start = data.draw(st.sampled_from(starts))
    want = _ABBREV_END.search(line, max(start, end - 12), end) is not None
    assert text._abbreviation_before(line, start, end) == want


DIGITS = st.sampled_from(["0", "9", "\u0660", "\u06f3", "\u0966", "\uff11", "\U0001d7ce", "²", "½",
                          "\u2013", "\ud800", "å", "a", " ", "\u0640"])


@SETTINGS
@given(st.lists(st.lists(st.one_of(DIGITS, st.text(max_size=3)), max_size=5).map("".join)
                .map(lambda t: t.replace("\n", " ")), max_size=8))
def test_lines_holding_digits_are_those_the_pattern_finds(lines):
    assert digit_lines("\n".join(lines), lines) == {
        i for i, line in enumerate(lines) if DIGIT.search(line)}


def test_decimal_digits_below_u0660_are_0_to_9():
    assert [c for c in map(chr, range(0x660)) if DIGIT.match(c)] == list("0123456789")


def test_holding_finds_each_line_once():
    text = "ab1\ncd22\n\nef3\n4"
    assert holding(re.compile("2"), text) == {1}
    assert holding(DIGIT, text) == {0, 1, 3, 4}
    assert holding(re.compile("x"), text) == set()


@SETTINGS
@given(st.one_of(MARKUP, st.text(max_size=200)))
def test_segment_texts_hold_no_line_break(markup):
    assert not any("\n" in s.text for s in text.segments(markup))


def test_captions_are_the_text_beside_or_under_an_image() -> None:
    markup = (
        "Intro text.\n\n![a](a.png)\n*Under the image*\n\n![b](b.png) Beside the image\n\n"
        "Plain prose after."
    )
    flagged = {s.text: s.caption for s in text.segments(markup)}
    assert flagged == {
        "Intro text.": False, "Under the image": True, "Beside the image": True,
        "Plain prose after.": False,
    }  # fmt: skip
    assert "\x03" not in text.plain_text(markup)
