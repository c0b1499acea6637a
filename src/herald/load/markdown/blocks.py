"""kramdown's block reader (parse_blocks and its block parsers, in kramdown's order): `BlockReader`
reads a source into the blocks of tree.py. The parsers of lists and of HTML are in lists.py and
html_blocks.py; the others (code, quotes, headers, rules, math, tables, definitions,
extensions, IALs, paragraphs) are here."""

from __future__ import annotations

import re
from collections.abc import Callable

from herald.load.markdown.attributes import Ial, attribute_list
from herald.load.markdown.html_blocks import HtmlBlockParsers
from herald.load.markdown.lists import ListParsers
from herald.load.markdown.reader import NESTING_AT_MOST
from herald.load.markdown.syntax import (
    ALD_ANY_CHARS,
    ALD_ID_NAME,
    BLANK_LINE,
    DEFINITION_LIST_START,
    EOB_MARKER,
    EXT_START,
    HR_START,
    IAL_BLOCK_START,
    LAZY_END_HTML_START,
    LAZY_END_HTML_STOP,
    LIST_START_OL,
    LIST_START_UL,
    RUBY_SPACES,
    S,
)
from herald.load.markdown.tree import Block

_ALD_START = re.compile(rf" {{0,3}}\{{:({ALD_ID_NAME}):({ALD_ANY_CHARS}+)\}}{S}*?\n")
_EXT_BLOCK_START = re.compile(rf" {{0,3}}(?:{EXT_START}|\{{:/({ALD_ID_NAME})?\}}){S}*?\n")
_LAZY_END = re.compile(
    rf"(?:[ \t\v\f\r]*\n)|{IAL_BLOCK_START.pattern}|\^{S}*?\n|"
    rf" {{0,3}}{LAZY_END_HTML_STOP}| {{0,3}}{LAZY_END_HTML_START}|\Z")
_ATX_HEADER_START = re.compile(r"(#{1,6})[\t ]+(.*)\n")
_BLOCKQUOTE_START = re.compile(r" {0,3}> ?")
_BLOCKQUOTE_PREFIX = re.compile(r"^ {0,3}> ?", re.M)
_FENCED_CODEBLOCK_START = re.compile(r" {0,3}[~`]{3,}")
_FENCED_CODEBLOCK_MATCH = re.compile(
    rf" {{0,3}}(([~`]){{3,}}){S}*?((\S+?)(?:\?\S*)?)?{S}*?\n(.*?)^ {{0,3}}\1\2*{S}*?\n",
    re.M | re.S)
_FENCED_CODEBLOCK_WHOLE_RUN = re.compile(
    _FENCED_CODEBLOCK_MATCH.pattern.replace("{3,})", "{3,}+)", 1), re.M | re.S)
_FENCE_RUN = re.compile(r" {0,3}[~`]*")
_PARAGRAPH_END = re.compile(
    rf"{_LAZY_END.pattern}|{LIST_START_UL.pattern}|{LIST_START_OL.pattern}|"
    rf"{_ATX_HEADER_START.pattern}|{DEFINITION_LIST_START.pattern}|{_BLOCKQUOTE_START.pattern}|"
    rf"{_FENCED_CODEBLOCK_START.pattern}")
_PARAGRAPH_END_AFTER = re.compile(rf"\n(?:{_PARAGRAPH_END.pattern})")
_LAZY_END_AFTER = re.compile(rf"\n(?:{_LAZY_END.pattern})")
_INDENT = re.compile(r"^(?:\t| {4})", re.M)
_CODEBLOCK_MATCH = re.compile(
    r"(?:(?:[ \t\v\f\r]*\n)*(?:(?:\t| {4})[ \t]*\S.*\n)+"
    rf"(?:(?!{IAL_BLOCK_START.pattern}|\^{S}*?\n|"
    rf" {{0,3}}{LAZY_END_HTML_STOP}| {{0,3}}{LAZY_END_HTML_START})^[ \t]*\S.*\n)*)*", re.M)
