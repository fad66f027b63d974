"""Bodies named by a body word: compounds ending in one (org_suffixes.tsv: "socialnämnden",
"kultur- och fritidsförvaltningen", "Mörtviksskolan", "Skolverket") and committee phrases
("kommunstyrelsens arbetsutskott", "beredningen för … (TPD)", "Huddinges råd för
funktionshinderfrågor"), companies "X AB" and the police's local areas."""

from __future__ import annotations

from collections.abc import Iterator

import regex

from . import rules
from .hits import OrgHit
from .patterns import patterns, start_before_words
from .places import place_ok, sentence_start


def find_compounds(text: str) -> Iterator[OrgHit]:
    for m in patterns()["compound"].finditer(text):
        word = m["word"]
        head = word.split()[-1]
        suffix = rules.suffix_of(head)
        if suffix is None or rules.is_generic(head) or rules.is_generic(word):
            continue
        if rules.is_definite_title(head):
            continue
        capital = word[0].isupper()  # "Klimat- och näringslivsdepartementet"
        kind = suffix.type
        if capital and suffix.suffix == "styrelsen":
            # a board no list knows, however written ("Regionstyrelsen", "Sjukhusstyrelsen",
            # "Riksidrottsstyrelsen"), is a region's, municipality's or federation's
            # committee; the state's boards ("Socialstyrelsen") are in the gazetteer
            kind = "committee"
        elif _wrong_case(suffix.case, capital, text, m.start()):
            continue
        start = _adjective_before(text, m.start(), capital)
        word = text[start : m.start()] + word
        name = rules.lower_first(word) if kind in rules.COMMON_NOUN_TYPES else word
        score = 0.88 if suffix.case == "any" or capital == (suffix.case == "capital") else 0.8
        why = f"compound ending in -{suffix.suffix}"
        end = m.start("word") + len(m["word"]) + len(m["gen"] or "")
        yield OrgHit(start, end, name, kind, score, why, (), "org.suffix")


def _adjective_before(text: str, start: int, capital: bool) -> int:
    """Where a body's name starts when an adjective of its name comes before the compound:
    "regionala utvecklingsnämnden", "Svenska Badmintonförbundet" (org_name_adjectives.tsv)."""

    def of_the_name(m: regex.Match[str]) -> bool:
        word = m["word"]
        if capital:
            return word in rules.name_adjectives("capital")
        lower = word[:1].lower() + word[1:]
        return lower in rules.name_adjectives("lower") and (
            word[0].islower() or sentence_start(text, m.start("word"))
        )

    return start_before_words(text, start, of_the_name, reach=20)


def _wrong_case(case: str, capital: bool, text: str, start: int) -> bool:
    """A capital-only ending written in lower case, or a lower-case-only one capitalised
    inside a sentence."""
    if case == "capital":
        return not capital
    return case == "lower" and capital and not sentence_start(text, start)


def _adjective_bodies(text: str) -> Iterator[OrgHit]:
    """ "tekniska nämnden", "Sociala utskottet": an adjective naming a committee or office."""
    for m in patterns()["adjective_body"].finditer(text):
        adjective, head = m["name"].split()
        if adjective.casefold() in rules.determiners():
            continue
        if adjective[0].isupper() and not sentence_start(text, m.start()):
            continue
        kind = rules.suffix_of("xxx" + head)
        name, why = rules.lower_first(m["name"]), "'adjective + body word'"
        if kind:
            yield OrgHit(m.start(), m.end(), name, kind.type, 0.85, why, (), "org.adjective_body")


def _councils_and_companies(text: str) -> Iterator[OrgHit]:
    pats = patterns()
    for m in pats["preparatory"].finditer(text):
        name, why = f"beredningen för {m['topic']}", "'beredning för … (ACR)'"
        yield OrgHit(
            m.start(), m.end(), name, "committee", 0.9, why, (m["acr"],), "org.preparatory"
        )
    for m in pats["council"].finditer(text):
        why = "'X råd för Y'"
        yield OrgHit(m.start(), m.end(), m["name"], "committee", 0.88, why, (), "org.council")
    for m in pats["company"].finditer(text):
        if place_ok(m["name"]):
            yield OrgHit(
                m.start(), m.end(), m["name"], "company", 0.85, "'X AB'", (), "org.company"
            )


def _units_and_areas(text: str) -> Iterator[OrgHit]:
    pats = patterns()
    for m in pats["owned_unit"].finditer(text):
        unit = "committee" if m["word"].endswith(("nämnd", "styrelse")) else "administration"
        name = m["word"] + ("n" if m["word"].endswith("e") else "en")  # base: definite form
        why = "'X kommuns + unit'"
        yield OrgHit(m.start(), m.end(), name, unit, 0.88, why, (), "org.owned_unit")
    for m in pats["police_area"].finditer(text):
        name, why = f"{m['kind'].lower()} {m['place']}", "'lokalpolisområde X'"
        yield OrgHit(m.start(), m.end(), name, "agency", 0.9, why, (), "org.police_area")


def find_committee_phrases(text: str) -> Iterator[OrgHit]:
    for m in patterns()["work_committee"].finditer(text):
        why = "'X-styrelsens utskott'"
        yield OrgHit(m.start(), m.end(), m["name"], "committee", 0.9, why, (), "org.work_committee")
    yield from _adjective_bodies(text)
    yield from _councils_and_companies(text)
    yield from _units_and_areas(text)
