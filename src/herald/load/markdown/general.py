"""The general path: kramdown's block reader (blocks.py), Markdown with placeholders for pyromark
(emit.py, spans.py, emphasis.py), and kramdown's HTML made of pyromark's (finish.py)."""

from __future__ import annotations

from herald.load.markdown.blocks import BlockReader
from herald.load.markdown.commonmark import commonmark_html
from herald.load.markdown.emit import Emitter
from herald.load.markdown.finish import finished_page
from herald.load.markdown.options import MarkdownOptions


def kramdown_html(source: str, options: MarkdownOptions) -> str:
    """The HTML of a source (as `adapted` makes it) as kramdown writes it."""
    emitter = Emitter(options)
    blocks = BlockReader(emitter, source).read()
    markdown = emitter.blocks_markdown(blocks) + emitter.footnote_bodies_markdown()
    return finished_page(emitter, commonmark_html(markdown))
