import builtins
import os
import subprocess
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

import herald
from conftest import BASIC_CONFIG, NOW, post_text, write_site
from herald.load.scan import Layout, scan_site
from herald.load.site import LoadOptions, load_site

STOCKHOLM = ZoneInfo("Europe/Stockholm")


def load(root: Path, **options):
    return load_site(root, LoadOptions(now=options.pop("now", NOW), **options))


def messages(site, severity=None):
    return [str(p) for p in site.problems if severity is None or p.severity == severity]


def test_front_matter_date_wins_over_the_file_name(tmp_path):
    site = load(write_site(tmp_path, {
        "2019-01-01-a.md": post_text(date="2020-05-06 10:00:00 +0200")}, BASIC_CONFIG))
    assert site.posts[0].published == datetime(2020, 5, 6, 8, 0, tzinfo=ZoneInfo("UTC"))


def test_post_without_date_is_at_midnight_site_time_on_its_file_name_day(tmp_path):
    site = load(write_site(tmp_path, {"2021-07-04-a.md": post_text()}, BASIC_CONFIG))
    assert site.posts[0].published == datetime(2021, 7, 4, tzinfo=STOCKHOLM)
    assert messages(site) == []


def test_unpublished_future_and_draft_posts_are_left_out_unless_asked(tmp_path):
    root = write_site(tmp_path, {
        "2020-01-01-hidden.md": post_text("Hidden", published="false"),
        "2030-01-01-future.md": post_text("Future"),
        "_drafts/idea.md": post_text("Draft", date="2020-02-02"),
        "2020-01-02-shown.md": post_text("Shown"),
    }, BASIC_CONFIG)
    assert [p.title for p in load(root).posts] == ["Shown"]
    assert {p.title for p in load(root, future=True, drafts=True).posts} == {
        "Shown", "Future", "Draft"}
    pinned = load(root, now=datetime(2031, 1, 1, tzinfo=STOCKHOLM))
    assert {p.title for p in pinned.posts} == {"Shown", "Future"}


def test_categories_as_list_string_theme_id_plain_or_missing(tmp_path):
    theme = "---\ntitle: Budget\nexcerpt: About budgets\nlang: sv\n---\n"
    root = write_site(tmp_path, {
        "2020-01-01-a.md": post_text("A", categories="[_themes/budget.md, news]"),
        "2020-01-02-b.md": post_text("B", categories="_themes/budget.md"),
        "2020-01-03-c.md": post_text("C", categories="budget"),
        "2020-01-04-d.md": post_text("D"),
    }, BASIC_CONFIG, {"budget.md": theme})
    posts = {p.title: p for p in load(root).posts}
    assert posts["A"].themes == ("budget", "news")
    assert posts["A"].categories == ("_themes/budget.md", "news")
    assert posts["B"].themes == ("budget",)
    assert posts["C"].themes == ("budget",)
    assert posts["D"].themes == ()


def test_missing_theme_file_gets_a_theme_and_unpublished_theme_gets_none(tmp_path):
    root = write_site(tmp_path, {
        "2020-01-01-a.md": post_text("A", categories="[_themes/ghost.md, _themes/off.md]"),
    }, BASIC_CONFIG, {"off.md": "---\ntitle: Off\npublished: false\n---\n"})
    site = load(root)
    assert "ghost" in site.themes and site.themes["ghost"].title == "Ghost"
    assert "off" not in site.themes
    warnings = messages(site, "warning")
    assert any("theme ghost has no file" in m for m in warnings)
    assert any("theme off is unpublished" in m for m in warnings)


def test_empty_ref_is_no_ref_and_defaults_give_the_language(tmp_path):
    config = BASIC_CONFIG + "defaults:\n- scope: {path: '', type: posts}\n  values: {lang: fi}\n"
    site = load(write_site(tmp_path, {
        "2020-01-01-a.md": post_text("A", ref="''"),
        "2020-01-02-b.md": post_text("B", ref="pair", lang="en"),
    }, config))
    posts = {p.title: p for p in site.posts}
    assert posts["A"].ref is None and posts["A"].lang == "fi"
    assert posts["B"].ref == "pair" and posts["B"].lang == "en"


