"""Bodies no list knows: ORG entities of the trained NER (at lower confidence) and a
capitalised name after a title with "på/vid/hos" ("vd på Riksbyggen")."""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache

import regex
from spacy.tokens import Doc

from ...language.names import PARTY_MARK
from ...language.resources import read_lines, read_table
from ...language.spans import text_of
from ..roles import is_title_word
from . import rules
from .hits import NER_SCORE, OrgHit
from .places import place_ok

_PARTY_MARK = regex.compile(PARTY_MARK)

# "vd på Riksbyggen", "hållbarhetschef på Spendrups", "VD på Ekby Property Development":
# the capitalised name a title places its holder at (the title word is checked apart)
_AT_BODY = regex.compile(
    r"(?<![\p{L}-])(?P<title>(?>\p{L}[\p{L}-]+)) (?:på|vid|hos) "
    r"(?P<name>\p{Lu}[\p{L}&-]*(?: (?:\p{Lu}[\p{L}&-]*|AB)){0,3})(?![\p{L}-])"
)


def find_title_bodies(text: str) -> Iterator[OrgHit]:
    """A body no list knows, named after a title with "på/vid/hos": the person works
    there, so it acts in the text. A place ("lärare på Gotland") is no body; a company
    is the likeliest kind of an unknown name."""
    for m in _AT_BODY.finditer(text):
        name, end = m["name"], m.end()
        if name.endswith("s") and regex.match(r" \p{Ll}", text[end:]):
            name, end = name[:-1], end - 1  # "vd på Riksbyggens bolag"
        if not is_title_word(m["title"]) or not _unknown_body(name):
            continue
        if regex.match(r" (?:för|i|och) ", text[end:]):
            continue  # "Institutionen för folkhälsovetenskap": the name goes on, end unclear
        kind = rules.type_of(name)
        kind = "company" if kind == "other" else kind
        why = "body after 'title på/vid X'"
        yield OrgHit(m.start("name"), end, name, kind, 0.75, why, (), "org.after_title")


def _unknown_body(name: str) -> bool:
    folded = name.casefold()
    return (
        len(name) > 2
        and folded not in rules.place_codes()
        and place_ok(name)
        and not rules.is_generic(name)
    )


UNTYPED_NER = "association"


def find_ner(doc: Doc) -> Iterator[OrgHit]:
    """ORG entities of the trained NER, canonicalised and filtered like the rules' hits."""
    for ent in doc.ents:
        if ent.label_ != "ORG":
            continue
        name = _ner_base_name(ent.text.strip())
        if len(name) < 2 or rules.is_generic(name) or name.islower() or "\n" in name:
            continue
        if _PARTY_MARK.fullmatch(text_of(doc), max(0, ent.start_char - 1), ent.end_char + 1):
            continue  # "Ingalill Söderberg (DP)": a party mark, no organization (ANNOTATION.md)
        if _credited(text_of(doc), ent.start_char):
            continue  # "Foto: Bo Ek/TT": the agency a photo is credited to does not act
        kind = rules.type_of(name)
        if kind != "other" or _has_body_form(name):
            # a body the NER finds that no word types is, in this genre, most often an
            # association ("RFSU", "Sveriges Lärare", "Kriminellas Revansch i Samhället")
            kind = UNTYPED_NER if kind == "other" else kind
            why = "NER entity ORG"
            yield OrgHit(ent.start_char, ent.end_char, name, kind, NER_SCORE, why, (), "org.ner")


def _credited(text: str, start: int) -> bool:
    line_start = max(text.rfind("\n", 0, start) + 1, start - 120)
    return _credit_line().search(text, line_start, start) is not None


@cache
def _credit_line() -> regex.Pattern[str]:
    """A credit label's line up to a slash: "Foto: Bo Ek/" (person_labels.tsv, staff no)."""
    labels = [r["label"] for r in read_table("person_labels.tsv") if r.get("staff") == "no"]
    return regex.compile(rf"(?:{'|'.join(map(regex.escape, labels))})\s*:[^\n:]*/\s*$")


def _ner_base_name(name: str) -> str:
    """The entity's name without its genitive: "SKR:s", "MKB:s", "Skolverkets"."""
    if name.endswith(":s"):
        return name[:-2]
    if name.endswith("s") and rules.type_of(name[:-1]) != "other":
        return name[:-1]
    return name


def _has_body_form(name: str) -> bool:
    """The NER (news-trained, ORG F1 ~0.6) also calls programmes, places and headings ORG:
    an untyped name is kept only when a head word opens it or it ends in an acronym."""
    words = name.split()
    headed = len(words) > 1 and words[0] in read_lines("org_head_words.txt")
    return headed or rules.is_acronym(words[-1])
