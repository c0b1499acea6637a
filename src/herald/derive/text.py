"""Markdown/HTML -> plain-text segments (sentences), regex based and fast.

A segment is one sentence (or one list item, heading or table row) of plain text. Segments keep
their block (paragraph) number and whether they start a source line, which the inference uses for
context (neighbouring sentences, headed programmes).
"""

from __future__ import annotations

import html
import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any, NamedTuple

__all__ = ["Segment", "plain_text", "segments", "without_strokes"]


@dataclass(slots=True)  # not frozen: building thousands of frozen ones is slow
class Segment:
    text: str
    source: str  # "title" | "lead" | "body"
    block: int  # paragraph number (unique across sources)
    line: int  # source line number (unique across sources)
    line_start: bool  # the segment starts its line (list item, heading, table row, paragraph)
    heading: bool  # a Markdown/HTML heading or a line that is entirely bold
    item: bool = False  # a list item or table row
    caption: bool = False  # the text beside or right under an image


_COMMENT = re.compile(r"<!--.*?-->", re.S)
_SCRIPT = re.compile(r"<(script|style)\b.*?</\1\s*>", re.S | re.I)
_SCRIPT_END = re.compile(r"</(?:script|style)\s*>", re.I)
_BLOCK_TAG = re.compile(
    r"</?(?:p|div|br|li|ul|ol|tr|table|thead|tbody|section|article|blockquote|hr|dd|dt|dl)"
    r"\b[^>]*>",
    re.I,
)
# struck-through text is what its author took back ("~~postponed~~ cancelled"): dropped
# (no tags inside, nor a line break in "~~...~~": a match ends at the first "<" or line end, so
# thousands of "<s>" or "~~" cost no more than reading them once)
_STRUCK_TAG = re.compile(r"<(?:del|s|strike)\b[^<>]*>[^<]{0,2000}</(?:del|s|strike)\s*>", re.I)
_STRUCK_MD = re.compile(r"~~(?=[^~\s])[^~\n]{1,2000}?~~")
_HEADING_TAG = re.compile(r"<h[1-6]\b[^>]*>(.*?)</h[1-6]\s*>", re.I | re.S)
_HEADING_END = re.compile(r"</h[1-6]\s*>", re.I)
_CELL_TAG = re.compile(r"</t[dh]\s*>", re.I)
_IMG_TAG = re.compile(r"<img\b[^>]*>", re.I)
_TAG = re.compile(r"</?[a-zA-Z][^>]*>")
# Bracketed and Liquid spans are at most 300 characters: from each of thousands of "[" or
# "{{" with no closing one, an unbounded pattern would read to the end of the text.
_LIQUID = re.compile(r"\{%.{0,300}?%\}|\{\{.{0,300}?\}\}", re.S)
_KRAMDOWN_IAL = re.compile(r"\{:[^{}\n]{0,300}\}")
_MD_IMAGE = re.compile(r"!\[([^\]]{0,300})\]\([^)]*\)")
# the target: characters but parentheses, and (...) groups (a loop unrolled for speed)
_MD_LINK = re.compile(r"\[([^\]]{0,300})\]\([^()]*(?:\([^)]*\)[^()]*)*\)")
_MD_REF_LINK = re.compile(r"\[([^\]]{1,300})\]\[[^\]]*\]")
_MD_REF_DEF = re.compile(r"^\s*\[[^\]]+\]:\s*\S+.*$", re.M)
_BRACKETS = re.compile(r"\[([^\]\n]{0,300})\]")
_URL = re.compile(r"(?:https?://|www\.)\S+")
# a backslash before punctuation or a space (the escaped character), or ending a line (a break)
_ESCAPE = re.compile(r"\\([ !-/:-@\[-`{-~]|(?=\n|$))")
_EMPHASIS = "*`_~"
_WS = "\t\u00a0\u202f\u2007\u2009\u200a\u2002\u2003\u3000"  # tabs, non-breaking and thin spaces
# kramdown's dashes between words or numbers (not a table's rule, "| --- |", nor a line's)
_DASHES = re.compile(r"(?<=[\w.)])([ \t]*)(-{2,3})(?=[ \t]*[\w(])")
_SPACES = re.compile("[" + _WS + "][ " + _WS + "]*|  +")
_ZW = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
_STROKES = "\u0335\u0336\u0337\u0338"  # combining strokes drawn through letters
# a sentence ends with a match's first character (a class or a literal first: the regex engine
# skips to it, a literal the fastest)
_SENTENCE_END = r"[\"”')\]]*\s+(?=[\"“'(\[]*[A-ZÅÄÖÉ0-9])"
_SENTENCE = re.compile(r"[.!?…]" + _SENTENCE_END)
_SENTENCE_DOT = re.compile(r"\." + _SENTENCE_END)  # the same in a line without "!", "?" or "…"
_ABBREVIATIONS = (
    "kl", "ca", "t.ex", "bl.a", "dvs", "osv", "mm", "resp", "jfr", "nr", "tel", "st", "dr", "mr",
    "mrs", "ms", "no", "vs", "approx", "etc", "e.g", "i.e", "inkl", "exkl", "fr.o.m", "t.o.m",
    "ev", "sk", "s.k", "obs", "prof", "dipl", "bzw", "evtl", "ggf", "z.b", "bijv",
    "dhr", "mevr",
    "jan", "feb", "febr", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "okt", "nov",
    "dec",  # "Nov. 14"
    "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "mån", "tis", "ons",
    "tor", "tors", "fre", "lör", "sön", "a.m", "p.m",
)  # fmt: skip
_ABBREV_END = re.compile(r"\b(?:" + "|".join(map(re.escape, _ABBREVIATIONS)) + r")\.$", re.I)
_ABBREV_WORDS = frozenset(a for a in _ABBREVIATIONS if a.isalpha())
_ABBREV_MAX = max(map(len, _ABBREVIATIONS))
_BLANK = re.compile(r"\n\s*\n")


