"""head.html: the site's autodiscovery links, parsed back with html.parser."""

from __future__ import annotations

from html.parser import HTMLParser

from conftest import BASIC_CONFIG, NOW, post_text, write_site
from herald.load.site import LoadOptions, load_site
from herald.plan.feeds import feed_specs
from herald.render.head import render_head


class Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.links: list[dict[str, str | None]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        assert tag == "link"
        self.links.append(dict(attrs))


def links(site) -> list[dict[str, str | None]]:
    parser = Links()
    parser.feed(render_head(site, feed_specs(site)).decode("utf-8"))
    return parser.links


def test_the_example_lists_its_feeds_each_language_and_its_calendar(example_out):
    parser = Links()
    parser.feed((example_out / "head.html").read_text(encoding="utf-8"))
    found = {(link["type"], link["href"], link.get("hreflang")) for link in parser.links}
    assert all(link["rel"] == "alternate" and link["title"] for link in parser.links)
    assert {("application/atom+xml", "https://digidemlab.org/feed.atom", None),
            ("application/rss+xml", "https://digidemlab.org/feed.rss", None),
            ("application/feed+json", "https://digidemlab.org/feed.json", None),
            ("application/atom+xml", "https://digidemlab.org/events.atom", None),
            ("application/atom+xml", "https://digidemlab.org/sv/feed.atom", "sv"),
            ("application/atom+xml", "https://digidemlab.org/en/feed.atom", "en"),
            ("text/calendar", "https://digidemlab.org/calendar.ics", None)} <= found


def test_a_one_language_site_lists_no_language_feed(tmp_path):
    root = write_site(tmp_path, {"2024-01-01-a.md": post_text("A & B")}, BASIC_CONFIG)
    found = links(load_site(root, LoadOptions(now=NOW)))
    assert not any(link.get("hreflang") for link in found)
    assert [link["href"] for link in found if link["type"] == "text/calendar"] == [
        "https://example.org/calendar.ics"]
