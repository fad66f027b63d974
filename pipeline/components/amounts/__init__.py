"""Amounts: money, percentages and counts written with digits, normalised.

Money goes to whole currency units with an ISO code ("2,5 miljarder kronor" -> 2.5e9 SEK,
"120 mkr" -> 1.2e8 SEK); percentages get unit "%"; counts get the counted noun as unit.
Years, dates, times, durations, distances, ages, phone numbers, postcodes, street and
section numbers, footnote marks, ordinals and numbers inside names are left out.
Spans go to `doc.spans["amounts"]` (labels MONEY/PERCENT/COUNT); value: {kind, value, unit}.
Word lists live in models/rules (currencies.tsv, multipliers.tsv, count_*.txt, ...).
Modules: `patterns` (number shapes, word lists), `numbers` (the result, values), `masking`
(where no amount may be), `money` (money, percent), `counts`, `finder` (every amount of
a text), `step` (the component, with its cap). Each amount carries the id of the rule
that found it (rule_ids.tsv).
Writes the span group `amounts` (`doc._.amounts`); reads `contacts`, `dates`,
`organizations` and `interventions` (MASKING_GROUPS) and `doc.ents`, so it runs after them.
"""

from .finder import find_amounts
from .masking import MASKING_GROUPS, Masked
from .numbers import Found, parse_number
from .step import GROUP, make_amounts

_Masked = Masked  # the name tests/test_fuzz_costs.py reads

__all__ = [
    "GROUP",
    "MASKING_GROUPS",
    "Found",
    "Masked",
    "_Masked",
    "find_amounts",
    "make_amounts",
    "parse_number",
]
