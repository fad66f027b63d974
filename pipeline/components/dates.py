"""Dates: date mentions at the precision the text gives, and the publication date.

Candidates are found with regular expressions (fast) and read by dateparser set for
Swedish day-month-year; dateparser is never run over whole texts. Forms:
- "13 februari 2024", "den 13 februari" -> "2024-02-13" (a missing year is the
  publication year, else the year of the document's metadata; without either, no value);
- "2024-02-13" -> itself; "mars 2021" -> "2021-03";
- a bare year ("2019", "budget 2024") is no date mention: in the genre it names a budget,
  plan or report year far more often than a point in time.
The publication date (`doc._.published`) comes only from the release's header lines: a
labelled line ("Publicerad 9 april 2024", "Pressmeddelande • Sep 24, 2014 16:57 CEST") or
a bare date line ("2015-06-15", "2018-03-01 - 09:42", "Malmö 2010 05 31"); never from
"Uppdaterad …" or the body. Spans go to `doc.spans["dates"]` (label DATE, value ISO).
Writes the span group `dates` (`doc._.dates`) and `doc._.published`; reads
`doc._.metadata` (set by process.py before the pipe), no span group.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import cache, lru_cache
from typing import Any

import dateparser
import regex
from spacy.tokens import Doc

from ..language.component import component
from ..language.resources import read_lines, read_table
from ..language.span_groups import attr
from ..language.spans import add_span, text_of
from ..language.text_units import alternation, lines_with_offsets
from .plain_dates import plain_date

GROUP = "dates"
# How far into the text the header may reach, and what ends it (a body paragraph).
HEADER_LINES = 12
BODY_LINE_LENGTH = 200

_DMY = {"DATE_ORDER": "DMY", "PREFER_DAY_OF_MONTH": "first", "PREFER_LOCALE_DATE_ORDER": False}
_LANGUAGES = ["sv", "en"]


@dataclass(frozen=True)
class DateFound:
    start: int
    end: int
    value: str  # ISO: YYYY-MM-DD or YYYY-MM
    explain: str
    rule: str = "date.published"  # the id in rule_ids.tsv; header dates are publications


@cache
def _months() -> str:
    words = {row["word"].lower() for row in read_table("month_names.tsv")}
    return alternation(sorted(words), longest_first=True)


@cache
def _patterns() -> dict[str, regex.Pattern[str]]:
    month = rf"(?P<month>{_months()})\.?"
    year = r"(?P<year>(?:19|20)\d\d)"
    end = r"(?![\p{L}\d])"
    return {
        "iso": regex.compile(rf"(?<![\d-]){year}-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?![\d-])"),
        "day_month": regex.compile(
            rf"(?<![\p{{L}}\d])(?P<day>[0-3]?\d)(?::[ae]|e)?\.?[ \t]+{month}"
            rf"(?:,?[ \t]+{year})?{end}",
            regex.I,
        ),
        "month_day": regex.compile(
            rf"(?<![\p{{L}}\d]){month}[ \t]+(?P<day>[0-3]?\d),?[ \t]+{year}{end}", regex.I
        ),
        "month_year": regex.compile(rf"(?<![\p{{L}}\d]){month}[ \t]+{year}{end}", regex.I),
    }


# Only in header lines: "Malmö 2010 05 31", "2010.05.31".
_SPACED_ISO = regex.compile(r"(?<!\d)((?:19|20)\d\d)[ .]([01]\d)[ .]([0-3]\d)(?!\d)")


@cache
def _year_first() -> regex.Pattern[str]:
    """Only in header lines: the year first, then the month's name ("2019 feb 05")."""
    return regex.compile(
        rf"(?<!\d)(?P<year>(?:19|20)\d\d)[ \t]+(?P<month>{_months()})\.?[ \t]+"
        r"(?P<day>[0-3]?\d)(?!\d)",
        regex.I,
    )


@lru_cache(maxsize=4096)
def parse_date(text: str, with_day: bool = True) -> str | None:
    """A day-month-year or month-year string to ISO at that precision, else None.

    Every part is required: dateparser's defaults read "13 februari" as February 2013, so a
    missing year is filled in before this is called (see `_normalised`).
    """
    if plain := plain_date(text, with_day):
        return plain
    parts = ["day", "month", "year"] if with_day else ["month", "year"]
    parsed = dateparser.parse(text, languages=_LANGUAGES, settings={**_DMY, "REQUIRE_PARTS": parts})
    if parsed is None:
        return None
    return parsed.strftime("%Y-%m-%d" if with_day else "%Y-%m")


def _normalised(kind: str, m: regex.Match[str], year: int | None) -> str | None:
    """The candidate as "day month year" (or "month year"), its year filled in."""
    if kind == "iso":
        return m.group()
    written_year = m.group("year") or (str(year) if year else None)
    if written_year is None:
        return None
    month = m.group("month")
    return (
        f"{month} {written_year}" if kind == "month_year" else f"{m['day']} {month} {written_year}"
    )


def _full_month_with_dot(m: regex.Match[str]) -> bool:
    """ "den 17 juni." ends a sentence: the dot belongs to an abbreviation only ("jan.")."""
    month = (m.groupdict().get("month") or "").lower()
    return bool(month) and m.group().endswith(".") and month not in _abbreviations()


