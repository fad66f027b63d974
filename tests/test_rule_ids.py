"""Rule ids (schema 1.4): every item names the rule that found it, a person's organization
link its own rule and score; `evaluate --by-rule`, the export and the report show them."""

from __future__ import annotations

import json
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import duckdb
import pytest

from pipeline.cli import main
from pipeline.language.rule_data import RULE_FILES, RuleDataError, read_tsv
from pipeline.language.rule_ids import rule_for, rules
from pipeline.record.schema import Record
from pipeline.run.process import extract
from pipeline.tools import evaluate as ev
from pipeline.tools import rule_scores
from pipeline.tools.report.pages import document_page

Json = dict[str, Any]

RELEASE = (
    "Ny satsning på läxhjälp i Tyresö\n\n"
    "Tyresö kommun satsar 2,5 miljoner kronor på läxhjälp för elever i årskurs 7–9.\n\n"
    "– Vi vill att alla elever ska klara skolan, säger Anna Berg (S), "
    "ordförande i barn- och utbildningsnämnden.\n\n"
    "Skolverket har granskat arbetet och 85 procent av eleverna är nöjda.\n\n"
    "Kontakt: Anna Berg, 08-578 291 00, anna.berg@tyreso.se\n"
)


@pytest.fixture(scope="module")
def release(nlp) -> Json:
    return extract(RELEASE, {"id": "tyreso-laxhjalp"}, nlp).model_dump(mode="json")


def _by_name(items: list[Json]) -> dict[str, Json]:
    return {item.get("name") or item.get("value"): item for item in items}


def test_every_item_carries_the_id_of_the_rule_that_found_it(release: Json) -> None:
    orgs = _by_name(release["organizations"])
    assert orgs["Tyresö kommun"]["rule"] == "org.municipality"
    assert orgs["barn- och utbildningsnämnden"]["rule"] == "org.suffix"
    assert orgs["Skolverket"]["rule"] == "org.gazetteer"
    anna = _by_name(release["people"])["Anna Berg"]
    assert anna["rule"] == "people.speech_verb"
    assert {(m["value"], m["rule"]) for m in anna["role_mentions"]} == {
        ("ordförande i barn- och utbildningsnämnden", "people.speech_verb")
    }
    contacts = _by_name(release["contacts"])
    assert contacts["anna.berg@tyreso.se"]["rule"] == "contact.email"
    assert contacts["+46857829100"]["rule"] == "contact.phone"
    assert {a["rule"] for a in release["amounts"]} == {"amount.currency", "amount.percent"}
    assert [q["rule"] for q in release["quotes"]] == ["quote.named"]


def test_a_persons_organization_link_has_its_own_rule_and_score(release: Json) -> None:
    anna = _by_name(release["people"])["Anna Berg"]
    org = next(o for o in release["organizations"] if o["id"] == anna["organization_id"])
    assert org["name"] == "barn- och utbildningsnämnden"
    assert anna["organization_rule"] == "person_org.in_context"
    assert anna["organization_confidence"] == 0.9


def test_the_seeds_use_only_listed_rule_ids(seed_records) -> None:
    listed = {rule.id for rule in rules()}
    used = set()
    for record in seed_records.values():
        data = record.model_dump(mode="json")
        for field in ("organizations", "people", "contacts", "amounts", "interventions"):
            used |= {item["rule"] for item in data[field]}
        used |= {item["rule"] for item in data["quotes"] + data["dates"] + data["metrics"]}
        used |= {p["organization_rule"] for p in data["people"] if p["organization_id"]}
    assert used <= listed, used - listed
    assert {"org.gazetteer", "org.suffix", "person_org.in_context"} <= used


def test_an_explanation_no_rule_opens_is_unlisted_not_another_rules() -> None:
    assert rule_for("date", "day-month date, year 2024 from the publication date") == (
        "date.context_year"
    )
    assert rule_for("date", "day-month date") == "date.day_month"
    assert rule_for("amount", "currency SEK, multiplier 'mkr', no currency word: SEK") == (
        "amount.default_sek"
    )
    assert rule_for("org", "'X Stad'") == "org.municipality"  # "Göteborgs Stad", as written
    assert rule_for("org", "'X tingsrätt'") == "org.court"
    assert rule_for("org", "something new") == "org.unlisted"


def test_a_rule_id_that_is_not_dotted_fails_when_the_rules_load(tmp_path: Path) -> None:
    bad = tmp_path / "rule_ids.tsv"
    bad.write_text("id\texplanation\tscore\tdescription\nOrg Gazetteer\tgazetteer: \t\tx\n")
    with pytest.raises(RuleDataError, match="line 2, column 'id'"):
        read_tsv(bad, RULE_FILES["rule_ids.tsv"])


def _without_rules(value: Any) -> Any:
    """A record as schema 1.3 wrote it: no rule ids, no link rule or score."""
    added = {"rule", "organization_rule", "organization_confidence"}
    if isinstance(value, dict):
        return {k: _without_rules(v) for k, v in value.items() if k not in added}
    if isinstance(value, list):
        return [_without_rules(v) for v in value]
    return value


def test_records_without_rule_ids_still_validate(release: Json) -> None:
    old = _without_rules(release) | {"schema_version": "1.3"}
    assert '"rule":' not in json.dumps(old)
    record = Record.model_validate(old)
    assert record.organizations[0].rule is None and record.people[0].organization_rule is None


# --- evaluate --by-rule ------------------------------------------------------------------

