"""What makes a folder herald's output: the marker file, which lists every file the last build
wrote with its SHA-256. Only the standard library, so that a build with nothing to do can
look at it without loading the writer."""

from __future__ import annotations

import hashlib
from pathlib import Path

MARKER = ".herald-output"
MARKER_TEXT = "This folder is written by herald; files listed below are replaced on every build.\n"


class OutputError(Exception):
    """The output folder cannot be written: nothing was."""


def check_target(out: Path) -> None:
    """Refuse a target that exists and holds files herald did not write."""
    if out.exists() and not out.is_dir():
        raise OutputError(f"{out}: exists and is not a folder; choose another --out")
    if out.is_dir() and any(out.iterdir()) and not (out / MARKER).is_file():
        raise OutputError(f"{out}: folder is not empty and was not written by herald; "
                          "empty it or choose another --out")


def previous_digests(out: Path) -> dict[str, str]:
    """The SHA-256 of each file the previous build wrote into `out`, from its marker."""
    try:
        lines = (out / MARKER).read_text(encoding="utf-8").splitlines()[1:]
    except (OSError, UnicodeDecodeError):
        return {}
    return dict(line.split("\t", 1) for line in lines if "\t" in line)


def marker_digest(out: Path) -> str:
    """The SHA-256 of `out`'s marker: it changes whenever a build writes `out`."""
    return hashlib.sha256((out / MARKER).read_bytes()).hexdigest()
