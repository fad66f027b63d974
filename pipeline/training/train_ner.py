"""Train the Swedish NER model reproducibly from the raw corpora.

convert -> floret vectors -> spacy train (klintan + SUC) -> fine-tune on klintan
train alone (see finetune.py) -> evaluate (klintan test, SUC manual held-out) ->
scores into meta.json -> save to --output.

    python -m pipeline.training.train_ner --output models/ner
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import shutil
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import spacy
from spacy.cli.train import train as spacy_train
from spacy.language import Language
from spacy.training.initialize import convert_vectors

from pipeline.language import nlp as press
from pipeline.tools.goldsets import annotated_ids
from pipeline.training.attribution import write_attribution
from pipeline.training.convert import to_docbin
from pipeline.training.data import CORPORA, Splits, load_splits
from pipeline.training.evaluate import evaluate, format_table
from pipeline.training.finetune import finetune, finetune_soup
from pipeline.training.ingenre import examples as ingenre_examples
from pipeline.training.pretrain import pretrain_tok2vec
from pipeline.training.silver import release_texts, silver_docs
from pipeline.training.vectors import (
    press_release_lines,
    train_floret,
    write_vector_corpus,
)

CONFIG = Path(__file__).with_name("ner.cfg")
ROOT = Path(__file__).resolve().parents[2]

SOURCES = [
    {
        "name": "klintan/swedish-ner-corpus (train split only)",
        "url": "https://github.com/klintan/swedish-ner-corpus",
        "license": "CC BY 4.0",
        "author": "Andreas Klintberg; text from Språkbanken Webbnyheter 2012",
    },
    {
        "name": "kb-labb/sucx3_ner (dev.jsonl silver tags; manual tags of "
        "removed_sents_from_original_to_simple.txt minus a held-out part)",
        "url": "https://github.com/kb-labb/sucx3_ner",
        "license": "CC BY-SA 4.0",
        "author": "KBLab; derived from SUC 3.0 (Språkbanken)",
    },
    {
        "name": "regeringen.se press releases via civictechsweden/g0vse "
        "(unlabelled, static vectors only)",
        "url": "https://github.com/civictechsweden/g0vse",
        "license": "Swedish public documents",
        "author": "Regeringskansliet",
    },
]


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", type=Path, default=Path("models/ner"))
    parser.add_argument("--work-dir", type=Path, default=Path("training"))
    parser.add_argument("--corpora", type=Path, default=CORPORA)
    parser.add_argument("--config", type=Path, default=CONFIG)
    parser.add_argument("--no-vectors", action="store_true", help="train without static vectors")
    parser.add_argument("--no-suc", action="store_true", help="train on klintan only")
    parser.add_argument(
        "--klintan-weight",
        type=int,
        default=3,
        help="copies of klintan train in the training data (upweights the in-domain gold)",
    )
    parser.add_argument(
        "--skip-train",
        action="store_true",
        help="reuse WORK_DIR/run/model-best (evaluate and save only)",
    )
    parser.add_argument(
        "--silver-releases",
        type=int,
        default=0,
        help="regeringen releases whose rule-found names become PER training sentences",
    )
    parser.add_argument(
        "--pretrain-epochs",
        type=int,
        default=0,
        help="passes of tok2vec pretraining on the vectors' text before stage one (0: none)",
    )
    parser.add_argument(
        "--finetune-steps",
        type=int,
        default=800,
        help="batches of the second stage on klintan train alone (0: none)",
    )
    parser.add_argument("--finetune-rate", type=float, default=0.0004)
    parser.add_argument(
        "--soup-seeds",
        default="",
        help="comma-separated seeds: one fine-tuning per seed, weights averaged "
        "(no dev-set step choice); empty: one run, best dev step",
    )
    parser.add_argument(
        "--start-from",
        type=Path,
        default=None,
        metavar="MODEL",
        help="skip stage one: fine-tune this trained NER (e.g. models/ner)",
    )
    parser.add_argument(
        "--in-genre",
        default="",
        metavar="SETS",
        help="comma-separated annotated sets (annotations/) whose gold names join the "
        "second stage's data as partially labelled in-genre examples",
    )
    parser.add_argument(
        "--set",
        action="append",
        default=[],
        metavar="KEY=JSON",
        help="config override, e.g. components.ner.model.tok2vec.encode.width=128",
    )
    return parser.parse_args(argv)


def write_corpora(
    splits: Splits, work: Path, klintan_weight: int, silver_releases: int, corpora: Path
) -> tuple[Path, Path]:
    vocab = spacy.blank("sv").vocab
    paths = work / "train.spacy", work / "dev.spacy"
    train = to_docbin(splits.train + splits.klintan_train * (klintan_weight - 1), vocab)
    if silver_releases:
        n = len(train)
        for doc in silver_docs(press.load(), in_genre_texts(corpora, silver_releases)):
            train.add(doc)
        print(f"in-genre silver: {len(train) - n} sentences", flush=True)
    train.to_disk(paths[0])
    to_docbin(splits.dev, vocab).to_disk(paths[1])
    return paths


def in_genre_texts(corpora: Path, limit: int) -> Iterator[str]:
    """Regeringen releases, the annotated ones (every set under annotations/) left out."""
    return release_texts(corpora / "regeringen-pressmeddelanden.jsonl", annotated_ids(), limit)


def build_vectors(splits: Splits, corpora: Path, work: Path) -> Path:
    """floret vectors from regeringen + training-side text (never test text)."""
    out = work / "vectors"
    if (out / "vectors.cfg").exists():  # already built by an earlier run; deterministic
        return out
    text = work / "vectors.txt"
    lines = [tokens for tokens, _ in splits.train + splits.dev]
    write_vector_corpus(
        press_release_lines(corpora / "regeringen-pressmeddelanden.jsonl"), lines, text
    )
    floret_file = train_floret(text, work / "vectors.floret")
    nlp = spacy.blank("sv")
    convert_vectors(nlp, floret_file, truncate=0, prune=-1, mode="floret")
    nlp.to_disk(out)
    return out


def pretrain(args: argparse.Namespace, work: Path, vectors: Path, settings: dict[str, Any]) -> Path:
    """Pretrained tok2vec weights from the text the vectors were trained on."""
    weights = work / "tok2vec-pretrained.bin"
    architecture = {k: v for k, v in settings.items() if not k.startswith("paths.")}
    text = Path(settings["paths.raw_text"])  # one tokenized text per line
    pretrain_tok2vec(args.config, text, vectors, weights, args.pretrain_epochs, architecture)
    return weights


def second_stage(nlp: Language, splits: Splits, args: argparse.Namespace) -> dict[str, Any]:
    """Fine-tune `nlp` on klintan train in place; return what to record in meta."""
    record: dict[str, Any] = {"steps": args.finetune_steps, "learn_rate": args.finetune_rate}
    if args.soup_seeds:
        seeds = [int(s) for s in args.soup_seeds.split(",")]
        _, scores = finetune_soup(
            nlp, splits.klintan_train, splits.dev, args.finetune_steps, seeds, args.finetune_rate
        )
        record["soup_seeds"], record["soup_dev_f"] = seeds, scores
    else:
        sets = [s for s in args.in_genre.split(",") if s]
        extra = ingenre_examples(nlp, sets) if sets else []
        if sets:
            record["in_genre"] = {"sets": sets, "examples": len(extra)}
            print(f"in-genre examples: {len(extra)} from {', '.join(sets)}", flush=True)
        _, curve = finetune(
            nlp,
            splits.klintan_train,
            splits.dev,
            args.finetune_steps,
            args.finetune_rate,
            extra=extra,
        )
        record["dev_f_by_step"] = curve
    return record


def overrides(
    args: argparse.Namespace, train: Path, dev: Path, vectors: Path | None
) -> dict[str, Any]:
    result: dict[str, Any] = {"paths.train": str(train), "paths.dev": str(dev)}
    result["paths.vectors"] = str(vectors) if vectors else None
    # the pretraining text; spaCy builds every corpus reader, used or not
    result["paths.raw_text"] = str(train.parent / "vectors.txt")
    if vectors is None:
        result["components.ner.model.tok2vec.embed.include_static_vectors"] = False
    for item in args.set:
        key, _, value = item.partition("=")
        result[key] = json.loads(value)
    return result


def add_meta(
    nlp: Language, splits: Splits, seconds: dict[str, float | None], settings: dict[str, Any]
) -> str:
    """Evaluate on both test sets; store scores, sources and licence in meta."""
    scores = {
        "klintan_test": evaluate(nlp, splits.klintan_test, io=True),
        "suc_manual_heldout": evaluate(nlp, splits.suc_manual_test, io=False),
    }
    nlp.meta.update(
        {
            "name": "sv_ner_pressmeddelanden",
            "version": "0.1.0",
            "description": "Swedish NER (PER, ORG, LOC, MISC), CNN tok2vec inline in ner",
            "license": "CC BY-SA 4.0",
            "sources": SOURCES,
            "scores_by_test_set": scores,
            "training": {"seconds": seconds, "overrides": settings},
        }
    )
    return "\n\n".join(format_table(name, s) for name, s in scores.items())


def floret_missing(args: argparse.Namespace) -> bool:
    """The static vectors need floret (the `train` extra) unless left out or built before."""
    if args.no_vectors or args.start_from or (args.work_dir / "vectors" / "vectors.cfg").exists():
        return False
    return importlib.util.find_spec("floret") is None


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if floret_missing(args):  # say so before minutes of reading corpora, not after
        print(
            "pressx train: the static vectors need floret, in the `train` extra: "
            "pip install 'pressx[train]' (a checkout: pip install -e '.[train]'), "
            "or train without them (--no-vectors)",
            file=sys.stderr,
        )
        return 2
    work: Path = args.work_dir
    work.mkdir(parents=True, exist_ok=True)
    splits = load_splits(args.corpora, use_suc=not args.no_suc)
    print(f"train {len(splits.train)} dev {len(splits.dev)} sentences", flush=True)
    if args.start_from:
        return finetune_only(args, splits)
    train, dev = write_corpora(
        splits, work, args.klintan_weight, args.silver_releases, args.corpora
    )
    vectors = None if args.no_vectors else build_vectors(splits, args.corpora, work)
    settings = overrides(args, train, dev, vectors)
    seconds: dict[str, float | None] = {"pretrain": None, "stage_1": None, "finetune": None}
    if args.pretrain_epochs and not args.skip_train:
        if vectors is None:
            raise SystemExit("--pretrain-epochs needs the static vectors (drop --no-vectors)")
        start = time.time()
        settings["paths.init_tok2vec"] = str(pretrain(args, work, vectors, settings))
        seconds["pretrain"] = round(time.time() - start)
    if not args.skip_train:
        shutil.rmtree(work / "run", ignore_errors=True)  # no stale model-best
        start = time.time()
        spacy_train(args.config, work / "run", use_gpu=-1, overrides=settings)
        seconds["stage_1"] = round(time.time() - start)
    nlp = spacy.load(work / "run" / "model-best")
    settings = {k: v for k, v in settings.items() if "paths" not in k}
    settings["klintan_weight"] = args.klintan_weight
    settings["pretrain_epochs"] = args.pretrain_epochs
    settings["silver_releases"] = args.silver_releases
    if args.finetune_steps:
        start = time.time()
        settings["finetune"] = second_stage(nlp, splits, args)
        seconds["finetune"] = round(time.time() - start)
        print(f"fine-tuned: {settings['finetune']}", flush=True)
    table = add_meta(nlp, splits, seconds, settings)
    save(nlp, args.output, settings)
    print(table)
    return 0


def finetune_only(args: argparse.Namespace, splits: Splits) -> int:
    """The second stage alone, from a trained NER (`--start-from`)."""
    nlp = spacy.load(args.start_from)
    settings = dict(nlp.meta.get("training", {}).get("overrides", {}))
    seconds = dict(nlp.meta.get("training", {}).get("seconds", {}))
    start = time.time()
    settings["finetune"] = second_stage(nlp, splits, args)
    settings["started_from"] = str(args.start_from)
    seconds["finetune"] = round(time.time() - start)
    print(f"fine-tuned: {settings['finetune']}", flush=True)
    table = add_meta(nlp, splits, seconds, settings)
    save(nlp, args.output, settings)
    print(table)
    return 0


def save(nlp: Language, output: Path, settings: dict[str, Any]) -> None:
    if output.exists():
        shutil.rmtree(output)
    output.parent.mkdir(parents=True, exist_ok=True)
    nlp.to_disk(output)
    write_attribution(output, nlp.meta["scores_by_test_set"], settings)


if __name__ == "__main__":
    raise SystemExit(main())
