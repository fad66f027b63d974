"""Where a title phrase ends, by grammar: a copula or a clause verb after it ("… är",
"… kommenterar:"), a speech verb ("… tycker att"), a relative clause, a year, a
parenthesis ("ordförande (Vara kommun)", "(SKR)"), a phrase of time that opens an
adverbial ("… fram till dess att …", "… från och med den 30 november")."""

from __future__ import annotations

from functools import cache

import regex

from ..language.resources import read_lines
from ..language.text_units import PHONE, alternation

# A verb that ends the title phrase: "Utredare för delegationen är Martin Valfridsson".
COPULA = r"(?:är|var|blir|blev|har|hade|ska|skall|kommer|som|har varit|blivit)"
# "Ordförande för delegationen är Anna Berg": a title, a copula, then the name.
NAMING = r"(?:är|blir|blev|var)"
_TRAILING_VERB = regex.compile(rf"(?:\s+{COPULA})+\s*$", regex.I)
# A relative clause or a year after a title is no part of it: "… som står bakom", "… 2019".
_CLAUSE_AFTER = regex.compile(r"\s+som\s.*$|\s+(?:19|20)\d\d\s*$", regex.S)
# A parenthesis after the title that is no party mark: "ordförande (Vara kommun)", an
# acronym after a body "(SKR)"; the stop or comma after it is no part of it either:
# "- ledamot (Katrineholms kommun).".
_ASIDE = regex.compile(
    r"\s*\((?!\p{L}{1,4}\)[\s.,;]*$)[^()]*\)?[\s.,;]*$|\s*\(\p{Lu}{2,}\)?[\s.,;]*$"
)
# The last word, with the colon or stop a line gives it: "… i Malmö stad kommenterar:".
_LAST_WORD = regex.compile(r"\s+(\p{L}+)[\s:.,;]*$")

# Phones and e-mail addresses are contact details, never part of a role.
CONTACT = regex.compile(
    r"[\w.+-]+\s?(?:@|\[at\])\s?[\w.-]+\.\p{L}{2,}"
    rf"|{PHONE}|\b(?:tel|telefon|mobil|tfn)\.?:?",
    regex.I,
)
_SENTENCE_END = regex.compile(r"\.(?=\s+[\p{Lu}\d–—−‒―\-”\"«]|\s*$)|\n|[!?]")
# The longest sentence searched for its end: without a bound a text with no sentence end
# (a fuzz run of "Anna Berg (S) ") was scanned to its end from every name, a quadratic cost.
MAX_SENTENCE = 2000


def sentence_end(text: str, start: int) -> int:
    """End of the sentence or line that starts at `start` (at most MAX_SENTENCE on)."""
    stop = min(len(text), start + MAX_SENTENCE)
    m = _SENTENCE_END.search(text, start, stop)
    return m.start() if m else stop


@cache
def clause_verbs() -> frozenset[str]:
    """Verbs that open a new clause after a title, or follow one ("… deltar")."""
    return frozenset(w.casefold() for w in read_lines("clause_verbs.txt"))


@cache
def _adverbial() -> regex.Pattern[str]:
    """A phrase of time or a subordinator that opens an adverbial after the title:
    everything from it on is no part of the role (models/rules/title_end_phrases.txt)."""
    # a speech or opinion verb opens the clause the title is the subject of: "kommunpolis
    # tycker att …", "ordförande i nämnden och syftar på …"
    verbs = read_lines("speech_verbs.txt")
    words = alternation(sorted({*read_lines("title_end_phrases.txt"), *verbs}), longest_first=True)
    return regex.compile(rf"(?<=\S)\s+(?i:{words})(?![\p{{L}}-]).*$", regex.S)


def title_end(text: str, start: int, end: int) -> int:
    """The end of the title phrase that starts at `start` and runs at most to `end`."""
    if m := _TRAILING_VERB.search(text, start, end):
        end = m.start()
    if m := _CLAUSE_AFTER.search(text, start, end):
        end = m.start()  # "ledamot i kommunfullmäktige som står bakom motionen"
    if m := _ASIDE.search(text, start, end):
        end = m.start()
    if m := _ASIDE.search(text, start, end):
        end = m.start()
    if m := _adverbial().search(text, start, end):
        end = m.start()  # "tillförordnad kommunchef fram till dess att …"
    while (m := _LAST_WORD.search(text, start, end)) and m[1].casefold() in clause_verbs():
        end = m.start()  # "minister för nordiskt samarbete deltar"
    return end
