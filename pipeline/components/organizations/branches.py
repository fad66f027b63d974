"""Local branches of associations and parties: "Röda Korset i Stockholm", "Moderaterna i
Lund", "Hyresgästföreningen Halmstad-Laholm", "Kvinnojouren Nacka/Värmdö": a body's name
followed by a municipality's or county's place name is the branch there, named as written.
Where the release names one branch of a body, the body's bare name is that branch."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from functools import cache

import regex

from . import rules
from .hits import OrgHit
from .places import PLACE_WORD, place_regex

BRANCHED = frozenset({"association", "political"})


@cache
def _after_body() -> regex.Pattern[str]:
    place = place_regex()
    return regex.compile(
        rf"(?P<sep>\si\s|\s)(?P<place>{place}(?:\slän)?(?:[/-]{PLACE_WORD})*)"
        r"(?![\p{L}-])(?!\s(?:[Kk]ommun|[Ss]tad|[Rr]egion|län))"
    )


@cache
def _region_after_body() -> regex.Pattern[str]:
    """ "Hyresgästföreningen region Mitt", "… region norra Skåne": an association's region,
    named by a part of the country rather than a municipality."""
    return regex.compile(
        rf"(?P<sep>\s(?:region|Region(?!\s{PLACE_WORD}\s(?:och|samt)\s))\s)"
        rf"(?P<place>(?:(?:norra|södra|östra|västra|mellersta)\s)?{PLACE_WORD})(?![\p{{L}}-])"
    )


def _branch_after(text: str, end: int) -> regex.Match[str] | None:
    m = _after_body().match(text, end)
    if m and _is_place(m["place"]):
        return m
    m = _region_after_body().match(text, end)
    if m and not (m["sep"].strip() == "Region" and _is_place(m["place"])):
        return m  # "Region Skåne" after a body is the region, not a branch
    return None


def _is_place(place: str) -> bool:
    return all(p.casefold() in rules.place_codes() for p in regex.split(r"[/-]", place))


def find_branches(text: str, hits: list[OrgHit]) -> Iterator[OrgHit]:
    """The branch each association or party hit written in its base form opens."""
    found = []
    for hit in hits:
        written = text[hit.start : hit.end]
        forms = {hit.name.casefold(), *(a.casefold() for a in hit.aliases)}
        if hit.type not in BRANCHED or written.casefold() not in forms:
            continue  # "Röda Korsets i …": an inflected name opens no branch
        m = _branch_after(text, hit.end)
        if m:
            found.append((hit, m))
    branches = {(hit.name, m["place"]) for hit, m in found}
    for hit, m in found:
        name = f"{text[hit.start : hit.end]}{m['sep']}{m['place']}"
        sole = [body for body, _ in branches].count(hit.name) == 1
        why = f"branch of {hit.name} in a place"
        aliases = (hit.name,) if sole else ()
        score = min(0.96, hit.score + 0.01)  # the bare name's mentions take the branch's name
        yield replace(hit, end=m.end(), name=name, score=score, why=why, aliases=aliases,
                      rule="org.branch")  # fmt: skip
