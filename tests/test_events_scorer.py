"""The learned scorer: weights as data, hard rejections apart from it, and its training."""

from __future__ import annotations

import importlib.util
import json
import math
import sys
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from herald.derive.features import FEATURES
from herald.derive.infer import find_events, judged_candidates
from herald.derive.scorer import WEIGHTS_FILE, Scorer, scorer_from, shipped_scorer

ROOT = Path(__file__).resolve().parent.parent
PUB = datetime(2024, 4, 1, 9, 0, tzinfo=ZoneInfo("Europe/London"))
BODY = "Join our workshop on 14 May at 18:00. The last one was on 3 March."


def _trainer():
    sys.path.insert(0, str(ROOT / "benchmarks"))
    spec = importlib.util.spec_from_file_location(
        "train_event_scorer", ROOT / "benchmarks" / "train_event_scorer.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("train_event_scorer", module)
    spec.loader.exec_module(module)
    return module


def test_probability_grows_with_positive_evidence_and_ignores_unknown_features() -> None:
    s = Scorer(-1.0, {"good": 2.0, "bad": -3.0})
    assert s.probability({}) == pytest.approx(1 / (1 + math.e))
    assert s.probability({"good": 1.0}) > s.probability({}) > s.probability({"bad": 1.0})
    assert s.probability({"unheard of": 1.0}) == s.probability({})
    assert s.probability({"bad": 100.0}) == 0.0


def test_shipped_weights_are_a_data_file_the_scorer_reads() -> None:
    data = json.loads(WEIGHTS_FILE.read_text(encoding="utf-8"))
    scorer = shipped_scorer()
    assert scorer == scorer_from(data)
    assert scorer.weights and all(math.isfinite(w) for w in scorer.weights.values())


def test_features_given_and_weighed_are_the_listed_ones() -> None:
    names: set[str] = set()
    for body in (BODY, "Tonight at 7pm: quiz night!", "Idag kl 18 träffas vi för fika."):
        for lang in ("en", "sv"):
            for j in judged_candidates("Meetup", "", body, lang=lang, published=PUB):
                names |= j.features.keys()
    assert names and names <= set(FEATURES)
    assert set(shipped_scorer().weights) <= set(FEATURES)


def test_the_scorer_decides_acceptance_and_confidence() -> None:
    accept_all = Scorer(20.0, {})
    reject_all = Scorer(-20.0, {})
    assert [f.start for f in find_events("", "", BODY, lang="en", published=PUB,
                                         scorer=accept_all) if f.accepted] == [
        datetime(2024, 5, 14, 18, 0)
    ]  # fmt: skip
    found = find_events("", "", BODY, lang="en", published=PUB, scorer=reject_all)
    assert not any(f.accepted for f in found)
    assert any(f.reason == "low confidence" for f in found)


def test_certain_rejections_do_not_depend_on_the_scorer() -> None:
    found = find_events("", "", BODY, lang="en", published=PUB, scorer=Scorer(20.0, {}))
    past = [f for f in found if f.start == date(2024, 3, 3)]
    assert past and not past[0].accepted and past[0].reason == "before publication"


def test_training_learns_the_sign_of_the_evidence() -> None:
    train = _trainer()
    exs = [train.Example({"event_here": 1.0}, 1.0) for _ in range(30)]
    exs += [train.Example({"deadline": 1.0}, 0.0) for _ in range(30)]
    exs += [train.Example({"event_here": 1.0, "deadline": 1.0}, 0.0) for _ in range(5)]
    scorer = train.fit(exs, l2=0.01)
    assert scorer.weights["event_here"] > 0 > scorer.weights["deadline"]
    assert scorer.probability({"event_here": 1.0}) > 0.8
    assert scorer.probability({"deadline": 1.0}) < 0.2


def test_l2_keeps_weights_small_when_data_are_few() -> None:
    train = _trainer()
    exs = [train.Example({"x": 1.0}, 1.0), train.Example({}, 0.0)]
    loose, tight = train.fit(exs, l2=0.001), train.fit(exs, l2=1.0)
    assert abs(tight.weights["x"]) < abs(loose.weights["x"])