# A regex character class is tried character by character: `in` and str.replace are many
# times faster where they can do the same.
def _has_any(text: str, chars: str) -> bool:
    return any(c in text for c in chars)


@cache
def _literal(chars: str) -> re.Pattern[str]:
    return re.compile(re.escape(chars))


def _holds(text: str, chars: str) -> bool:
    """`chars in text` (a regex finds several characters missing from a long text faster)"""
    return chars in text if len(text) < 1000 else _literal(chars).search(text) is not None


def _first_group(match: re.Match[str]) -> str:  # faster than the template r"\1"
    return match[1]


def _escaped(match: re.Match[str]) -> str:  # an escaped character, or none (a line break)
    return match[1] or ""


def _drop(text: str, chars: str) -> str:
    """`text` without any of `chars`."""
    for c in chars:
        if c in text:
            text = text.replace(c, "")
    return text


def plain_text(markup: str) -> str:
    """Markup to plain text, keeping line structure (one source line per output line).

    Each step runs only on text holding what it looks for.
    """
    return _plain(markup, " ")


_DIGIT = re.compile(r"\d")
# what a camera or a screenshot names a picture: a time to the second, a file's name
_FILES_NAME = re.compile(r"\d\d[.:]\d\d[.:]\d\d|\.(?:png|jpe?g|gif|webp|svg|heic)\b|"
                         r"\b(?:img|dsc|dscn|pxl|pic)[_-]?\d", re.I)


def _said_for_it(alt: str) -> bool:
    """Whether an image's text is what its author said of it, with a digit (a poster's "19.30
    3rd April @Assembly Roxy"; not "saturday calendar", nor a screenshot's name, "Screenshot
    2024-05-03 at 14.32.11", nor "IMG_2034.jpg")."""
    return _DIGIT.search(alt) is not None and _FILES_NAME.search(alt) is None


