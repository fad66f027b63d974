"""Resume: a run killed at any moment is completed by the next, every input exactly once."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from itertools import islice
from pathlib import Path

import pytest
from conftest import CORPUS

from pipeline.run.resume import done_keys, key_of, repair

ROOT = Path(__file__).resolve().parent.parent


def _sample(path: Path, n: int) -> Path:
    if not CORPUS.exists():
        pytest.skip("../shared corpus is not beside the checkout")
    with open(CORPUS, "rb") as f:
        lines = list(islice(f, n))
    lines[7] = b'{"id": "bad", "text": null}\n'  # errors must resume too
    lines[150] = b"{not json\n"
    path.write_bytes(b"".join(lines))
    return path


def _run(sample: Path, out: Path, *extra: str) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "pipeline", "run", str(sample), "-o", str(out), *extra],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,  # its own process group: the kill takes the workers too
        cwd=ROOT,
    )


def _lines(out: Path) -> list[dict]:
    text = b"".join((out / name).read_bytes() for name in ("records.jsonl", "errors.jsonl"))
    return [json.loads(line) for line in text.splitlines()]  # every line valid JSON


@pytest.mark.parametrize("workers", ["1", "2"])
def test_sigkill_mid_run_then_resume_gives_every_input_once(tmp_path, workers):
    n = 1000  # enough that the kill lands mid-run even on a fast machine
    sample = _sample(tmp_path / "sample.jsonl", n)
    out = tmp_path / "out"
    first = _run(sample, out, "--workers", workers)
    records = out / "records.jsonl"
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and first.poll() is None:
        if records.exists() and records.stat().st_size > 200_000:
            break
        time.sleep(0.01)
    os.killpg(first.pid, signal.SIGKILL)
    assert first.wait() == -signal.SIGKILL, "the run ended before it could be killed"
    done_before = (out / "records.jsonl").read_bytes().count(b"\n")
    assert 0 < done_before < n
    with open(records, "ab") as f:  # what a kill in the middle of a write leaves
        f.write(b'{"schema_version": "1.0", "doc_id": "torn", "sou')

    second = _run(sample, out, "--workers", workers)
    assert second.wait(timeout=300) == 1  # two inputs are errors

    outcomes = _lines(out)
    lines = sorted(o["source"]["line"] for o in outcomes)
    assert lines == list(range(1, n + 1))
    assert {o["source"]["line"] for o in outcomes if "error" in o} == {8, 151}


def test_rerun_of_a_complete_output_does_nothing(tmp_path):
    sample = _sample(tmp_path / "sample.jsonl", 160)
    out = tmp_path / "out"
    assert _run(sample, out).wait(timeout=300) == 1
    before = {name: (out / name).read_bytes() for name in ("records.jsonl", "errors.jsonl")}
    assert _run(sample, out).wait(timeout=300) == 1
    assert {name: (out / name).read_bytes() for name in before} == before


def test_repair_cuts_only_a_torn_last_line(tmp_path):
    path = tmp_path / "records.jsonl"
    good = b'{"source": {"path": "a.txt", "line": null, "sha256": "ab"}}\n' * 3
    path.write_bytes(good + b'{"source": {"path": "b.t')
    assert repair(path) == len(b'{"source": {"path": "b.t')
    assert path.read_bytes() == good
    assert repair(path) == 0  # a sound file is left alone
    path.write_bytes(b'{"source": {"pa')
    repair(path)
    assert path.read_bytes() == b""


def test_done_keys_read_the_source_of_records_and_errors(tmp_path):
    record = {
        "schema_version": "1.0",
        "doc_id": "x",
        "source": {"path": "p.jsonl", "line": 3, "sha256": "f0"},
        "text": 'Regeringen har i dag beslutat ... "source": {}',
    }
    error = {
        "source": {"path": "q.txt", "line": None, "sha256": None},
        "error": "empty",
        "message": "the input is empty",
    }
    (tmp_path / "r.jsonl").write_text(json.dumps(record, separators=(",", ":")) + "\n")
    (tmp_path / "e.jsonl").write_text(json.dumps(error) + "\n")
    keys = done_keys([tmp_path / "r.jsonl", tmp_path / "e.jsonl", tmp_path / "missing.jsonl"])
    assert keys == {key_of(record["source"]), key_of(error["source"])}


def test_records_of_another_version_are_refused_then_redone_with_force(tmp_path, capsys):
    """A rerun after the rules changed never keeps old records in silence."""
    import json

    from pipeline.cli import main

    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text("Anna Berg, socialchef i Tyresö kommun, säger hej.\n")
    out = tmp_path / "out"
    assert main(["run", str(src), "-o", str(out), "-q"]) == 0
    first = json.loads((out / "records.jsonl").read_text())
    assert first["produced_by"]["rules"] and first["text_sha256"]
    # the same records made by another rule version
    first["produced_by"]["rules"] = "older"
    (out / "records.jsonl").write_text(json.dumps(first) + "\n")
    assert main(["run", str(src), "-o", str(out), "-q"]) == 2
    assert "another version" in capsys.readouterr().err
    assert main(["run", str(src), "-o", str(out), "-q", "--force"]) == 0
    lines = (out / "records.jsonl").read_text().splitlines()
    assert len(lines) == 1 and json.loads(lines[0])["produced_by"]["rules"] != "older"


def test_doc_id_is_unique_per_source_and_text_sha256_finds_duplicates(tmp_path):
    import json

    from pipeline.cli import main

    src = tmp_path / "in"
    src.mkdir()
    for name in ("a.txt", "b.txt"):
        (src / name).write_text("Samma text i två filer.\n")
    out = tmp_path / "out"
    assert main(["run", str(src), "-o", str(out), "-q"]) == 0
    records = [json.loads(line) for line in (out / "records.jsonl").read_text().splitlines()]
    assert len({r["doc_id"] for r in records}) == 2
    assert len({r["text_sha256"] for r in records}) == 1


def test_error_lines_a_record_superseded_before_a_kill_are_dropped_on_open(tmp_path):
    """A run killed after a retried document's record but before errors.jsonl was
    rewritten: the next open keeps one line per input place, the record."""
    from pipeline.run.write import Writer

    def line(path: str, row: int | None, sha: str | None, **rest: str) -> str:
        return json.dumps({"source": {"path": path, "line": row, "sha256": sha}, **rest}) + "\n"

    out = tmp_path / "out"
    out.mkdir()
    (out / "records.jsonl").write_text(line("big.txt", None, "ab", doc_id="x"))
    (out / "errors.jsonl").write_text(
        line("big.txt", None, None, error="too_large", message="")  # superseded by the record
        + line("c.jsonl", 4, "01", error="timeout", message="")  # superseded by the next
        + line("c.jsonl", 4, "01", error="empty", message="")
        + line("d.txt", None, "02", error="empty", message="")
    )
    with Writer(out) as writer:
        assert writer.superseded == 2
    errors = [json.loads(x) for x in (out / "errors.jsonl").read_text().splitlines()]
    assert [(e["source"]["path"], e["error"]) for e in errors] == [
        ("c.jsonl", "empty"),
        ("d.txt", "empty"),
    ]
    assert sorted(p.name for p in out.iterdir()) == ["errors.jsonl", "records.jsonl"]
