"""Split a post file into its front matter (YAML `---`, TOML `+++` or a JSON object) and its
body.

python-frontmatter finds and splits the front matter, through handlers that hold Jekyll's
fences (and Hugo's) and read the text between them with herald's YAML loader and limits.
"""

from __future__ import annotations

import json
import re
import tomllib
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

import frontmatter
import yaml
from frontmatter.default_handlers import BaseHandler

_BASE_LOADER: type = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when built
MAX_VALUES = 100_000  # values front matter may hold once YAML aliases are expanded
MAX_DEPTH = 64  # levels of nesting


class YamlLoader(_BASE_LOADER):  # type: ignore[misc,valid-type]
    """The safe loader, but an impossible timestamp (2021-13-45) stays text for us to report."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        """A mapping, where a key YAML allows but Python cannot hash (`[//]: # (note)`, a
        Markdown comment some sites put in front matter) is kept as a tuple or text."""
        self.flatten_mapping(node)
        mapping: dict[Any, Any] = {}
        for key_node, value_node in node.value:
            key = self.construct_object(key_node, deep=deep)
            if isinstance(key, list):
                key = tuple(str(item) for item in key)
            elif isinstance(key, dict | set):
                key = str(key)
            mapping[key] = self.construct_object(value_node, deep=deep)
        return mapping

    def construct_lenient_timestamp(self, node: yaml.ScalarNode) -> Any:
        try:
            return self.construct_yaml_timestamp(node)
        except (ValueError, OverflowError):
            return self.construct_scalar(node)


YamlLoader.add_constructor("tag:yaml.org,2002:timestamp", YamlLoader.construct_lenient_timestamp)
YAML_LOADER: type = YamlLoader


_TOP_KEY = re.compile(r"""^([A-Za-z_"'][^:#]*?)\s*[:=]""")
_TOML_WHERE = re.compile(r" \(at line (\d+), column \d+\)$")


class PostError(Exception):
    """A file that cannot be read as a document; `line` is 1-based within the file when known."""

    def __init__(self, message: str, line: int | None = None) -> None:
        super().__init__(message)
        self.line = line


class FrontMatterError(PostError, ValueError):
    """Front matter (or YAML settings and data) that cannot be read.

    `body` is the text after the front matter when the fences were found (the YAML between
    them is what cannot be read), with `body_line` the line it starts on.
    """

    def __init__(self, message: str, line: int | None = None, body: str | None = None,
                 body_line: int = 1, kind: str = "invalid") -> None:
        super().__init__(message, line)
        self.body = body
        self.body_line = body_line
        # "missing" (no front matter), "unclosed", "invalid" (what is between the fences
        # cannot be read) or "limits" (too big or too deep to read)
        self.kind = kind


@dataclass(frozen=True)
class Document:
    meta: dict[str, Any]
    body: str
    body_line: int  # 1-based line of the body's first line
    lines: list[str] = field(default_factory=list, repr=False)  # the front matter's lines

    @cached_property
    def key_lines(self) -> dict[str, int]:
        """The 1-based line of each top-level key (where it first occurs), only when asked."""
        return _key_lines(self.lines)


class _Fenced(BaseHandler):
    """A python-frontmatter handler for front matter between two of Jekyll's fences: the
    file's first line and the next line that closes it, each allowed space after the fence
    (what str.rstrip strips). FM_BOUNDARY matches such a line with its newline, so the text
    between the two is whole lines."""

    FENCE = CLOSE = ""

    def __init__(self, fences: str) -> None:
        super().__init__(re.compile(rf"^(?:{fences})[^\S\n]*(?:\n|\Z)", re.M),
                         self.FENCE, self.FENCE)

    def detect(self, text: str) -> bool:
        return text.partition("\n")[0].rstrip() == self.FENCE


class _YamlFenced(_Fenced):
    FENCE = CLOSE = "---"

    def load(self, fm: str) -> dict[str, Any]:
        return _parse_yaml(fm)


class _TomlFenced(_Fenced):
    FENCE = CLOSE = "+++"

    def load(self, fm: str) -> dict[str, Any]:
        return _parse_toml(fm)


class _JsonObject(_Fenced):
    """Hugo's JSON front matter: an object whose braces stand alone on the file's first line
    and at the start of a later one (`{`, `   "date": "2024-09-24",`, `}`). What is between
    them is read with its braces."""

    FENCE, CLOSE = "{", "}"

    def __init__(self) -> None:
        super().__init__(r"\}")

    def split(self, text: str) -> tuple[str, str]:
        _, _, rest = text.partition("\n")
        between, body = self.FM_BOUNDARY.split(rest, 1)  # (ValueError: no closing line)
        return between, body

    def load(self, fm: str) -> dict[str, Any]:
        return _parse_json("{\n" + fm + "\n}")


# YAML's closing line may also be `...`, its end-of-document marker
HANDLERS: tuple[_Fenced, ...] = (_YamlFenced(r"---|\.\.\."), _TomlFenced(r"\+\+\+"),
                                 _JsonObject())


def split_document(text: str) -> Document:
    """Return the front matter and body of a post's text (BOM and CRLF already allowed)."""
    if text.startswith("\ufeff"):
        text = text[1:]
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    handler = frontmatter.detect_format(text, HANDLERS)
    if not isinstance(handler, _Fenced):
        raise FrontMatterError(
            "no front matter: the file must start with a line '---' followed by YAML", 1,
            kind="missing")
    try:
        between, body = handler.split(text)
    except ValueError:  # no closing fence
        raise FrontMatterError(
            f"front matter is not closed: add a line '{handler.CLOSE}' after it", 1,
            kind="unclosed") from None
    raw = between[:-1]  # without the newline of its last line
    lines = raw.split("\n") if between else []
    body_line = len(lines) + 3
    try:
        meta = handler.load(raw)
    except FrontMatterError as err:
        raise FrontMatterError(str(err), err.line, body, body_line, err.kind) from None
    return Document(meta, body, body_line, lines)


def _key_lines(lines: list[str]) -> dict[str, int]:
    """Where each top-level key starts (its first occurrence), counting the opening fence."""
    found: dict[str, int] = {}
    for number, line in enumerate(lines, start=2):
        match = _TOP_KEY.match(line)
        if match:
            found.setdefault(match.group(1).strip("'\""), number)
    return found


def _parse_yaml(raw: str) -> dict[str, Any]:
    if not raw.strip():
        return {}
    try:
        data = yaml.load(raw, Loader=YAML_LOADER)  # noqa: S506 - a safe loader
    except yaml.MarkedYAMLError as err:
        mark = err.problem_mark
        line = mark.line + 2 if mark is not None else None  # +1 for 1-based, +1 for the fence
        raise FrontMatterError(f"invalid YAML in front matter: {_one_line(err.problem or err)}",
                               line) from None
    except yaml.YAMLError as err:
        raise FrontMatterError(f"invalid YAML in front matter: {_one_line(err)}", 1) from None
    except (ValueError, TypeError, KeyError, AttributeError, IndexError, OverflowError,
            RecursionError) as err:  # a value PyYAML cannot build, e.g. `!!int x`
        raise FrontMatterError(f"invalid value in front matter: {_one_line(err)}; quote it or "
                               "fix it", None) from None
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise FrontMatterError("front matter must be a mapping of keys to values", 2)
    check_size(data)
    return {str(k): v for k, v in data.items()}


def check_size(data: Any) -> None:
    """Refuse front matter that aliases blow up ("billion laughs") or that nests too deep.

    Shared values are counted once per use, as a reader walking them would see them, but
    measured once each, so checking costs no more than the text it came from.
    """
    sizes: dict[int, int] = {}

    def size(value: Any, depth: int) -> int:
        if not isinstance(value, list | dict):
            return 1
        if depth > MAX_DEPTH:
            raise FrontMatterError(f"front matter is nested more than {MAX_DEPTH} levels deep; "
                                   "flatten it", kind="limits")
        known = sizes.get(id(value))
        if known is not None:
            return known
        sizes[id(value)] = MAX_VALUES + 1  # a value that contains itself counts as too big
        children = list(value.keys()) + list(value.values()) if isinstance(value, dict) else value
        total = 1
        for child in children:
            total += size(child, depth + 1) if isinstance(child, list | dict) else 1
            if total > MAX_VALUES:
                break
        sizes[id(value)] = total
        return total

    if size(data, 0) > MAX_VALUES:
        raise FrontMatterError(f"front matter expands to more than {MAX_VALUES:,} values through "
                               "YAML aliases (&name / *name); write the values out instead",
                               kind="limits")


def _parse_toml(raw: str) -> dict[str, Any]:
    try:
        return tomllib.loads(raw)
    except tomllib.TOMLDecodeError as err:
        # the line within the front matter: Python 3.14 gives `lineno`, earlier ones the message
        where = _TOML_WHERE.search(str(err))
        line = getattr(err, "lineno", None) or (int(where[1]) if where else None)
        raise FrontMatterError(f"invalid TOML in front matter: {_TOML_WHERE.sub('', str(err))}",
                               line + 1 if line else None) from None


def _parse_json(raw: str) -> dict[str, Any]:
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as err:
        raise FrontMatterError(f"invalid JSON in front matter: {err.msg}", err.lineno) from None
    except RecursionError:
        raise FrontMatterError(f"front matter is nested more than {MAX_DEPTH} levels deep; "
                               "flatten it", kind="limits") from None
    check_size(data)
    return data  # (an object: its braces are the fences')


def _one_line(reason: object) -> str:
    return " ".join(str(reason).split())
