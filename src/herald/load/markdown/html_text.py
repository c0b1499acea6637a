"""Text and attributes made HTML the way kramdown's converter escapes them; the marks of
placeholders (U+2E2B-U+2E2D) are escaped too, so that no text can pass for a placeholder."""

from __future__ import annotations

import html
import re

_REFERENCE = r"&(?:[\w:][-\w.:]*;|#\d+;|#x[0-9a-fA-F]+;)"
_ESCAPE_TEXT = re.compile(rf"{_REFERENCE}|[<>&\u2e2b-\u2e2d]", re.A)
_ESCAPE_ATTRIBUTE = re.compile(rf"{_REFERENCE}|[<>&\"\u2e2b-\u2e2d]", re.A)
_ESCAPE_ALL = re.compile("[<>&\u2e2b-\u2e2d]")
TAGS = re.compile(r"(<[^>]*>)")
_ESCAPES = {"<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;", "\u2e2b": "&#x2e2b;",
            "\u2e2c": "&#x2e2c;", "\u2e2d": "&#x2e2d;"}


def escaped_text(text: str) -> str:
    """kramdown's escape_html(text, :text): <, > and & that do not start an entity."""
    return _ESCAPE_TEXT.sub(lambda m: _ESCAPES.get(m[0], m[0]), text)


def escaped_attribute(text: str) -> str:
    """kramdown's escape_html(text, :attribute): the same, and double quotes."""
    return _ESCAPE_ATTRIBUTE.sub(lambda m: _ESCAPES.get(m[0], m[0]), text)


def escaped_html(text: str) -> str:
    """kramdown's escape_html(text): every <, > and &."""
    return _ESCAPE_ALL.sub(lambda m: _ESCAPES[m[0]], text)


def html_attributes(attrs: dict[str, str]) -> str:
    """kramdown's html_attributes: ` k="v"` each, an empty id left out."""
    if not attrs:
        return ""
    return "".join(f' {k}="{escaped_attribute(v)}"' for k, v in attrs.items()
                   if not (k == "id" and not v.strip()))


def with_attributes(tag: str, attrs: dict[str, str]) -> str:
    """A start tag with attrs added: classes appended, other values replaced."""
    for key, value in attrs.items():
        existing = re.search(rf'\s{re.escape(key)}="([^"]*)"', tag)
        if key == "class" and existing:
            value = f"{html.unescape(existing[1])} {value}".strip()
        attribute = f' {key}="{escaped_attribute(value)}"'
        if existing:
            tag = tag[:existing.start()] + attribute + tag[existing.end():]
        else:
            end = len(tag) - (3 if tag.endswith(" />") else 2 if tag.endswith("/>") else 1)
            tag = tag[:end] + attribute + tag[end:]
    return tag


def escaped_text_between_tags(text: str) -> str:
    """The content of a span element kramdown does not parse: tags kept, text escaped."""
    parts = TAGS.split(text)
    return "".join(part if index % 2 else escaped_text(part) for index, part in enumerate(parts))
