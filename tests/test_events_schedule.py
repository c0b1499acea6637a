"""Which events a build's schedule takes from each post (derive/schedule.py)."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

import herald
from conftest import write_site
from herald.derive.schedule import front_matter_prose, lead_text

OSLO = ZoneInfo("Europe/Oslo")
NOW = datetime(2030, 1, 1, tzinfo=OSLO)
ENGLISH = """\
---
title: {title}
---
We will have talks about Perl and the community, and you are welcome to join us for the
conversation. It is free and open to all who want to come along to the pub with us.
"""
NORWEGIAN = """\
---
title: Årsmøtet 2009
---
Oslo.pm har sitt årsmøte torsdag 26. mai 2011 klokken 18:30. Vi treffes på kontoret,
og det er ikke nødvendig å melde seg på. Vi har saker som skal behandles og det blir
også valg av styre for det neste året.
"""


def event_starts(root: Path, posts: dict[str, str], config: str) -> list:
    """The starts of the events a small site of `posts` gives (a build at NOW)."""
    return [event.start for event, _ in herald.events(write_site(root, posts, config),
                                                      now=NOW).events]


def test_a_post_without_lang_is_read_in_the_language_it_is_written_in(tmp_path) -> None:
    posts = {f"2009-0{n}-01-talk-{n}.md": ENGLISH.format(title=f"Talk {n}") for n in (1, 2, 3)}
    posts["2011-05-20-arsmote.md"] = NORWEGIAN
    site = write_site(tmp_path / "site", posts, "title: Oslo.pm\ntimezone: Europe/Oslo\n")
    result = herald.events(site, now=NOW)
    starts = [event.start for event, post in result.events if post.path.endswith("arsmote.md")]
    assert starts == [datetime(2011, 5, 26, 18, 30, tzinfo=OSLO)]


def test_a_posts_own_lang_decides_how_it_is_read(tmp_path) -> None:
    # Norwegian text, but the post says it is English: herald takes the author's word, and
    # English has no month "mai"
    posts = {"2011-05-20-arsmote.md": NORWEGIAN.replace("title:", "lang: en\ntitle:")}
    site = write_site(tmp_path / "site", posts, "title: Oslo.pm\ntimezone: Europe/Oslo\n")
    result = herald.events(site, now=NOW)
    assert result.events == ()


def test_code_in_a_post_does_not_decide_its_language(tmp_path) -> None:
    code = "```\n# read the file and print the result for the user\nprint(open(path).read())\n```\n"
    posts = {f"2009-0{n}-01-talk-{n}.md": ENGLISH.format(title=f"Talk {n}") for n in (1, 2, 3)}
    posts["2011-05-20-arsmote.md"] = NORWEGIAN + "\n" + code
    site = write_site(tmp_path / "site", posts, "title: Oslo.pm\ntimezone: Europe/Oslo\n")
    result = herald.events(site, now=NOW)
    starts = [event.start for event, post in result.events if post.path.endswith("arsmote.md")]
    assert starts == [datetime(2011, 5, 26, 18, 30, tzinfo=OSLO)]


def test_the_sites_own_lang_decides_how_its_posts_are_read(tmp_path) -> None:
    posts = {"2011-05-20-arsmote.md": NORWEGIAN}
    site = write_site(tmp_path / "site", posts, "title: Oslo.pm\ntimezone: Europe/Oslo\nlang: en\n")
    assert herald.events(site, now=NOW).events == ()


STOCKHOLM_SITE = "title: Gnistor\nlang: sv\ntimezone: Europe/Stockholm\n"
PROTEST = """\
---
title: Protest mot hyreshöjningarna
date: {date}
---
Den 10 december samlas vi till protest på torget. Välkommen!
"""


@pytest.mark.parametrize(
    ("written", "hour"),
    [("2022-12-10 14:00:00", 14), ("2022-12-10 14:00:00 +0000", 15)],
    ids=["zoneless", "in UTC"],
)
def test_an_event_dated_by_its_posts_time_starts_at_that_time_as_its_author_wrote_it(
    tmp_path, written: str, hour: int
) -> None:
    # Jekyll reads both as 14:00 UTC (15:00 in Stockholm) for the feeds; a zoneless time is
    # the author's wall clock, so the event it dates starts at 14:00; one in UTC at 15:00
    posts = {"2022-12-10-protest.md": PROTEST.format(date=written)}
    site = write_site(tmp_path / "site", posts, STOCKHOLM_SITE)
    result = herald.events(site, now=NOW)
    stockholm = ZoneInfo("Europe/Stockholm")
    assert [event.start for event, _ in result.events] == [
        datetime(2022, 12, 10, hour, 0, tzinfo=stockholm)
    ]
    assert [post.published for _, post in result.events] == [
        datetime(2022, 12, 10, 15, 0, tzinfo=stockholm)
    ]


@pytest.mark.parametrize(
    "written",
    ["2022-12-10 14:00:00", "2022-12-10 14:00:00 +0000"],
    ids=["zoneless", "in UTC"],  # 14:00 to the author; 15:00 on the site's clock to Jekyll
)
def test_a_post_dated_by_its_events_start_keeps_the_event(tmp_path, written: str) -> None:
    post = PROTEST.format(date=written).replace(
        "Den 10 december samlas vi", "**När: 10 december, kl. 14:00 - 16:00**\n\nVi samlas")
    site = write_site(tmp_path / "site", {"2022-12-10-protest.md": post}, STOCKHOLM_SITE)
    result = herald.events(site, now=NOW)
    stockholm = ZoneInfo("Europe/Stockholm")
    assert [(event.start, event.end) for event, _ in result.events] == [
        (datetime(2022, 12, 10, 14, 0, tzinfo=stockholm),
         datetime(2022, 12, 10, 16, 0, tzinfo=stockholm))
    ]


def test_lead_text_reads_lead_keys_of_any_case_and_separator() -> None:
    meta = {"title": "Generalforsamlingen", "ingress_Short": "Mandag 18. april er dagen.",
            "Excerpt": "Kom!", "tags": ["x"], "author": "Signe"}
    assert lead_text(meta) == "Kom!\n\nMandag 18. april er dagen."


def test_lead_text_reads_a_themes_subheadline() -> None:
    # (Feeling Responsive's `subheadline`: "Save the date" over "Op 16 & 17 mei ...")
    assert lead_text({"title": "Uitstap naar Bonn", "subheadline": "Save the date"}) == (
        "Save the date")


PAGE_BUILDER = """\
---
title: 2023-24 AGM Invite
og-desc: Annual General Meeting at The Worlds End, Mulbarton
sections:
  - paragraphs:
      - hdr: Annual General Meeting
      - hdr: Tuesday 14th May
        hdr-lvl: x
        sentences:
          - txt: Meeting starts at **7.30pm** at [The Worlds End](https://theworldsendpub.co.uk).
      - hdr: Agenda
        list: ol
        sentences:
          - txt: Election of officers
---
"""


def test_a_post_whose_text_is_all_in_front_matter_blocks_is_read_from_them(tmp_path) -> None:
    site = write_site(tmp_path / "site", {"2024-04-23-agm-invite.md": PAGE_BUILDER},
                      "title: NUAC\ntimezone: Europe/London\n")
    result = herald.events(site, now=NOW)
    london = ZoneInfo("Europe/London")
    assert [event.start for event, _ in result.events] == [datetime(2024, 5, 14, 19, 30,
                                                                    tzinfo=london)]


def test_front_matter_prose_takes_block_texts_in_order_and_headings_as_headings() -> None:
    meta = {"title": "Not this", "tags": ["a b"], "sections": [
        {"hdr": "Tuesday 14th May", "sentences": [{"txt": "Meeting starts at 7.30pm."}],
         "hdr-lvl": "x", "link": "https://example.org/a b"}]}
    assert front_matter_prose(meta) == "## Tuesday 14th May\n\nMeeting starts at 7.30pm."


def test_a_content_managers_text_in_front_matter_is_read_as_the_body(tmp_path) -> None:
    # (Netlify CMS and the like keep a page's whole text under `content:`)
    post = ("---\ntitle: Burgerinitiatief N65\ndate: 2020-05-03T05:16:14Z\nstatus: 1\n"
            "content: >-\n  #### TV reportage\n\n\n  **Aflevering 1 op zondag 3 mei 16:00 uur:"
            " Verkeer en veiligheid.**\n---\n")
    site = write_site(tmp_path / "site", {"2020-05-03-n65.md": post},
                      "title: Vught\nlang: nl\ntimezone: Europe/Amsterdam\n")
    result = herald.events(site, now=datetime(2020, 5, 4, tzinfo=ZoneInfo("UTC")))
    assert [event.start for event, _ in result.events] == [
        datetime(2020, 5, 3, 16, tzinfo=ZoneInfo("Europe/Amsterdam"))]
    assert front_matter_prose({"content": "Hi", "text": "Read more here"}) == "Read more here"


def test_a_post_with_a_body_is_not_read_from_its_front_matter_blocks(tmp_path) -> None:
    text = PAGE_BUILDER + "We meet at the pub soon.\n"
    site = write_site(tmp_path / "site", {"2024-04-23-agm-invite.md": text},
                      "title: NUAC\ntimezone: Europe/London\n")
    assert herald.events(site, now=NOW).events == ()


def test_events_are_found_in_the_text_liquid_renders(tmp_path) -> None:
    # the day stands in a front matter key that is no event key, put in the text by Liquid;
    # `render_with_liquid: false` keeps the text as written, where the day is not
    post = ("---\ntitle: Meeting four\nwhen_text: Nov 29th 2006\n{extra}---\n"
            "Our fourth meeting will be held {{{{ page.when_text }}}}, from 7pm to 9pm, in the "
            "back room of the bistro.\n")
    posts = {"2006-11-20-four.md": post.format(extra=""),
             "2006-11-21-raw.md": post.format(extra="render_with_liquid: false\n")}
    site = write_site(tmp_path / "site", posts, "title: Hackers\ntimezone: America/Chicago\n")
    result = herald.events(site, now=NOW)
    chicago = ZoneInfo("America/Chicago")
    assert [(event.start, post.path) for event, post in result.events] == [
        (datetime(2006, 11, 29, 19, tzinfo=chicago), "_posts/2006-11-20-four.md")
    ]


def test_a_meetups_programme_at_its_posts_own_time_is_its_event(tmp_path) -> None:
    # dated 19:00 +0200 (20:00 in an Israeli August): the programme from 19:00 is the
    # meetup the post is dated by, not a time gone by
    post = ("---\ntitle: Our very first meetup\ndate: 2015-08-25 19:00:00 +0200\n---\n"
            "The first meetup of our group!\n\n* 19:00-19:15 : Mingling\n"
            "* 19:15-20:15 : Allocators (lecture)\n* 20:15-21:00 : Mingling\n")
    site = write_site(tmp_path / "site", {"2015-08-25-first.md": post},
                      "title: Kernel\ntimezone: Asia/Jerusalem\n")
    result = herald.events(site, now=NOW)
    jerusalem = ZoneInfo("Asia/Jerusalem")
    assert [(event.start, event.end) for event, _ in result.events] == [
        (datetime(2015, 8, 25, 19, tzinfo=jerusalem), datetime(2015, 8, 25, 21, tzinfo=jerusalem))
    ]


@pytest.mark.parametrize("written", ["2025-09-14T22:00:00.000Z", "2025-09-15 and 2025-09-16"])
def test_a_utc_time_or_an_unreadable_date_leaves_the_posts_day_as_it_is(tmp_path,
                                                                         written) -> None:
    # 22:00 UTC is midnight in Stockholm: the day the text names is the post's own (no event)
    post = (f"---\ntitle: Dagen för demokrati\ndate: {written}\n---\n"
            "Den 15 september är det Internationella dagen för demokrati, en påminnelse om "
            "vikten av deltagande.\n")
    site = write_site(tmp_path / "site", {"2025-09-15-dagen.md": post},
                      "title: Lab\nlang: sv\ntimezone: Europe/Stockholm\n")
    assert not herald.events(site, now=NOW).events


@pytest.mark.parametrize(("collection", "found"), [("news", 1), ("clients", 0)])
def test_a_news_collections_documents_are_read_for_events_as_posts_are(tmp_path, collection,
                                                                       found) -> None:
    doc = ("---\ntitle: Reminder\ndate: 2015-01-16\n---\nThe young singer competition is "
           "tomorrow, Saturday 17th January, at 2.00pm. Come along!\n")
    site = write_site(tmp_path / "site", {f"_{collection}/2015-01-16-reminder.md": doc},
                      f"title: Festival\ntimezone: Europe/London\ncollections:\n  {collection}:\n"
                      "    output: true\n")
    assert len(herald.events(site, now=NOW).events) == found


EVENTS_CONFIG = ("title: Skolan\nlang: sv\ntimezone: Europe/Helsinki\ncollections:\n"
                 "  evenemang:\n    output: true\n")


def test_an_event_pages_date_of_writing_gives_way_to_the_day_its_text_names(tmp_path) -> None:
    page = ("---\ntitle: Höstbasar\ndate: 2019-11-01T20:48:25+02:00\n---\nDen traditionella "
            "höstbasaren ordnas lördagen den 9.11 klockan 13-15.\n")
    site = write_site(tmp_path / "site", {"_evenemang/hostbasar.md": page}, EVENTS_CONFIG)
    helsinki = ZoneInfo("Europe/Helsinki")
    assert [(event.start, event.end) for event, _ in herald.events(site, now=NOW).events] == [
        (datetime(2019, 11, 9, 13, tzinfo=helsinki), datetime(2019, 11, 9, 15, tzinfo=helsinki))
    ]


def test_an_event_page_that_names_its_own_day_keeps_it_beside_later_parts(tmp_path) -> None:
    # (a guard: a course's first part, dated by its page, lists the parts after it)
    page = ("---\ntitle: Kurs del 1\ndate: 2020-03-26 18:00:00 +0200\n---\nKursen har fyra "
            "delar: del 1 den 26 mars, del 2 den 2 april och del 3 den 16 april.\n")
    site = write_site(tmp_path / "site", {"_evenemang/kurs.md": page}, EVENTS_CONFIG)
    starts = [event.start.date() for event, _ in herald.events(site, now=NOW).events]
    assert starts == [datetime(2020, 3, 26).date()]


def test_a_posts_list_of_other_posts_and_its_highlighted_code_are_no_events(tmp_path) -> None:
    posts = {
        "2024-01-10-welcome.md": "---\ntitle: Welcome\n---\nWelcome! Our latest posts:\n\n"
                                 "{% for p in site.posts limit: 3 %}- {{ p.date | date: '%-d %B "
                                 "%Y' }}: {{ p.title }}\n{% endfor %}\n\n{% highlight shell %}\n"
                                 "$ git log\nDate: Sat Mar 2 10:00:00 2024 +0100\n"
                                 "{% endhighlight %}\n",
        "2024-02-01-quiz.md": "---\ntitle: Quiz night\n---\nJoin us for the quiz on Friday 16 "
                              "February at 19:00.\n",
        "2024-05-20-news.md": "---\ntitle: News\n---\nWe have a new board.\n",
    }
    site = write_site(tmp_path / "site", posts, "title: Club\ntimezone: Europe/Oslo\n")
    events = herald.events(site, now=NOW).events
    assert [post.path for _, post in events] == ["_posts/2024-02-01-quiz.md"]


def test_a_post_dated_by_its_event_keeps_its_date_beside_a_later_one(tmp_path) -> None:
    post = ("---\ntitle: Autumn meetup\npublishDate: 2025-09-01\ndate: 2025-09-24\n---\n"
            "Our autumn meetup with talks and pizza. The winter meetup follows on 22 October "
            "at 18:00.\n")
    starts = event_starts(tmp_path / "site", {"2025-09-01-meetup.md": post},
                          "title: Club\ntimezone: Europe/Oslo\n")
    assert starts == [datetime(2025, 9, 24).date()]


def test_a_loop_over_the_sites_data_is_read_for_events(tmp_path) -> None:
    post = ("---\ntitle: Meetups\n---\nOur next meetups:\n\n{% for m in site.data.meetups %}"
            "- {{ m.date }} at {{ m.time }}: {{ m.title }} meetup\n{% endfor %}\n")
    site = write_site(tmp_path / "site", {"2024-01-20-meetups.md": post},
                      "title: Club\ntimezone: Europe/Oslo\n")
    (site / "_data").mkdir()
    (site / "_data" / "meetups.yml").write_text(
        "- {date: 'Tuesday 6 February 2024', time: '18:00', title: Winter}\n", encoding="utf-8")
    starts = [event.start for event, _ in herald.events(site, now=NOW).events]
    assert starts == [datetime(2024, 2, 6, 18, tzinfo=OSLO)]


def test_all_day_false_lets_the_text_time_the_day(tmp_path) -> None:
    doc = ("---\ntitle: Autumn meetup\ndate: 2025-09-24\nall_day: false\n---\nOur autumn "
           "meetup is on 24 September at 18:00, with talks and pizza.\n")
    starts = event_starts(tmp_path / "site", {"_events/meetup.md": doc},
                          "title: Club\ntimezone: Europe/Oslo\ncollections:\n  events:\n"
                          "    output: true\n")
    assert starts == [datetime(2025, 9, 24, 18, tzinfo=OSLO)]


def test_a_posts_language_key_names_the_grammar_its_text_is_read_with(tmp_path) -> None:
    # (an English paragraph beside the German one; the site names no `lang`)
    doc = ("---\ntitle: Meet-up zum Klavierspielen\nlanguage: de\nevent_date: 2025-01-10\n---\n"
           "Wir treffen uns zum gemeinsam Klavier Spielen am 10. Jänner 2025, 19 Uhr.\n\n"
           "We will meet up to play the piano together in a casual setting. Everyone is "
           "welcome to play or just to listen, beginners as well as professionals.\n")
    starts = event_starts(tmp_path / "site", {"_posts/2024-12-20-meetup.md": doc},
                          "title: KlavierFreude\ntimezone: Europe/Vienna\n")
    assert starts == [datetime(2025, 1, 10, 19, tzinfo=ZoneInfo("Europe/Vienna"))]


def test_an_event_pages_date_to_the_second_is_when_it_was_written(tmp_path) -> None:
    # (`hugo new` stamps the page; with no day in its text it announces none)
    tbd = ("---\ntitle: Meetup December\ndate: 2019-11-25T10:56:52+05:30\n---\nTime: TBD\n\n"
           "Venue: TBD\n")
    dated = ("---\ntitle: Meetup February\ndate: 2020-02-06T09:17:07+05:30\n---\nOur next "
             "meetup is on Saturday 29 February at 3pm in the clubhouse.\n")
    on_time = "---\ntitle: Meetup March\ndate: 2020-03-14T15:00:00+05:30\n---\nTalks.\n"
    site = write_site(tmp_path / "site", {"_meetups/december.md": tbd,
                                          "_meetups/february.md": dated,
                                          "_meetups/march.md": on_time},
                      "title: Tech talks\ntimezone: Asia/Kolkata\nlang: en\ncollections:\n"
                      "  meetups:\n    output: true\n")
    events = herald.events(site, now=NOW).events
    kolkata = ZoneInfo("Asia/Kolkata")
    assert sorted((post.path, event.start) for event, post in events) == [
        ("_meetups/february.md", datetime(2020, 2, 29, 15, tzinfo=kolkata)),
        ("_meetups/march.md", datetime(2020, 3, 14, 15, tzinfo=kolkata))]


def test_a_sites_default_language_key_does_not_override_a_swedish_post(tmp_path) -> None:
    doc = ("---\ntitle: Årsmöte i föreningen\n---\nVälkommen till årsmöte på lördag klockan "
           "14 i föreningslokalen. Alla medlemmar är välkomna och vi bjuder på fika. Det är "
           "viktigt att så många som möjligt kommer, för vi ska välja en ny styrelse och det "
           "finns också flera motioner att ta ställning till.\n")
    starts = event_starts(tmp_path / "site", {"_posts/2024-04-08-arsmote.md": doc},
                          "title: Föreningen\ntimezone: Europe/Stockholm\ndefaults:\n  - scope:\n"
                          "      path: ''\n    values:\n      language: en\n")
    assert starts == [datetime(2024, 4, 13, 14, tzinfo=ZoneInfo("Europe/Stockholm"))]


def test_an_event_pages_date_picked_to_the_second_on_the_five_minutes_is_its_event(
        tmp_path) -> None:
    doc = "---\ntitle: Talks\ndate: 2020-03-14T19:00:37+01:00\n---\nAn evening of talks.\n"
    starts = event_starts(tmp_path / "site", {"_events/talks.md": doc},
                          "title: Club\ntimezone: Europe/Oslo\nlang: en\ncollections:\n  events:\n"
                          "    output: true\n")
    assert starts == [datetime(2020, 3, 14, 19, 0, 37, tzinfo=OSLO)]


def test_a_hugo_stamp_on_the_five_minutes_is_still_a_stamp(tmp_path) -> None:
    tbd = "---\ntitle: Meetup\ndate: 2019-11-25T10:55:52+05:30\n---\nTime: TBD\n\nVenue: TBD\n"
    site = write_site(tmp_path / "site", {"_meetups/december.md": tbd},
                      "title: Tech talks\ntimezone: Asia/Kolkata\nlang: en\ncollections:\n"
                      "  meetups:\n    output: true\n")
    assert list(herald.events(site, now=NOW).events) == []


def test_a_folders_default_language_names_its_posts_grammar(tmp_path) -> None:
    doc = ("---\ntitle: Meet-up zum Klavierspielen\nevent_date: 2025-01-10\n---\nWir treffen "
           "uns zum Klavier Spielen am 10. Jänner 2025, 19 Uhr.\n\nWe will meet up to play the "
           "piano together in a casual setting. Everyone is welcome to play or just to listen, "
           "beginners as well as professionals.\n")
    starts = event_starts(tmp_path / "site", {"_posts/de/2024-12-20-meetup.md": doc},
                          "title: KlavierFreude\ntimezone: Europe/Vienna\ndefaults:\n  - scope:\n"
                          "      path: _posts/de\n    values:\n      language: de\n")
    assert starts == [datetime(2025, 1, 10, 19, tzinfo=ZoneInfo("Europe/Vienna"))]


def test_a_day_after_its_publish_date_is_an_event_only_where_the_post_names_one(
        tmp_path) -> None:
    devotion = ("+++\ntitle = 'Ein guter Vorsatz'\npublishDate = 2023-12-31\ndate = 2024-01-03\n"
                "+++\n## Jahreslosung für 2024\n\nDas neue Jahr liegt vor uns.\n")
    meetup = ("---\ntitle: Autumn meetup\npublishDate: 2025-09-01\ndate: 2025-09-24\n---\n"
              "Talks and pizza.\n")
    starts = event_starts(tmp_path / "site", {"2024-01-03-vorsatz.md": devotion,
                                              "2025-09-01-meetup.md": meetup},
                          "title: Gemeinde\ntimezone: Europe/Berlin\n")
    assert starts == [date(2025, 9, 24)]


def test_a_post_naming_its_venue_is_the_event_of_its_own_date(tmp_path) -> None:
    talk = ('---\nlayout: post\ntitle: "Pattern Matching in an Open World"\nauthors: "Weixin"\n'
            'date: 2018-05-04 10:00:00 +0800\nvenue: "CB 328"\n---\n## Abstract\n'
            "Pattern matching is a pervasive feature of functional programming.\n")
    paper = ('---\ntitle: "Pattern Matching"\ndate: 2018-05-04 10:00:00 +0800\nvenue: "ECOOP"\n'
             "---\nThe paper.\n")
    site = write_site(tmp_path / "site", {"_posts/2018-05-04-talk.md": talk,
                                          "_publications/2018-05-04-paper.md": paper},
                      "title: Seminar\ntimezone: Asia/Hong_Kong\ncollections:\n  publications:\n"
                      "    output: true\n")
    events = herald.events(site, now=NOW).events
    assert [(event.start, post.path) for event, post in events] == [
        (datetime(2018, 5, 4, 10, tzinfo=ZoneInfo("Asia/Hong_Kong")), "_posts/2018-05-04-talk.md")]


def test_a_post_in_an_event_category_dated_to_its_time_is_that_event(tmp_path) -> None:
    post = ("---\nlayout: post\ntitle: Coffee Morning\ndate: 2014-07-30 10:30\n"
            "categories: events coffeemorning\n---\nOur next coffee morning will be held in the "
            "Tea Room (G12) at 10:30am.\n")
    starts = event_starts(tmp_path / "site", {"2014-07-30-coffee-morning.md": post},
                          "title: Society\ntimezone: Europe/London\n")
    assert starts == [datetime(2014, 7, 30, 10, 30, tzinfo=ZoneInfo("Europe/London"))]


def test_a_post_that_names_its_place_and_says_the_time_it_is_dated_to_is_that_event(
        tmp_path) -> None:
    walk = ("---\nlayout: post\ntitle: Quarry walk\nlocation: Quarry car park, Hill Lane\n"
            "date: '2009-03-14 10:30:00'\n---\nA morning among the old workings. Meet at "
            "10.30 a.m. at the car park; boots are a must.\n")
    diary = ("---\ntitle: Our new office\nlocation: Hill Lane\ndate: '2009-03-20 10:30:00'\n"
             "---\nWe moved into the new office this week.\n")
    starts = event_starts(tmp_path / "site", {"2009-03-14-quarry.md": walk,
                                              "2009-03-20-office.md": diary},
                          "title: Society\ntimezone: Europe/London\n")
    assert starts == [datetime(2009, 3, 14, 10, 30, tzinfo=ZoneInfo("Europe/London"))]


def test_an_event_collections_page_that_tells_of_its_event_gone_by_is_no_event(tmp_path) -> None:
    recap = ("---\ntitle: Harbour photo walk\ndate: 2019-05-12T12:00:00Z\n---\n"
             "We met at the ferry terminal and walked along the harbour. The light was soft and "
             "everyone found a subject. We talked about framing, tried long exposures and ended "
             "the day with coffee. Thanks to all who came; the pictures were wonderful.\n")
    invitation = ("---\ntitle: Night walk\ndate: 2019-06-20T12:00:00Z\n---\n"
                  "Join us for a walk through the old town. Bring a tripod; we will meet at the "
                  "fountain.\n")
    site = write_site(tmp_path / "site", {"_events/harbour.md": recap,
                                          "_events/night.md": invitation},
                      "title: Club\ntimezone: UTC\ncollections:\n  events:\n    output: true\n")
    result = herald.events(site, now=NOW)
    assert [post.path for _, post in result.events] == ["_events/night.md"]
    assert [found.reason for found, post in result.candidates if post.path == "_events/harbour.md"
            ] == ["a write-up of its event, told in the past"]


def test_a_post_whose_layout_is_an_outings_is_the_event_of_its_date(tmp_path) -> None:
    trip = ("---\nlayout: field-trip\ntitle: Chalk pits of the downs\n"
            "date: '2009-04-18 10:00:00'\n---\nA day among the old chalk pits with a hand lens.\n")
    starts = event_starts(tmp_path / "site", {"2009-04-18-chalk.md": trip},
                          "title: Society\ntimezone: Europe/London\n")
    assert starts == [datetime(2009, 4, 18, 10, tzinfo=ZoneInfo("Europe/London"))]