def _plain(markup: str, image: str, alt: bool = False) -> str:
    """plain_text, with each image replaced by `image` (and, with `alt`, the text its
    author gave for it after it: see _said_for_it)."""
    text = markup.replace("\r\n", "\n").replace("\r", "\n") if "\r" in markup else markup
    text = _drop(text, _ZW)
    if "<" in text:
        text = _sub_before(_COMMENT, " ", text, text.rfind("-->") + 3)
        text = _sub_before(_SCRIPT, " ", text, _last_end(_SCRIPT_END, text))
    if "{" in text:
        text = _LIQUID.sub(" ", text)
        if "{:" in text:  # kramdown's attribute lists ('[Shop](url){:target="_blank"}')
            text = _KRAMDOWN_IAL.sub(" ", text)
    if "~~" in text:
        text = _STRUCK_MD.sub(" ", text)
    if "<" in text:
        text = _STRUCK_TAG.sub(" ", text)
        text = _sub_before(_HEADING_TAG, lambda m: "\n# " + m.group(1).replace("\n", " ") + "\n",
                           text, _last_end(_HEADING_END, text))
        text = _sub_before(_IMG_TAG, image, text, text.rfind(">") + 1)
        text = _CELL_TAG.sub(" , ", text)
        text = _sub_before(_BLOCK_TAG, "\n", text, text.rfind(">") + 1)
        # inline tags vanish: 25<sup>th</sup> -> 25th
        text = _sub_before(_TAG, "", text, text.rfind(">") + 1)
    if "&" in text:
        text = html.unescape(text)
    if "[" in text:
        if _holds(text, "]:"):
            text = _MD_REF_DEF.sub(" ", text)
        if _holds(text, "!["):
            text = _MD_IMAGE.sub(lambda m: image + " " + m.group(1)
                                 if alt and _said_for_it(m.group(1)) else image, text)
        if _holds(text, "]("):
            text = _MD_LINK.sub(_first_group, text)
        if _holds(text, "]["):
            text = _MD_REF_LINK.sub(_first_group, text)
        if "[" in text:
            text = _BRACKETS.sub(_first_group, text)
    if _holds(text, "http") or _holds(text, "www."):
        text = _URL.sub(" ", text)
    if "--" in text:  # kramdown's dashes: "8:00 AM -- 6:00 PM" is a range, as "8:00 AM – 6:00 PM"
        text = _DASHES.sub(_typographic_dash, text)
    if "\\" in text:  # Markdown's escapes: "09:00 -\    09:10", "\- bring along"
        text = _ESCAPE.sub(_escaped, text)
    if _holds(text, "  ") or _has_any(text, _WS):
        text = _SPACES.sub(" ", text)
    return text


def _typographic_dash(match: re.Match[str]) -> str:
    return match.group(1) + ("—" if len(match.group(2)) == 3 else "–")


def _sub_before(rx: re.Pattern[str], repl: Any, text: str, end: int) -> str:
    """`rx.sub(repl, text)` where no match of `rx` can end after `end`: the text after it is
    not searched. Each of thousands of "<h1" or "<!--" with no closing tag after it would
    otherwise be searched to the end of the text, in time growing with the square of its size.
    """
    return rx.sub(repl, text[:end]) + text[end:] if end > 0 else text


def _last_end(rx: re.Pattern[str], text: str) -> int:
    end = 0
    for end_match in rx.finditer(text):
        end = end_match.end()
    return end


def _abbreviation_before(line: str, start: int, end: int) -> bool:
    """Whether line[start:end] ends with an abbreviation and its dot ("kl.", "t.ex.")."""
    if line[end - 1] != ".":
        return False
    # An abbreviation starts a word: look no further back than the longest (a line of a
    # thousand "kl. A" would otherwise be searched from its start a thousand times).
    before = line[max(0, end - 2 - _ABBREV_MAX) : end - 1]
    if len(before) > _ABBREV_MAX and before.isalnum():
        return False  # in a longer word
    word = before.rpartition(" ")[2]
    if " " in before and word.isalpha() and max(word) < "\u0100":
        # a Latin-1 word after a space: the pattern (ignoring case) finds it if it is one
        # (beyond Latin-1 are letters it takes for others: "ſ" for "s", "K" for "k")
        return word.lower() in _ABBREV_WORDS
    return _ABBREV_END.search(line, max(start, end - 1 - _ABBREV_MAX), end) is not None


