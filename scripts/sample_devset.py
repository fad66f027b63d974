"""Sample the held-out dev set: 24 regeringen releases, fixed seed.

Usage: python3 scripts/sample_devset.py [corpus.jsonl] [outdir]
"""

import json
import random
import sys
from pathlib import Path

from pipeline.resources import SHARED_DIR
from pipeline.training.silver import slug  # the file names of dev/ and dev2/

DEFAULT_CORPUS = SHARED_DIR / "corpora" / "regeringen-pressmeddelanden.jsonl"
CORPUS = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_CORPUS
OUT = Path(sys.argv[2] if len(sys.argv) > 2 else "dev/releases")
N = 24
SEED = 2026

QUOTE = ("säger",)
AMOUNT = ("kronor", "miljoner", "procent")
TOPIC = (
    "socialtjänst",
    "förebygg",
    "brott",
    "barn",
    "unga",
    "missbruk",
    "våld",
    "kommun",
    "region",
    "polis",
)


def eligible(text: str) -> bool:
    if not 800 <= len(text) <= 6000:
        return False
    low = text.lower()
    return any(w in low for w in QUOTE + AMOUNT + TOPIC)


def main() -> None:
    docs = []
    with CORPUS.open(encoding="utf-8") as fh:
        for line in fh:
            d = json.loads(line)
            if eligible(d["text"]):
                docs.append(d)
    picked = random.Random(SEED).sample(docs, N)
    OUT.mkdir(parents=True, exist_ok=True)
    for i, d in enumerate(picked):
        path = OUT / f"{i:03d}_{slug(d['id'])}.txt"
        path.write_text(d["text"], encoding="utf-8")
        print(path, len(d["text"]))
    print(f"{len(docs)} eligible, {N} written to {OUT}", file=sys.stderr)


if __name__ == "__main__":
    main()