_SETEXT_HEADER_START = re.compile(r" {0,3}([^ \t\n].*)\n([-=])[-=]*[ \t\r\f\v]*\n")
_HEADER_ID = re.compile(r"[\t ]\{#([A-Za-z_:\u00c0-\uffff][-\w.:\u00b7]*)\}\Z")
_BLOCK_MATH_START = re.compile(rf" {{0,3}}(\\)?\$\$(.*?)\$\$({S}*?\n)?", re.S)
_TABLE_PIPE_CHECK = r"(?:\||.*?[^\\\n]\|)"
_TABLE_LINE = re.compile(rf"{_TABLE_PIPE_CHECK}.*?\n")
_TABLE_START = re.compile(rf" {{0,3}}(?=\S){_TABLE_LINE.pattern}")
_TABLE_SEP_LINE = re.compile(r"([+|: \t-]*?-[+|: \t-]*?)[ \t]*\n")
_TABLE_HSEP_ALIGN = re.compile(r"[ \t]?(:?)-+(:?)[ \t]?")
_TABLE_FSEP_LINE = re.compile(r"[+|: \t=]*?=[+|: \t=]*?[ \t]*\n")
_TABLE_ROW_LINE = re.compile(r"(.*?)[ \t]*\n")
_FOOTNOTE_DEFINITION_START = re.compile(
    rf" {{0,3}}\[\^({ALD_ID_NAME})\]:{S}*?(.*?\n{_CODEBLOCK_MATCH.pattern})", re.M)
_LINK_DEFINITION_START = re.compile(
    r" {0,3}\[([^\n\]]+)\]:[ \t]*(?:<(.*?)>|([^\n]*?\S[^\n]*?))"
    r"(?:(?:[ \t]*?\n|[ \t]+?)[ \t]*?([\"'])(.+?)\4)?[ \t]*?\n")
_ABBREV_DEFINITION_START = re.compile(r" {0,3}\*\[(.+?)\]:(.*?)\n")
_CLOSING_HASHES = re.compile(r"[\t ]#+\Z")
_TABLE_PIPE = re.compile(_TABLE_PIPE_CHECK)
_CODE_SPAN_RUN = re.compile(r"(?<!`)(`++)(.+?)(?<!`)\1(?!`)")


