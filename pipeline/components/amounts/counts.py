"""Counts: a number counting the noun after it ("474 föräldrar", "100 nya kolloplatser",
"3 miljoner invånare"), a value of a "label: number" list, or a bare number; years, times,
ordinals, measures and numbers naming something are left out."""

from __future__ import annotations

import regex

from ...language.swedish import present_verbs
from .numbers import Found, is_year, next_words, prev_word, value_of
from .patterns import (
    DECIMAL,
    FOUR_DIGITS,
    INSIDE_SENTENCE,
    LEADING_ZERO,
    LIST_MARK,
    LIST_VALUE,
    ORDINAL_OR_COMPOUND,
    TABLE_CELL,
    TIME,
    WORD_BEFORE,
    street_suffixes,
    words,
)


def counted_noun(text: str, pos: int) -> tuple[str, int] | None:
    """The noun counted by the number ending at `pos` and where it ends: "474 föräldrar",
    "100 nya kolloplatser" (adjectives before the noun are skipped)."""
    after = next_words(text, pos, 4)
    for i, (word, end) in enumerate(after[:3]):
        lower = word.lower()
        if _is_adjective(lower, after[i + 1 :]):
            continue
        if not _is_noun_like(word) or _is_present_verb(lower):
            return None
        return lower, end
    return None


def _is_present_verb(word: str) -> bool:
    """ "uppger", "fokuserar", "deltar": a present-tense verb (infinitive + r) after the
    number, so the number counts nothing ("i årskurs 7 uppger"). Nouns whose plural is
    lemma + r end in -ie/-je ("studier", "linjer"); nouns in -a take -or ("flickor")."""
    return word.casefold() in present_verbs()


def _is_noun_like(word: str) -> bool:
    lower = word.lower()
    return word[0].islower() and word.replace("-", "").isalpha() and not _is_function_word(lower)


def _is_adjective(word: str, rest: list[tuple[str, int]]) -> bool:
    """'nya', 'parallella', 'prestationsbaserade' before a noun: skipped to reach the noun."""
    if not rest or not _is_noun_like(rest[0][0]):
        return False
    return word in words("count_skip_words.txt") or word.endswith(("a", "ade", "ande"))


def _is_function_word(word: str) -> bool:
    listed = words("count_function_words.txt")
    endings = tuple(w[1:] for w in listed if w.startswith("-"))
    return word in listed or word.endswith(endings)


def is_stop_unit(word: str) -> bool:
    """A duration, age, measure, date or reference word: the number before counts nothing."""
    return word.lower() in words("count_stop_units.txt")


def not_a_count(text: str, m: regex.Match[str]) -> str | None:
    """Why the bare number at `m` counts nothing, or None when it may be a count."""
    digits = m.group("a")
    after = text[m.end() : m.end() + 3]
    before = text[max(0, m.start() - 2) : m.start()]
    if "," in digits or DECIMAL.fullmatch(digits):
        return "a decimal: a measure, not a count"
    if LEADING_ZERO.fullmatch(digits.replace(" ", "")):
        return "a leading zero: a code or phone number"
    if is_year(m):
        return "a year"
    if ORDINAL_OR_COMPOUND.match(after) or TIME.match(after):
        return "an ordinal, compound or time"
    if before.endswith("[") or after.startswith("]"):
        return "a footnote mark"
    at_line_start = m.start() == 0 or text[m.start() - 1] == "\n"
    if at_line_start and LIST_MARK.match(after):
        return "a list number"
    return _not_a_count_by_words(text, m)


def _not_a_count_by_words(text: str, m: regex.Match[str]) -> str | None:
    """Why the words around the number at `m` make it no count, or None."""
    written_prev = prev_word(text, m.start())
    prev = written_prev.lower()
    if prev in words("count_stop_before.txt") or prev.endswith(street_suffixes()):
        return f"after '{prev}'"
    after = next_words(text, m.end(), 1)
    if written_prev[:1].isupper() and after and after[0][0][:1].isupper():
        return "between two capitalised words: inside a name ('Jas 39 Gripen')"
    if after and is_stop_unit(after[0][0]):
        return f"a {after[0][0]}: a duration, age, measure, date or reference"
    return None


def count(text: str, m: regex.Match[str]) -> Found | None:
    if not_a_count(text, m):
        return None
    noun = counted_noun(text, m.end())
    unit, end = noun if noun else (None, m.end())
    if unit in words("count_stop_units.txt"):
        return None  # "12 nautiska mil": a measure
    listed = bool(LIST_VALUE.search(text[max(0, m.start() - 3) : m.start()]))
    if not unit and not listed and _after_a_noun(text, m.start()):
        return None  # "mål 7", "elprisområde 3", "P 7": a number naming something
    if not unit and TABLE_CELL.search(text[max(0, m.start() - 5) : m.start()]):
        return None
    if not unit and FOUR_DIGITS.fullmatch(m.group("a")):
        return None  # an unseparated four-digit number with no noun: a year ("från 1614")
    if unit:
        return Found(
            m.start(),
            end,
            "count",
            value_of(m),
            unit,
            0.85,
            f"counts '{unit}'",
            "amount.count_noun",
        )
    if listed:
        why = "value in a 'label: number' list"
        return Found(m.start(), end, "count", value_of(m), None, 0.85, why, "amount.count_list")
    return Found(
        m.start(), end, "count", value_of(m), None, 0.65, "bare number", "amount.count_bare"
    )


def _after_a_noun(text: str, start: int) -> bool:
    """A word other than a function word right before the number, on the same line, also
    across a pair: "mål 7", "elområdena 3 och 4"; or a capitalised word inside a sentence:
    "regemente I 19", "kursen Svenska 3", "BP 24"."""
    before = text[max(0, start - 60) : start]
    m = WORD_BEFORE.search(before)
    if not m:
        return False
    word = m.group(1)
    inside_sentence = bool(INSIDE_SENTENCE.search(before[: m.start(1)]))
    if word[0].isupper() and inside_sentence:
        return True
    return not (_is_function_word(word.lower()) or word.lower() in words("count_skip_words.txt"))


def count_with_multiplier(
    text: str, m: regex.Match[str], suffix: regex.Match[str], factor: float
) -> Found | None:
    """ "3 miljoner invånare", "5 tusen besök": a count multiplied by `factor`."""
    noun = counted_noun(text, suffix.end())
    unit, end = noun if noun else (None, suffix.end())
    if unit in words("count_stop_units.txt"):
        return None  # "2,5 miljoner ton": a measure, not a count
    why = f"multiplier '{suffix.group('mult')}' with counted noun"
    value = value_of(m, factor)
    return Found(m.start(), end, "count", value, unit, 0.8, why, "amount.count_multiplier")
