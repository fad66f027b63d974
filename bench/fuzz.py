#!/usr/bin/env python3
"""The fuzz corpus (bench/fuzz_corpus.py) through `process` on one core, timed per case.

Prints per case and size the seconds, the outcome (record or the error kind) and, with
`--stages`, the seconds of each stage (clean, tokenise, the spaCy components, assemble);
then the slowest cases. Each case runs in a supervised worker process with the limit
`--cap` (default 60 s), so a pathological case costs at most that; `--cap 0` runs in this
process with no limit. `--by-component` instead times each pipe on one Doc in this process
and prints per case the NER's seconds beside the slowest rule stage (a press_* component or
assembly), flagged when the rule stage costs more than the NER. Writes nothing but
`--json FILE` (e.g. under output/).

    .venv/bin/python bench/fuzz.py --sizes 10000,100000,1000000
    .venv/bin/python bench/fuzz.py --sizes 10000 --only run-dollar,genitive --stages
    .venv/bin/python bench/fuzz.py --sizes 10000,100000 --by-component
    .venv/bin/python bench/fuzz.py --sizes 10000 --run-check --timeout 5

`--run-check` is the issue's "done when": each case, one at a time in a supervised worker
under `--timeout`, must be a record within 2 s or a `timeout` error within the limit plus
a margin; then the corpus as one JSONL through `run --workers 1` and `--workers 2` with
that `--timeout` must give records + errors = inputs, every error a timeout. Exit status 1
when any of it fails.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "bench")]

from fuzz_corpus import cases, ordinary_release  # noqa: E402


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


# Stages that are not rules of ours: the slowest of the rest is compared with the NER.
NOT_RULES = ("clean", "tokenise", "sentencizer", "ner")


def slowest_rule(times: dict[str, float]) -> tuple[str, float]:
    """The rule stage (component or assembly) that took longest, and its seconds."""
    return max(((k, v) for k, v in times.items() if k not in NOT_RULES), key=lambda kv: kv[1])


def by_component(named: list[tuple[str, str]], size: int) -> list[dict[str, Any]]:
    """Per case: every stage's seconds, printed as the NER against the slowest rule stage."""
    rows = []
    stage_times(ordinary_release())  # the components load their rule data on first use
    for name, text in named:
        times = stage_times(text)
        rule, seconds = slowest_rule(times)
        ner = times.get("ner", 0.0)
        flag = "  RULE > NER" if seconds > ner else ""
        print(
            f"{name:22} {size:>9}  ner {ner:7.2f} s  {rule:20} {seconds:7.2f} s{flag}", flush=True
        )
        rows.append({"case": name, "size": size, "s": seconds, "rule": rule, "stages": times})
    return rows


RECORD_WITHIN = 2.0  # seconds: the target for a document that becomes a record
# Past the limit a timeout may take the watchdog's poll and the worker's replacement.
TIMEOUT_MARGIN = 2.0


def within_target(seconds: float, outcome: str, timeout: float) -> bool:
    if outcome == "record":
        return seconds <= RECORD_WITHIN
    return outcome == "error:timeout" and seconds <= timeout + TIMEOUT_MARGIN


def check_each(named: list[tuple[str, str]], size: int, timeout: float) -> bool:
    """Every case alone under the limit: a record within 2 s or a timeout in time."""
    timed = run_cases([("warm-up", "Kort text om Tyresö kommun.")] + named, timeout)[1:]
    ok = True
    for (name, _), (seconds, outcome) in zip(named, timed, strict=True):
        good = within_target(seconds, outcome, timeout)
        ok &= good
        verdict = "ok" if good else "MISSED"
        print(f"{name:22} {size:>9} {seconds:8.2f} s  {outcome:14} {verdict}", flush=True)
    return ok


def check_command_line(named: list[tuple[str, str]], workers: int, timeout: float) -> bool:
    """The cases as one JSONL corpus through `run`: one line out per document."""
    with tempfile.TemporaryDirectory() as tmp:
        corpus, out = Path(tmp) / "fuzz.jsonl", Path(tmp) / "out"
        lines = (json.dumps({"id": n, "text": t}) + "\n" for n, t in named)
        corpus.write_text("".join(lines), encoding="utf-8")
        command = [sys.executable, "-m", "pipeline", "run", str(corpus), "-o", str(out), "-q"]
        command += ["--workers", str(workers), "--timeout", str(timeout)]
        start = time.perf_counter()
        subprocess.run(command, cwd=ROOT, check=False, capture_output=True)
        took = time.perf_counter() - start
        records = (out / "records.jsonl").read_text(encoding="utf-8").splitlines()
        errors = [json.loads(line)["error"] for line in (out / "errors.jsonl").open()]
    kinds = ", ".join(f"{errors.count(k)} {k}" for k in sorted(set(errors))) or "none"
    ok = len(records) + len(errors) == len(named) and set(errors) <= {"timeout"}
    print(
        f"run --workers {workers} --timeout {timeout:g}: {len(named)} inputs, "
        f"{len(records)} records, {len(errors)} errors ({kinds}) in {took:.1f} s: "
        + ("records + errors = inputs" if ok else "MISSED"),
        flush=True,
    )
    return ok


def run_check(sizes: list[int], only: set[str], timeout: float) -> int:
    ok = True
    for size in sizes:
        named = [(n, t) for n, t in cases(size) if not only or n in only]
        ok &= check_each(named, size, timeout)
        for workers in (1, 2):
            ok &= check_command_line(named, workers, timeout)
    print("done-when check:", "met" if ok else "NOT met")
    return 0 if ok else 1


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10000,100000,1000000", help="characters per case")
    parser.add_argument("--only", default="", help="comma-separated case names")
    parser.add_argument("--cap", type=float, default=60.0, help="seconds per case (0: none)")
    parser.add_argument("--stages", action="store_true", help="time each stage in-process")
    parser.add_argument(
        "--by-component", action="store_true", help="NER against the slowest rule stage"
    )
    parser.add_argument("--run-check", action="store_true", help="the issue's done-when check")
    parser.add_argument("--timeout", type=float, default=5.0, help="--run-check's limit (s)")
    parser.add_argument("--slowest", type=int, default=10)
    parser.add_argument("--json", type=Path, help="write the results here (e.g. output/)")
    args = parser.parse_args(argv)
    only = set(filter(None, args.only.split(",")))
    from pipeline.language import nlp as nlp_module

    nlp_module.load()  # loaded once; the supervised workers inherit it
    if args.run_check:
        return run_check([int(s) for s in args.sizes.split(",")], only, args.timeout)
    results = []
    for size in (int(s) for s in args.sizes.split(",")):
        named = [(n, t) for n, t in cases(size) if not only or n in only]
        if args.by_component:
            results += by_component(named, size)
            continue
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
        what = row["rule"] if args.by_component else row["outcome"]
        print(f"{row['case']:22} {row['size']:>9} {row['s']:8.2f} s  {what}")
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(results, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
