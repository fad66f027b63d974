"""Dates: mentions at the precision the text gives, and the publication date of a release."""

from __future__ import annotations

import dateparser
import pytest
import regex
from conftest import gold, require_shared

from pipeline.components import dates
from pipeline.components.dates import context_year, find_dates, find_published, parse_date
from pipeline.components.plain_dates import month_numbers, plain_date
from pipeline.input.ingest import RawDocument
from pipeline.run.process import process


def _dates(text: str, year: int | None = None) -> list[tuple[str, str]]:
    return [(text[d.start : d.end], d.value) for d in find_dates(text, year)]


def test_day_month_takes_the_day_and_the_context_year():
    # dateparser's defaults read "13 februari" as February 2013.
    text = "Den 13 februari beslutade Socialnämnden om sin verksamhetsberättelse."
    assert _dates(text, 2024) == [("13 februari", "2024-02-13")]
    assert parse_date("13 februari 2024") == "2024-02-13"


def test_without_a_context_year_a_day_month_gives_no_value():
    assert _dates("Prisutdelningen ägde rum den 13 november i Göteborg.") == []


@pytest.mark.parametrize(
    ("text", "written", "value"),
    [
        (
            "Utredaren ska redovisa uppdraget senast den 16 oktober 2025.",
            "16 oktober 2025",
            "2025-10-16",
        ),
        (
            "Reformen, som infördes den 1 januari 2023, syftade till ökad trygghet.",
            "1 januari 2023",
            "2023-01-01",
        ),
        (
            "Regeringen gav i juni 2024 Tillväxtanalys i uppdrag att utvärdera stödet.",
            "juni 2024",
            "2024-06",
        ),
        ("Beslutet fattades 2019-05-02 av kommunfullmäktige.", "2019-05-02", "2019-05-02"),
        ("Ansökan ska ha kommit in senast 1 jan. 2020.", "1 jan. 2020", "2020-01-01"),
        ("Mötet hölls den 17 juni 2024.", "17 juni 2024", "2024-06-17"),
    ],
)
def test_date_mentions_at_the_written_precision(text, written, value):
    assert _dates(text) == [(written, value)]


def test_a_sentence_dot_after_a_month_stays_outside_the_span():
    assert _dates("Mötet hölls den 17 juni.", 2024) == [("17 juni", "2024-06-17")]


def test_bare_years_are_no_date_mentions():
    text = "I mål och budget 2018 prioriteras 2022–2024 års handlingsplaner; 2019 års pris."
    assert _dates(text, 2024) == []


@pytest.mark.parametrize(
    ("head", "published"),
    [
        (
            "Publicerad 9 april 2024\n\nHuddinge: Alla förvaltningar jobbar förebyggande\n",
            "2024-04-09",
        ),
        ("Nytt boende för unga\nPublicerad: 2019-05-02\n\nKommunen öppnar ...", "2019-05-02"),
        (
            "Skip to main content\n\nUmeå kommun föregångare\n\n"
            "Pressmeddelande   •   Sep 24, 2014 16:57 CEST\n\nIndivid- och familjeomsorgen ...",
            "2014-09-24",
        ),
        ("Fler platser i förskolan\n2015-06-15\nKommunen bygger ut.", "2015-06-15"),
        ("Ny strategi för trygghet\n31 mars 2021\nKommunstyrelsen har antagit ...", "2021-03-31"),
        ("2018-03-01 - 09:42\nSkolan får nya lokaler", "2018-03-01"),
        ("Nyhet • Nov 01, 2011\nMalmö satsar på fältarbete", "2011-11-01"),
        ("Malmö 2010 05 31\nPressmeddelande om sommarjobb", "2010-05-31"),
        ("Publicerad:\n9 april 2024\nRubrik", "2024-04-09"),
        ("Tillsynen av boenden utvecklas\n\n2019 feb 05\n\nNyheter", "2019-02-05"),
        ("Banken förlänger stödet till läxhjälpen 2017-12-21, kl 07:30\n\nText", "2017-12-21"),
        (
            "Till startsidan\n\n"
            + "Kommunen satsar på trygghet i trapphusen i år. " * 6
            + "\n\n"
            + "Hyresgästerna är nöjda med resultatet av satsningen. " * 6
            + "\n\nPressmeddelande 6 december 2022\n\n– Det går bra, säger Eva Ek.",
            "2022-12-06",
        ),
    ],
)
def test_publication_date_from_header_lines(head, published):
    found = find_published(head)
    assert found is not None and found.value == published


@pytest.mark.parametrize(
    "head",
    [
        "Uppdaterad 3 maj 2020\nRubrik\n",
        "Publicerad:\nUppdaterad 3 maj 2020\nRubrik\n2015-06-15\n",
        "Rubrik\nDen 13 februari 2024 beslutade nämnden att ge stöd till föreningen.\n",
        "Rubrik\n\n" + "Kommunen satsar på förebyggande arbete för unga. " * 6 + "\n2015-06-15\n",
        "Presskonferens om försvaret\n\nTid: 8 januari 2023 kl 13.50\nPlats: Rosenbad\n",
        "Rubrik\n\n"
        + "Kommunen satsar på förebyggande arbete för unga. " * 6
        + "\n\n"
        + "Föreningen får stöd. " * 12
        + "\n\nNyheter 6 december 2022 och mer\n",
    ],
)
def test_no_publication_date_from_updates_bodies_or_empty_labels(head):
    assert find_published(head) is None


def test_context_year_prefers_publication_then_metadata():
    assert context_year("2024-04-09", {"month": "2014-10"}) == 2024
    assert context_year(None, {"month": "2014-10"}) == 2014
    assert context_year(None, {}) is None


