"""Load a Jekyll-style content folder into a Site: config, themes and posts."""

from __future__ import annotations

import os
import re
import reprlib
import stat
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path, PurePosixPath
from typing import Any
from urllib.parse import quote
from zoneinfo import ZoneInfo

from herald.dates import DateError, at_midnight, parse_datetime, zone
from herald.html import (
    first_paragraph,
    has_xml_forbidden,
    plain_text,
    render_body,
    text_only,
    xml_safe,
    xml_safe_values,
)
from herald.load.config import id_authority, load_config, site_url
from herald.load.frontmatter import FrontMatterError, split_document
from herald.load.gitlog import last_commit_times
from herald.model import Config, Link, Post, Problem, Site, Theme
from herald.urls import (
    absolute,
    expand_permalink,
    placeholders,
    post_url_values,
    resolve,
    slugify,
    well_formed,
)

POST_NAME = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})[- ](.+)\.(md|markdown|html)$")
DRAFT_NAME = re.compile(r"^(.+)\.(md|markdown|html)$")
THEME_SUFFIXES = (".md", ".markdown", ".html")
SAFE_ID = re.compile(r"^[\w][\w. -]*$")
LANG_TAG = re.compile(r"^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$")
# `_themes/<id>.<ext>` that PurePosixPath has nothing to tidy in (`//`, `/./`, an end `/`)
THEME_PATH = re.compile(r"_themes/([^/]+)\.(?:md|markdown|html)")


Progress = Callable[[str, int, int], None]  # (stage, done, total): called as work goes on


@dataclass(frozen=True)
class LoadOptions:
    now: datetime
    drafts: bool = False
    future: bool = False


class PostError(Exception):
    def __init__(self, message: str, line: int | None = None) -> None:
        super().__init__(message)
        self.line = line


@dataclass(frozen=True)
class PostFile:
    """One file to read as a post, with what git says about it."""

    path: Path
    rel: str  # relative to the content folder, with forward slashes
    draft: bool
    committed: datetime | None  # last commit time, None when not in git


@dataclass(frozen=True)
class PostResult:
    """What reading one post file gave: a post, or the reason there is none, and problems."""

    rel: str
    post: Post | None
    problems: tuple[Problem, ...] = ()
    left_out: str | None = None  # why a readable file is not a post ("published: false", ...)


@dataclass(frozen=True)
class Plan:
    """Everything reading the posts needs: settings, themes, and the post files in order."""

    root: Path
    config: Config
    themes: dict[str, Theme]  # every theme file, published or not, by id
    files: tuple[PostFile, ...]
    problems: tuple[Problem, ...]


def load_site(root: Path, options: LoadOptions, overrides: dict[str, Any] | None = None,
              progress: Progress | None = None) -> Site:
    """Read everything under `root`; problems are collected, never raised."""
    plan = plan_site(root, options, overrides)
    results = []
    for done, file in enumerate(plan.files):
        if progress is not None:
            progress("reading posts", done, len(plan.files))
        results.append(read_post(file, plan.root, plan.config, plan.themes))
    return assemble_site(plan, results, options)


def plan_site(root: Path, options: LoadOptions, overrides: dict[str, Any] | None = None) -> Plan:
    config, problems = load_config(root, overrides)
    themes, theme_problems = load_themes(root, config)
    commit_times = last_commit_times(root)
    folders: dict[str, Path | None] = {}
    files = tuple(PostFile(path, rel, draft, _committed(path, commit_times, folders))
                  for path, rel, draft in post_file_names(root, options.drafts))
    return Plan(root, config, themes, files, tuple(problems + theme_problems))


def _committed(path: Path, commit_times: dict[Path, datetime],
               folders: dict[str, Path | None]) -> datetime | None:
    """When git last committed the file `path` resolves to (`folders`: resolved folders)."""
    if not commit_times:
        return None
    try:
        if os.path.islink(path):
            return commit_times.get(path.resolve())
        parent = str(path.parent)
        if parent not in folders:
            folders[parent] = path.parent.resolve()
        folder = folders[parent]
        return commit_times.get(folder / path.name) if folder is not None else None
    except (OSError, RuntimeError):  # a loop of links
        return None


