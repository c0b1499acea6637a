"""Infer dated events (webinars, meetings, classes...) from the prose of a post.

Pure functions over plain `re` and `datetime`; no I/O, no global mutable state.

Pipeline: markup -> plain-text segments (text.py) -> date mentions and time expressions per
segment -> candidates (date + optional time range / duration) -> context checks (event words,
deadlines, cancellations, operational notices, past reports, weekday contradictions) ->
confidence and acceptance -> duplicates merged.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from itertools import repeat
from typing import Any

from .patterns import LANGS, LangPatterns
from .text import Segment, segments

__all__ = ["Found", "find_events"]

PAST_WINDOW_DAYS = 90  # a year-less date this many days before publication is read as past
MAX_SPLIT_DAYS = 7  # multi-day ranges with daily hours up to this long become one event a day
PROGRAMME_LOOKAHEAD = 14  # segments scanned after a date heading for programme lines
NEXT_LOOKAHEAD = 6  # segments scanned after a date for its time or the day's later times
MAX_AHEAD_DAYS = 400  # announcements rarely look further ahead; far dates are expiry dates etc.
_NUMERIC_ANCHOR = re.compile(r"\d[-/.]\s*\d")
_DIGIT = re.compile(r"\d")
_SPACES = re.compile(r"\s+")
_TIME_WORDS = ("noon", "midday", "mitt")  # times without a digit (time_atom in patterns.py)
_AFTER_DATE = re.compile(r"\x00[ ,;:]{0,3}$")  # searched in the 4 characters before a time
_DEICTIC = re.compile(r"this|coming|denna|den\s+här|nu\s+på|kommande", re.I)
# "This Sunday marked ...": a relative day followed by a past-tense verb (matched at its end)
_PAST_AFTER = re.compile(r"[\s,]*(?:\w+ed|was|were|had|saw|var|blev|hade)\b", re.I)
_LOOKBEHIND = 100  # characters searched before a date for "between"/"mellan"


@dataclass(frozen=True)
class Found:
    start: datetime | date
    end: datetime | date | None
    confidence: float
    evidence: str
    accepted: bool
    reason: str


# --------------------------------------------------------------------------- mentions


@dataclass(slots=True)
class _DateMention:
    start: int  # span in the segment text
    end: int
    days: list[date]  # one or several days (a list "6 and 7 August")
    range_end: date | None = None  # inclusive last day of a range
    weekday: int | None = None  # weekday written next to the date
    weekday_ok: bool = True
    relative: bool = False
    compact: bool = False  # a range written "9-10 mars" (shared month): daily hours split
    deictic: bool = False  # "this Sunday", "nu på måndag": the coming one, whatever else is named
    rolled: bool = False  # no year given and the date was moved into the next year
    year_given: bool = False


@dataclass(slots=True)
class _Time:
    start: int
    end: int
    t0: time
    t1: time | None
    at_line_start: bool


@dataclass(slots=True)
class _Cand:
    seg: int
    start: datetime | date
    end: datetime | date | None
    mention: _DateMention
    timed_from: str = ""  # "", "same", "next", "programme"
    n_times: int = 0
    notes: list[str] = field(default_factory=list)


def _has_any(text: str, words: tuple[str, ...]) -> bool:
    return any(w in text for w in words)


def _safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _resolve(m: int, d: int, year: int | None, pub: date) -> date | None:
    """The date a reader means: with no year, the next such date on or after publication,
    unless it lies within a short window before publication (then it is a past reference)."""
    if year is not None:
        return _safe_date(year, m, d)
    this = _safe_date(pub.year, m, d)
    if this is not None and (this >= pub or (pub - this).days <= PAST_WINDOW_DAYS):
        return this
    for y in range(pub.year + 1, pub.year + 5):
        nxt = _safe_date(y, m, d)
        if nxt is not None:
            return nxt
    return None


def _days_of(dd: str, lp: LangPatterns) -> tuple[list[int], bool]:
    """Day numbers in a day list and whether it is a range ("9-10", "13.-17")."""
    nums = [int(x) for x in lp.day_list.findall(dd)]
    is_range = len(nums) == 2 and bool(re.search(r"[-–—]", dd))
    return nums, is_range


def _month_of(name: str, lp: LangPatterns) -> int | None:
    key = name.lower().rstrip(".")
    if key in lp.months:
        return lp.months[key]
    # tolerate one trailing typo letter on a full Swedish month name ("junil")
    if len(key) >= 5 and key[:-1] in lp.months:
        return lp.months[key[:-1]]
    return None


def _weekday_of(m: re.Match[str], lp: LangPatterns) -> int | None:
    wd = m.groupdict().get("wd") or m.groupdict().get("wd2")
    if not wd:
        return None
    key = wd.lower().rstrip(".")
    if key in lp.weekdays:
        return lp.weekdays[key]
    if key.endswith("en") and key[:-2] in lp.weekdays:
        return lp.weekdays[key[:-2]]
    return None


def _explicit_mentions(
    text: str, lp: LangPatterns, pub: date, orig: str
) -> list[_DateMention]:
    """Date mentions in `text` (lower-cased `orig`)."""
    found: list[tuple[int, int, re.Match[str], str]] = []
    has_month = bool(lp.month_anchor.search(text))
    has_numeric = bool(_NUMERIC_ANCHOR.search(text))
    for kind, rx in (
        ("iso", lp.date_iso),
        ("dm", lp.date_dm),
        ("md", lp.date_md),
        ("slash", lp.date_slash),
        ("dot", lp.date_dot),
    ):
        if rx is None or not (has_month if kind in ("dm", "md") else has_numeric):
            continue
        for m in rx.finditer(text):
            found.append((m.start(), m.end(), m, kind))
    # longest first, then drop overlaps
    found.sort(key=lambda x: (x[0], -(x[1] - x[0])))
    chosen: list[tuple[int, int, re.Match[str], str]] = []
    for item in found:
        if chosen and item[0] < chosen[-1][1]:
            if item[1] - item[0] > chosen[-1][1] - chosen[-1][0]:
                chosen[-1] = item
            continue
        chosen.append(item)
    out: list[_DateMention] = []
    for s, e, m, kind in chosen:
        g = m.groupdict()
        year = int(g["y"]) if g.get("y") else None
        if kind == "iso":
            month, nums, is_range = int(g["m"]), [int(g["d"])], False
        elif kind in ("dm", "md"):
            month_n = _month_of(g["mon"], lp)
            if month_n is None:
                continue
            if lp.lang == "en" and orig[m.start("mon") : m.end("mon")] == "may":
                continue  # the modal verb, not the month
            month = month_n
            nums, is_range = _days_of(g["dd"], lp)
        else:
            if kind == "dot" and not (g.get("wd") or g.get("den") or g.get("y")):
                continue  # a bare "12.5" is more likely a number or a time
            month = int(g["m"])
            nums, is_range = _days_of(g["dd"], lp)
        if not nums or any(n < 1 or n > 31 for n in nums):
            continue
        if is_range:
            first = _resolve(month, nums[0], year, pub)
            last = _safe_date(first.year, month, nums[1]) if first else None
            if first is None or last is None or last < first:
                continue
            days = [first]
            mention = _DateMention(s, e, days, range_end=last, compact=True)
        else:
            days = [d for d in (_resolve(month, n, year, pub) for n in nums) if d is not None]
            if not days:
                continue
            if len(days) == 2 and lp.between_before.search(text, max(0, s - _LOOKBEHIND), s):
                mention = _DateMention(s, e, [days[0]], range_end=days[1], compact=True)
            else:
                mention = _DateMention(s, e, days)
        mention.year_given = year is not None
        mention.rolled = year is None and mention.days[0].year > pub.year
        wd = _weekday_of(m, lp)
        if wd is not None:
            mention.weekday = wd
            mention.weekday_ok = mention.days[0].weekday() == wd or (
                mention.range_end is not None and mention.range_end.weekday() == wd
            )
        out.append(mention)
    return _merge_ranges(text, out, lp)


def _merge_ranges(text: str, ms: list[_DateMention], lp: LangPatterns) -> list[_DateMention]:
    """Join "1 oktober - 22 december 2023" / "from X to Y" / "mellan X och Y" into ranges."""
    out: list[_DateMention] = []
    i = 0
    while i < len(ms):
        cur = ms[i]
        if i + 1 < len(ms) and len(cur.days) == 1 and cur.range_end is None:
            nxt = ms[i + 1]
            gap = text[cur.end : nxt.start]
            joined = bool(lp.range_gap.fullmatch(gap))
            if not joined and re.fullmatch(r"\s*(?:och|and|&)\s*(?:the\s+|den\s+)?", gap, re.I):
                joined = bool(lp.between_before.search(
                    text, max(0, cur.start - _LOOKBEHIND), cur.start))
            if joined and len(nxt.days) == 1:
                first, last = cur.days[0], nxt.range_end or nxt.days[0]
                if not cur.year_given and nxt.year_given and first > last:
                    first = _safe_date(first.year - 1, first.month, first.day) or first
                if not cur.year_given and nxt.year_given and first.year != last.year:
                    cand = _safe_date(last.year, first.month, first.day)
                    if cand is not None and cand <= last:
                        first = cand
                elif not nxt.year_given and last < first:
                    last = _safe_date(last.year + 1, last.month, last.day) or last
                if last > first:
                    merged = _DateMention(
                        cur.start, nxt.end, [first], range_end=last,
                        weekday=cur.weekday, weekday_ok=cur.weekday_ok and nxt.weekday_ok,
                        year_given=cur.year_given or nxt.year_given,
                    )  # fmt: skip
                    out.append(merged)
                    i += 2
                    continue
        out.append(cur)
        i += 1
    return out


def _relative_mentions(
    text: str, masked: str, lp: LangPatterns, pub: date, seg: Segment
) -> list[_DateMention]:
    out: list[_DateMention] = []
    for m in lp.rel_day.finditer(masked):
        key = _SPACES.sub("", m.group("rel").lower())
        offset = lp.relative_days.get(key)
        if offset is None:
            continue
        out.append(
            _DateMention(m.start(), m.end(), [pub + timedelta(days=offset)], relative=True)
        )
    if not any(name in text for name in lp.weekday_names):
        return out
    hits = list(lp.rel_weekday.finditer(masked))
    if seg.line_start:
        b = lp.bare_weekday.match(masked)
        if b and not any(h.start() <= b.start("wd") < h.end() for h in hits):
            hits.append(b)
    for m in hits:
        wd = _weekday_of(m, lp)
        if wd is None:
            continue
        before = text[max(0, m.start() - 25) : m.start()].lower()
        if re.search(r"(?:every|each|varje|alla|varannan)\s*$", before):
            continue
        ahead = (wd - pub.weekday()) % 7 or 7
        pre = (m.groupdict().get("pre") or "").lower()
        start = m.start("wd2") if m.groupdict().get("wd2") else m.start("wd")
        out.append(
            _DateMention(
                start, m.end(), [pub + timedelta(days=ahead)], weekday=wd, relative=True,
                deictic=bool(_DEICTIC.match(pre) or m.groupdict().get("part")),
            )
        )
    return out


# --------------------------------------------------------------------------- times


def _to_time(h: int, m: int, ap: str | None) -> time | None:
    if ap:
        if not 1 <= h <= 12:
            return None
        h = h % 12 + (12 if ap == "p" else 0)
    if not (0 <= h <= 23 and 0 <= m <= 59):
        return None
    return time(h, m)


def _times(masked: str, lp: LangPatterns) -> list[_Time]:
    atoms = []
    for m in lp.time_atom.finditer(masked):
        g = m.groupdict()
        pre = (g.get("pre") or "").lower().strip()
        endpre = (g.get("endpre") or "").lower().strip()
        ap = g["ap"].lower() if g.get("ap") else None
        if g.get("noon") and g["noon"].lower() == "midnight":
            ap = ap or "a"
        if g.get("noonly"):
            h, mi, kind, ap = 12, 0, "hm", "p"
        elif g.get("hhmm"):
            h, mi, kind = int(g["hhmm"][:2]), int(g["hhmm"][2:]), "hhmm"
        elif g.get("h") is not None:
            h, mi = int(g["h"]), int(g["m"] or 0)
            kind = "hm" if g.get("m") else "h"
            if g.get("sep") == "." and not (ap or pre or endpre):
                kind = "hdot"
        else:
            continue
        if g.get("noon") and g["noon"].lower() == "noon" and h == 12:
            ap = "p"
        atoms.append(
            {"s": m.start(), "e": m.end(), "h": h, "m": mi, "ap": ap, "pre": pre,
             "endpre": endpre, "kind": kind, "padded": (g.get("h") or "").startswith("0"),
             "after_date": bool(_AFTER_DATE.search(masked, max(0, m.start() - 4), m.start()))}
        )  # fmt: skip
    out: list[_Time] = []
    used = set()
    lead_end = len(masked) - len(masked.lstrip(" -–*:•("))  # a time up to here starts the line
    for i, a in enumerate(atoms):
        if i in used:
            continue
        b = atoms[i + 1] if i + 1 < len(atoms) else None
        pair = None
        if b is not None:
            gap = masked[a["e"] : b["s"]]
            if lp.time_gap.fullmatch(gap) or (b["endpre"] and not gap.strip()):
                pair = b
            elif b["endpre"] and len(gap) < 60 and not re.search(r"\d", gap):
                pair = b  # "från klockan 19:00 och planerat avslut senast 21"
        t0, t1 = _pair_times(a, pair, lp)
        if t0 is None:
            continue
        if pair is not None and t1 is not None:
            used.add(i + 1)
            end = pair["e"]
        else:
            end = a["e"]
        out.append(_Time(a["s"], end, t0, t1, a["s"] <= lead_end))
    return out


def _valid_single(a: dict, lp: LangPatterns) -> bool:
    if a["ap"]:
        return True
    if a["kind"] == "hm":
        return True
    if a["kind"] == "hdot":
        return bool(a["pre"]) or lp.lang == "sv"
    if a["kind"] == "hhmm":
        return a["pre"] in ("at", "kl", "kl.", "klockan", "@")
    # a bare hour needs a Swedish "kl"/"klockan" or a start phrase
    return lp.lang == "sv" and bool(a["pre"] or a["endpre"])


def _pair_times(a: dict, b: dict | None, lp: LangPatterns) -> tuple[time | None, time | None]:
    if b is not None:
        ha, hb = a["h"], b["h"]
        apa, apb = a["ap"], b["ap"]
        ok_pair = (
            (a["kind"] == "hhmm") == (b["kind"] == "hhmm")
            and (
                apa or apb or a["kind"] != "h" or b["kind"] != "h" or a["pre"] or a["after_date"]
            )
        )
        if ok_pair:
            if apb and not apa:
                va, vb = ha % 12 + a["m"] / 60, hb % 12 + b["m"] / 60
                apa = apb if va <= vb else ("a" if apb == "p" else "p")
                if ha > 12:
                    apa = None
            elif apa and not apb and b["kind"] in ("h", "hm", "hdot") and hb <= 12:
                va, vb = ha % 12 + a["m"] / 60, hb % 12 + b["m"] / 60
                apb = apa if vb > va else ("p" if apa == "a" else "a")
            t0 = _to_time(ha, a["m"], apa)
            t1 = _to_time(hb, b["m"], apb)
            if t0 is not None and t1 is not None and _evening(a, lp) and not apb:
                t0 = time(t0.hour + 12, t0.minute)
                if t1.hour < 12:
                    t1 = time(t1.hour + 12, t1.minute)
            if t0 is not None and t1 is not None:
                if t1 <= t0 and not (apa or apb) and t1.hour < 12 and t1.hour + 12 > t0.hour:
                    t1 = time(t1.hour + 12, t1.minute)
                span = (t1.hour * 60 + t1.minute) - (t0.hour * 60 + t0.minute)
                min_span = 15 if a["kind"] == "hhmm" else 1
                if span >= min_span:
                    return t0, t1
    if not _valid_single(a, lp):
        return None, None
    t = _to_time(a["h"], a["m"], a["ap"])
    if t is not None and _evening(a, lp):
        t = time(t.hour + 12, t.minute)
    return t, None


def _evening(a: dict, lp: LangPatterns) -> bool:
    """English "at 7:30" with no am/pm: a reader assumes the afternoon or evening."""
    return (
        lp.lang == "en" and not a["ap"] and a["kind"] in ("hm", "hdot")
        and 1 <= a["h"] <= 7 and not a["padded"]
    )


def _duration(text: str, lp: LangPatterns) -> timedelta | None:
    m = lp.duration.search(text)
    if not m:
        return None
    raw = m.group("n").lower().replace(",", ".")
    try:
        n = float(raw)
    except ValueError:
        n = lp.numbers.get(raw, 0)
    if m.group("half"):
        n += 0.5
    unit = m.group("u").lower()
    minutes = n if unit.startswith("min") else n * 60
    if not 5 <= minutes <= 12 * 60:
        return None
    return timedelta(minutes=minutes)


# --------------------------------------------------------------------------- analysis


@dataclass(slots=True)
class _SegInfo:
    seg: Segment
    low: str  # lower-cased text
    masked: str
    dates: Sequence[_DateMention]
    times: Sequence[_Time]


def _mask(text: str, spans: list[tuple[int, int]]) -> str:
    """Blank out date mentions with NUL characters (so times can see a date just before)."""
    parts, done = [], 0
    for s, e in sorted(spans):
        s = max(s, done)
        if e > s:
            parts += [text[done:s], "\x00" * (e - s)]
            done = e
    return "".join(parts) + text[done:]


def _relative_words(text: str, lp: LangPatterns) -> bool:
    """Whether lower-cased `text` names a relative day or a weekday."""
    for cue in lp.relative_cues:
        if cue.search(text):
            return lp.prefilter.search(text) is not None
    return False


def _lower(text: str) -> str:
    low = text.lower()
    return low if len(low) == len(text) else text  # a rare character whose lower case is longer


# Segment texts hold no line break: joined one a line, they are lower-cased and searched at
# once, much faster than one by one.


def _lowered(texts: list[str]) -> str:
    """The texts, each as _lower gives it, one a line. (str.lower() goes character by character
    but for a capital sigma, which looks at its neighbours up to a line break.)"""
    joined = "\n".join(texts)
    low = joined.lower()
    return low if len(low) == len(joined) else "\n".join(map(_lower, texts))


def _holding(rx: re.Pattern[str], text: str) -> set[int]:
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


def _digit_lines(low: str, lows: list[str]) -> set[int]:
    """Numbers of the lines of `low` (`lows`) that hold a decimal digit."""
    marks = low.encode("utf-8", "surrogatepass").translate(None, _NOT_DIGIT_BYTES).split(b"\n")
    return {i for i, mark in enumerate(marks)
            if mark and (min(mark) <= 0x39 or _DIGIT.search(lows[i]))}  # fmt: skip


def _segment_words(
    low: str, lows: list[str], lp: LangPatterns
) -> tuple[set[int], dict[int, str]]:
    """Which of the lower-cased segments (`lows`, the lines of `low`) hold a digit, and the
    relative words in those that hold some."""
    digits = _digit_lines(low, lows)
    words = {}
    for cue in lp.relative_cues:
        for i in _holding(cue, low):
            if m := lp.prefilter.search(lows[i]):
                words[i] = m.group()
    return digits, words


def _analyse(
    seg: Segment, text: str, lp: LangPatterns, pub: date, digit: bool, words: bool
) -> _SegInfo:
    """Dates in a segment (`text` is its lower-cased text) that holds a digit or relative words
    (explicit dates need a digit; relative days words). Its times are looked for later."""
    dates = _explicit_mentions(text, lp, pub, seg.text) if digit else []
    masked = _mask(text, [(d.start, d.end) for d in dates])
    rel = _relative_mentions(text, masked, lp, pub, seg) if words else []
    masked2 = _mask(masked, [(d.start, d.end) for d in rel])
    all_dates = sorted(dates + rel, key=lambda d: d.start)
    return _SegInfo(seg, text, masked2, all_dates, ())


def _owner(t: _Time, starts: list[int], ends_after: list[int]) -> int | None:
    """The last date mention ending before the time, else the first one starting after it.

    `starts` are the mentions' starts (ascending); `ends_after[i]` is the smallest end of
    mentions i, i+1, ... (ascending too), so both are found by bisection.
    """
    before = bisect_right(ends_after, t.start) - 1
    if before >= 0:
        return before
    after = bisect_left(starts, t.end)
    return after if after < len(starts) else None


def _ends_after(dates: list[_DateMention]) -> list[int]:
    ends = [d.end for d in dates]
    for i in range(len(ends) - 2, -1, -1):
        ends[i] = min(ends[i], ends[i + 1])
    return ends


def _combine(
    day: date, t0: time | None, t1: time | None
) -> tuple[datetime | date, datetime | None]:
    if t0 is None:
        return day, None
    start = datetime.combine(day, t0)
    end = datetime.combine(day, t1) if t1 is not None else None
    return start, end


def _candidates(
    infos: list[_SegInfo], dated: list[int], lp: LangPatterns, pub: date
) -> list[_Cand]:
    """Candidates from the segments that name dates (their indexes `dated`, ascending)."""
    cands: list[_Cand] = []
    explicit_days = [d for i in dated for m in infos[i].dates if not m.relative for d in m.days]
    future_days = {d for d in explicit_days if d >= pub}
    single_date = len(future_days) == 1
    for i in dated:
        info = infos[i]
        if not info.dates:
            continue
        owned: dict[int, list[_Time]] = {}
        starts, ends_after = [d.start for d in info.dates], _ends_after(info.dates)
        for t in info.times:
            k = _owner(t, starts, ends_after)
            if k is not None:
                owned.setdefault(k, []).append(t)
        last = len(info.dates) - 1
        near: dict[int, date] | None = None  # weekday -> first such day named nearby
        for k, men in enumerate(info.dates):
            if men.relative and men.weekday is not None and not men.deictic:
                # "på lördag" next to a headed date means that date, not the next Saturday
                if near is None:
                    near = {}
                    for d in sorted(
                        d for j in range(max(0, i - 4), min(len(infos), i + 5))
                        for m in infos[j].dates if not m.relative for d in m.days
                        if pub < d <= pub + timedelta(days=60)
                    ):  # fmt: skip
                        near.setdefault(d.weekday(), d)
                if men.weekday in near:
                    men.days = [near[men.weekday]]
            times = owned.get(k, [])[:1]  # several loose times: the first is the start
            how = "same" if times else ""
            if not times and k == last:
                times, how = _borrow_times(infos, i, lp, single_date)
            if k == last and men.range_end is None:
                extra = _continuations(infos, i)
                if extra:
                    times = times + [t for t in extra if t not in times]
                    how = how or "next"
            days = list(men.days)
            spans_days = men.range_end is not None
            if spans_days and times:
                n_days = (men.range_end - men.days[0]).days + 1
                if men.compact and n_days <= MAX_SPLIT_DAYS:
                    days = [men.days[0] + timedelta(days=j) for j in range(n_days)]
                    spans_days = False
                else:
                    times = []  # a closing time of a multi-day range: keep the range all-day
            if spans_days:
                cands.append(_Cand(i, men.days[0], men.range_end, men))
                continue
            for day in days:
                if not times:
                    cands.append(_Cand(i, day, None, men))
                for t in times:
                    start, end = _combine(day, t.t0, t.t1)
                    n_own = len(owned.get(k, []))
                    cands.append(_Cand(i, start, end, men, how, n_times=n_own))
    return cands


_CONTINUATION = re.compile(
    r"^\W*(?:then|after(?:wards| that| the \w+)?|later|followed\s+by|därefter|sedan|efter"
    r"(?:åt| det| \w+)?|senare|och\s+sedan)\b",
    re.I,
)


def _heading_like(seg: Segment) -> bool:
    return seg.heading or (seg.line_start and len(seg.text) <= 60)


def _borrow_times(
    infos: list[_SegInfo], i: int, lp: LangPatterns, single_date: bool
) -> tuple[list[_Time], str]:
    """Times for a date that has none in its own sentence: a programme under a date heading
    (lines starting with a time), or the time in a following sentence without a date of its
    own (the same paragraph, or further on when the post names only this one date)."""
    seg = infos[i].seg
    nxt0 = infos[i + 1] if i + 1 < len(infos) else None
    list_follows = (
        nxt0 is not None and nxt0.seg.block != seg.block and nxt0.seg.item and not nxt0.dates
    )
    if _heading_like(seg) or list_follows:
        prog: list[_Time] = []
        for j in range(i + 1, min(len(infos), i + 1 + PROGRAMME_LOOKAHEAD)):
            nxt = infos[j]
            if nxt.dates or nxt.seg.source != seg.source:
                break
            if nxt.seg.heading and not nxt.times and not nxt.seg.item:
                break
            if nxt.times and nxt.times[0].at_line_start and nxt.seg.line_start:
                prog.append(nxt.times[0])
        if prog:
            return prog, "programme"
    for j in range(i + 1, min(len(infos), i + 1 + NEXT_LOOKAHEAD)):
        nxt = infos[j]
        if nxt.dates or nxt.seg.source != seg.source:
            break
        same_block = nxt.seg.block == seg.block
        if not same_block and not single_date:
            break
        if same_block and j > i + 3:
            break
        if nxt.times:
            if len(nxt.times) > 1 and not nxt.times[0].t1:
                break  # several loose times: not clearly this date's
            return [nxt.times[0]], "next"
    return [], ""


def _continuations(infos: list[_SegInfo], i: int) -> list[_Time]:
    """Times in following dateless sentences that continue the day ("Then, at 6 PM ...",
    "Efter städningen ... kl 18.00 – 21.00")."""
    out: list[_Time] = []
    seg = infos[i].seg
    for j in range(i + 1, min(len(infos), i + 1 + NEXT_LOOKAHEAD)):
        nxt = infos[j]
        if nxt.dates or nxt.seg.source != seg.source:
            break
        if nxt.times and _CONTINUATION.match(nxt.seg.text):
            out.append(nxt.times[0])
    return out


def _duration_for(infos: list[_SegInfo], i: int, lp: LangPatterns) -> timedelta | None:
    d = _duration(infos[i].masked, lp)
    if d is not None:
        return d
    seg = infos[i].seg
    for j in range(i + 1, min(len(infos), i + 3)):
        nxt = infos[j]
        if nxt.seg.block != seg.block or nxt.dates or nxt.times:
            break
        d = _duration(nxt.masked, lp)
        if d is not None:
            return d
    return None


def _context(infos: list[_SegInfo], i: int) -> list[int]:
    """Indexes of the neighbouring sentences and of the nearest heading above."""
    seg = infos[i].seg
    out = []
    for j in (i - 2, i - 1, i + 1, i + 2):
        if 0 <= j < len(infos) and infos[j].seg.source == seg.source:
            out.append(j)
    for j in range(i - 1, max(-1, i - 12), -1):
        if infos[j].seg.heading and infos[j].seg.source == seg.source:
            out.append(j)
            break
    if seg.item:  # a list item: the line introducing the list
        for j in range(i - 1, max(-1, i - 30), -1):
            if not infos[j].seg.item:
                out.append(j)
                break
    return out


def _judge(
    c: _Cand, infos: list[_SegInfo], lp: LangPatterns, published: datetime, title: str, lead: str,
    memo: dict[tuple[object, str], object],
) -> Found:
    """Accept or reject a candidate. What depends only on its sentence (or on the page) is
    worked out once and kept in `memo`: a sentence naming thousands of dates stays fast."""
    pub = published.date()
    info = infos[c.seg]
    seg = info.seg
    text = info.low
    men = c.mention
    first_day = c.start.date() if isinstance(c.start, datetime) else c.start
    last_day = c.end if isinstance(c.end, date) and not isinstance(c.end, datetime) else first_day

    def once(where: object, name: str, work: Callable[[], object]) -> Any:
        if (where, name) not in memo:
            memo[where, name] = work()
        return memo[where, name]

    def found(rx: re.Pattern[str], name: str) -> bool:  # rx occurs in the sentence
        known = memo.get((c.seg, name))
        if known is None:
            known = memo[c.seg, name] = rx.search(text) is not None
        return bool(known)

    def heads() -> str:  # the neighbouring sentences and headings
        return once(c.seg, "heads", lambda: " ".join(infos[j].low for j in _context(infos, c.seg)))

    raw_title = title
    title = once("page", "title", title.lower)
    before = text[max(0, men.start - 40) : men.start]

    def reject(reason: str, conf: float = 0.2) -> Found:
        return Found(c.start, c.end, conf, seg.text, False, reason)

    if last_day < pub:
        return reject("before publication", 0.05)
    if first_day < pub:
        return reject("started before publication (ongoing)", 0.3)
    if (first_day - pub).days > MAX_AHEAD_DAYS:
        return reject("too far ahead of publication", 0.1)
    if not men.weekday_ok:
        return reject("weekday contradicts date", 0.2)
    if lp.deadline_before.search(before) or found(lp.deadline_sentence, "deadline"):
        return reject("deadline")
    if found(lp.cancel, "cancel") or (
        once("page", "cancel", lambda: bool(lp.cancel.search(title)))
        and not once(c.seg, "new date", lambda: bool(lp.new_date.search(text + " " + heads())))
    ):
        return reject("cancelled")
    if found(lp.operational, "operational") or once(
        "page", "operational", lambda: bool(lp.operational.search(title))
    ):
        return reject("operational notice")
    timed = isinstance(c.start, datetime)
    if men.relative:
        if men.weekday is not None and found(lp.recurrence, "recurrence"):
            return reject("recurrence without a concrete date")
        if _PAST_AFTER.match(text, men.end):
            return reject("past tense")
        if men.weekday is None and not timed:
            return reject("relative day without a time")
        if c.n_times > 1:
            return reject("several times for a relative day")
        if men.weekday is not None and lp.past.search(text[men.end : men.end + 25]):
            return reject("past tense")  # "On Saturday we held ..."
        if not timed and not found(lp.event, "event"):
            return reject("relative day without event words in the sentence")

    if men.rolled and found(lp.past, "past"):
        return reject("past tense (a report of last time?)")

    ev_here = found(lp.event, "event")
    ev_near = once(c.seg, "event near", lambda: bool(heads() and lp.event.search(heads())))
    ev_page = once("page", "event", lambda: bool(lp.event.search(f"{raw_title} {lead}".lower())))
    if not (ev_here or ev_near or ev_page):
        return reject("no event words nearby")
    structured = seg.source != "body" or seg.item or seg.heading
    if not timed and not (ev_here or ev_near or structured):
        return reject("no event words near a date without a time")

    conf = 0.4
    conf += 0.2 if ev_here else 0.0
    conf += 0.1 if ev_near else 0.0
    conf += 0.1 if ev_page else 0.0
    conf += 0.15 if timed else 0.0
    conf += 0.05 if men.weekday is not None and not men.relative else 0.0
    if found(lp.future, "future"):
        conf += 0.05
    if found(lp.past, "past"):
        conf -= 0.25 if first_day == pub else 0.1
    if men.relative:
        conf -= 0.1
    if c.timed_from == "next":
        conf -= 0.05

    if first_day == pub:
        same_day_cue = found(lp.same_day, "same day") or (men.relative and not men.weekday)
        later = (
            timed
            and (published.hour, published.minute) != (0, 0)
            and c.start.time() > published.time().replace(tzinfo=None)
        )
        if not (same_day_cue or later):
            return reject("on the publication day without a same-day cue (a report?)", 0.3)
        if timed and (published.hour, published.minute) != (0, 0) and not later:
            return reject("earlier than publication", 0.1)

    conf = max(0.0, min(1.0, conf))
    notes = list(c.notes)
    if c.timed_from == "next":
        notes.insert(0, "time from a nearby sentence")
    elif c.timed_from == "programme":
        notes.insert(0, "time from a programme line under the date")
    if men.relative:
        notes.insert(0, "relative day resolved from the publication date")
    if men.rolled:
        notes.append("year inferred: next year")
    return Found(c.start, c.end, round(conf, 2), seg.text, True, "; ".join(notes))


def _finish(
    c: _Cand, infos: list[_SegInfo], lp: LangPatterns, memo: dict[tuple[object, str], object]
) -> _Cand:
    if isinstance(c.start, datetime) and c.end is None:
        if (c.seg, "duration") not in memo:
            memo[c.seg, "duration"] = _duration_for(infos, c.seg, lp)
        d = memo[c.seg, "duration"]
        if d is not None:
            c.end = c.start + d
            c.notes.append("end from the stated duration")
    return c


def _dedupe(found: list[Found], threshold: float, items: dict[int, bool]) -> list[Found]:
    """Keep one accepted event per start; drop all-day duplicates of timed events."""
    out: list[Found] = []
    best: dict[object, Found] = {}
    for f in found:
        if not f.accepted or f.confidence < threshold:
            continue
        key = (f.start, f.evidence) if items.get(id(f)) else f.start
        prev = best.get(key)
        if prev is None or _rank(f) > _rank(prev):
            best[key] = f
    timed_days = {f.start.date() for f in best.values() if isinstance(f.start, datetime)}
    ranges = {}
    for f in best.values():
        if not isinstance(f.start, datetime) and f.end is not None:
            prev = ranges.get(f.start)
            if prev is None or f.end > prev.end:
                ranges[f.start] = f
    keep = set()
    for f in best.values():
        if not isinstance(f.start, datetime):
            if f.end is None and (f.start in timed_days or f.start in ranges):
                continue
            if f.end is not None:
                if ranges.get(f.start) is not f:
                    continue
                inside = sum(1 for d in timed_days if f.start <= d <= f.end)
                if inside >= 2:
                    continue
        keep.add(id(f))
    for f in found:
        if f.accepted and f.confidence >= threshold and id(f) not in keep:
            out.append(Found(f.start, f.end, f.confidence, f.evidence, False, "duplicate"))
        elif f.accepted and f.confidence < threshold:
            out.append(
                Found(f.start, f.end, f.confidence, f.evidence, False, "low confidence")
            )
        else:
            out.append(f)
    return out


def _rank(f: Found) -> tuple[int, float]:
    return (1 if f.end is not None else 0, f.confidence)


def find_events(
    title: str,
    lead: str,
    body: str,
    *,
    lang: str,
    published: datetime,
    threshold: float = 0.5,
) -> list[Found]:
    """All candidates (accepted and rejected), sorted by start. `body` is the raw Markdown or
    HTML body, `lead` the excerpt/ingress-text/summary, `published` is timezone-aware in the
    site's zone (its local date is used)."""
    lp = LANGS.get(lang[:2].lower() if lang else "", LANGS["en"])
    pub = published.date()
    segs = segments(title or "", "title", block0=0, line0=0)
    segs += segments(lead or "", "lead", block0=10_000, line0=10_000)
    segs += segments(body or "", "body", block0=20_000, line0=20_000)
    low = _lowered([s.text for s in segs])
    lows = low.split("\n") if segs else []
    digits, words = _segment_words(low, lows, lp)
    dated = digits
    # relative words ("tomorrow", "på lördag") alone count only if the post has any: those
    # of a segment as they are, or else any
    if words.keys() - digits and (
        any(w in part for w in words.values() for part in (title or "", lead or "", body or ""))
        or _relative_words(f"{title}\n{lead}\n{body}".lower(), lp)
    ):
        dated = digits | words.keys()
    dated = sorted(dated)
    infos = list(map(_SegInfo, segs, lows, lows, repeat(()), repeat(())))
    for i in dated:
        infos[i] = _analyse(segs[i], lows[i], lp, pub, i in digits, i in words)
    # Times (which need a digit, or "noon"), only where a date may take them: in its segment
    # or a few after it (_borrow_times, _continuations, _duration_for look no further)
    ahead = max(PROGRAMME_LOOKAHEAD, NEXT_LOOKAHEAD)
    near = {j for i in dated if infos[i].dates for j in range(i, i + 1 + ahead)}
    for i in near.intersection(dated):
        info = infos[i]
        if i in digits or _has_any(info.masked, _TIME_WORDS):
            info.times = _times(info.masked, lp)
    memo: dict[tuple[object, str], object] = {}  # what _finish and _judge work out per sentence
    cands = [_finish(c, infos, lp, memo) for c in _candidates(infos, dated, lp, pub)]
    found = [_judge(c, infos, lp, published, title or "", lead or "", memo) for c in cands]
    items = {
        id(f): infos[c.seg].seg.item and not isinstance(f.start, datetime)
        for f, c in zip(found, cands, strict=True)
    }
    found = _dedupe(found, threshold, items)
    found.sort(key=lambda f: (_sort_key(f.start), not f.accepted))
    return found


def _sort_key(v: datetime | date) -> datetime:
    return v if isinstance(v, datetime) else datetime.combine(v, time())
