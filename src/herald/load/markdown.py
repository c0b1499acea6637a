"""Markdown rendered the way Jekyll 4.3 renders it: kramdown 2.4 with its GFM parser.

pulldown-cmark (through pyromark) renders what kramdown and CommonMark read alike; this module is
the layer that makes the result kramdown's:

* `_Blocks` reads the source block by block as kramdown's block parser does (its regexps are
  ported below) and `_Render.emit` writes a source for pyromark in which every block means what
  it means to kramdown. Paragraphs and headers stay Markdown; whatever pulldown-cmark would read
  differently or does not know (IALs, ALDs, extensions, raw HTML elements, math, kramdown's
  tables, lists and definition lists, footnotes, abbreviations, the table of contents) is
  consumed or becomes a placeholder.
* `_Render.inline_text` does the same for the text of a paragraph: span IALs, footnote markers,
  code spans, inline math, autolinks and link destinations, span HTML with kramdown's rules,
  kramdown's smart quotes, emphasis and guillemets, and the characters pulldown-cmark gives a
  meaning kramdown does not (a single `~`, some backslashes).
* `_Render.finish` turns pyromark's HTML into kramdown's: placeholders become their HTML, headers
  get ids, and footnotes, abbreviations, IAL attributes and rouge's code wrappers are added.

A placeholder is a mark (U+2E2C, or U+2E2B for a paragraph that stands for another element),
digits from the private-use range U+E000-U+EFFF and a closing mark (U+2E2D); pulldown-cmark
passes it through as punctuation. The three marks in the input become placeholders themselves,
so they come back as they were.

A document with none of the marks that need all this (`_needs_kramdown`) goes straight to
pyromark, whose HTML then only gets header ids and rouge's code wrappers.
"""

from __future__ import annotations

import bisect
import html
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from html.entities import name2codepoint
from typing import Any

import pyromark

__all__ = ["MarkdownOptions", "markdown_options", "render_markdown"]


@dataclass(frozen=True)
class MarkdownOptions:
    """The site's `kramdown:` settings from _config.yml that change what is rendered, with
    Jekyll's defaults."""

    input: str = "GFM"  # "GFM" (Jekyll's default) or "kramdown"
    auto_ids: bool = True
    auto_id_prefix: str = ""
    parse_block_html: bool = False
    parse_span_html: bool = True
    hard_wrap: bool = False
    smart_quotes: str = "lsquo,rsquo,ldquo,rdquo"
    typographic_symbols: tuple[tuple[str, str], ...] = ()
    no_auto_typographic: bool = False  # gfm_quirks: no_auto_typographic
    toc_levels: tuple[int, ...] = (1, 2, 3, 4, 5, 6)
    header_offset: int = 0
    footnote_nr: int = 1
    footnote_backlink: str = "&#8617;"
    footnote_backlink_inline: bool = False
    footnote_prefix: str = ""
    math_engine: str | None = "mathjax"
    syntax_highlighter: str | None = "rouge"


_DEFAULTS = MarkdownOptions()
_TYPOGRAPHIC_NAMES = ("mdash", "ndash", "hellip", "laquo", "raquo", "laquo_space", "raquo_space")


def markdown_options(value: object) -> tuple[MarkdownOptions, list[str]]:
    """Options from the `kramdown:` value of _config.yml (a mapping, or anything else); the list
    holds one readable message per key whose value cannot be used."""
    if value is None:
        return _DEFAULTS, []
    if not isinstance(value, dict):
        return _DEFAULTS, [f"kramdown must be a mapping of settings, not {_shown(value)}; "
                           "using Jekyll's defaults"]
    changes: dict[str, object] = {}
    messages: list[str] = []
    for key, raw in value.items():
        name = str(key)
        reader = _OPTION_READERS.get(name)
        if reader is None:
            continue  # an option that changes nothing herald renders (or one Jekyll ignores too)
        try:
            changes.update(reader(raw))
        except ValueError as problem:
            messages.append(f"kramdown.{name} {problem}")
    return replace(_DEFAULTS, **changes), messages  # type: ignore[arg-type]


def _shown(value: object) -> str:
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


def _boolean_reader(name: str) -> Callable[[object], dict[str, object]]:
    default = getattr(_DEFAULTS, name)

    def read(value: object) -> dict[str, object]:
        if isinstance(value, bool):
            return {name: value}
        if isinstance(value, str) and value.strip().lower() in ("true", "false"):
            return {name: value.strip().lower() == "true"}
        raise ValueError(f"must be true or false; using {str(default).lower()}")
    return read


def _integer_reader(name: str) -> Callable[[object], dict[str, object]]:
    default = getattr(_DEFAULTS, name)

    def read(value: object) -> dict[str, object]:
        if isinstance(value, bool):
            raise ValueError(f"must be a whole number; using {default}")
        try:
            return {name: int(str(value).strip())}
        except ValueError:
            raise ValueError(f"must be a whole number; using {default}") from None
    return read


def _text_reader(name: str) -> Callable[[object], dict[str, object]]:
    def read(value: object) -> dict[str, object]:
        if isinstance(value, dict | list):
            raise ValueError(f"must be text; using {getattr(_DEFAULTS, name)!r}")
        return {name: "" if value is None else str(value)}
    return read


def _read_input(value: object) -> dict[str, object]:
    name = str(value).strip()
    if name.lower() == "gfm":
        return {"input": "GFM"}
    if name.lower() == "kramdown":
        return {"input": "kramdown"}
    raise ValueError(f"must be GFM or kramdown (the parsers Jekyll has); using GFM, not {name!r}")


def _read_smart_quotes(value: object) -> dict[str, object]:
    parts = value if isinstance(value, list) else str(value).split(",")
    names = [str(part).strip() for part in parts]
    if len(names) != 4 or any(_entity_char(name) is None for name in names):
        raise ValueError("must be four entity names or code points, like "
                         "lsquo,rsquo,ldquo,rdquo; using those")
    return {"smart_quotes": ",".join(names)}


def _read_typographic_symbols(value: object) -> dict[str, object]:
    if not isinstance(value, dict):
        raise ValueError("must be a mapping like {hellip: '...'}; using the symbols themselves")
    pairs = []
    for key, text in value.items():
        name = str(key).strip().removeprefix(":")
        if name not in _TYPOGRAPHIC_NAMES:
            raise ValueError(f"names a symbol kramdown does not have ({name!r}); "
                             "using the symbols themselves")
        pairs.append((name, "" if text is None else str(text)))
    return {"typographic_symbols": tuple(pairs)}


def _read_gfm_quirks(value: object) -> dict[str, object]:
    parts = value if isinstance(value, list) else str(value).split(",")
    return {"no_auto_typographic": any(str(p).strip().removeprefix(":") == "no_auto_typographic"
                                       for p in parts)}


def _read_toc_levels(value: object) -> dict[str, object]:
    levels: list[int] = []
    if isinstance(value, list):
        try:
            levels = [int(v) for v in value]
        except (TypeError, ValueError):
            levels = []
    elif isinstance(value, str):
        text = value.strip()
        if match := re.fullmatch(r"(\d)\.\.(\d)", text):
            levels = list(range(int(match[1]), int(match[2]) + 1))
        elif re.fullmatch(r"\d(?:,\d)*", text):
            levels = [int(v) for v in text.split(",")]
    elif isinstance(value, int) and not isinstance(value, bool):
        levels = [value]
    if not levels:
        raise ValueError("must be levels like 1..3 or 1,2,3; using 1..6")
    return {"toc_levels": tuple(dict.fromkeys(levels))}


def _read_math_engine(value: object) -> dict[str, object]:
    if value is None or str(value).strip() in ("", "nil", "null"):
        return {"math_engine": None}
    name = str(value).strip().removeprefix(":")
    if name != "mathjax":
        raise ValueError(f"names an engine Jekyll needs a plugin for ({name!r}); using mathjax")
    return {"math_engine": "mathjax"}


def _read_syntax_highlighter(value: object) -> dict[str, object]:
    if value is None or str(value).strip() in ("", "nil", "null", "none", "false"):
        return {"syntax_highlighter": None}
    name = str(value).strip().removeprefix(":")
    if name != "rouge":
        raise ValueError(f"names a highlighter Jekyll needs a plugin for ({name!r}); using rouge")
    return {"syntax_highlighter": "rouge"}


_OPTION_READERS: dict[str, Callable[[object], dict[str, object]]] = {
    "input": _read_input,
    "auto_ids": _boolean_reader("auto_ids"),
    "auto_id_prefix": _text_reader("auto_id_prefix"),
    "parse_block_html": _boolean_reader("parse_block_html"),
    "parse_span_html": _boolean_reader("parse_span_html"),
    "hard_wrap": _boolean_reader("hard_wrap"),
    "smart_quotes": _read_smart_quotes,
    "typographic_symbols": _read_typographic_symbols,
    "gfm_quirks": _read_gfm_quirks,
    "toc_levels": _read_toc_levels,
    "header_offset": _integer_reader("header_offset"),
    "footnote_nr": _integer_reader("footnote_nr"),
    "footnote_backlink": _text_reader("footnote_backlink"),
    "footnote_backlink_inline": _boolean_reader("footnote_backlink_inline"),
    "footnote_prefix": _text_reader("footnote_prefix"),
    "math_engine": _read_math_engine,
    "syntax_highlighter": _read_syntax_highlighter,
}


def _entity_char(name: str) -> str | None:
    """The character an entity name or code point (as in kramdown's smart_quotes) stands for."""
    if name.isdigit():
        return chr(int(name)) if int(name) < 0x110000 else None
    code = name2codepoint.get(name)
    return chr(code) if code is not None else None



def _needs_kramdown(source: str) -> bool:
    """Whether the source has anything kramdown reads otherwise than pulldown-cmark, or that
    only the general path writes as kramdown does. A document without renders the same either
    way (tests/test_load_markdown.py holds the two paths to that). Cheap tests first."""
    if "{" in source or "|" in source or "$$" in source or "\u2e2b" in source \
            or "\u2e2c" in source or "\u2e2d" in source \
            or ("<" in source and _HTML_OR_GUILLEMET.search(source)):
        return True  # IALs and extensions, tables, math, placeholder marks, HTML
    text = "\n" + source
    if "[^" in text or "___" in text or ("\\" in text and _BACKSLASH_MARKS.search(text)) \
            or ("_" in text and _DIGIT_UNDERSCORE.search(text)):
        return True
    if ">>" in text and any(_guillemet(text, match.start())
                            for match in _GUILLEMETS.finditer(text)):
        return True
    if _LINE_MARKS.search(text) or (">" in text and _block_in_quote(text)):
        return True
    for match in _AFTER_TEXT.finditer(text):
        if _read_otherwise_after(text, match):
            return True
    return ("*" in text and _risky_stars(text)) or ("~" in text and _risky_tildes(text)) \
        or (("```" in text or "~~~" in text) and _risky_fences(text)) or _risky_lists(text)


def _guillemet(text: str, at: int) -> bool:
    """Whether >> at `at` is a guillemet to kramdown (not a nested blockquote's marks)."""
    before = text[text.rfind("\n", 0, at) + 1:at].rstrip(" \t")
    return bool(before) and before[-1] != ">"


def _read_otherwise_after(text: str, match: re.Match[str]) -> bool:
    """Whether an underline, a rule or an ordered list item right after a line reads otherwise
    in kramdown: a setext header only under a one-line paragraph after a blank line; a rule of
    * or _ not after text; an ordered list (not from 1) not after text."""
    line_start = text.rfind("\n", 0, match.start()) + 1
    before = text[line_start:match.start()]
    if not before.strip():
        return False
    if match[1] is None:  # an ordered list item
        return not _LIST_ITEM_LINE.match(before)
    if match[2] or before[0] in " \t#>" or _LIST_ITEM_LINE.match(before):
        return True
    return bool(text[text.rfind("\n", 0, max(line_start - 1, 0)) + 1:line_start].strip())


def _links_read_otherwise(page: str) -> bool:
    """Whether pyromark left a link unmade that kramdown makes (a destination with spaces or
    line breaks) or wrote a destination otherwise (percent-encoded, an entity)."""
    return "](" in page or ('href="' in page or 'src="' in page) and (
        "%" in page or "&#" in page) and bool(_LINK_ENCODED.search(page))


def _risky_stars(text: str) -> bool:
    """Whether `*` emphasis may read otherwise in kramdown: runs of three, a run after
    punctuation and before no space, or ** and * on one line."""
    if _RISKY_STAR.search(text):
        return True
    for line in _DOUBLE_STAR_LINE.findall(text):
        indent = len(line) - len(line.lstrip(" "))
        lengths = set()
        for match in _STAR_RUN.finditer(line):
            start, end = match.span()
            before, after = line[start - 1:start] or " ", line[end:end + 1] or " "
            if not (before.isspace() and after.isspace()) \
                    and not (start == indent and after == " "):  # not a bullet, not alone
                lengths.add(end - start)
        if len(lengths) > 1:
            return True
    return False


def _risky_tildes(text: str) -> bool:
    """Whether two lone tildes stand in one paragraph (pulldown-cmark may strike through what
    is between them; kramdown-parser-gfm needs ~~)."""
    return any(len(_LONE_TILDE.findall(paragraph)) > 1 for paragraph in text.split("\n\n"))


def _risky_fences(text: str) -> bool:
    """Whether a fenced code block reads otherwise in kramdown-parser-gfm: one left open, one
    indented, or an info string of more than one word."""
    opening = ""
    for match in _FENCE_LINE.finditer(text):
        indent, fence, info = match[1], match[2], match[3]
        if not opening:
            if indent or not _FENCE_INFO.fullmatch(info) or (fence[0] == "`" and "`" in info):
                return True
            opening = fence
        elif fence[0] == opening[0] and len(fence) >= len(opening) and not info.strip():
            opening = ""
    return bool(opening)


def _risky_lists(text: str) -> bool:
    """Whether a list reads otherwise in kramdown than in CommonMark: task boxes, tabs or five
    spaces after a marker, an item starting with another marker or a block, a bullet or the
    kind of list changing, an item indented past its predecessor's marker but short of its
    text, blank lines between some items and not others or in a list holding a list (kramdown's
    rules for <p> in items differ), a line CommonMark takes for a new block and kramdown for
    part of an item."""
    levels: list[_ListLevel] = []  # the lists open at this point, outermost first
    previous_end = 0
    found = False
    for match in _ITEM_LINE.finditer(text):
        found = True
        indent, marker, spaces = len(match[1]), match[2], match[3]
        if "\t" in spaces or len(spaces) > 4 or text.startswith(_TASK_BOXES, match.end()) \
                or _ITEM_MARKER.match(text, match.end()) or text[match.end()] in "#>`~":
            return True
        if _LIST_ENDED.search(text, previous_end, match.start()):
            levels = []
        popped = False
        while levels and indent < levels[-1].indent:
            levels.pop()
            popped = True
        if levels and indent == levels[-1].indent:
            level = levels[-1]
            if marker != level.marker and not (marker[0].isdigit() and level.marker[0].isdigit()):
                return True  # a bullet or the kind of list changing
            loose = bool(_BLANK_LINE_AT.search(text, level.start, match.start() + 1))
            if level.loose is None:
                level.loose = loose
            if level.loose != loose or (loose and level.has_list):
                return True
            level.start, level.text = match.start(), indent + len(marker) + len(spaces)
        elif popped or (levels and indent < levels[-1].text):
            return True  # between an item's marker and its text: nested otherwise
        else:
            if levels:
                levels[-1].has_list = True
                if levels[-1].loose or _BLANK_LINE_AT.search(text, levels[-1].start,
                                                             match.start() + 1):
                    return True  # a list in a loose list, or after a blank line in an item
            levels.append(_ListLevel(indent, indent + len(marker) + len(spaces), marker,
                                     match.start()))
        previous_end = match.end()
    if not found:
        return False
    blanks = [match.start() for match in _BLANK_LINE_START.finditer(text)]
    for match in _BLANK_THEN_INDENTED.finditer(text):
        if _after_list_item(text, match.start(), blanks):
            return True
    for match in _BLOCK_START_LINE.finditer(text):
        if _after_list_item(text, match.start(), blanks):
            return True
    return False


