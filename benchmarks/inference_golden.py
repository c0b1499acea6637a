#!/usr/bin/env python3
"""Record find_events results on many inputs, or check that they have not changed.

Usage:
    python benchmarks/inference_golden.py record FILE [--hostile N] [--corpus DIR ...]
    python benchmarks/inference_golden.py compare FILE

`record` gathers inputs: the labelled posts of ../shared/corpus (digidemlab, events-dev; each
also read in the other language and published 30 days earlier and 200 days later), every post
that a build of each --corpus folder infers events for (default /tmp/c10k and the shared
generator's 10,000-post corpus when present), the hostile 100 kB texts of
tests/test_properties.py and N inputs (default 20,000, half each) drawn from its two
find_events strategies with a fixed seed. It stores the inputs with the repr of every Found
(accepted or not; its SHA-256 when long) in FILE (a pickle; keep it out of the repository).
`compare` runs find_events again on the stored inputs and reports every difference; exit
status 1 if any.
"""

from __future__ import annotations

import argparse
import hashlib
import pickle
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from herald.derive.infer import find_events  # noqa: E402

Call = tuple[str, tuple, dict]  # name, args, kwargs


def labelled_calls() -> list[Call]:
    import event_extraction as ee

    out: list[Call] = []
    for name in ee.SETS:
        for post in ee.load_set(ee.DEFAULT_SHARED, name):
            title, lead, body = ee.read_post(post.path)
            other = "en" if post.lang.startswith("sv") else "sv"
            for lang in (post.lang, other):
                for shift in (0, -30, 200):
                    out.append((f"{name}/{post.file}/{lang}/{shift}", (title, lead, body),
                                {"lang": lang,
                                 "published": post.published + timedelta(days=shift)}))
    return out


def corpus_calls(corpus: Path) -> list[Call]:
    import inference_speed

    return [(f"{corpus}/{k}", args, kwargs)
            for k, (args, kwargs) in enumerate(inference_speed.calls(corpus))]


def hostile_calls(n: int) -> list[Call]:
    from hypothesis import HealthCheck, Phase, given, settings
    from hypothesis import strategies as st

    import test_properties as tp

    out: list[Call] = []
    published = datetime(2021, 3, 1, tzinfo=tp.STOCKHOLM)
    for unit in tp.HOSTILE:
        for lang in ("sv", "en"):
            out.append((f"hostile/{unit!r}/{lang}", ("Workshop", "", unit * (100_000 // len(unit))),
                        {"lang": lang, "published": published}))
    opts = settings(max_examples=n // 2, derandomize=True, database=None, deadline=None,
                    phases=[Phase.generate], suppress_health_check=list(HealthCheck))
    for label, strategy in (
        ("text", st.tuples(st.text(max_size=200), st.text(max_size=100), st.text(max_size=400))),
        ("prose", st.tuples(tp.PROSE, tp.PROSE, tp.PROSE)),
    ):
        @opts
        @given(strategy, tp.LANG, tp.PUBLISHED)
        def draw(texts, lang, pub):
            out.append((f"{label}/{len(out)}", texts,  # noqa: B023 (called before label changes)
                        {"lang": lang, "published": pub}))

        draw()
    return out


def run(call: Call) -> str:
    """The repr of the call's result; a long one (hostile texts) as its SHA-256."""
    _, args, kwargs = call
    text = repr(find_events(*args, **kwargs))
    return text if len(text) < 20_000 else "sha256:" + hashlib.sha256(text.encode()).hexdigest()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("mode", choices=["record", "compare"])
    parser.add_argument("file", type=Path)
    parser.add_argument("--hostile", type=int, default=20_000)
    parser.add_argument("--corpus", type=Path, action="append")
    args = parser.parse_args(argv)
    if args.mode == "record":
        corpora = args.corpus or [p for p in (Path("/tmp/c10k"), Path(
            "/tmp/herald-bench/corpus-shared-n10000-s20240303")) if (p / "_posts").is_dir()]
        calls = labelled_calls()
        for corpus in corpora:
            calls += corpus_calls(corpus)
        calls += hostile_calls(args.hostile)
        t0 = time.perf_counter()
        results = [run(c) for c in calls]
        print(f"{len(calls)} inputs in {time.perf_counter() - t0:.1f} s")
        with args.file.open("wb") as f:
            pickle.dump({"recorded": datetime.now(UTC), "calls": calls, "results": results}, f)
        return 0
    with args.file.open("rb") as f:
        golden = pickle.load(f)
    t0 = time.perf_counter()
    diffs = 0
    groups: dict[str, int] = {}
    for call, want in zip(golden["calls"], golden["results"], strict=True):
        group = call[0].split("/")[0] if not call[0].startswith("/") else "corpus"
        groups[group] = groups.get(group, 0) + 1
        got = run(call)
        if got != want:
            diffs += 1
            if diffs <= 10:
                print(f"DIFF {call[0]}\n  want {want[:600]}\n  got  {got[:600]}")
    print(f"{len(golden['calls'])} inputs ({', '.join(f'{k} {v}' for k, v in groups.items())}) "
          f"in {time.perf_counter() - t0:.1f} s: {diffs} differ")
    return 1 if diffs else 0


if __name__ == "__main__":
    sys.exit(main())
