"""head.html: the autodiscovery `<link>` tags of the site's feeds and calendar, for a layout to
include in its `<head>`, as jekyll-feed's `{% feed_meta %}` gives one."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from herald.model import Site
from herald.plan.feeds import CALENDAR_NAME, EVENT_FEED_FORMATS, FEED_FORMATS, FeedSpec
from herald.render.localize import label


def render_head(site: Site, specs: Sequence[FeedSpec]) -> bytes:
    """The site's feeds (and its events' feeds), each language's where it has several, and
    the site's calendar, with absolute URLs: the page including them may be anywhere."""
    main = specs[0]
    languages = [spec for spec in specs if spec.kind == "lang"]
    lang = site.config.lang
    tags = [_link(main, f"{main.title} ({fmt})", name, kind) for fmt, name, kind in FEED_FORMATS]
    events = label("events", lang)
    tags += [_link(main, f"{main.title} – {events} ({fmt})", name, kind)
             for fmt, name, kind in EVENT_FEED_FORMATS]
    if len(languages) > 1:
        tags += [_link(spec, spec.title, FEED_FORMATS[0][1], FEED_FORMATS[0][2], spec.lang)
                 for spec in languages]
    tags.append(_link(main, f"{main.title} – {label('calendar', lang)}", CALENDAR_NAME,
                      "text/calendar"))
    return ("\n".join(tags) + "\n").encode("utf-8")


def _link(spec: FeedSpec, title: str, name: str, kind: str, hreflang: str | None = None) -> str:
    lang = f' hreflang="{escape(hreflang)}"' if hreflang else ""
    return (f'<link rel="alternate" type="{kind}" title="{escape(title)}" '
            f'href="{escape(spec.url(name))}"{lang}>')
