"""The general path's finishing (`finished_page`): pyromark's HTML made kramdown's. Paragraphs
that stand for another element become it, placeholders their HTML (or in a tag the source text
they stand for), span and block IALs are applied, abbreviations and the site's typographic
symbols put in, headers get ids, footnotes are numbered and listed, and the table of contents
is written."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from herald.load.markdown.code import PYROMARK_CODE, kramdown_code
from herald.load.markdown.commonmark import without_list_starts
from herald.load.markdown.headers import FOOTNOTE_SUP, with_header_ids
from herald.load.markdown.html_text import (
    TAGS,
    escaped_attribute,
    escaped_text,
    html_attributes,
    with_attributes,
)
from herald.load.markdown.placeholders import (
    TOKEN,
    TOKEN_ESCAPED,
    TOKEN_PARAGRAPH,
    WRAP_END,
    Token,
    has_token,
    token_index,
    token_text,
    unescaped_token,
)
from herald.load.markdown.rendering import Rendering

_WRAPPED = re.compile("<(p|h[1-6])>\u2e2b([\ue000-\uefff]+)\u2e2d(.*?)" + WRAP_END
                      + "</\\1>\n?", re.S)


def finished_page(rendering: Rendering, page: str) -> str:
    """pyromark's HTML made kramdown's."""
    if rendering.later_options:
        rendering.options = replace(rendering.options,
                                    **rendering.later_options)  # type: ignore[arg-type]
    notes: dict[str, str] = {}
    placeholders = len(rendering.tokens) > 2 or has_token(page)
    if placeholders:
        if rendering.footnotes:
            page, notes = _page_and_notes(rendering, page)
        page = _unwrapped(rendering, page)
        notes = {name: _unwrapped(rendering, body) for name, body in notes.items()}
        if rendering.has_next_tokens:
            page = _with_next_attributes(rendering, page)
    elif "<code" in page:
        page = PYROMARK_CODE.sub(lambda m: kramdown_code(m, rendering.options), page)
    order: list[str] = []
    counts: dict[str, int] = {}
    if placeholders or rendering.abbreviations or rendering.remap is not None:
        page = _resolved(rendering, page, order, counts)
    if "<h" in page:
        page = with_header_ids(page, rendering.options,
                               rendering.headers if rendering.wants_toc else None)
    page = without_list_starts(page)
    if order:
        page = _with_footnotes(rendering, page, notes, order, counts)
    if placeholders:
        page = _with_blocks(rendering, page)
    return page


def _page_and_notes(rendering: Rendering, page: str) -> tuple[str, dict[str, str]]:
    """The HTML of each footnote's blocks, taken off the end of the page."""
    start = None
    for match in TOKEN_PARAGRAPH.finditer(page):
        if rendering.token_at(match[1]).kind == "fn":
            start = match.start()
            break
    if start is None:
        return page, {}
    notes: dict[str, str] = {}
    name = ""
    body_start = 0
    for match in TOKEN_PARAGRAPH.finditer(page, start):
        token = rendering.token_at(match[1])
        if token.kind != "fn":
            continue
        if token.name:
            name, body_start = token.name, match.end()
        else:
            notes[name] = page[body_start:match.start()]
    return page[:start], notes


def _unwrapped(rendering: Rendering, page: str) -> str:
    """Paragraphs that stand for another element (a wrap placeholder) made that element."""

    def element(match: re.Match[str]) -> str:
        token = rendering.token_at(match[2])
        if token.kind != "wrap":
            return match[0]
        if token.name == "h":
            attrs = html_attributes(token.attrs or {})
            return f"<{match[1]}{attrs}>{match[3]}</{match[1]}>\n"
        return token.html + match[3] + token.close
    if WRAP_END not in page:
        return page
    return _WRAPPED.sub(element, page)


def _with_next_attributes(rendering: Rendering, page: str) -> str:
    """Attributes of a block IAL applied to the element after their placeholder."""
    matches = [match for match in TOKEN_PARAGRAPH.finditer(page)
               if rendering.token_at(match[1]).kind == "next"]
    for match in reversed(matches):
        token = rendering.token_at(match[1])
        page = page[:match.start()] + page[match.end():]
        if after := re.compile(rf"<{token.name}\b[^>]*>").search(page, match.start()):
            page = page[:after.start()] + with_attributes(after[0], token.attrs or {}) \
                + page[after.end():]
    return page


