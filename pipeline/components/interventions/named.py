"""Programme names by their form: "Name (ACRONYM)", named units run as services
("Förebyggarteamet"), quoted names after a programme noun, names defined as a programme,
items of an enumeration ("insatser såsom …") and of a bullet list under a measures heading
(intervention_headings.txt). Names after a trigger word are in triggers.py."""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache

import regex

from ...language.resources import read_lines
from ...language.text_units import alternation
from .hits import Hit
from .triggers import trigger_words
from .vocabulary import CLAUSE_WORDS, context_words, stoplist, word_set

ACRONYM_AFTER = regex.compile(r"\((?P<acr>\p{Lu}{2,6})\)")
# Head words of a body's name ("Nationella rådet för …", "Civil Aviation Authority"): such
# a stretch is no programme.
BODY_HEADS = regex.compile(
    r"(?:rådet|centrum|kommittén|myndigheten|authority|agency|council|coalition"
    r"|group|organi[sz]ation|institute|centre|center)$",
    regex.I,
)


def _sentence_start(text: str, pos: int) -> int:
    """Start of the line or sentence holding pos."""
    stop = text.rfind(". ", 0, pos)
    return max(text.rfind("\n", 0, pos) + 1, stop + 2 if stop >= 0 else 0)


def _initials_fit(words: list[str], acronym: str) -> bool:
    """The acronym's letters are, in order, initials of the name's words."""
    initials = iter(w[0].upper() for w in words)
    return all(any(c == i for i in initials) for c in acronym)


def _about_programme(stretch: str) -> bool:
    """A programme word in the name or right after it: "(HLT) är en satsning"."""
    folded = stretch.casefold()
    return any(regex.search(rf"\b{regex.escape(c)}", folded) for c in context_words())


_LAST_WORD = regex.compile(r"(\p{L}+)\s+$")


def _after_programme_word(text: str, start: int) -> bool:
    """A programme word right before the name: "arbetet Nationell samverkan (NS)"."""
    before = _LAST_WORD.search(text, max(0, start - 40), start)
    return before is not None and before[1].casefold().endswith(trigger_words())


def _name_start(word: str, acronym: str) -> bool:
    """A capitalised word giving the acronym's first letter, or a programme word heading
    the name ("Samverkan för barn och unga … (BUS)")."""
    if not word[0].isupper():
        return False
    return word[0] == acronym[0] or word.casefold().startswith(context_words())


def _names_a_body_or_clause(words: list[str]) -> bool:
    return any(BODY_HEADS.search(w) for w in words) or any(
        w.casefold() in CLAUSE_WORDS for w in words
    )


def find_acronym_names(text: str) -> Iterator[Hit]:
    """'Hälsa, lärande och trygghet (HLT) är en satsning': the shortest stretch before the
    parenthesis, from a capitalised word or the sentence start, whose initials spell it."""
    for m in ACRONYM_AFTER.finditer(text):
        hit = _acronym_name(text, m)
        if hit is not None:
            yield hit


def _acronym_name(text: str, m: regex.Match[str]) -> Hit | None:
    acr = m["acr"]
    line_start = _sentence_start(text, m.start())
    before = text[line_start : m.start()].rstrip()
    words = list(regex.finditer(r"[\p{L}-]+", before))
    for k in range(len(words) - 1, -1, -1):
        span_words = [w.group() for w in words[k:]]
        if len(span_words) > 10:
            return None
        if _name_start(words[k].group(), acr) and _initials_fit(span_words, acr):
            start = line_start + words[k].start()
            name = text[start : line_start + len(before)]
            after = text[m.end() : m.end() + 30]
            if not (_about_programme(name + after) or _after_programme_word(text, start)):
                return None
            if _names_a_body_or_clause(span_words):
                return None
            why = f"name with acronym ({acr})"
            return Hit(start, m.end(), name, True, 0.8, why, (acr,), rule="intervention.acronym")
    return None


@cache
def _service_pattern() -> regex.Pattern[str]:
    ends = alternation(read_lines("intervention_name_suffixes.txt"))
    return regex.compile(
        rf"(?<![\p{{L}}-])\p{{Lu}}\p{{Ll}}{{4,}}(?:{ends})(?:\s\p{{Lu}}\p{{Ll}}+)?(?![\p{{L}}-])"
    )


def find_services(text: str) -> Iterator[Hit]:
    """Named municipal units run as services: "Förebyggarteamet", "Träfflokalen Fleming"."""
    why = "named unit (-teamet, -huset, …)"
    for m in _service_pattern().finditer(text):
        yield Hit(m.start(), m.end(), m.group(), True, 0.75, why, rule="intervention.named_unit")