DOTTED_DAY = r"[0-3]?\d\.(?:1[0-2]|0?[1-9])\."  # a day and month written "26.04."
_DOTTED_DAY_END = re.compile(r"(?<![\d.])" + DOTTED_DAY + "$")
# a date's month and year, or its year, after a space ("25. 07.2015", "25. 07. 2015")
_SPACED_DATE_REST = re.compile(r"(?:(?:1[0-2]|0?[1-9])\.[ ]?)?(?:19|20)\d\d(?!\d)")
_DAY_OR_MONTH_END = re.compile(r"(?<![\d.])(?:[0-3]?\d|\d\d\.[01]?\d)\.$")


def _split_sentences(line: str, dates: DateJoins | None = None) -> list[str]:
    if "!" in line or "?" in line or "…" in line:
        ends = _SENTENCE
    elif "." in line:
        ends = _SENTENCE_DOT
    else:
        line = line.strip()
        return [line] if line else []
    parts: list[str] = []
    start = 0
    for m in ends.finditer(line):
        end = m.start() + 1
        # (most sentences end in a word of more than 6 letters, no abbreviation)
        if (end < 8 or not line[end - 8 : end - 1].isalnum()) and _abbreviation_before(
            line, start, end
        ):
            continue
        if (line[m.end() : m.end() + 1].isdigit() and end >= 2 and line[end - 2] in "dD"
                and (end < 3 or not line[end - 3].isalnum())):
            continue  # "fredag d. 20. september": "den", before its day (not "Room D. The")
        if (
            dates is not None
            and end >= 2
            and line[end - 2].isdigit()
            and dates.month.match(line, m.end())
            and dates.day_end.search(line, max(0, end - 4), end)
        ):
            continue  # "den 11. Maj": a day's dot
        if line[m.end() : m.end() + 1].isdigit() and _DOTTED_DAY_END.search(
                line, max(start, end - 7), end):
            continue  # "Freitag 26.04. 19 Uhr": a dotted date's dot, its time after it
        if (line[end - 2 : end - 1].isdigit() and line[m.end() : m.end() + 1].isdigit()
                and _SPACED_DATE_REST.match(line, m.end())
                and _DAY_OR_MONTH_END.search(line, max(start, end - 4), end)):
            continue  # "am Samstag, dem 25. 07.2015", "25. 07. 2015": a date typed with spaces
        parts.append(line[start:end])
        start = m.end()
    parts.append(line[start:])
    # only the first and last can start or end with a space: the others run from a capital
    # or digit after a space to the mark ending the sentence
    parts[0] = parts[0].strip()
    parts[-1] = parts[-1].strip()
    return [p for p in parts if p]


# Line patterns, each starting at the "\n" before its line (the text gets one in front): the
# regex engine jumps from one "\n" to the next, where a "^" would be tried at every character.
_M = re.M
_RULE_M = re.compile(r"\n[ \t]*(?:[-*_][ \t]*){3,}$", _M)
_TABLE_SEP_M = re.compile(
    r"\n[ \t]*\|?[ \t]*:?-{2,}:?[ \t]*(?:\|[ \t]*:?-{2,}:?[ \t]*)*\|?[ \t]*$", _M
)
# (a lone "-" is no underline: a list item whose link was its only text, "- [https://...]")
_SETEXT_M = re.compile(r"\n([^\n]+)\n[ \t]{0,3}(?:=+|-{2,})[ \t]*$", _M)
_UNDERLINE_M = re.compile(r"\n[ \t]{0,3}(?:=+|-{2,})[ \t]*$", _M)  # needed by _SETEXT_M
_HEADING_M = re.compile(r"\n[ \t]{0,3}#{1,6}[ \t]*([^\n]*?)[ \t]*#*[ \t]*$", _M)
_BOLD_LINE_M = re.compile(r"\n[ \t]*(?:\*\*|__)([^*_\n]+)(?:\*\*|__)[ \t]*:?[ \t]*$", _M)
_QUOTE_M = re.compile(r"\n[ \t]*(?:>[ \t]?)+", _M)
_LIST_M = re.compile(r"\n[ \t]*(?:[-*+•]|\d{1,2}[.)](?=[ \t]))[ \t]+", _M)
_TABLE_ROW_M = re.compile(r"\n[ \t]*\|", _M)
HEAD, ITEM, IMAGE = "\x01", "\x02", "\x03"
MAX_CAPTION = 200  # longer text beside an image is prose, not its caption
_MARKUP_CHARS = re.compile(r"[\n*_`~#|>=]|^\s*[-+•]|^\s*\d{1,2}[.)]\s")


