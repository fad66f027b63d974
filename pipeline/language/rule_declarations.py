"""The declaration of every rule file under models/rules/: a word list, or a table with its
columns, each column's value type and allowed values. rule_data.py reads and checks the
files against these declarations."""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from typing import get_args

import regex

from ..record.schema import OrgType


@dataclass(frozen=True)
class ValueType:
    """What a column's cells may hold: `check` returns whether one value is valid."""

    name: str
    check: Callable[[str], bool]


def one_of(*values: str) -> ValueType:
    return ValueType(f"one of {', '.join(values)}", lambda v: v in values)


def _is_number(value: str) -> bool:
    try:
        return math.isfinite(float(value))
    except ValueError:
        return False


TEXT = ValueType("text", lambda v: bool(v.strip()))
NUMBER = ValueType("a number", _is_number)
DIGITS = ValueType("digits", lambda v: v.isascii() and v.isdigit())
MONTH = ValueType("a month number, 1 to 12", lambda v: v.isdigit() and 1 <= int(v) <= 12)
CURRENCY = ValueType("an ISO 4217 code", lambda v: bool(regex.fullmatch(r"[A-Z]{3}", v)))
BOOL = one_of("true", "false")
YES_NO = one_of("yes", "no")
ORG_TYPE = one_of(*get_args(OrgType))


def _is_regex(value: str) -> bool:
    try:
        regex.compile(value)
    except regex.error:
        return False
    return True


REGEX = ValueType("a regular expression", _is_regex)
RULE_ID = ValueType(
    "a dotted id '<component>.<rule>'",
    lambda v: bool(regex.fullmatch(r"[a-z_]+\.[a-z_]+", v)),
)


@dataclass(frozen=True)
class Column:
    name: str
    type: ValueType = TEXT
    optional: bool = False  # an empty or missing cell is allowed (read as "")


@dataclass(frozen=True)
class RuleFile:
    """A rule file: a word list when it has no columns, else a table with these columns."""

    name: str
    columns: tuple[Column, ...] = ()
    patterns: bool = False  # a word list whose "re:" lines are regular expressions

    @property
    def kind(self) -> str:
        return "table" if self.columns else "lines"


def _table(name: str, *columns: Column) -> RuleFile:
    return RuleFile(name, columns)


def _lines(*names: str, patterns: bool = False) -> list[RuleFile]:
    return [RuleFile(name, patterns=patterns) for name in names]