def test_jsonl_metadata_month_fills_missing_years(nlp):
    text = "# Möte i Bryssel\n\nStatsrådet deltar i ministerrådets möte den 13 februari."
    raw = RawDocument(text=text, sha256="0" * 64, metadata={"month": "2014-02"})
    record = next(process([raw], nlp))
    assert [(d.span.text, d.value) for d in record.dates] == [("13 februari", "2014-02-13")]
    assert record.published is None


def test_seed_publication_dates_match_gold(seed_records):
    require_shared()
    for stem, record in seed_records.items():
        assert record.published == gold(stem)["published"], stem


@pytest.mark.parametrize(
    "head, value",
    [
        ("[2019-02-06]", "2019-02-06"),
        ("2022-06-07 06:05Pressmeddelande", "2022-06-07"),
        ("3 juni 2020, kl. 10:15 - Kommun & politik", "2020-06-03"),
        ("27 juni 2019 | Omsorg & hjälp", "2019-06-27"),
        ("Publicerad: 2021/02/23 Senast uppdaterad:", "2021-02-23"),
        ("publiseringsdatum Publicerad 12/28/2022", "2022-12-28"),
        ("Pressmeddelande15 december 2021", "2021-12-15"),
        ("Artikeln publicerades 4 april 2024", "2024-04-04"),
    ],
)
def test_publication_date_lines_of_many_sites(head: str, value: str) -> None:
    from pipeline.components.dates import find_published

    found = find_published(f"Rubrik\n\n{head}\n\nBrödtext om något.")
    assert found is not None and found.value == value


def test_a_labelled_date_in_the_footer_and_a_date_line_after_a_long_caption() -> None:
    from pipeline.components.dates import find_published

    body = "Brödtext. " * 40
    found = find_published(f"Rubrik\n\n{body}\n\n{body}\n\nPublicerad 2019-10-17\n")
    assert found is not None and found.value == "2019-10-17"
    assert find_published(f"Rubrik\n\n{body}\n\n{body}\n\n2019-10-17\n") is None  # bare: no
    # a long caption above the headline: the date line under the headline still counts
    found = find_published(f"Logotyp\n\n{body}\n\nRubrik\n\n9 november 2021\n\nText.")
    assert found is not None and found.value == "2021-11-09"


HEADER_DATE_LINES = [
    "12 mars 2024",
    "Stockholm, 12 mars 2024",
    "Stockholm,  12 mars 2024 kl. 10:30",
    "Stockholm,12 mars 2024",
    "STOCKHOLM 12 mars 2024",
    "[12 mars 2024]",
    "Malmö 12 mars 2024 | Omsorg & hjälp",
    "Uppsala\t 3 april 2023 - Kommun & politik",
    "2023-04-03 06:05Pressmeddelande",
    "Mötet den 12 mars 2024 i Malmö",
    "Publicerad 12 mars 2024",
    "Ö 12 mars 2024",
    "Östersund 1 juni 2022, 14.00 CEST",
]


def test_a_bare_date_line_reads_as_the_pattern_around_its_date():
    """The line is `_PLACE_HEAD`, the date, `_TIME_TAIL`, as the one regex said it."""
    for line in HEADER_DATE_LINES:
        found = find_dates(line)[0]
        date_text = regex.escape(line[found.start : found.end])
        pattern = rf"{dates._PLACE_HEAD}{date_text}{dates._TIME_TAIL}\s*"
        assert dates._is_bare_date_line(line, found) == bool(regex.fullmatch(pattern, line))
    assert sum(dates._is_bare_date_line(ln, find_dates(ln)[0]) for ln in HEADER_DATE_LINES) > 8


def test_a_bare_date_line_compiles_no_pattern_per_date():
    found = [(line, find_dates(line)[0]) for line in HEADER_DATE_LINES]
    regex.purge()
    for line, date in found:
        dates._is_bare_date_line(line, date)
    assert not regex._main._cache  # a pattern compiled with each date in it is cached there


def _dateparser_value(text: str, with_day: bool = True) -> str | None:
    """What parse_date gave before plain dates: dateparser's reading."""
    parts = ["day", "month", "year"] if with_day else ["month", "year"]
    settings = {**dates._DMY, "REQUIRE_PARTS": parts}
    parsed = dateparser.parse(text, languages=dates._LANGUAGES, settings=settings)
    return parsed and parsed.strftime("%Y-%m-%d" if with_day else "%Y-%m")


def test_plain_dates_read_as_dateparser_reads_them():
    cases = [("2024-02-29", True), ("1999-12-31", True), ("2023-02-29", True)]
    for word in month_numbers():
        for form in (word, word.upper()):
            cases += [(f"{day} {form} 2024", True) for day in range(0, 33)]
            cases += [(f"{day:02d} {form} 2023", True) for day in (1, 29, 30, 31)]
            cases += [(f"{form} 1999", False), (f"{form} 2024", False)]
    plain = [(text, with_day, plain_date(text, with_day)) for text, with_day in cases]
    assert all(v == _dateparser_value(t, d) for t, d, v in plain if v is not None)
    assert sum(v is not None for _, _, v in plain) > 0.9 * len(cases)


def test_parse_date_leaves_only_other_forms_to_dateparser(monkeypatch):
    asked = []
    monkeypatch.setattr(dateparser, "parse", lambda text, **_: asked.append(text))
    parse_date.cache_clear()
    try:
        assert parse_date("13 Februari 2024") == "2024-02-13"
        assert parse_date("sept 2021", with_day=False) == "2021-09"
        assert parse_date("2024-02-13") == "2024-02-13"
        assert parse_date("31 april 2024") is None  # no such day: dateparser decides
        assert asked == ["31 april 2024"]
    finally:
        parse_date.cache_clear()
