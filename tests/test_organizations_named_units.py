"""Organizations named by a phrase around a common noun (issue 15, second pass): a
university's department, a federation owned in the genitive, a home by its name, a place's
library, and an acronym set off by commas after its body's name."""

from __future__ import annotations

from conftest import orgs

from pipeline.components.organizations import find_ner, find_organizations
from pipeline.language.spans import group
from pipeline.resolve.overlaps import annotate_overlaps


def test_a_universitys_department_for_a_subject(blank):
    text = (
        "Studien leds av Eva Lind, lektor vid Institutionen för socialt arbete, Umeå "
        "universitet, och av forskare vid institutionen för didaktik och pedagogik."
    )
    found = orgs(blank, text)
    assert found["Institutionen för socialt arbete"] == "administration"
    assert found["institutionen för didaktik och pedagogik"] == "administration"


def test_a_federation_named_by_its_members_in_the_genitive(blank):
    text = (
        "Kampanjen drivs av Pensionärernas riksförbund och Scouternas Ungdomsförbund. "
        "Sveriges riksförbund är ett annat."
    )
    found = orgs(blank, text)
    assert found["Pensionärernas riksförbund"] == "association"
    assert found["Scouternas Ungdomsförbund"] == "association"
    assert "Sveriges riksförbund" not in found  # a determiner names no owner


def test_a_federations_name_runs_on_in_capitalised_words_before_its_owner(blank):
    text = (
        "Svenska Blå Bandets Ungdomsförbund startar en kampanj. "
        "Enligt Ungdomens Nykterhetsförbund ökar det."
    )
    found = orgs(blank, text)
    assert found["Svenska Blå Bandets Ungdomsförbund"] == "association"
    assert "Enligt Ungdomens Nykterhetsförbund" not in found


def test_a_home_by_its_own_name_but_not_a_kind_of_home(blank):
    text = (
        "Nämnden lägger ned Björkens äldreboende och flyttar de boende till Lunda vård- "
        "och omsorgsboende. Nytt äldreboende byggs i Ekeby."
    )
    found = orgs(blank, text)
    assert found["Björkens äldreboende"] == "administration"
    assert found["Lunda vård- och omsorgsboende"] == "administration"
    assert not any(name.startswith("Nytt") for name in found)


def test_a_places_library_but_not_a_kind_of_library(blank):
    text = (
        "Snart får Öja bibliotek och Tallbergs bibliotek nya tider. "
        "Med ett Nattöppet bibliotek blir det lättare."
    )
    found = orgs(blank, text)
    assert found["Öja bibliotek"] == "other"
    assert found["Tallbergs bibliotek"] == "other"
    assert "Nattöppet bibliotek" not in found


def test_an_acronym_between_commas_is_the_bodys_alias_and_its_mentions_the_body(blank):
    text = "Pensionärernas riksförbund, PRF, växer. PRF har 900 medlemmar."
    hits = find_organizations(blank(text))
    assert {h.name for h in hits} == {"Pensionärernas riksförbund"}
    assert "PRF" in next(h.aliases for h in hits if h.start == 0)


def test_an_acronym_between_commas_in_a_list_of_bodies_is_no_alias(blank):
    text = "Region Dalarna, SKR, Polisen och Tallbergs bibliotek deltar."
    hits = find_organizations(blank(text))
    region = next(h for h in hits if h.name == "Region Dalarna")
    assert "SKR" not in region.aliases
    assert any(h.name == "Sveriges Kommuner och Regioner" for h in hits)


def test_a_person_starting_inside_a_bodys_name_becomes_the_whole_body(nlp):
    text = "Bidrag går till Scouternas Ungdomsförbund Uffe i år."
    doc = nlp.make_doc(text)
    for name, proc in nlp.pipeline:
        if name == "press_overlaps":
            break
        doc = proc(doc)
    at = text.index("Ungdomsförbund Uffe")
    doc.ents = [doc.char_span(at, at + len("Ungdomsförbund Uffe"), label="PER")]
    annotate_overlaps(doc, "press_overlaps")
    names = {s._.value["name"] for s in group(doc, "organizations")}
    assert "Scouternas Ungdomsförbund Uffe" in names
    assert "Ungdomsförbund Uffe" not in names


def test_schools_by_their_own_names_after_their_kind(blank):
    text = (
        "Priset gick till förskolorna (Tallen, Eken och Linden) i kommunen. Beslut togs om "
        "förskoleenheterna Sjöbo och Ängen. Skolan Malmö stad driver är ny."
    )
    found = orgs(blank, text)
    for school in ("Tallen", "Eken", "Linden", "Sjöbo", "Ängen"):
        assert found[school] == "school"
    assert "Malmö" not in found  # a municipality's name after the kind is no school


def test_an_office_named_with_its_owner_in_the_genitive(blank):
    text = (
        "Frågor besvaras av Vänersborgs stads servicecenter. Umeås stadsledningskontor "
        "har beslutat. Alla stadsledningskontor svarar."
    )
    found = orgs(blank, text)
    assert found["Vänersborgs stads servicecenter"] == "administration"
    assert found["Vänersborgs stad"] == "municipality"  # the owner stays its own body
    assert found["Umeås stadsledningskontor"] == "administration"


