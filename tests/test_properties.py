"""Property-based: clean and extract on arbitrary Unicode never raise, always validate,
and every span's text is the record's text at its offsets."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.input.clean import clean
from pipeline.input.ingest import RawDocument
from pipeline.record.schema import ErrorRecord, Record, _all_spans
from pipeline.run.process import process

# Genre fragments mixed with arbitrary text, so the components find things to report.
FRAGMENTS = st.sampled_from(
    [
        "Kontakt: Anna Lindqvist (S), 0470-410 00, anna.lindqvist@vaxjo.se\n",
        "– Vi satsar 5 miljoner kronor, säger kommunstyrelsens ordförande Per Olsson (M).\n",
        "Publicerad 2024-03-01\n",
        "# Regeringen ger Boverket nytt uppdrag\n\n",
        "[Läs mer](https://www.regeringen.se/x)",
        "\u00a0\u202f\u200b\u00ad\r\n\t",
        "Pressmeddelande\n",
        "**Presskontakt**\nEva Berg\nTelefon 08-405 10 00\n",
    ]
)
TEXT = st.lists(st.one_of(st.text(max_size=80), FRAGMENTS), max_size=12).map("".join)
SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(TEXT)
def test_clean_never_raises_and_normalises(text):
    cleaned = clean(text)
    assert "\r" not in cleaned.text and "\u00a0" not in cleaned.text
    assert cleaned.text == cleaned.text.strip()


@SETTINGS
@given(TEXT)
def test_process_always_gives_one_valid_outcome_with_sound_offsets(nlp, text):
    outcomes = list(process([RawDocument(text=text, sha256="0" * 64)], nlp))
    assert len(outcomes) == 1
    outcome = outcomes[0]
    if isinstance(outcome, ErrorRecord):
        assert outcome.error == "empty" and not clean(text).text.strip()
        return
    again = Record.model_validate_json(outcome.model_dump_json())
    for span in _all_spans(again):
        assert 0 <= span.start <= span.end <= len(again.text)
        assert again.text[span.start : span.end] == span.text
