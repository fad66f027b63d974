"""Amounts: money, percentages and counts written with digits, normalised.

Money goes to whole currency units with an ISO code ("2,5 miljarder kronor" -> 2.5e9 SEK,
"120 mkr" -> 1.2e8 SEK); percentages get unit "%"; counts get the counted noun as unit.
Years, dates, times, durations, distances, ages, phone numbers, postcodes, street and
section numbers, footnote marks, ordinals and numbers inside names are left out.
Spans go to `doc.spans["amounts"]` (labels MONEY/PERCENT/COUNT); value: {kind, value, unit}.
Word lists live in models/rules (currencies.tsv, multipliers.tsv, count_*.txt, ...).
Writes the span group `amounts` (`doc._.amounts`); reads `contacts`, `dates`,
`organizations` and `interventions` (MASKING_GROUPS) and `doc.ents`, so it runs after them.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import cache

import regex
from spacy.language import Language
from spacy.tokens import Doc

from ..language.resources import read_lines, read_table
from ..language.span_groups import attr
from ..language.spans import add_span, group, text_of
from ..language.swedish import present_verbs

GROUP = "amounts"
# Span groups whose numbers are no amounts; required in the factory, so they run first.
MASKING_GROUPS = ("contacts", "dates", "organizations", "interventions")
NAME_LABELS = ("ORG", "MISC")

# A number: digits grouped in threes by space or dot ("5 062 619", "1.500.000"), with a
# decimal comma ("2,5") or a dot decimal of one or two digits ("1.5 miljoner").
_NUM = r"(?:\d{1,3}(?:[ .]\d{3})+(?!\d)|\d+)(?:,\d+|\.\d{1,2}(?!\d))?"
# Not glued to a word, another number, a date or a path; "+49mkr" keeps its number.
_NUMBER = regex.compile(
    rf"(?<![\p{{L}}\d/:.,_@#]|[\p{{L}}\d][-–])"
    rf"(?P<a>{_NUM})(?:[ \t]?[-–][ \t]?(?P<b>{_NUM}))?"
    rf"(?!\d|[-–/]\d|[.,]\d)"
)
_WORD = regex.compile(r"[ \t]*([\p{L}§°%$€][\p{L}\d.§-]*)")
_PAIR = regex.compile(rf"[ \t]+(?:till|och|eller|respektive|à)[ \t]+{_NUM}(?![\d,.])")
_LIST_VALUE = regex.compile(r"[:=]\s*$")
# Phone numbers the contacts component may not have taken (invalid or foreign ones).
_PHONE = regex.compile(
    r"(?<![\d\p{L}])(?:\+\d{2}[ ]?|0)\d{1,3}[-–/ ]?\d{2,3}(?:[ -]?\d{2,3}){1,3}(?!\d)"
)
# Swedish postcodes ("141 85 Huddinge", "61145 Nyköping") and, after a comma in an address,
# foreign ones ("utca 11, 1136 Budapest").
_POSTCODE = regex.compile(r"(?<!\d)(?:\d{3} ?\d{2}|(?<=,[ \t])\d{4})(?= \p{Lu}\p{Ll})")
# A cell of a Markdown table: its unit is in a column heading that is not read here.
_TABLE_CELL = regex.compile(r"\|[ \t]*[-−–]?\Z")
_ORDINAL_OR_COMPOUND = regex.compile(r"\A(?:[-–]\p{L}|:\p{L}|[.)] )")
_TIME = regex.compile(r"\A[:.]\d{2}")

# Compiled once: the regex module's own cache costs more than these small matches.
_YEAR = regex.compile(r"1[89]\d\d|20\d\d|2100")
_DECIMAL = regex.compile(r"\d+\.\d{1,2}")
_LEADING_ZERO = regex.compile(r"0\d+")


@dataclass(frozen=True)
class Found:
    start: int
    end: int
    kind: str
    value: float
    unit: str | None
    score: float
    explain: str


def _alternation(words: list[str]) -> str:
    return "|".join(regex.escape(w) for w in sorted(set(words), key=len, reverse=True))


@cache
def _lexicon() -> dict[str, dict[str, tuple[str, str]]]:
    currencies = {
        r["word"].lower(): (r["currency"], r["factor"]) for r in read_table("currencies.tsv")
    }
    multipliers = {
        r["word"].lower(): (r["factor"], r["money"]) for r in read_table("multipliers.tsv")
    }
    percents = {r["word"].lower(): (r["unit"], "") for r in read_table("percent_words.tsv")}
    return {"currencies": currencies, "multipliers": multipliers, "percents": percents}


@cache
def _words(name: str) -> frozenset[str]:
    return frozenset(w.lower() for w in read_lines(name))


@cache
def _suffix() -> regex.Pattern[str]:
    """What follows a number: a percent word, a multiplier (+ currency) or a currency."""
    lex = _lexicon()
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
def _prefix() -> regex.Pattern[str]:
    """A currency sign or code written before the number: "€3 miljoner", "SEK 500"."""
    return regex.compile(r"(?:(?P<cur>[€$])|\b(?P<code>SEK|EUR|USD))[ \t]?\Z")


@cache
def _masked_names() -> regex.Pattern[str]:
    names = _alternation(list(read_lines("amount_names.txt")))
    return regex.compile(rf"(?<![\p{{L}}\d])(?:{names})(?![\p{{L}}\d])", regex.I)


def parse_number(text: str) -> float:
    """'5 062 619' -> 5062619, '2,5' -> 2.5, '1.500.000' -> 1500000, '1.5' -> 1.5."""
    text = text.replace(" ", "")
    if _DECIMAL.fullmatch(text):
        return float(text)
    return float(text.replace(".", "").replace(",", "."))


def _whole(value: float) -> float:
    """An integer when the value is one up to float error ("16,9 miljarder" * 1e9)."""
    nearest = round(value)
    return int(nearest) if abs(value - nearest) < 1e-6 * max(1.0, abs(value)) else value


def _masked_spans(text: str, doc: Doc | None) -> list[tuple[int, int]]:
    spans = [m.span() for m in _masked_names().finditer(text)]
    spans += [m.span() for m in _POSTCODE.finditer(text)]
    spans += [m.span() for m in _PHONE.finditer(text)]
    if doc is not None:
        spans += [(s.start_char, s.end_char) for g in MASKING_GROUPS for s in group(doc, g)]
        # A number inside a name the NER found ("Tjej 2000", "Fit for 55") is no amount.
        spans += [(e.start_char, e.end_char) for e in doc.ents if e.label_ in NAME_LABELS]
    return spans


def _prev_word(text: str, start: int) -> str:
    m = regex.search(r"([\p{L}§.]+)[ \t]*\Z", text[max(0, start - 30) : start])
    return m.group(1) if m else ""


def _next_words(text: str, end: int, n: int = 3) -> list[tuple[str, int]]:
    """The next `n` words after `end`, each with the offset where it ends."""
    words, pos = [], end
    for _ in range(n):
        m = _WORD.match(text, pos)
        if not m:
            break
        word = m.group(1).rstrip(".")
        words.append((word, m.start(1) + len(word)))
        pos = m.end()
    return words


def _money(text: str, m: regex.Match[str], suffix: regex.Match[str] | None) -> Found | None:
    lex = _lexicon()
    factor, currency, explain = 1.0, None, []
    if prefix := _prefix().search(text[max(0, m.start() - 5) : m.start()]):
        sign = prefix.group("cur") or prefix.group("code")
        currency = lex["currencies"][sign.lower()][0]
        explain.append(f"currency sign '{sign}' before")
    if suffix and suffix.group("mult"):
        word = suffix.group("mult").lower()
        key = next(
            (k for k in lex["multipliers"] if word.endswith(k) and k.startswith("milj")), word
        )
        mult_factor, money_word = lex["multipliers"].get(key, ("1", "no"))
        factor = float(mult_factor)
        explain.append(f"multiplier '{suffix.group('mult')}'")
        cur_word = suffix.group("cur1")
        if cur_word:
            currency, cur_factor = lex["currencies"][cur_word.lower()]
            factor *= float(cur_factor)
        elif (
            currency is None and money_word == "yes" and not _counted_noun_after(text, suffix.end())
        ):
            currency = "SEK"
            explain.append("no currency word: SEK")
    elif suffix and suffix.group("cur"):
        currency, cur_factor = lex["currencies"][suffix.group("cur").lower()]
        factor = float(cur_factor)
    if currency is None:
        return None
    score = 0.85 if "no currency word: SEK" in explain else 0.95
    explain.insert(0, f"currency {currency}")
    end = suffix.end() if suffix else m.end()
    value = parse_number(m.group("b") or m.group("a")) * factor
    return Found(m.start(), end, "money", _whole(value), currency, score, ", ".join(explain))


def _counted_noun_after(text: str, pos: int) -> str | None:
    noun = _counted_noun(text, pos)
    return noun[0] if noun else None


def _counted_noun(text: str, pos: int) -> tuple[str, int] | None:
    """The noun counted by the number ending at `pos` and where it ends: "474 föräldrar",
    "100 nya kolloplatser" (adjectives before the noun are skipped)."""
    words = _next_words(text, pos, 4)
    for i, (word, end) in enumerate(words[:3]):
        lower = word.lower()
        if _is_adjective(lower, words[i + 1 :]):
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
    return word in _words("count_skip_words.txt") or word.endswith(("a", "ade", "ande"))


def _is_function_word(word: str) -> bool:
    words = _words("count_function_words.txt")
    endings = tuple(w[1:] for w in words if w.startswith("-"))
    return word in words or word.endswith(endings)


def _is_year(m: regex.Match[str]) -> bool:
    """ "2026", "2022–2024": unseparated four digits in the years the genre writes about."""
    parts = filter(None, (m.group("a"), m.group("b")))
    return any(_YEAR.fullmatch(part) for part in parts)


def _not_a_count(text: str, m: regex.Match[str]) -> str | None:
    """Why the bare number at `m` counts nothing, or None when it may be a count."""
    digits = m.group("a")
    after = text[m.end() : m.end() + 3]
    before = text[max(0, m.start() - 2) : m.start()]
    if "," in digits or _DECIMAL.fullmatch(digits):
        return "a decimal: a measure, not a count"
    if _LEADING_ZERO.fullmatch(digits.replace(" ", "")):
        return "a leading zero: a code or phone number"
    if _is_year(m):
        return "a year"
    if _ORDINAL_OR_COMPOUND.match(after) or _TIME.match(after):
        return "an ordinal, compound or time"
    if before.endswith("[") or after.startswith("]"):
        return "a footnote mark"
    at_line_start = m.start() == 0 or text[m.start() - 1] == "\n"
    if at_line_start and regex.match(r"[.)]", after):
        return "a list number"
    written_prev = _prev_word(text, m.start())
    prev = written_prev.lower()
    if prev in _words("count_stop_before.txt") or prev.endswith(_street_suffixes()):
        return f"after '{prev}'"
    words = _next_words(text, m.end(), 1)
    if written_prev[:1].isupper() and words and words[0][0][:1].isupper():
        return "between two capitalised words: inside a name ('Jas 39 Gripen')"
    if words and words[0][0].lower() in _words("count_stop_units.txt"):
        return f"a {words[0][0]}: a duration, age, measure, date or reference"
    return None


@cache
def _street_suffixes() -> tuple[str, ...]:
    return tuple(w.lower() for w in read_lines("street_suffixes.txt"))


def _count(text: str, m: regex.Match[str], factor: float = 1.0) -> Found | None:
    if _not_a_count(text, m):
        return None
    noun = _counted_noun(text, m.end())
    unit, end = noun if noun else (None, m.end())
    if unit in _words("count_stop_units.txt"):
        return None  # "12 nautiska mil": a measure
    listed = bool(_LIST_VALUE.search(text[max(0, m.start() - 3) : m.start()]))
    if not unit and not listed and _after_a_noun(text, m.start()):
        return None  # "mål 7", "elprisområde 3", "P 7": a number naming something
    if not unit and _TABLE_CELL.search(text[max(0, m.start() - 5) : m.start()]):
        return None
    if not unit and regex.fullmatch(r"\d{4}", m.group("a")):
        return None  # an unseparated four-digit number with no noun: a year ("från 1614")
    score = 0.85 if unit or listed else 0.65
    why = (
        f"counts '{unit}'"
        if unit
        else ("value in a 'label: number' list" if listed else "bare number")
    )
    value = parse_number(m.group("b") or m.group("a")) * factor
    return Found(m.start(), end, "count", _whole(value), unit, score, why)


def _after_a_noun(text: str, start: int) -> bool:
    """A word other than a function word right before the number, on the same line, also
    across a pair: "mål 7", "elområdena 3 och 4"; or a capitalised word inside a sentence:
    "regemente I 19", "kursen Svenska 3", "BP 24"."""
    before = text[max(0, start - 60) : start]
    m = regex.search(r"(\p{L}+)[ \t]+(?:\d+[ \t]+(?:och|eller|samt|till|[-–])[ \t]+)?\Z", before)
    if not m:
        return False
    word = m.group(1)
    inside_sentence = bool(regex.search(r"[\p{L}\d,][ \t]+\Z", before[: m.start(1)]))
    if word[0].isupper() and inside_sentence:
        return True
    return not (_is_function_word(word.lower()) or word.lower() in _words("count_skip_words.txt"))


def _paired(text: str, m: regex.Match[str]) -> tuple[regex.Match[str] | None, bool] | None:
    """For "från 67 till 85 procent", "mellan 15 och 20 miljarder", "från 18 till 21 år":
    the suffix after the second number, which the first shares, and whether the second is
    followed by a word that makes it no count."""
    pair = _PAIR.match(text, m.end())
    if not pair:
        return None
    words = _next_words(text, pair.end(), 1)
    stopped = bool(words) and words[0][0].lower() in _words("count_stop_units.txt")
    return _suffix().match(text, pair.end()), stopped


def _percent(m: regex.Match[str], suffix: regex.Match[str]) -> Found:
    unit = _lexicon()["percents"][suffix.group("pct").lower()][0]
    value = parse_number(m.group("b") or m.group("a"))
    return Found(
        m.start(), suffix.end(), "percent", _whole(value), unit, 0.95, "percent word or sign"
    )


def _ranged(found: Found, m: regex.Match[str]) -> list[Found]:
    """A range "10–15 procent" gives both ends, with the same kind and unit."""
    if not m.group("b"):
        return [found]
    low = parse_number(m.group("a"))
    high = parse_number(m.group("b"))
    factor = found.value / high if high else 1.0
    first = Found(
        m.start("a"),
        m.end("a"),
        found.kind,
        _whole(low * factor),
        found.unit,
        found.score,
        found.explain + " (range start)",
    )
    return [first, found]


def find_amounts(text: str, doc: Doc | None = None) -> list[Found]:
    """Every money amount, percentage and count in `text`, in order."""
    masked = _masked_spans(text, doc)
    found: list[Found] = []
    for m in _NUMBER.finditer(text):
        if any(s < m.end() and m.start() < e for s, e in masked):
            continue
        suffix = _suffix().match(text, m.end())
        paired = _paired(text, m) if suffix is None and not _is_year(m) else None
        if paired and paired[0]:
            if shared := _with_shared_unit(text, m, paired[0]):
                found.append(shared)
            continue
        if paired and paired[1]:
            continue
        if suffix and suffix.group("pct"):
            item: Found | None = _percent(m, suffix)
        else:
            item = _money(text, m, suffix)
            if item is None and not (suffix and suffix.group("mult")):
                if _glued_to_letters(text, m.end()):
                    continue
                item = _count(text, m)
            elif item is None and suffix:
                item = _count_with_multiplier(text, m, suffix)
        if item:
            found.extend(_ranged(item, m))
    return found


def _with_shared_unit(text: str, m: regex.Match[str], shared: regex.Match[str]) -> Found | None:
    """The first number of a pair, in the kind and unit of the second."""
    item = _percent(m, shared) if shared.group("pct") else _money(text, m, shared)
    if item is None or m.group("b"):
        return None
    return replace(item, end=m.end(), explain=item.explain + " (unit of the paired number)")


def _glued_to_letters(text: str, end: int) -> bool:
    return end < len(text) and text[end].isalpha()


def _count_with_multiplier(
    text: str, m: regex.Match[str], suffix: regex.Match[str]
) -> Found | None:
    """ "3 miljoner invånare", "5 tusen besök": a count multiplied."""
    word = suffix.group("mult").lower()
    key = next((k for k in _lexicon()["multipliers"] if word.endswith(k)), word)
    factor = float(_lexicon()["multipliers"].get(key, ("1", "no"))[0])
    noun = _counted_noun(text, suffix.end())
    unit, end = noun if noun else (None, suffix.end())
    if unit in _words("count_stop_units.txt"):
        return None  # "2,5 miljoner ton": a measure, not a count
    value = parse_number(m.group("b") or m.group("a")) * factor
    return Found(
        m.start(),
        end,
        "count",
        _whole(value),
        unit,
        0.8,
        f"multiplier '{suffix.group('mult')}' with counted noun",
    )


class AmountFinder:
    """Writes money, percent and count spans to `doc.spans["amounts"]`."""

    def __init__(self, name: str = "press_amounts") -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        for item in find_amounts(text_of(doc), doc):
            add_span(
                doc,
                GROUP,
                item.start,
                item.end,
                item.kind.upper(),
                score=item.score,
                source=self.name,
                value={"kind": item.kind, "value": item.value, "unit": item.unit},
                explain=item.explain,
            )
        return doc


@Language.factory(
    "press_amounts",
    assigns=["doc.spans", attr("amounts")],
    requires=[attr(g) for g in MASKING_GROUPS],
)
def make_amounts(nlp: Language, name: str) -> AmountFinder:
    return AmountFinder(name)
