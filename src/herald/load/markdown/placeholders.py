"""Placeholders: what the general path writes into the Markdown it gives pyromark where an
element is to stand that pulldown-cmark must not read, and `Placeholders`, the table of what
each stands for.

A placeholder is a mark (U+2E2C, or U+2E2B for a paragraph that stands for another element),
digits from the private-use range U+E000-U+EFFF and a closing mark (U+2E2D). The marks are
punctuation, which pulldown-cmark's emphasis rules take as the edge of a word and pass through;
these three rare characters in the input become placeholders themselves, so they come back as
they were.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from herald.load.markdown.html_text import escaped_html

TOKEN = re.compile("[\u2e2b\u2e2c]([\ue000-\uefff]+)\u2e2d")
TOKEN_PARAGRAPH = re.compile("<p>\u2e2c([\ue000-\uefff]+)\u2e2d</p>\n?")
TOKEN_ESCAPED = re.compile(r"%E2%B8%A[BC](?:%EE%[89AB][0-9A-F]%[89AB][0-9A-F])+%E2%B8%AD")
_DIGITS = 0x1000


def token_text(index: int, opening: str = "\u2e2c") -> str:
    """The placeholder for the token at `index`."""
    if index < _DIGITS:
        return opening + chr(0xE000 + index) + "\u2e2d"
    digits = []
    while True:
        index, digit = divmod(index, _DIGITS)
        digits.append(chr(0xE000 + digit))
        if not index:
            return opening + "".join(reversed(digits)) + "\u2e2d"


def unescaped_token(match: re.Match[str]) -> str:
    """A placeholder pyromark percent-encoded in an href, as it was."""
    return bytes.fromhex(match[0].replace("%", "")).decode()


def has_token(text: str) -> bool:
    """Whether the text may hold a placeholder (it has their closing mark)."""
    return "\u2e2d" in text


def token_index(digits: str) -> int:
    """The index a placeholder's digits stand for."""
    if len(digits) == 1:
        return ord(digits) - 0xE000
    index = 0
    for char in digits:
        index = index * _DIGITS + ord(char) - 0xE000
    return index


@dataclass(slots=True)
class Token:
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


EMPTY = token_text(0)
WRAP_END = token_text(1)
_UNKNOWN = Token("none")


class Placeholders:
    """The tokens of one rendering, by index; index 0 stands for nothing (EMPTY) and 1 ends a
    wrap (WRAP_END)."""

    def __init__(self) -> None:
        self.tokens: list[Token] = [Token("inline"), Token("wrap")]
        self.literal_tokens: dict[str, str] = {}

    def token(self, token: Token) -> str:
        """A new placeholder for `token`."""
        self.tokens.append(token)
        return token_text(len(self.tokens) - 1, "\u2e2b" if token.kind == "wrap" else "\u2e2c")

    def token_at(self, digits: str) -> Token:
        """The token the placeholder digits stand for (an unknown one, for digits from the
        input that only look like a placeholder's, stands for nothing)."""
        index = token_index(digits)
        return self.tokens[index] if index < len(self.tokens) else _UNKNOWN

    def inline(self, html_text: str, literal: str) -> str:
        """A placeholder for `html_text` in text, `literal` in a tag or code."""
        return self.token(Token("inline", html_text, literal))

    def literal(self, char: str) -> str:
        """A placeholder for a character pulldown-cmark is to take as plain text."""
        if char not in self.literal_tokens:
            self.literal_tokens[char] = self.inline(escaped_html(char), char)
        return self.literal_tokens[char]

    def block_token(self, html_text: str) -> str:
        """A placeholder paragraph for a block of HTML."""
        return self.token(Token("block", html_text))

    def wrap(self, opening: str, close: str, body: str) -> str:
        """Markdown for a paragraph of `body` that is to be opening...close instead of <p>."""
        return self.token(Token("wrap", opening, close=close)) + body + WRAP_END
