"""The NER's CPU time a release with thinc's blis against numpy's OpenBLAS (one thread),
and whether both find the same entities.

    .venv/bin/python bench/bench_ner_ops.py [--limit 300] [--rounds 2]

CPU time (time.process_time), not wall time: the figures hold on a shared machine. The
rounds alternate blis and OpenBLAS on the same tokenised releases.
"""

from __future__ import annotations

import argparse
import itertools
import json
import sys
import time
from pathlib import Path

import spacy
from thinc.api import NumpyOps
from threadpoolctl import threadpool_limits

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from pipeline.language.resources import MODELS_DIR, SHARED_DIR  # noqa: E402  (after the path)

CORPUS = SHARED_DIR / "corpora" / "regeringen-pressmeddelanden.jsonl"
Entities = list[list[tuple[int, int, str]]]


def timed(nlp: spacy.Language, texts: list[str], blis: bool) -> tuple[float, Entities]:
    ner = nlp.get_pipe("ner")
    ops = NumpyOps(use_blis=blis)
    for node in ner.model.walk():
        node.ops = ops
    docs = [nlp.make_doc(text) for text in texts]
    start = time.process_time()
    found = [[(e.start, e.end, e.label_) for e in d.ents] for d in ner.pipe(docs, batch_size=32)]
    return time.process_time() - start, found


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--limit", type=int, default=300, help="releases")
    ap.add_argument("--rounds", type=int, default=2)
    args = ap.parse_args()
    threadpool_limits(limits=1, user_api="blas")
    nlp = spacy.load(MODELS_DIR / "ner")
    with CORPUS.open(encoding="utf-8") as lines:
        texts = [json.loads(line)["text"] for line in itertools.islice(lines, args.limit)]
    timed(nlp, texts[:20], blis=True)  # warm-up
    seconds = {True: 0.0, False: 0.0}
    entities: dict[bool, Entities] = {}
    for _ in range(args.rounds):
        for blis in (True, False):
            spent, entities[blis] = timed(nlp, texts, blis)
            seconds[blis] += spent
    per = {blis: s * 1000 / (args.rounds * len(texts)) for blis, s in seconds.items()}
    print(f"blis     {per[True]:6.2f} ms CPU/release")
    print(f"OpenBLAS {per[False]:6.2f} ms CPU/release")
    differ = sum(a != b for a, b in zip(entities[True], entities[False], strict=True))
    print(f"releases whose entities differ: {differ} of {len(texts)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
