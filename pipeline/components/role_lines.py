"""Roles on a contact-block line, where titles may run together without commas."""

from __future__ import annotations

import regex

from .roles import Role, is_modifier, is_title_word, role_at, starts_with_title

_WORD = regex.compile(r"\S+")
# "Ordförande i Kulturrådet": a capitalised title word after a preposition names a body
_BODY_PREPOSITIONS = frozenset(("i", "på", "vid", "för", "hos", "inom"))


def _opens_title(words: list[regex.Match[str]], n: int) -> bool:
    """The n-th word is a capitalised title word that starts a title of its own, or a
    capitalised modifier straight before a title word ("Presskontakt Tf. Presschef")."""
    word = words[n][0]
    if not word[0].isupper() or (n > 0 and words[n - 1][0] in _BODY_PREPOSITIONS):
        return False
    if _modified_title(words, n - 1):
        return False  # "Presschef" of "Tf. Presschef": the modifier opened the title
    return is_title_word(word) or _modified_title(words, n)


def _modified_title(words: list[regex.Match[str]], n: int) -> bool:
    """The n-th word is a capitalised modifier and a title word follows it."""
    return (
        0 <= n < len(words) - 1
        and words[n][0][0].isupper()
        and is_modifier(words[n][0])
        and is_title_word(words[n + 1][0])
    )


def roles_in_line(text: str, start: int, end: int) -> list[Role]:
    """Roles on a contact-block line: "Kommunalråd med ansvar för X." or, run together,
    "Presskontakt Presschef Haninge kommun 086067400" (each capitalised title its own)."""
    words = list(_WORD.finditer(text[start:end]))
    if sum(_opens_title(words, n) for n in range(len(words))) < 2:
        return _comma_roles(text, start, end) if starts_with_title(text[start:end].strip()) else []
    roles = []
    current: list[regex.Match[str]] = []
    for n, w in enumerate(words):
        if is_title_word(w[0]) or _modified_title(words, n) or (current and not w[0][0].isupper()):
            if _opens_title(words, n) and current:
                roles += role_at(text, start + current[0].start(), start + current[-1].end())
                current = []
            current.append(w)
        else:
            break
    if current:
        roles += role_at(text, start + current[0].start(), start + current[-1].end())
    return roles


_CHUNK = regex.compile(r"[^,]+")
# What a title covers may run over commas: "med ansvar för demokrati, folkhälsa och jämlikhet".
_COVERAGE = regex.compile(r"\b(?:ansvar|ansvarig|ansvarar)\s+för\b", regex.I)


def _comma_roles(text: str, start: int, end: int) -> list[Role]:
    """The roles of a line's comma chunks that open with a title, up to the first that
    does not ("Samordnare, Tyresö kommun": the body is the person's organization, no part
    of the role), unless the title before it covers a list ("med ansvar för X, Y och Z")."""
    roles: list[Role] = []
    role_start = role_end = start
    for chunk in _CHUNK.finditer(text, start, end):
        if role_end == start or starts_with_title(chunk.group().strip()):
            if role_end > role_start:
                roles += role_at(text, role_start, role_end)
            role_start = chunk.start()
        elif not _COVERAGE.search(text, role_start, role_end):
            break
        role_end = chunk.end()
    return roles + role_at(text, role_start, role_end)
