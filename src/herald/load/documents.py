"""One source file becomes a Post, the way Jekyll reads a document.

Reading goes in three plain steps: `read_source` (the file's text, front matter with the
site's `defaults:` under it, and body), `document_facts` (what Jekyll knows of the document
before rendering it: title, slug, date, categories, tags, URL) and `render_post` (Liquid,
then Markdown, then sanitised HTML, and everything a feed entry needs). `document_variables`
gives Liquid the same facts as `page.*` and `site.posts`.
"""

from __future__ import annotations

import fnmatch
import os
import re
import reprlib
import stat
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any
from urllib.parse import quote
from zoneinfo import ZoneInfo

from dateutil import parser as dateutil_parser

from herald.dates import (
    MAX_YEAR,
    MIN_YEAR,
    DateError,
    at_midnight,
    parse_datetime,
    ruby_zone,
    zone,
)
from herald.html import (
    first_paragraph,
    has_xml_forbidden,
    plain_text,
    sanitise,
    text_only,
    xml_safe,
    xml_safe_values,
)
from herald.load.config import id_authority, site_url
from herald.load.frontmatter import Document, FrontMatterError, PostError, split_document
from herald.load.permalinks import (
    category_slug,
    document_values,
    expand,
    output_ext_of,
    permalink_suffix,
)
from herald.load.scan import DRAFT_NAME, POST_NAME
from herald.load.values import kind, language_tag, shown
from herald.model import Config, Link, Post, Problem, Theme
from herald.urls import absolute, resolve, valid_url, well_formed

ISO_DATE = re.compile(r"^\d{4}-\d{1,2}-\d{1,2}(?:[Tt ]+\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?)?\s*"
                      r"(?:[Zz]|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?$")
# a month as Ruby's Date._parse knows one: by its first three English letters, whatever follows
# ("2. Juni 2011" is 2 June, as Jekyll reads it; dateutil alone reads it as 1 February)
_RUBY_MONTH = re.compile(r"\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[^\W\d_]*", re.I)
_ENGLISH_MONTH = re.compile(
    r"\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b\.?", re.I)
ISO_DATE_INSIDE = re.compile(r"(?<!\d)\d{4}-\d{1,2}-\d{1,2}(?:[Tt ]+\d{1,2}:\d{2}(?::\d{2})?)?"
                             r"(?:\s*(?:[Zz]\b|UTC|GMT|[+-]\d{2}:?\d{2}))?(?!\d)")
SAFE_ID = re.compile(r"^[\w][\w. -]*$")
THEMES_PREFIX = "_themes/"
THEME_SUFFIXES = (".md", ".markdown", ".html")
THEME_PATH = re.compile(r"_themes/([^/]+)\.(?:md|markdown|html)")
LINK_SCHEMES = ("http", "https", "mailto", "webcal")


@dataclass(frozen=True)
class SourceFile:
    """One file to read as a document, with what git says about it."""

    path: str  # the file's path (a string: ten thousand Path objects cost a rebuild 0.1 s)
    rel: str  # relative to the content folder, with forward slashes
    collection: str  # "posts" for posts and drafts, else the collection's label
    draft: bool = False
    committed: datetime | None = None  # last commit time, None when not in git


@dataclass(frozen=True)
class Source:
    """A document's text: front matter (with `defaults:` under it) and body."""

    file: SourceFile
    meta: dict[str, Any]
    body: str
    body_line: int  # line of the file the body starts on
    document: Document | None  # None when the file has no front matter (or a broken one)
    notes: tuple[Problem, ...] = ()
    broken: bool = False  # front matter that cannot be read: Jekyll ignores the file's name

    def line_of(self, key: str) -> int | None:
        return self.document.key_lines.get(key) if self.document is not None else None


@dataclass(frozen=True)
class Facts:
    """What Jekyll knows of a document before rendering it."""

    title: str
    slug: str  # the file name's slug as Jekyll trims it, or front matter `slug`
    file_slug: str  # the file name without date and extension: part of the feed id
    date: datetime | None  # None: neither front matter nor the file name gives one
    categories: tuple[str, ...]  # the path's, then front matter's, as Jekyll merges them
    tags: tuple[str, ...]
    url: str  # relative to the site, as Jekyll's `doc.url`
    notes: tuple[Problem, ...] = field(default=(), compare=False)


