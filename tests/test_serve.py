"""`herald serve`: real HTTP requests against the server, and the command end to end."""

from __future__ import annotations

import http.client
import os
import queue
import re
import shutil
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from email.message import Message
from email.utils import formatdate
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from conftest import CONTENT, NOW, PipeLines, herald_serve
from herald.cache import default_cache_dir
from herald.serve import (
    build_time,
    content_type,
    not_modified,
    preview_folder,
    start_server,
    watch_and_rebuild,
)
from herald.write.output import TreeWriter

SAMPLES = {
    "feed.atom": "application/atom+xml; charset=utf-8",
    "feed.rss": "application/rss+xml; charset=utf-8",
    "feed.json": "application/feed+json; charset=utf-8",
    "events.json": "application/feed+json; charset=utf-8",
    "other.json": "application/json; charset=utf-8",
    "calendar.ics": "text/calendar; charset=utf-8",
    "feeds.opml": "text/x-opml; charset=utf-8",
    "index.html": "text/html; charset=utf-8",
    "logo.png": "image/png",
}


def write_files(out: Path, files: dict[str, bytes]) -> None:
    """Replace `out` with exactly `files`, as a build does."""
    with TreeWriter(out) as writer:
        for name, data in sorted(files.items()):
            writer.add(name, data)


class Client:
    """Raw requests to a server on 127.0.0.1 (http.client sends the path as given)."""

    def __init__(self, port: int) -> None:
        self.port = port

    def request(self, path: str, method: str = "GET",
                headers: dict[str, str] | None = None) -> tuple[int, Message, bytes]:
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=10)
        try:
            conn.request(method, path, headers=headers or {})
            response = conn.getresponse()
            return response.status, response.headers, response.read()
        finally:
            conn.close()


@pytest.fixture
def serve_folder() -> Iterator[Callable[[Path], Client]]:
    servers = []

    def start(root: Path) -> Client:
        server = start_server(root, "127.0.0.1", 0)
        servers.append(server)
        return Client(server.server_address[1])

    yield start
    for server in servers:
        server.shutdown()
        server.server_close()


@pytest.fixture
def samples(tmp_path: Path) -> Path:
    root = tmp_path / "out"
    write_files(root, {name: f"{name} body\n".encode() for name in SAMPLES}
               | {"sub/index.html": b"<p>sub</p>\n", "sub/feed.atom": b"<feed/>\n"})
    (tmp_path / "secret").write_text("secret\n", encoding="utf-8")
    return root


@pytest.mark.parametrize(("name", "expected"), [
    *SAMPLES.items(), ("themes/x/feed.json", "application/feed+json; charset=utf-8"),
    ("FEED.ATOM", "application/atom+xml; charset=utf-8"),
    ("events/slug.ics", "text/calendar; charset=utf-8"),
    ("unknown.zzz", "application/octet-stream")])
def test_content_type_names_each_format(name, expected):
    assert content_type(Path(name)) == expected


@pytest.mark.parametrize(("name", "expected"), SAMPLES.items())
def test_served_file_has_its_format_content_type(serve_folder, samples, name, expected):
    status, headers, body = serve_folder(samples).request(f"/{name}")
    assert status == 200
    assert headers["Content-Type"] == expected
    assert body == f"{name} body\n".encode()
    assert headers["Content-Length"] == str(len(body))


@pytest.mark.parametrize(("name", "expected"), [
    ("feed.atom", "application/atom+xml; charset=utf-8"),
    ("sv/feed.rss", "application/rss+xml; charset=utf-8"),
    ("calendar.ics", "text/calendar; charset=utf-8"),
    ("events/webinar-om-decidim-3-mars.ics", "text/calendar; charset=utf-8")])
def test_real_build_is_served_with_content_types(serve_folder, example_out, name, expected):
    status, headers, body = serve_folder(example_out).request(f"/{name}")
    assert status == 200
    assert headers["Content-Type"] == expected
    assert body == (example_out / name).read_bytes()


def test_conditional_get_with_matching_etag_is_not_modified(serve_folder, example_out):
    client = serve_folder(example_out)
    status, headers, _ = client.request("/feed.atom")
    assert status == 200
    tag = headers["ETag"]
    assert re.fullmatch(r'"[0-9a-f]{32}"', tag)
    assert headers["Last-Modified"]
    status, again, body = client.request("/feed.atom", headers={"If-None-Match": tag})
    assert status == 304
    assert body == b""
    assert again["ETag"] == tag
    status, _, _ = client.request("/feed.atom", headers={"If-None-Match": f'"other", {tag}'})
    assert status == 304


