"""Feeds as feed readers parse them (feedparser), built from content/ and small sites."""

from __future__ import annotations

from pathlib import Path

import feedparser
import pytest
from click.testing import CliRunner
from lxml import etree

from conftest import BASIC_CONFIG, CONTENT, NOW, own_link, post_text, write_site
from herald.cli import main
from herald.load.site import LoadOptions
from herald.pipeline import build

SEED_URL = "https://digidemlab.org/news/webinar-om-decidim-3-mars/"


def parse(path: Path) -> feedparser.FeedParserDict:
    feed = feedparser.parse(path.read_bytes())
    assert feed.bozo == 0, f"{path}: {feed.get('bozo_exception')}"
    return feed


def test_every_feed_is_written_and_parses_cleanly(example_out):
    folders = ["", "sv/", "en/"] + [f"themes/{theme}/" for theme in (
        "medborgarbudget", "civic-tech-utveckling", "participatory-budget")]
    expected = {folder + name for folder in folders
                for name in ("feed.atom", "feed.rss", "feed.json")}
    written = {p.relative_to(example_out).as_posix() for p in example_out.rglob("feed.*")}
    assert written == expected
    for name in expected:
        if not name.endswith(".json"):
            parse(example_out / name)


@pytest.mark.parametrize("theme", ["medborgarbudget", "civic-tech-utveckling"])
@pytest.mark.parametrize("name", ["feed.atom", "feed.rss"])
def test_seed_post_is_in_both_theme_feeds(example_out, theme, name):
    feed = parse(example_out / "themes" / theme / name)
    seed = [e for e in feed.entries if e.link == SEED_URL]
    assert len(seed) == 1
    entry = seed[0]
    assert entry.id == "tag:digidemlab.org,2021-02-03:webinar-om-decidim-3-mars"
    assert entry.summary == ("Decidim, en demokratiplattform för att lätt komma igång med "
                             "digital medborgardialog")
    assert entry.published_parsed[:6] == (2021, 2, 3, 14, 34, 34)  # 15:34:34+01:00
    if name == "feed.atom":
        assert "2021-02-03T15:34:34+01:00" in (example_out / "themes" / theme / name).read_text()
        assert {t.term for t in entry.tags} >= {"medborgarbudget", "civic-tech-utveckling"}


def test_feed_metadata_comes_from_site_and_theme(example_out):
    feed = parse(example_out / "themes" / "medborgarbudget" / "feed.atom").feed
    assert feed.title == "Digidem Lab: Medborgarbudget och medborgardeltagande"
    assert feed.subtitle.startswith("Processdesign och digitala verktyg")
    assert feed.language == "sv"
    links = {link.rel: link.href for link in feed.links}
    assert links["self"] == "https://digidemlab.org/themes/medborgarbudget/feed.atom"
    assert links["alternate"] == "https://digidemlab.org/medborgarbudget/"
    assert feed.icon == "https://digidemlab.org/assets/logotyp.png"


def test_updated_is_the_newest_item_never_the_build_time(example_out):
    atom = parse(example_out / "feed.atom")
    newest = max(e.updated_parsed for e in atom.entries)
    assert atom.feed.updated_parsed == newest
    rss = parse(example_out / "feed.rss")
    assert rss.feed.updated_parsed == newest  # lastBuildDate


def test_translations_link_each_other_with_hreflang(example_out):
    feed = parse(example_out / "en" / "feed.atom")
    entry = next(e for e in feed.entries if "angered" in own_link(e))
    alternates = {link.hreflang: link.href for link in entry.links if link.rel == "alternate"}
    assert alternates == {
        "en": "https://digidemlab.org/news/participatory-budget-in-angered/",
        "sv": "https://digidemlab.org/news/medborgarbudget-i-angered/",
    }


