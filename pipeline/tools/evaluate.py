"""Score records against gold files, per field, as ../shared/ANNOTATION.md describes.

Pairing: a record belongs to the gold file with its corpus id (the record's `metadata.id`,
else the stem of its `source.path`; see goldsets.py). A gold file without a record counts
as all-missed; a record without a gold file is not scored. How each field is matched and
counted: field_scores.py; the matching they share: matching.py. This module adds up the
documents and prints the scores (a table, a table across sets, JSON).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from pathlib import Path

from ..record import kinds
from .field_scores import (
    ALL_THRESHOLD,
    ROLE_THRESHOLD,
    SCORERS,
    role_score,
    score_interventions,
)
from .goldsets import record_key
from .matching import Counts, Json, Scores, match, merge, similarity

# What callers import from evaluate besides its own functions (tests, training).
__all__ = [
    "ALL_THRESHOLD",
    "FIELDS",
    "ROLE_THRESHOLD",
    "SCORERS",
    "Counts",
    "Scores",
    "as_interval_table",
    "as_json",
    "as_set_table",
    "as_table",
    "document_scores",
    "evaluate",
    "load_records",
    "match",
    "role_score",
    "score_document",
    "score_interventions",
    "similarity",
    "total",
]

# Every field, in the order of the kinds that they score (pipeline/record/kinds.py).
FIELDS = [name for kind in kinds.KINDS for name in kind.evaluate]


def _fields() -> list[str]:
    """FIELDS, read at call time so that a kind added to the table is scored."""
    return [name for kind in kinds.KINDS for name in kind.evaluate]


def score_document(record: Json | None, gold: Json) -> Scores:
    """All fields of one document; a missing record is an empty one (all missed)."""
    scores: Scores = {}
    for kind in kinds.KINDS:
        if kind.evaluate:
            merge(scores, SCORERS[kind.field](record or {}, gold))
    return scores


def evaluate(records: Iterable[Json], golds: Mapping[str, Json]) -> Scores:
    """Per-field counts over all gold documents; records paired by corpus id or stem."""
    return total(document_scores(records, golds))


def document_scores(records: Iterable[Json], golds: Mapping[str, Json]) -> list[Scores]:
    """Each gold document's counts, in the order of the gold keys."""
    by_key = {record_key(r): r for r in records}
    return [score_document(by_key.get(key), gold) for key, gold in sorted(golds.items())]


def total(documents: Iterable[Scores]) -> Scores:
    """The documents' counts added up, in the fields' order."""
    summed: Scores = {}
    for scores in documents:
        merge(summed, scores)
    return {name: summed[name] for name in _fields() if name in summed}


# --- files and output ------------------------------------------------------------------


def load_records(path: Path) -> list[Json]:
    with path.open(encoding="utf-8") as lines:
        return [json.loads(line) for line in lines if line.strip()]


def as_json(scores: Scores) -> dict[str, dict[str, float | int]]:
    return {
        name: {
            "precision": round(c.precision, 4),
            "recall": round(c.recall, 4),
            "f1": round(c.f1, 4),
            "tp": c.tp,
            "fp": c.fp,
            "fn": c.fn,
        }
        for name, c in scores.items()
    }


def as_table(scores: Scores) -> str:
    lines = [f"{'field':<20} {'P':>6} {'R':>6} {'F1':>6} {'tp':>5} {'fp':>5} {'fn':>5}"]
    for name, c in scores.items():
        rates = f"{c.precision:6.3f} {c.recall:6.3f} {c.f1:6.3f}"
        lines.append(f"{name:<20} {rates} {c.tp:5d} {c.fp:5d} {c.fn:5d}")
    return "\n".join(lines)


def as_set_table(by_set: Mapping[str, Scores], markdown: bool = False) -> str:
    """F1 per field (rows) and set (columns); '-' where a set has no gold items."""
    rows = [["field", *by_set]]
    for field in _fields():
        cells = [_f1_cell(scores.get(field)) for scores in by_set.values()]
        if any(c != "-" for c in cells):
            rows.append([field, *cells])
    if markdown:
        lines = ["| " + " | ".join(r) + " |" for r in rows]
        return "\n".join([lines[0], "|" + "---|" * len(rows[0]), *lines[1:]])
    width = max(8, *(len(n) for n in by_set))
    return "\n".join(f"{r[0]:<20} " + " ".join(f"{c:>{width}}" for c in r[1:]) for r in rows)


def as_interval_table(
    by_set: Mapping[str, Scores], intervals: Mapping[str, Mapping[str, tuple[float, float]]]
) -> str:
    """F1 and its bootstrap interval per field (rows) and set (columns)."""
    rows = [["field", *by_set]]
    for field in _fields():
        cells = [
            _interval_cell(scores.get(field), intervals[name].get(field))
            for name, scores in by_set.items()
        ]
        if any(c != "-" for c in cells):
            rows.append([field, *cells])
    width = max(19, *(len(n) for n in by_set))
    return "\n".join(f"{r[0]:<20} " + " ".join(f"{c:>{width}}" for c in r[1:]) for r in rows)


def _interval_cell(counts: Counts | None, interval: tuple[float, float] | None) -> str:
    cell = _f1_cell(counts)
    if cell == "-" or interval is None:
        return cell
    return f"{cell} [{interval[0]:.3f}, {interval[1]:.3f}]"


def _f1_cell(counts: Counts | None) -> str:
    if counts is None or counts.tp + counts.fp + counts.fn == 0:
        return "-"
    return f"{counts.f1:.3f}"
