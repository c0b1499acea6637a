"""Crash safety of `herald build`: builds killed with SIGKILL at random moments on a few
thousand generated posts leave out/ exactly the previous or the new output, byte for byte, and
no build deletes files that herald did not create.

The kill moments come from a seeded generator; the seed is printed (pytest -s, or shown with a
failure) and HERALD_CRASH_SEED=<seed> repeats it. Where the kills landed is printed too.
"""

from __future__ import annotations

import hashlib
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from icalendar import Calendar
from lxml import etree

from conftest import BASIC_CONFIG, NOW, REPO, post_text, write_site
from herald.load.site import LoadOptions
from herald.pipeline import build
from herald.write.output import MARKER

pytestmark = pytest.mark.slow  # 20-60 s: thousands of posts built, killed and built again

POSTS = 2000  # posts in the first version of the generated site
ADDED = 100  # posts the second version adds (and it edits every 40th post)
RANDOM_KILLS = 8  # builds killed at a random moment of a normal build's duration
AIMED_KILLS = ("writing", "writing", "swapped")  # builds killed at a random moment of writing
# their staging folder, or just after they swapped it in
FOREIGN = {"CNAME": b"news.example.org\n", "extra/keep.txt": b"put here by hand\n"}
NOW_ARG = "2026-11-01"

THEMES = [
    ("demokrati", "Demokrati", "sv"), ("medborgarbudget", "Medborgarbudget", "sv"),
    ("stadsutveckling", "Stadsutveckling", "sv"), ("utbildning", "Utbildning och lärande", "sv"),
    ("kultur", "Kultur och föreningsliv", "sv"), ("civic-tech", "Civic tech", "en"),
    ("open-data", "Open data", "en"), ("participation", "Participation", "en"),
    ("climate", "Climate", "en"), ("research", "Research", "en"),
]
HEADS = {"sv": ["Workshop om", "Ny rapport om", "Träff kring", "Webbinarium om", "Samtal om",
                "Nyheter från", "Öppet möte om"],
         "en": ["Workshop on", "New report on", "Meetup about", "Webinar on", "Talk about",
                "News from", "Open meeting on"]}
WORDS = {"sv": ["medborgardialog", "Göteborg", "Angered", "Malmö", "öppenhet", "deltagande",
                "förslag", "röstning", "kommun", "föreningar", "stadsdel", "framtid", "år"],
         "en": ["dialogue", "Gothenburg", "residents", "openness", "proposals", "voting",
                "council", "budget", "platform", "neighbourhood", "future", "year"]}


def write_corpus(root: Path, changed: bool) -> Path:
    """A Jekyll-style site of POSTS posts; `changed` edits every 40th and adds ADDED more.

    The random generator is seeded the same way for both versions and every post draws the
    same numbers from it, so the posts both versions share are identical unless edited.
    """
    rng = random.Random(2026)
    (root / "_posts").mkdir(parents=True)
    (root / "_themes").mkdir()
    (root / "_config.yml").write_text(BASIC_CONFIG, encoding="utf-8")
    for slug, title, lang in THEMES:
        (root / "_themes" / f"{slug}.md").write_text(
            f"---\ntitle: {title}\nlang: {lang}\n---\nOm {title.lower()}.\n", encoding="utf-8")
    for i in range(POSTS + (ADDED if changed else 0)):
        lang = "en" if i % 3 == 0 else "sv"
        words = WORDS[lang]
        title = f"{rng.choice(HEADS[lang])} {rng.choice(words)} {i}"
        body = " ".join(rng.choice(words) for _ in range(rng.randint(40, 90))) + ".\n"
        themes = rng.sample(THEMES, rng.randint(1, 3))
        if changed and i % 40 == 0:
            title += " (uppdaterad)" if lang == "sv" else " (updated)"
            body += "\nEdited after the first build.\n"
        year, month, day = 2019 + i % 8, 1 + i % 12, 1 + i % 28
        day_text = f"{year}-{month:02}-{day:02}"
        lines = ["---", f"title: {title}", f"lang: {lang}",
                 f"date: {day_text} {8 + i % 10:02}:{i % 60:02}:00 +0100", "categories:"]
        lines += [f"- _themes/{slug}.md" for slug, _, _ in themes]
        if i % 7 == 0:
            lines += ["event:", f"  start: {day_text} 13:00", f"  end: {day_text} 15:30",
                      "  location:", f"    name: Lokal {i % 23}",
                      f"    address: Storgatan {i % 50 + 1}, Göteborg"]
        text = "\n".join([*lines, "---", body])
        (root / "_posts" / f"{day_text}-post-{i}.md").write_text(text, encoding="utf-8")
    return root