def _caption_key(line: str) -> str:
    return " ".join(_drop(line, _EMPHASIS + HEAD + ITEM).split()).strip(" ,-+>#|:")


def _captions(text: str) -> set[str]:
    """The texts beside an image on its line, or on the line under an image alone on its own
    (keyed by _caption_key: the line-level markup is read later)."""
    out = set()
    lines = text.split("\n")
    for k, line in enumerate(lines):
        if IMAGE not in line:
            continue
        beside = _caption_key(line.replace(IMAGE, " "))
        if not beside and k + 1 < len(lines):
            beside = _caption_key(lines[k + 1].replace(IMAGE, " "))
        if beside and len(beside) <= MAX_CAPTION:
            out.add(beside)
    return out


def _plain_segments(
    text: str, source: str, block0: int, line0: int, dates: DateJoins | None
) -> list[Segment]:
    sentences = _split_sentences(text.strip(), dates)
    return [
        Segment(sentence, source, block0 + 1, line0 + 1, k == 0, False)
        for k, sentence in enumerate(sentences)
    ]


class DateJoins(NamedTuple):
    """A language's dates that plain text splits: over a line break, or at a day's dot."""

    day_end: re.Pattern[str]  # a line ending with a day ("between 1st and 2nd", "den 11.")
    month: re.Pattern[str]  # a month name ("December 2020" on the next line, "11. Maj")
    # a line ending with a word a date or time follows, so the sentence goes on ("Join us on" /
    # "December 21st, 2024!")
    goes_on: re.Pattern[str]


CELL = " , "  # a table's cell border, as plain text writes it
WRAPPED_LINE = 60  # characters of a line long enough to be prose wrapped at a margin
# characters short of its paragraph's longest line that a line wrapped at the same margin may
# stop (the next word did not fit: "Am 1. Dezember ... Klassen im" / "Klassenzimmer der 7M")
WRAP_SLACK = 16


# after a month starting a wrapped line: its year or day, or punctuation ("December 2020",
# "May." - not "May we thank ...")
_MONTH_GOES_ON = re.compile(r"\s*(?:\d|[.,;:)!*]|$)")


_FENCE = re.compile(r" {0,3}(`{3,}|~{3,})")
# a fence's info string that says its lines are prose (an announcement quoted in `txt`)
_PROSE_INFO = frozenset({"", "txt", "text", "plain", "plaintext", "md", "markdown", "email"})


def without_strokes(text: str) -> str:
    """`text` without combining strokes drawn through its letters: "(̶C̶a̶n̶c̶e̶l̶l̶e̶d̶)̶" still
    says "(Cancelled)"."""
    return _drop(text, _STROKES) if _has_any(text, _STROKES) else text


# a list item opening with a day number or two and its label ("* **30:** PTA Meeting at 6PM",
# "- 18-22: School Bus Safety Week"), and a heading naming a month alone ("### November",
# "**Januar 2025**")
_DAY_ITEM = re.compile(
    r"^([ \t]*[*+-][ \t]+(?:\*\*|__)?)([0-3]?\d(?:st|nd|rd|th|\.)?"
    r"(?:[ \t]*[-–][ \t]*[0-3]?\d(?:st|nd|rd|th|\.)?)?)(?=(?:\*\*|__)?[ \t]*[:–—])", re.M)
_MONTH_HEADING = re.compile(
    r"[ \t]*(?:#{1,6}[ \t]*(?:\*\*|__)?|\*\*|__)([^\W\d_]+)(?:[ \t]+((?:19|20)\d\d))?"
    r"(?:\*\*|__)?[ \t]*:?[ \t]*")
