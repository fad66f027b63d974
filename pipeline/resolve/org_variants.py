"""One body, one record: two forms of one body's name in a release are merged.

The extractors find a body under each form the text writes ("Länsstyrelsen i Kalmar
län" and "Länsstyrelsen Kalmar län"; "Humana" and "Humana Assistans AB"; "Riksföreningen
X" and "X"; "hälso- och sjukvårdsnämnden i Y" and "hälso- och sjukvårdsnämnden"), and each
would be a record of its own: one of them a false organization, and a person tied to the
other form. ANNOTATION.md lists such a body once, the full form as `name` and the short
one in `aliases`. Two forms are one body when:

- they are the same words but for "i", "län"/"läns" and genitive endings (`_key`);
- the shorter one's words open the longer's, and it opens no other body named in the
  release; a unit's owner written after it ("X i Y") only for a municipality's or
  region's own units and county boards, since "Föreningen i Y" is a local branch; a
  company only when the longer ends in a company form ("X AB"), since "X Y" is X's unit,
  and the shorter is known by no such form of its own (the group "X AB" beside its
  subsidiary "X Y AB");
- the shorter one, of two words or more, ends the longer after one word (its type word,
  "Riksföreningen X").

Never across types (a committee and its municipality, a region and its county board),
except a bare NER find, whose type is a guess; never between municipalities or regions
by a prefix or suffix of their names.
"""

from __future__ import annotations

from ..components.organizations.rules import name_markers
from ..record.schema import Organization

_PLACE_BOUND = frozenset({"committee", "administration", "agency"})
_BODIES_OF_PLACES = frozenset({"municipality", "region"})
_OF = frozenset({"i", "inom", "för"})
_DROPPED = frozenset({"i", "län", "läns"})


def _words(name: str) -> list[str]:
    return name.casefold().split()


def _key(name: str) -> tuple[str, ...]:
    """The name's words without "i" and "län", each without a genitive -s."""
    return tuple(w.removesuffix("s") for w in _words(name) if w not in _DROPPED)


def _company_form(name: str) -> bool:
    """The name ends in a company form ("AB"): a company of its own, not a unit ("X Y")."""
    return name_markers("last").get(name.split()[-1]) == "company"


def _types_agree(short: Organization, full: Organization) -> bool:
    return short.type == full.type or short.rule == "org.ner"


def _opens(short: Organization, full: Organization) -> bool:
    """`short`'s words open `full`'s, and what follows may name the same body."""
    s, f = _words(short.name), _words(full.name)
    if len(s) >= len(f) or f[: len(s)] != s:
        return False
    if f[len(s)] in _OF:  # the owner or the place: only a unit or a county board
        return short.type in _PLACE_BOUND and full.type == short.type
    if full.type == "company":  # "X AB" is X, unless X is "X AB" itself: a group
        return _company_form(full.name) and not any(map(_company_form, short.aliases))
    return short.type not in _BODIES_OF_PLACES or full.type == short.type


def _ends(short: Organization, full: Organization) -> bool:
    s, f = _words(short.name), _words(full.name)
    return (
        len(s) >= 2
        and len(s) + 1 == len(f)
        and f[-len(s) :] == s
        and short.type not in _BODIES_OF_PLACES
        and full.type == short.type
    )


def _same_body(short: Organization, full: Organization) -> bool:
    if not _types_agree(short, full):
        return False
    if _key(short.name) == _key(full.name):
        return True
    return _opens(short, full) or _ends(short, full)


def _fuller(a: Organization, b: Organization) -> tuple[Organization, Organization]:
    """(short, full): the form of fewer words is the short one."""
    if len(_words(a.name)) < len(_words(b.name)):
        return a, b
    if len(_words(b.name)) < len(_words(a.name)):
        return b, a
    # of one length, the shorter string: the base form, not its genitive ("i Stockholms")
    return (a, b) if len(a.name) > len(b.name) else (b, a)


def _variant_pair(orgs: list[Organization]) -> tuple[Organization, Organization] | None:
    """The first (short, full) pair that is one body, where `short` fits no other body."""
    for i, a in enumerate(orgs):
        for b in orgs[i + 1 :]:
            short, full = _fuller(a, b)
            if not _same_body(short, full):
                continue
            rivals = [o for o in orgs if o is not short and o is not full]
            if not any(_same_body(short, o) for o in rivals):
                return short, full
    return None


def _merged(short: Organization, full: Organization) -> Organization:
    spans = {(m.start, m.end): m for m in [*full.mentions, *short.mentions]}
    aliases = {*full.aliases, *short.aliases, short.name} - {full.name}
    why = f"{full.explanation or full.rule}; one body with '{short.name}'"
    return full.model_copy(
        update={
            "aliases": sorted(aliases),
            "mentions": [spans[k] for k in sorted(spans)],
            "explanation": why,
        }
    )


def _first_mention(org: Organization) -> int:
    return min((m.start for m in org.mentions), default=0)


def merge_variants(orgs: list[Organization]) -> list[Organization]:
    """The organizations with each body's forms merged, numbered again in order of first
    mention (people are linked after this step, so no link points at an old number)."""
    merged = list(orgs)
    while pair := _variant_pair(merged):
        short, full = pair
        merged = [_merged(short, full) if o is full else o for o in merged if o is not short]
    ordered = sorted(merged, key=_first_mention)
    return [o.model_copy(update={"id": f"O{n}"}) for n, o in enumerate(ordered, start=1)]
