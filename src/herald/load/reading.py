"""Read every post and work out its events: from the cache, else on all cores, else serially.

Whatever path a post takes, the result is the same `(PostResult, PostEvents)` pair, so cached,
uncached, parallel and serial builds write the same bytes.
"""

from __future__ import annotations

import gc
import hashlib
import multiprocessing
import os
import pickle
import stat
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import replace
from pathlib import Path

from herald.cache import PostCache, fingerprint
from herald.load.content import Plan, PostFile, PostResult, Progress, read_post
from herald.model import Config, Theme
from herald.schedule import PostEvents, post_events

Derived = tuple[PostResult, PostEvents | None]
PARALLEL_FROM = 200  # posts to read before a process pool pays for itself

_context: tuple[Path, Config, dict[str, Theme]] | None = None


def read_all(plan: Plan, *, jobs: int = 1, cache: PostCache | None = None,
             progress: Progress | None = None,
             keys: dict[str, str | None] | None = None) -> list[Derived]:
    """Each post file's result and events, in the plan's file order.

    `keys` are the files' `post_keys`, if already known.
    """
    if keys is None:
        keys = post_keys(plan) if cache is not None and cache.enabled else {}
    cached = cache.get_many(key for key in keys.values() if key) if cache is not None else {}
    results: dict[str, Derived] = {}
    todo = []
    for file in plan.files:
        hit = cached.get(keys.get(file.rel) or "")
        if hit is not None:
            results[file.rel] = hit
        else:
            todo.append(file)
    total, done = len(plan.files), len(results)
    for file, (derived, pickled) in zip(todo, _derive(plan, todo, jobs), strict=True):
        results[file.rel] = derived
        if cache is not None and keys.get(file.rel):
            cache.put(keys[file.rel], derived, pickled)
        if progress is not None:
            progress("reading posts", done, total)
        done += 1
    return [results[file.rel] for file in plan.files]


def post_keys(plan: Plan) -> dict[str, str | None]:
    """Each post file's cache key; None for anything but a regular file (a folder, pipe or
    link is cheap to read and may change meaning without changing itself)."""
    context = fingerprint(plan.root, plan.config, sorted(plan.themes.items()))
    keys: dict[str, str | None] = {}
    for file in plan.files:
        try:
            info = os.lstat(file.path)
        except (OSError, ValueError):
            keys[file.rel] = None
            continue
        if not stat.S_ISREG(info.st_mode):
            keys[file.rel] = None
            continue
        inputs = (f"{context}\0{file.rel!r}\0{file.draft!r}\0{file.committed!r}\0"
                  f"{info.st_size}\0{info.st_mtime_ns}\0{info.st_ino}")
        keys[file.rel] = hashlib.sha256(inputs.encode("utf-8", "surrogateescape")).hexdigest()
    return keys


def _derive(plan: Plan, files: list[PostFile], jobs: int
            ) -> Iterator[tuple[Derived, bytes | None]]:
    """Each file's result, and the result pickled when a worker process made it."""
    _set_context(plan.root, plan.config, plan.themes)
    if jobs <= 1 or len(files) < PARALLEL_FROM:
        for file in files:
            yield _read_and_derive(file), None
        return
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else None)
    with ProcessPoolExecutor(jobs, mp_context=context, initializer=_start_worker,
                             initargs=_context) as pool:
        # pickled by the worker, so that the cache stores the very bytes it sent
        for pickled in pool.map(_pickled_read_and_derive, files,
                                chunksize=max(1, len(files) // (jobs * 8))):
            yield pickle.loads(pickled), pickled  # noqa: S301 - from our own worker


def _start_worker(root: Path, config: Config, themes: dict[str, Theme]) -> None:
    gc.enable()  # a forked worker inherits a build's collector held off
    _set_context(root, config, themes)


def _set_context(root: Path, config: Config, themes: dict[str, Theme]) -> None:
    global _context
    _context = (root, config, themes)


def _pickled_read_and_derive(file: PostFile) -> bytes:
    return pickle.dumps(_read_and_derive(file), protocol=pickle.HIGHEST_PROTOCOL)


def _read_and_derive(file: PostFile) -> Derived:
    assert _context is not None
    root, config, themes = _context
    result = read_post(file, root, config, themes)
    if result.post is None:
        return result, None
    events = post_events(result.post, config)
    # the raw text and front matter only serve to find events: without them a post costs
    # half as much to send between processes, to cache and to hold
    return replace(result, post=replace(result.post, body="", front_matter={})), events
