"""Milliseconds per release spent in each pipeline component, over regeringen releases.

    .venv/bin/python bench/bench_components.py [--limit 500] [--warm 100]

One process, one document at a time (each pipe called on the Doc in turn), after a warm-up
that compiles the rules' patterns; prints the components from the slowest.
"""

from __future__ import annotations

import argparse
import collections
import itertools
import json
import sys
import time
from pathlib import Path

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
    spent: collections.Counter[str] = collections.Counter()
    for text in docs[args.warm :]:
        start = time.perf_counter()
        doc = nlp.make_doc(text)
        spent["make_doc"] += time.perf_counter() - start
        for name, pipe in nlp.pipeline:
            start = time.perf_counter()
            doc = pipe(doc)
            spent[name] += time.perf_counter() - start
    n = len(docs) - args.warm
    for name, seconds in spent.most_common():
        print(f"{name:30s} {seconds * 1000 / n:7.2f} ms/release")
    print(f"{'total':30s} {sum(spent.values()) * 1000 / n:7.2f} ms/release")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
