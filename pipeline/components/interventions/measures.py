"""Kinds of measure by word formation: a compound whose head names a measure
("fritidsgårdarna" -> fritidsgård), a measure word with the adjective that says its kind
("alkoholfria mötesplatser") or the group it is for ("boende för ensamkommande ungdomar")."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import replace
from functools import cache

import regex

from ...language.resources import read_lines
from ...language.text_units import alternation
from .hits import Hit
from .vocabulary import (
    CLAUSE_WORDS,
    head_exclusions,
    head_lemmas,
    heads,
    stoplist,
    word_set,
)

# Measure words too general alone, named by an adjective or a group only ("mötesplatser").
HEADS_ALONE = "intervention_heads_alone.txt"

# rule ids (rule_ids.tsv)
COMPOUND = "intervention.compound"
MEASURE_WORD = "intervention.measure_word"
ADJECTIVE = "intervention.adjective"
FOR_GROUP = "intervention.for_group"


# A word that goes on as a web address or e-mail domain: ".nu", ".se", "@…".
_DOMAIN_AFTER = regex.compile(r"\.\p{Ll}{2,}(?![\p{L}-])|@")


# A plural's umlaut: "bostad" -> "bostäder", "stad" -> "städer", "land" -> "länder" (the
# nouns in -ad and -and; other heads keep their vowel, and one scan stays short).
_UMLAUT = regex.compile(r"a(?=n?d$)")


# A head in -el or -er whose inflected forms drop the e: "cirkel" -> "cirklar", "läger"
# -> "lägret".
_DROPPED_E = regex.compile(r"e(?=[lr]$)")


def _stems(head: str) -> tuple[str, ...]:
    """What a head's forms all hold: its base form less the last letter, the umlaut
    plural's ("gruppbostäder" holds "bostä") and the plural's that drops an e
    ("studiecirklar" holds "cirk")."""
    umlaut = _UMLAUT.sub("ä", head, count=1)[:-1]
    return tuple(dict.fromkeys((head[:-1], umlaut, _DROPPED_E.sub("", head)[:-1])))


@cache
def _word_with_head() -> regex.Pattern[str]:
    """A word of six letters or more holding a head's stem ("gård" in "fritidsgårdarna"):
    one scan of the text instead of a lemma lookup for every word."""
    stems = alternation(s for h in heads() for s in _stems(h))
    return regex.compile(
        rf"(?<![\p{{L}}\d-])(?=\p{{L}}[\p{{Ll}}-]{{5,}}(?![\p{{L}}\d-]))"
        rf"\p{{L}}[\p{{Ll}}-]*?(?i:{stems})[\p{{Ll}}-]*(?![\p{{L}}\d-])"
    )


def _compound_lemma(word: str, lemma_of: Callable[[str], str]) -> str:
    """A word ending in a head as written is its own base form: "omsorgsboende" is the
    home, not a form of the verb "bo"."""
    folded = word.casefold()
    if folded.endswith(heads()):
        return folded
    lemma = lemma_of(word)
    return lemma if lemma.endswith(heads()) else _dropped_e_lemma(folded) or lemma


_PLURAL_ENDINGS = regex.compile(r"(?:ar|arna|ars|arnas)$")


def _dropped_e_lemma(folded: str) -> str | None:
    """The base form of a plural that drops its head's e, which the lemma table may not
    know: "studiecirklar" -> "studiecirkel"."""
    m = _PLURAL_ENDINGS.search(folded)
    for head in (h for h in heads() if m and _DROPPED_E.search(h)):
        stem = _DROPPED_E.sub("", head)
        if folded[: m.start()].endswith(stem):
            return folded[: m.start() - len(stem)] + head
    return None


def find_compound_measures(text: str) -> Iterator[Hit]:
    """Kinds of measure by word formation: a compound whose head names a measure
    ("fritidsgårdarna" -> fritidsgård, "trygghetsvärdar" -> trygghetsvärd)."""
    lemma_of = head_lemmas().lemma
    hits = list(_compound_hits(text, lemma_of))
    units = {n for h in hits if _names_a_unit(text, h.start, h.end) for n in (h.name, *h.aliases)}
    yield from (h for h in hits if h.name not in units)


def _compound_hits(text: str, lemma_of: Callable[[str], str]) -> Iterator[Hit]:
    for m in _word_with_head().finditer(text):
        before = text[max(0, m.start() - 8) : m.start()].rstrip()  # a few spaces back
        if _capitalised_name(text, m.start(), before):
            continue  # capitalised inside a sentence: a name, not a kind of measure
        if _DOMAIN_AFTER.match(text, m.end()):
            continue  # a web address ("jagvillhabostad.nu"): a site's name, not a measure
        if _ALL_SERVICES_AFTER.match(text, m.end()):
            continue  # one of a body's services named in passing, not a measure
        lemma = _compound_lemma(m.group(), lemma_of)
        head = _compound_head(m.group(), lemma)
        if head is None:
            continue
        start, name, aliases = _with_shared_parts(text, m.start(), lemma)
        why = f"compound ending in -{head}"
        yield Hit(start, m.end(), name, False, 0.6, why, aliases, entry=name, rule=COMPOUND)


# An article or a word of number before a word: a kind of thing follows, not a name ("ett
# Sommarkollo", capitalised by the writer, is a summer camp of the common kind).
_ARTICLE_BEFORE = regex.compile(r"(?<![\p{L}-])(?:en|ett|fler|flera|nya|ny|nytt)\s+$")


def _capitalised_name(text: str, start: int, before: str) -> bool:
    """A capitalised word inside a sentence is a name, unless an article says it is a kind."""
    if not text[start].isupper() or not before or before[-1] in '.!?:•–-"”':
        return False
    return not _ARTICLE_BEFORE.search(text, max(0, start - 8), start)


# A list closed by "and other activity" names a body's services in general, in passing
# ("bibliotek, simhallar och annan verksamhet håller öppet"): no measure of the release.
_ALL_SERVICES_AFTER = regex.compile(
    r"(?:,\s[\p{Ll}-]+)*\s(?:och|samt)\s(?:annan|övrig|andra|övriga)\s(?:\p{Ll}+\s)?"
    r"verksamhet(?:er)?(?![\p{L}-])"
)


# A unit's own name right after its kind, on the same line: "äldreboendet Solgården".
_NAME_AFTER = regex.compile(r" \p{Lu}")
# A prize's title: "Årets ungdomsaktivitet" (ANNOTATION.md: prizes are no interventions).
_PRIZE_BEFORE = regex.compile(r"Årets\s$")


def _names_a_unit(text: str, start: int, end: int) -> bool:
    """The kind word of a named unit or of a prize, not a kind of measure: the unit's
    name is the intervention ("vård- och omsorgsboendet Tallen", and so the release's
    other mentions of it), a prize is none."""
    return bool(
        _NAME_AFTER.match(text, end) or _PRIZE_BEFORE.search(text, max(0, start - 6), start)
    )


def _holds_stem(word: str, head: str) -> bool:
    return any(stem in word.casefold() for stem in _stems(head))


def _compound_head(word: str, lemma: str) -> str | None:
    """The head that makes `lemma` (of `word`) a measure's compound, or None."""
    head = next((h for h in heads() if lemma.endswith(h)), None)
    if head is None or len(lemma) - len(head) < 3 or not _holds_stem(word, head):
        return None  # no compound, or a lemma made up by a short tail ("svenska" -> "skola")
    if lemma[-len(head) - 1] == "-":
        return None  # "växa-stöd": a name's hyphenated part
    if any(lemma.endswith(x) for x in head_exclusions()):
        return None
    if lemma in stoplist() or word.casefold() in stoplist():
        return None
    if _VALUE_OR_WORTH.search(word):
        return None  # "kärnvärdet", "skyddsvärda": a value or "worth", not a host (värd)
    return head


