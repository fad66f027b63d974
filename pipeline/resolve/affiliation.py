"""A person's organization: the most specific body named inside the text that ties the
person to it (their roles, apposition or contact block), else what their title implies,
else the publishing municipality or region.
"""

from __future__ import annotations

from functools import cache

import regex

from ..language.resources import read_table
from ..record.schema import Organization, RoleMention
from .mentions import Found

# Most specific first: a committee or an administration says more than its municipality.
ORG_SPECIFICITY = {
    "committee": 0,
    "administration": 0,
    "school": 1,
    "agency": 2,
    "association": 2,
    "company": 2,
    "political": 3,
    "region": 4,
    "municipality": 4,
    "other": 5,
}


def _contexts(mentions: list[Found], roles: list[RoleMention]) -> list[tuple[int, int]]:
    found = [(r.span.start, r.span.end) for r in roles]
    for mention in mentions:
        found += [(s, e) for s, e in mention.value.get("context", [])]
    return found


def organization_of(
    mentions: list[Found], roles: list[RoleMention], organizations: list[Organization]
) -> tuple[Organization, str, str] | None:
    """The most specific organization mentioned inside the person's role or block text;
    else, for someone holding a position, the municipality or region publishing it."""
    contexts = _contexts(mentions, roles)
    candidates = []
    for org in organizations:
        inside = [m for m in org.mentions if any(s <= m.start and m.end <= e for s, e in contexts)]
        if inside:
            candidates.append((ORG_SPECIFICITY.get(org.type, 5), inside[0].start, org))
    if candidates:
        _, _, best = min(candidates, key=lambda c: (c[0], c[1]))
        why = f"{best.type} named in the person's title or contact block"
        return best, "person_org.in_context", why
    if by_role := _named_in_roles(roles, organizations) or _by_title_kind(roles, organizations):
        return by_role
    home = publisher(organizations)
    if home and any(r.value.casefold() not in _outside_roles() for r in roles):
        why = f"the release's own {home.type} (most mentioned), none named with the person"
        return home, "person_org.publisher", why
    if not roles and (sender := _dominant_sender(organizations)):
        why = f"the {sender.type} the release is about, none named with the person"
        return sender, "person_org.dominant_sender", why
    return None


# Kinds of body that send their own releases and speak through their staff.
_SENDER_TYPES = frozenset({"agency", "association", "company", "school"})


def _is_government(org: Organization) -> bool:
    name = org.name.casefold()
    return name in ("regeringen", "regeringskansliet") or name.endswith("departementet")


def _dominant_sender(organizations: list[Organization]) -> Organization | None:
    """The body a release from an agency, association or company is about: named at
    least three times and at least twice as often as any other body, in a release that
    does not name the government."""
    if any(_is_government(o) for o in organizations):
        return None  # the government's release: its speakers are ministers, not the body's
    ranked = sorted(organizations, key=lambda o: -len(o.mentions))
    if not ranked or ranked[0].type not in _SENDER_TYPES or len(ranked[0].mentions) < 3:
        return None
    second = len(ranked[1].mentions) if len(ranked) > 1 else 0
    return ranked[0] if len(ranked[0].mentions) >= 2 * second else None


def _named_in_roles(
    roles: list[RoleMention], organizations: list[Organization]
) -> tuple[Organization, str, str] | None:
    """A body whose name or alias a role spells out, in any case ("vd för sabo")."""
    for role in roles:
        words = set(_ROLE_WORD.findall(role.value.casefold()))
        text = " ".join(_ROLE_WORD.findall(role.value.casefold()))
        for org in organizations:
            for name in (org.name, *org.aliases):
                parts = _ROLE_WORD.findall(name.casefold())
                if parts and parts[0] in words and f" {' '.join(parts)} " in f" {text} ":
                    why = f"{org.type} named in the person's role"
                    return org, "person_org.named_in_role", why
    return None


# a role's words; an acronym's genitive ":s" splits off ("mkb:s" -> "mkb", "s")
_ROLE_WORD = regex.compile(r"[\w-]+")


def _by_title_kind(
    roles: list[RoleMention], organizations: list[Organization]
) -> tuple[Organization, str, str] | None:
    """The release's only body of the kind a title implies ("landshövding": its
    länsstyrelse; "kommunalråd": its municipality)."""
    for role in roles:
        words = role.value.casefold().split()
        kind = next((k for t, k in _title_kinds() if words and words[-1].endswith(t)), None)
        if kind is None:
            kind = next((k for t, k in _title_kinds() if role.value.casefold().startswith(t)), None)
        if kind is None:
            continue
        of_kind = [o for o in organizations if _is_kind(o, kind)]
        if len(of_kind) == 1:
            why = f"the release's only {kind.replace('_', ' ')}, as the title implies"
            return of_kind[0], "person_org.title_kind", why
    return None


def _is_kind(org: Organization, kind: str) -> bool:
    name = org.name.casefold()
    if kind == "county_board":
        return name.startswith("länsstyrelse")
    if kind == "police":
        return "polis" in name and org.type == "agency"
    if kind == "agency":
        return org.type == "agency" and not name.startswith(("länsstyrelse", "regeringen"))
    return org.type == kind


@cache
def _title_kinds() -> tuple[tuple[str, str], ...]:
    return tuple((row["title"], row["kind"]) for row in read_table("title_org_kinds.tsv"))


def publisher(organizations: list[Organization]) -> Organization | None:
    """The most mentioned organization, when it is a municipality or region: in a
    municipal release the body that publishes it and employs the people it names."""
    if not organizations:
        return None
    top = max(
        organizations, key=lambda o: (len(o.mentions), -o.mentions[0].start if o.mentions else 0)
    )
    if top.type not in ("municipality", "region") or " " not in top.name:
        return None  # a bare place name acting once ("Solna satsar") says less
    public = [o for o in organizations if o.type in ("municipality", "region")]
    return top if len(top.mentions) >= 2 or len(public) == 1 else None


@cache
def _outside_roles() -> frozenset[str]:
    """Roles from labels that do not make a person the publisher's ("fotograf")."""
    return frozenset(
        row["role"] for row in read_table("person_labels.tsv") if row.get("staff") == "no"
    )