_LIST_LINE = re.compile(r"[ \t]|[*+-][ \t]")  # a list item, or a line of one


def with_month_headed_days(markup: str, months: Mapping[str, int]) -> str:
    """Markdown whose list items under a heading naming a month alone say that month, as a
    calendar's list of days gives it ("### November" over "* **30:** PTA Meeting at 6PM via
    Zoom" reads "* **30 November:** ..."); the rest as it is."""
    if not _DAY_ITEM.search(markup):
        return markup  # (most posts have no such list: one search)
    lines = markup.split("\n")
    month = ""  # the month (and year) of the heading above, while its list goes on
    for n, line in enumerate(lines):
        heading = _MONTH_HEADING.fullmatch(line.rstrip("\r"))
        if heading is not None and heading.group(1).lower() in months:
            month = " ".join(filter(None, heading.groups()))
        elif month and line.strip():
            item = _DAY_ITEM.match(line)
            if item is not None:
                lines[n] = f"{line[: item.end(2)]} {month}{line[item.end(2) :]}"
            elif not _LIST_LINE.match(line):  # (an item without a day, or an item's next
                month = ""  # line, goes on with the list)
    return "\n".join(lines)


# a metadata header's line (Pelican's and MultiMarkdown's `Key: value` lines, a file opening
# with them instead of front matter), and the keys only such a header has, beside its date
_META_LINE = re.compile(r"([A-Za-z][\w-]{0,20}):[ \t]")
_META_ONLY = frozenset({"slug", "tags", "category", "categories", "modified", "summary", "lang",
                        "status", "template", "save_as", "url", "headerpicture"})
_META_DATES = frozenset({"date", "modified", "updated"})
_META_EVENT = frozenset({"time", "location", "place", "venue", "where", "when", "speaker"})
_ISO_VALUE = re.compile(
    r"[A-Za-z][\w-]{0,20}:[ \t]+\d{4}-\d\d-\d\d(?:[T ][\d:.]+)?(?:Z|[+-]\d\d:?\d\d)?\s*$")


def without_metadata_dates(markup: str) -> str:
    """Markup with the date lines of a metadata header blank: a file that opens with
    `Title:`, `Date:`, `Slug:` ... lines, as Pelican writes them, is published by Jekyll as
    text, and its `Date: 2017-07-04T20:49:10` is the post's own, no event. The header is the
    run of such lines from the top; it needs a date key and a key only a header has (`Slug:`,
    `Tags:`, `Summary:`...), and no key of an event's (`Time:`, `Location:`), and its dates are
    written as a program writes them (`2017-07-04T20:49:10`): a seminar's `Title:` /
    `Speaker:` / `Date:` lines, or `Date: Saturday 15 June 2024` / `Category: Fundraising`, are
    an announcement's."""
    lines = markup.split("\n")
    keys: list[str] = []
    for line in lines:
        m = _META_LINE.match(line)
        if m is None:
            break
        keys.append(m[1].lower())
    if (not _META_DATES.intersection(keys) or not _META_ONLY.intersection(keys)
            or _META_EVENT.intersection(keys)):
        return markup
    for n, key in enumerate(keys):
        if key in _META_DATES and _ISO_VALUE.match(lines[n]):
            lines[n] = ""
    return "\n".join(lines)


def without_fenced_code(markup: str) -> str:
    """Markdown with the lines of its fenced code blocks blank (a `git log`'s `Date:` in a
    `sh` block is no event); one pass over the lines. A fence closes as CommonMark closes it
    (the same character, at least as many, nothing after); one never closed is no code, as
    kramdown renders it. A fence without a language, or of text, is kept (it may quote an
    announcement)."""
    lines = markup.split("\n")
    out = list(lines)
    fence, code, opened = "", False, 0
    for i, line in enumerate(lines):
        m = _FENCE.match(line)
        if fence:
            if m and m[1][0] == fence[0] and len(m[1]) >= len(fence) and not line[m.end():].strip():
                fence, out[i] = "", ""
            elif code:
                out[i] = ""
        elif m and not (m[1][0] == "`" and "`" in line[m.end():]):
            info = line[m.end():].strip().split(maxsplit=1)
            code = bool(info) and info[0].lower().strip("{}.") not in _PROSE_INFO
            fence, opened, out[i] = m[1], i, ""
    if fence:  # never closed: its lines are the text's
        out[opened:] = lines[opened:]
    return "\n".join(out)


