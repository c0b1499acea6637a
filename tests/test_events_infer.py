"""Checks against the labelled corpora (skipped when ../shared/corpus is absent)."""

from __future__ import annotations

import importlib.util
import sys
from datetime import date, datetime
from pathlib import Path
from types import SimpleNamespace
from zoneinfo import ZoneInfo

import pytest

from herald.derive.infer import THRESHOLD, Judged, find_events, judge

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
CORPUS = SHARED / "corpus"


def _module(name: str):
    if name in sys.modules:
        return sys.modules[name]
    sys.path.insert(0, str(ROOT / "benchmarks"))
    spec = importlib.util.spec_from_file_location(name, ROOT / "benchmarks" / f"{name}.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def _benchmark():
    return _module("event_extraction")


@pytest.fixture(scope="module")
def bench():
    if not CORPUS.is_dir():
        pytest.skip(f"../shared/corpus not found: {CORPUS} (labelled posts live outside the repo)")
    return _benchmark()


@pytest.mark.parametrize("name", ["digidemlab", "events-dev"])
def test_labelled_set_meets_precision_and_recall_targets(bench, name: str) -> None:
    result = bench.score_set(SHARED, name)
    assert result.posts > 0
    assert result.precision >= 0.95, result.false
    assert result.recall >= 0.90, result.misses


@pytest.mark.parametrize("name", ["digidemlab", "events-dev"])
def test_benchmark_measures_mean_extraction_time(bench, name: str) -> None:
    result = bench.score_set(SHARED, name)
    assert result.seconds > 0
    assert result.ms_per_post == pytest.approx(1000 * result.seconds / result.posts)


def _as_datetime(v: datetime | date) -> datetime:
    return v if isinstance(v, datetime) else datetime.combine(v, datetime.min.time())


@pytest.mark.parametrize("name", ["digidemlab", "events-dev"])
def test_accepted_events_never_end_before_they_start(bench, name: str) -> None:
    for post in bench.load_set(SHARED, name):
        title, lead, body = bench.read_post(post.path)
        for f in find_events(title, lead, body, lang=post.lang, published=post.published):
            assert 0.0 <= f.confidence <= 1.0
            if f.accepted:
                assert f.reason == "" or f.reason
                assert f.evidence
                if f.end is not None:
                    assert type(f.end) is type(f.start), (post.file, f)
                    assert _as_datetime(f.end) >= _as_datetime(f.start), (post.file, f)


def test_benchmark_reports_each_site(bench) -> None:
    result = bench.score_set(SHARED, "events-dev")
    assert len(result.sites) == 9
    assert sum(site.posts for site in result.sites.values()) == result.posts
    assert sum(site.tp for site in result.sites.values()) == result.tp


@pytest.mark.slow
def test_scorer_generalises_to_sites_it_was_not_trained_on(bench) -> None:
    train = _module("train_event_scorer")
    posts = train.labelled_posts(SHARED, site_keys=False)
    figs, _ = train.evaluate(posts, train.L2, 0.0)
    # events-dev's nine sites and digidemlab, and six more of benchmarks/data/train-labels.yaml
    # (whose CochiseLUG, luftdata, drlindh and Sheffield posts join those sites)
    assert len(figs) == 16
    loso = train.pooled(figs, "hand", "loso")
    assert loso.precision >= 0.90, [f.loso.false for f in figs]
    assert loso.recall >= 0.90, [f.loso.misses for f in figs]


def test_benchmark_exits_with_a_clear_message_without_corpus(tmp_path, capsys) -> None:
    module = _benchmark()
    assert module.main(["--shared", str(tmp_path)]) == 2
    assert "not found" in capsys.readouterr().err


def test_find_events_is_pure_and_repeatable() -> None:
    from zoneinfo import ZoneInfo

    pub = datetime(2021, 2, 3, 15, 0, tzinfo=ZoneInfo("Europe/Stockholm"))
    body = "Välkommen till ett webbinarium onsdag den 3 mars kl 9:00."
    first = find_events("Webbinar", "", body, lang="sv", published=pub)
    second = find_events("Webbinar", "", body, lang="sv", published=pub)
    assert first == second
    assert [f.start for f in first if f.accepted] == [datetime(2021, 3, 3, 9, 0)]


# --------------------------------------------------------------------------- the publication day


def _accepted_days(title: str, body: str, published: datetime) -> list:
    return [f.start for f in find_events(title, "", body, lang="en", published=published)
            if f.accepted]  # fmt: skip


def test_post_dated_on_its_event_day_that_announces_it() -> None:
    published = datetime(2023, 9, 20, tzinfo=ZoneInfo("America/Los_Angeles"))
    title = "September 20 2023, 6pm - Monthly Meeting"
    body = "Keenan will talk about thermal modeling.\n\nQingyue will present a mapping project."
    assert [s.date() for s in _accepted_days(title, body, published)] == [published.date()]


def test_post_dated_on_its_event_day_that_reports_it() -> None:
    published = datetime(2019, 5, 25, tzinfo=ZoneInfo("America/Phoenix"))
    title = "Meeting 2019-05-25"
    body = (
        "Date: Saturday, 25 May, 2019\n\nMeeting Minutes:\n\nAttendees: 12\n\n"
        "We installed Linux on two laptops and had a presentation by Greg."
    )
    assert _accepted_days(title, body, published) == []


def test_post_dated_on_its_event_day_whose_title_gives_the_time() -> None:
    published = datetime(2019, 2, 20, tzinfo=ZoneInfo("America/Los_Angeles"))
    title = "February 20th 2019, 6pm - Anderson Hall"
    body = (
        "## Agenda\n\nAriel presented GeoGIFs last time.\n\n## Meeting Recap\n\nWe elected a board."
    )
    assert _accepted_days(title, body, published) == [datetime(2019, 2, 20, 18, 0)]


def test_event_on_its_posts_day_takes_the_time_the_post_is_dated_at() -> None:
    zone = ZoneInfo("Europe/Stockholm")
    title = "Protest against rent rises"
    body = "On 10 December we gather for a protest in the square. Welcome!"
    at_two = datetime(2022, 12, 10, 14, 0, tzinfo=zone)
    assert _accepted_days(title, body, at_two) == [datetime(2022, 12, 10, 14, 0)]


@pytest.mark.parametrize(
    "clock",
    [(0, 0, 0), (20, 42, 0), (14, 0, 17)],
    ids=["a date alone", "a time of writing", "seconds"],
)
def test_event_on_its_posts_day_stays_all_day_when_the_posts_time_is_no_start(clock) -> None:
    published = datetime(2022, 12, 10, *clock, tzinfo=ZoneInfo("Europe/Stockholm"))
    body = "On 10 December we gather for a protest in the square. Welcome!"
    assert _accepted_days("Protest", body, published) == [date(2022, 12, 10)]


def test_posts_time_never_replaces_a_time_the_text_gives() -> None:
    published = datetime(2022, 12, 10, 9, 0, tzinfo=ZoneInfo("Europe/Stockholm"))
    body = "The protest is on 10 December at 15:00 in the square. Welcome!"
    assert _accepted_days("Protest", body, published) == [datetime(2022, 12, 10, 15, 0)]


def test_posts_time_is_not_given_to_an_event_of_another_day() -> None:
    published = datetime(2022, 12, 1, 14, 0, tzinfo=ZoneInfo("Europe/London"))
    body = "Join us for the protest on Saturday 10 December in the square."
    assert _accepted_days("Protest", body, published) == [date(2022, 12, 10)]


def _corpus(root: Path, posts: dict[str, str], labels: str) -> Path:
    """A folder laid out as events-dev is: `posts/` and `labels.yaml`."""
    (root / "posts").mkdir(parents=True)
    for name, text in posts.items():
        (root / "posts" / name).write_text(text, encoding="utf-8")
    (root / "labels.yaml").write_text(labels, encoding="utf-8")
    return root


def _tiny_corpus(root: Path) -> Path:
    """One post with an event, one without."""
    return _corpus(root, {
        "club__site__2024-04-20-quiz.md":
            "---\ntitle: Quiz night\n---\nJoin us for the quiz on Friday 3 May at 19:00.\n",
        "club__site__2024-04-21-report.md":
            "---\ntitle: Thanks\n---\nThank you all for coming to the quiz last week.\n",
    }, "- file: club__site__2024-04-20-quiz.md\n  source: club/site:_posts/x.md@abc\n"
       "  lang: en\n  published: '2024-04-20'\n  timezone: Europe/London\n"
       "  events:\n  - start: '2024-05-03T19:00'\n    end: null\n    kind: must\n"
       "- file: club__site__2024-04-21-report.md\n  source: club/site:_posts/y.md@abc\n"
       "  lang: en\n  published: '2024-04-21'\n  timezone: Europe/London\n  events: []\n")


@pytest.mark.parametrize("pipeline", [False, True], ids=["find_events", "pipeline"])
def test_benchmark_scores_a_labelled_folder_of_ones_own(tmp_path, capsys, pipeline) -> None:
    module = _benchmark()
    corpus = _tiny_corpus(tmp_path / "corpus")
    posts = module._labelled(corpus / "labels.yaml", corpus / "posts", "corpus")
    result = (module.score_pipeline if pipeline else module.score_posts)("corpus", posts)
    assert (result.posts, result.must, result.tp, result.fp) == (2, 1, 1, 0)
    assert set(result.sites) == {"club/site"}
    argv = ["--corpus", str(corpus)] + (["--pipeline"] if pipeline else [])
    assert module.main(argv) == 0
    assert "club/site" in capsys.readouterr().out


@pytest.mark.parametrize("pipeline", [False, True], ids=["find_events", "pipeline"])
def test_benchmark_scores_each_day_of_a_weekly_series_as_a_calendar_shows_it(
        tmp_path, pipeline) -> None:
    module = _benchmark()
    saturdays = "".join(f"  - start: '2020-10-{d}T09:00'\n    end: '2020-10-{d}T13:00'\n"
                        f"    kind: must\n" for d in (10, 17, 24, 31))
    corpus = _corpus(tmp_path / "corpus", {
        "club__site__2020-09-08-fall-fest.md":
            "---\ntitle: Fall Fest\n---\nFall Fest is on Saturdays, October 10-31, from 9am "
            "to 1pm.\n"}, "- file: club__site__2020-09-08-fall-fest.md\n"
        "  source: club/site:_posts/x.md@abc\n  lang: en\n  published: '2020-09-08'\n"
        "  timezone: America/New_York\n  events:\n" + saturdays)
    posts = module._labelled(corpus / "labels.yaml", corpus / "posts", "corpus")
    result = (module.score_pipeline if pipeline else module.score_posts)("corpus", posts)
    assert (result.must, result.tp, result.fp) == (4, 4, 0)


def test_benchmark_compares_a_builds_times_on_the_sites_clock() -> None:
    # (a Zola page's `date = "2020-10-07T14:00:00Z"` is 15:00 in London, as labels write it)
    wall_clock = _benchmark()._wall_clock
    assert wall_clock(datetime(2020, 10, 7, 14, tzinfo=ZoneInfo("UTC")), "Europe/London") == (
        datetime(2020, 10, 7, 15))
    assert wall_clock(date(2020, 10, 7), "Europe/London") == date(2020, 10, 7)


def test_benchmark_says_which_folder_has_no_labels(tmp_path, capsys) -> None:
    assert _benchmark().main(["--corpus", str(tmp_path)]) == 2
    assert f"no labels.yaml in {tmp_path}" in capsys.readouterr().err


def test_benchmark_reads_an_unquoted_norwegian_lang_as_norwegian(tmp_path) -> None:
    # YAML 1.1 reads `lang: no` as false
    module = _benchmark()
    corpus = _corpus(tmp_path / "corpus", {
        "lag__site__2016-10-16-c.md":
            "---\ntitle: Åpen øving\n---\nMøt opp i EL2 torsdag 20. oktober klokken 16.15.\n",
    }, "- file: lag__site__2016-10-16-c.md\n  source: lag/site:_posts/c.md@abc\n  lang: no\n"
       "  published: '2016-10-16'\n  timezone: Europe/Oslo\n"
       "  events:\n  - start: '2016-10-20T16:15'\n    end: null\n    kind: must\n")
    posts = module._labelled(corpus / "labels.yaml", corpus / "posts", "corpus")
    assert [post.lang for post in posts] == ["no"]
    assert module.score_posts("corpus", posts).tp == 1


@pytest.mark.parametrize(("path", "collection"), [
    ("_posts/2024-05-01-x.md", ""), ("_events/2.md", "events"), ("_posts/events/x.md", ""),
    ("_collections/_news/x.md", "news"),
    ("content/events/2019/quiz.md", "events"), ("content/post/quiz.md", ""),
    ("_content/events/quiz.md", "events"), ("_content/posts/quiz.md", "content"),
    ("src/content/events/quiz.md", "events"), ("src/content/blog/quiz.md", ""),
    ("content/_index/calendar/2022-04-30_fest.md", "calendar"), ("content/_index/about.md", ""),
    ("_src/agenda/mosselen.md", "agenda"), ("_src/nieuws/debat.md", ""), ("_src/x.md", "src"),
    ("_src/_news/x.md", "news"),
])
def test_benchmark_builds_an_event_collections_documents_in_it(path, collection) -> None:
    # (a Hugo section of events is a collection in Jekyll's terms)
    assert _benchmark().collection_of({"source": f"club/site:{path}@abc"}) == collection


def _pipeline_hits(tmp_path, posts: dict[str, str], labels: str) -> int:
    """The labelled events the benchmark finds in `posts` as a build reads them."""
    module = _benchmark()
    corpus = _corpus(tmp_path / "corpus", posts, labels)
    found = module._labelled(corpus / "labels.yaml", corpus / "posts", "corpus")
    return module.score_pipeline("corpus", found).tp


def test_benchmark_reads_an_events_collections_document_by_its_own_date(tmp_path) -> None:
    assert _pipeline_hits(tmp_path, {
        "club__site__2.md": "---\ntitle: Stammtisch 1\ndate: 2019-06-27 20:00:00 +0200\n---\n"
                            "Meet fellow tech workers over a drink.\n",
    }, "- file: club__site__2.md\n  source: club/site:_events/2.md@abc\n  lang: en\n"
       "  published: '2019-06-27T20:00'\n  timezone: Europe/Berlin\n"
       "  events:\n  - start: '2019-06-27T20:00'\n    end: null\n    kind: must\n") == 1


def test_benchmark_reads_a_labelled_post_that_says_published_false(tmp_path) -> None:
    # (labelled as written: the benchmark builds as `jekyll build --unpublished` does)
    assert _pipeline_hits(tmp_path, {
        "club__site__2019-05-05-reminder.md": "---\ntitle: Reminder\npublished: false\n---\n"
                                              "Our meetup is on Wednesday 8 May 2019 at 7pm.\n",
    }, "- file: club__site__2019-05-05-reminder.md\n  source: club/site:_posts/r.md@abc\n"
       "  lang: en\n  published: '2019-05-05'\n  timezone: Asia/Singapore\n"
       "  events:\n  - start: '2019-05-08T19:00'\n    end: null\n    kind: must\n") == 1


def test_benchmark_reads_a_labelled_publication_date_as_its_front_matter_wrote_it() -> None:
    published = _benchmark().parse_published("2020-08-24T0:0:0+01:00", ZoneInfo("Europe/Amsterdam"))
    assert published == datetime(2020, 8, 24, 1, tzinfo=ZoneInfo("Europe/Amsterdam"))


def test_the_sites_default_threshold_is_inferences() -> None:
    from dataclasses import fields

    from herald.derive.infer import THRESHOLD
    from herald.model import Config

    default = next(f.default for f in fields(Config) if f.name == "event_confidence_threshold")
    assert default == THRESHOLD


class _Sure:
    """A scorer as sure of each candidate as its `sure` feature says."""

    def probability(self, features: dict[str, float]) -> float:
        return features["sure"]


def _listed(day: int, sure: float, **more: float) -> Judged:
    return Judged(date(2024, 10, day), None, f"- {day} Oct, a talk", "", {"sure": sure, **more},
                  [], True, listed_in=3)


def test_a_lists_items_are_its_events_where_the_scorer_is_sure_of_one() -> None:
    found = judge([_listed(9, 0.3), _listed(23, 0.95), _listed(30, 0.3, past=1.0)], _Sure())
    assert [(f.start.day, f.accepted and f.confidence >= THRESHOLD) for f in found] == [
        (9, True), (23, True), (30, False)]  # (not an item told in the past)


def test_a_lists_items_stay_as_scored_where_the_scorer_is_sure_of_none() -> None:
    found = judge([_listed(9, 0.3), _listed(23, 0.6)], _Sure())
    assert [f.confidence for f in found] == [0.3, 0.6]


def test_a_lists_sureness_is_at_least_the_sites_threshold() -> None:
    found = judge([_listed(9, 0.1), _listed(23, 0.92)], _Sure(), threshold=0.95)
    assert [f.confidence for f in found] == [0.1, 0.92]


def test_benchmark_names_a_collections_document_as_jekyll_reads_it() -> None:
    # (not "_events-mario.md": a name starting "_" is one Jekyll leaves out)
    own_name = _benchmark().own_name
    assert own_name(SimpleNamespace(file="o__r___events__mario.md")) == "events-mario.md"
    assert own_name(SimpleNamespace(file="o__r__talk__index.md")) == "talk-index.md"
