"""Amounts: money, percentages and counts in Swedish press-release text, and what is none."""

from __future__ import annotations

import pytest
from conftest import gold, require_shared

from pipeline.components.amounts import find_amounts, parse_number


def _found(text: str) -> list[tuple[str, float, str | None, str]]:
    return [(f.kind, f.value, f.unit, text[f.start : f.end]) for f in find_amounts(text)]


def _values(text: str) -> set[tuple[str, float]]:
    return {(f.kind, f.value) for f in find_amounts(text)}


@pytest.mark.parametrize(
    ("text", "value", "currency"),
    [
        (
            "Därför ansöker nu individ- och familjeomsorgen om de 5 062 619 kr som finns.",
            5062619,
            "SEK",
        ),
        (
            "Mittenstyret gör en riktad satsning på 34 miljoner kr på socialtjänsten.",
            34_000_000,
            "SEK",
        ),
        ("Kommunen har sedan starten satsat 120 mkr på sociala investeringar.", 120_000_000, "SEK"),
        ("Nämnden får en ramförstärkning om 200 mnkr inför nästa år.", 200_000_000, "SEK"),
        ("Regeringen avsätter 2,5 miljarder kronor till välfärden.", 2_500_000_000, "SEK"),
        ("Satsningen omfattar 1.5 miljoner för fältarbete.", 1_500_000, "SEK"),
        ("Resultatet landade på +49mkr mot budget.", 49_000_000, "SEK"),
        ("Tilldelningen höjs från 600 000 kronor till 750 000 kronor per år.", 750_000, "SEK"),
        ("Föreningen beviljas 45 tkr i verksamhetsbidrag.", 45_000, "SEK"),
        (
            "I budgeten finns 15 välfärdsmiljarder till kommuner och regioner.",
            15_000_000_000,
            "SEK",
        ),
        ("Regeringen föreslår att 60 miljoner tillförs Vetenskapsrådet 2025.", 60_000_000, "SEK"),
        ("Sverige bidrar med 3 miljoner euro till fonden.", 3_000_000, "EUR"),
        ("Projektet får €250 000 från EU:s socialfond.", 250_000, "EUR"),
        ("Investeringen uppgår till 2 mdkr under planperioden.", 2_000_000_000, "SEK"),
        ("Överskottet blev 300 Mkr.", 300_000_000, "SEK"),
        ("Erbjudandet uppgår till ett värde av 15 MSEK.", 15_000_000, "SEK"),
        ("Avgiften är 500 SEK per termin.", 500, "SEK"),
        ("Fastigheten såldes för 1.500.000 kr.", 1_500_000, "SEK"),
        ("Stödet till Ukraina uppgår till cirka 16,9 miljarder kronor.", 16_900_000_000, "SEK"),
    ],
)
def test_money_is_normalised_to_whole_units_with_iso_currency(text, value, currency):
    money = [f for f in find_amounts(text) if f.kind == "money"]
    assert money, text
    assert (money[-1].value, money[-1].unit) == (value, currency)
    assert money[-1].score > 0.8 and money[-1].explain


def test_money_span_covers_the_amount_as_written():
    text = "Utöver detta fanns över 131 miljoner kr i satsningar på trygghet."
    assert _found(text) == [("money", 131_000_000, "SEK", "131 miljoner kr")]


def test_millions_of_people_are_a_count_not_money():
    text = "Idag lever 45 miljoner människor i 43 länder på randen till svält."
    assert ("count", 45_000_000, "människor", "45 miljoner människor") in _found(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Antalet barn som tar del av tidiga insatser har ökat med 70% på ett år.", 70),
        ("Av de svarande uppger 82 procent att de känner sig trygga.", 82),
        ("Arbetslösheten ökade till 4,5 procent under det tredje kvartalet.", 4.5),
        ("Sverige har en tydlig plan för att nå 3,5 % av BNP till 2030.", 3.5),
        ("De minsta producenterna får 50 procents skattenedsättning.", 50),
    ],
)
def test_percentages(text, value):
    assert ("percent", value) in _values(text)
    assert {f.unit for f in find_amounts(text) if f.kind == "percent"} == {"%"}


def test_the_first_number_of_a_pair_shares_the_second_ones_unit():
    text = "I särskilt boende för äldre har andelen ökat från 67 till 85 procent."
    assert _values(text) == {("percent", 67), ("percent", 85)}
    text = "Varje år betalas uppskattningsvis mellan 15 och 20 miljarder kronor ut felaktigt."
    assert _values(text) == {("money", 15_000_000_000), ("money", 20_000_000_000)}


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("Under 2023 deltog 474 föräldrar i föräldrastödsgrupper.", 474, "föräldrar"),
        ("Till sommaren skapas 100 nya kolloplatser i kommunen.", 100, "kolloplatser"),
        ("Totalt har över 2 600 ansökningar kommit in.", 2600, "ansökningar"),
        ("Kommittén består av 329 ledamöter och 329 suppleanter.", 329, "ledamöter"),
        ("Uppemot 700 parallella möten kommer att äga rum.", 700, "möten"),
    ],
)
def test_counts_take_the_counted_noun_as_unit(text, value, unit):
    assert [(f.value, f.unit) for f in find_amounts(text) if f.kind == "count"][0] == (value, unit)


