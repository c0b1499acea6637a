"""What herald's commands print, made from the library's results: build summaries, `herald
check`'s line, and each event and rejected candidate of `herald events` as plain data."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import Any

from herald.results import BuildResult, CheckResult, EventsResult


def counted(count: int, word: str) -> str:
    """`1 post`, `2 posts`: the English plural of the words herald's summaries count."""
    return f"{count} {word if count == 1 else word + 's'}"


def _when(value: datetime | date | None) -> str | None:
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    return value.isoformat()


def build_lines(result: BuildResult, out: Path) -> list[str]:
    """`herald build`'s summary: the events found, then the counts of all."""
    counts = result.counts
    return [
        f"{counted(counts.events, 'event')} found ({counts.inferred} inferred from text, "
        f"{counts.default_ends} with the default duration, "
        f"{counted(counts.candidates, 'candidate')} rejected; see "
        "`herald events --candidates`)",
        f"{counted(counts.posts, 'post')}, {counted(counts.themes, 'theme')}, "
        f"{counted(counts.languages, 'language')}, {counted(counts.feeds, 'feed')}, "
        f"{counted(counts.events, 'event')}, {counted(result.warnings, 'warning')}, "
        f"{counted(result.errors, 'error')} in {result.seconds:.2f} s; "
        f"{counted(counts.files, 'file')} in {out}"
        + (" (unchanged since the last build)" if result.unchanged else ""),
    ]


def rebuild_line(result: BuildResult) -> str:
    """What `herald serve` says of each build."""
    return (f"{counted(len(result.sizes), 'file')}, {counted(result.warnings, 'warning')}, "
            f"{counted(result.errors, 'error')} in {result.seconds:.2f} s"
            + (" (unchanged)" if result.unchanged else ""))


def check_line(result: CheckResult) -> str:
    """`herald check`'s last line: what became of the documents, and the problems."""
    collections = result.collections
    parts = [f"{count} in {label}" for label, count in collections.items() if label != "posts"]
    kinds = counted(collections.get("posts", 0), "post") + (
        ", " + ", ".join(parts) if parts else "")
    return (f"{counted(result.documents, 'document')} ({kinds}): "
            f"{result.built} in the feeds, {len(result.left_out)} left out on purpose, "
            f"{len(result.not_built)} not built (errors say why), "
            f"{len(result.lost)} lost; {counted(result.errors, 'error')}, "
            f"{counted(result.warnings, 'warning')}")


def event_rows(found: EventsResult, candidates: bool = False) -> list[dict[str, Any]]:
    """One dict per event (and per rejected candidate when asked), ordered by start."""
    rows: list[dict[str, Any]] = []
    for event, post in found.events:
        rows.append({
            "kind": "event", "start": _when(event.start), "end": _when(event.end),
            "all_day": event.all_day, "timezone": event.timezone, "summary": event.summary,
            "post": post.path, "source": event.source, "status": event.status,
            "confidence": round(event.confidence, 2), "evidence": event.evidence,
            "end_assumed": event.end_assumed, "uid": event.uid, "keys": list(event.keys),
            "rrule": event.rrule, "location": event.place,
        })
    if candidates:
        for candidate, post in found.candidates:
            rows.append({
                "kind": "candidate", "start": _when(candidate.start),
                "end": _when(candidate.end), "post": post.path, "source": "inferred",
                "confidence": round(candidate.confidence, 2), "evidence": candidate.evidence,
                "reason": candidate.reason,
            })
    return sorted(rows, key=lambda r: (r["start"] or "", r["post"], r["kind"]))


def site_keys_line(found: EventsResult) -> str | None:
    """Which of the site's own front matter keys gave events, on how many documents."""
    used = found.site_keys
    if not used:
        return None
    return "site keys: " + ", ".join(
        f"{key} ({count} document{'s' if count != 1 else ''})" for key, count in used.items())


def event_line(row: dict[str, Any]) -> str:
    """A row as one or two readable lines."""
    end = row["end"] or "-"
    if row["kind"] == "candidate":
        head = (f"candidate {row['start']} -> {end}  {row['post']}  "
                f"(confidence {row['confidence']:.2f}: rejected, {row['reason']})")
    else:
        note = " (default duration)" if row["end_assumed"] else ""
        status = "" if row["status"] == "CONFIRMED" else f" [{row['status'].lower()}]"
        keys = f": {', '.join(row['keys'])}" if row.get("keys") else ""
        head = (f"{row['start']} -> {end}{note}{status}  {row['summary']}  {row['post']}  "
                f"[{row['source']}{keys}, confidence {row['confidence']:.2f}]")
        if row.get("rrule"):
            head += f"\n    repeats: {row['rrule']}"
    evidence = f'\n    evidence: "{row["evidence"]}"' if row.get("evidence") else ""
    return head + evidence
