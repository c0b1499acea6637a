#!/usr/bin/env python3
"""Fuzz herald's loader (split_document, Reader.read) and event inference (find_events).

    python fuzz/fuzz_herald.py --minutes 10            # atheris if installed, else hypothesis
    python fuzz/fuzz_herald.py --engine hypothesis --minutes 1
    python fuzz/fuzz_herald.py --keep-going            # record every distinct crash, don't stop
    python fuzz/fuzz_herald.py --replay crash.bin      # run one saved input, with a traceback

Each input is bytes: byte 0 picks the target (0 split_document, 1 Reader.read on a temp file,
2 find_events), byte 1 picks options (decoding, file suffix, language), bytes 2-3 a publication
day, the rest is the text (for find_events: title, lead and body separated by U+001E).

Only the clean errors (FrontMatterError, DateError, PostError) may escape; every other exception,
or a broken invariant (an event ending before it starts, a floating time, a problem message on
several lines, an XML-forbidden character in a post field), is a crash: the input is saved in a
temporary folder whose path is printed, and the exit status is 1.
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import os
import re
import sys
import tempfile
import time
import traceback
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "src"))

try:
    import atheris
except ImportError:  # pragma: no cover - depends on the machine
    atheris = None


def _import_herald() -> None:
    global FrontMatterError, split_document, DateError, parse_datetime, zone
    global PostError, Reader, SourceFile, LoadOptions, plan_site, Post, find_events
    global event_from_found, lead_text
    global events_from_front_matter
    from herald.dates import DateError, parse_datetime, zone
    from herald.derive.front_matter import events_from_front_matter
    from herald.derive.infer import find_events
    from herald.derive.schedule import event_from_found, lead_text
    from herald.load.documents import PostError, SourceFile
    from herald.load.frontmatter import FrontMatterError, split_document
    from herald.load.site import LoadOptions, Reader, plan_site
    from herald.model import Post


XML_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
SITE_TZ = "Europe/Stockholm"
DEFAULT = timedelta(minutes=60)
EPOCH = date(2015, 1, 1)
DECODINGS = ("utf-8", "latin-1", "utf-16", "cp1252")
SUFFIXES = (".md", ".html", ".markdown")
LANGS = ("sv", "en", "de", "")
SEP = "\x1e"


class Fuzz:
    """The targets, the bookkeeping of iterations and crashes, and where inputs are saved."""

    def __init__(self, workdir: Path, keep_going: bool, seconds: float) -> None:
        self.workdir = workdir
        self.crash_dir = workdir / "crashes"
        self.crash_dir.mkdir(parents=True, exist_ok=True)
        self.post_dir = workdir / "site" / "_posts"
        self.post_dir.mkdir(parents=True, exist_ok=True)
        self.keep_going = keep_going
        self.deadline = time.monotonic() + seconds
        self.started = time.monotonic()
        self.last_report = self.started
        self.iterations = 0
        self.by_target = [0, 0, 0]
        self.crashes: dict[str, Path] = {}
        (workdir / "site" / "_config.yml").write_text(
            f"title: Fuzz\nurl: https://example.org\ntimezone: {SITE_TZ}\nlang: sv\n"
            "permalink: /news/:year/:title/\n", encoding="utf-8")
        self.tz = zone(SITE_TZ)
        self.reader = Reader(plan_site(workdir / "site", LoadOptions(now=datetime.now(self.tz))))
        self.config = self.reader.plan.config

    # ------------------------------------------------------------------ one input

    def run_one(self, data: bytes) -> None:
        self.iterations += 1
        now = time.monotonic()
        if now - self.last_report >= 30:
            self.last_report = now
            self.report("progress")
        if now >= self.deadline:
            self.finish()
        try:
            self.dispatch(data)
        except (FrontMatterError, DateError, PostError):
            pass
        except Exception as err:  # noqa: BLE001 - everything else is a crash
            self.crash(data, err)

    def dispatch(self, data: bytes) -> None:
        target = data[0] % 3 if data else 0
        options = data[1] if len(data) > 1 else 0
        days = int.from_bytes(data[2:4], "big") if len(data) > 3 else 2000
        payload = data[4:]
        published = datetime.combine(EPOCH + timedelta(days=days % 7300),
                                     datetime.min.time(), tzinfo=self.tz)
        published += timedelta(minutes=(options * 37) % 1440)
        self.by_target[target] += 1
        if target == 0:
            self.document(payload, DECODINGS[options % len(DECODINGS)])
        elif target == 1:
            self.post(payload, SUFFIXES[options % len(SUFFIXES)], published)
        else:
            text = payload.decode("utf-8", "replace")
            title, _, rest = text.partition(SEP)
            lead, _, body = rest.partition(SEP)
            self.infer(title, lead, body, LANGS[options % len(LANGS)], published)

    def document(self, payload: bytes, encoding: str) -> None:
        doc = split_document(payload.decode(encoding, "replace"))
        assert isinstance(doc.meta, dict), type(doc.meta)
        assert all(isinstance(k, str) for k in doc.meta)
        assert isinstance(doc.body, str) and doc.body_line >= 2

    def post(self, payload: bytes, suffix: str, published: datetime) -> None:
        path = self.post_dir / f"2021-03-04-fuzz{suffix}"
        path.write_bytes(payload)
        rel = f"_posts/{path.name}"
        result = self.reader.read(SourceFile(str(path), rel, "posts"))
        for note in result.problems:
            check_message(str(note), rel)
        post = result.post
        if post is None:
            return
        for name in ("title", "summary", "content_html", "lead", "url", "id"):
            value = getattr(post, name)
            assert not XML_FORBIDDEN.search(value), f"XML-forbidden character in post.{name}"
        assert post.published.tzinfo is not None and post.updated >= post.published
        specs, problems = events_from_front_matter(post.front_matter, post_path=rel,
                                                   site_timezone=SITE_TZ,
                                                   default_duration=DEFAULT)
        for problem in problems:
            check_message(str(problem), rel)
        for spec in specs or []:
            check_span(spec.start, spec.end)
        self.infer(post.title, lead_text(post.front_matter), post.body, post.lang,
                   post.published.astimezone(self.tz))

    def infer(self, title: str, lead: str, body: str, lang: str, published: datetime) -> None:
        found = find_events(title, lead, body, lang=lang, published=published)
        stub = Post(path="_posts/2021-03-04-fuzz.md", slug="fuzz", title=title or "t",
                    lang=lang or "en", published=published, updated=published,
                    url="https://example.org/fuzz", id="fuzz", summary="", body=body,
                    is_html=False, body_line=1, content_html="")
        for item in found:
            if item.accepted:
                event = event_from_found(item, stub, SITE_TZ, DEFAULT)
                check_span(event.start, event.end, published)

    # ------------------------------------------------------------------ results

    def crash(self, data: bytes, err: Exception) -> None:
        frames = traceback.extract_tb(err.__traceback__)
        where = f"{Path(frames[-1].filename).name}:{frames[-1].lineno}" if frames else "?"
        signature = f"{type(err).__name__} at {where}"
        if isinstance(err, AssertionError):  # one signature per broken invariant
            signature += ": " + re.sub(r"\d+", "#", str(err).split("\n")[0])[:60]
        digest = hashlib.sha1(data).hexdigest()[:12]
        saved = self.crash_dir / f"crash-{digest}.bin"
        saved.write_bytes(data)
        if signature not in self.crashes:
            print(f"\nCRASH {signature}: {err!r}", file=sys.stderr)
            traceback.print_exception(err, file=sys.stderr)
            print(f"input ({len(data)} bytes) saved to {saved}\n"
                  f"replay: {sys.executable} {__file__} --replay {saved}", file=sys.stderr)
        self.crashes.setdefault(signature, saved)
        if not self.keep_going:
            self.finish()

    def report(self, what: str) -> None:
        elapsed = max(time.monotonic() - self.started, 1e-9)
        print(f"[{what}] {elapsed:7.0f} s  {self.iterations:,} iterations  "
              f"{self.iterations / elapsed:,.0f}/s  (document {self.by_target[0]:,}, "
              f"post {self.by_target[1]:,}, infer {self.by_target[2]:,})  "
              f"crashes {len(self.crashes)}", file=sys.stderr, flush=True)

    def finish(self) -> None:
        self.report("done")
        for signature, path in self.crashes.items():
            print(f"crash: {signature}: {path}", file=sys.stderr)
        print(f"inputs and crashes are in {self.workdir}", file=sys.stderr, flush=True)
        os._exit(1 if self.crashes else 0)


def check_message(text: str, rel: str | None) -> None:
    assert "\n" not in text and "\r" not in text, f"problem message on several lines: {text!r}"
    if rel is not None:
        assert rel in text, f"problem message without the file name: {text!r}"


def check_span(start: date, end: date, published: datetime | None = None) -> None:
    """Ends no earlier than it starts (on the wall clock and in UTC), never floating; an
    inferred event (`published` given) starts within 400 days of publication."""
    assert type(start) is type(end), (start, end)
    assert end >= start, f"ends {end} before it starts {start}"
    if isinstance(start, datetime):
        assert start.utcoffset() is not None and end.utcoffset() is not None, "floating"
        assert end.astimezone(UTC) >= start.astimezone(UTC), f"ends {end} before {start} in UTC"
    if published is not None:
        first = start.date() if isinstance(start, datetime) else start
        assert published.date() <= first <= published.date() + timedelta(days=400), start
        assert end.year <= max(2100, published.year + 5), end  # written (19|20)YY, or rolled


# ---------------------------------------------------------------------- seeds


def seeds() -> list[bytes]:
    """The example site's posts, shaped as inputs of each target, plus a few hand-made ones."""
    texts = [p.read_bytes() for p in sorted((REPO / "content" / "_posts").glob("*.md"))]
    texts += [
        b"---\ntitle: Webinar\ndate: 2021-03-04 10:00 +0100\nevent:\n  start: 2021-03-10 09:00\n"
        b"  duration: 1h30m\n  location: {name: Hall, geo: [59.3, 18.0]}\n---\nHej\n",
        b"+++\ntitle = \"T\"\ndate = 2021-03-04T10:00:00Z\n+++\nbody\n",
        b"---\ntitle: \"\\x01 ctl\"\nevents:\n- start: 2021-05-01\n  end: 2021-05-03\n---\nx\n",
    ]
    prose = [
        "Webbinarium\x1e\x1eVälkommen onsdag den 10 mars kl 9.00–10.30 på Zoom.",
        "Meetup\x1eJoin us\x1eOn Saturday, March 13th from 7 to 9 pm we meet at the café.",
        "Kurs\x1e\x1e## 12 april\n\n- 09:00 Fika\n- 10:00 Föreläsning\n\nAnmälan senast 1/4.",
    ]
    out = []
    for i, text in enumerate(texts):
        out.append(bytes([0, i % 4, 7, 208]) + text)
        out.append(bytes([1, i % 3, 7, 208]) + text)
    for i, text in enumerate(prose):
        out.append(bytes([2, i % 2, 8, 52]) + text.encode())
    for i, text in enumerate(texts):
        head, _, body = text.partition(b"\n---\n")
        out.append(bytes([2, i % 2, 8, 52]) + head[-200:] + b"\x1e\x1e" + body)
    return out


