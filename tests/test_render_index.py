"""index.html: every feed, calendar and event of the example site, parsed as HTML."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, timedelta
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest

from conftest import CONTENT, NOW, write_site
from herald.derive.schedule import one_per_uid, site_schedule, unique_slugs
from herald.load.site import LoadOptions, load_site
from herald.model import Event, Post, Site
from herald.plan.feeds import CALENDAR_NAME, EVENT_FEED_FORMATS, FEED_FORMATS, FeedSpec, feed_specs
from herald.render.index import PAST_LIMIT, TOPIC_LIST_MIN, UPCOMING_LIMIT, render_index

SEED_POST = "_posts/2021-02-03-webinar-om-decidim-3-mars.md"
WORKSHOP_POST = "_posts/2021-04-12-workshop-om-medborgarbudget.md"
VOID = {"meta", "link", "input", "br", "img", "hr", "source", "wbr"}


@dataclass
class Node:
    tag: str
    attrs: dict[str, str]
    children: list[Node | str] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "".join(c if isinstance(c, str) else c.text for c in self.children)

    def all(self, tag: str, **attrs: str) -> list[Node]:
        found = []
        for child in self.children:
            if isinstance(child, Node):
                if child.tag == tag and all(child.attrs.get(k) == v for k, v in attrs.items()):
                    found.append(child)
                found += child.all(tag, **attrs)
        return found


class TreeBuilder(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Node("#document", {})
        self.stack = [self.root]
        self.doctype = ""

    def handle_decl(self, decl: str) -> None:
        self.doctype = decl

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        node = Node(tag, {k: v or "" for k, v in attrs})
        self.stack[-1].children.append(node)
        if tag not in VOID:
            self.stack.append(node)

    def handle_endtag(self, tag: str) -> None:
        assert self.stack[-1].tag == tag, f"</{tag}> closes <{self.stack[-1].tag}>"
        self.stack.pop()

    def handle_data(self, data: str) -> None:
        self.stack[-1].children.append(data)


def parse(page: bytes) -> Node:
    builder = TreeBuilder()
    builder.feed(page.decode("utf-8"))
    builder.close()
    assert builder.doctype.lower() == "doctype html"
    assert builder.stack == [builder.root], "unclosed elements"
    return builder.root


@dataclass(frozen=True)
class Inputs:
    site: Site
    specs: list[FeedSpec]
    events: list[tuple[Event, Post]]
    event_files: dict[str, str]

    def render(self, now: datetime = NOW) -> bytes:
        return render_index(self.site, self.specs, self.events, self.event_files, now)


def inputs_for(root: Path) -> Inputs:
    site = load_site(root, LoadOptions(now=NOW))
    schedule = site_schedule(site)
    slugs = unique_slugs(post for _, post in schedule.events)
    return Inputs(site, feed_specs(site), one_per_uid(schedule.events, site.config.lang),
                  {path: f"events/{slug}.ics" for path, slug in slugs.items()})


@pytest.fixture(scope="module")
def example() -> Inputs:
    return inputs_for(CONTENT)


@pytest.fixture(scope="module")
def page(example: Inputs) -> Node:
    return parse(example.render())


def hrefs(node: Node) -> list[str]:
    return [a.attrs["href"] for a in node.all("a")]


def event_items(page: Node) -> dict[str, list[Node]]:
    """The event list items under each heading of the events section."""
    (section,) = page.all("section", **{"aria-labelledby": "events"})
    groups: dict[str, list[Node]] = {}
    heading = ""
    for child in section.children:
        if isinstance(child, Node) and child.tag == "h3":
            heading = child.text
            groups[heading] = []
        elif isinstance(child, Node) and child.tag == "ul":
            groups[heading] = child.all("li")
    return groups


def item_for(page: Node, post: Post) -> Node:
    (item,) = [li for items in event_items(page).values() for li in items
               if post.url in hrefs(li)]
    return item


def google_add_query(item: Node) -> dict[str, list[str]]:
    (link,) = [h for h in hrefs(item) if h.startswith("https://calendar.google.com/")]
    parts = urlsplit(link)
    assert parts.path == "/calendar/render"
    return parse_qs(parts.query)


def post_at(example: Inputs, path: str) -> tuple[Event, Post]:
    (pair,) = [(e, p) for e, p in example.events if p.path == path]
    return pair


def test_page_is_html5_in_the_site_language_for_phones(page: Node) -> None:
    (html,) = page.all("html")
    assert html.attrs["lang"] == "sv"
    assert page.all("meta", charset="utf-8")
    (viewport,) = page.all("meta", name="viewport")
    assert "width=device-width" in viewport.attrs["content"]
    assert page.all("title")[0].text == "Digidem Lab – Flöden och kalendrar"


def test_page_needs_no_scripts_and_nothing_from_elsewhere(page: Node) -> None:
    assert not page.all("script")
    assert not [n for n in page.all("link") if n.attrs.get("rel") != "alternate"]
    for tag in ("img", "iframe", "link", "style"):
        assert not [n for n in page.all(tag) if "src" in n.attrs or "://" in n.attrs.get(
            "href", "")], tag


def test_every_feed_has_atom_rss_and_json_links_and_a_copyable_url(
        example: Inputs, page: Node) -> None:
    links = {a.attrs["href"]: a for a in page.all("a")}
    codes = {code.text for code in page.all("code")}
    for spec in example.specs:
        formats = FEED_FORMATS + (EVENT_FEED_FORMATS if spec.has_events else ())
        for label, name, media_type in formats:
            link = links[spec.path(name)]
            assert link.text == label
            assert link.attrs["type"] == media_type
            assert spec.url(name) in codes
        if not spec.has_events:
            assert spec.path("events.atom") not in links
    assert links["feeds.opml"].text == "Importera alla flöden (OPML)"


def test_every_feed_and_event_feed_is_announced_for_autodiscovery(
        example: Inputs, page: Node) -> None:
    (head,) = page.all("head")
    found = {(n.attrs["type"], n.attrs["href"]) for n in head.all("link", rel="alternate")}
    expected = {(media_type, spec.path(name)) for spec in example.specs
                for _, name, media_type in FEED_FORMATS
                + (EVENT_FEED_FORMATS if spec.has_events else ())}
    assert found == expected
    assert all(n.attrs["title"] for n in head.all("link", rel="alternate"))


def test_every_calendar_has_webcal_google_outlook_and_download_links(
        example: Inputs, page: Node) -> None:
    links = hrefs(page)
    google: dict[str, str] = {}
    outlook: dict[str, tuple[str, str]] = {}
    for href in links:
        parts = urlsplit(href)
        query = parse_qs(parts.query)
        if parts.netloc == "calendar.google.com" and parts.path == "/calendar/r":
            (cid,) = query["cid"]
            google[cid] = href
        elif parts.netloc == "outlook.live.com":
            assert parts.path == "/calendar/0/addfromweb"
            ((url,), (name,)) = query["url"], query["name"]
            outlook[url] = (name, href)
    codes = {code.text for code in page.all("code")}
    for spec in example.specs:
        url = spec.url(CALENDAR_NAME)
        assert url.startswith("https://")
        webcal = "webcal://" + url.removeprefix("https://")
        assert webcal in links
        assert webcal in google
        assert outlook[url][0] == spec.title
        assert spec.path(CALENDAR_NAME) in links
        assert url in codes
    assert len(google) == len(outlook) == len(example.specs)


def test_the_seed_webinar_is_listed_in_swedish_with_its_ics_and_google_links(
        example: Inputs, page: Node) -> None:
    event, post = post_at(example, SEED_POST)
    item = item_for(page, post)
    assert "onsdag 3 mars 2021 kl. 09:00–09:50" in item.text
    assert item.all("time")[0].attrs["datetime"] == "2021-03-03T09:00:00+01:00"
    assert event.summary in item.text
    assert "events/webinar-om-decidim-3-mars.ics" in hrefs(item)
    query = google_add_query(item)
    assert query["action"] == ["TEMPLATE"]
    assert query["text"] == [event.summary]
    assert query["dates"] == ["20210303T090000/20210303T095000"]
    assert query["ctz"] == ["Europe/Stockholm"]
    assert post.url in query["details"][0]
    assert "location" not in query


def test_an_event_with_a_place_shows_it_and_passes_it_to_google(
        example: Inputs, page: Node) -> None:
    _, post = post_at(example, WORKSHOP_POST)
    item = item_for(page, post)
    assert "Blå Stället, Angereds torg 13, Angered" in item.text
    assert google_add_query(item)["location"] == ["Blå Stället, Angereds torg 13, Angered"]


@pytest.mark.parametrize(("now", "upcoming", "past"), [
    pytest.param(datetime(2021, 1, 1, tzinfo=UTC), [SEED_POST, WORKSHOP_POST], [],
                 id="before-both-soonest-first"),
    pytest.param(datetime(2021, 4, 1, tzinfo=UTC), [WORKSHOP_POST], [SEED_POST],
                 id="between"),
    pytest.param(datetime(2021, 5, 20, 12, tzinfo=UTC), [WORKSHOP_POST], [SEED_POST],
                 id="during-the-workshop-it-is-still-upcoming"),
    pytest.param(datetime(2021, 5, 20, 14, tzinfo=UTC), [], [WORKSHOP_POST, SEED_POST],
                 id="at-the-workshop-end-it-is-past"),
    pytest.param(NOW, [], [WORKSHOP_POST, SEED_POST], id="after-both-most-recent-first"),
])
def test_events_are_upcoming_soonest_first_then_past_most_recent_first(
        example: Inputs, now: datetime, upcoming: list[str], past: list[str]) -> None:
    groups = event_items(parse(example.render(now)))
    urls = {post.url: post.path for _, post in example.events}

    def paths(items: list[Node]) -> list[str]:
        return [next(urls[h] for h in hrefs(li) if h in urls) for li in items]

    assert paths(groups["Kommande"]) == upcoming
    assert paths(groups["Tidigare"]) == past
    empty = {"Kommande": "Inga kommande evenemang.", "Tidigare": "Inga tidigare evenemang."}
    page_text = parse(example.render(now)).text
    for heading, paths_expected in (("Kommande", upcoming), ("Tidigare", past)):
        assert (empty[heading] in page_text) == (not paths_expected)


def test_all_day_event_adds_to_google_up_to_the_day_after_and_is_upcoming_all_its_last_day(
        example: Inputs) -> None:
    event, post = post_at(example, SEED_POST)
    all_day = replace(event, start=date(2021, 3, 3), end=date(2021, 3, 4))
    inputs = replace(example, events=[(all_day, post)])
    late_on_last_day = datetime(2021, 3, 4, 22, 30, tzinfo=UTC)  # 23:30 in Stockholm
    page = parse(inputs.render(late_on_last_day))
    item = item_for(page, post)
    assert item in event_items(page)["Kommande"]
    assert "onsdag 3 mars 2021 – torsdag 4 mars 2021" in item.text
    query = google_add_query(item)
    assert query["dates"] == ["20210303/20210305"]
    assert "ctz" not in query
    after = parse(inputs.render(datetime(2021, 3, 4, 23, 30, tzinfo=UTC)))
    assert item_for(after, post) in event_items(after)["Tidigare"]


def test_cancelled_event_is_marked_and_not_offered_for_adding(example: Inputs) -> None:
    event, post = post_at(example, SEED_POST)
    inputs = replace(example, events=[(replace(event, status="CANCELLED"), post)])
    item = item_for(parse(inputs.render()), post)
    assert "Inställt" in item.text
    assert item.all("span", **{"class": "cancelled"})
    assert not [h for h in hrefs(item) if h.startswith("https://calendar.google.com/")]
    assert "events/webinar-om-decidim-3-mars.ics" in hrefs(item)


def test_markup_in_titles_is_escaped(example: Inputs) -> None:
    hostile = '<script>alert("x")</script> & \'quoted\''
    site = replace(example.site, config=replace(example.site.config, title=hostile))
    event, post = post_at(example, SEED_POST)
    inputs = replace(example, site=site, specs=feed_specs(site),
                     events=[(replace(event, summary=hostile), replace(post, summary=hostile))])
    raw = inputs.render()
    assert b"<script>" not in raw
    page = parse(raw)
    assert not page.all("script")
    assert page.all("h1")[0].text == f"{hostile} – Flöden och kalendrar"
    item = item_for(page, post)
    assert hostile in item.text
    assert google_add_query(item)["text"] == [hostile]
    outlook = [h for h in hrefs(page) if h.startswith("https://outlook.live.com/")]
    assert parse_qs(urlsplit(outlook[0]).query)["name"] == [hostile]


def test_english_site_gets_english_labels_and_dates(tmp_path: Path) -> None:
    config = ("title: Test Lab\nurl: https://example.org\ntimezone: Europe/London\n"
              "lang: en\n")
    post = ("---\ntitle: Webinar\nlang: en\nevents:\n  - start: 2021-03-03 09:00\n"
            "    end: 2021-03-03 10:30\n---\nJoin us.\n")
    root = write_site(tmp_path / "site", {"2021-02-01-webinar.md": post}, config)
    inputs = inputs_for(root)
    assert inputs.events, "the front matter event was not read"
    page = parse(inputs.render(datetime(2021, 1, 1, tzinfo=UTC)))
    assert page.all("html")[0].attrs["lang"] == "en"
    assert [h.text for h in page.all("h2")] == ["Feeds", "Calendars", "Events"]
    assert list(event_items(page)) == ["Upcoming", "Past"]
    assert "Wednesday 3 March 2021 09:00–10:30" in page.text
    assert "Import all feeds (OPML)" in page.text
    item = item_for(page, inputs.events[0][1])
    assert google_add_query(item)["ctz"] == ["Europe/London"]


def test_unknown_language_falls_back_to_english(example: Inputs) -> None:
    site = replace(example.site, config=replace(example.site.config, lang="fr"))
    page = parse(replace(example, site=site).render())
    assert page.all("html")[0].attrs["lang"] == "fr"
    assert [h.text for h in page.all("h2")] == ["Feeds", "Calendars", "Events"]


def test_same_input_and_now_give_the_same_bytes(example: Inputs) -> None:
    assert example.render() == inputs_for(CONTENT).render()


def feed_group_sections(page: Node, section: str) -> dict[str, Node]:
    """The headed groups of the feeds (or calendars) section, by heading text, in order."""
    (outer,) = page.all("section", **{"aria-labelledby": section})
    groups = {}
    for child in outer.children:
        if isinstance(child, Node) and child.tag == "section":
            (heading,) = child.all("h3")
            assert child.attrs["aria-labelledby"] == heading.attrs["id"]
            groups[heading.text] = child
    return groups


def article_titles(group: Node) -> list[str]:
    return [article.all("h4")[0].text for article in group.all("article")]


def test_a_one_language_site_lists_no_language_feed(tmp_path: Path) -> None:
    config = "title: One\nurl: https://example.org\ntimezone: Europe/London\nlang: en\n"
    posts = {f"2021-0{n}-01-post-{n}.md": f"---\ntitle: Post {n}\nlang: en\n---\nText.\n"
             for n in range(1, 4)}
    inputs = inputs_for(write_site(tmp_path / "site", posts, config))
    (language,) = [spec for spec in inputs.specs if spec.kind == "lang"]
    page = parse(inputs.render())
    language_files = {language.path(name) for _, name, _ in FEED_FORMATS}
    language_files.add(language.path(CALENDAR_NAME))
    assert not language_files & set(hrefs(page))
    (head,) = page.all("head")
    assert not language_files & {n.attrs["href"] for n in head.all("link")}
    assert language.url(CALENDAR_NAME) not in {code.text for code in page.all("code")}
    assert "Languages" not in feed_group_sections(page, "feeds")
    assert "Languages" not in feed_group_sections(page, "calendars")
    assert "feed.atom" in hrefs(page) and "calendar.ics" in hrefs(page)


def test_a_two_language_site_lists_its_language_feeds_in_a_group(
        example: Inputs, page: Node) -> None:
    languages = sorted(spec.title for spec in example.specs if spec.kind == "lang")
    assert languages == ["Digidem Lab (en)", "Digidem Lab (sv)"]
    for section in ("feeds", "calendars"):
        group = feed_group_sections(page, section)["Språk"]
        assert article_titles(group) == languages
    assert {"sv/feed.atom", "en/feed.atom", "sv/calendar.ics", "en/calendar.ics"} <= set(
        hrefs(page))


def many_events(example: Inputs, starts: list[datetime]) -> Inputs:
    """The seed webinar's event on each of `starts`, each announced by a post of its own."""
    event, post = post_at(example, SEED_POST)
    length = event.ends_at - event.starts_at
    events = []
    for n, start in enumerate(starts):
        copy = replace(post, path=f"_posts/event-{n}.md", url=f"{post.url}{n}/")
        events.append((replace(event, uid=f"event-{n}", start=start, end=start + length),
                       copy))
    return replace(example, events=events,
                   event_files={p.path: f"events/event-{n}.ics"
                                for n, (_, p) in enumerate(events)})


