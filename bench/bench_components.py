"""Milliseconds per release spent in each pipeline component, over regeringen releases.

    .venv/bin/python bench/bench_components.py [--limit 500] [--warm 100]

One process, one document at a time (each pipe called on the Doc in turn), after a warm-up
that compiles the rules' patterns; prints the components from the slowest, in wall-clock
and CPU milliseconds (time.process_time: the figure to compare on a shared machine, where
wall time counts the waits for a core).
"""

from __future__ import annotations

import argparse
import collections
import itertools
import json
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from pipeline.input.clean import clean  # noqa: E402  (after the path)
from pipeline.language import nlp as nlp_module  # noqa: E402
from pipeline.language.resources import SHARED_DIR  # noqa: E402

CORPUS = SHARED_DIR / "corpora" / "regeringen-pressmeddelanden.jsonl"


def texts(n: int) -> list[str]:
    with CORPUS.open(encoding="utf-8") as lines:
        return [clean(json.loads(line)["text"]).text for line in itertools.islice(lines, n)]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--limit", type=int, default=500, help="releases timed")
    ap.add_argument("--warm", type=int, default=100, help="releases run first, untimed")
    args = ap.parse_args()
    nlp = nlp_module.load()
    docs = texts(args.warm + args.limit)
    for text in docs[: args.warm]:
        nlp(text)
    wall: collections.Counter[str] = collections.Counter()
    cpu: collections.Counter[str] = collections.Counter()
    for text in docs[args.warm :]:
        doc = _timed("make_doc", nlp.make_doc, text, wall, cpu)
        for name, pipe in nlp.pipeline:
            doc = _timed(name, pipe, doc, wall, cpu)
    n = len(docs) - args.warm
    print(f"{'component':30s} {'wall ms':>8s} {'CPU ms':>8s}  (a release)")
    for name, _ in cpu.most_common():
        print(f"{name:30s} {wall[name] * 1000 / n:8.2f} {cpu[name] * 1000 / n:8.2f}")
    rules = [name for name in cpu if name.startswith("press_")]
    for label, names in (("press_* (rules, resolution)", rules), ("total", list(cpu))):
        print(
            f"{label:30s} {sum(wall[k] for k in names) * 1000 / n:8.2f}"
            f" {sum(cpu[k] for k in names) * 1000 / n:8.2f}"
        )
    return 0


def _timed(name: str, step: Any, arg: Any, wall: Counter, cpu: Counter) -> Any:
    """step(arg), its wall and CPU seconds added to the counters under `name`."""
    start, start_cpu = time.perf_counter(), time.process_time()
    out = step(arg)
    wall[name] += time.perf_counter() - start
    cpu[name] += time.process_time() - start_cpu
    return out


if __name__ == "__main__":
    raise SystemExit(main())