def read_post(file: PostFile, root: Path, config: Config, themes: dict[str, Theme]) -> PostResult:
    """Read one post file; never raises for anything the file holds."""
    path, rel = file.path, file.rel
    kind = file_kind(path, root)
    if kind == "folder":
        return PostResult(rel, None, (Problem(rel, "a folder named like a post: only the post "
                                              "files in it are read; rename it", "warning"),),
                          "a folder")
    if kind == "outside":
        return PostResult(rel, None, (Problem(rel, f"links to {path.resolve()}, outside the "
                                              "content folder: not read; copy the file in "
                                              "instead"),))
    if kind == "special":
        return PostResult(rel, None, (Problem(rel, "not a regular file (a pipe, socket or "
                                              "device): not read; replace it with a file"),))
    try:
        post, notes = load_post(path, rel, config, zone(config.timezone), file.committed,
                                draft=file.draft, themes=themes)
    except PostError as err:
        return PostResult(rel, None, (Problem(rel, str(err), "error", err.line),))
    return PostResult(rel, post, tuple(notes), None if post else "published: false")


def file_kind(path: Path, root: Path) -> str:
    """"folder", "outside" (a link out of the content folder), "special" (a pipe, socket or
    device) or "file" (a file, or nothing there: reading it says so)."""
    try:
        mode = os.lstat(path).st_mode
    except (OSError, ValueError):
        mode = stat.S_IFLNK  # ask the questions below, which tell the cases apart
    if not stat.S_ISLNK(mode):  # not a link: one lstat answers them all
        return "folder" if stat.S_ISDIR(mode) else "file" if stat.S_ISREG(mode) else "special"
    if path.is_dir():
        return "folder"
    if outside(path, root):
        return "outside"
    if path.exists() and not path.is_file():
        return "special"
    return "file"


def assemble_site(plan: Plan, results: list[PostResult], options: LoadOptions) -> Site:
    """The site from each file's result, in file order: future posts left out, ids made unique."""
    problems = list(plan.problems)
    posts: list[Post] = []
    left_out: dict[str, str] = {}
    for result in results:
        problems += result.problems
        post = result.post
        if result.left_out:
            left_out[result.rel] = result.left_out
        elif post is not None:
            if post.published > options.now and not (options.future or post.draft):
                left_out[result.rel] = "dated after now (build with --future to include it)"
            else:
                posts.append(post)
    posts = disambiguate(posts, problems)
    posts.sort(key=lambda p: (p.published, p.path), reverse=True)
    themes = referenced_themes(posts, plan.themes, problems)
    return Site(root=plan.root, config=plan.config, posts=tuple(posts), themes=themes,
                problems=tuple(problems), left_out=left_out)


def post_file_names(root: Path, drafts: bool) -> Iterator[tuple[Path, str, bool]]:
    """Post files in a stable order, `_posts/**/YYYY-MM-DD-title.ext` then drafts: each one's
    path, path relative to `root` (forward slashes), and whether it is a draft."""
    for rel, draft in post_file_rels(root, drafts):
        yield Path(os.path.join(root, rel)), rel, draft


def post_file_rels(root: Path, drafts: bool) -> Iterator[tuple[str, bool]]:
    """The path relative to `root` (forward slashes) of each post file, in order.

    Everything named like a post counts (a folder, link or pipe gets its own problem), in
    folders whose names start with neither `.` nor `_`; linked folders are not entered.
    """
    folders = [("_posts", False)] + ([("_drafts", True)] if drafts else [])
    for name, draft in folders:
        folder = root / name
        if not folder.is_dir():
            continue
        pattern = DRAFT_NAME if draft else POST_NAME
        found: list[tuple[str, ...]] = []
        for top, dirs, names in os.walk(folder):
            inner = os.path.relpath(top, folder)
            parts = () if inner == "." else tuple(inner.split(os.sep))
            found += [(*parts, entry) for entry in names + dirs if pattern.match(entry)]
            dirs[:] = [d for d in dirs if not d.startswith((".", "_"))]
        for parts in sorted(found):
            yield "/".join((name, *parts)), draft


