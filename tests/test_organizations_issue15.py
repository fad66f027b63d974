"""Organizations in local releases (issue 15): addresses, club and company markers,
police areas, and people the NER names that are organizations."""

from __future__ import annotations

from conftest import orgs

from pipeline.components.organizations import find_ner, find_organizations


def test_a_body_word_inside_an_email_or_web_address_is_no_body(blank):
    text = (
        "Länsstyrelsen i Kalmar län beviljar medel.\n\nKontakt: Eva Ek, "
        "eva.ek@lansstyrelsen.se, www.socialforvaltningen.example.se/ansok"
    )
    assert orgs(blank, text) == {"Länsstyrelsen i Kalmar län": "agency"}


def test_clubs_and_companies_by_a_marker_of_their_name(blank):
    text = (
        "Föreningsbidraget går till Norrby IF, Sjöviks Vänner och IFK Åsbo. I Bergs BK "
        "tränar 40 barn. Kåge Bygg AB och Omsorg Nord Care. Tomtebo Simsällskap:s tränare."
    )
    assert orgs(blank, text) == {
        "Norrby IF": "association",
        "Sjöviks Vänner": "association",
        "IFK Åsbo": "association",
        "Bergs BK": "association",  # the opening preposition is no part of the name
        "Kåge Bygg AB": "company",
        "Omsorg Nord Care": "company",
        "Tomtebo Simsällskap": "association",
    }


def test_a_dot_ends_a_name_before_a_marker(blank):
    text = "Vi samarbetar med Nordvård MedPlus. Nordvård Care driver boendet."
    assert orgs(blank, text)["Nordvård Care"] == "company"
    assert "Nordvård MedPlus. Nordvård Care" not in orgs(blank, text)


def test_national_media_and_care_companies_are_companies(blank):
    text = "SVT och Svenska Dagbladet rapporterade. Attendo och Samhall driver verksamheten."
    assert orgs(blank, text) == {
        "Sveriges Television": "company",
        "Svenska Dagbladet": "company",
        "Attendo": "company",
        "Samhall": "company",
    }


def test_the_police_of_a_municipality_or_county(blank):
    text = (
        "Region Halland och polisen i Falkenberg har tecknat ett avtal. Polisen i Hallands "
        "län ställer sig bakom. Narkotikabrotten ökar enligt polisen i Sverige."
    )
    found = orgs(blank, text)
    assert found["polisen i Falkenberg"] == "agency"
    assert found["Polisen i Hallands län"] == "agency"
    assert "polisen i Sverige" not in found  # the national police, by its own name


def test_a_company_with_and_without_ab_is_one_company(blank):
    text = "Humana AB överklagar beslutet. Det meddelade Humana. Tornvik Bygg AB bygger."
    hits = find_organizations(blank(text))
    humana = [h for h in hits if "Humana" in text[h.start : h.end]]
    assert {(h.name, h.aliases) for h in humana} == {("Humana", ("Humana AB",))}
    # a dot ends the name before a company form: no "Humana. Tornvik Bygg AB"
    assert "Tornvik Bygg AB" in {h.name for h in hits}


def test_the_bare_police_of_a_release_naming_one_local_police_is_that_police(blank):
    text = "Polisen i Falkenberg ökar närvaron. Polisen ska också besöka skolorna."
    assert orgs(blank, text) == {"Polisen i Falkenberg": "agency"}


def test_local_branches_of_associations_and_parties(blank):
    text = (
        "Röda Korset i Kalmar och Hyresgästföreningen Nybro-Emmaboda samverkar med "
        "Kvinnojouren Borgholm/Mörbylånga. Moderaterna i Lund och Moderaterna i Eslöv "
        "kritiserar. Moderaterna vill. Röda Korset välkomnar. Vänsterpartiet i Lund kommun."
    )
    found = orgs(blank, text)
    assert found["Röda Korset i Kalmar"] == "association"  # the bare name is this branch
    assert found["Hyresgästföreningen Nybro-Emmaboda"] == "association"
    assert found["Kvinnojouren Borgholm/Mörbylånga"] == "association"
    assert found["Moderaterna i Lund"] == found["Moderaterna i Eslöv"] == "political"
    assert found["Moderaterna"] == "political"  # two branches: the bare name stays the party
    assert "Svenska Röda Korset" not in found
    assert "Vänsterpartiet i Lund" not in found  # "Lund kommun": the place is a body's


def test_a_schools_kind_in_lower_case_after_its_name(blank):
    text = (
        "Barnen på Ekbackens förskola och Tallby förskola odlar. Ronneby kulturskola spelar. "
        "Varje skola ska delta. Den nya skola som byggs. Gotlands folkhögskolas elever."
    )
    assert orgs(blank, text) == {
        "Ekbackens förskola": "school",
        "Tallby förskola": "school",
        "Ronneby kulturskola": "school",
        "Gotlands folkhögskola": "school",
    }


