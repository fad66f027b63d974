"""End-to-end: seeds to records, schema, offsets, CLI, and contacts against gold."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from conftest import CORPUS, ROOT, SEEDS, gold, require_shared

from pipeline import extract
from pipeline.record.schema import Record


def _all_spans(record: Record):
    for entity in [*record.organizations, *record.people, *record.interventions]:
        yield from entity.mentions
    for item in [*record.contacts, *record.amounts, *record.quotes, *record.dates]:
        yield item.span


def test_every_seed_gives_a_valid_record(seed_records):
    assert sorted(seed_records) == [p.stem for p in SEEDS]
    for record in seed_records.values():
        Record.model_validate_json(record.model_dump_json())
        for span in _all_spans(record):
            assert record.text[span.start : span.end] == span.text


def test_seed_contacts_match_gold_exactly(seed_records):
    require_shared()
    for stem, record in seed_records.items():
        expected = gold(stem)
        assert {c.value for c in record.contacts if c.kind == "email"} == set(expected["emails"])
        assert {c.value for c in record.contacts if c.kind == "phone"} == set(expected["phones"])


def test_contact_block_people_with_party_and_contacts(seed_records):
    people = {p.name: p for p in seed_records["000_8481c9b421572bc2"].people}
    assert people["Lars Björkman"].party == "HP"
    assert people["Lars Björkman"].phones == ["+46853530165"]
    assert people["Martin Övelius"].emails == ["martin.ovelius@huddinge.se"]


def test_doc_id_is_a_hash_of_the_cleaned_text():
    first = extract("Hej\r\n\r\nVärlden  ")
    assert first.doc_id == extract("Hej\n\nVärlden").doc_id
    assert first.doc_id != extract("Hej världen").doc_id


def test_speech_attribution_gives_person_and_party():
    record = extract("– Vi satsar på barnen, säger Anna Berg (s), ordförande i socialnämnden.")
    assert [(p.name, p.party) for p in record.people] == [("Anna Berg", "S")]


def test_cli_run_writes_records_and_errors(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "ok.txt").write_text("Kontakt\nAnna Berg (S)\n070-123 45 67", encoding="utf-8")
    out = tmp_path / "out"
    result = subprocess.run(
        [sys.executable, "-m", "pipeline", "run", str(tmp_path), "-o", str(out)],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert result.returncode == 1, result.stderr
    records = (out / "records.jsonl").read_text().splitlines()
    errors = [json.loads(line) for line in (out / "errors.jsonl").read_text().splitlines()]
    assert len(records) == 1 and len(errors) == 1
    assert errors[0]["error"] == "empty" and errors[0]["source"]["path"].endswith("empty.txt")


def test_stdin_input(tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "pipeline", "run", "-", "-o", str(tmp_path)],
        input="Hej, säger Per Ek (M).",
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert result.returncode == 0, result.stderr
    (line,) = (tmp_path / "records.jsonl").read_text().splitlines()
    assert json.loads(line)["people"][0]["name"] == "Per Ek"


def test_schema_command_prints_json_schema():
    result = subprocess.run(
        [sys.executable, "-m", "pipeline", "schema"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=True,
    )
    schema = json.loads(result.stdout)
    assert {"doc_id", "people", "amounts", "quotes"} <= set(schema["properties"])


@pytest.mark.skipif(not CORPUS.exists(), reason="../shared corpus not present")
def test_regeringen_corpus_sample_offsets(nlp):
    from pipeline.input.ingest import iter_jsonl
    from pipeline.run.process import process

    lines = CORPUS.read_bytes().splitlines()[:300]
    outcomes = list(process(iter_jsonl(b"\n".join(lines), str(CORPUS), 5_000_000), nlp))
    assert len(outcomes) == 300
    for outcome in outcomes:
        assert isinstance(outcome, Record), outcome
        for span in _all_spans(outcome):
            assert outcome.text[span.start : span.end] == span.text
