"""scripts/check_corpus.py on a sample: all inputs accounted for, all records schema-valid."""

from __future__ import annotations

import json
import subprocess
import sys

from conftest import CORPUS, ROOT, require_shared

SCRIPT = ROOT / "scripts" / "check_corpus.py"


def test_check_corpus_on_a_sample_passes():
    require_shared()
    result = subprocess.run(
        [sys.executable, str(SCRIPT), "--limit", "300"], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "inputs 300, records 300, errors 0" in result.stdout


def test_check_corpus_fails_on_a_record_that_breaks_the_schema(tmp_path):
    require_shared()
    out = tmp_path / "out"
    sample = tmp_path / "sample.jsonl"
    with open(CORPUS, "rb") as f:
        sample.write_bytes(b"".join(next(f) for _ in range(5)))
    subprocess.run([sys.executable, "-m", "pipeline", "run", str(sample), "-o", str(out)])
    lines = (out / "records.jsonl").read_text().splitlines()
    broken = json.loads(lines[0])
    broken["published"] = "last tuesday"  # pydantic would refuse it too: the schema must
    lines[0] = json.dumps(broken)
    (out / "records.jsonl").write_text("\n".join(lines) + "\n")
    result = subprocess.run(
        [sys.executable, str(SCRIPT), "--corpus", str(sample), "--out", str(out)],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 1
    assert "$.published" in result.stdout and "1 failure(s)" in result.stdout
