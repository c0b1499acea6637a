"""kramdown's list parsers (parse_list, parse_definition_list), mixed into the block reader:
which lines make a list, each item's blocks, and which items write their first paragraph
without <p>; a fast way through lists of plain one-line items."""

from __future__ import annotations

import re
from dataclasses import dataclass

from herald.load.markdown.attributes import Ial, attribute_list
from herald.load.markdown.reader import NESTING_AT_MOST, Reader
from herald.load.markdown.syntax import (
    ALD_ANY_CHARS,
    ALD_ID_NAME,
    BLANK_LINE,
    DEFINITION_LIST_START,
    EOB_MARKER,
    HR_START,
    IAL_BLOCK,
    LAZY_END_HTML_START,
    LAZY_END_HTML_STOP,
    LIST_START_OL,
    LIST_START_UL,
    RUBY_SPACES,
)
from herald.load.markdown.tree import Block, Item


class ListParsers(Reader):
    """The block reader's parsers of lists and definition lists."""

    def list(self) -> bool:
        """kramdown's parse_list: which lines make the list, each item's blocks, and which
        items write their first paragraph without <p>."""
        if self.simple_list():
            return True
        src = self.src
        kind = "ul"
        if not LIST_START_UL.match(src, self.pos):
            kind = "ol"
            if not LIST_START_OL.match(src, self.pos):
                return False
        block = Block(kind)
        self.add(block)
        values: list[list[str]] = []
        start_re: re.Pattern[str] = LIST_START_UL if kind == "ul" else LIST_START_OL
        lines = _ListLines(0)
        content, lazy, indent = lines.content, lines.lazy, ""
        last_is_blank = nested_found = eob_found = False
        pos, end = self.pos, len(src)
        while pos < end:
            first = src[pos]
            if last_is_blank and first in " *-_" and HR_START.match(src, pos):
                break
            if first == "^" and (match := EOB_MARKER.match(src, pos)):
                pos = match.end()
                eob_found = True
                break
            if first in _ITEM_STARTS_WITH and (match := start_re.match(src, pos)):
                pos = match.end()
                text, lines = _first_list_line(len(match[1]), match[2])
                content, lazy, indent = lines.content, lines.lazy, " " * lines.indentation
                text, ial = _item_ial(text)
                block.items.append(Item("li", ial=ial))
                values.append([text])
                start_re = _list_pattern(kind, lines.indentation)
                nested_found = _list_start(text)
                last_is_blank = False
            elif line := content.match(src, pos) or (None if last_is_blank
                                                     else lazy.match(src, pos)):
                pos = line.end()
                text = _tabs_expanded(line[0])
                indented = text.startswith(indent)
                stripped = text[len(indent):] if indented else text
                if not nested_found and indented and _list_start(stripped):
                    values[-1].append("")
                    nested_found = True
                elif nested_found and not indented and _list_start(stripped):
                    stripped = " " * (lines.indentation + 4) + stripped
                values[-1][-1] += stripped
                last_is_blank = False
            elif first in " \t\n\v\f\r" and (blank := BLANK_LINE.match(src, pos)):
                pos = blank.end()
                nested_found = last_is_blank = True
                values[-1][-1] += blank[0]
            else:
                break
        self.pos = pos
        trailing_blank: Block | None = None
        items = block.items
        for index, (item, parts) in enumerate(zip(items, values, strict=True)):
            for part in parts:
                item.blocks.extend(_plain_paragraph(part, self.depth < NESTING_AT_MOST)
                                   or self.read_nested(part))
            children = item.blocks
            if not children:
                continue
            is_last = index == len(items) - 1
            if len(children) >= 2 and children[0].kind == "p" and children[0].ial is not None \
                    and children[1].kind == "eob":
                del children[1]
            item.transparent = children[0].kind == "p" and (
                len(children) < 2 or children[1].kind != "blank"
                or (is_last and len(children) == 2 and not eob_found)) and (
                not is_last or len(items) == 1
                or any(not other.blocks or other.blocks[0].kind != "p" or other.transparent
                       for other in items[:-1]))
            trailing_blank = children.pop() if children[-1].kind == "blank" else None
        block.extra = eob_found
        if trailing_blank is not None and not eob_found:
            self.blocks.append(trailing_blank)
        return True

    def simple_list(self) -> bool:
        """A list of one-line items of plain text, then a blank line or the end (the most
        common list): what parse_list makes of it, without its line rules."""
        src = self.src
        if not (match := _SIMPLE_LIST.match(src, self.pos)):
            return False
        end = match.end()
        after = BLANK_LINE.match(src, end)
        if after is None and end < len(src):
            return False  # a lazy line, or a block kramdown reads into the last item
        following = after.end() if after else end
        if following < len(src) and (src[following] in " \t" or (
                LIST_START_UL.match(src, following) or LIST_START_OL.match(src, following))):
            return False
        lines = match[0].split("\n")[:-1]
        first = _SIMPLE_ITEM.match(lines[0])
        assert first is not None
        indent, ordered = first[1], first[2][0].isdigit()
        items = []
        for line in lines:
            item = _SIMPLE_ITEM.match(line)
            if item is None or item[1] != indent or item[2][0].isdigit() != ordered \
                    or item[3].startswith("[^") or _LINK_DEFINITION_LIKE.match(item[3]) \
                    or (item[3][0].isdigit() and LIST_START_OL.match(item[3])):
                return False
            items.append(Item("li", [Block("p", item[3].rstrip(RUBY_SPACES))], transparent=True))
        self.pos = following
        self.add(Block("ol" if ordered else "ul", items=items, extra=False))
        if after:
            self.blocks.append(Block("blank", after[0]))
        return True

    def definition_list(self) -> bool:
        """kramdown's parse_definition_list: the paragraph before becomes the terms."""
        src = self.src
        blocks = self.blocks
        if not DEFINITION_LIST_START.match(src, self.pos) or not blocks or (
                len(blocks) == 1 and blocks[-1].kind != "p") or (
                len(blocks) >= 2 and blocks[-1].kind != "p" and (
                    blocks[-1].kind != "blank" or blocks[-1].text != "\n"
                    or blocks[-2].kind != "p")):
            return False
        first_as_para = False
        para = blocks.pop()
        if para.kind == "blank":
            para = blocks.pop()
            first_as_para = True
        deflist = Block("dl", ial=para.ial)
        for term in para.text.split("\n"):
            text, ial = _item_ial(term)
            deflist.items.append(Item("dt", text=text, ial=ial))
        definitions: list[tuple[Item, list[str], bool]] = []
        start_re = DEFINITION_LIST_START
        lines = _ListLines(0)
        last_is_blank = False
        while self.pos < len(src):
            if match := start_re.match(src, self.pos):
                self.pos = match.end()
                text, lines = _first_list_line(len(match[1]), match[2])
                text, ial = _item_ial(text)
                item = Item("dd", ial=ial)
                deflist.items.append(item)
                definitions.append((item, [text], first_as_para))
                start_re = _list_pattern("dl", lines.indentation)
                first_as_para = last_is_blank = False
            elif EOB_MARKER.match(src, self.pos):
                break
            elif line := lines.line(src, self.pos, last_is_blank):
                self.pos = line.end()
                text = _tabs_expanded(line[0])
                definitions[-1][1].append(lines.indent.sub("", text, count=1))
                first_as_para = last_is_blank = False
            elif blank := BLANK_LINE.match(src, self.pos):
                self.pos = blank.end()
                definitions[-1][1].append(blank[0])
                first_as_para = last_is_blank = True
            else:
                break
        trailing_blank: Block | None = None
        for item, parts, as_para in definitions:
            item.blocks = self.read_nested("".join(parts))
            if not item.blocks:
                continue
            trailing_blank = item.blocks.pop() if item.blocks[-1].kind == "blank" else None
            item.transparent = bool(item.blocks) and item.blocks[0].kind == "p" and not as_para
        if blocks and blocks[-1].kind == "dl":
            blocks[-1].items.extend(deflist.items)
        elif len(blocks) >= 2 and blocks[-1].kind == "blank" and blocks[-2].kind == "dl":
            blocks.pop()
            blocks[-1].items.extend(deflist.items)
        else:
            blocks.append(deflist)
        if trailing_blank is not None:
            blocks.append(trailing_blank)
        return True