def test_updated_is_last_modified_at_else_published_and_git_only_dates_the_last_change(
        tmp_path):
    root = write_site(tmp_path / "site", {
        "2020-01-01-a.md": post_text("A", date="2020-01-01 10:00",
                                     last_modified_at="2020-02-01 10:00"),
        "2020-01-02-b.md": post_text("B", date="2020-01-02 10:00"),
    }, BASIC_CONFIG)
    posts = {p.title: p for p in load(root).posts}
    assert posts["A"].updated == datetime(2020, 2, 1, 10, tzinfo=STOCKHOLM)
    assert posts["B"].updated == posts["B"].published == posts["B"].last_change
    env = {"GIT_AUTHOR_DATE": "2022-03-04T05:06:07Z", "GIT_COMMITTER_DATE": "2022-03-04T05:06:07Z",
           "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@e", "GIT_COMMITTER_NAME": "t",
           "GIT_COMMITTER_EMAIL": "t@e", "HOME": str(tmp_path), "PATH": "/usr/bin:/bin"}
    for args in (["init", "-q"], ["add", "."], ["commit", "-qm", "x"]):
        subprocess.run(["git", *args], cwd=root, env=env, check=True)
    posts = {p.title: p for p in load(root).posts}
    # a site imported in one commit was not changed that day: feeds keep the authors' dates
    assert posts["B"].updated == posts["B"].published
    assert posts["A"].updated == datetime(2020, 2, 1, 10, tzinfo=STOCKHOLM)
    # calendars' LAST-MODIFIED and SEQUENCE follow every change
    assert posts["B"].last_change == datetime(2022, 3, 4, 5, 6, 7, tzinfo=ZoneInfo("UTC"))
    assert posts["A"].last_change == datetime(2022, 3, 4, 5, 6, 7, tzinfo=ZoneInfo("UTC"))
    # and nothing is dated after the build's now
    early = {p.title: p for p in load_site(root, LoadOptions(
        now=datetime(2021, 6, 1, tzinfo=UTC))).posts}
    assert early["B"].last_change == datetime(2021, 6, 1, tzinfo=UTC)


def test_site_without_config_builds_with_defaults_and_a_warning(tmp_path):
    site = load(write_site(tmp_path, {"2020-01-01-a.md": post_text()}))
    assert len(site.posts) == 1
    assert any("no _config.yml" in m for m in messages(site, "warning"))


def test_posts_jekyll_publishes_despite_their_front_matter_are_built_and_named(tmp_path):
    root = write_site(tmp_path, {
        "2020-01-01-good.md": post_text("Good"),
        "2020-01-02-yaml.md": "---\ntitle: ok\ncategories: [a, b\n---\nbody\n",
        "2020-01-03-notitle.md": "---\nlang: sv\n---\nbody\n",
        "2020-01-04-open.md": "---\ntitle: never closed\n",
    }, BASIC_CONFIG)
    (root / "_posts" / "2020-01-05-latin1.md").write_bytes("---\ntitle: Bå\n---\n".encode(
        "latin-1"))
    site = load(root)
    posts = {p.path.rpartition("/")[2]: p for p in site.posts}
    # as Jekyll publishes them: broken YAML without its front matter, dated at build time
    # and named after the whole file name; no title: titled from the name
    assert posts["2020-01-02-yaml.md"].title == "2020 01 02 Yaml"
    assert posts["2020-01-02-yaml.md"].published == NOW
    assert posts["2020-01-02-yaml.md"].url == "https://example.org/news/2020-01-02-yaml/"
    assert posts["2020-01-03-notitle.md"].title == "Notitle"
    assert posts["2020-01-04-open.md"].published == datetime(2020, 1, 4, tzinfo=STOCKHOLM)
    assert "2020-01-05-latin1.md" not in posts
    errors = messages(site, "error")
    assert len(errors) == 2
    assert any(m.startswith("_posts/2020-01-02-yaml.md:4: error: invalid YAML") for m in errors)
    assert any(m.startswith("_posts/2020-01-05-latin1.md:2: error: not UTF-8") for m in errors)
    warnings = messages(site, "warning")
    assert any(m.startswith("_posts/2020-01-03-notitle.md:2: warning: title is missing")
               for m in warnings)
    assert any(m.startswith("_posts/2020-01-04-open.md:1: warning: front matter is not closed")
               for m in warnings)
    assert all("\n" not in m for m in errors + warnings)


def test_permalink_front_matter_wins_and_urls_are_encoded(tmp_path):
    root = write_site(tmp_path, {
        "2020-01-01-tjänst.md": post_text("A"),
        "2020-01-02-b.md": post_text("B", permalink="/en/projects/b/"),
    }, BASIC_CONFIG)
    posts = {p.title: p for p in load(root).posts}
    assert posts["A"].url == "https://example.org/news/tj%C3%A4nst/"
    assert posts["B"].url == "https://example.org/en/projects/b/"
    assert posts["A"].id == "tag:example.org,2020-01-01:tj%C3%A4nst"