class BlockReader(ListParsers, HtmlBlockParsers):
    """kramdown's block parser over one source."""

    def read(self) -> list[Block]:
        """The blocks from pos to the end, or to the end tag of the element being read."""
        src = self.src
        if self.depth > NESTING_AT_MOST:  # deeper than any page: the rest is text
            self.blocks.append(Block("code", src[self.pos:], extra=("", "")))
            self.pos = len(src)
            return self.blocks
        dispatch = _DISPATCH
        anything = dispatch[""]
        while self.pos < len(src) and not self.stopped:
            for parser in dispatch.get(src[self.pos], anything):
                if parser(self):
                    break
            else:
                self.paragraph()
        return self.blocks

    def blank_line(self) -> bool:
        if not (match := BLANK_LINE.match(self.src, self.pos)):
            return False
        self.pos = match.end()
        if self.blocks and self.blocks[-1].kind == "blank":
            self.blocks[-1].text += match[0]
        else:
            self.add(Block("blank", match[0]))
        return True

    def codeblock(self) -> bool:
        src = self.src
        match = _CODEBLOCK_MATCH.match(src, self.pos)
        if not match or not match[0]:
            return False
        self.pos = match.end()
        code = _INDENT.sub("", re.sub(r"\n( {0,3}\S)", r" \1", match[0]))
        self.add(Block("code", code, extra=("", "")))
        return True

    def fenced_codeblock(self) -> bool:
        src, pos = self.src, self.pos
        match = _FENCED_CODEBLOCK_WHOLE_RUN.match(src, pos)
        if match is None and len(_FENCE_RUN.match(src, pos)[0].strip()) <= 12:
            # (kramdown's regexp may also take a shorter fence than the run of marks; that
            # backtracking is only worth it, and only affordable, for short runs)
            match = _FENCED_CODEBLOCK_MATCH.match(src, pos)
        if match is None:
            return False
        self.pos = match.end()
        language = (match[3] or "").strip(RUBY_SPACES)
        self.add(Block("code", match[5], extra=(language, match[4] or "")))
        return True

    def blockquote(self) -> bool:
        src = self.src
        if not _BLOCKQUOTE_START.match(src, self.pos):
            return False
        start = self.pos
        end = _LAZY_END_AFTER.search(src, self.line_end(start) - 1)
        self.pos = end.start() + 1 if end else len(src)
        inner = _BLOCKQUOTE_PREFIX.sub("", src[start:self.pos])
        self.add(Block("bq", children=self.read_nested(inner)))
        return True

    def atx_header(self) -> bool:
        if not (match := _ATX_HEADER_START.match(self.src, self.pos)):
            return False
        text, header_id = _header_contents(match[2])
        if text.endswith("#") and (stripped := _CLOSING_HASHES.sub("", text)) != text:
            text = stripped.rstrip(RUBY_SPACES)
        if not text:
            return False
        self.pos = match.end()
        self.add_header(len(match[1]), text, header_id)
        return True

    def add_header(self, level: int, text: str, header_id: str | None) -> None:
        block = Block("h", text, level=level)
        self.add(block)
        if header_id is not None:
            ial = Ial({"id": header_id})
            if block.ial is not None:
                ial.update(block.ial)
            block.ial = ial

    def hr(self) -> bool:
        if not (match := HR_START.match(self.src, self.pos)):
            return False
        self.pos = match.end()
        self.add(Block("hr"))
        return True

    def setext_header(self) -> bool:
        src = self.src
        next_line = self.line_end(self.pos)
        if src[next_line:next_line + 1] not in ("-", "=") \
                or not (match := _SETEXT_HEADER_START.match(src, self.pos)) \
                or not self.after_block_boundary():
            return False
        text, header_id = _header_contents(match[1])
        if not text:
            return False
        self.pos = match.end()
        self.add_header(1 if match[2] == "=" else 2, text, header_id)
        return True

    def block_math(self) -> bool:
        src = self.src
        if not (match := _BLOCK_MATH_START.match(src, self.pos)) or match[1] \
                or not self.after_block_boundary() or not self.before_block_boundary(match.end()):
            return False
        self.pos = match.end()
        self.add(Block("math", match[2].strip(RUBY_SPACES)))
        return True

    def table(self) -> bool:
        """kramdown's parse_table: lines with pipes up to a block boundary; rows above the first
        separator line are the header, a line of = starts the footer."""
        src = self.src
        if src.find("|", self.pos, self.line_end(self.pos)) < 0 \
                or not _TABLE_START.match(src, self.pos) or not self.after_block_boundary():
            return False
        start = pos = self.pos
        leading_pipe = bool(re.match(r"\s*\|", src[pos:self.line_end(pos)]))
        if match := _TABLE_SEP_LINE.match(src, pos):
            pos = match.end()
        sections: list[tuple[str, list[list[str]]]] = []
        rows: list[list[str]] = []
        alignment: list[str] = []
        has_footer = False
        while pos < len(src) and _TABLE_LINE.match(src, pos):
            if match := _TABLE_SEP_LINE.match(src, pos):
                pos = match.end()
                if rows and not alignment and not has_footer:
                    sections.append(("thead", rows))
                    rows = []
                    alignment = [_alignment(left, right)
                                 for left, right in _TABLE_HSEP_ALIGN.findall(match[1])]
                elif rows and not has_footer:
                    sections.append(("tbody", rows))
                    rows = []
            elif match := _TABLE_FSEP_LINE.match(src, pos):
                pos = match.end()
                if rows:
                    sections.append(("tbody", rows))
                    rows = []
                has_footer = True
            else:
                match = _TABLE_ROW_LINE.match(src, pos)
                assert match is not None
                pos = match.end()
                cells = _table_cells(match[1])
                if leading_pipe and not cells[0].strip(RUBY_SPACES):
                    cells.pop(0)
                if cells and not cells[-1].strip(RUBY_SPACES):
                    cells.pop()
                rows.append([cell.strip(RUBY_SPACES) for cell in cells])
        if not self.before_block_boundary(pos) \
                or not all(_has_table_pipe(line) for line in src[start:pos].splitlines()):
            return False
        if rows:
            sections.append(("tfoot" if has_footer else "tbody", rows))
        if not any(kind == "tbody" for kind, _ in sections):
            return False
        columns = max(len(row) for _, section in sections for row in section)
        for _, section in sections:
            for row in section:
                row.extend([""] * (columns - len(row)))
        self.pos = pos
        self.add(Block("table", extra=(sections, (alignment + ["default"] * columns)[:columns])))
        return True

    def footnote_definition(self) -> bool:
        if not (match := _FOOTNOTE_DEFINITION_START.match(self.src, self.pos)):
            return False
        self.pos = match.end()
        self.rendering.footnotes[match[1]] = self.read_nested(_INDENT.sub("", match[2]))
        self.add(Block("eob", "footnote_def"))
        return True

    def link_definition(self) -> bool:
        if not (match := _LINK_DEFINITION_START.match(self.src, self.pos)) \
                or (match[3] and re.search(r"[ \t]+[\"']", match[3])):
            return False
        self.pos = match.end()
        url = match[2] if match[2] is not None else match[3]
        self.add(Block("linkdef", _link_definition(match[1], url, match[5])))
        return True

    def abbrev_definition(self) -> bool:
        if not (match := _ABBREV_DEFINITION_START.match(self.src, self.pos)):
            return False
        self.pos = match.end()
        self.rendering.abbreviations[match[1]] = match[2].strip(RUBY_SPACES)
        self.add(Block("eob", "abbrev_def"))
        return True

    def block_extensions(self) -> bool:
        """An ALD, an extension ({::comment}, {::nomarkdown}, {::options}) or a block IAL."""
        src = self.src
        rendering = self.rendering
        if match := _ALD_START.match(src, self.pos):
            self.pos = match.end()
            rendering.alds.setdefault(match[1], Ial()).update(attribute_list(match[2]))
            self.add(Block("eob", "ald"))
            return True
        if match := _EXT_BLOCK_START.match(src, self.pos):
            return self.extension(match)
        if not (match := IAL_BLOCK_START.match(src, self.pos)):
            return False
        self.pos = match.end()
        ial = attribute_list(match[1])
        last = self.blocks[-1] if self.blocks else None
        if last is not None and last.kind != "blank" and (
                last.kind != "eob" or last.text in ("footnote_def", "abbrev_def")):
            if last.ial is None:
                last.ial = Ial()
            last.ial.update(ial)
            if not IAL_BLOCK_START.match(src, self.pos):
                self.add(Block("eob", "ial"))
        else:
            if self.block_ial is None:
                self.block_ial = Ial()
            self.block_ial.update(ial)
        return True

    def extension(self, match: re.Match[str]) -> bool:
        src = self.src
        if match[4] is not None or match[0].strip() == "{:/}":
            return False
        name, body, end = match[1], None, match.end()
        if not match[3]:
            stop = re.compile(rf"^ {{0,3}}\{{:/(?:{re.escape(name)})?\}} *?\n", re.M).search(
                src, end)
            if not stop:
                return False
            body, end = src[end:stop.start()].removesuffix("\n"), stop.end()
        options = attribute_list(match[2] or "")
        if name == "comment":
            if body is not None:
                self.blocks.append(Block("rawhtml", f"<!-- {body} -->\n"))
        elif name == "nomarkdown":
            kinds = options.attrs.get("type", "").split()
            if body is not None and (not kinds or "html" in kinds):
                self.blocks.append(Block("rawhtml", body + "\n"))
        elif name == "options":
            self.rendering.set_inline_options(options.attrs)
            self.add(Block("eob", "extension"))
        else:
            return False
        self.pos = end
        return True

    def eob_marker(self) -> bool:
        if not (match := EOB_MARKER.match(self.src, self.pos)):
            return False
        self.pos = match.end()
        self.add(Block("eob"))
        return True

    def paragraph(self) -> None:
        """kramdown's parse_paragraph: lines up to the next paragraph end."""
        src = self.src
        start = self.pos
        end = _PARAGRAPH_END_AFTER.search(src, self.line_end(start) - 1)
        self.pos = end.start() + 1 if end else len(src)
        text = src[start:self.pos].rstrip(RUBY_SPACES)
        last = self.blocks[-1] if self.blocks else None
        if last is not None and last.kind == "p":
            last.text += ("  \n" if src[max(start - 3, 0):start] == "  \n" else "\n") + text
        else:
            self.add(Block("p", text.lstrip(RUBY_SPACES)))


