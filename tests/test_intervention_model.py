"""The intervention span model's training data and how its spans meet the rules."""

from __future__ import annotations

import spacy

from pipeline.components.interventions import Hit
from pipeline.training.intervention_ablation import as_interventions
from pipeline.training.intervention_combine import (
    ModelSpan,
    base_name,
    model_alone,
    model_proposes,
    rules_propose,
)
from pipeline.training.intervention_spans import (
    MEASURE,
    NAMED,
    SPANS_KEY,
    gold_spans,
    labelled_doc,
    paragraphs,
)

TEXT = (
    "Kommunen startar projektet Bostad först (BF) i höst. BF ger hemlösa en egen lägenhet, "
    "och fritidsgårdarna håller öppet längre. En fritidsgård till öppnar i Rinkeby."
)
GOLD = {
    "interventions": [
        {"name": "Bostad först", "named": True, "aliases": ["BF"]},
        {"name": "fritidsgård", "named": False},
    ]
}


def _written(spans: list[tuple[int, int, str]]) -> list[tuple[str, str]]:
    return sorted((TEXT[s:e], label) for s, e, label in spans)


def test_gold_spans_find_every_place_the_text_writes_a_gold_intervention():
    assert _written(gold_spans(TEXT, GOLD)) == [
        ("BF", NAMED),
        ("BF", NAMED),
        ("Bostad först", NAMED),
        ("fritidsgård", MEASURE),
        ("fritidsgårdarna", MEASURE),
    ]


def test_a_gold_name_is_not_found_inside_a_longer_word():
    gold = {"interventions": [{"name": "BF", "named": True}]}
    assert gold_spans("BFS-kontoret och BF.", gold) == [(17, 19, NAMED)]


def test_labelled_doc_holds_token_spans_without_overlaps():
    at, measure = TEXT.index("Bostad först"), TEXT.index("fritidsgårdarna")
    spans = [(at, at + 12, NAMED), (at + 7, at + 12, NAMED), (measure, measure + 15, MEASURE)]
    doc = labelled_doc(spacy.blank("sv"), TEXT, spans)
    assert [(s.text, s.label_) for s in doc.spans[SPANS_KEY]] == [
        ("Bostad först", NAMED),
        ("fritidsgårdarna", MEASURE),
    ]


def _span(text: str, named: bool, score: float, within: str = TEXT) -> ModelSpan:
    start = within.index(text)
    return ModelSpan(start, start + len(text), text, named, score)


def _hit(text: str, named: bool, score: float) -> Hit:
    start = TEXT.index(text)
    return Hit(start, start + len(text), text, named, score, "rule")


def test_a_measure_from_the_model_is_named_in_its_base_form():
    assert base_name(_span("fritidsgårdarna", False, 0.9)) == "fritidsgård"
    assert base_name(_span("Bostad först", True, 0.9)) == "Bostad först"


def test_model_alone_keeps_the_better_of_two_overlapping_spans_over_the_threshold():
    spans = [
        _span("Bostad först", True, 0.8),
        _span("först", True, 0.6),
        _span("fritidsgårdarna", False, 0.3),
    ]
    assert [h.name for h in model_alone(spans, 0.5)] == ["Bostad först"]


def test_the_rules_decide_which_model_spans_join_their_hits():
    rules = [_hit("Bostad först", True, 0.8)]
    spans = [
        _span("projektet Bostad", True, 0.9),  # overlaps a rule hit
        _span("fritidsgårdarna", False, 0.7),  # a measure head: kept
        _span("Rinkeby", True, 0.9),  # a name with no programme word near it
        _span("hemlösa en egen lägenhet", False, 0.9),  # a phrase without a measure head
    ]
    found = model_proposes(TEXT, rules, spans, 0.5)
    assert [(h.name, h.named) for h in found] == [("Bostad först", True), ("fritidsgård", False)]


def test_the_guideline_exclusions_keep_a_stoplisted_model_span_out():
    text = "Kommunen antar en handlingsplan och en ny styrgrupp."
    spans = [_span("handlingsplan", False, 0.9, text), _span("styrgrupp", False, 0.9, text)]
    assert model_proposes(text, [], spans, 0.5) == []


def test_the_model_filters_the_rules_measures_it_does_not_back():
    backed = _hit("fritidsgårdarna", False, 0.6)
    at = TEXT.index("fritidsgård till")
    unbacked = Hit(at, at + 11, "fritidsgård", False, 0.6, "rule")
    spans = [_span("fritidsgårdarna", False, 0.6)]
    assert rules_propose([backed, unbacked], spans, 0.5) == [backed]


def test_names_and_gazetteer_hits_stay_without_the_models_backing():
    gazetteer = Hit(0, 8, "hembesök", False, 0.85, "gazetteer")
    name = _hit("Rinkeby", True, 0.75)
    assert rules_propose([gazetteer, name], [], 0.5) == [gazetteer, name]


def test_a_record_holds_one_intervention_per_name_with_its_aliases():
    hits = [
        Hit(0, 12, "Bostad först", True, 0.8, "rule", ("BF",)),
        Hit(20, 22, "bostad först", True, 0.9, "rule"),
    ]
    assert as_interventions(hits) == [
        {"name": "Bostad först", "named": True, "aliases": ["BF"], "score": 0.9}
    ]


def test_training_lines_carry_their_own_gold_spans():
    text = "Rubrik\n\nKommunen satsar på BF.\nInget här."
    lines = list(paragraphs(text, GOLD))
    assert lines == [
        ("Rubrik", []),
        ("Kommunen satsar på BF.", [(19, 21, NAMED)]),
        ("Inget här.", []),
    ]
