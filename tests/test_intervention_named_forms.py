"""Named programmes by the forms that name them (ANNOTATION.md, `interventions`): a
measure's words written as a proper name. Invented sentences of the genre."""

from __future__ import annotations


def test_a_measure_written_as_a_proper_name_is_named(named_programmes):
    text = (
        "Bostadsbolaget förlänger stödet till Läxhjälpen. Genom stödet får fler elever "
        "hjälp, och Läxhjälpen kan anställa fler lärare."
    )
    assert "Läxhjälpen" in named_programmes(text)


def test_one_capital_after_a_programme_word_is_enough(named_programmes):
    text = "Föreningen driver projektet Stödperson. En stödperson följer ungdomen i kontakten."
    assert "Stödperson" in named_programmes(text)


def test_a_capital_at_a_sentence_start_or_in_a_plural_is_no_name(named_programmes):
    text = (
        "Läxhjälp erbjuds på biblioteket. Verksamhetschef på Ungdomsmottagningarna i Norrland "
        "är Eva Ek, och Ungdomsmottagningarna har öppet på kvällen."
    )
    assert named_programmes(text) == set()
