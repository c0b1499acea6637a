"""The bad-input corpus (tests/fixtures/bad-input): every broken post gets one clear line,
every good post is still built, nothing executable or XML-forbidden reaches the output, and
nothing is written outside --out."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlsplit

import feedparser
import icalendar
import pytest
from lxml import etree

from conftest import FIXTURES

CORPUS = FIXTURES / "bad-input"
OUTSIDE = FIXTURES / "bad-input-outside.md"

# file -> (severity, words its problem line must hold); a post may have other lines too
EXPECTED = {
    "2024-02-01-invalid-yaml.md": ("error", ":3: error: invalid YAML in front matter"),
    "2024-02-02-unterminated.md": ("warning", ":1: warning: front matter is not closed: "
                                              "Jekyll publishes the whole file as text"),
    "2024-02-03-no-front-matter.md": ("warning", ":1: warning: no front matter"),
    "2024-02-04-empty.md": ("warning", ":1: warning: no front matter"),
    "2024-02-05-front-matter-only.md": ("warning", "no text after the front matter"),
    "2024-02-06-latin1.md": ("error", ":2: error: not UTF-8 (byte 0xe4)"),
    "2024-02-09-control-chars.md": ("warning", "control characters XML cannot carry"),
    "2024-02-10-binary.md": ("error", "binary data"),
    "2024-02-11-no-title.md": ("warning", "title is missing: titled No Title from the "
                                          "file name"),
    "2024-02-12-empty-title.md": ("warning", ":2: warning: title is empty: titled Empty "
                                             "Title from"),
    "2024-02-13-title-list.md": ("warning", ":2: warning: title must be text, not a list"),
    "2024-02-14-impossible-date.md": ("error", ":3: error: date: '2021-13-45' is not a real"),
    "2024-02-15-year-one.md": ("error", ":3: error: date: year 1 is out of range"),
    "2024-02-16-year-9999.md": ("error", ":3: error: date: year 9999 is out of range"),
    "2024-02-17-unknown-timezone.md": ("error", "event.timezone: 'Mars/Olympus_Mons'"),
    "2024-02-18-categories-mapping.md": ("warning", ":3: warning: categories must be a list "
                                                    "or text, not a mapping; ignored"),
    "2024-02-19-categories-number.md": ("warning", ":3: warning: categories must be a list or "
                                                   "text, not a number; ignored"),
    "2024-02-20-path-traversal.md": ("warning", "category _themes/../../escape.md is not a "
                                                "valid theme id"),
    "2024-02-22-same-url-b.md": ("warning", "same URL as _posts/2024-02-21-same-url-a.md"),
    "2024-02-23-alias-bomb.md": ("error", "expands to more than 100,000 values"),
    "2024-02-24-deep-nesting.md": ("error", "exceeded maximum nesting depth"),
    "2024-02-25-script.md": ("warning", "title contains HTML markup"),
    "2024-02-26-symlink-outside.md": ("error", "outside the content folder: not read"),
    "2024-02-27-folder.md": ("warning", "a folder named like a post"),
    "2024-02-28-event-end-before-start.md": ("error", "event.end: the event must end after"),
    "2024-02-29-event-cancelled-no-date.md": ("error", "event.start: missing"),
    "2024-03-01-symlink-loop.md": ("error", "cannot read the file: Too many levels"),
    "2024-03-02-huge.md": ("error", "over herald.max_post_bytes"),
    "2024-03-03-pipe.md": ("error", "not a regular file"),
}
BUILT = {  # slug -> feeds (folders) it must be in
    "2024-02-01-invalid-yaml": ["", "sv"],  # as Jekyll: without its front matter
    "unterminated": ["", "sv"],  # as Jekyll: the whole file as text
    "no-front-matter": ["", "sv"],
    "empty": ["", "sv"],
    "no-title": ["", "sv"],  # titled from the file name, as Jekyll does
    "empty-title": ["", "sv"],
    "title-list": ["", "sv"],
    "categories-number": ["", "sv"],
    "good-one": ["", "sv", "themes/deltagande"],
    "good-two": ["", "en", "themes/deltagande"],
    "good-event": ["", "sv", "themes/deltagande"],
    "bom": ["", "sv", "themes/deltagande"],
    "crlf": ["", "sv", "themes/deltagande"],
    "front-matter-only": ["", "sv"],
    "control-chars": ["", "sv"],
    "impossible-date": ["", "sv"],
    "year-one": ["", "sv"],
    "categories-mapping": ["", "sv"],
    "path-traversal": ["", "sv", "themes/etc-passwd", "themes/abs", "themes/x"],
    "same-url-a": ["", "sv"],
    "same-url-b": ["", "sv"],
    "script": ["", "sv"],
    "event-end-before-start": ["", "sv"],
}
URL_ATTRIBUTES = {"href", "src", "srcset", "action", "formaction", "poster", "cite", "data",
                  "background", "xlink:href", "url"}
SAFE_SCHEMES = {"", "http", "https", "mailto", "tel", "webcal"}
EXECUTABLE_TAGS = {"script", "iframe", "object", "embed", "svg", "math", "style", "form",
                   "base", "meta", "link"}


def tree_digest(root: Path) -> dict[str, str]:
    digest = {}
    for path in sorted(root.rglob("*")):
        if path.is_symlink() or not path.is_file():
            digest[path.relative_to(root).as_posix()] = "not a file"
        else:
            digest[path.relative_to(root).as_posix()] = hashlib.sha256(
                path.read_bytes()).hexdigest()
    return digest


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    """The corpus copied (plus a 20 MB post and a pipe), built once by the real command."""
    work = tmp_path_factory.mktemp("bad")
    site = work / "fixtures" / "bad-input"
    shutil.copytree(CORPUS, site, symlinks=True)
    shutil.copy(OUTSIDE, work / "fixtures" / OUTSIDE.name)
    with (site / "_posts" / "2024-03-02-huge.md").open("w", encoding="utf-8") as huge:
        huge.write("---\ntitle: Tjugo megabyte\n---\n")
        huge.write(("lorem ipsum " * 100 + "\n") * 17_500)
    os.mkfifo(site / "_posts" / "2024-03-03-pipe.md")
    before = tree_digest(work)
    out = work / "out"
    run = subprocess.run(
        [sys.executable, "-m", "herald", "build", "--content", str(site), "--out", str(out),
         "--now", "2026-11-01"], capture_output=True, text=True, timeout=120)
    after = tree_digest(work)
    return {"run": run, "out": out, "before": before, "after": after, "site": site}


def test_build_finishes_with_errors_and_no_traceback(built):
    run = built["run"]
    assert run.returncode == 1
    assert "Traceback" not in run.stderr + run.stdout
    assert "27 posts" in run.stdout


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_bad_post_gets_a_specific_one_line_problem(built, name):
    severity, words = EXPECTED[name]
    lines = [line for line in built["run"].stderr.splitlines()
             if line.startswith(f"_posts/{name}:")]
    assert any(f" {severity}: " in line and words in line for line in lines), lines
    assert all(len(line) < 400 for line in lines)


def test_every_problem_line_names_a_file(built):
    for line in built["run"].stderr.splitlines():
        path = line.split(":", 1)[0]
        target = built["site"] / path
        assert path.startswith("_posts/") and (target.exists() or target.is_symlink()), line


@pytest.mark.parametrize("slug", sorted(BUILT))
def test_good_and_repairable_posts_are_in_every_feed_they_belong_to(built, slug):
    for folder in BUILT[slug]:
        documents = [built["out"] / folder / "feed.atom",
                     *sorted((built["out"] / folder / "archive").glob("*.atom"))]
        entries = []
        for path in documents:
            feed = feedparser.parse(path.read_bytes())
            assert feed.bozo == 0
            entries += feed.entries
        assert any(entry.id.endswith(f":{slug}") for entry in entries), (slug, folder)


def test_same_url_posts_are_both_kept_with_distinct_ids(built):
    feed = feedparser.parse((built["out"] / "feed.atom").read_bytes())
    same = [e for e in feed.entries if e.title.startswith("Samma adress")]
    assert len(same) == 2 and same[0].id != same[1].id


def test_nothing_is_written_outside_out_and_content_is_untouched(built):
    before, after = built["before"], built["after"]
    outside_out = {k: v for k, v in after.items() if not k.startswith("out")}
    assert outside_out == before
    assert not (built["out"].parent / "etc").exists()
    assert not list(built["out"].parent.parent.glob("escape*"))


def test_every_output_file_is_well_formed(built):
    out = built["out"]
    for path in out.rglob("*"):
        if path.suffix in (".atom", ".rss", ".opml"):
            etree.parse(str(path), etree.XMLParser(resolve_entities=False))
        elif path.suffix == ".json":
            json.loads(path.read_text(encoding="utf-8"))
        elif path.suffix == ".ics":
            icalendar.Calendar.from_ical(path.read_bytes())


class Markup(HTMLParser):
    """Collects what would run in a browser: dangerous tags, handlers, script URLs."""

    def __init__(self) -> None:
        super().__init__()
        self.found: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in EXECUTABLE_TAGS and not (tag in ("link", "meta") and self.page):
            self.found.append(f"<{tag}>")
        for name, value in attrs:
            if name.startswith("on"):
                self.found.append(f"{name}=")
            if name in URL_ATTRIBUTES and value:
                for url in value.split(","):
                    if scheme(url) not in SAFE_SCHEMES:
                        self.found.append(f"{name}={url.strip()}")

    page = False


def scheme(url: str) -> str:
    return urlsplit(url.strip()).scheme.lower()


def html_fragments(path: Path) -> list[str]:
    """Every piece of HTML a reader of this file would render."""
    if path.suffix == ".json":
        document = json.loads(path.read_text(encoding="utf-8"))
        return [item.get("content_html", "") for item in document["items"]]
    root = etree.parse(str(path)).getroot()
    return [node.text or "" for node in root.iter()
            if isinstance(node.tag, str) and etree.QName(node).localname in
            ("content", "summary", "description", "encoded", "title", "subtitle")]


def test_nothing_executable_reaches_any_output(built):
    out = built["out"]
    for path in out.rglob("*"):
        if path.suffix in (".atom", ".rss", ".json"):
            for fragment in html_fragments(path):
                parser = Markup()
                parser.feed(fragment)
                assert parser.found == [], (path, parser.found)
        if path.suffix in (".atom", ".rss", ".opml"):
            for node in etree.parse(str(path)).getroot().iter():
                for name, value in node.attrib.items():
                    if etree.QName(name).localname in URL_ATTRIBUTES | {"xmlUrl", "htmlUrl"}:
                        assert scheme(value) in SAFE_SCHEMES, (path, name, value)
        if path.suffix == ".ics":
            for component in icalendar.Calendar.from_ical(path.read_bytes()).walk():
                for key in ("URL", "IMAGE"):
                    if key in component:
                        assert scheme(str(component[key])) in SAFE_SCHEMES, (path, key)
    page = Markup()
    page.page = True
    page.feed((out / "index.html").read_text(encoding="utf-8"))
    assert [f for f in page.found if f != "<style>"] == []


def test_control_characters_never_reach_xml(built):
    forbidden = {chr(c) for c in range(32) if chr(c) not in "\t\n\r"}
    for path in built["out"].rglob("*"):
        if path.is_file() and path.suffix != ".ics":
            text = path.read_text(encoding="utf-8")
            assert not forbidden & set(text), path


def test_herald_check_agrees_and_reports_nothing_lost(built):
    run = subprocess.run(
        [sys.executable, "-m", "herald", "check", "--content", str(built["site"]), "--now",
         "2026-11-01", "--format", "json"], capture_output=True, text=True, timeout=120)
    assert run.returncode == 1
    summary = json.loads(run.stdout)
    assert summary["lost"] == []
    assert summary["built"] == 27
    assert summary["documents"] == (summary["built"] + len(summary["left_out"])
                                    + len(summary["not_built"]))
    assert not summary["ok"]
