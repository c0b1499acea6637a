"""Infer dated events (webinars, meetings, classes...) from the prose of a post.

Pure functions over plain `re` and `datetime`; no I/O, no global mutable state.

Pipeline: markup -> plain-text sentences (text.py) -> date mentions (mentions.py) and clock
times (times.py) per sentence (sentences.py) -> candidates, a date with its time range
(candidates.py) -> certain rejections and evidence features (features.py) -> a learned
confidence (scorer.py) -> duplicates merged (here).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta
from functools import partial
from itertools import repeat

from herald.dates import day_of, is_day

from .calendar_links import LinkedEvent, calendar_link_events
from .candidates import (
    NEXT_LOOKAHEAD,
    PROGRAMME_LOOKAHEAD,
    WEEK_DAYS,
    Candidate,
    all_days,
    called_start,
    candidates,
    combine,
    lone_sitting,
    lone_time,
    named_days,
    programme_of_the_day,
    with_duration,
)
from .features import Memo, Page, assess
from .mentions import DAY_FIRST, slash_order, weekday_of
from .patterns import LANGS, LangPatterns
from .scorer import Scorer, shipped_scorer
from .sentences import (
    SegInfo,
    analyse,
    has_any,
    lowered,
    relative_words,
    segment_words,
)
from .text import Segment, segments, with_month_headed_days, without_strokes
from .times import TimeMention, time_mentions

__all__ = ["THRESHOLD", "Found", "Judged", "find_events", "judge", "judged_candidates",
           "patterns_for"]

# the confidence an inferred event needs (below it, a candidate): on the held-out sets 0.7
# keeps every true event 0.5 keeps and drops a tenth of the false ones (README, "Measured")
THRESHOLD = 0.7


@dataclass(frozen=True)
class Found:
    start: datetime | date
    end: datetime | date | None
    confidence: float
    evidence: str
    accepted: bool
    reason: str
    rrule: str = ""  # an RFC 5545 recurrence rule (a weekly series), without `RRULE:`


@dataclass(slots=True)
class Judged:
    """A candidate and its evidence, before it is scored."""

    start: datetime | date
    end: datetime | date | None
    evidence: str
    rejected: str  # a certain rejection's reason, else ""
    features: dict[str, float]
    notes: list[str]
    item: bool  # an all-day date of a list item (list items are kept apart when merging)
    # its start and end with the post's one stated time, for an all-day day outside a list
    timed: tuple[datetime, datetime | None] | None = None
    rrule: str = ""  # a weekly series' rule, as Candidate.rrule
    listed_in: int = -1  # for a list item's (or table row's) date, the block of its list


def patterns_for(lang: str) -> LangPatterns:
    """The grammar of a language tag; languages without one of their own read as English."""
    return LANGS.get(lang[:2].lower() if lang else "", LANGS["en"])


def _read(title: str, lead: str, body: str, lp: LangPatterns, published: datetime
          ) -> tuple[str, list[SegInfo], set[int], list[int]]:
    """A post's sentences read for dates: the text lower-cased, each segment's SegInfo (its
    dates worked out where it has a digit or a relative word), the segments with a digit, and
    those that may name a day."""
    pub = published.date()
    joins = lp.date_joins
    title, lead = without_strokes(title or ""), without_strokes(lead or "")
    body = with_month_headed_days(without_strokes(body or ""), lp.months)
    segs = segments(title or "", "title", block0=0, line0=0, dates=joins)
    segs += segments(lead or "", "lead", block0=10_000, line0=10_000, dates=joins)
    segs += segments(body or "", "body", block0=20_000, line0=20_000, dates=joins)
    low = lowered([s.text for s in segs])
    lows = low.split("\n") if segs else []
    digits, words = segment_words(low, lows, lp)
    dated = digits
    # relative words ("tomorrow", "på lördag") alone count only if the post has any: those
    # of a segment as they are, or else any
    if words.keys() - digits and (
        any(w in part for w in words.values() for part in (title or "", lead or "", body or ""))
        or relative_words(f"{title}\n{lead}\n{body}".lower(), lp)
    ):
        dated = digits | words.keys()
    dated = sorted(dated)
    infos = list(map(SegInfo, segs, lows, lows, repeat(()), repeat(())))
    order = DAY_FIRST
    if lp.date_wd_slash and ("/" in low or "-" in low):  # English "28/04/2024", "28-04-2024":
        # as this post writes such dates
        order = slash_order(low, str(published.tzinfo))
    for i in dated:
        infos[i] = analyse(segs[i], lows[i], lp, pub, i in digits, i in words, order)
    return low, infos, digits, dated


def judged_candidates(
    title: str, lead: str, body: str, *, lang: str, published: datetime
) -> list[Judged]:
    """Every candidate event of a post with its evidence (find_events scores these)."""
    lp = patterns_for(lang)
    pub = published.date()
    title, lead = without_strokes(title or ""), without_strokes(lead or "")  # (as _read does)
    low, infos, digits, dated = _read(title, lead, body, lp, published)
    # Times (which need a digit, or "noon"), only where a date may take them: in its segment
    # or a few after it (candidates.py works out those of a long programme's later lines)
    ahead = max(PROGRAMME_LOOKAHEAD, NEXT_LOOKAHEAD)
    near = {j for i in dated if infos[i].dates for j in range(i, i + 1 + ahead)}
    for i in near.intersection(dated):
        info = infos[i]
        if i in digits or has_any(info.masked, lp.time_words):
            info.times = time_mentions(info.masked, lp)
    memo: Memo = {}  # what with_duration and assess work out per sentence
    raw = candidates(infos, dated, lp, pub, published.tzinfo)
    # a dateless programme of a post about something (not a report's), naming no day but
    # perhaps today ("today's situation" in a talk's abstract); the whole text's words are
    # weighed only once a programme is found (most posts have none, and long texts cost)
    if all(m.relative and m.days == [pub] for info in infos for m in info.dates):
        programme = programme_of_the_day(infos, dated, lp, published)
        if programme is not None and lp.event.search(low) and announces(low, lp, or_neither=True):
            raw = [*raw, programme]
    cands = [with_duration(c, infos, lp, memo) for c in raw]
    if not cands:
        return []
    future_days = {
        d for i in dated for m in infos[i].dates if not m.relative for d in m.days if d >= pub
    }
    # the tense of the sentences around the dates: a report, or an announcement?
    around = sorted({j for i in dated if infos[i].dates for j in range(i - 2, i + 3)})
    text = "\n".join(infos[j].low for j in around if 0 <= j < len(infos))
    mostly_past = len(lp.past.findall(text)) > len(lp.future.findall(text))
    report = bool(lp.report.search(low) or lp.report_title.search((title or "").lower()))
    # only a date on the publication day asks whether the post announces it: the question
    # reads the whole post, so it is asked only then
    on_the_day = any(day_of(c.start) == pub for c in cands)
    every: frozenset[int] = frozenset()  # weekdays said to recur ("every Saturday")
    timetable: frozenset[int] = frozenset()
    if any(c.mention.relative and c.mention.weekday is not None for c in cands):
        said = map(partial(weekday_of, lp=lp), lp.every_weekday.finditer(low))
        every = frozenset(wd for wd in said if wd is not None)
        timetable = _timetable(infos, dated, lp, pub, low)
    page = Page(lp, published, (title or "").lower(), (lead or "").lower(), len(future_days),
                mostly_past, on_the_day and not report and announces(low, lp), report, every,
                timetable)
    out = []
    cancelled: set[date] = set()  # days a sentence naming only them cancels
    lone: list[TimeMention] = []  # the post's one time of day, or its agenda's span
    if any(map(_untimed_day, cands)):
        lone = lone_time(infos, dated, lp, items=False) or lone_sitting(infos, dated, lp)
    cands = [_timed_by_its_agenda(c, infos, dated, lp, published) for c in cands]
    for c in cands:
        a = assess(c, infos, page, memo)
        seg = infos[c.seg].seg
        if a.rejected == "cancelled" and len(infos[c.seg].dates) == 1:
            cancelled.add(day_of(c.start))
        item = seg.item and not isinstance(c.start, datetime)
        timed = None
        if len(lone) == 1 and _untimed_day(c) and not seg.item:
            timed = combine(c.start, lone[0], published.tzinfo)
        out.append(Judged(c.start, c.end, seg.text, a.rejected, a.features, a.notes, item,
                          timed, c.rrule, seg.block if seg.item or _dashed_line(seg) else -1))
    for j in out:
        if not j.rejected and day_of(j.start) in cancelled:
            j.rejected = "cancelled elsewhere in the post"
    _as_weekend_programmes(cands, out)
    return out


def _untimed_day(c: Candidate) -> bool:
    """Whether a candidate is one day, all-day."""
    return not isinstance(c.start, datetime) and c.end is None


def _timed_by_its_agenda(c: Candidate, infos: list[SegInfo], dated: list[int],
                         lp: LangPatterns, published: datetime) -> Candidate:
    """The one day a title names, all-day, with the agenda the body opens with, before any
    date of its own ("Hobart January Meeting: 21-Jan" over "- 6pm - Arrive", "- 6:30pm -
    Peer Tech Support", ... and then "Coming up: - February 18th Meeting"): from its first
    line to its last."""
    if not _untimed_day(c) or infos[c.seg].seg.source != "title" or len(infos[c.seg].dates) != 1:
        return c
    body = [i for i in dated if infos[i].seg.source == "body"]
    first_date = next((i for i in body if infos[i].dates), None)
    if first_date is None or any(c.start in all_days(m) for i in body for m in infos[i].dates):
        return c  # (the post's one day: the post's one time, as ever; a day the body names
        # has its own hours: "**Date**: 2-5pm, 17 May, 2015" under the agenda)
    sitting = lone_sitting(infos, [i for i in body if i < first_date], lp)
    if len(sitting) != 1:
        return c
    start, end = combine(c.start, sitting[0], published.tzinfo)
    return replace(c, start=start, end=end, timed_from="programme")


def _as_weekend_programmes(cands: list[Candidate], judged: list[Judged]) -> None:
    """Make each span of days the post names one event with the timed bare weekdays inside it
    that are its programme rather than its days' hours: from its first day on, or in
    programme lines under weekday headings, a day holds several of their starts (a camp's
    "**Samstag**" over "7:30 Frühstück", "9:15 Morgenrunde", ... under "Wölflingscamp 05.05. -
    07.05."), or the one is the first day's start ("23.-25.06"
    over "Beginn Freitag ca. 17 Uhr Ende Sonntagnachmittag"). The span runs from the first day's
    first start to the last day's last time, where both are said ("Lördag: 15:00-16:45 ..."
    ... "Söndag: 14:00 – hemgång"), else it stays all-day. Days with hours of their own
    ("Saturday 1-4PM and Sunday 1-4PM") stay events of their own. Bare weekdays inside the
    span without a time are its days."""
    def bare(c: Candidate) -> bool:
        return (c.mention.relative and c.mention.weekday is not None
                and not c.mention.deictic)

    by_day: dict[date, list[int]] = {}  # the bare weekdays' candidates, by day
    for k, c in enumerate(cands):
        if bare(c):
            by_day.setdefault(day_of(c.start), []).append(k)
    if not by_day:
        return
    spans: dict[tuple[date, date], list[int]] = {}  # (each once, however often it is named)
    for s, (c, j) in enumerate(zip(cands, judged, strict=True)):
        if (not j.rejected and not isinstance(c.start, datetime) and is_day(c.end)
                and not c.mention.relative and 0 < (c.end - c.start).days < WEEK_DAYS):
            spans.setdefault((c.start, c.end), []).append(s)
    for (first, last), named in spans.items():
        inside = [k for n in range((last - first).days + 1)
                  for k in by_day.get(first + timedelta(days=n), ())
                  if cands[k].end is None or day_of(cands[k].end) <= last]
        for k in inside:
            if not judged[k].rejected and not isinstance(cands[k].start, datetime):
                judged[k].rejected = "a day of the days the post names"
        parts = [k for k in inside if not judged[k].rejected
                 and isinstance(cands[k].start, datetime)
                 and (cands[k].end is None or day_of(cands[k].end) == day_of(cands[k].start))]
        starts_by_day: dict[date, set[datetime | date]] = {}
        for k in parts:
            starts_by_day.setdefault(day_of(cands[k].start), set()).add(cands[k].start)
        # (from its first day on, or in programme lines: not "On Saturday there are guided
        # tours at 14:00 and at 16:00" in an exhibition's week, events of their own)
        programme = any(len(starts) > 1 for starts in starts_by_day.values()) and (
            first in starts_by_day or all(cands[k].timed_from == "programme" for k in parts))
        opening = len(parts) == 1 and cands[parts[0]].end is None and first in starts_by_day
        if not (programme or opening):
            continue
        for k in parts:
            judged[k].rejected = "a part of the programme of the days the post names"
        starts = [cands[k].start for k in parts if day_of(cands[k].start) == first]
        ends = [cands[k].end or cands[k].start for k in inside
                if isinstance(cands[k].start, datetime) and day_of(cands[k].start) == last]
        if starts and ends:
            for s in named:
                judged[s].start, judged[s].end = min(starts), max(ends)  # type: ignore[type-var]


def _timetable(infos: list[SegInfo], dated: list[int], lp: LangPatterns, pub: date,
               low: str) -> frozenset[int]:
    """The weekdays of a weekly timetable: in a post with words of one ("Nye treningstider"),
    those opening lines that name no date ("Tirsdag 19:00 nogi", "Onsdag: gi basic 18:00",
    ...) and are no weekday of a day the post names, when there are three or more."""
    opening: set[int] = set()
    for i in dated:
        info = infos[i]
        if not info.dates or info.seg.source != "body" or not info.seg.line_start:
            continue
        first = info.dates[0]
        if (all(m.relative for m in info.dates) and first.weekday is not None
                and not first.deictic and lp.bare_weekday.match(info.low)):
            opening.add(first.weekday)
    weekdays = opening - {d.weekday() for d in named_days(infos, dated) if d >= pub}
    if len(weekdays) < 3 or not lp.timetable.search(low):
        return frozenset()
    return frozenset(weekdays)



def reads_as_a_report(text: str, lang: str) -> bool:
    """Whether a post's text tells of a meeting that happened (words of minutes, or two or
    more of what its speakers did, "gave an introduction", "showed us", and fewer future
    cues) rather than of what is to come: a talk's abstract may tell history in the past
    tense ("it was shown that ...") and still announce the talk."""
    lp = patterns_for(lang)
    low = text.lower()
    recaps = len(lp.recap.findall(low))
    return bool(lp.report.search(low)) or recaps > max(1, len(lp.future.findall(low)))


PAST_TOLD = 3  # past-tense cues for each future one in a text that tells what happened
PAST_TOLD_LEAST = 5  # past-tense cues at least in such a text


def told_in_the_past(text: str, lang: str) -> bool:
    """Whether a text tells what happened rather than what is to come: five past-tense cues
    or more, and three times as many as the future's ("we split up in a dozen teams and
    explored the métro ... Beautiful pictures were crafted": a write-up)."""
    future, past = _tense_cues(text.lower(), patterns_for(lang))
    return past >= PAST_TOLD_LEAST and past > PAST_TOLD * future