def start_build(src: Path, content: Path, out: Path) -> subprocess.Popen[bytes]:
    """`herald build` of the package in `src`, in a process of its own; its output goes to a
    pipe read at the end (-q keeps it far below a pipe's buffer)."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(src), env.get("PYTHONPATH")]))
    return subprocess.Popen(
        [sys.executable, "-m", "herald", "build", "--content", str(content), "--out", str(out),
         "--now", NOW_ARG, "-q"], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, env=env)


def run_build(src: Path, content: Path, out: Path) -> tuple[float, float]:
    """Build to the end: the seconds it took, and the seconds from the moment its staging
    folder appeared beside `out` to its end."""
    before = leftovers(out)
    started = time.perf_counter()
    proc = start_build(src, content, out)
    wait_until(proc, lambda: bool(leftovers(out) - before))
    writing = time.perf_counter()
    output = proc.communicate(timeout=120)[0].decode()
    ended = time.perf_counter()
    assert proc.returncode == 0, output
    return ended - started, ended - writing


def wait_until(proc: subprocess.Popen[bytes], condition: Callable[[], bool]) -> None:
    """Until `condition` holds or `proc` has ended."""
    while proc.poll() is None and not condition():
        time.sleep(0.001)


def manifest(folder: Path) -> dict[str, str]:
    """Every file under `folder` by relative path: its SHA-256."""
    return {path.relative_to(folder).as_posix(): hashlib.sha256(path.read_bytes()).hexdigest()
            for path in folder.rglob("*") if path.is_file() or path.is_symlink()}


def leftovers(out: Path) -> set[str]:
    """Folders beside `out` that look like a build's staging folders."""
    if not out.parent.is_dir():
        return set()
    return {path.name for path in out.parent.iterdir()
            if path.name.startswith(f".{out.name}.herald-")}


def held(parent: Path, names: set[str]) -> dict[str, list[str]]:
    """What each folder of `names` under `parent` holds at its top (its first ten names)."""
    return {name: sorted(path.name for path in (parent / name).iterdir())[:10]
            for name in sorted(names) if (parent / name).is_dir()}


def check_parses(out: Path, names: list[str]) -> None:
    for name in names:
        data = (out / name).read_bytes()
        if name.endswith((".atom", ".rss")):
            etree.fromstring(data)  # raises on anything not well-formed
        else:
            assert Calendar.from_ical(data).name == "VCALENDAR", name


def difference(actual: dict[str, str], expected: dict[str, str]) -> str:
    missing = sorted(expected.keys() - actual.keys())
    extra = sorted(actual.keys() - expected.keys())
    changed = sorted(k for k in expected.keys() & actual.keys() if expected[k] != actual[k])
    return (f"{len(missing)} missing {missing[:5]}, {len(extra)} extra {extra[:5]}, "
            f"{len(changed)} differ {changed[:5]}")


PHASES = {  # (swapped, a new staging folder left beside out/): where the kill landed
    (False, False): "loading or rendering (no staging folder yet)",
    (False, True): "writing the staging folder (before the swap)",
    (True, True): "after the swap, removing the previous output",
    (True, False): "after the swap and the clean-up",
}


