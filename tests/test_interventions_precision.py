"""False positives of the intervention finders by class (ANNOTATION.md, `interventions`):
a list under another heading, truncated names.
Invented sentences of the genre."""

from __future__ import annotations

import pytest

from pipeline.components.interventions import find_interventions


@pytest.fixture(scope="module")
def run(nlp):
    def found(text: str) -> dict[str, bool]:
        return {h.name: h.named for h in find_interventions(nlp(text))}

    return found


def test_a_measures_heading_covers_its_own_list_only(run):
    text = (
        "Våra förebyggande insatser\n\n"
        " • Läxhjälp på biblioteket\n"
        " • Fler vuxna i skolan\n\n"
        "Kultur och idrott\n\n"
        " • Rusta upp idrottshallen\n"
        " • Satsa på musiken\n"
    )
    assert run(text) == {"läxhjälp": False, "fler vuxna i skolan": False}


def test_a_singular_trigger_names_one_programme_joined_by_och(run):
    text = "Kommunen söker medel ur programmet Trygg och Säker i Norden, som EU finansierar."
    assert run(text) == {"Trygg och Säker i Norden": True}


def test_a_capitalised_trigger_inside_a_name_keeps_the_whole_name(run):
    text = "Star Kids Ungdomsprojektet Rosengård är en förening som tar emot volontärer."
    assert run(text) == {"Star Kids Ungdomsprojektet Rosengård": True}


def test_a_name_after_a_trigger_runs_on_to_the_place_that_closes_it(run):
    text = (
        "Stödet ges inom satsningen Kunskapscentrum våld Norrbotten.\n"
        "Invigning av verksamheten Unga och äldres digitala vardag Gotland\n"
        "Projektet Framåt startar i Malmö."
    )
    assert run(text) == {
        "Kunskapscentrum våld Norrbotten": True,
        "Unga och äldres digitala vardag Gotland": True,
        "Framåt": True,
    }


def test_grants_are_budgets_not_measures(run):
    text = (
        "Myndigheten fördelar nya krisstöd till arrangörer och ett omställningsstöd till "
        "företagen, och kommunen erbjuder anhörigstöd."
    )
    assert run(text) == {"anhörigstöd": False}