def _tense_cues(low: str, lp: LangPatterns) -> tuple[int, int]:
    """How many future-tense cues and how many past-tense ones a lower-cased text holds."""
    return len(lp.future.findall(low)), len(lp.past.findall(low))


def announces(low: str, lp: LangPatterns, or_neither: bool = False) -> bool:
    """Whether a post (lower-cased, all of it) reads as an announcement: more future-tense cues
    than past-tense ones (or as many, with `or_neither`), and nothing of a report (minutes,
    attendees)."""
    if lp.report.search(low):
        return False
    future, past = _tense_cues(low, lp)
    return future > past or (or_neither and future == past)


SURE_OF_A_LIST = 0.9  # an item's confidence that makes its list's other items events too
# days ahead past which a date without its year, read as next year's, is no list's like (a
# spring programme's "10 January" written in May is the talk gone by)
ROLLED_AHEAD_DAYS = 183
# what sets an item apart from its list's events: told in the past, or of work, roles,
# proposals, questions or operations ("9 Oct, RISC-V ... last week.")
UNLIKE_A_LISTS_EVENTS = ("past", "past_lead", "proposal_here", "proposal_lead", "question_here",
                         "work_here", "role_here", "operational", "page_mostly_past")


def _dashed_line(seg: Segment) -> bool:
    """Whether a line of a paragraph opens with a dash as a list's item would, but without the
    space that makes it one ("-28 May" over "-25 June")."""
    return seg.line_start and not seg.heading and seg.text[:1] in "-–•" and seg.text[1:2].isalnum()


