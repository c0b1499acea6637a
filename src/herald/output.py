"""Write a build's files atomically: into a fresh folder beside `out`, then swap it in."""

from __future__ import annotations

import ctypes
import os
import shutil
import tempfile
from collections.abc import Mapping
from pathlib import Path, PurePosixPath

MARKER = ".herald-output"
MARKER_TEXT = "This folder is written by herald; files listed below are replaced on every build.\n"


class OutputError(Exception):
    pass


def check_target(out: Path) -> None:
    """Refuse a target that exists and holds files herald did not write."""
    if out.exists() and not out.is_dir():
        raise OutputError(f"{out}: exists and is not a folder; choose another --out")
    if out.is_dir() and any(out.iterdir()) and not (out / MARKER).is_file():
        raise OutputError(f"{out}: folder is not empty and was not written by herald; "
                          "empty it or choose another --out")


def write_tree(out: Path, files: Mapping[str, bytes]) -> None:
    """Replace `out` with exactly `files` (relative POSIX paths), all or nothing.

    Files someone else put into `out` (not listed in the previous build's marker) are kept.
    """
    out = out.resolve() if out.is_symlink() else out.absolute()  # write where the link points
    check_target(out)
    for name in files:
        _check_relative(name)
    out.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{out.name}.herald-", dir=out.parent))
    try:
        for name, data in sorted(files.items()):
            target = staging / name
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)
        _keep_foreign_files(out, staging, set(files))
        manifest = "".join(f"{name}\n" for name in sorted(files))
        (staging / MARKER).write_text(MARKER_TEXT + manifest, encoding="utf-8")
        _fsync_tree(staging)
        _swap(staging, out)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise


def _check_relative(name: str) -> None:
    path = PurePosixPath(name)
    if path.is_absolute() or ".." in path.parts or not path.parts or "\\" in name:
        raise OutputError(f"refusing to write {name!r}: outside the output folder")


def _keep_foreign_files(out: Path, staging: Path, written: set[str]) -> None:
    if not (out / MARKER).is_file():
        return
    ours = set((out / MARKER).read_text(encoding="utf-8").splitlines()[1:])
    for path in out.rglob("*"):
        rel = path.relative_to(out).as_posix()
        if path.is_dir() or rel == MARKER or rel in ours or rel in written:
            continue
        target = staging / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(path, target, follow_symlinks=False)


def _exchange(a: Path, b: Path) -> bool:
    """Swap two paths in one step (Linux renameat2); False where the system cannot."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        renameat2 = libc.renameat2
    except (OSError, AttributeError):
        return False
    at_fdcwd, rename_exchange = -100, 2
    result = renameat2(at_fdcwd, os.fsencode(a), at_fdcwd, os.fsencode(b), rename_exchange)
    return result == 0


def _fsync_tree(folder: Path) -> None:
    for path in folder.rglob("*"):
        if path.is_file():
            with open(path, "rb") as handle:
                os.fsync(handle.fileno())


def _swap(staging: Path, out: Path) -> None:
    staging.chmod(0o755)
    if not out.exists():
        os.rename(staging, out)
        return
    if _exchange(staging, out):
        shutil.rmtree(staging, ignore_errors=True)
        return
    old = out.with_name(f".{out.name}.herald-old-{os.getpid()}")
    os.rename(out, old)
    try:
        os.rename(staging, out)
    except BaseException:
        os.rename(old, out)
        raise
    shutil.rmtree(old, ignore_errors=True)
