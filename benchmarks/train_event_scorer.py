#!/usr/bin/env python3
"""Learn the event scorer's weights from the labelled posts, and judge them site by site.

Usage:
    python benchmarks/train_event_scorer.py [--shared DIR] [--l2 X] [--no-site-keys]
                                            [--dry-run] [--verbose]

The labelled posts are events-dev's and digidemlab's (event_extraction.SETS) and the training
set benchmarks/data/train-labels.yaml (event_extraction.TRAIN), all "hand" labels; posts of one
site (source repository) form one site whichever set they are in.

Every candidate event that inference does not reject outright is an example: positive when it
matches a `must` label (the benchmark's `matches` rule), ignored when it matches a `may` label
or falls on a labelled day (its time is the grammar's business, not the scorer's), negative
otherwise. Site-key posts (benchmarks/site_key_labels.py, when present) give positives only:
their other candidates are ignored, as a post dated by its keys may announce further events.
Each site weighs the same in training however many posts it has (site-key sites a fraction
`--site-key-share` of that, by default none: they are judged, not trained on).

The model is a logistic regression with an L2 penalty, fitted by Newton's method in plain
Python. The script prints, per site, the figures of the weights trained on every site
(in-sample) and of the weights trained on every other site (leave-one-site-out, LOSO), pooled
figures of both, and writes the weights trained on everything to
src/herald/derive/scorer_weights.json (unless --dry-run).
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

import event_extraction as ee  # noqa: E402

from herald.derive.infer import Judged, judge, judged_candidates  # noqa: E402
from herald.derive.scorer import WEIGHTS_FILE, Scorer  # noqa: E402

L2 = 0.003  # penalty on the squared weights, in units of one site's total example weight
# a site-key site weighs this much of a hand-labelled site in training; 0: judged, not trained
# on (with their unknown negatives they did not help leave-one-site-out on the hand labels)
SITE_KEY_SHARE = 0.0


@dataclass
class Labelled:
    """A readable labelled post with its candidates, worked out once."""

    post: ee.Post
    group: str  # "hand" or "site-keys"
    judged: list[Judged]


@dataclass
class Example:
    features: dict[str, float]
    label: float
    weight: float = 1.0


@dataclass
class SiteFigures:
    site: str
    group: str
    insample: ee.SetResult = field(default_factory=lambda: ee.SetResult("in-sample"))
    loso: ee.SetResult = field(default_factory=lambda: ee.SetResult("loso"))
    reachable: int = 0  # `must` labels some candidate (accepted or not) matches: the grammar's


def labelled_posts(shared: Path, site_keys: bool) -> list[Labelled]:
    out = []
    for name in ee.SETS:
        for post, (title, lead, body) in ee.read_posts(ee.load_set(shared, name)):
            judged = judged_candidates(title, lead, body, lang=post.lang, published=post.published)
            out.append(Labelled(post, "hand", judged))
    for name in ee.TRAIN:
        for post, (title, lead, body) in ee.read_posts(ee.heldout_posts(shared, name)):
            judged = judged_candidates(title, lead, body, lang=post.lang, published=post.published)
            out.append(Labelled(post, "hand", judged))
    if site_keys:
        for post, (title, lead, body) in ee.read_posts(ee.site_key_posts(shared)):
            judged = judged_candidates(title, lead, body, lang=post.lang, published=post.published)
            out.append(Labelled(post, "site-keys", judged))
    return out


def _label(j: Judged, post: ee.Post, group: str) -> float | None:
    found = ee.Found(j.start, j.end, 1.0, j.evidence, True, "")
    musts = [e for e in post.events if e.get("kind", "must") == "must"]
    if any(ee.matches(found, e) for e in musts):
        return 1.0
    if group != "hand":
        return None  # a site-key post may announce events its keys do not name
    day = ee._day(j.start)
    if any(ee._day(ee.parse_when(e["start"])) == day for e in post.events):
        return None
    return 0.0


def examples(posts: list[Labelled], share: float) -> list[Example]:
    """The examples of `posts`, each site weighing 1 (site-key sites `share`) in all."""
    by_site: dict[str, list[Example]] = defaultdict(list)
    group_of: dict[str, str] = {}
    for lp in posts:
        if lp.group != "hand" and share <= 0:
            continue
        group_of[lp.post.site] = lp.group
        for j in lp.judged:
            if j.rejected:
                continue
            label = _label(j, lp.post, lp.group)
            if label is not None:
                by_site[lp.post.site].append(Example(j.features, label))
    out = []
    for site, exs in by_site.items():
        total = share if group_of[site] != "hand" else 1.0
        for ex in exs:
            ex.weight = total / len(exs)
            out.append(ex)
    return out


def fit(exs: list[Example], l2: float, iterations: int = 30) -> Scorer:
    """Logistic regression with an L2 penalty (not on the bias), by Newton's method."""
    names = sorted({k for ex in exs for k in ex.features})
    index = {n: i + 1 for i, n in enumerate(names)}  # 0 is the bias
    # identical rows merged: far fewer rows to go through
    rows: dict[tuple[tuple[int, float], ...], list[float]] = {}
    for ex in exs:
        key = tuple(sorted((index[k], v) for k, v in ex.features.items()))
        acc = rows.setdefault(key, [0.0, 0.0])
        acc[0] += ex.weight * ex.label
        acc[1] += ex.weight
    data = [(((0, 1.0), *key), pos, tot) for key, (pos, tot) in rows.items()]
    n = len(names) + 1
    w = [0.0] * n
    for _ in range(iterations):
        grad = [0.0] * n
        hess = [[0.0] * n for _ in range(n)]
        for x, pos, tot in data:
            z = sum(w[i] * v for i, v in x)
            p = 1 / (1 + math.exp(-max(-30.0, min(30.0, z))))
            r = pos - tot * p
            s = tot * p * (1 - p)
            for i, vi in x:
                grad[i] += r * vi
                hi = hess[i]
                for k, vk in x:
                    hi[k] += s * vi * vk
        for i in range(1, n):
            grad[i] -= l2 * w[i]
            hess[i][i] += l2
        hess[0][0] += 1e-9
        step = _solve(hess, grad)
        w = [a + b for a, b in zip(w, step, strict=True)]
        if max(abs(b) for b in step) < 1e-6:
            break
    return Scorer(round(w[0], 4), {name: round(w[index[name]], 4) for name in names})


