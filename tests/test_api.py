"""The library: README's example runs, results come back and nothing is printed."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import herald
from conftest import CONTENT, NOW, REPO

README = (REPO / "README.md").read_text(encoding="utf-8")


def readme_example() -> str:
    """The Python code of README's Library API section."""
    section = README.split("\n## Library API\n", 1)[1].split("\n## ", 1)[0]
    match = re.search(r"^```python\n(.*?)^```", section, re.S | re.M)
    assert match, "README's Library API section has no Python example"
    return match.group(1)


@pytest.fixture
def site(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    shutil.copytree(CONTENT, tmp_path / "content")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_the_readme_library_example_runs(site, capsys):
    exec(compile(readme_example(), "README.md", "exec"), {})  # noqa: S102 - our own README
    printed = capsys.readouterr().out
    assert "6 posts" in printed and "0 errors" in printed
    assert (site / "out" / "feed.atom").is_file()


def test_the_library_prints_nothing(site, capsys):
    herald.build("content", "out", now=NOW)
    herald.build("content", "out", now=NOW)
    herald.check("content", now=NOW, cache_dir=False)
    herald.events("content", now=NOW)
    assert capsys.readouterr() == ("", "")


def test_a_build_returns_what_it_wrote_and_an_unchanged_one_says_so(site):
    first = herald.build("content", "out", now=NOW, cache_dir=site / "cache")
    written = {p.relative_to(site / "out").as_posix(): p.stat().st_size
               for p in (site / "out").rglob("*") if p.is_file() and p.name != ".herald-output"}
    assert first.sizes == written and first.counts.files == len(written)
    assert first.site is not None and len(first.site.posts) == first.counts.posts == 6
    again = herald.build("content", "out", now=NOW, cache_dir=site / "cache")
    assert again.unchanged and again.site is None
    assert (again.sizes, again.counts, again.problems, again.next_change) == (
        first.sizes, first.counts, first.problems, first.next_change)


def test_check_keeps_no_output_and_finds_every_document(site):
    result = herald.check("content", now=NOW)
    assert (result.documents, result.built, result.lost, result.ok) == (9, 6, (), True)
    assert not (site / "out").exists()


def test_bad_arguments_are_refused_before_anything_is_written(site):
    with pytest.raises(ValueError, match="absolute http"):
        herald.build("content", "out", now=NOW, base_url="/feeds")
    with pytest.raises(FileNotFoundError):
        herald.build("missing", "out", now=NOW)
    (site / "taken").mkdir()
    (site / "taken" / "notes.txt").write_text("mine")
    with pytest.raises(herald.OutputError):
        herald.build("content", "taken", now=NOW)
    assert not (site / "out").exists()


def test_the_api_functions_are_the_packages_and_no_module_shadows_them():
    import herald.accounting  # noqa: F401
    import herald.derive.schedule  # noqa: F401
    import herald.pipeline  # noqa: F401

    assert callable(herald.build) and callable(herald.check) and callable(herald.events)
    assert herald.build.__module__ == "herald.api"


def test_a_build_with_nothing_to_do_loads_no_renderer(site):
    assert not herald.build("content", "out", now=NOW).unchanged
    probe = ("import sys, herald; from datetime import datetime, UTC\n"
             "assert herald.build('content', 'out', now=datetime(2026, 11, 1, tzinfo=UTC))"
             ".unchanged\n"
             "print(sorted(m for m in sys.modules if m.startswith('herald.render')))\n")
    done = subprocess.run([sys.executable, "-c", probe], cwd=site, capture_output=True,
                          text=True, check=True)
    assert done.stdout.strip() == "[]"
