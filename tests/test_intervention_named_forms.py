"""Named programmes by the forms that name them (ANNOTATION.md, `interventions`): a
measure's words written as a proper name. Invented sentences of the genre."""

from __future__ import annotations

import pytest

from pipeline.components.interventions import find_interventions


@pytest.fixture(scope="module")
def named(nlp):
    def found(text: str) -> set[str]:
        return {h.name for h in find_interventions(nlp(text)) if h.named}

    return found


def test_a_measure_written_as_a_proper_name_is_named(named):
    text = (
        "Bostadsbolaget förlänger stödet till Läxhjälpen. Genom stödet får fler elever "
        "hjälp, och Läxhjälpen kan anställa fler lärare."
    )
    assert "Läxhjälpen" in named(text)


def test_one_capital_after_a_programme_word_is_enough(named):
    text = "Föreningen driver projektet Stödperson. En stödperson följer ungdomen i kontakten."
    assert "Stödperson" in named(text)


def test_a_capital_at_a_sentence_start_or_in_a_plural_is_no_name(named):
    text = (
        "Läxhjälp erbjuds på biblioteket. Verksamhetschef på Ungdomsmottagningarna i Norrland "
        "är Eva Ek, och Ungdomsmottagningarna har öppet på kvällen."
    )
    assert named(text) == set()