_LIST_ITEM_IAL = re.compile(
    rf"\s*(?:\{{:(?!(?:{ALD_ID_NAME})?:|/)({ALD_ANY_CHARS}+)\}})\s*")
_LIST_ITEM_IAL_CHECK = re.compile(
    rf"(?:\s*(?:\{{:(?!(?:{ALD_ID_NAME})?:|/)({ALD_ANY_CHARS}+)\}})\s*)?\s*\n")
_LEADING_TABS = re.compile(r"( *)(\t+)")
_LEADING_TAB_RUN = re.compile(r"^\t+")
_LAZY_LINES = tuple(re.compile(rf"(?! {{0,{spaces}}}(?:{IAL_BLOCK}|{LAZY_END_HTML_STOP}|"
                               rf"{LAZY_END_HTML_START})).*\S.*\n") for spaces in range(4))


@dataclass(frozen=True)
class _ListLines:
    """What belongs to a list item after its first line: content lines, indented at least as
    far as its text, and lazy lines; `indent` is the indentation taken off them."""

    indentation: int
    content: re.Pattern[str] = re.compile(r"(?!)")
    lazy: re.Pattern[str] = re.compile(r"(?!)")
    indent: re.Pattern[str] = re.compile(r"^")

    def line(self, src: str, pos: int, last_is_blank: bool) -> re.Match[str] | None:
        return self.content.match(src, pos) or (None if last_is_blank
                                                else self.lazy.match(src, pos))


