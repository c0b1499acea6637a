"""Score event inference against hand-made labels of real posts.

Usage:
    python benchmarks/event_extraction.py
        [--set digidemlab|events-dev|train|site-keys|heldout|heldout2|heldout3|all]
        [--shared DIR] [--verbose] [--json] [--no-loso]
    python benchmarks/event_extraction.py --corpus DIR [--corpus DIR ...] [--pipeline] [--verbose]

Figures are given per set and per site (the source repository). `site-keys` are documents of
real sites dated by their own front-matter keys (benchmarks/site_key_labels.py): the keys are
hidden by inference, which reads title, lead and body only; such a document may announce
events its keys do not name, so its precision is a lower bound. `train`
(benchmarks/data/train-labels.yaml) are posts of ../shared/sites labelled by reading for training.
`heldout`, `heldout2` and `heldout3` (benchmarks/data/heldout*-labels.yaml) are posts of other
real sites labelled by reading; they are scored, never trained on (train_event_scorer.py reads
SETS, TRAIN and site-keys only). Unless --no-loso, the figures of leave-one-site-out follow
(benchmarks/train_event_scorer.py): each site judged by a scorer trained on the other sites
only; and each held-out set once more, each post judged by a scorer trained without its site
("site-out": `train` holds other posts of the held-out sets' sites, so this is the figure for a
site never trained on).

`--corpus DIR` scores a folder laid out as ../shared/corpus/events-dev is (`labels.yaml` and
`posts/`, labelled by its README's schema) instead of the sets: labelled posts of your own site,
or a fresh held-out set of sites nothing was fitted to. With `--pipeline`, each site's posts are
copied into a Jekyll site of their own (`_posts/`, or the collection its source path names:
`_events/`, Hugo's `content/events/`, `_content/events/`; `timezone` and `unpublished: true` in
`_config.yml`, so a labelled post that says `published: false` is read as labelled) and read by
`herald.events`, as a build reads them: the post's language is herald's guess, and the site's own
front matter keys and herald's `event:` key count too.

A found (accepted) event matches a "must" label when it has the same start date, the same
start time when the label has one, and the same end when both have one (times to the minute,
as labels give them). A found event that matches a "may" label is neither a true nor a false
positive. Each label matches at most once.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import dateutil.parser
import yaml
from dateutil.rrule import rrulestr

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from herald.derive.infer import Found, find_events  # noqa: E402
from herald.derive.schedule import front_matter_prose, lead_text  # noqa: E402
from herald.derive.site_keys import is_event_collection  # noqa: E402
from herald.load.frontmatter import FrontMatterError, split_document  # noqa: E402

DEFAULT_SHARED = ROOT.parent / "shared"

# name -> (labels file relative to the corpus folder, folder holding the posts relative to it)
SETS = {
    "digidemlab": ("corpus/digidemlab/events.yaml", "corpus/digidemlab"),
    "events-dev": ("corpus/events-dev/labels.yaml", "corpus/events-dev/posts"),
}

# Labelled posts of ../shared/sites for training (benchmarks/training_sample.py; see the file's
# header): trained on by train_event_scorer.py, judged site by site in leave-one-site-out.
TRAIN = {
    "train": ROOT / "benchmarks" / "data" / "train-labels.yaml",
}

# Held out: scored only, never trained on or used to write rules (see the files' headers).
HELDOUT = {
    "heldout": ROOT / "benchmarks" / "data" / "heldout-labels.yaml",
    "heldout2": ROOT / "benchmarks" / "data" / "heldout2-labels.yaml",
    "heldout3": ROOT / "benchmarks" / "data" / "heldout3-labels.yaml",
}


@dataclass
class Post:
    file: str
    path: Path
    lang: str
    published: datetime
    events: list[dict[str, Any]]
    site: str = ""  # the source repository, owner/name
    collection: str = ""  # its Jekyll collection when not `posts` (`events` for `_events/x.md`)


@dataclass
class SetResult:
    name: str
    posts: int = 0
    tp: int = 0
    fp: int = 0
    must: int = 0
    neutral: int = 0
    seconds: float = 0.0
    misses: list[tuple[str, str, str]] = field(default_factory=list)
    false: list[tuple[str, str, str]] = field(default_factory=list)
    sites: dict[str, SetResult] = field(default_factory=dict)

    @property
    def precision(self) -> float:
        found = self.tp + self.fp
        return self.tp / found if found else 1.0

    @property
    def labelled(self) -> float:
        """The share of found events that match a label, `must` or `may`."""
        found = self.tp + self.fp + self.neutral
        return (self.tp + self.neutral) / found if found else 1.0

    @property
    def recall(self) -> float:
        return self.tp / self.must if self.must else 1.0

    @property
    def ms_per_post(self) -> float:
        return 1000 * self.seconds / self.posts if self.posts else 0.0


def parse_published(value: Any, tz: ZoneInfo) -> datetime:
    """A label's `published` in the label's zone; date-only means that day 00:00, a year or a
    month alone (a site's `date: "2020"`, a folder's "2026-01") its first day."""
    if isinstance(value, datetime):
        dt = value
    elif isinstance(value, date):
        dt = datetime(value.year, value.month, value.day)
    else:
        text = str(value).strip().replace(" ", "T")
        if text.endswith("Z"):
            text = text[:-1] + "+00:00"
        if re.fullmatch(r"\d{4}(-\d{2})?", text):  # a year or a month alone ("2026-01")
            dt = datetime(int(text[:4]), int(text[5:7] or 1), 1)
        else:
            try:
                dt = datetime.fromisoformat(text)
            except ValueError:  # front matter as written: "2020-08-24T0:0:0+01:00"
                dt = dateutil.parser.parse(text)
    if dt.tzinfo is None:
        return dt.replace(tzinfo=tz)
    return dt.astimezone(tz)


def parse_when(value: Any) -> datetime | date | None:
    if value is None:
        return None
    if isinstance(value, datetime | date):
        return value
    text = str(value)
    return datetime.fromisoformat(text) if "T" in text else date.fromisoformat(text)


def load_set(shared: Path, name: str) -> list[Post]:
    labels_rel, posts_rel = SETS[name]
    return _labelled(shared / labels_rel, shared / posts_rel, name)


def heldout_posts(shared: Path, name: str = "heldout") -> list[Post]:
    """The posts of set `name` (held out, or `train`), whose `file` is relative to
    `<shared>/sites`."""
    return _labelled({**HELDOUT, **TRAIN}[name], shared / "sites", "heldout")


def _labelled(labels_file: Path, folder: Path, set_name: str) -> list[Post]:
    """The posts a labels file names (their `file` relative to `folder`), with their labels."""
    labels = yaml.safe_load(labels_file.read_text(encoding="utf-8"))
    undated = [entry["file"] for entry in labels if entry.get("published") is None]
    if undated:  # relative dates and missing years are read from the publication date
        print(f"{labels_file}: {len(undated)} posts without `published` are left out: "
              + ", ".join(undated), file=sys.stderr)
    return [
        Post(
            file=entry["file"],
            path=folder / entry["file"],
            lang=language_tag(entry["lang"]),
            published=parse_published(entry["published"], ZoneInfo(entry["timezone"])),
            events=entry.get("events") or [],
            site=site_of(entry, set_name),
            collection=collection_of(entry),
        )
        for entry in labels
        if entry.get("published") is not None
    ]


def language_tag(value: object) -> str:
    """A label's `lang`: YAML 1.1 reads an unquoted `lang: no` (Norwegian) as false."""
    return "no" if value is False else str(value)


