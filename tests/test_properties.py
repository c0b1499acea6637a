"""Hostile and malformed content: property-based tests of the loader, dates and inference.

Any text or front matter gives a result or a clean error (FrontMatterError, DateError,
PostError, a Problem), never an exception; problems are one line naming the file; no character
XML cannot carry reaches a post; inferred events never end before they start, are never
floating and have sane years; a whole build renders calendars and feeds that parse.

The example counts keep this file to a few seconds; `fuzz/fuzz_herald.py` runs the same
targets at scale (see README).
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import tempfile
import time
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar
import pytest
import yaml
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from lxml import etree

from conftest import BASIC_CONFIG, NOW
from herald.dates import _DATE_TIME, MAX_YEAR, MIN_YEAR, DateError, parse_datetime, zone
from herald.derive.features import MAX_AHEAD_STATED_DAYS
from herald.derive.front_matter import events_from_front_matter
from herald.derive.infer import find_events
from herald.derive.schedule import event_from_found, site_schedule
from herald.derive.site_keys import FAMILIES, site_events
from herald.durations import parse_duration
from herald.load.frontmatter import Document, FrontMatterError, split_document
from herald.load.site import LoadOptions, load_site, read_file
from herald.model import Post
from herald.pipeline import build

STOCKHOLM = ZoneInfo("Europe/Stockholm")
XML_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
HOUR = timedelta(hours=1)


SCALE = int(os.environ.get("HERALD_PROPERTY_SCALE", "1"))  # e.g. 50 for a long hunt


def props(examples: int):
    return settings(max_examples=examples * SCALE, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                           HealthCheck.filter_too_much])


# --------------------------------------------------------------------------- strategies

# text that reaches the odd corners: controls, NUL, DEL, C1, BOM, line and paragraph
# separators, non-characters, right-to-left marks, astral characters, plain ASCII
ODD = st.sampled_from(["\x00", "\x01", "\x08", "\x0b", "\x0c", "\x1b", "\x7f", "\x85", "\x9f",
                       "\ufeff", "\u2028", "\u2029", "\ufffe", "\uffff", "\u200f", "\U0001f600",
                       "\r", "\r\n", "\t", "\\", "\"", "'", "&#1;", "&#xFFFE;", "<", ">", "&"])
TEXT = st.one_of(st.text(max_size=40),
                 st.lists(st.one_of(ODD, st.text(max_size=5)), max_size=10).map("".join))

YAMLISH = st.sampled_from([
    "title: ", "date: ", "categories: ", "lang: ", "event:", "events:", "permalink: ",
    "excerpt: ", "links:", "image: ", "ref: ", "id: ", "draft: ", "published: ", "  start: ",
    "  end: ", "  duration: ", "  timezone: ", "  location: ", "  geo: ", "- ", "  - ", "url: ",
    ": ", ":", "\n", "\n  ", "[", "]", "{", "}", ",", "&a ", "*a", "!!str ", "!!binary ",
    "!!python/object:os.system ", "!!timestamp ", "? ", "|\n  ", ">-\n  ", "\"", "'", "\\x01",
    "\\u0000", "\\uFFFE", "#", "%YAML 1.1\n", "---", "...", "+++", "~", "null", "true", "no",
    "2021-03-04", "2021-02-30", "9999-12-31", "0001-01-01", " 09:00", "T10:00:00Z", " +0100",
    "-12:00", "1e400", "0x1F", ".nan", "-.inf", "99999999999999999999", "Europe/Stockholm",
    "Europe", "[59.3, 18.0]", "1h30m", "PT50M", "²", "24:00", "9:30", "a", "Åsa",
    "_themes/x.md", "/:title/", "\t", "\x00", "\x7f", "\x85",
])
YAML_TEXT = st.lists(st.one_of(YAMLISH, TEXT), max_size=30).map("".join)

ZONES = st.sampled_from([None, UTC, STOCKHOLM, ZoneInfo("America/St_Johns"),
                         ZoneInfo("Pacific/Kiritimati"), timezone(timedelta(hours=-12))])
DATETIMES = st.builds(lambda moment, tz: moment.replace(tzinfo=tz), st.one_of(
    st.datetimes(min_value=datetime(2020, 1, 1), max_value=datetime(2028, 12, 31)),
    st.datetimes(min_value=datetime(1, 1, 2), max_value=datetime(9999, 12, 30))), ZONES)
SCALARS = st.one_of(
    st.none(), st.booleans(), st.integers(), st.integers(min_value=-10**30, max_value=10**30),
    st.floats(), TEXT, st.dates(), DATETIMES,
    st.sampled_from(["2021-03-04", "2021-03-04 10:00", "2021-03-04T10:00:00+01:00", "10:30",
                     "9:30:00", "24:00", "1h", "2d", "PT1H", "90", "²", "Europe/Stockholm",
                     "Europe", "sv", "en-GB", "https://example.org/x", "javascript:alert(1)",
                     "_themes/budget.md", "/:year/:title/", "confirmed", "cancelled",
                     "http://[x", "//[::1", "https://ex ample.org/ä?q=<>", "mailto:"]),
)
EVENT_KEYS = ["start", "end", "duration", "timezone", "location", "url", "status", "uid",
              "summary", "title", "sequence", "description", "geo", "name", "address", "extra"]
EVENT = st.dictionaries(st.sampled_from(EVENT_KEYS), st.one_of(
    SCALARS, st.dictionaries(st.sampled_from(["name", "address", "geo"]),
                             st.one_of(SCALARS, st.lists(SCALARS, max_size=3)), max_size=3)),
    max_size=6)
VALUES = st.recursive(
    SCALARS, lambda inner: st.lists(inner, max_size=3) | st.dictionaries(
        st.sampled_from(EVENT_KEYS + ["url", "title"]) | st.text(max_size=4), inner, max_size=3),
    max_leaves=6)
MOMENTS = st.one_of(
    st.dates(min_value=date(2020, 1, 1), max_value=date(2028, 12, 31)), DATETIMES,
    st.datetimes(min_value=datetime(2020, 1, 1), max_value=datetime(2028, 12, 31)),
    st.builds(lambda d, h, m, z: f"{d} {h}:{m:02d}{z}",
              st.dates(min_value=date(2020, 1, 1), max_value=date(2028, 12, 31)),
              st.integers(0, 25), st.integers(0, 61), st.sampled_from(["", " +0100", "Z", "+14"])),
    SCALARS)
ZONE_NAMES = st.sampled_from(["Europe/Stockholm", "America/St_Johns", "UTC", "Asia/Kolkata"])
REAL_EVENT = st.fixed_dictionaries(
    {"start": MOMENTS},
    optional={"end": st.one_of(MOMENTS, st.sampled_from(["17:30", "9:30", "24:00", "23:59"])),
              "duration": st.one_of(SCALARS, st.sampled_from(["50m", "1h30m", "2d", "PT1H"])),
              "timezone": st.one_of(ZONE_NAMES, ZONE_NAMES, st.sampled_from(
                  ["Europe", "Mars/Base", "europe/stockholm"]), SCALARS),
              "location": st.one_of(TEXT, st.fixed_dictionaries(
                  {"name": TEXT}, optional={"address": TEXT, "geo": st.one_of(
                      st.tuples(st.floats(-90, 90), st.floats(-180, 180)).map(list),
                      st.lists(st.one_of(st.floats(), st.integers()), max_size=3))})),
              "url": st.one_of(TEXT, st.just("https://example.org/e")),
              "status": st.sampled_from(["confirmed", "Cancelled", "tentative", "maybe"]),
              "uid": st.one_of(TEXT, SCALARS), "summary": TEXT, "description": TEXT,
              "sequence": st.one_of(st.integers(0, 10**12), SCALARS)})
EVENTS = st.one_of(EVENT, REAL_EVENT, st.lists(st.one_of(REAL_EVENT, EVENT), max_size=3),
                   st.just(False))
TITLES = st.one_of(st.sampled_from(["Webbinarium om budget", "Workshop", "Quiz night", "Möte"]),
                   TEXT, SCALARS)
KEYS = ["title", "date", "categories", "lang", "event", "events", "permalink", "excerpt",
        "links", "image", "ref", "id", "draft", "published"]
META = st.builds(lambda title, event, rest: {"title": title, **event, **rest}, TITLES,
                 st.one_of(st.just({}), st.just({}), st.fixed_dictionaries({"event": REAL_EVENT}),
                           st.fixed_dictionaries({"events": st.lists(REAL_EVENT, max_size=3)})),
                 st.dictionaries(st.sampled_from(KEYS), st.one_of(VALUES, MOMENTS, EVENTS),
                                 max_size=6))

# prose for the inference: Swedish and English dates, times and event words glued at random
WORDS = st.sampled_from([
    "måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag", "onsdagen", "mån",
    "Monday", "Tuesday", "Wednesday", "Saturday", "Sunday", "Sat", "this", "next", "on", "every",
    "januari", "mars", "maj", "juni", "juli", "augusti", "oktober", "december", "jan", "sept",
    "January", "March", "May", "June", "Aug", "Aug.", "Dec",
    "1", "2", "3", "9", "10", "12", "13", "15", "24", "25", "29", "30", "31", "32", "0", "00",
    "07", "09", "18", "19", "23", "45", "99", "1st", "2nd", "3rd", "13th", "3:e", "2021", "2022",
    "2026", "1999", "2099", "1200", "1930",
    "kl", "kl.", "klockan", "at", "from", "to", "till", "until", "and", "och", "mellan",
    "between", "den", "the", "of", "am", "pm", "a.m.", "p.m.", "noon", "midnight",
    "–", "-", "—", ":", ".", ",", "/", "(", ")", "!", "?", "\n", "\n\n", "## ", "- ", "**", "|",
    "idag", "imorgon", "i kväll", "today", "tomorrow", "tonight",
    "webinar", "webbinarium", "workshop", "möte", "meeting", "välkommen", "welcome", "join us",
    "anmälan", "sista dag", "deadline", "inställt", "cancelled", "was", "held", "for",
    "i 2 timmar", "90 minutes", "an hour", "<p>", "</p>", "&nbsp;", "[x](y)", "{{ x }}",
    "[x](http://[y)", "<a href='//[x'>", "<img src=http://[>",
])
GLUED = st.lists(st.tuples(WORDS, st.sampled_from([" ", "", " ", "\n", ", "])),
                 max_size=40).map(lambda parts: "".join(w + s for w, s in parts))


def opt(*choices: str) -> st.SearchStrategy[str]:
    return st.sampled_from(["", *choices])


# sentences shaped like announcements: [event word] [weekday] [den|the] day month [year]
# [kl|at] time [-|to time]
SENTENCE = st.tuples(
    opt("Välkommen till workshop", "Webinar", "Join us for a meetup", "Anmälan senast",
        "Inställt:", "We held a meeting", "Varje"),
    opt("onsdag", "Saturday", "lördagen", "tis", "Sunday,"), opt("den", "the"),
    st.integers(0, 33).map(str), opt("e", "th", ":e", "-12", "–3", " och 7", " and 8"),
    st.sampled_from(["mars", "maj", "juni", "oktober", "december", "March", "May", "Aug.",
                     "junil", "/3", ".10"]),
    opt("2021", "2022", "2026", "2027", "1999"),
    opt("kl", "kl.", "at", "from", "klockan", "@"),
    st.sampled_from(["", "9", "9.00", "09:30", "18", "1930", "7 pm", "11:45 a.m.", "noon",
                     "25:00"]),
    opt("–", "-", "to", "till", "until"),
    st.sampled_from(["", "10.30", "21", "8:00 pm", "midnight", "02:00"]),
    opt(".", "!", " på Zoom.", " i två timmar.", " for 90 minutes."),
).map(lambda parts: " ".join(p for p in parts if p))
PROSE = st.lists(st.one_of(SENTENCE, GLUED), max_size=4).map("\n\n".join)
PUBLISHED = st.builds(lambda d, minutes: datetime.combine(d, datetime.min.time(), STOCKHOLM)
                      + timedelta(minutes=minutes),
                      st.one_of(st.dates(min_value=date(2020, 6, 1), max_value=date(2027, 6, 1)),
                                st.dates(min_value=date(1990, 1, 1),
                                         max_value=date(2090, 12, 31))),
                      st.integers(0, 1439))
LANG = st.sampled_from(["sv", "en", "sv-FI", "en-GB", "de", "", "x"])


def dump(meta: dict, flow: bool, unicode: bool) -> str:
    return yaml.safe_dump(meta, default_flow_style=flow, allow_unicode=unicode, sort_keys=False)


STRUCTURED = st.builds(lambda meta, flow, uni, body: f"---\n{dump(meta, flow, uni)}---\n{body}",
                       META, st.booleans(), st.booleans(), st.one_of(TEXT, PROSE))
FENCED = st.builds(lambda fence, meta, body, crlf: (
    f"{fence}\n{meta}\n{fence}\n{body}".replace("\n", "\r\n" if crlf else "\n")),
    st.sampled_from(["---", "+++", "--- ", "\ufeff---"]), YAML_TEXT, st.one_of(TEXT, PROSE),
    st.booleans())
POST_TEXT = st.one_of(STRUCTURED, FENCED, TEXT)
POST_BYTES = st.one_of(POST_TEXT.map(lambda t: t.encode("utf-8", "surrogatepass")),
                       st.binary(max_size=200),
                       POST_TEXT.map(lambda t: t.encode("utf-16")),
                       st.builds(lambda text, junk: text.encode("utf-8", "surrogatepass") + junk,
                                 POST_TEXT, st.binary(max_size=4)))
FILE_NAMES = st.sampled_from(["2021-03-04-post.md", "2021-03-04-post.html", "2021-3-4 post.md",
                              "2021-02-30-impossible.md", "2021-03-04-åäö ö.markdown"])


# --------------------------------------------------------------------------- checks


def one_line(message: str) -> None:
    assert "\n" not in message and "\r" not in message, message


def one_line_naming(message: str, rel: str) -> None:
    one_line(message)
    assert rel in message, message


def check_post(post: Post) -> None:
    names = ["title", "lead", "url", "id", "summary", "content_html"]
    for name in names:
        assert not XML_FORBIDDEN.search(getattr(post, name)), (name, getattr(post, name))
    for link in post.links:
        assert not XML_FORBIDDEN.search(link.title + link.url), link
    assert post.published.utcoffset() is not None and post.updated >= post.published


def check_span(start: date, end: date, *, inferred: bool, published: datetime | None = None):
    assert type(start) is type(end), (start, end)
    assert end >= start, (start, end)  # wall-clock order
    if isinstance(start, datetime):
        assert start.utcoffset() is not None and end.utcoffset() is not None, "floating"
        assert end.astimezone(UTC) >= start.astimezone(UTC), (start, end)  # across DST too
    if inferred:
        assert published is not None
        first = start.date() if isinstance(start, datetime) else start
        # (the farthest a date may be: stated with its weekday, year and hour)
        assert published.date() <= first <= published.date() + timedelta(
            days=MAX_AHEAD_STATED_DAYS), start
        assert end.year <= max(2100, published.year + 5), end  # written (19|20)YY, or rolled


def stub(title: str, body: str, lang: str, published: datetime) -> Post:
    return Post(path="_posts/2021-03-04-x.md", slug="x", title=title or "t", lang=lang or "en",
                published=published, updated=published, url="https://example.org/x", id="x",
                summary="", body=body, is_html=False, body_line=1, content_html="")


def check_inference(title: str, lead: str, body: str, lang: str, published: datetime) -> None:
    found = find_events(title, lead, body, lang=lang, published=published)
    assert isinstance(found, list)
    for item in found:
        assert 0.0 <= item.confidence <= 1.0
        if item.accepted:
            event = event_from_found(item, stub(title, body, lang, published),
                                     "Europe/Stockholm", HOUR)
            check_span(event.start, event.end, inferred=True, published=published)


# --------------------------------------------------------------------------- split_document


def split_ok(text: str) -> None:
    try:
        doc = split_document(text)
    except FrontMatterError as err:
        assert err.line is None or err.line >= 1
        return
    assert isinstance(doc, Document) and isinstance(doc.meta, dict)
    assert all(isinstance(key, str) for key in doc.meta)
    assert isinstance(doc.body, str) and doc.body_line >= 2


@pytest.mark.slow
@props(300)
@given(st.one_of(st.text(), FENCED, STRUCTURED))
@example("---\n&a [*a]\n---\n")
@example("---\n" + "[" * 5000 + "\n---\n")
@example("---\na: &a [x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: [*b, *b, *b, *b]\n---\n")
@example("---\nstart: 2021-02-30\nx: 0001-01-01 00:00 +05:00\n---\n")
@example("+++\ntitle = 1979-05-27T07:32:00+25:00\n+++\n")
def test_split_document_returns_a_document_or_a_front_matter_error(text):
    split_ok(text)


@props(150)
@given(st.binary(max_size=300), st.sampled_from(["utf-8", "latin-1", "utf-16", "cp1252",
                                                   "utf-8-sig", "utf-32"]))
def test_split_document_on_bytes_decoded_any_way(data, encoding):
    split_ok(data.decode(encoding, "replace"))
    split_ok(b"---\n".decode(encoding, "replace") + data.decode(encoding, "replace"))


# ------------------------------------------------------------------------ reading a file, load_site


def load_one(data: bytes, name: str, *, drafts: bool = False):
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        (root / "_config.yml").write_text(BASIC_CONFIG, encoding="utf-8")
        (root / "_posts").mkdir()
        path = root / "_posts" / name
        path.write_bytes(data)
        rel = f"_posts/{name}"
        site = load_site(root, LoadOptions(now=NOW, future=True, drafts=drafts))
        for problem in site.problems:
            one_line_naming(str(problem), rel)
        for post in site.posts:
            check_post(post)
        schedule = site_schedule(site)
        for problem in schedule.problems:
            one_line_naming(str(problem), rel)
        for event, post in schedule.events:
            published = post.published.astimezone(STOCKHOLM)
            check_span(event.start, event.end, inferred=event.source == "inferred",
                       published=published)
        result = read_file(root, rel, LoadOptions(now=NOW, future=True))
        for note in result.problems:
            one_line_naming(str(note), rel)
        if result.post is not None:
            check_post(result.post)


@pytest.mark.slow  # 250 whole posts: the quick subset stays under a minute without it
@props(250)
@given(POST_BYTES, FILE_NAMES)
@example(b"---\ntitle: \"\\x01 \\uFFFE\"\nexcerpt: \"\\0\"\n---\n&#1; &#xFFFF; \x07",
         "2021-03-04-p.md")
@example(b"---\ntitle: T\nevent:\n  start: 9999-12-31 23:30\n---\n", "2021-03-04-p.md")
@example(b"---\ntitle: T\nevent: {start: 2021-01-01 10:00, duration: 99999999999d}\n---\n",
         "2021-03-04-p.md")
@example(b"---\ntitle: T\nevent: {start: 2021-01-01 10:00, end: '24:00'}\n---\n",
         "2021-03-04-p.md")
@example(b"---\ntitle: T\ndate: 2021-02-30\nlast_modified_at: 0001-01-01\n---\n",
         "2021-03-04-p.md")
@example(b'---\ntitle: null\ndate: "0\\r0"\n---\n', "2021-03-04-post.md")  # a date's \r shown
def test_a_post_from_any_front_matter_and_body_loads_or_is_a_clean_problem(data, name):
    load_one(data, name)


@props(30)
@given(st.lists(POST_TEXT, min_size=1, max_size=3), st.lists(PROSE, min_size=3, max_size=3),
       st.booleans(), st.lists(st.sampled_from([".md", ".md", ".html"]), min_size=3,
                               max_size=3))
def test_a_whole_build_never_raises_and_its_calendars_and_feeds_parse(texts, bodies, unicode,
                                                                      suffixes):
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        (root / "_config.yml").write_text(BASIC_CONFIG, encoding="utf-8")
        (root / "_posts").mkdir()
        for i, text in enumerate(texts):
            if not text.startswith(("---", "+++", "\ufeff")):  # most posts should load
                meta = {"title": f"Evenemang {i}", "date": f"2026-10-0{i + 1} 10:00"}
                text = f"---\n{dump(meta, False, unicode)}---\n{text}\n{bodies[i]}"
            (root / "_posts" / f"2026-10-0{i + 1}-post-{i}{suffixes[i]}").write_bytes(
                text.encode("utf-8", "surrogatepass"))
        result = build(root, None, LoadOptions(now=NOW))
    for problem in result.problems:
        one_line(str(problem))
    assert result.files
    for name, body in result.files.items():
        if name.endswith(".ics"):
            icalendar.Calendar.from_ical(body)
        elif name.endswith((".atom", ".rss", ".opml")):
            etree.fromstring(body)  # well-formed, or it raises
        elif name.endswith(".json"):
            json.loads(body)


# --------------------------------------------------------------------------- site settings

SETTING_KEYS = ("title", "description", "url", "baseurl", "timezone", "lang", "author", "logo",
                "permalink", "collections", "collections_dir", "defaults", "exclude",
                "include", "future", "kramdown", "markdown_ext", "name", "data_dir",
                "includes_dir")
HERALD_SETTINGS = ("feed_limit", "category_feeds", "tag_feeds", "collection_feeds",
                   "base_url", "id_authority", "default_event_duration", "websub_hub")
YAML_SHAPES = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(-10**6, 10**6), st.floats(allow_nan=False),
              TEXT, st.sampled_from(["a\nmulti-line\nvalue", "https://example.org",
                                     "Europe/Stockholm", "/:title/", "pretty", "sv",
                                     "events", ""]),
              st.dates(min_value=date(1, 1, 1))),
    lambda inner: st.one_of(st.lists(inner, max_size=3),
                            st.dictionaries(st.sampled_from(["a", "output", "permalink",
                                                             "scope", "values", "path"]),
                                            inner, max_size=3)),
    max_leaves=6)


@pytest.mark.slow
@props(40)
@given(st.dictionaries(st.sampled_from(SETTING_KEYS), YAML_SHAPES, max_size=6),
       st.dictionaries(st.sampled_from(HERALD_SETTINGS), YAML_SHAPES, max_size=3))
def test_settings_of_any_shape_give_a_site_and_one_line_problems(settings_, herald_settings):
    """Whatever the YAML type or shape of a setting, every output file is still made and
    parses, and every problem is one line naming `_config.yml` or a post."""
    config = dict(settings_)
    if herald_settings:
        config["herald"] = herald_settings
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        (root / "_config.yml").write_text(yaml.safe_dump(config, allow_unicode=True),
                                          encoding="utf-8")
        (root / "_posts").mkdir()
        (root / "_posts" / "2021-03-04-p.md").write_text(
            "---\ntitle: A post\ncategories: [News]\ntags: [x]\n---\nText {{ site.title }}.\n",
            encoding="utf-8")
        result = build(root, None, LoadOptions(now=NOW, future=True))
        for problem in result.problems:
            one_line(str(problem))
        for name, data in result.files.items():
            if name.endswith((".atom", ".rss", ".opml")):
                etree.fromstring(data, etree.XMLParser(resolve_entities=False))
            elif name.endswith(".json"):
                json.loads(data)
            elif name.endswith(".ics"):
                icalendar.Calendar.from_ical(data)
            assert b"localhost" not in data, name


# --------------------------------------------------------------------------- parse_datetime


def check_parsed(value: object, tz) -> None:
    try:
        parsed = parse_datetime(value, tz)
    except DateError as err:
        assert "\n" not in str(err).replace(repr(value), "")
        return
    assert isinstance(parsed, date)
    if isinstance(parsed, datetime):
        assert parsed.tzinfo is not None and parsed.utcoffset() is not None
        parsed.astimezone(UTC)  # in range everywhere
    assert MIN_YEAR <= parsed.year <= MAX_YEAR


TZS = st.sampled_from([UTC, STOCKHOLM, ZoneInfo("Pacific/Kiritimati"),
                       ZoneInfo("Pacific/Pago_Pago"), timezone(timedelta(hours=5, minutes=45))])


@pytest.mark.slow
@props(300)
@given(st.one_of(st.text(), st.from_regex(_DATE_TIME, fullmatch=True),
                 st.from_regex(r"\A\d{4}-\d\d-\d\d[ T]\d\d:\d\d(:\d\d)? ?([+-]\d\d:?\d\d|Z)?\Z")),
       TZS)
@example("9000-12-31 23:59 -12:00", UTC)
@example("1900-01-01 00:00 +23:59", UTC)
@example("２０２１-０３-０４ ０９:００", UTC)
def test_parse_datetime_on_any_string_is_a_date_or_a_date_error(text, tz):
    check_parsed(text, tz)


@props(200)
@given(st.one_of(SCALARS, VALUES, st.dates(), st.datetimes(timezones=st.none() | st.timezones())),
       TZS)
def test_parse_datetime_on_any_value_is_a_date_or_a_date_error(value, tz):
    check_parsed(value, tz)


# --------------------------------------------------------------------------- find_events


@props(200)
@given(st.text(max_size=200), st.text(max_size=100), st.text(max_size=400), LANG, PUBLISHED)
def test_find_events_on_any_text_gives_sane_events(title, lead, body, lang, published):
    check_inference(title, lead, body, lang, published)


@pytest.mark.slow
@props(500)
@given(PROSE, PROSE, PROSE, LANG, PUBLISHED)
@example("Webbinarium", "", "Välkommen onsdag den 3 mars kl 9.00–10.30 på Zoom.", "sv",
         datetime(2021, 2, 3, 15, 34, tzinfo=STOCKHOLM))
@example("Quiz night", "", "Join us on Saturday, 31 December from 11 pm to 1 am!", "en",
         datetime(2022, 12, 1, tzinfo=STOCKHOLM))
@example("Möte", "", "Välkommen till möte 30 december 2099 – 2 januari kl 23-01", "sv",
         datetime(2099, 12, 1, tzinfo=STOCKHOLM))
def test_find_events_on_dates_and_times_glued_at_random_gives_sane_events(
        title, lead, body, lang, published):
    check_inference(title, lead, body, lang, published)


# --------------------------------------------------------------------------- durations, zones


@props(200)
@given(st.one_of(SCALARS, st.from_regex(r"\A(P(\d+W)?(\d+D)?(T(\d+H)?(\d+M)?(\d+S)?)?|"
                                        r"\d+:\d\d|(\d+d)?(\d+h)?(\d+m)?|\d+)\Z")))
def test_parse_duration_is_a_positive_timedelta_or_none(value):
    found = parse_duration(value)
    assert found is None or found > timedelta(0)


@props(100)
@given(st.text(max_size=300))
def test_zone_is_a_zone_or_a_date_error(name):
    with contextlib.suppress(DateError):
        zone(name)


# --------------------------------------------------------------------------- regressions


@pytest.mark.parametrize("name", ["Europe", "a" * 300, "Europe/", "\0"])
def test_zone_of_a_folder_or_an_overlong_name_is_a_date_error(name):
    with pytest.raises(DateError):
        zone(name)


@pytest.mark.parametrize("value", ["²", "1²", "9" * 5000, "9" * 5000 + "m", 10**20,
                                   "99999999999d", "PT99999999999999H", "9999999999999999999:00"])
def test_durations_int_cannot_read_or_timedelta_cannot_hold_are_none(value):
    assert parse_duration(value) is None


SITE_KEYS = sorted({name for names in FAMILIES.values() for name in names[:4]} | {"date"})


@pytest.mark.slow
@given(st.dictionaries(st.sampled_from(SITE_KEYS) | st.text(max_size=6), VALUES, max_size=6),
       st.none() | MOMENTS.filter(lambda v: isinstance(v, date)), st.booleans(), st.booleans(),
       st.sampled_from(
           ["Europe/Stockholm", "UTC", "America/Phoenix", "Pacific/Kiritimati"]))
def test_site_keys_of_any_shape_give_sane_events_or_one_line_warnings(meta, day, collection,
                                                                       zone_given, tz):
    found = site_events(meta, path="p.md", document_date=day, in_event_collection=collection,
                        mapping={}, timezone=tz, zone_given=zone_given)
    if found is None:
        return
    for event in found.events:
        timed = isinstance(event.start, datetime)
        assert not timed or event.start.tzinfo is not None
        if event.end is not None:
            assert isinstance(event.end, datetime) == timed
            assert event.end > event.start if timed else event.end >= event.start
        if event.rrule:
            icalendar.vRecur.from_ical(event.rrule)
    for problem in found.problems:
        assert problem.severity == "warning" and "\n" not in problem.message


@pytest.mark.parametrize(("event", "message"), [
    ("{start: 9999-12-31 23:30}", "event.start: year 9999 is out of range"),
    ("{start: 0001-01-01 00:10 +05:00}", "event.start: year 1 is out of range"),
    ("{start: 2021-01-01, duration: 99999999d}", "event.duration: too long"),
    ("{start: 8999-01-01 10:00, duration: 999999999}", "event.duration: too long"),
    ("{start: 2021-01-01 10:00, end: '24:00'}", "event.end: '24:00' is not a time of day"),
    ("{start: 2021-01-01 10:00, end: '9:75'}", "event.end: '9:75' is not a time of day"),
    ("{start: 2021-01-01 10:00, duration: ²}", "event.duration:"),
    ("{start: 2021-01-01 10:00, location: {name: x, geo: [1" + "0" * 400 + ", 0]}}",
     "event.location.geo:"),
])
def test_impossible_event_front_matter_is_an_error_not_a_crash(event, message):
    meta = split_document(f"---\nevent: {event}\n---\n").meta
    specs, problems = events_from_front_matter(meta, post_path="p.md",
                                               site_timezone="Europe/Stockholm",
                                               default_duration=HOUR)
    assert specs == [] and [message in str(p) for p in problems] == [True], problems


def test_event_end_as_a_clock_time_with_seconds_is_read():
    meta = split_document("---\nevent: {start: 2021-01-01 08:00, end: '9:30:00'}\n---\n").meta
    specs, problems = events_from_front_matter(meta, post_path="p.md",
                                               site_timezone="Europe/Stockholm",
                                               default_duration=HOUR)
    assert problems == [] and specs[0].end == datetime(2021, 1, 1, 9, 30, tzinfo=STOCKHOLM)


# --------------------------------------------------------------------------- hostile sizes

# 100 kB of one construct repeated: each took from 7 s to hours before (time growing with the
# square of the size: every date, "[" or "<h1" of a sentence re-read the whole sentence)
HOSTILE = ["3 mars ", "1, ", "1, 1, 1, 1 mars ", "March 1, ", "kl. A ", "på lördag ",
           "on Saturday ", "3 mars kl 9 ", "[", "![", "{{", "<!-- ", "<h1>", "<script ",
           "<a ", "a\n", "tomorrow, 3 March ", "Friday 4/22 ", "ends at 9 on 3 March ",
           "Update, 3 March ", "~~", "~~a ", "<s>", "<del>3 mars ", "<s>" * 20 + "</del>",
           "<del>3 mars </s>", "~~~~~~\n3 mars\n", "1st and 2nd\nDecember ",
           "postponed from 3 May to ", "Walks at 11am:\n\n- 3 May\n- 4 May\n",
           "On Tuesday 7 May. ", "kl 18:00 och 20:00 och ", "den 11. Maj. ", "11. Maj ",
           "1/2, ", "Dates: 1/2, ", "26/27 May ", "April 11th and the ",
           "Tirsdag 19:00\n", "12:00|Work\n", "at 7.30pm, 18 May, ",
           "https://x.org/?action=TEMPLATE&dates=20240101T100000Z/20240101T110000Z ",
           "```\n", "``` sh\n3 March\n", "Minutes from the 3 March ",
           "Doors open at 6pm\n", "on 4 March from 6pm, and runs until ",
           # (constructs of later rules: a line's "Present:", dotted days, counted days,
           # next week's weekdays, a table row's label, shifts, an agenda)
           "\n-", "\n- Present: ", "17.08.-27.08. ", "1.2. to 3.4. ", "23.-25.06 ",
           "is in two weeks ", "three days away ", "next week on Thursday ", "| Time | 18:00 |\n",
           "- 8.30am to 1pm\n", "| 17:30 | Doors |\n", "Freitag 26.04. 19 Uhr ",
           "Wednesday June 17th, 5-6pm ", "7:00 PM Cairo time ",
           # (a weekend's programme, this week's weekday, "21-Jan", an agenda with abstracts)
           "23.-25.06\n\nFreitag\n\n7:30 A\n\n9:00 B\n\n", "This week\nJoin us on Monday at 12 ",
           "21-Jan-2021 ", "**6:30 pm - A talk**\n**Speaker:** A\n**Abstract:** _B. C._\n",
           "on Monday ", "next week on Monday ", "this week on Monday ",
           # (a series' hours over listed days, an arrival before the start, indented code)
           "Sundays from 11am to 1pm.\n\n+ 28 May\n", "7pm for 7.30pm ", "\n\n    var x;\n",
           "- a\n\n    b {\n",
           # (evening hours, slashed days after a dated one, a report's weekdays, month lists)
           "tonight at 8. ", "Thursday 7/7/16 and 7/14 and ", "an diesem Mittwoch ",
           "### November\n* **30:** A\n",
           # (a list called off, a series' time before its span, slashed days with their
           # time or "on", bracketed hours, a credit line, spaced dotted dates)
           "#### Cancelled\n- April 11, 2025\n", "Fridays 7:30pm, Oct. 24 - Nov. 21 ",
           "6/26, 7:00 PM ", "on 9/18. ", "26 april, uppstart (11-15) ", "_Midweek 14/8/19_\n",
           "am 25. 07.2015 ", "25. ", "3.10am "]
# two constructs, each repeated: dates, then the words after them that each date looks at
HOSTILE_PAIRS = [("1 May, ", "deadline "), ("- March 2\n", "9 "), ("- March 2\n", "7-"),
                 ("Workshop on 3 March 2021 at 18:00.\n", "\n-"),
                 ("Thursday 7/7/16 and ", "7/14 and ")]  # (slashed days after a dated one)


@pytest.mark.slow
@pytest.mark.parametrize("unit", HOSTILE)
def test_inference_on_100_kb_of_one_construct_takes_well_under_five_seconds(unit):
    body = unit * (100_000 // len(unit))
    started = time.perf_counter()
    for lang in ("sv", "en", "de"):
        find_events("Workshop", "", body, lang=lang,
                     published=datetime(2021, 3, 1, tzinfo=STOCKHOLM))  # (a Monday)
    assert time.perf_counter() - started < 5


@pytest.mark.slow
@pytest.mark.parametrize("filler", ["a", "=", "a "])
def test_a_programme_lines_100_kb_label_takes_well_under_five_seconds(filler: str) -> None:
    # (a list item's label before its time is searched for its cue words near the time only)
    body = ("## Saturday 21 December\n\n- Doors: 10:00\n- Lecture "
            + filler * (100_000 // len(filler)) + "a: 14:00\n")
    started = time.perf_counter()
    find_events("Workshop", "", body, lang="en", published=datetime(2021, 3, 1, tzinfo=STOCKHOLM))
    assert time.perf_counter() - started < 5


@pytest.mark.slow
@pytest.mark.parametrize(("first", "then"), HOSTILE_PAIRS)
def test_inference_on_50_kb_each_of_two_constructs_takes_well_under_five_seconds(first, then):
    body = "Meeting on " + first * (50_000 // len(first)) + " and " + then * (50_000 // len(then))
    started = time.perf_counter()
    find_events("Workshop", "", body, lang="en", published=datetime(2021, 3, 1, tzinfo=STOCKHOLM))
    assert time.perf_counter() - started < 5


def test_a_list_of_more_than_31_days_is_read_as_its_last_31():
    published = datetime(2021, 3, 1, tzinfo=STOCKHOLM)
    found = find_events("Workshop", "", "Workshop " + "1, " * 40 + "2 mars kl 10", lang="sv",
                        published=published)
    assert found and all(f.start.month == 3 for f in found)


# --------------------------------------------------------------------------- DST gaps, YAML


def test_an_inferred_event_in_a_dst_gap_does_not_end_before_it_starts():
    published = datetime(2026, 3, 1, 10, tzinfo=STOCKHOLM)
    body = "Välkommen till nattvandring söndag den 29 mars kl 02.15–03.10!"
    (item,) = [f for f in find_events("Nattvandring", "", body, lang="sv", published=published)
               if f.accepted]
    event = event_from_found(item, stub("N", body, "sv", published), "Europe/Stockholm", HOUR)
    assert event.end.astimezone(UTC) > event.start.astimezone(UTC)


@pytest.mark.parametrize(("event", "start", "end"), [
    ("{start: 2026-03-29 02:30}", "03:30+02:00", "04:30+02:00"),
    ("{start: 2026-03-29 01:30, end: '02:45'}", "01:30+01:00", "03:45+02:00"),
    ("{start: 2026-03-29 02:10, duration: 30m}", "03:10+02:00", "03:40+02:00"),
])
def test_a_front_matter_time_in_a_dst_gap_is_read_as_rfc_5545_reads_it(event, start, end):
    meta = split_document(f"---\nevent: {event}\n---\n").meta
    (spec,), problems = events_from_front_matter(meta, post_path="p.md",
                                                 site_timezone="Europe/Stockholm",
                                                 default_duration=HOUR)
    assert problems == []
    clock = (spec.start.isoformat("T", "minutes")[11:], spec.end.isoformat("T", "minutes")[11:])
    assert clock == (start, end)
    assert spec.end.astimezone(UTC) > spec.start.astimezone(UTC)


def test_an_end_that_a_dst_gap_puts_before_the_start_is_an_error():
    meta = split_document("---\nevent: {start: 2026-03-29 02:15, end: 2026-03-29 03:10}\n---\n")
    specs, problems = events_from_front_matter(meta.meta, post_path="p.md",
                                               site_timezone="Europe/Stockholm",
                                               default_duration=HOUR)
    assert specs == [] and "must end after it starts" in str(problems[0])


def test_a_control_character_yaml_rejects_gives_a_one_line_problem(tmp_path):
    (tmp_path / "_posts").mkdir()
    (tmp_path / "_config.yml").write_text(BASIC_CONFIG, encoding="utf-8")
    (tmp_path / "_posts" / "2021-03-04-p.md").write_text("---\ntitle: a\x7f\n---\n")
    site = load_site(tmp_path, LoadOptions(now=NOW))
    assert [post.title for post in site.posts] == ["2021 03 04 P"]  # as Jekyll publishes it
    assert [str(p) for p in site.problems if "\n" in str(p)] == []
    assert any("invalid YAML" in str(p) for p in site.problems)


@pytest.mark.parametrize("value", ["!!timestamp x", "!!timestamp", "!!bool", "!!int", "!!float"])
def test_explicit_yaml_tags_with_bad_values_are_a_front_matter_error(value):
    with pytest.raises(FrontMatterError):
        split_document(f"---\na: {value}\n---\n")


# --------------------------------------------------------------------------- malformed URLs


@pytest.mark.parametrize("meta", ['image: "http://[x"', 'links: [{url: "http://["}]'])
def test_a_malformed_ipv6_url_is_a_problem_not_a_crash(tmp_path, meta):
    (tmp_path / "_posts").mkdir()
    (tmp_path / "_config.yml").write_text(BASIC_CONFIG, encoding="utf-8")
    (tmp_path / "_posts" / "2021-03-04-p.md").write_text(f"---\ntitle: T\n{meta}\n---\n")
    site = load_site(tmp_path, LoadOptions(now=NOW))
    assert [post.title for post in site.posts] == ["T"]
    assert any("left out" in p.message for p in site.problems)


@pytest.mark.parametrize(("name", "body"), [("2021-03-04-p.md", "<p>&#1;</p>"),
                                            ("2021-03-04-p.html", "&#1 x"),
                                            ("2021-03-04-p.html", "<b>&#xFFFE;</b>")])
def test_a_character_reference_to_a_control_character_never_reaches_a_feed(tmp_path, name,
                                                                           body):
    (tmp_path / "_posts").mkdir()
    (tmp_path / "_config.yml").write_text(BASIC_CONFIG, encoding="utf-8")
    (tmp_path / "_posts" / name).write_text(f"---\ntitle: T\n---\n{body}\n")
    result = build(tmp_path, None, LoadOptions(now=NOW))
    (post,) = result.site.posts
    assert not XML_FORBIDDEN.search(post.summary + post.content_html)
