"""Write a build's files atomically: into a fresh folder beside `out`, then swap it in."""

from __future__ import annotations

import contextlib
import ctypes
import hashlib
import os
import shutil
import tempfile
from collections.abc import Mapping
from pathlib import Path, PurePosixPath

from herald.write.folder import (
    MARKER,
    MARKER_TEXT,
    OutputError,
    check_target,
    previous_digests,
)

try:
    import fcntl
except ImportError:  # Windows: stale staging folders are not cleaned up there
    fcntl = None  # type: ignore[assignment]

FileStat = tuple[int, int, int]  # size, inode, modification time (ns)
STAGING_TRIES = 5  # fresh staging folders made before giving up (see `_locked_staging`)


def file_stat(found: os.stat_result) -> FileStat:
    return found.st_size, found.st_ino, found.st_mtime_ns


class TreeWriter:
    """Files added one by one into a fresh folder beside `out`, swapped in when all are there.

    Use it as a context manager: leaving the block normally swaps the new tree in; an
    exception (or a kill) leaves `out` as it was.
    """

    def __init__(self, out: Path, known: Mapping[str, FileStat] | None = None) -> None:
        """`known`: each file's `FileStat` as the previous build left it, when remembered;
        a previous file is then reused only if it still has it (not edited since)."""
        self.out = out.resolve() if out.is_symlink() else out.absolute()  # write through links
        check_target(self.out)
        self.out.parent.mkdir(parents=True, exist_ok=True)
        _remove_stale_staging(self.out)
        self._lock: int | None = None
        self.staging = self._locked_staging()
        self._digests: dict[str, str] = {}
        self._written: list[Path] = []
        self._folders: set[Path] = set()
        self._known = known or {}
        self.stats: dict[str, FileStat] = {}  # every file's, once the new tree is in place
        try:
            # marked as herald's before anything else goes in: a later build may remove it
            (self.staging / MARKER).write_text(MARKER_TEXT, encoding="utf-8")
            self._previous = previous_digests(self.out)
        except BaseException:
            self._abort()
            raise

    def _locked_staging(self) -> Path:
        """A fresh folder beside `out`, locked until this build ends, however it ends. A
        concurrent build may remove it while it is empty and not yet locked: then another."""
        for _ in range(STAGING_TRIES):
            staging = Path(tempfile.mkdtemp(prefix=f".{self.out.name}.herald-",
                                            dir=self.out.parent))
            try:
                lock = _lock(staging)
            except FileNotFoundError:
                continue
            if lock is not None and os.fstat(lock).st_nlink == 0:  # removed while we waited
                os.close(lock)
                continue
            self._lock = lock
            return staging
        raise OutputError(f"cannot make a staging folder beside {self.out}: another program "
                          "removes each one as it is made")

    def __enter__(self) -> TreeWriter:
        return self

    def __exit__(self, kind: object, error: object, trace: object) -> None:
        if kind is not None:
            self._abort()
            return
        try:
            self._commit()
        except BaseException:
            self._abort()
            raise

    def add(self, name: str, data: bytes) -> str:
        """Put one file into the new tree: the previous build's file when it is unchanged.
        Returns the file's SHA-256."""
        _check_relative(name)
        target = self._target(name)
        digest = self._digests[name] = hashlib.sha256(data).hexdigest()
        if self._previous.get(name) == digest and self._link(name, target, len(data)):
            return digest  # unchanged: the previous build's file, not a copy
        if target.is_file():  # linked by `keep`: never write through to the previous build's
            target.unlink()
        target.write_bytes(data)
        self._written.append(target)
        return digest

    def can_keep(self, name: str, digest: str) -> bool:
        """Whether the previous build wrote `name` with these bytes (as its marker says)."""
        return self._previous.get(name) == digest

    def keep(self, name: str, digest: str, size: int) -> bool:
        """Put the previous build's `name` into the new tree unread, if it still holds the
        bytes whose SHA-256 is `digest`; False when it does not (then `add` it)."""
        _check_relative(name)
        if self._previous.get(name) != digest:
            return False
        target = self._target(name)
        if not self._link(name, target, size):
            return False
        self._digests[name] = digest
        return True

    def _link(self, name: str, target: Path, size: int) -> bool:
        """Hard-link the previous build's `name` to `target`, if it is still as written."""
        source = self.out / name
        try:
            if source.is_symlink():
                return False
            found = source.stat()
            if found.st_size != size:
                return False
            known = self._known.get(name)
            if known is not None and known != file_stat(found):
                return False
            os.link(source, target)
        except OSError:
            return False
        return True

    def _target(self, name: str) -> Path:
        """Where `name` goes in the new tree, its folder made."""
        target = self.staging / name
        if target.parent not in self._folders:
            target.parent.mkdir(parents=True, exist_ok=True)
            self._folders.add(target.parent)
        return target

    def _commit(self) -> None:
        _keep_foreign_files(self.out, self.staging, set(self._digests))
        manifest = "".join(f"{name}\t{self._digests[name]}\n" for name in sorted(self._digests))
        (self.staging / MARKER).write_text(MARKER_TEXT + manifest, encoding="utf-8")
        _fsync([*self._written, self.staging / MARKER])
        self.stats = {name: file_stat((self.staging / name).stat()) for name in self._digests}
        _swap(self.staging, self.out)
        self._release()

    def _abort(self) -> None:
        _remove_tree(self.staging)
        self._release()

    def _release(self) -> None:
        if self._lock is not None:
            os.close(self._lock)
            self._lock = None


