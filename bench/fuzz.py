#!/usr/bin/env python3
"""The fuzz corpus (bench/fuzz_corpus.py) through `process` on one core, timed per case.

Prints per case and size the seconds, the outcome (record or the error kind) and, with
`--stages`, the seconds of each stage (clean, tokenise, the spaCy components, assemble);
then the slowest cases. Each case runs in a supervised worker process with the limit
`--cap` (default 60 s), so a pathological case costs at most that; `--cap 0` runs in this
process with no limit. Writes nothing but `--json FILE` (e.g. under output/).

    .venv/bin/python bench/fuzz.py --sizes 10000,100000,1000000
    .venv/bin/python bench/fuzz.py --sizes 10000 --only run-dollar,genitive --stages
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "bench")]

from fuzz_corpus import cases  # noqa: E402


def outcome_kind(outcome: Any) -> str:
    from pipeline.record.schema import ErrorRecord

    return f"error:{outcome.error}" if isinstance(outcome, ErrorRecord) else "record"


def run_cases(named: list[tuple[str, str]], cap: float) -> list[tuple[float, str]]:
    """Seconds and outcome of each document through `process`: in one supervised worker
    with the limit `cap`, a document at a time (the time between two outcomes is the
    second's), or in this process when `cap` is 0."""
    from pipeline.input.ingest import RawDocument, sha256
    from pipeline.run.parallel import run_parallel
    from pipeline.run.process import process

    raws = [RawDocument(text=t, path=n, sha256=sha256(t.encode())) for n, t in named]
    if cap:
        outcomes = run_parallel(raws, workers=1, timeout=cap, chunk_size=1)
    else:
        outcomes = (outcome for raw in raws for outcome in process([raw]))
    results, start = [], time.perf_counter()
    for outcome in outcomes:
        now = time.perf_counter()
        results.append((now - start, outcome_kind(outcome)))
        start = now
    return results


def stage_times(text: str) -> dict[str, float]:
    """Seconds of each stage of one document, in this process."""
    from pipeline.input.clean import clean
    from pipeline.language import nlp as nlp_module
    from pipeline.language.spans import keep_text
    from pipeline.record.assemble import to_record

    nlp = nlp_module.load()
    times: dict[str, float] = {}
    start = time.perf_counter()
    cleaned = clean(text).text
    times["clean"] = time.perf_counter() - start
    start = time.perf_counter()
    doc = nlp.make_doc(cleaned)
    keep_text(doc, cleaned)
    doc._.metadata = {}
    times["tokenise"] = time.perf_counter() - start
    for name, component in nlp.pipeline:
        start = time.perf_counter()
        doc = component(doc)
        times[name] = time.perf_counter() - start
    start = time.perf_counter()
    to_record(doc, {"path": None, "line": None, "sha256": "0"}, title=None, published=None)
    times["assemble"] = time.perf_counter() - start
    return times


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10000,100000,1000000", help="characters per case")
    parser.add_argument("--only", default="", help="comma-separated case names")
    parser.add_argument("--cap", type=float, default=60.0, help="seconds per case (0: none)")
    parser.add_argument("--stages", action="store_true", help="time each stage in-process")
    parser.add_argument("--slowest", type=int, default=10)
    parser.add_argument("--json", type=Path, help="write the results here (e.g. output/)")
    args = parser.parse_args(argv)
    only = set(filter(None, args.only.split(",")))
    from pipeline.language import nlp as nlp_module

    nlp_module.load()  # loaded once; the supervised workers inherit it
    results = []
    for size in (int(s) for s in args.sizes.split(",")):
        named = [(n, t) for n, t in cases(size) if not only or n in only]
        # the first outcome waits for the worker to start: a short text takes that wait
        timed = run_cases([("warm-up", "Kort text om Tyresö kommun.")] + named, args.cap)[1:]
        for (name, text), (seconds, outcome) in zip(named, timed, strict=True):
            row: dict[str, Any] = {"case": name, "size": size, "s": seconds, "outcome": outcome}
            line = f"{name:22} {size:>9} {seconds:8.2f} s  {outcome}"
            if args.stages:
                row["stages"] = stage_times(text)
                line += "  " + " ".join(f"{k}={v:.2f}" for k, v in row["stages"].items())
            print(line, flush=True)
            results.append(row)
    print(f"\nslowest {args.slowest}:")
    for row in sorted(results, key=lambda r: -r["s"])[: args.slowest]:
        print(f"{row['case']:22} {row['size']:>9} {row['s']:8.2f} s  {row['outcome']}")
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(results, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
