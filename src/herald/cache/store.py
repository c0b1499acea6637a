"""`posts.sqlite`: read posts kept between builds, in the user's cache folder; losing it
costs only time.

Each post file's result is stored under a key made of herald's version, the settings and
themes it was read with, and the file's path, size, modification time and last commit, so an
entry is reused only for the very same input.
"""

from __future__ import annotations

import pickle
import sqlite3
from collections.abc import Iterable
from pathlib import Path
from typing import Any


class PostCache:
    """Pickled results by key in one SQLite file; every failure turns it into a no-op."""

    def __init__(self, folder: Path | None) -> None:
        self._db: sqlite3.Connection | None = None
        self._used: set[str] = set()
        self._new: dict[str, bytes] = {}
        if folder is None:
            return
        path = folder / "posts.sqlite"
        for attempt in range(2):
            try:
                folder.mkdir(parents=True, exist_ok=True)
                self._db = sqlite3.connect(path, timeout=5)
                self._db.execute("CREATE TABLE IF NOT EXISTS posts (key TEXT PRIMARY KEY, "
                                 "value BLOB NOT NULL)")
                return
            except sqlite3.DatabaseError:  # not a database any more: start afresh, once
                self._db = None
                if attempt == 0:
                    path.unlink(missing_ok=True)
            except (OSError, sqlite3.Error):
                self._db = None
                return

    @property
    def enabled(self) -> bool:
        return self._db is not None

    def get_many(self, keys: Iterable[str]) -> dict[str, Any]:
        """The cached values of those `keys` that have one and can still be read."""
        wanted = list(dict.fromkeys(keys))
        self._used.update(wanted)
        if self._db is None:
            return {}
        found: dict[str, Any] = {}
        try:
            for start in range(0, len(wanted), 500):
                chunk = wanted[start:start + 500]
                rows = self._db.execute(
                    f"SELECT key, value FROM posts WHERE key IN ({','.join('?' * len(chunk))})",
                    chunk)
                for key, value in rows:
                    try:
                        found[key] = pickle.loads(value)  # noqa: S301 - our own cache folder
                    except Exception:  # noqa: BLE001 - a damaged entry is only a miss
                        continue
        except sqlite3.Error:
            self._db = None
            return {}
        return found

    def put(self, key: str, value: Any, pickled: bytes | None = None) -> None:
        """Store `value` under `key`; `pickled` is `value` already pickled, if it is."""
        self._used.add(key)
        if self._db is not None:
            self._new[key] = pickled or pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
            if len(self._new) >= 500:
                self._flush()

    def _flush(self) -> None:
        """Hand the new entries to SQLite (committed by `save`), so memory stays small."""
        try:
            if self._db is not None:
                self._db.executemany("INSERT OR REPLACE INTO posts VALUES (?, ?)",
                                     self._new.items())
        except sqlite3.Error:
            self._db = None
        self._new.clear()

    def save(self) -> None:
        """Store the new entries and forget those this build did not use."""
        if self._db is None:
            return
        self._flush()
        if self._db is None:
            return
        try:
            with self._db:
                self._db.execute("CREATE TEMP TABLE IF NOT EXISTS used (key TEXT PRIMARY KEY)")
                self._db.execute("DELETE FROM used")
                self._db.executemany("INSERT OR IGNORE INTO used VALUES (?)",
                                     ((key,) for key in self._used))
                self._db.execute("DELETE FROM posts WHERE key NOT IN (SELECT key FROM used)")
        except sqlite3.Error:
            pass
        finally:
            self._db.close()
            self._db = None