def test_a_housing_company_by_its_place(blank):
    text = (
        "- Tibro bostäder har fattat ett beslut. Här ställde bostadsbolaget Ekeby bostäder "
        "upp. Fler bostäder byggs."
    )
    found = orgs(blank, text)
    assert found["Tibro bostäder"] == "company"
    assert found["Ekeby bostäder"] == "company"
    assert not any(name.startswith("Fler") for name in found)


def test_an_associations_region_is_its_branch_but_a_region_after_it_is_the_region(blank):
    text = (
        "Hyresgästföreningen region Väst omfattar tre län. Enligt Hyresgästföreningen region "
        "södra Norrland ökar hyrorna. Röda Korset Region Gävleborg och Moderaterna deltar."
    )
    found = orgs(blank, text)
    assert found["Hyresgästföreningen region Väst"] == "association"
    assert found["Hyresgästföreningen region södra Norrland"] == "association"
    assert found["Region Gävleborg"] == "region"
    assert "Röda Korset Region Gävleborg" not in found


def _ner_orgs(blank, text: str, names: list[str]) -> dict[str, str]:
    """The NER's ORG entities on the given names, as find_ner keeps and types them."""
    doc = blank(text)
    doc.ents = [doc.char_span(text.index(n), text.index(n) + len(n), "ORG") for n in names]
    return {h.name: h.type for h in find_ner(doc)}


def test_a_ner_name_ending_in_a_body_noun_or_opening_with_a_care_unit_is_typed(blank):
    text = (
        "Projektet drivs av Vänersborgs sjukhus, Tekniska institutionen och Nerikes "
        "Schackförening med stöd av Ekmans Stiftelse, Vårdcentralen Hageby, Kalmar Bostäder och "
        "Frökenfonden."
    )
    names = [
        "Vänersborgs sjukhus",
        "Tekniska institutionen",
        "Nerikes Schackförening",
        "Kalmar Bostäder",
        "Ekmans Stiftelse",
        "Vårdcentralen Hageby",
        "Frökenfonden",
    ]
    assert _ner_orgs(blank, text, names) == {
        "Vänersborgs sjukhus": "administration",
        "Tekniska institutionen": "administration",
        "Nerikes Schackförening": "association",
        "Kalmar Bostäder": "company",
        "Ekmans Stiftelse": "association",
        "Vårdcentralen Hageby": "administration",
        # an untyped name with no body form stays out: the NER also calls programmes ORG
    }


def test_a_body_named_by_what_it_is_for(blank):
    text = (
        "Frågan bereds av Rådet för integration och arbete och av beredningen för "
        "medborgardialog som ska avvecklas. Studien görs av Centrum för Social Innovation och "
        "akademin för teknik, miljö och samhälle. Forum för friluftsliv i Jämtland deltar."
    )
    assert orgs(blank, text) == {
        "Rådet för integration och arbete": "committee",
        "beredningen för medborgardialog": "committee",  # "som ska avvecklas" is no topic
        "Centrum för Social Innovation": "other",
        "akademin för teknik, miljö och samhälle": "administration",
        "Forum för friluftsliv i Jämtland": "other",  # a known place after "i"
    }


def test_a_participle_before_the_topic_stays_in_the_name(blank):
    # "särskilda" is no noun: the name was cut to "avdelningen för särskilda"
    text = "Hon leder avdelningen för särskilda insatser hos regionen."
    assert "avdelningen för särskilda insatser" in orgs(blank, text)
    # a capitalised participle after a comma opens the next body, not the topic's next word
    listed = "Med i nätverket är Rådet för trygghet, Brottsförebyggande rådet med flera."
    assert set(orgs(blank, listed)) == {"Rådet för trygghet", "Brottsförebyggande rådet"}


def test_a_kind_of_body_for_someone_is_no_body(blank):
    text = "Kommunen vill bygga ett centrum för unga. Rådet för alla barn är en förhoppning."
    assert orgs(blank, text) == {}


def test_a_unit_right_after_its_members_title_is_an_administration(blank):
    text = (
        "– Vi ser fler ärenden, säger Maja Lind, enhetschef Stöd och behandling på "
        "socialförvaltningen.\n\nKontakt\nOla Berg Kommunikatör Vård och omsorg 070-111 22 33\n"
        "Hon har ringt enhetschef Karin Svedberg."
    )
    doc = blank(text)
    at = text.index("Karin Svedberg")
    doc.ents = [doc.char_span(at, at + len("Karin Svedberg"), "PER")]
    found = {h.name: h.type for h in find_organizations(doc)}
    assert found["Stöd och behandling"] == "administration"
    assert found["Vård och omsorg"] == "administration"
    assert "Karin Svedberg" not in found  # a person the NER names after a title


def test_a_unit_by_its_kind_and_field_where_the_phrase_plainly_ends(blank):
    text = (
        "Lisa Holm är chef för sektor Trygghet i Bjärvik kommun och Per Ek chef för division "
        "barnmedicin i regionen. Han arbetar på Område Kultur och fritid. All verksamhet "
        "fortgår som vanligt och området där skolan ligger är lugnt."
    )
    found = orgs(blank, text)
    assert found["sektor Trygghet"] == "administration"
    assert found["division barnmedicin"] == "administration"
    assert found["Område Kultur och fritid"] == "administration"
    assert not any(name.startswith(("verksamhet", "området")) for name in found)
