"""Roles on local releases: where a title ends by grammar, titles on lines of their own
above the names, label headings over contact lists, and vocations of the lexicon.

Every text is invented, written the way municipal press releases write these forms.
"""

from __future__ import annotations

from conftest import roles_of

from pipeline import extract
from pipeline.components.vocations import is_vocation

# --- the role's end, by grammar ----------------------------------------------------------


def test_a_phrase_of_time_after_the_title_is_no_part_of_it():
    text = (
        "– Vi tar över arbetet nu, säger Lena Sjöberg, tillförordnad förvaltningschef fram "
        "till dess att en ny chef har anställts."
    )
    assert roles_of(text)["Lena Sjöberg"] == ["tillförordnad förvaltningschef"]


def test_a_date_range_after_the_title_is_no_part_of_it():
    text = "Jonas Berg, ersättare i kulturnämnden till och med 31 december, lämnar uppdraget."
    assert roles_of(text)["Jonas Berg"] == ["ersättare i kulturnämnden"]


def test_a_speech_verb_before_the_colon_ends_the_title():
    text = (
        "Per Lund, kommunalråd för Centerpartiet i Lerums kommun kommenterar:\n\n"
        "Vi välkomnar beslutet och ser fram emot arbetet.\n"
    )
    assert roles_of(text)["Per Lund"] == ["kommunalråd för centerpartiet i lerums kommun"]


def test_a_slash_between_two_titles_is_no_part_of_either():
    text = "Kontakt\nMaria Holm\n\nPresskontakt Enhetschef / Informationschef 0521 - 721 00\n"
    assert roles_of(text)["Maria Holm"] == ["presskontakt", "enhetschef", "informationschef"]


# --- titles the hand-kept list gained ----------------------------------------------------


def test_a_city_councillor_of_stockholm_is_a_title():
    text = "– Vi vill bygga fler bostäder, säger Eva Strand (C), finansborgarråd och gruppledare."
    assert roles_of(text)["Eva Strand"] == ["finansborgarråd", "gruppledare"]


def test_an_abbreviated_modifier_opens_a_title_on_a_contact_line():
    text = "Kontakt\nTove Lindqvist\nBitr. Socialchef\nTel: 0340-123 45\n"
    assert roles_of(text)["Tove Lindqvist"] == ["bitr. socialchef"]


# --- a title on its own line above the name ----------------------------------------------


def test_a_title_line_above_a_name_line_and_its_phone_is_that_persons_role():
    text = (
        "Läs mer på webbplatsen.\n\nPRESSEKRETERARE\nOskar Falk\n070-123 45 67\n"
        "oskar.falk@vasteras.se\n"
    )
    assert roles_of(text)["Oskar Falk"] == ["pressekreterare"]


def test_a_title_line_under_another_persons_name_line_is_not_the_next_persons():
    text = "Kontakt\nAnna Berg\nSocialchef\n08-123 45 67\nBo Ek\nEnhetschef\n08-123 45 68\n"
    roles = roles_of(text)
    assert roles["Anna Berg"] == ["socialchef"]
    assert roles["Bo Ek"] == ["enhetschef"]


# --- a label heading over a contact list -------------------------------------------------


def test_a_plural_label_heading_a_list_gives_each_person_the_singular_role():
    text = (
        "Kontaktpersoner:\n\n"
        "Sara Lind (S), kommunstyrelsens ordförande, tel: 070-111 22 33\n\n"
        "Olle Berg (M) 2:e vice ordförande i kommunstyrelsen, tel: 070-222 33 44\n\n"
        "Varmt välkomna till stadshuset den 12 april klockan 10.\n"
    )
    roles = roles_of(text)
    assert roles["Sara Lind"] == ["kommunstyrelsens ordförande", "kontaktperson"]
    assert roles["Olle Berg"] == ["2:e vice ordförande i kommunstyrelsen", "kontaktperson"]


