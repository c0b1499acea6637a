"""site.data: the files under a site's `_data` folder, read as Jekyll's DataReader reads them."""

from __future__ import annotations

import csv
import json
import re
import stat
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import yaml

from herald.load.frontmatter import YAML_LOADER, FrontMatterError, check_size
from herald.model import Problem

MAX_DATA_BYTES = 20_000_000  # a data file bigger than this is refused, not read
_EXTENSIONS = ("yaml", "yml", "json", "csv", "tsv")  # in the order Jekyll globs them
# Jekyll's sanitize_filename: Ruby's \w, \s and \b are ASCII-only
_NOT_NAME = re.compile(r"[^\w\s-]+|(?:^|(?<=\b\s))\s+(?=$|\s?\b)", re.ASCII)
_SPACES = re.compile(r"\s+", re.ASCII)


class _DataLoader(YAML_LOADER):  # type: ignore[misc,valid-type]
    """herald's YAML loader, with Ruby's dates: 2022-11-7 is a date as well as 2022-11-07."""


_DataLoader.add_implicit_resolver(
    "tag:yaml.org,2002:timestamp",
    re.compile(r"^\d{4}-(?:1[012]|0\d|\d)-(?:[12]\d|3[01]|0\d|\d)$"), list("0123456789"))


class DataFileError(ValueError):
    """A data file that cannot be read; `line` is 1-based when known."""

    def __init__(self, message: str, line: int | None = None) -> None:
        super().__init__(message)
        self.line = line


def load_data(root: Path, files: Iterable[str], folder: str = "_data"
              ) -> tuple[dict[str, Any], list[Problem]]:
    """site.data: each of `files` (paths relative to `root`, the scan's listing of `folder`)
    that is .yml/.yaml/.json/.csv/.tsv, nested by sub-folder, as Jekyll reads them (CSV/TSV
    with a header row become lists of mappings).

    An unreadable file is a Problem (path, line when known), never an exception.
    """
    data: dict[str, Any] = {}
    problems: list[Problem] = []
    tree: dict[str, Any] = {}
    for rel in files:
        *folders, name = rel.removeprefix(folder + "/").split("/")
        node = tree
        for part in folders:
            node = node.setdefault(part + "/", {})
        node[name] = rel
    _read_tree(tree, root, data, problems)
    return data, problems


def data_key(name: str) -> str:
    """The key a file or folder name becomes in site.data (Jekyll's sanitize_filename)."""
    return _SPACES.sub("_", _NOT_NAME.sub("", name))


def _read_tree(tree: dict[str, Any], root: Path, into: dict[str, Any],
               problems: list[Problem]) -> None:
    """One folder of the listing: its files by extension, as Jekyll globs them, then its
    sub-folders."""
    names = sorted(name for name in tree if not name.endswith("/"))
    for name in (name for ext in _EXTENSIONS for name in names if name.endswith("." + ext)):
        path = root / tree[name]
        if not _inside(path, root):
            continue
        try:
            into[data_key(name.rsplit(".", 1)[0])] = read_data_file(path)
        except DataFileError as err:
            problems.append(Problem(tree[name], str(err), "error", err.line))
    for name in sorted(name for name in tree if name.endswith("/")):
        sub: dict[str, Any] = {}
        into[data_key(name.rstrip("/"))] = sub
        _read_tree(tree[name], root, sub, problems)


def read_data_file(path: Path) -> Any:
    """The value of one data file; raises DataFileError when it cannot be read."""
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):
            raise DataFileError("not a regular file (a pipe, socket or device); replace it "
                                "with a file")
        if info.st_size > MAX_DATA_BYTES:
            raise DataFileError(f"the data file is larger than {MAX_DATA_BYTES:,} bytes; "
                                "split it or move it out of the data folder")
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as err:
        raise DataFileError(f"the data file is not UTF-8 text (byte {err.start}); "
                            "save it as UTF-8") from None
    except OSError as err:
        raise DataFileError(f"cannot read the data file: {err.strerror or err}; "
                            "check its permissions") from None
    suffix = path.suffix.lower()
    if suffix in (".csv", ".tsv"):
        return _parse_table(text, "\t" if suffix == ".tsv" else ",")
    if suffix == ".json":
        return _parse_json(text)
    return _parse_yaml(text)


def _parse_yaml(text: str) -> Any:
    try:
        value = yaml.load(text, Loader=_DataLoader)  # noqa: S506 - a safe loader
    except yaml.MarkedYAMLError as err:
        mark = err.problem_mark
        raise DataFileError(f"invalid YAML: {_one_line(err.problem or err)}; fix the file",
                            mark.line + 1 if mark is not None else None) from None
    except (yaml.YAMLError, ValueError, TypeError, KeyError, AttributeError, IndexError,
            OverflowError, RecursionError) as err:
        raise DataFileError(f"invalid YAML: {_one_line(err)}; fix the file") from None
    try:
        check_size(value)
    except FrontMatterError as err:
        raise DataFileError(str(err).replace("front matter", "the data file")) from None
    return value


def _parse_json(text: str) -> Any:
    try:
        return json.loads(text)
    except json.JSONDecodeError as err:
        raise DataFileError(f"invalid JSON: {err.msg}; fix the file", err.lineno) from None
    except RecursionError:
        raise DataFileError("the JSON is nested too deep; flatten it") from None


def _parse_table(text: str, delimiter: str) -> list[dict[str, str | None]]:
    """Rows as mappings from the header row's names, as Ruby's CSV with `headers: true`."""
    reader = csv.reader(text.splitlines(keepends=True), delimiter=delimiter, strict=True)
    try:
        rows = list(reader)
    except csv.Error as err:
        raise DataFileError(f"invalid {'TSV' if delimiter == chr(9) else 'CSV'}: {err}; "
                            "fix the quoting", reader.line_num or None) from None
    if not rows:
        return []
    header, records = rows[0], rows[1:]
    table = []
    for record in records:
        row: dict[str, str | None] = {}
        for index, name in enumerate(header):
            row.setdefault(name, (record[index] or None) if index < len(record) else None)
        table.append(row)
    return table


def _inside(path: Path, root: Path) -> bool:
    """Whether `path` (followed through symlinks) stays inside the site."""
    try:
        return path.resolve().is_relative_to(root.resolve())
    except OSError:
        return False


def _one_line(reason: object) -> str:
    return " ".join(str(reason).split())
