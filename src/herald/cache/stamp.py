"""Skip a build whose inputs, settings and output are exactly those of the last one.

After a build, herald records in its cache folder a digest of everything the build read (the
settings, the theme and post files' sizes and times, the git commit), the build's report, and
until when the output stays right (the next future post's date, the next event end that moves
an event from upcoming to past on the index page). A later build with the same digest, inside
that time, and with the output folder as herald left it, has nothing to do. This module and
the scan only import the standard library, so that finding this out takes a few milliseconds.
"""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
from dataclasses import asdict, dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from herald.cache.store import code_digest
from herald.load.scan import Scan

MARKER = ".herald-output"  # output.MARKER, without importing the writer


@dataclass(frozen=True)
class Report:
    """What a build tells its user: its problems (as printed) and its counts."""

    problems: list[str]
    errors: int
    warnings: int
    posts: int
    themes: int
    languages: int
    feeds: int
    events: int
    inferred: int
    default_ends: int
    candidates: int
    files: int


def settings(content: Path, out: Path, drafts: bool, future: bool,
             overrides: dict[str, Any] | None) -> tuple[Any, ...]:
    """Everything besides the files that decides what a build writes."""
    given = sorted((k, v) for k, v in (overrides or {}).items() if v is not None)
    return str(content.absolute()), str(out.absolute()), drafts, future, given


def inputs_digest(scan: Scan, settings: Any) -> str:
    """A digest of the settings and of every file herald reads (the scan's)."""
    digest = hashlib.sha256(f"{code_digest()}\0{settings!r}\0{_git_head(scan.root)}".encode())
    digest.update(scan.digest().encode())
    return digest.hexdigest()


def stamp_path(cache_dir: Path, out: Path) -> Path:
    name = hashlib.sha256(str(out.absolute()).encode("utf-8", "surrogateescape"))
    return cache_dir / f"last-build-{name.hexdigest()[:16]}.json"


def unchanged(cache_dir: Path, out: Path, inputs: str, now: datetime) -> Report | None:
    """The last build's report, when building again would write exactly what `out` holds."""
    try:
        stamp = json.loads(stamp_path(cache_dir, out).read_text(encoding="utf-8"))
        if stamp["inputs"] != inputs or now < datetime.fromisoformat(stamp["built_at"]):
            return None
        if stamp["valid_until"] and now >= datetime.fromisoformat(stamp["valid_until"]):
            return None
        if _digest_of(out / MARKER) != stamp["marker"] or not _files_present(out, stamp):
            return None
        return Report(**stamp["report"])
    except (OSError, ValueError, KeyError, TypeError):
        return None


def record(cache_dir: Path, out: Path, inputs: str, now: datetime,
           valid_until: datetime | None, report: Report,
           files: dict[str, tuple[int, int, int]]) -> None:
    """Remember a finished build and each file's size, inode and modification time as it
    left them; a cache folder that cannot be written is only slower."""
    stamp = {"inputs": inputs, "built_at": now.isoformat(),
             "valid_until": valid_until.isoformat() if valid_until else None,
             "marker": _digest_of(out / MARKER), "files": files, "report": asdict(report)}
    path = stamp_path(cache_dir, out)
    try:
        cache_dir.mkdir(parents=True, exist_ok=True)
        temporary = path.with_suffix(f".{os.getpid()}.tmp")
        temporary.write_text(json.dumps(stamp), encoding="utf-8")
        os.replace(temporary, path)
    except OSError:
        pass


def _git_head(content: Path) -> str:
    """The commit the content is at: git's commit times are what `updated` comes from."""
    try:
        return subprocess.run(["git", "-C", str(content), "rev-parse", "HEAD"],
                              capture_output=True, text=True, timeout=30).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return ""


def _digest_of(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _files_present(out: Path, stamp: dict[str, Any]) -> bool:
    """Whether every file is still as the build left it (not replaced or edited since)."""
    folder = str(out)
    for name, (size, inode, mtime) in stamp["files"].items():
        try:
            found = os.stat(os.path.join(folder, name))  # not `out / name`: 0.1 s at 17,000
        except OSError:
            return False
        if (found.st_size, found.st_ino, found.st_mtime_ns) != (size, inode, mtime):
            return False
    return True
