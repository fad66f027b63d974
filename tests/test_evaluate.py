"""The scorer follows ANNOTATION.md "How a record is scored": each rule on small hand-made
record/gold pairs, then floors on the seeds so accuracy can only go up."""

from __future__ import annotations

from typing import Any

import pytest
from conftest import GOLD, require_shared

from pipeline.cli import main
from pipeline.tools import evaluate as ev
from pipeline.tools import goldsets

Json = dict[str, Any]


def record(**fields: Any) -> Json:
    return {"source": {"path": "seeds/doc.txt"}, **fields}


def person(pid: str, name: str, **attrs: Any) -> Json:
    return {"id": pid, "name": name, **attrs}


def gold_person(name: str, **attrs: Any) -> Json:
    return {"name": name, "party": None, "roles": [], "organization": None, **attrs}


def counts(scores: ev.Scores, name: str) -> tuple[int, int, int]:
    c = scores[name]
    return c.tp, c.fp, c.fn


def score(rec: Json | None, gold: Json) -> ev.Scores:
    return ev.evaluate([rec] if rec else [], {"doc": gold})


def test_match_is_one_to_one_best_pairs_first() -> None:
    # "Bostad först" fits both gold names; the better pair wins and the other stays free.
    pairs = ev.match(
        ["Bostad först", "Bostad först Huddinge"],
        ["Bostad först i Huddinge", "Bostad först"],
        ev.similarity,
        0.80,
    )
    assert pairs == [
        ("Bostad först", "Bostad först"),
        ("Bostad först Huddinge", "Bostad först i Huddinge"),
    ]
    # two record items cannot share one gold item
    assert ev.match(["SKR", "SKR"], ["SKR"], ev.similarity, 0.85) == [("SKR", "SKR")]


def test_counts_give_precision_recall_f1() -> None:
    c = ev.Counts(tp=3, fp=1, fn=2)
    assert c.precision == 0.75 and c.recall == 0.6
    assert c.f1 == pytest.approx(2 * 0.75 * 0.6 / 1.35)
    assert ev.Counts().f1 == 0.0


def test_people_names_fold_case_and_white_space() -> None:
    rec = record(people=[person("P1", "lars  BJÖRKMAN"), person("P2", "Anna Berg")])
    gold = {"people": [gold_person("Lars Björkman"), gold_person("Aza Cheragwandi")]}
    assert counts(score(rec, gold), "people") == (1, 1, 1)


def test_party_and_contacts_end_to_end() -> None:
    rec = record(
        people=[
            person("P1", "Lars Björkman", party="HP", emails=["Lars.Bjorkman@huddinge.se"]),
            person("P2", "Eva Lind", party="S", phones=["+46812345678"]),
        ]
    )
    gold = {
        "people": [
            gold_person(
                "Lars Björkman",
                party="HP",
                emails=["lars.bjorkman@huddinge.se"],
                phones=["+46853530165"],
            ),
            gold_person(
                "Ingalill Söderberg", party="DP", emails=["ingalill.soderberg@huddinge.se"]
            ),
        ]
    }
    scores = score(rec, gold)
    # matched party right; spurious Eva Lind's party spurious; missed Söderberg's party missed
    assert counts(scores, "party") == (1, 1, 1)
    # matched: e-mail right, phone missed; spurious phone; missed person's e-mail missed
    assert counts(scores, "person_contacts") == (1, 1, 2)


def test_party_null_on_both_sides_counts_nothing() -> None:
    rec = record(people=[person("P1", "Anna Berg")])
    assert counts(score(rec, {"people": [gold_person("Anna Berg")]}), "party") == (0, 0, 0)


def test_roles_containment_needs_sixty_percent_of_the_longer() -> None:
    rec = record(people=[person("P1", "Lars Björkman", roles=["kommunalråd", "Presschef"])])
    gold = {
        "people": [
            gold_person(
                "Lars Björkman",
                roles=["kommunalråd med ansvar för socialt förebyggande", "presschef"],
            )
        ]
    }
    # "kommunalråd" is inside the gold role but far shorter than 60% of it: no match
    assert counts(score(rec, gold), "roles") == (1, 1, 1)
    rec = record(people=[person("P1", "Lars Björkman", roles=["ordförande i socialnämnden"])])
    gold = {
        "people": [gold_person("Lars Björkman", roles=["förste vice ordförande i socialnämnden"])]
    }
    assert counts(score(rec, gold), "roles") == (1, 0, 0)