@cache
def _abbreviations() -> frozenset[str]:
    """Month words that shorten a longer one ("jan", "sept"): a dot after them is theirs."""
    words = {row["word"].lower() for row in read_table("month_names.tsv")}
    return frozenset(w for w in words if any(o != w and o.startswith(w) for o in words))


def find_dates(text: str, year: int | None = None) -> list[DateFound]:
    """Date mentions in `text`, without overlaps, in order; `year` fills missing years."""
    found: list[DateFound] = []
    taken: list[tuple[int, int]] = []
    for kind, pattern in _patterns().items():
        for m in pattern.finditer(text):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            candidate = _normalised(kind, m, year)
            value = candidate and parse_date(candidate, with_day=kind != "month_year")
            if not value:
                continue
            why, rule = f"{kind.replace('_', '-')} date", f"date.{kind}"
            if kind == "day_month" and m.group("year") is None:
                why += f", year {year} from the publication date or metadata"
                rule = "date.context_year"
            end = m.end() - 1 if _full_month_with_dot(m) else m.end()
            found.append(DateFound(m.start(), end, value, why, rule))
            taken.append(m.span())
    return sorted(found, key=lambda d: d.start)


@cache
def _label_patterns() -> tuple[regex.Pattern[str], regex.Pattern[str]]:
    def words(name: str) -> str:
        return alternation(read_lines(name))

    labelled = regex.compile(
        rf"^(?P<label>{words('published_labels.txt')})(?!\p{{L}})[\s:•·|\-–]*(?P<rest>.*)$",
        regex.I,
    )
    not_published = regex.compile(rf"^(?:{words('published_not_labels.txt')})\b", regex.I)
    return labelled, not_published


# A line that is nothing but a date: an optional place before (or brackets around), a time
# or zone after, then perhaps the site's category ("| Omsorg & hjälp", "- Kommun & politik")
# or a label run on ("06:05Pressmeddelande").
_TIME_TAIL = (
    r"(?:[\s,]*[-–]?\s*(?:kl\.?\s*)?\d{1,2}[:.]\d{2}(?:\s*[A-Z]{3,4})?)?\]?"
    r"(?:\s*[|–-]\s*[^\d\n]{1,40}|\p{Lu}\p{Ll}+)?"
)
_PLACE_HEAD = r"(?:\p{Lu}\p{Ll}+,?\s+|\[)?"
# Slashed dates: "2021/02/23"; "12/28/2022" (month first only when the day says so).
_SLASHED = regex.compile(
    r"(?<![\d/])(?:(\d{4})/(\d{1,2})/(\d{1,2})|(\d{1,2})/(\d{1,2})/(\d{4}))(?![\d/])"
)


def _lines(text: str) -> list[tuple[int, str]]:
    """(offset, line) of every non-empty line."""
    return lines_with_offsets(text, nonblank=True)


def _header_lines(text: str) -> list[tuple[int, str]]:
    """(offset, line) of the release head: its first lines up to a body paragraph, or, when
    a long caption or pull quote comes first, up to the next body paragraph but with the
    lines right below a long one left out (a date there ends a body paragraph)."""
    lines: list[tuple[int, str]] = []
    long_lines, previous_long = 0, False
    for offset, line in _lines(text)[:HEADER_LINES]:
        is_long = len(line) > BODY_LINE_LENGTH
        long_lines += is_long
        if long_lines == 2:
            break
        if not is_long and not previous_long:
            lines.append((offset, line))
        previous_long = is_long
    return lines


def _date_in_line(line: str) -> DateFound | None:
    """The first full date (day, month and year) in a header line."""
    for found in find_dates(line):
        if len(found.value) == 10:
            return found
    if m := _SPACED_ISO.search(line):
        return _checked(m, int(m[1]), int(m[2]), int(m[3]), "spaced ISO date")
    if m := _year_first().search(line):
        value = parse_date(f"{m['day']} {m['month']} {m['year']}")
        return DateFound(m.start(), m.end(), value, "year-month-day date") if value else None
    if m := _SLASHED.search(line):
        if m[1]:
            return _checked(m, int(m[1]), int(m[2]), int(m[3]), "slashed date")
        first, second, year = int(m[4]), int(m[5]), int(m[6])
        if second > 12 >= first:  # "12/28/2022": written month first
            return _checked(m, year, first, second, "slashed date, month first")
        return _checked(m, year, second, first, "slashed date")
    return None


def _checked(m: regex.Match[str], year: int, month: int, day: int, why: str) -> DateFound | None:
    try:
        return DateFound(m.start(), m.end(), date(year, month, day).isoformat(), why)
    except ValueError:
        return None


