"""index.html in a real browser: headless Chromium loads the page `herald serve` serves and finds
every feed, calendar and event link in the DOM.

Needs the Debian packages chromium and chromium-driver (`.ci/run` installs them when it can) and
the Python package selenium (the `test` extra); skipped, naming what is missing, without them.
Selenium is pointed at /usr/bin/chromedriver, so it never tries to download a driver.

The same checks run on a real site from ../shared/sites (skipped without it), a one-language
site with categories, collections and hundreds of past events: its page lists no language feed
and only the latest past events.

HERALD_UPDATE_SCREENSHOT=1 also saves the pages to docs/index.png and docs/index-real-site.png
(shown in README).
"""

from __future__ import annotations

import importlib.util
import os
import re
import tempfile
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest

from conftest import CONTENT, REPO, SHARED, herald_serve, need
from herald.render.index import PAST_LIMIT

pytestmark = pytest.mark.slow  # starts Chromium; tests/test_render_index.py checks the page quickly

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
SCREENSHOT = REPO / "docs" / "index.png"
REAL_SITE = SHARED / "sites" / "HSF+hsf.github.io"
REAL_SCREENSHOT = REPO / "docs" / "index-real-site.png"
FEED_NAMES = {f"{kind}.{ext}" for kind in ("feed", "events") for ext in ("atom", "rss", "json")}
CHROMIUM_FLAGS = [
    "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--disable-dev-shm-usage", "--hide-scrollbars", "--lang=sv-SE",
]
PHONE = (375, 800)
DESKTOP = (1000, 1400)


def missing() -> list[str]:
    """What the browser tests need and this machine lacks."""
    lacking = []
    if not CHROMIUM.is_file():
        lacking.append(f"{CHROMIUM} (Debian package chromium)")
    if not CHROMEDRIVER.is_file():
        lacking.append(f"{CHROMEDRIVER} (Debian package chromium-driver)")
    if importlib.util.find_spec("selenium") is None:
        lacking.append("the Python package selenium (pip install -e '.[test]')")
    return lacking


@dataclass
class Server:
    url: str
    out: Path

    def fetch(self, url: str) -> tuple[int, str]:
        """GET `url` from the server: its status and Content-Type."""
        try:
            with urllib.request.urlopen(url, timeout=10) as response:
                response.read()
                return response.status, response.headers.get("Content-Type", "")
        except urllib.error.HTTPError as err:
            return err.code, ""

    def same_origin(self, url: str) -> bool:
        return url.startswith(self.url)

    def file(self, url: str) -> str:
        """The path below out/ that a URL on the server names."""
        return url.removeprefix(self.url).partition("#")[0].partition("?")[0]


@pytest.fixture(scope="module")
def webdriver() -> Any:
    """selenium.webdriver, or a skip that names what is missing."""
    lacking = missing()
    if lacking:
        pytest.skip("headless browser test needs " + ", ".join(lacking))
    from selenium import webdriver

    return webdriver


@pytest.fixture(scope="module")
def server(webdriver: Any, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """`herald serve` on a free port, stopped with Ctrl-C (SIGINT), which must exit 0."""
    out = tmp_path_factory.mktemp("browser") / "out"
    with herald_serve(CONTENT, out, "--no-watch") as (url, _, _):
        yield Server(url, out)


@pytest.fixture(scope="module")
def browser(webdriver: Any) -> Iterator[Any]:
    """Headless Chromium driven by the Debian chromedriver, with a fresh profile."""
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    with tempfile.TemporaryDirectory(prefix="herald-chromium-") as profile, \
            pytest.MonkeyPatch.context() as patch:
        patch.setenv("SE_OFFLINE", "true")  # never let Selenium Manager reach the network
        for flag in [*CHROMIUM_FLAGS, f"--user-data-dir={profile}"]:
            options.add_argument(flag)
        driver = webdriver.Chrome(service=Service(executable_path=str(CHROMEDRIVER)),
                                  options=options)
        try:
            driver.set_page_load_timeout(30)
            yield driver
        finally:
            driver.quit()


def resize(browser: Any, width: int, height: int, mobile: bool = False) -> None:
    """Give the page a viewport of exactly `width` x `height` CSS pixels."""
    browser.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {
        "width": width, "height": height, "deviceScaleFactor": 1, "mobile": mobile})


@dataclass
class Link:
    href: str  # resolved by the browser: element.href
    type: str
    text: str
    in_event: bool


@dataclass
class Page:
    lang: str
    h1: list[str]
    links: list[Link]  # every <a href> in the body
    alternates: list[Link]  # every <link rel=alternate> in the head
    events: int  # li.event items


