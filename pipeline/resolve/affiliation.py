"""A person's organization: the most specific body named inside the text that ties the
person to it (their roles, apposition or contact block, the phrase beside the name), else
what their title implies, their party, the body a press contact answers for, else what
the release implies (release_bodies.py): the party whose release it is, the publishing
municipality or region, for a head the body the release names most.
"""

from __future__ import annotations

from functools import cache

import regex

from ..components.roles import is_modifier
from ..language.names import party_marks
from ..language.resources import read_table
from ..record.schema import Organization, RoleMention
from .beside import Surroundings, after_name, before_name, owner_before_role
from .fold import fold
from .mentions import Found
from .release_bodies import (
    Link,
    dominant_sender,
    head_endings,
    headed_body,
    issuer_of_press_contact,
    most_mentioned,
    party_release,
    publisher,
)

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
    mentions: list[Found],
    roles: list[RoleMention],
    organizations: list[Organization],
    where: Surroundings | None = None,
) -> Link | None:
    """The most specific organization mentioned inside the person's role or block text or
    beside the name; else what the title, the party or a press role implies; else, for
    someone holding a position, the municipality or region publishing it, or for a head
    the body the release names most."""
    if found := _in_context(mentions, roles, organizations):
        return found
    if where is not None and (found := _beside(mentions, organizations, where)):
        return found
    if where is not None and (
        owner := owner_before_role(where, [r.span.start for r in roles], organizations)
    ):
        why = f"{owner.type} in the genitive before the role"
        return owner, "person_org.owner_before_role", why
    party = _by_party(mentions, roles, organizations, where)
    if party and (own := party_release(organizations)) and _same_party(own.name, party[0].name):
        return party  # "landstingsråd (C)" in the party's own release speaks for the party
    if by_role := (
        _named_in_roles(roles, organizations)
        or _by_definite_place(roles, organizations)
        or _by_title_stem(roles, organizations)
        or _by_title_kind(roles, organizations)
    ):
        return by_role
    if party:
        return party
    if found := issuer_of_press_contact(roles, organizations):
        return found
    return _implied_by_release(mentions, roles, organizations, where)


def _implied_by_release(
    mentions: list[Found],
    roles: list[RoleMention],
    organizations: list[Organization],
    where: Surroundings | None,
) -> Link | None:
    """No body written with the person: the party whose release it is, the publishing
    municipality or region, the body a head's title heads, the body the release is about."""
    if not any(m.value.get("party") for m in mentions) and (party := party_release(organizations)):
        why = "the party whose release it is (named most), none named with the person"
        return party, "person_org.party_release", why
    staff = not _credited_only(mentions, where)
    if roles and staff:
        staff = any(r.value.casefold() not in _outside_roles() for r in roles)
    home = publisher(organizations)
    if home and staff and roles:
        why = f"the release's own {home.type} (most mentioned), none named with the person"
        return home, "person_org.publisher", why
    if (head := headed_body(roles, organizations)) is not None:
        why = f"the {head.type} the release names most, headed by the person's title"
        return head, "person_org.head_of_top", why
    if not roles and staff and (sender := dominant_sender(organizations)):
        why = f"the {sender.type} the release is about, none named with the person"
        return sender, "person_org.dominant_sender", why
    return None


def _in_context(
    mentions: list[Found], roles: list[RoleMention], organizations: list[Organization]
) -> Link | None:
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
    return None


def _beside(
    mentions: list[Found], organizations: list[Organization], where: Surroundings
) -> Link | None:
    """A body in the phrase right after a name ("Bo Lundin, Naturvårdsverket"), else one a
    title before the name carries ("Region Skånes regiondirektör Alf Jönsson")."""
    for mention in sorted(mentions, key=lambda m: m.start):
        if found := after_name(where, mention.end, organizations):
            near = found[0]  # the first written: a later one can be another clause's
            why = f"{near.type} written in the phrase after the name"
            return near, "person_org.after_name", why
    for mention in sorted(mentions, key=lambda m: m.start):
        if title_body := before_name(where, mention.start, organizations):
            why = f"{title_body.type} of the title before the name"
            return title_body, "person_org.before_name", why
    return None


def _by_party(
    mentions: list[Found],
    roles: list[RoleMention],
    organizations: list[Organization],
    where: Surroundings | None,
) -> Link | None:
    """The party a politician's mark names ("Bo Ek (KD)", "Bo Ek SD", "gruppledare för SD
    Karlstad"), when the release names that party as an organization."""
    marks = {m.value["party"] for m in mentions if m.value.get("party")}
    for role in roles:
        marks |= {w for w in role.value.split() if w in party_marks()}
    if where is not None:
        for mention in mentions:
            word = regex.match(r"[ \t]+(\p{Lu}{1,4})\b", where.text[mention.end : mention.end + 8])
            if word and word.group(1) in party_marks():
                marks.add(word.group(1))
    names = {_party_names().get(mark.upper()) for mark in marks} - {None}
    for org in organizations:
        if org.type == "political" and any(_same_party(org.name, n) for n in names if n):
            return org, "person_org.party", "the party of the person's party mark"
    return None


def _same_party(org_name: str, party: str) -> bool:
    """ "Miljöpartiet" is "Miljöpartiet de gröna": the first word decides."""
    return org_name.casefold().split()[0] == party.casefold().split()[0]


@cache
def _party_names() -> dict[str, str]:
    return {row["mark"].upper(): row["name"] for row in read_table("parties.tsv")}