def test_roles_similarity_threshold() -> None:
    assert ev.role_score("politisk sekreterare", "politiska sekreterare") >= ev.ROLE_THRESHOLD
    assert ev.role_score("politisk sekreterare", "pressekreterare") < ev.ROLE_THRESHOLD


def test_person_org_looks_up_the_linked_organization_and_its_aliases() -> None:
    orgs = [
        {
            "id": "O1",
            "name": "Sveriges kommuner och regioner",
            "type": "association",
            "aliases": ["SKR"],
        },
        {"id": "O2", "name": "Huddinge kommun", "type": "municipality"},
    ]
    rec = record(
        organizations=orgs,
        people=[
            person("P1", "Anna Berg", organization_id="O1"),
            person("P2", "Eva Lind", organization_id="O2"),
            person("P3", "Nils Holm"),
            person("P4", "Per Ek", organization_id="O2"),
        ],
    )
    gold = {
        "people": [
            gold_person("Anna Berg", organization=["SKR"]),
            gold_person("Eva Lind", organization=["Socialnämnden", "Huddinges kommun"]),
            gold_person("Nils Holm", organization=["Polisen"]),
            gold_person("Per Ek", organization=None),
        ]
    }
    # alias right; "Huddinge kommun" ~ "Huddinges kommun"; Holm missed; Ek spurious
    assert counts(score(rec, gold), "person_org") == (2, 1, 1)


def test_organizations_aliases_articles_and_threshold() -> None:
    rec = record(
        organizations=[
            {"id": "O1", "name": "SKL", "type": "association"},
            {"id": "O2", "name": "Den sociala resursförvaltningen", "type": "committee"},
            {"id": "O3", "name": "Huddinge", "type": "municipality"},
        ]
    )
    gold = {
        "organizations": [
            {"name": "Sveriges kommuner och landsting", "type": "association", "aliases": ["SKL"]},
            {"name": "sociala resursförvaltningen", "type": "administration"},
            {"name": "Huddinge kommun", "type": "municipality"},
        ]
    }
    scores = score(rec, gold)
    # "Huddinge" vs "Huddinge kommun": ratio 0.70 < 0.85
    assert counts(scores, "organizations") == (2, 1, 1)
    # SKL type right; the administration typed committee is one fp and one fn;
    # the spurious and the missed body count too
    assert counts(scores, "org_type") == (1, 2, 2)


def test_emails_and_phones_as_sets() -> None:
    rec = record(
        contacts=[
            {"kind": "email", "value": "info@nacka.se"},
            {"kind": "email", "value": "info@nacka.se"},
            {"kind": "phone", "value": "+4687188000"},
        ]
    )
    gold = {"emails": ["Info@Nacka.se"], "phones": ["+4687188000", "+46853530165"]}
    scores = score(rec, gold)
    assert counts(scores, "emails") == (1, 0, 0)
    assert counts(scores, "phones") == (1, 0, 1)


def test_amounts_distinct_kind_value_pairs_and_wordy_counts_left_out() -> None:
    span = {"start": 0, "end": 0}
    rec = record(
        amounts=[
            {"kind": "money", "value": 4500000, "span": {**span, "text": "4,5 miljoner kronor"}},
            {"kind": "money", "value": 4500000.0, "span": {**span, "text": "4,5 mkr"}},
            {"kind": "percent", "value": 70, "span": {**span, "text": "70 %"}},
            {"kind": "count", "value": 474, "span": {**span, "text": "474 föräldrar"}},
            {"kind": "count", "value": 10, "span": {**span, "text": "tio"}},
        ]
    )
    gold = {
        "amounts": [
            {"kind": "money", "value": 4500000, "unit": "SEK", "text": "4,5 miljoner kronor"},
            {"kind": "percent", "value": 82, "unit": "%", "text": "82 procent"},
            {"kind": "count", "value": 474, "unit": "föräldrar", "text": "474 föräldrar"},
            {"kind": "count", "value": 4, "unit": "grupper", "text": "fyra grupper"},
        ]
    }
    scores = score(rec, gold)
    assert counts(scores, "money") == (1, 0, 0)
    assert counts(scores, "percent") == (0, 1, 1)
    assert counts(scores, "count") == (1, 0, 0)


