"""A rebuild renders only the files whose inputs changed, and writes what a fresh build writes."""

from __future__ import annotations

import os
import re
import shutil
import tempfile
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

import feedparser
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import herald.cache.record
import herald.plan.units
from conftest import BASIC_CONFIG, NOW, hand_edit_keeping_size, post_text, write_site
from herald.load.site import LoadOptions
from herald.pipeline import build

CONFIG = BASIC_CONFIG + "herald:\n  feed_limit: 3\n  archive_page_size: 4\n"
THEMES = {f"tema-{n}.md": f"---\ntitle: Tema {n}\n---\n" for n in range(3)}


def make_site(root: Path) -> Path:
    """24 posts in two languages and three themes; a translated pair; events in text and
    front matter, some over before NOW and some after."""
    posts = {}
    for n in range(24):
        month, day = 1 + n % 10, 1 + n % 27
        lang = "en" if n % 5 == 0 else "sv"
        body = (f"Välkommen på möte onsdag den {day} november kl 18:00 i Folkets hus."
                if n % 6 == 0 else f"Nyheter nummer {n} om [deltagande](/om/).")
        extra = {"event": "\n  start: 2026-11-20 10:00\n  end: 2026-11-20 12:00"} \
            if n == 7 else {}
        posts[f"2026-{month:02d}-{day:02d}-post-{n}.md"] = post_text(
            f"Inlägg {n}", body, categories=f"[tema-{n % 3}]", lang=lang, **extra)
    posts["2026-03-03-budget.md"] = post_text("Budget", "Om budgeten.", ref="budget",
                                              lang="sv", categories="[tema-0]")
    posts["2026-03-04-budget-en.md"] = post_text("Budget (en)", "About the budget.",
                                                 ref="budget", lang="en", categories="[tema-0]")
    return write_site(root, posts, CONFIG, THEMES)


def tree(out: Path) -> dict[str, bytes]:
    return {path.relative_to(out).as_posix(): path.read_bytes()
            for path in sorted(out.rglob("*")) if path.is_file()}