def _shape(j: Judged) -> tuple[bool, ...]:
    """What an item's date looks like: a weekday alone, timed, one of several, with its
    weekday: items of a list are alike only where they look alike ("- Saturday 18 May, 7pm:
    Concert" is not "- Tuesday: bin day", nor "- 1 June: new issue out, copy date 20 May")."""
    return tuple(bool(j.features.get(name)) for name in (
        "relative_weekday_untimed", "timed", "several_dates_here", "weekday_given"))


def judge(
    judged: list[Judged],
    scorer: Scorer,
    threshold: float = THRESHOLD,
    published: datetime | None = None,
) -> list[Found]:
    """Score the candidates, merge duplicates, sort by start. With `published`, an untimed
    event on the publication day takes the publication's time when that reads as a start
    (see _timed_by_publication)."""
    found = []
    items: dict[int, bool] = {}
    timed: dict[int, tuple[datetime, datetime | None]] = {}
    scored = [0.0 if j.rejected else round(scorer.probability(j.features), 2) for j in judged]
    # (a list's dates are alike: where the scorer is sure of some of its items, the items no
    # rule rejects are its events too, "| M: Physical Computing | 6 sep, 8 nov, 6 dec |"
    # beside "| R: Computational science | 13 sep, 4 okt |")
    sure = max(SURE_OF_A_LIST, threshold)
    sure_lists = {(j.listed_in, _shape(j)) for j, conf in zip(judged, scored, strict=True)
                  if j.listed_in >= 0 and conf >= sure}
    for j, conf in zip(judged, scored, strict=True):
        if j.rejected:
            f = Found(j.start, j.end, 0.0, j.evidence, False, j.rejected)
        else:
            notes = j.notes
            if ((j.listed_in, _shape(j)) in sure_lists and conf < threshold
                    and not any(j.features.get(name) for name in UNLIKE_A_LISTS_EVENTS)
                    and not (j.features.get("year_rolled") and published is not None
                             and (day_of(j.start) - published.date()).days > ROLLED_AHEAD_DAYS)):
                conf, notes = threshold, [*notes, "as the other items of its list"]
            f = Found(j.start, j.end, conf, j.evidence, True, "; ".join(notes), j.rrule)
        items[id(f)] = j.item
        if j.timed is not None:
            timed[id(f)] = j.timed
        found.append(f)
    found = _dedupe(found, threshold, items)
    found = _timed_by_the_post(found, timed)
    if published is not None:
        found = _timed_by_publication(found, published)
    found.sort(key=lambda f: (_sort_key(f.start), not f.accepted))
    return found


