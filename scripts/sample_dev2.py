"""Sample the second held-out dev set (dev2): 20 regeringen releases, fixed seed,
biased to the product's domain (municipal prevention, social services, money).

Usage: python3 scripts/sample_dev2.py [corpus.jsonl] [outdir] [exclude_dir]

Excludes the releases already in dev/releases/ (matched by corpus id via the same
slug as their file names, and checked against their text).
"""

import json
import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from sample_devset import slug  # noqa: E402  (same file naming as dev/)

CORPUS = Path(
    sys.argv[1] if len(sys.argv) > 1 else "/work/shared/corpora/regeringen-pressmeddelanden.jsonl"
)
OUT = Path(sys.argv[2] if len(sys.argv) > 2 else "dev2/releases")
EXCLUDE = Path(sys.argv[3] if len(sys.argv) > 3 else "dev/releases")
N = 20
SEED = 4242

TOPIC = (
    "socialtjänst",
    "förebygg",
    "brottsförebygg",
    "missbruk",
    "narkotika",
    "alkohol",
    "våld",
    "ungdomar",
    "barn och unga",
    "trygghet",
    "kommun",
    "region",
    "folkhälsa",
    "kronor",
)
# a paragraph that opens with a dash: direct speech in these releases
QUOTE_DASH = re.compile(r"(?m)^[ \t]*[–—-][ \t]+\S")


def eligible(text: str) -> bool:
    if not 800 <= len(text) <= 6000:
        return False
    low = text.lower()
    if not any(w in low for w in TOPIC):
        return False
    return (
        "säger" in low
        or QUOTE_DASH.search(text) is not None
        or "kronor" in low
        or "miljoner" in low
    )


def excluded_ids(docs_by_slug: dict, exclude_dir: Path) -> set:
    ids = set()
    for p in sorted(exclude_dir.glob("*.txt")):
        stem_slug = p.stem.split("_", 1)[1]
        d = docs_by_slug.get(stem_slug)
        if d is None or d["text"] != p.read_text(encoding="utf-8"):
            sys.exit(f"cannot map {p} to a corpus id")
        ids.add(d["id"])
    return ids


def main() -> None:
    all_docs = []
    with CORPUS.open(encoding="utf-8") as fh:
        for line in fh:
            all_docs.append(json.loads(line))
    by_slug = {}
    for d in all_docs:
        by_slug.setdefault(slug(d["id"]), d)
    skip = excluded_ids(by_slug, EXCLUDE)
    docs = [d for d in all_docs if d["id"] not in skip and eligible(d["text"])]
    picked = random.Random(SEED).sample(docs, N)
    OUT.mkdir(parents=True, exist_ok=True)
    for i, d in enumerate(picked):
        path = OUT / f"{i:03d}_{slug(d['id'])}.txt"
        path.write_text(d["text"], encoding="utf-8")
        print(path, len(d["text"]))
    print(
        f"{len(docs)} eligible ({len(skip)} excluded from {EXCLUDE}), {N} written to {OUT}",
        file=sys.stderr,
    )


if __name__ == "__main__":
    main()