def _resolved(rendering: Rendering, page: str, order: list[str], counts: dict[str, int]) -> str:
    """Placeholders resolved: in a tag (an href, an alt text) the source text they stand
    for, in text their HTML; footnote markers numbered in order of first reference, span
    IALs applied, and kramdown's abbreviations and smart quote settings."""
    if "%E2%B8%A" in page:
        page = TOKEN_ESCAPED.sub(unescaped_token, page)
    if rendering.abbreviations or rendering.remap is not None:
        page = _text_treated(rendering, page)
    if not has_token(page):
        return page
    if rendering.span_ials:
        page = _with_span_ials(rendering, page)
    tokens = rendering.tokens
    options = rendering.options

    def replacement(match: re.Match[str]) -> str:
        index = token_index(match[1])
        if index >= len(tokens):
            return match[0]
        token = tokens[index]
        kind = token.kind
        if kind == "block":
            return match[0]
        at = match.start()
        if page.rfind("<", 0, at) > page.rfind(">", 0, at):  # in a tag: the source text
            return escaped_attribute(token.literal)
        if kind == "inline":
            return token.html
        if kind == "ial":
            return escaped_text(token.literal)
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

    return TOKEN.sub(replacement, page)


def _with_span_ials(rendering: Rendering, page: str) -> str:
    """Span IALs right after an element pyromark wrote (a link, an image) applied to it."""
    for index in reversed(rendering.span_ials):
        text = token_text(index)
        at = page.rfind(text)
        if at < 0 or not page.endswith(">", 0, at):
            continue
        tag_at = page.rfind("<", 0, at)
        target = _element_start(page, tag_at, at)
        if target is None:
            continue
        start, end = target
        tag = with_attributes(page[start:end], rendering.tokens[index].attrs or {})
        page = page[:start] + tag + page[end:at] + page[at + len(text):]
    return page


def _text_treated(rendering: Rendering, page: str) -> str:
    """Abbreviations and the site's smart quotes and typographic symbols applied to the
    text (not in tags, code or scripts)."""
    abbreviations = rendering.abbreviations
    pattern = _abbreviation_pattern(abbreviations) if abbreviations else None
    remap = rendering.remap
    parts = TAGS.split(page)
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


def _with_footnotes(rendering: Rendering, page: str, notes: dict[str, str], order: list[str],
                   counts: dict[str, int]) -> str:
    """kramdown's footnote_content: the notes referred to, in order of first reference,
    each with links back to its references."""
    options = rendering.options
    backlink = escaped_text(options.footnote_backlink)
    items = []
    index = 0
    while index < len(order):
        name = order[index]
        index += 1
        body = _resolved(rendering, notes.get(name.removeprefix(options.footnote_prefix), ""),
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
    for token in rendering.tokens:
        if token.kind == "block" and token.name == "footnotes" and not token.html:
            token.html = section
            return page
    return page + section


def _with_blocks(rendering: Rendering, page: str) -> str:
    """Block placeholders (code, raw HTML, containers, the TOC) made their HTML."""

    def block(match: re.Match[str]) -> str:
        token = rendering.token_at(match[1])
        if token.kind != "block":
            return ""
        return _toc_html(rendering, token) if token.name == "toc" else token.html

    page = TOKEN_PARAGRAPH.sub(block, page)
    return TOKEN.sub(block, page) if has_token(page) else page


def _toc_html(rendering: Rendering, token: Token) -> str:
    """kramdown's table of contents: the headers (of toc_levels, not .no_toc), nested."""
    attrs = dict(token.attrs or {})
    attrs.setdefault("id", "markdown-toc")
    roots: list[_TocEntry] = []
    stack: list[_TocEntry] = []
    for level, header_id, inner in rendering.headers:
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
        link = (f'<a href="#{escaped_attribute(entry.header_id)}" '
                f'id="{escaped_attribute(toc_id)}-{escaped_attribute(entry.header_id)}">'
                f"{entry.html}</a>")
        sub = _toc_list(entry.children, kind, {}, toc_id) if entry.children else ""
        items.append(f"<li>{link}{sub}</li>\n")
    return f"<{kind}{html_attributes(attrs)}>\n" + "".join(items) + f"</{kind}>\n"


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


def _toc_entry(inner: str) -> str:
    """A header's content for the TOC: links unwrapped, footnote markers left out."""
    return re.sub(r"</?a\b[^>]*>", "", FOOTNOTE_SUP.sub("", inner))


def _abbreviation_pattern(abbreviations: dict[str, str]) -> re.Pattern[str]:
    names = sorted(abbreviations, key=len, reverse=True)
    union = "|".join(re.escape(name) for name in names)
    return re.compile(rf"(?:(?<=[^A-Za-z0-9_])|^)({union})(?![A-Za-z0-9_])")


def _abbreviation(match: re.Match[str], abbreviations: dict[str, str]) -> str:
    title = abbreviations[match[1]]
    attrs = f' title="{escaped_attribute(title)}"' if title else ""
    return f"<abbr{attrs}>{match[1]}</abbr>"
