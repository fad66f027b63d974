"""Organizations: public bodies, authorities, associations, schools, companies, parties.

Rules of the genre, in order of certainty:
- named bodies from the gazetteer (models/rules/organizations.tsv): "Socialstyrelsen", "SKR"
- municipal and regional forms: "Huddinge kommun", "Malmö stad", "Region Stockholm",
  "Västerbottens läns landsting", "Länsstyrelsen i Skåne"; joint forms are split
  ("Karlskoga och Degerfors kommuner", "Länsstyrelserna i Stockholm och Västerbotten")
- compounds ending in a body word (models/rules/org_suffixes.tsv): "socialnämnden",
  "kultur- och fritidsförvaltningen", "Mörtviksskolan", "Skolverket"
- committee phrases: "kommunstyrelsens arbetsutskott", "beredningen för … (TPD)",
  "Huddinges råd för funktionshinderfrågor"; companies "X AB"
- ORG entities of the trained NER, when present, at lower confidence.
Every name is put in base form (genitive -s dropped), generic words are dropped, and an
acronym in parentheses next to a body becomes its alias. Group `organizations`, label ORG,
value {"name", "type", "aliases"}.
Writes the span group `organizations` (`doc._.organizations`); reads `doc.ents` when
the NER runs, no span group.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from functools import cache

import regex
from spacy.language import Language
from spacy.tokens import Doc

from ..language.names import PARTY_MARK
from ..language.resources import read_lines
from ..language.rule_ids import rule_for
from ..language.span_groups import attr
from ..language.spans import add_span, text_of
from ..language.text_units import alternation
from . import org_rules as rules
from .roles import is_title_word

GROUP = "organizations"

PLACE_WORD = r"\p{Lu}[\p{Ll}åäö]+(?:-\p{Lu}[\p{Ll}]+)?"
LIST_SEP = r"(?:,\s|\s(?:och|samt)\s)"


@cache
def _place() -> str:
    """A place name: one word, or two where the first is a prefix like "Upplands", "Östra"."""
    prefixes = alternation(rules.place_prefixes())
    return rf"(?:(?:{prefixes})\s)?{PLACE_WORD}"


@dataclass(frozen=True)
class OrgHit:
    start: int
    end: int
    name: str
    type: str
    score: float
    why: str
    aliases: tuple[str, ...] = field(default=())


@cache
def _patterns() -> dict[str, regex.Pattern[str]]:
    # "kultur- och fritidsnämnden", also printed "social-och arbetsmarknadsnämnden"
    coord = r"(?:\p{L}+-,?\s?(?:\p{L}+-,?\s)*(?:och|eller|samt)\s)?"
    ends = alternation(s.suffix for s in rules.suffixes())
    place = _place()
    return {
        "municipality": regex.compile(
            rf"\b(?P<place>{place})\s(?P<kind>[Kk]ommun|[Ss]tad)(?P<gen>s)?\b(?!-)"
        ),
        "municipalities": regex.compile(
            rf"\b(?P<list>{place}(?:,\s{place})*\s(?:och|samt)\s{place})\s(?P<kind>kommuner|städer)\b"
        ),
        # "Heby, Håbo och Östhammars kommun": the last place's own hit names it
        "municipalities_shared": regex.compile(
            rf"\b(?P<list>{place}(?:,\s{place})*)\s(?:och|samt)\s{place}s\s(?P<kind>kommun|stad)\b"
        ),
        "kommunerna": regex.compile(
            rf"\b(?:kommunerna|kommuner\s(?:som|såsom))\s(?P<list>{place}(?:,\s{place})*(?:\s(?:och|samt)\s{place})?)"
        ),
        # "Solna och Sundbyberg satsar mest": bare place names as a verb's subject
        "acting_places": regex.compile(
            rf"(?<![\p{{L}}-])(?P<list>{place}(?:,\s{place})*(?:\s(?:och|samt)\s{place})?)"
            rf"\s(?:{'|'.join(rules.acting_verbs())})\b"
        ),
        # "I Ljungby kommer man skicka ut brev": the municipality acting as "man"
        "place_man": regex.compile(rf"\bI\s(?P<list>{place})\s\p{{Ll}}+\sman\b"),
        "region": regex.compile(rf"\bRegion\s(?P<place>{place})\b"),
        "county_council": regex.compile(
            rf"\b(?P<place>{PLACE_WORD}s)\släns\slandsting(?P<gen>s)?\b"
        ),
        "landstinget": regex.compile(rf"\b(?:[Ll]andstinget\si|Landstinget)\s(?P<place>{place})\b"),
        "landstingen": regex.compile(
            rf"\b[Ll]andstingen\si\s(?P<list>{place}(?:,\s{place})*\s(?:och|samt)\s{place})\b"
        ),
        "county_board": regex.compile(
            rf"\b[Ll]änsstyrelse(?P<plural>n|rna)s?\s(?P<i>i\s)?"
            rf"(?P<list>{place}(?:\slän)?(?:{LIST_SEP}{place}(?:\slän)?)*)"
        ),
        "compound": regex.compile(
            rf"(?<![\p{{L}}-])(?P<word>{coord}\p{{L}}{{3,}}?(?:{ends}))(?P<gen>s)?(?![\p{{L}}-])",
            regex.I,
        ),
        "work_committee": regex.compile(
            r"\b(?P<name>\p{L}+(?:styrelsens|nämndens)\s\p{Ll}*utskott)(?P<gen>s|ets)?\b"
        ),
        # "tekniska nämnden", "Sociala utskottet": an adjective naming a committee or office
        "adjective_body": regex.compile(
            r"(?<![\p{L}-])(?P<name>\p{L}\p{Ll}{3,}a\s(?:nämnden|förvaltningen|utskottet|kontoret))"
            r"(?P<gen>s)?(?![\p{L}-])"
        ),
        "preparatory": regex.compile(
            r"\b[Bb]eredning(?:en)?\sför\s(?P<topic>\p{Ll}[\p{Ll}-]*(?:(?:,\s|\s)\p{Ll}[\p{Ll}-]*){0,8}?)"
            r"\s\((?P<acr>\p{Lu}{2,6})\)"
        ),
        "council": regex.compile(
            r"\b(?P<name>\p{Lu}\p{Ll}+s(?:\s(?:kommuns|stads))?\sråd\sför\s"
            r"\p{Ll}[\p{Ll}-]+(?:\s(?:och|samt)\s\p{Ll}[\p{Ll}-]+)?)"
        ),
        "company": regex.compile(r"\b(?P<name>(?:\p{Lu}[\p{L}&.-]*\s){1,3}AB)\b(?!-)"),
        # "Huddinge kommuns socialnämnd", "Region Skånes hälso- och sjukvårdsnämnd": a unit in
        # the indefinite after its owner's genitive (the owner is found on its own)
        "owned_unit": regex.compile(
            r"(?<=\b(?:kommuns|[Ss]tads|Region\s\p{Lu}\p{L}+s|regionens|kommunens)\s)"
            r"(?P<word>\p{Ll}[\p{Ll}-]*(?:\s(?:och|samt)\s\p{Ll}+)?"
            r"(?:nämnd|förvaltning|styrelse))(?![\p{L}-])"
        ),
        # the police's local areas: "lokalpolisområde Helsingborg", "polisområde Storgöteborg"
        "police_area": regex.compile(
            rf"\b(?P<kind>[Ll]okalpolisområde|[Pp]olisområde)\s(?P<place>{place}"
            r"(?:\s(?:[Nn]ord|[Ss]yd|[Öö]st|[Vv]äst|[Cc]ity|[Mm]itt))?)(?![\p{L}-])"
        ),
        # "Stockholms tingsrätt", "Svea hovrätt", "Förvaltningsrätten i Malmö"
        "court": regex.compile(
            rf"\b(?P<place>{PLACE_WORD})\s(?P<kind>tingsrätt|hovrätt|förvaltningsrätt|kammarrätt)"
            r"(?P<gen>s)?\b(?!-)"
        ),
        "university": regex.compile(rf"\b(?P<place>{PLACE_WORD})\suniversitet(?P<gen>s)?\b(?!-)"),
        "court_in": regex.compile(
            rf"\b(?P<kind>[Tt]ingsrätten|[Hh]ovrätten|[Ff]örvaltningsrätten|[Kk]ammarrätten)s?"
            rf"\si\s(?P<place>{place})\b"
        ),
        # "Statens servicecenter", "Statens veterinärmedicinska anstalt": a state body
        "statens": regex.compile(
            r"\b(?P<name>Statens\s(?:\p{Ll}[\p{Ll}-]*\s(?:och\s\p{Ll}+\s)?)?\p{Ll}*"
            r"(?:verk|råd|museer|museum|institut|anstalt|nämnd|styrelse|kommission|center|"
            r"centrum|myndighet|inspektion|beredning|byrå|kontor|bank))(?P<gen>s)?(?![\p{L}-])"
        ),
        # "Myndigheten för delaktighet", "Myndigheten för digital förvaltning"
        "authority_for": regex.compile(
            r"\b(?P<name>Myndigheten\sför\s(?:\p{Ll}+-\s(?:och|samt)\s)?"
            r"(?:\p{Ll}+(?:a|t|ig|isk|al|ell)(?<!het)\s"
            r"(?!(?:och|samt|eller|som|att|den|det|ska|får|har|är|under|inom|med|från|till|på)\s))?"
            r"\p{Ll}{3,})(?P<gen>s)?(?![\p{L}-])"
        ),
        # "Europeiska åklagarmyndigheten", "Europeiska miljöbyrån": EU authorities
        "eu_agency": regex.compile(
            r"\b(?P<name>Europeiska\s\p{Ll}+(?:myndigheten|byrån))(?P<gen>s)?(?![\p{L}-])"
        ),
    }


def _sentence_start(text: str, i: int) -> bool:
    """Nothing but a sentence or line break, a dash, bullet or quote before position i."""
    before = text[max(0, i - 6) : i].rstrip(" \t\"'”“»«–—-•*#")
    return not before or before[-1] in ".!?:\n"


def _base_place(text: str, m: regex.Match[str]) -> str:
    """The place of "Region Skånes arbete" without its genitive -s."""
    place = str(m["place"])
    if place.endswith("s") and regex.match(r"\s\p{Ll}", text[m.end() :]):
        return place[:-1]
    return place


def _joint_parts(m: regex.Match[str]) -> Iterator[tuple[int, int, str]]:
    """Each place of a joint name ("Länsstyrelserna i Stockholm och Västerbotten") with its
    span: the first from the joint word on, the others the place alone."""
    for offset, place in _split_list(m["list"]):
        start = m.start() if offset == 0 else m.start("list") + offset
        yield start, m.start("list") + offset + len(place), place


def _split_list(text: str) -> list[tuple[int, str]]:
    """'Lidingö, Vaxholm och Nacka' -> [(0, 'Lidingö'), (9, 'Vaxholm'), (22, 'Nacka')]."""
    parts = []
    pos = 0
    for piece in regex.split(rf"({LIST_SEP})", text):
        if piece and not regex.fullmatch(LIST_SEP, piece):
            parts.append((pos, piece))
        pos += len(piece)
    return parts


def _place_ok(place: str) -> bool:
    return place.split()[0].casefold() not in rules.determiners()


def _plausible_place(place: str) -> bool:
    """A part of a joint "X och Y kommuner": a place name, not a body ("Segerstedtinstitutet")
    nor a determiner ("Sveriges")."""
    last = place.split()[-1]
    return (
        _place_ok(place)
        and rules.suffix_of(last) is None
        and rules.gazetteer_by_form().get(place.casefold()) is None
    )


_PREFIX = 4  # names are looked up by the first letters of a word of the text


def find_gazetteer(text: str) -> Iterator[OrgHit]:
    folded = text.casefold()
    starts = {w[:_PREFIX] for w in _WORD_START.findall(folded)}
    for pattern, entry, form, needle in _gazetteer_patterns():
        if len(needle) >= _PREFIX and needle[:_PREFIX] not in starts:
            continue  # no word of the text begins like the name: a set lookup per name
        if needle not in folded:
            continue  # a substring test is far cheaper than a regex scan
        for m in pattern.finditer(text):
            why = f"gazetteer: {form}"
            aliases = (form,) if form != entry.name else ()
            yield OrgHit(m.start(), m.end(), entry.name, entry.type, 0.95, why, aliases)


_WORD_START = regex.compile(r"(?<![\w-])[\w-]{1,4}")


@cache
def _gazetteer_patterns() -> list[tuple[regex.Pattern[str], rules.GazetteerEntry, str, str]]:
    """(pattern, entry, form, needle): `needle`, the casefolded form, is in the casefolded
    text wherever the pattern matches."""
    compiled = []
    for entry in rules.gazetteer():
        for form in (entry.name, *entry.aliases):
            flags = 0
            if rules.is_acronym(form) or form.isupper():
                body = regex.escape(form) + r"(?::s)?"
            elif " " in form:
                body, flags = regex.escape(form) + "s?", regex.I
            elif regex.search(r"(?:en|et)$", form):
                # a definite noun: written "Polisen" and "polisen" alike
                first = regex.escape(form[0])
                body = f"(?:{first.upper()}|{first.lower()}){regex.escape(form[1:])}s?"
            else:
                body = regex.escape(form) + "s?"
            pattern = regex.compile(rf"(?<![\p{{L}}\d-]){body}(?![\p{{L}}\d-])", flags)
            compiled.append((pattern, entry, form, form.casefold()))
    return compiled


def find_public_bodies(text: str) -> Iterator[OrgHit]:
    pats = _patterns()
    for m in pats["municipality"].finditer(text):
        if _place_ok(m["place"]):
            kind = m["kind"]  # as written: "Göteborgs Stad" is the body's own name
            yield OrgHit(
                m.start(), m.end(), f"{m['place']} {kind}", "municipality", 0.93, f"'X {kind}'"
            )
    for m in pats["municipalities"].finditer(text):
        kind = "kommun" if m["kind"] == "kommuner" else "stad"
        parts = _split_list(m["list"])
        if not all(_plausible_place(place) for _, place in parts):
            continue  # "Segerstedtinstitutet och Sveriges kommuner och regioner"
        for offset, place in parts:
            start = m.start("list") + offset
            if _place_ok(place):
                name = f"{place} {kind}"
                yield OrgHit(
                    start, start + len(place), name, "municipality", 0.9, "joint 'X och Y kommuner'"
                )
    for m in pats["kommunerna"].finditer(text):
        for offset, place in _split_list(m["list"]):
            start = m.start("list") + offset
            yield OrgHit(
                start, start + len(place), place, "municipality", 0.85, "'kommunerna X, Y'"
            )
    yield from _acting_places(text)
    for m in pats["region"].finditer(text):
        place = _base_place(text, m)
        yield OrgHit(m.start(), m.end(), f"Region {place}", "region", 0.93, "'Region X'")
    for m in pats["county_council"].finditer(text):
        name = f"{m['place']} läns landsting"
        yield OrgHit(m.start(), m.end(), name, "region", 0.93, "'X läns landsting'")
    for m in pats["landstinget"].finditer(text):
        written = "Landstinget i" if " i " in m.group() else "Landstinget"
        name = f"{written} {_base_place(text, m)}"
        yield OrgHit(m.start(), m.end(), name, "region", 0.9, f"'{written} X'")
    for m in pats["landstingen"].finditer(text):
        for start, end, place in _joint_parts(m):
            name = f"Landstinget i {place}"
            yield OrgHit(start, end, name, "region", 0.88, "joint 'Landstingen i X och Y'")
    for m in pats["municipalities_shared"].finditer(text):
        parts = _split_list(m["list"])
        if not all(_plausible_place(place) for _, place in parts):
            continue
        for offset, place in parts:
            start = m.start("list") + offset
            name = f"{place} {m['kind']}"
            yield OrgHit(
                start, start + len(place), name, "municipality", 0.88, "joint 'X och Ys kommun'"
            )
    for m in pats["court"].finditer(text):
        if _place_ok(m["place"]):
            name = f"{m['place']} {m['kind']}"
            yield OrgHit(m.start(), m.end(), name, "agency", 0.92, f"'X {m['kind']}'")
    for m in pats["university"].finditer(text):
        if _place_ok(m["place"]):
            name = f"{m['place']} universitet"
            yield OrgHit(m.start(), m.end(), name, "school", 0.9, "'X universitet'")
    for m in pats["court_in"].finditer(text):
        name = f"{m['kind'][0].upper()}{m['kind'][1:]} i {m['place']}"
        yield OrgHit(m.start(), m.end(), name, "agency", 0.9, "'court i X'")
    for key, why in (
        ("statens", "'Statens + body word'"),
        ("authority_for", "'Myndigheten för X'"),
        ("eu_agency", "'Europeiska X-myndigheten'"),
    ):
        for m in pats[key].finditer(text):
            if regex.match(r"\s(?:för|och)\s\p{Ll}", text[m.end() :]):
                continue  # "Statens museer för världskultur": the name goes on, end unclear
            yield OrgHit(m.start(), m.end(), m["name"], "agency", 0.9, why)
    for m in pats["county_board"].finditer(text):
        for start, end, place in _joint_parts(m):
            name = f"Länsstyrelsen {'i ' if m['i'] else ''}{place}"
            yield OrgHit(start, end, name, "agency", 0.93, "'Länsstyrelsen i X'")


def _acting_places(text: str) -> Iterator[OrgHit]:
    """Municipalities' bare place names opening a sentence as a verb's subject ("Malmö får
    970 miljoner", "I Ljungby kommer man skicka ut brev"), named as written; where the
    text writes the body's full name ("Malmö stad") that one names it."""
    pats = _patterns()
    for m in [*pats["acting_places"].finditer(text), *pats["place_man"].finditer(text)]:
        parts = _split_list(m["list"])
        if not _sentence_start(text, m.start()) or not all(
            rules.is_municipality_place(place) for _, place in parts
        ):
            continue
        for offset, place in parts:
            if _full_form_named(text, place):
                continue
            start = m.start("list") + offset
            yield OrgHit(
                start,
                start + len(place),
                place,
                "municipality",
                0.8,
                "place acting: 'X får/satsar'",
            )


def _full_form_named(text: str, place: str) -> bool:
    """The text names the body a bare place stands for: "Malmö stad", "Region Gotland"."""
    name = regex.escape(place)
    return bool(regex.search(rf"\b{name}s?\s(?:[Kk]ommun|[Ss]tad)\b|\bRegion\s{name}\b", text))


def find_compounds(text: str) -> Iterator[OrgHit]:
    for m in _patterns()["compound"].finditer(text):
        word = m["word"]
        head = word.split()[-1]
        suffix = rules.suffix_of(head)
        if suffix is None or rules.is_generic(head) or rules.is_generic(word):
            continue
        capital = word[0].isupper()  # "Klimat- och näringslivsdepartementet"
        kind = suffix.type
        if (
            capital
            and suffix.suffix == "styrelsen"
            and head.casefold() not in rules.municipal_boards()
        ):
            kind = "agency"  # "Ungdomsstyrelsen": a state board, not a municipal committee
        elif _wrong_case(suffix.case, capital, text, m.start()):
            continue
        start = _adjective_before(text, m.start(), capital)
        word = text[start : m.start()] + word
        name = rules.lower_first(word) if kind in rules.COMMON_NOUN_TYPES else word
        score = 0.88 if suffix.case == "any" or capital == (suffix.case == "capital") else 0.8
        why = f"compound ending in -{suffix.suffix}"
        yield OrgHit(
            start, m.start("word") + len(m["word"]) + len(m["gen"] or ""), name, kind, score, why
        )


def _adjective_before(text: str, start: int, capital: bool) -> int:
    """Where a body's name starts when an adjective of its name comes before the compound:
    "regionala utvecklingsnämnden", "Svenska Badmintonförbundet" (org_name_adjectives.tsv)."""
    m = _WORD_BEFORE.search(text, max(0, start - 20), start)
    if m is None:
        return start
    word = m["word"]
    if capital:
        return m.start("word") if word in rules.name_adjectives("capital") else start
    lower = word[:1].lower() + word[1:]
    ok = lower in rules.name_adjectives("lower") and (
        word[0].islower() or _sentence_start(text, m.start("word"))
    )
    return m.start("word") if ok else start


_WORD_BEFORE = regex.compile(r"(?<![\p{L}-])(?P<word>\p{L}+)\s$")


def _wrong_case(case: str, capital: bool, text: str, start: int) -> bool:
    """A capital-only ending written in lower case, or a lower-case-only one capitalised
    inside a sentence."""
    if case == "capital":
        return not capital
    return case == "lower" and capital and not _sentence_start(text, start)


def find_committee_phrases(text: str) -> Iterator[OrgHit]:
    pats = _patterns()
    for m in pats["work_committee"].finditer(text):
        yield OrgHit(m.start(), m.end(), m["name"], "committee", 0.9, "'X-styrelsens utskott'")
    for m in pats["adjective_body"].finditer(text):
        adjective, head = m["name"].split()
        if adjective.casefold() in rules.determiners():
            continue
        if adjective[0].isupper() and not _sentence_start(text, m.start()):
            continue
        kind = rules.suffix_of("xxx" + head)
        name = rules.lower_first(m["name"])
        if kind:
            yield OrgHit(m.start(), m.end(), name, kind.type, 0.85, "'adjective + body word'")
    for m in pats["preparatory"].finditer(text):
        name = f"beredningen för {m['topic']}"
        yield OrgHit(
            m.start(), m.end(), name, "committee", 0.9, "'beredning för … (ACR)'", (m["acr"],)
        )
    for m in pats["council"].finditer(text):
        yield OrgHit(m.start(), m.end(), m["name"], "committee", 0.88, "'X råd för Y'")
    for m in pats["company"].finditer(text):
        if _place_ok(m["name"]):
            yield OrgHit(m.start(), m.end(), m["name"], "company", 0.85, "'X AB'")
    for m in pats["owned_unit"].finditer(text):
        unit = "committee" if m["word"].endswith(("nämnd", "styrelse")) else "administration"
        name = m["word"] + ("n" if m["word"].endswith("e") else "en")  # base: definite form
        yield OrgHit(m.start(), m.end(), name, unit, 0.88, "'X kommuns + unit'")
    for m in pats["police_area"].finditer(text):
        name = f"{m['kind'].lower()} {m['place']}"
        yield OrgHit(m.start(), m.end(), name, "agency", 0.9, "'lokalpolisområde X'")


_PARTY_MARK = regex.compile(PARTY_MARK)
# The score of an organization found by the NER alone; every rule scores higher, so
# press_overlaps and press_interventions tell NER-only spans by it.
NER_SCORE = 0.5

# "vd på Riksbyggen", "hållbarhetschef på Spendrups", "VD på Midroc Property Development":
# the capitalised name a title places its holder at (the title word is checked apart)
_AT_BODY = regex.compile(
    r"(?<![\p{L}-])(?P<title>(?>\p{L}[\p{L}-]+)) (?:på|vid|hos) "
    r"(?P<name>\p{Lu}[\p{L}&-]*(?: (?:\p{Lu}[\p{L}&-]*|AB)){0,3})(?![\p{L}-])"
)


def find_title_bodies(text: str) -> Iterator[OrgHit]:
    """A body no list knows, named after a title with "på/vid/hos": the person works
    there, so it acts in the text. A place ("lärare på Gotland") is no body; a company
    is the likeliest kind of an unknown name."""
    for m in _AT_BODY.finditer(text):
        name, end = m["name"], m.end()
        if name.endswith("s") and regex.match(r" \p{Ll}", text[end:]):
            name, end = name[:-1], end - 1  # "vd på Riksbyggens bolag"
        if not is_title_word(m["title"]) or not _unknown_body(name):
            continue
        if regex.match(r" (?:för|i|och) ", text[end:]):
            continue  # "Institutionen för folkhälsovetenskap": the name goes on, end unclear
        kind = rules.type_of(name)
        kind = "company" if kind == "other" else kind
        yield OrgHit(m.start("name"), end, name, kind, 0.75, "body after 'title på/vid X'")


def _unknown_body(name: str) -> bool:
    folded = name.casefold()
    return (
        len(name) > 2
        and folded not in rules.place_codes()
        and _place_ok(name)
        and not rules.is_generic(name)
    )


def find_ner(doc: Doc) -> Iterator[OrgHit]:
    """ORG entities of the trained NER, canonicalised and filtered like the rules' hits."""
    for ent in doc.ents:
        if ent.label_ != "ORG":
            continue
        name = ent.text.strip()
        if name.endswith(":s"):
            name = name[:-2]  # "SKR:s", "MKB:s": an acronym's genitive
        elif name.endswith("s") and rules.type_of(name[:-1]) != "other":
            name = name[:-1]
        if len(name) < 2 or rules.is_generic(name) or name.islower() or "\n" in name:
            continue
        if _PARTY_MARK.fullmatch(text_of(doc), max(0, ent.start_char - 1), ent.end_char + 1):
            continue  # "Ingalill Söderberg (DP)": a party mark, no organization (ANNOTATION.md)
        kind = rules.type_of(name)
        # The NER (news-trained, ORG F1 ~0.6) also calls programmes, places and headings ORG:
        # keep only what has the form of a body, a typed ending or an acronym.
        words = name.split()
        headed = len(words) > 1 and words[0] in read_lines("org_head_words.txt")
        if kind != "other" or headed or rules.is_acronym(words[-1]):
            yield OrgHit(ent.start_char, ent.end_char, name, kind, NER_SCORE, "NER entity ORG")


class _Disjoint:
    """Hits that do not overlap, by start: whether a span overlaps one is a bisect, not a
    scan of them all (a text of thousands of names was quadratic)."""

    def __init__(self, hits: list[OrgHit] | None = None) -> None:
        self.hits = sorted(hits or [], key=lambda h: h.start)
        self.starts = [h.start for h in self.hits]

    def overlaps(self, start: int, end: int) -> bool:
        # disjoint and sorted, so the last hit starting before `end` ends last of those
        before = bisect_left(self.starts, end)
        return before > 0 and self.hits[before - 1].end > start

    def add(self, hit: OrgHit) -> None:
        at = bisect_left(self.starts, hit.start)
        self.starts.insert(at, hit.start)
        self.hits.insert(at, hit)


def _resolve_overlaps(hits: list[OrgHit]) -> list[OrgHit]:
    """Keep the longest, then surest, hit where hits overlap (of two on one span, the
    first in that order)."""
    kept = _Disjoint()
    for hit in sorted(hits, key=lambda h: (-(h.end - h.start), -h.score, h.start)):
        if not kept.overlaps(hit.start, hit.end):
            kept.add(hit)
    return kept.hits


_ACRONYM_AFTER = regex.compile(r"\s?\((?P<acr>[^()\s]{2,8})\)")


def _attach_acronyms(text: str, hits: list[OrgHit]) -> list[OrgHit]:
    """'Sveriges kommuner och landsting (SKL)' / 'SKL (Sveriges …)': the short form is an
    alias of the long one, and its other mentions are mentions of the same body."""
    out = list(hits)
    for i, hit in enumerate(hits):
        after = _ACRONYM_AFTER.match(text, hit.end)
        if after and rules.is_acronym(after["acr"]) and not rules.is_acronym(hit.name):
            acr = after["acr"]
            out[i] = replace(hit, aliases=tuple(dict.fromkeys((*hit.aliases, acr))))
            taken = {(h.start, h.end) for h in out}
            for m in regex.finditer(
                rf"(?<![\p{{L}}-]){regex.escape(acr)}(?::s)?(?![\p{{L}}-])", text
            ):
                if (m.start(), m.end()) not in taken and not _inside(out, m.start()):
                    out.append(
                        replace(hit, start=m.start(), end=m.end(), score=0.85, why=f"alias {acr}")
                    )
    return out


def _inside(hits: list[OrgHit], pos: int) -> bool:
    return any(h.start <= pos < h.end for h in hits)


def _unify_names(hits: list[OrgHit]) -> list[OrgHit]:
    """Hits naming one body by its name or an alias share the name of the fullest hit."""
    canonical: dict[str, OrgHit] = {}
    for hit in sorted(hits, key=lambda h: -h.score):
        keys = [hit.name.casefold(), *(a.casefold() for a in hit.aliases)]
        known = next((canonical[k] for k in keys if k in canonical), None)
        if known is None:
            for k in keys:
                canonical[k] = hit
    out = []
    for hit in hits:
        owner = canonical.get(hit.name.casefold())
        if owner is None:
            owner = next(
                (canonical[a.casefold()] for a in hit.aliases if a.casefold() in canonical), hit
            )
        aliases = tuple(a for a in dict.fromkeys((*owner.aliases, *hit.aliases)) if a != owner.name)
        out.append(replace(hit, name=owner.name, type=owner.type, aliases=aliases))
    return out


def find_organizations(doc: Doc) -> list[OrgHit]:
    text = text_of(doc)
    hits = [
        *find_gazetteer(text),
        *find_public_bodies(text),
        *find_compounds(text),
        *find_committee_phrases(text),
    ]
    # a name after a title is only taken where no surer rule found a body
    hits += [h for h in find_title_bodies(text) if not any(_overlaps(h, o) for o in hits)]
    rule_hits = _resolve_overlaps(hits)
    taken = _Disjoint(rule_hits)
    ner_hits = [h for h in find_ner(doc) if not taken.overlaps(h.start, h.end)]
    hits = _resolve_overlaps(rule_hits + ner_hits)
    hits = [_registered(h) for h in hits if not rules.is_generic(h.name)]
    return _unify_names(_attach_acronyms(text, hits))


def _registered(hit: OrgHit) -> OrgHit:
    """A name a rule made that the gazetteer knows as a form of a body ("Landstinget i
    Gävleborg") takes the body's name and type; the form as written becomes an alias."""
    entry = rules.gazetteer_by_form().get(hit.name.casefold())
    if entry is None or entry.name == hit.name:
        return hit
    aliases = tuple(dict.fromkeys((*hit.aliases, hit.name)))
    return replace(hit, name=entry.name, type=entry.type, aliases=aliases)


def _overlaps(a: OrgHit, b: OrgHit) -> bool:
    return a.start < b.end and b.start < a.end


class OrganizationFinder:
    def __init__(self, name: str = "press_organizations") -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        for hit in find_organizations(doc):
            add_span(
                doc,
                GROUP,
                hit.start,
                hit.end,
                "ORG",
                score=hit.score,
                source=self.name,
                value={"name": hit.name, "type": hit.type, "aliases": list(hit.aliases)},
                rule=rule_for("org", hit.why),
                explain=hit.why,
            )
        return doc


@Language.factory(
    "press_organizations",
    assigns=["doc.spans", attr("organizations")],
    requires=[],
)
def make_organizations(nlp: Language, name: str) -> OrganizationFinder:
    return OrganizationFinder(name)