def test_a_web_page_field_label_alone_on_its_line_gives_no_role():
    text = "Text\n\nDatum 2021-03-02\nSidtyp Nyheter\n\nVarför ökar ensamheten?\n"
    assert "Sidtyp Nyheter" not in roles_of(text)


def test_a_third_capitalised_word_before_the_comma_is_no_part_of_the_name():
    text = "Kontaktperson:\nLisa Ahl Tandvården, lisa.ahl@region.se\n"
    assert "Lisa Ahl Tandvården" not in roles_of(text)


# --- vocations of the lexicon ------------------------------------------------------------


def test_vocations_of_the_lexicon_and_their_compounds_are_title_heads():
    assert is_vocation("keramiker")
    assert is_vocation("familjehemskonsulent")  # ends in "konsulent"
    assert is_vocation("keramikern")
    assert not is_vocation("deltagare")
    assert not is_vocation("invånare")


def test_a_vocation_after_a_name_and_a_comma_is_a_role():
    text = "Jenny Ros, kriminolog vid universitetet, har studerat frågan i tio år."
    assert roles_of(text)["Jenny Ros"] == ["kriminolog vid universitetet"]


def test_a_prize_winner_with_an_occupation_gets_it_as_role():
    record = extract("Stipendiet går till Elsa Nyberg, simmare, Kalmar.")
    people = {p.name: p for p in record.people}
    assert people["Elsa Nyberg"].roles == ["simmare"]


# --- lists of names with titles ----------------------------------------------------------


def test_an_indefinite_title_between_two_names_belongs_to_the_name_before_it():
    text = (
        "Från kommunen deltar socialchef Eva Lund, Nils Holm, verksamhetschef vuxen och "
        "missbruk, Karin Åberg, rektor på Solbergaskolan och fältsekreterare Ali Yusuf, "
        "för att berätta om arbetet."
    )
    roles = roles_of(text)
    assert roles["Nils Holm"] == ["verksamhetschef vuxen och missbruk"]
    assert roles["Karin Åberg"] == ["rektor på solbergaskolan"]
    assert roles["Ali Yusuf"] == ["fältsekreterare"]


def test_a_definite_title_between_two_names_introduces_the_name_after_it():
    text = (
        "På mötet talar socialchef Eva Lund, verksamhetschefen för vuxenenheten, Nils Holm "
        "och rektor Karin Åberg."
    )
    assert roles_of(text).get("Eva Lund") == ["socialchef"]


# --- the name and the title on one contact line ------------------------------------------


def test_a_title_and_its_body_on_the_name_line_are_one_role():
    text = (
        "För mer information kontakta:\n"
        "Petra Sand Kommunikatör Vård och omsorg 070-555 12 34\n"
        " • Omar Haddad Förvaltningschef kultur- och fritidsförvaltningen\n"
        "  Växel: 0303-33 00 00\n"
    )
    roles = roles_of(text)
    assert roles["Petra Sand"] == ["kommunikatör vård och omsorg"]
    assert roles["Omar Haddad"] == ["förvaltningschef kultur- och fritidsförvaltningen"]


def test_a_three_word_name_with_its_party_before_the_title_on_one_line():
    text = "Kontakt\nLena Berg Holm (M) Kommunalråd 070-123 45 67\n"
    assert roles_of(text)["Lena Berg Holm"] == ["kommunalråd"]


# --- council minutes: elected members ----------------------------------------------------


def test_a_member_elected_as_new_title_gets_the_title_without_new_or_the_period():
    text = (
        "Kommunfullmäktige valde Sofia Nord (V) som ny nämndeman vid Borås tingsrätt för "
        "tiden från och med 2020-01-01.\n"
        "Kommunfullmäktige utsåg Kim Olsson (C) som ny ordinarie ledamot i tekniska nämnden.\n"
    )
    roles = roles_of(text)
    assert roles["Sofia Nord"] == ["nämndeman vid borås tingsrätt"]
    assert roles["Kim Olsson"] == ["ordinarie ledamot i tekniska nämnden"]


