"""Roles on local releases, third pass: the layouts the earlier passes still missed.

Every text is invented, written the way municipal press releases write these forms.
"""

from __future__ import annotations

from conftest import roles_of

from pipeline.resolve.people import same_role

# --- a body's name inside an apposition is no second person ------------------------------


def test_a_body_of_several_capitalised_words_after_a_preposition_stays_in_the_title():
    text = "– Stödet behövs, säger Nils Holm, generalsekreterare på Svenska Blå Bandet."
    assert roles_of(text)["Nils Holm"] == ["generalsekreterare på svenska blå bandet"]


def test_a_person_after_a_body_in_the_title_still_ends_it():
    text = (
        "I bild: Anna Berg, chef för Lokalpolisområde Klippan och Kalle Velden, "
        "kommunpolis i Klippan."
    )
    assert roles_of(text)["Anna Berg"] == ["chef för lokalpolisområde klippan"]


def test_a_former_title_written_f_d_with_a_space():
    text = "Bland talarna fanns Lena Ek, f. d. justitieminister, och Bo Ström."
    assert roles_of(text)["Lena Ek"] == ["justitieminister"]


# --- contact blocks ----------------------------------------------------------------------


def test_title_lines_under_a_name_above_a_phone_with_a_spaced_dash():
    text = (
        "Frågor besvaras av\n\nKulturnämnden\nErik Strand\nKommunstyrelsens ordförande\n"
        "Ordförande i Kulturrådet\n0455 - 61 82 30\n"
    )
    assert roles_of(text)["Erik Strand"] == [
        "kommunstyrelsens ordförande",
        "ordförande i kulturrådet",
    ]


def test_a_capitalised_title_word_after_a_preposition_is_the_body_not_a_new_title():
    text = "Kontakt\nMaja Lund\nLedamot i Kulturrådet\nmaja.lund@exempel.se\n"
    assert roles_of(text)["Maja Lund"] == ["ledamot i kulturrådet"]


def test_a_title_line_under_a_signature_name_with_no_phone():
    text = "Vi kräver att nämnden tar ansvar.\n\n    Lennart Berg\n\n    Gruppledare\n"
    assert roles_of(text)["Lennart Berg"] == ["gruppledare"]


def test_a_sentence_under_a_name_line_is_no_title_line():
    text = "Text här.\n\nAnna Holm\nOrdföranden berättade om dagen.\nSedan åt vi.\n"
    assert "Anna Holm" not in roles_of(text)


# --- a title straight after the name, with no comma ----------------------------------------


def test_a_capitalised_title_straight_after_a_speaker():
    text = "– Barnen får vänta för länge, säger Sara Berg Påverkanschef på Barnhjälpen."
    assert roles_of(text)["Sara Berg"] == ["påverkanschef på barnhjälpen"]


def test_an_ordinal_title_after_och_is_a_second_role():
    text = (
        "– Det är oacceptabelt, säger Karin Wall (KD) Kommunalråd och 2:e vice ordförande i "
        "Programnämnd Kultur."
    )
    assert roles_of(text)["Karin Wall"] == [
        "kommunalråd",
        "2:e vice ordförande i programnämnd kultur",
    ]


def test_a_lower_case_title_after_the_name_on_a_contact_line():
    text = "Kontakter\n • Maja Sten ordförande i kulturnämnden (C), Region Ekby\n   070-111 22 33\n"
    assert roles_of(text)["Maja Sten"] == ["ordförande i kulturnämnden"]


# --- plural titles shared by a list of names, council minutes -------------------------------


def test_a_plural_title_after_a_list_of_names_gives_each_the_singular():
    text = (
        "Programmet leds av Per Lund och Eva Giannotti, lektorer vid Institutionen för "
        "socialt arbete, Umeå universitet."
    )
    roles = roles_of(text)
    assert (
        roles["Per Lund"]
        == roles["Eva Giannotti"]
        == ["lektor vid institutionen för socialt arbete"]
    )


def test_names_appointed_to_a_plural_title_each_take_the_singular():
    text = "Kommunfullmäktige nominerade Mia Berg och Anders Nord till suppleanter i Vatten AB."
    roles = roles_of(text)
    assert roles["Mia Berg"] == roles["Anders Nord"] == ["suppleant i vatten ab"]


