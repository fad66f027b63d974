"""Interventions: preventive and social programmes, methods and kinds of measure.

- gazetteer (models/rules/interventions.tsv): named programmes as written ("Komet", "Bostad
  först"), common-word measures in any inflection ("familjecentralerna" -> familjecentraler)
- a name after a trigger word (intervention_triggers.tsv): "metoden X", "metoderna X och Y"
- "Name (ACRONYM)" whose initials give the acronym, in a sentence about a programme
- named units run as services: capitalised compounds ending in -teamet, -huset, …
- items of an enumeration after "insatser såsom …" and of a bullet list under a heading such
  as "Exempel på förebyggande arbete" (intervention_headings.txt)
Group `interventions`, label INTERVENTION, value {"name", "named", "aliases"}.
Writes the span group `interventions` (`doc._.interventions`); reads `organizations`
and drops from it the NER-only spans a programme covers, so it runs after
press_organizations.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from functools import cache

import regex
from spacy.language import Language
from spacy.tokens import Doc

from ..language.resources import read_lines, read_table
from ..language.span_groups import attr
from ..language.spans import add_span, group, text_of
from ..language.swedish import Lemmas

GROUP = "interventions"
WORD = regex.compile(r"[\p{L}\d%-]+")
# A proper name after a trigger: capitalised, an acronym, a figure ("100% renträning").
NAME_START = r"(?:\p{Lu}|\d+%\s\p{Ll})"
NAME_WORD = r"[\p{L}\d%&+-]+"


@dataclass(frozen=True)
class Entry:
    name: str
    named: bool
    aliases: tuple[str, ...]


@dataclass(frozen=True)
class Hit:
    start: int
    end: int
    name: str
    named: bool
    score: float
    why: str
    aliases: tuple[str, ...] = field(default=())
    entry: str | None = None  # the gazetteer entry a measure's form belongs to


@cache
def entries() -> tuple[Entry, ...]:
    return tuple(
        Entry(
            r["name"],
            r["named"].strip().lower() == "true",
            tuple(a for a in (r.get("aliases") or "").split("|") if a),
        )
        for r in read_table("interventions.tsv")
    )


@cache
def stoplist() -> frozenset[str]:
    return frozenset(w.casefold() for w in read_lines("intervention_stoplist.txt"))


@cache
def context_words() -> tuple[str, ...]:
    return tuple(w.casefold() for w in read_lines("intervention_context.txt"))


@cache
def _named_patterns() -> list[tuple[regex.Pattern[str], Entry, str]]:
    out = []
    for entry in entries():
        if not entry.named:
            continue
        for form in (entry.name, *entry.aliases):
            flags = regex.I if " " in form else 0
            body = regex.escape(form) + r"(?::?s)?"
            out.append(
                (regex.compile(rf"(?<![\p{{L}}\d-]){body}(?![\p{{L}}\d-])", flags), entry, form)
            )
    return out


def find_named(text: str) -> Iterator[Hit]:
    for pattern, entry, form in _named_patterns():
        for m in pattern.finditer(text):
            aliases = (form,) if form != entry.name else ()
            yield Hit(m.start(), m.end(), entry.name, True, 0.95, f"gazetteer: {form}", aliases)


def _measure_forms() -> list[tuple[str, Entry]]:
    return [(f, e) for e in entries() if not e.named for f in (e.name, *e.aliases)]


@cache
def lemmas() -> Lemmas:
    return Lemmas(frozenset(w.casefold() for f, _ in _measure_forms() for w in f.split()))


@cache
def _measure_index() -> dict[str, list[tuple[tuple[frozenset[str], ...], str, Entry]]]:
    """Common-word entries by every form of their first word: one lookup per text word."""
    index: dict[str, list[tuple[tuple[frozenset[str], ...], str, Entry]]] = {}
    for form, entry in _measure_forms():
        parts = tuple(lemmas().forms(p) for p in form.split())
        for key in parts[0]:
            index.setdefault(key, []).append((parts, form, entry))
    return index


def find_measures(text: str) -> Iterator[Hit]:
    """Common-word entries in any inflection, word by word: "mobila teamen", "hembesöken"."""
    forms = lemmas().forms
    words = [(m.start(), m.end(), forms(m.group())) for m in WORD.finditer(text)]
    index = _measure_index()
    for i, (start, _, first) in enumerate(words):
        found: set[str] = set()
        for parts, form, entry in (c for key in first for c in index.get(key, ())):
            window = words[i : i + len(parts)]
            if form in found or len(window) < len(parts):
                continue
            if all(w[2] & p for w, p in zip(window, parts, strict=True)):
                found.add(form)
                why = f"gazetteer (inflected): {form}"
                # named as written ("fältassistenter"), the entry's own name as an alias
                aliases = (entry.name,) if form != entry.name else ()
                yield Hit(start, window[-1][1], form, False, 0.85, why, aliases, entry.name)


@cache
def _heads() -> tuple[str, ...]:
    return tuple(sorted(read_lines("intervention_heads.txt"), key=len, reverse=True))


@cache
def head_lemmas() -> Lemmas:
    return Lemmas(frozenset(_heads()))


@cache
def _head_exclusions() -> frozenset[str]:
    return frozenset(w.casefold() for w in read_lines("intervention_head_exclusions.txt"))


@cache
def _word_with_head() -> regex.Pattern[str]:
    """A word of six letters or more holding a head's stem ("gård" in "fritidsgårdarna"):
    one scan of the text instead of a lemma lookup for every word."""
    stems = "|".join(regex.escape(h[:-1]) for h in _heads())
    return regex.compile(
        rf"(?<![\p{{L}}\d-])(?=\p{{L}}[\p{{Ll}}-]{{5,}}(?![\p{{L}}\d-]))"
        rf"\p{{L}}[\p{{Ll}}-]*?(?i:{stems})[\p{{Ll}}-]*(?![\p{{L}}\d-])"
    )


def find_compound_measures(text: str) -> Iterator[Hit]:
    """Kinds of measure by word formation: a compound whose head names a measure
    ("fritidsgårdarna" -> fritidsgård, "trygghetsvärdar" -> trygghetsvärd)."""
    lemma_of = head_lemmas().lemma
    for m in _word_with_head().finditer(text):
        before = text[max(0, m.start() - 8) : m.start()].rstrip()  # a few spaces back
        if m.group()[0].isupper() and before and before[-1] not in '.!?:•–-"”':
            continue  # capitalised inside a sentence: a name, not a kind of measure
        lemma = lemma_of(m.group())
        head = next((h for h in _heads() if lemma.endswith(h)), None)
        if head is None or len(lemma) - len(head) < 3 or head[:-1] not in m.group().casefold():
            continue  # no compound, or a lemma made up by a short tail ("svenska" -> "skola")
        if lemma[-len(head) - 1] == "-":
            continue  # "växa-stöd": a name's hyphenated part
        if any(lemma.endswith(x) for x in _head_exclusions()):
            continue
        if lemma in stoplist() or m.group().casefold() in stoplist():
            continue
        yield Hit(m.start(), m.end(), lemma, False, 0.6, f"compound ending in -{head}")


@cache
def _trigger_pattern() -> regex.Pattern[str]:
    # a trigger may open a sentence: "Satsningen Samling för judiskt liv presenterades …"
    words = "|".join(
        f"[{regex.escape(w[0].upper())}{regex.escape(w[0])}]{regex.escape(w[1:])}"
        for w in (r["word"] for r in read_table("intervention_triggers.tsv"))
    )
    # later words: capitalised, a preposition before a capitalised word ("Krogar mot Knark"),
    # or a lower-case word right before the list's "och" ("100% renträning och …")
    more = (
        rf"\p{{Lu}}{NAME_WORD}|(?:mot|i|för|på|till|for|of|in|on|and|the|&)\s\p{{Lu}}{NAME_WORD}"
        r"|\p{Ll}+(?=\s(?:och|samt)\s)"
    )
    name = rf"{NAME_START}(?:{NAME_WORD})?(?:\s(?:{more}))*"
    quoted = r"[\"”“„»][^\"”“„»\n]{2,60}[\"”“„«]"
    item = rf"(?:{quoted}|{name})"
    return regex.compile(
        rf"(?<![\p{{L}}-])(?P<trigger>{words})\s(?P<list>{item}(?:(?:,\s|\s(?:och|samt)\s){item})*)"
    )


@cache
def _plural_triggers() -> frozenset[str]:
    rows = read_table("intervention_triggers.tsv")
    return frozenset(r["word"].casefold() for r in rows if r["plural"].strip() == "true")


def _clean_name(name: str) -> str:
    return name.strip(' "”“„»«')


# What ends a programme name in running text: punctuation, "som"/"och", a finite verb.
NAME_END = (
    r"(?=[.,;:!?)”\"\n]|$|\s(?:är|var|har|hade|ska|skulle|kommer|kan|som|och|samt|blir|får|fick)\b"
    r"|\s\p{Ll}+(?:ar|er|är|ade|ades|des|tes|as)\b)"
)
# A name's lower-case tail: "Samling för judiskt liv", "Avancerad digitalisering",
# "Football for life" (before "i Malmö"), taken when what follows ends the name.
TAIL = regex.compile(
    r"(?P<words>(?:\s\p{Ll}[\p{Ll}-]*){1,4}?)"
    rf"(?:{NAME_END}|(?=\s(?:i|med|på|inom|under|från|vid|hos|genom)\s))"
)
TAIL_STOP = frozenset(
    {
        *("att", "en", "ett", "den", "det", "de", "alla", "sin", "sitt", "sina", "sig"),
        *("dess", "hela", "varje", "detta", "denna", "dessa", "och", "samt", "som", "eller"),
    }
)
PREPOSITION = regex.compile(r"\s(?:i|med|på|inom|under|från|vid|hos|genom|för|mot|till|om)\s")


def _lower_tail(text: str, start: int, end: int) -> int | None:
    """Where a single name after a trigger ends once its lower-case tail is taken; None when
    the name is cut short ("projektet Samordnad utveckling …" with no clear end)."""
    if regex.match(NAME_END, text[end:]):
        return end
    m = TAIL.match(text, end)
    if " " in text[start:end] and not PREPOSITION.match(text, end):
        return end  # "Genomic Medicine Sweden genomföra …": a full name takes no bare tail
    if m and not any(w in TAIL_STOP for w in m["words"].split()):
        # "Samordnad utveckling för god och nära vård": the name goes on past "och"
        return None if regex.match(r"\s(?:och|samt)\s\p{Ll}", text[m.end() :]) else m.end()
    if PREPOSITION.match(text, end) or not regex.match(r"\s\p{Ll}", text[end:]):
        return end  # "programmet Erasmus+ med målet", "projektet Niwa i Helsingborg"
    return None


def find_after_trigger(text: str) -> Iterator[Hit]:
    for m in _trigger_pattern().finditer(text):
        pos = m.start("list")
        pieces = regex.split(r"(,\s|\s(?:och|samt)\s)", m["list"])
        if m["trigger"].casefold() not in _plural_triggers():
            pieces = pieces[:1]  # "satsningen LeadIT, Leadership Group …": one name, then prose
        for piece in pieces:
            name = _clean_name(piece)
            if name and not regex.fullmatch(r",\s|\s(?:och|samt)\s", piece):
                start = pos + piece.index(name)
                end = start + len(name)
                if len(pieces) == 1 and name == piece:
                    tail_end = _lower_tail(text, start, end)
                    if tail_end is None:
                        pos += len(piece)
                        continue
                    end = tail_end
                why = f"name after '{m['trigger']}'"
                yield Hit(start, end, text[start:end], True, 0.8, why)
            pos += len(piece)


def _sentence_start(text: str, pos: int) -> int:
    """Start of the line or sentence holding pos."""
    stop = text.rfind(". ", 0, pos)
    return max(text.rfind("\n", 0, pos) + 1, stop + 2 if stop >= 0 else 0)


ACRONYM_AFTER = regex.compile(r"\((?P<acr>\p{Lu}{2,6})\)")


def _initials_fit(words: list[str], acronym: str) -> bool:
    """The acronym's letters are, in order, initials of the name's words."""
    initials = iter(w[0].upper() for w in words)
    return all(any(c == i for i in initials) for c in acronym)


def _about_programme(stretch: str) -> bool:
    """A programme word in the name or right after it: "(HLT) är en satsning"."""
    folded = stretch.casefold()
    return any(regex.search(rf"\b{regex.escape(c)}", folded) for c in context_words())


def _name_start(word: str, acronym: str) -> bool:
    """A capitalised word giving the acronym's first letter, or a programme word heading
    the name ("Samverkan för barn och unga … (BUS)")."""
    if not word[0].isupper():
        return False
    return word[0] == acronym[0] or word.casefold().startswith(context_words())


# Head words of a body's name ("Nationella rådet för …", "Civil Aviation Authority"), and
# words of a clause ("Insatserna kommer att bedrivas av …"): such a stretch is no programme.
BODY_HEADS = regex.compile(
    r"(?:rådet|centrum|kommittén|myndigheten|authority|agency|council|coalition"
    r"|group|organi[sz]ation|institute|centre|center)$",
    regex.I,
)
CLAUSE_WORDS = frozenset({"kommer", "att", "ska", "är", "har", "bedrivas"})


def _names_a_body_or_clause(words: list[str]) -> bool:
    return any(BODY_HEADS.search(w) for w in words) or any(
        w.casefold() in CLAUSE_WORDS for w in words
    )


def find_acronym_names(text: str) -> Iterator[Hit]:
    """'Hälsa, lärande och trygghet (HLT) är en satsning': the shortest stretch before the
    parenthesis, from a capitalised word or the sentence start, whose initials spell it."""
    for m in ACRONYM_AFTER.finditer(text):
        acr = m["acr"]
        line_start = _sentence_start(text, m.start())
        before = text[line_start : m.start()].rstrip()
        words = list(regex.finditer(r"[\p{L}-]+", before))
        for k in range(len(words) - 1, -1, -1):
            first = words[k].group()
            span_words = [w.group() for w in words[k:]]
            if len(span_words) > 10:
                break
            if _name_start(first, acr) and _initials_fit(span_words, acr):
                start = line_start + words[k].start()
                name = text[start : line_start + len(before)]
                if not _about_programme(name + text[m.end() : m.end() + 30]):
                    break
                if _names_a_body_or_clause(span_words):
                    break
                yield Hit(start, m.end(), name, True, 0.8, f"name with acronym ({acr})", (acr,))
                break


@cache
def _service_pattern() -> regex.Pattern[str]:
    ends = "|".join(regex.escape(e) for e in read_lines("intervention_name_suffixes.txt"))
    return regex.compile(
        rf"(?<![\p{{L}}-])\p{{Lu}}\p{{Ll}}{{4,}}(?:{ends})(?:\s\p{{Lu}}\p{{Ll}}+)?(?![\p{{L}}-])"
    )


def find_services(text: str) -> Iterator[Hit]:
    """Named municipal units run as services: "Förebyggarteamet", "Träfflokalen Fleming"."""
    for m in _service_pattern().finditer(text):
        yield Hit(m.start(), m.end(), m.group(), True, 0.75, "named unit (-teamet, -huset, …)")


QUOTE_OPEN, QUOTE_CLOSE = '["”“„»]', '["”“„«]'
# A name: a capitalised word, then up to five more words (lower-case ones too).
QUOTED_NAME = r"\p{Lu}[\p{L}\d-]*(?:\s[\p{L}\d-]+){0,5}?"


@cache
def _name_nouns() -> tuple[str, ...]:
    return tuple(w.casefold() for w in read_lines("intervention_name_nouns.txt"))


_QUOTED_AFTER_WORD = regex.compile(
    rf"(?P<noun>\p{{L}}+)\s{QUOTE_OPEN}(?P<name>{QUOTED_NAME}){QUOTE_CLOSE}"
)


def find_quoted_names(text: str) -> Iterator[Hit]:
    """A quoted name after a programme noun: 'studiecirkeln "Tillsammans mot ensamhet"',
    'stödchatten "Jourhavande Kompis"' (intervention_name_nouns.txt)."""
    for m in _QUOTED_AFTER_WORD.finditer(text):
        noun = m["noun"].casefold()
        if any(n in noun for n in _name_nouns()):
            why = f"quoted name after '{m['noun']}'"
            yield Hit(m.start("name"), m.end("name"), m["name"], True, 0.8, why)


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
            yield Hit(m.start("name"), m.end("name"), m["name"], True, 0.75, why)


ENUMERATION = regex.compile(
    r"\b(?:insatser|metoder|program|aktiviteter)\s(?:såsom|som till exempel|som t\.ex\.)\s"
    r"(?P<list>[^.:\n]{3,200})"
)


def find_enumerated(text: str) -> Iterator[Hit]:
    """Capitalised items of "insatser såsom ABC, Komet och Trygghetscirkeln"."""
    for m in ENUMERATION.finditer(text):
        pos = m.start("list")
        for piece in regex.split(r"(,\s|\s(?:och|samt)\s)", m["list"]):
            name = piece.strip()
            if name[:1].isupper() and len(name.split()) <= 5:
                start = pos + piece.index(name)
                yield Hit(start, start + len(name), name, True, 0.7, "item of 'insatser såsom …'")
            pos += len(piece)


@cache
def _heading_pattern() -> regex.Pattern[str]:
    alts = "|".join(f"(?:{h})" for h in read_lines("intervention_headings.txt"))
    return regex.compile(rf"^[ \t]*(?:{alts})", regex.I | regex.M)


BULLET = regex.compile(r"^[ \t]*[•*·–-][ \t]+(?P<item>[^\n]+)$", regex.M)


def find_bulleted(text: str, known: list[Hit]) -> Iterator[Hit]:
    """Items of a bullet list under a measures heading; an item holding a known measure
    gives that measure, any other item is itself a measure in common words."""
    for heading in _heading_pattern().finditer(text):
        block_end = text.find("\n\n\n", heading.end())
        block = text[heading.end() : block_end if block_end > 0 else len(text)]
        pos = heading.end()
        items = list(BULLET.finditer(block))
        if not items or items[0].start() > block.find("\n", 2) + 3:
            continue
        for item in items:
            start, end = pos + item.start("item"), pos + item.end("item")
            if any(start <= h.start < end for h in known):
                continue
            name = text[start:end].strip().rstrip(".;,")
            if len(name.split()) <= 8:
                name = name[:1].lower() + name[1:]
                yield Hit(
                    start, start + len(name), name, False, 0.6, "item under a measures heading"
                )


# Organization spans at or below this score come from the NER alone: a programme the
# gazetteer knows ("ABC", "Träfflokalen Fleming") outranks them.
NER_ORG_SCORE = 0.5


def _drop_orgs_and_stopwords(doc: Doc, hits: list[Hit]) -> list[Hit]:
    orgs = [
        (s.start_char, s.end_char)
        for s in group(doc, "organizations")
        if (s._.score or 0) > NER_ORG_SCORE
    ]
    out = []
    for h in hits:
        if h.name.casefold() in stoplist():
            continue
        clash = [(s, e) for s, e in orgs if s < h.end and h.start < e]
        if any(h.score < 0.9 or e - s > h.end - h.start for s, e in clash):
            continue  # a body named by the organizations rules, not a programme
        out.append(h)
    return out


def _drop_ner_orgs_under(doc: Doc, hits: list[Hit]) -> None:
    """NER-only organization spans that a programme covers were the programme."""
    if "organizations" not in doc.spans:
        return
    doc.spans["organizations"] = [
        s
        for s in doc.spans["organizations"]
        if (s._.score or 0) > NER_ORG_SCORE
        or not any(h.start <= s.start_char and s.end_char <= h.end for h in hits)
    ]


def _resolve_overlaps(hits: list[Hit]) -> list[Hit]:
    """The surest hit where hits overlap; but a programme's name is never cut by a measure
    written inside it ("Samverkan för barn och unga i behov av särskilt stöd (BUS)")."""
    names = [h for h in hits if h.named]
    hits = [h for h in hits if h.named or not any(_inside(h, n) for n in names)]
    kept: list[Hit] = []
    for hit in sorted(hits, key=lambda h: (-h.score, -(h.end - h.start), h.start)):
        if not any(k.start < hit.end and hit.start < k.end for k in kept):
            kept.append(hit)
    return sorted(kept, key=lambda h: h.start)


def find_interventions(doc: Doc) -> list[Hit]:
    text = text_of(doc)
    hits = [
        *find_named(text),
        *find_measures(text),
        *find_after_trigger(text),
        *find_acronym_names(text),
        *find_enumerated(text),
        *find_services(text),
        *find_quoted_names(text),
        *find_defined_names(text),
    ]
    hits = _resolve_overlaps(_drop_orgs_and_stopwords(doc, hits))
    hits += find_bulleted(text, hits)
    # word formation last: a compound inside a longer measure is that measure's word
    hits += (h for h in find_compound_measures(text) if not any(_overlap(h, k) for k in hits))
    hits += (h for h in find_adjective_measures(text) if not any(_overlap(h, k) for k in hits))
    hits = [_with_adjective(text, h) for h in hits]
    return _unify(_drop_orgs_and_stopwords(doc, hits))


# An adjective that says what kind of measure: "uppsökande", "alkoholfria", "synlig".
# A verb's infinitive looks the same ("att starta fritidsgårdar"): not after these words.
_ADJECTIVE_BEFORE = regex.compile(
    r"(?<!\b(?:att|ska|kan|vill|måste|får|bör|skulle|kunna)\s)"
    r"(?<![\p{L}-])(?P<adj>\p{Ll}[\p{Ll}-]*(?:ande|ende|ig|lig|isk|a))\s$"
)


@cache
def _adjective_stop() -> frozenset[str]:
    return frozenset(w.casefold() for w in read_lines("intervention_adjective_stop.txt"))


def _with_adjective(text: str, hit: Hit) -> Hit:
    """A measure with the adjective that says what kind it is, as written: "alkoholfria
    mötesplatser", "synlig patrullering"; the measure's own name becomes an alias."""
    m = _ADJECTIVE_BEFORE.search(text, max(0, hit.start - 25), hit.start)
    if hit.named or m is None or m["adj"].casefold() in _adjective_stop():
        return hit
    if m["adj"].casefold() in stoplist() or m["adj"].casefold() in CLAUSE_WORDS:
        return hit
    name = text[m.start("adj") : hit.end]
    aliases = tuple(dict.fromkeys((*hit.aliases, hit.name)))
    why = f"{hit.why}, with its adjective"
    return Hit(m.start("adj"), hit.end, name, False, hit.score, why, aliases, hit.entry)