_INDENTED = re.compile(r"(?: {4}|\t)")
_LIST_ITEM = re.compile(r" {0,3}(?:[-*+•]|\d{1,9}[.)])(?:\s|$)")
# what a program or data says, not prose: its comments, calls and keywords ("/** Created by x
# on 7/26/15.", "foo();", "function (d, b) {"), JSON's keys and braces, CSS's declarations, SQL;
# not an HTML or Liquid line, nor prose ending in ";"
_CODE_LIKE = re.compile(
    r"/\*|\*/|=>|\)\s*[;{]\s*$|^\s*(?://|#include\b|import\s|def\s|function\b|var\s|let\s|"
    r"const\s|class\s|return\b|public\s|private\s|(?:if|for|while)\s*\()|"
    r"^\s*[{}\[\]],?\s*$|^\s*\"[^\"]*\"\s*:|^\s*[\w-]+\s*:\s*[^:;]*;\s*$|"
    r"^\s*(?i:select|insert|update|create|delete)\s.*;\s*$", re.M)
# an HTML block's opening line, whose indented lines are its markup (not `<!-- more -->`, an
# image, or a line of text with a tag in it)
_HTML_BLOCK = re.compile(r"\s*<(?:div|section|article|aside|table|tr|td|ul|ol|li|p|figure|"
                         r"blockquote|details|center|main|header|footer|nav|form)\b[^>]*>\s*$",
                         re.I)


def without_indented_code(markup: str) -> str:
    """Markdown with the lines of its indented code blocks blank where they read as code (a
    listing's `/** Created by adron on 7/26/15. */` is no event): a run of lines indented four
    spaces or a tab after a blank line, outside a list or an HTML block (where such lines go on
    with an item, or are markup), with a program's comments, calls or keywords or data's
    shape. Others are kept (an indented quote of an announcement)."""
    out = markup.split("\n")
    last_top = ""  # the last line with text indented less than four spaces
    i = 0
    while i < len(out):
        line = out[i]
        if (_INDENTED.match(line) and line.strip() and (i == 0 or not out[i - 1].strip())
                and not _LIST_ITEM.match(last_top) and not _HTML_BLOCK.match(last_top)):
            j = i
            while j < len(out) and (_INDENTED.match(out[j]) or not out[j].strip()):
                j += 1
            if _CODE_LIKE.search("\n".join(out[i:j])):
                out[i:j] = [""] * (j - i)
            i = j
            continue
        if line.strip() and not _INDENTED.match(line):
            last_top = line
        i += 1
    return "\n".join(out)


_DAY_MARKER = re.compile(r"\n[ \t]*(\d{1,2})\.")


def _list_item(marker: re.Match[str], text: str, dates: DateJoins | None) -> str:
    """An item's mark for a list marker; an ordered list's number kept where a month's name
    follows it, a day the list shows ("28. Dezember 2021 19 Uhr Austauschtreffen": a
    CommonMark list starting at 28)."""
    day = _DAY_MARKER.match(marker.group(0))
    if day and dates is not None and dates.month.match(text, marker.end()):
        return "\n" + ITEM + day.group(1) + ". "
    return "\n" + ITEM


