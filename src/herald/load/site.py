"""A content folder becomes a Site: settings, one scan, each document read, then assembled.

`plan_site` reads the settings and scans the folder once; `Reader.read` turns one source
file into a Post (in a worker process, or from the cache); `assemble_site` puts the results
together: posts dated after now left out, ids made unique, themes from `_themes` files,
categories and (when asked) tags, and the feeds' collections.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from functools import cached_property
from pathlib import Path
from typing import Any

from herald.dates import at_midnight, zone
from herald.derive.site_keys import WRITTEN_KEYS, publish_day, start_day
from herald.html import text_only, xml_safe
from herald.load.config import load_config, read_settings, site_url, with_assumed_timezone
from herald.load.documents import (
    THEME_SUFFIXES,
    PostError,
    Renderers,
    SourceFile,
    defaults_origins,
    document_facts,
    document_variables,
    file_kind,
    first_string,
    has_liquid,
    is_published,
    output_ext,
    post_image,
    read_source,
    read_text,
    render_post,
    traced_to_defaults,
    with_defaults,
)
from herald.load.frontmatter import split_document
from herald.load.gitlog import last_commit_times
from herald.load.language import detect_language
from herald.load.permalinks import category_slug, expand, page_url, permalink_suffix, slugify
from herald.load.scan import DEFAULT_MARKDOWN_EXT, Scan, scan_content
from herald.model import Config, Post, Problem, Site, Theme
from herald.urls import absolute

Progress = Callable[[str, int, int], None]  # (stage, done, total): called as work goes on
# the files whose first line `{` opens Hugo's JSON front matter (not a `.json` file's object)
PAGE_TEXT_EXTENSIONS = frozenset({*(f".{ext}" for ext in DEFAULT_MARKDOWN_EXT.split(",")),
                                  ".html", ".htm"})
LANGUAGE_SAMPLE = 60  # posts read to tell a site's language when its settings do not say


@dataclass(frozen=True)
class LoadOptions:
    now: datetime
    drafts: bool = False
    future: bool = False


@dataclass(frozen=True)
class PostResult:
    """What reading one file gave: a post, or the reason there is none, and problems."""

    rel: str
    post: Post | None
    problems: tuple[Problem, ...] = ()
    left_out: str | None = None  # why a readable file is not a post ("published: false", ...)
    used_site: bool = False  # rendered with Liquid, which may read any file of the site


@dataclass(frozen=True)
class Plan:
    """Everything reading the documents needs: settings, themes, and the files in order."""

    root: Path
    config: Config
    themes: dict[str, Theme]  # every theme file, published or not, by id
    files: tuple[SourceFile, ...]
    problems: tuple[Problem, ...]
    scan: Scan
    now: datetime
    future: bool = False  # --future: documents dated after now are published too


def load_site(root: Path, options: LoadOptions, overrides: dict[str, Any] | None = None,
              progress: Progress | None = None) -> Site:
    """Read everything under `root`; problems are collected, never raised."""
    plan = plan_site(root, options, overrides)
    reader = Reader(plan)
    results = []
    for done, file in enumerate(plan.files):
        if progress is not None:
            progress("reading posts", done, len(plan.files))
        results.append(reader.read(file))
    return assemble_site(plan, results, options)


def plan_site(root: Path, options: LoadOptions, overrides: dict[str, Any] | None = None,
              scan: Scan | None = None, out: Path | None = None) -> Plan:
    """Settings, the scan (made here unless given) and the files to read, in order."""
    settings, problems = read_settings(root)
    config, more = load_config(root, overrides, settings)
    problems += more
    if scan is None:
        scan = scan_content(root, options.drafts, out)
    problems += [Problem(folder, f"cannot list the folder ({why}): the files in it are not "
                                 "read; check its permissions") for folder, why in scan.unreadable]
    if not config.lang_given:
        config, note = with_detected_language(config, scan)
        problems.append(note)
    config, zone_note = with_assumed_timezone(config, root)
    problems += [zone_note] if zone_note else []
    themes, theme_problems = load_themes(scan, config)
    commit_times = last_commit_times(root)
    folders: dict[str, Path | None] = {}

    def source(rel: str, collection: str, draft: bool = False) -> SourceFile:
        path = os.path.join(root, rel)
        return SourceFile(path, rel, collection, draft,
                          _committed(path, commit_times, folders) if commit_times else None)

    files = [source(rel, "posts") for rel in scan.posts]
    files += [source(rel, "posts", draft=True) for rel in scan.drafts]
    for label in read_collections(config):  # a file without front matter is a static file
        files += [source(rel, label) for rel in scan.documents.get(label, ())
                  if _has_front_matter(os.path.join(root, rel))]
    return Plan(root, config, themes, tuple(files), tuple(problems + theme_problems), scan,
                options.now, options.future)


def read_file(root: Path, rel: str, options: LoadOptions) -> PostResult:
    """One file of the site at `root` read as a build reads it."""
    plan = plan_site(root, options)
    found = [file for file in plan.files if file.rel == rel]
    file = found[0] if found else SourceFile(os.path.join(root, rel), rel, "posts")
    return Reader(plan).read(file)


def read_collections(config: Config) -> list[str]:
    """The collections besides posts whose documents are read: those Jekyll publishes
    (`output: true`) and those named in `herald.collection_feeds`."""
    named = config.collection_feeds if isinstance(config.collection_feeds, tuple) else ()
    return [label for label in config.layout.collections
            if config.collections.get(label, {}).get("output") or label in named]


def with_detected_language(config: Config, scan: Scan) -> tuple[Config, Problem]:
    """The settings with `lang` set to what most of the newest posts are written in."""
    texts = []  # the newest posts: the last by file name, which starts with the date
    sample = sorted(scan.posts, key=lambda rel: rel.rpartition("/")[2])[-LANGUAGE_SAMPLE:]
    for label in sorted(scan.documents):  # a site of collections only: theirs
        sample += sorted(scan.documents[label])[-max(0, LANGUAGE_SAMPLE - len(sample)):] \
            if len(sample) < LANGUAGE_SAMPLE else []
    for rel in sample:
        try:
            texts.append(read_text(scan.path(rel), config.max_post_bytes)[:20_000])
        except PostError:
            continue
    found = detect_language(texts)
    where = str(scan.root / "_config.yml")
    if found is None:
        return config, Problem(where, "no lang, and the posts do not tell which language they "
                               "are in: English labels are used; set `lang:` (sv, en, ...)",
                               "warning")
    return replace(config, lang=found), Problem(
        where, f"no lang: the posts are written in {found}, so lang is {found}; set `lang:` "
        "to say so", "warning")


def _committed(name: str, commit_times: dict[Path, datetime],
               folders: dict[str, Path | None]) -> datetime | None:
    """When git last committed the file `name` resolves to (`folders`: resolved folders)."""
    path = Path(name)
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


class Reader:
    """Reads the plan's files one at a time; the Markdown and Liquid renderers are made once
    (Liquid only when a document first needs it)."""

    def __init__(self, plan: Plan) -> None:
        self.plan = plan
        self._liquid: Any = None
        self._pending: list[Problem] = []  # found making the Liquid renderer: said once

    def read(self, file: SourceFile) -> PostResult:
        """One file's result; never raises for anything the file holds."""
        plan, rel = self.plan, file.rel
        if printable(rel) != rel:
            return PostResult(printable(rel), None, (Problem(printable(rel), "the file name is "
                                                             "not UTF-8: rename it"),))
        kind = file_kind(file.path, plan.root)
        if kind == "folder":
            return PostResult(rel, None, (Problem(rel, "a folder named like a post: only the "
                                                  "post files in it are read; rename it",
                                                  "warning"),), "a folder")
        if kind == "outside":
            return PostResult(rel, None, (Problem(rel, f"links to {Path(file.path).resolve()}, "
                                                  "outside the content folder: not read; copy "
                                                  "the file in instead"),))
        if kind == "special":
            return PostResult(rel, None, (Problem(rel, "not a regular file (a pipe, socket or "
                                                  "device): not read; replace it with a "
                                                  "file"),))
        try:
            return self._read(file)
        except PostError as err:
            return PostResult(rel, None, (Problem(rel, str(err), "error", err.line),))

    def _read(self, file: SourceFile) -> PostResult:
        config = self.plan.config
        source = read_source(file, config)
        facts = document_facts(source, config, self.plan.now)
        notes = list(source.notes) + list(facts.notes)
        if not is_published(source.meta, config):
            return PostResult(file.rel, None, tuple(notes), "published: false")
        if facts.date is None:
            facts = replace(facts, date=self._undated_document_date(source.meta))
        if facts.date is None:
            return PostResult(file.rel, None, tuple(notes),
                              "no date: only dated documents go in a feed")
        uses_site = has_liquid(source.body)
        post, more = render_post(source, facts, config, self.plan.themes, self.renderers)
        more, self._pending = more + self._pending, []
        if config.defaults:
            own = source.document.meta if source.document is not None else {}
            origins = defaults_origins(own, config, file.rel, file.collection)
            notes, more = (traced_to_defaults(found, origins, config) for found in (notes, more))
        return PostResult(file.rel, post, tuple(notes + more), None, uses_site)

    def _undated_document_date(self, meta: Mapping[str, Any]) -> datetime | None:
        """An undated document's date when its own keys say when its event starts, else when
        it was written (`news-date: 23 April 2024`): that day. (Jekyll dates it by the build's
        time, which would change with every build.)"""
        tz = zone(self.plan.config.event_timezone)
        day = start_day(meta, self.plan.config.event_fields, tz) or publish_day(
            meta, tz, WRITTEN_KEYS)
        return None if day is None else at_midnight(day, tz)

    @cached_property
    def renderers(self) -> Renderers:
        # imported here, not at the top: a build that reads no document pays for neither
        from herald.load.markdown import markdown_options, render_markdown

        options, _ = markdown_options(self.plan.config.kramdown)
        return Renderers(markdown=lambda text: render_markdown(text, options),
                         liquid=self._render_liquid)

    def _render_liquid(self, text: str, page: Mapping[str, Any], path: str,
                       first_line: int) -> tuple[str, list[Problem]]:
        if self._liquid is None:
            self._liquid, self._pending = site_liquid(self.plan, self.renderers.markdown)
        return self._liquid.render(text, page=page, path=path, first_line=first_line)


