"""The costs that were left inside the rule components on the fuzz corpus
(bench/fuzz_corpus.py), fixed at their cause: a cap on amounts per document that says so on
the record, a bounded search for a sentence's end, and overlap checks by bisect (each
checked against the scan it replaced, kept here as the reference)."""

from __future__ import annotations

import json
import random
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from fuzz_corpus import cases, fill  # noqa: E402

from pipeline.components import (  # noqa: E402
    amounts,
    organizations,
    role_end,
)
from pipeline.components.organizations import OrgHit  # noqa: E402
from pipeline.language.caps import cap  # noqa: E402
from pipeline.run.process import extract  # noqa: E402


def _case(name: str, size: int) -> str:
    return dict(cases(size))[name]


def test_amounts_past_the_cap_are_cut_with_a_warning_on_the_record():
    # "12 34 56 " to 10 KB: 3,334 numbers, each a count; no release has over 128 numbers
    record = extract(_case("digits", 10_000))
    limit = cap("amounts")
    assert limit == 500
    assert len(record.amounts) == limit
    warning = next(w for w in record.warnings if w.startswith("amounts:"))
    assert warning == (
        "amounts: over 500 found, first 500 kept; "
        "the 2,834 numbers from character 1,500 on not read"
    )
    assert record.amounts[-1].span.end <= 1500


def test_a_release_under_the_cap_keeps_every_amount_and_no_warning():
    text = "Kommunen satsar 40 miljoner kronor på 12 nya förskolor. " * 3
    record = extract(text)
    assert len(record.amounts) == 6
    assert not [w for w in record.warnings if w.startswith("amounts:")]


def test_the_cap_can_be_raised_by_a_users_rules(tmp_path):
    rules = tmp_path / "rules"
    rules.mkdir()
    (rules / "caps.tsv").write_text("component\tmax\namounts\t4000\n", encoding="utf-8")
    corpus = tmp_path / "digits.jsonl"
    corpus.write_text(json.dumps({"text": _case("digits", 10_000)}) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    command = [sys.executable, "-m", "pipeline", "run", str(corpus), "-o", str(out), "-q"]
    subprocess.run([*command, "--rules", str(rules)], cwd=ROOT, timeout=600, check=True)
    (record,) = [json.loads(line) for line in (out / "records.jsonl").open(encoding="utf-8")]
    assert len(record["amounts"]) == 3334
    assert not [w for w in record["warnings"] if w.startswith("amounts:")]


def test_the_search_for_a_sentence_end_stops_after_the_longest_sentence():
    # "Anna Berg (S) " repeated has no sentence end: each name's apposition scanned the
    # whole rest of the text, quadratic in the party marks
    text = _case("party-marks", 100_000)
    assert role_end.sentence_end(text, 0) == role_end.MAX_SENTENCE
    assert role_end.sentence_end(text, len(text) - 10) == len(text)
    assert role_end.sentence_end("Hon säger det. Sedan går hon.", 0) == len("Hon säger det")


def test_people_on_party_marks_keep_their_party():
    record = extract(_case("party-marks", 3_000))
    assert record.people and all(p.party == "S" for p in record.people)


def _masked_by_scan(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(s < end and start < e for s, e in spans)  # the check before: a scan per number


def test_masked_spans_by_bisect_agree_with_the_scan():
    rng = random.Random(19)
    for _ in range(300):
        spans = []
        for _ in range(rng.randint(0, 12)):
            s = rng.randint(0, 60)
            spans.append((s, s + rng.randint(1, 15)))
        masked = amounts._Masked(spans)
        for _ in range(40):
            start = rng.randint(0, 70)
            end = start + rng.randint(1, 8)
            assert masked.overlaps(start, end) == _masked_by_scan(spans, start, end)


def test_amounts_among_many_phone_numbers_are_those_the_scan_found():
    text = _case("phone-like", 3_000) + " Kommunen satsar 40 miljoner kronor."
    found = amounts.find_amounts(text)
    assert [(f.kind, f.value, f.unit) for f in found] == [("money", 40_000_000, "SEK")]


def _resolved_by_scan(hits: list[OrgHit]) -> list[OrgHit]:
    """_resolve_overlaps as it was: each hit compared with every hit kept."""
    kept: list[OrgHit] = []
    for hit in sorted(hits, key=lambda h: (-(h.end - h.start), -h.score, h.start)):
        if not [k for k in kept if k.start < hit.end and hit.start < k.end]:
            kept.append(hit)
    return sorted(kept, key=lambda h: h.start)


def test_organization_overlaps_by_bisect_agree_with_the_scan():
    rng = random.Random(19)
    for _ in range(300):
        hits = []
        for i in range(rng.randint(0, 15)):
            s = rng.randint(0, 80)
            e = s + rng.randint(1, 20)
            hits.append(OrgHit(s, e, f"Org {i}", "agency", rng.choice([0.5, 0.9]), "t"))
        assert organizations._resolve_overlaps(hits) == _resolved_by_scan(hits)


def test_organizations_in_a_long_run_of_titles_are_found_once_each():
    text = fill("ordförande i socialnämnden ", 5_000)
    record = extract(text)
    starts = [m.start for o in record.organizations for m in o.mentions]
    assert len(starts) == len(set(starts))
