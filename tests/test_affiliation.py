"""A person's organization (person_org) in the layouts of local releases: the body beside
the name, the title's body before it, the party mark, the press contact's issuing body,
the chair's committee and the länsstyrelse of its titles. Invented sentences in the genre's
forms (ANNOTATION.md, `organization`).
"""

from __future__ import annotations

from conftest import org_of, rule_of

from pipeline.record.schema import Organization, Span
from pipeline.resolve import release_bodies
from pipeline.resolve.beside import Surroundings, after_name
from pipeline.run.process import extract


def test_a_body_after_the_name_in_a_contact_list_is_the_persons(run):
    record = run(
        "Skogen vid sjön blir naturreservat.\n\nFör ytterligare information, kontakta:\n\n"
        "Jonas Ekström, Naturvårdsverket, 010-111 22 33\n\n"
        "Lisa Bergkvist, Skogsstyrelsen, 010-444 55 66\n"
    )
    assert org_of(record, "Jonas Ekström") == "Naturvårdsverket"
    assert org_of(record, "Lisa Bergkvist") == "Skogsstyrelsen"
    assert rule_of(record, "Jonas Ekström") == "person_org.after_name"


def test_names_joined_by_och_share_the_body_after_the_last(run):
    record = run(
        "En ny studie ska undersöka unga mäns hälsa. Studien görs av Karin Holmgren och "
        "Per Sjöberg vid Umeå universitet.\n"
    )
    assert org_of(record, "Karin Holmgren") == "Umeå universitet"
    assert org_of(record, "Per Sjöberg") == "Umeå universitet"


def test_a_party_mark_in_brackets_does_not_tie_the_body_later_in_the_clause(run):
    record = run(
        "Regionstyrelsen behandlade budgeten.\n\nEva Lindholm (V) yrkar avslag och "
        "återkommer med ett eget förslag i regionfullmäktige.\n"
    )
    assert org_of(record, "Eva Lindholm") != "regionfullmäktige"


def test_a_genitive_body_before_the_next_title_is_the_next_persons(run):
    record = run(
        "Presskonferensen hölls av ordförande Anna Bergström (C), samt "
        "socialförvaltningens chef Per Holmberg.\n"
    )
    assert org_of(record, "Anna Bergström") != "socialförvaltningen"
    assert org_of(record, "Per Holmberg") == "socialförvaltningen"


def test_a_title_and_its_body_before_the_name_tie_the_person(run):
    record = run(
        "Folkhälsoinstitutet går in i arbetet. Folkhälsochefen i Region Halland, "
        "Johan Lindqvist, ser bara fördelar med samarbetet.\n"
    )
    assert org_of(record, "Johan Lindqvist") == "Region Halland"
    # the title set off by commas before the name is his role, so the body is in his title
    assert rule_of(record, "Johan Lindqvist") == "person_org.in_context"


def test_a_politician_belongs_to_the_party_the_release_names(run):
    record = run(
        "Kristdemokraterna vill satsa mer på äldreomsorgen i kommunen. Kristdemokraterna "
        "lägger ett eget förslag.\n\n– Äldres trygghet måste gå först, säger Lena Ek (KD).\n"
    )
    assert org_of(record, "Lena Ek") == "Kristdemokraterna"
    assert rule_of(record, "Lena Ek") == "person_org.party"


def test_a_press_contact_belongs_to_the_issuing_body_not_a_committee(run):
    record = run(
        "Barn- och ungdomsnämnden i Linköpings kommun bygger om skolor. Barn- och "
        "ungdomsnämnden beslutade i går och barn- och ungdomsnämnden följer upp i höst. "
        "Linköpings kommun satsar 40 miljoner kronor. Linköpings kommun bygger vidare.\n\n"
        "Kontakter\n\nSara Lundgren\n\nPresskontakt 013-20 00 00\n"
    )
    assert org_of(record, "Sara Lundgren") == "Linköpings kommun"
    assert rule_of(record, "Sara Lundgren") == "person_org.issuer"


def test_a_press_contact_gets_no_issuer_when_two_bodies_are_named_as_often(run):
    record = run(
        "Nordbygg AB och Region Dalarna tecknar avtal om ett nytt vårdhus. Nordbygg AB "
        "bygger huset som Region Dalarna hyr från 2026.\n\n"
        "Kontaktperson:\nPer Holm, 070-123 45 67\n"
    )
    assert org_of(record, "Per Holm") is None


