"""Generic measures by Swedish word formation (interventions/measures.py and the head
lexicon under models/rules/): invented sentences of the genre."""

from __future__ import annotations

from pipeline.components.interventions import find_interventions


def test_heads_grown_from_the_corpus_name_measures(finds):
    text = (
        "Socialtjänsten anställer två familjebehandlare och söker fler familjehem. "
        "Skolorna stärker sexualundervisningen, och kommunen inför kamerabevakning vid "
        "stationen. Föräldrar kan ringa stödtelefonen, och i höst hålls medborgardialoger i "
        "varje stadsdel."
    )
    assert set(finds(text)) == {
        "familjebehandlare",
        "familjehem",
        "sexualundervisning",
        "kamerabevakning",
        "stödtelefon",
        "medborgardialog",
    }


def test_compounds_of_the_new_heads_that_name_no_measure(finds):
    text = (
        "Barnen går på fritidshemmet efter skolan. Nya riktlinjer gäller från maj, och "
        "ungdomsgruppen på nätet diskuterar mobiltelefoner. Pojken placerades på ett "
        "ungdomshem."
    )
    assert finds(text) == {}


def test_a_measure_word_in_a_web_address_is_a_site(finds):
    text = "Mer om stödet finns på trygghetsboende.se och på familjehem@kommunen.se."
    assert finds(text) == {}


def test_a_word_that_says_how_many_is_no_kind(finds):
    text = "Frågan kom upp i samtliga medborgardialoger i våras."
    assert finds(text) == {"medborgardialog": False}


def test_a_group_joined_to_the_elderly(finds):
    text = "Kommunen planerar boende för äldre och omsorgsbehövande i norra delen av staden."
    assert finds(text) == {"boende för äldre och omsorgsbehövande": False}


def test_a_compound_of_a_measure_found_beside_it_is_that_measure(nlp):
    text = (
        "Kommunen öppnar två nya fritidsgårdar i höst. Fritidsgårdsverksamheten "
        "får mer pengar nästa år."
    )
    hits = find_interventions(nlp(text))
    assert [h.name for h in hits] == ["fritidsgård"]
    assert "fritidsgårdsverksamhet" in hits[0].aliases


def test_the_associations_behind_a_shelter_are_bodies_not_measures(finds):
    text = "I år får både kvinnojouren och brottsofferjouren bidrag från kommunen."
    assert finds(text) == {}


def test_the_kind_word_of_a_named_unit_or_a_prize_is_no_measure():
    from pipeline.components.interventions import find_compound_measures

    text = (
        "I maj inviger kommunen vård- och omsorgsboendet Solrosen. Omsorgsboendet har 60 "
        "platser. Priset Årets ungdomsaktivitet gick till nattvandrarna, och "
        "fritidsgårdarna håller öppet i sommar."
    )
    assert [h.name for h in find_compound_measures(text)] == ["fritidsgård"]


def test_phones_and_policy_lines_are_no_lines_of_support(finds):
    text = (
        "Regeringen håller fast vid arbetslinjen. Många unga har en smarttelefon, och "
        "busslinjen dras om i höst."
    )
    assert finds(text) == {}
