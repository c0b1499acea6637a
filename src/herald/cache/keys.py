"""What cache keys are made of: herald's own code, values by their `repr`, and paths."""

from __future__ import annotations

import functools
import hashlib
from pathlib import Path
from typing import Any

from herald import __version__

SCHEMA = 1


@functools.cache
def code_digest() -> str:
    """A digest of herald's own source: results cached by other code are never reused."""
    digest = hashlib.sha256(f"{SCHEMA}\0{__version__}".encode())
    package = Path(__file__).parent.parent  # all of herald, not just this package
    for path in sorted(package.rglob("*.py")):
        digest.update(path.relative_to(package).as_posix().encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def fingerprint(*parts: Any) -> str:
    """A stable digest of values whose `repr` says everything about them."""
    digest = hashlib.sha256(code_digest().encode())
    for part in parts:
        digest.update(b"\0" + repr(part).encode("utf-8", "surrogateescape"))
    return digest.hexdigest()


def path_key(path: Path) -> str:
    """A short name for a folder, for the cache files that belong to it."""
    return hashlib.sha256(str(path).encode("utf-8", "surrogateescape")).hexdigest()[:16]