@dataclass
class _ListLevel:
    """A list open at some point of the source: where its markers and its text stand, its
    marker, where its last item starts, whether blank lines part its items, whether an item
    holds a list."""

    indent: int
    text: int
    marker: str
    start: int
    loose: bool | None = None
    has_list: bool = False


def _block_in_quote(text: str) -> bool:
    """Whether a block stands in a quote's run of lines (kramdown takes it into the quote,
    CommonMark ends the quote before it)."""
    if not _QUOTE_LINE.search(text):
        return False
    blanks = [match.start() for match in _BLANK_LINE_START.finditer(text)]
    for match in _CM_BLOCK_START.finditer(text):
        index = bisect.bisect_left(blanks, match.start())
        if _QUOTE_LINE.search(text, blanks[index - 1] if index else 0, match.start()):
            return True
    return False


def _after_list_item(text: str, at: int, blanks: list[int]) -> bool:
    """Whether the lines from the last blank line (`blanks`: where blank lines start) up to
    `at` hold a list item."""
    index = bisect.bisect_left(blanks, at)
    start = blanks[index - 1] if index else 0
    return bool(_LIST_ITEM_AT_LINE.search(text, start, at))


# Marks kramdown reads otherwise: guillemets, footnotes, backslashes it keeps, ___, a _ after
# a digit (which opens emphasis for kramdown), a backslash in a link destination.
_BACKSLASH_MARKS = re.compile(r"\\[%&,/;?@^]|\]\([^)\s]*\\")
_DIGIT_UNDERSCORE = re.compile(r"_(?<=\d_)[^\s_][^_\n]*(?<!\s)_(?!\w)")
_GUILLEMETS = re.compile(">>")
# the start of a block CommonMark ends a paragraph for (and kramdown's quotes take in)
_CM_BLOCK_START = re.compile(
    r"\n[ ]{0,3}(?:\#|[-*+][ \t]|\d+[.)][ \t]|```|~~~|([-*_=])[ \t]*\1[ \t]*\1)")
_QUOTE_LINE = re.compile(r"\n[ ]{0,3}>")
# Lines kramdown reads otherwise: abbreviations, definition lists, EOB markers, link definitions,
# "1)" (no list to kramdown), empty items, headers kramdown-parser-gfm does not take, an
# indented line with a lazy line after it.
_LINE_MARKS = re.compile(
    r"\n(?:[ ]{0,3}(?:\*\[|[:^]|\[[^\]\n]+\]:|\d+\)|(?:[-*+]|\d+[.)])[ \t]*\n)"
    r"|[ ]{1,3}\#|\#{1,6}[ \t]*\n"
    r"|(?:\t|[ ]{4})(?![ \t]*(?:[-*+]|\d+\.)[ \t])[^\n]*\n"  # an indented line (code to
    r"[ ]{0,3}\S)")  # kramdown) and a lazy line it takes in
# A setext underline or a rule right after text, or an ordered list starting there (kramdown
# reads these otherwise); which it is depends on the line before.
_AFTER_TEXT = re.compile(r"\n[ ]{0,3}(?:(=+|-+|([*_])[ \t]*\2[ \t]*\2[*_ \t]*)[ \t]*\n"
                         r"|(?!1\.)\d+\.[ \t])")
_LIST_ITEM_LINE = re.compile(r"[ ]{0,3}(?:[-*+]|\d+\.)[ \t]")
_ITEM = r"[ ]*(?:[-*+]|\d+\.)"
_LIST_ITEM_AT_LINE = re.compile(rf"\n{_ITEM}[ \t]+\S")
_BLANK_LINE_START = re.compile(r"\n(?=[ \t]*\n)")
_BLANK_LINE_AT = re.compile(r"\n[ \t]*\n")
_ITEM_LINE = re.compile(r"\n([ ]*)([-*+]|\d+\.)([ \t]+)(?=\S)")
_TASK_BOXES = ("[ ]", "[x]", "[X]")
_ITEM_MARKER = re.compile(r"(?:[-*+]|\d+\.)[ \t]")
_BLANK_THEN_INDENTED = re.compile(rf"\n[ \t]*\n(?!{_ITEM}[ \t])[ \t]+\S")
_BLOCK_START_LINE = re.compile(r"\n[ ]{0,3}(?:\#|>|```|~~~|([-*_=])[ \t]*\1[ \t]*\1)")
_LIST_ENDED = re.compile(rf"\n[ \t]*\n(?!{_ITEM}[ \t])[^ \t\n]")
_STAR_RUN = re.compile(r"\*+")
# a < that is not a plain web autolink (which pulldown-cmark writes as kramdown does) nor text
_HTML_OR_GUILLEMET = re.compile(r"<(?!https?://[A-Za-z0-9\-_.~!*();:@&=+$,/?#%]*>|[\s\d=])")
_LINK_ENCODED = re.compile(r'(?:href|src)="[^"]*(?:%|&#)')
_RISKY_STAR = re.compile(r"\*(?:\*\*|(?<=[^\w\s*]\*)\**(?=[^\s*]))")
_DOUBLE_STAR_LINE = re.compile(r"^.*\*\*.*$", re.M)
_LONE_TILDE = re.compile(r"(?<!~)~(?!~)")
_FENCE_LINE = re.compile(r"^([ ]{0,3})(`{3,}|~{3,})(.*)$", re.M)
_FENCE_INFO = re.compile(r"[ \t]*(?:[^\s?]+[ \t]*)?")


# ---------------------------------------------------------------------------------------------
# kramdown's regexps (lib/kramdown/parser/kramdown/*.rb, kramdown-parser-gfm's gfm.rb), in Python.
# Ruby's \s and \w are ASCII; [[:alpha:]] and \p{Word} are not.

_S = r"[ \t\n\v\f\r]"
_RUBY_SPACES = " \t\n\v\f\r\0"  # what Ruby's strip takes off (str.strip takes more)
_W = r"[A-Za-z0-9_]"
_UNAME = r"(?:[^\W\d][-\w.]*:)?[^\W\d][-\w.]*"
_ALD_ID_NAME = rf"{_W}[A-Za-z0-9_-]*"
_ALD_ANY_CHARS = r"(?:\\\}|[^}])"


def _names(text: str) -> frozenset[str]:
    return frozenset(text.split())


_SPAN_ELEMENTS_RE = ("a|abbr|acronym|b|big|bdo|br|button|cite|code|del|dfn|em|i|img|input|ins|"
                     "kbd|label|mark|option|q|rb|rbc|rp|rt|rtc|ruby|samp|select|small|span|strong|"
                     "sub|sup|tt|u|var|script")
_LAZY_END_HTML_START = rf"<(?>(?!(?:{_SPAN_ELEMENTS_RE})\b){_UNAME})"
_LAZY_END_HTML_STOP = rf"</(?!(?:{_SPAN_ELEMENTS_RE})\b){_UNAME}{_S}*>"
_IAL_BLOCK = rf"\{{:(?!:|/)({_ALD_ANY_CHARS}+)\}}{_S}*?\n"

_BLANK_LINE = re.compile(r"(?:[ \t\v\f\r]*\n)+")
_EOB_MARKER = re.compile(rf"\^{_S}*?\n")
_IAL_BLOCK_START = re.compile(r" {0,3}" + _IAL_BLOCK)
_ALD_START = re.compile(rf" {{0,3}}\{{:({_ALD_ID_NAME}):({_ALD_ANY_CHARS}+)\}}{_S}*?\n")
_EXT_START = rf"\{{::({_W}+)(?:{_S}({_ALD_ANY_CHARS}*?)|)(/)?\}}"
_EXT_BLOCK_START = re.compile(rf" {{0,3}}(?:{_EXT_START}|\{{:/({_ALD_ID_NAME})?\}}){_S}*?\n")
_EXT_SPAN_START = re.compile(rf"{_EXT_START}|\{{:/({_ALD_ID_NAME})?\}}")
_IAL_SPAN_START = re.compile(rf"\{{:({_ALD_ANY_CHARS}+)\}}")
_LAZY_END = re.compile(
    rf"(?:[ \t\v\f\r]*\n)|{_IAL_BLOCK_START.pattern}|\^{_S}*?\n|"
    rf" {{0,3}}{_LAZY_END_HTML_STOP}| {{0,3}}{_LAZY_END_HTML_START}|\Z")
_LIST_START_UL = re.compile(r"( {0,3}[+*-])([\t| ].*?\n)")
_LIST_START_OL = re.compile(r"( {0,3}\d+\.)([\t| ].*?\n)")
_DEFINITION_LIST_START = re.compile(r"( {0,3}:)([\t| ].*?\n)")
_ATX_HEADER_START = re.compile(r"(#{1,6})[\t ]+(.*)\n")
_BLOCKQUOTE_START = re.compile(r" {0,3}> ?")
_BLOCKQUOTE_PREFIX = re.compile(r"^ {0,3}> ?", re.M)
_FENCED_CODEBLOCK_START = re.compile(r" {0,3}[~`]{3,}")
_FENCED_CODEBLOCK_MATCH = re.compile(
    rf" {{0,3}}(([~`]){{3,}}){_S}*?((\S+?)(?:\?\S*)?)?{_S}*?\n(.*?)^ {{0,3}}\1\2*{_S}*?\n",
    re.M | re.S)
_FENCED_CODEBLOCK_WHOLE_RUN = re.compile(
    _FENCED_CODEBLOCK_MATCH.pattern.replace("{3,})", "{3,}+)", 1), re.M | re.S)
_FENCE_RUN = re.compile(r" {0,3}[~`]*")
_PARAGRAPH_END = re.compile(
    rf"{_LAZY_END.pattern}|{_LIST_START_UL.pattern}|{_LIST_START_OL.pattern}|"
    rf"{_ATX_HEADER_START.pattern}|{_DEFINITION_LIST_START.pattern}|{_BLOCKQUOTE_START.pattern}|"
    rf"{_FENCED_CODEBLOCK_START.pattern}")
_PARAGRAPH_END_AFTER = re.compile(rf"\n(?:{_PARAGRAPH_END.pattern})")
_LAZY_END_AFTER = re.compile(rf"\n(?:{_LAZY_END.pattern})")
_INDENT = re.compile(r"^(?:\t| {4})", re.M)
_CODEBLOCK_MATCH = re.compile(
    r"(?:(?:[ \t\v\f\r]*\n)*(?:(?:\t| {4})[ \t]*\S.*\n)+"
    rf"(?:(?!{_IAL_BLOCK_START.pattern}|\^{_S}*?\n|"
    rf" {{0,3}}{_LAZY_END_HTML_STOP}| {{0,3}}{_LAZY_END_HTML_START})^[ \t]*\S.*\n)*)*", re.M)
_HR_START = re.compile(r" {0,3}(\*|-|_)[ \t]*\1[ \t]*\1(\1|[ \t])*\n")
_SETEXT_HEADER_START = re.compile(r" {0,3}([^ \t\n].*)\n([-=])[-=]*[ \t\r\f\v]*\n")
_HEADER_ID = re.compile(r"[\t ]\{#([A-Za-z_:\u00c0-\uffff][-\w.:\u00b7]*)\}\Z")
_BLOCK_MATH_START = re.compile(rf" {{0,3}}(\\)?\$\$(.*?)\$\$({_S}*?\n)?", re.S)
_TABLE_PIPE_CHECK = r"(?:\||.*?[^\\\n]\|)"
_TABLE_LINE = re.compile(rf"{_TABLE_PIPE_CHECK}.*?\n")
_TABLE_START = re.compile(rf" {{0,3}}(?=\S){_TABLE_LINE.pattern}")
_TABLE_SEP_LINE = re.compile(r"([+|: \t-]*?-[+|: \t-]*?)[ \t]*\n")
_TABLE_HSEP_ALIGN = re.compile(r"[ \t]?(:?)-+(:?)[ \t]?")
_TABLE_FSEP_LINE = re.compile(r"[+|: \t=]*?=[+|: \t=]*?[ \t]*\n")
_TABLE_ROW_LINE = re.compile(r"(.*?)[ \t]*\n")
_FOOTNOTE_DEFINITION_START = re.compile(
    rf" {{0,3}}\[\^({_ALD_ID_NAME})\]:{_S}*?(.*?\n{_CODEBLOCK_MATCH.pattern})", re.M)
_LINK_DEFINITION_START = re.compile(
    r" {0,3}\[([^\n\]]+)\]:[ \t]*(?:<(.*?)>|([^\n]*?\S[^\n]*?))"
    r"(?:(?:[ \t]*?\n|[ \t]+?)[ \t]*?([\"'])(.+?)\4)?[ \t]*?\n")
_ABBREV_DEFINITION_START = re.compile(r" {0,3}\*\[(.+?)\]:(.*?)\n")
_HTML_BLOCK_START = re.compile(rf" {{0,3}}<({_UNAME}|!--|/)")
_HTML_COMMENT = re.compile(r"<!--(.*?)-->", re.S)
_HTML_INSTRUCTION = re.compile(r"<\?(.*?)\?>", re.S)
_HTML_TAG = re.compile(
    rf"""<((?>{_UNAME})){_S}*((?>{_S}+{_UNAME}(?:{_S}*={_S}*(?:\w+|("|').*?\3))?)*){_S}*(/)?>""",
    re.S)
_HTML_TAG_CLOSE = re.compile(rf"</({_UNAME}){_S}*>")
_HTML_ATTRIBUTE = re.compile(rf"""{_S}*({_UNAME})(?:{_S}*={_S}*(?:(\w+)|("|')(.*?)\3))?""", re.S)
_HTML_RAW_START = re.compile(rf"<(?:{_UNAME}|/|!--|\?)")
_TRAILING_WHITESPACE = re.compile(r"[ \t]*\n")
_FOOTNOTE_MARKER = re.compile(rf"\[\^({_ALD_ID_NAME})\]")
_AUTOLINK = re.compile(r"<((mailto|https?|ftps?):.+?|[\w.\-]+?@[\w.\-]+?)>")
_REFERENCE = r"&(?:[\w:][-\w.:]*;|#\d+;|#x[0-9a-fA-F]+;)"
# (and the marks of placeholders, as character references, so that no text can pass for one)
_ESCAPE_TEXT = re.compile(rf"{_REFERENCE}|[<>&\u2e2b-\u2e2d]", re.A)
_ESCAPE_ATTRIBUTE = re.compile(rf"{_REFERENCE}|[<>&\"\u2e2b-\u2e2d]", re.A)
_ESCAPE_ALL = re.compile("[<>&\u2e2b-\u2e2d]")
_ESCAPES = {"<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;", "\u2e2b": "&#x2e2b;",
            "\u2e2c": "&#x2e2c;", "\u2e2d": "&#x2e2d;"}

_ALD_TYPE_ANY = re.compile(
    rf"(?:\A|{_S})(?:({_ALD_ID_NAME})=(\"|')((?:\\\}}|\\\2|[^}}\x02])*?)\2|({_ALD_ID_NAME})|"
    rf"((?:#[A-Za-z][\w:-]*|\.[^\s.#]+)+))(?={_S}|\Z)", re.A)
