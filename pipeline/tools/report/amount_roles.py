"""What a money amount is, for the report's sums: a total, a part of one, a rate, a result.

Amounts in a record carry a kind (money, percent, count) and a unit but no role, and a
release names a budget total beside its parts ("14,7 miljarder, varav 3 miljarder"), tax
rates ("21,35 kronor") and deficits. Adding them all up says nothing, so the report reads
each amount's role from the words of its clause (models/rules/amount_roles.tsv) and never
adds amounts of two roles together. An amount inside a result table takes the role the
table's label gives it (a metric value's target/result/value).
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache
from typing import Any

import regex

from ...language.resources import read_table

Json = dict[str, Any]
ROLES = {
    "total": "totals (totalt, sammanlagt, omfattar …)",
    "part": "parts of a total (varav, därav …)",
    "balance": "results, surpluses and deficits",
    "rate": "rates and amounts per unit (skattesats, per …): not added",
    "table": "values of result tables (mål, utfall …)",
    "other": "other amounts",
}
PRECEDENCE = ("part", "rate", "balance", "total")
ADDED = [role for role in ROLES if role != "rate"]
WINDOW = 8  # words of the clause before an amount that may say what it is

_CLAUSE_END = regex.compile(r"[.!?;:,\n]")
_SENTENCE_END = regex.compile(r"[.!?;:](?!\d)|\n")
_WORD = regex.compile(r"[\p{L}/]+")


@cache
def _words() -> tuple[dict[str, str], dict[str, str], tuple[tuple[str, str], ...]]:
    """(whole words before, prefixes before, phrases after) -> role."""
    whole: dict[str, str] = {}
    prefixes: dict[str, str] = {}
    after: list[tuple[str, str]] = []
    for row in read_table("amount_roles.tsv"):
        word, role = row["word"].casefold(), row["role"]
        if row["where"] == "after":
            after.append((word, role))
        elif word.endswith("*"):
            prefixes[word[:-1]] = role
        else:
            whole[word] = role
    return whole, prefixes, tuple(after)


def _roles_before(text: str, start: int, floor: int) -> Iterator[str]:
    whole, prefixes, _ = _words()
    for word in _clause_words(text[floor:start])[-WINDOW:]:
        word = word.casefold()
        if word in whole:
            yield whole[word]
        yield from (role for prefix, role in prefixes.items() if word.startswith(prefix))


def _clause_words(before: str) -> list[str]:
    """The words of the last clause with any; an amount straight after a comma belongs to
    the clause before it ("negativt resultat, 7 miljoner kronor")."""
    for clause in reversed(_CLAUSE_END.split(before)):
        if words := _WORD.findall(clause):
            return words
    return []


def _roles_after(text: str, end: int) -> Iterator[str]:
    following = text[end : end + 24].casefold().lstrip(" \t")
    for phrase, role in _words()[2]:
        if following.startswith(phrase) and not following[len(phrase) : len(phrase) + 1].isalpha():
            yield role


def _in_tables(record: Json) -> list[tuple[int, int]]:
    spans = []
    for metric in record.get("metrics") or []:
        spans += [(v["span"]["start"], v["span"]["end"]) for v in metric.get("values") or []]
    return spans


def amount_roles(record: Json) -> list[str]:
    """The role of each of the record's amounts, in their order (see ROLES)."""
    text = str(record.get("text") or "")
    tables = _in_tables(record)
    amounts = record.get("amounts") or []
    roles = ["other"] * len(amounts)
    floor, previous = 0, "other"  # the end and role of the amount before, in the text
    for i in sorted(range(len(amounts)), key=lambda i: amounts[i]["span"]["start"]):
        start, end = amounts[i]["span"]["start"], amounts[i]["span"]["end"]
        if any(s <= start and end <= e for s, e in tables):
            role = "table"
        else:
            found = {*_roles_before(text, start, floor), *_roles_after(text, end)}
            role = next((r for r in PRECEDENCE if r in found), "other")
            if (
                role == "other"
                and previous == "part"
                and not _SENTENCE_END.search(text, floor, start)
            ):
                role = "part"  # "varav 6 miljarder till skolan och 3 miljarder till vården"
        roles[i], floor, previous = role, max(floor, end), role
    return roles
