"""Name mentions of people: the people span group's mentions and the NER's PER entities.

Full-name mentions with the same case-folded name are one person; a lone first or last
name ("berättar Iréne", "säger Björkman") joins the one person it fits, and is dropped
when it fits none or several.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import regex
from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from ..components.roles import is_title_word, starts_with_title
from ..language.names import NAME_WORD, party_marks, valid_name
from ..language.spans import group, text_of

# the score of a name mention the NER alone found
NER_SCORE = 0.7


def name_key(name: str) -> str:
    return " ".join(name.split()).casefold()


@dataclass(frozen=True)
class Found:
    """One name mention, from a rule component's span or from the NER."""

    start: int
    end: int
    text: str
    value: dict[str, Any]
    score: float
    source: str
    explain: str
    rule: str | None = None


def _from_span(span: SpacySpan) -> Found:
    value = span._.value if isinstance(span._.value, dict) else {"name": span.text}
    score = span._.score if span._.score is not None else NER_SCORE
    return Found(
        span.start_char,
        span.end_char,
        span.text,
        value,
        score,
        span._.source,
        span._.explain,
        span._.rule,
    )


def _ner_people(doc: Doc) -> list[Found]:
    """PER entities of the trained NER (when the pipeline has one) that look like names."""
    found = []
    for ent in doc.ents:
        if ent.label_ != "PER" or "\n" in ent.text:  # a name never runs across lines
            continue
        words, end = ent.text.split(), ent.end_char
        while words and starts_with_title(words[0], within=1):
            words = words[1:]
        value: dict[str, Any] = {}
        # what the NER ran on into: a party mark or a title ("Kent Olofsson SD",
        # "Åsa Dedering Förvaltningschef")
        while len(words) > 2 and (words[-1] in party_marks() or is_title_word(words[-1])):
            if words[-1] in party_marks():
                value["party"] = words[-1]
            end = ent.start_char + ent.text.rindex(words[-1]) - 1
            words = words[:-1]
        name = " ".join(words)
        if words and words[0] in party_marks():  # "SD Tomelilla": a party's local branch
            continue
        if _genitive_of_a_name_in(text_of(doc), name):  # "Liv Strömquists" -> "Liv Strömquist"
            name, end = name[:-1], end - 1
        single = len(words) == 1 and regex.fullmatch(NAME_WORD, name)  # joined if it fits
        if valid_name(name) or single:
            start = end - len(name)
            found.append(
                Found(
                    start,
                    end,
                    name,
                    {"name": name, **value},
                    NER_SCORE,
                    "ner",
                    "named entity (PER)",
                    "people.ner",
                )
            )
    return found


def grouped_mentions(doc: Doc) -> list[list[Found]]:
    """Mentions of each person, people in order of first mention."""
    mentions = [_from_span(s) for s in group(doc, "people")] + _ner_people(doc)
    by_name: dict[str, list[Found]] = {}
    partial = []
    for found in sorted(mentions, key=lambda f: f.start):
        if found.value.get("partial") or len(found.value["name"].split()) < 2:
            partial.append(found)
        else:
            by_name.setdefault(name_key(found.value["name"]), []).append(found)
    for found in partial:
        if (key := resolve(found.value["name"], list(by_name))) is not None:
            by_name[key].append(found)
    _join_cut_ner_names(by_name)
    return list(by_name.values())


def _genitive_of_a_name_in(text: str, name: str) -> bool:
    """`name` ends in a genitive -s and the text also writes the name without it."""
    if not name.endswith("s") or " " not in name:
        return False
    # as `\b{name[:-1]}(?!\p{L})` would find it, without compiling a pattern per name
    stem = name[:-1]
    at = text.find(stem)
    while at >= 0:
        if _WORD_BOUNDARY.match(text, at) and not _LETTER.match(text, at + len(stem)):
            return True
        at = text.find(stem, at + 1)
    return False


_WORD_BOUNDARY = regex.compile(r"\b")
_LETTER = regex.compile(r"\p{L}")


def _join_cut_ner_names(by_name: dict[str, list[Found]]) -> None:
    """An NER-only name that is the start of one longer name ("Phạm Đoan" of "Phạm Đoan
    Trang") or the genitive of another ("… Hollmarks") is that person."""
    for key in list(by_name):
        if any(f.source != "ner" for f in by_name[key]):
            continue
        owners = [k for k in by_name if k.startswith(key + " ") or k + "s" == key]
        if len(owners) == 1:
            by_name[owners[0]].extend(by_name.pop(key))


def resolve(name: str, keys: list[str]) -> str | None:
    """The one full name `name` stands for: equal, or its only first/last-name match."""
    key = name_key(name)
    if key in keys:
        return key
    if " " in key:
        return None
    fits = [k for k in keys if key in (k.split()[0], k.split()[-1])]
    return fits[0] if len(fits) == 1 else None