# Forms of "värde" (a value) and of the adjective "värd" (worth), which the head "värd"
# (a host: "trygghetsvärd") shares a stem with; "-värden" is either and stays.
_VALUE_OR_WORTH = regex.compile(r"vär(?:de|det|dena|dets|t|da)$", regex.IGNORECASE)


# "vård- och omsorgsboende", "alkohol-, drog- och spelrådgivning": first parts that share
# the compound's head, written before it with a hyphen.
_SHARED_PARTS = regex.compile(
    r"(?:(?<![\p{L}-])\p{L}{2,}-,\s)*(?<![\p{L}-])\p{L}{2,}-\s(?:och|eller)\s$"
)


def _with_shared_parts(text: str, start: int, lemma: str) -> tuple[int, str, tuple[str, ...]]:
    """Where a compound starts once its shared first parts are taken, its name so, and the
    bare compound as an alias when they were."""
    m = _SHARED_PARTS.search(text, max(0, start - 60), start)
    if m is None or any(c.isupper() for c in m.group()[1:]):
        return start, lemma, ()
    return m.start(), m.group()[:1].lower() + m.group()[1:] + lemma, (lemma,)


# An adjective that says what kind of measure: "uppsökande", "alkoholfria", "synlig".
# A verb's infinitive looks the same ("att starta fritidsgårdar"): not after these words.
_ADJECTIVE_BEFORE = regex.compile(
    r"(?<!\b(?:att|ska|kan|vill|måste|får|bör|skulle|kunna)\s)"
    r"(?<![\p{L}-])(?P<adj>\p{Ll}[\p{Ll}-]*(?:ande|ende|ig|lig|isk|a))\s$"
)


def _says_no_kind(adjective: str) -> bool:
    """A word the adjective pattern takes that names no kind of measure ("nya", "att")."""
    stop = word_set("intervention_adjective_stop.txt")
    return adjective in stop or adjective in stoplist() or adjective in CLAUSE_WORDS


