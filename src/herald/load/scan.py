"""One walk over a content folder that finds every file herald reads, where Jekyll finds it.

Jekyll reads posts from every `_posts` folder outside `_`-folders (`events/_posts/x.md` is a
post in category `events`), drafts from `_drafts` folders, collection documents from
`<collections_dir>/_<label>/`, and pages from everything else; hidden, `_`, `#` and `~`
names are skipped unless `include`d, and `exclude` patterns are left out. This module lists
those files once per build, with what the file system says of each, so that deciding
whether anything changed and reading the site both start from the same listing. It only
imports the standard library.
"""

from __future__ import annotations

import fnmatch
import hashlib
import os
import re
import stat
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

# Jekyll's Document::DATE_FILENAME_MATCHER and DATELESS_FILENAME_MATCHER
POST_NAME = re.compile(r"^(?:.+/)*?(\d{2,4})-(\d{1,2})-(\d{1,2})-([^/]*)(\.[^./]+)$")
DRAFT_NAME = re.compile(r"^(?:.+/)*([^/]*)(\.[^./]+)$")
SPECIAL_START = (".", "_", "#", "~")
DEFAULT_EXCLUDES = (".sass-cache", ".jekyll-cache", "gemfiles", "Gemfile", "Gemfile.lock",
                    "node_modules", "vendor/bundle/", "vendor/cache/", "vendor/gems/",
                    "vendor/ruby/")
DEFAULT_MARKDOWN_EXT = "markdown,mkdown,mkdn,mkd,md"
THEMES_FOLDER = "_themes"  # herald's own: theme titles and descriptions
SETTINGS_FILES = ("_config.yml", "CNAME")


@dataclass(frozen=True)
class Layout:
    """The settings of `_config.yml` that decide where Jekyll finds files."""

    exclude: tuple[str, ...] = ()
    include: tuple[str, ...] = (".htaccess",)
    collections: tuple[str, ...] = ()  # labels of collections besides posts
    collections_dir: str = ""
    data_dir: str = "_data"
    includes_dir: str = "_includes"
    markdown_ext: tuple[str, ...] = tuple(f".{e}" for e in DEFAULT_MARKDOWN_EXT.split(","))

    @property
    def page_suffixes(self) -> tuple[str, ...]:
        return (*self.markdown_ext, ".html", ".htm")


def layout_from(settings: Mapping[str, Any]) -> Layout:
    """The Layout a `_config.yml` mapping gives; values of the wrong type are ignored here
    (reading the settings reports them)."""

    def names(value: object) -> tuple[str, ...]:
        if isinstance(value, list):
            return tuple(str(item) for item in value if isinstance(item, str | int | float))
        return ()

    collections = settings.get("collections")
    labels = (names(collections) if isinstance(collections, list)
              else tuple(str(k) for k in collections) if isinstance(collections, dict) else ())
    exclude = settings.get("exclude")
    include = settings.get("include")
    markdown_ext = settings.get("markdown_ext")
    folder = settings.get("collections_dir")
    return Layout(
        exclude=tuple(dict.fromkeys(names(exclude) + DEFAULT_EXCLUDES)),
        include=names(include) if isinstance(include, list) else (".htaccess",),
        collections=tuple(label for label in (collection_label(k) for k in labels)
                          if label and label != "posts"),
        collections_dir=folder.strip("/") if isinstance(folder, str) else "",
        data_dir=_folder(settings.get("data_dir"), "_data"),
        includes_dir=_folder(settings.get("includes_dir"), "_includes"),
        markdown_ext=tuple(f".{e.strip().lstrip('.')}" for e in
                           (markdown_ext if isinstance(markdown_ext, str)
                            else DEFAULT_MARKDOWN_EXT).split(",") if e.strip()),
    )


def settings_layout(root: Path) -> Layout:
    """The Layout `root/_config.yml` gives (Jekyll's defaults when it cannot be read:
    reading the settings reports why)."""
    try:
        text = (root / "_config.yml").read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError, ValueError):
        return Layout()
    # imported here: the rest of this module needs only the standard library
    import yaml

    from herald.load.frontmatter import YAML_LOADER, check_size

    try:  # as read_settings reads it: the same loader, the same limits
        settings = yaml.load(text, Loader=YAML_LOADER)  # noqa: S506 - a safe loader
        check_size(settings)
    except (ValueError, yaml.YAMLError, RecursionError):
        return Layout()
    return layout_from(settings) if isinstance(settings, dict) else Layout()