def find_events(
    title: str,
    lead: str,
    body: str,
    *,
    lang: str,
    published: datetime,
    threshold: float = THRESHOLD,
    scorer: Scorer | None = None,
) -> list[Found]:
    """All candidates (accepted and rejected), sorted by start. `body` is the raw Markdown or
    HTML body, `lead` the excerpt/ingress-text/summary, `published` is timezone-aware in the
    site's zone (its local date is used). `scorer` defaults to the shipped one."""
    judged = judged_candidates(title, lead, body, lang=lang, published=published)
    found = judge(judged, scorer or shipped_scorer(), threshold, published)
    linked = calendar_link_events(body, published.tzinfo) if "action=" in body.lower() else []
    return _with_linked(found, linked, published.date()) if linked else found


def _with_linked(found: list[Found], linked: list[LinkedEvent], pub: date) -> list[Found]:
    """The post's add-to-calendar links' events, exact, in place of what the prose says of
    their days; a link to a day before publication is no event."""
    days = {day_of(event.start) for event in linked if day_of(event.start) >= pub}
    out = [f for f in found if not (f.accepted and day_of(f.start) in days)]
    for event in linked:
        ahead = day_of(event.start) >= pub
        out.append(Found(event.start, event.end, 1.0 if ahead else 0.0,
                         event.title or "an add-to-calendar link", ahead,
                         "an add-to-calendar link" if ahead else "before publication"))
    return sorted(out, key=lambda f: (_sort_key(f.start), not f.accepted))