def test_conditional_get_not_older_than_mtime_is_not_modified(serve_folder, example_out):
    client = serve_folder(example_out)
    _, headers, _ = client.request("/calendar.ics")
    status, _, body = client.request(
        "/calendar.ics", headers={"If-Modified-Since": headers["Last-Modified"]})
    assert (status, body) == (304, b"")
    mtime = (example_out / "calendar.ics").stat().st_mtime
    older = formatdate(mtime - 3600, usegmt=True)
    status, _, _ = client.request("/calendar.ics", headers={"If-Modified-Since": older})
    assert status == 200


def test_if_none_match_takes_precedence_over_if_modified_since(serve_folder, example_out):
    client = serve_folder(example_out)
    _, headers, _ = client.request("/feed.rss")
    status, _, body = client.request("/feed.rss", headers={
        "If-None-Match": '"stale"', "If-Modified-Since": headers["Last-Modified"]})
    assert status == 200
    assert body == (example_out / "feed.rss").read_bytes()


def test_changed_file_gets_a_new_etag_and_200(serve_folder, samples):
    client = serve_folder(samples)
    _, headers, _ = client.request("/feed.atom")
    old = headers["ETag"]
    (samples / "feed.atom").write_bytes(b"<feed>changed</feed>\n")
    status, headers, body = client.request("/feed.atom", headers={"If-None-Match": old})
    assert status == 200
    assert headers["ETag"] != old
    assert body == b"<feed>changed</feed>\n"


def test_folder_replaced_by_a_rebuild_is_served_fresh(serve_folder, samples):
    client = serve_folder(samples)
    assert client.request("/feed.rss")[2] == b"feed.rss body\n"
    write_files(samples, {"feed.rss": b"<rss>new</rss>\n"})
    assert client.request("/feed.rss")[2] == b"<rss>new</rss>\n"
    assert client.request("/feed.atom")[0] == 404


def test_head_sends_the_headers_without_a_body(serve_folder, samples):
    status, headers, body = serve_folder(samples).request("/feeds.opml", method="HEAD")
    assert status == 200
    assert body == b""
    assert headers["Content-Type"] == "text/x-opml; charset=utf-8"
    assert headers["Content-Length"] == str(len(b"feeds.opml body\n"))
    assert headers["ETag"] and headers["Last-Modified"]


def test_root_and_folders_serve_their_index_html(serve_folder, samples):
    client = serve_folder(samples)
    assert client.request("/")[2] == b"index.html body\n"
    assert client.request("/?x=1")[2] == b"index.html body\n"
    status, headers, body = client.request("/sub/")
    assert (status, body) == (200, b"<p>sub</p>\n")
    assert headers["Content-Type"] == "text/html; charset=utf-8"
    status, headers, _ = client.request("/sub")
    assert (status, headers["Location"]) == (301, "/sub/")


def test_missing_files_and_folders_without_index_are_404(serve_folder, samples):
    (samples / "empty").mkdir()
    client = serve_folder(samples)
    for path in ["/nothing.atom", "/empty/", "/sub/nothing", "/feed.atom/x"]:
        assert client.request(path)[0] == 404, path


@pytest.mark.parametrize("path", [
    "/../secret", "/%2e%2e/secret", "/%2e%2e/x", "/sub/../../secret", "/..%2fsecret",
    "/%2E%2E%2Fsecret", "//../secret", "/.herald-output", "/%00"])
def test_paths_outside_the_out_folder_are_404(serve_folder, samples, path):
    status, _, body = serve_folder(samples).request(path)
    assert status == 404
    assert b"secret" not in body


def test_symlinks_are_followed_only_inside_the_out_folder(serve_folder, samples):
    (samples / "leak.atom").symlink_to(samples.parent / "secret")
    (samples / "leaks").symlink_to(samples.parent, target_is_directory=True)
    (samples / "alias.atom").symlink_to(samples / "feed.atom")
    client = serve_folder(samples)
    assert client.request("/leak.atom")[0] == 404
    assert client.request("/leaks/secret")[0] == 404
    assert client.request("/alias.atom")[:3:2] == (200, b"feed.atom body\n")


def test_symlinked_out_folder_is_served_where_it_points(serve_folder, samples, tmp_path):
    link = tmp_path / "link"
    link.symlink_to(samples, target_is_directory=True)
    assert serve_folder(link).request("/feed.rss")[2] == b"feed.rss body\n"