def scan_content(root: Path, drafts: bool, out: Path | None = None) -> Scan:
    """The one scan of a build: the files of `root` Jekyll would read (`out` left alone)."""
    return scan_site(root, settings_layout(root), drafts=drafts,
                     skip=[out] if out is not None else [])


def collection_label(name: str) -> str:
    """Jekyll's Collection#sanitize_label."""
    return re.sub(r"[^a-z0-9_\-.]", "", name, flags=re.I)


def _folder(value: object, default: str) -> str:
    return value.strip("/") if isinstance(value, str) and value.strip("/") else default


@dataclass(frozen=True)
class Scan:
    """Every file herald reads from a content folder, found in one walk.

    Paths are relative to `root`, with forward slashes, sorted.
    """

    root: Path
    layout: Layout
    posts: tuple[str, ...]  # named like a post in a `_posts` folder (folders named so too)
    drafts: tuple[str, ...]  # in a `_drafts` folder (only when drafts were asked for)
    documents: dict[str, tuple[str, ...]]  # collection label -> the files in its folder
    pages: tuple[str, ...]  # files with a page suffix outside special folders
    themes: tuple[str, ...]  # `_themes/*` files
    includes: tuple[str, ...]
    data: tuple[str, ...]
    # (path, what lstat and stat say) of every file listed and of the settings files
    signatures: tuple[tuple[str, str], ...] = field(repr=False)
    unreadable: tuple[tuple[str, str], ...] = ()  # folders that could not be listed, and why

    def digest(self) -> str:
        """A digest of every file listed: it changes when any of them changes."""
        text = "".join(f"{rel}\0{signature}\n" for rel, signature in self.signatures)
        return hashlib.sha256(text.encode("utf-8", "surrogateescape")).hexdigest()

    def path(self, rel: str) -> Path:
        return Path(os.path.join(self.root, rel))


def scan_site(root: Path, layout: Layout, *, drafts: bool = False,
              skip: Iterable[Path] = ()) -> Scan:
    """List what Jekyll would read from `root`; `skip` holds folders to leave alone (the
    output folder, when it lies inside the content folder)."""
    walk = _Walk(str(root), layout, drafts, {os.path.abspath(p) for p in skip})
    walk.directory("")
    for label in layout.collections:
        walk.collection(label)
    for folder in (layout.includes_dir, layout.data_dir, THEMES_FOLDER):
        walk.tree(folder)
    signatures = dict(walk.signatures)
    for name in SETTINGS_FILES:
        signatures[name] = _signature(os.path.join(root, name))
    return Scan(
        root=root, layout=layout, posts=tuple(sorted(walk.posts)),
        drafts=tuple(sorted(walk.drafts)),
        documents={label: tuple(sorted(walk.documents.get(label, ())))
                   for label in layout.collections},
        pages=tuple(sorted(walk.pages)),
        themes=tuple(sorted(rel for rel in walk.trees.get(THEMES_FOLDER, ())
                            if rel.count("/") == 1)),
        includes=tuple(sorted(walk.trees.get(layout.includes_dir, ()))),
        data=tuple(sorted(walk.trees.get(layout.data_dir, ()))),
        signatures=tuple(sorted(signatures.items())),
        unreadable=tuple(walk.unreadable),
    )


