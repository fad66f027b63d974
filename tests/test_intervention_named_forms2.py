"""Named programmes by the forms issue 16 names: a name after "arbetet",
and the other forms below. Invented sentences of the genre, invented names."""

from __future__ import annotations


def test_a_name_after_arbetet(named_programmes):
    text = (
        "Seminariet ingår i utvecklingsarbetet Starkare Grannskap. Bostadsbolaget fortsätter "
        "samverkansarbetet KLAR med andra aktörer."
    )
    assert named_programmes(text) == {"Starkare Grannskap", "KLAR"}


def test_a_name_with_its_acronym_after_arbetet(named_programmes):
    text = (
        "Regionen deltar i det gemensamma arbetet Lokal beredskap, övning och uppföljning "
        "(LBÖU), som leds av länsstyrelsen."
    )
    assert named_programmes(text) == {"Lokal beredskap, övning och uppföljning"}


def test_och_inside_a_name_after_a_singular_programme_word(named_programmes):
    text = "Fritidsgården driver projektet Modig och Fri i Norden tillsammans med skolan."
    assert named_programmes(text) == {"Modig och Fri i Norden"}


def test_a_programme_word_inside_a_capitalised_name(named_programmes):
    text = (
        "Nedan följer några exempel.\n\nGreen Wave Ungdomsprojektet Lindhult är en "
        "mötesplats för unga i stadsdelen."
    )
    assert named_programmes(text) == {"Green Wave Ungdomsprojektet Lindhult"}


def test_quoted_names_listed_after_a_programme_noun(named_programmes):
    text = (
        "Kommunen har öppnat en familjemottagning, ”Ankaret” i centrum. Länet driver "
        "kampanjerna ”Se mig”, ”Hör mig” och ”Stöd mig” under våren."
    )
    assert named_programmes(text) == {"Ankaret", "Se mig", "Hör mig", "Stöd mig"}


def test_quoted_names_listed_with_a_place_between(named_programmes):
    text = (
        "Staden driver en barnmottagning, ”Ankaret” i hamnen som öppnade i fjol, och "
        "”Bojen” i centrum som öppnar i höst."
    )
    assert named_programmes(text) == {"Ankaret", "Bojen"}
