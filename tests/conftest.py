"""Shared fixtures: paths to the example site and the shared real-world corpus."""

from __future__ import annotations

import os
import queue
import re
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from herald.load.site import LoadOptions
from herald.pipeline import build

REPO = Path(__file__).resolve().parent.parent
CONTENT = REPO / "content"
FIXTURES = Path(__file__).resolve().parent / "fixtures"
SHARED = REPO.parent / "shared"
DIGIDEMLAB = SHARED / "corpus" / "digidemlab"
EVENTS_DEV = SHARED / "corpus" / "events-dev"
NOW = datetime(2026, 11, 1, tzinfo=UTC)


def need(path: Path) -> Path:
    """Skip the test with a clear message when the shared corpus is not next to the repo."""
    if not path.exists():
        pytest.skip(f"{path} not found: tests on the shared real-world corpus need ../shared "
                    "next to the repository")
    return path


@pytest.fixture(scope="session", autouse=True)
def private_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """herald's cache (and that of the herald processes tests start) lives in a temp folder."""
    folder = tmp_path_factory.mktemp("xdg-cache")
    os.environ["XDG_CACHE_HOME"] = str(folder)
    return folder


@pytest.fixture
def digidemlab() -> Path:
    return need(DIGIDEMLAB)


@pytest.fixture(scope="session")
def example_out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """content/ built once, as of NOW."""
    out = tmp_path_factory.mktemp("example") / "out"
    build(CONTENT, out, LoadOptions(now=NOW))
    return out


def own_link(entry: Any) -> str:
    """The link a feed reader opens for a parsed entry: its first alternate link (feedparser's
    `entry.link` is the last one, a translation's when there are several)."""
    return next(link.href for link in entry.links if link.get("rel", "alternate") == "alternate")


def write_site(root: Path, posts: dict[str, str], config: str | None = None,
               themes: dict[str, str] | None = None) -> Path:
    """Write a small content folder: `posts` and `themes` map file names to file text."""
    root.mkdir(parents=True, exist_ok=True)
    if config is not None:
        (root / "_config.yml").write_text(config, encoding="utf-8")
    for name, text in posts.items():
        path = root / name if "/" in name else root / "_posts" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    for name, text in (themes or {}).items():
        (root / "_themes").mkdir(exist_ok=True)
        (root / "_themes" / name).write_text(text, encoding="utf-8")
    return root


BASIC_CONFIG = """\
title: Test Site
url: https://example.org
timezone: Europe/Stockholm
lang: sv
permalink: /news/:title/
"""


def post_text(title: str = "A post", body: str = "Some text.", **meta: str) -> str:
    lines = [f"title: {title}"] + [f"{key.replace('_', '-') if key == 'ingress_text' else key}:"
                                   f" {value}" for key, value in meta.items()]
    return "---\n" + "\n".join(lines) + "\n---\n" + body + "\n"


class PipeLines:
    """A subprocess pipe's lines, read in a thread so a test can wait with a timeout."""

    def __init__(self, pipe: Any) -> None:
        self.lines: queue.Queue[str] = queue.Queue()
        self.seen: list[str] = []
        self.thread = threading.Thread(target=self._read, args=(pipe,), daemon=True)
        self.thread.start()

    def _read(self, pipe: Any) -> None:
        for line in pipe:
            self.lines.put(line)

    def next(self, timeout: float) -> str:
        line = self.lines.get(timeout=timeout)
        self.seen.append(line)
        return line

    def wait_for(self, text: str, timeout: float) -> str:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                line = self.next(max(0.01, deadline - time.monotonic()))
            except queue.Empty:
                break
            if text in line:
                return line
        raise AssertionError(f"{text!r} not printed; got {self.seen}")

    def rest(self) -> str:
        """Everything printed, once the pipe is closed (the process ended)."""
        self.thread.join(timeout=5)
        while not self.lines.empty():
            self.seen.append(self.lines.get())
        return "".join(self.seen)


@contextmanager
def herald_serve(content: Path, out: Path, *options: str
                 ) -> Iterator[tuple[str, PipeLines, PipeLines]]:
    """`herald serve --port 0` as a user runs it: its URL, stdout and stderr.

    Leaving the block presses Ctrl-C, which must end it with status 0 and no traceback.
    """
    proc = subprocess.Popen(
        [sys.executable, "-m", "herald", "serve", "--port", "0", "--content", str(content),
         "--out", str(out), "--now", NOW.date().isoformat(), *options],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        env=dict(os.environ, PYTHONUNBUFFERED="1"))
    stdout, stderr = PipeLines(proc.stdout), PipeLines(proc.stderr)
    try:
        try:
            first = stdout.next(timeout=60)
        except queue.Empty:
            raise AssertionError(f"herald serve printed nothing; stderr: {stderr.rest()}") \
                from None
        match = re.fullmatch(r"serving (.+) at (http://127\.0\.0\.1:\d+/) \(Ctrl-C to stop\)\n",
                             first)
        assert match, first
        assert match[1] == str(out)
        yield match[2], stdout, stderr
    finally:
        proc.send_signal(signal.SIGINT)
        try:
            code = proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
            raise
    errors = stderr.rest()
    assert code == 0, f"herald serve exited {code} after Ctrl-C; stderr: {errors}"
    assert "Traceback" not in errors


def hand_edit_keeping_size(path: Path) -> None:
    """Change a byte of `path` as an editor would, a second after herald wrote it."""
    data = path.read_bytes()
    at = data.index(b"<title>") + len(b"<title>")
    path.write_bytes(data[:at] + bytes([data[at] ^ 1]) + data[at + 1:])
    found = path.stat()
    os.utime(path, ns=(found.st_atime_ns, found.st_mtime_ns + 1_000_000_000))


def dates_written(out: Path) -> list[tuple[str, datetime]]:
    """(file, date) of every date a feed or calendar in `out` states: feed and entry
    published/updated times (feedparser) and calendar DTSTAMP/LAST-MODIFIED (icalendar)."""
    import feedparser
    from icalendar import Calendar

    found = []
    for path in sorted(out.rglob("*")):
        name = path.relative_to(out).as_posix()
        if path.suffix in (".atom", ".rss"):
            feed = feedparser.parse(path.read_bytes())
            for holder in [feed.feed, *feed.entries]:
                for key in ("published_parsed", "updated_parsed"):
                    if holder.get(key):
                        found.append((name, datetime(*holder[key][:6], tzinfo=UTC)))
        elif path.suffix == ".ics":
            for event in Calendar.from_ical(path.read_bytes()).walk("VEVENT"):
                found += [(name, event.decoded(key)) for key in ("dtstamp", "last-modified")
                          if key in event]
    return found