class _Walk:
    """The state of one walk: what was found so far."""

    def __init__(self, root: str, layout: Layout, drafts: bool, skip: set[str]) -> None:
        self.root, self.layout, self.with_drafts, self.skip = root, layout, drafts, skip
        self.posts: list[str] = []
        self.drafts: list[str] = []
        self.pages: list[str] = []
        self.documents: dict[str, list[str]] = {}
        self.trees: dict[str, list[str]] = {}
        self.signatures: dict[str, str] = {}
        self.unreadable: list[tuple[str, str]] = []  # folders that could not be listed, why
        self.page_suffixes = layout.page_suffixes
        self.include = _patterns(layout.include)
        self.exclude = _patterns(p for p in layout.exclude if p not in layout.include)

    def directory(self, rel: str) -> None:
        """Jekyll's Reader#read_directories: pages here, posts in `_posts`, then sub-folders."""
        base = os.path.join(self.root, rel)
        try:
            with os.scandir(base) as found:
                entries = sorted(found, key=lambda entry: entry.name)
        except OSError as err:
            self.unreadable.append((rel or ".", err.strerror or str(err)))
            return
        folders = []
        for entry in entries:
            path = f"{rel}/{entry.name}" if rel else entry.name
            if not self.wanted(entry.name, path):
                continue
            if _is_folder(entry):
                if os.path.abspath(entry.path) not in self.skip and not entry.is_symlink():
                    folders.append(path)
            elif entry.name.lower().endswith(self.page_suffixes):
                self.add(self.pages, path, entry)
            else:  # a file `include_relative` may read: its changes count too
                self.signatures[path] = _signature(entry.path, entry)
        if self.reads_posts(rel):
            self.magic(rel, "_posts", POST_NAME, self.posts)
            if self.with_drafts:
                self.magic(rel, "_drafts", DRAFT_NAME, self.drafts)
        for path in folders:
            self.directory(path)

    def reads_posts(self, rel: str) -> bool:
        folder = self.layout.collections_dir
        return not folder or rel == folder or rel.startswith(folder + "/")

    def magic(self, rel: str, name: str, pattern: re.Pattern[str], into: list[str]) -> None:
        """Jekyll's Reader#get_entries for a `_posts` or `_drafts` folder: every file below
        it whose path inside it passes the entry filter and is named as `pattern` wants
        (folders named so are listed too: reading one says what it is)."""
        top = f"{rel}/{name}" if rel else name
        base = os.path.join(self.root, top)
        if not os.path.isdir(base) or os.path.abspath(base) in self.skip:
            return
        # the loop every post goes through, written out: it is most of a rebuild with nothing
        # to do (a generator and a call per file cost a 100,000-post site 0.3 s)
        match, excluded, signatures = pattern.match, self.exclude.match, self.signatures
        pending = [""]
        while pending:
            inner_folder = pending.pop()
            try:
                with os.scandir(os.path.join(base, inner_folder)) as found:
                    entries = list(found)
            except OSError as err:
                self.unreadable.append((f"{top}/{inner_folder}".rstrip("/"),
                                        err.strerror or str(err)))
                continue
            prefix = inner_folder + "/" if inner_folder else ""
            for entry in entries:
                entry_name = entry.name
                if entry_name[0] == ".":
                    continue
                inner = prefix + entry_name
                if _is_folder(entry) and not entry.is_symlink() \
                        and os.path.abspath(entry.path) not in self.skip:
                    pending.append(inner)
                path = f"{top}/{inner}"
                if not match(inner):
                    if not _is_folder(entry):  # a file `include_relative` may read
                        signatures[path] = _signature(entry.path, entry)
                    continue
                if ((inner[0] in SPECIAL_START or entry_name[0] in SPECIAL_START
                     or inner[-1] == "~" or excluded(path)) and self.filtered(inner, path)):
                    continue
                into.append(path)
                try:
                    info = entry.stat(follow_symlinks=False)
                except OSError:
                    signatures[path] = "missing"
                    continue
                signatures[path] = (_signature(entry.path, entry) if stat.S_ISLNK(info.st_mode)
                                    else f"{info.st_mode}\0{info.st_ino}\0{info.st_mtime_ns}\0"
                                         f"{info.st_size}")

    def collection(self, label: str) -> None:
        """Jekyll's Collection#filtered_entries: the files of `_<label>`."""
        folder = f"_{label}"
        top = f"{self.layout.collections_dir}/{folder}" if self.layout.collections_dir \
            else folder
        found = self.documents.setdefault(label, [])
        for inner, entry in self.below(top, dots=True):
            if not _is_folder(entry) and not self.filtered(inner, f"{folder}/{inner}"):
                self.add(found, f"{top}/{inner}", entry)

    def tree(self, top: str) -> None:
        """Every file below `top` (includes, data, themes), hidden ones left out."""
        found = self.trees.setdefault(top, [])
        for inner, entry in self.below(top, dots=False):
            if not _is_folder(entry):
                self.add(found, f"{top}/{inner}", entry)

    def below(self, top: str, *, dots: bool) -> Iterable[tuple[str, os.DirEntry[str]]]:
        """(path inside `top`, entry) of everything below `top`, folders included; linked
        folders are not entered, nor hidden ones unless `dots`."""
        base = os.path.join(self.root, top)
        if not os.path.isdir(base) or os.path.abspath(base) in self.skip:
            return
        pending = [""]
        while pending:
            inner = pending.pop()
            try:
                with os.scandir(os.path.join(base, inner)) as found:
                    entries = list(found)
            except OSError as err:
                self.unreadable.append((f"{top}/{inner}".rstrip("/"), err.strerror or str(err)))
                continue
            prefix = inner + "/" if inner else ""
            for entry in entries:
                if not dots and entry.name[0] == ".":
                    continue
                path = prefix + entry.name
                if _is_folder(entry) and not entry.is_symlink() \
                        and os.path.abspath(entry.path) not in self.skip:
                    pending.append(path)
                yield path, entry

    def wanted(self, name: str, rel: str) -> bool:
        """Jekyll's EntryFilter#filter for one entry of a folder walked for pages."""
        if name.endswith("."):
            return False
        included = self.included(name, rel)
        if self.excluded(rel) and not included:
            return False
        return included or not (name.startswith(SPECIAL_START) or name.endswith("~"))

    def filtered(self, inner: str, rel: str) -> bool:
        """Whether Jekyll's EntryFilter drops `inner` (a path inside a posts or collection
        folder; `rel` is what exclude patterns are matched against)."""
        if inner.endswith("."):
            return True
        special = (inner.startswith(SPECIAL_START) or inner.endswith("~")
                   or inner.rpartition("/")[2].startswith(SPECIAL_START))
        excluded = self.excluded(rel)
        return (special or excluded) and not self.included(inner, inner)

    def included(self, name: str, rel: str) -> bool:
        return self.include.match(rel) is not None or self.include.match(
            rel.rpartition("/")[2]) is not None

    def excluded(self, rel: str) -> bool:
        return self.exclude.match(rel) is not None

    def add(self, into: list[str], rel: str, entry: os.DirEntry[str]) -> None:
        into.append(rel)
        self.signatures[rel] = _signature(entry.path, entry)


