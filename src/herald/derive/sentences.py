"""Per-sentence analysis: which sentences may name dates (found for all sentences at once),
and the date mentions of those that do."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from .mentions import (
    DAY_FIRST,
    DateMention,
    SlashOrder,
    explicit_mentions,
    relative_mentions,
)
from .patterns import LangPatterns
from .text import Segment
from .times import TimeMention

DIGIT = re.compile(r"\d")


def has_any(text: str, words: tuple[str, ...]) -> bool:
    return any(w in text for w in words)


@dataclass(slots=True)
class SegInfo:
    seg: Segment
    low: str  # lower-cased text
    masked: str
    dates: Sequence[DateMention]
    times: Sequence[TimeMention]


def mask(text: str, spans: list[tuple[int, int]]) -> str:
    """Blank out date mentions with NUL characters (so times can see a date just before), and
    a colon joining one to its time ("02.07.2022:13:00")."""
    parts, done = [], 0
    for s, e in sorted(spans):
        s = max(s, done)
        if text[e : e + 1] == ":" and text[e + 1 : e + 2].isdigit():
            e += 1
        if e > s:
            parts += [text[done:s], "\x00" * (e - s)]
            done = e
    return "".join(parts) + text[done:]


def relative_words(text: str, lp: LangPatterns) -> bool:
    """Whether lower-cased `text` names a relative day or a weekday."""
    for cue in lp.relative_cues:
        if cue.search(text):
            return lp.prefilter.search(text) is not None
    return False


def lower(text: str) -> str:
    low = text.lower()
    return low if len(low) == len(text) else text  # a rare character whose lower case is longer


# Segment texts hold no line break: joined one a line, they are lower-cased and searched at
# once, much faster than one by one.


def lowered(texts: list[str]) -> str:
    """The texts, each as lower gives it, one a line. (str.lower() goes character by character
    but for a capital sigma, which looks at its neighbours up to a line break.)"""
    joined = "\n".join(texts)
    low = joined.lower()
    return low if len(low) == len(joined) else "\n".join(map(lower, texts))


def holding(rx: re.Pattern[str], text: str) -> set[int]:
    """Numbers of the lines of `text` in which `rx` (matching no line break) finds something."""
    out = set()
    line = end = 0
    m = rx.search(text)
    while m:
        line += text.count("\n", end, m.start())
        out.add(line)
        end = text.find("\n", m.start())
        if end < 0:
            break
        m = rx.search(text, end + 1)
    return out


# In UTF-8, the digits 0-9 are the bytes 0x30-0x39 and other decimal digits (U+0660 on) start
# with a byte from 0xD9 on: with all other bytes but line breaks deleted, a few bytes a line
# are left to look at (much faster than searching the text for \d).
_NOT_DIGIT_BYTES = bytes(b for b in range(256) if not (0x30 <= b <= 0x39 or b == 0x0A or b >= 0xD9))


def digit_lines(low: str, lows: list[str]) -> set[int]:
    """Numbers of the lines of `low` (`lows`) that hold a decimal digit."""
    marks = low.encode("utf-8", "surrogatepass").translate(None, _NOT_DIGIT_BYTES).split(b"\n")
    return {i for i, mark in enumerate(marks)
            if mark and (min(mark) <= 0x39 or DIGIT.search(lows[i]))}  # fmt: skip


def segment_words(
    low: str, lows: list[str], lp: LangPatterns
) -> tuple[set[int], dict[int, str]]:
    """Which of the lower-cased segments (`lows`, the lines of `low`) hold a digit, and the
    relative words in those that hold some."""
    digits = digit_lines(low, lows)
    words = {}
    for cue in lp.relative_cues:
        for i in holding(cue, low):
            if m := lp.prefilter.search(lows[i]):
                words[i] = m.group()
    return digits, words


# a clock time between a weekday and its date ("Tuesday 4pm 19th March")
_TIME_BETWEEN = re.compile(r"\W*\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?m\.?)?\W*")


def _beside(text: str, a: DateMention, b: DateMention) -> bool:
    """Whether only spaces and punctuation stand between two mentions, or a clock time between
    a weekday and the date of that weekday."""
    gap = text[a.end : b.start] if a.end <= b.start else text[b.end : a.start]
    if len(gap) <= 4 and not any(c.isalnum() for c in gap):
        return True
    return (a.weekday is not None and b.days[0].weekday() == a.weekday and a.end <= b.start
            and _TIME_BETWEEN.fullmatch(gap) is not None)


COUNT_SLACK = 2  # days a counted day ("in two weeks") may miss the date beside it by


def analyse(
    seg: Segment, text: str, lp: LangPatterns, pub: date, digit: bool, words: bool,
    order: SlashOrder = DAY_FIRST,
) -> SegInfo:
    """Dates in a segment (`text` is its lower-cased text) that holds a digit or relative words
    (explicit dates need a digit; relative days words). Its times are looked for later."""
    dates = explicit_mentions(text, lp, pub, seg.text, order,
                              seg.line_start and (seg.heading or seg.item)) if digit else []
    masked = mask(text, [(d.start, d.end) for d in dates])
    rel = relative_mentions(text, masked, lp, pub, seg) if words else []
    if rel and dates:  # "imorgon, 13 september", "tomorrow (13 Sept)": the date says which day
        # (as it does of a day counted in the same sentence: "in two weeks, on July 23", "in 2
        # weeks time (7 March)"; not "the AGM on 5 May; the next meetup is in two weeks")
        rel = [r for r in rel if not r.counted or not any(
            abs((r.days[0] - d.days[0]).days) <= COUNT_SLACK for d in dates)]
        starts = [d.start for d in dates]  # ascending; only the dates either side can be beside
        rel = [r for r in rel if not any(
            _beside(text, r, dates[k])
            for k in (bisect_left(starts, r.start) - 1, bisect_left(starts, r.start))
            if 0 <= k < len(dates))]  # fmt: skip
    masked2 = mask(masked, [(d.start, d.end) for d in rel])
    all_dates = sorted(dates + rel, key=lambda d: d.start)
    return SegInfo(seg, text, masked2, all_dates, ())