def load_themes(root: Path, config: Config) -> tuple[dict[str, Theme], list[Problem]]:
    """All theme files, published or not, by id."""
    themes: dict[str, Theme] = {}
    problems: list[Problem] = []
    folder = root / "_themes"
    if not folder.is_dir():
        return themes, problems
    for path in sorted(folder.iterdir()):
        if path.suffix not in THEME_SUFFIXES or not path.is_file():
            continue
        rel = path.relative_to(root).as_posix()
        try:
            meta = split_document(read_text(path, config.max_post_bytes)).meta
        except (PostError, FrontMatterError) as err:
            problems.append(Problem(rel, str(err), "error", getattr(err, "line", None)))
            continue
        meta = with_defaults(meta, config, rel, "themes")
        theme_id = path.stem
        title = meta.get("title")
        description = first_string(meta, "excerpt", "ingress-text", "description")
        image = post_image(meta.get("image"), rel, problems)
        themes[theme_id] = Theme(
            id=theme_id,
            title=text_only(xml_safe(title.strip())) or theme_id if isinstance(title, str)
            else theme_id,
            description=xml_safe(description),
            lang=str(meta["lang"]) if meta.get("lang") else None,
            image=absolute(site_url(config), image) if isinstance(image, str) and image else None,
            url=theme_url(config, theme_id),
            published=meta.get("published", True) is not False,
            path=rel,
        )
    return themes, problems


def theme_url(config: Config, theme_id: str) -> str:
    collection = config.collections.get("themes", {})
    template = collection.get("permalink")
    if isinstance(template, str):
        values = {"title": slugify(theme_id, pretty=True, cased=True), "slug": slugify(theme_id),
                  "name": slugify(theme_id), "path": theme_id, "collection": "themes",
                  "output_ext": ".html"}
        return absolute(site_url(config), expand_permalink(template, values))
    if collection.get("output"):
        return absolute(site_url(config), f"/themes/{theme_id}.html")
    return site_url(config)


