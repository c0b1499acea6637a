"""index.html: one offline page listing the feeds, calendars and events, with subscribe links."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import datetime, timedelta
from html import escape
from urllib.parse import quote, urlencode

from herald.dates import zone
from herald.model import Event, Post, Site
from herald.plan.feeds import (
    CALENDAR_NAME,
    EVENT_FEED_FORMATS,
    FEED_FORMATS,
    OPML_NAME,
    FeedSpec,
    feed_groups,
    topic_title,
)
from herald.render.localize import format_when, label
from herald.urls import encode_path

GOOGLE_SUBSCRIBE = "https://calendar.google.com/calendar/r?cid="
OUTLOOK_SUBSCRIBE = "https://outlook.live.com/calendar/0/addfromweb?"
GOOGLE_ADD = "https://calendar.google.com/calendar/render?"
DETAILS_LIMIT = 500  # characters of post summary in an "add event" link
UPCOMING_LIMIT = 25  # upcoming events listed, soonest first
PAST_LIMIT = 5  # past events listed, most recent first
TOPIC_LIST_MIN = 8  # a group with this many feeds starts with a link to each

STYLE = """\
body{font:1rem/1.5 system-ui,sans-serif;margin:0;padding:1rem;color:#1a1a1a;background:#fff}
main{max-width:46rem;margin:auto}
h1,h2,h3{line-height:1.2}
article,li.event{border-top:1px solid #ccc;padding:.5rem 0}
ul{padding-left:1.2rem}
code{user-select:all;overflow-wrap:anywhere;background:#f2f2f2;padding:0 .2rem}
a{color:#0645ad}
.cancelled{color:#a00;font-weight:bold}
.events{list-style:none;padding:0}
nav ul ul,.topics{padding:0}
nav li li,.topics li{display:inline-block;margin-right:1rem}
.rest{font-style:italic}
@media (prefers-color-scheme:dark){body{color:#eee;background:#111}
code{background:#333}a{color:#8ab4f8}.cancelled{color:#f88}}"""


def render_index(site: Site, specs: Sequence[FeedSpec], events: Sequence[tuple[Event, Post]],
                 event_files: Mapping[str, str], now: datetime) -> bytes:
    """The page's UTF-8 bytes; the same input and `now` always give the same bytes.

    `specs[0]` is the site's feed; the others are listed in groups (`feed_groups`).
    """
    lang = site.config.lang
    title = f"{site.config.title} – {label('page_title', lang)}"
    main, groups = specs[0], feed_groups(site, specs[1:])
    listed = [main, *(spec for _, group in groups for spec in group)]
    head = [f'<link rel="alternate" type="{kind}" title="{_e(spec.title)} ({fmt})" '
            f'href="{_href(spec, name)}">'
            for spec in listed for fmt, name, kind in _formats(spec, lang)]
    parts = [
        "<!DOCTYPE html>",
        f'<html lang="{_e(lang)}">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{_e(title)}</title>",
        *head,
        f"<style>\n{STYLE}\n</style>",
        "</head>",
        "<body>",
        "<main>",
        f"<h1>{_e(title)}</h1>",
        f"<p>{_e(site.config.description)}</p>" if site.config.description else "",
        contents_nav(groups, lang),
        feeds_section(site, main, groups, lang),
        calendars_section(site, main, groups, lang),
        events_section(events, event_files, now, lang, main),
        "</main>",
        "</body>",
        "</html>",
    ]
    return ("\n".join(part for part in parts if part) + "\n").encode("utf-8")


def contents_nav(groups: Sequence[tuple[str, Sequence[FeedSpec]]], lang: str) -> str:
    def entries(section: str) -> str:
        if not groups:
            return ""
        return "\n<ul>\n" + "\n".join(
            f'<li><a href="#{section}-{key}">{_e(label(key, lang))}</a> ({len(group)})</li>'
            for key, group in groups) + "\n</ul>\n"

    return "\n".join([
        f'<nav aria-label="{_e(label("contents", lang))}">\n<ul>',
        f'<li><a href="#feeds">{_e(label("feeds", lang))}</a>{entries("feeds")}</li>',
        f'<li><a href="#calendars">{_e(label("calendars", lang))}</a>'
        f'{entries("calendars")}</li>',
        f'<li><a href="#events">{_e(label("events", lang))}</a></li>',
        "</ul>\n</nav>",
    ])


def feeds_section(site: Site, main: FeedSpec, groups: Sequence[tuple[str, Sequence[FeedSpec]]],
                  lang: str) -> str:
    return "\n".join([
        f'<section aria-labelledby="feeds">\n<h2 id="feeds">{_e(label("feeds", lang))}</h2>',
        f"<p>{_e(label('feeds_intro', lang))}</p>",
        f'<p><a href="{OPML_NAME}" type="text/x-opml">{_e(label("import_all", lang))}</a></p>',
        feed_article(main, main.title, 3, lang),
        *(_group(site, "feeds", key, group, feed_article, lang) for key, group in groups),
        "</section>",
    ])


def feed_article(spec: FeedSpec, title: str, level: int, lang: str) -> str:
    """One feed's links, under a heading of `level` (its event feeds' one level below)."""
    links = [_feed_link(spec, fmt, name, kind) for fmt, name, kind in FEED_FORMATS]
    block = [f'<article id="{_anchor("feed", spec)}">\n'
             f"<h{level}{_lang_attr(spec, lang)}>{_e(title)}</h{level}>"]
    if spec.subtitle:
        block.append(f"<p{_lang_attr(spec, lang)}>{_e(spec.subtitle)}</p>")
    block.append("<ul>\n" + "\n".join(links) + "\n</ul>")
    if spec.has_events:
        links = [_feed_link(spec, fmt, name, kind) for fmt, name, kind in EVENT_FEED_FORMATS]
        block.append(f"<h{level + 1}>{_e(label('event_feeds', lang))}</h{level + 1}>\n<ul>\n"
                     + "\n".join(links) + "\n</ul>")
    return "\n".join(block) + "\n</article>"


def calendars_section(site: Site, main: FeedSpec,
                      groups: Sequence[tuple[str, Sequence[FeedSpec]]], lang: str) -> str:
    return "\n".join([
        f'<section aria-labelledby="calendars">\n'
        f'<h2 id="calendars">{_e(label("calendars", lang))}</h2>',
        f"<p>{_e(label('calendars_intro', lang))}</p>",
        calendar_article(main, main.title, 3, lang),
        *(_group(site, "calendars", key, group, calendar_article, lang)
          for key, group in groups),
        "</section>",
    ])


def calendar_article(spec: FeedSpec, title: str, level: int, lang: str) -> str:
    url = spec.url(CALENDAR_NAME)
    links = [(webcal_url(url), label("subscribe", lang)),
             (google_subscribe_url(url), label("google_subscribe", lang)),
             (outlook_subscribe_url(url, spec.title), label("outlook_subscribe", lang))]
    lines = [f'<li><a href="{_e(href)}">{_e(text)}</a></li>' for href, text in links]
    lines.append(f'<li><a href="{_href(spec, CALENDAR_NAME)}" type="text/calendar" download>'
                 f"{_e(label('download', lang))}</a></li>")
    return (f'<article id="{_anchor("calendar", spec)}">\n'
            f"<h{level}{_lang_attr(spec, lang)}>{_e(title)}</h{level}>\n"
            f"<p>{_e(label('address', lang))}: <code>{_e(url)}</code></p>\n"
            "<ul>\n" + "\n".join(lines) + "\n</ul>\n</article>")


def events_section(events: Sequence[tuple[Event, Post]], event_files: Mapping[str, str],
                   now: datetime, lang: str, main: FeedSpec) -> str:
    """Upcoming events, soonest first, then the most recent past ones; each list is cut at its
    limit with a line pointing to the site's calendar and event feed, which hold them all."""
    upcoming, past = split_events(events, now)
    parts = [f'<section aria-labelledby="events">\n'
             f'<h2 id="events">{_e(label("events", lang))}</h2>']
    for key, group, limit in (("upcoming", upcoming, UPCOMING_LIMIT), ("past", past, PAST_LIMIT)):
        parts.append(f"<h3>{_e(label(key, lang))}</h3>")
        if not group:
            parts.append(f"<p>{_e(label('no_' + key, lang))}</p>")
            continue
        items = [_event_item(event, post, event_files.get(post.path), lang)
                 for event, post in group[:limit]]
        parts.append('<ul class="events">\n' + "\n".join(items) + "\n</ul>")
        if len(group) > limit:
            parts.append(f'<p class="rest">{_rest(key + "_rest", limit, len(group), main, lang)}'
                         "</p>")
    parts.append("</section>")
    return "\n".join(parts)


def split_events(events: Sequence[tuple[Event, Post]], now: datetime
                 ) -> tuple[list[tuple[Event, Post]], list[tuple[Event, Post]]]:
    """Events not yet over, soonest first, and those over, most recent first."""
    def key(pair: tuple[Event, Post]) -> tuple[datetime, str]:
        return pair[0].starts_at, pair[0].uid

    upcoming = sorted((p for p in events if p[0].ends_at > now), key=key)
    past = sorted((p for p in events if p[0].ends_at <= now), key=key, reverse=True)
    return upcoming, past


def webcal_url(url: str) -> str:
    """`https://host/calendar.ics` -> `webcal://host/calendar.ics`."""
    return "webcal://" + url.split("://", 1)[1]


def google_subscribe_url(url: str) -> str:
    return GOOGLE_SUBSCRIBE + quote(webcal_url(url), safe="")


def outlook_subscribe_url(url: str, name: str) -> str:
    return OUTLOOK_SUBSCRIBE + urlencode({"url": url, "name": name}, quote_via=quote)


def google_add_url(event: Event, post: Post) -> str:
    """A Google Calendar "add event" link holding the event's times, text and place."""
    if isinstance(event.start, datetime) and isinstance(event.end, datetime):
        tz = zone(event.timezone)  # local times with ctz: the event's own wall-clock times
        dates = (f"{event.start.astimezone(tz):%Y%m%dT%H%M%S}/"
                 f"{event.end.astimezone(tz):%Y%m%dT%H%M%S}")
        params = {"action": "TEMPLATE", "text": event.summary, "dates": dates,
                  "ctz": event.timezone}
    else:  # all day: Google wants the exclusive day after the last
        dates = f"{event.start:%Y%m%d}/{event.end + timedelta(days=1):%Y%m%d}"
        params = {"action": "TEMPLATE", "text": event.summary, "dates": dates}
    summary = post.summary
    if len(summary) > DETAILS_LIMIT:
        summary = summary[:DETAILS_LIMIT].rstrip() + "…"
    params["details"] = f"{summary}\n\n{post.url}" if summary else post.url
    if event.location is not None:
        params["location"] = event.place
    return GOOGLE_ADD + urlencode(params, quote_via=quote, safe="/")


def _event_item(event: Event, post: Post, ics_path: str | None, lang: str) -> str:
    cancelled = event.status == "CANCELLED"
    when = f'<time datetime="{_e(_iso(event))}">{_e(format_when(event, lang))}</time>'
    lines = [f'<li class="event">\n<p>{when}</p>']
    marker = f'<span class="cancelled">{_e(label("cancelled", lang))}:</span> ' if cancelled else ""
    summary = f'<a href="{_e(post.url)}"{_lang(post.lang, lang)}>{_e(event.summary)}</a>'
    lines.append(f"<p>{marker}{'<del>' + summary + '</del>' if cancelled else summary}</p>")
    if event.location is not None:
        lines.append(f"<p>{_e(event.place)}</p>")
    actions = []
    if ics_path:
        actions.append(f'<a href="{_e(encode_path(ics_path))}" type="text/calendar" download>'
                       f"{_e(label('download', lang))}</a>")
    if not cancelled:
        actions.append(f'<a href="{_e(google_add_url(event, post))}">'
                       f"{_e(label('google_add', lang))}</a>")
    if actions:
        lines.append("<p>" + " · ".join(actions) + "</p>")
    return "\n".join(lines) + "\n</li>"


def _group(site: Site, section: str, key: str, specs: Sequence[FeedSpec],
           article: Callable[[FeedSpec, str, int, str], str], lang: str) -> str:
    """A headed group of feeds (or calendars), with links to each when it is long."""
    group_id = f"{section}-{key}"
    parts = [f'<section aria-labelledby="{group_id}">',
             f'<h3 id="{group_id}">{_e(label(key, lang))}</h3>']
    prefix = "feed" if section == "feeds" else "calendar"
    if len(specs) >= TOPIC_LIST_MIN:
        parts.append('<ul class="topics">\n' + "\n".join(
            f'<li><a href="#{_anchor(prefix, spec)}"{_lang_attr(spec, lang)}>'
            f"{_e(topic_title(site, spec))}</a></li>" for spec in specs) + "\n</ul>")
    parts += [article(spec, topic_title(site, spec), 4, lang) for spec in specs]
    parts.append("</section>")
    return "\n".join(parts)


def _rest(key: str, shown: int, total: int, main: FeedSpec, lang: str) -> str:
    """`upcoming_rest` or `past_rest`, linking the site's calendar and its event feed."""
    calendar = (f'<a href="#{_anchor("calendar", main)}">'
                f"{_e(label('site_calendar', lang))}</a>")
    _, name, kind = EVENT_FEED_FORMATS[0]
    feed = f'<a href="{_href(main, name)}" type="{kind}">{_e(label("event_feed", lang))}</a>'
    return _e(label(key, lang)).format(shown=shown, total=total, calendar=calendar, feed=feed)


def _anchor(prefix: str, spec: FeedSpec) -> str:
    """The id of a feed's (or calendar's) article: `feed-site`, `calendar/themes/x`."""
    return f"{prefix}/{_e(encode_path(spec.folder))}" if spec.folder else f"{prefix}-site"


def _feed_link(spec: FeedSpec, fmt: str, name: str, kind: str) -> str:
    return (f'<li><a href="{_href(spec, name)}" type="{kind}">{_e(fmt)}</a> '
            f"<code>{_e(spec.url(name))}</code></li>")


def _formats(spec: FeedSpec, lang: str) -> list[tuple[str, str, str]]:
    """(title suffix, file name, media type) of each feed `spec` is written as."""
    formats = list(FEED_FORMATS)
    if spec.has_events:
        events = label("events", lang)
        formats += [(f"{events}, {fmt}", name, kind) for fmt, name, kind in EVENT_FEED_FORMATS]
    return formats


def _href(spec: FeedSpec, name: str) -> str:
    """The relative, percent-encoded, HTML-escaped link to a file of `spec`."""
    return _e(encode_path(spec.path(name)))


def _iso(event: Event) -> str:
    if isinstance(event.start, datetime):
        return event.start.astimezone(zone(event.timezone)).isoformat()
    return event.start.isoformat()


def _lang_attr(spec: FeedSpec, page_lang: str) -> str:
    """A theme's title and description are in its language; other feeds' in the site's."""
    return _lang(spec.lang if spec.kind == "theme" else page_lang, page_lang)


def _lang(text_lang: str, page_lang: str) -> str:
    return f' lang="{_e(text_lang)}"' if text_lang != page_lang else ""


def _e(text: str) -> str:
    return escape(text, quote=True)