QUOTE_OPEN, QUOTE_CLOSE = '["”“„»]', '["”“„«]'
# A name: a capitalised word, then up to five more words (lower-case ones too).
QUOTED_NAME = r"\p{Lu}[\p{L}\d-]*(?:\s[\p{L}\d-]+){0,5}?"
_QUOTED = rf"{QUOTE_OPEN}(?P<name>{QUOTED_NAME}){QUOTE_CLOSE}"
# the noun, a comma maybe ('mottagning, "Ankaret"'), then one quoted name or a list of them,
# an item's place or description before the next ('"Ankaret" i centrum, och "Bojen" i hamnen')
_ITEM_TAIL = r"(?:\s[^\"”“„»«\n.,;:]{1,60}?)?"
_QUOTED_AFTER_WORD = regex.compile(
    rf"(?P<noun>\p{{L}}+),?\s{_QUOTED}"
    rf"(?:{_ITEM_TAIL}(?:,\s(?:och\s|samt\s)?|\s(?:och|samt)\s){_QUOTED})*"
)


def find_quoted_names(text: str) -> Iterator[Hit]:
    """Quoted names after a programme noun: 'studiecirkeln "Tillsammans mot ensamhet"',
    'stödchatten "Vän i natten"', 'kampanjerna "Se mig" och "Hör mig"'
    (intervention_name_nouns.txt)."""
    for m in _QUOTED_AFTER_WORD.finditer(text):
        noun = m["noun"].casefold()
        if any(n in noun for n in word_set("intervention_name_nouns.txt")):
            why = f"quoted name after '{m['noun']}'"
            for (start, end), name in zip(m.spans("name"), m.captures("name"), strict=True):
                yield Hit(start, end, name, True, 0.8, why, rule="intervention.quoted")


# "Bokstart, som är en satsning på …", "Hagalundslyftet är ett projekt som …": a name
# opening a sentence and defined as a programme.
_DEFINED_NAME = regex.compile(
    r"(?:^|(?<=[.!?]\s))(?P<name>\p{Lu}[\p{L}\d-]*(?:\s\p{Lu}[\p{L}\d-]*){0,4})"
    r",?\s(?:som\s)?är\s(?:en|ett)\s(?P<words>\p{Ll}+(?:\s\p{Ll}+)?)",
    regex.M,
)


def find_defined_names(text: str) -> Iterator[Hit]:
    for m in _DEFINED_NAME.finditer(text):
        noun = next((w for w in m["words"].split() if w.startswith(context_words())), None)
        if noun and m["name"].casefold() not in stoplist():
            why = f"name defined as '{noun}'"
            start, end = m.span("name")
            yield Hit(start, end, m["name"], True, 0.75, why, rule="intervention.defined")


ENUMERATION = regex.compile(
    r"\b(?:insatser|metoder|program|aktiviteter)\s(?:såsom|som till exempel|som t\.ex\.)\s"
    r"(?P<list>[^.:\n]{3,200})"
)


def find_enumerated(text: str) -> Iterator[Hit]:
    """Capitalised items of "insatser såsom ABC, Komet och Trygghetscirkeln"."""
    why = "item of 'insatser såsom …'"
    for m in ENUMERATION.finditer(text):
        pos = m.start("list")
        for piece in regex.split(r"(,\s|\s(?:och|samt)\s)", m["list"]):
            name = piece.strip()
            if name[:1].isupper() and len(name.split()) <= 5:
                start = pos + piece.index(name)
                end = start + len(name)
                yield Hit(start, end, name, True, 0.7, why, rule="intervention.listed")
            pos += len(piece)


@cache
def _heading_pattern() -> regex.Pattern[str]:
    alts = "|".join(f"(?:{h})" for h in read_lines("intervention_headings.txt"))
    return regex.compile(rf"^[ \t]*(?:{alts})", regex.I | regex.M)


BULLET = regex.compile(r"^[ \t]*[•*·–-][ \t]+(?P<item>[^\n]+)$", regex.M)


def _one_list(block: str) -> list[regex.Match[str]]:
    """The bullet items right under a heading, up to the first line of prose or the next
    heading: a programme's later sections ("Fritid och lov") are under headings of their own."""
    items: list[regex.Match[str]] = []
    for item in BULLET.finditer(block):
        between = block[items[-1].end() : item.start()] if items else ""
        if between.strip():
            break
        items.append(item)
    return items


def find_bulleted(text: str, known: list[Hit]) -> Iterator[Hit]:
    """Items of a bullet list under a measures heading; an item holding a known measure
    gives that measure, any other item is itself a measure in common words."""
    for heading in _heading_pattern().finditer(text):
        block_end = text.find("\n\n\n", heading.end())
        block = text[heading.end() : block_end if block_end > 0 else len(text)]
        pos = heading.end()
        items = _one_list(block)
        if not items or items[0].start() > block.find("\n", 2) + 3:
            continue
        for item in items:
            start, end = pos + item.start("item"), pos + item.end("item")
            if not any(start <= h.start < end for h in known):
                yield from _bullet_measure(text, start, end)


def _bullet_measure(text: str, start: int, end: int) -> Iterator[Hit]:
    """A bullet item of eight words or fewer, as a measure in common words."""
    name = text[start:end].strip().rstrip(".;,")
    if len(name.split()) <= 8:
        name = name[:1].lower() + name[1:]
        why = "item under a measures heading"
        yield Hit(start, start + len(name), name, False, 0.6, why, rule="intervention.heading_item")