def test_a_contact_whose_title_places_her_in_a_body_is_not_the_issuers(run):
    record = run(
        "Vård- och omsorgsnämnden beslutade i dag att bygga om äldreboendet Björken. "
        "Vård- och omsorgsnämnden har fått ett förslag från Byggbolaget Tallen AB.\n\n"
        "Kontaktpersoner\n\nEva Lind, ekonomichef på Vårdkansliet i Mora, 070-111 22 33\n"
    )
    assert org_of(record, "Eva Lind") != "Byggbolaget Tallen AB"


def test_a_head_with_no_body_named_heads_within_the_body_the_release_names_most(run):
    record = run(
        "Nordvik Omsorg AB öppnar ett nytt boende i Ljusdal. Nordvik Omsorg AB driver redan "
        "tre boenden och Nordvik Omsorg AB anställer nu tjugo personer. Avtalet med Ljusdals "
        "kommun gäller i fem år.\n\n"
        "– Vi är glada att kunna växa, säger Karin Ek, verkställande direktör.\n"
    )
    assert org_of(record, "Karin Ek") == "Nordvik Omsorg AB"
    assert rule_of(record, "Karin Ek") == "person_org.head_of_top"


def test_a_head_with_no_body_named_heads_within_the_releases_only_body(run):
    record = run(
        "Socialförvaltningen inför en ny mottagning för unga. Socialförvaltningen öppnar den "
        "i mars.\n\n– Det här har efterfrågats länge, säger Jonas Berg, avdelningschef.\n"
    )
    assert org_of(record, "Jonas Berg") == "socialförvaltningen"


def test_a_chair_with_no_body_named_chairs_the_releases_only_committee(run):
    record = run(
        "I samband med kultur- och fritidsnämndens sammanträde delade ordförande Maria "
        "Dahlgren ut stipendier. Kalmar kommun delar årligen ut stipendier.\n"
    )
    assert org_of(record, "Maria Dahlgren") == "kultur- och fritidsnämnden"


def test_a_landshovding_belongs_to_the_named_lansstyrelse(run):
    record = run(
        "Region Värmland och Länsstyrelsen i Värmlands län ger en lägesbild. Region "
        "Värmland och Länsstyrelsen i Värmlands län möter media. Länsstyrelsen samordnar. "
        "Region Värmland bjuder in.\n\nMedia är välkomna att träffa landshövding Georg "
        "Almén.\n"
    )
    assert org_of(record, "Georg Almén") == "Länsstyrelsen i Värmlands län"


def test_a_credited_photographer_is_not_the_agencys_speaker(run):
    record = run(
        "Trafikverket bygger om vägen. Trafikverket stänger vägen i juli och Trafikverket "
        "leder om trafiken.\n\nFoto: Elin Gustavsson.\n"
    )
    assert org_of(record, "Elin Gustavsson") is None


def test_the_government_names_come_from_the_rule_data():
    names, endings = release_bodies.government_names()
    assert {"regeringen", "regeringskansliet"} <= names
    assert "departementet" in endings


def test_an_email_domain_spelling_a_named_body_ties_the_person(run):
    record = run(
        "Kalmar kommun och Region Kalmar län samarbetar om fritidsgårdarna. Kalmar kommun "
        "står för lokalerna.\n\nFör mer information:\n\nAnna Almgren\n"
        "anna.almgren@kalmar.se\n"
    )
    assert org_of(record, "Anna Almgren") == "Kalmar kommun"
    assert rule_of(record, "Anna Almgren") == "person_org.email_domain"


def test_a_heads_title_names_the_administration_it_heads(run):
    record = run(
        "Socialförvaltningen får ny ledning. Socialnämnden har beslutat om en ny "
        "organisation.\n\nSocialchef Karin Wallin har sagt upp sig efter fem år.\n"
    )
    assert org_of(record, "Karin Wallin") == "socialförvaltningen"
    assert rule_of(record, "Karin Wallin") == "person_org.title_stem"


def test_a_body_before_och_and_the_next_title_is_not_that_persons(run):
    record = run(
        "Från Strängnäs kommun deltar Lina Qvist, verksamhetschef på utbildningskontoret "
        "och enhetschef Anna Ekman, stöd och insats.\n"
    )
    assert org_of(record, "Anna Ekman") != "utbildningskontoret"


def test_a_chair_of_a_body_not_found_is_not_given_the_only_committee(run):
    record = run(
        "Kommunstyrelsen beslutade i går om hållbarhet. Kommunstyrelsen följer upp.\n\n"
        "– Vi tar ansvar, säger Magnus Wiklund (MP), ordförande i kommunens "
        "hållbarhetsutskott.\n"
    )
    assert org_of(record, "Magnus Wiklund") != "kommunstyrelsen"


