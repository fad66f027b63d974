"""Roles in apposition after a name: ", titel, titel i X" up to where the apposition ends."""

from __future__ import annotations

from dataclasses import replace

import regex

from ..language.names import FULL_NAME, party_marks, valid_name
from .role_end import sentence_end
from .role_party import PARTY_BETWEEN_COMMAS
from .roles import (
    _DEFINITE,
    _SPLIT_AND,
    Role,
    _indefinite,
    _person_inside,
    is_title_word,
    role_at,
    starts_with_title,
)

# What a title covers may run over commas: "med ansvar för demokrati, folkhälsa och jämlikhet".
_COVERAGE = regex.compile(r"\b(?:ansvar|ansvarig|ansvarar)\s+för\b", regex.I)
_NEXT_NAME = regex.compile(rf",\s*(?P<name>{FULL_NAME})")
# a comma, or a spaced dash in a list ("Anna Berg (M) - ordförande")
_COMMA = regex.compile(r"\s*,\s*| [-–] ")
_SPACE_LOWER = regex.compile(r" (?=\p{Ll}|\d:[ae] )")  # also "(M) 1:e vice ordförande"
_CHUNK = regex.compile(r"[^,]+")
# a title chunk that ends in its preposition goes on after the comma
_PREPOSITION_LAST = regex.compile(r"\s(?:för|i|på|vid|hos|inom)\s*$")
# A body's name before the title: "Ulf Ek, Tyresö kommun, socialsekreterare, 08-…"
_BODY_FIRST = regex.compile(r"\p{Lu}[\p{L}-]*(?: [\p{L}-]+){0,3}(?=\s*,)")


def _names_next(text: str, pos: int, stop: int) -> bool:
    """A name follows as the next comma chunk."""
    m = _NEXT_NAME.match(text, pos, stop)
    return bool(m and valid_name(m["name"]))


def _definite(piece: str) -> bool:
    """The chunk's title word is definite: "generaldirektören för X" introduces the name
    after it; "verksamhetschef individ- och familjeomsorg" describes the name before."""
    word = next((w for w in piece.split() if is_title_word(w)), "")
    return word.endswith(_DEFINITE) and _indefinite(word) != word


_SPACE_CAPITAL = regex.compile(r" (?=(\p{Lu}\p{Ll}+)\b)")


def _space_title(text: str, start: int) -> regex.Match[str] | None:
    """A capitalised title straight after the name: "säger Eva Ek Påverkanschef på X"."""
    m = _SPACE_CAPITAL.match(text, start)
    return m if m and is_title_word(m[1]) else None


def apposition(text: str, start: int) -> tuple[list[Role], int]:
    """Roles in ", titel, titel i X" starting at `start`; also where the apposition ends.

    Comma chunks that start with a title are roles; a chunk without one ends the roles
    ("ordförande, socialnämnden") unless the title before it covers a list ("med ansvar
    för demokrati, folkhälsa och jämlikhet").
    """
    lead = PARTY_BETWEEN_COMMAS.match(text, start)
    if lead and (party := lead["party"].upper()) in party_marks():
        after, stop = apposition(text, lead.end())  # "Erik Berg, (S), regionråd i X"
        return [replace(r, party=r.party or party) for r in after], stop
    stop = sentence_end(text, start)
    m = _COMMA.match(text, start)
    if m is None and (m := _SPACE_LOWER.match(text, start) or _space_title(text, start)):
        comma = text.find(",", start, stop)  # "säger X gruppledare för L": one chunk
        stop = comma if comma != -1 else stop
    if m and (body := _BODY_FIRST.match(text, m.end(), stop)) and not valid_name(body.group()):
        after, after_stop = apposition(text, body.end())  # "Ulf Ek, Tyresö kommun, kurator"
        if after:
            return after, after_stop
    if not m or not starts_with_title(text[m.end() : stop]):
        return [], start
    roles: list[Role] = []
    chunk_start = m.end()
    role_start, role_end = chunk_start, chunk_start
    for chunk in _CHUNK.finditer(text[chunk_start:stop]):
        c_start, c_end = chunk_start + chunk.start(), chunk_start + chunk.end()
        piece = text[c_start:c_end]
        if (inner := _person_inside(text, c_start, c_end)) and starts_with_title(piece.strip()):
            # "..., Fjärrlands ambassadör Li Wen": the next person's title; in "…, chef
            # på X och enhetschef Anna Ek" the part before the last "och"/"samt" is still
            # this person's ("utredare och enhetsråd på Brå samt Anna Ek")
            if cuts := [*_SPLIT_AND.finditer(piece, 0, inner.start() - c_start)]:
                roles += role_at(text, role_start, role_end) if role_end > role_start else []
                role_start, role_end = c_start, c_start + cuts[-1].start()
            break
        if _names_next(text, c_end, stop) and _definite(piece):
            break  # "A, generaldirektören för X, B": this title introduces B
        if starts_with_title(piece.strip()):
            roles += role_at(text, role_start, role_end) if role_end > role_start else []
            role_start, role_end = c_start, c_end
        elif _COVERAGE.search(text, role_start, role_end) and role_end > role_start:
            role_end = c_end
        elif role_end > role_start and _PREPOSITION_LAST.search(text, role_start, role_end):
            role_end = c_end  # "verksamhetschef för, förskolan": a stray comma, no end
        else:
            break
    roles += role_at(text, role_start, role_end)
    return roles, stop
