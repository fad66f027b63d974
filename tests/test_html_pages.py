"""Saved pages of the CMSs Swedish municipalities and press services use (invented texts
in each CMS's markup, tests/data/html/): the record has the article's title, date,
sentences, quote and contact person, and none of the page's navigation, cookie banner or
footer, whose switchboard number must not become a person's phone."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.input.formats.html import read_page, rejoin_inline
from pipeline.input.ingest import iter_documents, read_document
from pipeline.run.process import process

PAGES = Path(__file__).parent / "data" / "html"

# page: (title, published, article sentences, quote speaker, contact person and phone)
EXPECTED = {
    "sitevision.html": (
        "Ny simhall öppnar i Lerum",
        "2024-03-12",
        [
            "Lerums kommun har investerat 180 miljoner kronor i anläggningen.",
            "Skolorna i kommunen får tider för simundervisning i årskurs tre redan från",
        ],
        "Karin Holmqvist",
        ("Karin Holmqvist", "+46302521487"),
    ),
    "episerver.html": (
        "Fler platser i förskolan till hösten",
        "2023-05-16",
        [
            "Båda förskolorna har egna tillagningskök och stora gårdar mot skogen.",
            "Ansökan om plats görs i e-tjänsten från den 1 juni.",
        ],
        "Mikael Strand",
        ("Lena Åberg", "+4633357321"),
    ),
    "wordpress.html": (
        "Fritid för alla sommaren 2024",
        "2024-06-03",
        [
            "Under sommaren erbjuder Mölndals stad Fritid för alla, ett program med gratis",
            "fotbollsskola och kulturskolans sommarteater.",
        ],
        "Sara Lindgren",
        ("Johan Ek", "+46313151642"),
    ),
    "drupal.html": (
        "Gång- och cykelbro över ån byggs i vår",
        "2025-02-20",
        [
            "Projektet kostar 34 miljoner kronor, varav Trafikverket står för hälften.",
            "Under byggtiden leds gång- och cykeltrafiken om via Storgatan.",
        ],
        "Peter Lund",
        ("Maria Sjöberg", "+46155248136"),
    ),
    "municipio.html": (
        "Nytt bibliotek i Drottninghög",
        "2024-09-27",
        [
            "Biblioteket har böcker på tolv olika språk.",
            "Invigningen sker den 5 oktober med sagostund och musik.",
        ],
        "Emma Nordin",
        ("Ahmed Karimi", "+4642106359"),
    ),
    "mynewsdesk.html": (
        "Region Västmanland förlänger avtalet om ambulansflyg",
        "2025-01-14",
        [
            "Det nya avtalet är värt 96 miljoner kronor och gäller från den 1 mars.",
            "Upphandlingen genomfördes tillsammans med regionerna i Mellansverige.",
        ],
        "Jonas Berglund",
        ("Jonas Berglund", "+4621174368"),
    ),
}
# Site chrome of the pages: navigation, breadcrumbs, cookie banners, footers.
CHROME = [
    "Kontakta oss",
    "Startsida",
    "Brödsmulor",
    "kakor",
    "cookies",
    "Växel",
    "kontaktcenter",
    "Organisationsnummer",
    "Populära sidor",
    "Relaterade nyheter",
    "Om webbplatsen",
    "Hoppa till",
]
SWITCHBOARDS = {
    "+46302521000",
    "+4633357000",
    "+46313151000",
    "+46155248000",
    "+4642105000",
    "+4621173000",
}


@pytest.fixture(scope="module")
def records(nlp):
    paths = [str(PAGES / name) for name in EXPECTED]
    return {Path(r.source.path).name: r for r in process(iter_documents(paths), nlp)}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_cms_page_gives_the_article(records, name):
    title, published, sentences, speaker, (contact, phone) = EXPECTED[name]
    record = records[name]
    assert record.title == title
    assert record.published == published
    for sentence in sentences:
        assert sentence in record.text
    for chrome in CHROME:
        assert chrome.casefold() not in record.text.casefold(), chrome
    assert speaker in [q.speaker_name for q in record.quotes]
    person = next(p for p in record.people if p.name == contact)
    assert phone in person.phones
    assert not SWITCHBOARDS & {p for person in record.people for p in person.phones}


def test_page_metadata_is_the_documents():
    doc = read_document((PAGES / "wordpress.html").read_bytes(), "wordpress.html")
    assert doc.metadata == {"title": "Fritid för alla sommaren 2024", "published": "2024-06-03"}


def test_contact_block_outside_the_article_body_is_kept():
    # EPiServer's contact block sits beside the article body, where trafilatura drops it.
    text = read_page((PAGES / "episerver.html").read_text(encoding="utf-8")).text
    assert "Lena Åberg, förskolechef\nTelefon: 033-35 73 21" in text


def test_inline_markup_never_cuts_a_phrase():
    html = (
        "<html><body><p>Nu startar <strong>Fritid för alla</strong> i <a href='/k'>Kungsbacka"
        "</a> och <em>Fri</em>tidsbanken öppnar.</p><div>Anna Berg<br>08-123 456 78</div>"
        "</body></html>"
    )
    lines = read_page(html).text.split("\n")
    assert lines == [
        "Nu startar Fritid för alla i Kungsbacka och Fritidsbanken öppnar.",
        "Anna Berg",
        "08-123 456 78",
    ]


def test_rejoin_keeps_the_pages_own_line_breaks():
    assert rejoin_inline("Anna Berg\nTelefon", "Anna Berg\nTelefon") == "Anna Berg\nTelefon"
    assert rejoin_inline("Hej\nAnna\nBerg", "x\nHej Anna Berg\ny") == "Hej Anna Berg"


def test_page_without_main_content_falls_back_to_its_whole_text():
    doc = read_document(b"<html><body><h1>Rubrik</h1><div>Kort.</div></body></html>", "a.html")
    assert [line for line in doc.text.split("\n") if line.strip()] == ["Rubrik", "Kort."]