def _lock(folder: Path) -> int | None:
    """An open descriptor holding an exclusive lock on `folder`; None where there are none."""
    if fcntl is None:
        return None
    fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
    fcntl.flock(fd, fcntl.LOCK_EX)
    return fd


def _remove_stale_staging(out: Path) -> None:
    """Remove the staging folders of builds that were killed before they finished.

    Only folders named like `TreeWriter`'s staging folders (not the `-old-` one of the fallback
    swap) that no running build holds locked, and of those the ones that hold herald's marker
    or nothing at all (a build killed between making its folder and marking it, or between
    removing its marker and the folder).
    """
    if fcntl is None:
        return
    prefix = f".{out.name}.herald-"
    for folder in out.parent.iterdir():
        name = folder.name
        if not name.startswith(prefix) or "-" in name[len(prefix):] or folder.is_symlink():
            continue
        try:
            fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
        except OSError:
            continue
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            continue  # a build still running
        else:
            if (folder / MARKER).is_file():
                _remove_tree(folder)
            else:
                with contextlib.suppress(OSError):
                    folder.rmdir()  # (only where empty: an unmarked folder may be anyone's)
        finally:
            os.close(fd)


def _remove_tree(folder: Path) -> None:
    """Remove `folder`, its marker last: if this is killed, what is left is still marked."""
    try:
        children = [child for child in folder.iterdir() if child.name != MARKER]
    except OSError:
        children = []
    for child in children:
        if child.is_dir() and not child.is_symlink():
            shutil.rmtree(child, ignore_errors=True)
        else:
            with contextlib.suppress(OSError):
                child.unlink()
    with contextlib.suppress(OSError):
        (folder / MARKER).unlink(missing_ok=True)
        folder.rmdir()


def _check_relative(name: str) -> None:
    path = PurePosixPath(name)
    if path.is_absolute() or ".." in path.parts or not path.parts or "\\" in name:
        raise OutputError(f"refusing to write {name!r}: outside the output folder")


def _keep_foreign_files(out: Path, staging: Path, written: set[str]) -> None:
    if not (out / MARKER).is_file():
        return
    ours = {line.split("\t", 1)[0]
            for line in (out / MARKER).read_text(encoding="utf-8").splitlines()[1:]}
    for path in out.rglob("*"):
        rel = path.relative_to(out).as_posix()
        if path.is_dir() and not path.is_symlink():  # a linked folder is kept as a link
            continue
        if rel == MARKER or rel in ours or rel in written:
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


def _fsync(paths: list[Path]) -> None:
    for path in paths:
        with open(path, "rb") as handle:
            os.fsync(handle.fileno())


def _swap(staging: Path, out: Path) -> None:
    staging.chmod(0o755)
    if not out.exists():
        os.rename(staging, out)
        return
    if _exchange(staging, out):
        _remove_tree(staging)  # now the previous output
        return
    old = out.with_name(f".{out.name}.herald-old-{os.getpid()}")
    os.rename(out, old)
    try:
        os.rename(staging, out)
    except BaseException:
        os.rename(old, out)
        raise
    shutil.rmtree(old, ignore_errors=True)