def _first_list_line(indentation: int, content: str) -> tuple[str, _ListLines]:
    """kramdown's parse_first_list_line: the item's first text and what its other lines are."""
    bare = content.lstrip(RUBY_SPACES)
    if not bare or (bare.startswith("{:") and _LIST_ITEM_IAL_CHECK.match(content)):
        indentation = 4
    else:
        while "\t" in content[:len(content) - len(bare)] and (
                tabs := _LEADING_TABS.match(content)):
            width = len(tabs[1]) + indentation
            content = tabs[1] + " " * (4 - width % 4 + (len(tabs[2]) - 1) * 4) \
                + content[tabs.end():]
        indentation += len(content) - len(content.lstrip(" "))
    lines = _LIST_LINES[indentation] if indentation < len(_LIST_LINES) \
        else _list_lines(indentation)
    return content.lstrip(" \t\n\v\f\r"), lines


def _list_lines(indentation: int) -> _ListLines:
    quarter, rest = divmod(indentation, 4)
    return _ListLines(
        indentation,
        re.compile(rf"(?:(?:\t| {{4}}){{{quarter}}} {{{rest}}}|(?:\t| {{4}}){{{quarter + 1}}})"
                   r".*\S.*\n"),
        _LAZY_LINES[min(indentation, 3)],
        re.compile(rf"^ {{{indentation}}}"))


def _tabs_expanded(line: str) -> str:
    """Leading tabs made four spaces each (as kramdown's list parser does)."""
    return line if not line.startswith("\t") else _LEADING_TAB_RUN.sub(
        lambda m: " " * 4 * len(m[0]), line, count=1)


_LIST_LINES = tuple(_list_lines(indentation) for indentation in range(17))


def _item_ial(text: str) -> tuple[str, Ial | None]:
    """An item's text without the IAL it starts with, and that IAL."""
    if not text.lstrip().startswith("{:") or not (match := _LIST_ITEM_IAL.match(text)):
        return text, None
    return text[match.end():], attribute_list(match[1])


def _list_start(line: str) -> bool:
    return line.lstrip(" ")[:1] in _ITEM_MARKS and bool(
        LIST_START_UL.match(line) or LIST_START_OL.match(line))


_ITEM_MARKS = frozenset("+*-0123456789")


def _list_pattern(kind: str, indentation: int) -> re.Pattern[str]:
    """kramdown's fetch_pattern: how far right a following item's marker may stand."""
    return _ITEM_STARTS[kind][min(max(indentation, 1), 4) - 1]


_ITEM_STARTS_WITH = " +*-0123456789"
_SIMPLE_ITEM_TEXT = r"(?:[^\W_]|[(\"'“‘!\[`&@/]|\*\*?(?=[^\s*])|__?(?=[^\s_]))[^\n|]*"
_SIMPLE_LIST = re.compile(rf"(?:[ ]{{0,3}}(?:[-*+]|\d+\.)[ ]{{1,4}}{_SIMPLE_ITEM_TEXT}\n)+")
_SIMPLE_ITEM = re.compile(rf"([ ]{{0,3}})([-*+]|\d+\.)[ ]{{1,4}}({_SIMPLE_ITEM_TEXT})")
_LINK_DEFINITION_LIKE = re.compile(r"\[[^\]]*\]:")
_ITEM_STARTS = {kind: tuple(re.compile(rf"( {{0,{spaces}}}{marker})([\t| ].*?\n)")
                            for spaces in range(4))
                for kind, marker in (("ul", "[+*-]"), ("ol", r"\d+\."), ("dl", ":"))}


def _plain_paragraph(text: str, lines: bool) -> list[Block] | None:
    """The blocks of an item's text that is one line of plain text (the most common item), or
    with `lines` more lines that start with a letter, then blank lines; or None: read without
    the block parser, which reads the same paragraph (no line starting with a letter ends
    one) unless the item stands deeper than NESTING_AT_MOST (then `lines` is false)."""
    line, _, rest = text.partition("\n")
    if not line or not (line[0].isalpha() or line[0] in "(\"'“‘") or "|" in line:
        return None
    if rest and not rest.isspace():
        if not lines or not rest[0].isalpha():
            return None
        end = len(line) + 1
        while end < len(text) and text[end].isalpha():
            newline = text.find("\n", end)
            end = len(text) if newline < 0 else newline + 1
        line, rest = text[:end], text[end:]
        if rest and not BLANK_LINE.fullmatch(rest):
            return None
    blocks = [Block("p", line.rstrip(RUBY_SPACES))]
    if rest:
        blocks.append(Block("blank", rest))
    return blocks
