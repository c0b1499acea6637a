"""Atom 1.0 and RSS 2.0 documents for one feed, built with feedgen."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from feedgen.entry import FeedEntry
from feedgen.ext.base import BaseExtension
from feedgen.ext.media import MediaEntryExtension
from feedgen.feed import FeedGenerator
from lxml import etree

from herald import __version__
from herald.cache.memo import Memo
from herald.load.config import site_url
from herald.model import Config, Post, Theme
from herald.plan.feeds import ATOM_NAME, RSS_NAME, FeedSpec, archive_name, archive_pages, post_terms
from herald.urls import absolute

HISTORY_NS = "http://purl.org/syndication/history/1.0"
MEDIA_NS = "http://search.yahoo.com/mrss/"
ATOM_NS = "http://www.w3.org/2005/Atom"


class _ArchiveMark(BaseExtension):
    """RFC 5005: `<fh:archive/>` marks a feed document as an archive page."""

    def extend_ns(self) -> dict[str, str]:
        return {"fh": HISTORY_NS}

    def extend_atom(self, feed: etree._Element) -> etree._Element:
        etree.SubElement(feed, f"{{{HISTORY_NS}}}archive")
        return feed


class _RssHub(BaseExtension):
    """WebSub in RSS: feedgen writes only the self `atom:link`, so add the hub's."""

    def __init__(self) -> None:
        self.hub = ""

    def extend_rss(self, feed: etree._Element) -> etree._Element:
        channel = feed[0]
        link = etree.Element(f"{{{ATOM_NS}}}link", href=self.hub, rel="hub")
        channel.insert(list(channel).index(channel.find(f"{{{ATOM_NS}}}link")) + 1, link)
        return feed


class Entry(FeedEntry):
    """feedgen 1.0 drops rel/type/hreflang from entry links, and gives RSS the last
    alternate link; put them back, and give RSS the first (the entry's own page). It also
    wraps one media:content in a media:group, which Media RSS means for several versions of
    one thing (the W3C validator rejects it): unwrap it."""

    def rss_entry(self, extensions: bool = True):  # type: ignore[no-untyped-def]
        element = _without_single_groups(super().rss_entry(extensions))
        own = next((link["href"] for link in self.link() or []
                    if link.get("rel", "alternate") == "alternate"), None)
        node = element.find("link")
        if own is not None and node is not None:
            node.text = own
        return element

    def atom_entry(self, extensions: bool = True):  # type: ignore[no-untyped-def]
        element = _without_single_groups(super().atom_entry(extensions))
        nodes = [child for child in element if str(child.tag).rpartition("}")[2] == "link"]
        for node, link in zip(nodes, self.link() or [], strict=True):
            for key in ("rel", "type", "hreflang", "title", "length"):
                if link.get(key):
                    node.set(key, str(link[key]))
        return element


def _without_single_groups(element: etree._Element) -> etree._Element:
    for group in element.findall(f"{{{MEDIA_NS}}}group"):
        if len(group.findall(f"{{{MEDIA_NS}}}content")) < 2:
            index = list(element).index(group)
            element[index:index + 1] = list(group)
    return element


Entries = Memo[etree._Element]  # entry elements, shared by the documents of one build


def render_atom(spec: FeedSpec, config: Config, themes: Mapping[str, Theme],
                translations: Mapping[str, tuple[Post, ...]],
                entries: Entries | None = None) -> bytes:
    """The subscription Atom feed: the newest posts, linking to the newest archive page."""
    pages = len(archive_pages(spec, config.archive_page_size))
    links = [("prev-archive", spec.url(archive_name(pages)))] if pages else []
    generator = feed_generator(spec, config, spec.url(ATOM_NAME), "application/atom+xml",
                               links)
    return with_entries(generator, spec.posts, themes, translations, "atom", entries)


def render_rss(spec: FeedSpec, config: Config, themes: Mapping[str, Theme],
               translations: Mapping[str, tuple[Post, ...]],
               entries: Entries | None = None) -> bytes:
    generator = feed_generator(spec, config, spec.url(RSS_NAME), "application/rss+xml")
    return with_entries(generator, spec.posts, themes, translations, "rss", entries)


def render_archive_page(spec: FeedSpec, config: Config, themes: Mapping[str, Theme],
                        translations: Mapping[str, tuple[Post, ...]], number: int,
                        posts: Sequence[Post], entries: Entries | None = None) -> bytes:
    """RFC 5005 archive page `number` (1 is the oldest) holding `posts`, oldest first."""
    links = [("current", spec.url(ATOM_NAME))]
    if number > 1:
        links.append(("prev-archive", spec.url(archive_name(number - 1))))
    generator = feed_generator(spec, config, spec.url(archive_name(number)),
                               "application/atom+xml", links, archive=True, posts=posts)
    return with_entries(generator, posts[::-1], themes, translations, "atom", entries)


