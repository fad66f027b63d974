"""press_resolve_people: one Person per named individual, however often it is mentioned.

Mentions (the people span group and the NER's PER entities, see `mentions`) merged per
person, with party, roles and organization (`affiliation`). Roles written twice (body and
contact block) are one role, in the fuller form. Reads `doc._.resolved_organizations` for
the affiliation, and `doc.ents` when the pipeline has an NER (not declared: a build
without one is valid); sets `doc._.resolved_people` (ids `P<n>` in order of first mention).
"""

from __future__ import annotations

from difflib import SequenceMatcher
from functools import cache

import regex
from spacy.tokens import Doc

from ..components.roles import is_modifier, is_title_word
from ..language.resources import read_table
from ..language.rule_ids import link_score
from ..language.spans import text_of
from ..record.schema import Organization, Person, RoleMention, Span
from .affiliation import organization_of
from .attrs import from_resolved
from .beside import Surroundings
from .mentions import Found, grouped_mentions

# "kultur- och fritidsnämndens ordförande": the first part of a coordinated owner
_COORDINATED_OWNER = regex.compile(r"^(?:[\w-]+-,? )*[\w-]+- (?:och|eller|samt)$")
_OWNER_PREPOSITION = regex.compile(r"^(?:(?:i|på|vid|för|hos|inom) )?")


def same_role(a: str, b: str) -> bool:
    """One position written twice: equal, one the start of the other, or nearly equal
    (in any case: "Presschef" opening a block line is the body's "presschef"), or its
    owner written before it and after it ("fritidsnämndens ordförande", "ordförande i
    fritidsnämnden")."""
    shorter, longer = sorted((_expanded(a), _expanded(b)), key=len)
    owner = longer[: -len(shorter)].strip()
    return (
        longer == shorter
        or longer.startswith(shorter + " ")
        or (longer.endswith(" " + shorter) and _owner_words(owner))
        or (longer.endswith(" " + shorter) and bool(_COORDINATED_OWNER.match(owner)))
        or _owner_before_and_after(shorter, longer)
        or _kind_word_inserted(shorter, longer)
        or (SequenceMatcher(None, shorter, longer).ratio() >= 0.85 and _same_head(shorter, longer))
    )


def _kind_word_inserted(shorter: str, longer: str) -> bool:
    """The longer is the shorter with one word put before its body's name: "kommunpolis i
    kungsbacka" and "kommunpolis i lokalpolisområde kungsbacka"."""
    short, long = shorter.split(), longer.split()
    return (
        len(short) >= 3
        and len(long) == len(short) + 1
        and any(long[:n] + long[n + 1 :] == short for n in range(2, len(short)))
    )


def _owner_words(owner: str) -> bool:
    """A body's genitive, then modifiers, before a title: "socialnämndens", "tyresö kommuns
    biträdande" (the block's "säkerhetschef" is the body's "… biträdande säkerhetschef")."""
    words = owner.split()
    while words and is_modifier(words[-1]):
        words.pop()
    return 0 < len(words) <= 3 and words[-1].endswith("s")


def _same_head(a: str, b: str) -> bool:
    """The title words nearly equal ("områdechef" as a typo of "områdeschef"): "lektor vid
    X" and "forskare vid X" are two positions however alike the rest; "andre vice
    ordförande" and "2:a vice ordförande" are one."""
    return SequenceMatcher(None, _head(a), _head(b)).ratio() >= 0.8


def _head(role: str) -> str:
    """The role's first title word ("ordförande" of "2:a vice ordförande"), else its first."""
    words = role.casefold().split()
    return next((w for w in words if is_title_word(w)), words[0] if words else "")


def _owner_before_and_after(a: str, b: str) -> bool:
    """ "mkb:s ordförande" and "styrelseordförande i mkb": the title word of one ends the
    other's, and the owner before it in the genitive is the body after the other's."""
    return _genitive_then_title(a, b) or _genitive_then_title(b, a)