def site_key_posts(shared: Path) -> list[Post]:
    """Posts of ../shared/sites dated by their own front-matter keys (benchmarks/
    site_key_labels.py), as labelled posts; none when that module is missing."""
    try:
        from site_key_labels import site_key_labels  # type: ignore[import-not-found]
    except ImportError:
        return []
    posts = []
    for entry in site_key_labels(shared):
        tz = ZoneInfo(entry["timezone"])
        posts.append(
            Post(
                file=str(entry["file"]),
                path=Path(entry["file"]),
                lang=entry["lang"],
                published=parse_published(entry["published"], tz),
                events=entry.get("events") or [],
                site=site_of(entry, "site-keys"),
            )
        )
    return posts


def site_of(entry: dict[str, Any], default: str) -> str:
    """The repository a labelled post comes from (its `source` up to the colon)."""
    source = entry.get("source") or entry.get("site")
    return str(source).split(":", 1)[0] if source else default


def collection_of(entry: dict[str, Any]) -> str:
    """The Jekyll collection a labelled post's `source` path puts it in (`_events/2.md`:
    `events`; a Hugo section of events, `content/events/2019/x.md`, is that collection in
    Jekyll's terms), or "" for posts."""
    source = str(entry.get("source") or "")
    path = source.split(":", 1)[1].split("@", 1)[0] if ":" in source else ""
    folders = path.split("/")[:-1]
    # a content folder's events section (Hugo's `content/events/`, another generator's
    # `_content/events/`, Astro's `src/content/events/`, Lume's `_src/agenda/`) is a
    # collection of events in Jekyll's terms
    content = next((k for k, folder in enumerate(folders[:2])
                    if folder.lstrip("_") == "content"
                    or (folder == "_src" and len(folders) > k + 1
                        and not folders[k + 1].startswith("_"))), None)
    if content is not None:
        events = next((folder.lstrip("_") for folder in folders[content + 1:]
                       if is_event_collection(folder.lstrip("_"), True)), None)
        if events is not None or folders[content] in ("content", "_src"):
            return events or ""  # (Hugo's `_index` folders are no collections of their own:
            # `content/_index/calendar/` is a calendar's)
    own = [folder for folder in folders if folder.startswith("_")]  # (under a collections_dir)
    if own:
        return "" if own[-1] in ("_posts", "_drafts") else own[-1][1:]
    return ""