def printable(rel: str) -> str:
    """A file's path as it can be printed: bytes of its name that are not UTF-8 (which Python
    keeps as surrogates) shown as U+FFFD."""
    if rel.isascii():
        return rel
    return rel.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def _has_front_matter(path: str | Path) -> bool:
    """Jekyll's Utils.has_yaml_header?: the file starts with a `---` line (anything but a
    regular file counts as one: reading it says what it is); or Hugo's `+++`, or its `{`
    where the file is a page's text (not a JSON file's)."""
    try:
        if not stat.S_ISREG(os.stat(path).st_mode):
            return True
        with open(path, "rb") as handle:
            first = handle.readline(256)
    except OSError:
        return True  # reading it says what is wrong
    first = first.removeprefix(b"\xef\xbb\xbf").rstrip()
    return first in (b"---", b"+++") or (
        first == b"{" and os.path.splitext(path)[1].lower() in PAGE_TEXT_EXTENSIONS)


def site_liquid(plan: Plan, markdownify: Callable[[str], str]) -> tuple[Any, list[Problem]]:
    """Jekyll's Liquid for the plan's site, and the problems of its `_data` files: `site.*`
    from the settings and `_data`, the documents and pages read (front matter only) the
    first time a template asks."""
    from herald.load.data import load_data
    from herald.load.liquid import Liquid, LiquidSite

    config = plan.config
    data, problems = load_data(plan.root, plan.scan.data, config.layout.data_dir)
    settings = jekyll_settings(config)
    return Liquid(LiquidSite(
        root=plan.root, config=settings, data=data, time=plan.now.astimezone(
            zone(config.timezone)),
        documents=lambda: site_documents(plan), pages=lambda: site_pages(plan),
        markdownify=markdownify, includes_dir=config.layout.includes_dir,
        environment=os.environ.get("JEKYLL_ENV") or "development")), problems


