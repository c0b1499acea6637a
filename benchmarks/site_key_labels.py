"""Event labels taken from real sites' own front-matter keys, for measuring prose inference.

Usage:
    python benchmarks/site_key_labels.py [--shared DIR] [--out FILE.yaml]

Six of the real Jekyll sites in `<shared>/sites` keep each event's date in front-matter keys of
their own (`startdate`, `starts`, `date_start`, `time`, a schedule document's `date`). Hide
those keys, infer from the body, and compare: `site_key_labels(shared)` returns one label entry
per document, in the schema of `corpus/events-dev/labels.yaml` (see its README.md), plus
`site` (owner/repo) and `source` (owner/repo:path@commit); `file` is the document's absolute
path:

    {file, site, source, lang, published, timezone,
     events: [{start, end, summary, evidence, kind}], notes}

Sources, all limited to documents Jekyll itself publishes (`<name>.jekyll.jsonl`):

- HSF/hsf.github.io: posts with `startdate` (events/_posts), end from `enddate`/`end_date`;
  posts with `end_date` but no `startdate` (Schools/_posts) start on their `date`.
- usegalaxy-eu/website: documents (the `_events` collection and two posts) with `starts`,
  end from `ends`.
- soeborggruppe/web: the `_events` collection, `date_start`/`date_end` ('2016-04-3T14:00:00',
  one-digit days included); both times 00:00:00 means an all-day event.
- cugos/cugos.github.com: meeting posts (meetings/_posts): the post's date (front matter
  `date`, else file name) is the meeting day, `time` the start and maybe the end
  ('6:00pm-7:30pm', '4:00pm to 4:45pm'); an empty `time` means all-day.  The `notes/_posts`
  posts also have `time`, but they are minutes written after board meetings, so are left out.
- tcsch/japanstammtisch.github.io: posts dated their meetup day with `time: "18:00"`.
- Biornegildet/biornegildet.github.io: the `schedule` collection (_schedule/program/...),
  whose `date` is the session start.

Conventions:

- `start`/`end` are local wall-clock times in `timezone` ('YYYY-MM-DDTHH:MM', or
  'YYYY-MM-DD' for all-day); an all-day `end` is the inclusive last day, null when it equals
  the start. Aware values are converted to the site's zone first. Values dateutil cannot read,
  and ends before their start, are dropped and counted as unparsable.
- `evidence` is the key and its raw value as written in the front matter (for instance
  'startdate: 2017-06-26'; 'file name: 2013-02-20' for a date taken from the file name). It is
  NOT in the body: the point of this set is that the key is hidden and the body is all that
  is left, so evidence spans cannot be checked against the body.
- `kind` is 'must', except that an event starting before `published` is 'may' (a stale,
  copied or mistyped key, or a report written after the event: the labels README counts past
  happenings as no event), with the reason in `notes`.
- A document whose title says it was cancelled ('CANCELED', 'AFLYST', ...) gets `events: []`.
- Documents whose body has no text (nothing but white space and HTML comments) are left out:
  nothing can be inferred from them. Documents lacking the site's start key are left out too.

Publication date (`published`):

- Posts: the Jekyll date, front matter `date` (normalised to ISO 8601) else the file-name
  date. For cugos and japanstammtisch posts, and HSF's two Schools posts, that is the event
  day itself: honest, since that is the date the site shows.
- usegalaxy `_events` documents: their file-name date, which Jekyll also uses as their date
  (the oracle's date). It is not the event key: it precedes `starts` in 213 of 301 documents,
  equals it in 74 (flagged in `notes`) and follows it in 14.
- soeborggruppe `_events` and Biornegildet schedule documents have no date of their own:
  Jekyll's date for the former is the build time (every event would lie in the past), for
  the latter the event itself. Rule: published = 1 January of the year in the document's
  file name (its URL shows it for soeborggruppe; the site title 'Biørnegildet 2025' for
  Biornegildet). This leaks the event's year, nothing finer; it is stated in `notes`.

Language and zone: the site's `lang`/`timezone` in `_config.yml` where set, else from the
site (HSF en, Europe/Paris per config; usegalaxy en, Europe/Berlin (Freiburg); soeborggruppe
da, Europe/Copenhagen; cugos en, America/Los_Angeles (Seattle); japanstammtisch de,
Europe/Berlin (Karlsruhe); Biornegildet no, Europe/Oslo per config).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, time
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import yaml
from dateutil import parser as dateparser

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SHARED = ROOT.parent / "shared"

When = datetime | date

_FRONT = re.compile(r"\A---[ \t]*\n(.*?)\n?(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)
_FILE_DATE = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})-")
_FILE_YEAR = re.compile(r"^(\d{4})-")
_HAS_TIME = re.compile(r"\d{1,2}(:\d{2})?\s*[ap]\.?m\b|\d{1,2}:\d{2}|T\d", re.I)
_COMMENT = re.compile(r"<!--.*?(-->|\Z)", re.S)
_CANCELLED = re.compile(r"\b(cancel+ed|aflyst|avlyst|abgesagt|entf[äa]llt|inst[äa]llt)\b", re.I)
_TIME_RANGE = re.compile(r"\s*(?:-|–|—|\bto\b|\bbis\b)\s*", re.I)


@dataclass
class SiteSpec:
    name: str  # folder name under sites/
    lang: str
    timezone: str
    # path relative to the site, collection, front matter -> is this a document of the set?
    wanted: Callable[[str, str, dict[str, Any]], bool]
    # -> the events; raises _Skip to leave the document out
    events: Callable[[Path, str, dict[str, Any], list[str], ZoneInfo, Counts], list[_Ev]]
    # -> published value (ISO text) and a note
    published: Callable[[str, dict[str, Any], ZoneInfo], tuple[str, str]]
    note: str


@dataclass
class _Ev:
    start: When
    end: When | None
    evidence: str


@dataclass
class Counts:
    documents: int = 0  # published documents of the set (with the start key)
    with_text: int = 0
    left_out_empty: int = 0
    unpublished: int = 0  # documents with the key that Jekyll does not publish
    no_key: int = 0  # published documents of the set without a usable start key
    events: int = 0
    timed: int = 0
    all_day: int = 0
    with_end: int = 0
    may: int = 0
    cancelled: int = 0
    unparsable: int = 0
    examples: list[str] = field(default_factory=list)

    def row(self) -> dict[str, int]:
        return {k: v for k, v in self.__dict__.items() if isinstance(v, int)}


class _Skip(Exception):
    pass


# ---------------------------------------------------------------- reading


def _split(text: str) -> tuple[dict[str, Any], list[str], str] | None:
    """Front matter (parsed), its raw lines, and the body; None without YAML front matter."""
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    m = _FRONT.match(text)
    if m is None:
        return None
    try:
        meta = yaml.safe_load(m.group(1)) or {}
    except yaml.YAMLError:
        return None
    if not isinstance(meta, dict):
        return None
    return meta, m.group(1).split("\n"), text[m.end() :]


def _raw(lines: list[str], key: str) -> str | None:
    """The value of a top-level key as written (first occurrence)."""
    rx = re.compile(rf"^{re.escape(key)}\s*:[ \t]*(.*?)\s*$")
    for line in lines:
        m = rx.match(line)
        if m:
            return m.group(1)
    return None


def _has_text(body: str) -> bool:
    return any(ch.isalnum() for ch in _COMMENT.sub("", body))


def _local(value: datetime, tz: ZoneInfo) -> datetime:
    return value.astimezone(tz).replace(tzinfo=None) if value.tzinfo else value


def _when(value: Any, tz: ZoneInfo, day: date | None = None) -> When | None:
    """A front-matter value as a local date or datetime; None when absent or unreadable.
    `day` is the default date for a bare time ('6:00pm')."""
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, datetime):
        return _local(value, tz)
    if isinstance(value, date):
        return value
    text = str(value).strip().strip("'\"").strip()
    if not text:
        return None
    default = datetime.combine(day or date(2000, 1, 1), time(0, 0))
    try:
        parsed = dateparser.parse(text, default=default)
    except (ValueError, OverflowError):
        return None
    parsed = _local(parsed, tz)
    return parsed if _HAS_TIME.search(text) else parsed.date()


def _file_date(path: str) -> date | None:
    m = _FILE_DATE.match(Path(path).name)
    if m is None:
        return None
    try:
        return date(*map(int, m.groups()))
    except ValueError:
        return None


def _fmt(value: When | None) -> str | None:
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%dT%H:%M")
    return value.isoformat()


def _day(value: When) -> date:
    return value.date() if isinstance(value, datetime) else value


def _iso_published(value: Any) -> str | None:
    """A front-matter `date` as ISO 8601, kept as written (offsets kept); None if invalid."""
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, str) and value.strip():
        try:
            parsed = dateparser.isoparse(value.strip().replace(" ", "T", 1))
        except ValueError:
            return None
        return parsed.isoformat()
    return None


# ---------------------------------------------------------------- publication dates


def _post_published(path: str, meta: dict[str, Any], tz: ZoneInfo) -> tuple[str, str]:
    iso = _iso_published(meta.get("date"))
    if iso is not None:
        return iso, "published: front matter date"
    fd = _file_date(path)
    if fd is None:
        raise _Skip("no publication date")
    return fd.isoformat(), "published: file-name date"


def _year_published(path: str, meta: dict[str, Any], tz: ZoneInfo) -> tuple[str, str]:
    m = _FILE_YEAR.match(Path(path).name)
    if m is None:
        raise _Skip("no year in the file name")
    return (
        f"{m.group(1)}-01-01",
        "published: no publication date of its own; stand-in rule = 1 January of the year in "
        "the file name (the event year, so it leaks the year and nothing finer)",
    )


# ---------------------------------------------------------------- events


def _span(
    lines: list[str],
    meta: dict[str, Any],
    tz: ZoneInfo,
    counts: Counts,
    start_key: str,
    end_keys: tuple[str, ...],
    midnight_all_day: bool = False,
) -> list[_Ev]:
    """One event from a start key and an optional end key."""
    if meta.get(start_key) in (None, ""):
        raise _Skip("no start key")
    start = _when(meta[start_key], tz)
    if start is None:
        counts.unparsable += 1
        raise _Skip("unparsable start")
    evidence = [f"{start_key}: {_raw(lines, start_key)}"]
    end: When | None = None
    for key in end_keys:
        if meta.get(key) in (None, ""):
            continue
        end = _when(meta[key], tz)
        if end is None:
            counts.unparsable += 1
        else:
            evidence.append(f"{key}: {_raw(lines, key)}")
        break
    if (
        midnight_all_day
        and isinstance(start, datetime)
        and start.time() == time(0, 0)
        and (end is None or (isinstance(end, datetime) and end.time() == time(0, 0)))
    ):
        start = start.date()
        end = end.date() if isinstance(end, datetime) else end
    return [_finish_end(start, end, evidence, counts)]


def _finish_end(start: When, end: When | None, evidence: list[str], counts: Counts) -> _Ev:
    if end is not None:
        if isinstance(start, datetime) != isinstance(end, datetime):
            # a date end for a timed start (or the reverse): keep the day-level reading
            if isinstance(start, datetime):
                end = None if _day(end) == start.date() else end
            else:
                end = _day(end)
        if end is not None and end == start:
            end = None  # the same instant or day: no end of its own
        if end is not None and (
            (isinstance(end, datetime) and isinstance(start, datetime) and end < start)
            or _day(end) < _day(start)
        ):
            counts.unparsable += 1
            evidence = evidence[:1] + [f"{evidence[-1]} (dropped: before the start)"]
            end = None
    return _Ev(start, end, " / ".join(evidence))


def _hsf_events(p: Path, path: str, meta: dict[str, Any], lines: list[str], tz: ZoneInfo,
                counts: Counts) -> list[_Ev]:
    key = "startdate" if "startdate" in meta else "date"
    return _span(lines, meta, tz, counts, key, ("enddate", "end_date"))


def _galaxy_events(p: Path, path: str, meta: dict[str, Any], lines: list[str], tz: ZoneInfo,
                   counts: Counts) -> list[_Ev]:
    return _span(lines, meta, tz, counts, "starts", ("ends",))


def _soeborg_events(p: Path, path: str, meta: dict[str, Any], lines: list[str], tz: ZoneInfo,
                    counts: Counts) -> list[_Ev]:
    return _span(lines, meta, tz, counts, "date_start", ("date_end",), midnight_all_day=True)


def _schedule_events(p: Path, path: str, meta: dict[str, Any], lines: list[str], tz: ZoneInfo,
                     counts: Counts) -> list[_Ev]:
    return _span(lines, meta, tz, counts, "date", ())


def _meeting_events(p: Path, path: str, meta: dict[str, Any], lines: list[str], tz: ZoneInfo,
                    counts: Counts) -> list[_Ev]:
    """A post dated its meeting day, with `time` giving the start and maybe the end."""
    if meta.get("date") is not None:
        day_value = _when(meta["date"], tz)
        day = _day(day_value) if day_value is not None else None
        day_evidence = f"date: {_raw(lines, 'date')}"
    else:
        day = _file_date(path)
        day_evidence = f"file name: {day.isoformat()}" if day else ""
    if day is None:
        counts.unparsable += 1
        raise _Skip("no meeting day")
    raw_time = _raw(lines, "time") or ""
    value = meta.get("time")
    text = "" if value is None else str(value).strip()
    if not text:
        return [_Ev(day, None, day_evidence + (" / time: (empty)" if "time" in meta else ""))]
    parts = [t for t in _TIME_RANGE.split(text, maxsplit=1) if t.strip()]
    start = _when(parts[0], tz, day)
    if not isinstance(start, datetime):
        counts.unparsable += 1
        return [_Ev(day, None, f"{day_evidence} / time: {raw_time} (unparsable)")]
    end: When | None = None
    if len(parts) > 1:
        end = _when(parts[1], tz, day)
        if not isinstance(end, datetime):
            counts.unparsable += 1
            end = None
    return [_finish_end(start, end, [day_evidence, f"time: {raw_time}"], counts)]


# ---------------------------------------------------------------- sites


SITES: dict[str, SiteSpec] = {
    "HSF/hsf.github.io": SiteSpec(
        name="HSF+hsf.github.io",
        lang="en",
        timezone="Europe/Paris",
        wanted=lambda path, coll, meta: coll == "posts"
        and ("startdate" in meta or "enddate" in meta or "end_date" in meta),
        events=_hsf_events,
        published=_post_published,
        note="labels from the site's startdate/enddate/end_date (Schools posts: date/end_date)",
    ),
    "usegalaxy-eu/website": SiteSpec(
        name="usegalaxy-eu+website",
        lang="en",
        timezone="Europe/Berlin",
        wanted=lambda path, coll, meta: "starts" in meta or coll == "events",
        events=_galaxy_events,
        published=_post_published,
        note="labels from the site's starts/ends",
    ),
    "soeborggruppe/web": SiteSpec(
        name="soeborggruppe+web",
        lang="da",
        timezone="Europe/Copenhagen",
        wanted=lambda path, coll, meta: coll == "events",
        events=_soeborg_events,
        published=_year_published,
        note="labels from the site's date_start/date_end (00:00:00 to 00:00:00 = all-day)",
    ),
    "cugos/cugos.github.com": SiteSpec(
        name="cugos+cugos.github.com",
        lang="en",
        timezone="America/Los_Angeles",
        wanted=lambda path, coll, meta: coll == "posts" and path.startswith("meetings/"),
        events=_meeting_events,
        published=_post_published,
        note="labels from the post date (the meeting day) and the site's time key",
    ),
    "tcsch/japanstammtisch.github.io": SiteSpec(
        name="tcsch+japanstammtisch.github.io",
        lang="de",
        timezone="Europe/Berlin",
        wanted=lambda path, coll, meta: coll == "posts",
        events=_meeting_events,
        published=_post_published,
        note="labels from the post date (the meetup day) and the site's time key",
    ),
    "Biornegildet/biornegildet.github.io": SiteSpec(
        name="Biornegildet+biornegildet.github.io",
        lang="no",
        timezone="Europe/Oslo",
        wanted=lambda path, coll, meta: coll == "schedule",
        events=_schedule_events,
        published=_year_published,
        note="labels from the schedule document's date (the session start)",
    ),
}


def _config(site_dir: Path) -> dict[str, Any]:
    try:
        data = yaml.safe_load((site_dir / "_config.yml").read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError):
        return {}
    return data if isinstance(data, dict) else {}


def _oracle(shared: Path, name: str) -> dict[str, str]:
    """Path -> collection of every document Jekyll publishes from the site."""
    docs: dict[str, str] = {}
    with (shared / "sites" / f"{name}.jekyll.jsonl").open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                doc = json.loads(line)
                docs[doc["path"]] = doc.get("collection") or ""
    return docs


def _candidate_files(site_dir: Path) -> Iterator[Path]:
    for p in sorted(site_dir.rglob("*")):
        if p.is_file() and p.suffix.lower() in (".md", ".markdown", ".html", ".htm", ".textile"):
            parts = p.relative_to(site_dir).parts
            if not any(part in ("_site", "node_modules", "vendor", ".git") for part in parts):
                yield p


def _collection_of(rel: str) -> str:
    """The collection a path would belong to if Jekyll published it (for counting only)."""
    parts = rel.split("/")
    if "_posts" in parts:
        return "posts"
    return parts[0][1:] if parts[0].startswith("_") else ""


def _site_labels(
    shared: Path, repo: str, spec: SiteSpec, commit: str
) -> tuple[list[dict[str, Any]], Counts]:
    site_dir = shared / "sites" / spec.name
    config = _config(site_dir)
    lang = str(config.get("lang") or spec.lang)
    tzname = str(config.get("timezone") or spec.timezone)
    tz = ZoneInfo(tzname)
    oracle = _oracle(shared, spec.name)
    counts = Counts()
    out: list[dict[str, Any]] = []
    for p in _candidate_files(site_dir):
        rel = p.relative_to(site_dir).as_posix()
        split = _split(p.read_text(encoding="utf-8", errors="replace"))
        if split is None:
            continue
        meta, lines, body = split
        coll = oracle.get(rel)
        if not spec.wanted(rel, coll if coll is not None else _collection_of(rel), meta):
            continue
        if coll is None:
            counts.unpublished += 1
            continue
        try:
            published, pub_note = spec.published(rel, meta, tz)
            raw_events = spec.events(p, rel, meta, lines, tz, counts)
        except _Skip:
            counts.no_key += 1
            continue
        counts.documents += 1
        if not _has_text(body):
            counts.left_out_empty += 1
            continue
        counts.with_text += 1
        title = meta.get("title")
        summary = str(title).strip() if title is not None else Path(rel).stem
        notes = [
            f"Site-key label ({spec.note}); the key is hidden from the body, so the evidence "
            "is front matter, not body text.",
            pub_note + ".",
        ]
        events: list[dict[str, Any]] = []
        if _CANCELLED.search(summary):
            counts.cancelled += 1
            notes.append(f"Title says the event was cancelled ({summary!r}): no event.")
            raw_events = []
        pub_day = _published_day(published, tz)
        for ev in raw_events:
            kind = "must"
            if _day(ev.start) < pub_day:
                kind = "may"
                counts.may += 1
                notes.append(
                    f"The key's start {_fmt(ev.start)} precedes publication ({published}): a "
                    "stale, copied or mistyped key, or a report after the event; kind may."
                )
            elif (
                _day(ev.start) == pub_day
                and spec.published is _post_published
                and spec.events is not _meeting_events
            ):
                notes.append("Published on the event's start day (file named by the event?).")
            counts.events += 1
            counts.timed += isinstance(ev.start, datetime)
            counts.all_day += not isinstance(ev.start, datetime)
            counts.with_end += ev.end is not None
            events.append(
                {
                    "start": _fmt(ev.start),
                    "end": _fmt(ev.end),
                    "summary": summary,
                    "evidence": ev.evidence,
                    "kind": kind,
                }
            )
        out.append(
            {
                "file": str(p),
                "site": repo,
                "source": f"{repo}:{rel}@{commit}",
                "lang": lang,
                "published": published,
                "timezone": tzname,
                "events": events,
                "notes": " ".join(notes),
            }
        )
    return out, counts


def _published_day(published: str, tz: ZoneInfo) -> date:
    value = dateparser.isoparse(published)
    if isinstance(value, datetime) and value.tzinfo is not None and "T" in published:
        return value.astimezone(tz).date()
    return value.date() if isinstance(value, datetime) else value


def _manifest(shared: Path) -> dict[str, str]:
    """owner/repo -> commit."""
    entries = yaml.safe_load((shared / "sites" / "MANIFEST.yaml").read_text(encoding="utf-8"))
    return {e["repo"]: str(e.get("commit", "")) for e in entries or []}


def site_key_labels_with_counts(
    shared: Path,
) -> tuple[list[dict[str, Any]], dict[str, Counts]]:
    """The labels and, per site, what was counted, kept or left out."""
    commits = _manifest(shared)
    labels: list[dict[str, Any]] = []
    counts: dict[str, Counts] = {}
    for repo, spec in SITES.items():
        if not (shared / "sites" / spec.name).is_dir():
            continue
        entries, counted = _site_labels(shared, repo, spec, commits.get(repo, ""))
        labels += entries
        counts[repo] = counted
    return labels, counts


def site_key_labels(shared: Path) -> list[dict]:
    """One label entry per published document with its site's event key and some body text:
    {file (absolute), site, source, lang, published, timezone, events, notes}, where each event
    is {start, end, summary, evidence, kind}. See the module docstring for the rules."""
    return site_key_labels_with_counts(shared)[0]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    parser.add_argument("--shared", type=Path, default=DEFAULT_SHARED)
    parser.add_argument("--out", type=Path, help="write the labels to this YAML file")
    args = parser.parse_args(argv)
    shared: Path = args.shared
    if not (shared / "sites" / "MANIFEST.yaml").is_file():
        print(
            f"skipped: no real sites under {shared} (expected {shared / 'sites/MANIFEST.yaml'});"
            " pass --shared DIR",
            file=sys.stderr,
        )
        return 2
    labels, counts = site_key_labels_with_counts(shared)
    cols = ["documents", "with_text", "left_out_empty", "events", "timed", "all_day",
            "with_end", "may", "cancelled", "unparsable", "unpublished", "no_key"]
    print(f"{'site':38} " + " ".join(f"{c:>8.8}" for c in cols))
    total = dict.fromkeys(cols, 0)
    for repo, c in counts.items():
        row = c.row()
        print(f"{repo:38} " + " ".join(f"{row[k]:>8}" for k in cols))
        for k in cols:
            total[k] += row[k]
    print(f"{'total':38} " + " ".join(f"{total[k]:>8}" for k in cols))
    print(
        "documents: published documents with the site's key; left_out_empty: of those, no body "
        "text (left out); may: starts before publication; unpublished: has the key but Jekyll "
        "does not publish it; no_key: wanted document without a usable start"
    )
    if args.out:
        text = "# Site-key event labels (benchmarks/site_key_labels.py); schema as " \
               "corpus/events-dev/labels.yaml plus site/source.\n"
        text += yaml.safe_dump(labels, allow_unicode=True, sort_keys=False, width=100)
        args.out.write_text(text, encoding="utf-8")
        print(f"wrote {len(labels)} entries to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
