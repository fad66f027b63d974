"""Roles on local releases, second pass: a vocation straight before a name, a title set
off by commas before one, and one position written twice in two word orders.

Every text is invented, written the way municipal press releases write these forms.
"""

from __future__ import annotations

from conftest import roles_of

from pipeline import extract
from pipeline.resolve.people import same_role


def test_a_definite_vocation_straight_before_a_name_is_its_role_in_base_form():
    text = "Årets skulptur är gjord av keramikern Eva Ek från Höganäs."
    assert roles_of(text)["Eva Ek"] == ["keramiker"]


def test_a_title_set_off_by_commas_before_a_name_opening_a_sentence_is_its_role():
    text = "Vi har fått fler anmälningar i år. Socialchef, Anna Berg, säger att arbetet fortsätter."
    assert roles_of(text)["Anna Berg"] == ["socialchef"]


def test_a_title_after_a_genitive_and_set_off_by_commas_before_a_name_is_its_role():
    text = (
        "– Vattnet ska hålla rätt temperatur, förklarar badets lokalförvaltare, Bo Sundin, "
        "i ett mejl."
    )
    assert roles_of(text)["Bo Sundin"] == ["lokalförvaltare"]


def test_a_common_noun_straight_before_a_name_is_no_role():
    text = "Priset delades ut av eleven Eva Ek och hennes familj."
    assert roles_of(text).get("Eva Ek", []) == []


def roles_in_record(text: str) -> dict[str, list[str]]:
    return {p.name: p.roles for p in extract(text).people}


def test_an_owner_written_before_and_after_the_title_is_one_role_the_one_after():
    text = (
        "– Vi satsar på spontanidrott i alla stadsdelar, säger Karin Ek (C), "
        "fritidsnämndens ordförande.\n\n"
        "För mer information, kontakta:\n"
        "Karin Ek, ordförande i fritidsnämnden, 0480-45 00 00"
    )
    assert roles_in_record(text)["Karin Ek"] == ["ordförande i fritidsnämnden"]


def test_an_acronym_owner_before_a_compound_title_and_after_it_is_one_position():
    assert same_role("ABB:s ordförande", "styrelseordförande i ABB")
    assert same_role("miljöförvaltningens chef", "förvaltningschef miljöförvaltningen")
    assert not same_role("kommunstyrelsens ordförande", "ordförande i socialnämnden")


def test_a_coordinated_owner_cut_to_its_last_part_is_the_same_role():
    assert same_role("kultur- och fritidsnämndens ordförande", "fritidsnämndens ordförande")
    assert not same_role("kultur- och fritidsnämndens ordförande", "nämndens vice ordförande")


def test_a_title_after_a_named_person_and_before_a_comma_is_not_the_next_names():
    text = (
        "I bild syns Bo Sköld, trygghetschef, Per Lind (S) kommunstyrelsens ordförande, "
        "Eva Ek, kommunpolis."
    )
    assert roles_of(text)["Eva Ek"] == ["kommunpolis"]


def test_a_list_line_with_a_dash_gives_a_name_without_party_its_title():
    text = (
        "Till styrelsen valdes:\n"
        " • Lena Falk (C) - ledamot (Flens kommun).\n"
        " • Nils Ahlgren - ledamot (SKVP)\n"
        " • Maja Rydh - ledamot (IN)\n"
    )
    people = {p.name: p for p in extract(text).people}
    assert people["Lena Falk"].roles == ["ledamot"]
    assert people["Nils Ahlgren"].roles == ["ledamot"]
    assert (people["Nils Ahlgren"].party, people["Maja Rydh"].party) == (None, None)


def test_a_party_mark_set_off_by_commas_between_the_name_and_the_title():
    text = "– Barnen ska må bra, säger Erik Lundin, (S), regionråd i Region Norrbotten. Mer följer."
    person = next(p for p in extract(text).people if p.name == "Erik Lundin")
    assert (person.party, person.roles) == ("S", ["regionråd i Region Norrbotten"])


def test_a_derived_adjective_before_the_title_head_opens_the_title_on_a_contact_line():
    text = (
        "Mer information\n"
        "Eva Lind, brotts- och drogförebyggande samordnare Vara kommun, 0512-310 00\n"
        "Per Holm, samhällsmedicinskt chef, 070-111 22 33\n"
    )
    roles = roles_of(text)
    assert roles["Eva Lind"] == ["brotts- och drogförebyggande samordnare vara kommun"]
    assert roles["Per Holm"] == ["samhällsmedicinskt chef"]


def test_a_title_with_what_it_covers_set_off_by_commas_before_a_name_is_its_role():
    text = (
        "I mars besökte regeringens nationella samordnare för den sociala barnavården, "
        "Lena Holm, kommunen."
    )
    assert roles_of(text)["Lena Holm"] == ["samordnare för den sociala barnavården"]


def test_a_title_between_two_names_in_a_comma_list_stays_with_the_name_before_it():
    text = "Medverkande: Ola Berg, enhetschef på Brå, Eva Lind, projektledare på Brå."
    roles = roles_of(text)
    assert roles["Eva Lind"] == ["projektledare på brå"]
    assert roles["Ola Berg"] == ["enhetschef på brå"]
