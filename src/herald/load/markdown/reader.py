"""`Reader`: the state of kramdown's block reader over one source and the helpers its block
parsers share. The parsers themselves are in blocks.py (which puts them together into
`BlockReader`), lists.py and html_blocks.py."""

from __future__ import annotations

from typing import Self

from herald.load.markdown.attributes import Ial
from herald.load.markdown.rendering import Rendering
from herald.load.markdown.syntax import BLANK_LINE, EOB_MARKER, IAL_BLOCK_START
from herald.load.markdown.tree import Block

NESTING_AT_MOST = 60  # lists, quotes and HTML elements within each other


class Reader:
    """kramdown's block parser over one source, from pos: the blocks read so far, the IAL
    waiting for the next block, and the end tag that ends the element being read."""

    def __init__(self, rendering: Rendering, src: str, pos: int = 0,
                 stop_tag: str | None = None, depth: int = 0) -> None:
        self.rendering = rendering
        self.src = src
        self.pos = pos
        self.blocks: list[Block] = []
        self.block_ial: Ial | None = None
        self.stop_tag = stop_tag
        self.stopped = False
        self.depth = depth  # how deep in lists, quotes and HTML elements this text stands

    def read(self) -> list[Block]:
        """The blocks from pos to the end, or to the end tag of the element being read."""
        raise NotImplementedError

    def reader_at(self, pos: int, stop_tag: str, depth: int) -> Self:
        """A reader of the same source from pos up to the end tag of `stop_tag`, at `depth`."""
        return type(self)(self.rendering, self.src, pos, stop_tag=stop_tag, depth=depth)

    def read_nested(self, text: str) -> list[Block]:
        """The blocks of `text`, one level deeper (a list item's, a quote's)."""
        return type(self)(self.rendering, text, depth=self.depth + 1).read()

    def add(self, block: Block) -> None:
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
        return pos >= len(src) or bool(BLANK_LINE.match(src, pos) or EOB_MARKER.match(src, pos)
                                       or IAL_BLOCK_START.match(src, pos))

    def line_end(self, pos: int) -> int:
        end = self.src.find("\n", pos)
        return len(self.src) if end < 0 else end + 1
