"""One name per body: acronyms beside a name become its aliases and mentions, forms the
gazetteer knows take its name, and mentions of one body share the fullest hit's name."""

from __future__ import annotations

from dataclasses import replace

import regex

from . import rules
from .hits import OrgHit

_ACRONYM_AFTER = regex.compile(r"\s?\((?P<acr>[^()\s]{2,8})\)")
# "Ungdomens Nykterhetsförbund, UNF, är …": the acronym set off by commas
_ACRONYM_APPOSED = regex.compile(r",\s(?P<acr>\p{Lu}[\p{L}\d-]{1,7}),\s")


def attach_acronyms(text: str, hits: list[OrgHit]) -> list[OrgHit]:
    """'Sveriges kommuner och landsting (SKL)' / 'SKL (Sveriges …)': the short form is an
    alias of the long one, and its other mentions are mentions of the same body."""
    out = list(hits)
    for i, hit in enumerate(hits):
        after = _ACRONYM_AFTER.match(text, hit.end) or _apposed_acronym(text, hit)
        if after and rules.is_acronym(after["acr"]) and not rules.is_acronym(hit.name):
            acr = after["acr"]
            out[i] = replace(hit, aliases=tuple(dict.fromkeys((*hit.aliases, acr))))
            out = [_as_mention(o, hit, acr) if o.name == acr else o for o in out]
            out += _acronym_mentions(text, hit, acr, out)
    return out


def _apposed_acronym(text: str, hit: OrgHit) -> regex.Match[str] | None:
    """An acronym between commas after the name is its short form only when it opens with
    the name's letter and names no other body ("Region Skåne, SKR, Polisen" is a list)."""
    m = _ACRONYM_APPOSED.match(text, hit.end)
    if m is None or m["acr"][0] != hit.name[0].upper():
        return None
    return None if m["acr"].casefold() in rules.gazetteer_by_form() else m


def _as_mention(short: OrgHit, hit: OrgHit, acr: str) -> OrgHit:
    """A hit named by the acronym alone (the NER's "UNF") is a mention of the long form."""
    why = f"alias {acr}"
    return replace(hit, start=short.start, end=short.end, score=0.85, why=why, rule="org.acronym")


def _acronym_mentions(text: str, hit: OrgHit, acr: str, known: list[OrgHit]) -> list[OrgHit]:
    """The other mentions of `acr` in `text`, outside the hits known, as mentions of `hit`."""
    taken = {(h.start, h.end) for h in known}
    mentions: list[OrgHit] = []
    for m in regex.finditer(rf"(?<![\p{{L}}-]){regex.escape(acr)}(?::s)?(?![\p{{L}}-])", text):
        if (m.start(), m.end()) not in taken and not _inside([*known, *mentions], m.start()):
            why = f"alias {acr}"
            mentions.append(
                replace(hit, start=m.start(), end=m.end(), score=0.85, why=why, rule="org.acronym")
            )
    return mentions


def _inside(hits: list[OrgHit], pos: int) -> bool:
    return any(h.start <= pos < h.end for h in hits)


def company_key(name: str) -> str:
    """ "Humana AB" and "Humana" name one company: the key without the company form."""
    folded = name.casefold()
    return folded[:-3] if folded.endswith(" ab") else folded


_COUNTY_BOARD = "Länsstyrelsen"


def bare_county_board(hits: list[OrgHit]) -> list[OrgHit]:
    """ "Länsstyrelsen Västernorrland … rapporten som länsstyrelsen tar fram": where
    the release names one county board, the bare word is that board."""
    named = {h.name for h in hits if h.name.startswith(_COUNTY_BOARD + " ")}
    if len(named) != 1:
        return hits
    board = next(h for h in hits if h.name in named)
    bare = _COUNTY_BOARD.casefold()
    return [
        replace(h, name=board.name, type=board.type, aliases=board.aliases)
        if h.name.casefold() == bare
        else h
        for h in hits
    ]


def unify_names(hits: list[OrgHit]) -> list[OrgHit]:
    """Hits naming one body by its name or an alias share the name of the fullest hit; a
    company written with and without "AB" is one, its form with "AB" an alias."""
    canonical: dict[str, OrgHit] = {}
    for hit in sorted(hits, key=lambda h: -h.score):
        keys = [company_key(hit.name), *(a.casefold() for a in hit.aliases)]
        known = next((canonical[k] for k in keys if k in canonical), None)
        if known is None:
            for k in keys:
                canonical[k] = hit
    with_ab = {company_key(h.name): h.name for h in hits if h.name.casefold().endswith(" ab")}
    out = []
    for hit in hits:
        owner = canonical.get(company_key(hit.name))
        if owner is None:
            owner = next(
                (canonical[a.casefold()] for a in hit.aliases if a.casefold() in canonical), hit
            )
        written = with_ab.get(company_key(owner.name), owner.name)
        forms = (*owner.aliases, *hit.aliases, written)
        aliases = tuple(a for a in dict.fromkeys(forms) if a != owner.name)
        out.append(replace(hit, name=owner.name, type=owner.type, aliases=aliases))
    return out


def registered(hit: OrgHit) -> OrgHit:
    """A name a rule made that the gazetteer knows as a form of a body ("Landstinget i
    Gävleborg") takes the body's name and type; the form as written becomes an alias."""
    entry = rules.gazetteer_by_form().get(hit.name.casefold())
    if entry is None or entry.name == hit.name:
        return hit
    aliases = tuple(dict.fromkeys((*hit.aliases, hit.name)))
    return replace(hit, name=entry.name, type=entry.type, aliases=aliases)