def _block_dispatch() -> dict[str, tuple[Callable[[BlockReader], bool], ...]]:
    """For each character a line can start with, the block parsers (in kramdown's order) that
    can match such a line; "" is for lines starting with a space or a tab."""
    reader = BlockReader
    order: list[tuple[Callable[[BlockReader], bool], str]] = [
        (reader.blank_line, " \t\n\v\f\r"), (reader.codeblock, " \t"),
        (reader.fenced_codeblock, " `~"), (reader.blockquote, " >"), (reader.atx_header, "#"),
        (reader.hr, " *-_"), (reader.list, " +*-0123456789"), (reader.definition_list, " :"),
        (reader.block_html, " <"), (reader.setext_header, ""), (reader.block_math, " \\$"),
        (reader.table, ""), (reader.footnote_definition, " ["), (reader.link_definition, " ["),
        (reader.abbrev_definition, " *"), (reader.block_extensions, " {"),
        (reader.eob_marker, "^")]
    starts = {char for _, chars in order for char in chars}
    dispatch = {char: tuple(parser for parser, chars in order if not chars or char in chars)
                for char in starts}
    dispatch[""] = tuple(parser for parser, chars in order if not chars)
    dispatch["\t"] = dispatch[" "]
    return dispatch


_DISPATCH = _block_dispatch()


