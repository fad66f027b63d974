"""Names after a trigger word (models/rules/intervention_triggers.tsv): "metoden X",
"metoderna X och Y", "samverkansprojektet Nya perspektiv", "Projektet kallas Day Camp"."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from functools import cache

import regex

from ...language.resources import read_table
from ...language.text_units import alternation
from .hits import Hit
from .vocabulary import context_words, head_exclusions

RULE = "intervention.trigger"
# A proper name after a trigger: capitalised, an acronym, a figure ("100% renträning").
NAME_START = r"(?:\p{Lu}|\d+%\s\p{Ll})"
NAME_WORD = r"[\p{L}\d%&+-]+"
# What parts a list of names: ", ", " och ", " samt ".
LIST_SEPARATOR = r"(,\s|\s(?:och|samt)\s)"
# What names a programme after a programme word: "Projektet kallas Day Camp".
_CALLED = ("kallas", "kallat", "kallad", "kallade", "heter")


@cache
def _trigger_pattern() -> regex.Pattern[str]:
    # a trigger may open a sentence: "Satsningen Trygghet för unga vuxna presenterades …"
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
    # a trigger as a compound's head ("samverkansprojektet Nya perspektiv", "EU-programmet
    # Erasmus+"), or "kallas"/"heter" after a programme word ("Projektet kallas Day Camp")
    compound = r"(?P<compound>\p{L}{2,}-?(?=\p{Ll}))?"
    context = alternation(context_words())
    called = rf"(?<=(?i:{context})\p{{L}}*,?\s(?:som\s)?)(?:{'|'.join(_CALLED)})"
    return regex.compile(
        rf"(?<![\p{{L}}-])(?:{compound}(?P<trigger>{words})|(?P<trigger>{called}))"
        rf"\s(?P<list>{item}(?:(?:,\s|\s(?:och|samt)\s){item})*)"
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
# A name's lower-case tail: "Trygghet för unga vuxna", "Hållbar fiskevård",
# "Dance for health" (before "i Malmö"), taken when what follows ends the name.
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
ACRONYM = regex.compile(r"\p{Lu}{2,6}")
PREPOSITION = regex.compile(r"\s(?:i|med|på|inom|under|från|vid|hos|genom|för|mot|till|om)\s")


def _lower_tail(text: str, start: int, end: int) -> int | None:
    """Where a single name after a trigger ends once its lower-case tail is taken; None when
    the name is cut short ("projektet Samordnad utveckling …" with no clear end)."""
    if regex.match(NAME_END, text[end:]) or ACRONYM.fullmatch(text, start, end):
        return end  # "samverkansarbetet ABC med andra aktörer": an acronym takes no tail
    m = TAIL.match(text, end)
    if " " in text[start:end] and not PREPOSITION.match(text, end):
        return end  # "Genomic Medicine Sweden genomföra …": a full name takes no bare tail
    if m and not any(w in TAIL_STOP for w in m["words"].split()):
        # "Samordnad utveckling för god och nära vård": the name goes on past "och"
        return None if regex.match(r"\s(?:och|samt)\s\p{Ll}", text[m.end() :]) else m.end()
    if PREPOSITION.match(text, end) or not regex.match(r"\s\p{Ll}", text[end:]):
        return end  # "programmet Erasmus+ med målet", "projektet Niwa i Helsingborg"
    return None


@cache
def trigger_words() -> tuple[str, ...]:
    """The programme words of intervention_triggers.tsv, case-folded, in the file's order."""
    return tuple(r["word"].casefold() for r in read_table("intervention_triggers.tsv"))


@cache
def _needles() -> tuple[str, ...]:
    """Case-folded words one of which every match of the trigger pattern holds."""
    return (*trigger_words(), *_CALLED)


def _excluded_compound(word: str) -> bool:
    return word.casefold().startswith(tuple(head_exclusions()))


def find_after_trigger(text: str) -> Iterator[Hit]:
    folded = text.casefold()
    if not any(word in folded for word in _needles()):
        return  # most releases name no trigger: a substring test spares the regex's scan
    for m in _trigger_pattern().finditer(text):
        if _excluded_compound(text[m.start() : m.end("trigger")]):
            continue  # "TV-programmen", "forskningsprogrammet": no programme of the genre
        pieces = regex.split(LIST_SEPARATOR, m["list"])
        if m["trigger"].casefold() not in _plural_triggers():
            pieces = _one_name(pieces)
        why = f"name after '{m['trigger']}'"
        names = list(_names_of_list(text, m.start("list"), pieces, why))
        name_start = _capitalised_words_before(text, m.start())
        if name_start is not None and len(names) == 1:
            # "Blå Vågen Ungdomssatsningen Norrby": the programme word is the name's
            end = names[0].end
            why = f"programme word '{m['trigger']}' inside a name"
            names = [replace(names[0], start=name_start, name=text[name_start:end], why=why)]
        yield from names


# Capitalised words right before a capitalised programme word, on its line.
_CAPITALISED_RUN = regex.compile(r"(?:\p{Lu}[\p{L}\d-]*[ \t]){1,4}$")


def _capitalised_words_before(text: str, start: int) -> int | None:
    """Where a name begins that runs through a capitalised programme word at `start`."""
    if not text[start : start + 1].isupper():
        return None
    run = _CAPITALISED_RUN.search(text, max(0, start - 60), start)
    return run.start() if run else None


def _one_name(pieces: list[str]) -> list[str]:
    """After a singular trigger, one name: "satsningen StartKraft, Styrgrupp Norr …" is
    StartKraft, then prose; but a capitalised word after "och" goes on with the name
    ("programmet Ung och Modig i Norden")."""
    if len(pieces) >= 3 and pieces[1] == " och " and pieces[2][:1].isupper():
        return ["".join(pieces[:3])]
    return pieces[:1]


def _names_of_list(text: str, pos: int, pieces: list[str], why: str) -> Iterator[Hit]:
    """The names of a trigger's list, split at its separators from `pos` on; a single
    name takes its lower-case tail, or none when it has no clear end."""
    for piece in pieces:
        name = _clean_name(piece)
        if name and not regex.fullmatch(LIST_SEPARATOR, piece):
            start = pos + piece.index(name)
            end = start + len(name)
            if len(pieces) == 1 and name == piece:
                tail_end = _lower_tail(text, start, end)
                if tail_end is None:
                    pos += len(piece)
                    continue
                end = tail_end
            yield Hit(start, end, text[start:end], True, 0.8, why, rule=RULE)
        pos += len(piece)
