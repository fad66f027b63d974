"""A plural title shared by a list of names: "Per Lamm och Eva Ek, lektorer vid X" and
"valde Mia Berg och Bo Ek till suppleanter i X" give each name the title in the singular,
with what it covers ("lektor vid X", "suppleant i X")."""

from __future__ import annotations

from functools import cache

import regex

from ...language.names import FULL_NAME
from ..roles import Role, normalise, role_at, singular_title
from .mention import Evidence, Mention, mention_at
from .patterns import APPOINT, APPOINTED_TO, SENTENCE_STOP, clause_end, patterns

PLURAL_APPOSITION = Evidence(
    "people.plural_apposition", 0.8, "names in a list followed by a plural title"
)
PLURAL_APPOINTED = Evidence("people.plural_appointed", 0.8, "names appointed to a plural title")

_PERSON = rf"{FULL_NAME}(?: \(\p{{L}}{{1,4}}\))?"
_LIST = rf"(?P<list>{_PERSON}(?:, {_PERSON})* (?:och|samt) {_PERSON})"
_PLURAL_WORD = r"(?P<title>(?>\p{Ll}[\p{L}-]*)(?<=er|ar|are|erna|arna))(?![\p{L}-])"


@cache
def _plural_patterns() -> dict[str, regex.Pattern[str]]:
    return {
        "apposition": regex.compile(rf"{_LIST}, {_PLURAL_WORD}"),
        "appointed": regex.compile(
            rf"\b(?:{APPOINT})(?: \p{{Ll}}+){{0,2}}? {_LIST} {APPOINTED_TO} {_PLURAL_WORD}"
        ),
    }


def _singular_role(text: str, m: regex.Match[str]) -> Role | None:
    """The plural title and what it covers, up to the clause's end, in the singular."""
    singular = singular_title(m["title"])
    if singular is None:
        return None
    stop = SENTENCE_STOP.search(text, m.end())
    sentence_end = stop.start() if stop else len(text)
    comma = text.find(",", m.end(), sentence_end)
    end = clause_end().search(text, m.end(), sentence_end)
    limit = min(p for p in (sentence_end, comma, end.start() if end else -1) if p >= 0)
    roles = role_at(text, m.start("title"), limit)
    if not roles or roles[0].start != m.start("title"):
        return None
    role = roles[0]
    return Role(role.start, role.end, normalise(singular + role.text[len(m["title"]) :]))


def _listed(text: str, m: regex.Match[str], evidence: Evidence) -> list[Mention]:
    role = _singular_role(text, m)
    if role is None:
        return []
    found = []
    for n in patterns()["caption_name"].finditer(text, m.start("list"), m.end("list")):
        if mention := mention_at(n, evidence):
            mention.roles.append(role)
            mention.context.append((role.start, role.end))
            found.append(mention)
    return found


def plural_apposition_mentions(text: str) -> list[Mention]:
    """'A och B, lektorer vid X': each name is a "lektor vid X"."""
    found = []
    for m in _plural_patterns()["apposition"].finditer(text):
        found += _listed(text, m, PLURAL_APPOSITION)
    return found


def plural_appointed_mentions(text: str) -> list[Mention]:
    """'nominerade A och B till suppleanter i X': each name is a "suppleant i X"."""
    found = []
    for m in _plural_patterns()["appointed"].finditer(text):
        found += _listed(text, m, PLURAL_APPOINTED)
    return found
