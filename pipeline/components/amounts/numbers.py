"""What an amount rule finds, numbers read as values, and the words around a number."""

from __future__ import annotations

from dataclasses import dataclass

import regex

from .patterns import DECIMAL, PREV_WORD, WORD, YEAR


@dataclass(frozen=True)
class Found:
    start: int
    end: int
    kind: str
    value: float
    unit: str | None
    score: float
    explain: str
    rule: str  # the id of the rule that found it (rule_ids.tsv)


def parse_number(text: str) -> float:
    """'5 062 619' -> 5062619, '2,5' -> 2.5, '1.500.000' -> 1500000, '1.5' -> 1.5."""
    text = text.replace(" ", "")
    if DECIMAL.fullmatch(text):
        return float(text)
    return float(text.replace(".", "").replace(",", "."))


def whole(value: float) -> float:
    """An integer when the value is one up to float error ("16,9 miljarder" * 1e9)."""
    nearest = round(value)
    return int(nearest) if abs(value - nearest) < 1e-6 * max(1.0, abs(value)) else value


def value_of(m: regex.Match[str], factor: float = 1.0) -> float:
    """The value of the number at `m` (of a range, its upper end) times `factor`."""
    return whole(parse_number(m.group("b") or m.group("a")) * factor)


def is_year(m: regex.Match[str]) -> bool:
    """ "2026", "2022–2024": unseparated four digits in the years the genre writes about."""
    parts = filter(None, (m.group("a"), m.group("b")))
    return any(YEAR.fullmatch(part) for part in parts)


def prev_word(text: str, start: int) -> str:
    m = PREV_WORD.search(text[max(0, start - 30) : start])
    return m.group(1) if m else ""


def next_words(text: str, end: int, n: int = 3) -> list[tuple[str, int]]:
    """The next `n` words after `end`, each with the offset where it ends."""
    words, pos = [], end
    for _ in range(n):
        m = WORD.match(text, pos)
        if not m:
            break
        word = m.group(1).rstrip(".")
        words.append((word, m.start(1) + len(word)))
        pos = m.end()
    return words
