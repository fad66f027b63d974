"""A hand-made record for the report tests: every kind of span, overlaps (a name inside a
quote, an organization inside an intervention) and hostile markup in the release text."""

from __future__ import annotations

from typing import Any

PAYLOAD_SCRIPT = "<script>window.pwned = 1; alert('xss')</script>"
PAYLOAD_IMG = '<img src=x onerror="window.pwned = 2; alert(1)">'

TEXT = (
    "Nacka kommun satsar 4,5 miljoner kronor på Föräldraskap i Sverige\n\n"
    "Publicerad 9 april 2024\n\n"
    "Socialnämnden i Nacka kommun har beslutat att utöka Föräldraskap i Sverige (FIS) med "
    "fler föräldrastödsgrupper. Förra året deltog 474 föräldrar och 82 procent var nöjda.\n\n"
    f"– Vi vill nå fler familjer tidigt. {PAYLOAD_SCRIPT} säger Anna Berg (M), "
    "ordförande i socialnämnden.\n\n"
    f"En kommentar från webben: {PAYLOAD_IMG}\n\n"
    "För mer information kontakta:\n"
    "Anna Berg, ordförande i socialnämnden, 08-718 80 00, anna.berg@nacka.se\n"
)


def _span(text: str, occurrence: int = 0) -> dict[str, Any]:
    start = -1
    for _ in range(occurrence + 1):
        start = TEXT.index(text, start + 1)
    return {"start": start, "end": start + len(text), "text": text}


def _prov(source: str, confidence: float = 0.9, why: str = "rule") -> dict[str, Any]:
    return {"source": source, "confidence": confidence, "explanation": why}


def sample_record(doc_id: str = "00ff00ff00ff00ff", **overrides: Any) -> dict[str, Any]:
    quote_start = TEXT.index("– Vi vill")
    quote_end = TEXT.index(" säger Anna Berg")
    record: dict[str, Any] = {
        "schema_version": "1.0",
        "doc_id": doc_id,
        "source": {"path": "press/nacka_<b>bold</b>.txt", "line": None, "sha256": "0" * 64},
        "title": "Nacka kommun satsar 4,5 miljoner kronor på Föräldraskap i Sverige",
        "published": "2024-04-09",
        "text": TEXT,
        "organizations": [
            {
                "id": "O1",
                "name": "Nacka kommun",
                "type": "municipality",
                "aliases": [],
                "mentions": [_span("Nacka kommun"), _span("Nacka kommun", 1)],
                **_prov("press_orgs", 0.95, "municipality name"),
            },
            {
                "id": "O2",
                "name": "socialnämnden",
                "type": "committee",
                "aliases": [],
                "mentions": [_span("Socialnämnden"), _span("socialnämnden")],
                **_prov("press_orgs", 0.85, "committee word"),
            },
        ],
        "people": [
            {
                "id": "P1",
                "name": "Anna Berg",
                "party": "M",
                "roles": ["ordförande i socialnämnden"],
                "organization_id": "O2",
                "emails": ["anna.berg@nacka.se"],
                "phones": ["+4687188000"],
                "mentions": [_span("Anna Berg"), _span("Anna Berg", 1)],
                **_prov("press_people", 0.95, "name after a speech verb"),
            }
        ],
        "contacts": [
            {
                "kind": "phone",
                "value": "+4687188000",
                "person_id": "P1",
                "span": _span("08-718 80 00"),
                **_prov("press_contacts", 0.9, "valid number"),
            },
            {
                "kind": "email",
                "value": "anna.berg@nacka.se",
                "person_id": "P1",
                "span": _span("anna.berg@nacka.se"),
                **_prov("press_contacts", 0.99, "address pattern"),
            },
        ],
        "amounts": [
            {
                "kind": "money",
                "value": 4500000,
                "unit": "SEK",
                "span": _span("4,5 miljoner kronor"),
                **_prov("press_amounts"),
            },
            {
                "kind": "count",
                "value": 474,
                "unit": "föräldrar",
                "span": _span("474 föräldrar"),
                **_prov("press_amounts", 0.8),
            },
            {
                "kind": "percent",
                "value": 82,
                "unit": "%",
                "span": _span("82 procent"),
                **_prov("press_amounts"),
            },
        ],
        "interventions": [
            {
                "id": "I1",
                "name": "Föräldraskap i Sverige",
                "named": True,
                "aliases": ["FIS"],
                "mentions": [
                    _span("Föräldraskap i Sverige"),
                    _span("Föräldraskap i Sverige (FIS)"),
                ],
                **_prov("press_interventions", 0.9, "programme name"),
            },
            {
                "id": "I2",
                "name": "föräldrastödsgrupper",
                "named": False,
                "aliases": [],
                "mentions": [_span("föräldrastödsgrupper")],
                **_prov("press_interventions", 0.7, "measure word"),
            },
        ],
        "quotes": [
            {
                "speaker_id": "P1",
                "text": TEXT[quote_start:quote_end],
                "span": {
                    "start": quote_start,
                    "end": quote_end,
                    "text": TEXT[quote_start:quote_end],
                },
                **_prov("press_quotes", 0.9, "dash paragraph, säger"),
            }
        ],
        "metrics": [
            {
                "indicator": "Föräldrar i föräldrastödsgrupper",
                "unit": "föräldrar",
                "values": [
                    {
                        "year": 2023,
                        "kind": "result",
                        "value": 474,
                        "span": _span("474 föräldrar och 82 procent"),
                    }
                ],
                **_prov("press_metrics", 0.8, "label: number list"),
            }
        ],
        "dates": [{"value": "2024-04-09", "span": _span("9 april 2024"), **_prov("press_dates")}],
        "warnings": [f"suspicious markup in text: {PAYLOAD_IMG}", "quote without a named speaker"],
        "metadata": {},
    }
    record.update(overrides)
    return record