def _header_contents(text: str) -> tuple[str, str | None]:
    """A header's text and its {#id}, as kramdown's parse_header_contents finds them."""
    text = text.rstrip(RUBY_SPACES)
    if match := _HEADER_ID.search(text):
        return text[:match.start()].rstrip(RUBY_SPACES), match[1]
    return text, None


def _alignment(left: str, right: str) -> str:
    if not left and not right:
        return "default"
    return "left" if not right else "right" if not left else "center"


def _table_cells(row: str) -> list[str]:
    """A table row split at its unescaped pipes; pipes in code spans do not split."""
    cells = [""]
    pos = 0
    for match in re.finditer(r"(`+)|(\\\|)|(\|)", row):
        if match.start() < pos:
            continue
        cells[-1] += row[pos:match.start()]
        pos = match.end()
        if match[1]:
            end = row.find(match[1], pos)
            if end >= 0:
                cells[-1] += row[match.start():end + len(match[1])]
                pos = end + len(match[1])
            else:
                cells[-1] += match[1]
        elif match[2]:
            cells[-1] += "|"
        else:
            cells.append("")
    cells[-1] += row[pos:]
    return cells


def _has_table_pipe(line: str) -> bool:
    """Whether a line has a pipe outside code spans, as each line of a kramdown table must."""
    return bool(_TABLE_PIPE.match(_CODE_SPAN_RUN.sub("", line) if "`" in line else line))


def _link_definition(label: str, url: str, title: str | None) -> str:
    """A CommonMark link reference definition for kramdown's `[label]: url "title"`."""
    line = "[" + re.sub(r"([\[\]\\])", r"\\\1", label) + "]: <" \
        + re.sub(r"([<>\\])", r"\\\1", url) + ">"
    if title is not None:
        line += ' "' + re.sub(r'(["\\])', r"\\\1", title) + '"'
    return line
