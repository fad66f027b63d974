"""A name mention and how a finder builds one from a match: the name's bounds, its party,
and the roles written before or after it."""

from __future__ import annotations

from dataclasses import dataclass, field

import regex

from ...language.names import FULL_NAME, not_name_words, valid_name
from ..role_apposition import apposition
from ..roles import Role, is_title_word, role_at, starts_with_title
from .patterns import not_party_marks


@dataclass(frozen=True)
class Evidence:
    """What a form of mention says: its rule id (models/rules/rule_ids.tsv), its score and
    the explanation shown in the report."""

    rule: str
    score: float
    why: str


@dataclass
class Mention:
    start: int
    end: int
    name: str
    score: float
    why: str
    rule: str
    party: str | None = None
    roles: list[Role] = field(default_factory=list)
    context: list[tuple[int, int]] = field(default_factory=list)
    partial: bool = False


def mention_of(start: int, end: int, name: str, evidence: Evidence) -> Mention:
    return Mention(start, end, name, evidence.score, evidence.why, evidence.rule)


def normalise_party(mark: str | None) -> str | None:
    """'(s)' -> 'S', '(Kd)' -> 'KD'; known marks and any other 1-4 letter mark are accepted."""
    if not mark or mark.upper() in not_party_marks():
        return None
    return mark.upper()


def name_bounds(m: regex.Match[str]) -> tuple[int, int, str] | None:
    """The name group, with leading title words ("Socialminister Jakob X") cut off."""
    start, name = m.start("name"), m["name"]
    while name.split() and (
        starts_with_title(name.split()[0], within=1)
        or name.split()[0].casefold() in not_name_words()  # "Också Lena Berg"
    ):
        first = name.split()[0]
        name = name[len(first) + 1 :]
        start += len(first) + 1
    words = name.split()
    if len(words) > 2 and words[-1].endswith("s") and _title_follows(m.string, start + len(name)):
        name = " ".join(words[:-1])  # "Elisabeth Svantesson Danmarks skatteminister ..."
    elif len(words) > 2 and is_title_word(words[-1]):
        name = " ".join(words[:-1])  # "säger Sara Berg Påverkanschef på X"
    return (start, start + len(name), name) if valid_name(name) else None


def _title_follows(text: str, end: int) -> bool:
    nxt = regex.match(r" (\S+)", text[end : end + 60])
    return bool(nxt and starts_with_title(nxt.group(1), within=1))


def mention_at(m: regex.Match[str], evidence: Evidence) -> Mention | None:
    """The mention of the match's name group, or None where it is no valid name."""
    bounds = name_bounds(m)
    if bounds is None:
        return None
    mention = mention_of(*bounds, evidence)
    mention.party = normalise_party(m.groupdict().get("party"))
    lead = m.string[m.start("name") : bounds[0]]
    if lead and starts_with_title(lead):  # "Europaminister Gunther Krichbaum": its own title
        mention.roles = role_at(m.string, m.start("name"), bounds[0])  # not "Även Anna X"
    return mention


def with_apposition(text: str, mention: Mention, after: int) -> Mention:
    """Roles written after the name (", titel i X"), and a party mark after the title."""
    roles, stop = apposition(text, after)
    mention.roles += roles
    if roles:  # the titles tie the person, and the one comma chunk after them ("…,
        # socialpolitisk talesperson, Sverigedemokraterna"), not the rest of the sentence
        end = max(r.end for r in roles)
        chunk = regex.compile(r"\s*,[^,]*").match(text, end, stop)
        if chunk and not names_person(chunk.group()):
            end = chunk.end()
        mention.context.append((after, end))
        mention.party = mention.party or next((r.party for r in roles if r.party), None)
    return mention


def names_person(chunk: str) -> bool:
    """A person's name in the chunk; "Länsstyrelsen Blekinge" has the form but is a body."""
    return any(valid_name(m.group()) for m in regex.finditer(FULL_NAME, chunk))


def title_role(text: str, m: regex.Match[str]) -> list[Role]:
    """The title the pattern matched before the name, unless the name held its own."""
    if not m.groupdict().get("title") or name_bounds(m)[0] > m.start("name"):  # type: ignore[index]
        return []
    return role_at(text, m.start("title"), m.end("title"))
