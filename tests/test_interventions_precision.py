"""False positives of the intervention finders by class (ANNOTATION.md, `interventions`):
a list under another heading, grants.
Invented sentences of the genre."""

from __future__ import annotations


def test_a_measures_heading_covers_its_own_list_only(finds):
    text = (
        "Våra förebyggande insatser\n\n"
        " • Läxhjälp på biblioteket\n"
        " • Fler vuxna i skolan\n\n"
        "Kultur och idrott\n\n"
        " • Rusta upp idrottshallen\n"
        " • Satsa på musiken\n"
    )
    assert finds(text) == {"läxhjälp": False, "fler vuxna i skolan": False}


def test_grants_are_budgets_not_measures(finds):
    text = (
        "Myndigheten fördelar nya krisstöd till arrangörer och ett omställningsstöd till "
        "företagen, och kommunen erbjuder anhörigstöd."
    )
    assert finds(text) == {"anhörigstöd": False}