_ALIASES = Column("aliases", optional=True)  # '|'-separated
# Every rule file the pipeline and scripts/build_gazetteers.py read, by path in the rules dir.
RULE_FILES: dict[str, RuleFile] = {
    f.name: f
    for f in [
        *_lines(
            "administration_head_titles.txt",
            "after_speaker_words.txt",
            "amount_names.txt",
            "caption_lists.txt",
            "clause_verbs.txt",
            "contact_headings.txt",
            "count_function_words.txt",
            "count_skip_words.txt",
            "count_stop_before.txt",
            "count_stop_units.txt",
            "hyphen_keep_before.txt",
            "intervention_context.txt",
            "intervention_adjective_stop.txt",
            "intervention_head_exclusions.txt",
            "intervention_headings.txt",
            "intervention_heads.txt",
            "intervention_heads_alone.txt",
            "intervention_name_nouns.txt",
            "intervention_name_suffixes.txt",
            "intervention_stoplist.txt",
            "intervention_target_groups.txt",
            "not_genitives.txt",
            "not_name_suffixes.txt",
            "not_name_words.txt",
            "not_party_marks.txt",
            "office_contact_labels.txt",
            "org_determiners.txt",
            "org_generic.txt",
            "org_head_words.txt",
            "org_partner_phrases.txt",
            "org_place_prefixes.txt",
            "org_term_acronyms.txt",
            "place_acting_verbs.txt",
            "press_roles.txt",
            "published_labels.txt",
            "published_not_labels.txt",
            "signup_words.txt",
            "speaker_pronouns.txt",
            "first_person_words.txt",
            "document_lead_words.txt",
            "third_person_subjects.txt",
            "speech_function_words.txt",
            "speech_verbs.txt",
            "street_suffixes.txt",
            "title_heads.txt",
            "title_owner_prefixes.txt",
            "title_prefixes.txt",
            "title_skip.txt",
            "title_as_verbs.txt",
            "title_end_phrases.txt",
            "title_time_words.txt",
            "vocation_heads.txt",
            "titles.txt",
            "sources/title_heads_exclude.txt",
        ),
        *_lines("boilerplate.txt", "title_modifiers.txt", patterns=True),
        _table("affiliation_bodies.tsv", Column("name"), Column("match", one_of("name", "ending"))),
        _table("affiliation_sender_types.tsv", Column("type", ORG_TYPE)),
        _table(
            "amount_roles.tsv",
            Column("where", one_of("before", "after")),
            Column("word"),
            Column("role", one_of("total", "part", "balance", "rate")),
        ),
        _table("caps.tsv", Column("component"), Column("max", DIGITS)),
        _table("title_abbreviations.tsv", Column("abbreviation"), Column("word")),
        _table(
            "currencies.tsv", Column("word"), Column("currency", CURRENCY), Column("factor", NUMBER)
        ),
        _table("intervention_triggers.tsv", Column("word"), Column("plural", BOOL)),
        _table("interventions.tsv", Column("name"), Column("named", BOOL), _ALIASES),
        _table("metric_roles.tsv", Column("ending"), Column("role", one_of("target", "result"))),
        _table("month_names.tsv", Column("word"), Column("month", MONTH)),
        _table(
            "multipliers.tsv", Column("word"), Column("factor", NUMBER), Column("money", YES_NO)
        ),
        _table(
            "org_name_adjectives.tsv",
            Column("adjective"),
            Column("case", one_of("capital", "lower")),
        ),
        _table(
            "org_name_markers.tsv",
            Column("marker"),
            Column("position", one_of("first", "last")),
            Column("type", ORG_TYPE),
        ),
        _table("org_prefix_types.tsv", Column("word"), Column("type", ORG_TYPE)),
        _table("org_kind_nouns.tsv", Column("ending"), Column("type", ORG_TYPE)),
        _table("org_tail_types.tsv", Column("ending"), Column("type", ORG_TYPE)),
        _table("org_for_heads.tsv", Column("head"), Column("type", ORG_TYPE)),
        _table(
            "org_suffixes.tsv",
            Column("suffix"),
            Column("type", ORG_TYPE),
            Column("case", one_of("any", "capital", "lower")),
        ),
        _table("organizations.tsv", Column("name"), Column("type", ORG_TYPE), _ALIASES),
        _table(
            "parties.tsv",
            Column("mark"),
            Column("name"),
            Column("scope", one_of("national", "local")),
        ),
        _table("percent_words.tsv", Column("word"), Column("unit")),
        _table(
            "person_labels.tsv",
            Column("label"),
            Column("role", optional=True),
            Column("staff", YES_NO),
        ),
        _table(
            "place_codes.tsv",
            Column("place"),
            Column("kind", one_of("municipality", "county")),
            Column("code", DIGITS),
            Column("body"),
        ),
        _table(
            "public_bodies.tsv",
            Column("name"),
            Column("type", ORG_TYPE),
            Column("code", DIGITS, optional=True),
            _ALIASES,
        ),
        _table(
            "title_org_kinds.tsv",
            Column("title"),
            Column(
                "kind",
                one_of("municipality", "region", "county_board", "police", "agency", "committee"),
            ),
        ),
        _table(
            "rule_ids.tsv",
            Column("id", RULE_ID),
            Column("explanation", REGEX, optional=True),
            Column("score", NUMBER, optional=True),
            Column("description"),
        ),
        _table("sources/agency_short_forms.tsv", Column("name"), _ALIASES),
        _table("sources/police_regions.tsv", Column("name"), _ALIASES),
        _table(
            "sources/region_names.tsv",
            Column("county_code", DIGITS),
            Column("region"),
            Column("place"),
        ),
        _table("sources/stad.tsv", Column("name"), Column("code", DIGITS)),
        _table("sources/municipality_names.tsv", Column("name"), Column("code", DIGITS)),
    ]
}
