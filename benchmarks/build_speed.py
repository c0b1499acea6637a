#!/usr/bin/env python3
"""Build speed of herald at scale: prints numbers, asserts nothing.

Usage:
    python benchmarks/build_speed.py [--sizes 1000,10000] [--work DIR] [--runs K]
                                     [--herald CMD] [--json] [--generate-only]

For each size: a generated corpus (../shared/bench/gen_corpus.py when present, else a small
built-in generator of the same shape; cached under --work), then `herald build -q` as a
subprocess: a cold build (empty out folder, fresh cache when herald has --cache-dir), a
no-change rebuild, a rebuild after appending a sentence to the newest post (restored after,
mtime too) and, when herald has --no-cache, a cold build with it. Wall time, posts/s, peak RSS
(wait4's ru_maxrss), output size and files. Then the mean event-inference time per post,
in a child process (so this script's memory stays small: a forked child's peak RSS cannot
read below its parent's). With --json the last stdout line is all results as one JSON object.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import shlex
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parent.parent
SHARED_GEN = ROOT.parent / "shared" / "bench" / "gen_corpus.py"
SEED, THEMES, SAMPLE = 20240303, 20, 2000
EDIT = "\n\nTillägg: mötet flyttas till en större lokal. An extra sentence for the benchmark.\n"

# ------------------------------------------------------------------ fallback corpus
WORDS = {
    "sv": (["Kommunen", "Föreningen", "Nämnden", "Projektgruppen", "Ungdomsrådet"],
           ["bjuder in till samtal om", "har beslutat om", "utreder", "vill veta mer om"],
           ["nya cykelbanor", "ett nytt kulturhus", "belysningen i parken", "en ny lekplats"],
           ["under våren", "i höst", "i flera stadsdelar", "tillsammans med invånarna"]),
    "en": (["The municipality", "The association", "The committee", "The youth council"],
           ["invites you to talk about", "has decided on", "is reviewing", "wants to hear about"],
           ["new cycle lanes", "a new arts centre", "the lighting in the park", "a playground"],
           ["this spring", "in the autumn", "in several districts", "together with residents"]),
}
MONTHS = {"sv": ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti",
                 "september", "oktober", "november", "december"],
          "en": ["January", "February", "March", "April", "May", "June", "July", "August",
                 "September", "October", "November", "December"]}
DAYS = {"sv": ["måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"],
        "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]}


def fallback_corpus(out: Path, n: int, seed: int) -> None:
    """70 % Swedish / 30 % English bodies of 1-4 KB, 1-3 of 20 themes, 10 % announce an event."""
    rng, tz = random.Random(seed), ZoneInfo("Europe/Stockholm")
    (out / "_posts").mkdir(parents=True)
    (out / "_themes").mkdir()
    for t in range(THEMES):
        (out / "_themes" / f"tema-{t:02d}.md").write_text(
            f"---\ntitle: Tema {t}\nlang: sv\n---\n\nNyheter om tema {t}.\n", encoding="utf-8")
    start = datetime(2017, 1, 1, tzinfo=tz)
    stamps = sorted(rng.randrange(8 * 365 * 86400) for _ in range(n))
    events = set(rng.sample(range(n), round(n * 0.1)))
    for i, off in enumerate(stamps):
        date = (start + timedelta(seconds=off)).astimezone(tz).replace(second=0, microsecond=0)
        lang = "sv" if rng.random() < 0.7 else "en"
        subj, verb, obj, tail = WORDS[lang]

        def sentence() -> str:
            return f"{rng.choice(subj)} {rng.choice(verb)} {rng.choice(obj)} {rng.choice(tail)}."  # noqa: B023

        paras, target = [], rng.randint(1000, 3900)
        if i in events:
            w = (date + timedelta(days=rng.randint(3, 40))).replace(hour=rng.choice([10, 13, 18]),
                                                                   minute=rng.choice([0, 30]))
            day, mon = DAYS[lang][w.weekday()], MONTHS[lang][w.month - 1]
            paras.append(f"Välkommen till informationsmöte {day} den {w.day} {mon} kl "
                         f"{w.hour}:{w.minute:02d} i stadshuset." if lang == "sv" else
                         f"Join the information meeting on {day} {w.day} {mon} at "
                         f"{w.hour}:{w.minute:02d} at the town hall.")
        while sum(len(p.encode()) + 2 for p in paras) < target:
            paras.insert(len(paras) // 2, " ".join(sentence() for _ in range(rng.randint(2, 4))))
        themes = "".join(f"  - _themes/tema-{t:02d}.md\n"
                         for t in rng.sample(range(THEMES), rng.randint(1, 3)))
        (out / "_posts" / f"{date:%Y-%m-%d}-post-{i:06d}.md").write_text(
            f"---\ntitle: {json.dumps(sentence()[:-1], ensure_ascii=False)}\n"
            f"date: {date:%Y-%m-%d %H:%M:%S %z}\nlang: {lang}\n"
            f"excerpt: {json.dumps(sentence(), ensure_ascii=False)}\ncategories:\n{themes}---\n\n"
            + "\n\n".join(paras) + "\n", encoding="utf-8")


def ensure_corpus(work: Path, n: int) -> tuple[Path, str]:
    kind = "shared" if SHARED_GEN.is_file() else "fallback"
    final = work / f"corpus-{kind}-n{n}-s{SEED}"
    if final.is_dir():
        return final, f"{kind} generator, cached in {final}"
    tmp = work / f"{final.name}.partial"
    shutil.rmtree(tmp, ignore_errors=True)
    t0 = time.perf_counter()
    if kind == "shared":
        proc = subprocess.run([sys.executable, str(SHARED_GEN), str(tmp), "--posts", str(n),
                               "--themes", str(THEMES), "--seed", str(SEED)],
                              capture_output=True, text=True)
        if proc.returncode:
            sys.exit(f"{SHARED_GEN} failed:\n{proc.stderr[-3000:]}")
    else:
        fallback_corpus(tmp, n, SEED)
    tmp.rename(final)
    return final, f"{kind} generator, generated in {time.perf_counter() - t0:.1f} s -> {final}"


# ------------------------------------------------------------------ measuring
def run(cmd: list[str], out: Path) -> dict[str, float]:
    """One subprocess: wall seconds, peak RSS (MB), output size (MB) and file count."""
    with tempfile.TemporaryFile() as err:
        t0 = time.perf_counter()
        proc = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                stderr=err)
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - t0
        proc.returncode = os.waitstatus_to_exitcode(status)
        if proc.returncode:
            err.seek(0)
            sys.exit(f"{shlex.join(cmd)}: exit {proc.returncode}\n"
                     + err.read().decode(errors="replace")[-3000:])
    files = [p for p in out.rglob("*") if p.is_file()]
    return {"wall_s": wall, "rss_mb": usage.ru_maxrss / 1024,  # KiB on Linux
            "out_mb": sum(p.stat().st_size for p in files) / 1e6, "files": len(files)}


def measure(n: int, corpus: Path, work: Path, herald: list[str], caps: set[str],
            runs: int) -> dict[str, dict[str, float]]:
    out, cache = work / f"out-n{n}", work / f"cache-n{n}"
    # the generated corpus has no _config.yml: its address is given, as a user without one must
    base = [*herald, "build", "--content", str(corpus), "--out", str(out), "-q",
            "--base-url", "https://bench.example/feeds"]
    cached = base + (["--cache-dir", str(cache)] if "--cache-dir" in caps else [])
    victim = max((corpus / "_posts").glob("*.md"))  # the newest post: in the most feeds
    rows: dict[str, list[dict[str, float]]] = {}
    for _ in range(runs):
        shutil.rmtree(out, ignore_errors=True)
        shutil.rmtree(cache, ignore_errors=True)
        rows.setdefault("cold", []).append(run(cached, out))
        rows.setdefault("no-change rebuild", []).append(run(cached, out))
        original, st = victim.read_bytes(), victim.stat()
        try:
            with victim.open("a", encoding="utf-8") as f:
                f.write(EDIT)
            rows.setdefault("one-edit rebuild", []).append(run(cached, out))
        finally:
            victim.write_bytes(original)
            os.utime(victim, ns=(st.st_atime_ns, st.st_mtime_ns))
        if "--no-cache" in caps:
            shutil.rmtree(out, ignore_errors=True)
            rows.setdefault("cold, --no-cache", []).append(run([*base, "--no-cache"], out))
    return {name: {k: statistics.median(r[k] for r in rs) for k in rs[0]}
            for name, rs in rows.items()}


def infer_child(corpus: Path) -> None:
    """Runs in a child process: load the site, time find_events per post, print JSON."""
    sys.path.insert(0, str(ROOT / "src"))
    from herald.derive.infer import find_events
    from herald.derive.schedule import lead_text, reading_language
    from herald.load.site import LoadOptions, load_site

    t0 = time.perf_counter()
    site = load_site(corpus, LoadOptions(now=datetime.now(UTC)))
    load_s = time.perf_counter() - t0
    posts = list(site.posts)
    sample = posts if len(posts) <= SAMPLE else random.Random(SEED).sample(posts, SAMPLE)
    times, with_event = [], 0
    for post in sample:
        t0 = time.perf_counter()
        found = find_events(post.title, lead_text(post.front_matter), post.body,
                            lang=reading_language(post, site.config), published=post.published,
                            threshold=0.5)
        times.append(time.perf_counter() - t0)
        with_event += any(f.accepted for f in found)
    print(json.dumps({"posts": len(posts), "sampled": len(sample), "load_s": load_s,
                      "mean_ms": 1000 * statistics.fmean(times),
                      "median_ms": 1000 * statistics.median(times),
                      "max_ms": 1000 * max(times), "posts_with_event": with_event}))


def inference(corpus: Path) -> dict | None:
    proc = subprocess.run([sys.executable, __file__, "--infer-child", str(corpus)],
                          capture_output=True, text=True)
    if proc.returncode:
        print(f"event inference failed:\n{proc.stderr[-2000:]}")
        return None
    return json.loads(proc.stdout.strip().splitlines()[-1])


def default_herald() -> list[str]:
    exe = Path(sys.executable).parent / "herald"
    return [str(exe)] if exe.is_file() else [sys.executable, "-m", "herald"]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", default="1000,10000", help="post counts, comma-separated")
    ap.add_argument("--work", type=Path, default=Path(tempfile.gettempdir()) / "herald-bench",
                    help="corpora (kept), out and cache folders (default: %(default)s)")
    ap.add_argument("--runs", type=int, default=1, help="repeat each measurement, print median")
    ap.add_argument("--herald", help="herald command (default: herald next to sys.executable)")
    ap.add_argument("--json", action="store_true", help="also print results as JSON, last line")
    ap.add_argument("--generate-only", action="store_true", help="only make the corpora")
    ap.add_argument("--infer-child", type=Path, help=argparse.SUPPRESS)
    a = ap.parse_args()
    if a.infer_child:
        return infer_child(a.infer_child)
    sizes = [int(s.replace("_", "")) for s in a.sizes.split(",") if s.strip()]
    if a.runs < 1 or not sizes or min(sizes) < 1:
        ap.error("--runs and --sizes must be >= 1")
    a.work.mkdir(parents=True, exist_ok=True)
    herald = shlex.split(a.herald) if a.herald else default_herald()
    version = subprocess.run([*herald, "--version"], capture_output=True, text=True,
                             check=True).stdout.strip()
    helptext = subprocess.run([*herald, "build", "--help"], capture_output=True, text=True,
                              check=True).stdout
    caps = {opt for opt in ("--cache-dir", "--no-cache") if opt in helptext}
    print(f"machine: {os.cpu_count()} CPUs, {platform.platform()}, "
          f"Python {platform.python_version()}")
    print(f"herald: {version} ({shlex.join(herald)}); cache options: "
          f"{', '.join(sorted(caps)) or 'none'}; runs per measurement: {a.runs} (median)")
    results = []
    for n in sizes:
        corpus, how = ensure_corpus(a.work, n)
        print(f"\n== {n:,} posts  (corpus: {how})", flush=True)
        if a.generate_only:
            continue
        table = measure(n, corpus, a.work, herald, caps, a.runs)
        print(f"{'measurement':<20}{'wall s':>9}{'posts/s':>10}{'peak RSS MB':>13}"
              f"{'output MB':>11}{'files':>8}")
        for name, r in table.items():
            print(f"{name:<20}{r['wall_s']:>9.2f}{n / r['wall_s']:>10,.0f}{r['rss_mb']:>13.0f}"
                  f"{r['out_mb']:>11.1f}{r['files']:>8,.0f}")
        inf = inference(corpus)
        if inf:
            print(f"event inference: {inf['mean_ms']:.2f} ms/post mean (median "
                  f"{inf['median_ms']:.2f}, max {inf['max_ms']:.1f}) over {inf['sampled']:,} "
                  f"of {inf['posts']:,} posts, {inf['posts_with_event']:,} with an accepted "
                  f"event; load_site took {inf['load_s']:.1f} s")
        results.append({"posts": n, "corpus": str(corpus), "builds": table, "inference": inf})
    if a.json:
        print(json.dumps({"cpus": os.cpu_count(), "python": platform.python_version(),
                          "herald": version, "runs": a.runs, "sizes": results}))


if __name__ == "__main__":
    main()
