"""The Markdown the general path gives pyromark for kramdown's blocks (`Emitter.blocks_markdown`):
paragraphs and headers stay Markdown with their inline text through the inline pass; lists
stay CommonMark lists where pyromark writes them as kramdown does; whatever else pulldown-cmark
would read differently or does not know (code, raw HTML, math, kramdown's tables, lists and
definition lists, IALs, footnotes, the TOC) becomes placeholders."""

from __future__ import annotations

import re
from dataclasses import replace

from herald.load.markdown.code import code_block_html, math_html
from herald.load.markdown.html_text import html_attributes
from herald.load.markdown.placeholders import EMPTY, WRAP_END, Token
from herald.load.markdown.spans import InlinePass
from herald.load.markdown.syntax import RUBY_SPACES
from herald.load.markdown.tree import Block

_TASK_BOX = re.compile(r"\s*\[([ xX])\]\s+")
_SPACES_LINE = re.compile(r"\n[ ]+\n")
# Lines of a paragraph that pulldown-cmark would take for the start of a block, and kramdown
# not: setext underlines, rules, `1)` items, lone `#`, HTML blocks of the kinds that interrupt.
_PROTECT = re.compile(
    r" {0,3}(?:(?:=+|-+)[ \t]*$|([*_-])[ \t]*\1[ \t]*\1[*_ \t-]*$|\d+\)|#{1,6}(?:[ \t]|$)|"
    r"<(?:!|\?|/?(?:script|option|textarea|style|pre)\b)|[`~]{3}|[-+*][ \t]*$)", re.I)
# ...and the first line of a paragraph: also any HTML (kramdown read it as text), empty items.
_PROTECT_FIRST = re.compile(
    r" {0,3}(?:<|\d+[.)][ \t]*$|\d+\)|#{1,6}(?:[ \t]|$)|[`~]{3}|[-+*][ \t]*$|\[[^\]]*\]:)",
    re.M)