@cache
def _heads_alone() -> frozenset[str]:
    return frozenset(read_lines("intervention_heads_alone.txt"))


_ADJECTIVE_AND_WORD = regex.compile(
    r"(?<![\p{L}-])(?P<adj>\p{Ll}[\p{Ll}-]*(?:ande|ende|ig|lig|isk|a))\s(?P<word>\p{Ll}+)"
    r"(?![\p{L}-])"
)


def find_adjective_measures(text: str) -> Iterator[Hit]:
    """A head word alone names a measure when an adjective says what kind: "alkoholfria
    mötesplatser", "synlig patrullering" (the bare "mötesplatser" is too general)."""
    lemma_of = head_lemmas().lemma
    heads = _heads_alone()
    for m in _ADJECTIVE_AND_WORD.finditer(text):
        if lemma_of(m["word"]) in heads:
            word = Hit(m.start("word"), m.end(), lemma_of(m["word"]), False, 0.6, "measure word")
            hit = _with_adjective(text, word)
            if hit is not word:
                yield replace(hit, why="a measure word with the adjective that says its kind")


def _inside(a: Hit, b: Hit) -> bool:
    """a lies within b, and b is longer."""
    return b.start <= a.start and a.end <= b.end and b.end - b.start > a.end - a.start


def _overlap(a: Hit, b: Hit) -> bool:
    return a.start < b.end and b.start < a.end