@dataclass(frozen=True)
class Renderers:
    """The site-wide renderers a body goes through: Liquid (None: left as it is) and
    Markdown."""

    markdown: Callable[[str], str]
    liquid: Callable[[str, Mapping[str, Any], str, int], tuple[str, list[Problem]]] | None = None


def is_published(meta: Mapping[str, Any], config: Config) -> bool:
    """Jekyll's Publisher#can_be_published?: `published: false`, or `published:` with no
    value, leaves a document out, unless the site says `unpublished: true`."""
    return config.unpublished or meta.get("published", True) not in (False, None)


def has_liquid(text: str) -> bool:
    """Jekyll's Utils.has_liquid_construct?: whether Liquid runs on `text` at all (here, not
    in herald.load.liquid, so that a site without Liquid never imports python-liquid)."""
    return "{{" in text or "{%" in text


# ------------------------------------------------------------------ step 1: the text

def read_source(file: SourceFile, config: Config) -> Source:
    """The file's front matter (defaults applied) and body; raises PostError when the file
    cannot be read as text. A post without front matter is read whole, as Jekyll reads it."""
    notes: list[Problem] = []
    text = read_text(file.path, config.max_post_bytes)
    if has_xml_forbidden(text):
        notes.append(Problem(file.rel, "contains control characters XML cannot carry; they "
                             "are left out of the output", "warning"))
        text = xml_safe(text)
    document: Document | None = None
    broken = False
    try:
        document = split_document(text)
    except FrontMatterError as err:
        message = str(err)
        if err.kind == "invalid" and err.body is not None:
            # what Jekyll does with front matter it cannot read: the post is published
            # without it, named and dated as if it had none
            notes.append(Problem(file.rel, f"{message}; Jekyll publishes the post without its "
                                 "front matter, dated when the site is built: fix the YAML "
                                 "(quote a value that holds `: `, as in title: \"a: b\")",
                                 "error", err.line))
            meta, body, body_line, broken = {}, err.body, err.body_line, True
        elif err.kind in ("missing", "unclosed"):
            meta, body, body_line = {}, text.removeprefix("\ufeff").replace("\r\n", "\n"), 1
            notes.append(Problem(file.rel, f"{message.split(':')[0]}: Jekyll publishes the whole "
                                 "file as text, titled from its name; start it with a line "
                                 "'---', `title: ...` and a closing '---'", "warning", 1))
        else:
            raise PostError(message, err.line) from None
    if document is not None:
        meta = xml_safe_values(document.meta)
        if meta is not document.meta:
            notes.append(Problem(file.rel, "front matter holds control characters XML cannot "
                                 "carry; they are left out of the output", "warning"))
        body, body_line = document.body, document.body_line
    kind = file.collection  # a draft is a document of `posts` in Jekyll, its defaults too
    return Source(file, with_defaults(meta, config, file.rel, kind), body, body_line,
                  document, tuple(notes), broken)


def read_text(path: str | Path, limit: int) -> str:
    try:
        info = os.stat(path)
        if not stat.S_ISREG(info.st_mode):
            raise PostError("not a regular file (a pipe, socket or device): not read; replace "
                            "it with a file")
        size = info.st_size
        if size > limit:
            raise PostError(f"file is {size:,} bytes, over herald.max_post_bytes ({limit:,}); "
                            "shorten it or raise the limit")
        with open(path, "rb") as handle:
            data = handle.read()
    except OSError as err:
        raise PostError(f"cannot read the file: {err.strerror or err}") from None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as err:
        if data.startswith((b"\xff\xfe", b"\xfe\xff")):
            raise PostError("UTF-16 text: save the file as UTF-8") from None
        if b"\0" in data[:8192]:
            raise PostError("binary data, not a text post: remove it or rename it") from None
        line = data[: err.start].count(b"\n") + 1
        raise PostError(f"not UTF-8 (byte 0x{data[err.start]:02x}): save the file as UTF-8",
                        line) from None


