"""A passage of direct speech as the quote finders return it, and the two positions they
all need: where an attribution's lead-in starts, and whether it ends the paragraph."""

from __future__ import annotations

from dataclasses import dataclass

import regex

from ..language.text_units import sentence_stops

# a repeated passage is a sentence's worth of words, not a phrase any speech may open with
MIN_REPEAT_WORDS = 4
_NON_SPACE = regex.compile(r"\S")


@dataclass
class Passage:
    start: int
    end: int
    speaker: str | None
    score: float
    why: str
    rule: str  # the id in rule_ids.tsv of the form that found it
    refers_back: bool = False  # "säger hon": the speaker is the person named just before
    title: str | None = None  # "säger ordföranden": a person before with this role speaks


def attribution_start(text: str, verb_start: int, floor: int) -> int:
    """Back up over the comma, closing mark or line break (a wrapped attribution) that
    leads into "…, säger X"."""
    pos = verb_start
    while pos > floor and text[pos - 1] in ' ,”"»\n':
        pos -= 1
    return pos


def ends_paragraph(text: str, pos: int, end: int) -> bool:
    """Nothing but the speaker's title follows the attribution to the paragraph's end."""
    part = text[pos:end]
    stops = sentence_stops(part)
    return not (stops and part[stops[0] + 1 :].strip())


def cut_off(text: str, stop: int) -> bool:
    """The speech runs to the end of a text that ends mid-sentence (a release collected
    cut short): whoever says it is not named, even if the last speaker may go on."""
    if _NON_SPACE.search(text, stop):
        return False  # more text follows
    tail = text[max(0, stop - 8) : stop].rstrip()
    return bool(tail) and tail[-1] not in '.!?…”"»)'


def _words(text: str) -> str:
    return " ".join(text.casefold().split())


def drop_repeats(text: str, passages: list[Passage]) -> list[Passage]:
    """Speech printed twice is one quote: a pull quote or headline that repeats the start
    of a passage ("”Det går över förväntan”" above "– Det går över förväntan, det är …"),
    or a paragraph the page printed twice. The longer passage stays (the first of equal
    ones, unless only a later one names its speaker)."""
    kept: list[Passage] = []
    for passage in passages:
        said = _words(text[passage.start : passage.end])
        repeat = next(
            (i for i, k in enumerate(kept) if _is_repeat(said, _words(text[k.start : k.end]))),
            None,
        )
        if repeat is None:
            kept.append(passage)
            continue
        other = kept[repeat]
        longer = len(said) > len(_words(text[other.start : other.end]))
        if longer or (other.speaker is None and passage.speaker and not other.refers_back):
            kept[repeat] = passage
    return sorted(kept, key=lambda p: p.start)


def _is_repeat(a: str, b: str) -> bool:
    """One passage opens the other, and is long enough not to be a common phrase."""
    short, long = sorted((a, b), key=len)
    return len(short.split()) >= MIN_REPEAT_WORDS and long.startswith(short)
