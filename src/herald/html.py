"""Post bodies as safe HTML with absolute links, and as plain text for summaries."""

from __future__ import annotations

import html as htmllib
import re
from functools import lru_cache
from types import SimpleNamespace
from typing import Any

import nh3
from markdown_it import MarkdownIt, helpers
from markdown_it.common.normalize_url import normalizeLink
from markdown_it.common.utils import unescapeAll
from markdown_it.rules_block.paragraph import paragraph
from markdown_it.rules_block.state_block import StateBlock
from markdown_it.rules_core.state_core import StateCore
from markdown_it.token import Token

from herald.urls import resolve, well_formed

_URL_ATTRIBUTES = {"href", "src", "poster", "cite", "action"}
_TAG = re.compile(r"<[^>]*>")
_SPACE = re.compile(r"\s+")
_PARAGRAPH = re.compile(r"<p>(.*?)</p>", re.S)
# characters XML 1.0 forbids (C0 controls but tab, LF, CR; surrogates; U+FFFE/U+FFFF)
_XML_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_SAFE_SCHEMES = {"http", "https", "mailto", "tel", "webcal", "ftp", "ftps", "geo", "sms"}


# Rules that can act only where a document holds one of these: a document without them
# is parsed by a parser without those rules (the same tokens, fewer rules tried).
_RULE_MARKS = {
    "table": ("|",), "fence": ("```", "~~~"), "blockquote": (">",), "html_block": ("<",),
    "heading": ("#",), "reference": ("]:",), "backticks": ("`",), "strikethrough": ("~~",),
    "escape": ("\\",), "autolink": ("<",), "html_inline": ("<",), "entity": ("&",),
    "image": ("![",), "link": ("[",),
}


def _markdown_for(body: str) -> MarkdownIt:
    """The parser for `body`: without the rules it holds no mark for."""
    return _markdown(frozenset(rule for rule, marks in _RULE_MARKS.items()
                               if not any(mark in body for mark in marks)))


@lru_cache(maxsize=64)
def _markdown(unused: frozenset[str] = frozenset()) -> MarkdownIt:
    md = MarkdownIt("commonmark", {"html": True}).enable("table").enable("strikethrough")
    # Shortcuts past work whose outcome is known in advance; each gives the very tokens
    # the general code gives (benchmarks/read_equivalence.py compares them).
    md.block.ruler.before("table", "one_line_paragraph", _one_line_paragraph)
    md.core.ruler.at("inline", _inline)
    md.normalizeLink = _normalize_link  # type: ignore[method-assign]
    md.helpers = SimpleNamespace(parseLinkLabel=helpers.parseLinkLabel,  # type: ignore[assignment]
                                 parseLinkDestination=_link_destination,
                                 parseLinkTitle=helpers.parseLinkTitle)
    return md.disable(list(unused))


# What a line must start with (after < 4 spaces of indent) to be anything but a paragraph:
# fence, blockquote, thematic break, list item, link reference, HTML block, ATX heading.
_BLOCK_STARTS = frozenset("`~>*-_+[<#0123456789")


def _one_line_paragraph(state: StateBlock, start: int, end: int, silent: bool) -> bool:
    """A paragraph of one line followed by a blank line (or nothing), that starts with a
    character no other block can start with. A table or a setext heading needs a second
    line, so every other block rule would refuse it: go straight to the paragraph rule."""
    if start + 1 < state.lineMax and not state.isEmpty(start + 1):
        return False
    pos = state.bMarks[start] + state.tShift[start]
    if (state.sCount[start] - state.blkIndent >= 4 or pos >= state.eMarks[start]
            or state.src[pos] in _BLOCK_STARTS):
        return False
    return paragraph(state, start, end, silent)


# Characters at which an enabled inline rule can act: line break, `\` escape, code span,
# strikethrough, emphasis, link, image, autolink or inline HTML, character reference.
_INLINE_MARKUP = re.compile(r"[\n!&*<\[\\_`~]")


def _inline(state: StateCore) -> None:
    """markdown-it's `inline` core rule, but text without markup becomes its one text token
    directly, as the inline parser would make it."""
    md = state.md
    for token in state.tokens:
        if token.type == "inline":
            if token.children is None:
                token.children = []
            content = token.content
            if content and _INLINE_MARKUP.search(content) is None:
                text = Token("text", "", 0)
                text.content = content
                token.children.append(text)
            else:
                md.inline.parse(content, md, state.env, token.children)


# A URL that markdown-it's normalizeLink returns unchanged: an http(s) URL whose host is
# plain ASCII labels (no port, user or IDN), or a path with no scheme or host; then only
# characters that mdurl.encode keeps as they are, and no `%`, `:` or `@`.
_PLAIN_LINK = re.compile(r"(?:https?://([A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63})*)(?![^/?#])"
                         r"|(?!//))[A-Za-z0-9;/?#&=+$,_.!~*'()-]*")


def _normalize_link(url: str) -> str:
    match = _PLAIN_LINK.fullmatch(url)
    if match and (match.end(1) - match.start(1)) <= 255:  # longer hosts are dropped
        return url
    return normalizeLink(url)


# A link destination of plain characters: none that parseLinkDestination treats apart
# (`<` first, `\\` escapes, nested `(`, `)`), and no space or control character.
_PLAIN_DESTINATION = re.compile(r"[^\x00-\x20\x7f<\\()]+")


class _Destination:
    __slots__ = ("ok", "pos", "str")

    def __init__(self, end: int, text: str) -> None:
        self.ok, self.pos, self.str = True, end, text


def _link_destination(string: str, pos: int, maximum: int) -> Any:
    """markdown-it's parseLinkDestination, sooner for a destination of plain characters
    that ends where it stops: at the end, a space or control character, or `)`."""
    match = _PLAIN_DESTINATION.match(string, pos, maximum)
    if match:
        end = match.end()
        if end == maximum or string[end] in " )" or string[end] < " " or string[end] == "\x7f":
            return _Destination(end, unescapeAll(string[pos:end]))
    return helpers.parseLinkDestination(string, pos, maximum)


def render_body(body: str, *, is_html: bool, page_url: str) -> str:
    """The body as sanitised HTML whose links and images are absolute."""
    raw = body if is_html else _markdown_for(body).render(body)
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