_ALD_ID_OR_CLASS = re.compile(r"#([A-Za-z][\w:-]*)|\.([^\s.#]+)", re.A)

_SPAN_ELEMENTS = frozenset(_SPAN_ELEMENTS_RE.split("|")) - {"script"}
_BLOCK_ELEMENTS = _names(
    "address article aside applet body blockquote caption col colgroup dd div dl dt fieldset "
    "figcaption footer form h1 h2 h3 h4 h5 h6 header hgroup hr html head iframe legend menu "
    "li main map nav ol optgroup p pre section summary table tbody td th thead tfoot tr ul")
_VOID_ELEMENTS = _names("area base br col command embed hr img input keygen link meta param "
                           "source track wbr")
_BLOCK_MODEL = _names(
    "address applet article aside blockquote body dd details div dl fieldset figure "
    "figcaption footer form header hgroup iframe li main map menu nav noscript object "
    "section summary td")
_SPAN_MODEL = _names(
    "a abbr acronym b bdo big button cite caption del dfn dt em h1 h2 h3 h4 h5 h6 i ins "
    "label legend optgroup p q rb rbc rp rt rtc ruby select small span strong sub sup th tt")
_RAW_MODEL = _names("script style math option textarea pre code kbd samp var")
_HTML_ELEMENTS = _SPAN_ELEMENTS | _BLOCK_ELEMENTS | _VOID_ELEMENTS | _BLOCK_MODEL | _SPAN_MODEL \
    | _RAW_MODEL
_MARKDOWN_ATTRIBUTE = {"0": "raw", "1": "default", "span": "span", "block": "block"}

# Rouge 3.30's lexer tags and aliases: a fenced language rouge does not know is not highlighted,
# and kramdown then writes a bare <pre><code> for it.
_ROUGE_LEXERS = _names("""
Dockerfile HAML Isabelle LaTeX OCL R S TeX abap actionscript ada apache apex apib apiblueprint
applescript armasm as as3 aug augeas awk bash bat batch batchfile bbcbasic behat bib bibtex biml bpf
brainfuck brightscript brs bs bsdmake bsl c c# c++ ceylon cfc cfscript cl clean clj cljs clojure
cmake cmhg cmm coffee coffee-script coffeescript common-lisp common_lisp conf config configuration
console coq cpp cr crystal cs csharp css csvs cucumber cuda cypher cython d dafny dart datastudio
diff digdag django dlang docker dockerfile dosbatch dot e-mail ecl eex eiffel elisp elixir elm
emacs-lisp email eml epp eps erb erl erlang eruby esc escape ex exs factor fea ff fluent fortran
freefem fsharp ftl gd gdscript ghc-cmm ghc-core gherkin glsl gnumake go golang gradle graphql groovy
hack haml handlebars haskell haxe hbs hcl heex hh hlsl hocon hql hs html http hx hy hylang idlang
idr idris igorpro ini io irb irb_output isa isabelle isbl j janet java javascript jdn jinja jl js
jsl json json-doc jsonc jsonnet jsp jsx julia kdb+ kotlin ksh lasso lassoscript latex lean leex
lhaskell lhs liquid lisp litcoffee literate_coffeescript literate_haskell lithaskell livescript
llvm ls lua lustre lutin m m68k magik make makefile markdown mason mathematica matlab md meson mf
microsoftshell minizinc mkd ml moon moonscript mosel msgtrans msshell mustache mxml nasm nes nesasm
nginx nial nim nimrod nix nixos obj-c obj-c++ obj-cpp obj_c obj_c++ obj_cpp objc objc++ objcpp
objective_c objective_cpp objectivec objectivec++ objectivecpp ocaml ocl openedge opentype
opentype_feature_file opentypefeature pascal patch perl php php3 php4 php5 pl plaintext plist
plsql pony posh postscr postscript powershell pp praat prolog prometheus properties proto protobuf
pry ps puppet py pyrex python pyx q qml r racket rb react realbasic reasonml rego rescript rhtml
robot robot-framework robot_framework rs rs,ignore rs,no_run rs,should_panic ruby rust rust,ignore
rust,no_run rust,should_panic s sas sass scala scheme scss sed sh shell shell-session shell_session
sieve slice slim smalltalk smarty sml solidity sparql sqf sql squeak ssh st stan stata
supercollider swift systemd syzlang syzprog tap tcl terminal terraform tex text tf toml ts tsx
ttcn3 tulip turtle twig typescript udiff unit-file vala varnish varnishconf vb vcl velocity
verilog vhdl vim viml vimscript visualbasic vue vuejs winbatch wl wollok xml xojo xpath xquery
yaml yang yml zig zir zsh guess
""")
_LIST_ITEM_IAL = re.compile(
    rf"\s*(?:\{{:(?!(?:{_ALD_ID_NAME})?:|/)({_ALD_ANY_CHARS}+)\}})\s*")
_LIST_ITEM_IAL_CHECK = re.compile(
    rf"(?:\s*(?:\{{:(?!(?:{_ALD_ID_NAME})?:|/)({_ALD_ANY_CHARS}+)\}})\s*)?\s*\n")

# Where the inline pass has something to do: escapes, code spans, math, IALs and extensions,
# footnote markers, link destinations, HTML, guillemets, tildes, quotes, placeholder marks.
_INLINE_START = re.compile("[\\\\`${\\[\\]<>~\"'\u2e2b-\u2e2d]")
# Lines of a paragraph that pulldown-cmark would take for the start of a block, and kramdown
# not: setext underlines, rules, `1)` items, lone `#`, HTML blocks of the kinds that interrupt.
_PROTECT = re.compile(
    r" {0,3}(?:(?:=+|-+)[ \t]*$|([*_-])[ \t]*\1[ \t]*\1[*_ \t-]*$|\d+\)|#{1,6}(?:[ \t]|$)|"
    r"<(?:!|\?|/?(?:script|option|textarea|style|pre)\b)|[`~]{3}|[-+*][ \t]*$)", re.I)
# ...and the first line of a paragraph: also any HTML (kramdown read it as text), empty items.
_PROTECT_FIRST = re.compile(
    r" {0,3}(?:<|\d+[.)][ \t]*$|\d+\)|#{1,6}(?:[ \t]|$)|[`~]{3}|[-+*][ \t]*$|\[[^\]]*\]:)",
    re.M)


def _escape_text(text: str) -> str:
    """kramdown's escape_html(text, :text): <, > and & that do not start an entity."""
    return _ESCAPE_TEXT.sub(lambda m: _ESCAPES.get(m[0], m[0]), text)


def _escape_attribute(text: str) -> str:
    """kramdown's escape_html(text, :attribute): the same, and double quotes."""
    return _ESCAPE_ATTRIBUTE.sub(lambda m: _ESCAPES.get(m[0], m[0]), text)


def _escape_all(text: str) -> str:
    """kramdown's escape_html(text): every <, > and &."""
    return _ESCAPE_ALL.sub(lambda m: _ESCAPES[m[0]], text)


def _html_attributes(attrs: dict[str, str]) -> str:
    """kramdown's html_attributes: ` k="v"` each, an empty id left out."""
    if not attrs:
        return ""
    return "".join(f' {k}="{_escape_attribute(v)}"' for k, v in attrs.items()
                   if not (k == "id" and not v.strip()))


# ---------------------------------------------------------------------------------------------
# Rendering

_PYROMARK = pyromark.Markdown(
    options=pyromark.Options.ENABLE_STRIKETHROUGH | pyromark.Options.ENABLE_SMART_PUNCTUATION)


def render_markdown(text: str, options: MarkdownOptions = _DEFAULTS) -> str:
    """The body's HTML as Jekyll's kramdown renders it (unsanitised: herald sanitises it)."""
    source = _adapted(text)
    if _fast_path_fits(options) and not _needs_kramdown(source):
        # Nothing here that kramdown reads otherwise than pulldown-cmark: the block reader and
        # the placeholders would change nothing, so pyromark's HTML only gets header ids and
        # rouge's code wrappers; its smart quotes are checked against kramdown's rules.
        page = _PYROMARK.html(source)
        if not _links_read_otherwise(page) and (
                ('"' not in source and "'" not in source) or _quotes_as_kramdown(source, page)):
            return _Render(options).finish(page)
    return _kramdown_html(source, options)


def _fast_path_fits(options: MarkdownOptions) -> bool:
    """Whether the options leave the text as pyromark writes it (header ids, code and the
    like are made kramdown's either way)."""
    return not options.hard_wrap and options.smart_quotes == _DEFAULTS.smart_quotes \
        and not options.typographic_symbols and not options.no_auto_typographic


def _kramdown_html(source: str, options: MarkdownOptions) -> str:
    """The general path: kramdown's blocks, pyromark for their inline text, kramdown's HTML."""
    render = _Render(options)
    blocks = _Blocks(render, source).read()
    markdown = render.emit(blocks) + render.emit_footnote_bodies()
    return render.finish(_PYROMARK.html(markdown))


def _adapted(text: str) -> str:
    """The source as kramdown's parser takes it: Unix newlines, ending with exactly one."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text.removesuffix("\n") + "\n"


# ---------------------------------------------------------------------------------------------
# Attribute lists

@dataclass
class _Ial:
    """An inline attribute list: attributes, and the names of the ALDs it refers to."""

    attrs: dict[str, str] = field(default_factory=dict)
    refs: list[str] = field(default_factory=list)

    def update(self, other: _Ial) -> None:
        """kramdown's update_ial_with_ial: classes add up, other values are replaced."""
        self.refs.extend(other.refs)
        for key, value in other.attrs.items():
            self.attrs[key] = f"{self.attrs.get(key, '')} {value}".lstrip() \
                if key == "class" else value


def _attribute_list(text: str) -> _Ial:
    """kramdown's parse_attribute_list: `.class #id key="value" ref` items."""
    ial = _Ial()
    if not text.strip() or text.strip() == ":":
        return ial
    for match in _ALD_TYPE_ANY.finditer(text):
        key, sep, value, ref, id_and_class = match[1], match[2], match[3], match[4], match[5]
        if ref:
            ial.refs.append(ref)
        elif id_and_class:
            for part in _ALD_ID_OR_CLASS.finditer(id_and_class):
                if part[2]:
                    ial.attrs["class"] = f"{ial.attrs.get('class', '')} {part[2]}".lstrip()
                else:
                    ial.attrs["id"] = part[1]
        elif key:
            ial.attrs[key] = re.sub(r"\\(\}|" + re.escape(sep) + ")", r"\1", value)
    return ial


# ---------------------------------------------------------------------------------------------
# Blocks

@dataclass
class _Block:
    """One block as kramdown's parser sees it.

    kind: p h code hr ul ol dl bq html rawhtml math table linkdef blank eob. `text` is the raw
    text of a paragraph or header, a code block's code, an element's name, a rawhtml block's
    HTML, an eob's cause."""

    kind: str
    text: str = ""
    level: int = 0
    ial: _Ial | None = None
    children: list[_Block] = field(default_factory=list)
    items: list[_Item] = field(default_factory=list)
    extra: Any = None  # code: (lang, class lang); html: (model, attrs, body); table; list eob


@dataclass
class _Item:
    """A list item (li) or a definition list's term (dt) or definition (dd)."""

    tag: str
    blocks: list[_Block] = field(default_factory=list)
    text: str = ""  # a term's raw text
    ial: _Ial | None = None
    transparent: bool = False  # its first paragraph is written without <p>


