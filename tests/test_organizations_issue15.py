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


def test_clubs_and_companies_by_a_marker_of_their_name(blank):
    text = (
        "Föreningsbidraget går till Norrby IF, Sjöviks Vänner och IFK Åsbo. I Bergs BK "
        "tränar 40 barn. Kåge Bygg AB och Omsorg Nord Care. Tomtebo Simsällskap:s tränare."
    )
    assert orgs(blank, text) == {
        "Norrby IF": "association",
        "Sjöviks Vänner": "association",
        "IFK Åsbo": "association",
        "Bergs BK": "association",  # the opening preposition is no part of the name
        "Kåge Bygg AB": "company",
        "Omsorg Nord Care": "company",
        "Tomtebo Simsällskap": "association",
    }


def test_a_dot_ends_a_name_before_a_marker(blank):
    text = "Vi samarbetar med Nordvård MedPlus. Nordvård Care driver boendet."
    assert orgs(blank, text)["Nordvård Care"] == "company"
    assert "Nordvård MedPlus. Nordvård Care" not in orgs(blank, text)


def test_national_media_and_care_companies_are_companies(blank):
    text = "SVT och Svenska Dagbladet rapporterade. Attendo och Samhall driver verksamheten."
    assert orgs(blank, text) == {
        "Sveriges Television": "company",
        "Svenska Dagbladet": "company",
        "Attendo": "company",
        "Samhall": "company",
    }
