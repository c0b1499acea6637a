"""The learned scorer: a logistic model over a candidate's features.

Its weights are data (scorer_weights.json beside this module), written by
benchmarks/train_event_scorer.py from the labelled posts; nothing here is hand-set.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

WEIGHTS_FILE = Path(__file__).with_name("scorer_weights.json")


@dataclass(frozen=True, slots=True)
class Scorer:
    bias: float
    weights: dict[str, float]

    def probability(self, features: dict[str, float]) -> float:
        z = self.bias
        w = self.weights
        for name, value in features.items():
            z += w.get(name, 0.0) * value
        if z < -30:
            return 0.0
        return 1.0 / (1.0 + math.exp(-z))

    def to_json(self) -> dict[str, Any]:
        return {"bias": self.bias, "weights": dict(sorted(self.weights.items()))}


def scorer_from(data: dict[str, Any]) -> Scorer:
    return Scorer(float(data["bias"]), {str(k): float(v) for k, v in data["weights"].items()})


@cache
def shipped_scorer() -> Scorer:
    """The scorer trained on all labelled posts and shipped with herald."""
    return scorer_from(json.loads(WEIGHTS_FILE.read_text(encoding="utf-8")))