def read_post(path: Path) -> tuple[str, str, str]:
    """Title, lead and body of a post file."""
    doc = split_document(path.read_text(encoding="utf-8"))
    title = doc.meta.get("title")
    lead = lead_text(doc.meta)
    body = doc.body if doc.body.strip() else front_matter_prose(doc.meta)  # as a build reads it
    return (title if isinstance(title, str) else ""), lead, body


def _day(value: datetime | date) -> date:
    return value.date() if isinstance(value, datetime) else value


def _minute(value: Any) -> Any:
    """Times to the minute, as labels give them (a site key's `10:00:08` is 10:00)."""
    return value.replace(second=0, microsecond=0) if isinstance(value, datetime) else value


def matches(found: Found, label: dict[str, Any]) -> bool:
    start = parse_when(label["start"])
    end = parse_when(label.get("end"))
    if _day(found.start) != _day(start):
        return False
    if isinstance(start, datetime) and (
        not isinstance(found.start, datetime) or _minute(found.start).time() != start.time()
    ):
        return False
    return not (end is not None and found.end is not None and _minute(found.end) != end)


def _fmt(value: datetime | date | None) -> str:
    if value is None:
        return "-"
    return value.strftime("%Y-%m-%d %H:%M") if isinstance(value, datetime) else value.isoformat()


def score_post(post: Post, found: list[Found], result: SetResult) -> None:
    """Add what `found` (all of a post's candidates) gets right and wrong to `result`."""
    site = result.sites.get(post.site)
    if site is None and post.site:
        site = result.sites[post.site] = SetResult(post.site)
    if site is not None:
        _score_post(post, found, site)
    _score_post(post, found, result)


SERIES_LIMIT = 100  # occurrences of a bounded series scored, at most


def occurrences(found: Found) -> list[Found]:
    """A series' days as a calendar shows them, each its own event, where its rule ends
    (`FREQ=WEEKLY;UNTIL=20201031` from Saturday 10 October: four Saturdays); else itself."""
    if not found.rrule or not re.search(r"\b(?:UNTIL|COUNT)=", found.rrule):
        return [found]
    first = found.start if isinstance(found.start, datetime) else datetime.combine(
        found.start, datetime.min.time())
    # (a calendar's UNTIL is UTC for a timed series: its day's end, as wall-clock time here)
    rule = re.sub(r"UNTIL=(\d{8})(?:T\d{6}Z?)?", r"UNTIL=\1T235959", found.rrule)
    out = []
    for when in rrulestr(rule, dtstart=first.replace(tzinfo=None))[:SERIES_LIMIT]:
        shift = when - first.replace(tzinfo=None)
        out.append(replace(
            found, start=found.start + shift,
            end=None if found.end is None else found.end + shift))
    return out or [found]


