"""feeds.opml: one outline per feed, grouped, parsed back with ElementTree."""

from __future__ import annotations

from dataclasses import replace
from xml.etree import ElementTree as ET

import pytest

from conftest import BASIC_CONFIG, CONTENT, NOW, post_text, write_site
from herald.load.site import LoadOptions, load_site
from herald.model import Site
from herald.plan.feeds import ATOM_NAME, EVENTS_ATOM_NAME, RSS_NAME, FeedSpec, feed_specs
from herald.render.opml import render_opml


@pytest.fixture(scope="module")
def site() -> Site:
    return load_site(CONTENT, LoadOptions(now=NOW))


@pytest.fixture(scope="module")
def specs(site: Site) -> list[FeedSpec]:
    return feed_specs(site)


@pytest.fixture(scope="module")
def opml(site: Site, specs: list[FeedSpec]) -> ET.Element:
    return ET.fromstring(render_opml(site, specs))


def feeds(opml: ET.Element) -> dict[str, ET.Element]:
    """Feed outlines by xmlUrl; each URL must occur once."""
    found = [o for o in opml.iter("outline") if "xmlUrl" in o.attrib]
    urls = [o.attrib["xmlUrl"] for o in found]
    assert len(urls) == len(set(urls)), "a feed is listed twice"
    return dict(zip(urls, found, strict=True))


def test_is_utf8_opml_2_with_a_title_and_no_dates(site: Site, specs: list[FeedSpec]) -> None:
    raw = render_opml(site, specs)
    assert raw.startswith(b"<?xml version='1.0' encoding='UTF-8'?>")
    root = ET.fromstring(raw)
    assert root.tag == "opml" and root.attrib == {"version": "2.0"}
    head = root.find("head")
    assert head is not None
    assert head.findtext("title") == "Digidem Lab"
    assert head.findtext("docs") == "http://opml.org/spec2.opml"
    assert head.find("dateCreated") is None and head.find("dateModified") is None


def test_every_feed_is_listed_once_by_its_atom_url(opml: ET.Element,
                                                  specs: list[FeedSpec]) -> None:
    listed = feeds(opml)
    for spec in specs:
        outline = listed[spec.url(ATOM_NAME)]
        assert outline.attrib["type"] == "rss"
        assert outline.attrib["text"] == outline.attrib["title"] == spec.title
        assert outline.attrib["htmlUrl"] == spec.link
        assert outline.attrib["language"] == spec.lang
        assert spec.url(RSS_NAME) not in listed


def test_feeds_are_grouped_site_languages_themes_then_events(
        opml: ET.Element, specs: list[FeedSpec]) -> None:
    body = opml.find("body")
    assert body is not None
    groups = {g.attrib["text"]: [o.attrib["xmlUrl"] for o in g] for g in body}
    assert list(groups) == ["Webbplatsen", "Språk", "Teman", "Evenemang"]
    assert groups["Webbplatsen"] == [specs[0].url(ATOM_NAME)]
    assert groups["Språk"] == [s.url(ATOM_NAME) for s in specs if s.kind == "lang"]
    assert groups["Teman"] == [s.url(ATOM_NAME) for s in specs if s.kind == "theme"]
    assert groups["Evenemang"] == [s.url(EVENTS_ATOM_NAME) for s in specs if s.has_events]


def test_event_feeds_are_listed_with_the_feed_language(opml: ET.Element,
                                                       specs: list[FeedSpec]) -> None:
    listed = feeds(opml)
    for spec in specs:
        if spec.has_events:
            outline = listed[spec.url(EVENTS_ATOM_NAME)]
            assert outline.attrib["title"].startswith(spec.title)
            assert outline.attrib["language"] == spec.lang
        else:
            assert spec.url(EVENTS_ATOM_NAME) not in listed


def test_markup_in_titles_survives_escaping(site: Site) -> None:
    hostile = '<b>R&D</b> "lab"'
    odd = replace(site, config=replace(site.config, title=hostile, author=hostile))
    root = ET.fromstring(render_opml(odd, feed_specs(odd)))
    assert root.findtext("head/title") == hostile
    assert root.findtext("head/ownerName") == hostile
    assert feeds(root)[feed_specs(odd)[0].url(ATOM_NAME)].attrib["title"] == hostile


def test_english_site_gets_english_group_names(site: Site) -> None:
    english = replace(site, config=replace(site.config, lang="en"))
    root = ET.fromstring(render_opml(english, feed_specs(english)))
    assert [g.attrib["text"] for g in root.iterfind("body/outline")] == [
        "Site", "Languages", "Themes", "Events"]


def test_same_site_gives_the_same_bytes(site: Site, specs: list[FeedSpec]) -> None:
    again = load_site(CONTENT, LoadOptions(now=NOW))
    assert render_opml(site, specs) == render_opml(again, feed_specs(again))


def test_a_one_language_site_lists_no_language_feeds_and_categories_apart(tmp_path) -> None:
    root = write_site(tmp_path, {
        "2024-01-01-a.md": post_text("A", categories="[_themes/budget.md, meetups]"),
        "2024-01-02-b.md": post_text("B", categories="[Zebra]")},
        BASIC_CONFIG, {"budget.md": "---\ntitle: Budget\n---\n"})
    one = load_site(root, LoadOptions(now=NOW))
    body = ET.fromstring(render_opml(one, feed_specs(one))).find("body")
    groups = {g.attrib["text"]: [o.attrib["title"] for o in g] for g in body}
    assert "Språk" not in groups  # the language's feed holds the site feed's posts
    assert [title.split(": ")[-1] for title in groups["Teman"]] == ["Budget"]
    assert [title.split(": ")[-1] for title in groups["Kategorier"]] == ["meetups", "Zebra"]
