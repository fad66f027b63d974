"""Direct speech opened inside a paragraph whose line breaks the layout lost: "… med
staden. – Vi är glada över förtroendet, säger Per Ek." or "… i går. ”Vi vill mer”, säger
han." A dash or quotation mark after a sentence's end opens speech only when an
attribution closes it (a named speaker, a pronoun or a title), so that a dash in running
text stays narrative, or when the text's end cuts off the paragraph's last speech before
its attribution; quotation marks after a colon also when the clause before it attributes
them ("Så här säger Anna Berg, ordförande: ”Vi …”"). Read by `quotes`."""

from __future__ import annotations

from typing import NamedTuple

import regex

from ..language.names import FULL_NAME, valid_name
from .quote_passage import cut_off
from .quote_patterns import patterns

# a dash or an opening quotation mark after a sentence's end, a capital after it
_OPENER = regex.compile(r"(?<=[.!?:;] )(?P<mark>[–—−‒―-]|[”\"«»“])[ \t]*(?=\p{Lu})")
_CLOSE_MARKS = '”"»“«'
_PERSONAL_PRONOUNS = frozenset({"han", "hon", "hen"})
# a closing mark is followed by its attribution within these characters (", säger")
_ATTRIBUTION_GAP = 3
_NAME = regex.compile(FULL_NAME)
# where the clause that leads into a colon starts: after the sentence before it
_SENTENCE_END = regex.compile(r"[.!?]\s")


class InlineSpeech(NamedTuple):
    start: int
    end: int
    speaker: str | None
    refers_back: bool  # "säger hon": the person named just before speaks
    lead_in: bool = False  # attributed before it: "Anna Berg skriver: ”…”"
    cut_off: bool = False  # the text ends inside it, before any attribution


def inline_speech(
    text: str, paragraph: tuple[int, int], attributions: list[tuple[int, int, str]]
) -> list[InlineSpeech]:
    """Every attributed passage of speech opened after a sentence inside `paragraph`."""
    start, end = paragraph
    openers = list(_OPENER.finditer(text, start, end))
    found = []
    for n, opener in enumerate(openers):
        limit = openers[n + 1].start() if n + 1 < len(openers) else end
        speech = _closed_by_attribution(text, opener, limit, attributions) or _led_in(
            text, opener, limit, start
        )
        if speech:
            found.append(speech)
        elif found and n + 1 == len(openers) and _cut_off_dash(text, opener, end):
            found.append(InlineSpeech(opener.end(), end, None, False, cut_off=True))
    return found


def _cut_off_dash(text: str, opener: regex.Match[str], end: int) -> bool:
    """The last dash of a paragraph that already held speech opens more of it, which the
    text's end cuts off before its attribution ("… säger Per Ek. – Vi har också")."""
    return opener["mark"] not in _CLOSE_MARKS and cut_off(text, end)


def _closed_by_attribution(
    text: str, opener: regex.Match[str], limit: int, attributions: list[tuple[int, int, str]]
) -> InlineSpeech | None:
    body = opener.end()
    if opener["mark"] in _CLOSE_MARKS:
        close = next((i for i in range(body, limit) if text[i] in _CLOSE_MARKS), None)
        if close is None:
            return None
        window = (close, close + _ATTRIBUTION_GAP)
    else:
        close, window = None, (body, limit)
    attribution = _first_attribution(text, window, limit, attributions)
    if attribution is None:
        return None
    at, speaker, refers_back = attribution
    cut = close if close is not None else _back_over_lead_in(text, at, body)
    return InlineSpeech(body, cut, speaker, refers_back) if cut > body else None


def _led_in(text: str, opener: regex.Match[str], limit: int, floor: int) -> InlineSpeech | None:
    """Quotation marks after a colon whose clause has a speech verb and names one person
    ("Så här skriver ordföranden Anna Berg: ”Vi …”", "Per Ek, rektor, säger; ”…”")."""
    colon = opener.start() - 2  # the opener stands after ": " (or "; ", a colon mistyped)
    if opener["mark"] not in _CLOSE_MARKS or text[colon] not in ":;":
        return None
    close = next((i for i in range(opener.end(), limit) if text[i] in _CLOSE_MARKS), None)
    ends = [m.end() for m in _SENTENCE_END.finditer(text, floor, colon)]
    clause = text[ends[-1] if ends else floor : colon]
    names = {m[0] for m in _NAME.finditer(clause) if valid_name(m[0])}
    if close is None or len(names) != 1 or not patterns()["any_verb"].search(clause):
        return None
    return InlineSpeech(opener.end(), close, names.pop(), False, True)


def _first_attribution(
    text: str, window: tuple[int, int], limit: int, attributions: list[tuple[int, int, str]]
) -> tuple[int, str | None, bool] | None:
    """(where, speaker, refers back) of the first attribution starting in `window`."""
    named = next(((s, name) for s, _, name in attributions if window[0] < s <= window[1]), None)
    unnamed = patterns()["unnamed"].search(text, window[0], limit)
    if unnamed and unnamed.start() > window[1]:
        unnamed = None
    if named and (unnamed is None or named[0] <= unnamed.start("verb")):
        return named[0], named[1], False
    if unnamed:
        word = text[unnamed.start("verb") : unnamed.end()].split()[-1].casefold()
        return unnamed.start() + 1, None, word in _PERSONAL_PRONOUNS
    return None


def _back_over_lead_in(text: str, pos: int, floor: int) -> int:
    """Back over the comma, closing mark or space that leads into "…, säger X"."""
    while pos > floor and text[pos - 1] in ' ,”"»':
        pos -= 1
    return pos
