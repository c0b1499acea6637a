"""Post bodies as safe HTML with absolute links, and as plain text for summaries."""

from __future__ import annotations

import html as htmllib
import re
from functools import cache
from typing import Any

import nh3
from markdown_it import MarkdownIt

from herald.urls import resolve, well_formed

_URL_ATTRIBUTES = {"href", "src", "poster", "cite", "action"}
_TAG = re.compile(r"<[^>]*>")
_SPACE = re.compile(r"\s+")
_PARAGRAPH = re.compile(r"<p>(.*?)</p>", re.S)
# characters XML 1.0 forbids (C0 controls but tab, LF, CR; surrogates; U+FFFE/U+FFFF)
_XML_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_SAFE_SCHEMES = {"http", "https", "mailto", "tel", "webcal", "ftp", "ftps", "geo", "sms"}


@cache
def _markdown() -> MarkdownIt:
    return MarkdownIt("commonmark", {"html": True}).enable("table").enable("strikethrough")


def render_body(body: str, *, is_html: bool, page_url: str) -> str:
    """The body as sanitised HTML whose links and images are absolute."""
    raw = body if is_html else _markdown().render(body)
    return xml_safe(sanitise(raw, page_url))  # `&#1;` is decoded to a character XML forbids


def sanitise(raw: str, page_url: str) -> str:
    """Remove everything executable and make every URL absolute against `page_url`."""

    def absolute(tag: str, attribute: str, value: str) -> str | None:
        if attribute in _URL_ATTRIBUTES:
            return resolve(page_url, value) if well_formed(value.strip()) else None
        if attribute == "srcset":
            return None
        return value

    return nh3.clean(
        raw,
        attribute_filter=absolute,
        url_schemes=_SAFE_SCHEMES,
        link_rel=None,
        strip_comments=True,
    ).strip()


def plain_text(fragment: str) -> str:
    """Text of an HTML fragment on one line."""
    return xml_safe(_SPACE.sub(" ", htmllib.unescape(_TAG.sub(" ", fragment))).strip())


def first_paragraph(html: str) -> str:
    """The first non-empty paragraph of rendered HTML, as text."""
    for match in _PARAGRAPH.finditer(html):
        text = plain_text(match.group(1))
        if text:
            return text
    return plain_text(html)[:500]


def xml_safe(text: str) -> str:
    """`text` without the characters XML 1.0 cannot carry."""
    return _XML_FORBIDDEN.sub("", text)


def has_xml_forbidden(text: str) -> bool:
    return _XML_FORBIDDEN.search(text) is not None


def xml_safe_values(value: Any) -> Any:
    """Front matter with every string made `xml_safe`, at any depth."""
    if isinstance(value, str):
        return xml_safe(value)
    if isinstance(value, list):
        return [xml_safe_values(item) for item in value]
    if isinstance(value, dict):
        return {xml_safe_values(k): xml_safe_values(v) for k, v in value.items()}
    return value


def text_only(text: str) -> str:
    """`text` with any HTML markup (and what `<script>` or `<style>` hold) left out."""
    if "<" not in text:
        return text
    return xml_safe(htmllib.unescape(nh3.clean(text, tags=set()))).strip()
