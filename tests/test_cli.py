"""`herald build` as a user runs it: progress on terminals, one summary line, exit codes."""

from __future__ import annotations

import re

import pytest
from click.testing import CliRunner

from conftest import BASIC_CONFIG, CONTENT, NOW, post_text, write_site
from herald import progress
from herald.cli import main
from herald.load.site import LoadOptions
from herald.pipeline import build

SUMMARY = re.compile(r"^(\d+) posts, (\d+) themes, (\d+) languages, (\d+) feeds, (\d+) events, "
                     r"(\d+) warnings, (\d+) errors in [\d.]+ s; (\d+) files in \S+$")


def test_build_ends_with_a_one_line_summary(tmp_path):
    result = CliRunner().invoke(main, ["build", "--content", str(CONTENT), "--out",
                                       str(tmp_path / "out"), "--now", "2026-11-01"])
    assert result.exit_code == 0
    last = result.stdout.strip().splitlines()[-1]
    match = SUMMARY.match(last)
    assert match, last
    posts, themes, langs, feeds, events, warnings, errors, files = map(int, match.groups())
    assert (posts, themes, langs, events, errors) == (6, 3, 2, 2, 0)
    assert files == sum(1 for p in (tmp_path / "out").rglob("*") if p.is_file()) - 1  # marker
    assert feeds == len(list((tmp_path / "out").rglob("*.atom")))


def test_quiet_build_prints_no_summary(tmp_path):
    result = CliRunner().invoke(main, ["build", "--content", str(CONTENT), "--out",
                                       str(tmp_path / "out"), "--now", "2026-11-01", "-q"])
    assert result.exit_code == 0
    assert result.stdout == ""


def test_progress_is_reported_per_stage_up_to_the_total():
    seen: dict[str, list[tuple[int, int]]] = {}
    build(CONTENT, None, LoadOptions(now=NOW),
          progress=lambda stage, done, total: seen.setdefault(stage, []).append((done, total)))
    assert set(seen) == {"reading posts", "writing feeds"}
    for calls in seen.values():
        assert [done for done, _ in calls] == list(range(len(calls)))
        assert all(total == len(calls) for _, total in calls)


def test_no_progress_bar_when_quiet_in_ci_or_piped(monkeypatch):
    monkeypatch.setattr(progress.sys.stderr, "isatty", lambda: True, raising=False)
    monkeypatch.delenv("CI", raising=False)
    assert progress.terminal_progress(quiet=True) is None
    assert isinstance(progress.terminal_progress(quiet=False), progress.TerminalProgress)
    monkeypatch.setenv("CI", "true")
    assert progress.terminal_progress(quiet=False) is None


def test_progress_bar_draws_on_stderr(capsys, monkeypatch):
    monkeypatch.setattr("click._termui_impl.isatty", lambda stream: True)
    bar = progress.TerminalProgress()
    for done in range(250):
        bar("reading posts", done, 250)
    bar.close()
    err = capsys.readouterr().err
    assert "reading posts" in err and "250/250" in err


def test_missing_content_folder_is_a_usage_error(tmp_path):
    result = CliRunner().invoke(main, ["build", "--content", str(tmp_path / "nope")])
    assert result.exit_code == 2
    assert "does not exist" in result.output


@pytest.mark.parametrize("command", ["build", "check"])
@pytest.mark.parametrize("value", ["notaurl", "ftp://example.org/feeds", "https://", "/feeds"])
def test_a_bad_base_url_exits_2_naming_the_option_and_writes_nothing(tmp_path, command, value):
    out, cache = tmp_path / "out", tmp_path / "cache"
    args = [command, "--content", str(CONTENT), "--base-url", value, "--cache-dir", str(cache)]
    result = CliRunner().invoke(main, args + (["--out", str(out)] if command == "build" else []))
    assert result.exit_code == 2
    assert f"Invalid value for '--base-url': {value} is not an absolute http(s) URL" in (
        result.output)
    assert not out.exists() and not cache.exists()


def test_the_summary_says_1_post_1_language_1_warning_in_the_singular(tmp_path):
    root = write_site(tmp_path / "site", {"2024-01-01-a.md": post_text("A")},
                      BASIC_CONFIG.replace("title:", "old_title:"))
    result = CliRunner().invoke(main, ["build", "--content", str(root), "--out",
                                       str(tmp_path / "out"), "--no-cache"])
    assert result.exit_code == 0, result.output
    summary = result.stdout.splitlines()[-1]
    assert re.match(r"1 post, 0 themes, 1 language, \d+ feeds, 0 events, 1 warning, 0 errors ",
                    summary), summary
    assert "0 events found (0 inferred from text, 0 with the default duration, 0 candidates" in (
        result.stdout)
