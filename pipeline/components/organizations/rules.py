"""Organization rule data and canonical forms: what a body is called and what kind it is.

All lists live in models/rules (organizations.tsv, org_suffixes.tsv, org_generic.txt,
org_term_acronyms.txt, org_determiners.txt); this module only reads them and applies
Swedish base-form rules.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import regex

from ...language.names import party_marks
from ...language.resources import read_lines, read_table


@dataclass(frozen=True)
class GazetteerEntry:
    name: str
    type: str
    aliases: tuple[str, ...]
    code: str | None = None  # SCB's county code of a region or länsstyrelse


@dataclass(frozen=True)
class Suffix:
    suffix: str
    type: str
    case: str  # lower | capital | any


# the hand-kept list first: where both name a body, its entry wins
GAZETTEERS = ("organizations.tsv", "public_bodies.tsv")


@cache
def gazetteer() -> tuple[GazetteerEntry, ...]:
    return tuple(
        GazetteerEntry(
            row["name"],
            row["type"],
            tuple(a for a in (row.get("aliases") or "").split("|") if a),
            row.get("code") or None,
        )
        for table in GAZETTEERS
        for row in read_table(table)
    )


@cache
def place_codes() -> dict[str, dict[str, str]]:
    """Place form ("Malmö", "Malmös", "Skåne län") -> kind (municipality, county) -> code."""
    codes: dict[str, dict[str, str]] = {}
    for row in read_table("place_codes.tsv"):
        codes.setdefault(row["place"].casefold(), {})[row["kind"]] = row["code"]
    return codes


# How a municipality's, region's or länsstyrelse's name holds its place name.
_PLACE_IN_NAME = {
    "municipality": regex.compile(r"^(?P<place>.+?)\s(?:kommun|stad)$", regex.I),
    "region": regex.compile(
        r"^(?:Region\s(?P<place>.+)|(?P<place2>.+)s\slandsting|Landstinget\s(?:i\s)?(?P<place3>.+))$"
    ),
    "agency": regex.compile(r"^Länsstyrelsen\s(?:i\s)?(?P<place>.+)$"),
}


def code_of(name: str, type_: str, aliases: tuple[str, ...] = ()) -> str | None:
    """SCB's code of a municipality (4 digits) or of the county of a region or länsstyrelse
    (2 digits), read from the name's place; None for other bodies."""
    entry = gazetteer_by_form().get(name.casefold())
    if entry and entry.code:
        return entry.code
    pattern = _PLACE_IN_NAME.get(type_)
    kind = "municipality" if type_ == "municipality" else "county"
    for form in (name, *aliases):
        m = pattern.match(form) if pattern else None
        place = m and next((g for g in m.groups() if g), None)
        if place and (code := place_codes().get(place.casefold(), {}).get(kind)):
            return code
    if type_ == "municipality":  # a bare place name acting as the municipality
        return place_codes().get(name.casefold(), {}).get(kind)
    return None


@cache
def gazetteer_by_form() -> dict[str, GazetteerEntry]:
    """Every name and alias, case-folded, to its entry."""
    forms: dict[str, GazetteerEntry] = {}
    for entry in gazetteer():
        for form in (entry.name, *entry.aliases):
            forms.setdefault(form.casefold(), entry)
    return forms


@cache
def suffixes() -> tuple[Suffix, ...]:
    rows = (Suffix(r["suffix"], r["type"], r["case"]) for r in read_table("org_suffixes.tsv"))
    return tuple(sorted(rows, key=lambda s: len(s.suffix), reverse=True))


@cache
def generic_words() -> frozenset[str]:
    return frozenset(w.casefold() for w in read_lines("org_generic.txt"))


@cache
def term_acronyms() -> frozenset[str]:
    return frozenset(read_lines("org_term_acronyms.txt"))


@cache
def determiners() -> frozenset[str]:
    return frozenset(w.casefold() for w in read_lines("org_determiners.txt"))


@cache
def acting_verbs() -> tuple[str, ...]:
    return read_lines("place_acting_verbs.txt")


def is_municipality_place(place: str) -> bool:
    """A municipality's place name as the lexicon of SCB codes knows it ("Solna")."""
    return "municipality" in place_codes().get(place.casefold(), {})


