"""Quotes in layouts that repeat speech, lose its mark or rule the page with dashes."""

from __future__ import annotations

from pipeline import extract
from pipeline.record.schema import Record


def speakers(record: Record) -> list[tuple[str | None, str]]:
    """(speaker, first three words) of each quote."""
    names = {p.id: p.name for p in record.people}
    return [(names.get(q.speaker_id or ""), " ".join(q.text.split()[:3])) for q in record.quotes]


def test_a_rule_of_dashes_opens_no_speech():
    record = extract(
        "- Vi måste göra mer för barnen, säger Per Ek, ordförande.\n"
        "- Förslaget räcker inte.\n"
        "------------- Det är utredaren Eva Lund som har ansvarat för arbetet.\n"
    )
    assert speakers(record) == [
        ("Per Ek", "Vi måste göra"),
        ("Per Ek", "Förslaget räcker inte."),
    ]