def with_defaults(meta: dict[str, Any], config: Config, rel: str, kind: str) -> dict[str, Any]:
    """Front matter with `_config.yml` defaults below it, as Jekyll's FrontmatterDefaults
    merges them: a longer scope path wins, then a scope with a type."""
    merged: dict[str, Any] = {}
    chosen: dict[str, Any] | None = None
    for entry in config.defaults:
        scope = entry.get("scope") if isinstance(entry.get("scope"), dict) else {}
        values = entry.get("values")
        if not isinstance(values, dict) or not _applies(scope, rel, kind, config):
            continue
        if chosen is None or _precedes(chosen, scope):
            merged = _deep_merge(merged, values)
            chosen = scope
        else:
            merged = _deep_merge(values, merged)
    if not merged:
        return meta
    result = _deep_merge(merged, meta)
    if isinstance(merged.get("categories"), list) and "categories" in meta:
        given = meta["categories"]
        given = given.split() if isinstance(given, str) else given
        if isinstance(given, list):
            result["categories"] = list(dict.fromkeys(merged["categories"] + given))
    return result


def given_everywhere_by_defaults(config: Config, key: str) -> bool:
    """Whether a `defaults:` setting of no path gives `key` to every document."""
    return any(isinstance(entry.get("values"), dict) and key in entry["values"]
               and not (isinstance(entry.get("scope"), dict) and entry["scope"].get("path"))
               for entry in config.defaults)


def defaults_origins(own: Mapping[str, Any], config: Config, rel: str,
                     kind: str) -> dict[str, str]:
    """Each front matter key `defaults:` gives the document (and it does not set itself),
    with the setting that gives it: `defaults[2].values.lang`."""
    origins: dict[str, str] = {}
    chosen: dict[str, Any] | None = None
    for number, entry in enumerate(config.defaults):
        scope = entry.get("scope") if isinstance(entry.get("scope"), dict) else {}
        values = entry.get("values")
        if not isinstance(values, dict) or not _applies(scope, rel, kind, config):
            continue
        wins = chosen is None or _precedes(chosen, scope)
        chosen = scope if wins else chosen
        for key in values:
            if key not in own and (wins or key not in origins):
                origins[str(key)] = f"defaults[{number}].values.{key}"
    return origins


def traced_to_defaults(problems: Sequence[Problem], origins: Mapping[str, str],
                       config: Config) -> list[Problem]:
    """`problems` of a document, those about a value `defaults:` gave it saying so."""
    if not origins:
        return list(problems)
    where = str(config.source or "_config.yml")
    traced = []
    for problem in problems:
        key = _LEADING_KEY.match(problem.message)
        if key and key.group(1) in origins:
            problem = replace(problem, message=f"{problem.message} (the value is set in "
                              f"{where} by {origins[key.group(1)]})")
        traced.append(problem)
    return traced


_LEADING_KEY = re.compile(r"([A-Za-z_][\w-]*)")


def _applies(scope: dict[str, Any], rel: str, kind: str, config: Config) -> bool:
    wanted = scope.get("type")
    if wanted is not None and {"post": "posts", "page": "pages", "draft": "drafts"}.get(
            str(wanted), str(wanted)) != kind:
        return False
    path = scope.get("path")
    if not isinstance(path, str) or not path:
        return True
    path = path.strip("/") if path.startswith("/") else path
    folder = config.layout.collections_dir
    if folder and path.startswith(folder + "/"):
        path = path[len(folder) + 1:]
    inside = rel[len(folder) + 1:] if folder and rel.startswith(folder + "/") else rel
    if "*" in path:
        return any(fnmatch.fnmatchcase(candidate, path)
                   for candidate in _prefixes(inside))
    return inside.startswith(path)


def _prefixes(rel: str) -> list[str]:
    parts = rel.split("/")
    return ["/".join(parts[:n]) for n in range(1, len(parts) + 1)]


def _precedes(old: dict[str, Any], new: dict[str, Any]) -> bool:
    """Jekyll's FrontmatterDefaults#has_precedence?."""
    old_path, new_path = str(old.get("path") or ""), str(new.get("path") or "")
    if len(new_path) != len(old_path):
        return len(new_path) >= len(old_path)
    return "type" in new or "type" not in old


def _deep_merge(base: dict[str, Any], over: dict[str, Any]) -> dict[str, Any]:
    merged = dict(base)
    for key, value in over.items():
        if isinstance(value, dict) and isinstance(merged.get(key), dict):
            merged[key] = _deep_merge(merged[key], value)
        else:
            merged[key] = value
    return merged


# ------------------------------------------------------------------ step 2: the facts