def test_language_feeds_split_by_language(example_out):
    sv = parse(example_out / "sv" / "feed.atom")
    en = parse(example_out / "en" / "feed.atom")
    assert sv.feed.language == "sv" and en.feed.language == "en"
    assert len(en.entries) == 1 and SEED_URL in {own_link(e) for e in sv.entries}
    assert len(sv.entries) + len(en.entries) == len(parse(example_out / "feed.atom").entries)


def test_rss_guid_is_not_a_permalink_and_image_is_media_rss(example_out):
    text = (example_out / "feed.rss").read_text()
    feed = parse(example_out / "feed.rss")
    seed = next(e for e in feed.entries if e.link == SEED_URL)
    assert seed.guidislink is False
    assert seed.media_content[0]["url"] == (
        "https://digidemlab.org/uploads/eioqmuewsae5f-r-1-1059x675.png")
    assert 'isPermaLink="false"' in text


@pytest.mark.parametrize(("name", "entry"), [("feed.atom", "{http://www.w3.org/2005/Atom}entry"),
                                            ("feed.rss", "item")])
def test_an_image_is_media_content_of_the_entry_not_a_group_of_one(example_out, name, entry):
    media = "{http://search.yahoo.com/mrss/}"
    root = etree.parse(str(example_out / name)).getroot()
    assert root.findall(f".//{media}group") == []  # the W3C validator rejects a group of one
    items = [item for item in root.iter(entry)
             if item.find(f"{media}content") is not None]
    assert items and all(item.find(f"{media}content").get("medium") == "image"
                         for item in items)


def test_content_is_sanitised_and_links_made_absolute(tmp_path):
    body = ('Hi <script>alert(1)</script><img src="x.png" onerror="alert(2)">\n\n'
            '[rel](../other/) [js](javascript:alert(3)) <a href="data:text/html,x">d</a>')
    root = write_site(tmp_path / "site", {"2020-01-01-a.md": post_text("A", body)},
                      BASIC_CONFIG)
    build(root, tmp_path / "out", LoadOptions(now=NOW))
    entry = parse(tmp_path / "out" / "feed.atom").entries[0]
    html = entry.content[0].value
    assert "<script" not in html and "onerror" not in html
    assert 'href="javascript:' not in html and 'href="data:' not in html
    assert 'src="https://example.org/news/a/x.png"' in html
    assert 'href="https://example.org/news/other/"' in html


def test_two_builds_write_identical_bytes(tmp_path):
    first, second = tmp_path / "one", tmp_path / "two"
    build(CONTENT, first, LoadOptions(now=NOW))
    build(CONTENT, second, LoadOptions(now=NOW))
    files = sorted(p.relative_to(first) for p in first.rglob("*") if p.is_file())
    assert files == sorted(p.relative_to(second) for p in second.rglob("*") if p.is_file())
    for name in files:
        assert (first / name).read_bytes() == (second / name).read_bytes(), name


def test_broken_post_is_one_line_error_and_the_rest_is_built(tmp_path):
    root = write_site(tmp_path / "site", {
        "2020-01-01-good.md": post_text("Good", categories="[_themes/t.md]"),
        "2020-01-02-bad.md": "---\ntitle: [unclosed\n---\nbody\n",
    }, BASIC_CONFIG)
    result = CliRunner().invoke(main, ["build", "--content", str(root), "--out",
                                       str(tmp_path / "out"), "--now", "2026-01-01"])
    assert result.exit_code == 1
    errors = [line for line in result.stderr.splitlines() if ": error: " in line]
    assert len(errors) == 1 and errors[0].startswith("_posts/2020-01-02-bad.md:")
    assert [e.title for e in parse(tmp_path / "out" / "themes" / "t" / "feed.atom").entries] == [
        "Good"]


def test_refuses_to_write_into_a_foreign_non_empty_folder(tmp_path):
    target = tmp_path / "precious"
    target.mkdir()
    (target / "thesis.txt").write_text("do not delete")
    result = CliRunner().invoke(main, ["build", "--content", str(CONTENT), "--out",
                                       str(target)])
    assert result.exit_code == 2
    assert "not written by herald" in result.stderr
    assert [p.name for p in target.iterdir()] == ["thesis.txt"]