def _score_post(post: Post, found: list[Found], result: SetResult) -> None:
    result.posts += 1
    accepted = [o for f in found if f.accepted for o in occurrences(f)]
    musts = [e for e in post.events if e.get("kind", "must") == "must"]
    mays = [e for e in post.events if e.get("kind", "must") != "must"]
    result.must += len(musts)
    used_must = [False] * len(musts)
    used_may = [False] * len(mays)
    for f in accepted:
        hit = next((i for i, e in enumerate(musts) if not used_must[i] and matches(f, e)), None)
        if hit is not None:
            used_must[hit] = True
            result.tp += 1
            continue
        hit = next((i for i, e in enumerate(mays) if not used_may[i] and matches(f, e)), None)
        if hit is not None:
            used_may[hit] = True
            result.neutral += 1
            continue
        result.fp += 1
        result.false.append(
            (post.file, f"{_fmt(f.start)} .. {_fmt(f.end)} ({f.confidence:.2f})", f.evidence)
        )
    for e, used in zip(musts, used_must, strict=True):
        if not used:
            exp = f"{_fmt(parse_when(e['start']))} .. {_fmt(parse_when(e.get('end')))}"
            near = [
                f"{_fmt(f.start)}..{_fmt(f.end)} {'ok' if f.accepted else f.reason}"
                for f in found
                if _day(f.start) == _day(parse_when(e["start"]))
            ]
            result.misses.append((post.file, exp, "; ".join(near) or str(e.get("evidence"))))


def read_posts(posts: list[Post]) -> list[tuple[Post, tuple[str, str, str]]]:
    """The posts that can be read, with their title, lead and body."""
    out = []
    for post in posts:
        try:
            out.append((post, read_post(post.path)))
        except (OSError, FrontMatterError) as err:
            print(f"  cannot read {post.file}: {err}", file=sys.stderr)
    return out


def score_set(shared: Path, name: str, verbose: bool = False) -> SetResult:
    if name == "site-keys":
        posts = site_key_posts(shared)
    elif name in HELDOUT or name in TRAIN:
        posts = heldout_posts(shared, name)
    else:
        posts = load_set(shared, name)
    return score_posts(name, posts, verbose)


def score_posts(name: str, posts: list[Post], verbose: bool = False) -> SetResult:
    result = SetResult(name)
    for post, (title, lead, body) in read_posts(posts):
        t0 = time.perf_counter()
        found = find_events(title, lead, body, lang=post.lang, published=post.published)
        took = time.perf_counter() - t0
        result.seconds += took
        score_post(post, found, result)
        if post.site:
            result.sites[post.site].seconds += took
        if verbose:
            print(f"  {post.file}")
            for f in found:
                flag = "+" if f.accepted else "-"
                print(
                    f"    {flag} {_fmt(f.start)} .. {_fmt(f.end)} c={f.confidence:.2f} "
                    f"{f.reason} | {f.evidence[:100]}"
                )
    return result