def document_facts(source: Source, config: Config, now: datetime) -> Facts:
    """Title, slug, date, categories, tags and URL, as Jekyll works them out (`now` is the
    build's time, Jekyll's `site.time`: the date of a post whose front matter it could not
    read, and of an undated document's URL)."""
    notes: list[Problem] = []
    file, meta = source.file, source.meta
    tz = zone(config.timezone)
    name = file.rel.rpartition("/")[2]
    basename = name[: len(name) - len(output_ext_of(name))] or name
    named = POST_NAME.match(name) if not source.broken else None
    dateless = DRAFT_NAME.match(name)
    file_slug = named.group(4) if named else dateless.group(1) if dateless else basename
    name_slug = basename if source.broken else file_slug.rstrip(".") or basename
    date = now.replace(microsecond=0) if source.broken else \
        document_date(source, named, tz, notes)
    if date is not None:  # Jekyll's Time#localtime: the URL's day is the site's
        date = date.astimezone(tz).replace(microsecond=0)
    slug = name_slug
    if isinstance(meta.get("slug"), str | int) and str(meta["slug"]).strip():
        slug = str(meta["slug"]).strip()
    title = document_title(source, name_slug, notes)
    categories = document_categories(source, config, notes)
    tags = document_tags(source, notes)
    url = document_url(source, config, slug, basename, categories, date or now.astimezone(tz))
    return Facts(title, slug, file_slug, date, categories, tags, url, tuple(notes))


def document_date(source: Source, named: re.Match[str] | None, tz: ZoneInfo,
                  notes: list[Problem]) -> datetime | None:
    """Front matter `date` wins over the file name's, as in Jekyll; drafts without either are
    dated by the file's modification time."""
    file, value = source.file, source.meta.get("date")
    from_name = _name_date(named)
    if value is not None and value != "":
        try:
            parsed = jekyll_time(value, tz)
        except DateError as err:
            line = source.line_of("date")
            if from_name is not None:
                notes.append(Problem(file.rel, f"date: {err}; the file name's date is used "
                                     "instead", "error", line))
                return at_midnight(from_name, tz)
            raise PostError(f"date: {err}", line) from None
        return parsed if isinstance(parsed, datetime) else at_midnight(parsed, tz)
    if from_name is not None:
        return at_midnight(from_name, tz)
    if named is not None:
        raise PostError("the file name has an impossible date: rename it YYYY-MM-DD-title.md")
    if file.draft:
        try:
            return datetime.fromtimestamp(os.stat(file.path).st_mtime, tz).replace(microsecond=0)
        except OSError:
            return None
    return None


def _name_date(named: re.Match[str] | None) -> date | None:
    if named is None:
        return None
    year, month, day = (int(named.group(i)) for i in (1, 2, 3))
    if len(named.group(1)) == 2:
        year += 2000 if year < 69 else 1900  # what Ruby's Time.parse makes of a two-digit year
    if year < MIN_YEAR:  # `0000-01-01-x.md`, a site's way to sort a post first: so it stays
        year, month, day = MIN_YEAR, 1, 1
    try:
        found = date(year, month, day)
    except ValueError:
        return None
    return found if found.year <= MAX_YEAR else None


def _as_ruby_months(text: str) -> str:
    """`text` with its first month-like word shortened to the month, where no English month
    is written whole (`2. Juni 2011`: `2. Jun 2011`; not `Mayday 1 May 2020`)."""
    if _ENGLISH_MONTH.search(text):
        return text
    return _RUBY_MONTH.sub(r"\1", text, count=1)


def jekyll_time(value: object, tz: ZoneInfo) -> datetime | date:
    """A front matter time as Jekyll reads it: a YAML timestamp without an offset is UTC
    (YAML says so, and Ruby follows), text is read as Ruby's Time.parse reads it."""
    if isinstance(value, datetime) and value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return loose_datetime(value, tz)