def jekyll_settings(config: Config) -> dict[str, Any]:
    """`site.*` as Jekyll gives it: the settings with Jekyll's defaults under them."""
    settings: dict[str, Any] = {
        "source": str(config.source.parent) if config.source else "", "destination": "_site",
        "collections_dir": config.layout.collections_dir, "permalink": config.permalink,
        "markdown_ext": ",".join(e.lstrip(".") for e in config.layout.markdown_ext),
        "timezone": None, "baseurl": None, "url": None, "future": config.future,
        "excerpt_separator": "\n\n", "include": list(config.layout.include),
        "exclude": list(config.layout.exclude),
    }
    settings.update(config.settings)
    settings["collections"] = config.collections
    return settings


def site_documents(plan: Plan) -> dict[str, list[dict[str, Any]]]:
    """Every document's variables by collection (posts newest first), for `site.posts` and
    `site.<label>`: what Jekyll publishes (posts dated after now only with `future`), of
    every collection, read or not."""
    config = plan.config
    files = [file for file in plan.files if file.collection == "posts"]
    for label in config.layout.collections:
        files += [SourceFile(os.path.join(plan.root, rel), rel, label)
                  for rel in plan.scan.documents.get(label, ())]
    by_label: dict[str, list[tuple[datetime | None, str, dict[str, Any]]]] = {}
    for file in files:
        try:
            if file_kind(file.path, plan.root) != "file" or not _has_front_matter(file.path):
                continue
            source = read_source(file, config)
            facts = document_facts(source, config, plan.now)
        except PostError:
            continue
        if not is_published(source.meta, config) or (
                file.collection == "posts" and facts.date is not None
                and facts.date > plan.now and not (config.future or plan.future)):
            continue
        by_label.setdefault(file.collection, []).append(
            (facts.date, file.rel, document_variables(source, facts, config)))
    result = {}
    for label, found in by_label.items():
        found.sort(key=lambda item: (item[0] is not None, item[0] or datetime.min, item[1]))
        if label == "posts":
            found.reverse()
        result[label] = [variables for *_, variables in found]
    return result


