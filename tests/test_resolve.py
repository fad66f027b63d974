"""Resolution steps as pipeline components: `nlp(text)` alone gives a Doc that carries the
record's organizations, people, contacts and quote speakers; assemble only copies them."""

from __future__ import annotations

import pytest
import regex

from pipeline.components.organizations import NER_SCORE
from pipeline.language.spans import add_span
from pipeline.record.assemble import to_record
from pipeline.resolve.overlaps import drop_ner_organizations_in_interventions

SPEAKER = "– Vi satsar på unga, säger Anna Svensson (S), ordförande i socialnämnden i Malmö stad."
SOURCE = {"path": "x.txt", "sha256": "0" * 64}
CONTACT = "Kontakt: Anna Berg, 070-123 45 67, anna.berg@ale.se"


def test_the_doc_carries_people_with_party_role_and_affiliation(nlp):
    doc = nlp(SPEAKER)
    (person,) = doc._.resolved_people
    assert (person.id, person.name, person.party) == ("P1", "Anna Svensson", "S")
    assert person.roles == ["ordförande i socialnämnden i Malmö stad"]
    orgs = {o.id: o for o in doc._.resolved_organizations}
    assert orgs[person.organization_id].name == "socialnämnden"


def test_the_doc_carries_quotes_with_their_speaker(nlp):
    doc = nlp(SPEAKER)
    assert [(q.speaker_id, q.text) for q in doc._.resolved_quotes] == [("P1", "Vi satsar på unga")]


def test_the_doc_carries_organizations_with_owner_and_code(nlp):
    orgs = {o.name: o for o in nlp(SPEAKER)._.resolved_organizations}
    malmo = orgs["Malmö stad"]
    assert malmo.code == "1280"
    assert orgs["socialnämnden"].owner_id == malmo.id


def test_the_doc_carries_contacts_linked_to_their_person(nlp):
    doc = nlp(CONTACT)
    (person,) = doc._.resolved_people
    assert {c.value: c.person_id for c in doc._.resolved_contacts} == {
        "+46701234567": person.id,
        "anna.berg@ale.se": person.id,
    }
    assert (person.phones, person.emails) == (["+46701234567"], ["anna.berg@ale.se"])


def test_assemble_copies_what_the_resolution_steps_found(nlp):
    doc = nlp(SPEAKER)
    record = to_record(doc, SOURCE)
    assert record.people == doc._.resolved_people
    assert record.quotes == doc._.resolved_quotes
    assert record.organizations == doc._.resolved_organizations


def test_assemble_refuses_a_doc_the_resolution_steps_never_saw(nlp):
    with pytest.raises(ValueError, match="resolution steps did not run"):
        to_record(nlp.make_doc(SPEAKER), SOURCE)


def test_overlaps_drop_an_ner_organization_that_a_programme_covers(nlp):
    text = "Kommunen startar Komet Malmö och Malmö stad deltar."
    doc = nlp.make_doc(text)
    programme = text.index("Komet Malmö")
    add_span(
        doc,
        "interventions",
        programme,
        programme + 11,
        "INTERVENTION",
        score=0.9,
        source="t",
        rule="intervention.gazetteer",
    )
    add_span(
        doc,
        "organizations",
        programme,
        programme + 11,
        "ORG",
        score=NER_SCORE,
        source="t",
        rule="org.ner",
    )
    body = text.index("Malmö stad")
    add_span(
        doc, "organizations", body, body + 10, "ORG", score=NER_SCORE, source="t", rule="org.ner"
    )
    add_span(
        doc,
        "organizations",
        programme,
        programme + 5,
        "ORG",
        score=0.9,
        source="t",
        rule="org.gazetteer",
    )
    drop_ner_organizations_in_interventions(doc)
    kept = [(s.text, s._.score) for s in doc.spans["organizations"]]
    assert kept == [("Malmö stad", NER_SCORE), ("Komet", 0.9)]


GENITIVE_CASES = [
    ("Liv Strömquist skriver. Liv Strömquists bok", "Liv Strömquists"),
    ("Olivia Strömquist", "Liv Strömquists"),
    ("Liv Strömquistare", "Liv Strömquists"),
    ("_Liv Strömquist", "Liv Strömquists"),
    ("(Liv Strömquist)", "Liv Strömquists"),
    ("Liv Strömquist2", "Liv Strömquists"),
    ("Anna Ekö Anna Ek", "Anna Eks"),
    ("Anna Ek-Berg", "Anna Eks"),
    ("Anna Ek\u0301", "Anna Eks"),
    ("Liv Strömquist", "Liv Strömquist"),
]


def test_genitive_of_a_name_in_the_text_as_the_boundary_pattern_finds_it():
    from pipeline.resolve.mentions import _genitive_of_a_name_in

    for text, name in GENITIVE_CASES:
        stem = regex.escape(name[:-1])
        expected = name.endswith("s") and bool(regex.search(rf"\b{stem}(?!\p{{L}})", text))
        assert _genitive_of_a_name_in(text, name) == expected, (text, name)
    regex.purge()
    assert sum(_genitive_of_a_name_in(text, name) for text, name in GENITIVE_CASES) == 6
    assert not regex._main._cache  # no pattern compiled per name