def loose_datetime(value: object, tz: ZoneInfo) -> datetime | date:
    """A date as Ruby's Time.parse reads one: ISO dates and times (one-digit months, days
    and hours too) wherever they stand in the text, else loose ones like `June 14, 2024`,
    `16.05.2021` or `3/4/2021` (day first, as Ruby reads them); naive times are in `tz`."""
    if not isinstance(value, str) or ISO_DATE.match(value.strip()):
        return parse_datetime(value, tz)  # its errors say what is wrong with an ISO date
    text = value.strip()
    if not text:
        raise DateError("the date is empty: write YYYY-MM-DD or YYYY-MM-DD HH:MM [+HHMM]")
    if inner := ISO_DATE_INSIDE.search(text):
        return parse_datetime(inner.group(0).strip(), tz)
    try:
        # (its zone as Ruby reads it: dateutil turns `GMT+0100` into -01:00, POSIX-fashion)
        parsed = dateutil_parser.parse(_as_ruby_months(text), default=datetime(1, 1, 1),
                                       fuzzy=True, dayfirst=True, ignoretz=True)
    except (ValueError, OverflowError):
        raise DateError(f"{shown(text)} is not a date: write YYYY-MM-DD or YYYY-MM-DD HH:MM "
                        "[+HHMM]") from None
    if parsed.year == 1 or not MIN_YEAR <= parsed.year <= MAX_YEAR:
        raise DateError(f"{shown(text)} has no year between {MIN_YEAR} and {MAX_YEAR}")
    return parsed.replace(tzinfo=ruby_zone(text, tz, parsed.year) or tz)


def document_title(source: Source, slug: str, notes: list[Problem]) -> str:
    """Front matter `title` as text; without one, the slug titled as Jekyll titles it."""
    file, title = source.file, source.meta.get("title")
    if isinstance(title, int | float | date) and not isinstance(title, bool):
        title = str(title)
    if title is not None and not isinstance(title, str):
        notes.append(Problem(file.rel, f"title must be text, not {kind(title)}: write "
                             "`title: ...` on one line, quoted if it has a colon or brackets; "
                             "titled from the file name", "warning", source.line_of("title")))
        return titled_from(slug)
    if isinstance(title, str) and text_only(title) != title:
        notes.append(Problem(file.rel, "title contains HTML markup; it is left out (titles are "
                             "plain text)", "warning", source.line_of("title")))
        title = text_only(title)
    if isinstance(title, str) and title.strip():
        return " ".join(title.split())
    titled = titled_from(slug)
    if source.document is not None and not source.broken:
        what = "is empty" if isinstance(title, str) else "is missing"
        notes.append(Problem(file.rel, f"title {what}: titled {titled} from the file name, as "
                             "Jekyll does; add `title: ...` to the front matter", "warning",
                             source.line_of("title") or 2))
    return titled


def titled_from(slug: str) -> str:
    """Jekyll's Utils.titleize_slug: `my-first-post` -> `My First Post`."""
    return " ".join(part.capitalize() for part in slug.split("-")).strip() or slug


def document_categories(source: Source, config: Config,
                        notes: list[Problem]) -> tuple[str, ...]:
    """The folders above the collection's folder (`events/_posts/x.md`: `events`), then
    front matter `categories` (a list, or words) or `category`, as Jekyll merges them."""
    file, meta = source.file, source.meta
    folder = "_drafts" if file.draft else f"_{file.collection}"
    rel = file.rel
    if config.layout.collections_dir and rel.startswith(config.layout.collections_dir + "/"):
        rel = rel[len(config.layout.collections_dir) + 1:]
    found: list[str] = []
    if not rel.startswith(folder):
        above = rel.split(folder, 1)[0]
        found = [part for part in above.split("/") if part and part != folder]
    for key, split in (("categories", True), ("category", False)):
        value = meta.get(key)
        if value is None:
            continue
        if isinstance(value, str):
            found += value.split() if split else [value]
        elif isinstance(value, list):
            for item in value:
                if isinstance(item, str | int | float) and not isinstance(item, bool):
                    found.append(str(item))
                elif item is not None:
                    notes.append(Problem(file.rel, f"{key}: {reprlib.repr(item)} is not text; "
                                         "ignored", "warning", source.line_of(key)))
        else:
            notes.append(Problem(file.rel, f"{key} must be a list or text, not {kind(value)}; "
                                 "ignored", "warning", source.line_of(key)))
    return tuple(dict.fromkeys(text.strip() for text in found if text.strip()))


def document_tags(source: Source, notes: list[Problem]) -> tuple[str, ...]:
    """Front matter `tags` (a list, or words) or `tag`, as Jekyll reads them."""
    meta = source.meta
    value = meta.get("tag") if meta.get("tag") is not None else meta.get("tags")
    if value is None:
        return ()
    if isinstance(value, str):
        items: list[Any] = [value] if "tag" in meta and meta.get("tag") is not None \
            else value.split()
    elif isinstance(value, list):
        items = value
    else:
        items = [value]
    tags = []
    for item in items:
        if isinstance(item, str | int | float) and not isinstance(item, bool):
            tags.append(str(item).strip())
        elif item is not None:
            notes.append(Problem(source.file.rel, f"tags: {reprlib.repr(item)} is not text; "
                                 "ignored", "warning", source.line_of("tags")))
    return tuple(dict.fromkeys(tag for tag in tags if tag))


