"""A capitalised name listed with a body another rule found: "Länsstyrelsen, Region
Kronoberg, Idrottsalliansen och kommunerna", "FBC Kalmarsund, Calmif och Lindsdals IF",
"Ungdomshuset och Trygga Torget". A list puts like with like, so the name beside a body is a
body too, of the kind its own words give (an association where they give none, as for the
NER's names)."""

from __future__ import annotations

from collections.abc import Iterator

import regex
from spacy.lang.sv.stop_words import STOP_WORDS
from spacy.tokens import Doc

from ...language.spans import text_of
from ..roles import is_title_word
from . import rules
from .hits import OrgHit, ner_overlap, overlapping
from .places import sentence_start

# after a listed body (its genitive -s too): a separator, then one to three capitalised
# words that end the list element (a separator, a punctuation mark, a line break)
_NEXT = regex.compile(
    r"s?(?:, | och | samt )(?P<name>\p{Lu}[\p{L}\d&-]*(?: \p{Lu}[\p{L}\d&-]*){0,2})"
    r"(?=[,.;:)!?]|\n| och | samt |$)"
)
UNTYPED = "association"


def find_listed_bodies(doc: Doc, hits: list[OrgHit]) -> Iterator[OrgHit]:
    text = text_of(doc)
    is_person = ner_overlap(doc, "PER")
    taken = list(hits)
    ends = sorted({h.end for h in hits})
    while ends:
        m = _NEXT.match(text, ends.pop(0))
        if m is None:
            continue
        start, end, name = m.start("name"), m.end("name"), m["name"]
        hit = OrgHit(start, end, name, _type_of(name), 0.7, "listed with a body", (), "org.listed")
        if any(overlapping(hit, h) for h in taken) or is_person(start, end):
            continue
        if not _is_name(text, start, name):
            continue
        taken.append(hit)
        ends.append(end)  # the list goes on after it
        yield hit


def _type_of(name: str) -> str:
    kind = rules.type_of(name)
    return UNTYPED if kind == "other" else kind


def _is_name(text: str, start: int, name: str) -> bool:
    """Not a place, a person's title, a function word, a stoplisted or generic word
    ("Föreningen"), nor a word that is capitalised because it opens a sentence or line."""
    first = name.split()[0]
    return (
        len(name) > 2
        and name.casefold() not in rules.place_codes()
        and not is_title_word(first)
        and first.casefold() not in STOP_WORDS
        and first.casefold() not in rules.determiners()
        and not rules.is_generic(name)
        and not sentence_start(text, start)
    )
