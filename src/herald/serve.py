"""`herald serve`: build, serve the output folder over HTTP, rebuild when the content changes.

A client of the library (`herald.build`), as the command line is. Unless told `--out`, it
builds into a preview folder of its own, never into the published `out/`: the preview's links
point at the server itself.
"""

from __future__ import annotations

import hashlib
import mimetypes
import os
import signal
import socket
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from email.message import Message
from email.utils import formatdate, parsedate_to_datetime
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

import watchfiles

import herald
from herald.api import CacheDir, now_utc
from herald.report import rebuild_line
from herald.results import BuildResult

TYPES = {
    ".atom": "application/atom+xml",
    ".rss": "application/rss+xml",
    ".ics": "text/calendar",
    ".opml": "text/x-opml",
    ".html": "text/html",
    ".htm": "text/html",
    ".json": "application/json",
    ".xml": "application/xml",
    ".css": "text/css",
    ".js": "text/javascript",
    ".txt": "text/plain",
}
JSON_FEED_NAMES = {"feed.json", "events.json"}
TEXT_TYPES = {"application/json", "application/xml", "application/javascript"}


def content_type(path: Path) -> str:
    """The Content-Type header for a file, with a charset for text formats."""
    if path.name.lower() in JSON_FEED_NAMES:
        kind = "application/feed+json"
    else:
        kind = (TYPES.get(path.suffix.lower()) or mimetypes.guess_type(path.name)[0]
                or "application/octet-stream")
    if kind.startswith("text/") or kind.endswith(("+xml", "+json")) or kind in TEXT_TYPES:
        kind += "; charset=utf-8"
    return kind


def split_target(target: str) -> tuple[str, str]:
    """A request target's path (still percent-encoded) and query."""
    if not target.startswith("/"):  # absolute-form: http://host/path
        target = urlsplit(target)._replace(scheme="", netloc="").geturl() or "/"
    path, _, query = target.partition("#")[0].partition("?")
    return path, query


def locate(root: Path, target: str) -> tuple[Path | None, bool]:
    """The file a request target names inside `root`, and whether it names a folder without
    its trailing slash; (None, False) for anything missing, hidden or outside `root`."""
    path = unquote(split_target(target)[0])
    parts = [part for part in path.split("/") if part not in ("", ".")]
    if any(part.startswith(".") or "\\" in part or "\0" in part for part in parts):
        return None, False
    try:
        # resolved on every request: a rebuild replaces the folder (and `root` may be a link)
        base = root.resolve(strict=True)
        found = base.joinpath(*parts).resolve(strict=True)
        folder = found.is_dir()
        if folder:
            found = (found / "index.html").resolve(strict=True)
    except (OSError, RuntimeError, ValueError):
        return None, False
    if not found.is_relative_to(base) or not found.is_file():
        return None, False
    return found, folder and bool(parts) and not path.endswith("/")


def etag(data: bytes) -> str:
    return '"' + hashlib.sha256(data).hexdigest()[:32] + '"'


def not_modified(headers: Message, tag: str, mtime: float) -> bool:
    """Whether a conditional request may be answered 304; If-None-Match wins over
    If-Modified-Since."""
    match = headers.get("If-None-Match")
    if match is not None:
        tags = [item.strip() for item in match.split(",")]
        return "*" in tags or any(item.removeprefix("W/") == tag for item in tags)
    since_text = headers.get("If-Modified-Since")
    if not since_text:
        return False
    try:
        since = parsedate_to_datetime(since_text)
    except (TypeError, ValueError, IndexError):
        return False
    if since.tzinfo is None:
        since = since.replace(tzinfo=UTC)
    since_seconds = since.timestamp()
    return since_seconds <= time.time() and int(mtime) <= since_seconds


