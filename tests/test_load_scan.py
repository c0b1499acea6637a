"""The one walk over a content folder finds the files Jekyll would read."""

from __future__ import annotations

from pathlib import Path

from herald.load.scan import Layout, layout_from, scan_content, scan_site


def touch(root: Path, *names: str) -> Path:
    for name in names:
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("---\ntitle: x\n---\n", encoding="utf-8")
    return root


def test_posts_are_found_in_every_posts_folder_outside_special_folders(tmp_path):
    root = touch(tmp_path, "_posts/2024-01-01-a.md", "events/_posts/2024-01-02-b.md",
                 "org/2021/_posts/2021/2021-3-4-c.markdown", "_site/_posts/2024-01-03-d.md",
                 ".git/_posts/2024-01-04-e.md", "#tmp/_posts/2024-01-05-f.md",
                 "events/_posts/notes.md", "events/_posts/2024-01-06-no-extension")
    assert scan_site(root, Layout()).posts == (
        "_posts/2024-01-01-a.md", "events/_posts/2024-01-02-b.md",
        "org/2021/_posts/2021/2021-3-4-c.markdown")


def test_exclude_patterns_and_include_work_as_in_jekyll(tmp_path):
    root = touch(tmp_path, "drafts-old/_posts/2024-01-01-a.md",
                 "vendor/bundle/_posts/2024-1-1-b.md", "node_modules/x/_posts/2024-01-01-c.md",
                 "keep/_posts/2024-01-01-d.md",
                 "_pages/about.md", "notes.md", "secret/page.md")
    layout = layout_from({"exclude": ["drafts-*", "secret/"], "include": ["_pages"]})
    scan = scan_site(root, layout)
    assert scan.posts == ("keep/_posts/2024-01-01-d.md",)
    assert scan.pages == ("_pages/about.md", "notes.md")


def test_collections_are_found_in_their_folder_under_collections_dir(tmp_path):
    root = touch(tmp_path, "my/_events/a.md", "my/_events/sub/b.md", "my/_events/.hidden.md",
                 "my/_events/_draft.md", "_events/elsewhere.md", "my/_posts/2024-01-01-p.md",
                 "_posts/2024-01-02-outside.md")
    layout = layout_from({"collections": {"events": {"output": True}}, "collections_dir": "my"})
    scan = scan_site(root, layout)
    assert scan.documents == {"events": ("my/_events/a.md", "my/_events/sub/b.md")}
    assert scan.posts == ("my/_posts/2024-01-01-p.md",)  # posts live in collections_dir too


def test_collections_may_be_a_list_of_labels(tmp_path):
    assert layout_from({"collections": ["events", "talks"]}).collections == ("events", "talks")


def test_the_output_folder_inside_the_content_folder_is_left_alone(tmp_path):
    root = touch(tmp_path, "_posts/2024-01-01-a.md", "feeds/index.html", "about.md")
    scan = scan_site(root, Layout(), skip=[root / "feeds"])
    assert scan.pages == ("about.md",)


def test_the_digest_changes_when_a_file_changes_and_only_then(tmp_path):
    root = touch(tmp_path, "_posts/2024-01-01-a.md", "_includes/x.html", "_data/d.yml")
    first = scan_content(root, drafts=False).digest()
    assert scan_content(root, drafts=False).digest() == first
    (root / "_includes" / "x.html").write_text("changed and longer", encoding="utf-8")
    assert scan_content(root, drafts=False).digest() != first


def test_an_unreadable_config_gives_jekylls_layout(tmp_path):
    (tmp_path / "_config.yml").write_text("exclude: [a\n", encoding="utf-8")
    touch(tmp_path, "_posts/2024-01-01-a.md")
    assert scan_content(tmp_path, drafts=False).posts == ("_posts/2024-01-01-a.md",)