def one_time_of_day(title: str, lead: str, body: str, *, lang: str, published: datetime
                    ) -> tuple[time, time | None] | None:
    """The one time of day (and its end) a text states where it names no day, as a site key's
    day alone takes it (`dt_start: 2015-09-19` over "Meet the author, who will sign her new book
    from 4:30-5:00 p.m."): None where the text names a day, or states no time outside its
    list items, or several (see candidates.lone_time)."""
    lp = patterns_for(lang)
    _, infos, digits, dated = _read(title, lead, body, lp, published)
    if any(info.dates for info in infos):
        return None
    for i in digits:
        infos[i].times = time_mentions(infos[i].masked, lp)
    lone = lone_time(infos, dated, lp, items=False)
    if len(lone) != 1:
        return None
    # (hours from and to, a time called the start or a line opening with a time's label: not
    # "Free parking after 5 p.m.", "Tickets go on sale at 10am")
    t = lone[0]
    said = next((info for info in infos if t in info.times), None)
    if t.t1 is None and not (said and (called_start(t, said.masked, lp)
                                       or lp.time_opening.match(said.low))):
        return None  # ("Doors open at 7pm", "The talk starts at 7pm" are its time)
    return t.t0, t.t1


def the_texts_starts(title: str, lead: str, body: str, *, lang: str, published: datetime
                     ) -> list[time]:
    """The starts a text that names no day joins by "and" ("Våra två konserter går kl. 17:30
    och 19:30"), as a site key's day and time repeats: none where it names a day, or states
    one time, or several loose ones (see candidates.lone_time)."""
    lp = patterns_for(lang)
    _, infos, digits, dated = _read(title, lead, body, lp, published)
    if any(info.dates for info in infos):
        return []
    for i in digits:
        infos[i].times = time_mentions(infos[i].masked, lp)
    lone = lone_time(infos, dated, lp, items=False)
    if len(lone) < 2 or any(t.t1 is not None for t in lone):
        return []
    said = next((info for info in infos if lone[0] in info.times), None)
    if said is None or not lp.event.search(said.low):
        return []  # (of what the sentence names: "Bussar går kl. 18:30 och 19:30")
    return [t.t0 for t in lone]


