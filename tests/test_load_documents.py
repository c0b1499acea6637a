"""Documents as Jekyll finds and names them, judged by Jekyll itself.

tests/fixtures/jekyll/documents/ is a small site of the cases that decide which files are
posts and where they are published (category folders, one-digit dates, front matter dates,
YAML times, slugs, permalinks, excluded and underscore folders, collections);
documents.jekyll.jsonl beside it is what Jekyll 4.3 publishes from it
(tests/jekyll/publish.rb).
"""

from __future__ import annotations

import json
import shutil
import subprocess
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import feedparser
import pytest

from conftest import FIXTURES, own_link
from herald.load.documents import loose_datetime
from herald.load.site import LoadOptions, load_site
from herald.pipeline import build

SITE = FIXTURES / "jekyll" / "documents"
ORACLE = FIXTURES / "jekyll" / "documents.jekyll.jsonl"
NOW = datetime(2026, 1, 1, tzinfo=UTC)  # the time the oracle was made at
PUBLISH = Path(__file__).parent / "jekyll" / "publish.rb"


def oracle(collection: str) -> dict[str, dict]:
    rows = [json.loads(line) for line in ORACLE.read_text(encoding="utf-8").splitlines()]
    return {row["path"]: row for row in rows if row["collection"] == collection}


@pytest.fixture(scope="module")
def site():
    return load_site(SITE, LoadOptions(now=NOW))


def test_the_posts_are_the_files_jekyll_publishes_as_posts(site):
    assert {post.path for post in site.posts} == set(oracle("posts"))


def test_each_post_is_at_jekylls_url_on_jekylls_date_with_its_title(site):
    posts = oracle("posts")
    for post in site.posts:
        row = posts[post.path]
        assert post.url == "https://fixture.example" + row["url"], post.path
        assert post.published == datetime.fromisoformat(row["date"]), post.path
        assert post.title == row["title"], post.path


def test_categories_come_from_the_folders_then_front_matter_as_in_jekyll(site):
    posts = oracle("posts")
    for post in site.posts:
        assert list(post.categories) == posts[post.path]["categories"], post.path
        assert list(post.tags) == posts[post.path]["tags"], post.path


def test_a_collections_dated_documents_are_its_feed_and_undated_ones_are_left_out(site):
    assert {post.path for post in site.collections["events"]} == set(oracle("events"))
    for post in site.collections["events"]:
        row = oracle("events")[post.path]
        assert post.url == "https://fixture.example" + row["url"]
        assert post.published == datetime.fromisoformat(row["date"])
    assert "notes" not in site.collections  # no document of it has a date
    assert site.left_out["_notes/a-note.md"].startswith("no date")
    assert "_hidden/x.md" not in site.sources  # Jekyll does not publish it
    assert "_events/static.txt" not in site.sources  # no front matter: a static file


def test_feeds_hold_posts_at_their_urls_and_each_category_and_collection_has_feeds(tmp_path):
    out = tmp_path / "out"
    build(SITE, out, LoadOptions(now=NOW))
    entries = feedparser.parse((out / "feed.atom").read_bytes()).entries
    assert {own_link(entry) for entry in entries} == {
        "https://fixture.example" + row["url"] for row in oracle("posts").values()}
    for slug in ("meetings", "gatherings", "org", "news", "extra", "cat", "single-name", "x",
                 "y"):
        assert (out / "themes" / slug / "feed.atom").is_file(), slug
        assert (out / "themes" / slug / "calendar.ics").is_file(), slug
    meeting = feedparser.parse((out / "themes" / "gatherings" / "feed.atom").read_bytes())
    assert [entry.title for entry in meeting.entries] == ["A meeting"]
    events = feedparser.parse((out / "collections" / "events" / "feed.atom").read_bytes())
    assert [entry.title for entry in events.entries] == ["Summer event", "Spring event"]
    assert not (out / "tags").exists()  # tags get feeds only when asked


def test_tags_get_feeds_when_asked(tmp_path):
    site = tmp_path / "site"
    shutil.copytree(SITE, site)
    config = site / "_config.yml"
    config.write_text(config.read_text() + "herald:\n  tag_feeds: [alpha]\n")
    out = tmp_path / "out"
    build(site, out, LoadOptions(now=NOW))
    feed = feedparser.parse((out / "tags" / "alpha" / "feed.atom").read_bytes())
    assert [entry.title for entry in feed.entries] == ["Tags and categories"]
    assert not (out / "tags" / "beta").exists()


def test_the_stored_answer_is_still_what_jekyll_says(tmp_path):
    if shutil.which("ruby") is None or subprocess.run(
            ["ruby", "-e", "require 'jekyll'"], capture_output=True).returncode != 0:
        pytest.skip("Jekyll is not installed (apt-get install jekyll): the stored answer "
                    "cannot be checked against it")
    copy = tmp_path / "documents"
    shutil.copytree(SITE, copy)
    run = subprocess.run(["ruby", str(PUBLISH), str(copy), "2026-01-01"], capture_output=True,
                         text=True, timeout=300, check=True)
    assert [json.loads(line) for line in run.stdout.splitlines()] == [
        json.loads(line) for line in ORACLE.read_text(encoding="utf-8").splitlines()]


@pytest.mark.parametrize(("text", "day"), [  # as Ruby's Time.parse reads them, as Jekyll does
    ("2. Juni 2011", "2011-06-02"), ("17. Juli 2012", "2012-07-17"),
    ("Mayday 1 May 2020", "2020-05-01"), ("Decided 2 June 2019", "2019-06-02"),
])
def test_a_loose_dates_month_is_read_by_its_first_three_letters(text: str, day: str) -> None:
    assert loose_datetime(text, ZoneInfo("UTC")).strftime("%Y-%m-%d") == day
