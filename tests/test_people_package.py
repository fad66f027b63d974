"""The people component as a subpackage: small modules, one `component()` registration,
and each mention's rule id set by the finder that built it (never read back from the
explanation)."""

from __future__ import annotations

from pathlib import Path

import regex
import spacy

from pipeline.components import people
from pipeline.language.component import Component
from pipeline.language.rule_ids import rule_for, rules

ROOT = Path(__file__).resolve().parent.parent

TEXT = (
    "– Vi är glada, säger kommunalråd Anna Andersson (S), ordförande i kommunstyrelsen.\n\n"
    "Statsminister Ulf Kristersson välkomnar beslutet. Boel Godner (S) håller med. "
    "Camilla Johansson, enhetschef i Haninge kommun, var där.\n\n"
    "Tyresös fältassistenter Karin Berg och Bo Ek finns på plats.\n\n"
    "Lars Amréus är överintendent för Statens historiska museer.\n\n"
    "Regeringen har i dag utsett Ulrika Sundberg till ambassadör i Dublin.\n\n"
    "– Det går bra, berättar Iréne.\n\n"
    "Fotograf: Per Holm\n\n"
    "På bilden ses Eva Lund och Olle Strand\n\n"
    "Kontakt\nMaria Svensson\nkommunikatör\n070-123 45 67\n"
)


def test_people_is_a_package_of_modules_under_400_lines() -> None:
    folder = Path(people.__file__).parent
    assert folder == ROOT / "pipeline" / "components" / "people"
    sizes = {p.name: len(p.read_text(encoding="utf-8").splitlines()) for p in folder.glob("*.py")}
    assert len(sizes) > 1
    assert max(sizes.values()) <= 400, sizes


def test_press_people_is_registered_by_component() -> None:
    nlp = spacy.blank("sv")
    pipe = nlp.add_pipe("press_people")
    assert isinstance(pipe, Component)
    assert pipe.step is people.annotate_people
    doc = nlp("– Vi är glada, säger Anna Berg (S).")
    (span,) = doc.spans["people"]
    assert span.text == "Anna Berg"


def test_each_mention_carries_the_rule_id_of_the_form_that_built_it() -> None:
    found = {(m.name, m.rule) for m in people.find_people(TEXT)}
    assert found == {
        ("Anna Andersson", "people.speech_verb"),
        ("Anna Andersson", "people.title_before"),
        ("Anna Andersson", "people.party"),
        ("Anna Andersson", "people.apposition"),
        ("Ulf Kristersson", "people.title_before"),
        ("Boel Godner", "people.party"),
        ("Camilla Johansson", "people.apposition"),
        ("Karin Berg", "people.plural_title"),
        ("Bo Ek", "people.plural_title"),
        ("Lars Amréus", "people.title_subject"),
        ("Ulrika Sundberg", "people.appointed"),
        ("Iréne", "people.speech_verb_single"),
        ("Per Holm", "people.label"),
        ("Eva Lund", "people.caption_list"),
        ("Olle Strand", "people.caption_list"),
        ("Maria Svensson", "people.contact_line"),
    }


def test_the_rule_ids_are_the_ones_the_table_gives_the_explanations() -> None:
    # the ids once read back from the explanation: `evaluate --by-rule` counts stay the same
    texts = [TEXT] + [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*"))]
    mentions = [m for text in texts for m in people.find_people(text)]
    assert len(mentions) > 30
    for mention in mentions:
        assert mention.rule == rule_for("people", mention.why), mention.why
    listed = {rule.id for rule in rules()}
    assert {m.rule for m in mentions} <= listed


def test_no_people_module_reads_a_rule_id_back_from_its_explanation() -> None:
    folder = ROOT / "pipeline" / "components" / "people"
    sources = [p.read_text(encoding="utf-8") for p in folder.glob("*.py")]
    assert sources
    assert not [s for s in sources if regex.search(r"\brule_for\(", s)]