RETOLD_SPAN_DAYS = 3  # days of a span (past its first) whose days, named again alone, are it


_WEEKLY_UNTIL = re.compile(r"FREQ=WEEKLY;UNTIL=(\d{4})(\d\d)(\d\d)$")


def _weekly_starts(f: Found) -> list[tuple[datetime | date, datetime | date | None]]:
    """The start and end of each day of a weekly series up to its last, by the rule
    candidates.py gives it (`FREQ=WEEKLY;UNTIL=20250320`); none for a single event."""
    m = _WEEKLY_UNTIL.match(f.rrule)
    if m is None:
        return []
    last = date(*map(int, m.groups()))
    first = f.start.date() if isinstance(f.start, datetime) else f.start
    return [(f.start + timedelta(weeks=k), None if f.end is None else f.end + timedelta(weeks=k))
            for k in range((last - first).days // 7 + 1)]


def _dedupe(found: list[Found], threshold: float, items: dict[int, bool]) -> list[Found]:
    """Keep one accepted event per start; drop all-day duplicates of timed events, and the
    days of a weekly series listed again on their own."""
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
    # the days of a weekly series the post names, and lists again one by one with the same
    # hours ("Thursdays from 18.00 to 20.00 CET, from 13 February to 20 March" over "- 20
    # February 2025, 18.00-20.00"; not another show at the series' hour, "Nov. 6-8, 7:30pm")
    series_days = {(day, end) for f in best.values() if f.end is not None
                   for day, end in _weekly_starts(f)}
    # days a list item names on its own: the same day named elsewhere (a title "... - 10th
    # July" over a table of days) is that item
    item_days = {
        f.start for f in best.values() if items.get(id(f)) and not isinstance(f.start, datetime)
    }
    ranges = {}
    for f in best.values():
        if not isinstance(f.start, datetime) and f.end is not None:
            prev = ranges.get(f.start)
            if prev is None or f.end > prev.end:
                ranges[f.start] = f
    keep = set()
    for f in best.values():
        if not f.rrule and (f.start, f.end) in series_days:
            continue
        if not isinstance(f.start, datetime):
            if f.end is None and (f.start in timed_days or f.start in ranges):
                continue
            if f.end is None and not items.get(id(f)) and f.start in item_days:
                continue
            if f.end is None and any(  # a day of a range its own sentence names, or of a
                # weekend's ("am Wochenende vom 25. auf den 26. Mai" ... "Am Sonntag, 26. Mai
                # fahren wir ... zurück")
                r.start <= f.start <= r.end and (
                    r.evidence == f.evidence or (r.end - r.start).days < RETOLD_SPAN_DAYS)
                for r in ranges.values()
            ):
                continue
            if f.end is not None:
                if ranges.get(f.start) is not f:
                    continue
                # a span whose days have their own times is a programme day by day, and a
                # season over its dated items no event; a week with a launch and a class in
                # it (an exhibition) stands beside them
                inside = sum(1 for d in timed_days if f.start <= d <= f.end)
                days = (f.end - f.start).days + 1
                if inside >= 2 and (inside * 2 >= days or days > WEEK_DAYS):
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


def _timed_by_the_post(
    found: list[Found], timed: dict[int, tuple[datetime, datetime | None]]
) -> list[Found]:
    """The one event a post keeps, all-day, takes the one time of day the post states apart
    from its dates ("SATURDAY 24TH JULY" ... "Starts at 7pm"); `timed` holds, by candidate,
    its start and end with that time."""
    kept = [f for f in found if f.accepted]
    if len(kept) != 1 or id(kept[0]) not in timed:
        return found
    day = kept[0]
    start, end = timed[id(day)]
    note = "; ".join(filter(None, [day.reason, "the post's one time"]))
    with_time = Found(start, end, day.confidence, day.evidence, True, note, day.rrule)
    return [with_time if f is day else f for f in found]


def _timed_by_publication(found: list[Found], published: datetime) -> list[Found]:
    """A post dated by the event it announces (an events site's `date: 2022-11-25 14:00`)
    gives that event its start time: the one kept event of the publication day, when the text
    gives it no time and the post's time is a plausible start (on the five minutes, not
    midnight), not a time of writing such as 20:42:17."""
    clock = _start_clock(published)
    if clock is None:
        return found
    pub = published.date()
    kept = [f for f in found if f.accepted and day_of(f.start) == pub]
    if len(kept) != 1 or isinstance(kept[0].start, datetime) or kept[0].end is not None:
        return found
    day = kept[0]
    start = datetime.combine(pub, clock)
    timed = Found(start, None, day.confidence, day.evidence, True,
                  "; ".join(filter(None, [day.reason, "time of the post's date"])), day.rrule)
    return [timed if f is day else f for f in found]


def _start_clock(published: datetime) -> time | None:
    """The publication's local time of day when it reads as an event's start (on the five
    minutes, not midnight); None for a time of writing (20:42:17) or a date alone."""
    clock = published.time().replace(tzinfo=None)
    if clock == time() or clock.second or clock.microsecond or clock.minute % 5:
        return None
    return clock


def _rank(f: Found) -> tuple[int, float]:
    return (1 if f.end is not None else 0, f.confidence)


def _sort_key(v: datetime | date) -> datetime:
    return v if isinstance(v, datetime) else datetime.combine(v, time())
