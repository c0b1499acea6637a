"""Candidate events: a date mention with the time range its sentence (or a nearby one, or a
programme under it) gives, one candidate a day for short ranges with daily hours."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta, tzinfo
from functools import partial
from itertools import takewhile
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from .mentions import DateMention, weekday_of
from .patterns import LangPatterns
from .sentences import SegInfo
from .text import Segment
from .times import (
    LEAD_TO_A_DAY,
    TimeMention,
    end_before_day,
    end_times,
    into_the_night,
    stated_duration,
    time_mentions,
)

_LABEL_LINE = re.compile(r"\W*[^\W\d_]+(?: [^\W\d_]+)?\s*:")  # "Where:", "Tid:"
_LEAD_TO_DATES = re.compile(LEAD_TO_A_DAY)
_DIGIT = re.compile(r"\d")
_WORD = re.compile(r"[^\W_]")
_WORD_RUN = re.compile(r"[^\W\d_]{3,}")  # a word of three letters or more

MAX_SPLIT_DAYS = 7  # multi-day ranges with daily hours up to this long become one event a day
PROGRAMME_LOOKAHEAD = 14  # segments scanned after a date heading for programme lines
PROGRAMME_MAX = 60  # ... and on past those while programme lines follow one another
PROGRAMME_LINE_GAP = 4  # lines between two of them: a talk's title, speaker and abstract
SITTING_GAP = 60  # minutes: programme lines at most this far apart are parts of one sitting
SITTING_BREAK = 30  # minutes after a line's end the next may start and go on from it
NEXT_LOOKAHEAD = 6  # segments scanned after a date for its time or the day's later times


@dataclass(slots=True)
class Candidate:
    seg: int
    start: datetime | date
    end: datetime | date | None
    mention: DateMention
    # "", "same", "next", "programme", "post" (the post's only time), "series" (its series')
    timed_from: str = ""
    n_times: int = 0
    time_at: int = -1  # where its time stands in its sentence, when the sentence gives it
    notes: list[str] = field(default_factory=list)
    rrule: str = ""  # a weekly series' rule ("every Monday from 11 October to 6 December")


def _owner(t: TimeMention, starts: list[int], ends_after: list[int]) -> int | None:
    """The last date mention ending before the time, else the first one starting after it.

    `starts` are the mentions' starts (ascending); `ends_after[i]` is the smallest end of
    mentions i, i+1, ... (ascending too), so both are found by bisection.
    """
    before = bisect_right(ends_after, t.start) - 1
    if before >= 0:
        return before
    # (from its start: "starting at 7.30 ... on Tuesday 13th October, and aim to finish by
    # 9.30" is one time around the date)
    after = bisect_left(starts, t.start)
    return after if after < len(starts) else None


def _times_before_their_days(info: SegInfo, lp: LangPatterns
                             ) -> dict[int, list[TimeMention]] | None:
    """Where a sentence of several days puts each time right before a day and none right after
    one, each time's day is the one after it ("starter kl. 11:00 lørdag 14. mai, og slutter kl.
    15:00 på søndag 15. mai", "at 7pm on Friday 3 March and at 8pm on Saturday 4 March");
    else None."""
    dates, masked = info.dates, info.masked
    if len(dates) < 2 or len(info.times) < 2:
        return None
    starts = [d.start for d in dates]
    owned: dict[int, list[TimeMention]] = {}
    for t in info.times:
        k = bisect_left(starts, t.end)
        if k == len(dates) or not _LEAD_TO_DATES.fullmatch(masked, t.end, dates[k].start):
            return None
        if k > 0 and _right_after(masked[dates[k - 1].end : t.start], lp):
            return None  # right after a day too: "Saturday 14 May at 11:00 until Sunday ..."
        owned.setdefault(k, []).append(t)
    return owned


def _right_after(gap: str, lp: LangPatterns) -> bool:
    """Whether what stands between a day and a time joins the time to that day (" ", ", ", " at
    "), not to the next ("and at")."""
    return bool(_LEAD_TO_DATES.fullmatch(gap)) and not (
        gap.strip(" ,") and lp.and_gap.fullmatch(gap.replace(",", " ")))


def _time_before_a_list(info: SegInfo, owned: dict[int, list[TimeMention]],
                        lp: LangPatterns) -> bool:
    """Whether the sentence's times stand right before its dates (a comma or a short word
    between), and the dates are a list (joined by commas and "and" alone): "at 7.30pm, 18
    February, 18 March and 15 April"; not "Registration at 9am; courses on 18 February and 18
    March"."""
    dates = info.dates
    if len(dates) < 2 or list(owned) != [0] or owned[0][-1].end > dates[0].start:
        return False
    if not _LEAD_TO_DATES.fullmatch(info.masked, owned[0][-1].end, dates[0].start):
        return False
    return _a_list(info, lp)


def _time_after_a_list(info: SegInfo, owned: dict[int, list[TimeMention]],
                       lp: LangPatterns) -> bool:
    """Whether the sentence's times stand right after its dates (a short word between), and
    the dates are a list (joined by commas and "and" alone): "on Tuesday 28 July and Tuesday 25
    August from 2pm"; not "the AGM on 5 May and the party on 6 May at 7pm"."""
    dates = info.dates
    last = len(dates) - 1
    if last < 1 or list(owned) != [last] or owned[last][0].start < dates[last].end:
        return False
    if not _LEAD_TO_DATES.fullmatch(info.masked, dates[last].end, owned[last][0].start):
        return False
    return _a_list(info, lp)


def _a_list(info: SegInfo, lp: LangPatterns) -> bool:
    """Whether the sentence's dates are joined by commas and "and" alone."""
    return _joined_by_and(info.dates, info.masked, lp.and_gap)


def _joined_by_and(spans: Sequence[DateMention] | Sequence[TimeMention], masked: str,
                   and_gap: re.Pattern[str]) -> bool:
    """Whether the mentions of a sentence are joined by commas, semicolons and `and_gap` alone
    ("May 15 & 22; June 5, 12, & 19")."""
    gaps = (masked[a.end : b.start] for a, b in zip(spans, spans[1:], strict=False))
    return all(not gap.strip(" ,;") or and_gap.fullmatch(gap.replace(",", " ").replace(";", " "))
               for gap in gaps)


def _ends_after(dates: list[DateMention]) -> list[int]:
    ends = [d.end for d in dates]
    for i in range(len(ends) - 2, -1, -1):
        ends[i] = min(ends[i], ends[i + 1])
    return ends


def combine(
    day: date, t: TimeMention, site_zone: tzinfo | None
) -> tuple[datetime, datetime | None]:
    """The start and end on `day`, as wall-clock times of the site's zone."""
    start = datetime.combine(day, t.t0)
    end = datetime.combine(day, t.t1) if t.t1 is not None else None
    if end is not None and end < start:  # ("22:00 - 02:00": into the night)
        end += timedelta(days=1)
    if t.zone is not None and site_zone is not None:
        start, end = (_in_zone(start, t.zone, site_zone, t.zone_said),
                      end and _in_zone(end, t.zone, site_zone, t.zone_said))
    return start, end


def _in_zone(wall: datetime, stated: str, site_zone: tzinfo, said: str = "") -> datetime:
    """`wall` in the zone `stated` (the IANA zone of an abbreviation `said`: "CST" is
    America/Chicago), as the site's zone's wall-clock time; unchanged where the site's own zone
    goes by that abbreviation at that time ("1:00 PM CST" on a site in Shanghai: China's)."""
    try:
        zone = ZoneInfo(stated)
    except (ZoneInfoNotFoundError, ValueError):
        return wall
    if said and wall.replace(tzinfo=site_zone).tzname() == said.upper():
        return wall
    return wall.replace(tzinfo=zone).astimezone(site_zone).replace(tzinfo=None)


def candidates(
    infos: list[SegInfo], dated: list[int], lp: LangPatterns, pub: date,
    site_zone: tzinfo | None = None,
) -> list[Candidate]:
    """Candidates from the segments that name dates (their indexes `dated`, ascending); times
    stated in another zone are moved to `site_zone`."""
    cands: list[Candidate] = []
    explicit_days = [d for i in dated for m in infos[i].dates if not m.relative for d in m.days]
    future_days = {d for d in explicit_days if d >= pub}
    single_date = len(future_days) == 1
    named = future_days | {d for i in dated for m in infos[i].dates if m.relative for d in m.days}
    one_day = len(named) == 1
    lone: list[TimeMention] | None = None  # the post's only time of day, found when needed
    lone_start: list[TimeMention] | None = None  # the same, when it is called a start
    recurring: dict[tuple[int, int], list[TimeMention]] | None = None  # a series' hours
    heads = [j for j, info in enumerate(infos) if info.seg.source != "body"]  # title, lead
    # weekday -> the one such day the post names, ahead or (just) gone; not a deadline's ("The
    # payment date is September 18th" is no day of "Tuesday/Friday: practice")
    post_days, gone_days = _post_weekdays(
        infos, [j for j in dated if not lp.deadline_sentence.search(infos[j].low)], pub)
    # sentence -> where it speaks of this week and of next week (-1: it does not)
    this_week: dict[int, tuple[int, int]] = {}
    for i in dated:
        info = infos[i]
        if not info.dates:
            continue
        first_of_segment = len(cands)
        ends_at: list[int] = []  # where times given only as ends stand before their days
        owned: dict[int, list[TimeMention]] = {}
        starts, ends_after = [d.start for d in info.dates], _ends_after(info.dates)
        for t in info.times:
            k = _owner(t, starts, ends_after)
            if k is not None:
                owned.setdefault(k, []).append(t)
        if (before_days := _times_before_their_days(info, lp)) is not None:
            owned = before_days
        elif _time_before_a_list(info, owned, lp):  # "at 7.30pm, 18 February, 18 March and 15
            owned = {k: list(owned[0]) for k in range(len(info.dates))}  # April": each one's
        elif _time_after_a_list(info, owned, lp):  # "on Tuesday 28 July and Tuesday 25 August
            owned = {k: list(owned[len(info.dates) - 1]) for k in range(len(info.dates))}  # 2pm"
        last = len(info.dates) - 1
        borrowed: tuple[list[TimeMention], str] | None = None
        intro: list[TimeMention] | None = None
        called_off: bool | None = None  # whether the sentence calls its day off, when asked
        near: dict[int, date] | None = None  # weekday -> first such day named nearby
        reported: list[bool] = []  # whether the sentence tells of days gone, once asked
        for k, men in enumerate(info.dates):
            if (men.relative and men.weekday is not None and men.deictic and not men.counted
                    and men.weekday in gone_days and _reported(info, lp, reported)):
                # "Also konnten die Kinder an diesem Mittwoch länger spielen": the Wednesday
                # the report named, not the next
                gone = gone_days[men.weekday]
                if men.range_end is not None:  # ("this Saturday and Sunday": both days gone)
                    men.range_end += gone - men.days[0]
                men.days = [gone]
            elif (men.relative and men.weekday is not None and men.deictic and not men.counted
                  and _this_said(info.low, men.start, lp)
                  and (headed := _headed_day(infos, i, men.weekday, pub)) is not None):
                # "This Wednesday you will have the opportunity ..." under "#### Wednesday
                # 27th: 11am & 2pm ...": the day its heading names, not the next Wednesday
                if men.range_end is not None:
                    men.range_end += headed - men.days[0]
                men.days = [headed]
            elif men.relative and men.weekday is not None and not men.deictic:
                # "på lördag" next to a headed date, or under a title naming it, means that
                # date, not the next Saturday; "kl 13 på søndag" under "19.-20. oktober", the 20th
                if near is None:
                    near = _weekdays_near(infos, i, [*range(max(0, i - 4), min(len(infos), i + 5)),
                                                  *(j for j in heads if j < i)], pub,
                                          gone=not lp.future.search(info.low))
                moved: date | None = None
                if men.days[0] == pub + timedelta(days=WEEK_DAYS) and _this_week_said(
                        infos, i, men.start, heads, lp, this_week):
                    moved = pub  # "This week on Java club ..." / "Join us on Wednesday" that day
                elif men.weekday in near:
                    moved = near[men.weekday]
                elif men.weekday in post_days:
                    moved = post_days[men.weekday]  # "See you Tuesday night!" at the end
                elif (men.weekday in gone_days and not owned.get(k) and not lp.future.search(
                        info.low) and (info.seg.caption or lp.past.search(info.low))):
                    # "Bürgerfest am Freitag, Foto: ..." in its report (not "Quiz on Friday")
                    moved = gone_days[men.weekday]
                else:  # "Uken starter mandag 7. november ... På onsdag ...": that week's
                    moved = _later_in_week(infos, i, men.weekday, pub,
                                           partial(_reported, info, lp, reported))
                if moved is not None:
                    if men.range_end is not None:  # "Thursday and Friday": the days after it
                        men.range_end += moved - men.days[0]
                    men.days = [moved]
            # several loose times: the first is the start, with any joined to it by "and" (the
            # first, not one called the start: "meeting at 3.30pm, starting carols at 4pm")
            times = _starts(owned.get(k, []), info.masked, lp)
            how = "same" if times else ""
            if not times and k > 0 and owned and (
                    end := end_before_day(info.masked, men.start, lp)) is not None:
                # "starter kl. 11:00 lørdag 14. mai, og slutter kl. 15:00 på søndag 15. mai":
                # the end of a span from an earlier day, if _as_one_span joins them
                times, how, ends_at = [end], "same", [*ends_at, end.start]
            # a following line's time is the last date's, or every date's when the sentence has
            # no time of its own ("Club evenings: 7th, 14th June, 5th July" / "sign on from 18:45")
            if not times and (k == last or not owned):
                if borrowed is None:
                    borrowed = _borrow_times(infos, i, lp, single_date, one_day)
                times, how = borrowed
            if not times and info.seg.item and not owned:
                # "Walks start at the Big Shed, 11am until 12.30pm:" above "- 17th June"...,
                # or "We ... start promptly at 9:15am" under the list
                if intro is None:
                    intro = _list_intro_times(infos, i, lp) or _list_outro_times(infos, i, lp)
                times, how = intro, "next" if intro else ""
            # (not for "today", "idag": often "nowadays", so kept only with a time of its own)
            plain_day = not (men.relative and info.low[men.start : men.end] in lp.today_words)
            if not times and one_day and men.range_end is None and not info.seg.item and plain_day:
                if lone is None:
                    lone = lone_time(infos, dated, lp)
                times, how = lone, "post" if lone else ""
            if not times and info.seg.item and not owned and men.range_end is None:
                # every item of a list of dates, when it is called their start ("Alla
                # deltävlingar börjar ... tävlingsstarten är klockan 19:00" over "- 16 september")
                if lone_start is None:
                    lone_start = lone_time(infos, dated, lp, called=True)
                times, how = lone_start, "post" if lone_start else ""
            if (not times and not owned and men.range_end is None and len(men.days) == 1
                    and men.days[0] > pub and not men.relative):
                # a day of a series whose hours the post gives ("Gardening days are on the
                # last Sunday of every month from 11am to 1pm" over "Next dates: - 28 May"),
                # unless its sentence calls it off ("- Onsdag 1/5 ingen träning")
                if recurring is None:
                    recurring = recurring_hours(infos, dated, lp)
                if called_off is None:
                    called_off = lp.cancel.search(info.low) is not None
                times = [] if called_off else series_hours(men.days[0], recurring)
                how = "series" if times else ""
            if k == last and men.range_end is None:
                extra = _continuations(infos, i, lp)
                if extra:
                    times = times + [t for t in extra if t not in times]
                    how = how or "next"
            days = list(men.days)
            spans_days = men.range_end is not None
            rule = ""
            if spans_days and not men.relative and (
                    first := _weekly_from(info, men, lp)) is not None:
                # "every Monday from 11 October through to 6 December": its first day, weekly
                days, spans_days = [first], False
                rule = f"FREQ=WEEKLY;UNTIL={men.range_end:%Y%m%d}"
            if spans_days and times:
                # (hours from and to after any short range are each day's: "Sunday June 18 -
                # Tuesday June 20, 10am-4pm"; a lone time after a range written out may be
                # its first day's start)
                daily = men.compact or all(t.t1 is not None for t in times)
                if (len(times) == 1 and times[0].t1 is not None
                        and into_the_night(times[0].t0, times[0].t1)
                        and (men.range_end - men.days[0]).days == 1):
                    # one night over two days ("Friday 13 - Saturday 14 September, 8pm -
                    # 2am"): from the first evening into the second day
                    days, spans_days = [men.days[0]], False
                elif daily and (men.range_end - men.days[0]).days < MAX_SPLIT_DAYS:
                    days = all_days(men)
                    spans_days = False
                else:
                    times = []  # a closing time of a multi-day range: keep the range all-day
            if spans_days:
                cands.append(Candidate(i, men.days[0], men.range_end, men))
                continue
            for day in days:
                if not times:
                    cands.append(Candidate(i, day, None, men, rrule=rule))
                for t in times:
                    start, end = combine(day, t, site_zone)
                    n_own = len(owned.get(k, []))
                    cands.append(Candidate(i, start, end, men, how, n_times=n_own,
                                           time_at=t.start if how == "same" else -1, rrule=rule))
        cands[first_of_segment:] = [
            Candidate(i, c.start.date(), None, c.mention) if c.time_at in ends_at else c
            for c in _as_one_span(cands[first_of_segment:], info.low, lp)]  # (not joined)
    if recurring:  # a series' hours give way to a day's own ("Sunday 19/05: 08:15 start")
        own = {c.start.date() for c in cands if c.timed_from == "same"
               and isinstance(c.start, datetime)}
        cands = [c for c in cands if c.timed_from != "series" or c.start.date() not in own]
    return cands


MAX_SPAN_DAYS = 14
# between "every Monday" and the span of its series: a few words, no number or stop
_TO_THE_SERIES = re.compile(r"[^\d.!?;:()]{0,24}")


SERIES_REACH = 60  # characters before a span its series' weekday is looked for in


def _weekly_from(info: SegInfo, men: DateMention, lp: LangPatterns) -> date | None:
    """The first day of a weekly series its sentence names by a weekday and a span ("every
    Monday from 11 October through to 6 December", "jeden Montag vom 11. Oktober bis 6.
    Dezember", "Saturdays, October 10-31", "samstags vom 10. bis 31. Oktober"), else None; not
    "every other Monday", nor where the weekday falls on none of the span's days."""
    low = info.low
    every = None
    for m in lp.every_weekday.finditer(low, max(0, men.start - SERIES_REACH), men.start):
        every = m
    if every is not None and len(every.group().split()) != 2:
        return None  # ("every other Monday")
    every = every or _plural_weekday_before(low, men.start, lp)
    if every is None:
        return None
    if not (_TO_THE_SERIES.fullmatch(low, every.end(), men.start)
            or _only_its_time(low[every.end() : men.start], lp)) or lp.weekday_word.search(
            low, every.end(), men.start):
        return None  # (not "every Monday and Wednesday from ...": two series)
    wd = weekday_of(every, lp)
    if wd is None or men.range_end is None:
        return None
    first = men.days[0] + timedelta(days=(wd - men.days[0].weekday()) % 7)
    return first if first <= men.range_end else None


def _only_its_time(gap: str, lp: LangPatterns) -> bool:
    """Whether the words between a series' weekday and its span are its time and a few words
    ("Fridays 7:30pm, Oct. 24 - Nov. 21", "samstags 14 Uhr, vom 10. bis 31. Oktober")."""
    if not _DIGIT.search(gap):
        return False
    times = time_mentions(gap, lp)
    return len(times) == 1 and _TO_THE_SERIES.fullmatch(
        gap[: times[0].start] + gap[times[0].end :]) is not None


def _plural_weekday_before(low: str, at: int, lp: LangPatterns) -> re.Match[str] | None:
    """The one weekday named in the SERIES_REACH characters before `at`, when named in the
    plural ("Saturdays", "samstags", "lördagar"); not one excepted ("except Saturdays"), nor
    one of two ("Tuesdays and Thursdays": two series)."""
    named = list(lp.weekday_word.finditer(low, max(0, at - SERIES_REACH), at))
    last = named[-1] if len(named) == 1 else None
    if last is None or not _in_the_plural(last, low):
        return None
    return None if lp.denied_before.search(low, max(0, last.start() - 30), last.start()) else last


# a hyphen joining two words of a name ("Bochum-Altenbochum"), by the words on either side
_WORD_HYPHEN = re.compile(r"([^\W\d_]+)[-–](?=([^\W\d_]+))")


def _as_one_span(found: list[Candidate], low: str, lp: LangPatterns) -> list[Candidate]:
    """A sentence's two days, each with its own time, joined by a range word or an end
    ("von Freitag 26.04. 19 Uhr bis Sonntag 28.04. 15 Uhr", "26.09-28.09.2025, Anreise
    Freitag ab 19 Uhr, Ende Sonntag ca. 15 Uhr"): one event from the first to the second, in
    place of both and of the all-day span of the same days."""
    timed = [c for c in found if isinstance(c.start, datetime) and c.time_at >= 0]
    if len(timed) != 2:
        return found
    a, b = sorted(timed, key=lambda c: c.time_at)
    if a.end is not None or b.end is not None:
        return found  # each day with its own hours ("Saturday 1-4PM and Sunday 1-4PM")
    days = (b.start.date() - a.start.date()).days
    # (not a hyphen in a name: "in Bochum-Altenbochum und am 27. September um 17 Uhr"; but
    # "19 Uhr-Sonntag 5.5. 15 Uhr", to a day, is a range; up to the second day, past a time
    # before it: "og slutter kl. 15:00 på søndag")
    between = _WORD_HYPHEN.sub(lambda m: m.group() if _joins_days(m, lp) else m.group(1) + " ",
                               low[a.time_at : max(b.time_at, b.mention.start)])
    if not (0 < days <= MAX_SPAN_DAYS and a.start < b.start
            and (lp.range_word.search(between) or lp.ends.search(between))):
        return found
    first, last = a.start.date(), b.start.date()
    named = [c for c in found if c.start == first and c.end == last]
    # (dated by the span the sentence names, if it names one: "Freitag" is its first day)
    span = replace(a, end=b.start, n_times=2, mention=named[0].mention if named else a.mention)
    return [span] + [c for c in found if c is not a and c is not b
                     and all(c is not n for n in named)]


def _joins_days(hyphen: re.Match[str], lp: LangPatterns) -> bool:
    """Whether a hyphen between two words runs from a time or day to a day ("19 Uhr-Sonntag",
    "Freitag-Sonntag"), not between the words of a name."""
    before, after = hyphen.group(1), hyphen.group(2)
    return (lp.weekday_word.fullmatch(after) is not None or after in lp.months
            or lp.weekday_word.fullmatch(before) is not None
            or lp.clock_word.fullmatch(before) is not None)


def _starts(times: list[TimeMention], text: str, lp: LangPatterns) -> list[TimeMention]:
    """The first time and those joined to it; every time when each is called a start ("the
    working bee will start at 1pm, the BBQ will start at 6pm")."""
    out = _joined(times, listed=True)
    if len(out) < len(times) and all(t.t1 is None and called_start(t, text, lp)
                                     for t in times):
        return times
    if len(out) < len(times) and (parts := _parts_of_one_sitting(times)):
        return parts
    if len(out) < len(times) and (start := _start_after_a_lead_in(times, text, lp)):
        return [start]  # ("Am 17.6.: Einlass ab 17:30, Beginn um 18 Uhr")
    return out


def _joined(times: list[TimeMention], listed: bool = False) -> list[TimeMention]:
    """The first time, and those joined to it by "and" ("two concerts, at 18:00 and 20:00"),
    or, `listed`, in a list of them, the date's own ("To watch at 2.00pm, 4.00pm or 6.00pm on
    Sunday 11th"; not a post's loose "Trains leave at 17:10, 17:40 and 18:10")."""
    out = times[:1]
    for t in times[1:]:
        if not (t.also or (listed and t.listed)) or t.t1 is not None or out[-1].t1 is not None:
            break
        out.append(t)
    return out


def _programme_time(info: SegInfo, times: Sequence[TimeMention],
                    labelled: bool = False) -> TimeMention | None:
    """The time a programme line starts with ("18:00 Talk", "**17:30** Doors open"), or, where
    `labelled` lines count (under a date's own line), the one time a list item gives after its
    label ("- Lecture : 14:00 - 15:00"; not a paragraph's "- Part one: 14:18 to 21:35")."""
    if not times or not info.seg.line_start:
        return None
    if times[0].at_line_start:
        return times[0]
    if (labelled and info.seg.item and len(times) == 1
            and _LABELLED.search(info.masked, 0, times[0].start)
            and not info.masked[times[0].end:].strip(_TRAILING)):
        return times[0]
    return None


START, END, LEAD = 0, 1, 2  # what a programme line may say of its time (LangPatterns.label_cues)
LABEL_REACH = 60  # characters of a list item's label searched before its time for a cue


def _says(what: int, info: SegInfo, t: TimeMention, lp: LangPatterns) -> bool:
    """Whether programme line `info` says of its time `t` that it is the START, the END or a
    LEAD into what follows: in its words after the time ("17:30 End of the workshop"), or as a
    word of its label before it ("- Official close: 1:00 PM")."""
    if t.at_line_start:
        return (lp.start_line, lp.end_line, lp.lead_in)[what].match(info.masked, t.end) is not None
    return lp.label_cues[what].search(info.masked, max(0, t.start - LABEL_REACH),
                                      t.start) is not None


_LABELLED = re.compile(r"\w\s*[:–—-]\s*$")  # a list item's label and its time after it
_TRAILING = " .,;*_)"


WEEK_LOOKBACK = 20  # segments searched back for the day a bare weekday's week goes on from


THIS_WEEK_LOOKBACK = 2  # sentences before a weekday that may say "this week" of it
THIS_WEEK_WINDOW = 200  # characters before a weekday searched for "this week" in its sentence


def _this_week_at(low: str, lp: LangPatterns, start: int = 0, end: int | None = None) -> int:
    """Where a sentence (from `start`, to `end`) last speaks of this week, not to deny it or
    to tell of it ("This week on Java club we will ..."; not "There is no meeting this week",
    "This week was great"), else -1."""
    found = -1
    for m in lp.this_week.finditer(low, start, len(low) if end is None else end):
        if not (lp.no_this_week.search(low, max(0, m.start() - 40), m.start())
                or lp.was_after.match(low, m.end())):
            found = m.start()
    return found


def _next_week_at(low: str, lp: LangPatterns, start: int = 0, end: int | None = None) -> int:
    """Where a sentence (from `start`, to `end`) last speaks of next week, else -1."""
    found = -1
    for m in lp.next_week.finditer(low, start, len(low) if end is None else end):
        found = m.start()
    return found


def _this_week_said(infos: list[SegInfo], i: int, upto: int, heads: list[int],
                    lp: LangPatterns, said: dict[int, tuple[int, int]]) -> bool:
    """Whether the weekday at `upto` in sentence `i` is said to be this week's: the nearest
    of "this week" and "next week" before it, in its sentence, one of the two before it, or
    the title or lead, is "this week" ("This week on Java club ..." / "Join us on Wednesday";
    not "Join us next Wednesday", "This week we look at GC. Next week, on Wednesday, ...").
    `said` keeps each earlier sentence's answers."""
    if lp.next_weekday.search(infos[i].low, max(0, upto - 12), upto):
        return False
    low = infos[i].low
    start = max(0, upto - THIS_WEEK_WINDOW)  # (a window, not the sentence: one long sentence
    # of many weekdays stays fast)
    this, nxt = _this_week_at(low, lp, start, upto), _next_week_at(low, lp, start, upto)
    if this >= 0 or nxt >= 0:
        return this > nxt
    earlier = [j for j in range(i - 1, max(-1, i - 1 - THIS_WEEK_LOOKBACK), -1)
               if infos[j].seg.source == infos[i].seg.source]
    for j in [*earlier, *(k for k in reversed(heads) if k < i)]:
        if j not in said:
            said[j] = _this_week_at(infos[j].low, lp), _next_week_at(infos[j].low, lp)
        this, nxt = said[j]
        if this >= 0 or nxt >= 0:
            return this > nxt
    return False


def _reported(info: SegInfo, lp: LangPatterns, memo: list[bool]) -> bool:
    """Whether sentence `info` tells of days gone: more past-tense words than future ones
    ("Dafür gab es einen Grund: Am Donnerstag sollte ... stattfinden"; not "As we decided, on
    Thursday we will hold the vote"), worked out once (`memo`)."""
    if not memo:
        memo.append(len(lp.past.findall(info.low)) > len(lp.future.findall(info.low)))
    return memo[0]


def _later_in_week(infos: list[SegInfo], i: int, weekday: int, pub: date,
                   reported: Callable[[], bool] = lambda: False) -> date | None:
    """The `weekday` later in the week of the last day an earlier sentence names (a programme
    day by day: "Monday 7 November ... On Tuesday ... On Wednesday"), if that day is ahead,
    or just gone where the sentence tells of it (`reported`: "Am Mittwoch den 29.05.19 blieben
    ... Am Donnerstag sollte ... stattfinden, gab es"); None for a weekday earlier in that week
    ("Thursday 10 November" ... "on Tuesday")."""
    for j in range(i - 1, max(-1, i - WEEK_LOOKBACK), -1):
        named = [m for m in infos[j].dates if not m.relative]
        if not named:
            continue
        last = named[-1]
        day = last.range_end or last.days[-1]
        if not (pub < day <= pub + timedelta(days=60)
                or (pub - timedelta(days=WEEK_DAYS) <= day <= pub and reported())):
            return None
        offset = weekday - day.weekday()
        return day + timedelta(days=offset) if offset > 0 else None
    return None


def named_days(infos: list[SegInfo], of: Iterable[int]) -> set[date]:
    """The days the segments `of` name as dates (not "on Saturday"), each of a short range."""
    return {d for j in of for m in infos[j].dates if not m.relative for d in all_days(m)}


THIS_REACH = 12  # characters before a weekday its "this" may take ("nu på", "den här")


def _this_said(low: str, at: int, lp: LangPatterns) -> bool:
    """Whether "this" (and not "next") stands right before the weekday at `at`."""
    return any(not low[m.end():at].strip()
               for m in lp.this_weekday.finditer(low, max(0, at - THIS_REACH), at))


def _headed_day(infos: list[SegInfo], i: int, weekday: int, pub: date) -> date | None:
    """The day from publication on, of `weekday`, that the heading over sentence `i` names
    ("#### Wednesday 27th: ..." over "This Wednesday ..."), if it names one."""
    for k in range(i - 1, -1, -1):
        if infos[k].seg.source != infos[i].seg.source:
            return None
        if infos[k].seg.heading:
            return next((d for m in infos[k].dates if not m.relative for d in all_days(m)
                         if d.weekday() == weekday and d >= pub), None)
    return None


def _post_weekdays(infos: list[SegInfo], dated: list[int], pub: date,
                   ) -> tuple[dict[int, date], dict[int, date]]:
    """Weekday -> the day of the next 60 (or of a short span) the post names, for the weekdays
    it names once; and
    weekday -> the day of the REPORTED_DAYS before publication it names, for those it names
    once there and not ahead (a report of the weekend gone: "Am Freitag, dem 26.08." ...
    "Bürgerfest am Freitag, Foto: ...")."""
    named = named_days(infos, dated)
    # (a weekend the post names is theirs however far ahead: "Wölflingscamp 05.05. - 07.05."
    # over "**Freitag**", "**Samstag**")
    spans = {d for j in dated for m in infos[j].dates if not m.relative
             and m.range_end is not None and (m.range_end - m.days[0]).days < WEEK_DAYS
             for d in all_days(m)}
    ahead = sorted(d for d in named if pub <= d and (d <= pub + timedelta(days=60) or d in spans))
    weekdays = [d.weekday() for d in ahead]
    # (of two such days, the one of the span: "Lör–sön 14–15 november" ... "lördag kväll")
    in_spans = [d.weekday() for d in ahead if d in spans]
    ahead = [d for d in ahead if weekdays.count(d.weekday()) == 1
             or (d in spans and in_spans.count(d.weekday()) == 1)]
    weekdays = [d.weekday() for d in ahead]
    gone = [d for d in named if pub - REPORTED_DAYS <= d < pub]
    gone_weekdays = [d.weekday() for d in gone]
    return ({d.weekday(): d for d in ahead if weekdays.count(d.weekday()) == 1},
            {d.weekday(): d for d in gone
             if gone_weekdays.count(d.weekday()) == 1 and d.weekday() not in weekdays})


WEEK_DAYS = 7
REPORTED_DAYS = timedelta(days=14)  # how far back a report's days name its bare weekdays


def _weekdays_near(infos: list[SegInfo], own: int, around: list[int], pub: date,
                   gone: bool = True) -> dict[int, date]:
    """Weekday -> the first day of the next 60 that the segments `around` name, or a day of a
    span of days sentence `own` (or, of a week at most, one of `around`) names, however far
    ahead ("June 27-28, beginning at 1800 UTC on Saturday"; not "on Saturday, to plan the
    festival on 12 June 2027")."""
    spans = {d for m in infos[own].dates if m.range_end is not None and not m.relative
             for d in all_days(m) if pub <= d}
    # (then those of a weekend named around it: "Lör–sön 14–15 november" ... "lördag kväll")
    weekends = {d for j in around if j != own for m in infos[j].dates
                if m.range_end is not None and not m.relative
                and (m.range_end - m.days[0]).days < WEEK_DAYS for d in all_days(m) if pub <= d}
    # (the first of each weekday, those of its own sentence first: a second course's
    # "26.09-28.09.2025, Anreise Freitag" under a first's "25.04.-27.04.2025, ... Freitag")
    near = {d.weekday(): d for d in sorted(weekends - spans, reverse=True)}
    near |= {d.weekday(): d for d in sorted(spans, reverse=True)}
    named = named_days(infos, around)
    for d in sorted(d for d in named if pub <= d <= pub + timedelta(days=60)):
        near.setdefault(d.weekday(), d)
    # (last, a weekend gone, named in its sentence or one beside it: "Datum: 06.+07.02.2016"
    # over "Beginn: Samstag um 16 Uhr" in its report, that Saturday; not for a sentence with a
    # future word, `gone` false: "Our next work party is on Saturday at 10am")
    beside = [j for j in (own - 1, own, own + 1) if gone and (j == own or j in around)]
    for d in sorted(d for j in beside for m in infos[j].dates
                    if m.range_end is not None and not m.relative
                    and (m.range_end - m.days[0]).days < WEEK_DAYS
                    for d in all_days(m) if d < pub):
        near.setdefault(d.weekday(), d)
    return near


def lone_sitting(infos: list[SegInfo], dated: list[int], lp: LangPatterns
                 ) -> list[TimeMention]:
    """The span of a post's one dateless programme of three or more lines close together
    (an agenda: "17:30 Doors open", "18:00 Welcome", ..., "21:00 Be outside"), as one time
    from its first line to its last; none for lines hours apart or no programme."""
    lines: list[TimeMention] = []
    for i in dated:
        info = infos[i]
        if info.dates or info.seg.source != "body" or not info.seg.line_start:
            continue
        times = info.times or time_mentions(info.masked, lp)
        t = _programme_time(info, times)
        if t is not None:
            lines.append(t)
    return (_as_one_sitting(lines) or []) if len(lines) >= 3 else []


def programme_of_the_day(
    infos: list[SegInfo], dated: list[int], lp: LangPatterns, published: datetime
) -> Candidate | None:
    """For a post that names no day, a programme in its body ("**17:30** Doors open",
    "**18:00** Talk", ...), else its one line that opens with a time's label ("Doors open at
    6pm", "Tid: kl 17-19"): the event of the post's own date, the day a reader sees on the
    page (sites that date a post by its event). None without either."""
    lines: list[tuple[int, TimeMention]] = []
    labelled: list[tuple[int, TimeMention]] = []
    for i in dated:
        info = infos[i]
        if info.seg.source != "body" or not info.seg.line_start:
            continue
        times = info.times or time_mentions(info.masked, lp)
        t = _programme_time(info, times)
        if t is not None:
            lines.append((i, t))
        elif (len(times) == 1 and lp.time_opening.match(info.low)
              and not lp.date_blank.search(info.low) and not lp.undecided.search(info.low)):
            labelled.append((i, times[0]))
    day = published.date()
    if len(lines) >= 2:
        i, first = lines[0]
        sitting = _as_one_sitting([t for _, t in lines])  # its first line to its last
        start, end = combine(day, sitting[0] if sitting else first, published.tzinfo)
        return Candidate(i, start, end if sitting else None, DateMention(0, 0, [day]),
                         "programme", n_times=len(lines))
    if len(labelled) == 1 and not lines:
        i, t = labelled[0]
        t = _start_after_the_doors(infos, i, t, lp) or t
        start, end = combine(day, t, published.tzinfo)
        return Candidate(i, start, end, DateMention(0, 0, [day]), "same", n_times=1)
    return None


DOORS_BEFORE = 120  # minutes at most between doors (a lead-in) and the start after them


def _start_after_the_doors(infos: list[SegInfo], i: int, t: TimeMention, lp: LangPatterns
                           ) -> TimeMention | None:
    """Where line `i` gives its time `t` to a lead-in, doors or coffee, the time the next
    sentence of its paragraph gives up to two hours later, called the start or given hours
    from and to: the start ("Doors open at 19:50. Show duration 20:00 - 22:00."; "Einlass
    18:30. Beginn 19 Uhr."; not "The bar closes at 20:30."). None otherwise."""
    if i + 1 == len(infos) or not lp.lead_in_word.search(infos[i].masked, 0, t.start):
        return None
    nxt = infos[i + 1]
    if nxt.seg.block != infos[i].seg.block or nxt.dates:
        return None
    times = nxt.times or time_mentions(nxt.masked, lp)
    if not times:
        return None
    start = times[0]
    if not (called_start(start, nxt.masked, lp) or (
            start.t1 is not None and start.t1 > start.t0
            and not lp.ends.search(nxt.masked, 0, start.start))):
        return None
    gap = _minutes(start.t0) - _minutes(t.t0)
    return start if 0 < gap <= DOORS_BEFORE else None


def all_days(m: DateMention) -> list[date]:
    """The days a mention names, each day of a short range included."""
    if m.range_end is None or (m.range_end - m.days[0]).days > MAX_SPLIT_DAYS:
        return m.days
    return [m.days[0] + timedelta(days=j) for j in range((m.range_end - m.days[0]).days + 1)]


def _other_weekdays_hours(info: SegInfo, dated: SegInfo, lp: LangPatterns) -> bool:
    """Whether sentence `info` gives the hours of a week's days that are none of the days of
    sentence `dated` ("Der Laden ist montags und freitags von 16 bis 18 Uhr geöffnet" for a
    Saturday; not "wann: Mittwochs von 19:00 Uhr bis 20:30 Uhr" for a Wednesday)."""
    if not lp.recurrence.search(info.low):
        return False
    named = {n for name, n in lp.weekdays.items() if len(name) > 3 and name in info.low}
    days = {d.weekday() for m in dated.dates for d in all_days(m)}
    return bool(named) and not named & days


def _programme_below(infos: list[SegInfo], i: int) -> int | None:
    """The first line of the paragraph right after sentence `i`'s, where that paragraph's
    first two lines are a programme's, led by their times ("Der **12. September 2015** steht
    im Zeichen ..." over "_15:00 - 15:20:_ Keynote" and "_15:30 - 16:30:_ E-Mails ..."); else
    None."""
    block = infos[i].seg.block
    j = next((k for k in range(i + 1, min(len(infos), i + 1 + NEXT_LOOKAHEAD))
              if infos[k].dates or infos[k].seg.block != block), None)
    if j is None or j + 1 >= len(infos) or infos[j].seg.block != block + 1:
        return None
    lines = infos[j : j + 2]
    if all(not info.dates and info.seg.source == infos[i].seg.source and info.seg.line_start
           and not info.seg.heading and info.seg.block == block + 1
           and _programme_time(info, info.times) is not None for info in lines):
        return j
    return None


def _heading_like(seg: Segment) -> bool:
    return seg.heading or (seg.line_start and len(seg.text) <= 60)


def _borrow_times(
    infos: list[SegInfo], i: int, lp: LangPatterns, single_date: bool, one_day: bool = False
) -> tuple[list[TimeMention], str]:
    """Times for a date that has none in its own sentence: a programme under a date heading
    (lines starting with a time), or the time in a following sentence without a date of its
    own (the same paragraph, or further on when the post names only this one date)."""
    seg = infos[i].seg
    nxt0 = infos[i + 1] if i + 1 < len(infos) else None
    list_follows = (
        nxt0 is not None and nxt0.seg.block != seg.block and nxt0.seg.item and not nxt0.dates
    )
    if _heading_like(seg) or list_follows:
        prog = _programme(infos, i + 1, seg.source, lp, labelled=seg.heading or list_follows,
                          dated=i)
        if prog:
            return prog, "programme"
    below = _programme_below(infos, i)
    if below is not None and (prog := _programme(infos, below, seg.source, lp, dated=i)):
        return prog, "programme"
    # under a date heading ("### 17/8 - Höstfesten"), its section: "Start 18:00.", "- Tid: 13:00";
    # so, for its next two paragraphs, under a line that is its date alone ("Sunday 01/10/23"
    # over "Club Hill Climb" and "Sign in from 09:45"; not a letter's date over "Dear members")
    alone = (not seg.heading and seg.line_start and seg.source == "body" and not seg.item
             and i > 0 and infos[i - 1].seg.source == "body"
             and not _WORD.search(infos[i].masked))
    section = seg.heading or alone
    timed_between = False  # a paragraph below the date's, before the one at hand, has times
    for j in range(i + 1, min(len(infos), i + 1 + NEXT_LOOKAHEAD)):
        nxt = infos[j]
        if nxt.dates or nxt.seg.source != seg.source:
            break
        if alone and (nxt.seg.block - seg.block > ALONE_SECTION_BLOCKS
                      or lp.recurrence.search(nxt.low)):
            break  # (not "The club shop is open every evening from 18:00")
        if nxt.times and _other_weekdays_hours(nxt, infos[i], lp):
            break  # ("montags, dienstags ... von 16 bis 18 Uhr" below "am 1. Mai", a Saturday)
        if (section and nxt.seg.heading and nxt.seg.line != seg.line
                and not _LABEL_LINE.match(nxt.low)):
            # the next section ("**Where: ...**" is a line of this one; the next sentence of
            # its own bold line, "**Ash Wednesday is this Wednesday, 22nd February. Mass at
            # 7.30 pm.**", goes on with it)
            break
        same_block = nxt.seg.block == seg.block
        if not same_block and not single_date and not section:
            if nxt.seg.heading or nxt.seg.item or nxt.low.rstrip(" *_").endswith(":"):
                break  # another section or list ("Office hours:" over "- Time: 9:00-15:00")
            if nxt.times and lp.time_label.match(nxt.low):
                return [nxt.times[0]], "next"  # "Tid: Fra 14:00 til 17:00" lines below
            if (len(nxt.times) == 1 and not timed_between
                    and _labels_its_time(nxt, lp) and _heads_its_section(infos, i)):
                # the first paragraph below with a time opens with its label, in the date's
                # own section ("## Ortsführung" over "Am Sonntag, 13. September 2026, bietet
                # ... eine Ortsführung an." and "Treffpunkt ist um 13:00 Uhr am Dorfplatz.";
                # not "Doors open at 11am." below the second of two fairs)
                return [nxt.times[0]], "next"
            timed_between = timed_between or bool(nxt.times)
            continue
        if same_block and j > i + 3:
            break
        if (
            nxt.seg.item
            and (seg.item or not same_block)
            and nxt.seg.line != seg.line
            and not lp.time_label.match(nxt.low)
        ):
            if section and _LABEL_LINE.match(nxt.low) and not nxt.times:
                continue  # a detail of the heading's event ("- Var: Stadsbiblioteket")
            break  # a list item: another happening, unless it labels this one's time
        if nxt.times:
            several = len(nxt.times) > 1 and not nxt.times[0].t1
            if several and (start := _start_after_a_lead_in(list(nxt.times), nxt.masked, lp)):
                return [start], "next"  # ("Einlass ist ab 17:30, Beginn um 18 Uhr.")
            if several and not section and not lp.time_label.match(nxt.low) and not (
                    same_block and j == i + 1 and not _joined_by_and(nxt.times, nxt.masked,
                                                       lp.and_time_gap)):
                # several loose times: not clearly this date's, unless labelled "Tid:" or said
                # right after it ("Samstag, 12. September 2026 ... . Bitte seid um 10:30 Uhr vor
                # Ort, damit wir pünktlich um 11:00 Uhr ... starten können": the first), but
                # for a list of them ("Trains leave at 17:10, 17:40 and 18:10"), or but for
                # the one its paragraph calls the start ("Einlass ist ab 18:30 Uhr,
                # Konzertbeginn um 20:00 Uhr")
                called = [t for t in nxt.times if called_start(t, nxt.masked, lp)]
                if same_block and len(called) == 1:
                    return called, "next"
                break
            if single_date and _programme_time(nxt, nxt.times) is not None:
                # the post's one day's programme a paragraph on ("### 09:00 Frokost" ...)
                return _programme(infos, j, seg.source, lp, dated=i), "programme"
            if lp.time_label.match(nxt.low):
                called = _called_on_line(infos, j, lp)
                if called is not None:
                    return [called], "next"
            named = _named_start(infos, j, lp)
            if named is None and (parts := _parts_of_one_sitting(list(nxt.times))):
                return parts, "next"
            return [named or _called_next(infos, j, lp) or nxt.times[0]], "next"
    if single_date and any(not m.relative for m in infos[i].dates):
        sittings = _listed_sittings(infos, i, lp)
        if sittings:
            return sittings, "programme"
        return _far_time_label(infos, i, lp), "next"  # the post's one date, its "Time:" line
    if one_day and not single_date and all(m.relative for m in infos[i].dates):
        # its one relative day, where its sentence names the event ("Heute ist wieder
        # Treffen." over "**Wann?** 19 Uhr"; the event words asked last: they cost the most)
        labelled = _far_time_label(infos, i, lp)
        if labelled and lp.event.search(infos[i].low):
            return labelled, "next"
    return [], ""


LABEL_TO_TIME = 12  # characters at most from a sentence's opening label to its time
ALONE_SECTION_BLOCKS = 2  # paragraphs below a date alone on its line that are its section


def _labels_its_time(info: SegInfo, lp: LangPatterns) -> bool:
    """Whether a sentence opens with its time's label and gives the time right after it
    ("Beginn ist um 20:00 Uhr", "Treffpunkt ist um 13:00 Uhr"; not "When the hall closes at
    22:00 we tidy up")."""
    label = lp.time_opening.match(info.low)
    return label is not None and info.times[0].start - label.end() <= LABEL_TO_TIME


def _heads_its_section(infos: list[SegInfo], i: int) -> bool:
    """Whether dated segment `i` is the first date under a heading of its source."""
    for k in range(i - 1, -1, -1):
        if infos[k].seg.source != infos[i].seg.source or infos[k].dates:
            return False
        if infos[k].seg.heading:
            return True
    return False


def _listed_sittings(infos: list[SegInfo], i: int, lp: LangPatterns) -> list[TimeMention]:
    """For a post's one date (segment `i`), the times of a later list of two or more items
    each giving one time, under a line that names what is held ("We will be holding three
    Eid prayers this year." over "- 1st Eid Prayer : 06:30am", "- 2nd Eid Prayer :
    07:30am"): its sittings, where the line names them as the date's sentence or the title
    does (not "Training sessions during the season:" below "Our open day is on Saturday 14
    September"). None (an empty list) where no such list follows before another date."""
    source = infos[i].seg.source
    # (the title's segments come first: not every segment, for each date of a long post)
    title = takewhile(lambda info: info.seg.source == "title", infos)
    named = " ".join([*(info.low for info in title), infos[i].low])
    for j in range(i + 2, len(infos)):
        info, above = infos[j], infos[j - 1]
        if info.dates or info.seg.source != source:
            return []
        if not info.seg.item or above.seg.block == info.seg.block:
            continue
        held = lp.event.search(above.low)
        what = _WORD_RUN.match(held.group(0)) if held else None
        if (what is None or what.group(0) not in named or lp.timetable.search(above.low)
                or lp.recurrence.search(above.low)):
            continue
        block = info.seg.block
        items = next((k for k in range(j, len(infos)) if infos[k].seg.block != block),
                     len(infos)) - j
        prog = _programme(infos, j, source, lp, labelled=True, dated=i)
        if len(prog) >= 2 and len(prog) == items:
            return prog
    return []


LABEL_ALONE = 30  # characters of the longest line that is a time's label alone ("**Wann?**")


def _far_time_label(infos: list[SegInfo], i: int, lp: LangPatterns) -> list[TimeMention]:
    """The times of the one line labelling a time ("**Time:** 08:45 AM") or the day's
    programme ("**Ablauf**: ab 17.00 Uhr: Eintreffen ...", its first time) after segment `i`,
    in its source and before any other date; none when there are two such lines."""
    found: list[TimeMention] = []
    label_above = False  # the line above is a label alone ("**Wann?**" over "19 Uhr")
    for nxt in infos[i + 1 :]:
        if nxt.seg.source != infos[i].seg.source or any(
            not (m.relative and nxt.low[m.start : m.end] in lp.today_words) for m in nxt.dates
        ):
            break  # (not at "today's", often "nowadays")
        times = nxt.times
        if label_above and not times and _DIGIT.search(nxt.masked):
            times = time_mentions(nxt.masked, lp)  # (worked out only near a date: see above)
        if times and nxt.seg.line_start and (
                lp.time_label.match(nxt.low) or (label_above and times[0].at_line_start)
                or lp.agenda_label.match(nxt.low)):  # (a programme's first: "Ablauf: ab 17 Uhr")
            if found:
                return []
            found = [times[0]]
        label_above = bool(nxt.seg.line_start and not times and len(nxt.low) <= LABEL_ALONE
                           and lp.time_label.fullmatch(nxt.low.strip(" *_")))
    return found


def _called_on_line(infos: list[SegInfo], j: int, lp: LangPatterns) -> TimeMention | None:
    """Of the several times of line `j` (its sentences), the one called the start ("Time:
    Doors open at 18:00. The talks begin at 18:30 and finish at 20:00."), if one is."""
    line = infos[j].seg.line
    said = []
    for k in range(j, min(len(infos), j + NEXT_LOOKAHEAD)):
        if infos[k].seg.line != line or infos[k].dates:
            break
        said += [(t, infos[k].masked) for t in infos[k].times]
    if len(said) < 2:
        return None
    called = [t for t, text in said if called_start(t, text, lp) and _plausible_start(t)]
    return called[0] if len(called) == 1 else None


def _introduces_agenda(infos: list[SegInfo], i: int, j: int, lp: LangPatterns) -> bool:
    """Whether a sentence from segment `i` (a date's) to just before `j` (its programme's first
    line) introduces the day's programme of one event: "The schedule for the day is as
    follows:", "Hier eine Übersicht des Tagesablaufs:", "## Agenda" (not a sentence that only
    mentions an agenda)."""
    for k in range(max(i, j - NEXT_LOOKAHEAD), j):
        info = infos[k]
        if not lp.day_agenda.search(info.low):
            continue
        if info.low.rstrip(" *_").endswith(":") or (info.seg.line_start and info.seg.heading):
            return True
    return False


def _programme(infos: list[SegInfo], j: int, source: str, lp: LangPatterns,
               labelled: bool = False, dated: int | None = None) -> list[TimeMention]:
    """The times of the programme lines from segment `j` on, up to the next date or a heading
    without a time (past PROGRAMME_LOOKAHEAD segments, only while programme lines follow one
    another); only the one named the start, if one is ("Kl. 19:00: Start"), running to the one
    named the end ("17:30 Einde workshop"); from the first line to a line named the end; one
    time from the first line to the last for the lines of one sitting (see _as_one_sitting),
    or for all of them, however far apart, where a sentence after the `dated` segment (the
    date's) introduces them as the day's agenda (see _introduces_agenda: "14:00 Willkommen",
    ..., "17:00 Networking", "19:45 Ausklang"). Where
    `labelled` (under a date's own line), a list item's one time after its label is a
    programme line too ("* Lecture : 14:00 - 15:00")."""
    prog: list[TimeMention] = []
    start: TimeMention | None = None  # the line named the start, if one is
    lead_in = False  # the first line leads into the next ("**1:00 - 2:00pm** Lunch")
    bare = True  # every line is its time alone ("- 8.30am to 1pm")
    first = last = -1  # the first and the last programme line's segments
    for k in range(j, min(len(infos), j + PROGRAMME_MAX)):
        nxt = infos[k]
        if nxt.dates or nxt.seg.source != source:
            break
        if k >= j + PROGRAMME_LOOKAHEAD and (
                last < 0 or nxt.seg.line - infos[last].seg.line > PROGRAMME_LINE_GAP):
            break
        # (infer.py works out times only a few segments past a date: the rest here)
        times = nxt.times or (time_mentions(nxt.masked, lp) if _DIGIT.search(nxt.masked) else ())
        if nxt.seg.heading and nxt.seg.line_start and not times and not nxt.seg.item:
            break  # (a heading: not the next sentence of a bold line, "... Now? My Journey")
        t = _programme_time(nxt, times, labelled)
        if t is not None:
            first, last = (k if first < 0 else first), k
            if start is not None:
                if _says(END, nxt, t, lp):  # "14:00 Begin" ... "17:30 Einde"
                    return [_run_to_end(start, t)]
                continue
            if _says(START, nxt, t, lp):
                start = t  # "Kl. 18:45: Skriv in dig" / "Kl. 19:00: Start": the start alone
                continue
            if prog and _says(END, nxt, t, lp):
                return [_run_to_end(prog[0], t)]  # "13:00 Doors" ... "17:30 End": one sitting
            if not prog:
                lead_in = _says(LEAD, nxt, t, lp)
            prog.append(t)
            bare = bare and not _WORD.search(nxt.masked, 0, t.start) and not _WORD.search(
                nxt.masked, t.end)
    if start is not None:
        return [start]
    if lead_in and len(prog) == 2 and _close(*prog):
        return [replace(prog[0], t1=prog[1].t1, also=False)]  # its start, and the next's end
    if (dated is not None and len(prog) >= 2
            and all(a.t0 < b.t0 for a, b in zip(prog, prog[1:], strict=False))
            and _introduces_agenda(infos, dated, first, lp)):
        last = prog[-1]
        return [replace(prog[0], t1=last.t1 if last.t1 and last.t1 > last.t0 else last.t0,
                        also=False)]
    return _as_one_sitting(prog, bare) or _sittings(prog)


def _run_to_end(first: TimeMention, end: TimeMention) -> TimeMention:
    """Programme line `first`, ending where line `end` says its programme ends."""
    if first.t1 is not None or end.t0 <= first.t0:
        return first
    return replace(first, t1=end.t0, also=False)


def _sittings(prog: list[TimeMention]) -> list[TimeMention]:
    """The programme's runs of three or more lines that follow on (each line starting before
    the lines above have ended, or SITTING_BREAK after; a table's rows may go back), each run
    as one sitting from its first start to its last end; its other lines as they are: a
    conference day's "09:00-10:00 Registration" ... "16:00-16:30 Closing", "16:30 Launch",
    and then "19:00 Dinner" (not "12:00 noon Children's race" and "1:00pm Adults' race":
    happenings of their own)."""
    runs: list[list[tuple[int, int, TimeMention]]] = []  # (start, end, line), in minutes
    reach = 0  # minutes: where the last run's lines have got to, and a short break after
    night = 0  # a day's minutes once a line has run past midnight ("22:00 - 00:00")
    for t in prog:
        start = _minutes(t.t0) + night
        if runs and start < runs[-1][-1][0] and runs[-1][-1][1] >= DAY_MINUTES + night:
            night += DAY_MINUTES  # ("00:00 - 02:00" after it: the next day's)
            start += DAY_MINUTES
        end = start
        if t.t1 is not None and (t.t1 > t.t0 or into_the_night(t.t0, t.t1)):
            end = start + (_minutes(t.t1) - _minutes(t.t0)) % DAY_MINUTES
        if runs and runs[-1][0][0] <= start <= reach:
            runs[-1].append((start, end, t))
        else:
            runs.append([(start, end, t)])
            reach = start
        if end > start:
            reach = max(reach, end + SITTING_BREAK)
    out: list[TimeMention] = []
    for run in runs:
        last = max(end for _, end, _ in run)
        first = run[0][2]
        if len(run) >= 3 and last > run[0][0]:
            out.append(replace(first, t1=time(last % DAY_MINUTES // 60, last % 60), also=False))
        else:
            out += [t for _, _, t in run]
    return out


def _as_one_sitting(prog: list[TimeMention], bare: bool = False) -> list[TimeMention] | None:
    """Three or more programme lines close together in order ("12:00-12:15 Doors open",
    "12:15-13:00 Work 1", ...) are parts of one happening: its start and the last line's end.
    So are two or more lines that are `bare` spans, each starting as the one before ends
    (shifts "- 8.30am to 1pm", "- 1pm to 4pm"; not "Klokken 10-12 blir det turnering for nivå
    3" over "Klokken 12-14 er det trening": two happenings). None for lines hours apart:
    separate happenings ("09:00 Breakfast", "18:00 Dinner")."""
    pairs = list(zip(prog, prog[1:], strict=False))
    if bare and pairs and all(a.t1 is not None and a.t1 == b.t0 for a, b in pairs):
        return [replace(prog[0], t1=prog[-1].t1 or prog[-1].t0, also=False)]
    if len(prog) < 3:
        return None
    # (start to start: "10:30-11:30 Registration", "12:00 Children's race", "13:00 Adults'
    # race" are a day's happenings, not one sitting)
    if not all(_close(a, b) for a, b in pairs):
        return None
    if prog[-1].t0 <= prog[0].t0:
        return None
    first, last = prog[0], prog[-1]
    end = last.t1 if last.t1 is not None and last.t1 > last.t0 else last.t0
    return [replace(first, t1=end, also=False)]


def _close(a: TimeMention, b: TimeMention) -> bool:
    """Whether programme line `b` goes on from line `a`: it starts at most SITTING_GAP after
    it (or with it: two talks side by side), or as it ends ("7:30 pm to 9:00 pm -
    Networking" and "9:00 pm - doors close")."""
    return 0 <= _minutes(b.t0) - _minutes(a.t0) <= SITTING_GAP or a.t1 == b.t0


DAY_MINUTES = 24 * 60


def _minutes(t: time) -> int:
    return t.hour * 60 + t.minute


def _called_next(infos: list[SegInfo], j: int, lp: LangPatterns) -> TimeMention | None:
    """The time the sentence after `j`, in its paragraph and naming no date, calls the start,
    where `j` gives one earlier time it does not call so ("Sandwiches from 18:00. The meeting
    itself starts at 19:00 sharp."): the start, not what comes before it."""
    first = infos[j].times[0]
    if (j + 1 >= len(infos) or first.t1 is not None or called_start(first, infos[j].masked, lp)
            or lp.time_label.match(infos[j].low)):
        return None  # (not "Time: 4:00pm - 6:00pm" over "Workshop begins at 4:30pm")
    nxt = infos[j + 1]
    if (nxt.dates or nxt.seg.item or nxt.seg.block != infos[j].seg.block
            or len(nxt.times) != 1):
        return None
    t = nxt.times[0]
    return t if called_start(t, nxt.masked, lp) and t.t0 > first.t0 else None


def _named_start(infos: list[SegInfo], j: int, lp: LangPatterns) -> TimeMention | None:
    """Of the programme lines from `j` on (up to the next date), the time of the one named the
    start ("Kl. 18:45: Skriv in dig" / "Kl. 19:00: Start"), if `j` is one."""
    for k in range(j, min(len(infos), j + NEXT_LOOKAHEAD)):
        line = infos[k]
        if line.dates or (k > j and line.seg.block == infos[j].seg.block and not
                          line.seg.line_start):
            return None
        t = _programme_time(line, line.times)
        if t is None:
            return None
        if _says(START, line, t, lp):
            return t
    return None


def recurring_hours(
    infos: list[SegInfo], dated: list[int], lp: LangPatterns
) -> dict[tuple[int, int], list[TimeMention]]:
    """(weekday, week of the month: 1 to 4, -1 for the last, 0 for every week) -> the hours the
    post gives a series on those days ("on the last Sunday of every month from 11am to 1pm",
    "Wednesdays 5:30 - 6:30pm"): the starts of a sentence that says its weekdays recur, for
    days given one set of hours. A sentence of several series told apart ("Juniors train every
    Saturday morning, seniors every Tuesday at 7pm") gives none, nor to a weekday it excepts
    ("every day 10am-5pm except Mondays")."""
    said: dict[tuple[int, int], set[tuple[object, ...]]] = {}
    hours: dict[tuple[int, int], list[TimeMention]] = {}
    for i in dated:
        info = infos[i]
        if not (lp.recurrence.search(info.low)
                or (lp.monthly is not None and lp.monthly.search(info.low))):
            continue
        series = _series_weekdays(info.low, lp)
        if not series:
            continue
        times = info.times or time_mentions(info.masked, lp)
        starts = _shared_starts(times, info.masked, lp) if times else None
        if not starts:
            continue
        for key in series:
            said.setdefault(key, set()).add(tuple((t.t0, t.t1) for t in starts))
            hours[key] = starts
    return {key: hours[key] for key, kinds in said.items() if len(kinds) == 1}


_SINGULAR_ENDINGS = ("", "en", "n")  # "Sunday", Swedish "söndagen": one day, unless counted


def _in_the_plural(m: re.Match[str], low: str) -> bool:
    """Whether a weekday word (of `lp.weekday_word`) names the weekday in the plural
    ("Wednesdays", "onsdagar", "sonntags")."""
    return low[m.end("wd") : m.end()] not in _SINGULAR_ENDINGS


def _series_weekdays(low: str, lp: LangPatterns) -> list[tuple[int, int]]:
    """The weekdays a sentence says recur, as (weekday, week of the month): plural ("Wednesdays",
    "onsdagar", "sonntags"), after "every" ("every other Sunday") or a week of the month ("the
    last Sunday of every month"), but those it excepts ("but not Thursdays"); none when it
    names several apart from one another (so its times may be any one's)."""
    found: list[tuple[int, int]] = []
    last_end = -1
    for m in lp.weekday_word.finditer(low):
        wd = weekday_of(m, lp)
        if wd is None:
            continue
        before = low[max(0, m.start() - 30) : m.start()]
        if lp.denied_before.search(before):
            continue  # "except Mondays", "but not Thursdays"
        words = before.split()
        week = lp.week_of_month.get(words[-1], 0) if words else 0
        if not (_in_the_plural(m, low) or week or lp.every_before.search(before)):
            continue
        gap = low[last_end : m.start()]
        every = lp.every_before.search(gap)  # ("every Tuesday and every Thursday")
        gap = gap[: every.start()] if every else gap
        if found and gap.strip(" ,") and not lp.and_gap.fullmatch(gap.replace(",", " ")):
            return []  # two series told apart: whose are the times?
        found.append((wd, week))
        last_end = m.end()
    return found


def series_hours(day: date, hours: dict[tuple[int, int], list[TimeMention]]
                 ) -> list[TimeMention]:
    """The hours of the series `day` belongs to (of recurring_hours), or none."""
    last = (day + timedelta(days=WEEK_DAYS)).month != day.month
    weeks = ((day.day - 1) // 7 + 1, *((-1,) if last else ()), 0)  # ("0": every week's)
    return next((hours[day.weekday(), w] for w in weeks if (day.weekday(), w) in hours), [])


LIST_LOOKBACK = 30  # list items searched back for the line introducing their list


def lone_time(
    infos: list[SegInfo], dated: list[int], lp: LangPatterns, called: bool = False,
    items: bool = True,
) -> list[TimeMention]:
    """The one time of day a post states outside its dated sentences (of `dated`, the segments
    with a digit or a relative day), for a post that names one day ("The bar opens at 18:00."
    ... "The event is on the 13th of October."), or its starts joined by "and" ("two concerts,
    at 18:00 and 20:00"); none when it states several. A list item's time is its own item's,
    not the day's ("Besuchen Sie uns ab 14:00 Uhr" over "- Mondaufgang: 14:44 Uhr"). `called`: only
    when the post calls each of them the start of all ("Alla deltävlingar ... tävlingsstarten är
    klockan 19:00"). `items`: whether a list item labelled as a time ("- Tid: 13:00") counts.
    Of several, the one of the post's one line labelled as its time ("**Tid**: 18:00" over
    "helpers may come at 16"), else those it calls starts ("The women's race starts at
    1:30pm." ... "The men's race starts at 2:30pm.": two)."""
    found: list[TimeMention] = []
    several = False
    labelled: list[list[TimeMention]] = []  # the starts of each line labelled as a time
    called_starts: list[TimeMention] = []  # those of sentences that call each its start
    listed = False  # whether list items gave times of their own
    said_of: SegInfo | None = None  # the sentence of the starts found
    for i in dated:
        info = infos[i]
        if info.dates or not (info.times or lp.clock_hint.search(info.masked)):
            continue
        times = info.times or time_mentions(info.masked, lp)
        label = info.seg.line_start and lp.time_label.match(info.low) is not None
        if times and info.seg.item and not (items and label) and not _starts_the_event(
                info, times, lp):
            listed = True
            continue  # a list item's time is its own happening's
        if not times:
            continue
        starts = _shared_starts(times, info.masked, lp)
        if called and (starts is None or not (
            lp.all_words.search(info.masked) and all(called_start(t, info.masked, lp)
                                                     for t in starts))):
            return []
        if label and starts is not None:
            labelled.append(starts)
        if (not called and starts is not None
                and all(called_start(t, info.masked, lp) for t in starts)
                and not lp.lead_in_word.search(info.masked)):  # ("Ticket sales start at 10am")
            called_starts += [t for t in starts if (t.t0, t.t1) not in
                              {(u.t0, u.t1) for u in called_starts}]
        if starts is None or (
            found and [(t.t0, t.t1) for t in starts] != [(t.t0, t.t1) for t in found]
        ):
            several = True
            continue
        found, said_of = starts, info
    if several:
        # (else the starts it calls so, each its own: "The women's race starts at 1:30pm." ...
        # "The men's race starts at 2:30pm.")
        return labelled[0] if len(labelled) == 1 else called_starts
    if listed and found and said_of is not None and not (
            lp.event.search(said_of.low) or all(called_start(t, said_of.masked, lp)
                                                for t in found)):
        return []  # (beside a list's times, a time said of the event: not "Pre-orders must be
        # in by 17:00", "Parking fills up by 10:00")
    return found


def _starts_the_event(info: SegInfo, times: list[TimeMention], lp: LangPatterns) -> bool:
    """Whether a list item calls its one time the start of an event it names ("- Ab 15 Uhr
    startet das Fest offiziell"), not of a happening of its own ("- Bingo: Ab 14 Uhr ...")."""
    return (len({(t.t0, t.t1) for t in times}) == 1 and lp.event.search(info.low) is not None
            and called_start(times[0], info.masked, lp))


def _shared_starts(
    times: list[TimeMention], text: str, lp: LangPatterns
) -> list[TimeMention] | None:
    """The times of sentence `text` as the starts of what it is about: one (said once or more:
    "at 18:00, yes, 18:00 sharp"), several joined by "and", or of several loose times the one
    called the start ("check in at 18:45; the competition starts at 19:00"); None for several
    loose times else, or a time no gathering starts at."""
    seen: set[tuple[object, object]] = set()
    unique = []
    for t in times:
        if (t.t0, t.t1) not in seen:
            seen.add((t.t0, t.t1))
            unique.append(t)
    starts = _joined(unique)
    if len(starts) != len(unique) and (parts := _parts_of_one_sitting(unique)):
        starts = parts  # ("Lesson from 7:00 PM to 8:00 PM, and social dance from 8:00 PM to
        # 9:30 PM": one evening)
    elif len(starts) != len(unique):
        called = [t for t in unique if called_start(t, text, lp)]
        if len(called) != 1:
            return None
        starts = called
    if not all(map(_plausible_start, starts)):
        return None
    return starts


def _start_after_a_lead_in(times: list[TimeMention], text: str, lp: LangPatterns
                           ) -> TimeMention | None:
    """Of a sentence's several times, the one it calls the start after a first it calls a
    lead-in, doors or coffee ("Einlass ist ab 17:30, Beginn um 18 Uhr"; "Doors open at 19:50,
    the show starts at 20:00"); None for any other sentence (not "Bitte seid um 10:30 Uhr vor
    Ort, damit wir um 11:00 Uhr starten können": a time to be there)."""
    if not lp.lead_in_word.search(text, 0, times[0].start):
        return None
    called = [t for t in times[1:] if called_start(t, text, lp)]
    return called[0] if len(called) == 1 else None


def _parts_of_one_sitting(times: list[TimeMention]) -> list[TimeMention] | None:
    """A sentence's ranges each starting within or as the ones before it end, as parts of one
    sitting from the first start to the last end ("Lesson from 7:00 PM to 8:00 PM, drop-in
    lesson from 7:30 PM to 8:00 PM, and social dance from 8:00 PM to 9:30 PM": 19:00 to
    21:30), where the first is no more than three times what the rest add; None for other
    times (a gap between them, a time without an end, an event's hours and what follows them,
    "from 9am to 9pm, with demos from 9pm-10pm")."""
    if len(times) < 2 or any(t.t1 is None or t.t1 <= t.t0 for t in times):
        return None
    first = times[0]
    end = first.t1
    for t in times[1:]:
        assert end is not None and t.t1 is not None
        if not first.t0 <= t.t0 <= end:
            return None
        end = max(end, t.t1)
    assert first.t1 is not None and end is not None
    if 3 * (_minutes(end) - _minutes(first.t1)) < _minutes(first.t1) - _minutes(first.t0):
        return None
    return [replace(first, t1=end, also=False)]


def called_start(t: TimeMention, text: str, lp: LangPatterns) -> bool:
    """Whether `text` calls time `t` a start ("starts at 19:00", "tävlingsstart är kl 19"), or
    hours from and to what it says runs ("All meetings run from 2:00 to 5:00 PM")."""
    return (lp.start_cue.search(text, max(0, t.start - 25), t.start) is not None
            or lp.start_word.search(text, t.start, t.end) is not None
            or lp.start_after.match(text, t.end) is not None
            or (t.t1 is not None and lp.runs.search(text, max(0, t.start - 16), t.start)
                is not None))


def _list_intro_times(infos: list[SegInfo], i: int, lp: LangPatterns) -> list[TimeMention]:
    """For list item `i`, the times of the dateless line or heading right above its list that
    every item shares ("[start: Big Shed, 11am until ca 12.30pm]" over "- Walk No.1, 17th
    June"; "## Classes will run from 10.30 to 12.30" over "- Saturday, October 5th"): one
    start, or several joined by "and"; none when that line states several."""
    j = _beside_the_list(infos, i, -1)
    if j is None:
        return []
    intro = infos[j]
    if not (intro.times or lp.clock_hint.search(intro.masked)):
        return []
    if intro.dates and not _the_items_weekdays(intro, infos[i]):
        return []
    low = intro.low.strip(" *_")
    if not (intro.seg.heading or low.endswith(":") or low.startswith(("[", "("))
            or lp.time_label.match(low)):
        return []  # not a line introducing the list ("The office opens at 9am on weekdays.")
    times = intro.times or time_mentions(intro.masked, lp)
    return (_shared_starts(times, intro.masked, lp) or []) if times else []


def _the_items_weekdays(intro: SegInfo, item: SegInfo) -> bool:
    """Whether the days a list's intro names are bare weekdays, each item's day one of them
    ("meeting ... on Wednesday nights from 19:15 to 22:15 on these dates:" over "* October
    8th")."""
    if not item.dates or not all(m.relative and m.weekday is not None and not m.deictic
                                 for m in intro.dates):
        return False
    weekdays = {m.weekday for m in intro.dates}
    return all(d.weekday() in weekdays for m in item.dates for d in m.days)


def _list_outro_times(infos: list[SegInfo], i: int, lp: LangPatterns) -> list[TimeMention]:
    """For list item `i`, the time of the dateless paragraph right under its list when it
    calls it the start of them all ("- March 5 Why bother with the Bible", "- March 12 TBA"
    over "We meet in the library, and start promptly at 9:15am."); none when the paragraph
    says several times, introduces another list ("The summer sessions start at 10am, on
    these Saturdays:"), or is about something administrative ("Registration starts at 9am")."""
    j = _beside_the_list(infos, i, 1)
    if j is None or infos[j].seg.heading:
        return []
    first = infos[j]
    # (cheap tests first: this is asked for each item of the list)
    if first.dates or not lp.start_word.search(first.masked) or first.low.rstrip(" *_").endswith(
            ":") or lp.admin.search(first.low) or lp.deadline_sentence.search(first.low):
        return []
    k = j + 1
    while k < len(infos) and infos[k].seg.block == first.seg.block:
        k += 1
    if k < len(infos) and infos[k].seg.item:
        return []  # the paragraph introduces the next list
    times = first.times or time_mentions(first.masked, lp)
    if len(times) != 1 or not called_start(times[0], first.masked, lp):
        return []
    start = times[0]
    after = infos[j + 1] if j + 1 < k else None  # the paragraph's next sentence
    if start.t1 is None and after is not None and not after.dates:
        ends = end_times(after.masked, lp)  # "We end at 10:15am"
        if len(ends) == 1 and ends[0] > start.t0:
            return [replace(start, t1=ends[0])]
    return times


def _beside_the_list(infos: list[SegInfo], i: int, step: int) -> int | None:
    """The segment right before (`step` -1) or after (+1) the list item `i` is in, when it is
    no item and of the same text (title, lead or body)."""
    j = i + step
    while 0 <= j < len(infos) and abs(j - i) <= LIST_LOOKBACK and infos[j].seg.item:
        j += step
    if not 0 <= j < len(infos) or infos[j].seg.item or infos[j].seg.source != infos[i].seg.source:
        return None
    return j


def _plausible_start(t: TimeMention) -> bool:
    """Whether a time could start a gathering: in the day, and any range shorter than a day's
    waking hours (not "00:17 - 12:04", timestamps of a recording)."""
    if not 7 <= t.t0.hour <= 22:
        return False
    if t.t1 is None:
        return True
    minutes = (t.t1.hour * 60 + t.t1.minute - t.t0.hour * 60 - t.t0.minute) % (24 * 60)
    return 0 < minutes <= 14 * 60


def _continuations(infos: list[SegInfo], i: int, lp: LangPatterns) -> list[TimeMention]:
    """Times in following dateless sentences that continue the day ("Then, at 6 PM ...",
    "Efter städningen ... kl 18.00 – 21.00")."""
    out: list[TimeMention] = []
    seg = infos[i].seg
    for j in range(i + 1, min(len(infos), i + 1 + NEXT_LOOKAHEAD)):
        nxt = infos[j]
        if nxt.dates or nxt.seg.source != seg.source:
            break
        if nxt.times and lp.continuation.match(nxt.low):
            out.append(nxt.times[0])
    return out


def _duration_for(infos: list[SegInfo], i: int, lp: LangPatterns) -> timedelta | None:
    """The duration sentence `i` states, or one of the next two of its paragraph that name no
    date or time ("Die Führung dauert ca. 3 Stunden.")."""
    d = stated_duration(infos[i].masked, lp)
    if d is not None:
        return d
    seg = infos[i].seg
    for j in range(i + 1, min(len(infos), i + 3)):
        nxt = infos[j]
        if nxt.seg.block != seg.block or nxt.dates or nxt.times:
            break
        d = stated_duration(nxt.masked, lp)
        if d is not None:
            return d
    return None


def _sentence_of_its_time(infos: list[SegInfo], c: Candidate) -> int | None:
    """For a candidate timed by a sentence after its date's, that sentence (the first below
    with a time starting at the candidate's), else None."""
    if c.timed_from != "next" or not isinstance(c.start, datetime):
        return None
    at = c.start.time().replace(tzinfo=None)
    for j in range(c.seg + 1, min(len(infos), c.seg + 1 + NEXT_LOOKAHEAD)):
        if infos[j].dates:
            break
        if infos[j].times and infos[j].times[0].t0 == at:
            return j
    return None


def with_duration(
    c: Candidate, infos: list[SegInfo], lp: LangPatterns, memo: dict[tuple[object, str], object]
) -> Candidate:
    def stated_at(i: int) -> timedelta | None:
        if (i, "duration") not in memo:
            memo[i, "duration"] = _duration_for(infos, i, lp)
        d = memo[i, "duration"]
        return d if isinstance(d, timedelta) else None

    if isinstance(c.start, datetime) and c.end is None:
        d = stated_at(c.seg)
        if d is None and (j := _sentence_of_its_time(infos, c)) is not None:
            d = stated_at(j)  # ("Treffpunkt ist um 13:00 Uhr am Dorfplatz. Die Führung
            # dauert ca. 3 Stunden.": its time's sentence and those after it)
        if d is not None:
            c.end = c.start + d
            c.notes.append("end from the stated duration")
    return c

