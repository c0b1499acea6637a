"""Cached, uncached, parallel and serial builds write the same bytes; a bad cache costs time."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import BASIC_CONFIG, NOW, post_text, write_site
from herald.cache import default_cache_dir
from herald.cache.store import PostCache
from herald.cli import main
from herald.load.reading import PARALLEL_FROM
from herald.load.site import LoadOptions
from herald.pipeline import build

THEMES = {f"tema-{n}.md": f"---\ntitle: Tema {n}\n---\n" for n in range(4)}


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Enough posts for the process pool, some announcing events in text or front matter."""
    posts = {}
    for n in range(PARALLEL_FROM + 40):
        day = 1 + n % 28
        body = (f"Välkommen på möte onsdag den {day} oktober kl 18:00 i Folkets hus."
                if n % 7 == 0 else f"Nyheter nummer {n} om [deltagande](/om/).")
        extra = {"event": "\n  start: 2026-11-20 10:00\n  end: 2026-11-20 12:00"} \
            if n % 11 == 0 else {}
        posts[f"2026-{1 + n % 9:02d}-{day:02d}-post-{n}.md"] = post_text(
            f"Inlägg {n}", body, categories=f"[tema-{n % 4}]", **extra)
    return write_site(tmp_path_factory.mktemp("many") / "site", posts, BASIC_CONFIG, THEMES)


def files(content: Path, **kwargs: object) -> dict[str, bytes]:
    return build(content, None, LoadOptions(now=NOW), **kwargs).files  # type: ignore[arg-type]


def test_parallel_and_cached_builds_write_the_serial_bytes(site, tmp_path):
    serial = files(site)
    assert any(name.startswith("events/") for name in serial)
    assert files(site, jobs=2) == serial
    assert files(site, jobs=2, cache_dir=tmp_path / "cache") == serial  # fills the cache
    assert (tmp_path / "cache" / "posts.sqlite").stat().st_size > 0
    assert files(site, jobs=1, cache_dir=tmp_path / "cache") == serial  # reads it back


def test_an_edited_post_is_read_again_not_taken_from_the_cache(site, tmp_path):
    cache = tmp_path / "cache"
    files(site, cache_dir=cache)
    post = next((site / "_posts").glob("*-post-3.md"))
    original = post.read_text(encoding="utf-8")
    try:
        post.write_text(original.replace("Inlägg 3", "Inlägg tre"), encoding="utf-8")
        cached = files(site, cache_dir=cache)
        assert cached == files(site)
        assert any(b"Inl\xc3\xa4gg tre" in body for body in cached.values())
    finally:
        post.write_text(original, encoding="utf-8")


def test_a_corrupt_cache_is_replaced_and_the_build_is_the_same(site, tmp_path):
    cache = tmp_path / "cache"
    cache.mkdir()
    (cache / "posts.sqlite").write_bytes(b"this is not a database" * 100)
    assert files(site, cache_dir=cache) == files(site)
    assert PostCache(cache).enabled


def test_an_unwritable_cache_only_costs_time(site, tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("a file where the cache folder should be")
    assert not PostCache(blocker / "cache").enabled
    assert files(site, cache_dir=blocker / "cache") == files(site)


def test_damaged_cache_entries_are_misses(site, tmp_path):
    cache = tmp_path / "cache"
    expected = files(site, cache_dir=cache)
    with sqlite3.connect(cache / "posts.sqlite") as db:
        db.execute("UPDATE posts SET value = x'00ff'")
    assert files(site, cache_dir=cache) == expected


def test_default_cache_folder_is_per_content_folder_and_outside_it(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    first, second = default_cache_dir(tmp_path / "a"), default_cache_dir(tmp_path / "b")
    assert first != second
    assert first.parent == tmp_path / "xdg" / "herald"
    monkeypatch.delenv("XDG_CACHE_HOME")
    assert default_cache_dir(tmp_path / "a").is_relative_to(Path.home() / ".cache" / "herald")
    assert os.environ.get("XDG_CACHE_HOME") is None


def test_files_written_to_disk_are_the_files_built_in_memory(site, tmp_path):
    expected = files(site)
    out = tmp_path / "out"
    result = build(site, out, LoadOptions(now=NOW), jobs=2, cache_dir=tmp_path / "cache")
    written = {p.relative_to(out).as_posix(): p.read_bytes() for p in out.rglob("*")
               if p.is_file() and p.name != ".herald-output"}
    assert written == expected
    assert result.sizes == {name: len(data) for name, data in expected.items()}
    assert result.files == {}


@pytest.mark.parametrize(("name", "liquid", "before", "after"), [
    ("_data/info.yml", "{{ site.data.info.name }}", "name: FIRST\n", "name: SECOND\n"),
    ("_includes/box.html", "{% include box.html %}", "FIRST", "SECOND"),
    ("_posts/snip.txt", "{% include_relative snip.txt %}", "FIRST", "SECOND"),
])
def test_a_file_liquid_reads_is_read_again_when_it_changes(tmp_path, name, liquid, before,
                                                             after):
    """A cached build into the same output writes what a fresh build writes after a file a
    post's Liquid shows is changed (the stamp, the read cache and the rendered units)."""
    root = write_site(tmp_path / "site", {"2024-01-01-p.md": post_text("P", f"Text {liquid}.")},
                      BASIC_CONFIG)
    (root / name).parent.mkdir(parents=True, exist_ok=True)
    (root / name).write_text(before, encoding="utf-8")
    out, cache = tmp_path / "out", tmp_path / "cache"
    command = ["build", "-q", "--content", str(root), "--out", str(out), "--cache-dir",
               str(cache), "--now", "2026-11-01"]
    assert CliRunner().invoke(main, command).exit_code == 0
    assert b"FIRST" in (out / "feed.atom").read_bytes()
    (root / name).write_text(after, encoding="utf-8")
    assert CliRunner().invoke(main, command).exit_code == 0
    feed = (out / "feed.atom").read_bytes()
    assert b"SECOND" in feed and b"FIRST" not in feed
    assert feed == files(root)["feed.atom"]