def test_departments_police_committees_and_delegations_by_their_endings(blank):
    text = (
        "Informationsavdelningen och säkerhetsavdelningen svarar. Hallandspolisens "
        "arbete ger resultat. Miljöpriskommittén utser vinnaren och personaldelegationen "
        "beslutade. Avdelningen växer och kommittén sammanträder."
    )
    assert orgs(blank, text) == {
        "informationsavdelningen": "administration",
        "säkerhetsavdelningen": "administration",
        "Hallandspolisen": "agency",
        "miljöpriskommittén": "committee",
        "personaldelegationen": "committee",
    }


def test_a_title_in_its_definite_form_is_no_council(blank):
    """ "Kommunalrådet Anna Berg (KD)": "-rådet" reads like a council, but the word is the
    title "kommunalråd" in its definite form, the person's, not a body."""
    text = (
        "Kommunalrådet Anna Berglund (KD) och Oppositionsrådet Per Holm (M) är överens "
        "med pensionärsrådet i Umeå kommun."
    )
    assert orgs(blank, text) == {"pensionärsrådet": "committee", "Umeå kommun": "municipality"}


def test_sveriges_and_a_capitalised_word_is_a_national_association(blank):
    text = (
        "Sveriges Skogsägare och Sveriges Elevkårers styrelse välkomnar beslutet, men "
        "Sveriges kommuner tvekar och Sveriges Allmännyttiga Bostadsbolag avvaktar."
    )
    assert orgs(blank, text) == {
        "Sveriges Skogsägare": "association",
        "Sveriges Elevkårer": "association",  # base form, no genitive
        # "Sveriges kommuner" names the kind; a name that goes on has no clear end
    }


def test_a_person_named_sveriges_and_an_adjective_is_no_half_body(nlp):
    from pipeline.language.spans import group
    from pipeline.resolve.overlaps import annotate_overlaps

    text = "Rapporten kommer från Sveriges Gemensamma Hyresbolag i år."
    doc = nlp.make_doc(text)
    for name, proc in nlp.pipeline:
        if name == "press_overlaps":
            break
        doc = proc(doc)
    at = text.index("Sveriges Gemensamma")
    doc.ents = [doc.char_span(at, at + len("Sveriges Gemensamma"), label="PER")]
    annotate_overlaps(doc, "press_overlaps")
    assert "Sveriges Gemensamma" not in {s._.value["name"] for s in group(doc, "organizations")}


def test_the_bare_county_board_is_the_one_the_release_names(blank):
    text = (
        "Projektet leds av Länsstyrelsen Jämtland. Enligt den rapport som länsstyrelsen "
        "tog fram i våras ökar behoven."
    )
    assert orgs(blank, text) == {"Länsstyrelsen i Jämtlands län": "agency"}


def test_two_county_boards_leave_the_bare_word_alone(blank):
    text = "Länsstyrelsen Jämtland och Länsstyrelsen Dalarna samråder med länsstyrelsen."
    assert set(orgs(blank, text)) == {
        "Länsstyrelsen i Jämtlands län",
        "Länsstyrelsen i Dalarnas län",
        "Länsstyrelsen",
    }


def test_county_board_forms_take_the_registers_name(blank):
    text = (
        "Länsstyrelsen Dalarnas rapport kom i går.\nLänsstyrelsen Västra Götalands län\n"
        "Länsstyrelsen\nVi arbetar vidare."
    )
    found = orgs(blank, text)
    assert found["Länsstyrelsen i Dalarnas län"] == "agency"  # not "Länsstyrelsen Dalarnas"
    assert found["Länsstyrelsen i Västra Götalands län"] == "agency"
    assert "Länsstyrelsen Vi" not in found  # a name does not run across a line break


def test_sveriges_before_a_coordinated_genitive_is_no_name(blank):
    text = "Enligt Sveriges Skogsägares och Sågverks rapport ökar priserna."
    assert "Sveriges Skogsägare" not in orgs(blank, text)


def test_a_capitalised_name_opened_by_a_word_that_types_it(blank):
    text = (
        "Medel kommer från Stiftelsen Gröna Gården och Riksföreningen Sveriges Hembygdsråd. "
        "Stiftelsen Gröna Gårdens arbete fortsätter och Vårdcentralen Sörby öppnar."
    )
    assert orgs(blank, text) == {
        "Stiftelsen Gröna Gården": "association",
        "Riksföreningen Sveriges Hembygdsråd": "association",
        "Vårdcentralen Sörby": "administration",
    }


def _ner_orgs(blank, text: str, names: list[str]) -> dict[str, str]:
    """The NER's ORG entities on the given names, as find_ner keeps and types them."""
    doc = blank(text)
    doc.ents = [doc.char_span(text.index(n), text.index(n) + len(n), "ORG") for n in names]
    return {h.name: h.type for h in find_ner(doc)}


