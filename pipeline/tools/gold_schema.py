"""The shape of a gold file, checked when it is loaded, so that a malformed one is an
error naming it rather than a traceback deep in the scoring (see ../shared/ANNOTATION.md).

Only what `evaluate` reads is checked; other keys are allowed and kept.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, ValidationError, model_validator

COUNTED_KINDS = ("money", "percent", "count")  # the amount kinds scored by their value


class _Part(BaseModel):
    model_config = ConfigDict(extra="allow")


class GoldPerson(_Part):
    name: str
    party: str | None = None
    roles: list[str] | None = None
    organization: list[str] | None = None
    emails: list[str] | None = None
    phones: list[str] | None = None


class GoldOrganization(_Part):
    name: str
    aliases: list[str] | None = None
    type: str | None = None


class GoldAmount(_Part):
    kind: str | None = None
    value: float | None = None
    text: str | None = None

    @model_validator(mode="after")
    def _scored_kinds_have_a_value(self) -> GoldAmount:
        if self.kind in COUNTED_KINDS and self.value is None:
            raise ValueError(f"a {self.kind} amount needs a number `value`")
        return self


class GoldIntervention(_Part):
    name: str
    aliases: list[str] | None = None
    named: bool | None = None


class GoldQuote(_Part):
    start: str
    speaker: str | None = None


class GoldMetric(_Part):
    indicator: str = ""


class GoldFile(_Part):
    published: str | None = None
    people: list[GoldPerson] | None = None
    organizations: list[GoldOrganization] | None = None
    emails: list[str] | None = None
    phones: list[str] | None = None
    amounts: list[GoldAmount] | None = None
    interventions: list[GoldIntervention] | None = None
    quotes: list[GoldQuote] | None = None
    metrics: list[GoldMetric] | None = None


def gold_problem(gold: object) -> str | None:
    """What makes a parsed JSON value no gold file, in one line; None when it is one."""
    if not isinstance(gold, dict):
        return "a gold file is a JSON object"
    try:
        GoldFile.model_validate(gold)
    except ValidationError as error:
        first = error.errors()[0]
        where = ".".join(str(part) for part in first["loc"]) or "the file"
        more = f" (and {error.error_count() - 1} more)" if error.error_count() > 1 else ""
        return f"{where}: {first['msg']}{more}"
    return None