def test_rebuild_replaces_output_but_keeps_files_others_added(tmp_path):
    out = tmp_path / "out"
    build(CONTENT, out, LoadOptions(now=NOW))
    (out / "CNAME").write_text("feeds.example.org")
    build(CONTENT, out, LoadOptions(now=NOW))
    assert (out / "CNAME").read_text() == "feeds.example.org"
    assert (out / "feed.atom").is_file()


def test_feed_limit_and_base_url_options(tmp_path):
    result = CliRunner().invoke(main, [
        "build", "--content", str(CONTENT), "--out", str(tmp_path / "out"), "--feed-limit", "2",
        "--base-url", "https://feeds.example.net/dl", "--now", "2026-01-01", "-q"])
    assert result.exit_code == 0, result.output
    feed = parse(tmp_path / "out" / "feed.atom")
    assert len(feed.entries) == 2
    self_link = next(link.href for link in feed.feed.links if link.rel == "self")
    assert self_link == "https://feeds.example.net/dl/feed.atom"


def test_theme_file_names_with_spaces_give_valid_urls(tmp_path):
    root = write_site(tmp_path / "site", {
        "2020-01-01-a.md": post_text("A", categories="[_themes/we ird.md]")},
        BASIC_CONFIG, {"we ird.md": "---\ntitle: Weird\n---\n"})
    build(root, tmp_path / "out", LoadOptions(now=NOW))
    feed = parse(tmp_path / "out" / "themes" / "we ird" / "feed.atom")
    self_link = next(link.href for link in feed.feed.links if link.rel == "self")
    assert self_link == "https://example.org/themes/we%20ird/feed.atom"
    assert [e.title for e in feed.entries] == ["A"]


def test_output_folder_given_as_a_symlink_is_written_through(tmp_path):
    target = tmp_path / "real"
    link = tmp_path / "link"
    link.symlink_to(target, target_is_directory=True)
    build(CONTENT, link, LoadOptions(now=NOW))
    build(CONTENT, link, LoadOptions(now=NOW))
    assert link.is_symlink()
    assert parse(target / "feed.atom").entries
    assert sorted(p.name for p in tmp_path.iterdir()) == ["link", "real"]


def test_an_entry_links_to_the_oldest_version_in_each_other_language(tmp_path):
    root = write_site(tmp_path / "site", {
        "2026-01-01-budget.md": post_text("Budget", "Först.", ref="budget", lang="sv"),
        "2026-01-05-budget-igen.md": post_text("Budget igen", "Sedan.", ref="budget", lang="sv"),
        "2026-01-03-budget-en.md": post_text("Budget en", "English.", ref="budget", lang="en"),
    }, BASIC_CONFIG)
    build(root, tmp_path / "out", LoadOptions(now=NOW))
    entries = {entry.title: {link.hreflang: link.href for link in entry.links
                             if link.rel == "alternate"}
               for entry in parse(tmp_path / "out" / "feed.atom").entries}
    assert entries == {
        "Budget": {"sv": "https://example.org/news/budget/",
                   "en": "https://example.org/news/budget-en/"},
        "Budget igen": {"sv": "https://example.org/news/budget-igen/",
                        "en": "https://example.org/news/budget-en/"},
        "Budget en": {"en": "https://example.org/news/budget-en/",
                      "sv": "https://example.org/news/budget/"},
    }


def test_each_language_feed_says_the_sites_title_and_description_in_its_language(example_out):
    english, swedish = parse(example_out / "en" / "feed.atom"), parse(
        example_out / "sv" / "feed.atom")
    assert english.feed.subtitle == (
        "News and events from Digidem Lab, a democracy lab in Gothenburg.")
    assert swedish.feed.subtitle.startswith("Nyheter och evenemang från Digidem Lab")
    assert english.feed.title == "Digidem Lab (en)"
