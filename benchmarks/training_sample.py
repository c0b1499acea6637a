"""Pick the posts of the third held-out set and of the training set, reproducibly.

Usage:
    python benchmarks/training_sample.py [--shared DIR] (--heldout3 | --train)

Both are drawn from the posts Jekyll publishes (`<name>.jekyll.jsonl`, collection `posts`) of
the sites in `<shared>/sites`, leaving out every post that is already in a labelled set:
events-dev (matched by path, Unicode-normalised), digidemlab (the whole site), the site-keys
documents (benchmarks/site_key_labels.py), heldout and heldout2 (benchmarks/heldout_sample.py).

- --heldout3 (seed SEED_H3, QUOTAS_H3): 40 posts of sites for which no grammar rule was
  written (HSF, usegalaxy-eu, cugos, justarrived, opensourcesweden), labelled in
  benchmarks/data/heldout3-labels.yaml. Scored only, never trained on.
- --train (seed SEED_TRAIN, QUOTAS_TRAIN): 80 posts from the posts heldout3 left, over ten
  sites (the events-dev sites whose other posts are not labelled included), labelled in
  benchmarks/data/train-labels.yaml and used by train_event_scorer.py for training.

Posts dated year 0 (cugos people/_posts/0000-...) are left out: no Python datetime holds them.
A fixed number per site, drawn with a fixed seed from the sorted paths, so no site dominates.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import unicodedata
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

import heldout_sample  # noqa: E402

SEED_H3 = 20261208
SEED_TRAIN = 20261209
SEED_TRAIN2 = 20261210  # a second training draw, from the posts the first left
# site folder -> (posts wanted, path prefixes left out: those of the site-keys set)
QUOTAS_H3: dict[str, tuple[int, tuple[str, ...]]] = {
    "HSF+hsf.github.io": (12, ("events/_posts/", "Schools/_posts/")),
    "usegalaxy-eu+website": (12, ()),
    "cugos+cugos.github.com": (6, ("meetings/_posts/",)),
    "justarrived+justarrived.github.io": (5, ()),
    "opensourcesweden+opensourcesweden.github.io": (5, ()),
}
QUOTAS_TRAIN: dict[str, tuple[int, tuple[str, ...]]] = {
    "HSF+hsf.github.io": (16, ("events/_posts/", "Schools/_posts/")),
    "usegalaxy-eu+website": (16, ()),
    "cugos+cugos.github.com": (6, ("meetings/_posts/",)),
    "justarrived+justarrived.github.io": (6, ()),
    "opensourcesweden+opensourcesweden.github.io": (6, ()),
    "nh4hash+nh4hash.github.io": (2, ()),
    "CochiseLinuxUsersGroup+CochiseLinuxUsersGroup.github.io": (10, ()),
    "sheffieldhackspace+Public-Website": (8, ()),
    "luftdata+luftdata.se": (5, ()),
    "mberglundmx+jekyll-drlindh": (5, ()),
}

QUOTAS_TRAIN2: dict[str, tuple[int, tuple[str, ...]]] = {
    "usegalaxy-eu+website": (10, ()),
    "HSF+hsf.github.io": (8, ("events/_posts/", "Schools/_posts/")),
    "CochiseLinuxUsersGroup+CochiseLinuxUsersGroup.github.io": (6, ()),
    "sheffieldhackspace+Public-Website": (4, ()),
    "justarrived+justarrived.github.io": (2, ()),
}


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def taken(shared: Path) -> set[str]:
    """Paths (relative to `<shared>/sites`, NFC) of posts already in a labelled set."""
    out = {_nfc(p) for p in heldout_sample.site_key_files(shared)}
    out |= {_nfc(p) for p in heldout_sample.sample(shared)}
    out |= {_nfc(p) for p in heldout_sample.sample2(shared)}
    for name in ("heldout", "heldout2"):
        path = ROOT / "benchmarks" / "data" / f"{name}-labels.yaml"
        out |= {_nfc(e["file"]) for e in yaml.safe_load(path.read_text(encoding="utf-8"))}
    labels = shared / "corpus" / "events-dev" / "labels.yaml"
    for entry in yaml.safe_load(labels.read_text(encoding="utf-8")):
        repo, rest = entry["source"].split(":", 1)
        out.add(_nfc(f"{repo.replace('/', '+')}/{rest.rsplit('@', 1)[0]}"))
    return out


def _draw(
    shared: Path, seed: int, quotas: dict[str, tuple[int, tuple[str, ...]]], skip_set: set[str]
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
            wanted = wanted and "/0000-" not in doc["path"]  # year 0: no datetime holds it
            if wanted and _nfc(rel) not in skip_set:
                paths.append(rel)
        paths.sort()
        picked += sorted(rng.sample(paths, min(count, len(paths))))
    return picked


def heldout3(shared: Path) -> list[str]:
    return _draw(shared, SEED_H3, QUOTAS_H3, taken(shared))


def train(shared: Path) -> list[str]:
    skip = taken(shared) | {_nfc(p) for p in heldout3(shared)}
    return _draw(shared, SEED_TRAIN, QUOTAS_TRAIN, skip)


def train2(shared: Path) -> list[str]:
    skip = taken(shared) | {_nfc(p) for p in heldout3(shared)} | {_nfc(p) for p in train(shared)}
    return _draw(shared, SEED_TRAIN2, QUOTAS_TRAIN2, skip)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    which = parser.add_mutually_exclusive_group(required=True)
    which.add_argument("--heldout3", action="store_true")
    which.add_argument("--train", action="store_true")
    which.add_argument("--train2", action="store_true", help="the second training draw")
    args = parser.parse_args()
    pick = heldout3 if args.heldout3 else train2 if args.train2 else train
    for path in pick(args.shared):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
