"""Named bodies of the gazetteer (organizations.tsv, public_bodies.tsv) in a text."""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache

import regex

from . import rules
from .hits import OrgHit

_PREFIX = 4  # names are looked up by the first letters of a word of the text
_WORD_START = regex.compile(r"(?<![\w-])[\w-]{1,4}")


def find_gazetteer(text: str) -> Iterator[OrgHit]:
    folded = text.casefold()
    starts = {w[:_PREFIX] for w in _WORD_START.findall(folded)}
    for pattern, entry, form, needle in _gazetteer_patterns():
        if len(needle) >= _PREFIX and needle[:_PREFIX] not in starts:
            continue  # no word of the text begins like the name: a set lookup per name
        if needle not in folded:
            continue  # a substring test is far cheaper than a regex scan
        for m in pattern.finditer(text):
            why = f"gazetteer: {form}"
            aliases = (form,) if form != entry.name else ()
            yield OrgHit(
                m.start(), m.end(), entry.name, entry.type, 0.95, why, aliases, "org.gazetteer"
            )


@cache
def _gazetteer_patterns() -> list[tuple[regex.Pattern[str], rules.GazetteerEntry, str, str]]:
    """(pattern, entry, form, needle): `needle`, the casefolded form, is in the casefolded
    text wherever the pattern matches."""
    compiled = []
    for entry in rules.gazetteer():
        for form in (entry.name, *entry.aliases):
            body, flags = _form_body(form)
            pattern = regex.compile(rf"(?<![\p{{L}}\d-]){body}(?![\p{{L}}\d-])", flags)
            compiled.append((pattern, entry, form, form.casefold()))
    return compiled


def _form_body(form: str) -> tuple[str, int]:
    """How a name is written in running text (pattern, flags): an acronym as is (or with
    ":s"), other names also in the genitive; a name of several words in any case, a
    definite noun written "Polisen" and "polisen" alike."""
    if rules.is_acronym(form) or form.isupper():
        return regex.escape(form) + r"(?::s)?", 0
    if " " in form:
        return regex.escape(form) + "s?", regex.I
    if regex.search(r"(?:en|et)$", form):
        first = regex.escape(form[0])
        return f"(?:{first.upper()}|{first.lower()}){regex.escape(form[1:])}s?", 0
    return regex.escape(form) + "s?", 0
