"""Measures of issue 16's word formation that a rule kept out: each class measured on the
decision pool before it was let in. Invented sentences of the genre."""

from __future__ import annotations


def test_a_capitalised_compound_after_an_article_is_a_kind_of_measure(finds):
    # "ett Sommarkollo": the article says a kind follows, whatever the writer's capital
    text = "Stadsdelen öppnar nu en Ungdomsmottagning och ett Sommarkollo vid sjön i Ekby."
    assert finds(text) == {"ungdomsmottagning": False, "sommarkollo": False}


def test_a_capitalised_compound_without_an_article_stays_a_name(finds):
    text = "Besökarna på Ekbymottagningen kan boka tid via webben."
    assert finds(text) == {}
