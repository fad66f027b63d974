"""Readers for the Swedish NER corpora and conversion to spaCy DocBin.

All readers yield ``Sentence`` tuples ``(tokens, spans)`` where a span is
``(start, end, label)`` over token indices (end exclusive) with labels from
``LABELS``.

IO-to-span decision: klintan and SUC silver use IO tags (no B-/I-), so two
adjacent names of one type cannot be told apart. A maximal run of contiguous
tokens with the same label becomes ONE span. Evaluation on IO data applies the
same grouping to the predictions (see ``group_io``), so the score is
consistent: predicting two adjacent PER spans where gold has one merged run
is counted as correct, because IO gold cannot distinguish the two.

Label mappings (to the klintan scheme PER/ORG/LOC/MISC):
- klintan: ``0`` -> O; the single stray ``bn`` line (a token with no tag) -> O.
- SUC silver (kb-labb sucx3_ner dev.jsonl): see ``SUC_SILVER_MAP``; time (TME)
  and measure (MSR) expressions are not names -> O; works, events and objects
  -> MISC; the rare ambiguous LOCPRS/ORGPRS/LOCORG keep their first type.
- SUC manual (BIO, column 2 of removed_sents...): see ``SUC_MANUAL_MAP``.

Person spans follow the klintan scheme in every corpus: a name without its title.
SUC tags "kapten Carlstierna" and "överläkare Helena Askling" as one person, so
lower-case words before the first name word are dropped (name particles such as
"von" stay), and a person span with no capitalised word (silver noise such as
"fähund") is not a name at all. See ``person_name_only``.
"""

from __future__ import annotations

import json
import random
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

import regex
from spacy.tokens import Doc, DocBin
from spacy.tokens import Span as SpacySpan
from spacy.vocab import Vocab

from pipeline.language.names import PARTICLE

LABELS = ("PER", "ORG", "LOC", "MISC")
OUTSIDE = "O"

Span = tuple[int, int, str]
Sentence = tuple[list[str], list[Span]]

KLINTAN_MAP = {"PER": "PER", "ORG": "ORG", "LOC": "LOC", "MISC": "MISC"}
SUC_SILVER_MAP = {
    "PER": "PER",
    "LOC": "LOC",
    "ORG": "ORG",
    "WRK": "MISC",
    "EVN": "MISC",
    "OBJ": "MISC",
    "LOCPRS": "LOC",
    "ORGPRS": "ORG",
    "LOCORG": "LOC",
}
SUC_MANUAL_MAP = {
    "person": "PER",
    "myth": "PER",  # named gods/mythical beings behave like person names
    "place": "LOC",
    "inst": "ORG",
    "work": "MISC",
    "product": "MISC",
    "event": "MISC",
    "other": "MISC",
    "animal": "MISC",  # named animals: not persons in the klintan scheme
}


def map_label(tag: str, mapping: dict[str, str]) -> str:
    """Map a corpus tag (without B-/I- prefix) to a label in LABELS or O."""
    return mapping.get(tag, OUTSIDE)


_PARTICLE = regex.compile(rf"{PARTICLE}")


def person_name_only(tokens: Sequence[str], spans: list[Span]) -> list[Span]:
    """Person spans cut to the name: leading lower-case title words dropped."""
    result: list[Span] = []
    for start, end, label in spans:
        if label == "PER":
            while start < end and tokens[start][:1].islower():
                if _PARTICLE.fullmatch(tokens[start]) and start + 1 < end:
                    break  # "von Essen": the particle is part of the name
                start += 1
            if not any(t[:1].isupper() for t in tokens[start:end]):
                continue
        result.append((start, end, label))
    return result


def io_to_spans(tags: Sequence[str]) -> list[Span]:
    """Group maximal runs of the same non-O label into spans (IO decision)."""
    spans: list[Span] = []
    start = 0
    for i in range(1, len(tags) + 1):
        if i == len(tags) or tags[i] != tags[start]:
            if tags[start] != OUTSIDE:
                spans.append((start, i, tags[start]))
            start = i
    return spans


def bio_to_spans(tags: Sequence[str], mapping: dict[str, str]) -> list[Span]:
    """Spans from BIO tags; entities whose type maps to O are dropped."""
    spans: list[Span] = []
    start, label = -1, ""
    for i, tag in enumerate([*tags, OUTSIDE]):
        prefix, _, kind = tag.partition("-")
        if prefix != "I" or kind != label:  # current entity (if any) ends here
            if start >= 0 and map_label(label, mapping) != OUTSIDE:
                spans.append((start, i, map_label(label, mapping)))
            start, label = (i, kind) if prefix in ("B", "I") else (-1, "")
    return spans


def parse_klintan(lines: Iterable[str]) -> Iterator[Sentence]:
    """Parse klintan 'token<whitespace>tag' lines; blank line ends a sentence.

    Separators are a mix of tabs and spaces, so the tag is the last field. A
    line with a single field (the stray ``bn``) is a token tagged O.
    """
    tokens: list[str] = []
    tags: list[str] = []
    for line in [*lines, ""]:
        fields = line.split()
        if not fields:
            if tokens:
                yield tokens, io_to_spans(tags)
            tokens, tags = [], []
        else:
            tag = fields[-1] if len(fields) > 1 else OUTSIDE
            tokens.append(fields[0])
            tags.append(map_label(tag, KLINTAN_MAP))


def parse_suc_silver(lines: Iterable[str]) -> Iterator[Sentence]:
    """Parse kb-labb dev.jsonl lines (IO tags) with SUC_SILVER_MAP."""
    for line in lines:
        if line.strip():
            record = json.loads(line)
            tags = [map_label(t, SUC_SILVER_MAP) for t in record["ner_tags"]]
            tokens = list(record["tokens"])
            yield tokens, person_name_only(tokens, io_to_spans(tags))


def parse_suc_manual(lines: Iterable[str]) -> Iterator[Sentence]:
    """Parse removed_sents...: an id line, then 'token manual auto' rows.

    Only the manual BIO tag (column 2) is used.
    """
    tokens: list[str] = []
    tags: list[str] = []
    for line in [*lines, ""]:
        fields = line.split()
        if len(fields) == 3:
            tokens.append(fields[0])
            tags.append(fields[1])
        elif tokens:  # blank or id line closes the sentence
            yield tokens, person_name_only(tokens, bio_to_spans(tags, SUC_MANUAL_MAP))
            tokens, tags = [], []


def read_lines(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").splitlines()


def seeded_split(
    items: Sequence[Sentence], n_holdout: int, seed: int
) -> tuple[list[Sentence], list[Sentence]]:
    """Return (rest, holdout) with a fixed, seeded choice of holdout items."""
    order = list(range(len(items)))
    random.Random(seed).shuffle(order)
    held = set(order[:n_holdout])
    rest = [s for i, s in enumerate(items) if i not in held]
    return rest, [items[i] for i in sorted(held)]


def to_doc(vocab: Vocab, sentence: Sentence) -> Doc:
    """A Doc with the sentence's entities; every other token is explicitly O."""
    tokens, spans = sentence
    doc = Doc(vocab, words=tokens)
    ents = [SpacySpan(doc, start, end, label=label) for start, end, label in spans]
    doc.set_ents(ents, default="outside")
    return doc


def to_docbin(sentences: Iterable[Sentence], vocab: Vocab) -> DocBin:
    return DocBin(docs=(to_doc(vocab, s) for s in sentences), store_user_data=False)
