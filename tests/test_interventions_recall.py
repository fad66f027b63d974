"""Measures the word-formation finders missed, by class: a head word that is its own base
form, heads of the genre's word formation (ANNOTATION.md, `interventions`). Invented
sentences of the genre."""

from __future__ import annotations

from pipeline.components.interventions import find_interventions


def test_a_head_word_as_written_is_its_own_base_form(finds):
    # the lexicon reads "patrullering" as a form of another word: the head as written wins
    text = "Polisen inför synlig patrullering i centrum och på torget."
    assert finds(text) == {"synlig patrullering": False}


def test_services_lifts_and_packages_name_measures(finds):
    text = (
        "Kommunen erbjuder ledsagarservice och avlösarservice. Biblioteken startar ett "
        "läslyft, och volontärer delar ut matpaket. Unga kan skriva till stödchatten, och "
        "fler platser i gruppbostäder planeras."
    )
    assert set(finds(text)) == {
        "ledsagarservice",
        "avlösarservice",
        "läslyft",
        "matpaket",
        "stödchatt",
        "gruppbostad",
    }


def test_a_sector_a_budget_and_residents_are_no_measures(finds):
    text = (
        "Regeringen lägger ett stödpaket för samhällsservice på landsbygden. De enskilda "
        "boende i kvarteret har fått brev."
    )
    assert finds(text) == {}


def test_visits_paid_as_the_measure(finds):
    text = "BVC ställer in hälsobesöken i januari, och ministern gör ett studiebesök på skolan."
    assert finds(text) == {"hälsobesök": False}


def test_a_head_whose_plural_drops_its_e(nlp):
    """ "cirkel" -> "studiecirklar": the plural holds "cirkl", not the base form's stem."""
    doc = nlp("Föreningen ordnar samtalsgrupper och studiecirklar på biblioteket.")
    assert "studiecirkel" in {h.name for h in find_interventions(doc)}


def test_a_head_in_er_whose_definite_form_drops_its_e(nlp):
    """ "läger" -> "sommarlägret": the form holds "lägr", not the base form's stem."""
    doc = nlp("Sommarlägret ordnas för tredje året i rad i skärgården.")
    assert "sommarläger" in {h.name for h in find_interventions(doc)}


def test_a_municipal_guard_is_named_with_its_adjective(nlp):
    """ "kommunala ordningsvakter" are a kind of guard apart from the police's."""
    doc = nlp("Kommunen vill anställa två kommunala ordningsvakter i centrum.")
    assert "kommunala ordningsvakter" in {h.name for h in find_interventions(doc)}
