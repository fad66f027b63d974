"""The regular expressions of the organization rules, by rule, compiled once."""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

import regex

from ...language.text_units import alternation
from . import rules
from .places import LIST_SEP, PLACE_WORD, place_regex

_NAME = r"\p{Lu}\p{Ll}{2,}"
# a topic after "för": a noun, perhaps after an adjective ("klinisk forskning", "psykisk
# ohälsa") or a participle ("särskilda utredningar", "utsatta barn"; never a noun that
# "och" follows); only the first may be capitalised ("Lärande och bildning")
_ADJECTIVE_END = r"(?:isk|iska|ig|iga|al|ala|ell|ella|da|ta|de)\s(?!(?:och|samt)\s)"
_TOPIC_FIRST = rf"(?:\p{{L}}+{_ADJECTIVE_END})?\p{{L}}[\p{{L}}-]+"
_TOPIC_NEXT = rf"(?:\p{{Ll}}+{_ADJECTIVE_END})?\p{{Ll}}[\p{{L}}-]+"

# the word right before a position: "regionala| utvecklingsnämnden", "ett| Meröppet bibliotek"
_WORD_BEFORE = regex.compile(r"(?<![\p{L}-])(?P<word>\p{L}+)\s$")
# a capitalised word right before a position, one space after it: "Svenska |Röda Korsets"
_CAPITALISED_BEFORE = regex.compile(r"(?<![\p{L}-])(?P<word>\p{Lu}[\p{L}-]*) $")


def word_before(
    text: str, start: int, reach: int, capitalised: bool = False
) -> regex.Match[str] | None:
    """The word that ends right before `start`, looked for within `reach` characters."""
    pattern = _CAPITALISED_BEFORE if capitalised else _WORD_BEFORE
    return pattern.search(text, max(0, start - reach), start)


def start_before_words(
    text: str,
    start: int,
    takes: Callable[[regex.Match[str]], bool],
    *,
    reach: int,
    most: int = 1,
    capitalised: bool = False,
) -> int:
    """Where a name starts that runs back from `start` over at most `most` words which
    `takes` accepts, one by one: an adjective of its name, a capitalised run."""
    for _ in range(most):
        m = word_before(text, start, reach, capitalised)
        if m is None or not takes(m):
            break
        start = m.start("word")
    return start


