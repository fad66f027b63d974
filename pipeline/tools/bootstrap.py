"""How far a set's F1 could move by the luck of which releases it holds: a percentile
bootstrap over documents (the set resampled with replacement, `rounds` times, with a fixed
seed so that a figure can be reproduced). A gain smaller than the interval's width is not
shown by that set alone; researchers comparing two runs on 90 releases need to know."""

from __future__ import annotations

import random
from collections.abc import Sequence

from .evaluate import total
from .matching import Scores

ROUNDS = 1000
LEVEL = 0.95


def f1_intervals(
    documents: Sequence[Scores], rounds: int = ROUNDS, level: float = LEVEL, seed: int = 0
) -> dict[str, tuple[float, float]]:
    """Per field, the (low, high) percentiles of F1 over the resampled sets."""
    if not documents:
        return {}
    draw = random.Random(seed)
    samples: dict[str, list[float]] = {}
    for _ in range(rounds):
        resampled = draw.choices(documents, k=len(documents))
        for name, counts in total(resampled).items():
            if counts.tp + counts.fp + counts.fn:  # a draw with none of the field says nothing
                samples.setdefault(name, []).append(counts.f1)
    tail = (1 - level) / 2
    return {name: _percentiles(values, tail) for name, values in samples.items()}


def _percentiles(values: list[float], tail: float) -> tuple[float, float]:
    ordered = sorted(values)
    last = len(ordered) - 1
    return ordered[round(tail * last)], ordered[round((1 - tail) * last)]
