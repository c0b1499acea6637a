"""kramdown's parsers of HTML in the block reader (parse_block_html and parse_raw_html), mixed
into the block reader: a comment, or an element of a block-level tag whose content model (or
markdown attribute) decides whether its content is raw HTML, Markdown blocks or Markdown text."""

from __future__ import annotations

import re

from herald.load.markdown.html_text import escaped_text, html_attributes
from herald.load.markdown.reader import NESTING_AT_MOST, Reader
from herald.load.markdown.syntax import (
    HTML_COMMENT,
    HTML_ELEMENTS,
    HTML_TAG,
    HTML_TAG_CLOSE,
    MARKDOWN_ATTRIBUTE,
    SPAN_ELEMENTS,
    UNAME,
    VOID_ELEMENTS,
    S,
    content_model,
    element_name,
    html_attributes_of,
)
from herald.load.markdown.tree import Block

_HTML_BLOCK_START = re.compile(rf" {{0,3}}<({UNAME}|!--|/)")
_HTML_INSTRUCTION = re.compile(r"<\?(.*?)\?>", re.S)
_HTML_RAW_START = re.compile(rf"<(?:{UNAME}|/|!--|\?)")
_TRAILING_WHITESPACE = re.compile(r"[ \t]*\n")


class HtmlBlockParsers(Reader):
    """The block reader's parsers of HTML blocks."""

    def block_html(self) -> bool:
        """kramdown's parse_block_html: a comment, or an element of a block-level tag."""
        src = self.src
        if not (start := _HTML_BLOCK_START.match(src, self.pos)):
            return False
        if start[1] == "!--":
            if src.find("-->", self.pos) < 0 or not (comment := HTML_COMMENT.match(src, self.pos)):
                return False
            self.pos = comment.end()
            self.blocks.append(Block("rawhtml", comment[0] + "\n"))
            if match := _TRAILING_WHITESPACE.match(src, self.pos):
                self.pos = match.end()
            return True
        if start[1] == "/":
            close = HTML_TAG_CLOSE.match(src, start.end() - 2)
            if close is not None and close[1].lower() not in SPAN_ELEMENTS \
                    and self.stop_tag is not None and element_name(close[1]) == self.stop_tag:
                self.pos = close.end()
                self.stopped = True
                return True
            return False
        tag = HTML_TAG.match(src, start.end() - len(start[1]) - 1)
        if tag is None or tag[1].lower() in SPAN_ELEMENTS:
            return False
        self.pos = tag.end()
        self.html_element(tag)
        return True

    def html_element(self, tag: re.Match[str]) -> None:
        """kramdown's handle_kramdown_html_tag: the element's content model decides whether its
        content is raw HTML, Markdown blocks or Markdown text."""
        src = self.src
        name = element_name(tag[1])
        attrs = html_attributes_of(tag[2], name in HTML_ELEMENTS)
        closed = tag[4] is not None or name in VOID_ELEMENTS
        model = content_model(name) if self.rendering.parse_block_html else "raw"
        wanted = MARKDOWN_ATTRIBUTE.get(attrs.pop("markdown", ""), "")
        if wanted:
            model = content_model(name) if wanted == "default" else wanted
        block = Block("html", name)
        self.add(block)
        if name in ("script", "style"):
            end = re.compile(rf"</{re.escape(name)}{S}*>", re.I).search(src, self.pos)
            body = src[self.pos:end.start() if end else len(src)]
            self.pos = end.end() if end else len(src)
            block.extra = ("raw", attrs, [body])
            return
        if model == "block" and (match := _TRAILING_WHITESPACE.match(src, self.pos)):
            self.pos = match.end()
        if closed:
            block.extra = ("closed" if model == "raw" or name in VOID_ELEMENTS else "empty",
                           attrs, "")
            return
        if model == "block":
            inner = self.reader_at(self.pos, name, self.depth + 1)
            block.children = inner.read()
            self.pos = inner.pos
            block.extra = ("block", attrs, "")
        elif model == "span":
            end = re.compile(rf"</{re.escape(name)}{S}*>", re.I).search(src, self.pos)
            block.extra = ("span", attrs, src[self.pos:end.start() if end else len(src)])
            self.pos = end.end() if end else len(src)
        else:
            body, self.pos = self.raw_html(self.pos, name, self.depth)
            block.extra = ("raw", attrs, body)
        if match := _TRAILING_WHITESPACE.match(src, self.pos):
            self.pos = match.end()

    def raw_html(self, pos: int, name: str, depth: int = 0) -> tuple[list[str | Block], int]:
        """kramdown's parse_raw_html for the element `name` whose start tag ends at pos: the
        HTML its converter writes for the content (tags nested by name, stray end tags as
        text), with the content of elements marked markdown="1" as blocks to render; and the
        position after the end tag."""
        src = self.src
        if depth > NESTING_AT_MOST:  # deeper than any page: the rest is text
            return [escaped_text(src[pos:])], len(src)
        parts: list[str | Block] = []
        case_blind = name in HTML_ELEMENTS
        while True:
            if not (start := _HTML_RAW_START.search(src, pos)):
                parts.append(escaped_text(src[pos:]))
                return parts, len(src)
            parts.append(escaped_text(src[pos:start.start()]))
            pos = start.start()
            if match := HTML_COMMENT.match(src, pos) or _HTML_INSTRUCTION.match(src, pos):
                parts.append(match[0])
                pos = match.end()
            elif tag := HTML_TAG.match(src, pos):
                pos = self.raw_element(tag, parts, depth)
            elif close := HTML_TAG_CLOSE.match(src, pos):
                pos = close.end()
                if (close[1].lower() if case_blind else close[1]) == name:
                    return parts, pos
                parts.append(escaped_text(close[0]))
            else:
                parts.append("&lt;")
                pos += 1

    def raw_element(self, tag: re.Match[str], parts: list[str | Block], depth: int) -> int:
        """An element inside raw HTML: raw itself, unless marked markdown="1" (or "block",
        "span")."""
        src = self.src
        pos = tag.end()
        name = element_name(tag[1])
        attrs = html_attributes_of(tag[2], name in HTML_ELEMENTS)
        wanted = MARKDOWN_ATTRIBUTE.get(attrs.pop("markdown", ""), "raw")
        model = content_model(name) if wanted == "default" else wanted
        opening = f"<{name}{html_attributes(attrs)}"
        if name in ("script", "style"):
            end = re.compile(rf"</{re.escape(name)}{S}*>", re.I).search(src, pos)
            parts.append(f"{opening}>{src[pos:end.start() if end else len(src)]}</{name}>")
            return end.end() if end else len(src)
        if tag[4] is not None or name in VOID_ELEMENTS:
            parts.append(opening + (" />" if model == "raw" or name in VOID_ELEMENTS
                                    else f"></{name}>"))
            return pos
        if model == "block":
            if match := _TRAILING_WHITESPACE.match(src, pos):
                pos = match.end()
            inner = self.reader_at(pos, name, depth + 1)
            parts.extend((opening + ">\n", Block("group", children=inner.read()),
                          f"</{name}>"))
            return inner.pos
        if model == "span":
            end = re.compile(rf"</{re.escape(name)}{S}*>", re.I).search(src, pos)
            text = src[pos:end.start() if end else len(src)]
            parts.extend((opening + ">", Block("p", text), f"</{name}>"))
            return end.end() if end else len(src)
        inner_parts, pos = self.raw_html(pos, name, depth + 1)
        parts.append(opening + ">")
        parts.extend(inner_parts)
        parts.append(f"</{name}>")
        return pos
