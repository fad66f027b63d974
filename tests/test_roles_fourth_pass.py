"""Roles on local releases, fourth pass: forms the third pass still missed.

Every text is invented, written the way municipal press releases write these forms.
"""

from __future__ import annotations

from conftest import roles_of

from pipeline.resolve.people import same_role


def test_a_block_title_is_the_body_title_with_an_owner_and_a_modifier_before_it():
    # "säger Tyresö kommuns biträdande säkerhetschef Bo Ek" in the body, "säkerhetschef"
    # under his name in the contact block: one position
    assert same_role("Tyresö kommuns biträdande säkerhetschef", "säkerhetschef")
    assert same_role("socialnämndens vice ordförande", "ordförande")


def test_a_modifier_alone_still_makes_another_position():
    assert not same_role("vice ordförande", "ordförande")
    assert not same_role("kommunstyrelsens ordförande i Tyresö", "ordförande")


def test_an_elision_mark_that_cuts_a_lead_paragraph_is_no_part_of_the_role():
    text = "– Barnen ska må bra, säger Erik Berg (S), regionråd […]"
    assert roles_of(text)["Erik Berg"] == ["regionråd"]
    text = "– Barnen ska må bra, säger Erik Berg, kommunalråd i Umeå …"
    assert roles_of(text)["Erik Berg"] == ["kommunalråd i umeå"]


def test_two_titles_joined_by_och_before_samt_and_the_next_name_are_both_kept():
    text = (
        "Medverkande: Lars Ek, enhetschef på Brå, Daniel Holm, utredare och "
        "enhetsråd på Brå samt Anna Lind, polis."
    )
    assert roles_of(text)["Daniel Holm"] == ["utredare", "enhetsråd på brå"]


def test_an_inflected_modifier_stays_in_the_title():
    text = "Det är den särskilde utredaren Anita Berg som har lett arbetet."
    assert roles_of(text)["Anita Berg"] == ["särskilde utredaren"]


def test_a_clinic_named_in_the_definite_after_a_title_is_its_body_not_a_person():
    text = "– Vi ser fler unga, berättar Eva Ek, kommunikatör Psykiatrin Ekby."
    found = roles_of(text)
    assert found["Eva Ek"] == ["kommunikatör psykiatrin ekby"]
    assert "Psykiatrin Ekby" not in found
    assert roles_of("Kontakt: Bo Lind, chef Vårdcentralen Ekby, 010-123 45 67")["Bo Lind"] == [
        "chef vårdcentralen ekby"
    ]


def test_a_singular_title_in_er_before_two_names_is_the_first_ones_alone():
    text = "I bild: kommunalrådet Eva Lind, arbetsminister Tuula Ek och Bo Holm, vd på Ikea."
    found = roles_of(text)
    assert found["Tuula Ek"] == ["arbetsminister"]
    assert found["Bo Holm"] == ["vd på ikea"]


def test_a_plural_title_before_two_names_still_gives_both_its_singular():
    found = roles_of("Tyresös fältassistenter Karin Berg och Bo Ek finns på plats.")
    assert found["Bo Ek"] == ["fältassistent"]


def test_a_title_case_labels_body_is_no_person_of_its_own():
    text = "– Unga ska vara med och bestämma, säger Lisa Ek, Verksamhetschef Fritid Norra Haninge."
    assert list(roles_of(text)) == ["Lisa Ek"]


def test_a_kind_word_before_the_bodys_name_is_the_same_position_written_twice():
    # a caption's "kommunpolis i Tyresö", the body's "kommunpolis i lokalpolisområde Tyresö"
    assert same_role("kommunpolis i Tyresö", "kommunpolis i lokalpolisområde Tyresö")
    assert not same_role("kommunpolis i Tyresö", "kommunpolis i lokalpolisområde Nacka")