def document_url(source: Source, config: Config, slug: str, basename: str,
                 categories: tuple[str, ...], when: datetime) -> str:
    """The document's URL relative to the site: front matter `permalink`, else its
    collection's template."""
    file = source.file
    collection = config.collections.get(file.collection, {})
    ext = output_ext(file.rel, config)
    permalink = source.meta.get("permalink")
    if not isinstance(permalink, str) or not permalink.strip():
        template = collection.get("permalink")
        if not isinstance(template, str) or not template.strip():
            template = permalink_suffix("/:collection/:path", config.permalink)
        permalink = template
    rel = file.rel
    folder = config.layout.collections_dir
    if folder and rel.startswith(folder + "/"):
        rel = rel[len(folder) + 1:]
    values = document_values(
        collection=file.collection, relative_path=rel,
        folder="_drafts" if file.draft else f"_{file.collection}", basename=basename,
        slug=slug, categories=list(categories), date=when, output_ext=ext)
    return expand(permalink.strip(), values)


def output_ext(rel: str, config: Config) -> str:
    """What Jekyll's converters make of the file's extension: Markdown becomes `.html`."""
    ext = output_ext_of(rel)
    return ".html" if ext.lower() in config.layout.markdown_ext else ext


# ------------------------------------------------------------------ Liquid's view of it

def document_variables(source: Source, facts: Facts, config: Config) -> dict[str, Any]:
    """The document as Liquid sees it (`page.*`, an entry of `site.posts`)."""
    file = source.file
    variables = dict(source.meta)
    variables.update({
        "title": facts.title, "slug": facts.slug, "date": facts.date,
        "categories": list(facts.categories), "tags": list(facts.tags), "url": facts.url,
        "path": file.rel, "relative_path": file.rel, "collection": file.collection,
        "id": os.path.join(os.path.dirname(facts.url), facts.slug),
        "draft": file.draft, "content": source.body, "ext": output_ext_of(file.rel),
        "name": file.rel.rpartition("/")[2],
    })
    return variables


# ------------------------------------------------------------------ step 3: the Post

def render_post(source: Source, facts: Facts, config: Config, themes: Mapping[str, Theme],
                renderers: Renderers) -> tuple[Post, list[Problem]]:
    """The document rendered (Liquid, then Markdown, sanitised) as a Post."""
    notes: list[Problem] = []
    file, meta = source.file, source.meta
    assert facts.date is not None
    published = facts.date
    tz = zone(config.timezone)
    updated = updated_time(meta, published, tz, file.rel, notes)
    changed = file.committed.astimezone(tz) if file.committed and file.committed > updated \
        else None
    lang = post_lang(meta.get("lang", meta.get("locale")), config.lang, file.rel, notes)
    theme_ids = post_themes(facts.categories, themes, config, file, notes)
    url = valid_url(site_url(config).rstrip("/") + facts.url)  # as Jekyll escapes it
    if source.document is not None and not source.body.strip():
        notes.append(Problem(file.rel, "no text after the front matter: the feed item has only "
                             "the title", "warning"))
    body, prose = liquid_bodies(source, facts, config, renderers, notes)
    content_html = html_body(body, source.file.rel, config, renderers, url)
    lead = first_string(meta, "excerpt", "ingress-text")
    summary = plain_text(lead) if lead else first_paragraph(content_html)
    image = post_image(meta.get("image"), file.rel, notes)
    return Post(
        path=file.rel,
        slug=facts.file_slug,
        title=facts.title,
        lang=lang,
        published=published,
        updated=updated,
        changed=changed,
        url=url,
        id=post_id(meta, config, published, facts.file_slug, file.collection),
        summary=summary,
        body=prose,
        is_html=not is_markdown(file.rel, config),
        body_line=source.body_line,
        content_html=content_html,
        ref=str(meta.get("ref") or "").strip() or None,
        themes=theme_ids if file.collection == "posts" else (),
        categories=facts.categories,
        tags=facts.tags,
        collection=file.collection,
        image=absolute(site_url(config), image) if image else None,
        links=post_links(meta.get("links"), url, file.rel, notes),
        lead=lead,
        draft=file.draft,
        front_matter=meta,
        dated_at_build=source.broken,
    ), notes


