"""The pipeline as one house: components declare what they write and read, in working order."""

from __future__ import annotations

from spacy.language import Language

from pipeline.language.span_groups import GROUPS, attr

# "100% närvaro" is a programme named after a trigger word; its "100%" is no percentage.
PROGRAMME_WITH_NUMBER = "Kommunen använder metoden 100% närvaro i alla högstadieskolor."


RESOLUTION = [
    "press_overlaps",
    "press_resolve_organizations",
    "press_resolve_people",
    "press_link_contacts",
    "press_quote_speakers",
]


def _extractors(nlp: Language) -> list[str]:
    return [name for name in nlp.pipe_names if name.removeprefix("press_") in GROUPS]


def test_analyze_pipes_finds_no_problem(nlp):
    analysis = nlp.analyze_pipes(pretty=False)
    problems = {name: unmet for name, unmet in analysis["problems"].items() if unmet}
    assert problems == {}


def test_every_component_declares_the_span_group_it_writes(nlp):
    for name in _extractors(nlp):
        assigns = nlp.get_pipe_meta(name).assigns
        assert "doc.spans" in assigns, name
        assert attr(name.removeprefix("press_")) in assigns, name


def test_the_resolution_steps_run_after_every_extractor(nlp):
    press = [name for name in nlp.pipe_names if name.startswith("press_")]
    assert press == _extractors(nlp) + RESOLUTION


def test_only_press_overlaps_changes_another_components_span_group(nlp):
    for name in _extractors(nlp) + RESOLUTION:
        groups = {a for a in nlp.get_pipe_meta(name).assigns if a in map(attr, GROUPS)}
        own = {attr(name.removeprefix("press_"))} if name in _extractors(nlp) else set()
        if name == "press_overlaps":
            assert groups == {attr("organizations"), attr("people")}
        else:
            assert groups <= own, name


def test_the_resolution_steps_declare_what_they_read_and_write(nlp):
    declared = {name: nlp.get_pipe_meta(name) for name in RESOLUTION}
    assert "doc._.resolved_organizations" in declared["press_resolve_people"].requires
    assert "doc._.resolved_people" in declared["press_quote_speakers"].requires
    assert "doc._.resolved_people" in declared["press_link_contacts"].assigns


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
