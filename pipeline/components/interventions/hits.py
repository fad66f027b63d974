"""What the intervention finders return: a `Hit` per programme or measure found, and the
gazetteer's `Entry` (a row of models/rules/interventions.tsv)."""

from __future__ import annotations

from dataclasses import dataclass, field

from ...language.rule_ids import unlisted

# The id of a hit made outside the finders (the span model's, in training): no rule of
# rule_ids.tsv found it.
UNLISTED = unlisted("intervention")


@dataclass(frozen=True)
class Entry:
    name: str
    named: bool
    aliases: tuple[str, ...]


@dataclass(frozen=True)
class Hit:
    start: int
    end: int
    name: str
    named: bool
    score: float
    why: str
    aliases: tuple[str, ...] = field(default=())
    entry: str | None = None  # the gazetteer entry a measure's form belongs to
    # the id of the finder's rule (rule_ids.tsv), set where the hit is made
    rule: str = field(default=UNLISTED, kw_only=True)
