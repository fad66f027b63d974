#!/usr/bin/env python3
"""Throughput, memory and latency of the pipeline on the regeringen corpus.

Prints a table and writes it as JSON. Rows: the tokenizer alone and the NER alone
(in-process, on cleaned texts), and the full command line (`pressx run`, as a user runs
it: start-up, ingest and writing included) with 1 and 2 workers, twice the second with a
quarter of the documents to show whether memory stays flat as the corpus grows.

    .venv/bin/python bench/bench.py --limit 4000 [--json output/bench.json]

The JSON goes to output/bench.json (ignored by git) or the path given, never to a file
git tracks: bench/results.json holds the figures the README quotes, and is updated by
hand when they are remeasured.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from itertools import islice
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from pipeline.language.resources import MODELS_DIR, SHARED_DIR  # noqa: E402  (after the path)

CORPUS = SHARED_DIR / "corpora" / "regeringen-pressmeddelanden.jsonl"
NER = MODELS_DIR / "ner"
OUTPUT = ROOT / "output" / "bench.json"

TARGETS = {
    "docs_per_min_2_workers": 2500,
    "peak_mib": 1024,
    "first_record_s": 3.0,
    "full_vs_ner": 0.5,
}


def load_lines(corpus: Path, limit: int) -> list[bytes]:
    with open(corpus, "rb") as f:
        return [line for line in islice(f, limit) if line.strip()]


def cleaned_texts(lines: list[bytes]) -> list[str]:
    from pipeline.input.clean import clean

    return [clean(json.loads(line)["text"]).text for line in lines]


def timed_pipe(name: str, pipe: Any, texts: list[str]) -> dict[str, Any]:
    start = time.perf_counter()
    for _ in pipe(texts):
        pass
    seconds = time.perf_counter() - start
    return row(name, len(texts), sum(len(t.split()) for t in texts), seconds)


def row(name: str, docs: int, words: int, seconds: float, **extra: Any) -> dict[str, Any]:
    return {
        "name": name,
        "docs": docs,
        "seconds": round(seconds, 2),
        "docs_per_s": round(docs / seconds, 1),
        "words_per_s": round(words / seconds),
        **extra,
    }


def tree_memory(pid: int) -> tuple[int, int]:
    """(RSS, PSS) in bytes of a process and all its descendants, from /proc."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                stat = Path(f"/proc/{entry}/stat").read_text()
            except OSError:
                continue
            ppid = int(stat.rsplit(")", 1)[1].split()[1])
            children.setdefault(ppid, []).append(int(entry))
    rss = pss = 0
    todo = [pid]
    while todo:
        p = todo.pop()
        todo += children.get(p, [])
        rss_p, pss_p = _memory_of(p)
        rss, pss = rss + rss_p, pss + pss_p
    return rss, pss


def _memory_of(pid: int) -> tuple[int, int]:
    try:
        rollup = Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines()
    except OSError:
        return 0, 0
    fields = {line.split(":")[0]: int(line.split()[1]) * 1024 for line in rollup[1:]}
    return fields.get("Rss", 0), fields.get("Pss", 0)


def run_cli(lines: list[bytes], workers: int, name: str) -> dict[str, Any]:
    """The command line over the lines, polled for its first record and its memory."""
    with tempfile.TemporaryDirectory(prefix="bench.") as tmp:
        sample, out = Path(tmp) / "sample.jsonl", Path(tmp) / "out"
        sample.write_bytes(b"".join(lines))
        records = out / "records.jsonl"
        command = [sys.executable, "-m", "pipeline", "run", str(sample), "-o", str(out)]
        start = time.perf_counter()
        proc = subprocess.Popen([*command, "--workers", str(workers), "--quiet"], cwd=ROOT)
        first = None
        peak_rss = peak_pss = 0
        polls = 0
        while proc.poll() is None:
            if first is None and records.exists() and records.stat().st_size:
                first = time.perf_counter() - start
            if polls % 5 == 0:  # every 0.1 s: reading /proc costs CPU the run itself needs
                rss, pss = tree_memory(proc.pid)
                peak_rss, peak_pss = max(peak_rss, rss), max(peak_pss, pss)
            polls += 1
            time.sleep(0.02)
        seconds = time.perf_counter() - start
        written = sum(len(p.read_bytes().splitlines()) for p in (records, out / "errors.jsonl"))
    words = sum(len(json.loads(line)["text"].split()) for line in lines)
    return row(
        name,
        written,
        words,
        seconds,
        first_record_s=None if first is None else round(first, 2),
        # after the first record: throughput without the start-up (imports, model load)
        steady_docs_per_s=None if first is None else round(written / (seconds - first), 1),
        peak_rss_mib=round(peak_rss / 2**20),
        peak_pss_mib=round(peak_pss / 2**20),
    )