def site_pages(plan: Plan) -> list[dict[str, Any]]:
    """Every page's variables (front matter, url, path), for `site.pages` and `link`."""
    config = plan.config
    pages = []
    for rel in plan.scan.pages:
        path = plan.scan.path(rel)
        if not _has_front_matter(path):
            continue
        try:
            document = split_document(read_text(path, config.max_post_bytes))
        except PostError:
            continue
        meta = with_defaults(document.meta, config, rel, "pages")
        permalink = meta.get("permalink") if isinstance(meta.get("permalink"), str) else None
        variables = dict(meta)
        variables.update({"url": page_url(rel, permalink, config.permalink,
                                          output_ext(rel, config)),
                          "path": rel, "name": rel.rpartition("/")[2],
                          "content": document.body})
        pages.append(variables)
    return pages


def assemble_site(plan: Plan, results: Sequence[PostResult], options: LoadOptions) -> Site:
    """The site from each file's result, in file order: documents dated after now left out,
    ids made unique, themes and collections gathered."""
    problems = list(plan.problems)
    posts: list[Post] = []
    documents: dict[str, list[Post]] = {}
    left_out: dict[str, str] = {}
    future = options.future or plan.config.future
    for result in results:
        problems += result.problems
        post = result.post
        if result.left_out:
            left_out[result.rel] = result.left_out
        elif post is not None:
            if post.published > options.now and not future:  # drafts too, as in Jekyll
                left_out[result.rel] = "dated after now (build with --future to include it)"
                continue
            post = not_after(post, options.now)
            if post.collection == "posts":
                posts.append(post)
            else:
                documents.setdefault(post.collection, []).append(post)
    problems = list(dict.fromkeys(problems))  # each worker reads `_data` for itself
    posts = disambiguate(posts, problems)
    posts.sort(key=lambda p: (p.published, p.path), reverse=True)
    themes = site_themes(posts, plan.themes, problems, plan.config)
    tags = tag_themes(posts, plan.config)
    collections = {}
    for label in feed_collections(plan.config, documents):
        found = disambiguate(documents[label], problems)
        found.sort(key=lambda p: (p.published, p.path), reverse=True)
        collections[label] = tuple(found)
    return Site(root=plan.root, config=plan.config, posts=tuple(posts), themes=themes,
                problems=tuple(problems), left_out=left_out, tags=tags,
                collections=collections,
                sources={printable(file.rel): file.collection for file in plan.files})


