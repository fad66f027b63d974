"""NER throughput alone (one process) over the first N regeringen press releases.

python bench/bench_ner.py [--model models/ner] [-n 1000] [--json out.json]
"""

from __future__ import annotations

import argparse
import json
import time
from itertools import islice
from pathlib import Path

import spacy

from pipeline.language.resources import SHARED_DIR

CORPUS = SHARED_DIR / "corpora" / "regeringen-pressmeddelanden.jsonl"


def load_texts(path: Path, n: int) -> list[str]:
    with path.open(encoding="utf-8") as f:
        return [json.loads(line)["text"] for line in islice(f, n)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", type=Path, default=Path("models/ner"))
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("-n", type=int, default=1000, help="number of texts")
    parser.add_argument("--batch-size", type=int, default=64)
    parser.add_argument("--json", type=Path, help="also write the figures here")
    args = parser.parse_args(argv)

    nlp = spacy.load(args.model)
    texts = load_texts(args.corpus, args.n)
    # Tokenize outside the timed loop: the figure is for the NER component alone.
    docs = [nlp.make_doc(text) for text in texts]
    words = sum(len(doc) for doc in docs)
    ner = nlp.get_pipe("ner")
    start = time.perf_counter()
    ents = sum(len(doc.ents) for doc in ner.pipe(docs, batch_size=args.batch_size))
    seconds = time.perf_counter() - start
    result = {
        "model": str(args.model),
        "docs": len(docs),
        "words": words,
        "entities": ents,
        "seconds": round(seconds, 2),
        "words_per_s": round(words / seconds),
        "docs_per_s": round(len(docs) / seconds, 1),
    }
    print(json.dumps(result, indent=2))
    if args.json:
        args.json.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