def measure(lines: list[bytes], ner: Path) -> list[dict[str, Any]]:
    from pipeline.language import nlp

    texts = cleaned_texts(lines)
    rows = [timed_pipe("tokenizer", nlp.load().tokenizer.pipe, texts)]
    if (ner / "meta.json").exists():
        import spacy

        rows.append(timed_pipe("ner", spacy.load(ner).pipe, texts))
    else:
        rows.append({"name": "ner", "docs": 0, "note": "n/a: models/ner not trained yet"})
    rows.append(run_cli(lines, 1, "full, 1 worker"))
    rows.append(run_cli(lines, 2, "full, 2 workers"))
    rows.append(run_cli(lines[: len(lines) // 4], 2, "full, 2 workers, 1/4 corpus"))
    return rows


def verdicts(rows: list[dict[str, Any]]) -> dict[str, Any]:
    by = {r["name"]: r for r in rows}
    two = by["full, 2 workers"]
    ner = by["ner"].get("docs_per_s")
    full = by["full, 1 worker"]["docs_per_s"]
    peak = max(r.get("peak_rss_mib", 0) for r in rows)
    return {
        "docs_per_min_2_workers": [round(two["docs_per_s"] * 60), two["docs_per_s"] * 60 >= 2500],
        "peak_rss_mib": [peak, peak <= TARGETS["peak_mib"]],
        "first_record_s": [
            two["first_record_s"],
            two["first_record_s"] is not None and two["first_record_s"] <= 3.0,
        ],
        "full_vs_ner": [None, None] if not ner else [round(full / ner, 2), full / ner >= 0.5],
    }


def table(rows: list[dict[str, Any]]) -> str:
    columns = ["name", "docs", "seconds", "docs_per_s", "words_per_s", "first_record_s"]
    columns += ["steady_docs_per_s"]
    columns += ["peak_rss_mib", "peak_pss_mib"]
    out = [" | ".join(columns), " | ".join("---" for _ in columns)]
    for r in rows:
        out.append(
            " | ".join(str(r.get(c, r.get("note", "")) if c != "name" else r[c]) for c in columns)
        )
    return "\n".join(out)


def main() -> int:
    args = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    args.add_argument("--corpus", type=Path, default=CORPUS)
    args.add_argument("--limit", type=int, default=4000, help="first N lines (default 4000)")
    args.add_argument(
        "--json", type=Path, default=OUTPUT, help="where the figures go (default output/bench.json)"
    )
    args.add_argument("--ner", type=Path, default=NER, help="the NER model (default models/ner)")
    opts = args.parse_args()
    if tracked(opts.json):
        print(f"bench: {opts.json} is tracked by git; give a path under output/", file=sys.stderr)
        return 2
    lines = load_lines(opts.corpus, opts.limit)
    rows = measure(lines, opts.ner)
    result = {
        "corpus": str(opts.corpus),
        "limit": opts.limit,
        "cpus": os.cpu_count(),
        "rows": rows,
        "targets": verdicts(rows),
    }
    print(table(rows))
    print(json.dumps(result["targets"]))
    opts.json.parent.mkdir(parents=True, exist_ok=True)
    opts.json.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(f"figures -> {opts.json}", file=sys.stderr)
    return 0


def tracked(path: Path) -> bool:
    """A file git tracks in this checkout (figures of a run must not overwrite it)."""
    found = subprocess.run(
        ["git", "-C", str(ROOT), "ls-files", "--error-unmatch", str(path.resolve())],
        capture_output=True,
    )
    return found.returncode == 0


if __name__ == "__main__":
    sys.exit(main())
