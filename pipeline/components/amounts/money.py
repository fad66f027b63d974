"""Money and percentages: a number with a currency word, code or sign, a multiplier
("2,5 miljarder kronor" -> 2.5e9 SEK, "120 mkr" -> 1.2e8 SEK), or a percent word."""

from __future__ import annotations

import regex

from .counts import counted_noun
from .numbers import Found, value_of
from .patterns import lexicon, prefix


def money(text: str, m: regex.Match[str], suffix: regex.Match[str] | None) -> Found | None:
    lex = lexicon()
    factor, currency, explain, sek_by_default = 1.0, None, [], False
    if sign := _sign_before(text, m.start()):
        currency = lex["currencies"][sign.lower()][0]
        explain.append(f"currency sign '{sign}' before")
    if suffix and suffix.group("mult"):
        mult_factor, money_word = _multiplier(suffix.group("mult"), ending="milj")
        factor = float(mult_factor)
        explain.append(f"multiplier '{suffix.group('mult')}'")
        cur_word = suffix.group("cur1")
        if cur_word:
            currency, cur_factor = lex["currencies"][cur_word.lower()]
            factor *= float(cur_factor)
        elif currency is None and money_word == "yes" and not counted_noun(text, suffix.end()):
            currency, sek_by_default = "SEK", True
            explain.append("no currency word: SEK")
    elif suffix and suffix.group("cur"):
        currency, cur_factor = lex["currencies"][suffix.group("cur").lower()]
        factor = float(cur_factor)
    if currency is None:
        return None
    score, rule = (0.85, "amount.default_sek") if sek_by_default else (0.95, "amount.currency")
    explain.insert(0, f"currency {currency}")
    end = suffix.end() if suffix else m.end()
    value = value_of(m, factor)
    return Found(m.start(), end, "money", value, currency, score, ", ".join(explain), rule)


def _sign_before(text: str, start: int) -> str | None:
    """The currency sign or code right before a number: "€3 miljoner", "SEK 500"."""
    found = prefix().search(text[max(0, start - 5) : start])
    return (found.group("cur") or found.group("code")) if found else None


def _multiplier(word: str, ending: str = "") -> tuple[str, str]:
    """(factor, "yes" where it names money) of a multiplier as written ("mkr",
    "halvmiljarder"): the listed word it ends in, of those starting with `ending`."""
    word = word.lower()
    multipliers = lexicon()["multipliers"]
    key = next((k for k in multipliers if word.endswith(k) and k.startswith(ending)), word)
    return multipliers.get(key, ("1", "no"))


def multiplier_factor(word: str) -> float:
    return float(_multiplier(word)[0])


def percent(m: regex.Match[str], suffix: regex.Match[str]) -> Found:
    unit = lexicon()["percents"][suffix.group("pct").lower()][0]
    why = "percent word or sign"
    return Found(m.start(), suffix.end(), "percent", value_of(m), unit, 0.95, why, "amount.percent")
