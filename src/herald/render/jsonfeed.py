"""JSON Feed 1.1 documents (https://jsonfeed.org/version/1.1): same items and ids as Atom."""

from __future__ import annotations

import html
import json
from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any

from herald.load.config import site_url
from herald.model import Config, Post, Theme
from herald.plan.feeds import JSON_NAME, FeedSpec, post_terms
from herald.urls import absolute

VERSION = "https://jsonfeed.org/version/1.1"


def render_json_feed(spec: FeedSpec, config: Config, themes: Mapping[str, Theme]) -> bytes:
    items = [post_item(post, themes) for post in spec.posts]
    return json_document(spec, config, spec.url(JSON_NAME), items)


def json_document(spec: FeedSpec, config: Config, feed_url: str,
                  items: Sequence[dict[str, Any]]) -> bytes:
    """A JSON Feed with `spec`'s metadata and `items`, as stable UTF-8 bytes."""
    document: dict[str, Any] = {
        "version": VERSION,
        "title": spec.title,
        "home_page_url": spec.link,
        "feed_url": feed_url,
    }
    if spec.subtitle:
        document["description"] = spec.subtitle
    if config.logo:
        document["icon"] = document["favicon"] = absolute(site_url(config), config.logo)
    document["authors"] = [{"name": config.author or config.title, "url": site_url(config)}]
    document["language"] = spec.lang
    if config.websub_hub:
        document["hubs"] = [{"type": "WebSub", "url": config.websub_hub}]
    document["items"] = list(items)
    return (json.dumps(document, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def post_item(post: Post, themes: Mapping[str, Theme]) -> dict[str, Any]:
    item: dict[str, Any] = {
        "id": post.id,
        "url": post.url,
        "title": post.title,
        "content_html": post.content_html or f"<p>{html.escape(post.summary or post.title)}</p>",
        "summary": post.summary or post.title,
        "date_published": rfc3339(post.published),
        "date_modified": rfc3339(post.updated),
        "language": post.lang,
    }
    tags = [label for _, label in post_terms(post, themes)]
    if tags:
        item["tags"] = list(dict.fromkeys(tags))
    if post.image:
        item["image"] = post.image
    return item


def rfc3339(moment: datetime) -> str:
    return moment.isoformat()