def test_not_modified_reads_weak_tags_star_and_bad_dates():
    def headers(**values: str) -> Message:
        message = Message()
        for key, value in values.items():
            message[key.replace("_", "-")] = value
        return message

    assert not_modified(headers(If_None_Match='W/"abc"'), '"abc"', 0)
    assert not_modified(headers(If_None_Match="*"), '"abc"', 0)
    assert not not_modified(headers(If_Modified_Since="yesterday"), '"abc"', 0)
    assert not not_modified(headers(), '"abc"', 0)
    future = formatdate(time.time() + 86400, usegmt=True)
    assert not not_modified(headers(If_Modified_Since=future), '"abc"', time.time())


@pytest.mark.slow  # waits for the watcher's polls
def test_watcher_rebuilds_on_changes_but_not_on_its_own_output(tmp_path):
    content = tmp_path / "content"
    shutil.copytree(CONTENT, content)
    out = content / "out"
    rebuilt = threading.Event()
    stop = threading.Event()
    calls = []

    def rebuild() -> None:
        calls.append(time.monotonic())
        rebuilt.set()

    ready = threading.Event()
    watcher = threading.Thread(target=watch_and_rebuild,
                               args=(content, rebuild, stop, out, ready))
    watcher.start()
    try:
        assert ready.wait(10)
        write_files(out, {"feed.atom": b"<feed/>\n"})
        assert not rebuilt.wait(1.5), "a write into the out folder triggered a rebuild"
        post = content / "_posts" / "2021-05-04-vi-soker-praktikant.md"
        post.write_text(post.read_text(encoding="utf-8") + "\nMore.\n", encoding="utf-8")
        assert rebuilt.wait(10), "no rebuild after a change in the content folder"
    finally:
        stop.set()
        watcher.join(10)
    assert not watcher.is_alive()
    assert len(calls) == 1


def poll(check, timeout: float = 10) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if check():
            return True
        time.sleep(0.2)
    return False


@pytest.mark.slow
def test_serve_command_builds_serves_rebuilds_and_stops_on_ctrl_c(tmp_path):
    content = tmp_path / "content"
    shutil.copytree(CONTENT, content)
    out = tmp_path / "out"
    with herald_serve(content, out) as (url, stdout, stderr):
        client = Client(urlsplit(url).port or 0)
        status, headers, feed = client.request("/feed.atom")
        assert status == 200
        assert headers["Content-Type"] == "application/atom+xml; charset=utf-8"
        assert f'href="http://127.0.0.1:{client.port}/feed.atom"'.encode() in feed

        post = content / "_posts" / "2021-05-04-vi-soker-praktikant.md"
        text = post.read_text(encoding="utf-8")
        post.write_text(text.replace("title: Vi söker en praktikant till hösten",
                                     "title: Praktikant sökes"), encoding="utf-8")
        assert poll(lambda: "Praktikant sökes" in client.request("/feed.atom")[2].decode()), \
            "the served feed did not change after editing a post"
        stdout.wait_for("rebuilt", timeout=10)

        (out / ".herald-output").unlink()  # the next rebuild refuses to replace the folder
        post.write_text(text, encoding="utf-8")
        stderr.wait_for("rebuild failed", timeout=10)
        status, _, body = client.request("/feed.atom")
        assert status == 200
        assert "Praktikant sökes" in body.decode()


@pytest.mark.slow
def test_a_session_with_nothing_changed_since_the_last_starts_from_its_record(tmp_path):
    out = tmp_path / "out"
    for unchanged in (False, True):
        with herald_serve(CONTENT, out, "--base-url", "https://example.org/feeds/") as (
                _, stdout, _):
            line = stdout.wait_for("built", timeout=60)
            assert ("(unchanged)" in line) == unchanged, line


def test_preview_folder_is_in_herald_cache_for_the_content_folder(tmp_path):
    content = tmp_path / "content"
    assert preview_folder(content) == default_cache_dir(content) / "preview"
    assert preview_folder(content) != preview_folder(tmp_path / "other")
    assert preview_folder(content, tmp_path / "cache") == tmp_path / "cache" / "preview"


def test_each_build_takes_the_time_now_unless_now_is_fixed():
    fixed = NOW.replace(year=2020)
    assert build_time(fixed) is fixed
    before = datetime.now(UTC).replace(microsecond=0)
    assert build_time(None) >= before > fixed


@dataclass
class Running:
    """A `herald serve --port 0` process, its stdout and stderr, and what it said it serves."""

    proc: subprocess.Popen[str]
    stdout: PipeLines
    stderr: PipeLines
    folder: Path
    client: Client


