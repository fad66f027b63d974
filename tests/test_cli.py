"""The command line: -v/-q anywhere, the pipeline's own log, the progress total,
--min-confidence."""

from __future__ import annotations

import json
import logging
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from pipeline import extract
from pipeline.cli import configure_logging, main, parser
from pipeline.record.confidence import at_least
from pipeline.run.progress import Progress, count_documents

ROOT = Path(__file__).resolve().parent.parent
RELEASE = (
    "Fler fältassistenter i Tyresö\n\n"
    "Tyresö kommun satsar 2,5 miljoner kronor på fältassistenter.\n\n"
    "– Vi vill finnas där ungdomarna är, säger Anna Berg (S), ordförande i socialnämnden.\n\n"
    "Kontakt: Anna Berg, 08-578 291 00, anna.berg@tyreso.se\n"
)


def test_verbose_and_quiet_are_read_before_or_after_the_subcommand() -> None:
    assert parser().parse_args(["report", "r.jsonl", "-v"]).verbose == 1
    assert parser().parse_args(["-v", "report", "r.jsonl"]).verbose == 1
    assert parser().parse_args(["export", "r.jsonl", "--to", "duckdb:x", "-vv"]).verbose == 2
    assert parser().parse_args(["-q", "schema"]).quiet
    assert parser().parse_args(["evaluate", "--gold", "seeds", "-q"]).quiet
    assert not parser().parse_args(["run", "x"]).quiet


def test_verbose_logs_the_pipeline_and_keeps_libraries_at_warning() -> None:
    configure_logging(2, quiet=False)
    assert logging.getLogger("pipeline.cli").isEnabledFor(logging.DEBUG)
    assert not logging.getLogger("spacy").isEnabledFor(logging.INFO)
    assert not logging.getLogger("urllib3.connectionpool").isEnabledFor(logging.INFO)
    configure_logging(0, quiet=True)
    assert not logging.getLogger("pipeline.cli").isEnabledFor(logging.WARNING)
    configure_logging(0, quiet=False)


def test_verbose_after_run_gives_the_pipelines_info_lines_on_stderr(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(RELEASE)
    command = [sys.executable, "-m", "pipeline", "run", str(tmp_path / "in"), "-o"]
    done = subprocess.run(
        [*command, str(tmp_path / "out"), "-v"], cwd=ROOT, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    info = [line for line in done.stderr.splitlines() if line.startswith("INFO ")]
    assert "INFO pipeline.cli: 1 documents found in 1 input(s)" in info[0]
    assert "1 records and 0 errors written in" in info[-1]
    assert not [line for line in done.stderr.splitlines() if line.startswith("DEBUG")]


def test_progress_total_is_counted_for_a_directory_and_unknown_for_stdin(
    tmp_path: Path,
) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "a.txt").write_text(RELEASE)
    (tmp_path / "sub" / "b.html").write_text("<p>x</p>")
    (tmp_path / "sub" / "notes.pdf").write_bytes(b"%PDF")  # a broken PDF: one error line
    lines = [json.dumps({"text": "x"}), "", "not json", json.dumps({"text": "y"})]
    (tmp_path / "corpus.jsonl").write_text("\n".join(lines))  # no newline at the end
    assert count_documents([str(tmp_path)]) == 3 + 3  # blank lines are no documents
    assert count_documents([str(tmp_path / "a.txt"), "-"]) is None
    with Progress(enabled=True, total=4) as progress:
        progress.update(errors=0)
        assert "25%" in progress.text and "1/4" in progress.text


SCORED = ("organizations", "people", "contacts", "amounts", "interventions", "quotes", "dates")


def scored(record: Any) -> list[Any]:
    """Every scored item of a record (a Record or its JSON)."""
    if isinstance(record, dict):
        return [i for f in SCORED for i in record[f]]
    return [i for f in SCORED for i in getattr(record, f)]


def test_min_confidence_drops_low_scored_items_and_keeps_offsets(tmp_path: Path) -> None:
    full = extract(RELEASE)
    scores = sorted({i.confidence for i in scored(full)})
    threshold = scores[len(scores) // 2]
    kept = at_least(full, threshold)
    assert scored(kept) and all(i.confidence >= threshold for i in scored(kept))
    assert len(scored(kept)) < len(scored(full))
    assert kept.text == full.text
    spans = {(i.span.start, i.span.end) for i in full.contacts + full.amounts + full.quotes}
    assert {(i.span.start, i.span.end) for i in kept.contacts + kept.amounts} <= spans
    # no reference to a left-out organization or person remains
    org_ids, person_ids = {o.id for o in kept.organizations}, {p.id for p in kept.people}
    assert all(p.organization_id in org_ids | {None} for p in kept.people)
    assert all(c.person_id in person_ids | {None} for c in kept.contacts)
    type(kept).model_validate(kept.model_dump())  # still a valid record

    src = tmp_path / "a.txt"
    src.write_text(RELEASE)
    out = tmp_path / "out"
    argv = ["run", str(src), "-o", str(out), "-q", "--min-confidence", str(threshold)]
    assert main(argv) == 0
    record = json.loads((out / "records.jsonl").read_text())
    assert [i["confidence"] for i in scored(record)] == [i.confidence for i in scored(kept)]


@pytest.mark.parametrize("value", ["-0.1", "1.5", "high"])
def test_min_confidence_outside_zero_to_one_is_a_usage_error(value: str) -> None:
    with pytest.raises(SystemExit) as exit_:
        parser().parse_args(["run", "x", "--min-confidence", value])
    assert exit_.value.code == 2
