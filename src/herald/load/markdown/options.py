"""The `kramdown:` settings of a site's _config.yml that change what is rendered:
`MarkdownOptions` with Jekyll's defaults, `markdown_options` reading them with a message per
unusable value, and `OPTION_READERS`, which `{::options /}` in a document uses too."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from html.entities import name2codepoint


@dataclass(frozen=True)
class MarkdownOptions:
    """The site's `kramdown:` settings from _config.yml that change what is rendered, with
    Jekyll's defaults."""

    input: str = "GFM"  # "GFM" (Jekyll's default) or "kramdown"
    auto_ids: bool = True
    auto_id_prefix: str = ""
    parse_block_html: bool = False
    parse_span_html: bool = True
    hard_wrap: bool = False
    smart_quotes: str = "lsquo,rsquo,ldquo,rdquo"
    typographic_symbols: tuple[tuple[str, str], ...] = ()
    no_auto_typographic: bool = False  # gfm_quirks: no_auto_typographic
    toc_levels: tuple[int, ...] = (1, 2, 3, 4, 5, 6)
    header_offset: int = 0
    footnote_nr: int = 1
    footnote_backlink: str = "&#8617;"
    footnote_backlink_inline: bool = False
    footnote_prefix: str = ""
    math_engine: str | None = "mathjax"
    syntax_highlighter: str | None = "rouge"


DEFAULTS = MarkdownOptions()
_TYPOGRAPHIC_NAMES = ("mdash", "ndash", "hellip", "laquo", "raquo", "laquo_space", "raquo_space")


def markdown_options(value: object) -> tuple[MarkdownOptions, list[str]]:
    """Options from the `kramdown:` value of _config.yml (a mapping, or anything else); the list
    holds one readable message per key whose value cannot be used."""
    if value is None:
        return DEFAULTS, []
    if not isinstance(value, dict):
        return DEFAULTS, [f"kramdown must be a mapping of settings, not {_shown(value)}; "
                          "using Jekyll's defaults"]
    changes: dict[str, object] = {}
    messages: list[str] = []
    for key, raw in value.items():
        name = str(key)
        reader = OPTION_READERS.get(name)
        if reader is None:
            continue  # an option that changes nothing herald renders (or one Jekyll ignores too)
        try:
            changes.update(reader(raw))
        except ValueError as problem:
            messages.append(f"kramdown.{name} {problem}")
    return replace(DEFAULTS, **changes), messages  # type: ignore[arg-type]


def _shown(value: object) -> str:
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


def _boolean_reader(name: str) -> Callable[[object], dict[str, object]]:
    default = getattr(DEFAULTS, name)

    def read(value: object) -> dict[str, object]:
        if isinstance(value, bool):
            return {name: value}
        if isinstance(value, str) and value.strip().lower() in ("true", "false"):
            return {name: value.strip().lower() == "true"}
        raise ValueError(f"must be true or false; using {str(default).lower()}")
    return read


def _integer_reader(name: str) -> Callable[[object], dict[str, object]]:
    default = getattr(DEFAULTS, name)

    def read(value: object) -> dict[str, object]:
        if isinstance(value, bool):
            raise ValueError(f"must be a whole number; using {default}")
        try:
            return {name: int(str(value).strip())}
        except ValueError:
            raise ValueError(f"must be a whole number; using {default}") from None
    return read


def _text_reader(name: str) -> Callable[[object], dict[str, object]]:
    def read(value: object) -> dict[str, object]:
        if isinstance(value, dict | list):
            raise ValueError(f"must be text; using {getattr(DEFAULTS, name)!r}")
        return {name: "" if value is None else str(value)}
    return read


def _read_input(value: object) -> dict[str, object]:
    name = str(value).strip()
    if name.lower() == "gfm":
        return {"input": "GFM"}
    if name.lower() == "kramdown":
        return {"input": "kramdown"}
    raise ValueError(f"must be GFM or kramdown (the parsers Jekyll has); using GFM, not {name!r}")