def load_post(path: Path, rel: str, config: Config, tz: ZoneInfo,
              committed: datetime | None, *, draft: bool,
              themes: dict[str, Theme]) -> tuple[Post | None, list[Problem]]:
    """One post, or None when it is not published; raises PostError when unreadable."""
    notes: list[Problem] = []
    text = read_text(path, config.max_post_bytes)
    if has_xml_forbidden(text):
        notes.append(Problem(rel, "contains control characters XML cannot carry; they are "
                             "left out of the output", "warning"))
        text = xml_safe(text)
    try:
        doc = split_document(text)
    except FrontMatterError as err:
        raise PostError(str(err), err.line) from None
    safe_meta = xml_safe_values(doc.meta)
    if safe_meta is not doc.meta:
        notes.append(Problem(rel, "front matter holds control characters XML cannot carry; "
                             "they are left out of the output", "warning"))
    meta = with_defaults(safe_meta, config, rel, "drafts" if draft else "posts")
    if meta.get("published", True) is False:
        return None, notes
    title = meta.get("title")
    if isinstance(title, int | float) and not isinstance(title, bool):
        title = str(title)
    if title is not None and not isinstance(title, str):
        raise PostError(f"title must be text, not a {type(title).__name__}: write "
                        "`title: ...` on one line, quoted if it has a colon or brackets",
                        doc.key_lines.get("title", 2))
    if not isinstance(title, str) or not title.strip():
        what = "is empty" if isinstance(title, str) else "is missing"
        raise PostError(f"title {what}: add `title: ...` to the front matter",
                        doc.key_lines.get("title", 2))
    if text_only(title) != title:
        notes.append(Problem(rel, "title contains HTML markup; it is left out (titles are "
                             "plain text)", "warning", doc.key_lines.get("title")))
        title = text_only(title) or path.stem
    if not doc.body.strip():
        notes.append(Problem(rel, "no text after the front matter: the feed item has only "
                             "the title", "warning"))
    name_match = (DRAFT_NAME if draft else POST_NAME).match(path.name)
    assert name_match is not None
    slug = name_match.group(1) if draft else name_match.group(4)
    published = post_date(meta, name_match, draft, path, rel, tz, notes)
    updated = updated_time(meta, committed, published, tz, rel, notes)
    lang = post_lang(meta.get("lang"), config.lang, rel, notes)
    theme_ids, categories = post_categories(meta.get("categories", meta.get("category")),
                                            themes, rel, notes)
    template = meta.get("permalink") if isinstance(meta.get("permalink"), str) else None
    template = template or config.collections.get("posts", {}).get("permalink") \
        or config.permalink
    values = post_url_values(slug=slug, title_slug=slug_from(meta), published=published,
                             categories=list(theme_ids) + list(categories),
                             only=placeholders(template))
    url = absolute(site_url(config), expand_permalink(template, values))
    is_html = path.suffix == ".html"
    content_html = render_body(doc.body, is_html=is_html, page_url=url)
    lead = first_string(meta, "excerpt", "ingress-text")
    summary = plain_text(lead) if lead else first_paragraph(content_html)
    image = post_image(meta.get("image"), rel, notes)
    return Post(
        path=rel,
        slug=slug,
        title=title.strip(),
        lang=lang,
        published=published,
        updated=updated,
        url=url,
        id=post_id(meta, config, published, slug),
        summary=summary,
        body=doc.body,
        is_html=is_html,
        body_line=doc.body_line,
        content_html=content_html,
        ref=str(meta.get("ref") or "").strip() or None,
        themes=theme_ids,
        categories=categories,
        image=absolute(site_url(config), image) if image else None,
        links=post_links(meta.get("links"), url, rel, notes),
        lead=lead,
        draft=draft,
        front_matter=meta,
    ), notes


def read_text(path: Path, limit: int) -> str:
    try:
        size = path.stat().st_size
        if size > limit:
            raise PostError(f"file is {size:,} bytes, over herald.max_post_bytes ({limit:,}); "
                            "shorten it or raise the limit")
        data = path.read_bytes()
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


def outside(path: Path, root: Path) -> bool:
    """Whether `path` is a link that leads out of the content folder `root`."""
    if not path.is_symlink():
        return False
    try:
        return not path.resolve().is_relative_to(root.resolve())
    except (OSError, RuntimeError):  # a loop of links: reading it reports the problem
        return False


def with_defaults(meta: dict[str, Any], config: Config, rel: str, kind: str) -> dict[str, Any]:
    """Front matter with `_config.yml` defaults applied below it, as Jekyll does."""
    merged: dict[str, Any] = {}
    scopes = []
    for entry in config.defaults:
        scope = entry.get("scope") or {}
        values = entry.get("values")
        if not isinstance(scope, dict) or not isinstance(values, dict):
            continue
        scope_path = str(scope.get("path") or "").strip("/")
        scope_type = scope.get("type")
        if scope_type and scope_type != kind:
            continue
        if scope_path and not (rel == scope_path or rel.startswith(scope_path + "/")):
            continue
        scopes.append((len(scope_path), bool(scope_type), values))
    for _, _, values in sorted(scopes, key=lambda s: (s[0], s[1])):
        merged.update(values)
    merged.update(meta)
    return merged


