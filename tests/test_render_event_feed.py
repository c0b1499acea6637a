"""Event feeds: one entry per event, latest start first, for aggregators of happenings."""

from __future__ import annotations

import json
from pathlib import Path

import feedparser
import icalendar
import pytest

from conftest import BASIC_CONFIG, NOW, post_text, write_site
from herald.load.site import LoadOptions
from herald.pipeline import build

BASE = "https://digidemlab.org/"


def calendar_uids(path: Path) -> list[str]:
    calendar = icalendar.Calendar.from_ical(path.read_bytes())
    return [str(event["UID"]) for event in calendar.walk("VEVENT")]


@pytest.mark.parametrize("folder", ["", "themes/medborgarbudget/", "themes/participatory-budget/"])
def test_event_feed_holds_one_entry_per_calendar_event(example_out, folder):
    atom = feedparser.parse((example_out / folder / "events.atom").read_bytes())
    rss = feedparser.parse((example_out / folder / "events.rss").read_bytes())
    document = json.loads((example_out / folder / "events.json").read_text(encoding="utf-8"))
    assert atom.bozo == 0 and rss.bozo == 0
    uids = calendar_uids(example_out / folder / "calendar.ics")
    assert len(atom.entries) == len(rss.entries) == len(document["items"]) == len(uids)
    ids = [entry.id for entry in atom.entries]
    assert len(set(ids)) == len(ids)
    assert ids == [entry.id for entry in rss.entries] == [i["id"] for i in document["items"]]


def test_seed_event_entry_says_when_and_links_post_and_ics(example_out):
    atom = feedparser.parse((example_out / "events.atom").read_bytes())
    assert atom.feed.title == "Digidem Lab – Evenemang"
    entry = next(e for e in atom.entries if "Decidim" in e.title)
    assert entry.title.endswith("onsdag 3 mars 2021 kl. 09:00–09:50")
    assert entry.link == BASE + "news/webinar-om-decidim-3-mars/"
    ics = next(link.href for link in entry.links if link.type == "text/calendar")
    assert ics == BASE + "events/webinar-om-decidim-3-mars.ics"
    assert (example_out / ics[len(BASE):]).is_file()
    assert "När:" in entry.content[0].value
    assert "digital medborgardialog" in entry.content[0].value


def test_event_entries_are_ordered_latest_start_first(example_out):
    atom = feedparser.parse((example_out / "events.atom").read_bytes())
    assert [e.title.split(" – ")[0] for e in atom.entries] == [
        "Workshop om medborgarbudget i Angered", "Frukostwebbinarium om Decidim den 3 mars"]


def test_event_entry_ids_are_stable_when_other_posts_change(tmp_path):
    posts = {
        "2024-04-01-mote.md": post_text("Möte", "Vi träffas.", event="\n  start: 2024-05-02 10:00"),
    }
    root = write_site(tmp_path / "site", posts, BASIC_CONFIG)
    build(root, tmp_path / "a", LoadOptions(now=NOW))
    (root / "_posts" / "2024-04-02-annat.md").write_text(
        post_text("Annat", "Ett seminarium den 5 maj 2024 kl. 14.00–15.00."), encoding="utf-8")
    build(root, tmp_path / "b", LoadOptions(now=NOW))
    first = feedparser.parse((tmp_path / "a" / "events.atom").read_bytes()).entries
    second = feedparser.parse((tmp_path / "b" / "events.atom").read_bytes()).entries
    assert len(first) == 1 and len(second) == 2
    assert first[0].id in {entry.id for entry in second}


def test_english_site_gets_english_event_titles(tmp_path):
    config = BASIC_CONFIG.replace("lang: sv", "lang: en")
    event = "\n  start: 2024-05-02 18:00\n  end: 2024-05-02 19:30"
    posts = {"2024-04-01-meetup.md": post_text("Meetup", "Join us.", event=event)}
    root = write_site(tmp_path / "site", posts, config)
    build(root, tmp_path / "out", LoadOptions(now=NOW))
    entry = feedparser.parse((tmp_path / "out" / "events.atom").read_bytes()).entries[0]
    assert entry.title == "Meetup – Thursday 2 May 2024 18:00–19:30"