def _solve(a: list[list[float]], b: list[float]) -> list[float]:
    """x with a x = b (a symmetric positive definite), by Gaussian elimination."""
    n = len(b)
    m = [row[:] + [b[i]] for i, row in enumerate(a)]
    for col in range(n):
        piv = max(range(col, n), key=lambda r: abs(m[r][col]))
        m[col], m[piv] = m[piv], m[col]
        d = m[col][col]
        if abs(d) < 1e-12:
            continue
        for r in range(col + 1, n):
            f = m[r][col] / d
            if f:
                row, top = m[r], m[col]
                for k in range(col, n + 1):
                    row[k] -= f * top[k]
    x = [0.0] * n
    for r in range(n - 1, -1, -1):
        d = m[r][r]
        if abs(d) < 1e-12:
            continue
        x[r] = (m[r][n] - sum(m[r][k] * x[k] for k in range(r + 1, n))) / d
    return x


def score(posts: list[Labelled], scorer: Scorer, result: ee.SetResult) -> None:
    for lp in posts:
        ee.score_post(lp.post, judge(lp.judged, scorer, published=lp.post.published), result)


def _reachable(lp: Labelled) -> int:
    found = [ee.Found(j.start, j.end, 1.0, j.evidence, True, "") for j in lp.judged]
    musts = [e for e in lp.post.events if e.get("kind", "must") == "must"]
    return sum(any(ee.matches(f, e) for f in found) for e in musts)


def evaluate(
    posts: list[Labelled], l2: float, share: float, verbose: bool = False
) -> tuple[list[SiteFigures], Scorer]:
    """Per-site figures in-sample and leave-one-site-out, and the weights trained on all."""
    full = fit(examples(posts, share), l2)
    # a site with hand labels and site-key documents (HSF, cugos, usegalaxy-eu) has a row for
    # each; leaving the site out leaves out all its posts
    sites: dict[tuple[str, str], SiteFigures] = {}
    for lp in posts:
        sites.setdefault((lp.post.site, lp.group), SiteFigures(lp.post.site, lp.group))
    for (site, group), figs in sites.items():
        held = [lp for lp in posts if lp.post.site == site and lp.group == group]
        rest = [lp for lp in posts if lp.post.site != site]
        score(held, full, figs.insample)
        figs.reachable = sum(_reachable(lp) for lp in held)
        score(held, fit(examples(rest, share), l2), figs.loso)
        if verbose:
            for file, exp, ev in figs.loso.misses:
                print(f"  LOSO MISS  {file[:60]}  expected {exp}  [{ev[:110]}]")
            for file, got, ev in figs.loso.false:
                print(f"  LOSO FALSE {file[:60]}  found {got}  [{ev[:110]}]")
    return list(sites.values()), full


