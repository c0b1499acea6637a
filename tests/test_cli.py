"""`herald build` as a user runs it: progress on terminals, one summary line, exit codes."""

from __future__ import annotations

import re

from click.testing import CliRunner

from conftest import CONTENT, NOW
from herald import progress
from herald.build import build
from herald.cli import main
from herald.load.site import LoadOptions

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
