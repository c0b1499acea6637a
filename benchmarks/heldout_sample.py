"""Pick the posts of the held-out set (benchmarks/data/heldout-labels.yaml), reproducibly.

Usage:
    python benchmarks/heldout_sample.py [--shared DIR]

Posts Jekyll publishes (`<name>.jekyll.jsonl`, collection `posts`) of sites in `<shared>/sites`
whose posts are in no labelled set: not events-dev's nine repositories, not digidemlab, and not
the documents of the site-keys set (benchmarks/site_key_labels.py). A fixed number per site
(QUOTAS), drawn with a fixed seed from the sorted paths, so that no site dominates. --second
draws the second set (heldout2-labels.yaml, QUOTAS2) from the posts the first left.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

SEED = 20261206
SEED2 = 20261207  # the second draw (heldout2), from the posts the first left
# site folder -> (posts wanted, path prefixes left out)
QUOTAS: dict[str, tuple[int, tuple[str, ...]]] = {
    "HSF+hsf.github.io": (14, ("events/_posts/", "Schools/_posts/")),
    "usegalaxy-eu+website": (12, ()),
    "opensourcesweden+opensourcesweden.github.io": (8, ()),
    "justarrived+justarrived.github.io": (8, ()),
    "nh4hash+nh4hash.github.io": (6, ()),
    "cugos+cugos.github.com": (8, ("meetings/_posts/",)),
    "Biornegildet+biornegildet.github.io": (3, ()),
}
QUOTAS2: dict[str, tuple[int, tuple[str, ...]]] = {
    "HSF+hsf.github.io": (10, ("events/_posts/", "Schools/_posts/")),
    "usegalaxy-eu+website": (10, ()),
    "cugos+cugos.github.com": (4, ("meetings/_posts/",)),
    "justarrived+justarrived.github.io": (3, ()),
    "opensourcesweden+opensourcesweden.github.io": (3, ()),
}


def site_key_files(shared: Path) -> set[str]:
    from site_key_labels import site_key_labels  # type: ignore[import-not-found]

    sites = (shared / "sites").resolve()
    return {str(Path(e["file"]).resolve().relative_to(sites)) for e in site_key_labels(shared)}


def sample(shared: Path) -> list[str]:
    """Paths relative to `<shared>/sites` of the held-out posts, in a fixed order."""
    return _draw(shared, SEED, QUOTAS, site_key_files(shared))


def sample2(shared: Path) -> list[str]:
    """The second held-out draw: other posts of the same sites."""
    return _draw(shared, SEED2, QUOTAS2, site_key_files(shared) | set(sample(shared)))


def _draw(
    shared: Path, seed: int, quotas: dict[str, tuple[int, tuple[str, ...]]], taken: set[str]
) -> list[str]:
    rng = random.Random(seed)
    picked: list[str] = []
    for site, (count, skip) in quotas.items():
        oracle = shared / "sites" / f"{site}.jekyll.jsonl"
        paths = []
        for line in oracle.read_text(encoding="utf-8").splitlines():
            doc = json.loads(line)
            rel = f"{site}/{doc['path']}"
            wanted = doc["collection"] == "posts" and not doc["path"].startswith(skip)
            if wanted and rel not in taken:
                paths.append(rel)
        paths.sort()
        picked += sorted(rng.sample(paths, min(count, len(paths))))
    return picked


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--second", action="store_true", help="the second draw (heldout2)")
    args = parser.parse_args()
    for path in (sample2 if args.second else sample)(args.shared):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