def pooled(figs: list[SiteFigures], group: str, which: str) -> ee.SetResult:
    out = ee.SetResult(f"{group} {which}")
    for f in figs:
        if f.group == group:
            r: ee.SetResult = getattr(f, which)
            out.posts += r.posts
            out.tp += r.tp
            out.fp += r.fp
            out.must += r.must
            out.neutral += r.neutral
    return out


def table(figs: list[SiteFigures]) -> str:
    lines = [
        f"{'site':<56} {'set':<9} {'posts':>5} {'must':>4} {'reach':>5}  {'in P':>5} {'in R':>5}"
        f"  {'LOSO P':>6} {'LOSO R':>6}"
    ]

    def row(name: str, group: str, reach: int, a: ee.SetResult, b: ee.SetResult) -> str:
        return (
            f"{name[:56]:<56} {group:<9} {a.posts:>5} {a.must:>4} {reach:>5}  "
            f"{a.precision:>5.2f} {a.recall:>5.2f}  {b.precision:>6.2f} {b.recall:>6.2f}"
        )

    for group in ("hand", "site-keys"):
        members = sorted((f for f in figs if f.group == group), key=lambda f: f.site.lower())
        if not members:
            continue
        for f in members:
            lines.append(row(f.site, group, f.reachable, f.insample, f.loso))
        ins, loso = pooled(figs, group, "insample"), pooled(figs, group, "loso")
        lines.append(row("pooled", group, sum(f.reachable for f in members), ins, loso))
    lines.append("reach: `must` labels that some candidate matches (accepted or not), the most "
                 "any scorer could find")
    return "\n".join(lines)


def summary(figs: list[SiteFigures]) -> dict[str, Any]:
    def pr(r: ee.SetResult) -> dict[str, Any]:
        return {"posts": r.posts, "must": r.must, "tp": r.tp, "fp": r.fp,
                "precision": round(r.precision, 4), "recall": round(r.recall, 4)}  # fmt: skip

    out: dict[str, Any] = {}
    for f in figs:
        key = f.site if f.group == "hand" else f"{f.site} (site-keys)"
        out[key] = {"set": f.group, "reachable": f.reachable, "in_sample": pr(f.insample),
                       "loso": pr(f.loso)}  # fmt: skip
    for group in ("hand", "site-keys"):
        if any(f.group == group for f in figs):
            out[f"pooled {group}"] = {
                "in_sample": pr(pooled(figs, group, "insample")),
                "loso": pr(pooled(figs, group, "loso")),
            }
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--shared", type=Path, default=ee.DEFAULT_SHARED)
    parser.add_argument("--l2", type=float, default=L2)
    parser.add_argument("--site-key-share", type=float, default=SITE_KEY_SHARE)
    parser.add_argument("--no-site-keys", action="store_true")
    parser.add_argument("--dry-run", action="store_true", help="do not write the weights")
    parser.add_argument("--verbose", action="store_true", help="list LOSO misses and false")
    parser.add_argument("--json", action="store_true", help="print a JSON summary only")
    args = parser.parse_args(argv)
    if not (args.shared / ee.SETS["events-dev"][0]).is_file():
        print(f"error: labelled corpus not found under {args.shared}; pass --shared DIR",
              file=sys.stderr)  # fmt: skip
        return 2
    posts = labelled_posts(args.shared, site_keys=not args.no_site_keys)
    figs, full = evaluate(posts, args.l2, args.site_key_share, verbose=args.verbose)
    if args.json:
        print(json.dumps(summary(figs), indent=2))
    else:
        print(table(figs))
        print("weights (trained on every site):")
        for name, w in sorted(full.weights.items(), key=lambda kv: -abs(kv[1])):
            print(f"  {name:<24} {w:+.3f}")
        print(f"  {'(bias)':<24} {full.bias:+.3f}")
    if not args.dry_run:
        data = {
            "about": "Logistic event scorer; written by benchmarks/train_event_scorer.py",
            "l2": args.l2,
            "site_key_share": 0.0 if args.no_site_keys else args.site_key_share,
            "trained_on": sorted(
                f.site for f in figs if f.group == "hand" or args.site_key_share > 0
            ),
            **full.to_json(),
        }
        WEIGHTS_FILE.write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
