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

from herald.cache.keys import fingerprint
from herald.cache.store import PostCache
from herald.derive.schedule import PostEvents, post_events
from herald.load.documents import SourceFile
from herald.load.site import Plan, PostResult, Progress, Reader

Derived = tuple[PostResult, PostEvents | None]
PARALLEL_FROM = 200  # posts to read before a process pool pays for itself

_reader: Reader | None = None  # the plan being read, in this process


def read_all(plan: Plan, *, jobs: int = 1, cache: PostCache | None = None,
             progress: Progress | None = None,
             keys: dict[str, str | None] | None = None) -> list[Derived]:
    """Each post file's result and events, in the plan's file order.

    `keys` are the files' `post_keys`, if already known.
    """
    if keys is None:
        keys = post_keys(plan) if cache is not None and cache.enabled else {}
    cached = cache.get_many(key for key in keys.values() if key) if cache is not None else {}
    site = plan.scan.digest() if any(digest for _, digest in cached.values()) else ""
    results: dict[str, Derived] = {}
    todo = []
    for file in plan.files:
        hit = cached.get(keys.get(file.rel) or "")
        if hit is not None and hit[1] in ("", site):  # Liquid may read any file of the site
            results[file.rel] = hit[0]
        else:
            todo.append(file)
    total, done = len(plan.files), len(results)
    for file, ((derived, _), pickled) in zip(todo, _derive(plan, todo, jobs), strict=True):
        results[file.rel] = derived
        if cache is not None and keys.get(file.rel):
            if derived[0].used_site:  # kept only while no file of the site changes
                site = site or plan.scan.digest()
                cache.put(keys[file.rel], (derived, site))
            else:
                cache.put(keys[file.rel], (derived, ""), pickled)
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


def _derive(plan: Plan, files: list[SourceFile], jobs: int
            ) -> Iterator[tuple[tuple[Derived, str], bytes | None]]:
    """Each file's result as the cache holds it (with no site digest yet), and that pickled
    when a worker process made it."""
    _set_reader(plan)
    if jobs <= 1 or len(files) < PARALLEL_FROM:
        for file in files:
            yield (_read_and_derive(file), ""), None
        return
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else None)
    with ProcessPoolExecutor(jobs, mp_context=context, initializer=_start_worker,
                             initargs=(plan,)) as pool:
        # pickled by the worker, so that the cache stores the very bytes it sent
        for pickled in pool.map(_pickled_read_and_derive, files,
                                chunksize=max(1, len(files) // (jobs * 8))):
            yield pickle.loads(pickled), pickled  # noqa: S301 - from our own worker


def _start_worker(plan: Plan) -> None:
    gc.enable()  # a forked worker inherits a build's collector held off
    _set_reader(plan)


def _set_reader(plan: Plan) -> None:
    global _reader
    if _reader is None or _reader.plan is not plan:
        _reader = Reader(plan)


def _pickled_read_and_derive(file: SourceFile) -> bytes:
    return pickle.dumps((_read_and_derive(file), ""), protocol=pickle.HIGHEST_PROTOCOL)


def _read_and_derive(file: SourceFile) -> Derived:
    assert _reader is not None
    result = _reader.read(file)
    if result.post is None:
        return result, None
    events = post_events(result.post, _reader.plan.config)
    # the raw text and front matter only serve to find events: without them a post costs
    # half as much to send between processes, to cache and to hold
    return replace(result, post=replace(result.post, body="", front_matter={})), events
