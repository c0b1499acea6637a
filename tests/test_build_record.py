"""A build with nothing to do answers from the record of the last build, and only then."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import CONTENT, hand_edit_keeping_size
from herald.cli import main

UNCHANGED = "(unchanged since the last build)"


@pytest.fixture
def site(tmp_path: Path) -> Path:
    return Path(shutil.copytree(CONTENT, tmp_path / "content"))


def run(site: Path, out: Path, cache: Path, *extra: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, ["build", "--content", str(site), "--out", str(out),
                                       "--cache-dir", str(cache), "--now", "2026-11-01",
                                       *extra])
    return result.exit_code, result.stdout, result.stderr


def snapshot(out: Path) -> dict[str, bytes]:
    return {p.relative_to(out).as_posix(): p.read_bytes() for p in out.rglob("*") if p.is_file()}


def test_second_build_of_the_same_content_does_nothing_and_says_so(site, tmp_path):
    out, cache = tmp_path / "out", tmp_path / "cache"
    code, first, first_err = run(site, out, cache)
    assert code == 0 and UNCHANGED not in first
    before, inode = snapshot(out), out.stat().st_ino
    code, second, second_err = run(site, out, cache)
    assert code == 0 and UNCHANGED in second
    assert snapshot(out) == before and out.stat().st_ino == inode  # not even swapped
    assert second_err == first_err  # the same warnings, every time
    assert second.splitlines()[0] == first.splitlines()[0]


def test_an_edited_post_is_built(site, tmp_path):
    out, cache = tmp_path / "out", tmp_path / "cache"
    run(site, out, cache)
    post = next((site / "_posts").glob("2021-04-20-*"))
    post.write_text(post.read_text(encoding="utf-8") + "\nEn mening till.\n", encoding="utf-8")
    code, stdout, _ = run(site, out, cache)
    assert code == 0 and UNCHANGED not in stdout
    assert b"En mening till." in (out / "feed.atom").read_bytes()


def test_a_deleted_or_changed_output_file_is_written_again(site, tmp_path):
    out, cache = tmp_path / "out", tmp_path / "cache"
    run(site, out, cache)
    expected = snapshot(out)
    (out / "feed.rss").unlink()
    assert UNCHANGED not in run(site, out, cache)[1]
    (out / "feed.json").write_text("{}")
    assert UNCHANGED not in run(site, out, cache)[1]
    assert snapshot(out) == expected


def test_other_options_or_no_cache_build_again(site, tmp_path):
    out, cache = tmp_path / "out", tmp_path / "cache"
    run(site, out, cache)
    assert UNCHANGED not in run(site, out, cache, "--feed-limit", "3")[1]
    assert UNCHANGED in run(site, out, cache, "--feed-limit", "3")[1]
    assert UNCHANGED not in run(site, out, cache, "--feed-limit", "3", "--no-cache")[1]


def test_time_passing_an_event_or_a_future_post_builds_again(site, tmp_path):
    out, cache = tmp_path / "out", tmp_path / "cache"
    early = ["build", "--content", str(site), "--out", str(out), "--cache-dir", str(cache)]
    runner = CliRunner()
    runner.invoke(main, [*early, "--now", "2021-03-03T07:00Z"])  # before the seed's webinar
    same = runner.invoke(main, [*early, "--now", "2021-03-03T07:30Z"])
    assert UNCHANGED in same.stdout
    after = runner.invoke(main, [*early, "--now", "2021-03-03T09:00Z"])  # it ended 08:50 UTC
    assert UNCHANGED not in after.stdout
    back = runner.invoke(main, [*early, "--now", "2021-03-01"])  # earlier than the last build
    assert UNCHANGED not in back.stdout


def test_an_output_file_edited_by_hand_to_the_same_size_is_written_again(site, tmp_path):
    out, cache = tmp_path / "out", tmp_path / "cache"
    run(site, out, cache)
    expected = snapshot(out)
    hand_edit_keeping_size(out / "feed.rss")
    assert snapshot(out) != expected
    assert UNCHANGED not in run(site, out, cache)[1]
    assert snapshot(out) == expected