def test_two_posts_with_one_url_are_both_kept_with_distinct_ids(tmp_path):
    root = write_site(tmp_path, {
        "2020-01-01-same.md": post_text("First"),
        "2020-01-02-other.md": post_text("Second", permalink="/news/same/"),
        "_posts/sub/2020-01-01-same.md": post_text("Third"),
    }, BASIC_CONFIG)
    site = load(root)
    assert sorted(p.title for p in site.posts) == ["First", "Second", "Third"]
    ids = [p.id for p in site.posts]
    assert len(ids) == len(set(ids))
    assert "tag:example.org,2020-01-01:same-2" in ids
    assert sum("same URL" in m for m in messages(site, "warning")) == 2


def test_impossible_yaml_date_is_an_error_and_the_file_name_date_is_used(tmp_path):
    root = write_site(tmp_path, {
        "2024-01-01-good.md": post_text("Good"),
        "2024-01-02-bad.md": "---\ntitle: Bad\ndate: 2024-02-30\n---\nx\n",
    }, BASIC_CONFIG)
    site = load(root)
    assert [p.title for p in site.posts] == ["Bad", "Good"]
    assert site.posts[0].published == datetime(2024, 1, 2, tzinfo=STOCKHOLM)
    assert any(m.startswith("_posts/2024-01-02-bad.md:3: error: date: '2024-02-30' is not a "
                            "real date") for m in messages(site, "error"))


def test_drafts_are_dated_as_jekyll_dates_them_and_wait_for_their_time_too(tmp_path):
    config = BASIC_CONFIG + "defaults:\n- scope: {type: posts}\n  values: {lang: fi}\n"
    root = write_site(tmp_path, {"_drafts/idea.md": post_text("Idea"),
                                 "_drafts/2023-05-06-dated.md": post_text("Dated")}, config)
    site = load(root, drafts=True, now=datetime.now(STOCKHOLM) + timedelta(minutes=1))
    drafts = {post.title: post for post in site.posts}
    # a dated draft: the date and slug of its name; an undated one: its file's time
    assert drafts["Dated"].published == datetime(2023, 5, 6, tzinfo=STOCKHOLM)
    assert drafts["Dated"].url.endswith("/dated/")
    assert drafts["Idea"].published.date() == datetime.now(STOCKHOLM).date()
    assert {post.lang for post in site.posts} == {"fi"}  # a draft is one of the posts
    pinned = load(root, drafts=True, now=datetime(2001, 1, 1, tzinfo=STOCKHOLM))
    assert pinned.posts == ()  # dated after now, as Jekyll hides them
    assert {p.title for p in load(root, drafts=True, future=True,
                                  now=datetime(2001, 1, 1, tzinfo=STOCKHOLM)).posts} == {
        "Idea", "Dated"}


@pytest.mark.parametrize(("setting", "words"), [
    ("timezone: Europe", "unknown timezone Europe: use an IANA name"),
    ("timezone: 42", "unknown timezone 42: use an IANA name"),
    ("timezone: [a]", "timezone must be text, not a list; the default is used"),
    ("title: {a: b}", "title must be text, not a mapping"),
    ("herald:\n  default_event_duration: -30", "default_event_duration=-30 is not a duration"),
    ("herald:\n  default_event_duration: 0", "default_event_duration=0 is not a duration"),
    ("herald:\n  default_event_duration: 99999999999999", "is not a duration"),
])
def test_bad_site_settings_are_reported_and_defaults_used(tmp_path, setting, words):
    root = write_site(tmp_path, {"2021-02-01-p.md": post_text("P")},
                      "title: T\nurl: https://example.org\n" + setting + "\n")
    site = load(root)
    assert [p.title for p in site.posts] == ["P"]
    assert any(words in str(problem) for problem in site.problems), site.problems
    assert site.config.default_event_duration_minutes == 60


def test_an_unreadable_post_is_an_error_and_the_others_are_built(tmp_path, monkeypatch):
    root = write_site(tmp_path, {"2021-02-01-ok.md": post_text("OK"),
                                 "2021-02-02-locked.md": post_text("Locked")}, BASIC_CONFIG)
    locked = root / "_posts" / "2021-02-02-locked.md"
    locked.chmod(0)
    real_open = builtins.open

    def refusing_open(file, *args, **kwargs):  # root may read anything: refuse as the OS would
        if os.fspath(file) == str(locked):
            raise PermissionError(13, "Permission denied", str(file))
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", refusing_open)
    site = load(root)
    assert [p.title for p in site.posts] == ["OK"]
    assert "_posts/2021-02-02-locked.md: error: cannot read the file: Permission denied" in [
        str(p) for p in site.problems]


