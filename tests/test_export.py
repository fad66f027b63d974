"""Export to DuckDB and Parquet: normalised tables an analyst can join in SQL."""

from __future__ import annotations

import json
from pathlib import Path

import duckdb
import pytest
from report_sample import sample_record

from pipeline.cli import main
from pipeline.tools.export import export
from pipeline.tools.report.stats import interventions_by_municipality

# The README's example: which interventions does each municipality mention?
MUNICIPALITY_INTERVENTIONS = """
SELECT o.name AS municipality, i.name AS intervention, count(DISTINCT o.doc_id) AS documents
FROM organizations o JOIN interventions i USING (doc_id)
WHERE o.type = 'municipality'
GROUP BY ALL
ORDER BY municipality, documents DESC, intervention
"""


def test_municipality_interventions_query(tmp_path: Path) -> None:
    other = sample_record(doc_id="22", interventions=sample_record()["interventions"][:1])
    counts = export([sample_record(), sample_record(), other], f"duckdb:{tmp_path / 'x.duckdb'}")
    assert counts["documents"] == 2  # the same doc_id twice is one document
    with duckdb.connect(str(tmp_path / "x.duckdb"), read_only=True) as con:
        rows = con.execute(MUNICIPALITY_INTERVENTIONS).fetchall()
    assert rows == [
        ("Nacka kommun", "Föräldraskap i Sverige", 2),
        ("Nacka kommun", "föräldrastödsgrupper", 1),
    ]


def test_tables_join_on_doc_id_and_entity_ids(tmp_path: Path) -> None:
    export([sample_record()], f"duckdb:{tmp_path / 'x.duckdb'}")
    with duckdb.connect(str(tmp_path / "x.duckdb"), read_only=True) as con:
        people = con.execute(
            """SELECT p.name, p.party, r.role, o.name, c.value
               FROM people p
               JOIN person_roles r USING (doc_id, person_id)
               JOIN organizations o ON o.doc_id = p.doc_id AND o.org_id = p.org_id
               JOIN contacts c ON c.doc_id = p.doc_id AND c.person_id = p.person_id
               WHERE c.kind = 'email'"""
        ).fetchall()
        assert people == [
            ("Anna Berg", "M", "ordförande i socialnämnden", "socialnämnden", "anna.berg@nacka.se")
        ]
        money = con.execute("SELECT value, unit, text FROM amounts WHERE kind = 'money'").fetchall()
        assert money == [(4500000.0, "SEK", "4,5 miljoner kronor")]
        published = con.execute("SELECT year(published) FROM documents").fetchone()
        assert published == (2024,)
        assert con.execute("SELECT indicator FROM metrics").fetchall() == [
            ("Föräldrar i föräldrastödsgrupper",)
        ]


def test_seed_records_export_to_parquet_and_agree_with_the_records(
    seed_records: dict, tmp_path: Path
) -> None:
    records_path = tmp_path / "records.jsonl"
    records = [json.loads(r.model_dump_json()) for r in seed_records.values()]
    records_path.write_text("".join(json.dumps(r) + "\n" for r in records))
    out = tmp_path / "parquet"
    assert main(["export", str(records_path), "--to", f"parquet:{out}"]) == 0
    assert {p.stem for p in out.glob("*.parquet")} >= {"documents", "people", "contacts"}
    con = duckdb.connect()
    for table in out.glob("*.parquet"):
        con.execute(f"CREATE VIEW {table.stem} AS SELECT * FROM read_parquet('{table}')")
    assert con.execute("SELECT count(*) FROM documents").fetchone() == (len(records),)
    # a person's e-mail joins back to the person the record links
    emails = con.execute(
        """SELECT p.name, c.value FROM contacts c JOIN people p
           ON p.doc_id = c.doc_id AND p.person_id = c.person_id WHERE c.kind = 'email'"""
    ).fetchall()
    assert ("Lars Björkman", "lars.bjorkman@huddinge.se") in emails
    # the SQL answer equals the same question asked of the records in Python
    rows = con.execute(MUNICIPALITY_INTERVENTIONS).fetchall()
    expected = {
        (m, i, n) for m, c in interventions_by_municipality(records).items() for i, n in c.items()
    }
    assert set(rows) == expected


def test_bad_target_is_a_usage_error(tmp_path: Path) -> None:
    records = tmp_path / "r.jsonl"
    records.write_text(json.dumps(sample_record()) + "\n")
    assert main(["export", str(records), "--to", "csv:x"]) == 2
    with pytest.raises(ValueError):
        export([], "duckdb:")


def test_export_into_an_existing_database_keeps_the_users_tables(tmp_path: Path) -> None:
    records = tmp_path / "r.jsonl"
    records.write_text(json.dumps(sample_record()) + "\n")
    database = tmp_path / "mine.duckdb"
    with duckdb.connect(str(database)) as con:
        con.execute("CREATE TABLE my_notes AS SELECT 'keep me' AS note")
    assert main(["export", str(records), "--to", f"duckdb:{database}"]) == 0
    # a second export finds its own tables there: refused, the file as it was
    assert main(["export", str(records), "--to", f"duckdb:{database}"]) == 2
    with duckdb.connect(str(database)) as con:
        con.execute("INSERT INTO people (doc_id, person_id) VALUES ('mine', 'P9')")
    assert main(["export", str(records), "--to", f"duckdb:{database}", "--replace"]) == 0
    with duckdb.connect(str(database), read_only=True) as con:
        assert con.execute("SELECT note FROM my_notes").fetchall() == [("keep me",)]
        assert con.execute("SELECT count(*) FROM people WHERE doc_id = 'mine'").fetchone() == (0,)
        assert con.execute("SELECT count(*) FROM documents").fetchone() == (1,)


def test_parquet_files_of_an_earlier_export_are_replaced_only_when_told(tmp_path: Path) -> None:
    out = tmp_path / "parquet"
    export([sample_record()], f"parquet:{out}")
    (out / "notes.txt").write_text("mine")
    with pytest.raises(ValueError, match="people.parquet"):
        export([sample_record()], f"parquet:{out}")
    assert export([sample_record()], f"parquet:{out}", replace=True)["documents"] == 1
    assert (out / "notes.txt").read_text() == "mine"


def test_identical_texts_from_two_files_stay_two_documents(tmp_path: Path) -> None:
    # issue 18: 1,500 records became 1,469 documents when equal texts shared a doc_id
    src = tmp_path / "in"
    src.mkdir()
    for name in ("a.txt", "b.txt"):
        (src / name).write_text("Nacka kommun startar föräldrastödsgrupper.\n")
    assert main(["run", str(src), "-o", str(tmp_path / "out"), "-q"]) == 0
    records = tmp_path / "out" / "records.jsonl"
    assert main(["export", str(records), "--to", f"duckdb:{tmp_path / 'x.duckdb'}"]) == 0
    with duckdb.connect(str(tmp_path / "x.duckdb"), read_only=True) as con:
        rows = con.execute("SELECT doc_id FROM documents").fetchall()
        orgs = con.execute("SELECT count(DISTINCT doc_id) FROM organizations").fetchone()
    assert len(rows) == 2 and len(set(rows)) == 2 and orgs == (2,)
