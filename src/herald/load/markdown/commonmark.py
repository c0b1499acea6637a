"""pyromark (pulldown-cmark) as both paths call it, and what of its HTML both paths change
alike: kramdown writes no `start` on an ordered list."""

from __future__ import annotations

import re

import pyromark

_PYROMARK = pyromark.Markdown(
    options=pyromark.Options.ENABLE_STRIKETHROUGH | pyromark.Options.ENABLE_SMART_PUNCTUATION)
_OL_START = re.compile(r'<ol start="\d+">')


def commonmark_html(markdown: str) -> str:
    """pyromark's HTML for the Markdown."""
    return _PYROMARK.html(markdown)


def without_list_starts(page: str) -> str:
    """The page with `<ol start="n">` written `<ol>`, as kramdown writes every ordered list."""
    return _OL_START.sub("<ol>", page) if "<ol start=" in page else page
