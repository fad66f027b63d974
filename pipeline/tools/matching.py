"""The matching and counting that every evaluate field shares: true positives, false
positives and false negatives (`Counts`), a one-to-one matching best pairs first (`match`),
and the normalised text and similarity that fields compare by."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import Any, TypeVar

Json = dict[str, Any]
A = TypeVar("A")
B = TypeVar("B")


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: Counts) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


Scores = dict[str, Counts]


def norm(text: str | None) -> str:
    """Case-folded, white space collapsed."""
    return " ".join((text or "").split()).casefold()


def similarity(a: str, b: str) -> float:
    return SequenceMatcher(None, norm(a), norm(b)).ratio()


def best_similarity(names_a: Iterable[str], names_b: Iterable[str]) -> float:
    names_b = list(names_b)
    return max((similarity(a, b) for a in names_a for b in names_b), default=0.0)


def match(
    record_items: list[A],
    gold_items: list[B],
    score: Callable[[A, B], float],
    threshold: float,
) -> list[tuple[A, B]]:
    """One-to-one matching, best pairs first; ties keep document order."""
    candidates = []
    for i, r in enumerate(record_items):
        for j, g in enumerate(gold_items):
            s = score(r, g)
            if s >= threshold:
                candidates.append((-s, i, j))
    candidates.sort()
    used_r: set[int] = set()
    used_g: set[int] = set()
    pairs = []
    for _, i, j in candidates:
        if i not in used_r and j not in used_g:
            used_r.add(i)
            used_g.add(j)
            pairs.append((record_items[i], gold_items[j]))
    return pairs


def count_matching(
    record_items: list[A], gold_items: list[B], score: Callable[[A, B], float], threshold: float
) -> tuple[Counts, list[tuple[A, B]]]:
    pairs = match(record_items, gold_items, score, threshold)
    counts = Counts(len(pairs), len(record_items) - len(pairs), len(gold_items) - len(pairs))
    return counts, pairs


def set_counts(record: Iterable[Any], gold: Iterable[Any]) -> Counts:
    r, g = set(record), set(gold)
    return Counts(len(r & g), len(r - g), len(g - r))


def optional_counts(record: Any, gold: Any) -> Counts:
    """A single optional value as a set of zero or one item."""
    return set_counts([record] if record is not None else [], [gold] if gold is not None else [])


def merge(total: Scores, part: Scores) -> None:
    """Adds `part`'s counts to `total`, field by field."""
    for name, counts in part.items():
        total.setdefault(name, Counts()).add(counts)