def _credited_only(mentions: list[Found], where: Surroundings | None) -> bool:
    """Every mention follows a credit label ("Foto: Bo Ek", "Bild: Bo Ek"): a photographer
    credited, not someone speaking for the body."""
    if where is None:
        return False
    return all(_credit_label().search(where.text, max(0, m.start - 20), m.start) for m in mentions)


@cache
def _credit_label() -> regex.Pattern[str]:
    labels = [r["label"] for r in read_table("person_labels.tsv") if r.get("staff") == "no"]
    return regex.compile(rf"(?:{'|'.join(map(regex.escape, labels))})\s*:\s*$", regex.I)


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


def _by_definite_place(roles: list[RoleMention], organizations: list[Organization]) -> Link | None:
    """A title placing its holder in a body the release named before, now by its common
    noun in the definite form ("arbetsledare på biblioteket" -> Älvdalens bibliotek, "chef
    på kommunen" -> X kommun): the body most named whose name ends in that noun."""
    for role in roles:
        found = _DEFINITE_PLACE.search(role.value.casefold())
        if not found:
            continue
        word = found.group(1)
        nouns = {word} | {word[: -len(end)] for end in ("en", "et", "n", "t") if word.endswith(end)}
        named = [o for o in organizations if o.name.casefold().endswith(tuple(nouns))]
        top = most_mentioned(named)
        if top is not None and not any(
            o is not top and len(o.mentions) == len(top.mentions) for o in named
        ):
            why = f"the {top.type} the title's {word!r} refers to"
            return top, "person_org.definite_place", why
    return None


# the title's last words: a preposition and one lower-case definite noun
_DEFINITE_PLACE = regex.compile(r"\s(?:på|i|vid|inom|hos)\s+(\p{Ll}{4,}(?:en|et|n|t))$")


def _by_title_stem(roles: list[RoleMention], organizations: list[Organization]) -> Link | None:
    """A head's title names its administration by its first part: "socialchef" heads the
    release's only administration whose name starts with "social" (socialförvaltningen)."""
    for role in roles:
        words = role.value.casefold().split()
        while len(words) > 1 and is_modifier(words[0]):
            words = words[1:]  # "tillförordnad socialchef", "biträdande förvaltningschef"
        if len(words) != 1:
            continue  # "chef för X" names its body; a bare compound title does not
        stem = next((words[0][: -len(e)] for e in head_endings() if words[0].endswith(e)), "")
        stem = stem.removesuffix("s")
        if len(stem) < 4:
            continue  # "chef", "vd-chef": no administration named
        headed = [
            o
            for o in organizations
            if o.type == "administration" and o.name.casefold().startswith(stem)
        ]
        if len(headed) == 1:
            why = f"the administration the title {role.value!r} heads"
            return headed[0], "person_org.title_stem", why
    return None


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
            if kind == "committee":
                continue  # "ordförande i kommunens utskott": the chair of a body not found
        if kind is None:
            continue
        of_kind = [o for o in organizations if _is_kind(o, kind)]
        which = "only"
        if len(of_kind) > 1:
            which = "most named"
            if kind != "committee":  # "Länsstyrelsen" and "Länsstyrelsen i X län": the named one
                of_kind = [o for o in of_kind if " " in o.name]
            of_kind = _most_mentioned(of_kind)  # a chair's: the meeting's committee
        if len(of_kind) == 1:
            why = f"the release's {which} {kind.replace('_', ' ')}, as the title implies"
            return of_kind[0], "person_org.title_kind", why
    return None


def _most_mentioned(bodies: list[Organization]) -> list[Organization]:
    """Those of the bodies mentioned most often (several on a tie: no one body)."""
    most = max((len(o.mentions) for o in bodies), default=0)
    return [o for o in bodies if len(o.mentions) == most]


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


@cache
def _outside_roles() -> frozenset[str]:
    """Roles from labels that do not make a person the publisher's ("fotograf")."""
    return frozenset(
        row["role"] for row in read_table("person_labels.tsv") if row.get("staff") == "no"
    )


def organization_of_email(
    addresses: list[tuple[str, int]], organizations: list[Organization]
) -> Link | None:
    """The body whose name the domain of the person's e-mail spells ("anna.a@kalmar.se" ->
    Kalmar kommun, "@regiondalarna.se" -> Region Dalarna, "@iogt.se" -> IOGT-NTO); of
    several it spells ("@lansstyrelsen.se"), the one named nearest the address (the contact
    block's heading or signature). `addresses`: each e-mail and where it stands."""
    for email, position in addresses:
        labels = email.rpartition("@")[2].split(".")[:-1]
        spelled = [o for o in organizations if any(_spells(label, o) for label in labels)]
        if len(spelled) > 1:
            spelled = _named_nearest(spelled, position)
        if len(spelled) == 1:
            why = f"the {spelled[0].type} the e-mail domain of the person spells"
            return spelled[0], "person_org.email_domain", why
    return None


def _named_nearest(bodies: list[Organization], position: int) -> list[Organization]:
    """The bodies with a mention nearest the position (one, unless two are as near)."""
    far = 10**9  # a body with no mention of its own is never the nearest
    distance = {
        id(o): min((abs(m.start - position) for m in o.mentions), default=far) for o in bodies
    }
    nearest = min(distance.values())
    return [o for o in bodies if distance[id(o)] == nearest]


def _spells(label: str, org: Organization) -> bool:
    """A domain label is the body's whole name or its first word (a genitive -s too)."""
    if len(label) < 3 or org.type in ("committee", "administration"):
        return False
    for name in (org.name, *org.aliases):
        first = regex.split(r"[\s-]+", name)[0]
        if label in (fold(name), fold(first), fold(first).removesuffix("s")):
            return True
    return False