def make_handler(root: Path, quiet: bool = True) -> type[BaseHTTPRequestHandler]:
    """A request handler serving the files under `root` (GET and HEAD)."""

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        timeout = 30

        def version_string(self) -> str:
            return f"herald/{herald.__version__}"

        def do_GET(self) -> None:
            self.respond(body=True)

        def do_HEAD(self) -> None:
            self.respond(body=False)

        def respond(self, body: bool) -> None:
            found, add_slash = locate(root, self.path)
            if found is None:
                self.send_error(HTTPStatus.NOT_FOUND)
                return
            if add_slash:
                path, query = split_target(self.path)
                location = path + "/" + (f"?{query}" if query else "")
                self.send_response(HTTPStatus.MOVED_PERMANENTLY)
                self.send_header("Location", location)
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            try:
                fd = os.open(found, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
                with os.fdopen(fd, "rb") as handle:
                    mtime = os.fstat(handle.fileno()).st_mtime
                    data = handle.read()
            except OSError:  # replaced by a rebuild since it was found
                self.send_error(HTTPStatus.NOT_FOUND)
                return
            tag = etag(data)
            status = (HTTPStatus.NOT_MODIFIED if not_modified(self.headers, tag, mtime)
                      else HTTPStatus.OK)
            self.send_response(status)
            self.send_header("ETag", tag)
            self.send_header("Last-Modified", formatdate(mtime, usegmt=True))
            self.send_header("Cache-Control", "no-cache")
            if status == HTTPStatus.OK:
                self.send_header("Content-Type", content_type(found))
                self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            if status == HTTPStatus.OK and body:
                self.wfile.write(data)

        def log_request(self, code: int | str = "-", size: int | str = "-") -> None:
            if not quiet:
                sys.stderr.write(f"{self.command} {self.path} {getattr(code, 'value', code)}\n")

        def log_error(self, format: str, *args: Any) -> None:
            pass  # the request's own line already shows its status

        def log_message(self, format: str, *args: Any) -> None:
            if not quiet:
                sys.stderr.write(format % args + "\n")

    return Handler


class Server(ThreadingHTTPServer):
    block_on_close = False  # don't wait for idle keep-alive connections when stopping


class Server6(Server):
    address_family = socket.AF_INET6


def start_server(root: Path, host: str, port: int, quiet: bool = True) -> ThreadingHTTPServer:
    """Listen on `host`:`port` (0: any free port) and serve `root` from a background thread;
    stop it with `server.shutdown()` and `server.server_close()`."""
    server_class = Server6 if ":" in host else Server
    server = server_class((host, port), make_handler(root, quiet))
    threading.Thread(target=server.serve_forever, args=(0.1,), name="herald-serve",
                     daemon=True).start()
    return server


def watch_and_rebuild(content: Path, rebuild: Callable[[], None], stop: threading.Event,
                      ignore: Path | None = None, ready: threading.Event | None = None) -> None:
    """Call `rebuild` after each (debounced) batch of changes under `content` until `stop`
    is set; changes under `ignore` (the out folder, if inside `content`) don't count.

    `ready` is set once changes are being watched."""
    default = watchfiles.DefaultFilter()
    skip = ignore.resolve() if ignore is not None else None

    def wanted(change: watchfiles.Change, path: str) -> bool:
        if not default(change, path):
            return False
        if skip is None:
            return True
        target = Path(path).resolve()
        # the out folder itself and the staging folders of its builds beside it
        return not any(folder == skip or (folder.parent == skip.parent
                                          and folder.name.startswith(f".{skip.name}.herald-"))
                       for folder in (target, *target.parents))

    try:
        # the first (empty) yield on timeout tells that the watch is in place
        for changes in watchfiles.watch(content, watch_filter=wanted, stop_event=stop,
                                        raise_interrupt=False, rust_timeout=200,
                                        yield_on_timeout=True):
            if ready is not None:
                ready.set()
            if changes:
                rebuild()
    except Exception as err:
        _say(f"error: stopped watching {content}: {err}; not rebuilding any more", err=True)
    finally:
        if ready is not None:
            ready.set()


def _say(line: str, err: bool = False) -> None:
    print(line, file=sys.stderr if err else sys.stdout, flush=True)


def print_problems(result: BuildResult) -> None:
    for problem in result.problems:
        _say(str(problem), err=True)


def site_url(host: str, port: int) -> str:
    return f"http://[{host}]:{port}/" if ":" in host else f"http://{host}:{port}/"


def preview_folder(content: Path, cache_dir: Path | None = None) -> Path:
    """Where `herald serve` builds without --out: `preview/` in herald's cache folder for
    `content` (in `cache_dir` when given), away from the published output."""
    from herald.cache import default_cache_dir

    return (cache_dir or default_cache_dir(content)) / "preview"


def build_time(now: datetime | None) -> datetime:
    """When the next build happens: at `now` when fixed (--now), else at the time it starts,
    so that posts coming due appear on the next rebuild."""
    return now if now is not None else now_utc()


@contextmanager
def sigterm_as_ctrl_c() -> Iterator[None]:
    """Within the block SIGTERM raises KeyboardInterrupt, as Ctrl-C does, so that both stop
    the server the same way; only the main thread can handle signals, elsewhere it does
    nothing."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    owner = os.getpid()

    def interrupt(signum: int, frame: object) -> None:
        if os.getpid() != owner:  # a forked worker that kept the handler: end as SIGTERM does
            signal.signal(signum, signal.SIG_DFL)
            os.kill(os.getpid(), signum)
        raise KeyboardInterrupt

    previous = signal.signal(signal.SIGTERM, interrupt)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def serve(content: Path, out: Path, *, now: datetime | None = None, drafts: bool = False,
          future: bool = False, base_url: str | None = None, host: str = "127.0.0.1",
          port: int = 8000, watch: bool = True, quiet: bool = False, jobs: int = 0,
          cache_dir: CacheDir = None) -> int:
    """Build `content` into `out`, serve `out` until Ctrl-C (or SIGTERM, inside
    `sigterm_as_ctrl_c`) and rebuild on changes.

    Each build is made at the time it starts, or at `now` for all when given; the feeds point
    at the server unless `base_url` says otherwise. Returns the exit status: 0 when stopped,
    2 when it could not start."""
    try:
        server = start_server(out, host, port, quiet)
    except OSError as err:
        _say(f"error: cannot listen on {host}:{port}: {err}", err=True)
        return 2
    url = site_url(host, server.server_address[1])
    stop = threading.Event()
    watcher: threading.Thread | None = None

    def make() -> BuildResult:
        return herald.build(content, out, now=build_time(now), drafts=drafts, future=future,
                            base_url=base_url or url, jobs=jobs, cache_dir=cache_dir)

    def rebuild() -> None:
        stamp = datetime.now().strftime("%H:%M:%S")
        try:
            result = make()
        except Exception as err:
            kind = "" if isinstance(err, herald.OutputError) else f"{type(err).__name__}: "
            _say(f"{stamp} rebuild failed: {kind}{err}; still serving the last good output",
                 err=True)
            return
        print_problems(result)
        if not quiet or result.problems:
            _say(f"{stamp} rebuilt {rebuild_line(result)}")

    try:
        try:
            result = make()
        except herald.OutputError as err:
            _say(f"error: {err}", err=True)
            return 2
        print_problems(result)
        if watch:
            ready = threading.Event()
            watcher = threading.Thread(target=watch_and_rebuild, name="herald-watch",
                                       args=(content, rebuild, stop, out, ready), daemon=True)
            watcher.start()
            ready.wait(10)
        _say(f"serving {out} at {url} (Ctrl-C to stop)")
        if not quiet:
            _say(f"built {rebuild_line(result)}")
        stop.wait()
    except KeyboardInterrupt:
        pass
    finally:
        stop.set()
        server.shutdown()
        server.server_close()
        if watcher is not None:
            watcher.join(timeout=10)
    if not quiet:
        _say("stopped")
    return 0
