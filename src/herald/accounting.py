"""Nothing lost: every document found is in the feeds it belongs in, or a problem says why not.

A pass over a build's result: the site as read, and the ids of the entries each Atom document
holds, read from the bytes as they were written (`entry_ids`). Every build runs it (`lost`);
`herald check` adds what became of each document (`check_result`).
"""

from __future__ import annotations

import html
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator

from herald.cache.record import Written
from herald.model import Post, Problem, Site
from herald.plan.feeds import ARCHIVE_FOLDER, ATOM_NAME, post_tag_ids
from herald.results import CheckResult, in_order

# an entry's id is its first child in what herald writes; reading just that is 10x faster
# than parsing every document, and still reads the bytes written, not what was meant
_ENTRY_ID = re.compile(rb"<entry>\s*<id>([^<]*)</id>")


def entry_ids(name: str, data: bytes) -> tuple[str, ...]:
    """The ids of the entries in file `name`, when it is a feed's Atom document or archive
    page; else none."""
    if _feed_folder(name) is None:
        return ()
    return tuple(html.unescape(match.group(1).decode("utf-8"))
                 for match in _ENTRY_ID.finditer(data))


def _feed_folder(name: str) -> str | None:
    """The feed folder of an Atom document herald writes (feed or archive page), else None."""
    folder, _, base = name.rpartition("/")
    if folder.endswith(ARCHIVE_FOLDER) and base.endswith(".atom"):
        return folder.removesuffix(ARCHIVE_FOLDER).rstrip("/")
    return folder if base == ATOM_NAME else None


def lost(site: Site, written: Iterable[Written]) -> list[Problem]:
    """Errors for posts missing from a feed they belong in, and for documents nobody explains.

    A built post belongs in the site feed, its language's feed and each of its themes' and
    tags' feeds, in the current document or an archive page; a collection's document in its
    collection's. A document that was not built must be named in an error or be left out on
    purpose (unpublished, dated after now, a folder).
    """
    ids: dict[str, set[str]] = defaultdict(set)
    for file in written:
        folder = _feed_folder(file.name)
        if folder is not None:
            ids[folder].update(file.ids)
    problems = []
    for post, folders in feed_folders(site):
        missing = [folder or "the site" for folder in folders if post.id not in ids[folder]]
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


def check_result(site: Site, problems: Iterable[Problem]) -> CheckResult:
    """The fate of every document found (posts, drafts when asked for, and documents of the
    collections herald reads), from a build's site and problems (its `lost` ones among them)."""
    problems = in_order(problems)
    on_disk = list(site.sources)
    built = {post.path for post in site.documents()}
    failed = sorted({p.path for p in problems if p.severity == "error"} & set(on_disk) - built)
    collections: dict[str, int] = {}
    for label in site.sources.values():
        collections[label] = collections.get(label, 0) + 1
    return CheckResult(
        documents=len(on_disk), collections=dict(sorted(collections.items())),
        built=len(built), left_out=dict(sorted(site.left_out.items())),
        not_built=tuple(failed),
        lost=tuple(p for p in problems if p.message.startswith("lost:")), problems=problems)
