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


# A line at least this long that ends in a lower-case word or a comma, with another such
# line or a long one next to it: a paragraph hard-wrapped by its writer's program, where a
# sentence runs on over the break ("säger Bo Ek, chef för barn- och ungdomspsykiatrin i\nRegion
# Norrby."). One long line alone is a contact line ("Anna Berg, chef … och ansvarig för
# press\nBo Ek, …"), whose break ends it.
_WRAPPED_LINE = 60


def _runs_on(text: str, newline: int) -> bool:
    """The line that ends at `newline` is long and ends in mid-sentence."""
    line_start = text.rfind("\n", 0, newline) + 1
    return newline - line_start >= _WRAPPED_LINE and (
        text[newline - 1].islower() or text[newline - 1] == ","
    )


def _wrapped(text: str, newline: int) -> bool:
    if not (_runs_on(text, newline) and text[newline + 1 : newline + 2].isalnum()):
        return False
    line_start = text.rfind("\n", 0, newline)
    next_end = text.find("\n", newline + 1)
    next_end = len(text) if next_end == -1 else next_end
    return (line_start > 0 and _runs_on(text, line_start)) or next_end - newline > _WRAPPED_LINE


def sentence_end(text: str, start: int) -> int:
    """End of the sentence or line that starts at `start` (at most MAX_SENTENCE on); the
    line break of a hard-wrapped paragraph is none."""
    stop = min(len(text), start + MAX_SENTENCE)
    pos = start
    while m := _SENTENCE_END.search(text, pos, stop):
        if m.group() != "\n" or not _wrapped(text, m.start()):
            return m.start()
        pos = m.end()
    return stop


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