def _genitive_then_title(genitive_form: str, after_form: str) -> bool:
    owner, _, head = genitive_form.rpartition(" ")
    first, _, rest = after_form.partition(" ")
    if not owner.endswith("s") or not first.endswith(head) or not rest:
        return False
    body = rest[_OWNER_PREPOSITION.match(rest).end() :]
    return body in (owner[:-2] if owner.endswith(":s") else owner[:-1], owner)


def role_mentions(doc: Doc, mentions: list[Found]) -> list[RoleMention]:
    found: dict[tuple[int, int], RoleMention] = {}
    for mention in mentions:
        for start, end, role in mention.value.get("roles", []):
            found.setdefault(
                (start, end),
                RoleMention(
                    value=role,
                    span=Span(start=start, end=end, text=text_of(doc)[start:end]),
                    source=mention.source,
                    rule=mention.rule,
                    confidence=mention.score,
                    explanation=f"role written with the name ({mention.explain})",
                ),
            )
    return [found[k] for k in sorted(found)]


def distinct_roles(mentions: list[RoleMention]) -> list[str]:
    """Each position once, in its fuller form, in order of first mention. Two roles are
    compared as given and as written (a role may leave out its owner's name, which the
    text wrote: "Tyresö kommuns biträdande säkerhetschef" and the block's "säkerhetschef")."""
    roles: list[str] = []
    written: list[str] = []
    for mention in mentions:
        text = " ".join(mention.span.text.split())
        same = next(
            (
                i
                for i, r in enumerate(roles)
                if same_role(r, mention.value) or same_role(written[i], text)
            ),
            None,
        )
        if same is None:
            roles.append(mention.value)
            written.append(text)
        else:
            roles[same] = _fuller(roles[same], mention.value)
    return roles


@cache
def _abbreviations() -> dict[str, str]:
    return {row["abbreviation"]: row["word"] for row in read_table("title_abbreviations.tsv")}


def _expanded(role: str) -> str:
    """The role case-folded, each abbreviated title word written out: "ordf. nämnden"
    -> "ordförande nämnden"."""
    words = role.casefold().split()
    return " ".join(_abbreviations().get(w.rstrip("."), w) for w in words)


def _fuller(kept: str, other: str) -> str:
    """The written-out form over an abbreviated one; the longer form; of an owner written
    before and after the title, the one after ("ordförande i fritidsnämnden"), which
    names the body in its base form."""
    a, b = _expanded(kept), _expanded(other)
    kept_written_out, other_written_out = a == kept.casefold(), b == other.casefold()
    if kept_written_out != other_written_out:
        return kept if kept_written_out else other
    if _genitive_then_title(a, b) or _genitive_then_title(b, a):
        return other if _genitive_then_title(a, b) else kept
    return other if len(other) > len(kept) else kept


def _party(mentions: list[Found]) -> str | None:
    return next((p for m in mentions if (p := m.value.get("party"))), None)


def people(doc: Doc, organizations: list[Organization]) -> list[Person]:
    found = []
    groups = grouped_mentions(doc)
    where = Surroundings.of(text_of(doc), [(m.start, m.end) for g in groups for m in g])
    for n, mentions in enumerate(groups, start=1):
        full = [m for m in mentions if len(m.value["name"].split()) >= 2] or mentions
        best = max(full, key=lambda m: m.score)
        roles = role_mentions(doc, mentions)
        org = organization_of(mentions, roles, organizations, where)
        unique = {(m.start, m.end): m for m in mentions}
        found.append(
            Person(
                id=f"P{n}",
                name=" ".join(best.value["name"].split()),
                party=_party(mentions),
                roles=distinct_roles(roles),
                role_mentions=roles,
                organization_id=org[0].id if org else None,
                organization_explanation=org[2] if org else None,
                organization_rule=org[1] if org else None,
                organization_confidence=link_score(org[1]) if org else None,
                mentions=[
                    Span(start=m.start, end=m.end, text=m.text)
                    for m in (unique[k] for k in sorted(unique))
                ],
                source=best.source,
                rule=best.rule,
                confidence=best.score,
                explanation=best.explain,
            )
        )
    return found


make_resolve_people = from_resolved(
    "press_resolve_people",
    people,
    group="people",
    reads="resolved_organizations",
    writes="resolved_people",
)
