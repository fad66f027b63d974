"""The pipeline as one house: components declare what they write and read, in working order."""

from __future__ import annotations

from spacy.language import Language

from pipeline.language.span_groups import GROUPS, attr

# "100% närvaro" is a programme named after a trigger word; its "100%" is no percentage.
PROGRAMME_WITH_NUMBER = "Kommunen använder metoden 100% närvaro i alla högstadieskolor."


def _press_components(nlp: Language) -> list[str]:
    return [name for name in nlp.pipe_names if name.startswith("press_")]


def test_analyze_pipes_finds_no_problem(nlp):
    analysis = nlp.analyze_pipes(pretty=False)
    problems = {name: unmet for name, unmet in analysis["problems"].items() if unmet}
    assert problems == {}


def test_every_component_declares_the_span_group_it_writes(nlp):
    for name in _press_components(nlp):
        assigns = nlp.get_pipe_meta(name).assigns
        assert "doc.spans" in assigns, name
        assert attr(name.removeprefix("press_")) in assigns, name


def test_amounts_declare_the_groups_whose_names_they_mask(nlp):
    requires = nlp.get_pipe_meta("press_amounts").requires
    assert attr("organizations") in requires and attr("interventions") in requires


def test_declarations_cover_every_group_a_release_gets(nlp):
    doc = nlp(PROGRAMME_WITH_NUMBER + "\n\nKontakt: Anna Berg, 070-123 45 67, anna.berg@ale.se")
    declared = {a for name in nlp.pipe_names for a in nlp.get_pipe_meta(name).assigns}
    assert set(doc.spans) <= set(GROUPS)
    assert {attr(g) for g in doc.spans} <= declared
    assert doc._.contacts == list(doc.spans["contacts"])


def test_a_number_inside_a_programme_name_is_no_amount(nlp):
    doc = nlp(PROGRAMME_WITH_NUMBER)
    assert "100% närvaro" in [s.text for s in doc._.interventions]
    assert doc._.amounts == []  # amounts ran before interventions and read "100%" as one


def test_the_record_has_the_programme_and_no_percentage():
    from pipeline import extract

    record = extract(PROGRAMME_WITH_NUMBER)
    assert "100% närvaro" in [i.name for i in record.interventions]
    assert record.amounts == []
