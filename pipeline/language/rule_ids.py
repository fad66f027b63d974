"""Rule ids: the stable `<component>.<rule>` id of the rule that found an item.

`models/rules/rule_ids.tsv` lists every id with a one-line description. A component's rule
writes an explanation ("gazetteer: Malmö stad", "name followed by a title (apposition)");
`rule_for` names the rule from it once, where the component adds its span, so that
records, `evaluate --by-rule` and the report read the id and never the free text.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache, lru_cache

import regex

from .resources import read_table

TABLE = "rule_ids.tsv"


@dataclass(frozen=True)
class Rule:
    id: str
    explanation: regex.Pattern[str] | None
    score: float | None
    description: str

    @property
    def component(self) -> str:
        return self.id.split(".", 1)[0]


@cache
def rules() -> tuple[Rule, ...]:
    return tuple(
        Rule(
            row["id"],
            regex.compile(row["explanation"]) if row["explanation"] else None,
            float(row["score"]) if row["score"] else None,
            row["description"],
        )
        for row in read_table(TABLE)
    )


@cache
def _by_id() -> dict[str, Rule]:
    return {rule.id: rule for rule in rules()}


def unlisted(component: str) -> str:
    """The id given to an explanation that no row of `component` opens."""
    return f"{component}.unlisted"


@lru_cache(maxsize=8192)  # explanations repeat: one per rule and gazetteer entry
def rule_for(component: str, explanation: str | None) -> str:
    """The id of the first rule of `component` whose explanation pattern opens
    `explanation`; `<component>.unlisted` when none does (a rule not yet in the table)."""
    for rule in rules():
        if (
            rule.component == component
            and rule.explanation is not None
            and rule.explanation.match(explanation or "")
        ):
            return rule.id
    return unlisted(component)


def link_score(rule_id: str) -> float:
    """The confidence that a link rule (one set by name, not by explanation) gives."""
    score = _by_id()[rule_id].score
    if score is None:
        raise ValueError(f"rule {rule_id!r} has no score in {TABLE}")
    return score
