"""Which feeds a site has and what each holds: the site, each language, each theme."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from herald.config import base_url, site_url
from herald.model import Post, Site
from herald.urls import encode_path


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

    def url(self, name: str) -> str:
        return self.base + name


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
                      root, site.posts[:limit], "site", "")]
    for lang in sorted(by_lang):
        specs.append(FeedSpec(lang, f"{config.title} ({lang})", config.description,
                              site_url(config), lang, f"{root}{lang}/",
                              tuple(by_lang[lang][:limit]), "lang", lang))
    for theme_id, theme in site.themes.items():
        specs.append(FeedSpec(f"themes/{theme_id}", f"{config.title}: {theme.title}",
                              theme.description, theme.url or site_url(config),
                              theme.lang or config.lang, f"{root}themes/{encode_path(theme_id)}/",
                              tuple(by_theme[theme_id][:limit]), "theme", theme_id))
    return specs


def translations(posts: tuple[Post, ...]) -> dict[str, tuple[Post, ...]]:
    """Posts sharing a `ref`, by ref, oldest first."""
    groups: dict[str, list[Post]] = defaultdict(list)
    for post in sorted(posts, key=lambda p: (p.published, p.path)):
        if post.ref:
            groups[post.ref].append(post)
    return {ref: tuple(group) for ref, group in groups.items() if len(group) > 1}