def post_date(meta: dict[str, Any], name_match: re.Match[str], draft: bool, path: Path,
              rel: str, tz: ZoneInfo, notes: list[Problem]) -> datetime:
    value = meta.get("date")
    if value is not None:
        try:
            parsed = parse_datetime(value, tz)
        except DateError as err:
            fallback = name_date(name_match, draft)
            if fallback is None:
                raise PostError(f"date: {err}", date_line(path)) from None
            notes.append(Problem(rel, f"date: {err}; the file name's date is used instead",
                                 "error", date_line(path)))
            return at_midnight(fallback, tz)
        return parsed if isinstance(parsed, datetime) else at_midnight(parsed, tz)
    fallback = name_date(name_match, draft)
    if fallback is None:
        if draft:
            return datetime.fromtimestamp(path.stat().st_mtime, tz).replace(microsecond=0)
        raise PostError("the file name has an impossible date: rename it YYYY-MM-DD-title.md")
    notes.append(Problem(rel, "no date in front matter: using the file name's day at 00:00",
                         "warning"))
    return at_midnight(fallback, tz)


def name_date(name_match: re.Match[str], draft: bool) -> date | None:
    """The day a post's file name starts with; None for a draft or an impossible day."""
    if draft:
        return None
    try:
        return date(*(int(name_match.group(i)) for i in (1, 2, 3)))
    except ValueError:
        return None


def date_line(path: Path) -> int | None:
    try:
        for number, line in enumerate(path.read_text("utf-8", "replace").splitlines(), 1):
            if line.startswith("date:"):
                return number
    except OSError:
        pass
    return None


def updated_time(meta: dict[str, Any], committed: datetime | None, published: datetime,
                 tz: ZoneInfo, rel: str, notes: list[Problem]) -> datetime:
    value = meta.get("last_modified_at")
    if value is not None:
        try:
            parsed = parse_datetime(value, tz)
            moment = parsed if isinstance(parsed, datetime) else at_midnight(parsed, tz)
            return max(moment, published)
        except DateError as err:
            notes.append(Problem(rel, f"last_modified_at: {err}; ignored", "warning"))
    if committed is not None and committed > published:
        return committed.astimezone(tz)
    return published


def post_lang(value: Any, default: str, rel: str, notes: list[Problem]) -> str:
    if value is None or value == "":
        return default
    if isinstance(value, str) and LANG_TAG.match(value.strip()):
        return value.strip()
    notes.append(Problem(rel, f"lang {value!r} is not a language tag like sv or en-GB; "
                         f"using {default}", "warning"))
    return default


