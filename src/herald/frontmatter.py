"""Split a post file into its front matter (YAML `---` or TOML `+++`) and its body."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from typing import Any

import yaml

try:
    YAML_LOADER: type = yaml.CSafeLoader
except AttributeError:  # PyYAML built without libyaml
    YAML_LOADER = yaml.SafeLoader


class FrontMatterError(ValueError):
    """Front matter that cannot be read; `line` is 1-based within the file when known."""

    def __init__(self, message: str, line: int | None = None) -> None:
        super().__init__(message)
        self.line = line


@dataclass(frozen=True)
class Document:
    meta: dict[str, Any]
    body: str
    body_line: int  # 1-based line of the body's first line


def split_document(text: str) -> Document:
    """Return the front matter and body of a post's text (BOM and CRLF already allowed)."""
    if text.startswith("\ufeff"):
        text = text[1:]
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    first, _, rest = text.partition("\n")
    fence = first.rstrip()
    if fence not in ("---", "+++"):
        raise FrontMatterError(
            "no front matter: the file must start with a line '---' followed by YAML", 1
        )
    lines = rest.split("\n")
    for i, line in enumerate(lines):
        if line.rstrip() == fence or (fence == "---" and line.rstrip() == "..."):
            raw = "\n".join(lines[:i])
            body = "\n".join(lines[i + 1 :])
            meta = _parse_toml(raw) if fence == "+++" else _parse_yaml(raw)
            return Document(meta, body, i + 3)
    raise FrontMatterError(f"front matter is not closed: add a line '{fence}' after it", 1)


def _parse_yaml(raw: str) -> dict[str, Any]:
    if not raw.strip():
        return {}
    try:
        data = yaml.load(raw, Loader=YAML_LOADER)  # noqa: S506 - a safe loader
    except yaml.MarkedYAMLError as err:
        mark = err.problem_mark
        line = mark.line + 2 if mark is not None else None  # +1 for 1-based, +1 for the fence
        problem = err.problem or str(err)
        raise FrontMatterError(f"invalid YAML in front matter: {problem}", line) from None
    except yaml.YAMLError as err:
        raise FrontMatterError(f"invalid YAML in front matter: {err}", 1) from None
    except (ValueError, OverflowError, RecursionError) as err:  # e.g. an impossible timestamp
        raise FrontMatterError(f"invalid value in front matter: {err}; quote it or fix it",
                               None) from None
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise FrontMatterError("front matter must be a mapping of keys to values", 2)
    return {str(k): v for k, v in data.items()}


def _parse_toml(raw: str) -> dict[str, Any]:
    try:
        return tomllib.loads(raw)
    except tomllib.TOMLDecodeError as err:
        line = getattr(err, "lineno", None)
        raise FrontMatterError(
            f"invalid TOML in front matter: {err}", line + 1 if line else None
        ) from None
