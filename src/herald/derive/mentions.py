"""Date mentions in a sentence: explicit dates ("3 mars", "Aug 7-8", "2024-10-02", "19/10"),
their ranges and lists, and relative days ("tomorrow", "på lördag") resolved from publication;
the months a title names."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import NamedTuple

from .patterns import LangPatterns
from .places import country_of
from .text import Segment
from .times import time_mentions

SATURDAY, SUNDAY = 5, 6

PAST_WINDOW_DAYS = 90  # a year-less date this many days before publication is read as past

_ORDINAL_DAY = re.compile(r"\d(?:st|nd|rd|th)$", re.IGNORECASE)  # "20th": a day, no number
_NUMERIC_ANCHOR = re.compile(r"\d[-/.]\s*\d")

_SPACES = re.compile(r"\s+")

_LOOKBEHIND = 100  # characters searched before a date for "between"/"mellan"



@dataclass(slots=True)
class DateMention:
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
    counted: bool = False  # counted from publication ("in three days"): its weekday is its own
    year_given: bool = False
    weekend: bool = False  # "this weekend": an event's days only with hours of their own
    month_given: bool = True  # not a day of the month alone ("on the 14th")


class SlashOrder(NamedTuple):
    """How slashed dates are read: "dm" (day first) or "md"; settled by the post itself, or a
    guess from where the site is."""

    first: str = "dm"
    settled: bool = False


DAY_FIRST = SlashOrder()  # the default: most of the world writes the day first


def safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def resolve_day(m: int, d: int, year: int | None, pub: date) -> date | None:
    """The date a reader means: with no year, the next such date on or after publication,
    unless it lies within a short window before publication (then it is a past reference)."""
    if year is not None:
        return safe_date(year, m, d)
    this = safe_date(pub.year, m, d)
    if this is not None and (this >= pub or (pub - this).days <= PAST_WINDOW_DAYS):
        return this
    for y in range(pub.year + 1, pub.year + 5):
        nxt = safe_date(y, m, d)
        if nxt is not None:
            return nxt
    return None


def _days_of(dd: str, lp: LangPatterns) -> tuple[list[int], bool]:
    """Day numbers in a day list and whether it is a range ("9-10", "13.-17")."""
    nums = [int(x) for x in lp.day_list.findall(dd)]
    if "(" in dd:
        dd = _ASIDES.sub(" ", dd)  # ("24th (to be confirmed) and 26th": no range)
    is_range = len(nums) == 2 and bool(lp.range_word.search(dd))
    return nums, is_range


def _month_of(name: str, lp: LangPatterns) -> int | None:
    key = name.lower().rstrip(".")
    if key in lp.months:
        return lp.months[key]
    # tolerate one trailing typo letter on a full Swedish month name ("junil")
    if len(key) >= 5 and key[:-1] in lp.months:
        return lp.months[key[:-1]]
    return None


_ASIDES = re.compile(r"\([^()]*\)")
_AFTER_A_LABEL = re.compile(r":\s*$")
# what follows a day opening a list's line: ", ", " **Name", or nothing (a sentence ended
# at its dot: "15.09." / "Parking Day: Aktionstag ...")
_NAMED_AFTER = re.compile(r",\s|\s+[*_]*[A-ZÄÖÜÅØÆ]|\s*$")
_TWO_DIGITS = re.compile(r"\d\d\.\d\d")  # ("24.08.": not an agenda's "1.1. Gottesdienst")
# a table's cell opening (its border as plain text writes it: text.CELL), then perhaps a time
_CELL_OPENED = re.compile(r"(?:^|\s,\s)\s*(?:\d{1,2}(?:[:.]\d\d)?"
                          r"(?:\s*[-–]\s*\d{1,2}(?:[:.]\d\d)?)?\s*(?:uhr|h)?\s*)?$", re.I)
_CELL_CLOSED = re.compile(r"\s*(?:\s,\s|$)")
CELL_LOOKBACK = 24  # characters before a day searched for its cell's border and time


def _dotted_date(text: str, s: int, e: int, dd: str, lp: LangPatterns) -> bool:
    """Whether a bare dotted day and month (no year, weekday or "den") is a date: beside
    another joined by a range ("17.08.-27.08.2020", "26.09-28.09.2025", "05.05. - 07.05."; not
    the times "10.05-12.05 Uhr") or by "and", days of a month ("23.-25.06"), where the language
    writes dates so."""
    return bool(
        (lp.dot_date_next is not None and lp.dot_date_next.match(text, e))
        or (lp.dot_date_before is not None and lp.dot_date_before.search(text, max(0, s - 16), s))
        or (lp.dotted_days is not None and lp.dotted_days.match(dd))
        # the second of a list, with its day's dot ("am 03.10. und 10.10."; not "10.30 Uhr")
        or (lp.dot_date_listed is not None and text[e : e + 1] == "."
            and lp.dot_date_listed.search(text, max(0, s - 16), s) is not None)
        # opening its line, two digits each and its day's dot, then a comma or a name ("24.08.,
        # 18 Uhr **Vorbereitungstreffen**", "15.09. **Parking Day**"; not "1.1. Gottesdienst")
        or (lp.dotted_days is not None and text[e : e + 1] == "." and not text[:s].strip(" *_")
            and _TWO_DIGITS.fullmatch(text, s, e) is not None
            and _NAMED_AFTER.match(text, e + 1) is not None)
        # after a label naming an event or a date, with its day's dot ("Nächste Versammlung:
        # 20.06., Thema ..."; not a time's "Abfahrt: 7.05.", "Abschnitt: 3.4.")
        or (lp.dotted_days is not None and text[e : e + 1] == "."
            and _AFTER_A_LABEL.search(text, max(0, s - 3), s) is not None
            and (lp.event.search(text, 0, s) is not None
                 or lp.date_blank.search(text, 0, s) is not None))
        # a table's cell, alone or after its time, two digits each and its day's dot ("|
        # Cornern | 17:00 **07.06.** | Zentralmensa |"; not "| Version | 2.10 |")
        or (lp.dotted_days is not None and text[e : e + 1] == "."
            and _TWO_DIGITS.fullmatch(text, s, e) is not None
            and _CELL_OPENED.search(text, max(0, s - CELL_LOOKBACK), s) is not None
            and _CELL_CLOSED.match(text, e + 1) is not None)
    )


def _evening_part(name: str, lp: LangPatterns) -> str:
    """The afternoon or evening a weekday's name ends with ("Samstagabend": "abend"; "" for
    "Samstag"), left out of its mention so that a time after it reads as that part of the day
    ("am Samstagabend um 8": 20:00)."""
    if name in lp.weekdays:
        return ""
    part = lp.pm_before.search(name)
    return part.group(0) if part is not None else ""


def _indefinite_weekday(name: str, lp: LangPatterns) -> bool:
    """Whether `name` is a weekday's, or a weekday's with its part of the day ("zaterdagavond",
    "Samstagabend", "lördagskväll"), not its definite form ("lördagen")."""
    return name in lp.weekdays or any(
        name.startswith(weekday) and lp.weekday_part.fullmatch(name, len(weekday)) is not None
        for weekday in lp.weekday_names)


def weekday_of(m: re.Match[str], lp: LangPatterns) -> int | None:
    wd = m.groupdict().get("wd") or m.groupdict().get("wd2")
    if not wd:
        return None
    key = wd.lower().rstrip(".")
    if key in lp.weekdays:
        return lp.weekdays[key]
    if key.endswith("en") and key[:-2] in lp.weekdays:
        return lp.weekdays[key[:-2]]
    # a weekday and its part of the day in one word (Dutch "zaterdagavond")
    return next((n for name, n in lp.weekdays.items() if len(name) > 4 and key.startswith(name)),
                None)


def explicit_mentions(
    text: str, lp: LangPatterns, pub: date, orig: str, order: SlashOrder = DAY_FIRST,
    heading: bool = False,
) -> list[DateMention]:
    """Date mentions in `text` (lower-cased `orig`). `order` is how the post writes slashed
    dates where the language leaves it open (see `slash_order`). `heading`: whether `text`
    is a heading or a list item, where a slashed day opening it is its date ("### 4/11 Weekly
    Dance"), as after a label."""
    found: list[tuple[int, int, re.Match[str], str]] = []
    has_month = bool(lp.month_anchor.search(text))
    has_numeric = bool(_NUMERIC_ANCHOR.search(text))
    for kind, rx in (
        ("iso", lp.date_iso),
        ("wdday", lp.date_wd_day),
        ("dm", lp.date_dm),
        ("md", lp.date_md),
        ("slash", lp.date_slash),
        ("wdslash", lp.date_wd_slash),
        ("wdslash", lp.date_wd_dash),
        ("dot", lp.date_dot),
        ("dot", lp.date_dash),  # (read as a dotted date with its year is)
        ("dayonly", lp.date_day_only),
    ):
        if rx is None or not (
            has_month if kind in ("dm", "md") else True if kind in ("wdday", "dayonly")
            else has_numeric
        ):
            continue
        dashed = rx is lp.date_wd_dash or rx is lp.date_dash
        for m in rx.finditer(text):
            if dashed and _after_a_month(text, m.start(), lp):
                continue  # "Dec 1-3-2025": the 1st to the 3rd of December
            found.append((m.start(), m.end(), m, kind))
    # longest first, then drop overlaps
    found.sort(key=lambda x: (x[0], -(x[1] - x[0])))
    chosen: list[tuple[int, int, re.Match[str], str]] = []
    for item in found:
        if chosen and item[0] < chosen[-1][1]:
            last = chosen[-1]
            if last[3] == "md" and item[3] == "dm" and item[0] > last[0]:
                # "April 11th and the 9th of May": the 11th is April's; May's days follow it
                rest = lp.date_dm.search(text, last[1], item[1])
                if rest is not None and rest.end() == item[1]:
                    chosen.append((rest.start(), rest.end(), rest, "dm"))
            elif item[1] - item[0] > last[1] - last[0]:
                chosen[-1] = item
            continue
        chosen.append(item)
    out: list[DateMention] = []
    label: int | None = None
    after: date | None = None  # the day a slashed date with its year gives, searched once
    month_named: list[int | None] = []
    for s, e, m, kind in chosen:
        g = m.groupdict()
        said = g.get("y") or g.get("y2")  # ("y2": "21-Jan-2016")
        year = int(said) if said else None
        if year is not None and year < 100 and kind == "dot":
            year += 2000  # "16.10.21"
        if kind == "wdday":
            wd = weekday_of(m, lp)
            nd = int(lp.day_list.findall(g["d"])[0])
            if wd is None or (not _ORDINAL_DAY.search(g["d"]) and lp.not_time_after.match(text, e)):
                continue  # "Friday 15 people", "lördag 20 kr" (not "Tuesday 20th at St. Peter's")
            if not month_named:  # (worked out once a sentence)
                month_named.append(_one_month_named(text, lp))
            found_day = _next_with(nd, wd, pub, month_named[0])
            if found_day is None and month_named[0] is not None:
                found_day = _next_with(nd, wd, pub)
            if found_day is not None:
                mention = DateMention(s, e, [found_day], weekday=wd)
                mention.rolled = found_day.year > pub.year
                out.append(mention)
            continue
        if kind == "dayonly":
            if not month_named:
                month_named.append(_one_month_named(text, lp))
            found_day = _next_day(int(g["d"]), pub, month_named[0])
            if found_day is not None:
                mention = DateMention(m.start("d"), e, [found_day], month_given=False)
                mention.rolled = found_day.year > pub.year
                out.append(mention)
            continue
        if kind == "wdslash":
            if label is None:  # where a label calls what follows dates ("Dates:"), searched once
                found_label = lp.slash_date_label and lp.slash_date_label.search(text)
                # (or where a slashed date with its year says the sentence writes dates so:
                # "Classes start Thursday 7/7/16 with the next two (7/14 and 7/21)")
                anchor = None if found_label else next(
                    (d for d in lp.date_wd_slash.finditer(text) if d.group("y")), None)
                found_label = found_label or anchor
                label = found_label.start() if found_label else len(text)
                if anchor is not None:  # (the year the days after it go on in)
                    anchored = _slashed_mention(anchor.start(), anchor.end(), anchor, lp, pub,
                                                order)
                    after = anchored.days[0] if anchored is not None else None
            opening = (heading and not text[:s].strip(_MARKUP_BEFORE)
                       and _A_RATING_AFTER.match(text, e) is None)
            timed = m.group("y") is None and (
                _its_time_after(text, e, lp)
                or (_ON_BEFORE.search(text, max(0, s - 8), s) is not None
                    and _A_DATE_GOES_ON.match(text, e) is not None))
            slashed = _slashed_mention(s, e, m, lp, pub, order,
                                       labelled=label < s or opening or timed,
                                       after=after if label < s else None)
            if slashed is not None:
                out.append(slashed)
            continue
        if kind == "iso":
            month, nums, is_range = int(g["m"]), [int(g["d"])], False
        elif kind in ("dm", "md"):
            month_n = _month_of(g["mon"], lp)
            if month_n is None:
                continue
            if orig[m.start("mon") : m.end("mon")] in lp.words_not_months:
                continue  # the modal verb, not the month
            month = month_n
            nums, is_range = _days_of(g["dd"], lp)
        else:
            if kind == "dot" and not (g.get("wd") or g.get("den") or g.get("y")
                                      or _dotted_date(text, s, e, g["dd"], lp)):
                # a bare "12.5" is more likely a number or a time (not "17.08.-27.08.", a day
                # and another, nor "23.-25.06", days of a month)
                continue
            month = int(g["m"])
            nums, is_range = _days_of(g["dd"], lp)
        if not nums or any(n < 1 or n > 31 for n in nums):
            continue
        spans: list[DateMention] = []  # the ranges of a list of days ("12th, 13th, 18th – 20th")
        if not is_range and len(nums) > 2 and lp.range_word.search(g["dd"]):
            groups = _day_groups(g["dd"], lp)
            for a, b in groups:
                first = resolve_day(month, a, year, pub) if a != b else None
                last = safe_date(first.year, month, b) if first else None
                if first is not None and last is not None and last > first:
                    spans.append(DateMention(s, e, [first], range_end=last, compact=True))
            nums = [a for a, b in groups if a == b]
            for span in spans:
                span.year_given = year is not None
                span.rolled = year is None and span.days[0].year > pub.year
            out.extend(spans)
            if not nums:
                continue
        if is_range:
            first = resolve_day(month, nums[0], year, pub)
            last = safe_date(first.year, month, nums[1]) if first else None
            if first is None:
                continue
            days = [first]
            # (a number after a dash that ends nothing is no day: "September 10 -- 3 bands")
            mention = DateMention(s, e, days, range_end=last, compact=True) \
                if last is not None and last >= first else DateMention(s, e, days)
        else:
            days = [d for d in (resolve_day(month, n, year, pub) for n in nums) if d is not None]
            if not days:
                continue
            if not spans and (
                (len(days) == 2 and lp.between_before.search(text, max(0, s - _LOOKBEHIND), s))
                or (len(days) > 1 and _consecutive(days))
            ):  # "between 3 and 5 May", "May 3, 4 and 5": one span (not beside ranges of their own)
                mention = DateMention(s, e, [days[0]], range_end=days[-1], compact=True)
            else:
                mention = DateMention(s, e, days)
        mention.year_given = year is not None
        mention.rolled = year is None and mention.days[0].year > pub.year
        wd = weekday_of(m, lp)
        if wd is not None:
            mention.weekday = wd
            mention.weekday_ok = mention.days[0].weekday() == wd or (
                mention.range_end is not None and mention.range_end.weekday() == wd
            )
            if not mention.weekday_ok and year is not None and len(mention.days) == 1:
                _fix_year(mention, wd, pub)
        out.append(mention)
    return _in_written_order(_merge_ranges(text, out, lp))


def _in_written_order(ms: list[DateMention]) -> list[DateMention]:
    """A sentence's dates without a year are in the order written: where those read as the
    coming ones go back once, across New Year within one year's reading ("Future dates: 10/6
    11/3 12/1 1/5" in January), the ones before the break are of the year before (a list kept
    from last year)."""
    loose = [m for m in ms if not m.year_given and not m.relative and m.range_end is None
             and len(m.days) == 1]
    if len(loose) < 3:
        return ms
    days = [m.days[0] for m in loose]
    breaks = [k for k in range(1, len(days)) if days[k] < days[k - 1]]
    if len(breaks) != 1:
        return ms
    k = breaks[0]
    if days[k].month >= days[k - 1].month or days[k].year != days[k - 1].year:
        return ms  # not a list running on into January ("on 10 June, not 5 June as planned")
    earlier = [safe_date(d.year - 1, d.month, d.day) for d in days[:k]]
    read = [*earlier, *days[k:]]
    if None in earlier or any(b < a for a, b in zip(read, read[1:], strict=False)):
        return ms
    for m, d in zip(loose[:k], earlier, strict=True):
        m.days = [d]
        m.rolled = False
    return ms


def _opens_sentence(text: str, at: int) -> bool:
    """Whether `at` opens a sentence or an item of a list run into one line (" - Monday is")."""
    before = text[:at].rstrip(" *_")
    return not before.strip(" #>-") or before.endswith(("-", "–", "—", "•"))


def _day_groups(dd: str, lp: LangPatterns) -> list[tuple[int, int]]:
    """The days of a day list as (first, last) pairs, a range's two ends joined by a range word
    ("12th, 13th, 18th – 20th" -> (12, 12), (13, 13), (18, 20))."""
    found = [(int(m.group()), m.start(), m.end()) for m in lp.day_list.finditer(dd)]
    groups: list[tuple[int, int]] = []
    joined = False
    for k, (n, start, _) in enumerate(found):
        if k and lp.range_word.search(dd, found[k - 1][2], start) and not joined:
            groups[-1] = (groups[-1][0], n)
            joined = True
        else:
            groups.append((n, n))
            joined = False
    return groups


_WORD_BEFORE = re.compile(r"([^\W\d_]+)\.?\s+$")


_MARKUP_BEFORE = " \t#*_->|"  # what may stand before a heading's or list item's first word
# after a heading's opening day, what makes it a rating, not a date ("10/10 would recommend",
# "5/5 stars"; not "4/11 Gem City Swing", "4/11 weekly dance", "4/11 7pm")
_A_RATING_AFTER = re.compile(r"[ \t*_]*(?:stars?|points?|would|of\b|out\s+of|rating|score)",
                             re.I)


_ON_BEFORE = re.compile(r"\bon[ \t*_]+$")  # "classes begin on 9/18", "reading on **2/29**"
# what goes on after a day "on" names: its sentence's end, or a place's or time's word (not a
# share, "on 2/3 of the projects", a measure, "on 1/3 pint sharing planks", nor a clause going
# on, "sent by email on 23/2, added to the summary")
_A_DATE_GOES_ON = re.compile(r"[ \t*_]*(?:[.;:!?)\-–—]|$|(?:at|from|in|and|to|until|till|@)\b)")
TIME_AFTER_REACH = 24  # characters after a slashed day searched for its time
_DIGIT = re.compile(r"\d")


def _its_time_after(text: str, at: int, lp: LangPatterns) -> bool:
    """Whether a time of day, as the language writes one, follows a slashed day and month
    right after it (`at`): what makes it a date, not a fraction or a score ("Next meeting
    6/26, 7:00 PM", "3/10:  7:00PM Paul Ivy", "8/7 at 7:00 PM"; not "won 3/4 games at 7pm")."""
    after = text[at : at + TIME_AFTER_REACH]
    if not _DIGIT.search(after):
        return False
    times = time_mentions(after, lp)
    return bool(times) and not after[: times[0].start].strip(" \t*_:,")


def _after_a_month(text: str, at: int, lp: LangPatterns) -> bool:
    """Whether the word right before `at` is a month's name ("May 10-12-2025")."""
    m = _WORD_BEFORE.search(text, max(0, at - 14), at)
    return m is not None and m.group(1) in lp.months


def _slashed_mention(
    s: int, e: int, m: re.Match[str], lp: LangPatterns, pub: date, order: SlashOrder,
    labelled: bool = False, after: date | None = None,
) -> DateMention | None:
    """A slashed date where the language leaves the order open: "Wednesday 4/22" is 22 April
    by its weekday, "28/04/2024" is 28 April, and so is "12/05/2024" in that post; where
    nothing in the post decides ("5/6/24", "Thursday 1/7" when both are Thursdays), the
    order of the site's country. Without a weekday or year, only after a label calling them
    dates, or with a time of day or "on" (`labelled`: "Future meetup dates: 5/12, 6/9", "6/26,
    7:00 PM", "on 9/18"), each the first such day on or
    `after` the day a slashed date with its year gave before it in the sentence, if one did."""
    g = m.groupdict()
    wd = weekday_of(m, lp)
    year = int(g["y"]) if g.get("y") else None
    if wd is None and year is None and not labelled:
        return None  # "3/4": a fraction as likely as a date, unless a label says "Dates:"
    if year is not None and year < 100:
        year += 2000
    a, b = int(g["a"]), int(g["b"])
    if after is not None and year is None:  # "7/7/16 ... (7/14 and 7/21)": 2016's
        month_first = safe_date(after.year, a, b) if 1 <= a <= 12 else None
        day_first = safe_date(after.year, b, a) if 1 <= b <= 12 else None
        month_first, day_first = (
            d if d is None or d >= after else safe_date(after.year + 1, d.month, d.day)
            for d in (month_first, day_first))
    else:
        month_first, day_first = resolve_day(a, b, year, pub), resolve_day(b, a, year, pub)
    pair = (month_first, day_first) if order.first == "md" else (day_first, month_first)
    readings = [d for d in pair if d is not None]
    if not readings:
        return None
    fits = [d for d in readings if wd is None or d.weekday() == wd]
    mention = DateMention(s, e, [fits[0] if fits else readings[0]], weekday=wd,
                          year_given=year is not None, weekday_ok=bool(fits))
    mention.rolled = year is None and mention.days[0].year > pub.year
    return mention


def _fix_year(mention: DateMention, weekday: int, pub: date) -> None:
    """"Friday, February 17th, 2016" in a post of 2017: the year is a slip (last year's, kept
    after New Year) when the weekday fits that day in the year of publication."""
    first = mention.days[0]
    if first.year != pub.year - 1:
        return
    fixed = safe_date(pub.year, first.month, first.day)
    if fixed is None or fixed.weekday() != weekday or fixed < pub - timedelta(PAST_WINDOW_DAYS):
        return
    shift = fixed - first
    mention.days = [fixed]
    if mention.range_end is not None:
        mention.range_end += shift
    mention.weekday_ok = True


# "/04/2024" first (a literal "/" to start from is many times faster to find), then its day;
# or "-04-2024", with its whole year
_SLASHED_TAIL = re.compile(
    r"/([0-3]?\d)/(?:19|20)?\d\d(?![\d/])|-([0-3]?\d)-(?:19|20)\d\d(?![\d-])")
_NUMBER_BEFORE = re.compile(r"(?<![\d/])([0-3]?\d)\Z")
_DASHED_HEAD = re.compile(r"(?<![\w./-])([0-3]?\d)\Z")  # (as date_wd_dash reads it)


# where dates are written month first ("4/22/2024"): the United States and its Pacific
# neighbours, the Philippines; Canada writes both ways
MONTH_FIRST_COUNTRIES = frozenset({"US", "CA", "PH", "FM", "MH", "PW", "AS", "GU", "MP", "PR",
                                   "UM", "VI"})


def slash_order(text: str, zone: str) -> SlashOrder:
    """How a post writes slashed dates ("28/04/2024"): by its dates that can be read one way
    only (settled), else by the country of the site's zone (a guess)."""
    for m in _SLASHED_TAIL.finditer(text):
        head = (_NUMBER_BEFORE if m.group(1) else _DASHED_HEAD).search(
            text, max(0, m.start() - 2), m.start())
        if head is None:
            continue
        a, b = int(head.group(1)), int(m.group(1) or m.group(2))
        if a > 12 >= b:
            return SlashOrder("dm", settled=True)
        if b > 12 >= a:
            return SlashOrder("md", settled=True)
    return SlashOrder("md" if country_of(zone) in MONTH_FIRST_COUNTRIES else "dm", settled=False)


def _month_words(text: str, lp: LangPatterns) -> Iterator[tuple[int, re.Match[str], int]]:
    """The month names of a lower-cased text: each one's month, its match, and where the text
    goes on after it and any separators ("July - Meeting", "Juli-Treffen", "Juli: abgesagt")."""
    for m in _MONTH_WORD.finditer(text):
        month = lp.months.get(m.group())
        if month is not None:
            yield month, m, _SEPARATOR.match(text, m.end()).end()  # type: ignore[union-attr]


_MONTH_WORD = re.compile(r"[^\W\d_]{3,}")
_SEPARATOR = re.compile(r"[\s\-–:]*")


def _one_month_named(text: str, lp: LangPatterns) -> int | None:
    """The one month a sentence names as its event's, before an event's word ("The March
    meeting"; not "Registration opened in March, and the workshop is on Friday 15th")."""
    named = {month for month, _, after in _month_words(text, lp) if lp.event.match(text, after)}
    return named.pop() if len(named) == 1 else None


def months_named(title: str, lp: LangPatterns) -> frozenset[int]:
    """The months a (lower-cased) title names as a month's, next to a day or a year or before
    an event's word or the word calling it off ("July Meeting Cancelled", "Juli-Treffen
    abgesagt", "Cancelled: 21st of July", "Book club – July cancelled"; not "Pride March
    Cancelled", "Inställt: jul på klubben"), or every month when it names none."""
    named = {month for month, m, after in _month_words(title, lp)
             if _DAY_BEFORE_MONTH.search(title, max(0, m.start() - 12), m.start())
             or _DAY_AFTER_MONTH.match(title, m.end()) or lp.event.match(title, after)
             or (lp.title_cancel.match(title[after:]) and m.group() not in lp.words_not_months)}
    return frozenset(named) or frozenset(range(1, 13))


_DAY_BEFORE_MONTH = re.compile(r"\d(?:st|nd|rd|th|:?e|\.)?\W{0,2}(?:of\s+)?$")
_DAY_AFTER_MONTH = re.compile(r"\W{0,2}\d")


def _next_with(day: int, weekday: int, pub: date, month: int | None = None) -> date | None:
    """The first date from a week before publication on that is that day of a month and that
    weekday ("Friday 15th"), within a year; of `month` where the sentence names one ("The March
    meeting will be held ... on Tues, the 28th")."""
    y, m = pub.year, pub.month - 1 or 12
    if m == 12:
        y -= 1
    for _ in range(14):
        d = safe_date(y, m, day)
        if (d is not None and d >= pub - timedelta(days=7) and d.weekday() == weekday
                and month in (None, d.month)):
            return d if (d - pub).days <= 366 else None
        m, y = (1, y + 1) if m == 12 else (m + 1, y)
    return None


def _in_a_list(gap: str, lp: LangPatterns) -> bool:
    """Whether only a list's comma or "and" stands between two mentions."""
    gap = gap.replace(",", " ")
    return not gap.strip() or lp.and_gap.fullmatch(gap) is not None


def _next_day(day: int, pub: date, month: int | None = None) -> date | None:
    """The first date from publication on that is that day of a month ("on the 14th"),
    within a year; of `month` where the sentence names one."""
    y, m = pub.year, pub.month
    for _ in range(13):
        d = safe_date(y, m, day)
        if d is not None and d >= pub and month in (None, d.month):
            return d
        m, y = (1, y + 1) if m == 12 else (m + 1, y)
    return None


def _consecutive(days: list[date]) -> bool:
    return all((b - a).days == 1 for a, b in zip(days, days[1:], strict=False))


def _merge_ranges(text: str, ms: list[DateMention], lp: LangPatterns) -> list[DateMention]:
    """Join "1 oktober - 22 december 2023" / "from X to Y" / "mellan X och Y" into ranges."""
    out: list[DateMention] = []
    i = 0
    while i < len(ms):
        cur = ms[i]
        if i + 1 < len(ms) and len(cur.days) == 1 and cur.range_end is None:
            nxt = ms[i + 1]
            gap = text[cur.end : nxt.start]
            if gap.startswith("."):  # "17.08.-27.08.2020": the day's dot
                gap = gap[1:]
            joined = bool(lp.range_gap.fullmatch(gap)) and not lp.moved_from.search(
                text, max(0, cur.start - _LOOKBEHIND), cur.start
            )  # "move the fair from 26th June to 24th July": a new date, no range
            compact = False
            if not joined and lp.and_gap.fullmatch(gap):
                joined = bool(lp.between_before.search(
                    text, max(0, cur.start - _LOOKBEHIND), cur.start))
                # "Friday 28th January and Saturday 29th January": one weekend
                compact = not joined and len(nxt.days) == 1 and nxt.range_end is None and (
                    nxt.days[0] - cur.days[0]).days == 1
                joined = joined or compact
            if joined and len(nxt.days) == 1:
                first, last = cur.days[0], nxt.range_end or nxt.days[0]
                if not cur.year_given and nxt.year_given and first > last:
                    first = safe_date(first.year - 1, first.month, first.day) or first
                if not cur.year_given and nxt.year_given and first.year != last.year:
                    cand = safe_date(last.year, first.month, first.day)
                    if cand is not None and cand <= last:
                        first = cand
                elif not nxt.year_given and last < first:
                    last = safe_date(last.year + 1, last.month, last.day) or last
                if last > first:
                    merged = DateMention(
                        cur.start, nxt.end, [first], range_end=last,
                        weekday=cur.weekday, weekday_ok=cur.weekday_ok and nxt.weekday_ok,
                        year_given=cur.year_given or nxt.year_given, compact=compact,
                    )  # fmt: skip
                    out.append(merged)
                    i += 2
                    continue
        if i + 1 < len(ms) and cur.compact and cur.range_end is not None:
            nxt = ms[i + 1]  # "29th and 30th April and 1st May": one span into the next month
            if (lp.and_gap.fullmatch(text, cur.end, nxt.start) and len(nxt.days) == 1
                    and nxt.range_end is None and (nxt.days[0] - cur.range_end).days == 1):
                out.append(replace(cur, end=nxt.end, range_end=nxt.days[0],
                                   year_given=cur.year_given or nxt.year_given))
                i += 2
                continue
        out.append(cur)
        i += 1
    return out


MAX_COUNTED_DAYS = 31  # "in 90 days" is a deadline's or a plan's span, not a day to meet


def counted_mentions(masked: str, lp: LangPatterns, pub: date) -> list[DateMention]:
    """Days counted from publication: "in three days", "two weeks away", "a week from today"
    (a day as certain as "this Friday")."""
    out: list[DateMention] = []
    if lp.counted_day is None:
        return out
    for m in lp.counted_day.finditer(masked):
        if not (m.group("pre") or m.group("post")) or m.group("loose"):
            continue  # "two days of talks": a length; "less than 2 weeks away": no one day
        n = m.group("n")
        offset = int(n if n.isdigit() else lp.numbers[n]) * lp.count_units[m.group("u")]
        if 1 <= offset <= MAX_COUNTED_DAYS:
            day = pub + timedelta(days=offset)
            out.append(DateMention(m.start(), m.end(), [day], weekday=day.weekday(),
                                   relative=True, deictic=True, counted=True))
    return out


def relative_mentions(
    text: str, masked: str, lp: LangPatterns, pub: date, seg: Segment
) -> list[DateMention]:
    out: list[DateMention] = []
    for m in lp.named_day.finditer(masked):  # "Christmas Eve", "julafton 2024"
        month, day = lp.named_days[_SPACES.sub(" ", m.group("name"))]
        year = int(m.group("y")) if m.group("y") else None
        found = resolve_day(month, day, year, pub)
        if found is not None:
            mention = DateMention(m.start(), m.end(), [found], year_given=year is not None)
            mention.rolled = year is None and found.year > pub.year
            out.append(mention)
    for m in lp.rel_day.finditer(masked):
        key = _SPACES.sub("", m.group("rel").lower())
        offset = lp.relative_days.get(key)
        if offset is None:
            continue
        out.append(
            DateMention(m.start(), m.end(), [pub + timedelta(days=offset)], relative=True)
        )
    if lp.tomorrow is not None and len(seg.text) == len(masked):
        # (German "morgen", by its case: in the segment's own text, which `masked` lowers;
        # not inside "morgen Abend", a relative day of its own)
        for m in lp.tomorrow.finditer(seg.text):
            if (masked[m.start() : m.end()] == m.group().lower()
                    and not any(o.start <= m.start() < o.end for o in out)):
                out.append(DateMention(m.start(), m.end(), [pub + timedelta(days=1)],
                                       relative=True))
    out += counted_mentions(masked, lp, pub)
    for m in lp.this_weekend.finditer(masked):  # Saturday and Sunday, as "Saturday and Sunday"
        saturday = pub + timedelta(days=(SATURDAY - pub.weekday()) % 7)
        if pub.weekday() == SUNDAY:  # (written on the Sunday: that day)
            out.append(DateMention(m.start(), m.end(), [pub], weekday=SUNDAY, relative=True,
                                   deictic=True, weekend=True))
        else:
            out.append(DateMention(m.start(), m.end(), [saturday], weekday=SATURDAY,
                                   relative=True, deictic=True, weekend=True,
                                   range_end=saturday + timedelta(days=1)))
    if not any(name in text for name in lp.weekday_names):
        return out
    taken = []  # "next week on Thursday": the Thursday of the week after publication's
    for m in lp.next_week_day.finditer(masked):
        wd = weekday_of(m, lp)
        if wd is not None:
            day = pub + timedelta(days=7 - pub.weekday() + wd)
            out.append(DateMention(m.start(), m.end(), [day], weekday=wd, relative=True,
                                   deictic=True))
            taken.append((m.start(), m.end()))
    hits = list(lp.rel_weekday.finditer(masked))
    if seg.line_start:
        b = lp.bare_weekday.match(masked)
        if b and not any(h.start() <= b.start("wd") < h.end() for h in hits):
            hits.append(b)
    hits = [h for h in hits if not any(s < h.end() and h.start() < e for s, e in taken)]
    spanned = -1  # where the last span of weekdays ends ("Saturday-Sunday"): its last is in it
    listed: DateMention | None = None  # the weekday before (the one it may follow in a list)
    for m in sorted(hits, key=lambda h: h.start()):
        wd = weekday_of(m, lp)
        if wd is None or m.start() < spanned:
            continue
        if m.groupdict().get("cop") is not None and not _opens_sentence(masked, m.start()):
            continue  # "Monday is ..." names the coming Monday only where it opens a sentence
        if lp.every_before.search(text, max(0, m.start() - 25), m.start()) or (
                lp.week_of_month_before.search(text, max(0, m.start() - 12), m.start())):
            continue  # ("every Monday", "on the first Wednesday": a series' days)
        if lp.gone_weekday_before is not None and lp.gone_weekday_before.search(
                text, max(0, m.start() - 16), m.start()):
            continue  # ("This past Sunday morning, our crew ...": the one gone, no event's)
        pre = (m.groupdict().get("pre") or "").lower()
        deictic = bool(lp.deictic.match(pre))
        name = (m.groupdict().get("wd2") or m.groupdict().get("wd") or "").lower()
        if not deictic and not _indefinite_weekday(name, lp):
            continue  # "på lördagen", "på tirsdagen": the Saturday of a week named elsewhere
        ahead = (wd - pub.weekday()) % 7
        start = m.start("wd2") if m.groupdict().get("wd2") else m.start("wd")
        said = next((o.days[0] for o in out if o.relative and o.weekday is None and o.end <= start
                     and not masked[o.end : start].strip(" ,") and o.days[0].weekday() == wd),
                    None)  # ("heute, Dienstag 19:00", "tomorrow, Wednesday": that day)
        if said is not None:
            ahead = (said - pub).days
        elif ahead == 0 and not lp.this_weekday.fullmatch(pre):
            ahead = 7  # "on Saturday" written on a Saturday: the next one; "this Saturday": today
        day = pub + timedelta(days=ahead)
        if (listed is not None and day <= (listed.range_end or listed.days[0])
                and _in_a_list(masked[listed.end : start], lp)):
            # ("Performances: Wednesday, Thursday, Friday" written on a Thursday: the days of
            # one week from the first on, not next Thursday before this Friday)
            day += timedelta(days=7)
        mention = DateMention(
            start, m.end() - len(_evening_part(name, lp)), [day], weekday=wd, relative=True,
            deictic=deictic,
        )  # fmt: skip
        also = lp.weekday_span.match(masked, m.end())  # "Saturday and Sunday": one span
        if also and (wd2 := weekday_of(also, lp)) is not None and (wd2 - wd) % 7 and (
                (wd2 - wd) % 7 == 1 or not lp.and_gap.match(masked, m.end())):
            # (not "Monday and Thursday": two days)
            mention.range_end = day + timedelta(days=(wd2 - wd) % 7)
            mention.end = spanned = also.end()
            mention.compact = True
        out.append(mention)
        listed = mention
    return out

