"""press_resolve_organizations: one Organization per body named, with owner and code.

Mentions of one body (its name, aliases, acronym) are one Organization `O<n>`. A
committee's or administration's owner is the municipality or region that the text ties
it to: written right before it in the genitive ("Huddinge kommuns socialnämnd") or right
after it ("socialnämnden i Huddinge kommun"); failing that, the only municipality the
release names (or, naming none, its only region). A municipality, region or länsstyrelse
gets SCB's code of its municipality or county (models/rules/place_codes.tsv), for joins
with public statistics. Two forms of one body's name are one record first
(org_variants.py). Sets `doc._.resolved_organizations`.
"""

from __future__ import annotations

import regex
from spacy.tokens import Doc

from ..components.organizations.rules import code_of
from ..language import span_groups
from ..language.component import component
from ..language.spans import text_of
from ..record.schema import Organization
from .attrs import attr
from .entities import entities
from .org_variants import merge_variants

OWNED = frozenset({"committee", "administration"})
OWNERS = frozenset({"municipality", "region"})
# between an owner's mention and its unit: the genitive's own end, or "i"/"inom"/"vid"
_BEFORE = regex.compile(r"s?\s{1,3}$")
_AFTER = regex.compile(r"^\s{1,3}(?:i|inom|vid|hos)\s{1,3}$")


def organizations(doc: Doc) -> list[Organization]:
    """The organization spans as entities, one per canonical name, in order of mention."""
    return [
        Organization(id=f"O{n}", type=best._.value["type"], **shared)
        for n, best, shared in entities(doc, "organizations")
    ]


def with_codes_and_owners(orgs: list[Organization], text: str) -> list[Organization]:
    owners = [o for o in orgs if o.type in OWNERS]
    out = []
    for org in orgs:
        code = code_of(org.name, org.type, tuple(org.aliases))
        owner = _owner(org, owners, text) if org.type in OWNED else None
        out.append(org.model_copy(update={"code": code, "owner_id": owner}))
    return out


def _owner(org: Organization, owners: list[Organization], text: str) -> str | None:
    for unit in org.mentions:
        for owner in owners:
            for m in owner.mentions:
                if m.end <= unit.start and _BEFORE.fullmatch(text[m.end : unit.start]):
                    return owner.id
                if unit.end <= m.start and _AFTER.fullmatch(text[unit.end : m.start]):
                    return owner.id
    for kind in ("municipality", "region"):  # the only one the release names
        of_kind = [o for o in owners if o.type == kind]
        if of_kind:
            return of_kind[0].id if len(of_kind) == 1 else None
    return None


def resolve_organizations(doc: Doc, source: str) -> None:
    doc._.resolved_organizations = with_codes_and_owners(
        merge_variants(organizations(doc)), text_of(doc)
    )


make_resolve_organizations = component(
    "press_resolve_organizations",
    resolve_organizations,
    assigns=[attr("resolved_organizations")],
    requires=[span_groups.attr("organizations")],
)
