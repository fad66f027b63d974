"""CPU profile of `run`'s work on JSONL corpora, in one process, outside the worker pool.

    .venv/bin/python bench/profile_run.py CORPUS.jsonl... [--limit 500] [--top 40]
        [--sort tottime,cumulative] [--no-ner] [--stats FILE]

Each corpus' first `--limit` lines go through what a worker and the parent do for each
document: ingest, `process` (clean, nlp.pipe, assemble), the pickling that carries an
outcome back from a worker, and the JSON line the writer appends. Prints CPU seconds
(time.process_time, not wall time: the machine is shared) per release for each phase, then
cProfile's top functions, outside the NER's own code unless asked for. `--stats FILE` keeps
the raw profile for pstats or snakeviz.
"""

from __future__ import annotations

import argparse
import cProfile
import itertools
import pickle
import pstats
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from pipeline.input.ingest import iter_documents  # noqa: E402  (after the path)
from pipeline.language import nlp as nlp_module  # noqa: E402
from pipeline.run.process import process  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpora", nargs="+", help="JSONL corpora")
    ap.add_argument("--limit", type=int, default=500, help="lines read from each corpus")
    ap.add_argument("--top", type=int, default=40, help="functions printed per sort")
    ap.add_argument("--sort", default="tottime,cumulative", help="pstats sort keys")
    ap.add_argument("--no-ner", action="store_true", help="run without the NER pipe")
    ap.add_argument("--stats", help="write the raw profile here")
    args = ap.parse_args()
    started = time.process_time()
    nlp = nlp_module.load()
    if args.no_ner and "ner" in nlp.pipe_names:
        nlp.remove_pipe("ner")
    print(f"load: {time.process_time() - started:.2f} s CPU")
    docs = [d for c in args.corpora for d in itertools.islice(iter_documents([c]), args.limit)]
    list(process(docs[:20], nlp))  # warm-up: compiles the rules' patterns
    profile = cProfile.Profile(time.process_time)  # CPU time: the machine is shared
    spent = dict.fromkeys(("process", "pickle", "json"), 0.0)
    profile.enable()
    for outcome in _timed(process(docs, nlp, ramp_up=False), spent):
        start = time.process_time()
        pickle.loads(pickle.dumps(outcome))
        middle = time.process_time()
        outcome.model_dump_json()
        spent["pickle"] += middle - start
        spent["json"] += time.process_time() - middle
    profile.disable()
    for phase, seconds in spent.items():
        print(f"{phase:10s} {seconds * 1000 / len(docs):7.2f} ms CPU/release (under cProfile)")
    stats = pstats.Stats(profile)
    if args.stats:
        stats.dump_stats(args.stats)
    for key in args.sort.split(","):
        stats.sort_stats(key).print_stats(args.top)
    return 0


def _timed(outcomes, spent):  # type: ignore[no-untyped-def]
    """The outcomes, the CPU time spent making each added to spent["process"]."""
    while True:
        start = time.process_time()
        outcome = next(outcomes, None)
        spent["process"] += time.process_time() - start
        if outcome is None:
            return
        yield outcome


if __name__ == "__main__":
    raise SystemExit(main())
