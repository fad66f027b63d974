"""Every amount in a text, in order: each number read as money, a percentage or a count,
ranges ("10–15 procent") as both ends, pairs ("mellan 15 och 20 miljarder") in the second
number's unit."""

from __future__ import annotations

from dataclasses import replace

import regex
from spacy.tokens import Doc

from .counts import count, count_with_multiplier, is_stop_unit
from .masking import Masked, masked_spans
from .money import money, multiplier_factor, percent
from .numbers import Found, is_year, next_words, parse_number, whole
from .patterns import NUMBER, PAIR, suffix


def find_amounts(text: str, doc: Doc | None = None, limit: int | None = None) -> list[Found]:
    """Every money amount, percentage and count in `text`, in order; with `limit`, the
    search stops once more than `limit` are found (the caller cuts and says so)."""
    masked = Masked(masked_spans(text, doc))
    found: list[Found] = []
    for m in NUMBER.finditer(text):
        if limit is not None and len(found) > limit:
            break
        if not masked.overlaps(m.start(), m.end()):
            found.extend(_amounts_at(text, m))
    return found


def _amounts_at(text: str, m: regex.Match[str]) -> list[Found]:
    """What the number at `m` is: none, one amount, or the two ends of a range."""
    after = suffix().match(text, m.end())
    paired = _paired(text, m) if after is None and not is_year(m) else None
    if paired and paired[0]:
        shared = _with_shared_unit(text, m, paired[0])
        return [shared] if shared else []
    if paired and paired[1]:
        return []
    item = _read(text, m, after)
    return _ranged(item, m) if item else []


def _read(text: str, m: regex.Match[str], after: regex.Match[str] | None) -> Found | None:
    """The number at `m` with what follows it (`after`) as a percentage, money or a count."""
    if after and after.group("pct"):
        return percent(m, after)
    item = money(text, m, after)
    if item is None and not (after and after.group("mult")):
        return None if _glued_to_letters(text, m.end()) else count(text, m)
    if item is None and after:
        return count_with_multiplier(text, m, after, multiplier_factor(after.group("mult")))
    return item


def _paired(text: str, m: regex.Match[str]) -> tuple[regex.Match[str] | None, bool] | None:
    """For "från 67 till 85 procent", "mellan 15 och 20 miljarder", "från 18 till 21 år":
    the suffix after the second number, which the first shares, and whether the second is
    followed by a word that makes it no count."""
    pair = PAIR.match(text, m.end())
    if not pair:
        return None
    after = next_words(text, pair.end(), 1)
    stopped = bool(after) and is_stop_unit(after[0][0])
    return suffix().match(text, pair.end()), stopped


def _with_shared_unit(text: str, m: regex.Match[str], shared: regex.Match[str]) -> Found | None:
    """The first number of a pair, in the kind and unit of the second."""
    item = percent(m, shared) if shared.group("pct") else money(text, m, shared)
    if item is None or m.group("b"):
        return None
    return replace(item, end=m.end(), explain=item.explain + " (unit of the paired number)")


def _ranged(found: Found, m: regex.Match[str]) -> list[Found]:
    """A range "10–15 procent" gives both ends, with the same kind, unit and rule."""
    if not m.group("b"):
        return [found]
    low = parse_number(m.group("a"))
    high = parse_number(m.group("b"))
    factor = found.value / high if high else 1.0
    first = replace(
        found,
        start=m.start("a"),
        end=m.end("a"),
        value=whole(low * factor),
        explain=found.explain + " (range start)",
    )
    return [first, found]


def _glued_to_letters(text: str, end: int) -> bool:
    return end < len(text) and text[end].isalpha()