def rest_line(page: Node, heading: str) -> Node | None:
    """The paragraph after the list under `heading` in the events section, if any."""
    (section,) = page.all("section", **{"aria-labelledby": "events"})
    nodes = [c for c in section.children if isinstance(c, Node)]
    at = next(i for i, node in enumerate(nodes) if node.tag == "h3" and node.text == heading)
    after = nodes[at + 1:at + 3]
    found = [node for node in after if node.tag == "p" and node.attrs.get("class") == "rest"]
    return found[0] if found else None


def test_past_events_are_the_latest_few_then_a_line_to_the_calendar(example: Inputs) -> None:
    starts = [datetime(2020, month, 1, 9, tzinfo=UTC) for month in range(1, 13)]
    inputs = many_events(example, starts)
    page = parse(inputs.render())
    past = event_items(page)["Tidigare"]
    assert len(past) == PAST_LIMIT < len(starts)
    newest = [post.url for _, post in sorted(inputs.events, key=lambda p: p[0].starts_at,
                                             reverse=True)[:PAST_LIMIT]]
    assert [next(h for h in hrefs(li) if h in newest) for li in past] == newest
    line = rest_line(page, "Tidigare")
    assert line is not None
    assert f"{PAST_LIMIT} senaste av {len(starts)}" in line.text
    links = {a.attrs["href"]: a for a in line.all("a")}
    assert set(links) == {"#calendar-site", "events.atom"}
    (site_calendar,) = page.all("article", id="calendar-site")
    assert "calendar.ics" in hrefs(site_calendar)
    assert links["events.atom"].attrs["type"] == "application/atom+xml"
    assert rest_line(page, "Kommande") is None
    assert not page.all("a", href="events/event-0.ics")  # the oldest: in the calendar only