def test_a_law_or_diagnosis_acronym_the_ner_calls_org_is_no_body(blank):
    text = (
        "Fler barn med NPF får stöd enligt LSS, och vaccinet mot HPV erbjuds av RFSU i "
        "samarbete med IVO:s inspektörer."
    )
    found = _ner_orgs(blank, text, ["NPF", "LSS", "HPV", "RFSU", "IVO:s"])
    assert found == {"RFSU": "association", "IVO": "agency"}


def test_the_agency_a_photo_is_credited_to_is_no_body(blank):
    text = "Förbundet firar 20 år.\nFoto: Lena Berg/TT\nSSAB och TT bjuder in till mötet."
    doc = blank(text)
    credit, acting = text.index("TT\n"), text.index("TT bjuder")
    doc.ents = [doc.char_span(credit, credit + 2, "ORG"), doc.char_span(acting, acting + 2, "ORG")]
    assert [(h.name, h.start) for h in find_ner(doc)] == [("TT", acting)]


def test_a_unit_or_department_after_its_owners_genitive_is_named_in_the_definite(blank):
    text = (
        "Eleverna praktiserade vid stadens informationsenhet. Borgå kommuns "
        "beredskapsavdelning fick uppdraget, säger Lars Ek, chef på kommunens idrottsenhet."
    )
    found = orgs(blank, text)
    assert found["informationsenheten"] == "administration"
    assert found["beredskapsavdelningen"] == "administration"
    assert found["idrottsenheten"] == "administration"


def test_the_labels_of_a_list_by_municipality_are_the_municipalities(blank):
    text = (
        "Länsstyrelsen fördelar 3 miljoner kronor till länets kommuner.\n\n"
        "Pengarna fördelas så här:\n- Kalix: 1,2 miljoner kronor\n- Piteå: 900 000 kronor\n"
        "Överkalix kommun: 500 000 kronor\n\nStockholm: Eva Ek reste dit."
    )
    found = orgs(blank, text)
    assert found["Kalix"] == found["Piteå"] == "municipality"
    assert found["Överkalix kommun"] == "municipality"  # its full name, as written
    assert "Stockholm" not in found  # a line away from the list


def test_one_line_labelled_by_a_place_is_no_list_of_municipalities(blank):
    text = "Kalix: Kommunens skolor öppnar igen.\n\nEva Ek berättar om läsåret."
    assert "Kalix" not in orgs(blank, text)


def test_a_name_the_text_makes_a_partner_or_runner_is_a_body(blank):
    text = (
        "Kommunen startar läxhjälpen i samarbete med Nordvik Energi. Mötesplatsen drivs av "
        "Fritid Nordkust och finansieras av Stiftelsen Barnfond. Projektet görs tillsammans "
        "med Dem och i samverkan med Gotland."
    )
    found = orgs(blank, text)
    assert found["Nordvik Energi"] == found["Fritid Nordkust"] == "company"  # untyped
    assert found["Stiftelsen Barnfond"] == "association"  # typed by its own first word
    assert not {"Dem", "Gotland"} & set(found)  # a pronoun and a place are no bodies


def test_a_person_after_a_partner_phrase_is_no_body(blank):
    text = "Skolan arbetar tillsammans med Anna Berg."
    doc = blank(text)
    at = text.index("Anna Berg")
    doc.ents = [doc.char_span(at, at + len("Anna Berg"), "PER")]
    assert "Anna Berg" not in {h.name for h in find_organizations(doc)}


def test_a_place_after_a_partner_phrase_is_no_body(blank):
    # a country the NER calls a place, in the genitive before its minister
    text = "Ministern talar tillsammans med Norges utrikesminister Ola Dal."
    doc = blank(text)
    doc.ents = [doc.char_span(text.index("Norges"), text.index("Norges") + 6, "LOC")]
    assert not any(h.name.startswith("Norge") for h in find_organizations(doc))


def test_a_care_unit_named_by_its_capitalised_health_compound_is_a_body(blank):
    text = "Kommunen och Barn- och familjehälsan öppnar en mottagning för bättre folkhälsan."
    found = orgs(blank, text)
    assert found["barn- och familjehälsan"] == "administration"  # named as a common noun
    assert "folkhälsan" not in found  # a common noun in lower case: the public's health


def test_a_board_no_list_knows_is_a_committee_however_written(blank):
    text = (
        "Det beslutade Regionstyrelsen i går. Sjukhusstyrelsen och Socialstyrelsen "
        "har sedan tidigare samma riktlinjer som Ungdomsstyrelsen tog fram."
    )
    found = orgs(blank, text)
    assert found["regionstyrelsen"] == found["sjukhusstyrelsen"] == "committee"
    assert found["Socialstyrelsen"] == found["Ungdomsstyrelsen"] == "agency"  # the state's