def test_a_press_office_line_below_a_person_is_not_her_contact():
    record = extract(
        "Rubrik\n\nLena Ekström är ny chef för enheten.\n\n"
        "Presstjänst Region Skåne, 040-675 30 00, press@skane.se\n"
    )
    (person,) = record.people
    assert person.phones == [] and person.emails == []
    assert {c.value: c.person_id for c in record.contacts} == {
        "+46406753000": None,
        "press@skane.se": None,
    }
    named = extract("Rubrik\n\nPressjour: Lena Ekström, 040-675 30 00\n")
    assert named.people[0].phones == ["+46406753000"]


def test_a_title_placing_her_by_a_definite_noun_ties_her_to_the_body_named_so(run):
    record = run(
        "Orsa bibliotek öppnar en läsecirkel. Orsa bibliotek har öppet varje dag och Orsa "
        "bibliotek bjuder på fika. Även Skattungby bibliotek deltar.\n\n"
        "– Vi hoppas på många besökare, säger Karin Rydberg, arbetsledare på biblioteket.\n"
    )
    assert org_of(record, "Karin Rydberg") == "Orsa bibliotek"
    assert rule_of(record, "Karin Rydberg") == "person_org.definite_place"


def test_an_email_domain_spelling_two_bodies_ties_the_person_to_the_one_named_nearest(run):
    record = run(
        "Länsstyrelsen i Jämtlands län tar över tillsynen från Länsstyrelsen i Västernorrlands "
        "län i januari. Länsstyrelsen i Jämtlands län anställer två nya handläggare.\n\n"
        "Länsstyrelsen i Västernorrlands län lämnar över alla ärenden.\n\n"
        "Kontakt:\nSvea Lindqvist\n010-225 30 00\nsvea.lindqvist@lansstyrelsen.se\n\n"
        "Länsstyrelsen i Västernorrlands län\n"
    )
    assert org_of(record, "Svea Lindqvist") == "Länsstyrelsen i Västernorrlands län"
    assert rule_of(record, "Svea Lindqvist") == "person_org.email_domain"


def test_a_body_in_base_form_before_a_title_after_the_name_is_that_persons(run):
    record = run(
        "Regionstyrelsen sammanträder i morgon om budgeten.\n\nKontaktpersoner:\n\n"
        "Sara Lindgren (S), regionstyrelsen ordförande, tel: 070-111 22 33\n"
    )
    assert org_of(record, "Sara Lindgren") == "regionstyrelsen"


def test_a_body_named_after_the_name_ties_the_person_where_only_its_first_mention_was_kept():
    text = (
        "Trendbyrån Framtidsläget har frågat 2 000 unga om boende.\n\n"
        "– Många vill flytta hemifrån, säger Elin Sjödin, analytiker, Framtidsläget.\n"
    )
    first = text.index("Framtidsläget")
    body = Organization(
        id="O1",
        name="Framtidsläget",
        type="company",
        mentions=[Span(start=first, end=first + 13, text="Framtidsläget")],
        source="rules",
        rule="test",
        confidence=1.0,
        explanation="",
    )
    name = text.index("Elin Sjödin")
    where = Surroundings.of(text, [(name, name + len("Elin Sjödin"))])
    assert after_name(where, name + len("Elin Sjödin"), [body]) == [body]


def test_a_genitive_body_before_an_adjective_and_the_role_holds_the_position(run):
    record = run(
        "Kiruna kommun får besök i vår.\n\nI mars besökte socialförvaltningens nya "
        "samordnare för hemlöshetsfrågor, Tove Sandin, skolorna i Kiruna.\n"
    )
    assert org_of(record, "Tove Sandin") == "socialförvaltningen"
    assert rule_of(record, "Tove Sandin") == "person_org.owner_before_role"


def test_an_acting_heads_title_names_the_administration_she_heads(run):
    record = run(
        "Kulturförvaltningen byter ledning. Kulturnämnden har beslutat om en ny "
        "organisation.\n\nLena Forsberg, tillförordnad kulturchef, tar över i oktober.\n"
    )
    assert org_of(record, "Lena Forsberg") == "kulturförvaltningen"
    assert rule_of(record, "Lena Forsberg") == "person_org.title_stem"


def test_a_vice_chair_with_no_body_named_chairs_the_committee_named_most(run):
    record = run(
        "Kommunfullmäktige delade ut årets kulturpris på sitt möte i går. Pristagaren "
        "nominerades av fritidsnämnden.\n\nPriset lämnas över av fullmäktiges presidium:\n"
        "Eva Lundqvist (C), kommunfullmäktiges ordförande.\n"
        "Per Åkesson (S), 2:e vice ordförande.\n"
    )
    assert org_of(record, "Per Åkesson") == "kommunfullmäktige"
    assert rule_of(record, "Per Åkesson") == "person_org.title_kind"
