"""Floret static vectors trained on unlabelled Swedish text (deterministic).

floret (fastText fork used by spaCy) hashes words and character n-grams into a
small table, so Swedish compounds and inflections unseen in training still
get vectors. One thread makes fastText's SGD deterministic.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

import spacy

_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")  # Markdown link -> its text
_URL = re.compile(r"https?://\S+")
_MARKUP = re.compile(r"[#*_>|`]+")

FLORET_PARAMS = {
    "model": "cbow",
    "mode": "floret",
    "dim": 100,
    "bucket": 50000,
    "hashCount": 2,
    "minn": 4,
    "maxn": 5,
    "minCount": 3,
    "epoch": 10,
    "thread": 1,
    "verbose": 0,
}


def strip_markdown(text: str) -> str:
    return _MARKUP.sub(" ", _URL.sub(" ", _LINK.sub(r"\1", text)))


def press_release_lines(path: Path) -> Iterator[str]:
    """Non-empty paragraphs of the regeringen corpus, Markdown removed."""
    with path.open(encoding="utf-8") as f:
        for line in f:
            for para in json.loads(line)["text"].split("\n"):
                para = strip_markdown(para).strip()
                if para:
                    yield para


def write_vector_corpus(
    paragraphs: Iterable[str], token_lines: Iterable[list[str]], out: Path
) -> int:
    """Write one whitespace-tokenized text per line; return the token count."""
    nlp = spacy.blank("sv")  # tokenizer only
    count = 0
    with out.open("w", encoding="utf-8") as f:
        for doc in nlp.pipe(paragraphs, batch_size=1000):
            words = [t.text for t in doc if not t.is_space]
            count += len(words)
            f.write(" ".join(words) + "\n")
        for tokens in token_lines:
            count += len(tokens)
            f.write(" ".join(tokens) + "\n")
    return count


def train_floret(corpus: Path, out: Path) -> Path:
    """Train floret vectors on ``corpus`` and save them in .floret format."""
    import floret  # optional dependency, only needed to (re)build vectors

    model = floret.train_unsupervised(str(corpus), **FLORET_PARAMS)
    model.save_floret_vectors(str(out))
    return out
