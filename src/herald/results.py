"""What herald's library returns (`herald.build`, `herald.check`, `herald.events`): plain data
that the command line and the preview server print, and that nothing here prints."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any, NamedTuple

from herald.problems import Problem

if TYPE_CHECKING:  # a build with nothing to do answers without loading them
    from herald.derive.infer import Found
    from herald.derive.schedule import Schedule
    from herald.model import Event, Post, Site


def in_order(problems: Iterable[Problem]) -> tuple[Problem, ...]:
    """Problems as herald prints them: by file, line, then message."""
    return tuple(sorted(problems, key=lambda p: (p.path, p.line or 0, p.message)))


def _errors(problems: tuple[Problem, ...]) -> int:
    return sum(p.severity == "error" for p in problems)


def _warnings(problems: tuple[Problem, ...]) -> int:
    return sum(p.severity == "warning" for p in problems)


class Counts(NamedTuple):
    """How much a build found and wrote."""

    posts: int = 0
    themes: int = 0
    languages: int = 0
    feeds: int = 0
    events: int = 0
    inferred: int = 0  # events found in post text
    default_ends: int = 0  # events whose end is the default duration
    candidates: int = 0  # dates inference rejected
    files: int = 0


@dataclass(frozen=True)
class BuildResult:
    """What `herald.build` did.

    `unchanged` builds were answered from the record of the last build: nothing was read or
    written, and `site` and `schedule` are None.
    """

    counts: Counts
    problems: tuple[Problem, ...]  # in `in_order`
    sizes: dict[str, int]  # every file herald wrote into the output, by name: its size
    seconds: float
    unchanged: bool = False
    next_change: datetime | None = None  # when time alone will change the output
    site: Site | None = None  # the posts and everything else read
    schedule: Schedule | None = None  # the events
    files: dict[str, bytes] = field(default_factory=dict)  # the bytes, of a build in memory

    @property
    def errors(self) -> int:
        return _errors(self.problems)

    @property
    def warnings(self) -> int:
        return _warnings(self.problems)


class CheckResult(NamedTuple):
    """What `herald.check` found: what became of every document, and every problem."""

    documents: int  # posts, drafts when asked for, and documents of collections herald reads
    collections: dict[str, int]  # documents by collection (`posts` for posts)
    built: int  # documents in the feeds
    left_out: dict[str, str]  # on purpose: path -> why
    not_built: tuple[str, ...]  # named in an error
    lost: tuple[Problem, ...]  # a herald bug each
    problems: tuple[Problem, ...]  # in `in_order`

    @property
    def errors(self) -> int:
        return _errors(self.problems)

    @property
    def warnings(self) -> int:
        return _warnings(self.problems)

    @property
    def ok(self) -> bool:
        return not self.errors

    def as_json(self) -> dict[str, Any]:
        """What `herald check --format json` prints."""
        return {
            "ok": self.ok, "documents": self.documents, "collections": self.collections,
            "built": self.built, "left_out": self.left_out, "not_built": list(self.not_built),
            "lost": [_row(p) for p in self.lost],
            "errors": [_row(p) for p in self.problems if p.severity == "error"],
            "warnings": [_row(p) for p in self.problems if p.severity == "warning"],
        }


def _row(problem: Problem) -> dict[str, object]:
    return {"path": problem.path, "line": problem.line, "severity": problem.severity,
            "message": problem.message}


class EventsResult(NamedTuple):
    """What `herald.events` found: each event with the post announcing it, ordered by start;
    the dates inference rejected; which of the site's own front matter keys gave events."""

    events: tuple[tuple[Event, Post], ...]
    candidates: tuple[tuple[Found, Post], ...]
    site_keys: dict[str, int]  # key -> documents whose events it gave
    problems: tuple[Problem, ...]  # in `in_order`

    @property
    def inferred(self) -> int:
        return sum(event.source == "inferred" for event, _ in self.events)

    @property
    def errors(self) -> int:
        return _errors(self.problems)
