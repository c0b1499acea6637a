"""Everything herald keeps, in one place.

Between builds, in the cache folder (`--cache-dir`), and nowhere else:
- `store.py`: `posts.sqlite`, each read post by the key of its inputs;
- `record.py`: `last-build-<out>.json`, the record of the last build into an output folder
  (what it read, until when its output stays right, what it reported and what each unit of
  work wrote).

Within one build: `memo.py`, the memos a build hands its renderers. `keys.py` makes the keys
all of them are filed under; `default_cache_dir` says where the folder is.
"""

from __future__ import annotations

import os
from pathlib import Path

from herald.cache.keys import path_key


def default_cache_dir(content: Path) -> Path:
    """`$XDG_CACHE_HOME/herald/<hash of the content folder's path>` (~/.cache by default)."""
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "herald" / path_key(content.resolve())
