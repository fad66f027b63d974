"""Units of release text, one definition each: sentence stops, lines with their offsets,
the shape of a phone number, and a word list as a regex alternation.

Components and formats used to write these by hand, each a little differently; these
helpers keep one spelling of each, so a fix reaches every place.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import regex

# What ends a sentence: the mark, then white space or the end of the text.
SENTENCE_END = r"[.!?]"
_SENTENCE_STOP = regex.compile(rf"{SENTENCE_END}(?=\s|\Z)")

# A Swedish or international phone number as written in a release: a national 0 or a
# country code, an area code, then groups of two or three digits ("08-718 80 00",
# "+46 70 123 45 67", "0660 - 882 98"). Only a shape: `contacts` validates numbers.
PHONE = (
    r"(?<![\d\p{L}])(?:\+\d{2}[ ]?|0)"  # country code or national 0
    # an area code, then a spaced dash only after a real one ("0660 - 882 98"; "000 – 17 000"
    # is a range of amounts)
    r"(?:\d{1,3}[-–/ ]?|[1-9]\d{0,2}[ ]?[-–/][ ]?)"
    r"\d{2,3}(?:[ -]?\d{2,3}){1,3}(?!\d)"
)


def sentence_stops(text: str) -> list[int]:
    """Positions of the marks that end a sentence (followed by white space or the end)."""
    return [m.start() for m in _SENTENCE_STOP.finditer(text)]


def lines_with_offsets(text: str, nonblank: bool = False) -> list[tuple[int, str]]:
    """(offset of its first character, line) for each line of `text` split at "\\n";
    with `nonblank`, only the lines that hold more than white space."""
    found, pos = [], 0
    for line in text.split("\n"):
        if not nonblank or line.strip():
            found.append((pos, line))
        pos += len(line) + 1
    return found


def alternation(words: Iterable[str], longest_first: bool = False) -> str:
    """A regex alternation of literal words (each escaped, each once). `longest_first`:
    a longer word before a shorter one it starts with, for patterns that must take the
    whole word; otherwise the words' own order."""
    unique = list(dict.fromkeys(words))
    if longest_first:
        unique.sort(key=len, reverse=True)
    return "|".join(regex.escape(w) for w in unique)


def suffix_alternation(words: Iterable[str]) -> str:
    """A regex of the literal words (each escaped) with their shared endings written once:
    "(?:(?:avdelning|enhet)s)?chef" for avdelningschef, enhetschef, chef. It matches the same
    strings as `alternation(words)`, but not always the same one first, so it is for a
    lookbehind or a full match, where only whether a word matches counts. A lookbehind
    reads right to left and tries each ending once, not every word: the title heads'
    lookbehind, tried at every word of a release, ran three times faster."""
    trie: dict[str, Any] = {}
    for word in dict.fromkeys(words):
        node = trie
        for char in reversed(word):
            node = node.setdefault(char, {})
        node[""] = {}  # a word starts here
    return _before(trie)


def _before(node: dict[str, Any]) -> str:
    """What may stand before the ending `node` stands for: its branches, none of them
    needed where a word starts."""
    branches = [_before(child) + regex.escape(char) for char, child in node.items() if char]
    if not branches:
        return ""
    if "" in node:
        return f"(?:{'|'.join(branches)})?"
    return branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
