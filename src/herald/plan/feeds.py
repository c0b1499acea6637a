"""Which feeds a site has and what each holds: the site, each language, each theme."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import datetime

from herald.load.config import base_url, site_text, site_url
from herald.load.permalinks import category_slug
from herald.model import Post, Site, Theme
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
HEAD_NAME = "head.html"
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
    kind: str  # "site" | "lang" | "theme" | "tag" | "collection"
    key: str  # "", the language, the theme id, the tag's slug or the collection's label
    older: tuple[Post, ...] = ()  # the posts beyond the limit, newest first: the archives
    site_updated: datetime | None = None  # the site's newest change: when an empty feed is

    def url(self, name: str) -> str:
        return self.base + name

    def path(self, name: str) -> str:
        """`name` inside this feed's folder, relative to the output folder."""
        return f"{self.folder}/{name}" if self.folder else name

    @property
    def has_events(self) -> bool:
        """Whether this feed gets event feeds (all but the language feeds do)."""
        return self.kind != "lang"


def feed_specs(site: Site) -> list[FeedSpec]:
    """The site feed, then one per language, theme, tag and collection, in a stable order."""
    config = site.config
    limit = config.feed_limit
    root = base_url(config) + "/"
    by_lang: dict[str, list[Post]] = defaultdict(list)
    by_theme: dict[str, list[Post]] = defaultdict(list)
    by_tag: dict[str, list[Post]] = defaultdict(list)
    for post in site.posts:
        by_lang[post.lang].append(post)
        for theme_id in post.themes:
            if theme_id in site.themes:
                by_theme[theme_id].append(post)
        for tag_id in post_tag_ids(post) if site.tags else ():
            if tag_id in site.tags:
                by_tag[tag_id].append(post)
    specs = [FeedSpec("", config.title, config.description, site_url(config), config.lang,
                      root, site.posts[:limit], "site", "", site.posts[limit:])]
    for lang in sorted(by_lang):
        posts = tuple(by_lang[lang])
        title = site_text(config, lang, "title")
        specs.append(FeedSpec(lang, title if title != config.title else f"{title} ({lang})",
                              site_text(config, lang, "description"),
                              site_url(config), lang, f"{root}{lang}/",
                              posts[:limit], "lang", lang, posts[limit:]))
    for kind, folder, groups, found in (("theme", "themes", site.themes, by_theme),
                                        ("tag", "tags", site.tags, by_tag)):
        for key, theme in groups.items():
            posts = tuple(found[key])
            specs.append(FeedSpec(f"{folder}/{key}",
                                  f"{site_text(config, theme.lang or config.lang, 'title')}: "
                                  f"{theme.title}",
                                  theme.description, theme.url or site_url(config),
                                  theme.lang or config.lang,
                                  f"{root}{folder}/{encode_path(key)}/",
                                  posts[:limit], kind, key, posts[limit:]))
    for label, posts in site.collections.items():
        specs.append(FeedSpec(f"collections/{label}", f"{config.title}: {label}", "",
                              site_url(config), config.lang,
                              f"{root}collections/{encode_path(label)}/",
                              posts[:limit], "collection", label, posts[limit:]))
    newest = max((post.updated for post in site.documents()), default=None)
    return [replace(spec, site_updated=newest) for spec in specs]


def feed_groups(site: Site, specs: Sequence[FeedSpec]) -> list[tuple[str, list[FeedSpec]]]:
    """The feeds listed under the site's own, by group (its label key), each sorted by title.

    Language feeds are listed only when the site writes in more than one language: otherwise
    they hold the same posts as the site's feed. Themes have a file in `_themes`; categories
    are the other themes.
    """
    languages = [spec for spec in specs if spec.kind == "lang"]
    groups = [
        ("languages", languages if len(languages) > 1 else []),
        ("themes", [s for s in specs if s.kind == "theme" and _has_file(site, s)]),
        ("categories", [s for s in specs if s.kind == "theme" and not _has_file(site, s)]),
        ("tags", [s for s in specs if s.kind == "tag"]),
        ("collections", [s for s in specs if s.kind == "collection"]),
    ]
    return [(key, sorted(group, key=lambda s: (topic_title(site, s).casefold(), s.folder)))
            for key, group in groups if group]


def topic_title(site: Site, spec: FeedSpec) -> str:
    """A feed's title within its group: the theme, tag or collection, without the site's."""
    if spec.kind == "theme" and spec.key in site.themes:
        return site.themes[spec.key].title
    if spec.kind == "tag" and spec.key in site.tags:
        return site.tags[spec.key].title
    if spec.kind == "collection":
        return spec.key
    return spec.title


def _has_file(site: Site, spec: FeedSpec) -> bool:
    theme = site.themes.get(spec.key)
    return theme is not None and theme.path is not None


def post_tag_ids(post: Post) -> tuple[str, ...]:
    """The slugs of a post's tags: the folders of their feeds."""
    return tuple(dict.fromkeys(category_slug(tag) for tag in post.tags))


def post_terms(post: Post, themes: Mapping[str, Theme]) -> list[tuple[str, str]]:
    """(term, label) of each category a feed entry lists: the post's themes, the categories
    that are none, and its tags."""
    terms = [(theme_id, themes[theme_id].title if theme_id in themes else theme_id)
             for theme_id in post.themes]
    covered = set(post.themes)
    for name in (*post.categories, *post.tags):
        if category_slug(name) not in covered and not name.startswith("_themes/"):
            covered.add(category_slug(name))
            terms.append((name, name))
    return terms


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