def test_interventions_named_and_all_thresholds() -> None:
    rec = record(
        interventions=[
            {"id": "I1", "name": "Föräldraskap i Sverige", "named": True},
            {"id": "I2", "name": "HLT", "named": True},
            {"id": "I3", "name": "hembesöken", "named": False},
            {"id": "I4", "name": "Komet", "named": False},
        ]
    )
    gold = {
        "interventions": [
            {"name": "Föräldraskap i Sverige", "named": True},
            {"name": "Hälsa, lärande och trygghet", "named": True, "aliases": ["HLT"]},
            {"name": "hembesök", "named": False},
            {"name": "Komet", "named": True},
        ]
    }
    scores = score(rec, gold)
    # Komet is named only in gold: it takes no part in the named field on the record side
    assert counts(scores, "interventions_named") == (2, 0, 1)
    # "hembesöken" ~ "hembesök" 0.89 >= 0.80; all four match regardless of named
    assert counts(scores, "interventions_all") == (4, 0, 0)
    assert ev.similarity("mobila team", "mobila insatsteam") < ev.ALL_THRESHOLD


def test_quotes_found_and_speaker() -> None:
    start = "Vårt primära fokus ligger på att våra barn och unga ska må bra"
    rec = record(
        people=[person("P1", "Lars Björkman"), person("P2", "Eva Lind")],
        quotes=[
            {"text": "– " + start.upper() + " i hela kommunen.", "speaker_id": "P1"},
            {"text": "Fysisk aktivitet har visat sig stå för mycket.", "speaker_id": "P1"},
            {"text": "Vi  ser  fram emot arbetet.", "speaker_id": None},
            {"text": "Något helt annat.", "speaker_id": "P2"},
        ],
    )
    gold = {
        "quotes": [
            {"speaker": "Lars Björkman", "start": start},
            {"speaker": "Ingalill Söderberg", "start": "Fysisk aktivitet har visat sig stå för"},
            {"speaker": None, "start": "Vi ser fram emot"},
            {"speaker": "Eva Lind", "start": "Det här är ett citat som ingen hittade"},
        ]
    }
    scores = score(rec, gold)
    assert counts(scores, "quotes_found") == (3, 1, 1)
    # right, wrong speaker (fp + fn), null == null right, unmatched missed
    assert counts(scores, "quote_speaker") == (2, 1, 2)


def test_published_equal_dates() -> None:
    assert counts(
        score(record(published="2024-04-09"), {"published": "2024-04-09"}), "published"
    ) == (1, 0, 0)
    assert counts(
        score(record(published="2024-04-08"), {"published": "2024-04-09"}), "published"
    ) == (0, 1, 1)
    assert counts(score(record(published="2024-04-08"), {"published": None}), "published") == (
        0,
        1,
        0,
    )


def test_gold_without_record_is_all_missed_and_records_pair_by_stem() -> None:
    gold = {"emails": ["a@b.se"], "people": [gold_person("Anna Berg", party="S")]}
    scores = ev.evaluate([record(contacts=[{"kind": "email", "value": "a@b.se"}])], {"other": gold})
    assert counts(scores, "emails") == (0, 0, 1)
    assert counts(scores, "party") == (0, 0, 1)
    scores = ev.evaluate([record(contacts=[{"kind": "email", "value": "a@b.se"}])], {"doc": gold})
    assert counts(scores, "emails") == (1, 0, 0)


