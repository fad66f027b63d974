"""In-genre NER examples from the annotated releases (annotations/): gold names as spans.

A gold file lists each person and organization once, by name; every place where that
name is written in the release's cleaned text becomes a PER or ORG span (a genitive -s
included). The gold files list every person, so the NER may learn both where names are
and where they are not, with one caution: places, events and works are not annotated, so
a capitalised word outside every gold name is left *unknown* (it may be LOC or MISC),
while lower-case words, digits and punctuation are O. Bodies written in lower case
("socialnämnden") are left to the rules and stay O, as in klintan.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

import regex
from spacy.language import Language
from spacy.tokens import Doc
from spacy.training import Example

from pipeline.input.clean import clean
from pipeline.tools import goldsets

MAX_TOKENS = 120  # a longer paragraph is split at its sentences' ends


def gold_spans(text: str, gold: dict[str, Any]) -> list[tuple[int, int, str]]:
    """(start, end, label) character spans of every written gold name, longest first."""
    names = [(p["name"], "PER") for p in gold.get("people") or []]
    for org in gold.get("organizations") or []:
        names += [(n, "ORG") for n in [org["name"], *(org.get("aliases") or [])] if n[:1].isupper()]
    spans = []
    for name, label in sorted(names, key=lambda n: -len(n[0])):
        pattern = rf"(?<![\p{{L}}\d]){regex.escape(name)}(?::?s)?(?![\p{{L}}\d])"
        spans += [(m.start(), m.end(), label) for m in regex.finditer(pattern, text)]
    return spans


def labelled_doc(nlp: Language, text: str, spans: list[tuple[int, int, str]]) -> Doc:
    """The text as a Doc whose entity tags follow the gold names (see the module doc)."""
    doc = nlp.make_doc(text)
    # a capitalised word is unknown (it may be a place), any other word outside
    tags: list[str | None] = [None if t.text[:1].isupper() else "O" for t in doc]
    taken: set[int] = set()
    for start, end, label in spans:
        span = doc.char_span(start, end, alignment_mode="strict")
        if span is None or taken & set(range(span.start, span.end)):
            continue
        taken |= set(range(span.start, span.end))
        for i in range(span.start, span.end):
            tags[i] = ("B-" if i == span.start else "I-") + label
    words, spaces = [t.text for t in doc], [bool(t.whitespace_) for t in doc]
    return Doc(nlp.vocab, words=words, spaces=spaces, ents=tags)  # type: ignore[arg-type]


def paragraphs(doc: Doc) -> Iterator[Doc]:
    """Pieces of at most MAX_TOKENS tokens, cut at blank lines and sentence ends."""
    start = 0
    for i, token in enumerate(doc):
        cut = "\n" in token.text or (i - start >= MAX_TOKENS - 1 and token.text in ".!?")
        if cut or i - start >= MAX_TOKENS * 2:
            if i > start:
                yield doc[start:i].as_doc()
            start = i + 1
    if start < len(doc):
        yield doc[start:].as_doc()


def examples(nlp: Language, set_names: Iterable[str]) -> list[Example]:
    """One Example per paragraph of every release in the named sets that holds a name."""
    out = []
    for name in set_names:
        split = goldsets.split_of(name)
        for doc_id, gold in goldsets.load_set(name).items():
            text = clean(goldsets.release_text(split["corpus"], doc_id)).text
            for piece in paragraphs(labelled_doc(nlp, text, gold_spans(text, gold))):
                if any(t.ent_iob_ == "B" for t in piece):
                    predicted = Doc(nlp.vocab, words=[t.text for t in piece])
                    out.append(Example(predicted, piece))
    return out