class Emitter(InlinePass):
    """A rendering's blocks written as Markdown with placeholders."""

    def blocks_markdown(self, blocks: list[Block]) -> str:
        """The Markdown pyromark is to render for these blocks, a blank line after each."""
        parts = []
        previous = ""
        for block in blocks:
            if block.kind not in ("blank", "eob") and (part := self.block_markdown(block)):
                if block.kind == previous and block.kind in ("ul", "ol"):
                    parts.append(EMPTY + "\n\n")  # kramdown's two lists stay two
                parts.append(part + "\n\n")
                previous = block.kind
        return "".join(parts)

    def block_markdown(self, block: Block) -> str:
        kind = block.kind
        if kind == "p":
            return self.paragraph_markdown(block.text, self.attrs_of(block.ial))
        if kind == "h":
            text = self.inline_text(block.text)
            if attrs := self.attrs_of(block.ial):
                text = self.token(Token("wrap", attrs=attrs, name="h")) + text + WRAP_END
            return "#" * block.level + " " + text
        if kind == "code":
            return self.block_token(code_block_html(block.text, *block.extra,
                                                   self.attrs_of(block.ial), self.options))
        if kind == "hr":
            return self.block_token(f"<hr{html_attributes(self.attrs_of(block.ial))} />\n")
        if kind in ("ul", "ol"):
            return self.list_markdown(block)
        if kind == "dl":
            return self.definition_list_markdown(block)
        if kind == "bq":
            inner = self.blocks_markdown(block.children).rstrip("\n")
            quoted = "\n".join("> " + line if line else ">" for line in inner.split("\n"))
            if attrs := self.attrs_of(block.ial):
                self.has_next_tokens = True
                return self.token(Token("next", attrs=attrs, name="blockquote")) + "\n\n" \
                    + quoted
            return quoted
        if kind == "html":
            return self.html_element_markdown(block)
        if kind == "rawhtml":
            return self.block_token(block.text)
        if kind == "math":
            return self.block_token(math_html(block.text, self.attrs_of(block.ial), True,
                                             self.options))
        if kind == "table":
            return self.table_markdown(block)
        if kind == "linkdef":
            return block.text
        return ""

    def paragraph_markdown(self, text: str, attrs: dict[str, str], tag: str = "p",
                  close: str | None = None) -> str:
        """A paragraph of inline text; wrapped into `tag` with attrs unless a plain <p>."""
        body = self.inline_text(text)
        if tag == "p" and not attrs and close is None:
            if _PROTECT_FIRST.match(body):
                body = _protected(body)
            return _protected_lines(body)
        return self.wrap(f"<{tag}{html_attributes(attrs)}>",
                         f"</{tag}>" if close is None else close, _protected_lines(body))

    def paragraph_body_markdown(self, text: str) -> str:
        """The inline text of a paragraph that follows a placeholder."""
        return _protected_lines(self.inline_text(text))

    def list_markdown(self, block: Block) -> str:
        """A list (the TOC, or where the footnotes go, when its IAL says so) as kramdown writes
        it: items with or without <p>, task boxes as kramdown-parser-gfm makes them."""
        attrs = self.attrs_of(block.ial)
        refs = block.ial.refs if block.ial is not None else []
        if "toc" in refs:
            self.wants_toc = True
            return self.token(Token("block", name="toc", attrs=attrs, literal=block.kind))
        if "footnotes" in refs:
            return self.token(Token("block", name="footnotes"))
        if not attrs and (markdown := self.commonmark_list(block)) is not None:
            return markdown
        task_list = False
        parts = []
        for item in block.items:
            item_attrs = self.attrs_of(item.ial)
            blocks = list(item.blocks)
            box = ""
            if blocks and blocks[0].kind == "p" and (
                    match := _TASK_BOX.match(blocks[0].text)):
                box = self.inline('<input type="checkbox" class="task-list-item-checkbox" '
                                  'disabled="disabled" '
                                  + ('checked="checked" ' if match[1] != " " else "") + "/>", "")
                blocks[0] = replace(blocks[0], text=blocks[0].text[match.end():])
                task_list = True
            if task_list:
                item_attrs["class"] = "task-list-item"
            parts.append(self.item_markdown(f"<li{html_attributes(item_attrs)}>", "</li>\n", blocks,
                                        item.transparent, box))
        if task_list:
            attrs["class"] = "task-list"
        opening = self.block_token(f"<{block.kind}{html_attributes(attrs)}>\n")
        return "\n\n".join((opening, *parts, self.block_token(f"</{block.kind}>\n")))

    def commonmark_list(self, block: Block) -> str | None:
        """The list as a CommonMark list, when pyromark writes that as kramdown writes the list:
        all items tight (a paragraph and perhaps a list) or all loose, no IALs, no task boxes."""
        items = block.items
        tight = all(item.transparent for item in items)
        if not tight and any(item.transparent for item in items):
            return None
        marker = "- " if block.kind == "ul" else "1. "
        indent = " " * len(marker)
        out = []
        for item in items:
            blocks = item.blocks
            if item.ial is not None or not blocks or blocks[0].kind != "p" \
                    or blocks[0].ial is not None or _TASK_BOX.match(blocks[0].text):
                return None
            if tight:
                if len(blocks) > 2:
                    return None
                body = self.paragraph_markdown(blocks[0].text, {})
                if len(blocks) == 2:
                    nested = blocks[1]
                    if nested.kind not in ("ul", "ol") or nested.ial is not None or (
                            sub := self.commonmark_list(nested)) is None:
                        return None
                    body += "\n" + sub
            else:
                body = self.blocks_markdown(blocks).rstrip("\n")
            out.append(marker + body.replace("\n", "\n" + indent))
        text = ("\n" if tight else "\n\n").join(out)
        return _SPACES_LINE.sub("\n\n", text) if " \n" in text else text

    def item_markdown(self, opening: str, closing: str, blocks: list[Block], transparent: bool,
                  box: str = "") -> str:
        """An li or dd: its first paragraph without <p> when transparent."""
        if transparent and blocks and blocks[0].kind == "p":
            rest = self.blocks_markdown(blocks[1:])
            first = self.wrap(opening, "\n" if rest else closing,
                              box + self.paragraph_body_markdown(blocks[0].text))
            return first + "\n\n" + rest + self.block_token(closing) if rest else first
        if box and blocks and blocks[0].kind == "p":
            inner = self.wrap("<p>", "</p>", box + self.paragraph_body_markdown(blocks[0].text)) \
                + "\n\n" + self.blocks_markdown(blocks[1:])
        else:
            inner = self.blocks_markdown(blocks)
        if not inner:
            return self.block_token(opening + closing)
        return self.block_token(opening + "\n") + "\n\n" + inner + self.block_token(closing)

    def definition_list_markdown(self, block: Block) -> str:
        parts = [self.block_token(f"<dl{html_attributes(self.attrs_of(block.ial))}>\n")]
        for item in block.items:
            opening = f"<{item.tag}{html_attributes(self.attrs_of(item.ial))}>"
            if item.tag == "dt":
                parts.append(self.wrap(opening, "</dt>\n", self.paragraph_body_markdown(item.text)))
            else:
                parts.append(self.item_markdown(opening, "</dd>\n", item.blocks, item.transparent))
        parts.append(self.block_token("</dl>\n"))
        return "\n\n".join(parts)

    def html_element_markdown(self, block: Block) -> str:
        """An HTML element: raw HTML, or Markdown blocks or text between its tags."""
        name = block.text
        model, attrs, body = block.extra
        opening = f"<{name}{html_attributes(self.attrs_of(block.ial, attrs))}"
        if model == "closed":
            return self.block_token(opening + " />\n")
        if model == "empty":
            return self.block_token(f"{opening}></{name}>\n")
        if model == "raw":
            return self.raw_html_markdown([opening + ">", *body, f"</{name}>\n"])
        if model == "span":
            return self.wrap(opening + ">", f"</{name}>\n", self.paragraph_body_markdown(
                re.sub(r"\n[ \t]*\n", "\n", body.strip(RUBY_SPACES))))
        inner = self.blocks_markdown(block.children)
        return self.block_token(opening + ">\n") + "\n\n" + inner + self.block_token(
            f"</{name}>\n")

    def raw_html_markdown(self, parts: list[str | Block]) -> str:
        """Raw HTML with Markdown inside (elements marked markdown="1" in raw HTML)."""
        out: list[str] = []
        pending: list[str] = []
        for part in parts:
            if isinstance(part, str):
                pending.append(part)
                continue
            if pending:
                out.append(self.block_token("".join(pending)))
                pending = []
            if part.kind == "group":
                out.append(self.blocks_markdown(part.children).rstrip("\n"))
            else:
                out.append(self.wrap("", "", self.paragraph_body_markdown(
                    re.sub(r"\n[ \t]*\n", "\n", part.text.strip(RUBY_SPACES)))))
        if pending:
            out.append(self.block_token("".join(pending)))
        return "\n\n".join(part for part in out if part)

    def table_markdown(self, block: Block) -> str:
        sections, alignment = block.extra
        parts = [self.block_token(f"<table{html_attributes(self.attrs_of(block.ial))}>\n")]
        for kind, rows in sections:
            parts.append(self.block_token(f"<{kind}>\n"))
            cell_tag = "th" if kind == "thead" else "td"
            for row in rows:
                parts.append(self.block_token("<tr>\n"))
                for cell, align in zip(row, alignment, strict=False):
                    opening = f"<{cell_tag}" + (
                        "" if align == "default" else f' style="text-align: {align}"') + ">"
                    if cell:
                        parts.append(self.wrap(opening, f"</{cell_tag}>\n",
                                               self.paragraph_body_markdown(cell)))
                    else:
                        parts.append(self.block_token(f"{opening}\u00a0</{cell_tag}>\n"))
                parts.append(self.block_token("</tr>\n"))
            parts.append(self.block_token(f"</{kind}>\n"))
        parts.append(self.block_token("</table>\n"))
        return "\n\n".join(parts)

    def footnote_bodies_markdown(self) -> str:
        """Every footnote's blocks, between placeholders, after the document."""
        return "".join(self.token(Token("fn", name=name)) + "\n\n" + self.blocks_markdown(blocks)
                       + self.token(Token("fn")) + "\n\n"
                       for name, blocks in self.footnotes.items())


def _protected(line: str) -> str:
    """The line with an empty placeholder before its first mark, so that pulldown-cmark reads
    it as text (as kramdown does) and not as the start of a block."""
    indent = len(line) - len(line.lstrip(" "))
    return line[:indent] + EMPTY + line[indent:]


def _protected_lines(body: str) -> str:
    """A paragraph's lines after the first protected where pulldown-cmark would start a block
    (a setext underline, a rule, `1)`, an HTML block...) and kramdown reads on."""
    if "\n" not in body:
        return body
    lines = body.split("\n")
    for index in range(1, len(lines)):
        if _PROTECT.match(lines[index]):
            lines[index] = _protected(lines[index])
    return "\n".join(lines)
