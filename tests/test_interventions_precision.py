"""False positives of the intervention finders by class (ANNOTATION.md, `interventions`):
a list under another heading, grants.
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


def test_grants_are_budgets_not_measures(run):
    text = (
        "Myndigheten fördelar nya krisstöd till arrangörer och ett omställningsstöd till "
        "företagen, och kommunen erbjuder anhörigstöd."
    )
    assert run(text) == {"anhörigstöd": False}
