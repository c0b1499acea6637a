"""Atom 1.0 and RSS 2.0 documents for one feed, built with feedgen."""

from __future__ import annotations

from collections.abc import Mapping

from feedgen.entry import FeedEntry
from feedgen.feed import FeedGenerator

from herald import __version__
from herald.config import site_url
from herald.feeds import FeedSpec
from herald.model import Config, Post, Theme
from herald.urls import absolute

ATOM_NAME = "feed.atom"
RSS_NAME = "feed.rss"




class _Entry(FeedEntry):
    """feedgen 1.0 drops rel/type/hreflang from entry links; put them back."""

    def atom_entry(self, extensions: bool = True):  # type: ignore[no-untyped-def]
        element = super().atom_entry(extensions)
        nodes = [child for child in element if str(child.tag).rpartition("}")[2] == "link"]
        for node, link in zip(nodes, self.link() or [], strict=True):
            for key in ("rel", "type", "hreflang", "title", "length"):
                if link.get(key):
                    node.set(key, str(link[key]))
        return element


def render_atom(spec: FeedSpec, config: Config, themes: Mapping[str, Theme],
                translations: Mapping[str, tuple[Post, ...]]) -> bytes:
    generator = _generator(spec, config, themes, translations, ATOM_NAME)
    return generator.atom_str(pretty=True, encoding="UTF-8")


def render_rss(spec: FeedSpec, config: Config, themes: Mapping[str, Theme],
               translations: Mapping[str, tuple[Post, ...]]) -> bytes:
    generator = _generator(spec, config, themes, translations, RSS_NAME)
    return generator.rss_str(pretty=True, encoding="UTF-8")


def _generator(spec: FeedSpec, config: Config, themes: Mapping[str, Theme],
               translations: Mapping[str, tuple[Post, ...]], name: str) -> FeedGenerator:
    feed = FeedGenerator()
    feed.load_extension("media", atom=True, rss=True)
    self_url = spec.url(name)
    media_type = "application/atom+xml" if name == ATOM_NAME else "application/rss+xml"
    feed.id(self_url if name == RSS_NAME else spec.url(ATOM_NAME))
    feed.title(spec.title)
    feed.subtitle(spec.subtitle or spec.title)
    feed.link(href=self_url, rel="self", type=media_type)
    # last, because feedgen's RSS <link> (and image link) is the last link given
    feed.link(href=spec.link, rel="alternate", type="text/html")
    feed.language(spec.lang)
    feed.author({"name": config.author or config.title, "uri": site_url(config)})
    feed.generator("herald", __version__, "https://github.com/herald-feeds/herald")
    if config.logo:
        logo = absolute(site_url(config), config.logo)
        feed.icon(logo)
        feed.logo(logo)
    newest = max((post.updated for post in spec.posts), default=None)
    if newest is not None:
        feed.updated(newest)
        feed.lastBuildDate(newest)
        feed.pubDate(max(post.published for post in spec.posts))
    else:
        # an empty feed still needs a stable time: the Unix epoch says "nothing yet"
        feed.updated("1970-01-01T00:00:00Z")
        feed.lastBuildDate("1970-01-01T00:00:00Z")
    for post in spec.posts:
        _add_entry(feed, post, themes, translations)
    return feed


def _add_entry(feed: FeedGenerator, post: Post, themes: Mapping[str, Theme],
               translations: Mapping[str, tuple[Post, ...]]) -> None:
    entry = feed.add_entry(_Entry(), order="append")
    entry.id(post.id)
    entry.guid(post.id, permalink=False)
    entry.title(post.title)
    languages = {post.lang}
    for other in translations.get(post.ref or "", ()):
        if other.path != post.path and other.lang not in languages:
            languages.add(other.lang)
            entry.link(href=other.url, rel="alternate", type="text/html", hreflang=other.lang)
    # last, because feedgen's RSS <link> is the last alternate link given
    entry.link(href=post.url, rel="alternate", type="text/html", hreflang=post.lang)
    entry.published(post.published)
    entry.updated(post.updated)
    entry.summary(post.summary or post.title)
    entry.description(post.summary or post.title)
    if post.content_html:
        entry.content(post.content_html, type="html")
    for theme_id in post.themes:
        theme = themes.get(theme_id)
        entry.category(term=theme_id, label=theme.title if theme else theme_id)
    for category in post.categories:
        entry.category(term=category, label=category)
    if post.image:
        entry.media.content({"url": post.image, "medium": "image"})
        entry.media.thumbnail({"url": post.image})
