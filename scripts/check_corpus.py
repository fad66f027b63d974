#!/usr/bin/env python3
"""Run a JSONL corpus through `pressx run` and check the output whole.

Checks: records + errors = input documents, every input exactly once, every record valid
against the exported JSON Schema (jsonschema, independent of pydantic) and every error
line against the error schema. Prints counts and failures; exit status 1 on any failure.

    .venv/bin/python scripts/check_corpus.py                 # the regeringen corpus
    .venv/bin/python scripts/check_corpus.py --limit 500 --workers 2
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from collections import Counter
from itertools import islice
from pathlib import Path

import jsonschema

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpora" / "regeringen-pressmeddelanden.jsonl"
sys.path.insert(0, str(ROOT))

from pipeline.record.schema import ErrorRecord, json_schema  # noqa: E402


def sample(corpus: Path, limit: int | None, workdir: Path) -> tuple[Path, int]:
    """The corpus (or its first `limit` lines) and its number of documents."""
    if limit is None:
        with open(corpus, "rb") as f:
            return corpus, sum(1 for line in f if line.strip())
    path = workdir / corpus.name
    with open(corpus, "rb") as f:
        lines = list(islice(f, limit))
    path.write_bytes(b"".join(lines))
    return path, sum(1 for line in lines if line.strip())


def run(corpus: Path, out: Path, workers: int) -> int:
    command = [sys.executable, "-m", "pipeline", "run", str(corpus), "-o", str(out)]
    command += ["--workers", str(workers), "--quiet"]
    return subprocess.run(command, cwd=ROOT).returncode


def check(out: Path, n_inputs: int) -> list[str]:
    failures: list[str] = []
    records = jsonschema.Draft202012Validator(json_schema())
    errors = jsonschema.Draft202012Validator(ErrorRecord.model_json_schema())
    seen: Counter[tuple[str | None, int | None]] = Counter()
    kinds: Counter[str] = Counter()
    for name, validator in (("records.jsonl", records), ("errors.jsonl", errors)):
        path = out / name
        lines = path.read_bytes().splitlines() if path.exists() else []
        for number, line in enumerate(lines, start=1):
            try:
                item = json.loads(line)
            except ValueError as exc:
                failures.append(f"{name}:{number}: not JSON: {exc}")
                continue
            for error in validator.iter_errors(item):
                failures.append(f"{name}:{number}: {error.json_path}: {error.message[:200]}")
            seen[(item["source"]["path"], item["source"]["line"])] += 1
            kinds[item.get("error", "record")] += 1
    total = sum(seen.values())
    print(f"inputs {n_inputs}, records {kinds.pop('record', 0)}, errors {sum(kinds.values())}")
    for kind, n in kinds.most_common():
        print(f"  error {kind}: {n}")
    if total != n_inputs:
        failures.append(f"records + errors = {total}, but the input has {n_inputs} documents")
    failures += [f"{key} written {n} times" for key, n in seen.items() if n > 1]
    return failures


def main() -> int:
    args = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    args.add_argument("--corpus", type=Path, default=CORPUS)
    args.add_argument("--limit", type=int, help="only the first N lines")
    args.add_argument("--workers", type=int, default=2)
    args.add_argument("--out", type=Path, help="output directory (default: a temporary one)")
    opts = args.parse_args()
    with tempfile.TemporaryDirectory(prefix="check_corpus.") as tmp:
        corpus, n_inputs = sample(opts.corpus, opts.limit, Path(tmp))
        out = opts.out or Path(tmp) / "out"
        start = time.monotonic()
        status = run(corpus, out, opts.workers)
        print(f"run: exit status {status} in {time.monotonic() - start:.1f} s")
        failures = check(out, n_inputs) + ([f"run exit status {status}"] if status > 1 else [])
    for failure in failures[:50]:
        print("FAIL", failure)
    print(f"{len(failures)} failure(s)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
