"""Small Jekyll sites under tests/fixtures/jekyll/ and what Jekyll itself publishes from them.

Each fixture site is a folder `tests/fixtures/jekyll/<name>/` (a _config.yml and some posts);
beside it, `<name>.jekyll.jsonl` holds Jekyll's answer, one JSON line per published document,
as tests/jekyll/publish.rb prints it. These helpers read both, and compare HTML the way the
tests do: by its visible text, or by its element structure.
"""

from __future__ import annotations

import difflib
import json
import re
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

TESTS = Path(__file__).resolve().parent
FIXTURES = TESTS / "fixtures" / "jekyll"
PUBLISH = TESTS / "jekyll" / "publish.rb"
PUBLISH_NOW = "2026-01-01"

# Jekyll's YAML_FRONT_MATTER_REGEXP (lib/jekyll/document.rb)
_FRONT_MATTER = re.compile(r"\A(---[ \t\r\n\f\v]*\n.*?\n?)^((---|\.\.\.)[ \t\r\n\f\v]*$\n?)",
                           re.M | re.S)


def fixture_sites(prefix: str) -> list[Path]:
    """The fixture site folders whose name starts with `prefix`, sorted by name."""
    return sorted(path for path in FIXTURES.glob(f"{prefix}*") if path.is_dir())


def oracle_path(site: Path) -> Path:
    """Where Jekyll's answer for a fixture site is kept."""
    return site.parent / f"{site.name}.jekyll.jsonl"


def oracle(path: Path) -> list[dict]:
    """The documents Jekyll publishes, from a .jekyll.jsonl file (or a site folder beside one)."""
    if path.is_dir():
        path = oracle_path(path)
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def body(path: Path) -> str:
    """A document's text after its front matter, as Jekyll splits it."""
    text = path.read_text(encoding="utf-8-sig")
    match = _FRONT_MATTER.match(text)
    return text[match.end():] if match else text


def jekyll_available() -> bool:
    """Whether Ruby with Jekyll is installed, to ask Jekyll itself."""
    if shutil.which("ruby") is None:
        return False
    try:
        result = subprocess.run(["ruby", "-e", "require 'jekyll'"], capture_output=True,
                                timeout=60)
    except (OSError, subprocess.TimeoutExpired):
        return False
    return result.returncode == 0


def published_by_jekyll(site: Path) -> list[dict]:
    """What Jekyll publishes from the site now (tests/jekyll/publish.rb)."""
    result = subprocess.run(["ruby", str(PUBLISH), str(site), PUBLISH_NOW], capture_output=True,
                            text=True, timeout=300, check=True)
    return [json.loads(line) for line in result.stdout.splitlines() if line]


def _names(text: str) -> frozenset[str]:
    return frozenset(text.split())


_BLOCK_TAGS = _names(
    "address article aside blockquote br dd details div dl dt figcaption figure footer form h1 "
    "h2 h3 h4 h5 h6 header hr li main nav ol p pre section summary table tbody td tfoot th "
    "thead tr ul")
_VOID_TAGS = _names("area base br col embed hr img input link meta source track wbr")


class _Text(HTMLParser):
    """The text a reader sees: no scripts or styles, block boundaries as spaces."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.hidden = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("script", "style"):
            self.hidden += 1
        elif tag in _BLOCK_TAGS:
            self.parts.append(" ")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style"):
            self.hidden = max(self.hidden - 1, 0)
        elif tag in _BLOCK_TAGS:
            self.parts.append(" ")

    def handle_data(self, data: str) -> None:
        if not self.hidden:
            self.parts.append(data)


class _TextNodes(HTMLParser):
    """The text nodes of HTML, scripts and styles left out (the real-site scorecard's view)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.hidden = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.hidden += tag in ("script", "style")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style") and self.hidden:
            self.hidden -= 1

    def handle_data(self, data: str) -> None:
        if not self.hidden:
            self.parts.append(data)


AGREE_AT = 0.98  # word-level similarity at which a rendering is Jekyll's
_FOLD = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"',
                       "\u2013": "-", "\u2014": "-", "\u00a0": " ", "\u00ab": '"',
                       "\u00bb": '"'})


def visible_words(html: str | None) -> list[str]:
    """The words and punctuation marks a reader sees, typography folded: what
    ../shared/sites/score_site.py compares."""
    parser = _TextNodes()
    parser.feed(html or "")
    parser.close()
    text = " ".join(parser.parts).translate(_FOLD).replace("\u2026", "...")
    return re.findall(r"\w+|[^\w\s]", re.sub(r"-{2,3}", "-", text))


def agreement(ours: str | None, theirs: str | None) -> float:
    """How alike two renderings read (1.0: the same words); >= AGREE_AT counts as agreeing."""
    mine, jekyll = visible_words(ours), visible_words(theirs)
    if not mine and not jekyll:
        return 1.0
    return difflib.SequenceMatcher(None, jekyll, mine, autojunk=False).ratio()


def visible_text(html: str) -> str:
    """The visible text of HTML, whitespace (non-breaking spaces too) collapsed to one space."""
    parser = _Text()
    parser.feed(html or "")
    parser.close()
    return " ".join("".join(parser.parts).split())


class _Structure(HTMLParser):
    """Elements (with sorted attributes) and text, whitespace-normalised; syntax highlighting
    spans inside code are left out, since only rouge makes them."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.items: list[tuple[str, ...]] = []
        self.code = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "code":
            self.code += 1
        if tag == "span" and self.code:
            return
        self.items.append(("<", tag, *sorted(f"{k}={v or ''}" for k, v in attrs)))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in _VOID_TAGS:
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag == "code":
            self.code = max(self.code - 1, 0)
        if (tag == "span" and self.code) or tag in _VOID_TAGS:
            return
        self.items.append(("/", tag))

    def handle_data(self, data: str) -> None:
        if self.items and self.items[-1][0] == "#":
            self.items[-1] = ("#", self.items[-1][1] + data)
        else:
            self.items.append(("#", data))


def structure(html: str) -> list[tuple[str, ...]]:
    """HTML as a list of start tags (name and sorted attributes), end tags and text; text is
    whitespace-collapsed and whitespace-only text left out."""
    parser = _Structure()
    parser.feed(html or "")
    parser.close()
    items = []
    for item in parser.items:
        if item[0] == "#":
            text = " ".join(item[1].split())
            if text:
                items.append(("#", text))
        else:
            items.append(item)
    return items
