"""Writing the output: unchanged files are the previous build's (hard links), changed ones new."""

from __future__ import annotations

from pathlib import Path

from herald.write.folder import MARKER, previous_digests
from herald.write.output import TreeWriter


def write_files(out: Path, files: dict[str, bytes]) -> None:
    """Replace `out` with exactly `files`, as a build does."""
    with TreeWriter(out) as writer:
        for name, data in sorted(files.items()):
            writer.add(name, data)


def inode(path: Path) -> int:
    return path.stat().st_ino


def test_unchanged_files_are_linked_and_changed_files_rewritten(tmp_path):
    out = tmp_path / "out"
    write_files(out, {"a.atom": b"same", "b/c.ics": b"old", "gone.rss": b"x"})
    before = {name: inode(out / name) for name in ("a.atom", "b/c.ics")}
    write_files(out, {"a.atom": b"same", "b/c.ics": b"new", "d.json": b"{}"})
    assert inode(out / "a.atom") == before["a.atom"]
    assert inode(out / "b/c.ics") != before["b/c.ics"]
    assert (out / "b/c.ics").read_bytes() == b"new"
    assert not (out / "gone.rss").exists()
    assert set(previous_digests(out)) == {"a.atom", "b/c.ics", "d.json"}


def test_a_file_changed_by_hand_since_the_last_build_is_rewritten(tmp_path):
    out = tmp_path / "out"
    write_files(out, {"a.atom": b"written by herald"})
    (out / "a.atom").write_bytes(b"edited")
    write_files(out, {"a.atom": b"written by herald"})
    assert (out / "a.atom").read_bytes() == b"written by herald"


def test_marker_lists_each_file_with_its_digest_and_is_reproducible(tmp_path):
    first, second = tmp_path / "one", tmp_path / "two"
    files = {"feed.atom": b"<feed/>", "themes/x/feed.rss": b"<rss/>"}
    write_files(first, files)
    write_files(second, files)
    assert (first / MARKER).read_bytes() == (second / MARKER).read_bytes()
    lines = (first / MARKER).read_text(encoding="utf-8").splitlines()[1:]
    assert [line.split("\t")[0] for line in lines] == sorted(files)


def test_foreign_files_survive_linking_builds(tmp_path):
    out = tmp_path / "out"
    write_files(out, {"feed.atom": b"1"})
    (out / "CNAME").write_text("feeds.example.org")
    write_files(out, {"feed.atom": b"1"})
    write_files(out, {"feed.atom": b"2"})
    assert (out / "CNAME").read_text() == "feeds.example.org"
