"""In-genre silver person names: press releases labelled by the rule components.

The rules that read a name from its form ("säger X", "kommunalrådet X", contact lines)
are precise (people F1 1.0 on the seeds, 0.97 on unseen releases) but see only some of
the names. Their sure hits become PER spans in the sentences that hold them, and every
other token is left *unknown* rather than O: the NER learns the genre's name contexts
without being taught that the names the rules missed are no names.

Releases annotated under annotations/ are never used, so that they stay unseen by every
model trained this way.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from itertools import islice
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, Span

from pipeline.input.clean import clean
from pipeline.language.spans import group

MIN_SCORE = 0.9  # a name read from its form (speech verb, title, label), not a guess
MAX_TOKENS = 80  # longer "sentences" are lists and contact blocks run together


def release_texts(corpus: Path, exclude: set[str], limit: int) -> Iterator[str]:
    """Up to `limit` release texts of a corpus, those whose id is in `exclude` left out."""
    with corpus.open(encoding="utf-8") as f:
        records = (json.loads(line) for line in f if line.strip())
        kept = (r["text"] for r in records if r["id"] not in exclude)
        yield from islice(kept, limit)


def silver_docs(nlp: Language, texts: Iterable[str]) -> Iterator[Doc]:
    """Sentences with at least one sure rule-found person, as Docs with PER spans and
    every other token's entity unknown. `nlp` is the press pipeline; its NER, if it has
    one, is switched off ("people" then holds what the rules found, nothing else)."""
    ner = [name for name in nlp.pipe_names if name == "ner"]
    for doc in nlp.pipe((clean(t).text for t in texts), disable=ner):
        sure = [s for s in group(doc, "people") if (s._.score or 0) >= MIN_SCORE]
        for sent in doc.sents:
            names = [s for s in sure if sent.start <= s.start and s.end <= sent.end]
            if names and len(sent) <= MAX_TOKENS:
                yield _sentence_doc(nlp, sent, names)


def _sentence_doc(nlp: Language, sent: Span, names: list[Span]) -> Doc:
    doc = Doc(nlp.vocab, words=[t.text for t in sent], spaces=[bool(t.whitespace_) for t in sent])
    ents: list[Span] = []
    for name in sorted(names, key=lambda s: (s.start, -len(s))):  # overlaps: first, longest
        if not ents or name.start - sent.start >= ents[-1].end:
            ents.append(Span(doc, name.start - sent.start, name.end - sent.start, label="PER"))
    doc.set_ents(ents, default="unmodified")  # every other token stays unknown
    return doc
