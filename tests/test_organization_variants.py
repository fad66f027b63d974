"""One body, one record (issue 15): two forms of a body's name in a release are one
organization, the full form as `name` and the short one as an alias, and a person tied to
either form is tied to it; two different bodies stay two. Invented sentences in the
genre's forms (ANNOTATION.md, `organizations`)."""

from __future__ import annotations

import pytest

from pipeline.record.schema import Organization, Record, Span
from pipeline.resolve.org_variants import merge_variants
from pipeline.run.process import extract


@pytest.fixture(scope="module")
def run(nlp):
    return lambda text: extract(text, nlp)


def names(record: Record) -> dict[str, list[str]]:
    return {o.name: o.aliases for o in record.organizations}


def org(name: str, type_: str, at: int, rule: str = "org.suffix") -> Organization:
    return Organization(
        id="O0",
        name=name,
        type=type_,
        mentions=[Span(start=at, end=at + len(name), text=name)],
        source="press_organizations",
        rule=rule,
        confidence=0.8,
    )


def test_a_company_and_its_short_name_are_one_and_the_person_is_tied_to_it(run):
    record = run(
        "Vårdia Assistans AB tar över den personliga assistansen i Norrby.\n\n"
        "– Vi är glada över förtroendet, säger Lena Ek, vd på Vårdia."
    )
    assert names(record) == {"Vårdia Assistans AB": ["Vårdia"]}
    (person,) = record.people
    assert person.organization_id == record.organizations[0].id


def test_a_county_board_with_and_without_i_and_lan_is_one():
    orgs = merge_variants(
        [
            org("Länsstyrelsen i Gävleborgs län", "agency", 0),
            org("Länsstyrelsen Gävleborg", "agency", 80),
        ]
    )
    assert [(o.id, o.name, o.aliases) for o in orgs] == [
        ("O1", "Länsstyrelsen i Gävleborgs län", ["Länsstyrelsen Gävleborg"])
    ]
    assert [m.start for m in orgs[0].mentions] == [0, 80]


def test_a_committee_with_and_without_its_owners_place_is_one():
    orgs = merge_variants(
        [
            org("Hälso- och sjukvårdsnämnden i Älvdalen", "committee", 0),
            org("Hälso- och sjukvårdsnämnden", "committee", 120),
        ]
    )
    assert [(o.name, o.aliases) for o in orgs] == [
        ("Hälso- och sjukvårdsnämnden i Älvdalen", ["Hälso- och sjukvårdsnämnden"])
    ]


def test_a_company_short_form_the_ner_found_joins_the_full_name():
    orgs = merge_variants(
        [org("Vårdia", "association", 0, rule="org.ner"), org("Vårdia Assistans AB", "company", 50)]
    )
    assert [(o.name, o.type, o.aliases) for o in orgs] == [
        ("Vårdia Assistans AB", "company", ["Vårdia"])
    ]


def test_a_name_after_its_type_word_joins_the_full_name():
    orgs = merge_variants(
        [
            org("Riksförbundet Unga Läsare", "association", 0),
            org("Unga Läsare", "association", 60),
        ]
    )
    assert [o.name for o in orgs] == ["Riksförbundet Unga Läsare"]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # a committee and its municipality
        (("Norrby kommun", "municipality"), ("Norrby kommuns socialnämnd", "committee")),
        # a region and the county board of the same county
        (("Region Gävleborg", "region"), ("Länsstyrelsen Gävleborg", "agency")),
        # two municipalities
        (("Ale kommun", "municipality"), ("Alingsås kommun", "municipality")),
        # a national association and its local branch
        (("Fritidsgården", "association"), ("Fritidsgården i Norrby", "association")),
    ],
)
def test_two_different_bodies_stay_two(first, second):
    orgs = merge_variants([org(*first, 0), org(*second, 60)])
    assert [o.name for o in orgs] == [first[0], second[0]]


def test_a_short_form_that_opens_two_bodies_joins_neither():
    orgs = merge_variants(
        [
            org("Länsstyrelsen", "agency", 0),
            org("Länsstyrelsen i Gävleborgs län", "agency", 40),
            org("Länsstyrelsen i Dalarnas län", "agency", 90),
        ]
    )
    assert len(orgs) == 3


def test_a_company_beside_its_unit_or_its_subsidiary_stays_two():
    unit = merge_variants([org("Omvård", "company", 0), org("Omvård Björkbacken", "company", 40)])
    assert [o.name for o in unit] == ["Omvård", "Omvård Björkbacken"]
    group = org("Vårdia", "company", 0).model_copy(update={"aliases": ["Vårdia AB"]})
    subsidiary = org("Vårdia Assistans AB", "company", 40)
    assert [o.name for o in merge_variants([group, subsidiary])] == [
        "Vårdia",
        "Vårdia Assistans AB",
    ]


def test_a_genitive_form_joins_the_base_form_as_its_alias():
    orgs = merge_variants(
        [
            org("Förvaltningsrätten i Norrbys", "agency", 0),
            org("Förvaltningsrätten i Norrby", "agency", 50),
        ]
    )
    assert [(o.name, o.aliases) for o in orgs] == [
        ("Förvaltningsrätten i Norrby", ["Förvaltningsrätten i Norrbys"])
    ]
