"""Programmes and measures of the user's list (models/rules/interventions.tsv): named
programmes as written ("Komet", "Bostad först"), common-word measures in any inflection
("familjecentralerna" -> familjecentraler)."""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache

import regex

from ...language.swedish import Lemmas
from .hits import Entry, Hit
from .vocabulary import entries

# rule ids (rule_ids.tsv)
NAMED = "intervention.gazetteer"
INFLECTED = "intervention.gazetteer_inflected"
RULES = frozenset({NAMED, INFLECTED})

WORD = regex.compile(r"[\p{L}\d%-]+")
# A capitalised adjective inside a sentence right before a known name is part of a longer
# name: "Trygga Trappan" is not the programme "Trappan".
_NAME_ADJECTIVE_BEFORE = regex.compile(r"(?<=[\p{L}\d,;]\s)\p{Lu}\p{Ll}+(?:a|e)\s$")

# An entry's forms, each a run of words, by the forms of each word.
Parts = tuple[frozenset[str], ...]


@cache
def _named_patterns() -> list[tuple[regex.Pattern[str], Entry, str]]:
    out = []
    for entry in entries():
        if not entry.named:
            continue
        for form in (entry.name, *entry.aliases):
            flags = regex.I if " " in form else 0
            body = regex.escape(form) + r"(?::?s)?"
            out.append(
                (regex.compile(rf"(?<![\p{{L}}\d-]){body}(?![\p{{L}}\d-])", flags), entry, form)
            )
    return out


def find_named(text: str) -> Iterator[Hit]:
    """Named programmes of the list as written, a possessive "s" too ("Komets")."""
    for pattern, entry, form in _named_patterns():
        for m in pattern.finditer(text):
            aliases = (form,) if form != entry.name else ()
            before = _NAME_ADJECTIVE_BEFORE.search(text, max(0, m.start() - 25), m.start())
            if before is not None and not m.group().endswith("s"):
                name = text[before.start() : m.end()]
                why = f"gazetteer: {form}, with the name's adjective"
                # the short name written alone later is this one ("Trappan" for short)
                yield Hit(before.start(), m.end(), name, True, 0.95, why, (entry.name,), rule=NAMED)
                continue
            why = f"gazetteer: {form}"
            yield Hit(m.start(), m.end(), entry.name, True, 0.95, why, aliases, rule=NAMED)


def _measure_forms() -> list[tuple[str, Entry]]:
    return [(f, e) for e in entries() if not e.named for f in (e.name, *e.aliases)]


@cache
def lemmas() -> Lemmas:
    return Lemmas(frozenset(w.casefold() for f, _ in _measure_forms() for w in f.split()))


@cache
def _measure_index() -> dict[str, list[tuple[int, Parts, str, Entry]]]:
    """Common-word entries by every form of their first word: one lookup per text word.
    Each carries its rank in the gazetteer, so candidates are tried in the file's order."""
    index: dict[str, list[tuple[int, Parts, str, Entry]]] = {}
    for rank, (form, entry) in enumerate(_measure_forms()):
        parts = tuple(lemmas().forms(p) for p in form.split())
        for key in parts[0]:
            index.setdefault(key, []).append((rank, parts, form, entry))
    return index


def find_measures(text: str) -> Iterator[Hit]:
    """Common-word entries in any inflection, word by word: "mobila teamen", "hembesöken"."""
    forms = lemmas().forms
    words = [(m.start(), m.end(), forms(m.group())) for m in WORD.finditer(text)]
    index = _measure_index()
    for i, (start, _, first) in enumerate(words):
        found: set[str] = set()
        # in gazetteer order, not the word forms' set order (which varies with the hash seed)
        by_rank = {c[0]: c for key in first for c in index.get(key, ())}
        for _, parts, form, entry in (by_rank[r] for r in sorted(by_rank)):
            window = words[i : i + len(parts)]
            if form in found or len(window) < len(parts):
                continue
            if all(w[2] & p for w, p in zip(window, parts, strict=True)):
                found.add(form)
                yield _measure_hit(start, window[-1][1], form, entry)


def _measure_hit(start: int, end: int, form: str, entry: Entry) -> Hit:
    """A measure named as written ("fältassistenter"), the entry's own name as an alias."""
    why = f"gazetteer (inflected): {form}"
    aliases = (entry.name,) if form != entry.name else ()
    return Hit(start, end, form, False, 0.85, why, aliases, entry.name, rule=INFLECTED)