GOLD = {
    "id": "tyreso-laxhjalp",
    "published": None,
    "people": [
        {
            "name": "Anna Berg",
            "party": "S",
            "roles": ["ordförande i barn- och utbildningsnämnden"],
            "organization": ["Barn- och utbildningsnämnden"],
            "emails": ["anna.berg@tyreso.se"],
            "phones": ["+46857829100"],
        }
    ],
    # Skolverket left out: the record's gazetteer find is a false positive
    "organizations": [
        {"name": "Tyresö kommun", "type": "municipality"},
        {"name": "barn- och utbildningsnämnden", "type": "committee"},
    ],
    "emails": ["anna.berg@tyreso.se"],
    "phones": ["+46857829100"],
    "amounts": [{"kind": "money", "value": 2500000, "text": "2,5 miljoner kronor"}],
    "interventions": [],
    "quotes": [{"start": "Vi vill att alla elever ska klara skolan", "speaker": "Anna Berg"}],
}


def test_by_rule_counts_true_and_false_positives_per_rule(release: Json) -> None:
    scores = rule_scores.by_rule([release], {"tyreso-laxhjalp": GOLD}, {})
    counts = {key: (c.tp, c.fp) for key, c in scores.items()}
    assert counts[("organizations", "org.municipality")] == (1, 0)
    assert counts[("organizations", "org.suffix")] == (1, 0)
    assert counts[("organizations", "org.gazetteer")] == (0, 1)
    assert counts[("person_org", "person_org.in_context")] == (1, 0)
    assert counts[("roles", "people.speech_verb")] == (1, 0)
    assert counts[("money", "amount.currency")] == (1, 0)
    assert counts[("percent", "amount.percent")] == (0, 1)
    assert counts[("quote_speaker", "quote.named")] == (1, 0)
    # the rows of a field add up to evaluate's own tp and fp
    total = ev.evaluate([release], {"tyreso-laxhjalp": GOLD})
    for field in {f for f, _ in scores}:
        rows = [c for (f, _), c in scores.items() if f == field]
        assert (sum(c.tp for c in rows), sum(c.fp for c in rows)) == (
            total[field].tp,
            total[field].fp,
        ), field


def test_evaluate_by_rule_prints_a_row_per_field_and_rule(
    release: Json, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "gold").mkdir()
    (tmp_path / "gold" / "tyreso-laxhjalp.json").write_text(json.dumps(GOLD), encoding="utf-8")
    records = tmp_path / "records.jsonl"
    records.write_text(json.dumps(release) + "\n", encoding="utf-8")
    assert main(["evaluate", "--gold", str(tmp_path / "gold"), "--by-rule", str(records)]) == 0
    rows = [line.split() for line in capsys.readouterr().out.splitlines()]
    assert rows[0] == ["field", "rule", "tp", "fp", "P"]
    assert ["organizations", "org.gazetteer", "0", "1", "0.000"] in rows
    assert ["organizations", "org.municipality", "1", "0", "1.000"] in rows
    assert (
        main(["evaluate", "--gold", str(tmp_path / "gold"), "--by-rule", "--json", str(records)])
        == 0
    )
    as_json = json.loads(capsys.readouterr().out)
    assert {
        "field": "person_org",
        "rule": "person_org.in_context",
        "tp": 1,
        "fp": 0,
        "precision": 1.0,
    } in as_json


# --- export and report -------------------------------------------------------------------


def test_export_tables_have_a_rule_column(release: Json, tmp_path: Path) -> None:
    records = tmp_path / "records.jsonl"
    records.write_text(json.dumps(release) + "\n", encoding="utf-8")
    db = tmp_path / "out.duckdb"
    assert main(["export", str(records), "--to", f"duckdb:{db}"]) == 0
    con = duckdb.connect(str(db))
    orgs = dict(con.execute("SELECT name, rule FROM organizations").fetchall())
    assert orgs["Tyresö kommun"] == "org.municipality"
    people = con.execute("SELECT name, rule, org_rule, org_confidence FROM people").fetchall()
    assert people == [("Anna Berg", "people.speech_verb", "person_org.in_context", 0.9)]
    assert con.execute("SELECT DISTINCT rule FROM quotes").fetchall() == [("quote.named",)]


class _Spans(HTMLParser):
    """The text and title of every element of class "rule"."""

    def __init__(self) -> None:
        super().__init__()
        self.found: list[tuple[str, str | None]] = []
        self._open: str | None | bool = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        given = dict(attrs)
        if given.get("class") == "rule":
            self._open = given.get("title")
            self.found.append(("", given.get("title")))

    def handle_data(self, data: str) -> None:
        if self._open is not False:
            self.found[-1] = (self.found[-1][0] + data, self.found[-1][1])

    def handle_endtag(self, tag: str) -> None:
        self._open = False


def test_report_shows_rule_and_score_of_organizations_roles_and_links(release: Json) -> None:
    hostile = json.loads(json.dumps(release))
    anna = _by_name(hostile["people"])["Anna Berg"]
    anna["organization_explanation"] = "<script>alert(1)</script>"
    page = document_page(hostile)
    parser = _Spans()
    parser.feed(page)
    shown = dict(parser.found)
    assert "org.municipality" in shown and shown["org.municipality"] == "'X kommun'"
    assert "org.suffix" in shown
    assert shown["person_org.in_context 0.90"] == "<script>alert(1)</script>"  # the tooltip
    assert "people.speech_verb 0.95" in shown  # the role's rule and score
    assert "<script>alert(1)" not in page and "&lt;script&gt;alert(1)" in page