def test_metrics_scored_only_when_gold_has_them() -> None:
    assert "metrics" not in score(record(metrics=[{"indicator": "Antal föräldrar"}]), {})
    scores = score(
        record(metrics=[{"indicator": "Antal föräldrar"}]),
        {"metrics": [{"indicator": "antal föräldrar"}]},
    )
    assert counts(scores, "metrics") == (1, 0, 0)


# F1 on the seeds today. Floors: accuracy may only go up (raise them when it does).
SEED_FLOORS = {
    "people": 1.0,
    "party": 1.0,
    "roles": 1.0,
    "person_contacts": 1.0,
    "person_org": 1.0,
    "organizations": 1.0,
    "org_type": 1.0,
    "emails": 1.0,
    "phones": 1.0,
    "money": 1.0,
    "percent": 1.0,
    "count": 1.0,
    "interventions_named": 0.933,
    # "elevhälsoteam", a measure by its form, and "samverkansöverenskommelser", a measure the
    # local gold names, are not in the seeds gold
    "interventions_all": 0.895,
    "quotes_found": 1.0,
    "quote_speaker": 1.0,
    "published": 1.0,
}


def test_seed_floors(seed_records: dict) -> None:
    require_shared()
    records = [r.model_dump() for r in seed_records.values()]
    scores = ev.evaluate(records, goldsets.load_dir(GOLD))
    assert set(scores) >= set(ev.FIELDS) - {"metrics"}
    low = {
        f: round(scores[f].f1, 3)
        for f, floor in SEED_FLOORS.items()
        if round(scores[f].f1, 3) < floor
    }
    assert not low, f"F1 below the floor: {low}"


def test_cli_prints_table_and_json(seed_records: dict, tmp_path, capsys) -> None:
    require_shared()
    import json

    path = tmp_path / "records.jsonl"
    path.write_text("".join(r.model_dump_json() + "\n" for r in seed_records.values()))
    assert main(["evaluate", "--gold", str(GOLD), str(path)]) == 0
    table = capsys.readouterr().out
    assert table.splitlines()[0].split() == ["field", "P", "R", "F1", "tp", "fp", "fn"]
    assert main(["evaluate", "--gold", str(GOLD), "--json", str(path)]) == 0
    data = json.loads(capsys.readouterr().out)[str(GOLD)]
    assert data["emails"]["f1"] == 1.0 and data["emails"]["tp"] == 7
    # two sets: one F1 column each, the seeds named as a set
    assert main(["evaluate", "--gold", str(GOLD), "--gold", "seeds", str(path)]) == 0
    header, *rows = capsys.readouterr().out.splitlines()
    assert header.split() == ["field", str(GOLD), "seeds"]
    assert rows[0].split() == ["people", "1.000", "1.000"]


def test_cli_user_errors_are_one_line(tmp_path, capsys) -> None:
    require_shared()
    assert main(["evaluate", "--gold", "no-such-set", str(tmp_path / "r.jsonl")]) == 2
    assert "no such gold directory: no-such-set" in capsys.readouterr().err
    bad = tmp_path / "gold"
    bad.mkdir()
    (bad / "x.json").write_text("{not json")
    (tmp_path / "r.jsonl").write_text("")
    assert main(["evaluate", "--gold", str(bad), str(tmp_path / "r.jsonl")]) == 2
    assert f"{bad / 'x.json'}: not a readable gold file" in capsys.readouterr().err


def test_second_annotation_scored_as_a_record() -> None:
    """A gold file turned into a record scores 1.0 against itself on every field it has."""
    require_shared()
    gold = goldsets.load_dir(GOLD)
    stem = "000_8481c9b421572bc2"
    text = (GOLD.parent / "seeds" / f"{stem}.txt").read_text(encoding="utf-8")
    record = goldsets.gold_as_record(gold[stem], text) | {"source": {"path": f"{stem}.txt"}}
    scores = ev.evaluate([record], {stem: gold[stem]})
    assert {f: c.f1 for f, c in scores.items() if c.tp + c.fn} == {
        f: 1.0 for f, c in scores.items() if c.tp + c.fn
    }
    assert scores["quotes_found"].tp == len(gold[stem]["quotes"]) > 0
