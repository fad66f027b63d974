"""Roles: the titles a press release gives a person, as written, with offsets.

A title is a phrase whose head noun is in `models/rules/titles.txt` ("socialminister",
"enhetschef", "ordförande"), optionally after modifiers ("vice", "politisk") and a genitive
("socialnämndens ordförande"), and followed by what it covers ("med ansvar för ...",
"i socialnämnden"). Two titles joined by "och" are two roles.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import regex

from ..language.names import FULL_NAME, valid_name
from ..language.resources import read_lines
from ..language.text_units import alternation, suffix_alternation
from .role_end import CONTACT as _CONTACT
from .role_end import COPULA, NAMING, title_end
from .role_party import PARTY_IN_ROLE, is_party
from .vocations import is_vocation

_SPLIT_AND = regex.compile(r"(?<![-–])\s+(?:och|samt)\s+")
# Two capitalised words in a row: another person's name ("Fjärrlands ambassadör Li Wen").
# An adjective in a body's name is no first name: "Kungliga Dramatiska Teatern".
_NAME_INSIDE = regex.compile(
    r"\b(?!\p{Lu}\p{Ll}*(?:iska|liga|ska)\b)\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)? \p{Lu}\p{Ll}+"
)


def _person_inside(text: str, start: int, end: int) -> regex.Match[str] | None:
    """The first two capitalised words that name a person, not a body ("verksamhetschef
    Kvinnojouren Kalmar" is one role: a title written straight before its body)."""
    pos = start
    while m := _NAME_INSIDE.search(text, pos, end):
        pos = m.start() + m.group().index(" ") + 1
        if is_title_word(m.group().split()[0]):
            continue  # "Verksamhetschef Ungdomsfritid …": a title, capitalised
        if _BODY_PREPOSITION.search(text, max(start, m.start() - 60), m.start()):
            continue  # "VD på Ekby Property Development": the place of work, a body
        if titled_body(text, start, m.start(), end):
            return None  # "…, Projektledare Grön Vår": the title's body, in title case too
        if body_after_apposed_title(text, start, m.end()):
            return None  # "säger Bo Ek, affärschef Ekby Umeå.": the title's body
        if valid_name(m.group()):
            return m
    return None


# A name and its comma before a title; the phrase's end after the capitalised words: a
# stop or line end, or an e-mail address ("…, Projektledare Vit Vår anna@…")
_NAME_COMMA_BEFORE = regex.compile(rf"{FULL_NAME}(?: \(\p{{L}}{{1,4}}\))?,\s*$")
_PHRASE_END = regex.compile(r"[ \t]*(?:[.!?]?[ \t]*(?:\n|$)|[.!?]\s)")
_ADDRESS_NEXT = regex.compile(r"[ \t]*[\w.+-]+@")


def body_after_apposed_title(text: str, title_start: int, words_end: int) -> bool:
    """Two capitalised words that end the phrase of a lower-case title apposed to a name
    ("Bo Ek, affärschef Ekby Umeå."), or of any title with an e-mail address next: the
    title's body, not the next person's name. A capitalised title there opens the next
    item of a title case list ("Bo Berg, Rektor Kalle Ström.")."""
    before = text[max(0, title_start - 80) : title_start]
    if not _NAME_COMMA_BEFORE.search(before):
        return False
    if _ADDRESS_NEXT.match(text, words_end):
        return True
    return text[title_start:words_end].lstrip()[:1].islower() and bool(
        _PHRASE_END.match(text, words_end)
    )


# A title case label's capitalised title word straight before the capitalised words that
# end the phrase: "…, Verksamhetschef Ungdomsfritid Folkets Hus Norr/Söder."
_TITLE_CASE_WORD = regex.compile(r"(?:^|(?<=\s))(\p{Lu}\p{Ll}+)\s+$")
_CAPITALS_TO_END = regex.compile(r"(?:\p{Lu}[\p{L}-]*(?:/\p{Lu}[\p{L}-]*)?\s*)+[.]?\s*")


def titled_body(text: str, start: int, at: int, end: int) -> bool:
    """The capitalised words at `at` run to the phrase's end straight after its first word,
    a capitalised title word: the body of a title case label. Two words alone may be the
    next person's name; three, or two joined by a slash, are taken as a body's."""
    word = _TITLE_CASE_WORD.search(text, start, at)
    return bool(
        word
        and is_title_word(word[1])
        and text[start : word.start()].strip(" ,") == ""
        and (run := _CAPITALS_TO_END.fullmatch(text, at, end))
        and ("/" in run.group() or len(run.group().split()) > 2)  # "Rektor Kalle Ström": a name
    )


# "VD på Ekby Property", "socialchef i Södra Älvsborg", "chef för Barn Unga Vuxna", also
# after more capitalised words of the body's name ("på Svenska Röda Korset"): a body
_BODY_PREPOSITION = regex.compile(
    r"(?<![\p{L}-])(?:på|vid|hos|i|för|inom)\s(?:\p{Lu}[\p{L}-]*\s)*$"
)
_DANGLING = regex.compile(r"(?:\s+(?:för|i|på|vid|och|med|inom|till|av))+\s*$", regex.I)
_DEFINITE = ("en", "et", "n")
_AMONG_OTHERS = regex.compile(r"(?<=\bbland\s)andra\s+", regex.I)


@dataclass(frozen=True)
class Role:
    start: int
    end: int
    text: str  # as written, white space collapsed (see `normalise`)
    party: str | None = None


@cache
def _heads() -> tuple[str, ...]:
    """The hand-kept heads and those derived from the vocation lexicon (title_heads.txt)."""
    heads = set(read_lines("titles.txt")) | set(read_lines("title_heads.txt"))
    # a head that ends in another adds nothing to "ends in a head" ("socialchef" < "chef"),
    # and every head costs time in the title regex, the pipeline's hottest
    single = {h for h in heads if " " not in h}
    minimal = {h for h in single if not any(h != o and h.endswith(o) for o in single)}
    return tuple(sorted(minimal | (heads - single), key=len, reverse=True))


@cache
def _modifiers() -> str:
    plain = [m for m in read_lines("title_modifiers.txt") if not m.startswith("re:")]
    patterns = [m[3:] for m in read_lines("title_modifiers.txt") if m.startswith("re:")]
    return "|".join(a for a in [alternation(plain, longest_first=True), *patterns] if a)


@cache
def _modifier_pattern() -> regex.Pattern[str]:
    return regex.compile(rf"^(?:{_modifiers()})$", regex.I)


@cache
def _time_word() -> regex.Pattern[str]:
    words = sorted(read_lines("title_time_words.txt"), key=len, reverse=True)
    # one or more: "vår nya stadsdirektör"
    return regex.compile(rf"(?:(?i:{'|'.join(regex.escape(w) for w in words)})\s+)+")


@cache
def _title_prefixes() -> tuple[str, ...]:
    return tuple(sorted(read_lines("title_prefixes.txt"), key=len, reverse=True))


@cache
def prefix_pattern() -> str:
    """'klimat och ': the first part of a coordinated title printed without its hyphen."""
    return rf"(?:(?i:{'|'.join(regex.escape(p) for p in _title_prefixes())}) (?:och|eller) )"


@cache
def _not_genitives() -> frozenset[str]:
    return frozenset(read_lines("not_genitives.txt"))


# A genitive owner: capitalised ("Trafikverkets", "MSB:s", "Danmarks") or a lower-case
# noun's genitive ending ("socialnämndens", "rådets", "skolministerns"); passives such as
# "utses", "hålls" and words such as "hos" are no owners.
_GENITIVE = r"(?:\p{Lu}[\p{L}:-]+s|\p{Ll}[\p{Ll}-]*(?:[nrt]s|:s|fullmäktiges))"
_ADJECTIVE = r"\p{Lu}\p{Ll}+a"  # "Europeiska rådets", "Nordiska ministerrådets"
_GENITIVE_WORD = regex.compile(_GENITIVE)

# Compiled once: the regex module's own cache costs more than most of these matches.
_HYPHEN_AND = regex.compile(r"\p{L}+-(?:och|eller)")  # "energi-och"
_ORDINAL = regex.compile(r"^\d+:[ae]$")  # "1:e vice ordförande"
_CAPITALISED = regex.compile(r"\p{Lu}\p{Ll}+")  # "Kommunalråd", not "SVT-chef" or "VD"
_ADJECTIVE_ENDINGS = ("iska", "ska", "liga")  # "Europeiska", "Svenska", "Kungliga"


@cache
def _prefix() -> regex.Pattern[str]:
    return regex.compile(prefix_pattern())


def is_genitive(word: str) -> bool:
    """'socialnämndens', 'UD:s': a word that owns the title after it."""
    return bool(_GENITIVE_WORD.fullmatch(word)) and word.casefold() not in _not_genitives()


@cache
def title_before_name() -> str:
    """A regex for a title written before a name: "statsminister", "UD:s rättschef",
    "arbetsmarknads- och integrationsminister", "minister för civilt försvar"."""
    not_genitive = alternation(_not_genitives())
    owner = rf"(?!(?i:{not_genitive})\b){_GENITIVE} "
    # "socialnämndens ordförande", "Europeiska rådets ordförande", "Stockholms läns ..."
    # A capitalised word before a lower-case owner ("Blekinge läns"), never before a
    # capitalised one: "Jessica Rosencrantz Nordmakedoniens EU-minister" is two people.
    place = r"\p{Lu}\p{Ll}+ (?=\p{Ll})"
    # ... or a word that opens a body's name: "Region Skånes regiondirektör", not "Skånes"
    body = rf"(?:{alternation(read_lines('title_owner_prefixes.txt'))}) "
    genitive = rf"(?:(?<![\p{{L}}:-])(?:{_ADJECTIVE} |{place}|{body}|{owner})?{owner})?"
    hyphened = r"\p{L}+-(?:, \p{L}+-)* ?(?:och|eller) "  # also "energi-och"
    compound = rf"(?:{hyphened}|{prefix_pattern()})?"  # also "klimat och miljöminister"
    modifiers = rf"(?:(?i:{_modifiers()}) )*"
    # "… för delegationen är Martin X": the last covered word is no verb
    last = rf"(?!(?i:{COPULA})\b)\p{{Ll}}+(?= (?:{NAMING} )?\p{{Lu}})"
    covers = rf"(?: (?:för|i) (?:\p{{Ll}}+ ){{0,2}}?{last})?"
    return rf"{genitive}{compound}{modifiers}{title_word_pattern()}{covers}"


@cache
def title_word_pattern() -> str:
    """A regex for one title word: a head noun, alone or ending a compound, maybe definite."""
    heads = suffix_alternation(h for h in _heads() if " " not in h)
    # The whole word is taken at once (atomic) and its end checked against the heads:
    # trying every head at every letter of every word was the pipeline's hottest regex.
    return rf"(?>(?:\p{{L}}+-)?\p{{L}}+)(?<=(?i:{heads})(?:(?i:en|n|et))?)(?![\p{{L}}-])"


@cache
def _title_word() -> regex.Pattern[str]:
    return regex.compile(rf"^{title_word_pattern()}$")


def is_title_word(word: str) -> bool:
    return bool(_title_word().match(word.strip(".,:;()")))


# Plural endings of titles, the definite ones first: "fältassistenterna", "chefer".
_PLURAL_ENDINGS = ("erna", "arna", "er", "ar")


def singular_title(word: str) -> str | None:
    """The singular of a plural title word ("fältassistenter" -> "fältassistent",
    "samordnarna" -> "samordnare"); a title whose plural is its singular ("handläggare")
    is itself; None for a word that is no title, or a singular whose plural differs
    ("arbetsminister Eva Ek och Bo Ek": the minister is Eva Ek alone)."""
    if is_title_word(word) and not word.endswith(_DEFINITE):
        return None if word.endswith("er") else word
    if word.casefold().endswith("råden") and is_title_word(word[:-2]):
        return word[:-2]  # "kommunalråden": "råd" is neuter, its plural definite in -en
    for ending in _PLURAL_ENDINGS:
        stem = word[: -len(ending)]
        if not word.endswith(ending) or len(stem) < 3:
            continue
        if is_title_word(stem):
            return stem
        if ending == "arna" and is_title_word(stem + "are"):
            return stem + "are"  # "samordnarna" -> "samordnare"
    return None


def is_modifier(word: str) -> bool:
    return bool(_modifier_pattern().match(word.strip(".,:;()")))


def starts_with_title(phrase: str, within: int = 3) -> bool:
    """A title word among the first words, only modifiers or a genitive before it."""
    words = phrase.split()
    while len(words) > 2 and words[0].endswith("-") and words[1] in ("och", "eller"):
        words = words[2:]  # "energi- och näringsminister"
    if words and _HYPHEN_AND.fullmatch(words[0]):
        words = words[1:]  # "energi-och näringsminister", as sometimes printed
    while words and words[0].endswith("-,"):
        words = words[1:]  # "gymnasie-, högskole- och forskningsminister"
    if (
        len(words) > 2
        and words[1] in ("och", "eller")
        and _prefix().fullmatch(f"{words[0]} {words[1]} ")
    ):
        words = words[2:]  # "klimat och miljöminister", printed without the hyphen
    phrase = " ".join(words)
    if m := _time_word().match(phrase):
        words = phrase[m.end() :].split()  # "tidigare rättschef"
    if words and _ORDINAL.match(words[0]):
        words = words[1:]  # "2:e vice ordförande": the ordinal counts as no word
    words = words[:within]
    for n, word in enumerate(words):
        # "Enhetschef/Kulturcentrum": a title and its unit joined by a slash
        if is_title_word(word) or is_vocation(word) or is_title_word(word.split("/", 1)[0]):
            return True
        genitive = n == 0 and is_genitive(word)
        if not (is_modifier(word) or genitive or _ORDINAL.match(word)):
            return False
    return False


def normalise(text: str) -> str:
    """The role as written, white space collapsed; only a capital that the role's place
    gives a common title word ("Kommunalråd med ansvar för ..." opening a line) is lowered:
    proper nouns keep theirs ("socialchef i Eskilstuna kommun", "Danmarks skatteminister")."""
    role = " ".join(text.split()).strip(" .,;:()")
    first = role.split(" ", 1)[0]
    if _CAPITALISED.fullmatch(first) and (is_title_word(first) or is_modifier(first)):
        return role[0].lower() + role[1:]
    return role


# Punctuation at a role's edges; a slash between two titles ("Avdelningschef / Kommunikationschef");
# an elision mark where a lead paragraph is cut short ("säger Erik Berg, regionråd […]")
_EDGE = " \t\n.,;:()-–/[]…"


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in _EDGE:
        start += 1
    while end > start and text[end - 1] in _EDGE:
        end -= 1
    return start, end


def role_at(text: str, start: int, end: int) -> list[Role]:
    """The roles in text[start:end] (one title phrase, possibly "X och Y"), party removed."""
    party = None
    piece = text[start:end]
    if (m := PARTY_IN_ROLE.search(piece)) and is_party(piece[: m.start()], m["party"]):
        party = m["party"].upper()
        end = start + m.start()
    if m := _CONTACT.search(text, start, end):
        end = m.start()
    if (m := _person_inside(text, start, end)) and m.start() > start:
        end = m.start()
    end = title_end(text, start, end)
    if m := _time_word().match(text, start, end):
        start = m.end()  # "tidigare kommunalråd i Göteborg"
    if m := _AMONG_OTHERS.match(text, start, end):
        start = m.end()  # "bland andra folkhälsostrateg X": "andra" is no ordinal here
    if m := _DANGLING.search(text, start, end):
        end = m.start()
    start, end = _trimmed(text, start, end)
    if end <= start:
        return []
    roles = []
    cut = start
    for m in _SPLIT_AND.finditer(text, start, end):
        if starts_with_title(text[m.end() : end], within=2) and starts_with_title(
            text[cut : m.start()]
        ):
            roles.append(_role(text, cut, m.start(), party))
            cut = m.end()
    roles.append(_role(text, cut, end, party))
    return [r for r in roles if r.text]


def _role(text: str, start: int, end: int, party: str | None) -> Role:
    start, end = _trimmed(text, start, end)
    if m := _time_word().match(text, start, end):
        start = m.end()  # "journalist och tidigare SVT-chef"
    role = _without_named_owner(normalise(text[start:end]))
    return Role(start, end, _indefinite(role), party)


def _without_named_owner(role: str) -> str:
    """A title after a body's name of two words or more in the genitive ("Tyresö kommuns
    biträdande säkerhetschef", "Hjälp Barnens expert") without that name: the body is the
    person's organization, the title the role. The span keeps it, for the affiliation.
    A one-word owner stays ("socialnämndens ordförande", "Finlands arbetsminister"), and
    so does an owner that an adjective opens, an institution named in common words like a
    committee ("Europeiska kommissionens ordförande")."""
    words = role.split(" ")
    if not _CAPITALISED.match(words[0]) or words[0].endswith(_ADJECTIVE_ENDINGS):
        return role
    for n in range(1, min(len(words) - 1, 4)):
        if not is_genitive(words[n]):
            continue
        rest = " ".join(words[n + 1 :])
        return rest if starts_with_title(rest, within=2) else role
    return role


def _indefinite(role: str) -> str:
    """A title alone in the definite, as in "säger verksamhetschefen Anna X", in its base
    form: "verksamhetschefen" -> "verksamhetschef", "ordföranden" -> "ordförande"."""
    if " " in role or is_modifier(role):
        return role
    for ending in _DEFINITE:
        if role.endswith(ending) and is_title_word(role[: -len(ending)]):
            return role[: -len(ending)]
    return role