def load(browser: Any, url: str) -> Page:
    """The page at `url` as the browser sees it at desktop size."""
    from selenium.webdriver.common.by import By

    resize(browser, *DESKTOP)
    browser.get(url)
    assert browser.execute_script("return document.readyState") == "complete"

    def link(element: Any, in_event: bool = False) -> Link:
        return Link(element.get_property("href"), element.get_attribute("type") or "",
                    element.text.strip(), in_event)

    event_anchors = browser.find_elements(By.CSS_SELECTOR, "li.event a[href]")
    return Page(
        lang=browser.find_element(By.TAG_NAME, "html").get_attribute("lang") or "",
        h1=[h1.text.strip() for h1 in browser.find_elements(By.TAG_NAME, "h1")],
        links=[link(a, a in event_anchors) for a in browser.find_elements(By.CSS_SELECTOR,
                                                                           "body a[href]")],
        alternates=[link(element) for element in browser.find_elements(
            By.CSS_SELECTOR, "head link[rel~=alternate]")],
        events=len(browser.find_elements(By.CSS_SELECTOR, "li.event")),
    )


@pytest.fixture(scope="module")
def page(browser: Any, server: Server) -> Page:
    return load(browser, server.url)


def files(out: Path, keep: Any) -> set[str]:
    """The paths below `out` (with /) of the files `keep(path)` accepts, archives left out."""
    found = set()
    for path in out.rglob("*"):
        relative = path.relative_to(out)
        if path.is_file() and "archive" not in relative.parts and keep(relative):
            found.add(relative.as_posix())
    return found


def feeds(out: Path) -> set[str]:
    return files(out, lambda path: path.name in FEED_NAMES)


def calendars(out: Path) -> set[str]:
    return files(out, lambda path: path.name == "calendar.ics"
                 or (path.suffix == ".ics" and path.parent.as_posix() == "events"))


def linked(page_links: list[Link], server: Server) -> set[str]:
    return {server.file(link.href) for link in page_links if server.same_origin(link.href)}


def test_page_has_a_language_and_a_heading(page):
    assert re.fullmatch(r"[a-z]{2,3}(-[A-Za-z0-9]+)*", page.lang), page.lang
    assert len(page.h1) == 1 and page.h1[0], page.h1


def test_every_feed_is_linked_from_the_page(page, server):
    expected = feeds(server.out)
    assert {"feed.atom", "feed.rss", "feed.json", "events.atom", "sv/feed.atom"} <= expected
    unlinked = expected - linked(page.links, server)
    assert not unlinked, f"feeds in out/ without a link on the page: {sorted(unlinked)}"


def test_every_feed_has_a_link_alternate_in_the_head(page, server):
    unlinked = feeds(server.out) - linked(page.alternates, server)
    assert not unlinked, f"feeds without <link rel=alternate>: {sorted(unlinked)}"


def test_alternates_point_at_feeds_served_with_their_type(page, server):
    for link in page.alternates:
        assert server.same_origin(link.href), link
        assert server.file(link.href) in feeds(server.out), link
        status, served_type = server.fetch(link.href)
        assert status == 200, link
        assert served_type.split(";")[0] == link.type, (link, served_type)


def test_every_calendar_is_linked_from_the_page(page, server):
    expected = calendars(server.out)
    assert "calendar.ics" in expected and any(path.startswith("events/") for path in expected)
    unlinked = expected - linked(page.links, server)
    assert not unlinked, f"calendars in out/ without a link on the page: {sorted(unlinked)}"


def test_every_event_links_its_own_calendar_file(page, server):
    event_calendars = {path for path in calendars(server.out) if path.startswith("events/")}
    assert page.events == len(event_calendars) > 0
    in_events = linked([link for link in page.links if link.in_event], server)
    assert event_calendars <= in_events
    for link in page.links:  # the post and Google Calendar links: absolute web addresses
        if link.in_event and not server.same_origin(link.href):
            assert urlsplit(link.href).scheme == "https" and urlsplit(link.href).netloc, link


def test_every_link_to_the_server_resolves(page, server):
    local = [link for link in page.links if server.same_origin(link.href)]
    assert any(link.in_event for link in local)
    broken = {}
    for href in sorted({link.href for link in local}):
        status = server.fetch(href)[0]
        if status != 200:
            broken[href] = status
    assert not broken, f"links on the page that the server does not answer 200: {broken}"


def test_links_with_a_type_are_served_with_that_type(page, server):
    for link in page.links:
        if link.type and server.same_origin(link.href):
            assert server.fetch(link.href)[1].split(";")[0] == link.type, link


def test_webcal_links_subscribe_to_served_calendars(page, server):
    webcal = [link for link in page.links if link.href.startswith("webcal:")]
    assert webcal
    for link in webcal:
        url = "http:" + link.href.removeprefix("webcal:")
        assert server.same_origin(url), link
        assert server.file(url) in calendars(server.out), link
        assert server.fetch(url)[0] == 200, link


def test_no_horizontal_scrolling_on_a_phone(browser, page, server):
    assert_fits_a_phone(browser, server.url)


def assert_fits_a_phone(browser: Any, url: str) -> None:
    resize(browser, *PHONE, mobile=True)
    try:
        browser.get(url)
        width, inner, widest = browser.execute_script(
            "const wide = [...document.querySelectorAll('body *')]"
            "  .map(e => [e.getBoundingClientRect().right, e.tagName + ' ' + e.textContent])"
            "  .filter(([right]) => right > window.innerWidth + 0.5)"
            "  .map(([right, what]) => Math.round(right) + ' ' + what.slice(0, 60));"
            "return [document.documentElement.scrollWidth, window.innerWidth, wide];")
    finally:
        resize(browser, *DESKTOP)
    assert inner == PHONE[0]
    assert width <= inner, f"page is {width} px wide on a {inner} px phone: {widest[:5]}"


