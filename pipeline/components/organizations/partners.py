"""A capitalised name the text makes act as a partner, a funder or the one running
something, after a phrase of org_partner_phrases.txt: "i samarbete med Nordvik Energi",
"drivs av Ungdomens Hus", "på uppdrag av Trygga Barn". No list knows the name; a person
there or a place (the NER's PER and LOC spans, a municipality's place) is no body."""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache

import regex
from spacy.lang.sv.stop_words import STOP_WORDS
from spacy.tokens import Doc

from ...language.resources import read_lines
from ...language.spans import text_of
from ...language.text_units import alternation
from ..roles import is_title_word
from . import rules
from .hits import OrgHit, ner_overlap
from .kind_names import is_body_name

# one to four capitalised words, "&" allowed between them ("Ernst & Young")
_WORD = r"\p{Lu}[\p{L}\d-]*"
# the name goes on in lower case ("Föreningen för …"): its end is unclear
_NAME_GOES_ON = regex.compile(r" (?:för|mot|av|i) \p{Ll}")
# the genre's associations are mostly in the gazetteer, so an unknown partner, funder or
# runner is likeliest a company ("i samarbete med Nordvik Energi")
UNTYPED = "company"


@cache
def _pattern() -> regex.Pattern[str]:
    phrases = alternation(read_lines("org_partner_phrases.txt"), longest_first=True)
    return regex.compile(
        rf"(?<![\p{{L}}-])(?i:{phrases}) "
        rf"(?P<name>{_WORD}(?: (?:& )?(?:{_WORD}|AB)){{0,3}})(?![\p{{L}}\d&-])"
    )


def find_partner_names(doc: Doc) -> Iterator[OrgHit]:
    text = text_of(doc)
    # a person or a place the NER names there is no body ("tillsammans med Estlands …")
    is_person_or_place = ner_overlap(doc, "PER", "LOC")
    for m in _pattern().finditer(text):
        name, start, end = m["name"], m.start("name"), m.end("name")
        if name.endswith("s") and regex.match(r" \p{Ll}", text[end:]):
            name, end = name[:-1], end - 1  # "i samarbete med Nordvik Energis skolor"
        first = name.split()[0]
        if first.casefold() in STOP_WORDS or is_title_word(first):
            continue  # "tillsammans med Dem", "i samarbete med Rektor Anna Berg"
        if is_person_or_place(start, end):
            continue
        if not is_body_name(name) or _NAME_GOES_ON.match(text, end):
            continue
        kind = rules.marker_type(name) or rules.type_of(name)
        kind = UNTYPED if kind == "other" else kind
        why = "name after a partner's phrase 'i samarbete med X'"
        yield OrgHit(start, end, name, kind, 0.7, why, (), "org.partner")
