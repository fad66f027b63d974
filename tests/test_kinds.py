"""The table of entity kinds: it covers the record, and a kind added to it reaches export,
the report and evaluate without their code naming it."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest
from report_sample import TEXT, sample_record

from pipeline.language.span_groups import GROUPS
from pipeline.record import kinds
from pipeline.record.kinds import Kind, Mark
from pipeline.record.schema import Provenance, Record, Span
from pipeline.tools import evaluate
from pipeline.tools.export import export
from pipeline.tools.report.pages import document_page, index_page
from pipeline.tools.report.stats import kind_counts


def test_every_list_field_of_a_record_is_a_kind() -> None:
    lists = {
        name
        for name, info in Record.model_fields.items()
        if getattr(info.annotation, "__origin__", None) is list and name != "warnings"
    }
    assert {k.field for k in kinds.KINDS} == lists
    for kind in kinds.KINDS:
        assert kind.group in GROUPS
        assert Record.model_fields[kind.field].annotation == list[kind.model]
    assert [f for k in kinds.KINDS for f in k.evaluate] == evaluate.FIELDS
    assert {k.field for k in kinds.KINDS if k.evaluate} == set(evaluate.SCORERS)


class Vehicle(Provenance):
    """A kind that no tool's code names."""

    id: str
    name: str
    wheels: int
    aliases: list[str] = []
    mentions: list[Span] = []


VEHICLES = Kind(
    "vehicles",
    Vehicle,
    "people",
    "vehicles",
    "vehicle_id",
    "Vehicles",
    (Mark("vehicle", "vehicle", "#123456", "#654321"),),
)


@pytest.fixture
def with_vehicles(monkeypatch: pytest.MonkeyPatch) -> dict[str, object]:
    monkeypatch.setattr(kinds, "KINDS", (*kinds.KINDS, VEHICLES))
    start = TEXT.index("Nacka kommun")
    mention = {"start": start, "end": start + 5, "text": TEXT[start : start + 5]}
    vehicle = {
        "id": "v1",
        "name": "Nacka-bussen",
        "wheels": 6,
        "aliases": ["bussen"],
        "mentions": [mention],
        "source": "press_vehicles",
        "confidence": 0.7,
    }
    return sample_record(vehicles=[vehicle])


def test_export_writes_a_table_for_a_new_kind(
    with_vehicles: dict[str, object], tmp_path: Path
) -> None:
    counts = export([with_vehicles], f"duckdb:{tmp_path / 'x.duckdb'}")
    assert counts["vehicles"] == 1
    with duckdb.connect(str(tmp_path / "x.duckdb"), read_only=True) as con:
        columns = [c for c, *_ in con.execute("DESCRIBE vehicles").fetchall()]
        rows = con.execute("SELECT * FROM vehicles").fetchall()
    assert columns == [
        "doc_id",
        "vehicle_id",
        "name",
        "wheels",
        "aliases",
        "mentions",
        "confidence",
        "source",
        "rule",
    ]
    assert rows == [
        (
            with_vehicles["doc_id"],
            "v1",
            "Nacka-bussen",
            6,
            ["bussen"],
            1,
            0.7,
            "press_vehicles",
            None,
        )
    ]


def test_report_shows_and_highlights_a_new_kind(with_vehicles: dict[str, object]) -> None:
    page = document_page(with_vehicles)
    assert "<h2>Vehicles</h2>" in page and "Nacka-bussen" in page
    assert 'class="k-vehicle" data-kind="vehicle" title="vehicle: Nacka-bussen' in page
    assert "mark.k-vehicle { background: #123456;" in page  # its colour
    assert kind_counts([with_vehicles])["vehicles"] == 1
    assert "<span>vehicles</span>" in index_page([with_vehicles], [], "x")