def report(result: SetResult, details: bool = True) -> None:
    print(f"== {result.name}")
    if details:
        for file, exp, ev in result.misses:
            print(f"  MISS  {file[:70]}  expected {exp}  [{ev[:120]}]")
        for file, got, ev in result.false:
            print(f"  FALSE {file[:70]}  found {got}  [{ev[:120]}]")
    for site in sorted(result.sites.values(), key=lambda r: r.name.lower()):
        print(
            f"  {site.name[:56]:<56} posts={site.posts:>3} must={site.must:>3} "
            f"P={site.precision:.2f} R={site.recall:.2f}"
        )
    print(
        f"{result.name}: posts={result.posts} must={result.must} tp={result.tp} fp={result.fp} "
        f"may-hits={result.neutral} labelled={result.labelled:.3f} "
        f"precision={result.precision:.3f} recall={result.recall:.3f} "
        f"mean-time={result.ms_per_post:.3f} ms/post"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "--set", choices=[*SETS, *TRAIN, "site-keys", *HELDOUT, "all"], default="all"
    )
    parser.add_argument("--shared", type=Path, default=DEFAULT_SHARED)
    parser.add_argument("--verbose", action="store_true")
    parser.add_argument("--json", action="store_true", help="print a JSON summary only")
    parser.add_argument("--no-loso", action="store_true", help="skip leave-one-site-out")
    parser.add_argument(
        "--corpus", type=Path, action="append", default=[],
        help="score a folder holding labels.yaml and posts/ instead (repeatable)",
    )  # fmt: skip
    parser.add_argument(
        "--pipeline", action="store_true",
        help="with --corpus: read each site's posts as a build does (herald.events)",
    )  # fmt: skip
    args = parser.parse_args(argv)
    shared: Path = args.shared
    if args.corpus:
        return _score_corpora(args.corpus, verbose=args.verbose, pipeline=args.pipeline)
    names = [*SETS, *TRAIN, "site-keys", *HELDOUT] if args.set == "all" else [args.set]
    missing = [n for n in names if n in SETS and not (shared / SETS[n][0]).is_file()]
    if missing:
        print(
            f"error: labelled corpus not found under {shared} "
            f"(expected {', '.join(str(shared / SETS[n][0]) for n in missing)}); "
            "pass --shared DIR",
            file=sys.stderr,
        )
        return 2
    results = [score_set(shared, n, verbose=args.verbose and not args.json) for n in names]
    if args.json:
        summary = {
            r.name: {
                "posts": r.posts,
                "must": r.must,
                "tp": r.tp,
                "fp": r.fp,
                "may_hits": r.neutral,
                "precision": round(r.precision, 4),
                "recall": round(r.recall, 4),
                "ms_per_post": round(r.ms_per_post, 4),
                "sites": {
                    s.name: {
                        "posts": s.posts,
                        "must": s.must,
                        "tp": s.tp,
                        "fp": s.fp,
                        "precision": round(s.precision, 4),
                        "recall": round(s.recall, 4),
                    }
                    for s in r.sites.values()
                },  # fmt: skip
            }
            for r in results
        }
        if not args.no_loso:
            summary["leave-one-site-out"] = _loso(shared, args.set).summary
            for name in [n for n in names if n in HELDOUT]:
                r = _site_out(shared, name)
                summary[f"{name} site-out"] = {
                    "posts": r.posts, "must": r.must, "tp": r.tp, "fp": r.fp,
                    "precision": round(r.precision, 4), "recall": round(r.recall, 4),
                }  # fmt: skip
        print(json.dumps(summary, indent=2))
    else:
        for r in results:
            report(r, details=r.name != "site-keys" or args.verbose)
        if not args.no_loso:
            print("== leave-one-site-out (each site scored by weights trained on the others)")
            print(_loso(shared, args.set).table)
            for name in [n for n in names if n in HELDOUT]:
                print(f"== {name}, each site judged by weights trained without that site")
                report(_site_out(shared, name), details=args.verbose)
    return 0


def _score_corpora(folders: list[Path], verbose: bool, pipeline: bool = False) -> int:
    """Score each folder (labels.yaml + posts/), and all of them pooled."""
    score = score_pipeline if pipeline else score_posts
    missing = [f for f in folders if not (f / "labels.yaml").is_file()]
    if missing:
        print(f"error: no labels.yaml in {', '.join(map(str, missing))}", file=sys.stderr)
        return 2
    pooled: list[Post] = []
    for folder in folders:
        posts = _labelled(folder / "labels.yaml", folder / "posts", folder.name)
        report(score(str(folder), posts, verbose=verbose), details=verbose)
        pooled += posts
    if len(folders) > 1:
        report(score("pooled", pooled), details=False)
    return 0


