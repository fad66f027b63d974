"""Mentions to people: one Person per named individual, however often it is mentioned.

Full-name mentions with the same case-folded name are one person; a lone first or last
name ("berättar Iréne", "säger Björkman") joins the one person it fits, and is dropped
when it fits none or several. Roles written twice (body and contact block) are one role,
in the fuller form. The organization is the most specific one named inside the text that
ties the person to a body (their roles, apposition or contact block).
"""

from __future__ import annotations

from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import cache
from typing import Any

import regex
from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from .components.roles import is_title_word, starts_with_title
from .language.names import NAME_WORD, party_marks, valid_name
from .language.resources import read_table
from .language.spans import group, text_of
from .record.schema import Organization, Person, RoleMention, Span

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
NER_SCORE = 0.7


def name_key(name: str) -> str:
    return " ".join(name.split()).casefold()


@dataclass(frozen=True)
class Found:
    """One name mention, from a rule component's span or from the NER."""

    start: int
    end: int
    text: str
    value: dict[str, Any]
    score: float
    source: str
    explain: str


def _from_span(span: SpacySpan) -> Found:
    value = span._.value if isinstance(span._.value, dict) else {"name": span.text}
    score = span._.score if span._.score is not None else NER_SCORE
    return Found(
        span.start_char, span.end_char, span.text, value, score, span._.source, span._.explain
    )


def _ner_people(doc: Doc) -> list[Found]:
    """PER entities of the trained NER (when the pipeline has one) that look like names."""
    found = []
    for ent in doc.ents:
        if ent.label_ != "PER" or "\n" in ent.text:  # a name never runs across lines
            continue
        words, end = ent.text.split(), ent.end_char
        while words and starts_with_title(words[0], within=1):
            words = words[1:]
        value: dict[str, Any] = {}
        # what the NER ran on into: a party mark or a title ("Kent Olofsson SD",
        # "Åsa Dedering Förvaltningschef")
        while len(words) > 2 and (words[-1] in party_marks() or is_title_word(words[-1])):
            if words[-1] in party_marks():
                value["party"] = words[-1]
            end = ent.start_char + ent.text.rindex(words[-1]) - 1
            words = words[:-1]
        name = " ".join(words)
        if words and words[0] in party_marks():  # "SD Tomelilla": a party's local branch
            continue
        if _genitive_of_a_name_in(text_of(doc), name):  # "Liv Strömquists" -> "Liv Strömquist"
            name, end = name[:-1], end - 1
        single = len(words) == 1 and regex.fullmatch(NAME_WORD, name)  # joined if it fits
        if valid_name(name) or single:
            start = end - len(name)
            found.append(
                Found(
                    start,
                    end,
                    name,
                    {"name": name, **value},
                    NER_SCORE,
                    "ner",
                    "named entity (PER)",
                )
            )
    return found


def grouped_mentions(doc: Doc) -> list[list[Found]]:
    """Mentions of each person, people in order of first mention."""
    mentions = [_from_span(s) for s in group(doc, "people")] + _ner_people(doc)
    by_name: dict[str, list[Found]] = {}
    partial = []
    for found in sorted(mentions, key=lambda f: f.start):
        if found.value.get("partial") or len(found.value["name"].split()) < 2:
            partial.append(found)
        else:
            by_name.setdefault(name_key(found.value["name"]), []).append(found)
    for found in partial:
        if (key := resolve(found.value["name"], list(by_name))) is not None:
            by_name[key].append(found)
    _join_cut_ner_names(by_name)
    return list(by_name.values())


def _genitive_of_a_name_in(text: str, name: str) -> bool:
    """`name` ends in a genitive -s and the text also writes the name without it."""
    if not name.endswith("s") or " " not in name:
        return False
    return regex.search(rf"\b{regex.escape(name[:-1])}(?!\p{{L}})", text) is not None


def _join_cut_ner_names(by_name: dict[str, list[Found]]) -> None:
    """An NER-only name that is the start of one longer name ("Phạm Đoan" of "Phạm Đoan
    Trang") or the genitive of another ("… Hollmarks") is that person."""
    for key in list(by_name):
        if any(f.source != "ner" for f in by_name[key]):
            continue
        owners = [k for k in by_name if k.startswith(key + " ") or k + "s" == key]
        if len(owners) == 1:
            by_name[owners[0]].extend(by_name.pop(key))


