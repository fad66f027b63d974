#!/usr/bin/env python3
"""Memory of one pipeline process as the corpus grows: RSS and vocabulary size every
1,000 releases. Flat figures mean a worker can run through any number of releases.

    .venv/bin/python bench/memory_curve.py              # the whole regeringen corpus
    .venv/bin/python bench/memory_curve.py --no-ner --limit 5000
"""

from __future__ import annotations

import argparse
import resource
import sys
from itertools import islice
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
CORPUS = ROOT.parent / "shared" / "corpora" / "regeringen-pressmeddelanden.jsonl"


def rss_mib() -> int:
    """Resident memory now (Linux /proc), in MiB."""
    pages = int(Path("/proc/self/statm").read_text().split()[1])
    return round(pages * resource.getpagesize() / 2**20)


def main() -> int:
    args = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    args.add_argument("--corpus", type=Path, default=CORPUS)
    args.add_argument("--limit", type=int, default=None, help="first N releases")
    args.add_argument("--no-ner", action="store_true", help="rules only (faster)")
    opts = args.parse_args()

    from pipeline.input.ingest import iter_documents
    from pipeline.language import nlp as press
    from pipeline.run.process import process

    nlp = press.load()
    if opts.no_ner and "ner" in nlp.pipe_names:
        nlp.disable_pipe("ner")
    docs = islice(iter_documents([str(opts.corpus)]), opts.limit)
    print("releases | rss_mib | vocab_strings")
    for i, _ in enumerate(process(docs, nlp), start=1):
        if i % 1000 == 0:
            print(f"{i} | {rss_mib()} | {len(nlp.vocab.strings)}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