def _unify(hits: list[Hit]) -> list[Hit]:
    """A name written once with its acronym and elsewhere by the acronym alone is one; a
    measure written in two of its entry's forms is one, under the form written first."""
    by_alias = {a.casefold(): h for h in hits for a in h.aliases if h.named}
    first_form: dict[str, Hit] = {}
    out = []
    for h in sorted(hits, key=lambda h: h.start):
        owner = by_alias.get(h.name.casefold())
        if owner is not None and owner.name != h.name:
            h = Hit(h.start, h.end, owner.name, owner.named, h.score, h.why, owner.aliases)
        if h.entry:  # a gazetteer measure: one per entry
            first = first_form.setdefault(h.entry.casefold(), h)
            names = tuple(n for n in dict.fromkeys((*first.aliases, h.name)) if n != first.name)
            h = Hit(h.start, h.end, first.name, False, h.score, h.why, names)
        out.append(h)
    return out


class InterventionFinder:
    def __init__(self, name: str = "press_interventions") -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        hits = find_interventions(doc)
        _drop_ner_orgs_under(doc, hits)
        for hit in hits:
            add_span(
                doc,
                GROUP,
                hit.start,
                hit.end,
                "INTERVENTION",
                score=hit.score,
                source=self.name,
                value={"name": hit.name, "named": hit.named, "aliases": list(hit.aliases)},
                explain=hit.why,
            )
        return doc


@Language.factory(
    "press_interventions",
    assigns=["doc.spans", attr("interventions"), attr("organizations")],
    requires=[attr("organizations")],
)
def make_interventions(nlp: Language, name: str) -> InterventionFinder:
    return InterventionFinder(name)
