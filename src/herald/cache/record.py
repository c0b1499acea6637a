"""`last-build-<out>.json`: the record of the last build into an output folder.

It says what the build read (a digest of the settings, herald's code, the git commit and the
scan of every file it reads), until when its output stays right (the next future post's date,
the next event end that moves an event from upcoming to past on the index page), what it
reported, each file's size, inode and modification time as it left them, and what each unit
of work wrote (`Written`). A later build with the same inputs, inside that time, and with the
output folder as the build left it, has nothing to do; otherwise the units whose keys did not
change take their files from the last output instead of rendering them.

Two lines of JSON: the first is all that a build with nothing to do reads. This module and
the scan only import the standard library, so that finding that out takes milliseconds.
"""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any, NamedTuple

from herald.cache.keys import code_digest, path_key
from herald.load.scan import Scan
from herald.write.folder import marker_digest

FileStat = tuple[int, int, int]  # size, inode, modification time (ns)


class Written(NamedTuple):
    """One file a unit wrote: its name, SHA-256, size, and the ids of the entries it holds."""

    name: str
    digest: str
    size: int
    ids: tuple[str, ...]


@dataclass(frozen=True)
class BuildRecord:
    """What the last build into an output folder read, reported and wrote."""

    inputs: str = ""
    built_at: datetime | None = None
    valid_until: datetime | None = None
    marker: str = ""  # the SHA-256 of the output folder's marker
    files: dict[str, FileStat] = field(default_factory=dict)
    report: dict[str, Any] = field(default_factory=dict)  # `herald.results.BuildResult.report`
    units: dict[str, tuple[Written, ...]] = field(default_factory=dict)  # by unit key

    def still_right(self, inputs: str, now: datetime, out: Path) -> bool:
        """Whether building again at `now` would write exactly what `out` holds."""
        if not self.inputs or self.inputs != inputs or self.built_at is None or now < self.built_at:
            return False
        if self.valid_until is not None and now >= self.valid_until:
            return False
        try:
            return marker_digest(out) == self.marker and _files_present(out, self.files)
        except OSError:
            return False


def settings(content: Path, out: Path, drafts: bool, future: bool,
             overrides: dict[str, Any] | None) -> tuple[Any, ...]:
    """Everything besides the files that decides what a build writes."""
    given = sorted((k, v) for k, v in (overrides or {}).items() if v is not None)
    return str(content.absolute()), str(out.absolute()), drafts, future, given


def inputs_digest(scan: Scan, settings: Any) -> str:
    """A digest of herald's code, the settings and every file herald reads (the scan's)."""
    digest = hashlib.sha256(f"{code_digest()}\0{settings!r}\0{_git_head(scan.root)}".encode())
    digest.update(scan.digest().encode())
    return digest.hexdigest()


def record_path(cache_dir: Path, out: Path) -> Path:
    return cache_dir / f"last-build-{path_key(out.absolute())}.json"


def load(cache_dir: Path, out: Path, units: bool = True) -> BuildRecord:
    """The record of the last build into `out`; an empty one when there is none, or when
    another version of herald wrote it. `units=False` reads only what decides whether there
    is anything to do."""
    try:
        with record_path(cache_dir, out).open(encoding="utf-8") as handle:
            head = json.loads(handle.readline())
            if head["code"] != code_digest():
                return BuildRecord()
            made = json.loads(handle.readline()) if units else {}
        return BuildRecord(
            inputs=head["inputs"], built_at=datetime.fromisoformat(head["built_at"]),
            valid_until=(datetime.fromisoformat(head["valid_until"])
                         if head["valid_until"] else None),
            marker=head["marker"], files={name: tuple(stat)  # type: ignore[misc]
                                          for name, stat in head["files"].items()},
            report=head["report"],
            units={key: tuple(Written(name, digest, size, tuple(ids))
                              for name, digest, size, ids in files)
                   for key, files in made.items()})
    except (OSError, ValueError, KeyError, TypeError):
        return BuildRecord()


def save(cache_dir: Path, out: Path, record: BuildRecord) -> None:
    """Keep `record` for the next build into `out`; a cache folder that cannot be written is
    only slower."""
    head = {"code": code_digest(), "inputs": record.inputs,
            "built_at": record.built_at.isoformat() if record.built_at else None,
            "valid_until": record.valid_until.isoformat() if record.valid_until else None,
            "marker": record.marker, "files": record.files, "report": record.report}
    made = {key: [[file.name, file.digest, file.size, file.ids] for file in files]
            for key, files in record.units.items()}
    text = json.dumps(head, ensure_ascii=False) + "\n" + json.dumps(made, ensure_ascii=False)
    write_atomically(record_path(cache_dir, out), text.encode("utf-8"))


def write_atomically(path: Path, data: bytes) -> None:
    """Replace `path` with `data` in one step, making its folder; quietly nothing when the
    folder cannot be written."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_name(f"{path.name}.{os.getpid()}.tmp")
        temporary.write_bytes(data)
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


def _files_present(out: Path, files: dict[str, FileStat]) -> bool:
    """Whether every file is still as the build left it (not replaced or edited since)."""
    folder = str(out)
    for name, (size, inode, mtime) in files.items():
        try:
            found = os.stat(os.path.join(folder, name))  # not `out / name`: 0.1 s at 17,000
        except OSError:
            return False
        if (found.st_size, found.st_ino, found.st_mtime_ns) != (size, inode, mtime):
            return False
    return True