def score_pipeline(name: str, posts: list[Post], verbose: bool = False) -> SetResult:
    """Score `posts` as herald reads them in a build: each site's posts copied into a Jekyll
    site of their own, with the labels' zone as its `timezone`, read by `herald.events`."""
    import tempfile

    import herald

    result = SetResult(name)
    by_site: dict[tuple[str, str], list[Post]] = {}
    for post in posts:
        by_site.setdefault((post.site, str(post.published.tzinfo)), []).append(post)
    for (site, zone), site_posts in sorted(by_site.items()):
        with tempfile.TemporaryDirectory() as tmp:
            root = Path(tmp)
            (root / "_posts").mkdir()
            collections = sorted({post.collection for post in site_posts if post.collection})
            (root / "_config.yml").write_text(
                # (`unpublished`: a labelled post is read even where it says `published:
                # false`, as `jekyll build --unpublished` reads it)
                f"timezone: {zone}\nunpublished: true\n" + ("collections:\n" if collections else "")
                + "".join(f"  {name}:\n    output: true\n" for name in collections),
                encoding="utf-8")
            named: dict[str, Post] = {}
            for post in site_posts:  # (a collection's documents keep their own names)
                folder = f"_{post.collection}" if post.collection else "_posts"
                file = own_name(post) if post.collection else jekyll_post_name(post)
                (root / folder).mkdir(exist_ok=True)
                named[f"{folder}/{file}"] = post
                (root / folder / file).write_bytes(post.path.read_bytes())
            t0 = time.perf_counter()
            found_by_post: dict[str, list[Found]] = {path: [] for path in named}
            # (built the day after its last labelled post, as a site is: the day a document
            # without a date of its own is dated by; `future` keeps every post)
            built = max(post.published for post in site_posts) + timedelta(days=1)
            events = herald.events(root, now=built, future=True, drafts=True)
            result.seconds += time.perf_counter() - t0
            for event, doc in events.events:
                if event.status == "CANCELLED":
                    continue  # (in the calendar as called off: nothing to attend)
                end = None if event.end_assumed or event.end == event.start else event.end
                found_by_post.setdefault(doc.path, []).append(
                    Found(
                        _wall_clock(event.start, zone),
                        _wall_clock(end, zone),
                        event.confidence,
                        event.evidence,
                        True,
                        event.source,
                        event.rrule or "",
                    )
                )
            for problem in events.problems:
                if verbose:
                    print(f"  {site}: {problem}")
            for path, post in named.items():
                score_post(post, found_by_post.get(path, []), result)
    return result


def _wall_clock(value: datetime | date | None, zone: str) -> Any:
    """An event's time as the labels write it: wall-clock time in the site's zone, without the
    zone (`date = "2020-10-07T14:00:00Z"` is 15:00 in London)."""
    if not isinstance(value, datetime):
        return value
    if value.tzinfo is not None:
        value = value.astimezone(ZoneInfo(zone))
    return value.replace(tzinfo=None)


def own_name(post: Post) -> str:
    """The post's original file name (after `owner__repo__`), with the folder a corpus keeps
    beside a name that is not unique (`owner__repo__my-talk__index.md`: `my-talk-index.md`)."""
    name = Path(post.file).name
    # (not `_events-x.md`, a name Jekyll ignores, for `owner__repo___events__x.md`)
    return "-".join(name.split("__")[2:]).lstrip("_.") or name


def jekyll_post_name(post: Post) -> str:
    """The post's file name as Jekyll reads a post: its own name (`own_name`), with the
    publication date in front when it has none, and `.md` at the end."""
    name = own_name(post)
    if not re.match(r"\d{4}-\d{1,2}-\d{1,2}-", name):
        name = f"{post.published.date().isoformat()}-{name}"
    return name if name.endswith((".md", ".markdown")) else f"{Path(name).stem}.md"


@dataclass
class _Loso:
    table: str
    summary: dict[str, Any]


def _loso(shared: Path, which: str) -> _Loso:
    import train_event_scorer as train

    posts = train.labelled_posts(shared, site_keys=which in ("all", "site-keys"))
    figs, _ = train.evaluate(posts, train.L2, train.SITE_KEY_SHARE)
    return _Loso(train.table(figs), train.summary(figs))


def _site_out(shared: Path, name: str) -> SetResult:
    """Held-out set `name` judged post by post by weights trained on every labelled site but the
    post's own: the training set (TRAIN) has other posts of the held-out sites, so this is the
    figure for a site never trained on."""
    import train_event_scorer as train

    from herald.derive.infer import judge, judged_candidates

    training = train.labelled_posts(shared, site_keys=False)
    scorers: dict[str, Any] = {}
    result = SetResult(f"{name} site-out")
    for post, (title, lead, body) in read_posts(heldout_posts(shared, name)):
        if post.site not in scorers:
            rest = [lp for lp in training if lp.post.site != post.site]
            scorers[post.site] = train.fit(train.examples(rest, 0.0), train.L2)
        judged = judged_candidates(title, lead, body, lang=post.lang, published=post.published)
        score_post(post, judge(judged, scorers[post.site], published=post.published), result)
    return result


if __name__ == "__main__":
    sys.exit(main())
