"""Nothing lost: every post file on disk is in the feeds written, or a problem says why not."""

from __future__ import annotations

import html
import re
from collections import defaultdict
from collections.abc import Iterator, Mapping
from typing import Any

from herald.model import Post, Problem, Site
from herald.plan.feeds import ARCHIVE_FOLDER, ATOM_NAME, post_tag_ids
from herald.report import counted

# an entry's id is its first child in what herald writes; reading just that is 10x faster
# than parsing every document, and still reads the bytes written, not what was meant
_ENTRY_ID = re.compile(rb"<entry>\s*<id>([^<]*)</id>")


def lost_posts(site: Site, files: Mapping[str, bytes]) -> list[Problem]:
    """Errors for posts missing from a feed they belong in, and for post files nobody explains.

    A built post belongs in the site feed, its language's feed and each of its themes' feeds,
    in the current document or an archive page. A post file that was not built must be named
    in an error or be left out on purpose (unpublished, dated after now, a folder).
    """
    ids = EntryIds()
    for name, data in files.items():
        ids.read(name, data)
    return missing_posts(site, ids)


class EntryIds:
    """The entry ids of each feed folder's Atom documents (the feed and its archive pages),
    read from the bytes written, one file at a time."""

    def __init__(self) -> None:
        self.by_folder: dict[str, set[str]] = defaultdict(set)

    def read(self, name: str, data: bytes) -> tuple[str, ...]:
        """Note the entry ids in file `name`, and return them."""
        if _feed_folder(name) is None:
            return ()
        ids = tuple(html.unescape(match.group(1).decode("utf-8"))
                    for match in _ENTRY_ID.finditer(data))
        self.add(name, ids)
        return ids

    def add(self, name: str, ids: tuple[str, ...]) -> None:
        """Note entry ids read from file `name` before (by an earlier build, for the very
        same bytes)."""
        folder = _feed_folder(name)
        if folder is not None:
            self.by_folder[folder].update(ids)


def _feed_folder(name: str) -> str | None:
    """The feed folder of an Atom document herald writes (feed or archive page), else None."""
    folder, _, base = name.rpartition("/")
    if folder.endswith(ARCHIVE_FOLDER) and base.endswith(".atom"):
        return folder.removesuffix(ARCHIVE_FOLDER).rstrip("/")
    return folder if base == ATOM_NAME else None


def missing_posts(site: Site, ids: EntryIds) -> list[Problem]:
    """`lost_posts`, from the entry ids read as the files were written."""
    problems = []
    for post, folders in feed_folders(site):
        missing = [folder or "the site" for folder in folders
                   if post.id not in ids.by_folder[folder]]
        if missing:
            problems.append(Problem(post.path, "lost: not in the feed of " + ", ".join(missing)
                                    + " (a herald bug; please report it)"))
    built = {post.path for post in site.posts} | {
        post.path for posts in site.collections.values() for post in posts}
    explained = built | set(site.left_out) | {
        p.path for p in site.problems if p.severity == "error"}
    for rel in site.sources:
        if rel not in explained:
            problems.append(Problem(rel, "lost: not built and no error says why "
                                    "(a herald bug; please report it)"))
    return problems


def feed_folders(site: Site) -> Iterator[tuple[Post, list[str]]]:
    """Each built document with the folders of the feeds it belongs in: a post in the site's,
    its language's, its themes' and its tags'; a collection's document in its collection's.

    One at a time: a list of them all would outlive the collector's youngest generation and
    make it walk the whole site again (a second at 100,000 posts)."""
    for post in site.posts:
        yield post, (["", post.lang]
                     + [f"themes/{t}" for t in post.themes if t in site.themes]
                     + ([f"tags/{t}" for t in post_tag_ids(post) if t in site.tags]
                        if site.tags else []))
    for label, posts in site.collections.items():
        for post in posts:
            yield post, [f"collections/{label}"]


def problem_row(problem: Problem) -> dict[str, object]:
    return {"path": problem.path, "line": problem.line, "severity": problem.severity,
            "message": problem.message}


def check_summary(site: Site, problems: tuple[Problem, ...]) -> dict[str, object]:
    """What `herald check --format json` prints: the fate of every document found (posts,
    drafts when asked for, and documents of the collections herald reads), and every
    problem."""
    on_disk = list(site.sources)
    built = {post.path for post in site.documents()}
    failed = sorted({p.path for p in problems if p.severity == "error"} & set(on_disk) - built)
    lost = [problem_row(p) for p in problems if p.message.startswith("lost:")]
    errors = [problem_row(p) for p in problems if p.severity == "error"]
    collections: dict[str, int] = {}
    for label in site.sources.values():
        collections[label] = collections.get(label, 0) + 1
    return {
        "ok": not errors,
        "documents": len(on_disk),
        "collections": dict(sorted(collections.items())),
        "built": len(built),
        "left_out": dict(sorted(site.left_out.items())),
        "not_built": failed,
        "lost": lost,
        "errors": errors,
        "warnings": [problem_row(p) for p in problems if p.severity == "warning"],
    }


def summary_line(summary: dict[str, Any], errors: int, warnings: int) -> str:
    """`herald check`'s last line: what became of the documents, and the problems."""
    collections: dict[str, int] = summary["collections"]
    parts = [f"{count} in {label}" for label, count in collections.items() if label != "posts"]
    kinds = counted(collections.get("posts", 0), "post") + (
        ", " + ", ".join(parts) if parts else "")
    return (f"{counted(summary['documents'], 'document')} ({kinds}): "
            f"{summary['built']} in the feeds, {len(summary['left_out'])} left out on purpose, "
            f"{len(summary['not_built'])} not built (errors say why), "
            f"{len(summary['lost'])} lost; {counted(errors, 'error')}, "
            f"{counted(warnings, 'warning')}")
