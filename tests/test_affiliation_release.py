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
