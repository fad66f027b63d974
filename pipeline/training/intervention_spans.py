"""Training data and training for the intervention span categorizer.

A gold file lists each intervention once, in base form ("fritidsgård", "Bostad först");
every place where the release writes it (any case; a measure's words in any inflection:
"fritidsgårdarna") becomes a span labelled NAMED or MEASURE in the release's cleaned text.
The model learns from lines of text: each line that writes an intervention, and a share of
the others (NEGATIVES).
Train on local-train, local-train-extra and regeringen-train; local-dev picks the best step.

    python -m pipeline.training.intervention_spans build OUTDIR   # train.spacy, dev.spacy
    python -m pipeline.training.intervention_spans train OUTDIR   # OUTDIR/model/model-best
"""

from __future__ import annotations

import argparse
import random
import sys
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

import regex
import spacy
from spacy.language import Language
from spacy.tokens import Doc, DocBin, Span

from pipeline.input.clean import clean
from pipeline.language.resources import MODELS_DIR
from pipeline.tools import goldsets

Spans = tuple[int, int, str]
SPANS_KEY = "sc"
NAMED, MEASURE = "NAMED", "MEASURE"
TRAIN_SETS = ("local-train", "local-train-extra", "regeringen-train")
DEV_SETS = ("local-dev",)
# share of the training lines without an intervention that are kept, and its seed
NEGATIVES = 0.3
SEED = 20261128
CONFIG = Path(__file__).with_name("interventions.cfg")
# the NER's static vectors: the spancat reads them from the pipeline's shared vocab
VECTORS = MODELS_DIR / "ner"
# endings a measure's words take or drop between its base form and the text
_ENDING = regex.compile(r"(?:erna|arna|orna|na|en|et|er|ar|or|n)$")


def _pattern(name: str, named: bool) -> regex.Pattern[str]:
    """A named programme as written; a measure's words with any inflectional ending."""
    if named:
        body = regex.escape(name)
    else:
        words = [regex.escape(_ENDING.sub("", w) or w) + r"\p{L}{0,5}" for w in name.split()]
        body = r"\s+".join(words)
    return regex.compile(rf"(?<![\p{{L}}\d]){body}(?![\p{{L}}\d])", regex.I)


def gold_spans(text: str, gold: Mapping[str, Any]) -> list[Spans]:
    """(start, end, label) of every place the text writes a gold intervention, by name or
    alias; longer names first, so that a span within a longer one loses to it."""
    found = []
    items = sorted(gold.get("interventions") or [], key=lambda i: -len(i["name"]))
    for item in items:
        label = NAMED if item.get("named") else MEASURE
        for name in [item["name"], *(item.get("aliases") or [])]:
            pattern = _pattern(name, bool(item.get("named")))
            found += [(m.start(), m.end(), label) for m in pattern.finditer(text)]
    return found


def labelled_doc(nlp: Language, text: str, spans: Iterable[Spans]) -> Doc:
    """The text tokenized as the pipeline does, its spans (no overlaps) under SPANS_KEY."""
    doc = nlp.make_doc(text)
    kept: list[Span] = []
    for start, end, label in spans:
        span = doc.char_span(start, end, label=label, alignment_mode="expand")
        if span is not None and not any(s.start < span.end and span.start < s.end for s in kept):
            kept.append(span)
    doc.spans[SPANS_KEY] = sorted(kept, key=lambda s: s.start)
    return doc


def set_texts(set_names: Iterable[str]) -> Iterator[tuple[str, Mapping[str, Any]]]:
    """The cleaned text of every release in the sets, with its gold file."""
    for name in set_names:
        split = goldsets.split_of(name)
        for doc_id, gold in goldsets.load_set(name).items():
            yield clean(goldsets.release_text(split["corpus"], doc_id)).text, gold


def paragraphs(text: str, gold: Mapping[str, Any]) -> Iterator[tuple[str, list[Spans]]]:
    """Each non-blank line of a release with the gold spans written in it."""
    for line in text.split("\n"):
        if line.strip():
            yield line, gold_spans(line, gold)


def training_docs(nlp: Language, set_names: Iterable[str], negatives: float) -> list[Doc]:
    """Lines that write an intervention, and a seeded share of those that write none:
    one span in a release's thousands of candidates teaches the model to find nothing."""
    draw = random.Random(SEED)
    return [
        labelled_doc(nlp, line, spans)
        for text, gold in set_texts(set_names)
        for line, spans in paragraphs(text, gold)
        if spans or draw.random() < negatives
    ]


def release_docs(nlp: Language, set_names: Iterable[str]) -> list[Doc]:
    return [labelled_doc(nlp, text, gold_spans(text, gold)) for text, gold in set_texts(set_names)]


def build(outdir: Path, negatives: float = NEGATIVES) -> None:
    nlp = spacy.blank("sv")  # the tokenizer pipeline.cfg builds
    outdir.mkdir(parents=True, exist_ok=True)
    # dev stays whole releases: the model is chosen on what it will meet
    for file, docs in (
        ("train.spacy", training_docs(nlp, TRAIN_SETS, negatives)),
        ("dev.spacy", release_docs(nlp, DEV_SETS)),
    ):
        DocBin(docs=docs, attrs=[]).to_disk(outdir / file)
        spans = sum(len(d.spans[SPANS_KEY]) for d in docs)
        print(f"{outdir / file}: {len(docs)} texts, {spans} spans", file=sys.stderr)


def train(outdir: Path, overrides: dict[str, Any]) -> None:
    from spacy.cli.train import train as spacy_train

    paths = {
        "paths.train": str(outdir / "train.spacy"),
        "paths.dev": str(outdir / "dev.spacy"),
        "paths.vectors": str(VECTORS),
    }
    spacy_train(CONFIG, outdir / "model", overrides={**paths, **overrides})


def _value(text: str) -> Any:
    try:
        return int(text)
    except ValueError:
        try:
            return float(text)
        except ValueError:
            return text


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=["build", "train"])
    parser.add_argument("outdir", type=Path)
    parser.add_argument("--negatives", type=float, default=NEGATIVES, help="build: share kept")
    parser.add_argument(
        "--set", action="append", default=[], metavar="KEY=VALUE", help="config override"
    )
    args = parser.parse_args(argv)
    if args.command == "build":
        build(args.outdir, args.negatives)
    else:
        overrides = dict(s.split("=", 1) for s in args.set)
        train(args.outdir, {k: _value(v) for k, v in overrides.items()})
    return 0


if __name__ == "__main__":
    sys.exit(main())
