"""Event feeds (Atom, RSS, JSON Feed): one entry per event, the latest start first."""

from __future__ import annotations

import html
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import replace
from functools import lru_cache
from typing import Any

from herald.cache.memo import Memo
from herald.model import Config, Event, Post, Theme
from herald.plan.feeds import EVENTS_ATOM_NAME, EVENTS_JSON_NAME, EVENTS_RSS_NAME, FeedSpec
from herald.render.feed import Entries, Entry, entry_element, feed_generator, with_elements
from herald.render.ics import event_summary
from herald.render.jsonfeed import json_document, rfc3339
from herald.render.localize import format_when, label

EventItem = tuple[Event, Post, str]  # the event, its post, the absolute URL of its .ics


def render_event_feeds(spec: FeedSpec, config: Config, themes: Mapping[str, Theme],
                       items: Sequence[EventItem], entries: Entries | None = None
                       ) -> dict[str, bytes]:
    """`events.atom`, `events.rss` and `events.json` for the feed's events, by file name;
    `entries` remembers the entries for the next feed that holds them."""
    memo = entries if entries is not None else Memo()
    spec = replace(spec, title=f"{spec.title} – {label('events', spec.lang)}")
    ordered = sorted(items, key=lambda item: (item[0].starts_at, item[0].uid), reverse=True)
    posts = [post for _, post, _ in ordered]
    files = {}
    for name, media_type, kind in ((EVENTS_ATOM_NAME, "application/atom+xml", "atom"),
                                   (EVENTS_RSS_NAME, "application/rss+xml", "rss")):
        feed = feed_generator(spec, config, spec.url(name), media_type, posts=posts,
                              atom_name=EVENTS_ATOM_NAME)
        elements = [_entry(event, post, ics_url, themes, spec.lang, kind, memo)
                    for event, post, ics_url in ordered]
        files[name] = with_elements(feed, elements, kind)
    json_items = [_json_item(event, post, ics_url, themes, spec.lang)
                  for event, post, ics_url in ordered]
    files[EVENTS_JSON_NAME] = json_document(spec, config, spec.url(EVENTS_JSON_NAME), json_items)
    return files


def event_entry_id(event: Event) -> str:
    """A stable id per event, derived from its calendar UID (which never changes)."""
    return _entry_id(event.uid)


@lru_cache(maxsize=65536)
def _entry_id(uid: str) -> str:
    return f"urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, 'herald-event:' + uid)}"


def event_title(event: Event, lang: str) -> str:
    return f"{event_summary(event, lang)} – {format_when(event, lang)}"


def event_content_html(event: Event, post: Post, ics_url: str, lang: str) -> str:
    """When, where, what (the description or the post's summary), and links."""
    parts = [f"<p><strong>{label('when', lang)}:</strong> "
             f"{html.escape(format_when(event, lang))}</p>"]
    if event.place:
        where = event.place
        parts.append(f"<p><strong>{label('where', lang)}:</strong> {html.escape(where)}</p>")
    about = (event.description or post.summary or "").strip()
    if about:
        parts.append(f"<p>{html.escape(about)}</p>")
    parts.append(f'<p><a href="{html.escape(post.url)}">{label("read_post", lang)}</a> · '
                 f'<a href="{html.escape(ics_url)}">{label("add_ics", lang)}</a></p>')
    return "\n".join(parts)


def _entry(event: Event, post: Post, ics_url: str, themes: Mapping[str, Theme], lang: str,
           kind: str, entries: Entries) -> Any:
    """The event's entry element, built once while `entries` remembers it (an event is in
    several feeds)."""
    return entry_element((event, post, ics_url, themes, lang), kind,
                         lambda entry: _fill_entry(entry, event, post, ics_url, themes, lang),
                         entries)


def _fill_entry(entry: Entry, event: Event, post: Post, ics_url: str,
                themes: Mapping[str, Theme], lang: str) -> None:
    entry_id = event_entry_id(event)
    entry.id(entry_id)
    entry.guid(entry_id, permalink=False)
    entry.title(event_title(event, lang))
    entry.link(href=ics_url, rel="related", type="text/calendar")
    # last, because feedgen's RSS <link> is the last link given
    entry.link(href=event.url or post.url, rel="alternate", type="text/html", hreflang=post.lang)
    entry.published(post.published)
    entry.updated(post.updated)
    content = event_content_html(event, post, ics_url, lang)
    entry.summary(format_when(event, lang))
    entry.description(content)
    entry.content(content, type="html")
    for theme_id in post.themes:
        theme = themes.get(theme_id)
        entry.category(term=theme_id, label=theme.title if theme else theme_id)


def _json_item(event: Event, post: Post, ics_url: str, themes: Mapping[str, Theme],
               lang: str) -> dict[str, Any]:
    item: dict[str, Any] = {
        "id": event_entry_id(event),
        "url": event.url or post.url,
        "title": event_title(event, lang),
        "content_html": event_content_html(event, post, ics_url, lang),
        "summary": format_when(event, lang),
        "date_published": rfc3339(post.published),
        "date_modified": rfc3339(post.updated),
        "language": post.lang,
        "attachments": [{"url": ics_url, "mime_type": "text/calendar"}],
    }
    tags = [themes[t].title if t in themes else t for t in post.themes]
    if tags:
        item["tags"] = list(dict.fromkeys(tags))
    return item


