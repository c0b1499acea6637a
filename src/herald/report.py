"""What `herald events` shows: each event and each rejected candidate, as plain data."""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # a build with nothing to do prints its summary without loading it
    from herald.events.schedule import Schedule


def counted(count: int, word: str) -> str:
    """`1 post`, `2 posts`: the English plural of the words herald's summaries count."""
    return f"{count} {word if count == 1 else word + 's'}"


def _when(value: datetime | date | None) -> str | None:
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    return value.isoformat()


def event_rows(schedule: Schedule, candidates: bool = False) -> list[dict[str, Any]]:
    """One dict per event (and per rejected candidate when asked), ordered by start."""
    rows: list[dict[str, Any]] = []
    for event, post in schedule.events:
        rows.append({
            "kind": "event", "start": _when(event.start), "end": _when(event.end),
            "all_day": event.all_day, "timezone": event.timezone, "summary": event.summary,
            "post": post.path, "source": event.source, "status": event.status,
            "confidence": round(event.confidence, 2), "evidence": event.evidence,
            "end_assumed": event.end_assumed, "uid": event.uid, "keys": list(event.keys),
            "rrule": event.rrule, "location": event.place,
        })
    if candidates:
        for found, post in schedule.candidates:
            rows.append({
                "kind": "candidate", "start": _when(found.start), "end": _when(found.end),
                "post": post.path, "source": "inferred",
                "confidence": round(found.confidence, 2), "evidence": found.evidence,
                "reason": found.reason,
            })
    return sorted(rows, key=lambda r: (r["start"] or "", r["post"], r["kind"]))


def site_keys_line(schedule: Schedule) -> str | None:
    """Which of the site's own front matter keys gave events, on how many documents."""
    used = schedule.site_keys()
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
