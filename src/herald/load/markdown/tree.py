"""The tree kramdown's block reader makes: `Block`s, and the `Item`s of lists and definition
lists."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from herald.load.markdown.attributes import Ial


@dataclass(slots=True)
class Block:
    """One block as kramdown's parser sees it.

    kind: p h code hr ul ol dl bq html rawhtml math table linkdef blank eob (and group: blocks
    inside raw HTML). `text` is the raw text of a paragraph or header, a code block's code, an
    element's name, a rawhtml block's HTML, an eob's cause."""

    kind: str
    text: str = ""
    level: int = 0
    ial: Ial | None = None
    children: list[Block] = field(default_factory=list)
    items: list[Item] = field(default_factory=list)
    extra: Any = None  # code: (lang, class lang); html: (model, attrs, body); table; list eob


@dataclass(slots=True)
class Item:
    """A list item (li) or a definition list's term (dt) or definition (dd)."""

    tag: str
    blocks: list[Block] = field(default_factory=list)
    text: str = ""  # a term's raw text
    ial: Ial | None = None
    transparent: bool = False  # its first paragraph is written without <p>