def test_numbers_in_a_result_list_are_counts_without_unit():
    text = " • Antal besök:\n  • 2022: 1 137\n  • Resultatet för 2023: 1 931\n"
    assert _found(text) == [("count", 1137, None, "1 137"), ("count", 1931, None, "1 931")]


def test_a_bare_count_after_a_preposition_is_kept():
    assert _values("Av dessa har 74 valts ut, och antalet ökade till 1 500.") == {
        ("count", 74),
        ("count", 1500),
    }


@pytest.mark.parametrize(
    "text",
    [
        "Socialnämnden beslutade om sin verksamhetsberättelse för 2023.",
        "I mål och budget 2018 avsätts resurser; planen gäller 2022–2024.",
        "Den 13 februari beslutade nämnden. Pressmeddelande 2014-09-24 kl. 16:57.",
        "Haninge ligger bara 20 minuter från huvudstaden och 3 km från kusten.",
        "Vi erbjuder alla föräldrar med barn 0-18 år föräldraskapsstöd.",
        "Öppenvården tar emot unga 0–20 år samt 16-åringar.",
        "Gränsen för anhöriginvandring höjs från 18 till 21 år.",
        "Ring 08-535 301 65 eller 070-123 45 67 för mer information.",
        "Besöksadress: Kommunalvägen 28, 141 85 Huddinge.",
        "Totala volymen barn som nås av tidiga insatser:[1]",
        "Drogfria miljöer genom metoderna 100% renträning och Krogar mot Knark.",
        "Arbetet följer Agenda 2030 och prisutdelningen skedde vid Förebygg.nu.",
        "Enligt 2 kap. 3 § socialtjänstlagen ska nämnden verka för detta.",
        "Laget slutade på 1:a plats i serien.",
        "Vi har fokuserat på fyra arenor och tio insatser.",
        "Regeringen följer utvecklingen av covid-19 noga.",
        "Frågan kopplar till mål 7 om hållbar energi och elprisområde 3.",
        "Från hösten blir årskurs 10 den avslutande årskursen.",
        "#10 Det svenska kvinnliga medlingsnätverket",
        "Övningen samlar både Norrbottens regemente I 19 och kursen Svenska 3.",
        "Trålfiske förbjuds innanför 12 nautiska mil från kusten.",
        "Åtgärden har minskat utsläppen med 2,5 miljoner ton koldioxid.",
        "Stödet gäller de första 22 veckorna.",
        "– Jas 39 Gripen är ett svenskt stridsflygplan.",
    ],
)
def test_not_amounts(text):
    assert find_amounts(text) == []


def test_parse_number_reads_swedish_digit_grouping():
    assert parse_number("5 062 619") == 5062619
    assert parse_number("2,5") == 2.5
    assert parse_number("1.500.000") == 1500000
    assert parse_number("1.5") == 1.5


def test_seed_amounts_match_gold(seed_records):
    require_shared()
    for stem, record in seed_records.items():
        found = {(a.kind, float(a.value)) for a in record.amounts}
        expected = {(a["kind"], float(a["value"])) for a in gold(stem)["amounts"]}
        assert found == expected, stem
        for amount in record.amounts:
            assert record.text[amount.span.start : amount.span.end] == amount.span.text


def test_a_year_before_a_paired_amount_takes_no_unit():
    text = "För ändamålet beräknas 35 miljoner kronor avsättas 2026 och 25 miljoner kronor 2027."
    assert _values(text) == {("money", 35_000_000), ("money", 25_000_000)}


def test_ore_is_hundredths_of_a_krona():
    text = "Hushållen får en ersättning på 79 öre per uppmätt kilowattimme."
    assert _found(text) == [("money", 0.79, "SEK", "79 öre")]


def test_table_cells_without_unit_and_identifier_pairs_are_left_out():
    assert find_amounts("| Skåne län | 52 830 451 |\n| Hallands län | 17 036 468 |") == []
    assert find_amounts("Elområdena 3 och 4 antas i förordningen.") == []


def test_price_tags_and_age_spans():
    assert _found("Avgiften är 500:- per termin.") == [("money", 500, "SEK", "500:-")]
    assert find_amounts("För barn i åldern 6–12 och ungdomar mellan 13 och 17 år.") == []


def test_numbers_inside_names_the_ner_found_are_no_amounts(nlp):
    text = "Metoden Trygg 100% införs i fler skolor, där 474 elever deltar."
    assert ("percent", 100) in _values(text)
    doc = nlp.make_doc(text)
    doc.ents = [doc.char_span(8, 18, label="MISC")]
    assert [(f.kind, f.value) for f in find_amounts(doc.text, doc)] == [("count", 474)]


def test_a_verb_after_a_number_is_no_counted_noun():
    text = "Sex av 10 tjejer i årskurs 7 uppger att de påverkas. 300 flickor och 30 studier."
    assert _values(text) == {("count", 10), ("count", 300), ("count", 30)}


def test_nationality_currency_words():
    assert _found("Priset är på 150 000 svenska kronor.") == [
        ("money", 150000, "SEK", "150 000 svenska kronor")
    ]
