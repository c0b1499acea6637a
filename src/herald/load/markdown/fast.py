"""The fast path: a document with none of the marks that kramdown reads otherwise than
pulldown-cmark goes straight to pyromark, whose HTML then only gets header ids and rouge's code
wrappers. `needs_kramdown` is the check of the source, `fast_path_html` the path itself, which
also gives up when pyromark's links or curly quotes are not kramdown's (tests/test_load_markdown.py
holds the two paths to writing the same HTML for what the fast path takes).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from herald.load.markdown.code import PYROMARK_CODE, kramdown_code
from herald.load.markdown.commonmark import commonmark_html, without_list_starts
from herald.load.markdown.headers import ANY_TAG, with_header_ids
from herald.load.markdown.options import DEFAULTS, MarkdownOptions
from herald.load.markdown.placeholders import has_token
from herald.load.markdown.quotes import DEFAULT_QUOTES, smart_quote


def fast_path_html(source: str, options: MarkdownOptions) -> str | None:
    """The HTML of a source (as `adapted` makes it) that needs nothing of kramdown's readers,
    or None when the general path is to render it."""
    if not fast_path_fits(options) or needs_kramdown(source):
        return None
    page = commonmark_html(source)
    if links_read_otherwise(page) or (
            ('"' in source or "'" in source) and not quotes_as_kramdown(source, page)):
        return None
    if has_token(page):
        # references to placeholder marks, which pyromark wrote as the marks: the general
        # path's finishing takes them (imported here for the rare page that has them)
        from herald.load.markdown.finish import finished_page
        from herald.load.markdown.rendering import Rendering
        return finished_page(Rendering(options), page)
    if "<code" in page:
        page = PYROMARK_CODE.sub(lambda match: kramdown_code(match, options), page)
    if "<h" in page:
        page = with_header_ids(page, options)
    return without_list_starts(page)


def fast_path_fits(options: MarkdownOptions) -> bool:
    """Whether the options leave the text as pyromark writes it (header ids, code and the
    like are made kramdown's either way)."""
    return not options.hard_wrap and options.smart_quotes == DEFAULTS.smart_quotes \
        and not options.typographic_symbols and not options.no_auto_typographic


def needs_kramdown(source: str) -> bool:
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


@dataclass(slots=True)
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


def links_read_otherwise(page: str) -> bool:
    """Whether pyromark left a link unmade that kramdown makes (a destination with spaces or
    line breaks) or wrote a destination otherwise (percent-encoded, an entity)."""
    return "](" in page or ('href="' in page or 'src="' in page) and (
        "%" in page or "&#" in page) and bool(_LINK_ENCODED.search(page))


def quotes_as_kramdown(source: str, page: str) -> bool:
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
            quoted, _ = smart_quote(text, at, at > 0, DEFAULT_QUOTES)
            expected.extend(char for char in quoted if char in "‘’“”")
    if "<code" in page or _TAG_WITH_CURLY_QUOTE.search(page):
        page = ANY_TAG.sub("", _CODE_ELEMENT.sub("", page))
    return expected == _CURLY_QUOTE.findall(page)


_ANY_QUOTE = re.compile("[\"'‘’“”]")
_CURLY_QUOTE = re.compile("[‘’“”]")
_TAG_WITH_CURLY_QUOTE = re.compile("<[^>]*[‘’“”]")
# what kramdown gives no smart quotes: fenced code, code spans, link destinations and titles
_FENCED_CODE = re.compile(r"\n[ ]{0,3}(`{3,}|~{3,})[^\n]*\n.*?\n[ ]{0,3}\1[`~]*[ \t]*(?=\n)",
                          re.S)
_CODE_SPAN_TEXT = re.compile(r"(?<!`)(`++)(?!`).*?(?<!`)\1(?!`)", re.S)
_DESTINATION_TEXT = re.compile(r"\]\([^)]*\)")
_CODE_ELEMENT = re.compile(r"<code[^>]*>.*?</code>", re.S)
