"""When each file was last committed, read from git in one pass over the whole history."""

from __future__ import annotations

import subprocess
from datetime import UTC, datetime
from pathlib import Path


def last_commit_times(folder: Path) -> dict[Path, datetime]:
    """Map each file under `folder` (absolute, resolved path) to its last commit time.

    Empty when `folder` is not in a git work tree or git is not installed.
    """
    folder = folder.resolve()
    try:
        top = subprocess.run(
            ["git", "-C", str(folder), "rev-parse", "--show-toplevel"],
            capture_output=True, text=True, check=True,
        ).stdout.strip()
        log = subprocess.run(
            ["git", "-C", str(folder), "log", "--no-renames", "--format=%x01%ct",
             "--name-only", "-z", "--", "."],
            capture_output=True, check=True,
        ).stdout
    except (OSError, subprocess.CalledProcessError):
        return {}
    root = Path(top)
    times: dict[Path, datetime] = {}
    current: datetime | None = None
    for field in log.decode("utf-8", "surrogateescape").split("\0"):
        field = field.lstrip("\n")
        if field.startswith("\x01"):
            current = datetime.fromtimestamp(int(field[1:]), UTC)
        elif field and current is not None:
            times.setdefault(root / field, current)
    return times
