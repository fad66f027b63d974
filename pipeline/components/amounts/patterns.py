"""The shapes of numbers and of what is written around them, and the word lists that
name currencies, multipliers, percent words and counted nouns (models/rules)."""

from __future__ import annotations

from functools import cache

import regex

from ...language.resources import read_lines, read_table
from ...language.text_units import PHONE, alternation

# A number: digits grouped in threes by space or dot ("5 062 619", "1.500.000"), with a
# decimal comma ("2,5") or a dot decimal of one or two digits ("1.5 miljoner").
NUM = r"(?:\d{1,3}(?:[ .]\d{3})+(?!\d)|\d+)(?:,\d+|\.\d{1,2}(?!\d))?"
# Not glued to a word, another number, a date or a path; "+49mkr" keeps its number.
NUMBER = regex.compile(
    rf"(?<![\p{{L}}\d/:.,_@#]|[\p{{L}}\d][-–])"
    rf"(?P<a>{NUM})(?:[ \t]?[-–][ \t]?(?P<b>{NUM}))?"
    rf"(?!\d|[-–/]\d|[.,]\d)"
)
WORD = regex.compile(r"[ \t]*([\p{L}§°%$€][\p{L}\d.§-]*)")
PAIR = regex.compile(rf"[ \t]+(?:till|och|eller|respektive|à)[ \t]+{NUM}(?![\d,.])")
LIST_VALUE = regex.compile(r"[:=]\s*$")
# Phone numbers the contacts component may not have taken (invalid or foreign ones).
PHONE_NUMBER = regex.compile(PHONE)
# Swedish postcodes ("141 85 Huddinge", "61145 Nyköping") and, after a comma in an address,
# foreign ones ("utca 11, 1136 Budapest").
POSTCODE = regex.compile(r"(?<!\d)(?:\d{3} ?\d{2}|(?<=,[ \t])\d{4})(?= \p{Lu}\p{Ll})")
# A cell of a Markdown table: its unit is in a column heading that is not read here.
TABLE_CELL = regex.compile(r"\|[ \t]*[-−–]?\Z")
ORDINAL_OR_COMPOUND = regex.compile(r"\A(?:[-–]\p{L}|:\p{L}|[.)] )")
TIME = regex.compile(r"\A[:.]\d{2}")

# Compiled once: the regex module's own cache costs more than these small matches.
YEAR = regex.compile(r"1[89]\d\d|20\d\d|2100")
DECIMAL = regex.compile(r"\d+\.\d{1,2}")
LEADING_ZERO = regex.compile(r"0\d+")
FOUR_DIGITS = regex.compile(r"\d{4}")
LIST_MARK = regex.compile(r"[.)]")
PREV_WORD = regex.compile(r"([\p{L}§.]+)[ \t]*\Z")
WORD_BEFORE = regex.compile(r"(\p{L}+)[ \t]+(?:\d+[ \t]+(?:och|eller|samt|till|[-–])[ \t]+)?\Z")
INSIDE_SENTENCE = regex.compile(r"[\p{L}\d,][ \t]+\Z")


def _alternation(words: list[str]) -> str:
    return alternation(words, longest_first=True)


@cache
def lexicon() -> dict[str, dict[str, tuple[str, str]]]:
    currencies = {
        r["word"].lower(): (r["currency"], r["factor"]) for r in read_table("currencies.tsv")
    }
    multipliers = {
        r["word"].lower(): (r["factor"], r["money"]) for r in read_table("multipliers.tsv")
    }
    percents = {r["word"].lower(): (r["unit"], "") for r in read_table("percent_words.tsv")}
    return {"currencies": currencies, "multipliers": multipliers, "percents": percents}


@cache
def words(name: str) -> frozenset[str]:
    return frozenset(w.lower() for w in read_lines(name))


@cache
def street_suffixes() -> tuple[str, ...]:
    return tuple(w.lower() for w in read_lines("street_suffixes.txt"))


@cache
def suffix() -> regex.Pattern[str]:
    """What follows a number: a percent word, a multiplier (+ currency) or a currency."""
    lex = lexicon()
    cur = _alternation(list(lex["currencies"]))
    pct = _alternation(list(lex["percents"]))
    long_mult = [w for w in lex["multipliers"] if w.startswith("milj")]
    short_mult = [w for w in lex["multipliers"] if not w.startswith("milj")]
    mult = rf"\p{{L}}*(?:{_alternation(long_mult)})|{_alternation(short_mult)}"
    end = r"(?![\p{L}\d])"
    return regex.compile(
        rf"[ \t]?(?:(?P<pct>{pct}){end}"
        rf"|(?P<mult>{mult}){end}(?:[ \t]+(?P<cur1>{cur}){end})?"
        rf"|(?P<cur>{cur}){end})",
        regex.I,
    )


@cache
def prefix() -> regex.Pattern[str]:
    """A currency sign or code written before the number: "€3 miljoner", "SEK 500"."""
    return regex.compile(r"(?:(?P<cur>[€$])|\b(?P<code>SEK|EUR|USD))[ \t]?\Z")


@cache
def masked_names() -> regex.Pattern[str]:
    names = _alternation(list(read_lines("amount_names.txt")))
    return regex.compile(rf"(?<![\p{{L}}\d])(?:{names})(?![\p{{L}}\d])", regex.I)
