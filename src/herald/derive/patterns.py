"""Compiled, language-specific regular expressions built from the vocabulary modules.

Each language's patterns are built once, the first time a text in it is read, and are
read-only afterwards.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from types import ModuleType

from . import da, de, en, nl, sv
from . import no as nb
from .text import DOTTED_DAY, DateJoins

# All patterns run on lower-cased text (much faster than re.IGNORECASE with alternations).
_FLAGS = re.U
_L = r"a-zåäöéüæø"  # letters that end a word
MAX_LISTED = 31  # days in one list: "6, 7 och 8 augusti"


_ASIDE = r"(?:\s*\([^()\d\n]{1,24}\))"  # a short aside in brackets, without a number


def _moved(moved: str, word: str) -> re.Pattern[str]:
    """Before a date: a word of moving an event, then (in the same clause, a few words on)
    `word` ("from" / "to") right before the date: "move the fair from 26th June"."""
    return re.compile(r"\b(?:" + moved + r")\b[^.!?\n:;,]{0,40}?\b(?:" + word + r")\s+$", _FLAGS)


# a colon, a question's mark ("- When? On Monday 26th March"), or its table cell's end ("| Time
# | 11:00 AM |")
_LABEL_END = r"(?:\s*[:?]|\s+,\s)"


def _alt(names: list[str] | set[str]) -> str:
    ordered = sorted(names, key=len, reverse=True)
    return "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in ordered)


@dataclass(frozen=True)
class LangPatterns:
    lang: str
    months: dict[str, int]
    weekdays: dict[str, int]  # long and abbreviated names
    numbers: dict[str, float]
    clock_words: dict[str, int]  # hours said in words before the word of o'clock ("one o'clock")
    relative_days: dict[str, int]
    tomorrow: re.Pattern[str] | None  # "tomorrow" by its case, where the word means more (German)
    today_words: frozenset[str]  # relative days that also mean "nowadays" ("today")
    yesterday: re.Pattern[str]  # a day gone by, just before a date ("yesterday, Tuesday 7/1")
    date_dm: re.Pattern[str]
    month_anchor: re.Pattern[str]
    date_joins: DateJoins  # dates plain text would split (text.py keeps them whole)
    date_md: re.Pattern[str] | None
    date_iso: re.Pattern[str]
    date_wd_day: re.Pattern[str]  # a weekday and a day of the month: "Friday 15th", "fredag 15:e"
    date_slash: re.Pattern[str] | None
    # where slashed dates may be read either way ("3/4"), only with a weekday or a year:
    # "Wednesday 4/22", "28/04/2024", "21/05/23" (see mentions.py for which reading is taken)
    date_wd_slash: re.Pattern[str] | None
    date_dot: re.Pattern[str] | None
    date_dash: re.Pattern[str] | None  # "12-10-2024", where the language writes dates so
    # ... and where it leaves the order open, with a year, read as its slashed dates are
    # ("03-12-2025 12:00" under a seminar's title)
    date_wd_dash: re.Pattern[str] | None
    date_day_only: re.Pattern[str] | None  # a day of the month alone ("on the 14th")
    slash_date_label: re.Pattern[str] | None  # a label before slashed dates of neither order
    rel_day: re.Pattern[str]
    this_weekend: re.Pattern[str]  # the coming Saturday and Sunday ("this weekend")
    prefilter: re.Pattern[str]  # a relative day, a day called by name or a weekday name
    named_days: dict[str, tuple[int, int]]  # "christmas eve" -> (12, 24)
    named_day: re.Pattern[str]  # a day of the year called by name, perhaps with its year
    # one is in every text `prefilter` matches (patterns of the words: found faster than by `in`)
    relative_cues: tuple[re.Pattern[str], ...]
    weekday_names: tuple[str, ...]  # long names: one is in every text the next two match
    weekday_part: re.Pattern[str]  # a part of the day a weekday's name takes on ("avond")
    rel_weekday: re.Pattern[str]
    # a dotted day and month before or after another, joined by a range ("17.08.-27.08."),
    # and days of a month ("23.-25.06"): dates, where the language writes them so
    dot_date_next: re.Pattern[str] | None
    dot_date_before: re.Pattern[str] | None
    dot_date_listed: re.Pattern[str] | None  # a dotted date and "und" before ("03.10. und ")
    dotted_days: re.Pattern[str] | None
    counted_day: re.Pattern[str] | None  # "in three days", "two weeks away"
    count_units: dict[str, int]  # "days": 1, "weeks": 7
    next_week_day: re.Pattern[str]  # "Thursday next week", "next week on Thursday"
    bare_weekday: re.Pattern[str]
    day_list: re.Pattern[str]
    range_gap: re.Pattern[str]
    range_word: re.Pattern[str]  # a dash or range word in a day list: "9-10", "23 to 26"
    between_before: re.Pattern[str]
    time_atom: re.Pattern[str]
    time_gap: re.Pattern[str]
    duration: re.Pattern[str]
    event: re.Pattern[str]
    deadline_before: re.Pattern[str]
    deadline_sentence: re.Pattern[str]
    cancel: re.Pattern[str]
    # after a calling-off, in a clause of its own before a later date: taken up again then
    resumed: re.Pattern[str]
    operational: re.Pattern[str]
    holiday: re.Pattern[str]  # a public holiday: a day off, not an event
    admin: re.Pattern[str]  # an administrative date's words ("Notification of acceptance")
    past: re.Pattern[str]
    future: re.Pattern[str]
    report: re.Pattern[str]  # minutes of a meeting, who attended
    recurrence: re.Pattern[str]
    monthly: re.Pattern[str] | None  # a monthly series' word ("monthly"): its weekday is one day
    task: re.Pattern[str] | None  # a line's label of a task someone is to do ("ACTION:")
    pause: re.Pattern[str] | None  # a break from a club's activities ("Sommerpause")
    suits: re.Pattern[str] | None  # a question whether a day suits ("Would Monday work?")
    or_gap: re.Pattern[str]  # between two dates that are alternatives ("27 April or 4 May")
    undecided: re.Pattern[str]  # a sentence of dates not yet decided ("possible weeks")
    fallback: re.Pattern[str]  # before a date, one kept in reserve ("rain date")
    same_day: re.Pattern[str]
    new_date: re.Pattern[str]
    past_after: re.Pattern[str]  # a past-tense verb right after a relative day
    past_subject_after: re.Pattern[str]  # after a date: who, then a past-tense verb ("we held")
    past_verb_after_date: re.Pattern[str] | None  # after a date: a past verb ("gab es")
    no_one_thing: re.Pattern[str] | None  # after a listed date: "- No Bridge", called off
    dateline: re.Pattern[str]  # before a date, a dateline's words ("Update, 9th April")
    release: re.Pattern[str]  # right before a date, a release's name ("press release - 6 May")
    minutes_of: re.Pattern[str]  # before a date, minutes of its meeting ("Minutes from the")
    update_line: re.Pattern[str]  # a sentence added later ("Update: ... this evening")
    dateline_after: re.Pattern[str]  # after a date opening its line ("Feb 20 Update Follows")
    former: re.Pattern[str]  # before a date, a date given up ("previously scheduled for")
    not_on: re.Pattern[str]  # just before a date, one it is not on ("nicht am Freitag")
    miss_before: re.Pattern[str]  # just before that, one not to miss ("Verpasst nicht am ...")
    moved: re.Pattern[str]  # a word of moving an event ("postponed", "verschoben")
    title_cancel: re.Pattern[str]  # a part of a title that calls its event off ("CANCELLED")
    opening: re.Pattern[str]  # a place's opening ("the library will open on Mondays")
    from_before: re.Pattern[str]  # "from" right before a date
    schedule_from: re.Pattern[str]  # right before the day a weekly schedule starts ("from")
    to_word: re.Pattern[str]  # after a date, "to" another ("auf", "till")
    moved_from: re.Pattern[str]  # before a date, the one an event moves from ("moved from")
    moved_to: re.Pattern[str]  # before a date, the one an event moves to ("postponed to")
    report_title: re.Pattern[str]  # a title saying the post reports ("Report from ...")
    recap: re.Pattern[str]  # what a meeting's speakers did, told after it ("gave", "showed us")
    effective: re.Pattern[str]  # before a date, the day something takes effect ("as of")
    for_start: tuple[re.Pattern[str], re.Pattern[str]] | None  # "1.30pm for 2.00pm start"
    deictic: re.Pattern[str]  # before a weekday: the coming one ("this Sunday")
    not_time_before: re.Pattern[str]  # words before a number that is no time ("room 1410")
    scripture: re.Pattern[str]  # a book of the Bible before a chapter and verse ("Luke 23:43")
    not_time_after: re.Pattern[str]  # after one ("1830 Main St", "20 kr")
    zones: dict[str, str]  # zone names and abbreviations -> IANA zones
    zone_after: re.Pattern[str]  # a zone right after a time ("6 PM EST", "17:00 (CET)")
    every_before: re.Pattern[str]  # before a weekday: a recurrence ("every Tuesday")
    week_of_month_before: re.Pattern[str]  # "the first" before a weekday: a series' day
    gone_weekday_before: re.Pattern[str] | None  # "this past" before a weekday: the one gone
    timetable: re.Pattern[str]  # words of a weekly timetable ("new training times")
    every_weekday: re.Pattern[str]  # a weekday's recurrence ("every Saturday", group "wd")
    weekday_word: re.Pattern[str]  # a weekday, in any form ("Sundays", "söndagar"; group "wd")
    week_of_month: dict[str, int]  # "first" -> 1, "last" -> -1: a monthly series' weekday
    denied_before: re.Pattern[str]  # a denial or exception just before ("except Mondays")
    weekday_span: re.Pattern[str]  # after a weekday: "and Sunday", "till söndag"
    # the days something is open every week: "Monday to Friday", "Montag bis Donnerstag"
    working_week: re.Pattern[str]
    continuation: re.Pattern[str]  # a sentence going on with the day ("Then, at 6 PM ...")
    ends: re.Pattern[str]  # a sentence giving an end ("The trip ends ... at 1pm on Sunday")
    and_gap: re.Pattern[str]  # "and" between two dates ("between 3 and 5 May")
    and_time_gap: re.Pattern[str]  # "and" between two times: a range only after "between"
    list_end_gap: re.Pattern[str]  # "and" or "or" closing a list of times
    arrive_for: re.Pattern[str] | None  # between an arrival time and the start ("7pm for 7.30")
    arrive_not_before: re.Pattern[str] | None  # after the second time: no start ("4pm finish")
    pm_before: re.Pattern[str]  # just before a time: its part of the day ("'s avonds om 8")
    pm_after: re.Pattern[str]  # just after a time: its part of the day ("8 in the evening")
    am_after: re.Pattern[str] | None  # ... before noon, on a 12-hour clock ("7 in the morning")
    between_time: re.Pattern[str]  # "between", "mellan kl." before a time
    count_prefix: re.Pattern[str]  # a time's prefix a count follows as often ("etwa")
    midnight: re.Pattern[str]
    hhmm_prefixes: tuple[str, ...]  # before "1830": a time
    time_words: tuple[str, ...]  # words of times without a digit ("noon")
    clock_hint: re.Pattern[str]  # what any clock time with a digit shows ("18:00", "at 7", "6pm")
    time_label: re.Pattern[str]  # a line labelling a time ("Time: 18:30", "Tid: 18.30")
    time_opening: re.Pattern[str]  # a line opening with a time's label ("Doors open at 6pm")
    date_blank: re.Pattern[str]  # the word "date" where a template's date was to be filled in
    detail_label: re.Pattern[str]  # a line labelling an event's date or time ("Date: May 19th")
    start_cue: re.Pattern[str]  # just before a time: which of several is the start
    start_line: re.Pattern[str]  # just after a programme line's time: "Start", "Tävlingsstart"
    lead_in: re.Pattern[str]  # just after a programme line's time: "Lunch", "Doors open"
    day_agenda: re.Pattern[str]  # a line introducing the day's programme ("Agenda:")
    agenda_label: re.Pattern[str]  # a line labelled the day's programme ("Ablauf: ab 17 Uhr")
    rota: re.Pattern[str]  # a heading over who does what on which day ("Readers' list")
    condition: re.Pattern[str]  # a word of a condition ("if", "falls")
    lead_in_word: re.Pattern[str]  # the same words anywhere ("Ticket sales start at 10am")
    end_line: re.Pattern[str]  # just after a programme line's time: "End", "Einde workshop"
    # the same three as whole words of a list item's label before its time ("- Official close:
    # 1:00 PM"; not the "end" of "Legend of Zelda quiz"): start, end, lead-in
    label_cues: tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]
    clock_word: re.Pattern[str]  # a word a time ends with: "Uhr", "uur", "pm"
    start_word: re.Pattern[str]  # a word of starting ("starts", "börjar")
    start_after: re.Pattern[str]  # a start's verb right after its time ("19:00 uur beginnen")
    all_words: re.Pattern[str]  # a word for all of something ("Alla deltävlingar")
    runs: re.Pattern[str]  # right before hours from and to, their start's ("meetings run")
    of_words: frozenset[str]  # "of" between a label's head and what it is about
    dated_notice: re.Pattern[str]  # a title dating a notice ("Newsletter", "Price changes")
    this_weekday: re.Pattern[str]  # before a weekday: today when it is that weekday
    this_week: re.Pattern[str]  # "this week": a bare weekday said on its own day is that day
    next_weekday: re.Pattern[str]  # just before a weekday: the one of the week after
    next_one: re.Pattern[str]  # shortly before a day: the next of a series falls on it
    first_night: re.Pattern[str]  # in a title, right before its day: a show opens on it
    next_week: re.Pattern[str]  # "next week", "nästa vecka"
    no_this_week: re.Pattern[str]  # a negation just before "this week" ("no meeting this week")
    was_after: re.Pattern[str]  # right after "this week": told of ("This week was great")
    words_not_months: tuple[str, ...]  # month names that are words when not capitalised
    clock_12h: bool  # "at 7:30" without am/pm is read in the afternoon or evening
    dot_times: bool  # "18.30" alone is a time
    bare_hour_after_prefix: bool  # "kl 19": an hour alone is a time after a time prefix
    bare_hour_after_date: frozenset[str]  # prefixes of an hour alone right after a date ("at")
    bare_hour_clause_end: re.Pattern[str]  # what may follow that hour ("in the Guildhall")
    # cues the scorer weighs: a date put forward, not fixed; a schedule of work; a role
    # changing hands; a heading or list lead-in of past items
    proposal: re.Pattern[str]
    work: re.Pattern[str]
    role: re.Pattern[str]
    past_lead: re.Pattern[str]


def _build(mod: ModuleType) -> LangPatterns:
    for name in [*mod.RELATIVE_DAYS, *mod.WEEKDAYS, *mod.NAMED_DAYS]:
        if not any(cue in name for cue in mod.RELATIVE_CUES):
            raise ValueError(f"{mod.LANG}: {name!r} holds none of RELATIVE_CUES")
    full_months = [m for m in mod.MONTHS if len(m) >= 4 and m not in ("sept", "febr")]
    short_months = [m for m in mod.MONTHS if m not in full_months]
    typo = r"(?:[" + _L + r"](?![" + _L + r"]))?" if mod.LANG == "sv" else ""
    month = (
        r"(?P<mon>(?:" + _alt(full_months) + r")" + typo + r"|(?:" + _alt(short_months) + r")\.?)"
        r"(?![" + _L + r"])"
    )
    wd_long = _alt(list(mod.WEEKDAYS))
    wd_abbr = _alt(list(mod.WEEKDAY_ABBR))
    weekday = (
        r"(?P<wd>(?:" + wd_long + r")" + mod.WEEKDAY_SUFFIX + r"|(?:" + wd_abbr + r")\.?)"
        r"(?![" + _L + r"])"
    )
    # ("Saturday,11th February": a comma may stand for the space)
    wd_prefix = r"(?:" + weekday + r"(?:[.,]\s*|\s+)" + mod.DAY_PREFIX + r"?)?"
    # (a number after a word of five letters or more and a hyphen is the word's, unless the
    # word is a month's name: "28 March-3 April")
    word_number = r"(?:(?<![" + _L + r"]{5}-)|" + "|".join(
        f"(?<={re.escape(m)}-)" for m in mod.MONTHS if len(m) >= 5) + ")"
    day = (
        # (not a name's number: "COVID-19 March 3", "Python-3"; but "22nd-24th", "Sep-1 Oct")
        r"(?<![\d.:/#])(?<!\d,)" + word_number + r"[0-3]?\d" + mod.ORDINAL
        + r"(?!\d|:\d)(?!\.\d)(?!\s*[ap]\.?m\b)"
        r"(?![" + mod.HOUR_LETTERS + r"](?:[0-5]\d)?(?![" + _L + r"]))"  # "16h", "16h30": a time
        # "April 22nd, 5-6pm": the hours of the day before, not a day
        r"(?![-–][01]?\d(?:[:.][0-5]\d)?\s*[ap]\.?m\b)"
    )
    and_words = mod.AND_WORDS
    # at most MAX_LISTED days: a list of hundreds ("1, 1, 1, ...") would otherwise be read
    # to its end from each of its days, in time that grows with the square of its length
    # "6, 7 and 8", "9-10", "19.-20.", "Monday 23 to Thursday 26" (a weekday may stand before a
    # later day)
    any_weekday = r"(?:(?:" + wd_long + r")" + mod.WEEKDAY_SUFFIX + r"|(?:" + wd_abbr + r")\.?)"
    # ("26/27 May": two days of a month written with a slash, a span)
    slashed_day = r"/[0-3]?\d" + mod.ORDINAL + r"(?![\d/]|:\d)(?!\.\d)"
    day_list = (
        # (a comma before the last "and" too: "May 3, 4, and 5", "June 5, 12, & 19")
        # (a short aside may follow a day: "October 24th (Lindy) and 26th (Tap)")
        r"(?P<dd>" + day + r"(?:" + _ASIDE + r"?\.?\s*(?:-|–|—|,\s*(?:" + and_words
        + r")(?![" + _L + r"])|,|\+|"
        + and_words + r"|(?<=\s)(?:" + mod.RANGE_WORDS
        + r")(?=\s))\s*(?:" + any_weekday + r"[.,]?\s+)?" + mod.DAY_PREFIX + r"?"
        + day + r"|" + slashed_day + r"){0," + str(MAX_LISTED - 1) + r"})"
    )
    # (after a short aside: "24 en 26 april (herhaling) 2009")
    # (a year of history too, after a month's name: "19 November 1881" is no coming November's;
    # but one that could be a 24-hour clock's time is that: "10 February 1700-1800")
    year = (r"(?:,?\s+(?:\([^()\d\n]{1,24}\)\s+)?(?P<y>(?:19|20)\d\d|1[6-8][6-9]\d)"
            r"(?![\d]))?")
    date_dm = re.compile(
        # ("18.oktober": the day's dot may stand for the space)
        # ("21-Jan", "21-Jan-2016": a day, a hyphen and a month's name)
        wd_prefix + mod.DAY_PREFIX + r"?" + day_list + r"(?:\.?(?:\s+of)?\s+|\.|-(?=[" + _L
        + r"]))" + month + r"(?:-(?P<y2>(?:19|20)\d\d)(?!\d)|" + year + r")",
        _FLAGS,
    )
    date_md = None
    if mod.MONTH_FIRST:  # (not into a day of the next month: "April 11th and the 9th of May")
        date_md = re.compile(
            wd_prefix + month + r"\s+" + mod.DAY_PREFIX + r"?" + day_list
            + r"(?![" + _L + r"])(?!\.?(?:\s+of)?\s+(?:" + _alt(list(mod.MONTHS)) + r")(?![" + _L
            + r"]))" + year,
            _FLAGS,
        )
    date_iso = re.compile(
        wd_prefix + r"(?<![\d-])(?P<y>(?:19|20)\d\d)-(?P<m>1[0-2]|0?[1-9])-(?P<d>[0-3]?\d)(?![\d])",
        _FLAGS,
    )
    any_month = r"(?:" + _alt(list(mod.MONTHS)) + r")(?![" + _L + r"])"
    date_wd_day = re.compile(
        r"(?<![" + _L + r"\-])" + weekday + r"[.,]?\s+" + mod.DAY_PREFIX + r"?(?P<d>" + day + r")"
        # "Sunday 6 days prior to": a count, not a day of the month
        r"(?!\s+(?:days?|weeks?|dagar|dager|dage|veckor|uker|uger)\b)"
        r"(?!\.?(?:\s+of)?\s+" + any_month + r")(?!\s*[-–—/.]\s*\d)(?!\s*(?:-|–|—|,|"
        + and_words + r")\s*" + mod.DAY_PREFIX + r"?\d)"
        # (hours: "den Samstag 10 bis 18 Uhr"; not "Saturday 14 until 6 in the evening")
        r"(?!\s+(?:" + mod.RANGE_TIME_WORDS + r")\s+\d{1,2}(?:[:.]\d\d)?\s*(?:" + mod.OCLOCK
        + r")(?![" + _L + r"]))"
        # (nor from an hour of the clock to another: "Monday to Friday, 9 to 5", "lördag 10 till
        # 16"; a day past 12 stays one, "Saturday 14 until 6")
        r"(?!(?:(?<=\D[1-9])|(?<=\D1[0-2]))\s+(?:" + mod.RANGE_TIME_WORDS + r")\s+\d{1,2}"
        r"(?![\d]|[.:/]\d)(?!\s*(?:st|nd|rd|th)\b)(?!\.?(?:\s+of)?\s+" + any_month + r"))",
        _FLAGS,
    )
    date_slash = date_dot = date_wd_slash = None
    if not mod.NUMERIC_SLASH:
        date_wd_slash = re.compile(
            r"(?:" + weekday + r"[.,]?\s+)?(?<![\w/.,:-])(?P<a>[0-3]?\d)/(?P<b>[0-3]?\d)"
            r"(?:/(?P<y>(?:19|20)?\d\d))?(?![\d/])"
            # or the weekday after it, as a listing writes it ("02/09 Wed 1900: ...")
            r"(?:[.,]?\s+" + weekday.replace("?P<wd>", "?P<wd2>") + r"\b)?",
            _FLAGS,
        )
    if mod.NUMERIC_SLASH:
        date_slash = re.compile(
            wd_prefix + r"(?:den\s+)?(?<![\w/.,:-])(?P<dd>[0-3]?\d(?:\s*[-–]\s*[0-3]?\d)?)"
            r"/(?P<m>1[0-2]|0?[1-9])(?:(?:/|\s+)(?P<y>(?:19|20)\d\d))?(?![\d/])",
            _FLAGS,
        )
    if mod.NUMERIC_DOT:
        date_dot = re.compile(
            r"(?:" + weekday + r"[.,]?\s+(?:(?:" + mod.DOT_DAY_PREFIX + r")\s+)?|\b(?P<den>"
            + mod.DOT_DAY_PREFIX + r")\s+)?(?<![\w.,:])"
            r"(?P<dd>[0-3]?\d(?:\.?\s*[-–+]\s*[0-3]?\d|\./[0-3]?\d|\.)?)\."
            # (a space after a dot, where the year follows: "am Samstag, dem 25. 07.2015")
            r"(?:[ ](?=(?:1[0-2]|0?[1-9])\.[ ]?(?:19|20)\d\d))?(?P<m>1[0-2]|0?[1-9])"
            # ("16.10.21": a two-digit year after a two-digit day and month only, not a
            # version, "3.10.12")
            r"(?:\.(?:[ ](?=(?:19|20)\d\d))?(?P<y>(?:19|20)\d\d|(?<=\b\d\d\.\d\d\.)\d\d))?"
            r"(?![\d])(?!\.\d)"
            # (not a time of the clock: "Thursday 3.10am", "7.30 p.m.")
            r"(?!\s?(?:p\.?m\.?|a\.m\.?)(?![a-z])|am(?![a-z]))",
            _FLAGS,
        )
    rel_day = re.compile(
        r"\b(?P<rel>" + _alt(list(mod.RELATIVE_DAYS)) + r")(?![" + _L + r"])", _FLAGS
    )
    # (a weekday's own: "Sunday's sermon" is as often the one before; "this Thursday's
    # meeting" the one to come)
    said_wd = r"(?P<wd>(?:" + wd_long + r")" + mod.WEEKDAY_SUFFIX + r")(?![" + _L + r"])"
    long_wd = said_wd + r"(?!['’]s)"
    not_after = r"(?<!\b" + mod.DAY_PART_NOT_AFTER + r")" if mod.DAY_PART_NOT_AFTER else ""
    # a clock time written so that it is one: "10:00", "10.30", "10am", "12-4pm", "12-16 Uhr"
    clock = (r"\d{1,2}[:.][0-5]\d(?![\d.:]?\d)|\d{1,2}(?:\s*[-–]\s*\d{1,2}(?:[:.][0-5]\d)?)?"
             r"\s*(?:(?:" + mod.AM_PM + r")\.?\s?m\b|(?:" + mod.OCLOCK + r")(?![" + _L + r"]))")
    # (and the weekdays ending the span or list it opens: "lördag och söndag kl. 12-16",
    # "Friday, Saturday and Sunday, 10am-4pm")
    span_end = (r"(?:(?:\s*(?:-|–|—|&|,)\s*|,?\s+(?:" + and_words + "|" + mod.RANGE_WORDS
                + r")\s+)(?:" + wd_long + ")" + mod.WEEKDAY_SUFFIX + r"(?![" + _L + r"]))"
                r"{0,6}")  # (bounded: a list of weekdays is a week long, and each is scanned)
    rel_weekday = re.compile(
        r"\b(?:(?P<pre>" + mod.WEEKDAY_REL_PREFIX + r"|(?:" + mod.SPAN_FROM + r")(?=\s+(?:"
        + wd_long + r")" + mod.WEEKDAY_SUFFIX + r"\s+(?:" + mod.RANGE_WORDS + r")\s+(?:" + wd_long
        + r")))\s+" + said_wd + r"|" + not_after
        + long_wd.replace("?P<wd>", "?P<wd2>")
        # "Saturday night", or a weekday then its time ("tirsdag fra kl 17-18", "Tuesday at 7",
        # "Saturday 10am-4pm", "Saturday-Sunday, 12-4pm")
        + r"\s*(?P<part>(?:" + mod.DAY_PART + r")(?![" + _L + r"])|(?=" + span_end + r"[ ,]*"
        r"(?:(?:" + mod.TIME_PREFIX + r")\s*\d|" + clock + r"))|(?P<cop>(?=(?:"
        + mod.WEEKDAY_COPULA + r")\s))))",
        _FLAGS,
    )
    bare_weekday = re.compile(r"^\W*" + long_wd, _FLAGS)
    counted_day = None
    if mod.COUNT_UNITS:  # "in" N units, or N units "away": the one form or the other
        count = (r"(?P<n>\d{1,2}|" + _alt([k for k, v in mod.NUMBERS.items() if v == int(v)])
                 + r")\s+(?P<u>" + _alt(list(mod.COUNT_UNITS)) + r")(?![" + _L + r"])")
        counted_day = re.compile(
            r"\b(?:(?P<pre>" + mod.COUNTED_BEFORE + r")\s+)?(?:(?P<loose>" + mod.COUNTED_LOOSE
            + r")\s+)?" + count
            + r"(?:(?:['’]s?)?\s+time)?(?!\s+or\b)(?P<post>\s+(?:" + mod.COUNTED_AFTER + r")\b)?",
            _FLAGS,
        )
    next_week_day = re.compile(
        r"\b(?:" + mod.NEXT_WEEK + r")\s+(?:(?:" + mod.NEXT_WEEK_ON + r")\s+)?" + long_wd
        + r"|\b" + long_wd.replace("?P<wd>", "?P<wd2>") + r"\s+(?:(?:" + mod.NEXT_WEEK_ON
        + r")\s+)?(?:" + mod.NEXT_WEEK + r")\b",
        _FLAGS,
    )
    time_pre = (
        r"(?:(?P<endpre>\b(?:" + mod.END_PREFIX + r"))|(?P<pre>\b(?:" + mod.TIME_PREFIX + r")))"
        r"\s*"
    )
    time_atom = re.compile(
        r"(?:" + time_pre + r")?"
        # "16h30", "15h": the French (and CERN) way (not a room's "D17h")
        r"(?:(?P<hh>(?<![\d:,/" + _L + r"])(?<!\d\.)(?:[01]?\d|2[0-3]))[" + mod.HOUR_LETTERS
        + r"](?P<hm>[0-5]\d)?"
        r"(?![\d" + _L + r"])"
        r"|(?P<hhmm>(?<![\d:,/])(?<!\d\.)(?:[01]\d|2[0-3])[0-5]\d)(?![\d/])(?!:\d)(?![.,]\d)"
        r"(?!\s?(?:" + mod.AM_PM + r")\.?\s?m\b)"
        # (not the hour and minutes of a timestamp, "07:59:17"; "630pm", "1030am" run together;
        # not a German year before its day, "Versammlung 2015 am Samstag")
        r"|(?P<h>(?<![\d:,/])(?<!\d\.)(?:[01]?\d|2[0-3]))(?:(?P<sep>[:.])(?P<m>[0-5]\d)"
        r"|(?P<m2>[0-5]\d)(?=\s?(?:" + mod.AM_PM + r")\.?\s?m\b))?(?![\d])(?!:[0-5]\d)"
        r"(?:\s*(?P<ap>" + mod.AM_PM + r")\.?\s?m\b\.?"
        # (the letter alone after minutes on the five, "8:45a" (not a verse's "8:28a"), or
        # after "at"/"from" an hour as AM_PM_LETTER_AFTER_HOUR allows: "at 7p in 266 Dreese")
        + (r"|(?<=:[0-5][05])(?P<ap1>" + mod.AM_PM_LETTER + r")(?![\w])|(?(pre)(?P<ap2>"
           + mod.AM_PM_LETTER_AFTER_HOUR + r")|(?!))" if mod.AM_PM_LETTER else "")
        + r"|\s*(?P<noon>" + mod.NOON + "|" + mod.MIDNIGHT
        + r")\b"
        r"|\s*(?P<oclock>" + mod.OCLOCK + r")(?![" + _L + r"]))?"
        r"|(?P<noonly>\b(?:" + mod.NOON + r"))\b"
        + (r"|(?P<wh>\b(?:" + _alt(list(mod.CLOCK_WORDS)) + r"))\s+(?:" + mod.OCLOCK + r")(?!["
           + _L + r"])" if mod.CLOCK_WORDS else "")
        + (r"|(?P<half>\b(?:" + mod.HALF_HOUR + r"))\s+(?P<hh2>1[0-2]|[1-9]"
           + "".join("|" + w for w in mod.CLOCK_WORDS) + r")(?:\s?(?P<ap3>" + mod.AM_PM
           + r")\.?\s?m\b\.?)?(?![\d" + _L + r"]|[:.]\d)(?=\s*(?:[^\w\s]|$|(?:"
           + mod.HALF_HOUR_AFTER + r")\b))"
           if mod.HALF_HOUR else "")
        + r")",
        _FLAGS,
    )
    time_gap = re.compile(
        r"\s*(?:-|–|—|‐|(?:" + mod.RANGE_TIME_WORDS + r")\b)\s*"
        r"(?:(?:" + mod.APPROX + r")\s*)?(?:" + mod.TIME_PREFIX + r")?\s*",
        _FLAGS,
    )
    range_gap = re.compile(
        r"\s*(?:-|–|—|‐|(?:" + mod.RANGE_WORDS + r")\b)\s*" + mod.DAY_PREFIX + "?", _FLAGS
    )
    between_before = re.compile(r"\b(?:" + mod.BETWEEN + r")\s*$", _FLAGS)
    return LangPatterns(
        lang=mod.LANG,
        months=mod.MONTHS,
        weekdays={**mod.WEEKDAYS, **mod.WEEKDAY_ABBR},
        numbers=mod.NUMBERS,
        clock_words=dict(mod.CLOCK_WORDS),
        relative_days={k.replace(" ", ""): v for k, v in mod.RELATIVE_DAYS.items()},
        tomorrow=re.compile(mod.TOMORROW) if mod.TOMORROW else None,
        today_words=frozenset(mod.TODAY_WORDS),
        yesterday=re.compile(r"\b(?:" + mod.YESTERDAY + r")\b[\s,]*(?:(?:" + wd_long + r")"
                             + mod.WEEKDAY_SUFFIX + r"[\s,]*)?(?:" + mod.DAY_PREFIX + r")?$",
                             _FLAGS),
        date_dm=date_dm,
        month_anchor=re.compile(
            r"(?<![" + _L + r"])(?:" + _alt(list(mod.MONTHS)) + r")", _FLAGS
        ),
        date_joins=DateJoins(  # (on text as written: capitals and all)
            re.compile(r"(?<!\d\d)\d" + mod.ORDINAL + r"\.?$", _FLAGS | re.IGNORECASE),
            re.compile(r"(?:" + _alt(list(mod.MONTHS)) + r")(?![" + _L + r"])",
                       _FLAGS | re.IGNORECASE),
            re.compile(r"(?<![" + _L + r"])(?:" + mod.BEFORE_DATE + r")$"),
        ),
        date_md=date_md,
        date_iso=date_iso,
        date_wd_day=date_wd_day,
        date_slash=date_slash,
        date_wd_slash=date_wd_slash,
        date_wd_dash=re.compile(
            r"(?:" + weekday + r"[.,]?\s+)?(?<![\w./-])(?P<a>[0-3]?\d)-(?P<b>[0-3]?\d)-"
            r"(?P<y>(?:19|20)\d\d)(?![\d-])", _FLAGS)
        if date_wd_slash is not None and not mod.NUMERIC_DASH else None,
        date_day_only=re.compile(mod.DAY_ONLY, _FLAGS) if mod.DAY_ONLY else None,
        slash_date_label=mod.SLASH_DATE_LABEL and re.compile(mod.SLASH_DATE_LABEL, _FLAGS),
        date_dot=date_dot,
        date_dash=re.compile(
            r"(?:" + weekday + r"[.,]?\s+)?(?<![\w./-])(?P<dd>[0-3]?\d)-(?P<m>1[0-2]|0?[1-9])-"
            r"(?P<y>(?:19|20)\d\d)(?![\d-])", _FLAGS) if mod.NUMERIC_DASH else None,
        rel_day=rel_day,
        this_weekend=re.compile(r"\b(?:" + mod.THIS_WEEKEND + r")(?![" + _L + r"])", _FLAGS),
        prefilter=re.compile(
            _alt([*mod.RELATIVE_DAYS, *mod.NAMED_DAYS, *mod.COUNT_UNITS]) + "|" + wd_long + "|"
            + mod.THIS_WEEKEND + ("|" + mod.TOMORROW if mod.TOMORROW else ""), _FLAGS
        ),
        named_days=dict(mod.NAMED_DAYS),
        named_day=re.compile(
            r"(?<![" + _L + r"\d.])(?P<name>" + _alt(list(mod.NAMED_DAYS)) + r")(?![" + _L + r"])"
            r"(?:,?\s+(?P<y>(?:19|20)\d\d)(?!\d))?",
            _FLAGS,
        ),
        relative_cues=tuple(re.compile(re.escape(cue)) for cue in mod.RELATIVE_CUES),
        weekday_names=tuple(mod.WEEKDAYS),
        weekday_part=re.compile(mod.WEEKDAY_PARTS, _FLAGS),
        rel_weekday=rel_weekday,
        dot_date_next=re.compile(
            r"\.?\s*(?:-|–|—|(?:" + mod.RANGE_WORDS + r")\b)\s*" + DOTTED_DAY
            # or the first of a list, with its day's dot ("10.1. / 17.1. / 24.1.")
            + r"|\.\s*(?:,|/|\b(?:" + and_words + r")\b)\s*" + DOTTED_DAY,
            _FLAGS) if mod.DOTTED_DAYS else None,
        dot_date_before=re.compile(
            r"(?<![\d.])" + DOTTED_DAY + r"\s*(?:-|–|—|\b(?:" + mod.RANGE_WORDS + r"))\s*$",
            _FLAGS) if mod.DOTTED_DAYS else None,
        dot_date_listed=re.compile(
            r"(?<![\d.])" + DOTTED_DAY + r"\s*(?:,|/|\b(?:" + and_words + r")\b)\s*$",
            _FLAGS) if mod.DOTTED_DAYS else None,
        dotted_days=re.compile(r"\d{1,2}\.\s*[-–—]") if mod.DOTTED_DAYS else None,
        counted_day=counted_day,
        count_units=dict(mod.COUNT_UNITS),
        next_week_day=next_week_day,
        bare_weekday=bare_weekday,
        day_list=re.compile(r"[0-3]?\d", _FLAGS),
        range_gap=range_gap,
        range_word=re.compile(r"[-–—/]|\b(?:" + mod.RANGE_WORDS + r")\b", _FLAGS),
        between_before=between_before,
        time_atom=time_atom,
        time_gap=time_gap,
        duration=re.compile(r"\b" + mod.DURATION, _FLAGS),
        event=re.compile(r"(?:" + mod.EVENT_STEMS + r")", _FLAGS),
        deadline_before=re.compile(
            # (and its weekday and hour before the date: "by Tuesday 4pm 19th March")
            r"\b(?:" + mod.DEADLINE_BEFORE + r")\s*[:,]?\s*"
            r"(?:(?:" + mod.DEADLINE_FILLER + r"|(?:" + wd_long + r")" + mod.WEEKDAY_SUFFIX
            + r",?|\d{1,2}(?:[:.]\d\d)?\s*(?:(?:" + mod.AM_PM + r")\.?\s?m\b\.?)?,?)\s+)*$",
            _FLAGS,
        ),
        deadline_sentence=re.compile(r"\b(?:" + mod.DEADLINE_SENTENCE + r")", _FLAGS),
        cancel=re.compile(r"\b(?:" + mod.CANCEL + r")", _FLAGS),
        # (in a clause of its own: not "cancelling the next meeting on", "cancelled again on")
        resumed=re.compile(r"(?:[;,]|\s[-–—]\s|\b(?:" + mod.CLAUSE_JOIN
                           + r")\b)[^;,.!?]{0,80}?\b(?:" + mod.RESUMED + r")", _FLAGS),
        # ("@Strike": a venue or an account, not a strike)
        operational=re.compile(r"(?<!@)\b(?:" + mod.OPERATIONAL + r")", _FLAGS),
        holiday=re.compile(r"\b(?:" + mod.HOLIDAY + r")", _FLAGS),
        admin=re.compile(r"\b(?:" + mod.ADMIN + ")", _FLAGS),
        past=re.compile(mod.PAST, _FLAGS),
        future=re.compile(mod.FUTURE, _FLAGS),
        report=re.compile(mod.REPORT, _FLAGS),
        recurrence=re.compile(mod.RECURRENCE, _FLAGS),
        monthly=re.compile(mod.MONTHLY, _FLAGS) if mod.MONTHLY else None,
        task=re.compile(r"^\W*(?:" + mod.TASK + r")\s*:", _FLAGS) if mod.TASK else None,
        pause=re.compile(mod.PAUSE, _FLAGS) if mod.PAUSE else None,
        suits=re.compile(mod.SUITS, _FLAGS) if mod.SUITS else None,
        timetable=re.compile(mod.TIMETABLE, _FLAGS),
        or_gap=re.compile(r"[\s,]*(?:" + mod.OR_WORDS + r")\s+(?:\w+\s+){0,2}", _FLAGS),
        undecided=re.compile(mod.UNDECIDED, _FLAGS),
        fallback=re.compile(r"(?:" + mod.FALLBACK + r")[^.!?]{0,30}$", _FLAGS),
        same_day=re.compile(
            r"\b(?:" + _alt([k for k, v in mod.RELATIVE_DAYS.items() if v == 0]) + r")\b", _FLAGS
        ),
        new_date=re.compile(r"\b(?:" + mod.NEW_DATE + r")", _FLAGS),
        past_after=re.compile(r"[\s,]*(?:" + mod.PAST_AFTER + r")\b", _FLAGS),
        no_one_thing=re.compile(r"\s*[-–—:]\s*(?:" + mod.NO_ONE_THING + r")\s*[.!]?\s*$", _FLAGS)
        if mod.NO_ONE_THING else None,
        past_verb_after_date=re.compile(r"\.?[\s,]*(?:" + mod.PAST_VERB_AFTER_DATE + r")\s+(?:"
                                        + mod.PAST_VERB_SUBJECT + r")\b", _FLAGS)
        if mod.PAST_VERB_AFTER_DATE else None,
        past_subject_after=re.compile(r"[\s,]*(?:" + mod.SUBJECTS + r")\s+" + mod.PAST, _FLAGS),
        # ("Updated Post: December 20, 2021": a word of what was updated may follow, or what
        # it was updated with: "Updated with Signatures 17-4-2014")
        dateline=re.compile(r"^\W*(?:" + mod.DATELINE + r")(?:\s+(?:" + mod.DATELINE_OF
                            + r"|with\s+(?!new\b)\w+(?:\s+\w+)?))?\W*(?:on\s+)?$", _FLAGS),
        release=re.compile(r"\b(?:" + mod.RELEASE + r")\W*$", _FLAGS),
        minutes_of=re.compile(r"\b(?:" + mod.MINUTES_OF + r")\s*$", _FLAGS),
        update_line=re.compile(r"\W*(?:" + mod.DATELINE + r")\s*[:\-–]", _FLAGS),
        dateline_after=re.compile(r"[\s,:.\-–]*(?:" + mod.DATELINE + r")\b", _FLAGS),
        effective=re.compile(mod.EFFECTIVE, _FLAGS),
        former=re.compile(r"\b(?:" + mod.FORMER + r")\s+(?:\w+\s+){0,3}$", _FLAGS),
        not_on=re.compile(r"\b(?:" + mod.NOT_ON + r")\s+$", _FLAGS),
        miss_before=re.compile(r"\b(?:" + mod.MISS + r")\b(?:\W+\w+){0,3}\W*$", _FLAGS),
        moved_from=_moved(mod.MOVED, mod.MOVED_FROM),
        moved=re.compile(r"\b(?:" + mod.MOVED + r")\b", _FLAGS),
        title_cancel=re.compile(r"^\W*(?:" + mod.TITLE_CANCEL + r")(?:\W|$)|(?:^|\W)(?<!\bnot\s)"
                                r"(?<!\bun-)(?:" + mod.TITLE_CANCEL + r")\W*$", _FLAGS),
        opening=re.compile(mod.OPENING, _FLAGS),
        from_before=re.compile(r"\b(?:" + mod.MOVED_FROM + r")\s*$", _FLAGS),
        schedule_from=re.compile(r"\b(?:" + mod.SCHEDULE_FROM + r")\s*$", _FLAGS),
        to_word=re.compile(r"[\s.,]*(?:" + mod.MOVED_TO + r")\s+", _FLAGS),
        moved_to=_moved(mod.MOVED, mod.MOVED_TO),
        report_title=re.compile(mod.REPORT_TITLE, _FLAGS),
        recap=re.compile(mod.RECAP, _FLAGS),
        for_start=mod.FOR_START and (
            re.compile(r"\s*(?:" + mod.FOR_START[0] + r")\s*", _FLAGS),
            re.compile(r"\s*(?:" + mod.FOR_START[1] + r")\b", _FLAGS),
        ),
        deictic=re.compile(mod.DEICTIC, _FLAGS),
        this_weekday=re.compile(mod.THIS_WEEKDAY, _FLAGS),
        this_week=re.compile(r"\b(?:" + mod.THIS_WEEK + r")\b", _FLAGS),
        next_weekday=re.compile(r"\b(?:" + mod.NEXT_WEEKDAY + r")\s*$", _FLAGS),
        # (a word between: "the next swap on", not "next Tuesday, 15 April", a weekday's)
        first_night=re.compile(mod.FIRST_NIGHT, _FLAGS),
        next_one=re.compile(r"\b(?:" + mod.NEXT_ONE + r")(?![" + _L + r"])(?![\s,]+(?:" + wd_long
                            + r"))[\s,]+[" + _L + r"][^.!?:;()\d\n]{0,40}$", _FLAGS),
        next_week=re.compile(r"\b(?:" + mod.NEXT_WEEK + r")\b", _FLAGS),
        no_this_week=re.compile(r"\b(?:" + mod.NO_WORDS + r")\b(?:[^\w:;]+\w+){0,3}[^\w:;]+$",
                                _FLAGS),
        was_after=re.compile(r"[\s,]*(?:" + mod.WAS + r")\b", _FLAGS),
        # ("every Thursday", and "every second Thursday", "each other week's")
        every_before=re.compile(r"\b(?:" + mod.EVERY + r")\s+(?:[" + _L + r"\d]+\s+)?$", _FLAGS),
        gone_weekday_before=re.compile(r"\b(?:" + mod.GONE_WEEKDAY + r")\s+$", _FLAGS)
        if mod.GONE_WEEKDAY else None,
        week_of_month_before=re.compile(
            r"\b(?:" + _alt(list(mod.WEEK_OF_MONTH)) + r")\s+$", _FLAGS),
        every_weekday=re.compile(
            r"\b(?:" + mod.EVERY + r")\s+(?:[" + _L + r"\d]+\s+)?" + long_wd, _FLAGS
        ),
        week_of_month=dict(mod.WEEK_OF_MONTH),
        denied_before=re.compile(r"\b(?:" + mod.NO_WORDS + "|" + mod.EXCEPT_WORDS
                                 + r")\b(?:[^\w:;]+\w+){0,2}[^\w:;]+$", _FLAGS),
        weekday_word=re.compile(r"\b(?P<wd>" + wd_long + r")[" + _L + r"]{0,3}(?![" + _L + r"])",
                                _FLAGS),
        weekday_span=re.compile(
            r"(?:\s*(?:-|–|—|&)\s*|\s+(?:" + and_words + "|" + mod.RANGE_WORDS + r")\s+)"
            + long_wd, _FLAGS
        ),
        working_week=re.compile(
            r"\b(?:" + _alt([w for w, d in mod.WEEKDAYS.items() if d == 0]) + r")"
            + mod.WEEKDAY_SUFFIX + r"\s*(?:-|–|—|(?:" + mod.RANGE_WORDS + r")\b)\s*(?:"
            + _alt([w for w, d in mod.WEEKDAYS.items() if d in (3, 4, 5)]) + r")"
            + mod.WEEKDAY_SUFFIX + r"(?![" + _L + r"])", _FLAGS),
        continuation=re.compile(r"^\W*(?:" + mod.CONTINUATION + r")\b", _FLAGS),
        ends=re.compile(mod.ENDS, _FLAGS),
        and_gap=re.compile(r"\s*(?:" + and_words + r")\s*" + mod.DAY_PREFIX + "?", _FLAGS),
        arrive_for=re.compile(r"\s*(?:" + mod.ARRIVE_FOR + r")\s*", _FLAGS)
        if mod.ARRIVE_FOR else None,
        arrive_not_before=re.compile(r"\s*(?:" + mod.ARRIVE_NOT_BEFORE + r")\b", _FLAGS)
        if mod.ARRIVE_NOT_BEFORE else None,
        pm_before=re.compile(r"(?:" + mod.PM_BEFORE + r")\s*$", _FLAGS),
        pm_after=re.compile(r"\s*(?:" + mod.PM_AFTER + r")(?![" + _L + r"])", _FLAGS),
        am_after=re.compile(r"\s*(?:" + mod.AM_AFTER + r")(?![" + _L + r"])", _FLAGS)
        if mod.AM_AFTER else None,
        and_time_gap=re.compile(
            r"\s*(?:" + and_words + r")\s*(?:" + mod.TIME_PREFIX + r")?\s*", _FLAGS
        ),
        # "and" or "or" closing a list of times ("at 2.00pm, 4.00pm or 6.00pm"; not two alone,
        # "starting 7pm or 7.30pm": one, whichever)
        list_end_gap=re.compile(
            r",?\s*(?:" + and_words + "|" + mod.OR_WORDS + r")\s*(?:" + mod.TIME_PREFIX
            + r")?\s*", _FLAGS
        ),
        count_prefix=re.compile(r"(?:" + mod.COUNT_PREFIX + r")", _FLAGS),
        between_time=re.compile(
            r"\b(?:" + mod.BETWEEN + r")\s*(?:(?:" + mod.TIME_PREFIX + r")\s*)?$", _FLAGS
        ),
        midnight=re.compile(mod.MIDNIGHT, _FLAGS | re.I),
        hhmm_prefixes=mod.HHMM_PREFIXES,
        time_words=mod.TIME_WORDS,
        # every form time_atom reads, loosely: "18:00", "18.30", "19h", "6pm", "1800", "at 7",
        # "7 o'clock", "12 noon", "18 presis"
        clock_hint=re.compile(
            r"\d[:.h]|\d\s?[ap]\.?\s?m\b|\b(?:[01]\d|2[0-3])[0-5]\d\b|\b(?:" + mod.TIME_PREFIX
            + r")\s*\d|\d\s*(?:" + mod.OCLOCK + "|" + mod.NOON + "|" + mod.MIDNIGHT + r")",
            _FLAGS,
        ),
        # (after a word or two that say whose: "Walkers start:", "Start time:"; or in one word
        # with them, where the language joins them: "Spielbeginn:", "Starttid:")
        time_label=re.compile(r"\W*(?:[" + _L + r"]+[\s-]+){0,2}"
                              + (r"[" + _L + r"]*" if mod.LANG != "en" else "")
                              + r"(?:" + mod.TIME_LABEL + r")" + _LABEL_END, _FLAGS),
        time_opening=re.compile(r"\W*(?:" + mod.TIME_LABEL + r")\b", _FLAGS),
        date_blank=re.compile(r"\b(?:" + mod.DATE_WORD + r")\b", _FLAGS),
        detail_label=re.compile(
            r"\W*(?:" + mod.DATE_WORD + "|" + mod.TIME_LABEL + r")" + _LABEL_END, _FLAGS),
        start_cue=re.compile(r"(?:" + mod.START_CUE + r")\W*(?:\w+\W+)?$", _FLAGS),
        start_line=re.compile(r"[\W_]*(?:\w*?)(?:" + mod.START_CUE + r")\b", _FLAGS),
        lead_in=re.compile(r"[\W_]*(?:" + mod.LEAD_IN + r")\b", _FLAGS),
        # (no word boundary after it: "Übersicht des Tagesablaufs:")
        day_agenda=re.compile(r"(?<![" + _L + r"])(?:" + mod.DAY_AGENDA + r")", _FLAGS),
        agenda_label=re.compile(r"\W*(?:" + mod.DAY_AGENDA + r")" + _LABEL_END, _FLAGS),
        rota=re.compile(r"(?<![" + _L + r"])(?:" + mod.ROTA + r")(?![" + _L + r"])", _FLAGS),
        condition=re.compile(r"(?<![" + _L + r"])(?:" + mod.CONDITION + r")(?![" + _L + r"])",
                             _FLAGS),
        lead_in_word=re.compile(r"\b(?:" + mod.LEAD_IN + r")\b", _FLAGS),
        end_line=re.compile(r"[\W_]*(?:" + mod.END_CUE + r")\b", _FLAGS),
        clock_word=re.compile(r"(?:" + mod.OCLOCK + r"|[ap]\.?m\.?)", _FLAGS),
        label_cues=tuple(re.compile(r"(?<![" + _L + r"])(?:" + cue + r")\b", _FLAGS)
                         for cue in (mod.START_CUE, mod.END_CUE, mod.LEAD_IN)),  # type: ignore[arg-type]
        start_word=re.compile(r"(?:" + mod.START_CUE + r")\b", _FLAGS),
        # the verb after its time, as Dutch and German put it ("om 19:00 uur beginnen")
        start_after=re.compile(r"\s+(?:\w+\s+)?(?:" + mod.START_CUE + r")\b", _FLAGS),
        runs=re.compile(r"\b(?:" + mod.RUNS + r")\s*$", _FLAGS),
        all_words=re.compile(r"\b(?:" + mod.ALL_WORDS + r")\b", _FLAGS),
        of_words=frozenset(mod.OF_WORDS),
        dated_notice=re.compile(r"\b(?:" + mod.DATED_NOTICE + r")", _FLAGS),
        not_time_before=re.compile(r"(?:" + mod.NOT_TIME_BEFORE + r")\s*$", _FLAGS),
        scripture=re.compile(r"(?:\b(?:" + mod.SCRIPTURE + r")|\(\s*(?:" + mod.SCRIPTURE_NAMES
                             + r"))\s*(?:\d\s*)?$", _FLAGS),
        not_time_after=re.compile(r"(?:" + mod.NOT_TIME_AFTER + r")", _FLAGS),
        zones={k.lower(): v for k, v in mod.ZONES.items()},
        # a zone's name, or a place's said as a time ("7:00 PM Cairo time": a city of the tz
        # database, looked up only when one is said; times.py)
        zone_after=re.compile(
            r"\s*[(,]?\s*(?:(?P<zone>" + _alt(list(mod.ZONES)) + r")(?![" + _L + r"])"
            r"(?:\s+(?:" + mod.ZONE_SUFFIX + r")(?![" + _L + r"]))?|(?P<city>[" + _L + r"]+"
            r"(?:[ -][" + _L + r"]+){0,2})\s+(?:" + mod.ZONE_SUFFIX + r")(?![" + _L + r"]))\)?",
            _FLAGS,
        ),
        words_not_months=mod.WORDS_NOT_MONTHS,
        clock_12h=mod.CLOCK_12H,
        dot_times=mod.DOT_TIMES,
        bare_hour_after_prefix=mod.BARE_HOUR_AFTER_PREFIX,
        bare_hour_after_date=frozenset(mod.BARE_HOUR_AFTER_DATE),
        bare_hour_clause_end=re.compile(
            r"\s*(?:$|[^\w\s]|(?:" + mod.AFTER_BARE_HOUR + r")\b)", _FLAGS
        ),
        proposal=re.compile(mod.PROPOSAL, _FLAGS),
        work=re.compile(mod.WORK, _FLAGS),
        role=re.compile(mod.ROLE, _FLAGS),
        past_lead=re.compile(mod.PAST_LEAD, _FLAGS),
    )


class _Grammars(Mapping[str, LangPatterns]):
    """Each language's patterns, built when first asked for. (A build reads a language or
    two of the six, and building all of them took a fifth of a second of every start;
    tests/test_events_grammar.py pins each to `_build` of its module.)"""

    def __init__(self, modules: dict[str, ModuleType]) -> None:
        self._modules = modules
        self._built: dict[str, LangPatterns] = {}

    def __getitem__(self, lang: str) -> LangPatterns:
        mod = self._modules[lang]
        if mod.LANG not in self._built:
            self._built[mod.LANG] = _build(mod)
        return self._built[mod.LANG]

    def __iter__(self) -> Iterator[str]:
        return iter(self._modules)

    def __len__(self) -> int:
        return len(self._modules)


GRAMMARS: dict[str, ModuleType] = {
    "sv": sv, "en": en, "da": da, "no": nb, "nb": nb, "nn": nb, "de": de, "nl": nl,
}
LANGS: Mapping[str, LangPatterns] = _Grammars(GRAMMARS)