def with_adjective(text: str, hit: Hit) -> Hit:
    """A measure with the adjective that says what kind it is, as written: "alkoholfria
    mötesplatser", "synlig patrullering"; the measure's own name becomes an alias."""
    m = _ADJECTIVE_BEFORE.search(text, max(0, hit.start - 25), hit.start)
    if hit.named or m is None or _says_no_kind(m["adj"].casefold()):
        return hit
    name = text[m.start("adj") : hit.end]
    aliases = tuple(dict.fromkeys((*hit.aliases, hit.name)))
    why = f"{hit.why}, with its adjective"
    return replace(hit, start=m.start("adj"), name=name, named=False, why=why, aliases=aliases)


_ADJECTIVE_AND_WORD = regex.compile(
    r"(?<![\p{L}-])(?P<adj>\p{Ll}[\p{Ll}-]*(?:ande|ende|ig|lig|isk|a))\s(?P<word>\p{Ll}+)"
    r"(?![\p{L}-])"
)


def find_adjective_measures(text: str) -> Iterator[Hit]:
    """A head word alone names a measure when an adjective says what kind: "alkoholfria
    mötesplatser", "synlig patrullering" (the bare "mötesplatser" is too general)."""
    lemma_of = head_lemmas().lemma
    bare, why = "measure word", "a measure word with the adjective that says its kind"
    alone = word_set(HEADS_ALONE, fold=False)
    for m in _ADJECTIVE_AND_WORD.finditer(text):
        lemma = _compound_lemma(m["word"], lemma_of)
        if lemma in alone:
            start, end = m.span("word")
            word = Hit(start, end, lemma, False, 0.6, bare, entry=lemma, rule=MEASURE_WORD)
            hit = with_adjective(text, word)
            if hit is not word:
                yield replace(hit, why=why, rule=ADJECTIVE)


@cache
def _target_group() -> regex.Pattern[str]:
    """ "för|till", up to two lower-case words, a group a measure is for ("och" another)."""
    groups = alternation(read_lines("intervention_target_groups.txt"))
    words = r"(?:(?!(?:för|till|och|samt|som|att|i|på|med|av|om)\s)\p{Ll}+\s){0,2}"
    group = rf"{words}(?:{groups})(?![\p{{L}}-])"
    return regex.compile(rf"\s(?:för|till)\s{group}(?:\s(?:och|samt)\s{group})?")


def with_target_group(text: str, hit: Hit) -> Hit:
    """A measure with the group it is for, as written: "boende för ensamkommande ungdomar";
    the measure's own name becomes an alias."""
    m = _target_group().match(text, hit.end)
    if hit.named or m is None:
        return hit
    aliases = tuple(dict.fromkeys((*hit.aliases, hit.name)))
    name = hit.name + m.group()
    why = f"{hit.why}, with its group"
    return replace(hit, end=m.end(), name=name, named=False, why=why, aliases=aliases)


_MEASURE_WORD = regex.compile(r"(?<![\p{L}-])\p{Ll}+(?![\p{L}-])")


def find_measures_for_groups(text: str) -> Iterator[Hit]:
    """A bare measure word names a measure when the group it is for follows: "boende för
    äldre hemlösa", "mötesplatser för seniorer"; not the heads too general to name one
    with any words ("stöd", "insatser", "verksamhet": intervention_heads_alone.txt)."""
    lemma_of = head_lemmas().lemma
    alone = word_set(HEADS_ALONE, fold=False)
    why = "a measure word before its group"
    for m in _MEASURE_WORD.finditer(text):
        word = m.group()
        lemma = word if word in alone else _compound_lemma(word, lemma_of)
        if lemma in alone and _target_group().match(text, m.end()):
            yield Hit(m.start(), m.end(), lemma, False, 0.6, why, entry=lemma, rule=FOR_GROUP)


def _modifier(hit: Hit) -> str | None:
    """The first part of a compound measure, without its linking s: "fritidsgård" in
    "fritidsgårdsverksamhet"; None for a hit not made by word formation."""
    if hit.rule != COMPOUND:
        return None
    head = next((h for h in heads() if hit.name.endswith(h)), None)
    return hit.name[: -len(head)].removesuffix("s") if head else None


def fold_compounds_of_measures(hits: list[Hit]) -> list[Hit]:
    """A compound whose first part is a measure found beside it is that measure written
    longer ("fritidsgårdsverksamhet" beside "fritidsgård"): one concept, one intervention,
    the compound an alias of the measure."""
    by_name = {h.name.casefold(): h for h in hits if not h.named}
    longer: dict[str, list[str]] = {}
    for h in hits:
        base = by_name.get((_modifier(h) or "").casefold())
        if base is not None and base is not h:
            longer.setdefault(base.name, []).append(h.name)
    if not longer:
        return hits
    folded = {n for names in longer.values() for n in names}
    return [
        replace(h, aliases=tuple(dict.fromkeys((*h.aliases, *longer.get(h.name, ())))))
        for h in hits
        if h.name not in folded
    ]