class Renders:
    """Counts the archive pages and Atom feeds each build renders."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.archive_pages: list[str] = []
        self.atom_feeds: list[str] = []
        page, atom = herald.plan.units.render_archive_page, herald.plan.units.render_atom

        def counted_page(spec, *args):  # type: ignore[no-untyped-def]
            self.archive_pages.append(spec.folder)
            return page(spec, *args)

        def counted_atom(spec, *args):  # type: ignore[no-untyped-def]
            self.atom_feeds.append(spec.folder)
            return atom(spec, *args)

        monkeypatch.setattr(herald.plan.units, "render_archive_page", counted_page)
        monkeypatch.setattr(herald.plan.units, "render_atom", counted_atom)

    def clear(self) -> None:
        self.archive_pages.clear()
        self.atom_feeds.clear()


def rebuild(site: Path, out: Path, cache: Path, now=NOW, **overrides: object) -> None:
    build(site, out, LoadOptions(now=now), dict(overrides) or None, cache_dir=cache)


def fresh(site: Path, folder: Path, now=NOW, **overrides: object) -> dict[str, bytes]:
    build(site, folder, LoadOptions(now=now), dict(overrides) or None)
    return tree(folder)


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new), encoding="utf-8")


def _edit_archived_post(site: Path) -> None:
    edit(site / "_posts" / "2026-02-02-post-1.md", "Nyheter nummer 1", "Nyheter nummer ett")


def _add_post(site: Path) -> None:
    (site / "_posts" / "2026-10-30-new.md").write_text(
        post_text("Ny", "Helt ny.", categories="[tema-1]"), encoding="utf-8")


def _remove_post(site: Path) -> None:
    (site / "_posts" / "2026-05-05-post-4.md").unlink()


def _retitle_theme(site: Path) -> None:
    edit(site / "_themes" / "tema-2.md", "Tema 2", "Tema två")


def _retitle_site(site: Path) -> None:
    edit(site / "_config.yml", "Test Site", "Another Site")


def _rename_translation(site: Path) -> None:
    (site / "_posts" / "2026-03-04-budget-en.md").rename(
        site / "_posts" / "2026-03-04-the-budget.md")


def _clash_ids(site: Path) -> None:
    for name in ("2026-02-02-post-1.md", "2026-03-03-post-2.md"):
        edit(site / "_posts" / name, "lang:", "id: tag:example.org,2026:same\nlang:")


def _move_event(site: Path) -> None:
    edit(site / "_posts" / "2026-08-08-post-7.md", "2026-11-20 10:00", "2026-11-21 10:00")


CHANGES: dict[str, Callable[[Path], None]] = {
    "an archived post edited": _edit_archived_post,
    "a post added": _add_post,
    "a post removed": _remove_post,
    "a theme retitled": _retitle_theme,
    "the site retitled": _retitle_site,
    "a translation renamed": _rename_translation,
    "two posts given the same id": _clash_ids,
    "an event moved": _move_event,
}


@pytest.mark.parametrize("change", list(CHANGES))
def test_a_rebuild_after_a_change_writes_what_a_fresh_build_writes(change, tmp_path):
    site = make_site(tmp_path / "site")
    out, cache = tmp_path / "out", tmp_path / "cache"
    rebuild(site, out, cache)
    CHANGES[change](site)
    rebuild(site, out, cache)
    assert tree(out) == fresh(site, tmp_path / "fresh")


def test_an_edited_post_rerenders_only_the_archive_pages_that_hold_it(tmp_path, monkeypatch):
    site = make_site(tmp_path / "site")
    out, cache = tmp_path / "out", tmp_path / "cache"
    renders = Renders(monkeypatch)
    rebuild(site, out, cache)
    assert len(renders.archive_pages) > 6
    renders.clear()
    rebuild(site, out, cache, feed_limit=None)  # nothing changed: nothing rendered
    assert renders.archive_pages == renders.atom_feeds == []
    _edit_archived_post(site)  # post 1: Swedish, tema-1, old enough to be archived
    rebuild(site, out, cache)
    assert sorted(renders.archive_pages) == ["", "sv", "themes/tema-1"]
    assert renders.atom_feeds == []
    archived = [name for name in tree(out) if "/archive/" in name or name.startswith("archive")]
    edited = [name for name in archived if "nummer ett" in (out / name).read_text("utf-8")]
    assert len(edited) == 3
    assert tree(out) == fresh(site, tmp_path / "fresh")


def test_a_new_post_rerenders_the_current_feeds_but_not_full_archive_pages(tmp_path,
                                                                           monkeypatch):
    site = make_site(tmp_path / "site")
    out, cache = tmp_path / "out", tmp_path / "cache"
    renders = Renders(monkeypatch)
    rebuild(site, out, cache)
    renders.clear()
    _add_post(site)
    rebuild(site, out, cache)
    assert sorted(renders.atom_feeds) == ["", "sv", "themes/tema-1"]
    # one post moves from each current feed into the newest archive page, which is
    # rendered again only when it was not full
    assert len(renders.archive_pages) <= 3
    site_feed = feedparser.parse((out / "feed.atom").read_bytes())
    assert site_feed.entries[0].title == "Ny"


def test_time_passing_rerenders_the_index_when_an_event_is_over(tmp_path):
    site = make_site(tmp_path / "site")
    out, cache = tmp_path / "out", tmp_path / "cache"
    rebuild(site, out, cache)
    before = (out / "index.html").read_bytes()
    later = NOW + timedelta(days=60)  # every event is over
    rebuild(site, out, cache, now=later)
    assert (out / "index.html").read_bytes() != before
    assert tree(out) == fresh(site, tmp_path / "fresh", now=later)


def test_a_lost_or_tampered_output_folder_is_rendered_again(tmp_path):
    site = make_site(tmp_path / "site")
    out, cache = tmp_path / "out", tmp_path / "cache"
    rebuild(site, out, cache)
    expected = tree(out)
    (out / "feed.rss").write_bytes(b"<rss>edited by hand</rss>")
    (out / "sv" / "feed.atom").unlink()
    rebuild(site, out, cache)
    assert tree(out) == expected
    shutil.rmtree(out)
    rebuild(site, out, cache)
    assert tree(out) == expected


def test_a_damaged_record_of_the_last_build_only_costs_time(tmp_path):
    site = make_site(tmp_path / "site")
    out, cache = tmp_path / "out", tmp_path / "cache"
    rebuild(site, out, cache)
    expected = tree(out)
    for record in cache.glob("last-build-*"):
        record.write_bytes(b"not a record")
    _edit_archived_post(site)
    rebuild(site, out, cache)
    assert tree(out) == fresh(site, tmp_path / "fresh") != expected


def test_an_output_file_edited_by_hand_is_not_reused(tmp_path):
    site = make_site(tmp_path / "site")
    out, cache = tmp_path / "out", tmp_path / "cache"
    rebuild(site, out, cache)
    hand_edit_keeping_size(out / "feed.rss")
    _edit_archived_post(site)  # feed.rss's own inputs do not change
    rebuild(site, out, cache)
    assert tree(out) == fresh(site, tmp_path / "fresh")


def test_a_record_left_by_another_version_of_herald_is_not_used(tmp_path, monkeypatch):
    site = make_site(tmp_path / "site")
    out, cache = tmp_path / "out", tmp_path / "cache"
    rebuild(site, out, cache)
    renders = Renders(monkeypatch)
    monkeypatch.setattr(herald.cache.record, "code_digest", lambda: "another herald")
    rebuild(site, out, cache)
    assert len(renders.archive_pages) > 6  # rendered again, not taken from the record
    assert tree(out) == fresh(site, tmp_path / "fresh")


# ------------------------------------------------------------------ any sequence of changes

SCALE = int(os.environ.get("HERALD_PROPERTY_SCALE", "1"))  # e.g. 50 for a long hunt


def _random_change(site: Path, kind: str, n: int) -> None:
    posts = sorted((site / "_posts").glob("*.md"))
    post = posts[n % len(posts)] if posts else None
    if kind == "edit" and post:
        with post.open("a", encoding="utf-8") as handle:
            handle.write(f"\nTillägg {n}.\n")
    elif kind == "redate" and post:
        text = post.read_text(encoding="utf-8")
        post.write_text(text.replace("lang:", f"date: 2026-{1 + n % 10:02d}-{1 + n % 27:02d} "
                                              f"{n % 24:02d}:00\nlang:", 1), encoding="utf-8")
    elif kind == "retheme" and post:
        text = post.read_text(encoding="utf-8")
        post.write_text(re.sub(r"categories: \[[^\]]*\]", f"categories: [tema-{n % 3}]", text),
                        encoding="utf-8")
    elif kind == "translate" and post:
        text = post.read_text(encoding="utf-8")
        post.write_text(text.replace("lang:", f"ref: shared-{n % 2}\nlang:", 1), encoding="utf-8")
    elif kind == "remove" and post and len(posts) > 1:
        post.unlink()
    elif kind == "add":
        body = (f"Möte onsdag den {1 + n % 27} november kl 18:00 i Folkets hus." if n % 2
                else f"Nyheter {n}.")
        (site / "_posts" / f"2026-{1 + n % 10:02d}-{1 + n % 27:02d}-new-{n}.md").write_text(
            post_text(f"Ny {n}", body, categories=f"[tema-{n % 3}]",
                      lang="en" if n % 3 == 0 else "sv"), encoding="utf-8")
    elif kind == "theme":
        theme = site / "_themes" / f"tema-{n % 3}.md"
        theme.write_text(f"---\ntitle: Tema {n}\n---\n", encoding="utf-8")
    elif kind == "settings":
        config = site / "_config.yml"
        config.write_text(re.sub(r"feed_limit: \d+", f"feed_limit: {2 + n % 4}",
                                 config.read_text(encoding="utf-8")), encoding="utf-8")


CHANGE_KINDS = ["edit", "redate", "retheme", "translate", "remove", "add", "theme", "settings",
                "later"]


@pytest.mark.slow
@settings(max_examples=8 * SCALE, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(st.lists(st.tuples(st.sampled_from(CHANGE_KINDS), st.integers(0, 999)),
                min_size=1, max_size=5))
def test_any_sequence_of_changes_rebuilds_to_what_a_fresh_build_writes(changes):
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        site = make_site(root / "site")
        out, cache, now = root / "out", root / "cache", NOW
        rebuild(site, out, cache, now=now)
        for step, (kind, n) in enumerate(changes):
            if kind == "later":
                now += timedelta(days=1 + n % 40)
            else:
                _random_change(site, kind, n)
            rebuild(site, out, cache, now=now)
            assert tree(out) == fresh(site, root / f"fresh-{step}", now=now), (kind, n)
