"""Quotes in layouts that repeat speech, lose its mark or rule the page with dashes."""

from __future__ import annotations

from pipeline import extract
from pipeline.record.schema import Record


def speakers(record: Record) -> list[tuple[str | None, str]]:
    """(speaker, first three words) of each quote."""
    names = {p.id: p.name for p in record.people}
    return [(names.get(q.speaker_id or ""), " ".join(q.text.split()[:3])) for q in record.quotes]


def test_pull_quote_that_opens_a_later_passage_is_one_quote():
    record = extract(
        "Ett år med nya arbetssätt\n\n"
        "”Det har gått bättre än väntat”, säger Sara Holm, samordnare på förvaltningen.\n\n"
        "Förvaltningen började arbeta på det nya sättet i januari.\n\n"
        "– Det har gått bättre än väntat, det är min bild. Vi har lärt oss mycket under "
        "året, säger Sara Holm.\n"
    )
    assert speakers(record) == [("Sara Holm", "Det har gått")]
    assert record.quotes[0].text.endswith("lärt oss mycket under året")


def test_paragraph_printed_twice_is_one_quote():
    speech = (
        "– Alla elever ska ha en trygg skolgång och en bra start i livet, säger "
        "Johan Ek (S), ordförande i barn- och utbildningsnämnden.\n\n"
    )
    record = extract("Ny rapport om skolan\n\n" + speech + speech + "Rapporten finns på webben.\n")
    assert speakers(record) == [("Johan Ek", "Alla elever ska")]


def test_first_person_paragraph_under_a_sentence_ending_in_a_colon():
    record = extract(
        "Konferensen samlade 300 deltagare i Ekby.\n\n"
        "Landshövding Anna Berg öppnade konferensen och sa:\n\n"
        "Mest av allt vill jag att vi satsar på skolans elevhälsa och på fler vuxna i "
        "skolgården.\n\n"
        "Konferensen pågår i två dagar.\n"
    )
    assert speakers(record) == [("Anna Berg", "Mest av allt")]


def test_speech_under_a_lead_in_naming_two_people_has_no_speaker():
    record = extract(
        "Biblioteket har öppet längre.\n\n"
        "Per Lund och Eva Strand är två av dem som har testat tjänsten:\n\n"
        "Jag gillar att jag kan låna böcker på kvällen efter jobbet och slipper\n"
    )
    assert speakers(record) == [(None, "Jag gillar att")]


def test_a_list_under_a_colon_is_no_speech():
    record = extract(
        "Här är de viktigaste frågorna som tas upp i rapporten:\n\n"
        "Kommunerna måste bli bättre på att samordna insatserna för barn i utsatta "
        "bostadsområden.\n"
    )
    assert record.quotes == []


def test_a_rule_of_dashes_opens_no_speech():
    record = extract(
        "- Vi måste göra mer för barnen, säger Per Ek, ordförande.\n"
        "- Förslaget räcker inte.\n"
        "------------- Det är utredaren Eva Lund som har ansvarat för arbetet.\n"
    )
    assert speakers(record) == [
        ("Per Ek", "Vi måste göra"),
        ("Per Ek", "Förslaget räcker inte."),
    ]


def test_kommenterar_attributes_speech():
    record = extract(
        "Ingen höjd hyra\n\n"
        "- Hyresvärden har gjort ett rimligt val för alla hyresgäster, kommenterar "
        "Hyresgästföreningens förhandlare, Eva Lund.\n"
    )
    assert speakers(record) == [("Eva Lund", "Hyresvärden har gjort")]


def test_inline_speech_cut_off_by_the_texts_end_has_no_speaker():
    record = extract(
        "Polisen nöjd med helgen\n\n"
        "Polisen hade kontakt med många ungdomar under helgen. - Stämningen var lugn och bra "
        "i hela länet, förklarar Per Ek, polisens ungdomsgrupp. Många ungdomar hämtades av "
        "sina föräldrar. - Många föräldrar blev glada över att vi ringde dem om var deras"
    )
    assert speakers(record) == [("Per Ek", "Stämningen var lugn"), (None, "Många föräldrar blev")]
    assert record.quotes[1].text.endswith("ringde dem om var deras")


def test_a_dash_in_a_finished_text_opens_no_unattributed_speech():
    record = extract(
        "Polisen hade kontakt med många ungdomar. - Stämningen var lugn och bra i hela "
        "länet, förklarar Per Ek, polisens ungdomsgrupp. Många hämtades - Polisen ringde "
        "föräldrarna. - Sedan åkte alla hem igen.\n"
    )
    assert speakers(record) == [("Per Ek", "Stämningen var lugn")]


def test_a_document_announced_by_a_colon_is_no_speech():
    record = extract(
        "Priset delas ut i dag.\n\n"
        "Sara Holm tilldelas kommunens kulturpris med följande motivering:\n\n"
        "Sara Holm har i tjugo år gjort vår stad känd för sin musik långt utanför "
        "kommunens gränser.\n"
    )
    assert record.quotes == []
    heading = extract(
        "### Nya möjligheter för polisen att agera mot olagligt material:\n\n"
        "Regeringen tar fram förslag om det läge vi befinner oss i, till exempel:\n\n"
        "- fler verktyg för polisen\n"
    )
    assert heading.quotes == []
