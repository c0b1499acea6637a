"""kramdown's emphasis (parse_emphasis) in a paragraph's text after the inline pass: every `*`
and `_` that kramdown reads as emphasis becomes a placeholder for <em> or <strong>, and those
it reads as text become placeholders for themselves where pulldown-cmark would read them
otherwise."""

from __future__ import annotations

import re

from herald.load.markdown.html_text import with_attributes
from herald.load.markdown.placeholders import TOKEN, Placeholders

_UNDERSCORE_NOT_IN_WORD = re.compile(r"_(?![^\W_])|(?<![^\W_])_")
_EMPHASIS_OR_ESCAPE = re.compile(r"\\[\s\S]|\*\*?|__?")
_EMPHASIS_RUNS_AT_MOST = 400
_RUBY_SPACE = " \t\n\v\f\r"


def emphasized(text: str, marks: Placeholders) -> str:
    """kramdown's emphasis (parse_emphasis) in text the inline pass has been through: every
    `*` and `_` it reads as emphasis becomes <em> or <strong>, and those it reads as text
    stay text for pulldown-cmark too."""
    if "*" not in text and ("_" not in text or not _UNDERSCORE_NOT_IN_WORD.search(text)):
        return text
    if text.count("*") + text.count("_") + text.count("\\") > _EMPHASIS_RUNS_AT_MOST \
            and len(_EMPHASIS_OR_ESCAPE.findall(text)) > _EMPHASIS_RUNS_AT_MOST:
        return text  # left to pulldown-cmark: kramdown's rules are quadratic in the runs
    parts, _, _ = _emphasis_parse(text, 0, None, "", frozenset(), marks)
    return "".join(parts)


def _emphasis_parse(text: str, pos: int, stop: str | None, element: str,
                    open_elements: frozenset[str], marks: Placeholders
                    ) -> tuple[list[str], int, bool]:
    """Text from pos up to the delimiter that closes `element` (kramdown's parse_spans with
    a stop pattern): the parts, where it stopped, and whether the delimiter was found."""
    parts: list[str] = []
    while (match := _EMPHASIS_OR_ESCAPE.search(text, pos)) is not None:
        at = match.start()
        parts.append(text[pos:at])
        run = match[0]
        if run[0] == "\\":
            parts.append(run)
            pos = match.end()
            continue
        if stop is not None and text.startswith(stop, at) \
                and _closes(text, at, stop, element, parts):
            return parts, at, True
        pos = _emphasis_at(text, at, run, element, open_elements, parts, marks)
    parts.append(text[pos:])
    return parts, len(text), False


def _emphasis_at(text: str, at: int, run: str, current: str, open_elements: frozenset[str],
                 parts: list[str], marks: Placeholders) -> int:
    """kramdown's parse_emphasis for the delimiter `run` at `at`: where to go on from."""
    element = "strong" if len(run) == 2 else "em"
    kind = run[0]
    after = text[at + len(run):at + len(run) + 1]
    if element in open_elements or after in _RUBY_SPACE and after \
            or kind == "_" and _after_word(text, at):
        parts.append(_literal_run(text, at, run, marks))
        return at + len(run)
    inner, end, found = _emphasis_parse(text, at + len(run), run, element,
                                        open_elements | {element}, marks)
    stop = run
    if not found and element == "strong" and current != "em":
        element, stop = "em", kind
        inner, end, found = _emphasis_parse(text, at + 1, kind, "em",
                                            open_elements | {"em"}, marks)
    if not found:
        parts.append(_literal_run(text, at, run, marks))
        return at + len(run)
    opening = marks.inline(f"<{element}>", stop)
    after_end = end + len(stop)
    if (ial := TOKEN.match(text, after_end)) and \
            (token := marks.token_at(ial[1])).kind == "ial":
        marks.tokens[-1].html = with_attributes(f"<{element}>", token.attrs or {})
        after_end = ial.end()
    parts.append(opening)
    parts.extend(inner)
    parts.append(marks.inline(f"</{element}>", stop))
    return after_end


def _literal_run(text: str, at: int, run: str, marks: Placeholders) -> str:
    """Delimiters kramdown reads as text, as pulldown-cmark is to read them too."""
    before = text[at - 1:at] if at else " "
    after = text[at + len(run):at + len(run) + 1] or " "
    if before.isspace() and after.isspace() \
            or run[0] == "_" and before.isalnum() and after.isalnum():
        return run
    return marks.inline(run, run)


def _closes(text: str, at: int, stop: str, element: str, parts: list[str]) -> bool:
    """Whether the delimiter at `at` ends the emphasis `element` opened by `stop` (kramdown:
    not after a space, an em not at the start of a strong, `_` not before a letter or digit,
    and not empty)."""
    if at and text[at - 1] in _RUBY_SPACE:
        return False
    if element == "em" and text.startswith(stop * 2, at) and not text.startswith(stop * 3, at):
        return False
    if stop[0] == "_" and text[at + len(stop):at + len(stop) + 1].isalnum():
        return False
    return any(parts)


def _after_word(text: str, at: int) -> bool:
    """Whether `_` at `at` follows a word (kramdown: [[:alpha:]]-?[[:alpha:]]* before it)."""
    before = text[at - 1:at]
    return before.isalpha() or (before == "-" and text[at - 2:at - 1].isalpha())
