"""Which feeds a site has and what each holds: the site, each language, each theme."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from herald.load.config import base_url, site_url
from herald.model import Post, Site
from herald.urls import encode_path

ATOM_NAME = "feed.atom"
RSS_NAME = "feed.rss"
JSON_NAME = "feed.json"
CALENDAR_NAME = "calendar.ics"
EVENTS_ATOM_NAME = "events.atom"
EVENTS_RSS_NAME = "events.rss"
EVENTS_JSON_NAME = "events.json"
ARCHIVE_FOLDER = "archive"
INDEX_NAME = "index.html"
OPML_NAME = "feeds.opml"
# (label, file name, media type) of each format a feed is written in
FEED_FORMATS = (("Atom", ATOM_NAME, "application/atom+xml"),
                ("RSS", RSS_NAME, "application/rss+xml"),
                ("JSON Feed", JSON_NAME, "application/feed+json"))
EVENT_FEED_FORMATS = (("Atom", EVENTS_ATOM_NAME, "application/atom+xml"),
                      ("RSS", EVENTS_RSS_NAME, "application/rss+xml"),
                      ("JSON Feed", EVENTS_JSON_NAME, "application/feed+json"))


@dataclass(frozen=True)
class FeedSpec:
    folder: str  # "" for the site, "sv", "themes/<id>"
    title: str
    subtitle: str
    link: str  # the HTML page the feed stands for
    lang: str
    base: str  # absolute URL of the folder the feed files are written to, ending in "/"
    posts: tuple[Post, ...]  # newest first, within the feed limit
    kind: str  # "site" | "lang" | "theme"
    key: str  # "", the language, or the theme id
    older: tuple[Post, ...] = ()  # the posts beyond the limit, newest first: the archives

    def url(self, name: str) -> str:
        return self.base + name

    def path(self, name: str) -> str:
        """`name` inside this feed's folder, relative to the output folder."""
        return f"{self.folder}/{name}" if self.folder else name

    @property
    def has_events(self) -> bool:
        """Whether this feed gets event feeds (the site and each theme do)."""
        return self.kind in ("site", "theme")


def feed_specs(site: Site) -> list[FeedSpec]:
    """The site feed, then one per language, then one per theme, in a stable order."""
    config = site.config
    limit = config.feed_limit
    root = base_url(config) + "/"
    by_lang: dict[str, list[Post]] = defaultdict(list)
    by_theme: dict[str, list[Post]] = defaultdict(list)
    for post in site.posts:
        by_lang[post.lang].append(post)
        for theme_id in post.themes:
            if theme_id in site.themes:
                by_theme[theme_id].append(post)
    specs = [FeedSpec("", config.title, config.description, site_url(config), config.lang,
                      root, site.posts[:limit], "site", "", site.posts[limit:])]
    for lang in sorted(by_lang):
        posts = tuple(by_lang[lang])
        specs.append(FeedSpec(lang, f"{config.title} ({lang})", config.description,
                              site_url(config), lang, f"{root}{lang}/",
                              posts[:limit], "lang", lang, posts[limit:]))
    for theme_id, theme in site.themes.items():
        posts = tuple(by_theme[theme_id])
        specs.append(FeedSpec(f"themes/{theme_id}", f"{config.title}: {theme.title}",
                              theme.description, theme.url or site_url(config),
                              theme.lang or config.lang, f"{root}themes/{encode_path(theme_id)}/",
                              posts[:limit], "theme", theme_id, posts[limit:]))
    return specs


def translations(posts: tuple[Post, ...]) -> dict[str, tuple[Post, ...]]:
    """For each `ref` that posts in more than one language share, the oldest post in each
    language, the oldest first: the versions an entry links to as its translations."""
    groups: dict[str, dict[str, Post]] = defaultdict(dict)
    for post in sorted(posts, key=lambda p: (p.published, p.path)):
        if post.ref:
            groups[post.ref].setdefault(post.lang, post)
    return {ref: tuple(group.values()) for ref, group in groups.items() if len(group) > 1}


def archive_pages(spec: FeedSpec, size: int) -> list[tuple[Post, ...]]:
    """The posts beyond the feed limit in pages of `size`, the oldest page first.

    Pages fill oldest-first, so a full page never changes when newer posts arrive.
    """
    oldest_first = spec.older[::-1]
    return [oldest_first[start:start + size] for start in range(0, len(oldest_first), size)]


def archive_name(number: int) -> str:
    """The file name of archive page `number` (1 is the oldest), inside the feed's folder."""
    return f"{ARCHIVE_FOLDER}/{number}.atom"
