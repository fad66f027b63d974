"""Roles written twice are one position: abbreviated titles and owners left out of a role."""

from __future__ import annotations

from pipeline.record.schema import RoleMention, Span
from pipeline.resolve.people import distinct_roles, same_role


def _mention(value: str, written: str, start: int) -> RoleMention:
    return RoleMention(
        value=value,
        span=Span(start=start, end=start + len(written), text=written),
        source="test",
        rule="people.apposition",
        confidence=0.9,
        explanation="test",
    )


def test_an_abbreviated_title_is_the_same_position_as_the_written_out_one():
    assert same_role("ordf. utbildningsnämnden", "utbildningsnämndens ordförande")
    assert same_role("ordf sjukhusstyrelsen", "ordförande för sjukhusstyrelsen")
    assert not same_role("tf socialchef", "socialchef")


def test_the_written_out_form_is_kept_over_the_abbreviated_one():
    roles = [
        _mention("utbildningsnämndens ordförande", "utbildningsnämndens ordförande", 10),
        _mention("ordf. utbildningsnämnden", "ordf. utbildningsnämnden", 200),
    ]
    assert distinct_roles(roles) == ["utbildningsnämndens ordförande"]


def test_a_role_without_its_owners_name_is_the_blocks_title_as_written_with_it():
    # "säger Tyresö kommuns biträdande säkerhetschef Bo Ek" and "säkerhetschef" in the block
    written = "Tyresö kommuns biträdande säkerhetschef"
    roles = [
        _mention("biträdande säkerhetschef", written, 10),
        _mention("säkerhetschef", "säkerhetschef", 300),
    ]
    assert distinct_roles(roles) == ["biträdande säkerhetschef"]