def test_few_past_events_are_all_listed_without_the_line(example: Inputs, page: Node) -> None:
    assert len(event_items(page)["Tidigare"]) == len(example.events) <= PAST_LIMIT
    assert rest_line(page, "Tidigare") is None


def test_hundreds_of_upcoming_events_are_capped_too(example: Inputs) -> None:
    starts = [datetime(2027, 1, 1, 9, tzinfo=UTC) + timedelta(days=n)
              for n in range(UPCOMING_LIMIT + 10)]
    page = parse(many_events(example, starts).render())
    assert len(event_items(page)["Kommande"]) == UPCOMING_LIMIT
    line = rest_line(page, "Kommande")
    assert line is not None and f"av {len(starts)} kommande" in line.text


GROUPED_CONFIG = """\
title: Lab
url: https://example.org
timezone: Europe/London
lang: en
collections:
  talks:
    output: true
herald:
  tag_feeds: true
"""


@pytest.fixture(scope="module")
def grouped(tmp_path_factory: pytest.TempPathFactory) -> Inputs:
    """A site with theme files, many categories, tags and collections."""
    categories = ["zebra", "Apple", "mango", "banana", "Cherry", "kiwi", "lime", "fig", "date"]
    posts = {f"2021-01-{n + 1:02}-post-{n}.md":
             f"---\ntitle: Post {n}\nlang: en\ncategories: [{name}, _themes/{theme}.md]\n"
             f"tags: [{'Zoo' if n % 2 else 'art'}]\n---\nText.\n"
             for n, name in enumerate(categories) for theme in [("wood", "air")[n % 2]]}
    posts["_talks/2021-02-01-talk.md"] = "---\ntitle: Talk\n---\nText.\n"
    posts["_papers/2021-02-01-paper.md"] = "---\ntitle: Paper\n---\nText.\n"
    themes = {"wood.md": "---\ntitle: Woodland\n---\n",
              "air.md": "---\ntitle: Air and sky\nlang: sv\n---\n"}
    config = GROUPED_CONFIG.replace("herald:", "  papers:\n    output: true\nherald:")
    return inputs_for(write_site(tmp_path_factory.mktemp("grouped") / "site", posts, config,
                                 themes))


