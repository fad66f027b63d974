"""Roles on local releases, fourth pass: forms the third pass still missed.

Every text is invented, written the way municipal press releases write these forms.
"""

from __future__ import annotations

from pipeline.resolve.people import same_role


def test_a_block_title_is_the_body_title_with_an_owner_and_a_modifier_before_it():
    # "säger Tyresö kommuns biträdande säkerhetschef Bo Ek" in the body, "säkerhetschef"
    # under his name in the contact block: one position
    assert same_role("Tyresö kommuns biträdande säkerhetschef", "säkerhetschef")
    assert same_role("socialnämndens vice ordförande", "ordförande")


def test_a_modifier_alone_still_makes_another_position():
    assert not same_role("vice ordförande", "ordförande")
    assert not same_role("kommunstyrelsens ordförande i Tyresö", "ordförande")
