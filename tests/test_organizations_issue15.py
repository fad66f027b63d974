"""Organizations in local releases (issue 15): addresses, club and company markers,
police areas, and people the NER names that are organizations."""

from __future__ import annotations

import pytest
import spacy

from pipeline.components.organizations import find_organizations


@pytest.fixture(scope="module")
def blank():
    return spacy.blank("sv")


def orgs(blank, text: str) -> dict[str, str]:
    return {h.name: h.type for h in find_organizations(blank(text))}


def test_a_body_word_inside_an_email_or_web_address_is_no_body(blank):
    text = (
        "Länsstyrelsen i Kalmar län beviljar medel.\n\nKontakt: Eva Ek, "
        "eva.ek@lansstyrelsen.se, www.socialforvaltningen.example.se/ansok"
    )
    assert orgs(blank, text) == {"Länsstyrelsen i Kalmar län": "agency"}
