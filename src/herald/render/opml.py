"""feeds.opml: every feed in one OPML 2.0 file, for importing into a feed reader at once."""

from __future__ import annotations

from collections.abc import Sequence
from xml.etree import ElementTree as ET

from herald.model import Site
from herald.plan.feeds import ATOM_NAME, EVENTS_ATOM_NAME, FeedSpec, feed_groups
from herald.render.localize import label

OPML_DOCS = "http://opml.org/spec2.opml"


def render_opml(site: Site, specs: Sequence[FeedSpec]) -> bytes:
    """One outline per feed (its Atom URL), grouped as the index page groups them (site,
    languages when there are several, themes, categories, tags, collections), then events.

    Nothing in it depends on the time of the build, so the same site gives the same bytes.
    """
    lang = site.config.lang
    root = ET.Element("opml", version="2.0")
    head = ET.SubElement(root, "head")
    ET.SubElement(head, "title").text = site.config.title
    if site.config.author:
        ET.SubElement(head, "ownerName").text = site.config.author
    ET.SubElement(head, "docs").text = OPML_DOCS
    body = ET.SubElement(root, "body")
    site_feeds = [spec for spec in specs if spec.kind == "site"]
    for key, chosen in [("site", site_feeds), *feed_groups(site, specs[len(site_feeds):])]:
        group = _group(body, label(key, lang))
        for spec in chosen:
            _feed(group, spec, spec.title, ATOM_NAME)
    with_events = [spec for spec in specs if spec.has_events]
    if with_events:
        group = _group(body, label("events", lang))
        for spec in with_events:
            _feed(group, spec, f"{spec.title} – {label('events', lang)}", EVENTS_ATOM_NAME)
    ET.indent(root)
    return ET.tostring(root, encoding="UTF-8", xml_declaration=True) + b"\n"


def _group(parent: ET.Element, title: str) -> ET.Element:
    return ET.SubElement(parent, "outline", text=title, title=title)


def _feed(parent: ET.Element, spec: FeedSpec, title: str, name: str) -> None:
    attributes = {"type": "rss", "text": title, "title": title, "xmlUrl": spec.url(name),
                  "htmlUrl": spec.link, "language": spec.lang}
    if spec.subtitle:
        attributes["description"] = spec.subtitle
    ET.SubElement(parent, "outline", attributes)
