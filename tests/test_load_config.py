"""Site settings: what a site leaves out or gets wrong is said, never silently guessed."""

from __future__ import annotations

import pytest

from conftest import NOW, post_text, write_site
from herald.load.config import PLACEHOLDER_URL, load_config, site_text
from herald.load.site import LoadOptions, load_site

SWEDISH = ("Vi bjuder in till en frukost om medborgarbudget och hur det fungerar i "
           "kommunen. Det är öppet för alla som vill vara med och vi kommer att prata om "
           "hur man kan delta, vad som har hänt och vad som händer nu. ") * 3


def problems(root, severity=None):
    config, found = load_config(root)
    return config, [str(p) for p in found if severity is None or p.severity == severity]


def test_without_url_the_cname_gives_the_address_as_github_pages_does(tmp_path):
    write_site(tmp_path, {}, "title: T\ntimezone: UTC\nlang: en\nurl: ''\n")
    (tmp_path / "CNAME").write_text("www.Example.org\n", encoding="utf-8")
    config, found = problems(tmp_path)
    assert (config.url, config.url_from) == ("https://www.example.org", "CNAME")
    assert found == []


def test_without_url_or_cname_base_url_gives_the_host(tmp_path):
    write_site(tmp_path, {}, "title: T\ntimezone: UTC\nlang: en\n")
    config, _ = load_config(tmp_path, {"base_url": "https://example.net/feeds"})
    assert (config.url, config.url_from) == ("https://example.net", "--base-url")


def test_without_any_address_an_error_says_how_to_fix_it_and_never_localhost(tmp_path):
    write_site(tmp_path, {}, "title: T\ntimezone: UTC\nlang: en\n")
    config, found = problems(tmp_path, "error")
    assert config.url == PLACEHOLDER_URL and "localhost" not in config.url
    assert len(found) == 1 and "no url: add `url: https://your.domain` to _config.yml, a " \
        "CNAME file, or pass --base-url" in found[0]


def test_a_cname_that_is_no_host_name_is_a_warning(tmp_path):
    write_site(tmp_path, {}, "title: T\ntimezone: UTC\nlang: en\n")
    (tmp_path / "CNAME").write_text("not a host!\n", encoding="utf-8")
    config, found = problems(tmp_path, "warning")
    assert config.url == PLACEHOLDER_URL
    assert any("CNAME: warning: CNAME holds not a host!" in line for line in found)


def test_missing_timezone_is_a_warning_and_utc_for_a_language_of_many_zones(tmp_path):
    root = write_site(tmp_path, {}, "title: T\nurl: https://e.org\nlang: en\n")
    site = load_site(root, LoadOptions(now=NOW))
    assert site.config.timezone == "UTC" and not site.config.timezone_given
    assert any(str(p) == f"{root / '_config.yml'}: warning: no timezone: times without an "
               "offset are read as UTC; set `timezone:` to an IANA name such as "
               "Europe/Stockholm" for p in site.problems)


@pytest.mark.parametrize(("lang", "zone"), [
    ("da", "Europe/Copenhagen"), ("de", "Europe/Berlin"), ("en-GB", "Europe/London"),
    ("sv-FI", "Europe/Helsinki")])
def test_missing_timezone_is_the_languages_zone_with_a_warning(tmp_path, lang, zone):
    root = write_site(tmp_path, {}, f"title: T\nurl: https://e.org\nlang: {lang}\n")
    site = load_site(root, LoadOptions(now=NOW))
    assert (site.config.timezone, site.config.event_timezone) == ("UTC", zone)
    assert any(f"no timezone: dates without an offset are read as UTC, as Jekyll reads them, "
               f"and events' times as {zone}'s, as the site is in {lang}" in str(p)
               for p in site.problems)


def test_missing_timezone_for_events_follows_the_language_the_posts_are_written_in(tmp_path):
    root = write_site(tmp_path, {f"2024-01-0{n}-p.md": post_text(f"P{n}", SWEDISH)
                                 for n in range(1, 4)}, "title: T\nurl: https://e.org\n")
    site = load_site(root, LoadOptions(now=NOW))
    assert (site.config.timezone, site.config.event_timezone) == ("UTC", "Europe/Stockholm")