def not_after(post: Post, now: datetime) -> Post:
    """The post with no change dated after `now` (a build with an earlier --now, a git commit
    or `last_modified_at` in the future): nothing herald writes is dated after now. Done
    here, not when the post is read, as the cache keeps posts across builds and nows."""
    ceiling = max(post.published, now)
    if post.updated <= ceiling and (post.changed is None or post.changed <= ceiling):
        return post
    changed = min(post.changed, ceiling) if post.changed else None
    updated = min(post.updated, ceiling)
    return replace(post, updated=updated, changed=changed if changed != updated else None)


def feed_collections(config: Config, documents: Mapping[str, list[Post]]) -> list[str]:
    """The collections that get feeds: by default every output collection with dated
    documents; `herald.collection_feeds` may list them, or turn them off."""
    setting = config.collection_feeds
    if setting is False:
        return []
    labels = setting if isinstance(setting, tuple) else sorted(documents)
    return [label for label in labels if documents.get(label)]


def load_themes(scan: Scan, config: Config) -> tuple[dict[str, Theme], list[Problem]]:
    """All theme files, published or not, by id."""
    themes: dict[str, Theme] = {}
    problems: list[Problem] = []
    for rel in scan.themes:
        path = scan.path(rel)
        if not rel.endswith(THEME_SUFFIXES) or not path.is_file():
            continue
        try:
            meta = split_document(read_text(path, config.max_post_bytes)).meta
        except PostError as err:
            problems.append(Problem(rel, str(err), "error", err.line))
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
        values: dict[str, Any] = {
            "title": slugify(theme_id, "pretty", cased=True), "slug": slugify(theme_id),
            "name": slugify(theme_id), "path": f"/{theme_id}", "collection": "themes",
            "output_ext": ".html"}
        return absolute(site_url(config), expand(template, values))
    if collection.get("output"):
        return absolute(site_url(config), expand(
            permalink_suffix("/:collection/:path", config.permalink),
            {"collection": "themes", "path": f"/{theme_id}", "output_ext": ".html"}))
    return site_url(config)


def site_themes(posts: list[Post], found: dict[str, Theme], problems: list[Problem],
                config: Config) -> dict[str, Theme]:
    """Published theme files, a theme for each category of the posts (newest first; titled as
    first written), and a stand-in for each referenced theme file that does not exist."""
    themes = {tid: t for tid, t in found.items() if t.published}
    names: dict[str, str] = {}
    for post in reversed(posts):
        for name in post.categories:
            names.setdefault(category_slug(name), name)
    reported: set[str] = set()
    for post in sorted(posts, key=lambda p: p.path):
        for theme_id in post.themes:
            if theme_id in themes or theme_id in reported or theme_id in names:
                continue
            reported.add(theme_id)
            if theme_id in found:
                problems.append(Problem(post.path, f"theme {theme_id} is unpublished "
                                        f"({found[theme_id].path}): it gets no feed", "warning"))
            else:
                problems.append(Problem(post.path, f"theme {theme_id} has no file "
                                        f"_themes/{theme_id}.md: its feed is titled from the id",
                                        "warning"))
    result = dict(themes)
    for theme_id in sorted(reported - set(found)):
        result[theme_id] = Theme(id=theme_id, title=theme_id.replace("-", " ").capitalize())
    used = {theme_id for post in posts for theme_id in post.themes}
    for theme_id, name in names.items():
        if theme_id in used and theme_id not in result and theme_id not in found:
            result[theme_id] = Theme(id=theme_id, title=name, url=site_url(config))
    return dict(sorted(result.items()))


def tag_themes(posts: list[Post], config: Config) -> dict[str, Theme]:
    """A theme for each tag that gets feeds (`herald.tag_feeds`), by the tag's slug."""
    setting = config.tag_feeds
    if setting is False:
        return {}
    wanted = {category_slug(str(tag)) for tag in setting} if isinstance(setting, tuple) \
        else None
    tags: dict[str, Theme] = {}
    for post in sorted(posts, key=lambda p: (p.published, p.path)):
        for name in post.tags:
            slug = category_slug(name)
            if slug and (wanted is None or slug in wanted) and slug not in tags:
                tags[slug] = Theme(id=slug, title=name, url=site_url(config))
    return dict(sorted(tags.items()))


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