@dataclass
class Corpus:
    src: Path  # a copy of the herald package that every build here runs
    content: dict[str, Path]  # "old" and "new" versions of the generated site
    expected: dict[str, dict[str, str]]  # each version's complete output, foreign files added
    out: Path
    seconds: float  # one normal build, start of the process to its end
    writing: float  # the same build, from its staging folder's appearance to its end


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Corpus:
    root = tmp_path_factory.mktemp("crash")
    # the code as of now: every build compared here runs the same, whatever is edited meanwhile
    src = root / "src"
    shutil.copytree(REPO / "src" / "herald", src / "herald",
                    ignore=shutil.ignore_patterns("__pycache__"))
    content = {"old": write_corpus(root / "content-old", changed=False),
               "new": write_corpus(root / "content-new", changed=True)}
    out = root / "site" / "out"  # alone in its parent, so that staging folders are easy to see
    reference = root / "reference" / "out"
    run_build(src, content["new"], reference)
    seconds, writing = run_build(src, content["old"], out)  # alone: kill moments come from it
    trees = {"old": manifest(out), "new": manifest(reference)}
    for tree in (out, reference):  # every feed and calendar of both known-good outputs parses
        check_parses(tree, sorted(p.relative_to(tree).as_posix() for p in tree.rglob("*")
                                  if p.suffix in (".atom", ".rss", ".ics")))
    assert MARKER in trees["old"] and len(trees["old"]) > 500
    assert trees["old"] != trees["new"]
    assert not trees["old"].keys() & FOREIGN.keys()
    for name, data in FOREIGN.items():
        (out / name).parent.mkdir(parents=True, exist_ok=True)
        (out / name).write_bytes(data)
    foreign = {name: hashlib.sha256(data).hexdigest() for name, data in FOREIGN.items()}
    expected = {version: tree | foreign for version, tree in trees.items()}
    return Corpus(src, content, expected, out, seconds, writing)


def test_killed_builds_leave_previous_or_new_output_complete(corpus: Corpus) -> None:
    seed = int(os.environ.get("HERALD_CRASH_SEED") or random.SystemRandom().randrange(2**32))
    print(f"\ncrash-safety seed {seed} (rerun with HERALD_CRASH_SEED={seed}); "
          f"a normal build takes {corpus.seconds:.2f} s, {corpus.writing:.2f} s of it after "
          "its staging folder appears")
    rng = random.Random(seed)
    out = corpus.out
    current = "old" if manifest(out) == corpus.expected["old"] else "new"
    phases: Counter[str] = Counter()
    for run, aim in enumerate(["random"] * RANDOM_KILLS + list(AIMED_KILLS)):
        target = "new" if current == "old" else "old"  # always build the other version
        before = leftovers(out)
        folder = out.stat().st_ino  # a swap puts another folder there
        started = time.perf_counter()
        proc = start_build(corpus.src, corpus.content[target], out)
        if aim == "random":
            time.sleep(rng.uniform(0.05, corpus.seconds))
        elif aim == "writing":
            wait_until(proc, lambda: bool(leftovers(out) - before))  # noqa: B023
            time.sleep(rng.uniform(0, corpus.writing))
        else:
            wait_until(proc, lambda: out.stat().st_ino != folder)  # noqa: B023
            time.sleep(rng.uniform(0, 0.02))
        delay = time.perf_counter() - started
        proc.kill()  # SIGKILL; does nothing when the build has already ended
        output = proc.communicate()[0].decode()
        returncode = proc.returncode
        new_leftovers = leftovers(out) - before
        state = manifest(out)
        where = f"run {run} ({aim}), seed {seed}, killed after {delay:.3f} s"
        if state not in (corpus.expected[current], corpus.expected[target]):
            pytest.fail(f"{where}: out/ is neither complete output; against the previous: "
                        f"{difference(state, corpus.expected[current])}; against the new: "
                        f"{difference(state, corpus.expected[target])}")
        swapped = state == corpus.expected[target]
        for name, data in FOREIGN.items():
            assert (out / name).read_bytes() == data, f"{where}: {name} changed"
        feeds = sorted(name for name in state if name.endswith((".atom", ".rss")))
        calendars = sorted(name for name in state if name.endswith(".ics"))
        check_parses(out, feeds + rng.sample(calendars, 4))
        if returncode == 0:
            assert swapped, f"{where}: the build ended without error but did not swap"
            phases["ended before the kill"] += 1
        else:
            assert returncode == -signal.SIGKILL, f"{where}: build failed:\n{output}"
            phases[PHASES[swapped, bool(new_leftovers)]] += 1
        if swapped:
            current = target
    print("kill points:", dict(phases))
    print("staging folders left beside out/ before the next normal build:", len(leftovers(out)))
    target = "new" if current == "old" else "old"
    run_build(corpus.src, corpus.content[target], out)  # undisturbed by anything killed builds left
    if manifest(out) != corpus.expected[target]:
        pytest.fail(difference(manifest(out), corpus.expected[target]))
    assert leftovers(out) == set(), ("a successful build removes killed builds' staging "
                                     f"folders; left: {held(out.parent, leftovers(out))}")


