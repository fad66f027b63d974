"""Bodies the release implies for a person the text ties to none: the body that issued it
(a press contact's), the party whose release it is, the municipality or region publishing
it, the body a head's title heads when the release names it most, and the body a release
from an agency, association or company is about. A state agency that a municipal or
regional release names is cited there: it neither issued the release nor employs its people.
"""

from __future__ import annotations

from functools import cache

import regex

from ..language.resources import read_lines, read_table
from ..record.schema import Organization, RoleMention

Link = tuple[Organization, str, str]


def issuer_of_press_contact(
    roles: list[RoleMention], organizations: list[Organization]
) -> Link | None:
    """A press contact with no body beside the name answers for the body that issued the
    release: the most mentioned body that can issue one (ANNOTATION.md)."""
    if not any(r.value.casefold() in _press_roles() for r in roles):
        return None
    if any(_PLACED_ROLE.search(r.value) for r in roles):
        return None  # "ekonomichef på Hälso- och sjukvårdskansliet": a body of their own
    # a committee or administration acts inside the body that issues the release
    issuers = [
        o
        for o in organizations
        if o.type not in ("committee", "administration") and not _cited(o, organizations)
    ]
    issuer = most_mentioned(issuers)
    if issuer is None or is_government(issuer) or _tied(issuer, issuers):
        return None
    return (
        issuer,
        "person_org.issuer",
        f"the {issuer.type} that issued the release (most mentioned)",
    )


# a title placing its holder in a named body: a preposition before a capitalised word
_PLACED_ROLE = regex.compile(r"\s(?:i|på|vid|hos|inom)\s+\p{Lu}")


def _tied(top: Organization, bodies: list[Organization]) -> bool:
    """Another body named as often: the release does not show which one issued it."""
    return any(o is not top and len(o.mentions) == len(top.mentions) for o in bodies)


@cache
def _press_roles() -> frozenset[str]:
    return frozenset(w.casefold() for w in read_lines("press_roles.txt"))


def most_mentioned(organizations: list[Organization]) -> Organization | None:
    if not organizations:
        return None
    return max(
        organizations, key=lambda o: (len(o.mentions), -o.mentions[0].start if o.mentions else 0)
    )


@cache
def sender_types() -> frozenset[str]:
    """Kinds of body that send their own releases and speak through their staff."""
    return frozenset(row["type"] for row in read_table("affiliation_sender_types.tsv"))


@cache
def government_names() -> tuple[frozenset[str], tuple[str, ...]]:
    rows = read_table("affiliation_bodies.tsv")
    names = frozenset(r["name"].casefold() for r in rows if r["match"] == "name")
    return names, tuple(r["name"].casefold() for r in rows if r["match"] == "ending")


def is_government(org: Organization) -> bool:
    names, endings = government_names()
    name = org.name.casefold()
    return name in names or name.endswith(endings)


def dominant_sender(organizations: list[Organization]) -> Organization | None:
    """The body a release from an agency, association or company is about: named at
    least three times and at least twice as often as any other body, in a release that
    does not name the government."""
    if any(is_government(o) for o in organizations):
        return None  # the government's release: its speakers are ministers, not the body's
    ranked = sorted(organizations, key=lambda o: -len(o.mentions))
    if not ranked or ranked[0].type not in sender_types() or len(ranked[0].mentions) < 3:
        return None
    second = len(ranked[1].mentions) if len(ranked) > 1 else 0
    return ranked[0] if len(ranked[0].mentions) >= 2 * second else None


def headed_body(roles: list[RoleMention], organizations: list[Organization]) -> Organization | None:
    """A head ("kulturchef", "vd") with no body named heads within the body the release
    names most, when no other is named as often: a municipality, region or a body that
    sends its own releases, or any kind when it is the only body named."""
    if not any(r.value.casefold().split()[-1].endswith(head_endings()) for r in roles if r.value):
        return None
    kinds = sender_types() | {"municipality", "region"}
    top = most_mentioned(organizations)
    if top is None or is_government(top) or _tied(top, organizations):
        return None
    if top.type not in kinds and len(organizations) > 1:  # the release's one body: its own
        return None
    if top.type in ("municipality", "region") and " " not in top.name:
        return None  # a bare place acting ("Kalix satsar") names no employer, as in publisher
    if top.type == "committee":
        return None  # a committee has a chair and members, no head on staff
    if top.type == "agency" and (_names_local(organizations) or len(top.mentions) < 2):
        return None  # a head in a local release is the local body's; one named once is cited
    return top


def _names_local(organizations: list[Organization]) -> bool:
    return any(o.type in ("municipality", "region") for o in organizations)


def _cited(body: Organization, organizations: list[Organization]) -> bool:
    """A state agency in a release that names a municipality or region: cited there (a
    report, a grant, a rule), not the body that issued it or employs its people. The police
    act in the place (their local area, a joint release) and the government issues its own
    releases about a place: neither is only cited."""
    acting = "polis" in body.name.casefold() or is_government(body)
    return body.type == "agency" and not acting and _names_local(organizations)


def party_release(organizations: list[Organization]) -> Organization | None:
    """A party's own release: the one party named at least twice and no less often than
    any other body ("Kristdemokraterna vill …"); its people speak for it."""
    most = max((len(o.mentions) for o in organizations), default=0)
    top = [o for o in organizations if o.type == "political" and len(o.mentions) == most]
    return top[0] if len(top) == 1 and most >= 2 else None


@cache
def head_endings() -> tuple[str, ...]:
    return read_lines("administration_head_titles.txt")


def publisher(organizations: list[Organization]) -> Organization | None:
    """The most mentioned municipality or region, when no body is named more often and none
    as often but its own committees and administrations and state agencies it cites: in a
    municipal release the body that publishes it and employs the people it names."""
    public = [o for o in organizations if o.type in ("municipality", "region")]
    top = most_mentioned(public)
    if top is None or " " not in top.name:
        return None  # a bare place name acting once ("Solna satsar") says less
    if most_mentioned(organizations) is not top and _rivals(top, organizations) != 0:
        return None  # a company or association named as often may have issued it
    return top if len(top.mentions) >= 2 or len(public) == 1 else None


def _rivals(top: Organization, organizations: list[Organization]) -> int:
    """Bodies named as often as the public body, not its own parts (a committee or an
    administration) nor a state agency (cited: a grant, a report); -1 if one is named more."""
    inside = ("committee", "administration", "municipality", "region")
    others = [o for o in organizations if o.type not in inside and not _cited(o, organizations)]
    if any(len(o.mentions) > len(top.mentions) for o in organizations if o.type in inside[:2]):
        return -1
    if any(len(o.mentions) > len(top.mentions) for o in others):
        return -1
    return sum(len(o.mentions) == len(top.mentions) for o in others)
