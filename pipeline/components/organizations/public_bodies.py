"""Municipalities, regions and state bodies by the form of their names: "Huddinge kommun",
"Region Stockholm", "Västerbottens läns landsting", "Länsstyrelsen i Skåne", "Svea hovrätt";
joint forms are split ("Karlskoga och Degerfors kommuner")."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

import regex

from . import rules
from .acting_places import find_acting_places, find_listed_municipalities
from .hits import OrgHit
from .patterns import patterns
from .places import base_place, joint_parts, listed_places, place_ok, plausible_places

Finder = Callable[[str], Iterator[OrgHit]]


def _joint_municipalities(text: str) -> Iterator[OrgHit]:
    """ "Karlskoga och Degerfors kommuner": each place its own municipality."""
    for m in patterns()["municipalities"].finditer(text):
        if not plausible_places(m):
            continue  # "Segerstedtinstitutet och Sveriges kommuner och regioner"
        kind = "kommun" if m["kind"] == "kommuner" else "stad"
        for start, end, place in listed_places(m):
            if place_ok(place):
                why = "joint 'X och Y kommuner'"
                yield OrgHit(
                    start,
                    end,
                    f"{place} {kind}",
                    "municipality",
                    0.9,
                    why,
                    (),
                    "org.municipality_list",
                )


def _kommunerna(text: str) -> Iterator[OrgHit]:
    for m in patterns()["kommunerna"].finditer(text):
        for start, end, place in listed_places(m):
            why = "'kommunerna X, Y'"
            yield OrgHit(
                start, end, place, "municipality", 0.85, why, (), "org.municipality_kommunerna"
            )


def _shared_municipality(text: str) -> Iterator[OrgHit]:
    """ "Heby, Håbo och Östhammars kommun": the places before the last one."""
    for m in patterns()["municipalities_shared"].finditer(text):
        if not plausible_places(m):
            continue
        for start, end, place in listed_places(m):
            name, why = f"{place} {m['kind']}", "joint 'X och Ys kommun'"
            yield OrgHit(start, end, name, "municipality", 0.88, why, (), "org.municipality_shared")


def _landsting(text: str) -> Iterator[OrgHit]:
    pats = patterns()
    for m in pats["landstinget"].finditer(text):
        written = "Landstinget i" if " i " in m.group() else "Landstinget"
        name, why = f"{written} {base_place(text, m)}", f"'{written} X'"
        yield OrgHit(m.start(), m.end(), name, "region", 0.9, why, (), "org.landsting")
    for m in pats["landstingen"].finditer(text):
        for start, end, place in joint_parts(m):
            name, why = f"Landstinget i {place}", "joint 'Landstingen i X och Y'"
            yield OrgHit(start, end, name, "region", 0.88, why, (), "org.landsting_list")


def _courts_in(text: str) -> Iterator[OrgHit]:
    for m in patterns()["court_in"].finditer(text):
        name = f"{m['kind'][0].upper()}{m['kind'][1:]} i {m['place']}"
        yield OrgHit(m.start(), m.end(), name, "agency", 0.9, "'court i X'", (), "org.court_in")


def _police_in(text: str) -> Iterator[OrgHit]:
    """ "polisen i Varberg", "polisen i Stockholms län": the police of a municipality or
    county the lexicon knows ("polisen i Sverige" is the national police, found by name).
    Where the release names one such police, its bare "polisen" is that police: "Polisen"
    is its alias, and the hit outscores the gazetteer's so that the mentions share its
    name (names.unify_names)."""
    found = [
        m
        for m in patterns()["police_in"].finditer(text)
        if m["place"].casefold() in rules.place_codes()
    ]
    one = len({m["place"].casefold() for m in found}) == 1
    for m in found:
        name, why = f"{m['kind']} i {m['place']}", "'polisen i X'"
        aliases = ("Polisen",) if one else ()
        yield OrgHit(m.start(), m.end(), name, "agency", 0.96, why, aliases, "org.police_in")


# (pattern key, explanation, rule id) of the state bodies named by a fixed first word
_STATE_BODIES = (
    ("statens", "'Statens + body word'", "org.statens"),
    ("authority_for", "'Myndigheten för X'", "org.authority_for"),
    ("eu_agency", "'Europeiska X-myndigheten'", "org.eu_agency"),
)


def _state_bodies(text: str) -> Iterator[OrgHit]:
    for key, why, rule in _STATE_BODIES:
        for m in patterns()[key].finditer(text):
            if regex.match(r"\s(?:för|och)\s\p{Ll}", text[m.end() :]):
                continue  # "Statens museer för världskultur": the name goes on, end unclear
            yield OrgHit(m.start(), m.end(), m["name"], "agency", 0.9, why, (), rule)


def _county_boards(text: str) -> Iterator[OrgHit]:
    for m in patterns()["county_board"].finditer(text):
        for start, end, place in joint_parts(m):
            name = _county_board_name(place, bool(m["i"]))
            why = "'Länsstyrelsen i X'"
            yield OrgHit(start, end, name, "agency", 0.93, why, (), "org.county_board")


def _county_board_name(place: str, with_i: bool) -> str:
    """The board's name in a form the register knows where one is: "Länsstyrelsen Skånes
    logotyp" is Länsstyrelsen Skåne's, "Länsstyrelsen Västra Götalands län" is "Länsstyrelsen
    i Västra Götalands län"."""
    written = f"Länsstyrelsen {'i ' if with_i else ''}{place}"
    forms = [written, f"Länsstyrelsen i {place}", f"Länsstyrelsen {place[:-1]}"]
    known = rules.gazetteer_by_form()
    return next((f for f in forms if f.casefold() in known), written)