def test_a_member_relieved_of_a_post_held_it():
    text = (
        " • Kommunfullmäktige entledigade Olle Karl (V) från uppdraget som ersättare i "
        "kulturnämnden från och med 2020-05-31.\n"
    )
    assert roles_of(text)["Olle Karl"] == ["ersättare i kulturnämnden"]


# --- page-footer labels, a clause after the title ----------------------------------------


def test_a_page_footer_label_after_another_label_gives_its_role():
    text = "Beslutet togs i maj.\n\nUppdaterad: Sidansvarig: Annika Fahl\n"
    assert roles_of(text)["Annika Fahl"] == ["sidansvarig"]


def test_the_editor_of_the_page_label():
    text = "Senast uppdaterad: 3 mars 2022 10:15\nRedaktör för sidan: Åsa Ekberg\n"
    assert roles_of(text)["Åsa Ekberg"] == ["redaktör för sidan"]


def test_och_ansvarar_after_a_predicate_title_opens_a_new_clause():
    text = "Anna Lind är kommunpolis i Ekby och ansvarar för trygghetsarbetet i kommunen."
    assert roles_of(text)["Anna Lind"] == ["kommunpolis i ekby"]


# --- a title in a later sentence ------------------------------------------------------------


def test_a_title_in_the_next_sentence_after_the_one_person_named():
    text = (
        "Stipendiet går till Kim Ander.\n\n”Kim Ander kommer från Höör och studerar musik på "
        "Musik Gymnasiet i Lund. Hon är även sångerska i bandet Nordljus."
    )
    assert roles_of(text)["Kim Ander"] == ["sångerska i bandet nordljus"]


def test_no_pronoun_title_when_a_pair_opens_the_sentence():
    text = "Eva Lund och Bo Ek började 2019. Hon är enhetschef på socialförvaltningen."
    assert not any(roles_of(text).values())


# --- a title or vocation before the name --------------------------------------------------


def test_a_vocation_before_a_naming_verb_and_the_name():
    text = "Kvällens konferencier var Lisa Ek. För musiken stod en kör."
    assert roles_of(text)["Lisa Ek"] == ["konferencier"]


def test_a_military_rank_of_the_salvation_army_before_a_name():
    text = "Frågor besvaras av överstelöjtnant Nils Ahl, 070 555 12 34"
    assert roles_of(text)["Nils Ahl"] == ["överstelöjtnant"]


# --- the time of the sentence, two positions alike ------------------------------------------


def test_idag_before_a_title_is_no_part_of_it():
    text = "Som lösning anställs Anna Berg, idag tillförordnad socialdirektör i Ekby."
    assert roles_of(text)["Anna Berg"] == ["tillförordnad socialdirektör i ekby"]


def test_two_positions_alike_but_for_the_title_word_stay_two():
    assert not same_role(
        "lektor vid institutionen för socialt arbete",
        "forskare vid institutionen för socialt arbete",
    )
    assert same_role("andre vice ordförande", "2:a vice ordförande")


def test_a_text_credit_gives_no_role_as_a_photo_credit_gives_none():
    text = "Evenemanget lockade många besökare.\n\nText: Katja Lind\nFoto: Per Ek\n"
    assert roles_of(text)["Katja Lind"] == []


# --- a title case label: the body's capitalised words after a capitalised title ----------


def test_a_title_case_label_keeps_its_body_of_three_capitalised_words():
    text = "– Unga ska vara med och bestämma, säger Lisa Ek, Verksamhetschef Fritid Norra Haninge."
    assert roles_of(text)["Lisa Ek"] == ["verksamhetschef fritid norra haninge"]


def test_a_title_case_label_keeps_a_body_written_with_a_slash():
    text = "– Vi ses i höst, säger Lisa Ek, Enhetschef Kulturhuset Öland/Kalmar."
    assert roles_of(text)["Lisa Ek"] == ["enhetschef kulturhuset öland/kalmar"]


def test_a_capitalised_title_before_two_name_words_still_names_the_next_person():
    text = "I bild: Anna Ek, enhetschef, Bo Berg, Rektor Kalle Ström."
    found = roles_of(text)
    assert found["Kalle Ström"] == ["rektor"]
    assert found["Bo Berg"] == []
