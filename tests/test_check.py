"""`herald check` and the nothing-lost check that every build runs."""

from __future__ import annotations

import json

from click.testing import CliRunner
from lxml import etree

from conftest import BASIC_CONFIG, CONTENT, NOW, post_text, write_site
from herald.accounting import entry_ids, lost
from herald.cache.record import Written
from herald.cli import main
from herald.load.site import LoadOptions
from herald.pipeline import build

ATOM = "{http://www.w3.org/2005/Atom}"


def without_entry(data: bytes, entry_id: str) -> bytes:
    root = etree.fromstring(data)
    for entry in root.findall(f"{ATOM}entry"):
        if entry.findtext(f"{ATOM}id") == entry_id:
            root.remove(entry)
    return etree.tostring(root)


def lost_posts(site, files: dict[str, bytes]):
    """`lost` over files with these bytes."""
    return lost(site, [Written(name, "", len(data), entry_ids(name, data))
                       for name, data in files.items()])


def test_a_clean_build_loses_nothing():
    result = build(CONTENT, None, LoadOptions(now=NOW))
    assert lost_posts(result.site, result.files) == []


def test_a_post_missing_from_its_theme_feed_is_reported():
    result = build(CONTENT, None, LoadOptions(now=NOW))
    post = next(p for p in result.site.posts if "medborgarbudget" in p.themes)
    files = dict(result.files)
    name = "themes/medborgarbudget/feed.atom"
    files[name] = without_entry(files[name], post.id)
    problems = lost_posts(result.site, files)
    assert [(p.path, p.severity) for p in problems] == [(post.path, "error")]
    assert "themes/medborgarbudget" in problems[0].message


def test_posts_beyond_the_limit_are_found_in_archive_pages(tmp_path):
    posts = {f"2024-01-{d:02d}-p{d}.md": post_text(f"P{d}") for d in range(1, 8)}
    root = write_site(tmp_path / "site", posts, BASIC_CONFIG + "herald:\n  feed_limit: 2\n")
    result = build(root, None, LoadOptions(now=NOW))
    assert any(name.startswith("archive/") for name in result.files)
    assert lost_posts(result.site, result.files) == []


def test_check_writes_nothing_and_reports_json(tmp_path):
    root = write_site(tmp_path / "site", {
        "2024-01-01-good.md": post_text("Good"),
        "2024-01-02-bad.md": "---\ntitle: [\n---\n",
        "2024-01-03-hidden.md": post_text("Hidden", published="false"),
        "2999-01-01-future.md": post_text("Future"),
    }, BASIC_CONFIG)
    before = sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*"))
    result = CliRunner().invoke(main, ["check", "--content", str(root), "--now", "2026-11-01",
                                       "--format", "json"])
    assert result.exit_code == 1
    summary = json.loads(result.stdout)
    assert summary["documents"] == 4 and summary["collections"] == {"posts": 4}
    assert summary["built"] == 2  # the broken post too, as Jekyll publishes it
    assert summary["not_built"] == []
    assert [error["path"] for error in summary["errors"]] == ["_posts/2024-01-02-bad.md"]
    assert set(summary["left_out"]) == {"_posts/2024-01-03-hidden.md",
                                        "_posts/2999-01-01-future.md"}
    assert summary["lost"] == [] and not summary["ok"]
    assert sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*")) == before


def test_check_passes_on_the_example_site():
    result = CliRunner().invoke(main, ["check", "--content", str(CONTENT), "--now",
                                       "2026-11-01"])
    assert result.exit_code == 0
    assert ("9 documents (6 posts, 3 in themes): 6 in the feeds, 3 left out on purpose, 0 not "
            "built (errors say why), 0 lost; 0 errors, 0 warnings") in result.stdout
    summary = json.loads(CliRunner().invoke(main, ["check", "--content", str(CONTENT), "--now",
                                                   "2026-11-01", "--format", "json"]).stdout)
    assert (summary["documents"], summary["built"], summary["lost"]) == (9, 6, [])
    assert set(summary["left_out"].values()) == {"no date: only dated documents go in a feed"}
    assert "0 lost" in result.stdout
