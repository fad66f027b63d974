"""Assemble train/dev/test sets from the raw corpora (fixed seeds)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from pipeline.language.resources import SHARED_DIR
from pipeline.training.convert import (
    Sentence,
    parse_klintan,
    parse_suc_manual,
    parse_suc_silver,
    read_lines,
    seeded_split,
)

CORPORA = SHARED_DIR / "corpora"
SEED = 42
SUC_MANUAL_HOLDOUT = 600  # sentences of the manual SUC file kept for testing
KLINTAN_DEV = 600  # sentences of klintan train used as dev (model selection)


@dataclass
class Splits:
    train: list[Sentence]
    dev: list[Sentence]
    klintan_test: list[Sentence]
    suc_manual_test: list[Sentence]
    klintan_train: list[Sentence]


def load_splits(corpora: Path = CORPORA, use_suc: bool = True) -> Splits:
    """Klintan train minus a seeded dev part (+ SUC silver and manual train).

    SUC silver sentences whose tokens equal a held-out SUC manual sentence are
    dropped, so the SUC manual held-out test stays unseen.
    """
    ner = corpora / "ner"
    klintan = list(parse_klintan(read_lines(ner / "klintan-swedish-ner-corpus/train_corpus.txt")))
    klintan_test = list(
        parse_klintan(read_lines(ner / "klintan-swedish-ner-corpus/test_corpus.txt"))
    )
    klintan_train, dev = seeded_split(klintan, KLINTAN_DEV, SEED)
    manual = list(
        parse_suc_manual(
            read_lines(ner / "kblab-sucx3-ner-dev/removed_sents_from_original_to_simple.txt")
        )
    )
    manual_train, manual_test = seeded_split(manual, SUC_MANUAL_HOLDOUT, SEED)
    train = klintan_train
    if use_suc:
        held = {tuple(tokens) for tokens, _ in manual_test}
        silver = parse_suc_silver(read_lines(ner / "kblab-sucx3-ner-dev/dev.jsonl"))
        train = train + manual_train + [s for s in silver if tuple(s[0]) not in held]
    return Splits(train, dev, klintan_test, manual_test, klintan_train)
