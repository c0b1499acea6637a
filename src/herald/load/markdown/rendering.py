"""`Rendering`: what one rendering on the general path knows, from reading the blocks to
finishing the HTML: its options and placeholders, what the document defines (footnotes,
abbreviations, ALDs), options set in the document, and what the finishing step needs later."""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

from herald.load.markdown.attributes import Ial
from herald.load.markdown.html_text import escaped_text
from herald.load.markdown.options import OPTION_READERS, MarkdownOptions
from herald.load.markdown.placeholders import Placeholders
from herald.load.markdown.tree import Block


class Rendering(Placeholders):
    """One rendering: options, placeholders, and what the blocks define (footnotes,
    abbreviations, ALDs)."""

    def __init__(self, options: MarkdownOptions) -> None:
        super().__init__()
        self.options = options
        self.footnotes: dict[str, list[Block]] = {}
        self.abbreviations: dict[str, str] = {}
        self.alds: dict[str, Ial] = {}
        self.parse_block_html = options.parse_block_html
        self.parse_span_html = options.parse_span_html
        self.later_options: dict[str, object] = {}
        self.headers: list[tuple[int, str, str]] = []  # level, id, inner HTML of TOC headers
        self.span_ials: list[int] = []  # placeholders of span IALs left to apply
        self.wants_toc = False
        self.has_next_tokens = False  # block IAL attributes for the element after a placeholder
        self.remap = text_remap(options)

    def set_inline_options(self, values: dict[str, str]) -> None:
        """{::options key="value" /}: parser options from here on, the others for the document."""
        for key, value in values.items():
            if (reader := OPTION_READERS.get(key)) is None:
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

    def attrs_of(self, ial: Ial | None, attrs: dict[str, str] | None = None) -> dict[str, str]:
        """kramdown's update_attr_with_ial: attrs, then the ALDs the IAL refers to, then the IAL."""
        result = dict(attrs or {})
        if ial is not None:
            self._apply_ial(result, ial, 0)
        return result

    def _apply_ial(self, attrs: dict[str, str], ial: Ial, depth: int) -> None:
        for ref in ial.refs:
            if ref in self.alds and depth < 20:
                self._apply_ial(attrs, self.alds[ref], depth + 1)
        for key, value in ial.attrs.items():
            attrs[key] = f"{attrs.get(key, '')} {value}".lstrip() if key == "class" else value


@lru_cache(maxsize=64)
def text_remap(options: MarkdownOptions) -> Callable[[str], str] | None:
    """The text treatment the site's typographic_symbols ask for, if any."""
    if not options.typographic_symbols and not options.no_auto_typographic:
        return None
    table: dict[str, str] = {}
    symbols = dict(options.typographic_symbols)
    if options.no_auto_typographic:
        symbols = {"mdash": "---", "ndash": "--", "hellip": "...", **symbols}
    for name, char in (("mdash", "—"), ("ndash", "–"), ("hellip", "…")):
        if name in symbols:
            table[char] = escaped_text(symbols[name])
    if not table:
        return None
    translation = str.maketrans(table)
    return lambda text: text.translate(translation)
