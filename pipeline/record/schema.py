"""The record contract: the one source of the public JSONL schema (see ../shared/SPEC.md).

Every extracted item carries `source` (which component or rule found it) and a
`confidence` in [0, 1]. A change to any model here bumps SCHEMA_VERSION.
"""

from __future__ import annotations

from datetime import date
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

SCHEMA_VERSION = "1.3"

OrgType = Literal[
    "municipality",
    "region",
    "committee",
    "administration",
    "agency",
    "association",
    "political",
    "school",
    "company",
    "other",
]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Span(_Model):
    """A stretch of the record's cleaned text: `text == record.text[start:end]`."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str


class Provenance(_Model):
    """What found an item, how sure it is, and why (shown in the report)."""

    source: str = Field(description="component or rule that found the item")
    confidence: float = Field(ge=0.0, le=1.0)
    explanation: str | None = None


class Organization(Provenance):
    id: str
    name: str
    type: OrgType
    aliases: list[str] = []
    mentions: list[Span] = []
    owner_id: str | None = Field(
        default=None,
        description="the body this one belongs to: a committee's or administration's "
        "municipality or region (added in 1.2)",
    )
    code: str | None = Field(
        default=None,
        description="SCB's code: 4 digits for a municipality, 2 for the county of a region "
        "or länsstyrelse, for joins with public statistics (added in 1.2)",
    )


class RoleMention(Provenance):
    """Where a role was written (the role as written in `value`, white space collapsed)."""

    value: str
    span: Span


class Person(Provenance):
    id: str
    name: str
    party: str | None = None
    roles: list[str] = []
    organization_id: str | None = None
    emails: list[str] = []
    phones: list[str] = []
    mentions: list[Span] = []
    role_mentions: list[RoleMention] = Field(
        default=[], description="every written role behind `roles`, with its span"
    )
    organization_explanation: str | None = Field(
        default=None, description="why `organization_id` was chosen"
    )


class Contact(Provenance):
    kind: Literal["email", "phone"]
    value: str = Field(description="phones in E.164, e-mail addresses in lower case")
    person_id: str | None = None
    person_link: str | None = Field(
        default=None, description="why the contact belongs to `person_id`"
    )
    span: Span


class Amount(Provenance):
    kind: Literal["money", "percent", "count"]
    value: float
    unit: str | None = Field(description="ISO currency for money, '%' for percent, noun for count")
    span: Span


class Intervention(Provenance):
    id: str
    name: str
    named: bool
    aliases: list[str] = []
    mentions: list[Span] = []


class Quote(Provenance):
    speaker_id: str | None = None
    speaker_name: str | None = Field(
        default=None, description="the speaker as the attribution names them"
    )
    text: str
    span: Span


class DateMention(Provenance):
    value: str = Field(pattern=r"^\d{4}(-\d{2}(-\d{2})?)?$")
    span: Span


class MetricValue(_Model):
    """One value of a result table: "Verksamhetsmålet för 2023: 1 350"."""

    label: str = Field(description="the label as written before the colon")
    year: int | None = Field(default=None, description="the year the label names")
    role: Literal["target", "result", "value"] = Field(
        description="target (mål, prognos), result (resultat, utfall), or a plain value"
    )
    value: float
    span: Span


class Metric(Provenance):
    """A result table: an indicator line over a list of 'label: number' lines."""

    indicator: str
    unit: str | None = Field(description="shared unit of the values: a noun, '%', an ISO code")
    values: list[MetricValue] = []
    span: Span = Field(description="the indicator line")


class Source(_Model):
    path: str | None = None
    line: int | None = None
    sha256: str = Field(description="sha256 of the raw input bytes of the document")


class ProducedBy(_Model):
    """The versions that made a record (added in 1.3)."""

    pipeline: str = Field(description="version of the pressx package")
    rules: str = Field(description="fingerprint of the rule data under models/rules")
    models: str = Field(description="the trained models, by name, version and fingerprint")


class Record(_Model):
    """One press release, every value grounded in offsets of `text`."""

    schema_version: str = SCHEMA_VERSION
    doc_id: str = Field(
        description="stable and unique per input document: a hash of its source (path, line, "
        "corpus id) and cleaned text, first 16 hex digits (1.3; before, the text alone)"
    )
    text_sha256: str = Field(
        default="", description="sha256 of the cleaned text, to find duplicate texts (1.3)"
    )
    produced_by: ProducedBy | None = Field(
        default=None, description="the pipeline, rules and models that made it (1.3)"
    )
    source: Source
    title: str | None = None
    published: str | None = Field(default=None, pattern=r"^\d{4}-\d{2}-\d{2}$")
    text: str
    organizations: list[Organization] = []
    people: list[Person] = []
    contacts: list[Contact] = []
    amounts: list[Amount] = []
    interventions: list[Intervention] = []
    quotes: list[Quote] = []
    dates: list[DateMention] = []
    metrics: list[Metric] = []
    warnings: list[str] = []
    metadata: dict[str, Any] = Field(
        default_factory=dict, description="fields of a JSONL input other than text and id"
    )

    @field_validator("published")
    @classmethod
    def _a_real_date(cls, value: str | None) -> str | None:
        if value is not None:
            date.fromisoformat(value)  # raises on "2024-13-45"
        return value

    @model_validator(mode="after")
    def _spans_point_into_text(self) -> Record:
        for span in _all_spans(self):
            if self.text[span.start : span.end] != span.text:
                raise ValueError(f"span {span.start}:{span.end} {span.text!r} does not match text")
        return self


def _all_spans(record: Record) -> list[Span]:
    entities: list[Organization | Person | Intervention] = [
        *record.organizations,
        *record.people,
        *record.interventions,
    ]
    items: list[Contact | Amount | Quote | DateMention] = [
        *record.contacts,
        *record.amounts,
        *record.quotes,
        *record.dates,
    ]
    roles = [r.span for p in record.people for r in p.role_mentions]
    metric_spans = [v.span for m in record.metrics for v in m.values]
    metric_spans += [m.span for m in record.metrics]
    return (
        [m for e in entities for m in e.mentions] + [i.span for i in items] + roles + metric_spans
    )


class ErrorSource(_Model):
    path: str | None = None
    line: int | None = None
    sha256: str | None = None


class ErrorRecord(_Model):
    """A document that could not be processed; written to errors.jsonl."""

    source: ErrorSource
    error: str = Field(description="short error class, e.g. 'empty', 'encoding', 'stage'")
    message: str
    doc_id: str | None = None


def json_schema() -> dict[str, Any]:
    return Record.model_json_schema()
