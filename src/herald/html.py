"""Rendered bodies made safe (no scripts, absolute links) and XML-clean, and as plain text."""

from __future__ import annotations

import html as htmllib
import re
from typing import Any

import nh3

from herald.urls import resolve, well_formed

_URL_ATTRIBUTES = {"href", "src", "poster", "cite", "action"}
_TAG = re.compile(r"<[^>]*>")
_INLINE_TAG = re.compile(r"</?(?:a|abbr|b|bdi|bdo|cite|code|data|del|dfn|em|i|ins|kbd|mark|q|s|"
                         r"samp|small|span|strong|sub|sup|time|u|var)\b", re.I)
_SPACE = re.compile(r"\s+")
_PARAGRAPH = re.compile(r"<p>(.*?)</p>", re.S)
# characters XML 1.0 forbids (C0 controls but tab, LF, CR; surrogates; U+FFFE/U+FFFF)
_XML_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_SAFE_SCHEMES = {"http", "https", "mailto", "tel", "webcal", "ftp", "ftps", "geo", "sms"}


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
    """Text of an HTML fragment on one line: inline tags leave nothing, others a space."""
    text = _TAG.sub(lambda tag: "" if _INLINE_TAG.match(tag.group(0)) else " ", fragment)
    return xml_safe(_SPACE.sub(" ", htmllib.unescape(text)).strip())


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
    """Front matter with every string made `xml_safe`, at any depth: `value` itself when
    no string needs it, else a copy."""
    return _xml_safe_copy(value) if _holds_xml_forbidden(value) else value


def _holds_xml_forbidden(value: Any) -> bool:
    if isinstance(value, str):
        return _XML_FORBIDDEN.search(value) is not None
    if isinstance(value, list):
        return any(map(_holds_xml_forbidden, value))
    if isinstance(value, dict):
        return any(map(_holds_xml_forbidden, value)) or any(
            map(_holds_xml_forbidden, value.values()))
    return False


def _xml_safe_copy(value: Any) -> Any:
    if isinstance(value, str):
        return xml_safe(value)
    if isinstance(value, list):
        return [_xml_safe_copy(item) for item in value]
    if isinstance(value, dict):
        return {_xml_safe_copy(k): _xml_safe_copy(v) for k, v in value.items()}
    return value


def text_only(text: str) -> str:
    """`text` with any HTML markup (and what `<script>` or `<style>` hold) left out."""
    if "<" not in text:
        return text
    return xml_safe(htmllib.unescape(nh3.clean(text, tags=set()))).strip()
