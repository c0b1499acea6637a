"""Markdown rendered the way Jekyll 4.3 renders it: kramdown 2.4 with its GFM parser.

pulldown-cmark (through pyromark) renders what kramdown and CommonMark read alike; this package
is the layer that makes the result kramdown's. A document with none of the marks that need more
takes the fast path (fast.py): straight to pyromark, whose HTML then only gets header ids
(headers.py) and rouge's code wrappers (code.py). Any other takes the general path (general.py):

* blocks.py, with lists.py and html_blocks.py, reads the source block by block as kramdown's
  block parser does, into the tree of tree.py;
* emit.py writes Markdown for pyromark in which every block means what it means to kramdown:
  paragraphs and headers stay Markdown, their text through the inline pass (spans.py,
  emphasis.py, quotes.py), and what pulldown-cmark would read differently or does not know
  becomes a placeholder (placeholders.py);
* finish.py turns pyromark's HTML into kramdown's: placeholders become their HTML, headers get
  ids, and footnotes, abbreviations, IAL attributes and the table of contents are added.

options.py reads the site's `kramdown:` settings; commonmark.py calls pyromark for both paths;
syntax.py and attributes.py hold kramdown's syntax that the readers share, html_text.py its
escaping, rendering.py the state of one rendering on the general path.
"""

from __future__ import annotations

from herald.load.markdown.fast import fast_path_html
from herald.load.markdown.options import DEFAULTS, MarkdownOptions, markdown_options

__all__ = ["MarkdownOptions", "markdown_options", "render_markdown"]


def render_markdown(text: str, options: MarkdownOptions = DEFAULTS) -> str:
    """The body's HTML as Jekyll's kramdown renders it (unsanitised: herald sanitises it)."""
    source = adapted(text)
    if (page := fast_path_html(source, options)) is not None:
        return page
    # Imported here and not above: the general path's modules compile some 150 regular
    # expressions, which a build whose documents all take the fast path need not pay for.
    from herald.load.markdown.general import kramdown_html
    return kramdown_html(source, options)


def adapted(text: str) -> str:
    """The source as kramdown's parser takes it: Unix newlines, ending with exactly one."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text.removesuffix("\n") + "\n"
