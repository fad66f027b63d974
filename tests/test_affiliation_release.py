"""A person's organization from the release itself, when nothing is written with the
person (resolve/release_bodies.py): the party whose release it is, the publishing
municipality or region beside a state agency it cites (which neither issues it nor employs
a head in it), and no head's employer in a committee. Invented sentences in the genre's
forms.
"""

from __future__ import annotations

from conftest import org_of, rule_of


def test_a_head_is_not_given_the_committee_the_release_names_most(run):
    record = run(
        "Barn- och utbildningsnämnden har beslutat om en ny skolstruktur. Barn- och "
        "utbildningsnämnden tar upp frågan igen i maj.\n\n"
        "– Vi behöver fler lärare, säger Kent Ylander, avdelningschef.\n"
    )
    assert org_of(record, "Kent Ylander") != "barn- och utbildningsnämnden"


def test_a_head_belongs_to_the_region_not_the_agency_it_cites_more_often(run):
    record = run(
        "Socialstyrelsen har publicerat nya siffror. Enligt Socialstyrelsen ökar "
        "förskrivningen, och Socialstyrelsen vill se åtgärder. Region Gävleborg och Region "
        "Dalarna har redan startat ett arbete. Region Gävleborg anställer fler.\n\n"
        "– Det är glädjande, säger Olof Vestin, medicinsk chef.\n"
    )
    assert org_of(record, "Olof Vestin") == "Region Gävleborg"
    assert rule_of(record, "Olof Vestin") == "person_org.publisher"


def test_a_head_belongs_to_the_only_municipality_beside_an_agency_cited_as_often(run):
    record = run(
        "Myndigheten för ungdoms- och civilsamhällesfrågor har gett bidrag till ett nytt "
        "projekt för unga i Luleå kommun.\n\n"
        "– Nu kan vi nå fler, säger Åsa Broman, kulturchef.\n"
    )
    assert org_of(record, "Åsa Broman") == "Luleå kommun"
    assert rule_of(record, "Åsa Broman") == "person_org.publisher"


def test_a_person_in_a_partys_release_speaks_for_the_party(run):
    record = run(
        "Kristdemokraterna vill stoppa nedläggningen av äldreboendet. Kristdemokraterna "
        "röstade emot beslutet i socialnämnden.\n\n"
        "Lennart Åberg\n"
    )
    assert org_of(record, "Lennart Åberg") == "Kristdemokraterna"
    assert rule_of(record, "Lennart Åberg") == "person_org.party_release"


def test_a_councillor_in_her_partys_release_speaks_for_the_party(run):
    record = run(
        "Centerpartiet i Dalarna har antagit sitt valprogram. Centerpartiet vill se en "
        "nära vård, och Centerpartiet lovar fler poliser.\n\n"
        "– Alla beslut i Region Dalarna ska landsbygdssäkras, säger Jana Lindvall, "
        "landstingsråd (C).\n"
    )
    assert org_of(record, "Jana Lindvall") in ("Centerpartiet", "Centerpartiet i Dalarna")
    assert rule_of(record, "Jana Lindvall") == "person_org.party"


def test_a_press_contact_answers_for_the_region_not_the_agency_it_cites(run):
    record = run(
        "Socialstyrelsen har publicerat nya siffror. Enligt Socialstyrelsen ökar "
        "förskrivningen, och Socialstyrelsen vill se åtgärder. Region Gävleborg har redan "
        "startat ett arbete. Region Gävleborg anställer fler.\n\n"
        "Presskontakt:\nJohan Adolfsen, pressansvarig, 026-15 50 00\n"
    )
    assert org_of(record, "Johan Adolfsen") == "Region Gävleborg"
    assert rule_of(record, "Johan Adolfsen") == "person_org.issuer"


def test_an_administrations_head_heads_the_releases_only_administration(run):
    record = run(
        "Vård- och omsorgsförvaltningen i Arboga kommun får ny ledning. Förvaltningen har "
        "haft en tillförordnad chef sedan i våras.\n\n"
        "– Jag ser fram emot uppdraget, säger Maria Lund, förvaltningschef.\n"
    )
    assert (org_of(record, "Maria Lund") or "").casefold() == "vård- och omsorgsförvaltningen"
    assert rule_of(record, "Maria Lund") == "person_org.title_kind"


def test_a_press_contact_is_not_the_company_a_committees_release_names_once(run):
    record = run(
        "Kommunstyrelsen har godkänt detaljplanen för Norra Viken. Planen tas fram "
        "tillsammans med Fastighetsbolaget Ekudden AB.\n\n"
        "– Nu kan vi bygga fler bostäder, säger Lars Ek (S), kommunstyrelsens ordförande.\n\n"
        "Kontakter\n\nAnna Holm\n\nPresskontakt 0155-11 22 33\n"
    )
    assert org_of(record, "Anna Holm") != "Fastighetsbolaget Ekudden AB"


def test_a_title_holder_belongs_to_the_only_body_the_release_names(run):
    record = run(
        "Tullverket har beslagtagit mer narkotika i år än förra året. Tullverket har fått "
        "fler hundar och Tullverket ska anställa ännu fler.\n\n"
        "– Hundarna gör stor skillnad, säger Erik Sand, nationell samordnare för "
        "narkotikasök.\n"
    )
    assert org_of(record, "Erik Sand") == "Tullverket"
    assert rule_of(record, "Erik Sand") == "person_org.dominant_sender"


def test_a_politician_with_no_role_belongs_to_the_committee_the_release_is_about(run):
    record = run(
        "Kommunstyrelsen har behandlat budgeten för 2026. Kommunstyrelsen föreslår att "
        "skatten lämnas oförändrad och kommunstyrelsen vill spara på lokaler.\n\n"
        "Elsa Grön (V) yrkar avslag på förslaget.\n"
    )
    assert org_of(record, "Elsa Grön") == "kommunstyrelsen"
    assert rule_of(record, "Elsa Grön") == "person_org.committee_release"


def test_a_minister_is_not_the_staff_of_the_only_agency_a_release_names(run):
    record = run(
        "Tullverket får i uppdrag att kartlägga smugglingen av vapen. Tullverket ska redovisa "
        "uppdraget i maj och Tullverket ska samråda med andra myndigheter.\n\n"
        "– Smugglingen måste stoppas, säger Erik Sand, finansminister.\n"
    )
    assert org_of(record, "Erik Sand") != "Tullverket"
