"""Accuracy on the annotated sets (annotations/), as floors.

The seeds are where the rules were written; these releases were annotated before the
pipeline saw them (see annotations/README.md). Floors are today's F1: accuracy may only
go up. Fields a set has no gold items for are left out. The texts are read from
../shared/corpora, so the test skips without it.
"""

from __future__ import annotations

import pytest
from conftest import require_shared

from pipeline.tools import evaluate as ev
from pipeline.tools import goldsets

FLOORS = {
    "local-test": {
        "people": 0.976,
        "party": 0.979,
        "roles": 0.818,
        "person_contacts": 0.961,
        "person_org": 0.754,
        "organizations": 0.819,
        "org_type": 0.773,
        "emails": 1.0,
        "phones": 1.0,
        "money": 0.952,
        "percent": 0.974,
        "count": 0.952,
        "interventions_named": 0.408,
        "interventions_all": 0.508,
        "quotes_found": 0.955,
        "quote_speaker": 0.954,
        "published": 0.872,
    },
    "local-dev": {
        "people": 0.982,
        "party": 1.0,
        "roles": 0.976,
        "person_contacts": 0.972,
        "person_org": 0.827,
        "organizations": 0.85,
        "org_type": 0.835,
        "emails": 1.0,
        "phones": 0.952,
        "money": 1.0,
        "percent": 0.915,
        "count": 0.923,
        "interventions_named": 0.5,
        "interventions_all": 0.74,
        "quotes_found": 0.974,
        "quote_speaker": 0.974,
        "published": 0.967,
    },
    "regeringen-test": {
        "people": 0.994,
        "party": 1.0,
        "roles": 0.953,
        "person_contacts": 1.0,
        "person_org": 0.25,
        "organizations": 0.931,
        "org_type": 0.925,
        "phones": 1.0,
        "money": 0.937,
        "percent": 1.0,
        "count": 0.833,
        "interventions_named": 0.25,
        "interventions_all": 0.28,
        "quotes_found": 0.974,
        "quote_speaker": 0.987,
    },
    "regeringen-train": {
        "people": 1.0,
        "roles": 1.0,
        "person_org": 0.571,
        "organizations": 0.979,
        "org_type": 0.979,
        "emails": 1.0,
        "money": 1.0,
        "percent": 1.0,
        "count": 1.0,
        "interventions_named": 1.0,
        "interventions_all": 1.0,
        "quotes_found": 1.0,
        "quote_speaker": 1.0,
    },
    "regeringen-dev": {
        "people": 0.955,
        "roles": 0.903,
        "person_org": 0.571,
        "organizations": 0.915,
        "org_type": 0.881,
        "money": 1.0,
        "percent": 1.0,
        "count": 1.0,
        "interventions_all": 0.181,
        "quotes_found": 1.0,
        "quote_speaker": 1.0,
    },
}


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_set_floors(name: str, nlp) -> None:
    require_shared()
    gold = goldsets.load_set(name)
    records = goldsets.records_for(name, nlp)
    assert len(records) == len(gold)
    scores = ev.evaluate(records, gold)
    low = {
        f: round(scores[f].f1, 3)
        for f, floor in FLOORS[name].items()
        if round(scores[f].f1, 3) < floor
    }
    assert not low, f"F1 below the floor on {name}: {low}"


def test_sets_name_their_texts_and_hold_no_text() -> None:
    """Every gold file names its text by corpus and id; no text is kept in the repo."""
    require_shared()
    split = goldsets.split_of("local-test")
    gold = goldsets.load_set("local-test")
    assert len(gold) == len(split["ids"]) >= 80
    for doc_id, g in gold.items():
        assert g["corpus"] == "local-releases.jsonl" and g["id"] == doc_id
        assert "text" not in g
        assert goldsets.release_text(g["corpus"], doc_id)  # the text is in ../shared
    train, test = set(goldsets.split_of("local-train")["ids"]), set(split["ids"])
    assert not train & test
    assert set(goldsets.split_of("agreement")["ids"]) <= test


def test_agreement_scores_the_second_annotation_against_the_first() -> None:
    require_shared()
    records = goldsets.second_annotation_records()
    scores = ev.evaluate(records, goldsets.load_set("agreement"))
    assert len(records) == 40
    assert 0.8 < scores["organizations"].f1 < 1.0  # two readers: close, not identical
    assert scores["people"].tp > 50


def test_in_genre_examples_label_every_written_gold_name(nlp) -> None:
    from pipeline.training.ingenre import gold_spans, labelled_doc

    text = "Anna Berg, socialchef i Tyresö kommun, säger att Tyresö kommuns fältgrupp växer."
    gold = {
        "people": [{"name": "Anna Berg"}],
        "organizations": [{"name": "Tyresö kommun"}, {"name": "socialnämnden"}],
    }
    doc = labelled_doc(nlp, text, gold_spans(text, gold))
    assert [(e.text, e.label_) for e in doc.ents] == [
        ("Anna Berg", "PER"),
        ("Tyresö kommun", "ORG"),
        ("Tyresö kommuns", "ORG"),
    ]
    tags = {t.text: t.ent_iob_ for t in doc}
    assert tags["säger"] == "O" and tags["socialchef"] == "O"
