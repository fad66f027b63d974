"""Draw the releases to annotate and fix their splits, once, by a seeded draw.

Usage: python3 scripts/draw_annotation_sample.py [shared_dir]

Writes annotations/splits.json: for each set its corpus and ids (the sets
regeringen-train and regeringen-dev, the releases annotated first, are kept as they are).
Local releases: 300 of the 411 in local-releases.jsonl, drawn with random.Random(SEED);
of these 90 are `test`, 50 `dev`, 160 `train` (a second draw), and 40 of `test` are
annotated a second time, independently, for the agreement figures. Regeringen: 50 more
releases drawn as the 20 of regeringen-dev were (same domain filter), excluding the 44
annotated before. The 111 local releases left out of the draw were annotated later, as
extra training data (set `local-train-extra`); the splits above did not change.
"""

import json
import random
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

SHARED = Path(sys.argv[1] if len(sys.argv) > 1 else HERE.parent.parent / "shared")
SEED = 20261128
N_LOCAL, N_TEST, N_DEV, N_AGREE, N_GOV = 300, 90, 50, 40, 50


# The domain filter of the 20 regeringen releases drawn second (then dev2/): a topic word,
# and speech, a dashed paragraph or money.
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
QUOTE_DASH = re.compile(r"(?m)^[ \t]*[–—-][ \t]+\S")


def eligible(text: str) -> bool:
    low = text.lower()
    if not 800 <= len(text) <= 6000 or not any(w in low for w in TOPIC):
        return False
    speech_or_money = ("säger", "kronor", "miljoner")
    return any(w in low for w in speech_or_money) or QUOTE_DASH.search(text) is not None


def read_jsonl(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def main(previous_gov: set[str]) -> dict:
    rng = random.Random(SEED)
    local = [r["id"] for r in read_jsonl(SHARED / "corpora/local-releases.jsonl")]
    drawn = rng.sample(local, N_LOCAL)
    test, dev, train = drawn[:N_TEST], drawn[N_TEST : N_TEST + N_DEV], drawn[N_TEST + N_DEV :]
    agreement = rng.sample(test, N_AGREE)
    gov = read_jsonl(SHARED / "corpora/regeringen-pressmeddelanden.jsonl")
    pool = [r["id"] for r in gov if eligible(r["text"]) and r["id"] not in previous_gov]
    gov_new = rng.sample(pool, N_GOV)
    key = lambda ids: sorted(ids)  # noqa: E731
    return {
        "seed": SEED,
        "local-train": {"corpus": "local-releases.jsonl", "ids": key(train)},
        "local-dev": {"corpus": "local-releases.jsonl", "ids": key(dev)},
        "local-test": {"corpus": "local-releases.jsonl", "ids": key(test)},
        "agreement": {"corpus": "local-releases.jsonl", "ids": key(agreement)},
        "regeringen-test": {"corpus": "regeringen-pressmeddelanden.jsonl", "ids": key(gov_new)},
    }


if __name__ == "__main__":
    # the 44 regeringen releases annotated before (once dev/ and dev2/) keep their sets
    out = HERE.parent / "annotations/splits.json"
    splits = json.loads(out.read_text(encoding="utf-8"))
    prev = {i for name in ("regeringen-train", "regeringen-dev") for i in splits[name]["ids"]}
    splits.update(main(prev))
    out.write_text(json.dumps(splits, ensure_ascii=False, indent=1) + "\n")
    print(f"wrote {out}")