def resolve(name: str, keys: list[str]) -> str | None:
    """The one full name `name` stands for: equal, or its only first/last-name match."""
    key = name_key(name)
    if key in keys:
        return key
    if " " in key:
        return None
    fits = [k for k in keys if key in (k.split()[0], k.split()[-1])]
    return fits[0] if len(fits) == 1 else None


def same_role(a: str, b: str) -> bool:
    """One position written twice: equal, one the start of the other, or nearly equal
    (in any case: "Presschef" opening a block line is the body's "presschef")."""
    shorter, longer = sorted((a.casefold(), b.casefold()), key=len)
    owner = longer[: -len(shorter)].strip()
    return (
        longer == shorter
        or longer.startswith(shorter + " ")
        or (longer.endswith(" " + shorter) and " " not in owner and owner.endswith("s"))
        or SequenceMatcher(None, shorter, longer).ratio() >= 0.85
    )


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
                    confidence=mention.score,
                    explanation=f"role written with the name ({mention.explain})",
                ),
            )
    return [found[k] for k in sorted(found)]


def distinct_roles(mentions: list[RoleMention]) -> list[str]:
    """Each position once, in its fuller form, in order of first mention."""
    roles: list[str] = []
    for mention in mentions:
        same = next((i for i, r in enumerate(roles) if same_role(r, mention.value)), None)
        if same is None:
            roles.append(mention.value)
        elif len(mention.value) > len(roles[same]):
            roles[same] = mention.value
    return roles


def _contexts(mentions: list[Found], roles: list[RoleMention]) -> list[tuple[int, int]]:
    found = [(r.span.start, r.span.end) for r in roles]
    for mention in mentions:
        found += [(s, e) for s, e in mention.value.get("context", [])]
    return found


def organization_of(
    mentions: list[Found], roles: list[RoleMention], organizations: list[Organization]
) -> tuple[Organization, str] | None:
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
        return best, f"{best.type} named in the person's title or contact block"
    if by_role := _named_in_roles(roles, organizations) or _by_title_kind(roles, organizations):
        return by_role
    home = publisher(organizations)
    if home and any(r.value.casefold() not in _outside_roles() for r in roles):
        return home, f"the release's own {home.type} (most mentioned), none named with the person"
    if not roles and (sender := _dominant_sender(organizations)):
        return sender, f"the {sender.type} the release is about, none named with the person"
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
) -> tuple[Organization, str] | None:
    """A body whose name or alias a role spells out, in any case ("vd för sabo")."""
    for role in roles:
        words = set(_ROLE_WORD.findall(role.value.casefold()))
        text = " ".join(_ROLE_WORD.findall(role.value.casefold()))
        for org in organizations:
            for name in (org.name, *org.aliases):
                parts = _ROLE_WORD.findall(name.casefold())
                if parts and parts[0] in words and f" {' '.join(parts)} " in f" {text} ":
                    return org, f"{org.type} named in the person's role"
    return None


# a role's words; an acronym's genitive ":s" splits off ("mkb:s" -> "mkb", "s")
_ROLE_WORD = regex.compile(r"[\w-]+")


def _by_title_kind(
    roles: list[RoleMention], organizations: list[Organization]
) -> tuple[Organization, str] | None:
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
            return of_kind[0], f"the release's only {kind.replace('_', ' ')}, as the title implies"
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


def _party(mentions: list[Found]) -> str | None:
    return next((p for m in mentions if (p := m.value.get("party"))), None)


def people(doc: Doc, organizations: list[Organization]) -> list[Person]:
    found = []
    for n, mentions in enumerate(grouped_mentions(doc), start=1):
        full = [m for m in mentions if len(m.value["name"].split()) >= 2] or mentions
        best = max(full, key=lambda m: m.score)
        roles = role_mentions(doc, mentions)
        org = organization_of(mentions, roles, organizations)
        unique = {(m.start, m.end): m for m in mentions}
        found.append(
            Person(
                id=f"P{n}",
                name=" ".join(best.value["name"].split()),
                party=_party(mentions),
                roles=distinct_roles(roles),
                role_mentions=roles,
                organization_id=org[0].id if org else None,
                organization_explanation=org[1] if org else None,
                mentions=[
                    Span(start=m.start, end=m.end, text=m.text)
                    for m in (unique[k] for k in sorted(unique))
                ],
                source=best.source,
                confidence=best.score,
                explanation=best.explain,
            )
        )
    return found
