"""Clock times in a sentence: single times, ranges ("kl 13-16", "7pm until 10.30pm") and
stated durations."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import time, timedelta
from typing import Any

from herald.dates import city_zones

from .patterns import LangPatterns

# right after a date, or its "from" ("2/12 fra 17-21"): searched in the characters before a time
_AFTER_DATE = re.compile(r"\x00[ ,;:]{0,3}(?:(?:fra|från|from)\s+)?$")
AFTER_DATE_REACH = 10
_BEFORE_DATE = re.compile(r"[ ,]{1,3}\x00")  # a date right after a time ("19.30 3rd April")
BRACKET_REACH = 40  # characters before a bracketed range of hours searched for its day
BRACKET_FROM = 6  # the earliest hour a bracketed range of bare hours starts at (not "(2-3)")
BEFORE_DATE_FROM = 8  # the earliest hour of a dotted time before its date (not "Version 3.10")
_DASHED_DATE = re.compile(r"(?<![\d-])[0-3]?\d-[01]?\d-(?:19|20)\d\d(?![\d-])")
_LISTING_AFTER = re.compile(r"\s*(?::|-|–|—|$)")  # after a listing's time: its label or range
# a line opening with its date and then a time ("- 03/09 Wed 1900 LCARA Presentation Night"),
# searched in the characters before the time
_LINE_OPENING_DATE = re.compile(r"(?:^|\n)[\s*•+-]*\x00+[ ]+$")
LINE_OPENING_REACH = 40
PM_REACH = 20  # how far before a time its part of the day is looked for
_SPACES = re.compile(r"\s+")


@dataclass(slots=True)
class TimeMention:
    start: int
    end: int
    t0: time
    t1: time | None
    at_line_start: bool
    zone: str | None = None  # the IANA zone stated after the time ("6 PM EST"), if any
    also: bool = False  # another start of what the time before it starts ("18:00 och 20:00")
    zone_said: str = ""  # the zone as written ("CST"), when its zone is given
    listed: bool = False  # another of a list of them ("at 2.00pm, 4.00pm or 6.00pm": 4.00pm)


def _to_time(h: int, m: int, ap: str | None) -> time | None:
    if ap == "p" and 13 <= h <= 23:
        ap = None  # "19:00 P.M.": a 24-hour time with a needless pm
    if ap:
        if not 1 <= h <= 12:
            return None
        h = h % 12 + (12 if ap == "p" else 0)
    if not (0 <= h <= 23 and 0 <= m <= 59):
        return None
    return time(h, m)


def time_mentions(masked: str, lp: LangPatterns) -> list[TimeMention]:
    atoms = _atoms(masked, lp)
    found = _mentions(atoms, masked, lp)
    if lp.arrive_for is not None and len(found) > 1:
        # "arrive at 7pm for a 7.30pm start", "6:50pm for 7pm": the start alone
        found = [t for t, after in zip(found, [*found[1:], None], strict=True)
                 if after is None or not lp.arrive_for.fullmatch(masked, t.end, after.start)
                 or (lp.arrive_not_before is not None
                     and lp.arrive_not_before.match(masked, after.end))]
    return found


def end_times(masked: str, lp: LangPatterns) -> list[time]:
    """The times a sentence gives only as ends ("We end at 10:15am", "until 9pm"): those
    time_mentions leaves out."""
    out = []
    for a in _atoms(masked, lp):
        if a["endpre"]:
            t0, _ = _pair_times(a, None, lp)
            if t0 is not None:
                out.append(t0)
    return out


def end_before_day(masked: str, day_at: int, lp: LangPatterns) -> TimeMention | None:
    """A time given only as an end right before the (masked) day at `day_at` ("og slutter kl.
    15:00 på søndag 15. mai"), else None."""
    atoms = _atoms(masked, lp)
    for i, a in enumerate(atoms):
        if i and (lp.time_gap.fullmatch(masked, atoms[i - 1]["e"], a["s"])
                  or not masked[atoms[i - 1]["e"] : a["s"]].strip()):
            continue  # the end of a range ("10am to 4pm on Saturday 4 March"), not alone
        if a["endpre"] and _BEFORE_A_DAY.fullmatch(masked, a["e"], day_at + 1):
            t0, _ = _pair_times(a, None, lp)
            return None if t0 is None else TimeMention(a["s"], a["e"], t0, None, False)
    return None


def _atoms(masked: str, lp: LangPatterns) -> list[dict[str, Any]]:
    """The times written in a sentence, each as its parts (hour, minutes, am/pm, prefixes)."""
    atoms = []
    # a day, month and year written with dashes is no time range ("Zaterdag 12-10-2024")
    dashed = [d.span() for d in _DASHED_DATE.finditer(masked)] if "-" in masked else []
    for m in lp.time_atom.finditer(masked):
        if dashed and any(a <= m.start() < b for a, b in dashed):
            continue
        g = m.groupdict()
        pre = (g.get("pre") or "").lower().strip()
        endpre = (g.get("endpre") or "").lower().strip()
        ap = (g.get("ap") or g.get("ap1") or g.get("ap2") or "").lower() or None
        if g.get("noon") and lp.midnight.fullmatch(g["noon"]):
            ap = ap or "a"
        if g.get("noonly"):
            h, mi, kind, ap = 12, 0, "hm", "p"
        elif g.get("wh"):  # "at one o'clock" (not a name: "the Five O'Clock Club")
            if not pre:
                continue
            h, mi, kind = lp.clock_words[g["wh"].lower()], 0, "hm"
        elif g.get("half"):  # "from half 6", "to half 8" (not "half 6 pizzas")
            if not (pre or endpre):
                continue
            word = g["hh2"].lower()
            h, mi, kind = int(word) if word.isdigit() else lp.clock_words[word], 30, "hm"
            ap = (g.get("ap3") or "").lower() or None
        elif g.get("hhmm"):
            h, mi, kind = int(g["hhmm"][:2]), int(g["hhmm"][2:]), "hhmm"
        elif g.get("h") is not None:
            h, mi = int(g["h"]), int(g["m"] or g["m2"] or 0)
            kind = "hm" if g.get("m") or g.get("m2") or g.get("oclock") else "h"
            if g.get("sep") == "." and not (ap or pre or endpre):
                kind = "hdot"
        elif g.get("hh") is not None:
            h, mi, kind = int(g["hh"]), int(g["hm"] or 0), "hm"
            ranged = masked[m.end() : m.end() + 1] in ("-", "–")
            if not g.get("hm") and (len(g["hh"]) < 2 or h < 8) and not ranged:
                continue  # "2h": a duration rather than two o'clock
        else:
            continue
        if g.get("noon") and not lp.midnight.fullmatch(g["noon"]) and h == 12:
            ap = "p"
        if not ap and _not_a_time(masked, m, kind, lp):
            continue
        if (not ap and 1 <= h <= 11 and (kind in ("hm", "hdot") or pre or endpre)
                and (lp.pm_before.search(masked, max(0, m.start() - PM_REACH), m.start())
                     or lp.pm_after.match(masked, m.end()))):
            ap = "p"  # "'s avonds om 8 uur", "at 8 in the evening", "um 8 Uhr abends"
        elif (not ap and 1 <= h <= 11 and lp.am_after is not None
              and lp.am_after.match(masked, m.end())):
            ap = "a"  # "at seven o'clock in the morning" (not "from 10 to 12 in the morning")
        atoms.append(
            {"s": m.start(), "e": m.end(), "h": h, "m": mi, "ap": ap, "pre": pre,
             "endpre": endpre, "kind": kind, "padded": (g.get("h") or "").startswith("0"),
             "after_date": bool(_AFTER_DATE.search(masked, max(0, m.start() - AFTER_DATE_REACH),
                                                   m.start())),
             "before_date": bool(_BEFORE_DATE.match(masked, m.end())),
             # ("02/09 Wed 1900: Presentation Night", "Sat 1000 - VE Testing"; not "12 May
             # 1500 seats", "4. mai, 0150 Oslo")
             "listed": kind == "hhmm" and _listed_time(masked, m.start(), m.end(), mi),
             # ("26 april, uppstart (11-15)": a range of hours in brackets after a day)
             "bracketed": (masked[m.start() - 1 : m.start()] == "("
                           and "\x00" in masked[max(0, m.start() - BRACKET_REACH) : m.start()]),
             "closes": masked[m.end() : m.end() + 1] == ")",
             "at_clause_end": pre in lp.bare_hour_after_date
             and bool(lp.bare_hour_clause_end.match(masked, m.end()))}
        )  # fmt: skip
    return atoms


def _listed_time(masked: str, start: int, end: int, minute: int) -> bool:
    """Whether four digits right after a date are its time, as a listing writes it: before a
    label's colon, a range or the line's end ("02/09 Wed 1900: Presentation Night", "Sat 1000 -
    VE Testing"), or on the quarter hour after a date opening the line ("- 03/09 Wed 1900 LCARA
    Meeting"); not "12 May, 1500 seats", "Tickets for 5 May: 1500 sold", "4. mai, 0150 Oslo"."""
    if _AFTER_DATE.search(masked, max(0, start - AFTER_DATE_REACH), start) is None:
        return False
    return (_LISTING_AFTER.match(masked, end) is not None
            or (minute % 15 == 0 and _LINE_OPENING_DATE.search(
                masked, max(0, start - LINE_OPENING_REACH), start) is not None))


LEAD_TO_A_DAY = r"[\s,]*(?:[^\W\d_]{1,4}\s+)?"  # between a time and its day: ", ", " on ", " på "
_BEFORE_A_DAY = re.compile(LEAD_TO_A_DAY + "\x00")  # ... and the (masked) day


def _mentions(atoms: list[dict[str, Any]], masked: str, lp: LangPatterns) -> list[TimeMention]:
    """The times of a sentence's atoms, each a start, or a start and its end."""
    out: list[TimeMention] = []
    used = set()
    also: set[int] = set()
    listed: set[int] = set()
    lead_end = len(masked) - len(masked.lstrip(" -–*:•("))  # a time up to here starts the line
    for i, a in enumerate(atoms):
        if i in used:
            continue
        b = atoms[i + 1] if i + 1 < len(atoms) else None
        pair = None
        if b is not None and lp.for_start is not None:
            gap_rx, start_rx = lp.for_start
            if gap_rx.fullmatch(masked, a["e"], b["s"]) and start_rx.match(masked, b["e"]):
                continue  # "1.30pm for 2.00pm start": the second time is the start
        if b is not None:
            gap = masked[a["e"] : b["s"]]
            c = atoms[i + 2] if i + 2 < len(atoms) else None
            two_starts = (
                not b["endpre"]
                and lp.and_time_gap.fullmatch(gap)
                and not lp.between_time.search(masked, max(0, a["s"] - 30), a["s"])
                and not lp.between_time.fullmatch(a["pre"])
            )  # "18:00 och 20:00" are two starts; "mellan 18:00 och 20:00" and "from 2pm and
            # 3pm" a range
            if two_starts:
                also.add(i + 1)
            elif (gap.strip() == "," and not b["endpre"] and c is not None and not c["endpre"]
                  and lp.list_end_gap.fullmatch(masked, b["e"], c["s"])):
                listed.update((i + 1, i + 2))  # ("at 2.00pm, 4.00pm or 6.00pm")
            elif lp.time_gap.fullmatch(gap) or (b["endpre"] and not gap.strip()):
                pair = b
            elif (b["endpre"] and len(gap) < 60 and not re.search(r"\d", gap)
                  and not ("\x00" in gap and _BEFORE_A_DAY.match(masked, b["e"]))):
                pair = b  # "från klockan 19:00 och planerat avslut senast 21"; not "starter
                # kl. 11:00 lørdag 14. mai, og slutter kl. 15:00 på søndag 15. mai", each its day's
        t0, t1 = _pair_times(a, pair, lp)
        if t0 is None or (t1 is None and a["endpre"]):
            continue  # (not "until 20:30" alone: the end of something, not its start)
        if pair is not None and t1 is not None:
            used.add(i + 1)
            end = pair["e"]
        else:
            end = a["e"]
        zone, zone_said = None, ""
        if lp.zones:
            z = lp.zone_after.match(masked, end)
            if z and z.group("zone"):
                zone_said = _SPACES.sub(" ", z.group("zone"))
                zone, end = lp.zones.get(zone_said), z.end()
            elif z and (city := city_zones().get(_SPACES.sub(" ", z.group("city")))):
                zone, end = city, z.end()  # (a place no city of the tz database names: none)
        out.append(TimeMention(a["s"], end, t0, t1, a["s"] <= lead_end, zone, i in also,
                               zone_said if zone else "", i in listed))
    return out


_VERSION_AFTER = re.compile(r"\.\d")
_CHAT_NICK = re.compile(r"\]?\s*<\s?[@+]?[^\W\d_][\w\-\[\]\\^{}|`]{0,29}>")


def _not_a_time(masked: str, m: re.Match[str], kind: str, lp: LangPatterns) -> bool:
    """A number that reads as a time but is a room, street or house number, a price..."""
    num = next((m.start(g) for g in ("hhmm", "h", "hh") if m.group(g)), -1)
    if num < 0:
        return False
    hhmm = m.group("hhmm")
    if hhmm and hhmm[:2] in ("19", "20") and hhmm[2:] not in ("00", "15", "30", "45"):
        return True  # "at 2024": a year rather than 20:24
    if lp.not_time_before.search(masked, max(0, num - 16), num):
        return True
    if _CHAT_NICK.match(masked, m.end()):
        return True  # a chat log's stamp: "11:36 < edsu> @list" (not "10:00 <-> 12:00")
    if m.group("sep") == "." and _VERSION_AFTER.match(masked, m.end()):
        return True  # "Version 3.10.12": a number of a version
    if (kind == "hm" and not m.group("ap") and lp.scripture.search(masked, max(0, num - 20), num)
            and not m.group("oclock")):
        return True  # a chapter and verse: "(Luke 23:43)"
    return kind in ("h", "hhmm") and lp.not_time_after.match(masked, m.end()) is not None


NIGHT_FROM, NIGHT_UNTIL = time(17), time(6)


def into_the_night(t0: time, t1: time) -> bool:
    """Whether an evening's range runs past midnight ("22:00 - 02:00", "10pm to 2am"): its end
    is the next day's."""
    return t0 >= NIGHT_FROM and t1 <= NIGHT_UNTIL


def _valid_single(a: dict, lp: LangPatterns) -> bool:
    if a["ap"]:
        return True
    if a["kind"] == "hm":
        return True
    if a["kind"] == "hdot":  # "18.30" where the language writes so, or right by a date
        # ("Feb 5th 11.00 Service", "19.30 3rd April @Assembly Roxy")
        return bool(a["pre"]) or lp.dot_times or a["after_date"] or (
            a["before_date"] and a["h"] >= BEFORE_DATE_FROM and a["m"] % 15 == 0)
    if a["kind"] == "hhmm":  # "at 1830", and right after a date, as a listing writes it
        return a["pre"] in lp.hhmm_prefixes or a["listed"]
    # a bare hour needs a Swedish "kl"/"klockan" or a start phrase, or "at" right after a date
    # and at the end of its clause or before a preposition ("Thursday at 5 in the Guildhall",
    # not "9 May at 3 venues")
    if a["after_date"] and a["at_clause_end"]:
        return True
    return lp.bare_hour_after_prefix and (_hour_prefix(a, lp) or bool(a["endpre"]))


def _hour_prefix(a: dict, lp: LangPatterns) -> bool:
    """Whether a time has a prefix that makes an hour alone a time ("um 18"; not "etwa 8")."""
    return bool(a["pre"]) and not lp.count_prefix.fullmatch(a["pre"])


def _pair_times(a: dict, b: dict | None, lp: LangPatterns) -> tuple[time | None, time | None]:
    if b is not None:
        ha, hb = a["h"], b["h"]
        apa, apb = a["ap"], b["ap"]
        ok_pair = (
            (a["kind"] == "hhmm") == (b["kind"] == "hhmm")
            and (
                apa or apb or a["kind"] != "h" or b["kind"] != "h" or _hour_prefix(a, lp)
                or a["after_date"] or (a["bracketed"] and b["closes"] and ha >= BRACKET_FROM)
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
            if t0 is not None and t1 is not None and _evening(a, lp, b) and not apb:
                t0 = time(t0.hour + 12, t0.minute)
                if t1.hour < 12:
                    t1 = time(t1.hour + 12, t1.minute)
            if t0 is not None and t1 is not None:
                if t1 <= t0 and not (apa or apb) and t1.hour < 12 and t1.hour + 12 > t0.hour:
                    t1 = time(t1.hour + 12, t1.minute)
                span = (t1.hour * 60 + t1.minute) - (t0.hour * 60 + t0.minute)
                min_span = 15 if a["kind"] == "hhmm" else 1
                if span >= min_span or into_the_night(t0, t1):
                    return t0, t1
    if not _valid_single(a, lp):
        return None, None
    t = _to_time(a["h"], a["m"], a["ap"])
    if t is not None and _evening(a, lp):
        t = time(t.hour + 12, t.minute)
    return t, None


def _evening(a: dict, lp: LangPatterns, pair: dict | None = None) -> bool:
    """English "at 7:30" or "from 3-5" with no am/pm: a reader assumes the afternoon or
    evening (a bare hour only when a range makes it a time)."""
    kinds = ("hm", "hdot", "h") if (
        (pair is not None and not pair["padded"]) or (a["after_date"] and a["at_clause_end"])
    ) else ("hm", "hdot")
    return (
        lp.clock_12h and not a["ap"] and a["kind"] in kinds
        and 1 <= a["h"] <= 7 and not a["padded"]
    )


def stated_duration(text: str, lp: LangPatterns) -> timedelta | None:
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

