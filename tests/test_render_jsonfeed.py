"""JSON Feed 1.1 next to every Atom feed: the same items, ids and content."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import feedparser

from conftest import BASIC_CONFIG, NOW, own_link, post_text, write_site
from herald.load.site import LoadOptions
from herald.pipeline import build


def test_every_atom_feed_has_a_json_feed_with_the_same_items(example_out):
    atoms = sorted(example_out.rglob("feed.atom"))
    assert atoms
    for atom_path in atoms:
        if "archive" in atom_path.parts:
            continue
        atom = feedparser.parse(atom_path.read_bytes())
        document = json.loads((atom_path.parent / "feed.json").read_text(encoding="utf-8"))
        assert document["version"] == "https://jsonfeed.org/version/1.1"
        assert document["feed_url"].endswith("feed.json")
        assert document["title"] == atom.feed.title
        assert document["language"] == atom.feed.language
        assert [item["id"] for item in document["items"]] == [e.id for e in atom.entries]
        assert [item["url"] for item in document["items"]] == [own_link(e) for e in atom.entries]
        assert [item["title"] for item in document["items"]] == [e.title for e in atom.entries]
        for item, entry in zip(document["items"], atom.entries, strict=True):
            if "content" in entry:
                assert item["content_html"] == entry.content[0].value
            assert item["summary"] == entry.summary


def test_json_feed_dates_are_the_atom_dates(example_out):
    path = example_out / "themes" / "medborgarbudget"
    atom = feedparser.parse((path / "feed.atom").read_bytes())
    document = json.loads((path / "feed.json").read_text(encoding="utf-8"))
    for item, entry in zip(document["items"], atom.entries, strict=True):
        published = datetime.fromisoformat(item["date_published"])
        assert published.tzinfo is not None
        assert published.astimezone(UTC).timetuple()[:6] == tuple(entry.published_parsed[:6])
        assert datetime.fromisoformat(item["date_modified"]) >= published


def test_json_feed_dates_tags_and_authors(example_out):
    document = json.loads((example_out / "feed.json").read_text(encoding="utf-8"))
    seed = next(i for i in document["items"] if i["id"].endswith("webinar-om-decidim-3-mars"))
    assert seed["date_published"] == "2021-02-03T15:34:34+01:00"
    assert "Medborgarbudget och medborgardeltagande" in seed["tags"]
    assert seed["language"] == "sv"
    assert document["authors"][0]["name"] == "Digidem Lab"
    assert "hubs" not in document


def test_post_without_body_still_has_content(tmp_path):
    root = write_site(tmp_path / "site", {"2024-01-02-empty.md": post_text("'Empty & <3'", "")},
                      BASIC_CONFIG)
    build(root, tmp_path / "out", LoadOptions(now=NOW))
    item = json.loads((tmp_path / "out" / "feed.json").read_text(encoding="utf-8"))["items"][0]
    assert item["title"] == "Empty & <3"
    assert item["content_html"] == "<p>Empty &amp; &lt;3</p>"
