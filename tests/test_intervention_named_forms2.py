"""Named programmes by the forms issue 16 names: a name after "arbetet",
and the other forms below. Invented sentences of the genre, invented names."""

from __future__ import annotations

import pytest

from pipeline.components.interventions import find_interventions


@pytest.fixture(scope="module")
def named(nlp):
    def found(text: str) -> set[str]:
        return {h.name for h in find_interventions(nlp(text)) if h.named}

    return found


def test_a_name_after_arbetet(named):
    text = (
        "Seminariet ingår i utvecklingsarbetet Starkare Grannskap. Bostadsbolaget fortsätter "
        "samverkansarbetet KLAR med andra aktörer."
    )
    assert named(text) == {"Starkare Grannskap", "KLAR"}


def test_a_name_with_its_acronym_after_arbetet(named):
    text = (
        "Regionen deltar i det gemensamma arbetet Lokal beredskap, övning och uppföljning "
        "(LBÖU), som leds av länsstyrelsen."
    )
    assert named(text) == {"Lokal beredskap, övning och uppföljning"}


def test_och_inside_a_name_after_a_singular_programme_word(named):
    text = "Fritidsgården driver projektet Modig och Fri i Norden tillsammans med skolan."
    assert named(text) == {"Modig och Fri i Norden"}


def test_a_programme_word_inside_a_capitalised_name(named):
    text = (
        "Nedan följer några exempel.\n\nGreen Wave Ungdomsprojektet Lindhult är en "
        "mötesplats för unga i stadsdelen."
    )
    assert named(text) == {"Green Wave Ungdomsprojektet Lindhult"}


def test_quoted_names_listed_after_a_programme_noun(named):
    text = (
        "Kommunen har öppnat en familjemottagning, ”Ankaret” i centrum. Länet driver "
        "kampanjerna ”Se mig”, ”Hör mig” och ”Stöd mig” under våren."
    )
    assert named(text) == {"Ankaret", "Se mig", "Hör mig", "Stöd mig"}


def test_quoted_names_listed_with_a_place_between(named):
    text = (
        "Staden driver en barnmottagning, ”Ankaret” i hamnen som öppnade i fjol, och "
        "”Bojen” i centrum som öppnar i höst."
    )
    assert named(text) == {"Ankaret", "Bojen"}
