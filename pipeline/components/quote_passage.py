"""A passage of direct speech as the quote finders return it, and the two positions they
all need: where an attribution's lead-in starts, and whether it ends the paragraph."""

from __future__ import annotations

from dataclasses import dataclass

from ..language.text_units import sentence_stops


@dataclass
class Passage:
    start: int
    end: int
    speaker: str | None
    score: float
    why: str
    rule: str  # the id in rule_ids.tsv of the form that found it
    refers_back: bool = False  # "säger hon": the speaker is the person named just before
    title: str | None = None  # "säger ordföranden": a person before with this role speaks


def attribution_start(text: str, verb_start: int, floor: int) -> int:
    """Back up over the comma, closing mark or line break (a wrapped attribution) that
    leads into "…, säger X"."""
    pos = verb_start
    while pos > floor and text[pos - 1] in ' ,”"»\n':
        pos -= 1
    return pos


def ends_paragraph(text: str, pos: int, end: int) -> bool:
    """Nothing but the speaker's title follows the attribution to the paragraph's end."""
    part = text[pos:end]
    stops = sentence_stops(part)
    return not (stops and part[stops[0] + 1 :].strip())