def test_feeds_and_calendars_are_grouped_by_kind_and_sorted_by_title(grouped: Inputs) -> None:
    page = parse(grouped.render())
    expected = {
        "Themes": ["Air and sky", "Woodland"],
        "Categories": ["Apple", "banana", "Cherry", "date", "fig", "kiwi", "lime", "mango",
                       "zebra"],
        "Tags": ["art", "Zoo"],
        "Collections": ["papers", "talks"],
    }
    for section in ("feeds", "calendars"):
        groups = feed_group_sections(page, section)
        assert list(groups) == list(expected)
        assert {key: article_titles(group) for key, group in groups.items()} == expected
    (air,) = page.all("article", id="feed/themes/air")
    assert air.all("h4")[0].attrs["lang"] == "sv"


def test_a_table_of_contents_links_every_group_and_long_groups_list_their_topics(
        grouped: Inputs) -> None:
    page = parse(grouped.render())
    (nav,) = page.all("nav")
    ids = {node.attrs["id"] for node in page.all("section") + page.all("h2") + page.all("h3")
           + page.all("article") if "id" in node.attrs}
    targets = [href.removeprefix("#") for href in hrefs(nav)]
    assert targets[:2] == ["feeds", "feeds-themes"]
    assert "calendars-collections" in targets and "events" in targets
    assert set(targets) <= ids
    for section in ("feeds", "calendars"):
        groups = feed_group_sections(page, section)
        (topics,) = groups["Categories"].all("ul", **{"class": "topics"})
        assert len(topics.all("li")) == len(groups["Categories"].all("article")) >= TOPIC_LIST_MIN
        assert {h.removeprefix("#") for h in hrefs(topics)} <= ids
        assert not groups["Themes"].all("ul", **{"class": "topics"})  # short: no list


def test_grouped_page_is_the_same_bytes_each_time(grouped: Inputs) -> None:
    assert grouped.render() == grouped.render()