def is_markdown(rel: str, config: Config) -> bool:
    return output_ext_of(rel).lower() in config.layout.markdown_ext


def liquid_bodies(source: Source, facts: Facts, config: Config, renderers: Renderers,
                  notes: list[Problem]) -> tuple[str, str]:
    """The body through Liquid (unless `render_with_liquid: false`): the text Jekyll gives its
    converter, and the text events are found in (`held {{ page.time }}`). The second leaves
    out what lists other documents (`{% for post in site.posts %}`: their dates are no events
    of this one) and highlighted code; it is the first where the body has neither."""
    body = source.body
    if (renderers.liquid is None or source.meta.get("render_with_liquid") is False
            or not has_liquid(body)):
        return body, body
    variables = document_variables(source, facts, config)
    rendered, problems = renderers.liquid(body, variables, source.file.rel, source.body_line)
    notes += problems
    prose = without_listings(body)
    if prose == body:
        return rendered, rendered
    text, _ = renderers.liquid(prose, variables, source.file.rel, source.body_line)
    return rendered, text  # (its problems are the first render's)


# a loop over other documents, and highlighted code, each with the tag that closes it; the
# closing tag is looked for only up to its last one (from each of thousands of opening tags
# without one, a search to the end of the body would take time growing with the square of its
# size)
_LISTINGS = [
    (re.compile(r"\{%-?\s*for\s+\w+\s+in\s+(?:site\.(?!data\b)|paginator\.)[^%]*%\}.*?"
                r"\{%-?\s*endfor\s*-?%\}", re.S), re.compile(r"\{%-?\s*endfor\s*-?%\}")),
    (re.compile(r"\{%-?\s*highlight\b[^%]*%\}.*?\{%-?\s*endhighlight\s*-?%\}", re.S),
     re.compile(r"\{%-?\s*endhighlight\s*-?%\}")),
]


def without_listings(body: str) -> str:
    """A body without its loops over other documents (`site.posts`, `paginator.posts`; not
    `site.data`, which may hold the post's own events) and its highlighted code."""
    if "{%" not in body:
        return body
    for listing, closing in _LISTINGS:
        end = 0
        for match in closing.finditer(body):
            end = match.end()
        if end:
            body = listing.sub(" ", body[:end]) + body[end:]
    return body


def html_body(body: str, rel: str, config: Config, renderers: Renderers, url: str) -> str:
    """The body after Liquid through Markdown, sanitised, with absolute links."""
    html = renderers.markdown(body) if is_markdown(rel, config) else body
    return xml_safe(sanitise(html, url))  # `&#1;` is decoded to a character XML forbids


def updated_time(meta: dict[str, Any], published: datetime, tz: ZoneInfo, rel: str,
                 notes: list[Problem]) -> datetime:
    """`last_modified_at` (never before `published`), else `published`: jekyll-feed's rule.
    Not the git commit time: a site imported in one commit was not changed that day."""
    value = meta.get("last_modified_at")
    if value is not None:
        try:
            parsed = jekyll_time(value, tz)
            moment = parsed if isinstance(parsed, datetime) else at_midnight(parsed, tz)
            return max(moment, published)
        except DateError as err:
            notes.append(Problem(rel, f"last_modified_at: {err}; ignored", "warning"))
    return published


def post_lang(value: Any, default: str, rel: str, notes: list[Problem]) -> str:
    if value is None or value == "":
        return default
    tag = language_tag(value)
    if tag is not None:
        return tag
    notes.append(Problem(rel, f"lang {shown(value)} is not a language tag like sv or en-GB; "
                         f"using {default}", "warning"))
    return default