def test_a_dash_after_a_listed_name_opens_its_title_and_the_aside_is_dropped():
    text = (
        "Fullmäktige utsåg följande ledamöter till styrelsen:\n\n"
        " • Jan Höglund (M) - ordförande (Vara kommun)\n"
        " • Maria Sten (S) - vice ordförande (Vara kommun)\n"
    )
    roles = roles_of(text)
    assert roles["Jan Höglund"] == ["ordförande"]
    assert roles["Maria Sten"] == ["vice ordförande"]


def test_a_dash_before_speech_after_a_name_gives_no_role():
    text = "– Vi är glada, säger Anna Berg – Det blir bra för alla."
    assert roles_of(text)["Anna Berg"] == []


def test_a_title_line_above_a_name_under_a_contact_heading_without_a_phone():
    text = "Kontakt\n\nDela sidan:\n\nLandshövding\n\nAnna Ek\n\nBesöksadress\n\nGatan 6, Malmö\n"
    assert roles_of(text)["Anna Ek"] == ["landshövding"]


# --- a word before the name that is no title ---------------------------------------------


def test_a_sentence_opening_adverb_before_the_name_is_no_role():
    text = "Även Karl Holm, polisområdeschef i Syd, var på plats vid mötet."
    assert roles_of(text)["Karl Holm"] == ["polisområdeschef i syd"]


# --- more ends by grammar ----------------------------------------------------------------


def test_an_opinion_verb_after_the_title_opens_a_new_clause():
    text = "Det anser Eva Ek, kommunpolis tycker att löftena till invånarna har hållits."
    assert roles_of(text)["Eva Ek"] == ["kommunpolis"]


def test_an_acronym_in_parenthesis_after_the_body_is_no_part_of_the_role():
    text = "Det sa Anders Berg, ordförande för Sveriges Kommuner och Regioner (SKR), i går."
    assert roles_of(text)["Anders Berg"] == ["ordförande för sveriges kommuner och regioner"]


# --- a label with the first name on its line, more names under it ------------------------


def test_a_label_before_the_first_name_of_a_list_gives_every_name_under_it_the_role():
    text = (
        "Kontaktperson: Lena Ahl (s), ordförande i vårdnämnden, 0709-11 22 33\n"
        "Per Moberg (m), 1:e vice ordförande i vårdnämnden, 0703-22 33 44\n"
        "Sara Kvist, ekonomichef på vårdkansliet i Skövde, 0500-12 34 56\n"
    )
    roles = roles_of(text)
    assert "kontaktperson" in roles["Lena Ahl"]
    assert roles["Per Moberg"] == ["1:e vice ordförande i vårdnämnden", "kontaktperson"]
    assert "kontaktperson" in roles["Sara Kvist"]


def test_a_capitalised_body_after_a_preposition_in_the_title_is_no_next_person():
    text = (
        "– Vi behöver fler platser, säger Karin Ek, områdeschef för Barn Unga Vuxna.\n"
        "Kontaktperson: Lars Moberg, socialchef i Västra Skaraborg, 0500-12 34 56\n"
    )
    roles = roles_of(text)
    assert roles["Karin Ek"] == ["områdeschef för barn unga vuxna"]
    assert "socialchef i västra skaraborg" in roles["Lars Moberg"]


def test_a_body_named_before_its_place_in_the_genitive_is_read_whole_as_the_owner():
    # the whole body's name is the owner, and a name of two words is left out of the role
    # (it is the person's organization): not "hallands regiondirektör"
    text = "– Vi behöver agera nu, säger Region Hallands regiondirektör Alf Jönsson."
    assert roles_of(text)["Alf Jönsson"] == ["regiondirektör"]
    # a capitalised word that opens no body's name is still no part of the title
    two = "Mötet leddes av Jessica Rosencrantz Nordmakedoniens EU-minister Bujar Osmani."
    assert roles_of(two)["Bujar Osmani"] == ["nordmakedoniens eu-minister"]