@dataclass(frozen=True)
class _ByForm:
    """A rule naming one body per match of the pattern `key` by a template over the match's
    groups ({base}: the place without its genitive -s); `checked`: a determiner as place
    is no body; `municipal`: the place must be a municipality's ("Som kommun har vi",
    "Trygg stad" are a sentence's first word and a programme). Its rule id is `org.<key>`
    (rule_ids.tsv)."""

    key: str
    name: str
    why: str
    type: str
    score: float
    checked: bool = False
    municipal: bool = False

    def __call__(self, text: str) -> Iterator[OrgHit]:
        for m in patterns()[self.key].finditer(text):
            if self.checked and not place_ok(m["place"]):
                continue
            if self.municipal and not _municipality_place(m["place"]):
                continue
            fields = {**m.groupdict(), "base": base_place(text, m)}
            name, why = self.name.format(**fields), self.why.format(**fields)
            rule = f"org.{self.key}"
            yield OrgHit(m.start(), m.end(), name, self.type, self.score, why, (), rule)


# In this order: where two hits of one length and score overlap, the first is kept.
_FINDERS: tuple[Finder, ...] = (
    # "Göteborgs Stad" as written: the body's own name
    _ByForm(
        "municipality", "{place} {kind}", "'X {kind}'", "municipality", 0.93, True, municipal=True
    ),
    _joint_municipalities,
    _kommunerna,
    find_acting_places,
    find_listed_municipalities,
    _ByForm("region", "Region {base}", "'Region X'", "region", 0.93),
    _ByForm("county_council", "{place} läns landsting", "'X läns landsting'", "region", 0.93),
    _landsting,
    _shared_municipality,
    _ByForm("court", "{place} {kind}", "'X {kind}'", "agency", 0.92, checked=True),
    _ByForm("university", "{place} universitet", "'X universitet'", "school", 0.9, checked=True),
    _courts_in,
    _police_in,
    _state_bodies,
    _county_boards,
)


def _municipality_place(place: str) -> bool:
    """A municipality's place as SCB names it, also in the genitive ("Göteborgs Stad")."""
    return rules.is_municipality_place(place) or (
        place.endswith("s") and rules.is_municipality_place(place[:-1])
    )


def find_public_bodies(text: str) -> Iterator[OrgHit]:
    for finder in _FINDERS:
        yield from finder(text)
