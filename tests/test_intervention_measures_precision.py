"""Precision of the kinds of measure (measures.py, merge.py): one concept is one
intervention, whatever forms the release writes it in (ANNOTATION.md, `interventions`).
Invented sentences of the genre."""

from __future__ import annotations

import pytest

from pipeline.components.interventions import find_interventions


@pytest.fixture(scope="module")
def run(nlp):
    def found(text: str) -> dict[str, tuple[str, ...]]:
        return {h.name: h.aliases for h in find_interventions(nlp(text)) if not h.named}

    return found


def test_a_measure_inflected_twice_is_one_under_its_base_form(run):
    text = (
        "Behovet av platser på särskilda boenden minskar i kommunen. Kommunen har i dag "
        "fler platser på särskilt boende än grannkommunerna."
    )
    assert list(run(text)) == ["särskilt boende"]


def test_a_measure_with_and_without_its_group_is_one(run):
    text = (
        "Kommunen erbjuder sommarjobb i år igen. Staten ger pengar till ytterligare "
        "sommarjobb för ungdomar som slutar gymnasiet."
    )
    assert list(run(text)) == ["sommarjobb"]


def test_a_measure_spelt_two_ways_is_one(run):
    text = (
        "Polisen har hållit orossamtal med vårdnadshavare. Fältassistenterna har också "
        "hållit orosamtal med flera ungdomar."
    )
    assert "orossamtal" in run(text) and "orosamtal" not in run(text)


def test_services_listed_with_other_activity_are_named_in_passing(run):
    text = (
        "Under stormen håller skolor, bibliotek, fritidsgårdar och övrig verksamhet öppet som "
        "vanligt. Nästa år öppnar kommunen två nya fritidsgårdar i norr."
    )
    assert list(run(text)) == ["fritidsgård"]
    passing = "Under lovet har skola, ungdomsgårdar och annan verksamhet stängt."
    assert run(passing) == {}


def test_an_adjective_of_size_is_no_kind_of_measure(run):
    text = "Festivalveckan har blivit en gigantisk mötesplats för politiker och förbund."
    assert run(text) == {}


def test_a_bare_head_beside_its_compound_is_one_measure(run):
    text = (
        "Föreningen arrangerar läger för tjejer i länet i sommar. Sommarlägret hålls för "
        "andra året i rad."
    )
    found = run(text)
    assert len(found) == 1 and "sommarläger" in {*found, *next(iter(found.values()))}


def test_talks_visits_packages_and_grants_of_officials_are_no_measures(run):
    text = (
        "Ministern deltar i ett rundabordssamtal och gör ett skolbesök. Regeringen "
        "presenterar ett nytt sanktionspaket och ett höjt studiestöd. Kommunen anställer "
        "fler trygghetsvärdar."
    )
    assert list(run(text)) == ["trygghetsvärd"]


def test_a_value_or_worth_is_no_host(run):
    text = (
        "Jämställdhet är ett kärnvärde, och området är ett av de mest skyddsvärda. "
        "Kommunen anställer fler trygghetsvärdar."
    )
    assert list(run(text)) == ["trygghetsvärd"]