# --- normal builds: what they keep and what they remove -------------------------------------

def small_site(root: Path, themes: list[str]) -> Path:
    posts = {f"2026-0{i + 1}-10-post-{name}.md":
             post_text(f"Inlägg om {name}", "Text.", categories=f"[_themes/{name}.md]")
             for i, name in enumerate(themes)}
    return write_site(root, posts, BASIC_CONFIG,
                      {f"{name}.md": f"---\ntitle: {name.title()}\n---\n" for name in themes})


def test_build_keeps_foreign_files_and_removes_what_it_no_longer_writes(tmp_path: Path) -> None:
    out = tmp_path / "out"
    first = build(small_site(tmp_path / "a", ["alfa", "beta"]), out, LoadOptions(now=NOW))
    beta = sorted(name for name in first.sizes if name.startswith("themes/beta/"))
    assert beta and "themes/alfa/feed.atom" in first.sizes
    foreign = {"CNAME": b"news.example.org\n", "themes/extra.txt": b"mine\n",
               "themes/beta/notes.txt": b"also mine\n", "extra/deep/keep.txt": b"kept\n"}
    for name, data in foreign.items():
        (out / name).parent.mkdir(parents=True, exist_ok=True)
        (out / name).write_bytes(data)
    (out / "linked").symlink_to(tmp_path / "a" / "_themes")  # a folder linked in by hand
    second = build(small_site(tmp_path / "b", ["alfa"]), out, LoadOptions(now=NOW))
    for name, data in foreign.items():
        assert (out / name).read_bytes() == data, name
    assert (out / "linked").is_symlink()
    assert (out / "linked").resolve() == (tmp_path / "a" / "_themes").resolve()
    assert not any((out / name).exists() for name in beta)
    written = {p.relative_to(out).as_posix() for p in out.rglob("*")
               if p.is_file() and not p.is_relative_to(out / "linked")}
    assert written == set(second.sizes) | set(foreign) | {MARKER}
    assert leftovers(out) == set()


def test_build_removes_stale_staging_folders_only(tmp_path: Path) -> None:
    """Staging folders of killed builds go on the next build, and empty ones (a build killed
    before it marked its folder); not those of running builds, not unmarked ones that hold
    anything, nor the fallback swap's `-old-` folder (it may hold the only output)."""
    fcntl = pytest.importorskip("fcntl")
    site = small_site(tmp_path / "a", ["alfa"])
    out = tmp_path / "site" / "out"
    build(site, out, LoadOptions(now=NOW))
    made = {}
    for name, marked in [("killed", True), ("running", True), ("unmarked", False),
                         ("old-123", True)]:
        folder = out.parent / f".out.herald-{name}"
        (folder / "themes").mkdir(parents=True)
        (folder / "themes" / "feed.atom").write_text("<feed/>", encoding="utf-8")
        if marked:
            (folder / MARKER).write_text("", encoding="utf-8")
        made[name] = folder
    (out.parent / ".out.herald-linked").symlink_to(made["killed"])
    for name in ("empty", "starting"):  # killed before marking it; marking it now
        (out.parent / f".out.herald-{name}").mkdir()
    running = os.open(made["running"], os.O_RDONLY | os.O_DIRECTORY)
    starting = os.open(out.parent / ".out.herald-starting", os.O_RDONLY | os.O_DIRECTORY)
    try:
        fcntl.flock(running, fcntl.LOCK_EX)  # as the build writing it holds it
        fcntl.flock(starting, fcntl.LOCK_EX)
        build(site, out, LoadOptions(now=NOW))
    finally:
        os.close(running)
        os.close(starting)
    assert leftovers(out) == {".out.herald-running", ".out.herald-unmarked",
                              ".out.herald-old-123", ".out.herald-linked",
                              ".out.herald-starting"}
    assert (made["running"] / "themes" / "feed.atom").is_file()
    assert (made["unmarked"] / "themes" / "feed.atom").is_file()
    build(site, out, LoadOptions(now=NOW))  # once no build holds it, it is stale too
    assert ".out.herald-running" not in leftovers(out)