def post_themes(categories: tuple[str, ...], themes: Mapping[str, Theme], config: Config,
                file: SourceFile, notes: list[Problem]) -> tuple[str, ...]:
    """The post's theme ids: a category naming a `_themes` file (by path or id) is that
    theme; with `category_feeds` (the default) every other category is a theme too, whose
    id is its slug."""
    theme_ids: list[str] = []
    for text in categories:
        is_path = text.startswith(THEMES_PREFIX)
        theme_id = text
        if match := THEME_PATH.fullmatch(text):
            theme_id = match.group(1)
        elif is_path:
            stem = text[len(THEMES_PREFIX):]
            theme_id = stem.rsplit(".", 1)[0] if stem.endswith(THEME_SUFFIXES) else stem
        if is_path or theme_id in themes:
            if not SAFE_ID.match(theme_id) or ".." in text:
                notes.append(Problem(file.rel, f"category {shown(text)} is not a valid theme id; "
                                     "ignored", "warning"))
                continue
            if theme_id not in theme_ids:
                theme_ids.append(theme_id)
            continue
        if config.category_feeds:
            category_id = category_slug(text)
            if category_id and category_id not in theme_ids:
                theme_ids.append(category_id)
    return tuple(theme_ids)


def post_id(meta: dict[str, Any], config: Config, published: datetime, slug: str,
            collection: str = "posts") -> str:
    pinned = meta.get("id")
    if isinstance(pinned, str | int) and not isinstance(pinned, bool) and str(pinned).strip():
        return str(pinned).strip()
    name = slug if collection == "posts" else f"{collection}/{slug}"
    return f"tag:{id_authority(config)},{published.date().isoformat()}:{quote(name, safe='/')}"


def first_string(meta: dict[str, Any], *keys: str) -> str:
    for key in keys:
        value = meta.get(key)
        if isinstance(value, str) and value.strip():
            return value.strip()
    return ""


def url_scheme(url: str) -> str:
    """The scheme of `url` in lower case, "" when it is relative."""
    head = url.split(":", 1)[0] if ":" in url else ""
    return head.lower() if head and "/" not in head else ""


def post_image(value: Any, rel: str, notes: list[Problem]) -> str | None:
    if value is None or value == "":
        return None
    if isinstance(value, dict):  # {path: ..., alt: ...} as jekyll-seo-tag reads it
        value = value.get("path") or value.get("url") or value.get("src")
        if value is None:
            return None
    if (not isinstance(value, str) or url_scheme(value.strip()) not in ("", "http", "https")
            or not well_formed(value.strip())):
        notes.append(Problem(rel, f"image {shown(value)} is not an http(s) or relative URL; "
                             "left out", "warning"))
        return None
    return value.strip()


def post_links(value: Any, page_url: str, rel: str = "",
               notes: list[Problem] | None = None) -> tuple[Link, ...]:
    """The `links:` list as (title, absolute URL); entries that are not links are reported."""
    if value is None:
        return ()
    problems = notes if notes is not None else []
    if not isinstance(value, list):
        problems.append(Problem(rel, "links must be a list of `- title: ... url: ...`; ignored",
                                "warning"))
        return ()
    links = []
    for number, item in enumerate(value):
        url = item.get("url") if isinstance(item, dict) else None
        if url is None and isinstance(item, dict) and not any(item.values()):
            continue  # an empty entry (`- title:` with nothing else) is no link
        if (not isinstance(url, str) or url_scheme(url.strip()) not in ("", *LINK_SCHEMES)
                or not well_formed(url.strip())):
            problems.append(Problem(rel, f"links[{number}]: {shown(url or item)} is not an "
                                    "http(s), mailto or webcal URL; left out", "warning"))
            continue
        url = url.strip()
        title = item.get("title")
        links.append(Link(text_only(str(title)).strip() if title else url,
                          resolve(page_url, url)))
    return tuple(links)


def file_kind(path: str | Path, root: Path) -> str:
    """"folder", "outside" (a link out of the content folder), "special" (a pipe, socket or
    device) or "file" (a file, or nothing there: reading it says so)."""
    try:
        mode = os.lstat(path).st_mode
    except (OSError, ValueError):
        mode = stat.S_IFLNK  # ask the questions below, which tell the cases apart
    if not stat.S_ISLNK(mode):  # not a link: one lstat answers them all
        return "folder" if stat.S_ISDIR(mode) else "file" if stat.S_ISREG(mode) else "special"
    path = Path(path)
    if path.is_dir():
        return "folder"
    if outside(path, root):
        return "outside"
    if path.exists() and not path.is_file():
        return "special"
    return "file"


def outside(path: Path, root: Path) -> bool:
    """Whether `path` is a link that leads out of the content folder `root`."""
    if not path.is_symlink():
        return False
    try:
        return not path.resolve().is_relative_to(root.resolve())
    except (OSError, RuntimeError):  # a loop of links: reading it reports the problem
        return False