def _patterns(patterns: Iterable[str]) -> re.Pattern[str]:
    """Jekyll's EntryFilter#glob_include? for a list of patterns, as one expression that
    matches a relative path when one of them does: as a glob (`*` crossing `/`), as a path
    prefix, or as the folder itself written with a trailing `/`. (One match per file instead
    of a loop over the patterns: the scan of 10,000 posts took twice as long.)"""
    choices = []
    for pattern in (p.lstrip("/") for p in patterns):
        if pattern:
            choices += [fnmatch.translate(pattern), re.escape(pattern)]
            if pattern.endswith("/"):
                choices.append(re.escape(pattern[:-1]) + r"\Z")
    return re.compile("|".join(f"(?:{choice})" for choice in choices) or r"(?!)")


def _is_folder(entry: os.DirEntry[str]) -> bool:
    try:
        return entry.is_dir()
    except OSError:
        return False


def _signature(path: str, entry: os.DirEntry[str] | None = None) -> str:
    """What the file system says of `path` (and of what it links to): it changes when the
    file is edited, replaced or linked elsewhere."""
    try:
        link = entry.stat(follow_symlinks=False) if entry is not None else os.lstat(path)
        if stat.S_ISLNK(link.st_mode):
            target = os.stat(path)
            return (f"{link.st_mode}\0{link.st_ino}\0{link.st_mtime_ns}\0{target.st_size}\0"
                    f"{target.st_mtime_ns}\0{target.st_ino}")
    except (OSError, RuntimeError, ValueError):
        return "missing"
    return f"{link.st_mode}\0{link.st_ino}\0{link.st_mtime_ns}\0{link.st_size}"
