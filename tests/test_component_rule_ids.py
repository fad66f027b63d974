"""Organizations and amounts as declared components whose hits carry the id of the rule
that made them (issue 17): the id is set where the hit is built, never read back from the
explanation, and it is the id the explanation table gives."""

from __future__ import annotations

from pathlib import Path

import spacy

from pipeline.components.amounts import find_amounts
from pipeline.components.organizations import find_organizations
from pipeline.language.component import Component
from pipeline.language.rule_ids import rule_for

ORG_TEXT = (
    "Huddinge kommun och Region Skåne samarbetar med Socialstyrelsen (SoS) och SoS:s "
    "experter. Karlskoga och Degerfors kommuner, Lund och Malmös kommun samt kommunerna "
    "Lidingö, Vaxholm och Nacka deltar. Landstingen i Uppsala och Dalarna väntar. "
    "Europeiska miljöbyrån, socialnämnden, kommunstyrelsens arbetsutskott och tekniska "
    "nämnden. Beredningen för hållbar utveckling (BHU) träffas. Huddinges råd för "
    "funktionshinderfrågor. Acme Bygg AB. Det gäller lokalpolisområde Lund och Malmö stads "
    "socialnämnd.\nSolna får 970 miljoner. Anna är vd på Riksbyggen sedan i fjol."
)
AMOUNT_TEXT = (
    "Kommunen satsar 2,5 miljoner kronor och 5 miljoner till skolan. "
    "Av eleverna är 85 procent nöjda, 10–15 procent mer än i fjol. "
    "Hela 474 föräldrar och 3 miljoner invånare deltog.\n"
    "Antal: 12\nDet blev 17 till slut."
)
SEEDS = Path(__file__).resolve().parents[1] / "seeds"


def _texts() -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]


def test_each_organization_hit_carries_the_id_of_the_rule_that_made_it():
    blank = spacy.blank("sv")
    hits = [h for text in [ORG_TEXT, *_texts()] for h in find_organizations(blank(text))]
    assert all(h.rule == rule_for("org", h.why) for h in hits)
    assert {h.rule for h in find_organizations(blank(ORG_TEXT))} >= {
        "org.acronym",
        "org.adjective_body",
        "org.company",
        "org.council",
        "org.eu_agency",
        "org.gazetteer",
        "org.landsting_list",
        "org.municipality",
        "org.municipality_kommunerna",
        "org.municipality_list",
        "org.municipality_shared",
        "org.owned_unit",
        "org.police_area",
        "org.preparatory",
        "org.suffix",
        "org.work_committee",
        "org.acting_place",
        "org.after_title",
    }


def test_each_amount_carries_the_id_of_the_rule_that_found_it():
    found = [f for text in [AMOUNT_TEXT, *_texts()] for f in find_amounts(text)]
    assert all(f.rule == rule_for("amount", f.explain) for f in found)
    assert [(f.value, f.rule) for f in find_amounts(AMOUNT_TEXT)] == [
        (2_500_000, "amount.currency"),
        (5_000_000, "amount.default_sek"),
        (85, "amount.percent"),
        (10, "amount.percent"),  # a range's start has its end's rule
        (15, "amount.percent"),
        (474, "amount.count_noun"),
        (3_000_000, "amount.count_multiplier"),
        (12, "amount.count_list"),
        (17, "amount.count_bare"),
    ]


def test_the_steps_are_declared_components_that_read_no_explanation_back(nlp):
    doc = nlp.make_doc(ORG_TEXT + "\n" + AMOUNT_TEXT)
    before = rule_for.cache_info()
    for name in ("press_organizations", "press_amounts"):
        step = nlp.get_pipe(name)
        assert isinstance(step, Component), name
        step(doc)
    after = rule_for.cache_info()
    assert (after.hits, after.misses) == (before.hits, before.misses)
    assert {s._.rule for s in doc.spans["organizations"]} >= {"org.suffix", "org.acronym"}
    assert {s._.rule for s in doc.spans["amounts"]} >= {"amount.currency", "amount.count_bare"}


def test_no_module_of_the_two_subpackages_is_over_400_lines():
    root = Path(__file__).resolve().parents[1] / "pipeline" / "components"
    modules = [*root.glob("organizations/*.py"), *root.glob("amounts/*.py")]
    assert len(modules) >= 10
    assert {p.name: n for p in modules if (n := len(p.read_text().splitlines())) > 400} == {}
