"""Header ids as kramdown makes them (kramdown-parser-gfm's generate_gfm_header_id, or
kramdown's generate_id), added to the headers of pyromark's HTML by both paths, and the headers
the table of contents lists."""

from __future__ import annotations

import html
import re
import unicodedata

from herald.load.markdown.html_text import escaped_attribute
from herald.load.markdown.options import MarkdownOptions
from herald.load.markdown.placeholders import TOKEN

_HEADER = re.compile(r"<h([1-6])((?:\s[^>]*)?)>(.*?)</h\1>", re.S)
_ID_ATTRIBUTE = re.compile(r'\sid="([^"]*)"')
_CLASS_ATTRIBUTE = re.compile(r'\sclass="([^"]*)"')
_NOT_ID_CHARACTER = re.compile(r"[^a-z0-9_\- \t]")
ANY_TAG = re.compile(r"<[^>]*>")
FOOTNOTE_SUP = re.compile(r'<sup id="fnref:[^"]*" role="doc-noteref">.*?</sup>')

TocHeader = tuple[int, str, str]  # level, id, inner HTML


def with_header_ids(page: str, options: MarkdownOptions,
                    toc_headers: list[TocHeader] | None = None) -> str:
    """Header ids as kramdown's GFM parser makes them, and the headers for the TOC added to
    `toc_headers` (when there is a TOC)."""
    counter: dict[str, int] = {}
    prefix = escaped_attribute(options.auto_id_prefix)

    def header(match: re.Match[str]) -> str:
        level, attrs, inner = int(match[1]), match[2], match[3]
        found = _ID_ATTRIBUTE.search(attrs) if attrs else None
        header_id = html.unescape(found[1]) if found else None
        if header_id is None and options.auto_ids:
            header_id = _header_id(_header_text(inner), counter, options)
            if header_id.strip():  # (word characters, hyphens and the prefix escaped)
                attrs += f' id="{prefix}{header_id[len(options.auto_id_prefix):]}"'
        classes = _CLASS_ATTRIBUTE.search(attrs) if attrs else None
        if toc_headers is not None and header_id and header_id.strip() \
                and level in options.toc_levels \
                and not (classes and re.search(r"\bno_toc\b", classes[1])):
            toc_headers.append((level, header_id, inner))
        out_level = max(1, min(6, level + options.header_offset))
        return f"<h{out_level}{attrs}>{inner}</h{out_level}>"
    return _HEADER.sub(header, page)


def _header_id(text: str, counter: dict[str, int], options: MarkdownOptions) -> str:
    """kramdown-parser-gfm's generate_gfm_header_id (kramdown's generate_id for input:
    kramdown)."""
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


def _header_text(inner: str) -> str:
    """A header's text as kramdown's raw text has it: without tags and footnote markers."""
    if "<" in inner:
        inner = ANY_TAG.sub("", FOOTNOTE_SUP.sub("", inner))
    if "\u2e2d" in inner:
        inner = TOKEN.sub("", inner)
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
