"""Roles in forms of the genre that unseen releases use: a predicate title after an
article and adjectives.

Every text is invented, written the way municipal press releases write these forms.
"""

from __future__ import annotations

from conftest import roles_of


def test_a_predicate_title_after_an_article_and_adjectives_is_the_role():
    text = "Tove Ahlberg har lett gruppen i fyra år. Hon är en erfaren och omtyckt fältsekreterare."
    assert roles_of(text)["Tove Ahlberg"] == ["fältsekreterare"]


def test_an_article_before_a_noun_that_is_no_title_gives_no_role():
    text = "Tove Ahlberg är en stor tillgång för föreningen och en av två fältsekreterare."
    assert roles_of(text).get("Tove Ahlberg", []) == []


def test_a_title_runs_on_over_the_line_break_of_a_hard_wrapped_paragraph():
    text = (
        "– Vi har sett en tydlig förbättring i hela länet under det senaste året och\n"
        "under hösten, säger Bo Ekholm, chef för barn- och ungdomspsykiatrin i\n"
        "Region Norrby. Arbetet fortsätter nästa år.\n"
    )
    assert roles_of(text)["Bo Ekholm"] == ["chef för barn- och ungdomspsykiatrin i region norrby"]


def test_a_long_contact_line_alone_ends_at_its_line_break():
    text = (
        "Kontakt\nAnna Berg, kommunikationschef på Norrby kommun och ansvarig för press\n"
        "Bo Lind, presskontakt\n"
    )
    assert roles_of(text)["Anna Berg"] == [
        "kommunikationschef på norrby kommun",
        "ansvarig för press",
    ]


def test_a_signature_of_name_title_and_body_lines_gives_the_title():
    text = (
        "Biblioteket i Norrby har nu öppet även på söndagar.\n\n"
        "Med vänlig hälsning\nTove Ahlberg\nBibliotekschef\nNorrby kommun\n"
    )
    assert roles_of(text)["Tove Ahlberg"] == ["bibliotekschef"]


def test_a_name_and_title_line_over_running_text_is_no_signature():
    text = (
        "Tove Ahlberg\nBibliotekschef\n"
        "Biblioteket i Norrby har nu öppet även på söndagar och fler besökare väntas.\n"
    )
    assert "Tove Ahlberg" not in roles_of(text)


def test_a_stray_comma_after_the_titles_preposition_does_not_end_it():
    text = "– Vi är stolta över eleverna, säger Bo Lindqvist, rektor för, Norrby grundskola."
    assert roles_of(text)["Bo Lindqvist"] == ["rektor för, norrby grundskola"]


def test_som_after_an_infinitive_and_a_comma_gives_the_name_its_title():
    text = (
        "Stipendiet går i år till:\n"
        "Tove Ahlberg, för att kunna fortsätta som simtränare i Norrby simklubb.\n"
    )
    assert roles_of(text)["Tove Ahlberg"] == ["simtränare i norrby simklubb"]
