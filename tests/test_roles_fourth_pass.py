"""Roles on local releases, fourth pass: forms the third pass still missed.

Every text is invented, written the way municipal press releases write these forms.
"""

from __future__ import annotations

from pipeline.components.people.component import mentions_by_span
from pipeline.resolve.people import same_role


def roles_of(text: str) -> dict[str, list[str]]:
    """Roles per name, as the people step finds them (before the record is resolved)."""
    return {m.name: [r.text.casefold() for r in m.roles] for m in mentions_by_span(text)}


def test_a_block_title_is_the_body_title_with_an_owner_and_a_modifier_before_it():
    # "säger Tyresö kommuns biträdande säkerhetschef Bo Ek" in the body, "säkerhetschef"
    # under his name in the contact block: one position
    assert same_role("Tyresö kommuns biträdande säkerhetschef", "säkerhetschef")
    assert same_role("socialnämndens vice ordförande", "ordförande")


def test_a_modifier_alone_still_makes_another_position():
    assert not same_role("vice ordförande", "ordförande")
    assert not same_role("kommunstyrelsens ordförande i Tyresö", "ordförande")


def test_an_elision_mark_that_cuts_a_lead_paragraph_is_no_part_of_the_role():
    text = "– Barnen ska må bra, säger Erik Berg (S), regionråd […]"
    assert roles_of(text)["Erik Berg"] == ["regionråd"]
    text = "– Barnen ska må bra, säger Erik Berg, kommunalråd i Umeå …"
    assert roles_of(text)["Erik Berg"] == ["kommunalråd i umeå"]