@cache
def patterns() -> dict[str, regex.Pattern[str]]:
    # "kultur- och fritidsnämnden", also printed "social-och arbetsmarknadsnämnden"
    coord = r"(?:\p{L}+-,?\s?(?:\p{L}+-,?\s)*(?:och|eller|samt)\s)?"
    ends = alternation(s.suffix for s in rules.suffixes())
    place = place_regex()
    heads = list(rules.for_heads())
    for_heads = alternation([*heads, *(h.capitalize() for h in heads)], longest_first=True)
    prefix_words = alternation(rules.prefix_types(), longest_first=True)
    last_markers = alternation(rules.name_markers("last"), longest_first=True)
    first_markers = alternation(rules.name_markers("first"), longest_first=True)
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
        # a place standing for its municipality inside a sentence: "Värmdös kommunala
        # skolor", "vi i Huddinge arbetar", "den största kommunen, Eskilstuna, har"
        "place_as_body": regex.compile(
            rf"\b(?:(?P<list>{place})s\skommunala|[Vv]i\si\s(?P<list>{place})|"
            rf"[Kk]ommun(?:en)?,\s(?P<list>{place}),)(?![\p{{L}}-])"
        ),
        "region": regex.compile(rf"\bRegion\s(?P<place>{place})\b"),
        "county_council": regex.compile(
            rf"\b(?P<place>{PLACE_WORD}s)\släns\slandsting(?P<gen>s)?\b"
        ),
        "landstinget": regex.compile(rf"\b(?:[Ll]andstinget\si|Landstinget)\s(?P<place>{place})\b"),
        "landstingen": regex.compile(
            rf"\b[Ll]andstingen\si\s(?P<list>{place}(?:,\s{place})*\s(?:och|samt)\s{place})\b"
        ),
        "county_board": regex.compile(
            rf"\b[Ll]änsstyrelse(?P<plural>n|rna)s? (?P<i>i\s)?"
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
        "company": regex.compile(
            r"\b(?P<name>(?:\p{Lu}[\p{L}&-]*(?:\.[\p{L}\d]+)*\s){1,3}AB)\b(?!-)"
        ),
        # "Huddinge kommuns socialnämnd", "Region Skånes hälso- och sjukvårdsnämnd",
        # "stadens kommunikationsenhet", "kommunens säkerhetsavdelning": a unit in
        # the indefinite after its owner's genitive (the owner is found on its own)
        "owned_unit": regex.compile(
            r"(?<=\b(?:kommuns|[Ss]tads|Region\s\p{Lu}\p{L}+s|regionens|kommunens|stadens)\s)"
            r"(?P<word>\p{Ll}[\p{Ll}-]*(?:\s(?:och|samt)\s\p{Ll}+)?"
            r"(?:nämnd|förvaltning|styrelse|enhet|avdelning))(?![\p{L}-])"
        ),
        # the police's local areas: "lokalpolisområde Helsingborg", "polisområde Storgöteborg"
        "police_area": regex.compile(
            rf"\b(?P<kind>[Ll]okalpolisområde|[Pp]olisområde)\s(?P<place>{place}"
            r"(?:\s(?:[Nn]ord|[Ss]yd|[Öö]st|[Vv]äst|[Cc]ity|[Mm]itt))?)(?![\p{L}-])"
        ),
        # the police where it works: "polisen i Varberg", "polisen i Stockholms län"
        "police_in": regex.compile(
            rf"\b(?P<kind>[Pp]olisen)\si\s(?P<place>{place}(?:\slän)?)(?![\p{{L}}-])"
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
        # "Lindsdals IF", "Ciddens Vänner", "Nybro Bostad AB": capitalised words (a dot only
        # inside one, "E.ON") and a marker
        "marked_last": regex.compile(
            rf"(?<![\p{{L}}\d&.-])(?P<name>(?:\p{{Lu}}[\p{{L}}\d&-]*(?:\.[\p{{L}}\d]+)*\s){{1,3}}(?:{last_markers}))"
            r"(?P<gen>:s|s)?(?![\p{L}\d-])"
        ),
        # "Stiftelsen Allmänna Barnahuset", "Riksföreningen Sveriges Stadsmissioner": a first
        # word that types a body (org_prefix_types.tsv) and its capitalised name
        "headed_name": regex.compile(
            rf"(?<![\p{{L}}-])(?P<name>(?:{prefix_words})(?:\s\p{{Lu}}[\p{{L}}&-]*(?:\.\p{{L}}+)*){{1,3}})"
            r"(?![\p{L}-])"
        ),
        # "FBC Kalmarsund", "KFUM Basket": a marker and one capitalised word
        "marked_first": regex.compile(
            rf"(?<![\p{{L}}\d-])(?P<name>(?:{first_markers})\s\p{{Lu}}[\p{{L}}\d-]+)(?![\p{{L}}\d-])"
        ),
        # "Institutionen för folkhälsovetenskap", "institutionen för pedagogik och specialpedagogik"
        "institution_for": regex.compile(
            r"\b(?P<name>[Ii]nstitutionen\sför\s(?:\p{Ll}+(?:a|t|isk|al|ell)\s(?!och\s|samt\s))?"
            r"\p{Ll}[\p{Ll}-]*(?:\s(?:och|samt)\s\p{Ll}[\p{Ll}-]*)?)"
            r"(?![\p{L}-])"
        ),
        # "Rådet för trygghet och folkhälsa", "Centrum för Klinisk Forskning": a body named
        # by what it is for (org_for_heads.tsv); the place after "i" is checked apart
        "body_for": regex.compile(
            rf"(?<![\p{{L}}-])(?P<head>{for_heads})\sför\s(?P<topic>{_TOPIC_FIRST}"
            rf"(?:(?:,\s|\s(?:och|samt)\s)(?!(?:{for_heads})\s){_TOPIC_NEXT}){{0,4}})"
            rf"(?:\si\s(?P<place>{PLACE_WORD}))?(?![\p{{L}}-])"
        ),
        # "Ungdomens Nykterhetsförbund", "Brottsofferjourernas riksförbund": a federation
        # named by its members or owner in the genitive
        "owned_federation": regex.compile(
            r"(?<![\p{L}\d&-])(?P<name>\p{Lu}[\p{L}-]*s\s\p{L}+förbund(?:et)?)"
            r"(?P<gen>s)?(?![\p{L}-])"
        ),
        # "Kista vård- och omsorgsboende", "Almens äldreboende": a home by its own name
        "named_home": regex.compile(
            r"(?<![\p{L}\d-])(?P<name>\p{Lu}\p{Ll}+\s+(?:\p{Ll}+-\s(?:och|samt)\s)?\p{Ll}+boende)"
            r"(?![\p{L}-])"
        ),
        # "Älvdalens bibliotek", "Särna bibliotek": a place's library
        "library": regex.compile(
            rf"(?<![\p{{L}}-])(?P<place>{PLACE_WORD})\sbibliotek(?![\p{{L}}-])"
        ),
        # "förskolorna Tallen, Eken och Linden", "förskoleenheterna Pelikanen och Furuliden":
        # the schools' own names after their kind
        "named_schools": regex.compile(
            r"\b(?:[Ff]örskol(?:an|or|orna)|[Ss]kol(?:an|orna)|[Ff]örskoleenhet(?:en|erna))\s\(?"
            rf"(?P<list>{_NAME}(?:,\s{_NAME})*(?:\s(?:och|samt)\s{_NAME})?)"
            r"(?![\p{L}-])(?!\s(?:[Kk]ommun|[Ss]tad)\b)"
        ),
        # "Solna stads kontaktcenter", "Stockholms stadsledningskontor": an office owned by
        # its municipality or region in the genitive, named with it
        "owned_office": regex.compile(
            rf"(?<![\p{{L}}-])(?P<name>(?:Region\s)?(?P<place>{PLACE_WORD})(?:\s(?:stads|kommuns)|s)\s"
            r"(?P<unit>\p{Ll}{3,}(?:kontor|center|centrum)))(?P<gen>et|s)?(?![\p{L}-])"
        ),
        # "Svenljunga bostäder", "bostadsbolaget Aranäs bostäder": a housing company
        "housing": regex.compile(
            rf"(?<![\p{{L}}-])(?P<place>{PLACE_WORD})\sbostäder(?![\p{{L}}-])"
        ),
        # "Europeiska åklagarmyndigheten", "Europeiska miljöbyrån": EU authorities
        "eu_agency": regex.compile(
            r"\b(?P<name>Europeiska\s\p{Ll}+(?:myndigheten|byrån))(?P<gen>s)?(?![\p{L}-])"
        ),
    }