@pytest.mark.parametrize(("line", "words"), [
    ("url: [a, b]", "url must be text, not a list; ignored"),
    ("title: {a: b}", "title must be text, not a mapping; the default is used"),
    ("description: [a]", "description must be text, not a list"),
    ("author: [a]", "author must be text or a mapping with a name"),
    ("collections: 3", "collections must be a list or a mapping"),
    ("defaults: {a: b}", "defaults must be a list"),
    ("herald: {tag_feeds: maybe}", "herald setting tag_feeds=maybe is not valid; using false"),
    ("exclude: vendor", "exclude must be a list of paths and patterns, not text"),
    ("kramdown: 3", "kramdown must be a mapping of kramdown's options, not a number"),
    ("collections: [events, 3]", "collections: [3] is not text; ignored"),
    ("lang: ../evil x", "lang ../evil x is not a language tag like sv or en-GB"),
])
def test_wrong_types_are_warnings_naming_the_file_and_key(tmp_path, line, words):
    write_site(tmp_path, {}, f"url: https://e.org\nlang: en\n{line}\n")
    _, found = problems(tmp_path)
    assert any(line.startswith(str(tmp_path / "_config.yml")) and words in line
               for line in found), found
    assert not any("{'" in line or "['" in line for line in found)  # no Python reprs


def test_a_folded_description_is_one_line(tmp_path):
    write_site(tmp_path, {}, "url: https://e.org\ndescription: >\n  Two\n  lines\n")
    config, _ = problems(tmp_path)
    assert config.description == "Two lines"


def test_without_lang_the_posts_language_is_the_sites_with_a_warning(tmp_path):
    root = write_site(tmp_path, {f"2024-01-0{n}-p.md": post_text(f"P{n}", SWEDISH)
                                 for n in range(1, 4)},
                      "title: T\nurl: https://e.org\ntimezone: Europe/Stockholm\n")
    site = load_site(root, LoadOptions(now=NOW))
    assert site.config.lang == "sv" and {post.lang for post in site.posts} == {"sv"}
    assert any("no lang: the posts are written in sv" in str(p) for p in site.problems)


def test_without_lang_and_too_little_text_english_is_said_not_silent(tmp_path):
    root = write_site(tmp_path, {"2024-01-01-p.md": post_text("P", "Hej.")},
                      "title: T\nurl: https://e.org\ntimezone: UTC\n")
    site = load_site(root, LoadOptions(now=NOW))
    assert site.config.lang == "en"
    assert any("no lang, and the posts do not tell" in str(p) for p in site.problems)


def test_jekylls_future_setting_publishes_future_posts(tmp_path):
    root = write_site(tmp_path, {"2099-01-01-later.md": post_text("Later")},
                      "title: T\nurl: https://e.org\ntimezone: UTC\nlang: en\nfuture: true\n")
    assert [p.title for p in load_site(root, LoadOptions(now=NOW)).posts] == ["Later"]


def test_jekylls_unpublished_setting_publishes_unpublished_posts(tmp_path):
    root = write_site(tmp_path, {"2021-01-01-hidden.md": post_text("Hidden", published="false")},
                      "title: T\nurl: https://e.org\ntimezone: UTC\nlang: en\nunpublished: true\n")
    assert [p.title for p in load_site(root, LoadOptions(now=NOW)).posts] == ["Hidden"]


@pytest.mark.parametrize("url", ["http://localhost:4000", "http://127.0.0.1/", "https://x.localhost"])
def test_a_local_url_is_never_published(tmp_path, url):
    write_site(tmp_path, {}, f"title: T\ntimezone: UTC\nlang: en\nurl: {url}\n")
    (tmp_path / "CNAME").write_text("example.org\n", encoding="utf-8")
    config, found = problems(tmp_path, "warning")
    assert (config.url, config.url_from) == ("https://example.org", "CNAME")
    assert any("is this computer's own address" in line for line in found)


def test_the_sites_language_tag_is_written_as_tags_are(tmp_path):
    write_site(tmp_path, {}, "title: T\nurl: https://e.org\ntimezone: UTC\nlang: SV_se\n")
    assert load_config(tmp_path)[0].lang == "sv-SE"


def test_per_language_title_and_description_are_read_and_bad_ones_said(tmp_path):
    write_site(tmp_path, {}, "title: Labbet\ndescription: Svensk text\nurl: https://e.org\n"
               "lang: sv\ntimezone: UTC\nherald:\n  languages:\n"
               "    en: {title: The Lab, description: English text, colour: red}\n"
               "    not a tag!: {title: x}\n")
    config, found = problems(tmp_path)
    assert config.languages == {"en": {"title": "The Lab", "description": "English text"}}
    assert site_text(config, "en-GB", "description") == "English text"
    assert site_text(config, "sv", "title") == "Labbet"
    assert site_text(config, "de", "description") == "Svensk text"
    assert any("herald.languages.en.colour: only `title` and `description`" in line
               for line in found)
    assert any("herald.languages.not a tag!: write a language tag" in line for line in found)