# libFuzzer dictionary: pieces of front matter, markup and announcements to splice in
TOKENS = [
    "---\n", "+++\n", "...\n", "title: ", "date: ", "lang: ", "categories: ", "excerpt: ",
    "ingress-text: ", "links:\n- url: ", "image: ", "permalink: ", "published: false", "ref: ",
    "id: ", "last_modified_at: ", "event:\n  start: ", "events:\n- start: ", "  end: ",
    "  duration: ", "  timezone: ", "  location: ", "  geo: [", "  status: ", "  uid: ",
    "  sequence: ", "!!timestamp ", "!!binary ", "&a ", "*a", "<<: ", "? ", "\\x01", "\\u0000",
    "2021-03-04", " 09:00", "T10:00:00Z", " +0100", "9999-12-31", "0001-01-01", "24:00",
    "1h30m", "PT50M", "Europe/Stockholm", "http://[", "javascript:", "&#1;", "&#xFFFE;",
    "&amp;", "<p>", "</p>", "<h2>", "</h2>", "<!--", "-->", "<script>", "</script>", "<a href=",
    "<img src=", "[x](", "](", "![", "{{", "}}", "{%", "%}", "**", "\n## ", "\n- ", "| ",
    "kl ", "kl. ", "klockan ", " at ", " from ", " till ", " to ", "–", " den ", " the ",
    "mars", "maj", "oktober", "March", "May", "Aug.", "onsdag", "lördag", "Saturday", "13th",
    "3:e", "19.30", "7 pm", "noon", "idag", "imorgon", "tomorrow", "webbinarium", "workshop",
    "välkommen", "welcome", "anmälan senast", "deadline", "inställt", "cancelled", "i 2 timmar",
    "for 90 minutes", "\x1e",
]