@cache
def place_prefixes() -> tuple[str, ...]:
    return read_lines("org_place_prefixes.txt")


def is_generic(name: str) -> bool:
    """A stoplist word (or its genitive), a word with a stoplisted ending ("-området") or
    the acronym of a law or diagnosis ("LSS", "NPF")."""
    if name.removesuffix(":s") in term_acronyms():
        return True
    folded = name.casefold()
    if folded in generic_words() or (folded.endswith("s") and folded[:-1] in generic_words()):
        return True
    endings = (w[1:] for w in generic_words() if w.startswith("-"))
    return any(folded.endswith(e) or folded.endswith(e + "s") for e in endings)


@cache
def _titles() -> frozenset[str]:
    return frozenset(w.casefold() for w in read_lines("titles.txt"))


def is_definite_title(word: str) -> bool:
    """A person's title in its definite form ("Kommunalrådet Anna Berg", "oppositionsrådet"):
    its "-råd" reads like a council's, but it names a person."""
    folded = word.casefold()
    return folded.endswith(("et", "en")) and folded[:-2] in _titles()


def suffix_of(word: str) -> Suffix | None:
    """The body ending of one word ("socialnämnden" -> nämnden), honouring its case rule."""
    folded = word.casefold()
    for suffix in suffixes():
        if folded.endswith(suffix.suffix) and len(folded) - len(suffix.suffix) >= 3:
            return suffix
    return None


def lower_first(name: str) -> str:
    return name[:1].lower() + name[1:]


# Types whose names are common nouns, written in lower case inside a sentence.
COMMON_NOUN_TYPES = frozenset({"committee", "administration"})


def type_of(name: str) -> str:
    """The type a name implies by its form, for names no rule typed (NER spans)."""
    entry = gazetteer_by_form().get(name.casefold())
    if entry:
        return entry.type
    words = name.split()
    last = words[-1].casefold() if words else ""
    if last in {"kommun", "stad"}:
        return "municipality"
    if words and words[0] == "Region" or last == "landsting":
        return "region"
    if last == "ab":
        return "company"
    if words and (by_prefix := prefix_types().get(words[0])):
        return by_prefix
    suffix = suffix_of(words[-1]) if words else None
    return suffix.type if suffix else _tail_type(last)


def _tail_type(last: str) -> str:
    """The type of the body noun a name ends in (org_tail_types.tsv), else "other"."""
    return next((t for ending, t in tail_types().items() if last.endswith(ending)), "other")


@cache
def name_markers(position: str) -> dict[str, str]:
    """Marker word -> type of the names it marks in that position (org_name_markers.tsv):
    "IF" last ("Lindsdals IF"), "KFUM" first ("KFUM Basket")."""
    rows = read_table("org_name_markers.tsv")
    return {r["marker"]: r["type"] for r in rows if r["position"] == position}


def marker_type(name: str) -> str | None:
    """The type a club's or company's marker gives a name of two words or more."""
    words = name.split()
    if len(words) < 2:
        return None
    return name_markers("last").get(words[-1]) or name_markers("first").get(words[0])


@cache
def prefix_types() -> dict[str, str]:
    return {row["word"]: row["type"] for row in read_table("org_prefix_types.tsv")}


@cache
def for_heads() -> dict[str, str]:
    """Head word -> type of bodies named "head för topic" (org_for_heads.tsv)."""
    return {row["head"]: row["type"] for row in read_table("org_for_heads.tsv")}


@cache
def tail_types() -> dict[str, str]:
    return {row["ending"]: row["type"] for row in read_table("org_tail_types.tsv")}


@cache
def name_adjectives(case: str) -> frozenset[str]:
    """Adjectives that belong to a body's name before a compound (org_name_adjectives.tsv)."""
    return frozenset(
        r["adjective"] for r in read_table("org_name_adjectives.tsv") if r["case"] == case
    )


ACRONYM = regex.compile(r"\p{Lu}[\p{Lu}\p{Ll}]{0,6}")


def is_acronym(text: str) -> bool:
    """'SKL', 'MUCF', 'Brå', 'MFoF': two or more capitals, short, not a party mark."""
    return (
        bool(ACRONYM.fullmatch(text))
        and sum(c.isupper() for c in text) >= 2
        and text.upper() not in party_marks()
    )