@contextmanager
def running_serve(*args: str, cwd: Path) -> Iterator[Running]:
    """`herald serve --port 0 ARGS` in `cwd`, once it serves; killed if the test leaves it
    running."""
    proc = subprocess.Popen([sys.executable, "-m", "herald", "serve", "--port", "0", *args],
                            cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env=dict(os.environ, PYTHONUNBUFFERED="1"))
    try:
        stdout, stderr = PipeLines(proc.stdout), PipeLines(proc.stderr)
        first = first_line(proc, stdout, stderr)
        match = re.fullmatch(r"serving (.+) at http://127\.0\.0\.1:(\d+)/ \(Ctrl-C to stop\)\n",
                             first)
        assert match, first
        yield Running(proc, stdout, stderr, Path(match[1]), Client(int(match[2])))
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()


def first_line(proc: subprocess.Popen[str], stdout: PipeLines, stderr: PipeLines) -> str:
    deadline = time.monotonic() + 60
    while True:
        try:
            return stdout.next(timeout=0.2)
        except queue.Empty:
            if proc.poll() is not None or time.monotonic() > deadline:
                raise AssertionError(f"herald serve did not start; stderr: {stderr.rest()}") \
                    from None


def stop(running: Running, signum: int) -> float:
    """Send `signum` and wait for the process to end cleanly; the seconds it took."""
    started = time.monotonic()
    running.proc.send_signal(signum)
    code = running.proc.wait(timeout=10)
    seconds = time.monotonic() - started
    errors = running.stderr.rest()
    assert code == 0, f"herald serve exited {code} after {signum!r}; stderr: {errors}"
    assert "Traceback" not in errors
    assert running.stdout.rest().endswith("stopped\n")
    return seconds


def snapshot(folder: Path) -> dict[str, tuple[bytes | None, int]]:
    """Everything under `folder`, hidden too: each file's bytes (None for a folder) and
    modification time."""
    return {path.relative_to(folder).as_posix():
            (path.read_bytes() if path.is_file() else None, path.stat().st_mtime_ns)
            for path in folder.rglob("*")}


@pytest.mark.slow
def test_serve_leaves_a_built_out_folder_byte_identical(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    site = tmp_path / "site"
    shutil.copytree(CONTENT, site / "content")
    subprocess.run([sys.executable, "-m", "herald", "build", "-q"], cwd=site, check=True)
    before = snapshot(site / "out")
    assert "feed.atom" in before
    around = sorted(site.iterdir())

    with running_serve(cwd=site) as running:
        assert running.folder == preview_folder(site / "content")
        assert running.folder.is_relative_to(tmp_path / "cache")
        status, _, feed = running.client.request("/feed.atom")
        assert status == 200
        assert f"http://127.0.0.1:{running.client.port}/feed.atom".encode() in feed
        assert (running.folder / "feed.atom").read_bytes() == feed
        stop(running, signal.SIGINT)

    assert snapshot(site / "out") == before
    assert sorted(site.iterdir()) == around


@pytest.mark.slow
def test_sigterm_stops_serve_as_ctrl_c_does(tmp_path):
    with running_serve("--content", str(CONTENT), "--out", str(tmp_path / "out"),
                       cwd=tmp_path) as running:
        assert running.folder == tmp_path / "out"
        assert running.client.request("/feed.rss")[0] == 200
        assert stop(running, signal.SIGTERM) < 5


@pytest.mark.slow
def test_post_coming_due_appears_on_the_next_rebuild(tmp_path):
    content = tmp_path / "content"
    shutil.copytree(CONTENT, content)
    with running_serve("--content", str(content), "--out", str(tmp_path / "out"),
                       cwd=tmp_path) as running:
        due = datetime.now(UTC).replace(microsecond=0) + timedelta(seconds=2)
        post = content / "_posts" / f"{due:%Y-%m-%d}-coming-due.md"
        post.write_text(f"---\ntitle: Coming due\ndate: {due:%Y-%m-%d %H:%M:%S} +0000\n---\n"
                        "Published a moment from now.\n", encoding="utf-8")
        running.stdout.wait_for("rebuilt", timeout=10)
        feed = running.client.request("/feed.atom")[2]
        if datetime.now(UTC) < due:  # then every build so far was made before it was due
            assert b"Coming due" not in feed
        time.sleep(max(0.0, (due - datetime.now(UTC)).total_seconds() + 0.1))
        post.write_text(post.read_text(encoding="utf-8") + "\nNow.\n", encoding="utf-8")
        assert poll(lambda: b"Coming due" in running.client.request("/feed.atom")[2]), \
            f"a post that came due did not appear after a rebuild; {running.stderr.rest()}"
        stop(running, signal.SIGINT)
