"""Dates written plainly, read without dateparser: "13 februari 2024", "mars 2021",
"2024-02-13", the forms `dates` hands to `parse_date`.

dateparser takes 3 ms of CPU a call, and half the releases need a call it has not
cached: 1.5 ms a release. For every month word of models/rules/month_names.tsv, in any
case, every day and both centuries, dateparser's value is the calendar's
(tests/test_dates.py checks them all), so a valid date in these forms is read here;
anything else (no such day, another form) is left to dateparser.
"""

from __future__ import annotations

from datetime import date
from functools import cache

import regex

from ..language.resources import read_table

_WORDS = regex.compile(r"(?:(?P<day>\d{1,2}) )?(?P<month>\p{L}+) (?P<year>(?:19|20)\d\d)")
_ISO = regex.compile(r"(?:19|20)\d\d-\d\d-\d\d")


def plain_date(text: str, with_day: bool = True) -> str | None:
    """`text` as ISO ("2024-02-13", or "2021-03" without the day), or None when it is not
    a valid date in a plain form with (or, `with_day` false, without) its day."""
    try:
        if _ISO.fullmatch(text):
            return date.fromisoformat(text).isoformat() if with_day else None
        m = _WORDS.fullmatch(text)
        if m is None or with_day != bool(m["day"]):
            return None
        month = month_numbers().get(m["month"].casefold())
        if month is None:
            return None
        found = date(int(m["year"]), month, int(m["day"] or 1))
        return found.isoformat() if with_day else found.isoformat()[:7]
    except ValueError:  # no such day
        return None


@cache
def month_numbers() -> dict[str, int]:
    """Month number by (case-folded) month word of the table."""
    return {row["word"].casefold(): int(row["month"]) for row in read_table("month_names.tsv")}