def find_published(text: str) -> DateFound | None:
    """The publication date from the header lines, or None."""
    labelled, not_published = _label_patterns()
    empty_label = False
    for offset, line in _header_lines(text):
        stripped = line.strip()
        if not_published.match(stripped):
            continue
        if m := labelled.match(stripped):
            found = _date_in_line(m.group("rest"))
            if found:
                shift = offset + line.index(stripped) + m.start("rest")
                return _shifted(found, shift, f"header line '{m.group('label')}'")
            empty_label = m.group("label").lower().startswith("publice")
            continue
        found = _date_in_line(stripped)
        if found and _ends_in_timestamp(stripped, found):
            return _shifted(found, offset + line.index(stripped), "timestamp ending a header line")
        if found and _is_bare_date_line(stripped, found):
            why = "date line under 'Publicerad'" if empty_label else "bare date line in the header"
            return _shifted(found, offset + line.index(stripped), why)
        if empty_label:
            return None  # an empty "Publicerad:" not followed by a date: no date given
    return _labelled_anywhere(text, labelled)


def _labelled_anywhere(text: str, labelled: regex.Pattern[str]) -> DateFound | None:
    """A "Publicerad …" line below the head (a page's footer), or another label with
    nothing but a date after it ("Pressmeddelande 6 december 2022"), when the head had none."""
    for offset, line in _lines(text):
        stripped = line.strip()
        m = labelled.match(stripped)
        if m:
            found = _date_in_line(m.group("rest"))
            publication_word = m.group("label").lower().startswith(("publice", "artikeln"))
            # "Pressmeddelande 6 december 2022" below a long head; "Nyheter" over a
            # dated list of links is not
            if found and (publication_word or _is_bare_date_line(m.group("rest"), found)):
                shift = offset + line.index(stripped) + m.start("rest")
                return _shifted(found, shift, f"line '{m.group('label')}' below the head")
    return None


def _is_bare_date_line(line: str, found: DateFound) -> bool:
    """`line` reads `{_PLACE_HEAD}{the date}{_TIME_TAIL}`, tried at each place the head can
    end: compiling that pattern with each date in it cost a release 0.5 ms."""
    date_text = line[found.start : found.end]
    return any(
        line.startswith(date_text, end) and _AFTER_DATE.fullmatch(line, end + len(date_text))
        for end in _place_head_ends(line)
    )


def _place_head_ends(line: str) -> list[int]:
    """Every position where `_PLACE_HEAD`, matched at the line's start, can end: nowhere
    (it is optional), after "[", or after the place word, its comma and any of the white
    space after it (a shorter run of capitalised word is followed by a letter)."""
    ends = [0, 1] if line.startswith("[") else [0]
    if m := _PLACE_WORD.match(line):
        spaces = _SPACES.match(line, m.end())
        ends += range(m.end() + 1, spaces.end() + 1) if spaces else []
    return ends


_PLACE_WORD = regex.compile(r"\p{Lu}\p{Ll}+,?")
_SPACES = regex.compile(r"\s*")
_AFTER_DATE = regex.compile(rf"{_TIME_TAIL}\s*")


def _ends_in_timestamp(line: str, found: DateFound) -> bool:
    """ "Riksbyggen förlänger stödet 2017-12-21, kl 07:30": a date and a time close the line
    (a date alone after a headline may be the event's, and so is "Tid: 8 januari kl 13.50")."""
    return ":" not in line[: found.start] and bool(_TIMESTAMP_TAIL.fullmatch(line, found.end))


_TIMESTAMP_TAIL = regex.compile(r"[\s,]*(?:kl\.?\s*)?\d{1,2}[:.]\d{2}\s*")


def _shifted(found: DateFound, by: int, why: str) -> DateFound:
    return DateFound(found.start + by, found.end + by, found.value, why)


_YEAR_PREFIX = regex.compile(r"((?:19|20)\d\d)(?:-|$)")


def context_year(published: str | None, metadata: dict[str, Any] | None) -> int | None:
    """The year a date without one belongs to: the publication's, else the metadata's."""
    candidates = [published] + [(metadata or {}).get(k) for k in ("published", "date", "month")]
    for value in candidates:
        if isinstance(value, str) and (m := _YEAR_PREFIX.match(value)):
            return int(m.group(1))
    return None


def annotate_dates(doc: Doc, source: str) -> None:
    """Sets `doc._.published` and writes date mentions to `doc.spans["dates"]`."""
    text = text_of(doc)
    published = find_published(text)
    if published:
        doc._.published = published.value
    year = context_year(doc._.published, doc._.metadata)
    dates = find_dates(text, year)
    for found in dates:
        explain, rule = found.explain, found.rule
        if published and found.start == published.start:
            explain, rule = f"publication date ({published.explain})", "date.published"
        # A year taken from the context may be wrong around the turn of a year.
        score = 0.85 if rule == "date.context_year" else 0.97
        add_span(
            doc,
            GROUP,
            found.start,
            found.end,
            "DATE",
            score=score,
            source=source,
            rule=rule,
            value=found.value,
            explain=explain,
        )
    if published and not any(f.start == published.start for f in dates):
        add_span(
            doc,
            GROUP,
            published.start,
            published.end,
            "DATE",
            score=0.95,
            source=source,
            rule="date.published",
            value=published.value,
            explain=f"publication date ({published.explain})",
        )


make_dates = component(
    "press_dates",
    annotate_dates,
    assigns=["doc.spans", attr("dates"), "doc._.published"],
    requires=[],
)