def test_desktop_layout_and_screenshot(browser, page, server):
    assert_desktop_layout(browser, server.url, SCREENSHOT)


def assert_desktop_layout(browser: Any, url: str, screenshot: Path) -> None:
    """No horizontal scrolling at desktop size; saves `screenshot` when asked to."""
    resize(browser, *DESKTOP)
    browser.get(url)
    width, inner = browser.execute_script(
        "return [document.documentElement.scrollWidth, window.innerWidth]")
    assert width <= inner
    if os.environ.get("HERALD_UPDATE_SCREENSHOT") == "1":
        screenshot.parent.mkdir(exist_ok=True)
        assert browser.save_screenshot(str(screenshot))


@pytest.fixture(scope="module")
def real_server(webdriver: Any, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """`herald serve` on a real site from ../shared/sites."""
    content = need(REAL_SITE)
    out = tmp_path_factory.mktemp("browser-real") / "out"
    with herald_serve(content, out, "--no-watch") as (url, _, _):
        yield Server(url, out)


@pytest.fixture(scope="module")
def real_page(browser: Any, real_server: Server) -> Page:
    return load(browser, real_server.url)


def test_real_site_page_has_a_language_and_a_heading(real_page):
    test_page_has_a_language_and_a_heading(real_page)


def test_real_site_lists_no_feed_of_its_only_language(real_page, real_server):
    languages = {path.split("/")[0] for path in feeds(real_server.out)
                 if re.fullmatch(r"[a-z]{2,3}(-[A-Za-z0-9]+)*/feed\.atom", path)}
    assert len(languages) == 1, languages  # written, with the same posts as the site's feed
    (language,) = languages
    shown = linked(real_page.links + real_page.alternates, real_server)
    assert not {path for path in shown if path.startswith(f"{language}/")}
    expected = {path for path in feeds(real_server.out) | calendars(real_server.out)
                if not path.startswith((f"{language}/", "events/"))}
    assert {"themes/events/feed.atom", "collections/gsocblogs/calendar.ics"} <= expected
    unlinked = expected - shown
    assert not unlinked, f"feeds and calendars without a link on the page: {sorted(unlinked)}"


def test_real_site_lists_the_latest_past_events_and_points_to_the_rest(browser, real_page,
                                                                       real_server):
    from selenium.webdriver.common.by import By

    event_files = {path for path in calendars(real_server.out) if path.startswith("events/")}
    assert len(event_files) > 100 and real_page.events < 40
    lists = browser.find_elements(By.CSS_SELECTOR, "section[aria-labelledby=events] ul.events")
    assert len(lists[-1].find_elements(By.CSS_SELECTOR, "li.event")) == PAST_LIMIT
    (rest,) = browser.find_elements(By.CSS_SELECTOR, "p.rest")[-1:]
    targets = [a.get_attribute("href") for a in rest.find_elements(By.TAG_NAME, "a")]
    assert rest.is_displayed() and len(targets) == 2
    calendar = browser.find_element(By.ID, targets[0].partition("#")[2])
    assert "calendar.ics" in {urlsplit(a.get_property("href")).path.rsplit("/", 1)[-1]
                              for a in calendar.find_elements(By.TAG_NAME, "a")}
    assert real_server.file(targets[1]) == "events.atom"
    assert real_server.fetch(targets[1]) == (200, "application/atom+xml; charset=utf-8")


def test_real_site_groups_its_topics_under_a_table_of_contents(browser, real_page):
    from selenium.webdriver.common.by import By

    nav = browser.find_element(By.TAG_NAME, "nav")
    fragments = [a.get_attribute("href").partition("#")[2]
                 for a in nav.find_elements(By.TAG_NAME, "a")]
    assert {"feeds-categories", "feeds-collections", "calendars-categories"} <= set(fragments)
    for fragment in fragments:
        target = browser.find_element(By.ID, fragment)
        assert target.is_displayed(), fragment
    groups = browser.find_elements(By.CSS_SELECTOR, "section[aria-labelledby=feeds] section h3")
    assert [h3.text for h3 in groups] == ["Categories", "Collections"]
    titles = [h4.text for h4 in browser.find_elements(
        By.CSS_SELECTOR, "section[aria-labelledby=feeds-categories] article h4")]
    assert titles == sorted(titles, key=str.casefold) and len(titles) > 3


def test_every_link_on_the_real_site_page_resolves(real_page, real_server):
    test_every_link_to_the_server_resolves(real_page, real_server)
    test_links_with_a_type_are_served_with_that_type(real_page, real_server)


def test_real_site_page_fits_a_phone_and_a_desktop(browser, real_page, real_server):
    assert_fits_a_phone(browser, real_server.url)
    assert_desktop_layout(browser, real_server.url, REAL_SCREENSHOT)