def test_post_files_skip_hidden_and_underscore_folders_and_never_enter_linked_ones(tmp_path):
    posts = tmp_path / "site" / "_posts"
    for rel in ("2020-01-02-b.md", "2020-01-01-a.md", "sub/deeper/2020-01-03-c.md",
                ".hidden/2020-01-04-d.md", "_under/2020-01-05-e.md", "notes.md"):
        (posts / rel).parent.mkdir(parents=True, exist_ok=True)
        (posts / rel).write_text(post_text("x"), encoding="utf-8")
    (posts / "2020-02-02-a-folder.md").mkdir()  # named like a post: listed, to be reported
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "2020-03-03-x.md").write_text(post_text("x"), encoding="utf-8")
    (posts / "linked").symlink_to(elsewhere)
    (posts / "2020-04-04-linked-folder.md").symlink_to(elsewhere)
    (posts / "2020-05-05-broken.md").symlink_to(tmp_path / "nothing")
    (posts / "loop").symlink_to(posts)
    drafts = tmp_path / "site" / "_drafts"
    drafts.mkdir()
    (drafts / "a-draft.md").write_text(post_text("x"), encoding="utf-8")
    scan = scan_site(tmp_path / "site", Layout(), drafts=True)
    assert scan.posts == (
        "_posts/2020-01-01-a.md", "_posts/2020-01-02-b.md", "_posts/2020-02-02-a-folder.md",
        "_posts/2020-04-04-linked-folder.md", "_posts/2020-05-05-broken.md",
        "_posts/sub/deeper/2020-01-03-c.md")
    assert scan.drafts == ("_drafts/a-draft.md",)
    assert scan_site(tmp_path / "site", Layout(), drafts=False).drafts == ()


def test_a_linked_post_is_dated_by_the_commit_of_the_file_it_links_to(tmp_path):
    root = write_site(tmp_path / "site", {"2020-01-02-b.md": post_text("B", date="2020-01-02")},
                      BASIC_CONFIG)
    env = {"GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@e", "GIT_COMMITTER_NAME": "t",
           "GIT_COMMITTER_EMAIL": "t@e", "HOME": str(tmp_path), "PATH": "/usr/bin:/bin"}

    def commit(when: str) -> None:
        dated = {**env, "GIT_AUTHOR_DATE": when, "GIT_COMMITTER_DATE": when}
        for args in (["add", "."], ["commit", "-qm", when]):
            subprocess.run(["git", *args], cwd=root, env=dated, check=True)

    subprocess.run(["git", "init", "-q"], cwd=root, env=env, check=True)
    commit("2022-03-04T05:06:07Z")
    (root / "_posts" / "2020-01-03-link.md").symlink_to("2020-01-02-b.md")
    commit("2023-01-01T00:00:00Z")
    posts = {p.path: p for p in load(root).posts}
    assert posts["_posts/2020-01-03-link.md"].last_change == datetime(2022, 3, 4, 5, 6, 7,
                                                                   tzinfo=ZoneInfo("UTC"))
    linked = posts["_posts/2020-01-03-link.md"]
    assert posts["_posts/2020-01-02-b.md"].last_change == linked.last_change


def test_a_warning_about_a_value_from_defaults_names_the_setting_that_gave_it(tmp_path):
    config = BASIC_CONFIG + ("defaults:\n  - scope: {path: ''}\n    values: {title: x}\n"
                             "  - scope: {path: _posts}\n    values: {image: 'javascript:x'}\n")
    root = write_site(tmp_path, {"2024-01-01-a.md": post_text("A"),
                                 "2024-01-02-b.md": post_text("B", image="'javascript:y'")},
                      config)
    found = messages(load(root), "warning")
    assert any("image javascript:x is not an http(s) or relative URL" in message and
               message.endswith(f"(the value is set in {root / '_config.yml'} by "
                                "defaults[1].values.image)") for message in found), found
    assert any("image javascript:y" in message and "defaults" not in message
               for message in found), found


def test_hugos_json_front_matter_is_read_and_a_json_file_stays_static(tmp_path):
    page = ('{\n   "date": "2024-09-24",\n   "meetingdate": "2024-10-24T19:00+02:00",\n'
            '   "title": "Proxmox",\n   "location": "Online"\n}\n\n## Heute schauen wir uns '
            "Proxmox an\n")
    data = '{\n  "name": "not a page"\n}\n'
    root = write_site(tmp_path, {"_events/2024-10-24_Proxmox.md": page, "_events/feed.json": data},
                      BASIC_CONFIG + "collections:\n  events:\n    output: true\n")
    site = load(root)
    (event_page,) = site.collections["events"]
    assert (event_page.path, event_page.title) == ("_events/2024-10-24_Proxmox.md", "Proxmox")
    assert "_events/feed.json" not in site.sources
    result = herald.events(root, now=NOW)
    assert [event.start for event, _ in result.events] == [
        datetime(2024, 10, 24, 19, tzinfo=ZoneInfo("Europe/Stockholm"))]