def segments(
    markup: str,
    source: str = "body",
    *,
    block0: int = 0,
    line0: int = 0,
    dates: DateJoins | None = None,
) -> list[Segment]:
    """Split markup into plain-text segments. Block and line numbers start at block0/line0.
    Hard-wrapped prose is joined: a line going on in lower case, or (with a language's
    `dates`) a date wrapped onto the next line ("... between 1st and 2nd" / "December 2020");
    no sentence ends at a day's dot before its month ("den 11. Maj")."""
    if "```" in markup or "~~~" in markup:
        markup = without_fenced_code(markup)
    if source == "body" and _META_LINE.match(markup):
        markup = without_metadata_dates(markup)
    if "\n    " in markup or "\n\t" in markup:
        markup = without_indented_code(markup)
    text = _plain(markup, " ", alt=True)
    if source == "title":  # (one line, no Markdown: "30. April 2022 - Maibaumfest" is no list)
        return _plain_segments(" ".join(text.split()), source, block0, line0, dates)
    captions: set[str] = set()
    if IMAGE not in markup and ("![" in markup or _IMG_TAG.search(markup)):
        # images marked: the text beside them, and the text given for them
        captions = _captions(_plain(markup, IMAGE)) | _captions(_plain(markup, IMAGE, alt=True))
    if "\n" not in text and not _MARKUP_CHARS.search(text) and not captions:  # plain prose
        return _plain_segments(text, source, block0, line0, dates)
    # each pattern runs only on text holding what it needs
    text = "\n" + text
    if "-" in text or "*" in text or "_" in text:
        text = _RULE_M.sub("\n", text)
    if _holds(text, "--"):
        text = _TABLE_SEP_M.sub("\n", text)
    if _UNDERLINE_M.search(text):
        text = _SETEXT_M.sub("\n" + HEAD + r"\1", text)
    if "#" in text:
        text = _HEADING_M.sub("\n" + HEAD + r"\1", text)
    if _holds(text, "**") or _holds(text, "__"):
        text = _BOLD_LINE_M.sub("\n" + HEAD + r"\1", text)
    if ">" in text:
        text = _QUOTE_M.sub("\n", text)
    text = _LIST_M.sub(lambda m: _list_item(m, text, dates), text)
    if "|" in text:
        text = _TABLE_ROW_M.sub("\n" + ITEM, text).replace("|", CELL)
    text = text[1:]
    text = _drop(text, _EMPHASIS)
    out: list[Segment] = []
    block = block0
    line_no = line0
    for para in _BLANK.split(text):
        block += 1
        # join hard-wrapped prose: a line continuing in lower case belongs to the previous one
        lines: list[list] = []  # [line, heading, item]
        rows = para.split("\n")
        margin = max(len(row.strip()) for row in rows)
        wrapped = min(WRAPPED_LINE, margin - WRAP_SLACK) if margin >= WRAPPED_LINE else WRAPPED_LINE
        for raw in rows:
            raw = raw.strip(" \t,")
            if not raw:
                continue
            if raw[0] == HEAD or raw[0] == ITEM:
                heading = raw[0] == HEAD
                raw = raw.lstrip(HEAD + ITEM + " ")
                if raw:
                    lines.append([raw, heading, not heading])
            elif lines and not lines[-1][1] and (
                raw[0].islower()
                or (dates is not None and dates.goes_on.search(lines[-1][0][-12:]) is not None)
                # (a long line stopping mid-sentence: prose wrapped before a capital, "...
                # veranstalten wir unser" / "Jahreskonzert", "Das" / "Konzert steht ...")
                # (not a list item's, nor a table row's: they often end without a stop)
                or (len(lines[-1][0]) >= wrapped and not lines[-1][2]
                    and lines[-1][0][-1].islower() and raw[0].isalpha()
                    and CELL not in lines[-1][0] and CELL not in raw)
                or (
                    dates is not None
                    and (month := dates.month.match(raw)) is not None
                    and _MONTH_GOES_ON.match(raw, month.end())
                    and dates.day_end.search(lines[-1][0][-8:])  # (its tail: a long line)
                )
            ):
                lines[-1][0] += " " + raw
            else:
                lines.append([raw, False, False])
        for line, heading, item in lines:
            line_no += 1
            caption = bool(captions) and _caption_key(line) in captions
            out += [Segment(sentence, source, block, line_no, k == 0, heading, item, caption)
                    for k, sentence in enumerate(_split_sentences(line, dates))]
    return out
