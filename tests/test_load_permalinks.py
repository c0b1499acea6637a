"""Permalinks filled in and slugs made as Jekyll 4.3 makes them (see its Utils.slugify, URL
and UrlDrop); the documents fixture checks the whole against Jekyll itself."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from herald.load.config import PERMALINK_STYLES
from herald.load.permalinks import (
    category_slug,
    document_values,
    escape_path,
    expand,
    page_url,
    slugify,
)

WHEN = datetime(2021, 2, 3, 15, 34, tzinfo=ZoneInfo("Europe/Stockholm"))


@pytest.mark.parametrize(("text", "mode", "cased", "expected"), [
    ("webinar-om-decidim-3-mars", "pretty", True, "webinar-om-decidim-3-mars"),
    ("goteborg-stad:-gemensam-plattform-for-medborgar--inflytande.", "pretty", True,
     "goteborg-stad-gemensam-plattform-for-medborgar-inflytande."),
    ("lund-–-ekosociala", "pretty", True, "lund-ekosociala"),
    ("Digidem-Lab", "pretty", True, "Digidem-Lab"),
    ("Hello_World!", "default", False, "hello-world"),
    ("Möten i Göteborg", "default", False, "möten-i-göteborg"),
    ("Möten i Göteborg", "ascii", False, "m-ten-i-g-teborg"),
    ("Möten i Göteborg", "latin", False, "moten-i-goteborg"),
    ("a  b", "raw", False, "a-b"),
    ("Keep As Is", "none", True, "Keep As Is"),
])
def test_slugify_follows_jekyll(text, mode, cased, expected):
    assert slugify(text, mode, cased=cased) == expected


def test_a_category_slug_is_ascii_unless_nothing_ascii_is_left():
    assert category_slug("Members' Projects") == "members-projects"
    assert category_slug("日本") == "日本"


def values(categories=("Events",), slug="webinar"):
    return document_values(collection="posts", relative_path=f"_posts/2021-02-03-{slug}.md",
                           folder="_posts", basename=f"2021-02-03-{slug}", slug=slug,
                           categories=list(categories), date=WHEN, output_ext=".html")


@pytest.mark.parametrize(("template", "expected"), [
    ("/news/:title/", "/news/webinar/"),
    (PERMALINK_STYLES["pretty"], "/events/2021/02/03/webinar/"),
    (PERMALINK_STYLES["date"], "/events/2021/02/03/webinar.html"),
    (PERMALINK_STYLES["none"], "/events/webinar.html"),
    ("pretty", "/pretty"),  # a style's name is a style only in the site's settings
    ("/:categories/:year/:slug/", "/events/2021/webinar/"),
    ("/:year-:month-:day-:title/", "/2021-02-03-webinar/"),
    ("/:collection/:path:output_ext", "/posts/2021-02-03-webinar.html"),
    ("/:i_month/:i_day/:short_year/:y_day/:title_/", "/2/3/21/034/webinar_/"),
])
def test_permalink_templates_and_styles(template, expected):
    assert expand(template, values()) == expected


def test_categories_in_urls_are_lower_case_unique_and_escaped():
    assert expand("/:categories/:title/", values(["Single Name", "single name", "B"])) == (
        "/single%20name/b/webinar/")


def test_paths_are_escaped_as_jekyll_escapes_them():
    assert escape_path("weird!chars'") == "weird!chars'"
    assert escape_path("Åäö Unicode") == "%C3%85%C3%A4%C3%B6%20Unicode"
    assert escape_path("a#b") == "a%23b"


@pytest.mark.parametrize(("rel", "permalink", "style", "expected"), [
    ("about.md", None, "date", "/about.html"),
    ("about.md", None, "pretty", "/about/"),
    ("docs/index.md", None, "date", "/docs/"),
    ("feed.xml", None, "date", "/feed.xml"),
    ("x.md", "/custom/", "date", "/custom/"),
    ("about.md", None, "weekdate", "/about"),
    ("about.md", None, "/:title/", "/about/"),
    ("old.htm", None, "date", "/old.htm"),
])
def test_page_urls(rel, permalink, style, expected):
    ext = ".html" if rel.endswith(".md") else rel[rel.rindex("."):]
    assert page_url(rel, permalink, style, ext) == expected