class _Blocks:
    """kramdown's block parser (parse_blocks and the block parsers) over one source."""

    def __init__(self, render: _Render, src: str, pos: int = 0,
                 stop_tag: str | None = None, depth: int = 0) -> None:
        self.render = render
        self.src = src
        self.pos = pos
        self.blocks: list[_Block] = []
        self.block_ial: _Ial | None = None
        self.stop_tag = stop_tag
        self.stopped = False
        self.depth = depth  # how deep in lists, quotes and HTML elements this text stands

    def read(self) -> list[_Block]:
        """The blocks from pos to the end, or to the end tag of the element being read."""
        src = self.src
        if self.depth > _NESTING_AT_MOST:  # deeper than any page: the rest is text
            self.blocks.append(_Block("code", src[self.pos:], extra=("", "")))
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

    # helpers ---------------------------------------------------------------------------------

    def add(self, block: _Block) -> None:
        """kramdown's new_block_el: a block takes the IAL that stands before it."""
        if self.block_ial is not None:
            block.ial, self.block_ial = self.block_ial, None
        self.blocks.append(block)

    def after_block_boundary(self) -> bool:
        last = self.blocks[-1] if self.blocks else None
        return last is None or last.kind == "blank" or (last.kind == "eob" and not last.text) \
            or self.block_ial is not None

    def before_block_boundary(self, pos: int) -> bool:
        src = self.src
        return pos >= len(src) or bool(_BLANK_LINE.match(src, pos) or _EOB_MARKER.match(src, pos)
                                       or _IAL_BLOCK_START.match(src, pos))

    def line_end(self, pos: int) -> int:
        end = self.src.find("\n", pos)
        return len(self.src) if end < 0 else end + 1

    def read_nested(self, text: str) -> list[_Block]:
        return _Blocks(self.render, text, depth=self.depth + 1).read()

    # block parsers, in kramdown's order ------------------------------------------------------

    def blank_line(self) -> bool:
        if not (match := _BLANK_LINE.match(self.src, self.pos)):
            return False
        self.pos = match.end()
        if self.blocks and self.blocks[-1].kind == "blank":
            self.blocks[-1].text += match[0]
        else:
            self.add(_Block("blank", match[0]))
        return True

    def codeblock(self) -> bool:
        src = self.src
        match = _CODEBLOCK_MATCH.match(src, self.pos)
        if not match or not match[0]:
            return False
        self.pos = match.end()
        code = _INDENT.sub("", re.sub(r"\n( {0,3}\S)", r" \1", match[0]))
        self.add(_Block("code", code, extra=("", "")))
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
        language = (match[3] or "").strip(_RUBY_SPACES)
        self.add(_Block("code", match[5], extra=(language, match[4] or "")))
        return True

    def blockquote(self) -> bool:
        src = self.src
        if not _BLOCKQUOTE_START.match(src, self.pos):
            return False
        start = self.pos
        end = _LAZY_END_AFTER.search(src, self.line_end(start) - 1)
        self.pos = end.start() + 1 if end else len(src)
        inner = _BLOCKQUOTE_PREFIX.sub("", src[start:self.pos])
        self.add(_Block("bq", children=self.read_nested(inner)))
        return True

    def atx_header(self) -> bool:
        if not (match := _ATX_HEADER_START.match(self.src, self.pos)):
            return False
        text, header_id = _header_contents(match[2])
        if text.endswith("#") and (stripped := _CLOSING_HASHES.sub("", text)) != text:
            text = stripped.rstrip(_RUBY_SPACES)
        if not text:
            return False
        self.pos = match.end()
        self.add_header(len(match[1]), text, header_id)
        return True

    def add_header(self, level: int, text: str, header_id: str | None) -> None:
        block = _Block("h", text, level=level)
        self.add(block)
        if header_id is not None:
            ial = _Ial({"id": header_id})
            if block.ial is not None:
                ial.update(block.ial)
            block.ial = ial

    def hr(self) -> bool:
        if not (match := _HR_START.match(self.src, self.pos)):
            return False
        self.pos = match.end()
        self.add(_Block("hr"))
        return True

    def list(self) -> bool:
        """kramdown's parse_list: which lines make the list, each item's blocks, and which
        items write their first paragraph without <p>."""
        if self.simple_list():
            return True
        src = self.src
        kind = "ul"
        if not _LIST_START_UL.match(src, self.pos):
            kind = "ol"
            if not _LIST_START_OL.match(src, self.pos):
                return False
        block = _Block(kind)
        self.add(block)
        values: list[list[str]] = []
        start_re: re.Pattern[str] = _LIST_START_UL if kind == "ul" else _LIST_START_OL
        lines = _ListLines(0)
        content, lazy, indent = lines.content, lines.lazy, ""
        last_is_blank = nested_found = eob_found = False
        pos, end = self.pos, len(src)
        while pos < end:
            first = src[pos]
            if last_is_blank and first in " *-_" and _HR_START.match(src, pos):
                break
            if first == "^" and (match := _EOB_MARKER.match(src, pos)):
                pos = match.end()
                eob_found = True
                break
            if first in _ITEM_STARTS_WITH and (match := start_re.match(src, pos)):
                pos = match.end()
                text, lines = _first_list_line(len(match[1]), match[2])
                content, lazy, indent = lines.content, lines.lazy, " " * lines.indentation
                text, ial = _item_ial(text)
                block.items.append(_Item("li", ial=ial))
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
            elif first in " \t\n\v\f\r" and (blank := _BLANK_LINE.match(src, pos)):
                pos = blank.end()
                nested_found = last_is_blank = True
                values[-1][-1] += blank[0]
            else:
                break
        self.pos = pos
        trailing_blank: _Block | None = None
        items = block.items
        for index, (item, parts) in enumerate(zip(items, values, strict=True)):
            for part in parts:
                item.blocks.extend(_one_line_paragraph(part) or self.read_nested(part))
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
        after = _BLANK_LINE.match(src, end)
        if after is None and end < len(src):
            return False  # a lazy line, or a block kramdown reads into the last item
        following = after.end() if after else end
        if following < len(src) and (src[following] in " \t" or (
                _LIST_START_UL.match(src, following) or _LIST_START_OL.match(src, following))):
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
                    or (item[3][0].isdigit() and _LIST_START_OL.match(item[3])):
                return False
            items.append(_Item("li", [_Block("p", item[3].rstrip(_RUBY_SPACES))], transparent=True))
        self.pos = following
        self.add(_Block("ol" if ordered else "ul", items=items, extra=False))
        if after:
            self.blocks.append(_Block("blank", after[0]))
        return True

    def definition_list(self) -> bool:
        """kramdown's parse_definition_list: the paragraph before becomes the terms."""
        src = self.src
        blocks = self.blocks
        if not _DEFINITION_LIST_START.match(src, self.pos) or not blocks or (
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
        deflist = _Block("dl", ial=para.ial)
        for term in para.text.split("\n"):
            text, ial = _item_ial(term)
            deflist.items.append(_Item("dt", text=text, ial=ial))
        definitions: list[tuple[_Item, list[str], bool]] = []
        start_re = _DEFINITION_LIST_START
        lines = _ListLines(0)
        last_is_blank = False
        while self.pos < len(src):
            if match := start_re.match(src, self.pos):
                self.pos = match.end()
                text, lines = _first_list_line(len(match[1]), match[2])
                text, ial = _item_ial(text)
                item = _Item("dd", ial=ial)
                deflist.items.append(item)
                definitions.append((item, [text], first_as_para))
                start_re = _list_pattern("dl", lines.indentation)
                first_as_para = last_is_blank = False
            elif _EOB_MARKER.match(src, self.pos):
                break
            elif line := lines.line(src, self.pos, last_is_blank):
                self.pos = line.end()
                text = _tabs_expanded(line[0])
                definitions[-1][1].append(lines.indent.sub("", text, count=1))
                first_as_para = last_is_blank = False
            elif blank := _BLANK_LINE.match(src, self.pos):
                self.pos = blank.end()
                definitions[-1][1].append(blank[0])
                first_as_para = last_is_blank = True
            else:
                break
        trailing_blank: _Block | None = None
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

    def block_html(self) -> bool:
        """kramdown's parse_block_html: a comment, or an element of a block-level tag."""
        src = self.src
        if not (start := _HTML_BLOCK_START.match(src, self.pos)):
            return False
        if start[1] == "!--":
            if src.find("-->", self.pos) < 0 or not (comment := _HTML_COMMENT.match(src, self.pos)):
                return False
            self.pos = comment.end()
            self.blocks.append(_Block("rawhtml", comment[0] + "\n"))
            if match := _TRAILING_WHITESPACE.match(src, self.pos):
                self.pos = match.end()
            return True
        if start[1] == "/":
            close = _HTML_TAG_CLOSE.match(src, start.end() - 2)
            if close is not None and close[1].lower() not in _SPAN_ELEMENTS \
                    and self.stop_tag is not None and _element_name(close[1]) == self.stop_tag:
                self.pos = close.end()
                self.stopped = True
                return True
            return False
        tag = _HTML_TAG.match(src, start.end() - len(start[1]) - 1)
        if tag is None or tag[1].lower() in _SPAN_ELEMENTS:
            return False
        self.pos = tag.end()
        self.html_element(tag)
        return True

    def html_element(self, tag: re.Match[str]) -> None:
        """kramdown's handle_kramdown_html_tag: the element's content model decides whether its
        content is raw HTML, Markdown blocks or Markdown text."""
        src = self.src
        name = _element_name(tag[1])
        attrs = _html_attributes_of(tag[2], name in _HTML_ELEMENTS)
        closed = tag[4] is not None or name in _VOID_ELEMENTS
        model = _content_model(name) if self.render.parse_block_html else "raw"
        wanted = _MARKDOWN_ATTRIBUTE.get(attrs.pop("markdown", ""), "")
        if wanted:
            model = _content_model(name) if wanted == "default" else wanted
        block = _Block("html", name)
        self.add(block)
        if name in ("script", "style"):
            end = re.compile(rf"</{re.escape(name)}{_S}*>", re.I).search(src, self.pos)
            body = src[self.pos:end.start() if end else len(src)]
            self.pos = end.end() if end else len(src)
            block.extra = ("raw", attrs, [body])
            return
        if model == "block" and (match := _TRAILING_WHITESPACE.match(src, self.pos)):
            self.pos = match.end()
        if closed:
            block.extra = ("closed" if model == "raw" or name in _VOID_ELEMENTS else "empty",
                           attrs, "")
            return
        if model == "block":
            inner = _Blocks(self.render, src, self.pos, stop_tag=name, depth=self.depth + 1)
            block.children = inner.read()
            self.pos = inner.pos
            block.extra = ("block", attrs, "")
        elif model == "span":
            end = re.compile(rf"</{re.escape(name)}{_S}*>", re.I).search(src, self.pos)
            block.extra = ("span", attrs, src[self.pos:end.start() if end else len(src)])
            self.pos = end.end() if end else len(src)
        else:
            body, self.pos = self.raw_html(self.pos, name, self.depth)
            block.extra = ("raw", attrs, body)
        if match := _TRAILING_WHITESPACE.match(src, self.pos):
            self.pos = match.end()

    def raw_html(self, pos: int, name: str, depth: int = 0) -> tuple[list[str | _Block], int]:
        """kramdown's parse_raw_html for the element `name` whose start tag ends at pos: the
        HTML its converter writes for the content (tags nested by name, stray end tags as
        text), with the content of elements marked markdown="1" as blocks to render; and the
        position after the end tag."""
        src = self.src
        if depth > _NESTING_AT_MOST:  # deeper than any page: the rest is text
            return [_escape_text(src[pos:])], len(src)
        parts: list[str | _Block] = []
        case_blind = name in _HTML_ELEMENTS
        while True:
            if not (start := _HTML_RAW_START.search(src, pos)):
                parts.append(_escape_text(src[pos:]))
                return parts, len(src)
            parts.append(_escape_text(src[pos:start.start()]))
            pos = start.start()
            if match := _HTML_COMMENT.match(src, pos) or _HTML_INSTRUCTION.match(src, pos):
                parts.append(match[0])
                pos = match.end()
            elif tag := _HTML_TAG.match(src, pos):
                pos = self.raw_element(tag, parts, depth)
            elif close := _HTML_TAG_CLOSE.match(src, pos):
                pos = close.end()
                if (close[1].lower() if case_blind else close[1]) == name:
                    return parts, pos
                parts.append(_escape_text(close[0]))
            else:
                parts.append("&lt;")
                pos += 1

    def raw_element(self, tag: re.Match[str], parts: list[str | _Block], depth: int) -> int:
        """An element inside raw HTML: raw itself, unless marked markdown="1" (or "block",
        "span")."""
        src = self.src
        pos = tag.end()
        name = _element_name(tag[1])
        attrs = _html_attributes_of(tag[2], name in _HTML_ELEMENTS)
        wanted = _MARKDOWN_ATTRIBUTE.get(attrs.pop("markdown", ""), "raw")
        model = _content_model(name) if wanted == "default" else wanted
        opening = f"<{name}{_html_attributes(attrs)}"
        if name in ("script", "style"):
            end = re.compile(rf"</{re.escape(name)}{_S}*>", re.I).search(src, pos)
            parts.append(f"{opening}>{src[pos:end.start() if end else len(src)]}</{name}>")
            return end.end() if end else len(src)
        if tag[4] is not None or name in _VOID_ELEMENTS:
            parts.append(opening + (" />" if model == "raw" or name in _VOID_ELEMENTS
                                    else f"></{name}>"))
            return pos
        if model == "block":
            if match := _TRAILING_WHITESPACE.match(src, pos):
                pos = match.end()
            inner = _Blocks(self.render, src, pos, stop_tag=name, depth=depth + 1)
            parts.extend((opening + ">\n", _Block("group", children=inner.read()),
                          f"</{name}>"))
            return inner.pos
        if model == "span":
            end = re.compile(rf"</{re.escape(name)}{_S}*>", re.I).search(src, pos)
            text = src[pos:end.start() if end else len(src)]
            parts.extend((opening + ">", _Block("p", text), f"</{name}>"))
            return end.end() if end else len(src)
        inner_parts, pos = self.raw_html(pos, name, depth + 1)
        parts.append(opening + ">")
        parts.extend(inner_parts)
        parts.append(f"</{name}>")
        return pos

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
        self.add(_Block("math", match[2].strip(_RUBY_SPACES)))
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
                if leading_pipe and not cells[0].strip(_RUBY_SPACES):
                    cells.pop(0)
                if cells and not cells[-1].strip(_RUBY_SPACES):
                    cells.pop()
                rows.append([cell.strip(_RUBY_SPACES) for cell in cells])
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
        self.add(_Block("table", extra=(sections, (alignment + ["default"] * columns)[:columns])))
        return True

    def footnote_definition(self) -> bool:
        if not (match := _FOOTNOTE_DEFINITION_START.match(self.src, self.pos)):
            return False
        self.pos = match.end()
        self.render.footnotes[match[1]] = self.read_nested(_INDENT.sub("", match[2]))
        self.add(_Block("eob", "footnote_def"))
        return True

    def link_definition(self) -> bool:
        if not (match := _LINK_DEFINITION_START.match(self.src, self.pos)) \
                or (match[3] and re.search(r"[ \t]+[\"']", match[3])):
            return False
        self.pos = match.end()
        url = match[2] if match[2] is not None else match[3]
        self.add(_Block("linkdef", _link_definition(match[1], url, match[5])))
        return True

    def abbrev_definition(self) -> bool:
        if not (match := _ABBREV_DEFINITION_START.match(self.src, self.pos)):
            return False
        self.pos = match.end()
        self.render.abbreviations[match[1]] = match[2].strip(_RUBY_SPACES)
        self.add(_Block("eob", "abbrev_def"))
        return True

    def block_extensions(self) -> bool:
        """An ALD, an extension ({::comment}, {::nomarkdown}, {::options}) or a block IAL."""
        src = self.src
        render = self.render
        if match := _ALD_START.match(src, self.pos):
            self.pos = match.end()
            render.alds.setdefault(match[1], _Ial()).update(_attribute_list(match[2]))
            self.add(_Block("eob", "ald"))
            return True
        if match := _EXT_BLOCK_START.match(src, self.pos):
            return self.extension(match)
        if not (match := _IAL_BLOCK_START.match(src, self.pos)):
            return False
        self.pos = match.end()
        ial = _attribute_list(match[1])
        last = self.blocks[-1] if self.blocks else None
        if last is not None and last.kind != "blank" and (
                last.kind != "eob" or last.text in ("footnote_def", "abbrev_def")):
            if last.ial is None:
                last.ial = _Ial()
            last.ial.update(ial)
            if not _IAL_BLOCK_START.match(src, self.pos):
                self.add(_Block("eob", "ial"))
        else:
            if self.block_ial is None:
                self.block_ial = _Ial()
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
        options = _attribute_list(match[2] or "")
        if name == "comment":
            if body is not None:
                self.blocks.append(_Block("rawhtml", f"<!-- {body} -->\n"))
        elif name == "nomarkdown":
            kinds = options.attrs.get("type", "").split()
            if body is not None and (not kinds or "html" in kinds):
                self.blocks.append(_Block("rawhtml", body + "\n"))
        elif name == "options":
            self.render.set_inline_options(options.attrs)
            self.add(_Block("eob", "extension"))
        else:
            return False
        self.pos = end
        return True

    def eob_marker(self) -> bool:
        if not (match := _EOB_MARKER.match(self.src, self.pos)):
            return False
        self.pos = match.end()
        self.add(_Block("eob"))
        return True

    def paragraph(self) -> None:
        """kramdown's parse_paragraph: lines up to the next paragraph end."""
        src = self.src
        start = self.pos
        end = _PARAGRAPH_END_AFTER.search(src, self.line_end(start) - 1)
        self.pos = end.start() + 1 if end else len(src)
        text = src[start:self.pos].rstrip(_RUBY_SPACES)
        last = self.blocks[-1] if self.blocks else None
        if last is not None and last.kind == "p":
            last.text += ("  \n" if src[max(start - 3, 0):start] == "  \n" else "\n") + text
        else:
            self.add(_Block("p", text.lstrip(_RUBY_SPACES)))


def _block_dispatch() -> dict[str, tuple[Callable[[_Blocks], bool], ...]]:
    """For each character a line can start with, the block parsers (in kramdown's order) that
    can match such a line; "" is for lines starting with a space or a tab."""
    order: list[tuple[Callable[[_Blocks], bool], str]] = [
        (_Blocks.blank_line, " \t\n\v\f\r"), (_Blocks.codeblock, " \t"),
        (_Blocks.fenced_codeblock, " `~"), (_Blocks.blockquote, " >"),
        (_Blocks.atx_header, "#"), (_Blocks.hr, " *-_"), (_Blocks.list, " +*-0123456789"),
        (_Blocks.definition_list, " :"), (_Blocks.block_html, " <"),
        (_Blocks.setext_header, ""), (_Blocks.block_math, " \\$"), (_Blocks.table, ""),
        (_Blocks.footnote_definition, " ["), (_Blocks.link_definition, " ["),
        (_Blocks.abbrev_definition, " *"), (_Blocks.block_extensions, " {"),
        (_Blocks.eob_marker, "^")]
    starts = {char for _, chars in order for char in chars}
    dispatch = {char: tuple(parser for parser, chars in order if not chars or char in chars)
                for char in starts}
    dispatch[""] = tuple(parser for parser, chars in order if not chars)
    dispatch["\t"] = dispatch[" "]
    return dispatch


_DISPATCH = _block_dispatch()


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
    bare = content.lstrip(_RUBY_SPACES)
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


_NESTING_AT_MOST = 60  # lists, quotes and HTML elements within each other
_LEADING_TABS = re.compile(r"( *)(\t+)")
_BRACKET = re.compile(r"\\.|[\[\]]", re.S)
_ESCAPED_CHAR = re.compile(r"\\([\\.*_+`<>()\[\]{}#!:|\"'$=\-~])")
_CLOSING_HASHES = re.compile(r"[\t ]#+\Z")
_SPACES_LINE = re.compile(r"\n[ ]+\n")
_NEWLINES = re.compile(r"\n+")
_NOT_ID_CHARACTER = re.compile(r"[^a-z0-9_\- \t]")
_TABLE_PIPE = re.compile(_TABLE_PIPE_CHECK)
_CODE_SPAN_RUN = re.compile(r"(?<!`)(`++)(.+?)(?<!`)\1(?!`)")
_LEADING_TAB_RUN = re.compile(r"^\t+")
_LAZY_LINES = tuple(re.compile(rf"(?! {{0,{spaces}}}(?:{_IAL_BLOCK}|{_LAZY_END_HTML_STOP}|"
                               rf"{_LAZY_END_HTML_START})).*\S.*\n") for spaces in range(4))
_LIST_LINES = tuple(_list_lines(indentation) for indentation in range(17))


def _item_ial(text: str) -> tuple[str, _Ial | None]:
    """An item's text without the IAL it starts with, and that IAL."""
    if not text.lstrip().startswith("{:") or not (match := _LIST_ITEM_IAL.match(text)):
        return text, None
    return text[match.end():], _attribute_list(match[1])


def _list_start(line: str) -> bool:
    return line.lstrip(" ")[:1] in _ITEM_MARKS and bool(
        _LIST_START_UL.match(line) or _LIST_START_OL.match(line))


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


def _closing_bracket(text: str, at: int) -> int:
    """Where the ] is that closes the [ at `at` (nested brackets counted, escaped ones not),
    or -1."""
    depth = 0
    for match in _BRACKET.finditer(text, at):
        if match[0] == "[":
            depth += 1
        elif match[0] == "]":
            depth -= 1
            if not depth:
                return match.start()
    return -1


def _one_line_paragraph(text: str) -> list[_Block] | None:
    """The blocks of an item's text that is one line of plain text (the most common item), or
    None: read without the block parser."""
    line, _, rest = text.partition("\n")
    if not line or not (line[0].isalpha() or line[0] in "(\"'“‘") or "|" in line \
            or (rest and not rest.isspace()):
        return None
    blocks = [_Block("p", line.rstrip(_RUBY_SPACES))]
    if rest:
        blocks.append(_Block("blank", rest))
    return blocks


def _header_contents(text: str) -> tuple[str, str | None]:
    """A header's text and its {#id}, as kramdown's parse_header_contents finds them."""
    text = text.rstrip(_RUBY_SPACES)
    if match := _HEADER_ID.search(text):
        return text[:match.start()].rstrip(_RUBY_SPACES), match[1]
    return text, None


def _element_name(name: str) -> str:
    return name.lower() if name.lower() in _HTML_ELEMENTS else name


def _content_model(name: str) -> str:
    if name in _BLOCK_MODEL:
        return "block"
    return "span" if name in _SPAN_MODEL else "raw"


def _html_attributes_of(text: str, known_element: bool) -> dict[str, str]:
    """kramdown's parse_html_attributes."""
    attrs: dict[str, str] = {}
    for match in _HTML_ATTRIBUTE.finditer(text):
        name = match[1].lower() if known_element else match[1]
        attrs[name] = match[2] if match[2] is not None else match[4] or ""
    return attrs


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


# ---------------------------------------------------------------------------------------------
# Placeholders: U+2E2C (U+2E2B for the start of a wrap), digits in U+E000-U+EFFF, U+2E2D.
# The marks around the digits are punctuation, which pulldown-cmark's emphasis rules take as
# the edge of a word; these three rare characters in the input become placeholders themselves.

_TOKEN = re.compile("[\u2e2b\u2e2c]([\ue000-\uefff]+)\u2e2d")
_TOKEN_PARAGRAPH = re.compile("<p>\u2e2c([\ue000-\uefff]+)\u2e2d</p>\n?")
_TOKEN_ESCAPED = re.compile(r"%E2%B8%A[BC](?:%EE%[89AB][0-9A-F]%[89AB][0-9A-F])+%E2%B8%AD")
_DIGITS = 0x1000


def _token_text(index: int, opening: str = "\u2e2c") -> str:
    if index < _DIGITS:
        return opening + chr(0xE000 + index) + "\u2e2d"
    digits = []
    while True:
        index, digit = divmod(index, _DIGITS)
        digits.append(chr(0xE000 + digit))
        if not index:
            return opening + "".join(reversed(digits)) + "\u2e2d"


def _unescaped_token(match: re.Match[str]) -> str:
    """A placeholder pyromark percent-encoded in an href, as it was."""
    return bytes.fromhex(match[0].replace("%", "")).decode()


def _has_token(text: str) -> bool:
    return "\u2e2d" in text


def _token_index(digits: str) -> int:
    index = 0
    for char in digits:
        index = index * _DIGITS + ord(char) - 0xE000
    return index


@dataclass
class _Token:
    """What a placeholder stands for.

    inline: `html` in text. ial: a span IAL's attributes for the element before it. fnref: a
    footnote marker. block: a paragraph that is `html` (or the TOC). wrap: a paragraph that
    is the element `html` ... `close` instead (for a header: its attrs). next: attributes for
    the next `name` element. fn: the start (name) or end of a footnote's blocks. `literal`
    is the source text, which is what a placeholder becomes inside code."""

    kind: str
    html: str = ""
    literal: str = ""
    attrs: dict[str, str] | None = None
    name: str = ""
    close: str = ""


_EMPTY = _token_text(0)
_UNKNOWN = _Token("none")
_WRAP_END = _token_text(1)


# ---------------------------------------------------------------------------------------------
# Rendering one document

class _Render:
    """One rendering: options, placeholders, and what the blocks define (footnotes,
    abbreviations, ALDs)."""

    def __init__(self, options: MarkdownOptions) -> None:
        self.options = options
        self.tokens: list[_Token] = [_Token("inline"), _Token("wrap")]
        self.literal_tokens: dict[str, str] = {}
        self.footnotes: dict[str, list[_Block]] = {}
        self.abbreviations: dict[str, str] = {}
        self.alds: dict[str, _Ial] = {}
        self.parse_block_html = options.parse_block_html
        self.parse_span_html = options.parse_span_html
        self.later_options: dict[str, object] = {}
        self.headers: list[tuple[int, str, str]] = []  # level, id, inner HTML of TOC headers
        self.span_ials: list[int] = []  # placeholders of span IALs left to apply
        self.wants_toc = False
        self.remap = _text_remap(options)
        self.inline_start = _INLINE_START if self.remap is None else re.compile(
            "[–—…" + _INLINE_START.pattern[1:])
        self.inline_start_dashes = re.compile(self.inline_start.pattern + "|-{4,}")
        self.quotes = _smart_quote_chars(options.smart_quotes)

    # placeholders ----------------------------------------------------------------------------

    def token(self, token: _Token) -> str:
        self.tokens.append(token)
        return _token_text(len(self.tokens) - 1, "\u2e2b" if token.kind == "wrap" else "\u2e2c")

    def token_at(self, digits: str) -> _Token:
        """The token the placeholder digits stand for (an unknown one, for digits from the
        input that only look like a placeholder's, stands for nothing)."""
        index = _token_index(digits)
        return self.tokens[index] if index < len(self.tokens) else _UNKNOWN

    def inline(self, html_text: str, literal: str) -> str:
        return self.token(_Token("inline", html_text, literal))

    def literal(self, char: str) -> str:
        """A placeholder for a character pulldown-cmark is to take as plain text."""
        if char not in self.literal_tokens:
            self.literal_tokens[char] = self.inline(_escape_all(char), char)
        return self.literal_tokens[char]

    def block_token(self, html_text: str) -> str:
        return self.token(_Token("block", html_text))

    def wrap(self, opening: str, close: str, body: str) -> str:
        """Markdown for a paragraph of `body` that is to be opening...close instead of <p>."""
        return self.token(_Token("wrap", opening, close=close)) + body + _WRAP_END

    # options ---------------------------------------------------------------------------------

    def set_inline_options(self, values: dict[str, str]) -> None:
        """{::options key="value" /}: parser options from here on, the others for the document."""
        for key, value in values.items():
            if (reader := _OPTION_READERS.get(key)) is None:
                continue
            try:
                changes = reader(value)
            except ValueError:
                continue
            if "parse_block_html" in changes:
                self.parse_block_html = bool(changes["parse_block_html"])
            elif "parse_span_html" in changes:
                self.parse_span_html = bool(changes["parse_span_html"])
            else:
                self.later_options.update(changes)

    def attrs_of(self, ial: _Ial | None, attrs: dict[str, str] | None = None) -> dict[str, str]:
        """kramdown's update_attr_with_ial: attrs, then the ALDs the IAL refers to, then the IAL."""
        result = dict(attrs or {})
        if ial is not None:
            self.apply_ial(result, ial, 0)
        return result

    def apply_ial(self, attrs: dict[str, str], ial: _Ial, depth: int) -> None:
        for ref in ial.refs:
            if ref in self.alds and depth < 20:
                self.apply_ial(attrs, self.alds[ref], depth + 1)
        for key, value in ial.attrs.items():
            attrs[key] = f"{attrs.get(key, '')} {value}".lstrip() if key == "class" else value

    # Markdown for pyromark ------------------------------------------------------------------

    def emit(self, blocks: list[_Block]) -> str:
        """The Markdown pyromark is to render for these blocks, a blank line after each."""
        parts = []
        previous = ""
        for block in blocks:
            if block.kind not in ("blank", "eob") and (part := self.emit_block(block)):
                if block.kind == previous and block.kind in ("ul", "ol"):
                    parts.append(_EMPTY + "\n\n")  # kramdown's two lists stay two
                parts.append(part + "\n\n")
                previous = block.kind
        return "".join(parts)

    def emit_block(self, block: _Block) -> str:
        kind = block.kind
        if kind == "p":
            return self.paragraph(block.text, self.attrs_of(block.ial))
        if kind == "h":
            text = self.inline_text(block.text)
            if attrs := self.attrs_of(block.ial):
                text = self.token(_Token("wrap", attrs=attrs, name="h")) + text + _WRAP_END
            return "#" * block.level + " " + text
        if kind == "code":
            return self.block_token(self.code_block(block.text, *block.extra,
                                                    self.attrs_of(block.ial)))
        if kind == "hr":
            return self.block_token(f"<hr{_html_attributes(self.attrs_of(block.ial))} />\n")
        if kind in ("ul", "ol"):
            return self.emit_list(block)
        if kind == "dl":
            return self.emit_definition_list(block)
        if kind == "bq":
            inner = self.emit(block.children).rstrip("\n")
            quoted = "\n".join("> " + line if line else ">" for line in inner.split("\n"))
            if attrs := self.attrs_of(block.ial):
                return self.token(_Token("next", attrs=attrs, name="blockquote")) + "\n\n" \
                    + quoted
            return quoted
        if kind == "html":
            return self.emit_html(block)
        if kind == "rawhtml":
            return self.block_token(block.text)
        if kind == "math":
            return self.block_token(self.math(block.text, self.attrs_of(block.ial), block=True))
        if kind == "table":
            return self.emit_table(block)
        if kind == "linkdef":
            return block.text
        return ""

    def paragraph(self, text: str, attrs: dict[str, str], tag: str = "p",
                  close: str | None = None) -> str:
        """A paragraph of inline text; wrapped into `tag` with attrs unless a plain <p>."""
        body = self.inline_text(text)
        if tag == "p" and not attrs and close is None:
            if _PROTECT_FIRST.match(body):
                body = _protected(body)
            return _protected_lines(body)
        return self.wrap(f"<{tag}{_html_attributes(attrs)}>",
                         f"</{tag}>" if close is None else close, _protected_lines(body))

    def paragraph_body(self, text: str) -> str:
        """The inline text of a paragraph that follows a placeholder."""
        return _protected_lines(self.inline_text(text))

    def emit_list(self, block: _Block) -> str:
        """A list (the TOC, or where the footnotes go, when its IAL says so) as kramdown writes
        it: items with or without <p>, task boxes as kramdown-parser-gfm makes them."""
        attrs = self.attrs_of(block.ial)
        refs = block.ial.refs if block.ial is not None else []
        if "toc" in refs:
            self.wants_toc = True
            return self.token(_Token("block", name="toc", attrs=attrs, literal=block.kind))
        if "footnotes" in refs:
            return self.token(_Token("block", name="footnotes"))
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
            parts.append(self.emit_item(f"<li{_html_attributes(item_attrs)}>", "</li>\n", blocks,
                                        item.transparent, box))
        if task_list:
            attrs["class"] = "task-list"
        opening = self.block_token(f"<{block.kind}{_html_attributes(attrs)}>\n")
        return "\n\n".join((opening, *parts, self.block_token(f"</{block.kind}>\n")))

    def commonmark_list(self, block: _Block) -> str | None:
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
                body = self.paragraph(blocks[0].text, {})
                if len(blocks) == 2:
                    nested = blocks[1]
                    if nested.kind not in ("ul", "ol") or nested.ial is not None or (
                            sub := self.commonmark_list(nested)) is None:
                        return None
                    body += "\n" + sub
            else:
                body = self.emit(blocks).rstrip("\n")
            out.append(marker + body.replace("\n", "\n" + indent))
        text = ("\n" if tight else "\n\n").join(out)
        return _SPACES_LINE.sub("\n\n", text) if " \n" in text else text

    def emit_item(self, opening: str, closing: str, blocks: list[_Block], transparent: bool,
                  box: str = "") -> str:
        """An li or dd: its first paragraph without <p> when transparent."""
        if transparent and blocks and blocks[0].kind == "p":
            rest = self.emit(blocks[1:])
            first = self.wrap(opening, "\n" if rest else closing,
                              box + self.paragraph_body(blocks[0].text))
            return first + "\n\n" + rest + self.block_token(closing) if rest else first
        if box and blocks and blocks[0].kind == "p":
            inner = self.wrap("<p>", "</p>", box + self.paragraph_body(blocks[0].text)) \
                + "\n\n" + self.emit(blocks[1:])
        else:
            inner = self.emit(blocks)
        if not inner:
            return self.block_token(opening + closing)
        return self.block_token(opening + "\n") + "\n\n" + inner + self.block_token(closing)

    def emit_definition_list(self, block: _Block) -> str:
        parts = [self.block_token(f"<dl{_html_attributes(self.attrs_of(block.ial))}>\n")]
        for item in block.items:
            opening = f"<{item.tag}{_html_attributes(self.attrs_of(item.ial))}>"
            if item.tag == "dt":
                parts.append(self.wrap(opening, "</dt>\n", self.paragraph_body(item.text)))
            else:
                parts.append(self.emit_item(opening, "</dd>\n", item.blocks, item.transparent))
        parts.append(self.block_token("</dl>\n"))
        return "\n\n".join(parts)

    def emit_html(self, block: _Block) -> str:
        """An HTML element: raw HTML, or Markdown blocks or text between its tags."""
        name = block.text
        model, attrs, body = block.extra
        opening = f"<{name}{_html_attributes(self.attrs_of(block.ial, attrs))}"
        if model == "closed":
            return self.block_token(opening + " />\n")
        if model == "empty":
            return self.block_token(f"{opening}></{name}>\n")
        if model == "raw":
            return self.raw_parts([opening + ">", *body, f"</{name}>\n"])
        if model == "span":
            return self.wrap(opening + ">", f"</{name}>\n", self.paragraph_body(
                re.sub(r"\n[ \t]*\n", "\n", body.strip(_RUBY_SPACES))))
        inner = self.emit(block.children)
        return self.block_token(opening + ">\n") + "\n\n" + inner + self.block_token(
            f"</{name}>\n")

    def raw_parts(self, parts: list[str | _Block]) -> str:
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
                out.append(self.emit(part.children).rstrip("\n"))
            else:
                out.append(self.wrap("", "", self.paragraph_body(
                    re.sub(r"\n[ \t]*\n", "\n", part.text.strip(_RUBY_SPACES)))))
        if pending:
            out.append(self.block_token("".join(pending)))
        return "\n\n".join(part for part in out if part)

    def emit_table(self, block: _Block) -> str:
        sections, alignment = block.extra
        parts = [self.block_token(f"<table{_html_attributes(self.attrs_of(block.ial))}>\n")]
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
                                               self.paragraph_body(cell)))
                    else:
                        parts.append(self.block_token(f"{opening}\u00a0</{cell_tag}>\n"))
                parts.append(self.block_token("</tr>\n"))
            parts.append(self.block_token(f"</{kind}>\n"))
        parts.append(self.block_token("</table>\n"))
        return "\n\n".join(parts)

    def emit_footnote_bodies(self) -> str:
        """Every footnote's blocks, between placeholders, after the document."""
        return "".join(self.token(_Token("fn", name=name)) + "\n\n" + self.emit(blocks)
                       + self.token(_Token("fn")) + "\n\n"
                       for name, blocks in self.footnotes.items())

    def code_block(self, code: str, lang: str, class_lang: str, attrs: dict[str, str]) -> str:
        """kramdown's convert_codeblock with rouge, which wraps what it highlights."""
        if class_lang:
            attrs = {"class": f"language-{class_lang} {attrs.get('class', '')}".rstrip(),
                     **{k: v for k, v in attrs.items() if k != "class"}}
        found = re.search(r"\blanguage-(\S+)", attrs.get("class", ""))
        name = found[1] if found else None
        if found:
            rest = re.sub(r"\blanguage-\S+", "", attrs["class"], count=1).strip()
            attrs = {k: v for k, v in attrs.items() if k != "class"}
            if rest:
                attrs["class"] = rest
        if self.options.syntax_highlighter == "rouge" \
                and (lang or name or "plaintext").split("?")[0] in _ROUGE_LEXERS:
            classes = (attrs.get("class", "") + " highlighter-rouge").lstrip()
            attrs = {**attrs, "class": f"language-{name or 'plaintext'} {classes}"}
            return (f'<div{_html_attributes(attrs)}><div class="highlight"><pre class="highlight">'
                    f"<code>{_escape_all(code)}</code></pre></div></div>\n")
        code_class = f' class="language-{_escape_attribute(name)}"' if name else ""
        return (f"<pre{_html_attributes(attrs)}><code{code_class}>"
                f"{_escape_all(code).removesuffix(chr(10))}\n</code></pre>\n")

    def math(self, value: str, attrs: dict[str, str], block: bool) -> str:
        """kramdown's math as its mathjax engine writes it (or as it is, without an engine)."""
        if self.options.math_engine is None or attrs:
            attrs = attrs if self.options.math_engine else {
                **attrs, "class": f"{attrs.get('class', '')} kdmath".lstrip()}
            if block:
                content = f"\\[{_escape_all(value)}\\]\n" if self.options.math_engine \
                    else f"$$\n{value}\n$$"
                return f"<div{_html_attributes(attrs)}>{content}</div>\n"
            return f"<span{_html_attributes(attrs)}>${value}$</span>"
        return f"\\[{_escape_all(value)}\\]\n" if block else f"\\({_escape_all(value)}\\)"

    # inline text -----------------------------------------------------------------------------

    def inline_text(self, text: str) -> str:
        """The inline text of a block with kramdown's span syntax made placeholders."""
        inline_start = self.inline_start_dashes if "----" in text else self.inline_start
        if "&#" in text:  # a reference to a placeholder mark is the mark itself, as text
            text = _MARK_REFERENCE.sub(lambda m: self.literal(html.unescape(m[0])), text)
        if ("'" in text or '"' in text) and not _QUOTES_NEED_CONTEXT.search(text):
            # no code, tags or destinations here: a quote after a letter or digit is a closing
            # one (kramdown's rule for a quote after plain text), the rest take the long way
            text = _QUOTE_AFTER_WORD.sub(self.closing_quote, text)
        if not inline_start.search(text):
            return self.emphasized(self.hard_wrapped(text))
        out: list[str] = []
        stack: list[tuple[str, int]] = []  # open span elements and their start tag's placeholder
        pos = 0
        while (start := inline_start.search(text, pos)) is not None:
            at = start.start()
            pos_before = pos
            out.append(self.hard_wrapped(text[pos:at]))
            char = text[at]
            pos = at + 1
            if char == "\\":
                following = text[at + 1:at + 2]
                if following and following in "%&,/;?@^":
                    out.append(self.literal("\\"))
                else:
                    out.append(text[at:at + 2])
                    pos = at + 2
            elif char == "`":
                pos = self.code_span(text, at, out)
            elif char == "$":
                pos = self.inline_math(text, at, out)
            elif char == "{":
                pos = self.span_extension(text, at, out)
            elif char == "[":
                pos = self.footnote_marker(text, at, out)
            elif char == "]":
                pos = self.link_destination(text, at, out)
            elif char == "<":
                pos = self.span_html(text, at, out, stack)
            elif char == ">":
                pos = self.right_guillemet(text, at, out)
            elif char == "~":
                end = at
                while end < len(text) and text[end] == "~":
                    end += 1
                out.append(self.literal("~") if end - at == 1 else text[at:end])
                pos = end
            elif char in "\"'":
                pos = self.smart_quote(text, at, out, at > pos_before)
            elif char == "-":
                run = start.end() - at
                out.append("—" * (run // 3) + ("–" if run % 3 == 2 else "-" * (run % 3)))
                pos = start.end()
            else:  # a placeholder mark in the input, or a typographic one the options remap
                out.append(self.literal(char))
        out.append(self.hard_wrapped(text[pos:]))
        out.extend(self.inline(f"</{name}>", "") for name, _ in reversed(stack))
        return self.emphasized("".join(out))

    def smart_quote(self, text: str, at: int, out: list[str], after_text: bool) -> int:
        """kramdown's smart quote for the quote at `at` (see _smart_quote)."""
        quoted, end = _smart_quote(text, at, after_text, self.quotes)
        out.append(quoted)
        return end

    def closing_quote(self, match: re.Match[str]) -> str:
        return self.quotes[1] if match[0] == "'" else self.quotes[3]

    def emphasized(self, text: str) -> str:
        """kramdown's emphasis (parse_emphasis) in text the inline pass has been through: every
        `*` and `_` it reads as emphasis becomes <em> or <strong>, and those it reads as text
        stay text for pulldown-cmark too."""
        if "*" not in text and ("_" not in text or not _UNDERSCORE_NOT_IN_WORD.search(text)):
            return text
        runs = _EMPHASIS_OR_ESCAPE.findall(text)
        if len(runs) > _EMPHASIS_RUNS_AT_MOST:
            return text  # left to pulldown-cmark: kramdown's rules are quadratic in the runs
        parts, _, _ = self.emphasis_parse(text, 0, None, "", frozenset())
        return "".join(parts)

    def emphasis_parse(self, text: str, pos: int, stop: str | None, element: str,
                       open_elements: frozenset[str]) -> tuple[list[str], int, bool]:
        """Text from pos up to the delimiter that closes `element` (kramdown's parse_spans with
        a stop pattern): the parts, where it stopped, and whether the delimiter was found."""
        parts: list[str] = []
        while (match := _EMPHASIS_OR_ESCAPE.search(text, pos)) is not None:
            at = match.start()
            parts.append(text[pos:at])
            run = match[0]
            if run[0] == "\\":
                parts.append(run)
                pos = match.end()
                continue
            if stop is not None and text.startswith(stop, at) \
                    and _closes(text, at, stop, element, parts):
                return parts, at, True
            pos = self.emphasis_at(text, at, run, element, open_elements, parts)
        parts.append(text[pos:])
        return parts, len(text), False

    def emphasis_at(self, text: str, at: int, run: str, current: str,
                    open_elements: frozenset[str], parts: list[str]) -> int:
        """kramdown's parse_emphasis for the delimiter `run` at `at`: where to go on from."""
        element = "strong" if len(run) == 2 else "em"
        kind = run[0]
        after = text[at + len(run):at + len(run) + 1]
        if element in open_elements or after in _RUBY_SPACE and after \
                or kind == "_" and _after_word(text, at):
            parts.append(self.literal_run(text, at, run))
            return at + len(run)
        inner, end, found = self.emphasis_parse(text, at + len(run), run, element,
                                                open_elements | {element})
        stop = run
        if not found and element == "strong" and current != "em":
            element, stop = "em", kind
            inner, end, found = self.emphasis_parse(text, at + 1, kind, "em",
                                                    open_elements | {"em"})
        if not found:
            parts.append(self.literal_run(text, at, run))
            return at + len(run)
        opening = self.inline(f"<{element}>", stop)
        after_end = end + len(stop)
        if (ial := _TOKEN.match(text, after_end)) and \
                (token := self.token_at(ial[1])).kind == "ial":
            self.tokens[-1].html = _with_attributes(f"<{element}>", token.attrs or {})
            after_end = ial.end()
        parts.append(opening)
        parts.extend(inner)
        parts.append(self.inline(f"</{element}>", stop))
        return after_end

    def literal_run(self, text: str, at: int, run: str) -> str:
        """Delimiters kramdown reads as text, as pulldown-cmark is to read them too."""
        before = text[at - 1:at] if at else " "
        after = text[at + len(run):at + len(run) + 1] or " "
        if before.isspace() and after.isspace() \
                or run[0] == "_" and before.isalnum() and after.isalnum():
            return run
        return self.inline(run, run)

    def hard_wrapped(self, text: str) -> str:
        """GFM's hard_wrap: every line break of the text is a <br />."""
        if not self.options.hard_wrap or "\n" not in text:
            return text
        return text.replace("\n", self.inline("<br />", "") + "\n")

    def code_span(self, text: str, at: int, out: list[str]) -> int:
        """kramdown's parse_codespan: a lone backtick between spaces is text."""
        end = at
        while end < len(text) and text[end] == "`":
            end += 1
        run = text[at:end]
        if len(run) == 1 and (at == 0 or text[at - 1] in " \t\n\v\f\r") \
                and end < len(text) and text[end] in " \t\n\v\f\r":
            out.append(self.literal("`"))
            return end
        close = text.find(run, end)
        if close < 0:
            out.append(self.inline(run, run))
            return end
        value = text[end:close]
        if len(run) > 1:
            value = value.removeprefix(" ").removesuffix(" ")
        attrs = ' class="language-plaintext highlighter-rouge"' \
            if self.options.syntax_highlighter == "rouge" else ""
        out.append(self.inline(f"<code{attrs}>{_escape_all(value)}</code>",
                               text[at:close + len(run)]))
        return close + len(run)

    def inline_math(self, text: str, at: int, out: list[str]) -> int:
        if text.startswith("$$", at) and (end := text.find("$$", at + 2)) >= 0:
            math = self.math(text[at + 2:end].strip(), {}, block=False)
            out.append(self.inline(math, text[at:end + 2]))
            return end + 2
        out.append("$")
        return at + 1

    def span_extension(self, text: str, at: int, out: list[str]) -> int:
        """A span extension or span IAL at `at` ({:...}), or a plain brace."""
        if not text.startswith("{:", at):
            out.append("{")
            return at + 1
        if match := _EXT_SPAN_START.match(text, at):
            return self.span_extension_tag(text, match, out)
        if match := _IAL_SPAN_START.match(text, at):
            attrs = self.attrs_of(_attribute_list(match[1]))
            while out and not out[-1]:
                out.pop()
            previous = _TOKEN.fullmatch(out[-1]) if out else None
            if previous and (token := self.token_at(previous[1])).kind == "ial":
                for key, value in attrs.items():  # a second IAL after the same element
                    token.attrs = token.attrs or {}
                    token.attrs[key] = f"{token.attrs.get(key, '')} {value}".lstrip() \
                        if key == "class" else value
                token.literal += match[0]
            elif not (out and self.given_attributes(out[-1], attrs)):
                out.append(self.token(_Token("ial", literal=match[0], attrs=attrs)))
                self.span_ials.append(len(self.tokens) - 1)
            return match.end()
        out.append(self.literal("{"))
        return at + 1

    def span_extension_tag(self, text: str, match: re.Match[str], out: list[str]) -> int:
        at = match.start()
        if match[4] is not None or match[0] == "{:/}":
            out.append(self.literal("{"))
            return at + 1
        name, end, body = match[1], match.end(), None
        if not match[3]:
            if not (stop := re.compile(rf"\{{:/(?:{re.escape(name)})?\}}").search(text, end)):
                out.append(self.literal("{"))
                return at + 1
            body, end = text[end:stop.start()], stop.end()
        options = _attribute_list(match[2] or "")
        literal = text[at:end]
        if name == "comment":
            out.append(self.inline(f"<!-- {body} -->" if body is not None else "", literal))
        elif name == "nomarkdown":
            kinds = options.attrs.get("type", "").split()
            wanted = body is not None and (not kinds or "html" in kinds)
            out.append(self.inline(body if wanted and body is not None else "", literal))
        elif name == "options":
            self.set_inline_options(options.attrs)
            out.append(self.inline("", literal))
        else:
            out.append(self.literal("{"))
            return at + 1
        return end

    def given_attributes(self, previous: str, attrs: dict[str, str]) -> bool:
        """A span IAL applied to the element a placeholder stands for, when `previous` is one
        (a code span, an HTML element's end tag, an autolink)."""
        if not (match := _TOKEN.fullmatch(previous)):
            return False
        token = self.token_at(match[1])
        if token.kind != "inline" or not token.html.startswith("<") or token.html[1:2] == "!":
            return False
        if token.name:
            token = self.tokens[int(token.name)]
        end = token.html.find(">") + 1
        if token.html.startswith("<code"):
            merged = dict(token.attrs or {})
            for key, value in attrs.items():
                merged[key] = f"{merged.get(key, '')} {value}".lstrip() if key == "class" \
                    else value
            token.attrs = merged
            tag = _code_span_tag(_with_attributes("<code>", merged), self.options)
        else:
            tag = _with_attributes(token.html[:end], attrs)
        token.html = tag + token.html[end:]
        return True

    def footnote_marker(self, text: str, at: int, out: list[str]) -> int:
        """A footnote marker at `at`, or the alt text of an inline image (kramdown's alt text is
        the source text, escapes taken out, not rendered Markdown)."""
        match = _FOOTNOTE_MARKER.match(text, at)
        if match and match[1] in self.footnotes:
            out.append(self.token(_Token("fnref", name=match[1], literal=match[0])))
            return match.end()
        out.append("[")
        if at and text[at - 1] == "!" and (end := _closing_bracket(text, at)) > 0 \
                and text.startswith("](", end) and end > at + 1:
            alt = _ESCAPED_CHAR.sub(r"\1", text[at + 1:end])
            out.append(self.inline(_escape_all(alt), alt))
            return end
        return at + 1

    def link_destination(self, text: str, at: int, out: list[str]) -> int:
        """The destination after `](` as kramdown's parse_link finds it (spaces, line breaks and
        all), made a placeholder that comes back as it is in the href."""
        if not text.startswith("](", at) or text.rfind("[", 0, at) < 0:
            out.append("]")
            return at + 1
        if match := _PLAIN_DESTINATION.match(text, at):
            out.append("](" + self.destination(match[1]) + ")")
            return match.end()
        if text.startswith("<", at + 2):
            if match := _ANGLE_DESTINATION.match(text, at):
                out.append("](" + self.destination(match[1]) + ")")
                return match.end()
            out.append("]")
            return at + 1
        depth, pos = 1, at + 2
        end = min(len(text), pos + _DESTINATION_AT_MOST)
        if text.find(")", pos, end) < 0:
            out.append("]")
            return at + 1
        while pos < end:
            char = text[pos]
            if char == "(":
                depth += 1
            elif char == ")":
                depth -= 1
                if not depth:
                    break
            elif char in " \t\n" and text[pos + 1:pos + 2] in ('"', "'"):
                break
            pos += 1
        if pos >= end:
            out.append("]")
            return at + 1
        url = text[at + 2:pos].strip(" \t\n\v\f\r")
        if text[pos] == ")":
            out.append("](" + self.destination(url) + ")")
            return pos + 1
        if title := _LINK_INLINE_TITLE.match(text, pos):
            out.append(f"]({self.destination(url)} \"" + re.sub(r'(["\\])', r"\\\1", title[2])
                       + '")')
            return title.end()
        out.append("]")
        return at + 1

    def destination(self, url: str) -> str:
        """A link destination as pyromark is to be given it: as it is when pyromark writes it
        as kramdown does, else a placeholder that comes back as it is."""
        if _SAFE_DESTINATION.fullmatch(url):
            return url
        return self.inline(_escape_all(url), url)

    def right_guillemet(self, text: str, at: int, out: list[str]) -> int:
        if not text.startswith(">>", at):
            out.append(">")
            return at + 1
        if out and out[-1].endswith(" "):
            out[-1] = out[-1][:-1]
            out.append(self.inline("\u00a0»", " >>"))
        else:
            out.append(self.inline("»", ">>"))
        return at + 2

    def span_html(self, text: str, at: int, out: list[str],
                  stack: list[tuple[str, int]]) -> int:
        """Guillemets, autolinks and span-level HTML at `at`, as kramdown reads them."""
        if text.startswith("<<", at):
            if text.startswith("<< ", at):
                out.append(self.inline("«\u00a0", "<< "))
                return at + 3
            out.append(self.inline("«", "<<"))
            return at + 2
        if match := _AUTOLINK.match(text, at):
            href = match[1] if match[2] else "mailto:" + match[1]
            shown = re.sub(r"^mailto:", "", match[1])
            out.append(self.inline(f'<a href="{_escape_attribute(href)}">'
                                   f"{_escape_text(shown)}</a>", match[0]))
            return match.end()
        if text.startswith("<!--", at) and text.find("-->", at + 4) >= 0 \
                and (match := _HTML_COMMENT.match(text, at)):
            out.append(self.inline(match[0], match[0]))
            return match.end()
        if match := _HTML_TAG_CLOSE.match(text, at):
            name = match[1]
            if stack and stack[-1][0] == (name.lower() if stack[-1][0] in _HTML_ELEMENTS
                                          else name):
                open_name, opening = stack.pop()
                out.append(self.token(_Token("inline", f"</{open_name}>", match[0],
                                             name=str(opening))))
            else:  # an end tag of no open element: kramdown shows it
                out.append(self.inline(_escape_text(match[0]), match[0]))
            return match.end()
        if match := _HTML_TAG.match(text, at):
            return self.span_element(text, match, out, stack)
        out.append(self.literal("<"))
        return at + 1

    def span_element(self, text: str, tag: re.Match[str], out: list[str],
                     stack: list[tuple[str, int]]) -> int:
        """kramdown's parse_span_html for a start tag."""
        name = _element_name(tag[1])
        if name in _BLOCK_ELEMENTS:  # a block tag in text: kramdown shows it
            out.append(self.inline(_escape_text(tag[0]), tag[0]))
            return tag.end()
        attrs = {key: _NEWLINES.sub(" ", value) for key, value in
                 _html_attributes_of(tag[2], name in _HTML_ELEMENTS).items()}
        parse = self.parse_span_html and _content_model(name) != "raw"
        wanted = _MARKDOWN_ATTRIBUTE.get(attrs.pop("markdown", ""), "")
        if wanted in ("span", "default", "raw"):
            parse = wanted == "span" or (wanted == "default" and _content_model(name) != "raw")
        opening = f"<{name}{_html_attributes(attrs)}"
        if tag[4] is not None or name in _VOID_ELEMENTS:
            ending = " />" if name in _VOID_ELEMENTS else f"></{name}>"
            out.append(self.inline(opening + ending, tag[0]))
            return tag.end()
        if parse:
            out.append(self.inline(opening + ">", tag[0]))
            stack.append((name, len(self.tokens) - 1))
            return tag.end()
        end = re.compile(rf"</{re.escape(name)}{_S}*>",
                         re.I if name in _HTML_ELEMENTS else 0).search(text, tag.end())
        stop = end.end() if end else len(text)
        content = _raw_span_content(text[tag.end():end.start() if end else len(text)])
        out.append(self.inline(f"{opening}>{content}</{name}>", text[tag.start():stop]))
        return stop

    # HTML from pyromark -----------------------------------------------------------------------

    def finish(self, page: str) -> str:
        """pyromark's HTML made kramdown's."""
        if self.later_options:
            self.options = replace(self.options, **self.later_options)  # type: ignore[arg-type]
        notes: dict[str, str] = {}
        placeholders = len(self.tokens) > 2 or _has_token(page)
        if placeholders:
            page, notes = self.footnote_bodies(page)
            page = self.unwrapped(page)
            notes = {name: self.unwrapped(body) for name, body in notes.items()}
            page = self.with_next_attributes(page)
        elif "<code" in page:
            page = _KRAMDOWN_CODE.sub(lambda m: _kramdown_code(m, self.options), page)
        order: list[str] = []
        counts: dict[str, int] = {}
        if placeholders or self.abbreviations or self.remap is not None:
            page = self.resolved(page, order, counts)
        if "<h" in page:
            page = self.with_header_ids(page)
        if "<ol start=" in page:  # pyromark's, in the fast path: kramdown writes no start
            page = _OL_START.sub("<ol>", page)
        if order:
            page = self.with_footnotes(page, notes, order, counts)
        if placeholders:
            page = self.with_blocks(page)
        return page

    def footnote_bodies(self, page: str) -> tuple[str, dict[str, str]]:
        """The HTML of each footnote's blocks, taken off the end of the page."""
        start = None
        for match in _TOKEN_PARAGRAPH.finditer(page):
            if self.token_at(match[1]).kind == "fn":
                start = match.start()
                break
        if start is None:
            return page, {}
        notes: dict[str, str] = {}
        name = ""
        body_start = 0
        for match in _TOKEN_PARAGRAPH.finditer(page, start):
            token = self.token_at(match[1])
            if token.kind != "fn":
                continue
            if token.name:
                name, body_start = token.name, match.end()
            else:
                notes[name] = page[body_start:match.start()]
        return page[:start], notes

    def unwrapped(self, page: str) -> str:
        """Paragraphs that stand for another element (a wrap placeholder) made that element."""

        def element(match: re.Match[str]) -> str:
            token = self.token_at(match[2])
            if token.kind != "wrap":
                return match[0]
            if token.name == "h":
                attrs = _html_attributes(token.attrs or {})
                return f"<{match[1]}{attrs}>{match[3]}</{match[1]}>\n"
            return token.html + match[3] + token.close
        if _WRAP_END not in page:
            return page
        return _WRAPPED.sub(element, page)

    def with_next_attributes(self, page: str) -> str:
        """Attributes of a block IAL applied to the element after their placeholder."""
        matches = [match for match in _TOKEN_PARAGRAPH.finditer(page)
                   if self.token_at(match[1]).kind == "next"]
        for match in reversed(matches):
            token = self.token_at(match[1])
            page = page[:match.start()] + page[match.end():]
            if after := re.compile(rf"<{token.name}\b[^>]*>").search(page, match.start()):
                page = page[:after.start()] + _with_attributes(after[0], token.attrs or {}) \
                    + page[after.end():]
        return page

    def resolved(self, page: str, order: list[str], counts: dict[str, int]) -> str:
        """Placeholders resolved: in a tag (an href, an alt text) the source text they stand
        for, in text their HTML; footnote markers numbered in order of first reference, span
        IALs applied, and kramdown's abbreviations and smart quote settings."""
        if "%E2%B8%A" in page:
            page = _TOKEN_ESCAPED.sub(_unescaped_token, page)
        if self.abbreviations or self.remap is not None:
            page = self.text_treated(page)
        if not _has_token(page):
            return page
        if self.span_ials:
            page = self.with_span_ials(page)
        tokens = self.tokens
        options = self.options

        def replacement(match: re.Match[str]) -> str:
            index = _token_index(match[1])
            if index >= len(tokens):
                return match[0]
            token = tokens[index]
            kind = token.kind
            if kind == "block":
                return match[0]
            at = match.start()
            if page.rfind("<", 0, at) > page.rfind(">", 0, at):  # in a tag: the source text
                return _escape_attribute(token.literal)
            if kind == "inline":
                return token.html
            if kind == "ial":
                return _escape_text(token.literal)
            if kind != "fnref":
                return ""
            name = options.footnote_prefix + token.name
            if name in counts:
                counts[name] += 1
                number = options.footnote_nr + order.index(name)
                ref_id = f"{name}:{counts[name]}"
            else:
                counts[name] = 0
                order.append(name)
                number = options.footnote_nr + len(order) - 1
                ref_id = name
            return (f'<sup id="fnref:{ref_id}" role="doc-noteref"><a href="#fn:{name}" '
                    f'class="footnote" rel="footnote">{number}</a></sup>')

        return _TOKEN.sub(replacement, page)

    def with_span_ials(self, page: str) -> str:
        """Span IALs right after an element pyromark wrote (a link, an image) applied to it."""
        for index in reversed(self.span_ials):
            text = _token_text(index)
            at = page.rfind(text)
            if at < 0 or not page.endswith(">", 0, at):
                continue
            tag_at = page.rfind("<", 0, at)
            target = _element_start(page, tag_at, at)
            if target is None:
                continue
            start, end = target
            tag = _with_attributes(page[start:end], self.tokens[index].attrs or {})
            page = page[:start] + tag + page[end:at] + page[at + len(text):]
        return page

    def text_treated(self, page: str) -> str:
        """Abbreviations and the site's smart quotes and typographic symbols applied to the
        text (not in tags, code or scripts)."""
        abbreviations = self.abbreviations
        pattern = _abbreviation_pattern(abbreviations) if abbreviations else None
        remap = self.remap
        parts = _TAGS.split(page)
        skip = 0
        for index, part in enumerate(parts):
            if index % 2:
                if part.startswith(("<code", "<pre", "<script", "<style")):
                    skip += 1
                elif part.startswith(("</code", "</pre", "</script", "</style")):
                    skip = max(skip - 1, 0)
                continue
            if skip or not part:
                continue
            if remap is not None:
                part = remap(part)
            if pattern is not None:
                part = pattern.sub(lambda m: _abbreviation(m, abbreviations), part)
            parts[index] = part
        return "".join(parts)

    def with_header_ids(self, page: str) -> str:
        """Header ids as kramdown's GFM parser makes them, and the headers for the TOC."""
        options = self.options
        counter: dict[str, int] = {}
        prefix = _escape_attribute(options.auto_id_prefix)

        def header(match: re.Match[str]) -> str:
            level, attrs, inner = int(match[1]), match[2], match[3]
            found = _ID_ATTRIBUTE.search(attrs) if attrs else None
            header_id = html.unescape(found[1]) if found else None
            if header_id is None and options.auto_ids:
                header_id = self.header_id(_header_text(inner), counter)
                if header_id.strip():  # (word characters, hyphens and the prefix escaped)
                    attrs += f' id="{prefix}{header_id[len(options.auto_id_prefix):]}"'
            classes = _CLASS_ATTRIBUTE.search(attrs) if attrs else None
            if self.wants_toc and header_id and header_id.strip() \
                    and level in options.toc_levels \
                    and not (classes and re.search(r"\bno_toc\b", classes[1])):
                self.headers.append((level, header_id, inner))
            out_level = max(1, min(6, level + options.header_offset))
            return f"<h{out_level}{attrs}>{inner}</h{out_level}>"
        return _HEADER.sub(header, page)

    def header_id(self, text: str, counter: dict[str, int]) -> str:
        """kramdown-parser-gfm's generate_gfm_header_id (kramdown's generate_id for input:
        kramdown)."""
        options = self.options
        if options.input == "GFM":
            result = _gfm_id(text)
            count = counter.get(result, -1) + 1
            counter[result] = count
            return options.auto_id_prefix + (f"{result}-{count}" if count else result)
        result = re.sub(r"^[^a-zA-Z]+", "", text)
        result = re.sub(r"[^a-zA-Z0-9 -]", "", result).replace(" ", "-").lower() or "section"
        if result in counter:
            counter[result] += 1
            result = f"{result}-{counter[result]}"
        else:
            counter[result] = 0
        return options.auto_id_prefix + result

    def with_footnotes(self, page: str, notes: dict[str, str], order: list[str],
                       counts: dict[str, int]) -> str:
        """kramdown's footnote_content: the notes referred to, in order of first reference,
        each with links back to its references."""
        options = self.options
        backlink = _escape_text(options.footnote_backlink)
        items = []
        index = 0
        while index < len(order):
            name = order[index]
            index += 1
            body = self.resolved(notes.get(name.removeprefix(options.footnote_prefix), ""),
                                 order, counts)
            if backlink:
                links = f'<a href="#fnref:{name}" class="reversefootnote" ' \
                    f'role="doc-backlink">{backlink}</a>' + "".join(
                        f'\u00a0<a href="#fnref:{name}:{n}" class="reversefootnote" '
                        f'role="doc-backlink">{backlink}<sup>{n + 1}</sup></a>'
                        for n in range(1, counts[name] + 1))
                stripped = body.rstrip()
                if stripped.endswith("</p>") or options.footnote_backlink_inline:
                    cut = stripped.rfind("</")
                    body = stripped[:cut] + "\u00a0" + links + stripped[cut:] + "\n"
                else:
                    body += f"<p>{links}</p>\n"
            items.append(f'    <li id="fn:{name}" role="doc-endnote">\n{body}    </li>\n')
        start = f' start="{options.footnote_nr}"' if options.footnote_nr != 1 else ""
        section = (f'<div class="footnotes" role="doc-endnotes">\n  <ol{start}>\n'
                   + "".join(items) + "  </ol>\n</div>\n")
        for token in self.tokens:
            if token.kind == "block" and token.name == "footnotes" and not token.html:
                token.html = section
                return page
        return page + section

    def with_blocks(self, page: str) -> str:
        """Block placeholders (code, raw HTML, containers, the TOC) made their HTML."""

        def block(match: re.Match[str]) -> str:
            token = self.token_at(match[1])
            if token.kind != "block":
                return ""
            return self.toc(token) if token.name == "toc" else token.html

        page = _TOKEN_PARAGRAPH.sub(block, page)
        return _TOKEN.sub(block, page) if _has_token(page) else page

    def toc(self, token: _Token) -> str:
        """kramdown's table of contents: the headers (of toc_levels, not .no_toc), nested."""
        attrs = dict(token.attrs or {})
        attrs.setdefault("id", "markdown-toc")
        roots: list[_TocEntry] = []
        stack: list[_TocEntry] = []
        for level, header_id, inner in self.headers:
            entry = _TocEntry(level, header_id, _toc_entry(inner))
            while stack and stack[-1].level >= level:
                stack.pop()
            (stack[-1].children if stack else roots).append(entry)
            stack.append(entry)
        if not roots:
            return ""
        kind = token.literal or "ul"
        return _toc_list(roots, kind, attrs, attrs["id"])


@dataclass
class _TocEntry:
    level: int
    header_id: str
    html: str
    children: list[_TocEntry] = field(default_factory=list)


def _toc_list(entries: list[_TocEntry], kind: str, attrs: dict[str, str], toc_id: str) -> str:
    items = []
    for entry in entries:
        link = (f'<a href="#{_escape_attribute(entry.header_id)}" '
                f'id="{_escape_attribute(toc_id)}-{_escape_attribute(entry.header_id)}">'
                f"{entry.html}</a>")
        sub = _toc_list(entry.children, kind, {}, toc_id) if entry.children else ""
        items.append(f"<li>{link}{sub}</li>\n")
    return f"<{kind}{_html_attributes(attrs)}>\n" + "".join(items) + f"</{kind}>\n"


_TAGS = re.compile(r"(<[^>]*>)")
_KRAMDOWN_CODE = re.compile(
    r'<pre><code(?: class="language-([^"]*)")?>(.*?)</code></pre>|<code>(.*?)</code>', re.S)
_OL_START = re.compile(r'<ol start="\d+">')
_HEADER = re.compile(r"<h([1-6])((?:\s[^>]*)?)>(.*?)</h\1>", re.S)
_WRAPPED = re.compile("<(p|h[1-6])>\u2e2b([\ue000-\uefff]+)\u2e2d(.*?)" + _WRAP_END
                      + "</\\1>\n?", re.S)
_TASK_BOX = re.compile(r"\s*\[([ xX])\]\s+")
_DESTINATION_AT_MOST = 2000  # characters: a longer destination is taken for text
_SAFE_DESTINATION = re.compile(r"[A-Za-z0-9!#$%*+,\-./:;=?@^_~]*")
_PLAIN_DESTINATION = re.compile(r"\]\(([^\s()<>]*)\)")
_ANGLE_DESTINATION = re.compile(r"\]\(<(.*?)>\)")
_LINK_INLINE_TITLE = re.compile(r"\s*?([\"'])(.+?)\1\s*?\)", re.S)
_ANY_TAG = re.compile(r"<[^>]*>")
_ID_ATTRIBUTE = re.compile(r'\sid="([^"]*)"')
_CLASS_ATTRIBUTE = re.compile(r'\sclass="([^"]*)"')
_FOOTNOTE_SUP = re.compile(r'<sup id="fnref:[^"]*" role="doc-noteref">.*?</sup>')


_MARK_REFERENCE = re.compile(r"&#(?:[xX]0*2[eE]2[bBcCdD]|0*1182[01]|0*11819);")
_QUOTES_NEED_CONTEXT = re.compile(r"[`<{\\$]|\]\(")
_QUOTE_AFTER_WORD = re.compile(r"(?<=[^\W_])['\"]")
_UNDERSCORE_NOT_IN_WORD = re.compile(r"_(?![^\W_])|(?<![^\W_])_")
_EMPHASIS_OR_ESCAPE = re.compile(r"\\[\s\S]|\*\*?|__?")
_EMPHASIS_RUNS_AT_MOST = 400
_RUBY_SPACE = " \t\n\v\f\r"


def _closes(text: str, at: int, stop: str, element: str, parts: list[str]) -> bool:
    """Whether the delimiter at `at` ends the emphasis `element` opened by `stop` (kramdown:
    not after a space, an em not at the start of a strong, `_` not before a letter or digit,
    and not empty)."""
    if at and text[at - 1] in _RUBY_SPACE:
        return False
    if element == "em" and text.startswith(stop * 2, at) and not text.startswith(stop * 3, at):
        return False
    if stop[0] == "_" and text[at + len(stop):at + len(stop) + 1].isalnum():
        return False
    return any(parts)


def _after_word(text: str, at: int) -> bool:
    """Whether `_` at `at` follows a word (kramdown: [[:alpha:]]-?[[:alpha:]]* before it)."""
    before = text[at - 1:at]
    return before.isalpha() or (before == "-" and text[at - 2:at - 1].isalpha())


def _protected(line: str) -> str:
    """The line with an empty placeholder before its first mark, so that pulldown-cmark reads
    it as text (as kramdown does) and not as the start of a block."""
    indent = len(line) - len(line.lstrip(" "))
    return line[:indent] + _EMPTY + line[indent:]


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


def _with_attributes(tag: str, attrs: dict[str, str]) -> str:
    """A start tag with attrs added: classes appended, other values replaced."""
    for key, value in attrs.items():
        existing = re.search(rf'\s{re.escape(key)}="([^"]*)"', tag)
        if key == "class" and existing:
            value = f"{html.unescape(existing[1])} {value}".strip()
        attribute = f' {key}="{_escape_attribute(value)}"'
        if existing:
            tag = tag[:existing.start()] + attribute + tag[existing.end():]
        else:
            end = len(tag) - (3 if tag.endswith(" />") else 2 if tag.endswith("/>") else 1)
            tag = tag[:end] + attribute + tag[end:]
    return tag


def _element_start(page: str, tag_at: int, tag_end: int) -> tuple[int, int] | None:
    """Where the start tag is of the element whose end tag (or void tag) is page[tag_at:
    tag_end]."""
    tag = page[tag_at:tag_end]
    if tag.endswith("/>") and not tag.startswith("</"):
        return tag_at, tag_end
    if not (match := re.fullmatch(r"</([\w:.-]+)\s*>", tag)):
        return None
    name = match[1]
    depth = 0
    for found in reversed(list(re.finditer(rf"<(/?){re.escape(name)}(?=[\s>/])[^>]*>",
                                           page[:tag_at]))):
        if found[1]:
            depth += 1
        elif depth:
            depth -= 1
        else:
            return found.start(), found.end()
    return None


def _kramdown_code(match: re.Match[str], options: MarkdownOptions) -> str:
    """pyromark's code (fast path) as kramdown writes it with rouge (and quotes unescaped)."""
    if match[3] is not None:
        return _code_span_tag("<code>", options) + match[3].replace("&quot;", '"') + "</code>"
    code = match[2].replace("&quot;", '"')
    lang = html.unescape(match[1]) if match[1] else "plaintext"
    if options.syntax_highlighter != "rouge" or lang.split("?")[0] not in _ROUGE_LEXERS:
        return match[0].replace(match[2], code)
    return (f'<div class="language-{_escape_attribute(lang)} highlighter-rouge"><div '
            f'class="highlight"><pre class="highlight"><code>{code}</code></pre></div></div>')


def _code_span_tag(tag: str, options: MarkdownOptions) -> str:
    """A code span's <code> as kramdown writes it with rouge."""
    if options.syntax_highlighter != "rouge":
        return tag
    match = re.search(r'\sclass="([^"]*)"', tag)
    classes = html.unescape(match[1]) if match else ""
    found = re.search(r"\blanguage-(\S+)", classes)
    classes = (re.sub(r"\blanguage-\S+", "", classes, count=1).strip() + " highlighter-rouge") \
        .lstrip()
    classes = f"language-{found[1] if found else 'plaintext'} {classes}"
    bare = tag[:match.start()] + tag[match.end():] if match else tag
    return _with_attributes(bare, {"class": classes})


def _raw_span_content(text: str) -> str:
    """The content of a span element kramdown does not parse: tags kept, text escaped."""
    parts = _TAGS.split(text)
    return "".join(part if index % 2 else _escape_text(part) for index, part in enumerate(parts))


def _header_text(inner: str) -> str:
    """A header's text as kramdown's raw text has it: without tags and footnote markers."""
    if "<" in inner:
        inner = _ANY_TAG.sub("", _FOOTNOTE_SUP.sub("", inner))
    if "\u2e2d" in inner:
        inner = _TOKEN.sub("", inner)
    return html.unescape(inner) if "&" in inner else inner


def _gfm_id(text: str) -> str:
    """kramdown-parser-gfm's generate_gfm_header_id, before its counter: lower case, only word
    characters, hyphens and spaces kept, spaces made hyphens."""
    text = text.lower()
    if text.isascii():
        kept = _NOT_ID_CHARACTER.sub("", text)
    else:
        kept = "".join(char for char in text if char in "-_ \t" or char.isalpha()
                       or unicodedata.category(char) in ("Mn", "Mc", "Me", "Nd", "Pc"))
    return kept.replace(" ", "-").replace("\t", "-")


def _toc_entry(inner: str) -> str:
    """A header's content for the TOC: links unwrapped, footnote markers left out."""
    return re.sub(r"</?a\b[^>]*>", "", _FOOTNOTE_SUP.sub("", inner))


def _abbreviation_pattern(abbreviations: dict[str, str]) -> re.Pattern[str]:
    names = sorted(abbreviations, key=len, reverse=True)
    union = "|".join(re.escape(name) for name in names)
    return re.compile(rf"(?:(?<=[^A-Za-z0-9_])|^)({union})(?![A-Za-z0-9_])")


def _abbreviation(match: re.Match[str], abbreviations: dict[str, str]) -> str:
    title = abbreviations[match[1]]
    attrs = f' title="{_escape_attribute(title)}"' if title else ""
    return f"<abbr{attrs}>{match[1]}</abbr>"


def _smart_quote(text: str, at: int, after_text: bool, quotes: tuple[str, str, str, str]
                 ) -> tuple[str, int]:
    """kramdown's parse_smart_quotes for the quote at `at`: what it writes for it, and where
    the text goes on. `after_text` when the character before the quote is plain text: kramdown
    then tries its rules from that character on."""
    start = at - 1 if after_text and text[at - 1] not in _SQ_NOT_BEFORE \
        and not text.endswith(("--", "...", "<<", ">>"), 0, at) else at
    if start < at and text[start] not in _SQ_NOT_CLOSE and text[start] not in "'\"":
        return quotes[1 if text[at] == "'" else 3], at + 1  # the common case: rule 7
    for rule, substitutions in _SQ_RULES:
        if (match := rule.match(text, start)) is None:
            continue
        result = []
        for item in substitutions:
            if isinstance(item, int):
                if match.start(item) >= at:  # (the character before is already written)
                    result.append(match[item])
            elif item[-1] in "12":  # lquote1, rquote2...: which quote the group holds
                result.append(quotes[_SQ_CHARS[item[:-1], match[int(item[-1])]]])
            else:
                result.append(quotes[_SQ_INDEX[item]])
        return "".join(result), match.end()
    return text[at], at + 1


def _quotes_as_kramdown(source: str, page: str) -> bool:
    """Whether the curly quotes pyromark wrote are those kramdown writes: its rules applied to
    the source's quotes (outside code and link destinations) give the same ones in order."""
    expected: list[str] = []
    text = source
    if "```" in text or "~~~" in text:
        text = _FENCED_CODE.sub("\0", "\n" + text)
    if "`" in text:
        text = _CODE_SPAN_TEXT.sub("\0", text)
    if "](" in text:
        text = _DESTINATION_TEXT.sub("](\0", text)
    for found in _ANY_QUOTE.finditer(text):
        at = found.start()
        if found[0] in "‘’“”":
            expected.append(found[0])
        else:
            quoted, _ = _smart_quote(text, at, at > 0, _DEFAULT_QUOTES)
            expected.extend(char for char in quoted if char in "‘’“”")
    if "<code" in page or _TAG_WITH_CURLY_QUOTE.search(page):
        page = _ANY_TAG.sub("", _CODE_ELEMENT.sub("", page))
    return expected == _CURLY_QUOTE.findall(page)


def _smart_quote_chars(setting: str) -> tuple[str, str, str, str]:
    """The characters of kramdown's smart_quotes setting: lsquo, rsquo, ldquo, rdquo."""
    chars = [_entity_char(name.strip()) for name in setting.split(",")]
    if len(chars) != 4 or None in chars:
        return ("‘", "’", "“", "”")
    return chars[0] or "", chars[1] or "", chars[2] or "", chars[3] or ""


# kramdown's SQ_RULES (parser/kramdown/smart_quotes.rb), tried in order from the character
# before a quote: what stands where, as groups of the match or quote names.
_SQ_PUNCT = r"""[!"#$%'()*+,\-./:;<=>?@\[\\\]^_`{|}~]"""
_SQ_CLOSE = r"""[^ \\\t\r\n\[{(-]"""
_SQ_RULES: tuple[tuple[re.Pattern[str], tuple[int | str, ...]], ...] = tuple(
    (re.compile(pattern, re.A | re.M), substitutions) for pattern, substitutions in (
        (r"""("|')(?=[_*]{1,2}\S)""", ("lquote1",)),
        (rf"""("|')(?={_SQ_PUNCT}(?!\.\.)\B)""", ("rquote1",)),
        (r"""(\s?)"'(?=\w)""", (1, "ldquo", "lsquo")),
        (r"""(\s?)'"(?=\w)""", (1, "lsquo", "ldquo")),
        (r"""(\s?)'(?=\d\ds)""", (1, "rsquo")),
        (r"""(\s)('|")(?=\w)""", (1, "lquote2")),
        (rf"""({_SQ_CLOSE})('|")""", (1, "rquote2")),
        (r"""("|')(?=\s|s\b|$)""", ("rquote1",)),
        (r"""((?s:.)?)'""", (1, "lsquo")),
        (r"""((?s:.)?)\"""", (1, "ldquo")),
    ))
# which of the four smart_quotes characters each quote name stands for
_SQ_INDEX = {"lsquo": 0, "rsquo": 1, "ldquo": 2, "rdquo": 3}
_SQ_CHARS = {("lquote", "'"): 0, ("lquote", '"'): 2, ("rquote", "'"): 1, ("rquote", '"'): 3}
# characters kramdown reads as the start of something else (emphasis, code, a tag, an entity,
# a link): a quote after one of them starts its own run of text
_SQ_NOT_BEFORE = frozenset("*_`<&[\\\0")
_SQ_NOT_CLOSE = frozenset(" \\\t\r\n\v\f[{(-")
_DEFAULT_QUOTES = ("‘", "’", "“", "”")
_ANY_QUOTE = re.compile("[\"'‘’“”]")
_CURLY_QUOTE = re.compile("[‘’“”]")
_TAG_WITH_CURLY_QUOTE = re.compile("<[^>]*[‘’“”]")
# what kramdown gives no smart quotes: fenced code, code spans, link destinations and titles
_FENCED_CODE = re.compile(r"\n[ ]{0,3}(`{3,}|~{3,})[^\n]*\n.*?\n[ ]{0,3}\1[`~]*[ \t]*(?=\n)",
                          re.S)
_CODE_SPAN_TEXT = re.compile(r"(?<!`)(`++)(?!`).*?(?<!`)\1(?!`)", re.S)
_DESTINATION_TEXT = re.compile(r"\]\([^)]*\)")
_CODE_ELEMENT = re.compile(r"<code[^>]*>.*?</code>", re.S)


def _text_remap(options: MarkdownOptions) -> Callable[[str], str] | None:
    """The text treatment the site's typographic_symbols ask for, if any."""
    table: dict[str, str] = {}
    symbols = dict(options.typographic_symbols)
    if options.no_auto_typographic:
        symbols = {"mdash": "---", "ndash": "--", "hellip": "...", **symbols}
    for name, char in (("mdash", "—"), ("ndash", "–"), ("hellip", "…")):
        if name in symbols:
            table[char] = _escape_text(symbols[name])
    if not table:
        return None
    translation = str.maketrans(table)
    return lambda text: text.translate(translation)