def post_categories(value: Any, themes: dict[str, Theme], rel: str,
                    notes: list[Problem]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(theme ids, plain categories) from `categories`: a list, a string or missing."""
    if value is None:
        return (), ()
    if isinstance(value, str):
        entries: list[Any] = [value] if "/" in value or value in themes else value.split()
    elif isinstance(value, list):
        entries = value
    else:
        notes.append(Problem(rel, f"categories must be a list or a string, not "
                             f"{type(value).__name__}; ignored", "warning"))
        return (), ()
    theme_ids: list[str] = []
    categories: list[str] = []
    for entry in entries:
        if not isinstance(entry, str | int | float) or isinstance(entry, bool):
            notes.append(Problem(rel, f"category {entry!r} is not text; ignored", "warning"))
            continue
        text = str(entry).strip()
        is_path = text.startswith("_themes/")
        theme_id = text
        if match := THEME_PATH.fullmatch(text):
            theme_id = match.group(1)  # PurePosixPath(text).stem, sooner
        elif is_path:
            pure = PurePosixPath(text)
            theme_id = pure.stem if pure.suffix in THEME_SUFFIXES else text[len("_themes/"):]
        if (is_path or theme_id in themes) and not SAFE_ID.match(theme_id) or ".." in text:
            notes.append(Problem(rel, f"category {text!r} is not a valid theme id; ignored",
                                 "warning"))
            continue
        if is_path or theme_id in themes:
            if theme_id not in theme_ids:
                theme_ids.append(theme_id)
        elif text and text not in categories:
            if "/" in text or "\\" in text:
                notes.append(Problem(rel, f"category {text!r} looks like a path but is not "
                                     "`_themes/<id>.md`: kept as a plain category", "warning"))
            categories.append(text)
    return tuple(theme_ids), tuple(categories)


def referenced_themes(posts: list[Post], found: dict[str, Theme],
                      problems: list[Problem]) -> dict[str, Theme]:
    """Published themes, plus a stand-in for each theme referenced that has no file."""
    themes = {tid: t for tid, t in found.items() if t.published}
    reported: set[str] = set()
    for post in sorted(posts, key=lambda p: p.path):
        for theme_id in post.themes:
            if theme_id in themes or theme_id in reported:
                continue
            reported.add(theme_id)
            if theme_id in found:
                problems.append(Problem(post.path, f"theme {theme_id!r} is unpublished "
                                        f"({found[theme_id].path}): it gets no feed", "warning"))
            else:
                problems.append(Problem(post.path, f"theme {theme_id!r} has no file "
                                        f"_themes/{theme_id}.md: its feed is titled from the id",
                                        "warning"))
    site_themes = dict(themes)
    for theme_id in sorted(reported - set(found)):
        site_themes[theme_id] = Theme(id=theme_id, title=theme_id.replace("-", " ").capitalize())
    return dict(sorted(site_themes.items()))


def post_id(meta: dict[str, Any], config: Config, published: datetime, slug: str) -> str:
    pinned = meta.get("id")
    if isinstance(pinned, str | int) and not isinstance(pinned, bool) and str(pinned).strip():
        return str(pinned).strip()
    return f"tag:{id_authority(config)},{published.date().isoformat()}:{quote(slug, safe='')}"


def slug_from(meta: dict[str, Any]) -> str | None:
    slug = meta.get("slug")
    return slug if isinstance(slug, str) and slug.strip() else None


def first_string(meta: dict[str, Any], *keys: str) -> str:
    for key in keys:
        value = meta.get(key)
        if isinstance(value, str) and value.strip():
            return value.strip()
    return ""


LINK_SCHEMES = ("http", "https", "mailto", "webcal")


def url_scheme(url: str) -> str:
    """The scheme of `url` in lower case, "" when it is relative."""
    head = url.split(":", 1)[0] if ":" in url else ""
    return head.lower() if head and "/" not in head else ""


def post_image(value: Any, rel: str, notes: list[Problem]) -> str | None:
    if value is None or value == "":
        return None
    if (not isinstance(value, str) or url_scheme(value.strip()) not in ("", "http", "https")
            or not well_formed(value.strip())):
        notes.append(Problem(rel, f"image {reprlib.repr(value)} is not an http(s) or relative "
                             "URL; left out", "warning"))
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
        if (not isinstance(url, str) or url_scheme(url.strip()) not in ("", *LINK_SCHEMES)
                or not well_formed(url.strip())):
            problems.append(Problem(rel, f"links[{number}]: {reprlib.repr(url or item)} is not "
                                    "an http(s), mailto or webcal URL; left out", "warning"))
            continue
        url = url.strip()
        title = item.get("title")
        links.append(Link(text_only(str(title)).strip() if title else url,
                          resolve(page_url, url)))
    return tuple(links)


def disambiguate(posts: list[Post], problems: list[Problem]) -> list[Post]:
    """Give later posts that share an id or URL with an earlier one a distinct id."""
    seen_ids: set[str] = set()
    seen_urls: dict[str, str] = {}
    result = []
    for post in sorted(posts, key=lambda p: (p.published, p.path)):
        if post.url in seen_urls:
            problems.append(Problem(post.path, f"same URL as {seen_urls[post.url]} ({post.url}): "
                                    "both are kept; set `permalink` to tell them apart",
                                    "warning"))
        else:
            seen_urls[post.url] = post.path
        if post.id in seen_ids:
            n = 2
            while f"{post.id}-{n}" in seen_ids:
                n += 1
            problems.append(Problem(post.path, f"same feed id as an earlier post ({post.id}): "
                                    f"this one is {post.id}-{n}", "warning"))
            post = replace(post, id=f"{post.id}-{n}")
        seen_ids.add(post.id)
        result.append(post)
    return result
