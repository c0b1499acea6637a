"""The evidence about one candidate event: certain rejections (a date before publication, a
weekday that contradicts the date, a cancellation), else named features for the scorer.

Features are generic cues (event words here, nearby or on the page, tense, deadline words, where
the date stands, how far ahead it lies...), never phrases of particular posts; what each is
worth is learned (benchmarks/train_event_scorer.py), not set here.
"""

from __future__ import annotations

import itertools
import math
import re
from bisect import bisect_left
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from ..dates import day_of
from .candidates import Candidate, named_days
from .mentions import DateMention, months_named
from .patterns import LangPatterns
from .sentences import SegInfo

WEEKDAY_SLIP = "weekday contradicts date"  # the reason a date whose weekday is not its own is none

MAX_AHEAD_DAYS = 400  # announcements rarely look further ahead; far dates are expiry dates etc.
# ... but a theatre's next season is announced with its weekday, year and hour ("Donderdag 17
# April 2025, 20:00" in January 2024): no expiry date is written so
MAX_AHEAD_STATED_DAYS = 2 * 365
# ... and a next edition with its year ("Die nächste DSS findet statt am 22.08.2021" in May 2020)
MAX_AHEAD_YEAR_DAYS = 550

Memo = dict[tuple[object, str], object]

# every feature `assess` gives (all 0/1 but log_days_ahead)
FEATURES = (
    # event vocabulary: in the sentence, in its neighbours or heading, in the title or lead
    "event_here", "event_near", "event_page", "no_event_words", "no_event_words_near",
    "timed_without_event_words",
    # the time: given, from where, with an end; the span
    "timed", "time_from_next", "time_from_programme", "end_known", "multi_day",
    # how the date is written
    "weekday_given", "year_given", "year_rolled", "relative_day_timed",
    "relative_weekday_timed", "relative_weekday_untimed", "relative_several_times",
    # tense and kind of text
    "past", "future", "page_mostly_past", "operational", "operational_page",
    # where the date stands
    "from_title", "from_lead", "list_item", "heading", "caption", "several_dates_here",
    "many_dates_on_page",
    # how far ahead of publication
    "log_days_ahead", "ahead_week", "ahead_month", "ahead_quarter", "ahead_far",
    # on the publication day itself: an announcement of the day, or a report of it
    "pub_day_cue", "pub_day_later", "pub_day_past", "pub_day_in_title",
    "pub_day_report",
    # what the date is for: put forward rather than fixed (here, or in the heading or line
    # introducing its list), asked about, a schedule of work, a role changing hands, an item
    # of a list of past things
    "proposal_here", "proposal_lead", "question_here", "work_here", "role_here", "past_lead",
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class Page:
    """What every candidate of a post shares."""

    lp: LangPatterns
    published: datetime
    title: str  # lower-cased
    lead: str  # lower-cased
    n_future_days: int  # distinct explicit dates on or after publication
    mostly_past: bool  # around its dates, the post has more past-tense cues than future ones
    announces: bool  # the whole post: more future cues than past ones, no minutes
    report: bool  # the post has words of minutes (attendees, apologies...)
    every: frozenset[int] = frozenset()  # weekdays the post says happen every week
    timetable: frozenset[int] = frozenset()  # weekdays opening the lines of a weekly timetable


@dataclass(slots=True)
class Assessment:
    rejected: str  # the reason of a certain rejection, else ""
    features: dict[str, float]
    notes: list[str]


def context(infos: list[SegInfo], i: int) -> list[int]:
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
    if seg.item:  # a list item: the line introducing the list, and where that line ends
        for j in range(i - 1, max(-1, i - 30), -1):  # with a colon, the sentence before it
            if not infos[j].seg.item:  # (the list's, as its first item's: "... attend 4
                # workshops." over "Dates of the programme:" over "+ Tuesday 21st October")
                out.append(j)
                if (j > 0 and infos[j - 1].seg.source == seg.source and not infos[j].seg.heading
                        and infos[j].low.rstrip(" *_").endswith(":")):
                    out.append(j - 1)
                break
    return out


LIST_REACH = 30  # list items looked back over for the line introducing their list


def lead_in(infos: list[SegInfo], i: int) -> list[int]:
    """Indexes of the nearest heading above and, for a list item, of the line introducing the
    list: what a date in a list or under a heading is said to be ("Past:", "Propose:")."""
    seg = infos[i].seg
    out = []
    for j in range(i - 1, max(-1, i - 12), -1):
        if infos[j].seg.heading and infos[j].seg.source == seg.source:
            out.append(j)
            break
    if seg.item and (intro := _list_intro(infos, i)) is not None:
        out.append(intro)
    return out


def _list_intro(infos: list[SegInfo], i: int) -> int | None:
    """The index of the line introducing list item `i`'s list: the first line above that is
    no item, or a sub-list's item ending in a colon ("- Past:")."""
    for j in range(i - 1, max(-1, i - LIST_REACH), -1):
        if not infos[j].seg.item or infos[j].low.rstrip().endswith(":"):
            return j
    return None


def alternative(info: SegInfo, men: DateMention, lp: LangPatterns) -> bool:
    """Whether the date and the one before or after it are alternatives ("27 April or 4 May")."""
    dates, text = info.dates, info.low
    k = bisect_left(dates, men.start, key=lambda d: d.start)  # dates are sorted by start
    while k < len(dates) and dates[k] is not men:
        k += 1
    if k == len(dates):
        return False
    return bool(k > 0 and lp.or_gap.fullmatch(text, dates[k - 1].end, men.start)) or bool(
        k + 1 < len(dates) and lp.or_gap.fullmatch(text, men.end, dates[k + 1].start)
    )


NEXT_REACH = 12  # characters before a weekday searched for "next" ("next Monday to Friday")
YESTERDAY_REACH = 30  # characters before a date searched for "yesterday" and its weekday
YESTERDAY_DAYS = 7  # days after a post a day it calls yesterday may lie (a post dated early)
EVENT_BEFORE_REACH = 40  # characters before a day searched for the event it is the day of
# between an event's word and its day: "a hackathon this weekend", "the fair is this weekend"
_EVENT_TO_DAY = re.compile(r"\W*(?:(?:is|are|will\s+be|takes?\s+place|happens|on)\s+)*", re.I)


def _event_named_before(text: str, at: int, lp: LangPatterns) -> bool:
    """Whether an event's word stands right before position `at`, with at most a verb of
    being between ("organizing a hackathon this weekend"; not "mailing the workshop files this
    weekend", whose words of an event name the files)."""
    lo = max(0, at - EVENT_BEFORE_REACH)
    return any(_EVENT_TO_DAY.fullmatch(text, m.end(), at)
               for m in lp.event.finditer(text, lo, at))


WORKING_WEEK_DAYS = 3  # days past its first a bare range of weekdays reaches: Monday to Thursday


def _a_working_week(men: DateMention) -> bool:
    """Whether a mention is a bare range of four weekdays or more, the days something is open
    every week ("Montag bis Freitag zwischen 10:00 und 17:00 Uhr", "Monday to Thursday 9-5",
    "Dienstag bis Freitag von 13 bis 17 Uhr"; not "this Monday to Friday", nor a weekend's).
    assess asks too whether the post names a span of days that holds them, or says "next"."""
    return (men.relative and men.weekday is not None and men.range_end is not None
            and not men.deictic and not men.counted
            and (men.range_end - men.days[0]).days >= WORKING_WEEK_DAYS)


WEEK_HOURS_DAYS = 3  # bare weekdays a sentence names out of order to be a week's hours


def _a_weeks_hours(info: SegInfo, lp: LangPatterns) -> bool:
    """Whether a sentence gives hours and names WEEK_HOURS_DAYS or more bare weekdays out of
    the order of their days, as a week's hours do ("Monday and Thursday 14.00 – 14.15 Tuesday
    and Wednesday 12.25 -12.55"; not "Friday, Saturday and Sunday 10am-4pm", nor "Rehearsals
    this week: Thursday at 7pm, Tuesday at 7pm and Monday at 6pm")."""
    days = [m.days[0] for m in info.dates if m.relative and m.weekday is not None
            and not m.deictic and not m.counted]
    return (len(set(days)) >= WEEK_HOURS_DAYS and any(b < a for a, b in itertools.pairwise(days))
            and bool(info.times or lp.clock_hint.search(info.masked))
            and not lp.this_week.search(info.low) and not lp.next_week.search(info.low))


def _weekdays_of_a_week(info: SegInfo, lp: LangPatterns) -> bool:
    """Whether a sentence names two or more bare weekdays (a span of three or more counts for
    its two ends: "Gallery Hours: Tuesday–Friday 12–5 pm"; not a weekend's "Saturday–Sunday
    10–16 Uhr"), and not of this week or next: the days of a week's timetable."""
    bare = [m for m in info.dates if m.relative and m.weekday is not None and not m.deictic
            and not m.counted]
    return (len(bare) + sum(m.range_end is not None and (m.range_end - m.days[0]).days >= 2
                            for m in bare) >= 2
            and not lp.this_week.search(info.low)
            and not lp.next_week.search(info.low))


def _inside(at: int, spans: list[tuple[int, int]]) -> bool:
    """Whether position `at` lies in one of `spans` (sorted, not overlapping): a bare weekday
    in a working week its sentence names ("måndag–fredag kl 10–17": not the Friday to come)."""
    i = bisect_left(spans, (at + 1,)) - 1
    return i >= 0 and spans[i][0] <= at < spans[i][1]


def _first_moved(infos: list[SegInfo], lp: LangPatterns) -> int | float:
    """The first sentence of the body, naming no date, that says the event was moved (the days
    after it are the new ones); infinity where none does."""
    return next((j for j, info in enumerate(infos) if info.seg.source == "body"
                 and not info.dates and lp.moved.search(info.low)), math.inf)


ROTA_OPENING = 6  # characters before a date that opens a rota's line ("**Sunday 5** OT ...")
ROTA_LOOKBACK = 12  # segments searched back from a line for the heading of its rota


def _under_a_rota(infos: list[SegInfo], i: int, lp: LangPatterns) -> bool:
    """Whether segment `i`, a line opening with its date, stands under a heading of a rota,
    with only such lines between ("READERS' LIST for February." over "Sunday 5 OT and psalm
    Paul Jones, NT Eta/Zangi", "Sunday 12 ..."); not once another heading intervenes."""
    source = infos[i].seg.source
    for j in range(i - 1, max(-1, i - ROTA_LOOKBACK), -1):
        info = infos[j]
        if info.seg.source != source:
            return False
        if lp.rota.search(info.low):
            return True
        if info.seg.heading or (info.seg.line_start and not info.dates):
            return False
    return False


def _named_spans(infos: list[SegInfo]) -> set[tuple[date, date]]:
    """The first and last days of each span of days a post names as dates ("vom 16. bis 20.
    Dezember"; not "on Monday to Friday")."""
    return {(m.days[0], m.range_end) for info in infos for m in info.dates
            if not m.relative and m.range_end is not None}


DIARY_DAYS = timedelta(days=7)  # how far on from its publication a trip report's days go
CLAUSE_WINDOW = 80  # characters looked at before a date for its clause
# (for "this Saturday" told of, its whole clause as a sentence writes it: "Everyone enjoyed
# himself at the wonderful concert laid on by Knebworth Community Chorus this Saturday";
# bounded, as a text of thousands of such days is read in time that grows with it)
LONG_CLAUSE_WINDOW = 240
SAME_DAY_SLACK = timedelta(hours=1)  # a post dated by its event may be written an hour after


def clause_before(text: str, men: DateMention, window: int = CLAUSE_WINDOW) -> str:
    """The text of the clause before a date mention (from the last comma, colon, semicolon or
    bracket, within `window` characters): "Announcement went out on Tuesday" -> "announcement
    went out on "."""
    lo = max(0, men.start - window)
    cut = max(text.rfind(ch, lo, men.start) for ch in ",;:(")
    return text[max(cut + 1, lo) : men.start]


def deadline_clauses(text: str, deadline: re.Pattern[str],
                     mentions: Sequence[DateMention]) -> int:
    """Where the deadline words of a sentence stand, worked out once for all its dates: the
    start of the earliest clause holding one, when every such clause (between commas or
    semicolons) holds a date of its own ("..., and the exhibition runs until 8th March"),
    else -1. A date ending before that start is no deadline: "The launch is on Monday 4th
    March from 6pm, and the exhibition runs until 8th March" (not "on Tuesday 9 April,
    which is the deadline, and the session is on 26 April")."""
    breaks = [m.start() for m in _CLAUSE_BREAK.finditer(text)]
    starts = sorted(m.start for m in mentions)
    earliest = len(text)
    for cue in deadline.finditer(text):
        i = bisect_left(breaks, cue.start())
        lo = breaks[i - 1] + 1 if i else 0
        hi = breaks[i] if i < len(breaks) else len(text)
        j = bisect_left(starts, lo)
        if j == len(starts) or starts[j] >= hi:
            return -1  # a deadline word in a clause with no date of its own
        earliest = min(earliest, lo)
    return earliest


_CLAUSE_BREAK = re.compile(r"[,;]")


def _utc_slack(published: datetime) -> timedelta:
    """How far before a post's publication time a time that day may still be the event the
    post is dated by: its zone's offset east of UTC (a time written in UTC, 14:00 +0000, is
    15:00 in Stockholm)."""
    offset = published.utcoffset() or timedelta(0)
    return max(offset, timedelta(0))


SIGNATURE_LINE = 40  # characters of a signature's line (a name, a phone number)


# a weekday with question marks for its date ("Monday, ?,?", "Monday ??"; not "... Monday?")
_QUERIED = re.compile(r"\s*(?:[,:]\s*\?|\?\s*[,?])")
# a date asked about: right before its question mark, with its time if any ("Saturday 7th?")
_ASKED = re.compile(r"(?:[\s,]*(?:T?\d{1,2}[:.]\d\d|\d{1,2}\s*[ap]\.?m\b\.?))?\s*\?")
# the day a task was done, as task lists write it (Obsidian's "- [x] ... ✅ 2024-12-10"; not
# "📅", which announcements use as a label too: "📅 14. april kl. 16:30")
_A_TASKS_DATE = re.compile(r"✅\ufe0f?\s*$")
_CHECKED = re.compile(r"\W*\[?x\]?\s", re.I)  # a ticked task's box ("[x]", "x" once read)
ASKED_LEAD_WORDS = 2  # words before a date asked about on a line of its own ("- Tuesday 15th?")


def _moved_to_a_day(text: str, men: DateMention, dates: Sequence[DateMention],
                    lp: LangPatterns) -> bool:
    """Whether a date is followed by "to" another date of its sentence and then a word of
    moving ("von Donnerstag, 21.03. auf Mittwoch, 20.03. vorverlegen"; not "from Saturday 6
    June to the end of the month, when we move to the high street")."""
    to = lp.to_word.match(text, men.end)
    if to is None:
        return False
    nxt = next((m for m in dates if m.start >= men.end), None)
    return (nxt is not None and nxt.start == to.end()
            and lp.moved.search(text, nxt.end, nxt.end + MOVED_AFTER) is not None)


MOVED_AFTER = 40  # characters after the day moved to that may say it was moved


def _fully_stated(c: Candidate, men: DateMention) -> bool:
    """Whether a candidate's date is stated with its year, a weekday that fits it, and its
    time of day."""
    return (men.year_given and men.weekday is not None and men.weekday_ok
            and isinstance(c.start, datetime))


# an embedded tweet's author right before its date ("— Zero Waste Festival (@ZeroWasteFest)
# June 11, 2018"): the day it was posted, not an event's
_TWEET_BY = re.compile(r"[—–]\s*[^()—–\n]{1,60}\(@\w{1,30}\)\s*$")
TWEET_BY_REACH = 100
# a press release's dateline opening its paragraph: its place, in capitals before the date or
# in brackets after it, then a dash ("May 28, 2019 (Philadelphia, PA) — Connecting renowned
# book artists ...", "PHILADELPHIA, May 28, 2019 — ..."; not "June 7, 2019 — join us")
_PLACE_BEFORE = re.compile(r"[^\w\n]*[A-ZÅÄÖ][A-ZÅÄÖ .'-]{1,30},\s*")
_PLACE_AFTER = re.compile(r"\s*\([^()\n,]{2,30},[^()\n]{1,20}\)\s*(?:—|–|--)\s")  # "(City, ST)"
# a credit's name before its date: up to five capitalised words ("_The Otago Daily Times ")
_CREDIT = re.compile(r"[\s_*(—–-]*(?:[A-ZÅÄÖ][\w'’&.-]*\s+){1,5}")
DATELINE_DAYS = 3  # days at most between a dateline and the post's date (but a release's)
_DASH_AFTER = re.compile(r"\s*(?:—|–|--)\s")
_WORD_BEFORE = re.compile(r"\w")
RELEASE_LABEL_CHARS = 34  # the longest label a release's line opens with ("**Press Release:")
# a line of a (masked) day and a time alone, as a page's stamp writes it
_STAMP_LINE = re.compile(r"[^\w\x00]*\x00[\x00\s,]*(?:at\s+|kl\.?\s*|um\s+)?\d{1,2}[:.]\d\d"
                         r"\s*(?:[ap]\.?\s?m\.?)?(?:\s*uhr)?[^\w\x00]*")
FIRST_NIGHT_REACH = 30  # characters before a title's day searched for its show's opening
NEXT_ONE_REACH = 48  # characters before a day searched for "the next ... on" (lp.next_one)
RESUMED_WITHIN = 200  # characters before a date a word of taking up again is looked for in


def called_off(text: str, at: int, calls: list[tuple[int, int]], lp: LangPatterns) -> bool:
    """Whether a sentence that calls something off (`calls`: where its words of calling off
    are, in order) calls off its date at `at`: a word of calling off after it, or before it
    with no word of taking up again between them ("We're skipping this month's meeting and
    starting again on 10 February" calls off no date)."""
    i = bisect_left(calls, (at,))
    if i < len(calls):
        return True
    if not i:
        return False
    since = max(calls[i - 1][1], at - RESUMED_WITHIN)
    return lp.resumed.search(text, since, at) is None


def _cancelled_by_a_heading(infos: list[SegInfo], lp: LangPatterns) -> bool:
    """Whether a heading of the body that names no date cancels the post's event ("#
    IMPORTANT: EVENT IS ~~POSTPONED~~ CANCELLED", not "## Postponed contributions"), as its
    title would."""
    return any(info.seg.heading and info.seg.source == "body" and not info.dates
               and lp.cancel.search(info.low) and lp.event.search(info.low) for info in infos)


def _a_list_called_off(infos: list[SegInfo], i: int, lp: LangPatterns) -> bool:
    """Whether the line introducing list item `i` (a heading, a sentence, or a sub-list's
    "- ...:") calls off what the list names ("## Gym Cancellation - No badminton", "the
    following days have been cancelled due to school events:"), and names no day taken up
    again ("Cancelled: the 5th. Instead we meet on:")."""
    intro = _list_intro(infos, i)
    if intro is None:
        return False
    low = infos[intro].low
    return (lp.cancel.search(low) is not None and lp.new_date.search(low) is None
            and lp.resumed.search(low) is None)


def _alone(text: str, men: DateMention, before: str, after: str) -> bool:
    """Whether the date is all its sentence says, but for the marks `before` and `after` it."""
    return not text[: men.start].strip(before) and not text[men.end :].strip(after)


def _first_of_body(infos: list[SegInfo], i: int) -> bool:
    """Whether segment `i` is the first of the body and starts its line."""
    seg = infos[i].seg
    return seg.source == "body" and seg.line_start and (i == 0 or infos[i - 1].seg.source != "body")


def _under_signature(infos: list[SegInfo], i: int) -> bool:
    """Whether segment `i` stands under a signature: the line above it, in its paragraph, is
    a short line that is no sentence ("Pat Murdoch", "01869 278308")."""
    if i == 0:
        return False
    above, seg = infos[i - 1].seg, infos[i].seg
    return (
        above.block == seg.block
        and above.line_start
        and len(above.text) <= SIGNATURE_LINE
        and not above.text.rstrip().endswith((".", "!", "?", ":"))
    )


def _a_stamp(c: Candidate, infos: list[SegInfo], lp: LangPatterns) -> bool:
    """Whether a timed candidate's line is its day and time alone, to a minute off the five
    or over a release's label: when a page went out ("**Friday, 8 April 2005, 10:32 am**",
    "**Tuesday, 19 April 2005, 3:40 pm**" over "**Press Release: ...**")."""
    if not isinstance(c.start, datetime) or not _STAMP_LINE.fullmatch(infos[c.seg].masked):
        return False
    if c.start.minute % 5:
        return True
    return c.seg + 1 < len(infos) and _a_release_label(infos[c.seg + 1].low, lp)


def _a_dateline(line: str, low: str, men: DateMention, lp: LangPatterns) -> bool:
    """Whether a date opening its line (`low`, lower-cased) is a dateline's: its place in
    brackets after it, or in capitals before it, then a dash ("May 28, 2019 (Philadelphia, PA)
    — ...", "PHILADELPHIA, May 28, 2019 — ..."; not "AGM, 7 June 2019 — all are welcome")."""
    if not _WORD_BEFORE.search(low, 0, men.start):
        return _PLACE_AFTER.match(low, men.end) is not None
    return bool(_PLACE_BEFORE.fullmatch(line, 0, men.start) and _DASH_AFTER.match(low, men.end)
                and not lp.event.search(low, 0, men.start)
                and not lp.future.search(low, 0, men.start))


def _a_source_credit(infos: list[SegInfo], i: int, men: DateMention, lp: LangPatterns) -> bool:
    """Whether segment `i`, the body's last line, is a name and the date alone: the paper or
    site a reposted piece first appeared in, and when ("_Whanganui Midweek 14/8/19_"; not
    "Club Night 15/8/19")."""
    seg = infos[i].seg
    if seg.source != "body" or not seg.line_start or any(
            info.seg.source == "body" for info in infos[i + 1:]):
        return False
    return (_CREDIT.fullmatch(seg.text, 0, men.start) is not None
            and not seg.text[men.end:].strip(" _*.)")
            and lp.event.search(infos[i].low, 0, men.start) is None)


def _a_release_label(low: str, lp: LangPatterns) -> bool:
    """Whether a (lower-cased) line opens with a press release's label ("**Press Release:
    ...")."""
    label, colon, _ = low.partition(":")
    return bool(colon) and len(label) <= RELEASE_LABEL_CHARS and bool(lp.release.search(label))


def _ends_before(text: str, men: DateMention, time_at: int, lp: LangPatterns) -> bool:
    """Whether the clause of a date says something ends before the time it gives: "Turen
    avsluttes ... kl 13 på søndag", "The trip ends on Sunday at 1pm", "Søndag slutter vi kl
    12", "Slut: 12. september kl. 12" (not "opens at 10:00 and closes at 16:00 on 3 May": that
    time comes first)."""
    start = max(0, men.start - CLAUSE_WINDOW)
    cut = max(text.rfind(ch, start, men.start) for ch in ",;(")  # (not ":": "Slut:" is a label)
    if lp.ends.search(text, max(cut + 1, start), min(men.start, time_at)):
        return True  # the end word before the date
    if time_at < men.end:
        return False
    # between the date and its time, in one clause, with no start after it ("Søndag slutter vi
    # kl 12", not "Saturday 4 May the shop closes early and the party starts at 19:00")
    between = text[men.end : time_at]
    end = lp.ends.search(between)
    return (end is not None and not any(ch in between for ch in ",;")
            and not lp.start_word.search(between, end.end()))


ENDED_ON_WORDS = 2  # words an end's verb may stand before the day it ends on ("ends on Sunday")


def _ended_on(text: str, men: DateMention, lp: LangPatterns) -> bool:
    """Whether an untimed date is the day something ends on, its end's word right before it
    ("Lägret avslutas söndag den 2:a oktober", "registration finishes 28 February"; not "Am
    Ende der Saison feiern wir am 20. Dezember", "When term ends we meet on 5 May")."""
    start = max(0, men.start - CLAUSE_WINDOW)
    ends = list(lp.ends.finditer(text, start, men.start))
    if not ends:
        return False
    between = text[ends[-1].end() : men.start]
    return (len(between.split()) <= ENDED_ON_WORDS and not any(ch in between for ch in ",;")
            and not lp.event.search(between) and not lp.start_word.search(between))


_TITLE_NAME = re.compile(r"\w.*?[\s\-–—‒:|]$")  # a name before the date
_NAME_AFTER = re.compile(r"\s*[-–—‒:|]\s*[^\W\d_]")  # "... - Maibaumfest" after a title's date
# after the date, the title ends, perhaps with where ("06.-08.03.2019 in Rostock")
_TITLE_DATE = re.compile(r"[\s!.)]*|[\s,]+\D{1,40}")


def _label_head(label: str, lp: LangPatterns) -> str:
    """The word a line's label ("Submission of talks:") is about: the one before "of"
    ("submission"), else its last ("Election night party:" is a party)."""
    words = label.rstrip(":").split()
    for i, word in enumerate(words):
        if i and word in lp.of_words:
            return words[i - 1]
    return words[-1] if words else ""


def _ahead_bucket(days: int) -> str:
    if days <= 7:
        return "ahead_week"
    if days <= 31:
        return "ahead_month"
    if days <= 92:
        return "ahead_quarter"
    return "ahead_far"


FAR_YEARLESS_DAYS = 270  # a date without a year this far ahead is as likely last year's


def assess(c: Candidate, infos: list[SegInfo], page: Page, memo: Memo) -> Assessment:
    """Rejections that are certain, else the candidate's features. What depends only on its
    sentence (or on the page) is worked out once and kept in `memo`: a sentence naming
    thousands of dates stays fast."""
    lp = page.lp
    published = page.published
    pub = published.date()
    info = infos[c.seg]
    seg = info.seg
    text = info.low
    men = c.mention
    first_day = c.start.date() if isinstance(c.start, datetime) else c.start
    last_day = c.end if isinstance(c.end, date) and not isinstance(c.end, datetime) else first_day
    notes = list(c.notes)

    def once(where: object, name: str, work: Callable[[], object]) -> Any:
        if (where, name) not in memo:
            memo[where, name] = work()
        return memo[where, name]

    def found(rx: Any, name: str) -> bool:  # rx occurs in the sentence
        known = memo.get((c.seg, name))
        if known is None:
            known = memo[c.seg, name] = rx.search(text) is not None
        return bool(known)

    def working_weeks() -> list[tuple[int, int]]:  # where the sentence names one, in order
        return once(c.seg, "working weeks",
                    lambda: [m.span() for m in lp.working_week.finditer(text)])

    def heads() -> str:  # the neighbouring sentences and headings
        return once(c.seg, "heads", lambda: " ".join(infos[j].low for j in context(infos, c.seg)))

    def reject(reason: str) -> Assessment:
        return Assessment(reason, {}, notes)

    if last_day < pub:
        return reject("before publication")
    if first_day < pub:
        return reject("started before publication (ongoing)")
    if (first_day - pub).days > (MAX_AHEAD_STATED_DAYS if _fully_stated(c, men)
                                 else MAX_AHEAD_YEAR_DAYS if men.year_given else MAX_AHEAD_DAYS):
        return reject("too far ahead of publication")
    if not men.weekday_ok:
        return reject(WEEKDAY_SLIP)
    if first_day == pub and _a_stamp(c, infos, lp):
        return reject("a stamp of the post's own day")
    if not isinstance(c.start, datetime) and _TWEET_BY.search(
            text, max(0, men.start - TWEET_BY_REACH), men.start):
        return reject("an embedded post's dateline")  # "— Zero Waste Festival (@ZWF) June 11"
    if (not isinstance(c.start, datetime) and men.range_end is None and seg.line_start
            and men.year_given and (abs((first_day - pub).days) <= DATELINE_DAYS
                                    or _a_release_label(page.title, lp))
            and _a_dateline(seg.text, text, men, lp)):
        return reject("a press release's dateline")
    if (not isinstance(c.start, datetime) and men.year_given and men.range_end is None
            and (first_day - pub).days <= DATELINE_DAYS
            and _a_source_credit(infos, c.seg, men, lp)):
        return reject("a source's credit line")  # "_Whanganui Chronicle 15/8/19_", last
    if (_a_working_week(men) or (
            men.relative and men.weekday is not None and not men.deictic
            and _inside(men.start, working_weeks()))) and not (
            lp.next_weekday.search(text, max(0, men.start - NEXT_REACH), men.start)
            or any(first <= men.days[0] and (men.range_end or men.days[0]) <= last
                   for first, last in once(None, "named spans", lambda: _named_spans(infos)))):
        # (not "next Monday to Friday", nor the days of a span the post names: "vom 16. bis
        # 20. Dezember" over "Montag bis Freitag von 9 bis 17 Uhr")
        return reject("the days of every week something is open")
    lead = once(c.seg, "lead in", lambda: " ".join(infos[j].low for j in lead_in(infos, c.seg)))
    if (
        alternative(info, men, lp)
        or found(lp.undecided, "undecided")
        or (seg.item and once(c.seg, "undecided lead", lambda: bool(lp.undecided.search(lead))))
    ):  # an item of a list of dates put forward ("Possible dates:", "we would like ... on:")
        return reject("one of several possible dates")
    if seg.line_start and men.start <= ROTA_OPENING and once(
            c.seg, "under a rota", lambda: _under_a_rota(infos, c.seg, lp)):
        return reject("a day of a rota")  # "Readers' list for March" over "12th March OT ..."
    if men.relative and men.weekday is not None and _QUERIED.match(text, men.end):
        return reject("a day not yet fixed")  # "Next meeting: Monday, ?, ?"
    if (men.range_end is not None and lp.pause is not None and not isinstance(c.start, datetime)
            and found(lp.pause, "pause") and not found(lp.event, "event")):
        # (not a holiday club's days with their hours: "in the summer break, 29 July - 2
        # August, 10am-3pm")
        return reject("a break")  # "Sommerpause: 12.07. bis 29.08.", "Winterpause"
    if lp.task is not None and page.report and seg.line_start and lp.task.match(text):
        # (in minutes: not a campaign's "Action: join our climate march on 7 March!")
        return reject("a task")  # "ACTION: Paul to email numbers of RSVPs by Friday, ..."
    if _A_TASKS_DATE.search(text, max(0, men.start - 3), men.start) and _CHECKED.match(text):
        return reject("a task done")  # "- [x] Jeppe bestiller lokaler ✅ 2024-12-10"
    if lp.suits is not None and "?" in text and any(
            m.start() <= men.start < m.end() for m in lp.suits.finditer(text)):
        return reject("a day not yet fixed")  # "Would Monday 2019-11-18T12:00 work?"
    if _ASKED.match(text, men.end) and len(text[: men.start].split()) <= ASKED_LEAD_WORDS:
        return reject("a day not yet fixed")  # "Tuesday 2019-10-15?" in a committee's notes
    if lp.fallback.search(text, max(0, men.start - 60), men.start):
        return reject("a date kept in reserve")  # "(rain date October 23)"
    # ("postponed from 26 June to 24 July": the date moved to is no cancelled one)
    moved_to = lp.moved_to.search(text, max(0, men.start - 80), men.start)
    no_one = lp.no_one_thing.match(text, men.end) if lp.no_one_thing is not None else None
    if no_one and not text[: men.start].strip(" *-•#_|") and any(
            re.search(rf"\b{re.escape(no_one.group('thing'))}\b", infos[j].low)
            for j in range(len(infos)) if j != c.seg):
        # "27th December - No Bridge" in a bridge club's post (not "will be 1 April - no
        # joke!", nor a film list's "19 July - No Exit": what is off is named elsewhere too)
        return reject("cancelled")
    if (seg.item and _alone(text, men, " *_-•", " *_.,;:!") and not moved_to
            and once(c.seg, "list called off", lambda: _a_list_called_off(infos, c.seg, lp))):
        return reject("cancelled")  # "The following days have been cancelled:" over "-
        # April 11, 2025"
    if not moved_to and (
        (found(lp.cancel, "cancel") and called_off(text, men.start, once(
            c.seg, "calls off", lambda: [m.span() for m in lp.cancel.finditer(text)]), lp))
        or (
            once("page", "cancel", lambda: bool(lp.cancel.search(page.title))
                 or _cancelled_by_a_heading(infos, lp))
            # (not the new day of a title saying it was moved, after the body says so:
            # "Stammtisch im Oktober verschoben" over "... nach hinten zu verschieben. Wir
            # treffen uns also am Feiertag, dem 31.10.")
            and not (lp.moved.search(page.title) and (
                lp.moved.search(text, 0, men.start)
                or once("page", "moved at", lambda: _first_moved(infos, lp)) < c.seg))
            and not once(c.seg, "new date", lambda: bool(lp.new_date.search(text + " " + heads())))
            # ("July Meeting Cancelled" over "Our next meeting is on Thursday the 3rd of August")
            and first_day.month in once("page", "title months", lambda: months_named(page.title,
                                                                                     lp))
        )
    ):
        return reject("cancelled")
    before = text[max(0, men.start - 40) : men.start]
    if lp.deadline_before.search(before) or (
        found(lp.deadline_sentence, "deadline")
        and men.end > once(c.seg, "deadline clauses",
                           lambda: deadline_clauses(text, lp.deadline_sentence, info.dates))
    ):
        return reject("deadline")
    if lp.dateline.match(text, 0, men.start) or lp.release.search(before) or (
            seg.line_start and not text[: men.start].strip(" *_#>|-–")
            and lp.dateline_after.match(text, men.end)):
        # "Update, 9th April, 2015", "press release - 6 May 2018", "Feb 20 Update Follows"
        return reject("a dateline")
    if men.relative and lp.update_line.match(text):
        return reject("a relative day in a later update")  # "Update: ... this evening"
    if lp.minutes_of.search(before):
        return reject("the meeting minutes record")  # "Minutes from the July 9, 2020 Meeting"
    # the publication day alone on its line: the day a text was written ...
    written = (first_day == pub and not isinstance(c.start, datetime)
               and _alone(text, men, " ,.-–*_", " ,.-–*_"))
    if (
        written
        and seg.source == "body"
        and c.seg == len(infos) - 1
        and seg.line_start
        and page.n_future_days > 1
        and _under_signature(infos, c.seg)
    ):  # ... a letter's date under its signature
        return reject("the date a letter was signed")
    if written and men.year_given and men.weekday is None and _first_of_body(infos, c.seg):
        return reject("a dateline")  # ... "*27 May 2021*" opening a post of 27 May 2021
    if (lp.former.search(before)
            or lp.moved_from.search(text, max(0, men.start - 80), men.start)
            or (lp.from_before.search(before) and _moved_to_a_day(text, men, info.dates, lp))):
        # "previously scheduled for Tuesday 21st July", "von Donnerstag, 21.03. auf Mittwoch,
        # 20.03. verlegen"
        return reject("a date given up")
    if ((first_day - pub).days <= YESTERDAY_DAYS
            and lp.yesterday.search(text, max(0, men.start - YESTERDAY_REACH), men.start)):
        # "inleddes igår tisdag 7/1" (a post dated days before it was written), "yesterday, 5
        # May"; not "announced yesterday: Saturday 14 June is our open day" (its weekday or
        # the date itself right after the word, and a day close to the post's)
        return reject("a day gone by")
    not_on = lp.not_on.search(before)
    if not_on and not lp.miss_before.search(before, 0, not_on.start()):
        return reject("a date it is not on")  # "am 13. Mai ... (nicht am Freitag, 15. Mai)"
    timed = isinstance(c.start, datetime)
    own_time = timed and c.timed_from == "same"  # (not one lent by another sentence)
    # (these days have no time of day: "Meet the candidates on 5 May at 7pm" is an event)
    if (not timed or working_weeks()) and lp.effective.search(before):
        # "the new rules apply as of 30th March"; "Ab dem 06.01.2020 ist die Rückgabe dann
        # wieder von Montag bis Donnerstag zwischen 10:00 und 17:00 Uhr möglich": its hours are
        # the week's
        return reject("the day something takes effect")
    if lp.schedule_from.search(before) and (
        (page.timetable and men.range_end is None)
        or (found(lp.recurrence, "recurrence") and found(lp.opening, "opening")
            and not found(lp.event, "event"))
    ):  # "will open on Mondays ... from 16 February", "new hours from Monday 14 September" over
        # "Tuesday 10am-1pm", "Wednesday ..." (not "open every weekend from 6 June to 28 June")
        return reject("the day a new weekly schedule starts")
    past = found(lp.past, "past")
    past_lead = bool(lead) and once(c.seg, "past lead", lambda: bool(lp.past_lead.search(lead)))
    # (or far ahead without a year: "Als wir am 26. Dezember ankamen, war alles aufgebaut" in
    # February, last December's)
    far = not men.year_given and not men.relative and (first_day - pub).days > FAR_YEARLESS_DAYS
    if (men.rolled or far or not men.month_given) and (past or past_lead or (
            not men.month_given and bool(lead) and lp.past.search(lead) is not None)):
        # "10th March" under "Past:" in July; "On the 3rd, Björn gave the keynote talk", "it
        # was decided to do a dress rehearsal on the 30th" in minutes posted weeks later, or
        # under "The conference was held last week": "- On the 4th, Bérénice started ..."
        return reject("past tense (a report of last time?)")
    if not men.year_given and not men.relative and lp.past_subject_after.match(text, men.end):
        # "On the 16th November, we held our hackathon" in May: last November's
        return reject("past tense (a report of last time?)")
    if (not men.relative and lp.past_verb_after_date is not None
            and lp.past_verb_after_date.match(text, men.end)
            and len(clause_before(text, men).split()) <= 1):  # (the day opening its clause:
        # "Am 15.05. gab es", not "Tickets for the concert on 15 June were a sell-out")
        return reject("past tense")  # "Am 15.05. gab es ..." in a newsletter dated the 1st
    if men.relative and (
        lp.past_after.match(text, men.end)
        or (men.weekday is not None and lp.past.search(text[men.end : men.end + 25]))
        or (
            men.weekday is not None and not men.deictic
            and lp.past.search(clause_before(text, men))
        )
        or (men.weekday is not None and men.deictic and not own_time
            and not found(lp.future, "future")
            and lp.past.search(clause_before(text, men, LONG_CLAUSE_WINDOW)))
    ):
        return reject("past tense")  # "This Sunday marked ...", "On Saturday we held ...",
        # "Everyone enjoyed the concert laid on by the Chorus this Saturday" (not "As we
        # decided, this Saturday we will vote", "This friday is the presentation of the funds
        # raised", nor with a time of its own: "The band who were a hit play this Saturday at
        # 8pm")
    if (
        men.relative and men.weekday is not None and not men.deictic and page.mostly_past
        and (not own_time or past) and not found(lp.future, "future")
    ):  # "the order of the day on Sunday as our runners travelled", "At 11.02pm on Saturday
        # night the captain radioed that the steering had failed" (not "Join us on Saturday")
        return reject("past tense (a bare weekday in a report)")
    if (men.relative and men.weekday is not None and not men.deictic and page.n_future_days > 3
            and not (c.seg > 0 and day_of(c.start) in once(
                c.seg - 1, "named days", lambda: named_days(infos, [c.seg - 1])))):
        # "on Monday" in a post full of dates: most likely a day of one of their weeks (not
        # the day the line before names: "Morning Services ~ Sunday March 12" over "... on
        # Sunday morning at 9:00 AM")
        return reject("bare weekday in a post naming many dates")
    if men.weekend and not own_time and not (
            seg.source == "body" and not found(lp.past, "past")
            and _event_named_before(text, men.start, lp)):
        # ("We'll be mailing the files this weekend", "Simon will be in Hong Kong this weekend",
        # "members attended the Raspberry Jam this weekend", a title's "Cheque Presentation this
        # weekend!" over "This friday is ..."; not "Local do-gooders are organizing a
        # hackathon this weekend": its days)
        return reject("a weekend without hours of its own")
    if seg.caption and (past or page.mostly_past):
        return reject("photo caption in a report")  # a picture of what already happened
    if (_ends_before(text, men, c.time_at, lp) if c.time_at >= 0
            else _ended_on(text, men, lp)):
        # "The trip ends ... at 1pm", "Lägret avslutas söndag den 2:a oktober"
        return reject("the end of an event, not its start")
    if men.relative and men.weekday is None and not timed and (
        first_day != pub or text[men.start : men.end] in lp.today_words
        or not found(lp.future, "future") or past
    ):  # "today" as "nowadays"; but "Ikväll är det dags för ...", "Tonight we will play"
        return reject("relative day without a time")
    if (past and (page.report or page.mostly_past) and isinstance(c.start, datetime)
            and c.start.minute % 5):
        # a time to the minute in the past tense on a page that reports: minutes' record
        # ("Meeting reopened at 2020-03-24 19:38 by Benjamin"), no start
        return reject("a time recorded in minutes")
    if men.relative and (men.weekday is None or men.counted) and seg.source == "body" and past:
        # "This evening we held our annual outing.", "... were all about reaching the coast in
        # five days"
        return reject("past tense")
    if (
        men.relative and men.weekday is not None and not men.deictic
        and found(lp.recurrence, "recurrence")
    ):  # "on a Wednesday evening", "Sunday runs"; not "this Saturday"
        return reject("recurrence without a concrete date")
    if (men.relative and men.weekday in page.timetable and not men.deictic and seg.line_start
            and men is info.dates[0] and lp.bare_weekday.match(info.low)):
        return reject("a weekly timetable")  # "Nye treningstider" / "Tirsdag 19:00 nogi"
    if men.relative and men.weekday is not None and not men.deictic and (
            once(c.seg, "a week's hours", lambda: _a_weeks_hours(info, lp))
            # ("Opening hours: Monday–Friday 9am-5pm, Saturday 10am-4pm", "Öppettider: ...
            # lördag 10.00–14.00"; not "Until further notice the café is closed; the AGM goes
            # ahead on Monday at 7pm", "Opening hours this week: Saturday 10am-1pm only")
            or ((found(lp.timetable, "timetable words") or (
                working_weeks() and not _a_working_week(men)
                and not _inside(men.start, working_weeks())))
                and once(c.seg, "weekdays of a week", lambda: _weekdays_of_a_week(info, lp)))):
        return reject("a weekly timetable")
    if (men.relative and men.weekday is not None and men.weekday in page.every
            and not men.deictic and not own_time):
        # "Saturday Hackathons" over "we've been meeting every Saturday"
        return reject("recurrence without a concrete date")
    # at or after the publication time, give or take the hours a front matter time written in
    # UTC (`2022-12-10 14:00:00 +0000`) moves on the site's clock: a site may date a post by
    # the start of its event
    later = (
        timed
        and (published.hour, published.minute) != (0, 0)
        and c.start >= published.replace(tzinfo=None) - _utc_slack(published)
    )
    if first_day == pub and timed and (published.hour, published.minute) != (0, 0) and not later:
        return reject("earlier than publication")

    # on the publication day: an announcement of the day itself ("today", "tonight", a title
    # giving the day's start time, or a post that announces rather than reports), else a report
    same_day_cue = first_day == pub and bool(
        found(lp.same_day, "same day")
        or (men.relative and not men.weekday)
        or (page.announces and not past)
        # (its own sentence invites to it: "Join the club on Trail 42 on December 21st!" in a
        # post telling of the trail's past; not "Am 10. August folgten 16 der Einladung". The
        # sentence's first cue, found once: a sentence of thousands of dates stays linear)
        or (not past and not page.report and once(c.seg, "first future", lambda: next(
            (m.end() for m in lp.future.finditer(text)), len(text) + 1)) <= men.start)
        or (timed and seg.source == "title" and not past)
        # a title that opens with the post's own day and names what is on ("30. April 2022 -
        # Maibaumfest in Igersheim"): a post dated by its event, unless it tells of it gone
        or (seg.source == "title" and not text[: men.start].strip(" *_#\"'") and not past
            and not page.mostly_past and not page.report
            and _NAME_AFTER.match(text, men.end) is not None)
        # an event's details ("Date: Wednesday, May 19th" over "Time: 5:30PM"), not minutes'
        or (timed and seg.line_start and not page.report and bool(lp.detail_label.match(text)))
        or (timed and seg.heading and _first_of_body(infos, c.seg) and not past
            and not page.report)  # the body's own title ("# 2022-12-04 Hackathon")
        or (c.end is not None and not timed and c.end > first_day and not past
            and not page.report)  # days running on from today ("takes place Feb 20th-23rd")
    )
    if first_day == pub and not (same_day_cue or later):
        return reject("on the publication day, in a post that reads as a report")
    # (hours after it was written: "the walk that was rained off is happening on Wednesday 17
    # July at 6pm" in a post of that morning)
    later_in_the_day = timed and c.start > published.replace(tzinfo=None) + SAME_DAY_SLACK
    if (first_day == pub and not later_in_the_day and not found(lp.future, "future")
            and once(c.seg, f"past before {men.start}", lambda: bool(
                lp.past.search(clause_before(text, men))))):
        # (told of on its own day: "a talk by Dr Soubes, which was held on Wednesday 17 July,
        # 4–5 pm" in a post dated 17 July, 16:00)
        return reject("past tense (told on its own day)")
    # the day headings of a diary ("### 17/11/2024" over what the trip did that day)
    if (seg.heading and page.mostly_past and not timed and first_day - pub <= DIARY_DAYS
            and _alone(text, men, " *_#", " *_#.,:")):
        return reject("a day of a report")

    # (a title's show opening on its day, "Mamma Mia opens June 9th!", is an event word's)
    ev_here = found(lp.event, "event") or (seg.source == "title" and bool(
        lp.first_night.search(text, max(0, men.start - FIRST_NIGHT_REACH), men.start)))
    ev_near = once(c.seg, "event near", lambda: bool(heads() and lp.event.search(heads())))
    # the title's event words speak for the post's dates, unless they name the meeting that
    # minutes report ("Steering Group Meeting, 14 October")
    ev_page = not page.report and once(
        "page", "event", lambda: bool(lp.event.search(f"{page.title} {page.lead}"))
    )
    # a title naming a thing and then its coming date ("Amble's Revenge ‒ 28 December 2022",
    # "SCK 97 27-29 maj 2016"; not "Newsletter ‒ 1 June 2024", "Price changes 1 July 2024")
    titled = (
        seg.source == "title" and first_day > pub and _TITLE_DATE.fullmatch(text, men.end)
        and bool(_TITLE_NAME.search(text, 0, men.start))
        and not found(lp.dated_notice, "dated notice") and not found(lp.admin, "admin")
        and not found(lp.operational, "operational")
    )
    # ("wir freuen uns auf die nächste Bücherannahme am 4. September": a series' next)
    next_one = lp.next_one.search(text, max(0, men.start - NEXT_ONE_REACH), men.start)
    if not (ev_here or ev_near or ev_page or timed or titled or next_one):
        return reject("no event words nearby")
    # (a title of a notice, not of an event: "Recycling Workshop" is an event's)
    operational_page = once("page", "operational", lambda: bool(
        lp.operational.search(page.title) and not lp.event.search(page.title)))
    # (a label, "Date:", is no event's word in a notice: "Planned Power Outage Details:" over
    # "**Date:** Wednesday, September 27")
    ev_said = ev_here and once(c.seg, "event said", lambda: any(
        not m.group(0).rstrip().endswith(":") for m in lp.event.finditer(text)))
    if not ev_said and (found(lp.operational, "operational") or operational_page):
        return reject("operational notice")  # a notice's words and no event's
    if not (timed or ev_here or ev_page) and found(lp.holiday, "holiday"):
        return reject("a public holiday")
    if not (own_time or ev_here) and found(lp.admin, "admin"):
        return reject("an administrative date")  # "18 October - Notification of acceptance"
    label = text[: men.start].rstrip()
    if not own_time and label.endswith(":") and lp.admin.search(_label_head(label, lp)):
        return reject("an administrative date")  # "Submission of talks: 25 May"
    f: dict[str, float] = {}
    f["event_here"] = ev_here
    f["event_near"] = ev_near
    f["event_page"] = ev_page
    f["no_event_words"] = not (ev_here or ev_near or ev_page)
    f["no_event_words_near"] = not (ev_here or ev_near)
    f["timed_without_event_words"] = timed and not (ev_here or ev_near or ev_page)
    f["timed"] = timed
    f["time_from_next"] = c.timed_from == "next"
    f["time_from_programme"] = c.timed_from == "programme"
    f["end_known"] = c.end is not None
    f["multi_day"] = last_day > first_day
    f["weekday_given"] = men.weekday is not None and not men.relative
    f["year_given"] = men.year_given
    f["year_rolled"] = men.rolled
    if men.relative:
        kind = "relative_day" if men.weekday is None else "relative_weekday"
        f[kind + ("_timed" if timed else "_untimed")] = True
    f["relative_several_times"] = men.relative and c.n_times > 1
    f["operational"] = found(lp.operational, "operational")
    f["operational_page"] = operational_page
    f["past"] = past
    f["future"] = found(lp.future, "future")
    f["from_title"] = seg.source == "title"
    f["from_lead"] = seg.source == "lead"
    f["list_item"] = seg.item
    f["heading"] = seg.heading
    f["caption"] = seg.caption
    f["several_dates_here"] = len(info.dates) > 1
    f["many_dates_on_page"] = page.n_future_days > 3
    days_ahead = (first_day - pub).days
    f["log_days_ahead"] = math.log1p(days_ahead) / 6
    if first_day == pub:
        f["pub_day_cue"] = same_day_cue
        f["pub_day_later"] = bool(later)
        f["pub_day_past"] = past
        f["pub_day_in_title"] = seg.source == "title"
        f["pub_day_report"] = page.mostly_past
    f["page_mostly_past"] = page.mostly_past
    f["proposal_here"] = found(lp.proposal, "proposal")
    f["proposal_lead"] = bool(lead) and once(
        c.seg, "proposal lead", lambda: bool(lp.proposal.search(lead))
    )
    f["question_here"] = "?" in text
    f["work_here"] = found(lp.work, "work")
    f["role_here"] = found(lp.role, "role")
    f["past_lead"] = past_lead
    f[_ahead_bucket(max(1, days_ahead))] = 1.0
    if c.timed_from == "next":
        notes.insert(0, "time from a nearby sentence")
    elif c.timed_from == "programme":
        notes.insert(0, "time from a programme line under the date")
    elif c.timed_from == "post":
        notes.insert(0, "the only time of day the post states")
    elif c.timed_from == "series":
        notes.insert(0, "the hours the post gives its series")
    if men.relative:
        notes.insert(0, "relative day resolved from the publication date")
    if men.rolled:
        notes.append("year inferred: next year")
    return Assessment("", {k: float(v) for k, v in f.items() if v}, notes)