def feed_generator(spec: FeedSpec, config: Config, self_url: str, media_type: str,
                   links: Sequence[tuple[str, str]] = (), *, archive: bool = False,
                   posts: Sequence[Post] | None = None,
                   atom_name: str = ATOM_NAME) -> FeedGenerator:
    """A feedgen feed carrying `spec`'s metadata; its Atom id is the URL of `atom_name`.

    `posts` (default `spec.posts`) date the feed; add entries to it afterwards.
    """
    feed = FeedGenerator()
    feed.load_extension("media", atom=True, rss=True)
    if archive:
        feed.register_extension("history", _ArchiveMark, atom=True, rss=False)
    if config.websub_hub:
        feed.register_extension("websub", _RssHub, atom=False, rss=True)
        feed.websub.hub = config.websub_hub
    feed.id(self_url if media_type == "application/rss+xml" else spec.url(atom_name))
    feed.title(spec.title)
    feed.subtitle(spec.subtitle or spec.title)
    feed.link(href=self_url, rel="self", type=media_type)
    if config.websub_hub:
        feed.link(href=config.websub_hub, rel="hub")
    for rel, href in links:
        feed.link(href=href, rel=rel, type="application/atom+xml")
    # last, because feedgen's RSS <link> (and image link) is the last link given
    feed.link(href=spec.link, rel="alternate", type="text/html")
    feed.language(spec.lang)
    feed.author({"name": config.author or config.title, "uri": site_url(config)})
    feed.generator("herald", __version__, "https://github.com/herald-feeds/herald")
    if config.logo:
        logo = absolute(site_url(config), config.logo)
        feed.icon(logo)
        feed.logo(logo)
    dated = spec.posts if posts is None else posts
    newest = max((post.updated for post in dated), default=None)
    if newest is not None:
        feed.updated(newest)
        feed.lastBuildDate(newest)
        feed.pubDate(max(post.published for post in dated))
    else:
        # an empty feed still needs a stable time: the site's newest change, else the epoch
        quiet_since = spec.site_updated or "1970-01-01T00:00:00Z"
        feed.updated(quiet_since)
        feed.lastBuildDate(quiet_since)
    return feed


def with_entries(feed: FeedGenerator, posts: Sequence[Post], themes: Mapping[str, Theme],
                 translations: Mapping[str, tuple[Post, ...]], kind: str,
                 entries: Entries | None) -> bytes:
    """The document `feed` describes with an entry per post, as feedgen would write it;
    `entries` remembers them for the next document that holds them."""
    memo = entries if entries is not None else Memo()
    return with_elements(feed, [_entry_element(post, themes, translations, kind, memo)
                                for post in posts], kind)


def with_elements(feed: FeedGenerator, entries: Sequence[etree._Element], kind: str) -> bytes:
    """The document `feed` describes with these entries (from `entry_element`), as feedgen
    would write it with the same entries added.

    A post or event is in several feeds (the site's, its language's, its themes', an
    archive page): its entry is built once per build and moved from document to document
    (each is written out before the next takes the entry), which gives the same bytes as
    adding it to every feed through feedgen, in a fraction of the time. The document is
    feedgen's without entries, read back (it holds no whitespace, so pretty printing it with
    the entries gives feedgen's own layout).
    """
    empty = feed.atom_str() if kind == "atom" else feed.rss_str()
    root = etree.fromstring(empty)
    parent = root if kind == "atom" else root[0]
    for entry in entries:
        parent.append(entry)
    return etree.tostring(root, pretty_print=True, encoding="UTF-8", xml_declaration=True)


def entry_element(sources: tuple[object, ...], kind: str, fill: Callable[[Entry], None],
                  entries: Entries) -> etree._Element:
    """The "atom" or "rss" element of the entry `fill` fills in from `sources` (the objects
    it reads), built once for as long as `entries` remembers it."""
    return entries.get((*sources, kind), lambda: _made_entry(kind, fill))


def _made_entry(kind: str, fill: Callable[[Entry], None]) -> etree._Element:
    entry = Entry()
    entry.register_extension("media", MediaEntryExtension, atom=True, rss=True)
    fill(entry)
    return entry.atom_entry() if kind == "atom" else entry.rss_entry()


def _entry_element(post: Post, themes: Mapping[str, Theme],
                   translations: Mapping[str, tuple[Post, ...]], kind: str,
                   entries: Entries) -> etree._Element:
    return entry_element((post, themes, translations), kind,
                         lambda entry: _fill_entry(entry, post, themes, translations), entries)


def _fill_entry(entry: Entry, post: Post, themes: Mapping[str, Theme],
                translations: Mapping[str, tuple[Post, ...]]) -> None:
    entry.id(post.id)
    entry.guid(post.id, permalink=False)
    entry.title(post.title)
    # the entry's own page first: readers open the first alternate link
    entry.link(href=post.url, rel="alternate", type="text/html", hreflang=post.lang)
    for other in translations.get(post.ref or "", ()):  # one post per language
        if other.lang != post.lang:
            entry.link(href=other.url, rel="alternate", type="text/html", hreflang=other.lang)
    entry.published(post.published)
    entry.updated(post.updated)
    entry.summary(post.summary or post.title)
    entry.description(post.summary or post.title, isSummary=True)  # RSS; not Atom content
    if post.content_html:
        entry.content(post.content_html, type="html")
    for term, label in post_terms(post, themes):
        entry.category(term=term, label=label)
    if post.image:
        entry.media.content({"url": post.image, "medium": "image"})
        entry.media.thumbnail({"url": post.image})