def write_dictionary(path: Path) -> None:
    def quoted(token: str) -> str:
        return '"' + "".join(chr(b) if 32 <= b < 127 and b not in (34, 92) else f"\\x{b:02x}"
                             for b in token.encode()) + '"'
    path.write_text("".join(quoted(t) + "\n" for t in TOKENS), encoding="ascii")


# ---------------------------------------------------------------------- engines


def run_atheris(fuzz: Fuzz, seconds: float, extra: list[str]) -> None:
    corpus = fuzz.workdir / "corpus"
    corpus.mkdir(exist_ok=True)
    for seed in seeds():
        (corpus / hashlib.sha1(seed).hexdigest()).write_bytes(seed)
    write_dictionary(fuzz.workdir / "herald.dict")
    argv = [sys.argv[0], str(corpus), f"-artifact_prefix={fuzz.crash_dir}/",
            f"-dict={fuzz.workdir / 'herald.dict'}",
            f"-max_total_time={int(seconds) + 120}", "-max_len=8192", "-timeout=30",
            "-rss_limit_mb=4096", "-print_final_stats=1", *extra]
    atheris.Setup(argv, fuzz.run_one)
    atheris.Fuzz()


def run_hypothesis(fuzz: Fuzz) -> None:
    from hypothesis import HealthCheck, Phase, given, settings
    from hypothesis import strategies as st

    fragments = st.sampled_from([
        *TOKENS, "\"", "'", "\n", ": ", "- ", "{", "}", "[", "]", ":", ".", "7", "pm",
        "9999-12-31 23:59", "1900-01-01", "0000-00-00", "\x00", "\ufeff", "\r",
    ])
    text = st.one_of(st.text(max_size=300), st.lists(fragments, max_size=40).map("".join),
                     st.lists(st.one_of(fragments, st.text(max_size=8)), max_size=40)
                     .map("".join))
    payload = st.one_of(st.binary(max_size=600), text.map(lambda t: t.encode("utf-8", "replace")))
    header = st.tuples(st.integers(0, 2), st.integers(0, 255), st.integers(0, 65535))
    inputs = st.one_of(
        st.builds(lambda h, p: bytes([h[0], h[1]]) + h[2].to_bytes(2, "big") + p, header,
                  payload),
        st.sampled_from(seeds()),
    )

    @settings(max_examples=2000, deadline=None, database=None, derandomize=False,
              phases=[Phase.generate], suppress_health_check=list(HealthCheck))
    @given(inputs)
    def batch(data: bytes) -> None:
        fuzz.run_one(data)

    while True:  # run_one ends the process when the time is up
        batch()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--minutes", type=float, default=10.0)
    parser.add_argument("--engine", choices=("auto", "atheris", "hypothesis"), default="auto")
    parser.add_argument("--keep-going", action="store_true",
                        help="record every distinct crash and go on until the time is up")
    parser.add_argument("--workdir", type=Path, help="default: a new temporary folder")
    parser.add_argument("--replay", type=Path, help="run one saved input and show what happens")
    args, extra = parser.parse_known_args()

    engine = args.engine
    if engine == "auto":
        engine = "atheris" if atheris is not None else "hypothesis"
    if engine == "atheris" and atheris is None:
        parser.error("atheris is not installed: pip install atheris, or use --engine hypothesis")
    if engine == "atheris" and not args.replay:
        with atheris.instrument_imports(include=["herald"]):
            _import_herald()
    else:
        _import_herald()

    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="herald-fuzz-"))
    seconds = args.minutes * 60
    fuzz = Fuzz(workdir, args.keep_going, seconds)
    if args.replay:
        try:
            fuzz.dispatch(args.replay.read_bytes())
        except (FrontMatterError, DateError, PostError) as err:
            print(f"a clean error, not a crash: {type(err).__name__}: {err}", file=sys.stderr)
        else:
            print("no crash", file=sys.stderr)
        return
    print(f"fuzzing herald with {engine} for {args.minutes:g} min; work folder {workdir}",
          file=sys.stderr, flush=True)
    with contextlib.suppress(KeyboardInterrupt):
        if engine == "atheris":
            run_atheris(fuzz, seconds, extra)
        else:
            run_hypothesis(fuzz)
    fuzz.finish()


if __name__ == "__main__":
    main()