def _read_smart_quotes(value: object) -> dict[str, object]:
    parts = value if isinstance(value, list) else str(value).split(",")
    names = [str(part).strip() for part in parts]
    if len(names) != 4 or any(entity_char(name) is None for name in names):
        raise ValueError("must be four entity names or code points, like "
                         "lsquo,rsquo,ldquo,rdquo; using those")
    return {"smart_quotes": ",".join(names)}


def _read_typographic_symbols(value: object) -> dict[str, object]:
    if not isinstance(value, dict):
        raise ValueError("must be a mapping like {hellip: '...'}; using the symbols themselves")
    pairs = []
    for key, text in value.items():
        name = str(key).strip().removeprefix(":")
        if name not in _TYPOGRAPHIC_NAMES:
            raise ValueError(f"names a symbol kramdown does not have ({name!r}); "
                             "using the symbols themselves")
        pairs.append((name, "" if text is None else str(text)))
    return {"typographic_symbols": tuple(pairs)}


def _read_gfm_quirks(value: object) -> dict[str, object]:
    parts = value if isinstance(value, list) else str(value).split(",")
    return {"no_auto_typographic": any(str(p).strip().removeprefix(":") == "no_auto_typographic"
                                       for p in parts)}


def _read_toc_levels(value: object) -> dict[str, object]:
    levels: list[int] = []
    if isinstance(value, list):
        try:
            levels = [int(v) for v in value]
        except (TypeError, ValueError):
            levels = []
    elif isinstance(value, str):
        text = value.strip()
        if match := re.fullmatch(r"(\d)\.\.(\d)", text):
            levels = list(range(int(match[1]), int(match[2]) + 1))
        elif re.fullmatch(r"\d(?:,\d)*", text):
            levels = [int(v) for v in text.split(",")]
    elif isinstance(value, int) and not isinstance(value, bool):
        levels = [value]
    if not levels:
        raise ValueError("must be levels like 1..3 or 1,2,3; using 1..6")
    return {"toc_levels": tuple(dict.fromkeys(levels))}


def _read_math_engine(value: object) -> dict[str, object]:
    if value is None or str(value).strip() in ("", "nil", "null"):
        return {"math_engine": None}
    name = str(value).strip().removeprefix(":")
    if name != "mathjax":
        raise ValueError(f"names an engine Jekyll needs a plugin for ({name!r}); using mathjax")
    return {"math_engine": "mathjax"}


def _read_syntax_highlighter(value: object) -> dict[str, object]:
    if value is None or str(value).strip() in ("", "nil", "null", "none", "false"):
        return {"syntax_highlighter": None}
    name = str(value).strip().removeprefix(":")
    if name != "rouge":
        raise ValueError(f"names a highlighter Jekyll needs a plugin for ({name!r}); using rouge")
    return {"syntax_highlighter": "rouge"}


OPTION_READERS: dict[str, Callable[[object], dict[str, object]]] = {
    "input": _read_input,
    "auto_ids": _boolean_reader("auto_ids"),
    "auto_id_prefix": _text_reader("auto_id_prefix"),
    "parse_block_html": _boolean_reader("parse_block_html"),
    "parse_span_html": _boolean_reader("parse_span_html"),
    "hard_wrap": _boolean_reader("hard_wrap"),
    "smart_quotes": _read_smart_quotes,
    "typographic_symbols": _read_typographic_symbols,
    "gfm_quirks": _read_gfm_quirks,
    "toc_levels": _read_toc_levels,
    "header_offset": _integer_reader("header_offset"),
    "footnote_nr": _integer_reader("footnote_nr"),
    "footnote_backlink": _text_reader("footnote_backlink"),
    "footnote_backlink_inline": _boolean_reader("footnote_backlink_inline"),
    "footnote_prefix": _text_reader("footnote_prefix"),
    "math_engine": _read_math_engine,
    "syntax_highlighter": _read_syntax_highlighter,
}


def entity_char(name: str) -> str | None:
    """The character an entity name or code point (as in kramdown's smart_quotes) stands for."""
    if name.isdigit():
        return chr(int(name)) if int(name) < 0x110000 else None
    code = name2codepoint.get(name)
    return chr(code) if code is not None else None
