"""A unit named after its member's title with no preposition, as contact lines and
appositions write it: "enhetschef Barn och familj på X", "Kommunikatör Social omsorg
073-…", "chef för Ung fritid, Y kommun". The unit is the person's own body."""

from __future__ import annotations

from collections.abc import Iterator

import regex
from spacy.lang.sv.stop_words import STOP_WORDS
from spacy.tokens import Doc

from ...language.spans import text_of
from ..roles import is_title_word
from . import rules
from .hits import OrgHit, ner_overlap
from .places import place_ok

# a title, maybe "för", then a capitalised word and one to five words in lower case,
# where the phrase plainly ends: a punctuation mark, a line break, a phone number, or
# "på/vid/i/inom" (the owner). Two capitalised words are more often a person's name.
_TITLE_UNIT = regex.compile(
    r"(?<![\p{L}-])(?P<title>(?>\p{L}[\p{L}-]+)) (?:för )?"
    r"(?P<name>\p{Lu}\p{Ll}[\p{Ll}-]*(?: (?:och |samt )?\p{Ll}[\p{Ll}-]*){1,5})"
    r"(?=[,.;:)](?!\p{L})|\n| \d| (?:på|vid|i|inom)\s|$)"
)
_INNER = frozenset({"och", "samt"})
_OWNER_PREPOSITIONS = frozenset({"på", "vid", "i", "inom"})


def find_title_units(doc: Doc) -> Iterator[OrgHit]:
    """A unit no list knows, right after a title: not a person the NER names there, nor
    a place, nor a generic word, nor a phrase with a function word ("hjälper till med")."""
    text = text_of(doc)
    is_person = ner_overlap(doc, "PER")
    for m in _title_unit_matches(text):
        name, start, end = m["name"], m.start("name"), m.end("name")
        if is_person(start, end):
            continue
        words = _before_owner(name.split(" "))
        if len(words) < 2:
            continue
        name = " ".join(words)
        end = start + len(name)
        if not place_ok(words[0]) or rules.is_generic(name) or is_title_word(words[0]):
            continue
        why = "unit after a title"
        yield OrgHit(start, end, name, "administration", 0.7, why, (), "org.title_unit")


def _title_unit_matches(text: str) -> Iterator[regex.Match[str]]:
    """The matches whose first word is a title; after one that is not, the search goes on
    from its second word ("Anna Lind Kommunikatör Vård och omsorg")."""
    pos = 0
    while m := _TITLE_UNIT.search(text, pos):
        if is_title_word(m["title"]):
            yield m
            pos = m.end()
        else:
            pos = m.end("title") + 1


# a unit named by its kind in the indefinite and its field: "sektor Omtanke", "division
# psykiatri", "Område Näringsliv och Strategi", "verksamhet Stöd och service" (after
# "verksamhet" only a capital: "verksamhet fortgår" is running text)
_HEADED_UNIT = regex.compile(
    r"(?<![\p{L}-])(?P<name>(?:(?:[Ss]ektor|[Dd]ivision|[Oo]mråde) \p{L}|[Vv]erksamhet \p{Lu})"
    r"\p{Ll}[\p{Ll}-]*(?: (?:och |samt )?\p{L}\p{Ll}[\p{Ll}-]*){0,3})"
    r"(?=[,.;:)](?!\p{L})|\n| \d| (?:på|vid|i|inom)\s|$)"
)


def find_headed_units(text: str) -> Iterator[OrgHit]:
    """A unit by its kind and field, where the phrase plainly ends; no word of the field a
    function word ("område där", "verksamhet som")."""
    for m in _HEADED_UNIT.finditer(text):
        words = _before_owner(m["name"].split(" "))
        if len(words) < 2 or words[1] in _INNER or rules.is_generic(words[-1]):
            continue
        name = " ".join(words)
        why = "unit by its kind and field"
        end = m.start() + len(name)
        yield OrgHit(m.start(), end, name, "administration", 0.75, why, (), "org.headed_unit")


def _before_owner(words: list[str]) -> list[str]:
    """The name's words up to its owner's preposition ("Stöd och behandling på
    socialförvaltningen"); none where another function word shows running text
    ("verksamhet som")."""
    kept: list[str] = []
    for word in words:
        if word in _OWNER_PREPOSITIONS:
            break
        if word.casefold() in STOP_WORDS and not (word in _INNER and kept):
            return []
        kept.append(word)
    while kept and kept[-1] in _INNER:
        kept.pop()
    return kept
