"""evaluate --interval: F1's bootstrap interval over documents."""

from __future__ import annotations

import json

from conftest import require_shared

from pipeline.cli import main
from pipeline.tools.bootstrap import f1_intervals
from pipeline.tools.evaluate import total
from pipeline.tools.matching import Counts, Scores

GOLD = "../shared/gold"


def docs(*counts: tuple[int, int, int]) -> list[Scores]:
    return [{"roles": Counts(*c)} for c in counts]


def test_documents_that_all_score_alike_leave_no_room():
    low, high = f1_intervals(docs(*[(3, 1, 0)] * 20))["roles"]
    assert low == high == total(docs((3, 1, 0)))["roles"].f1


def test_the_interval_holds_the_sets_f1_and_is_reproducible():
    documents = docs(*[(4, 0, 0)] * 10, *[(0, 1, 3)] * 10)
    f1 = total(documents)["roles"].f1
    low, high = f1_intervals(documents)["roles"]
    assert low < f1 < high
    assert f1_intervals(documents) == f1_intervals(documents)  # a fixed seed


def test_fewer_documents_give_a_wider_interval():
    mixed = [(4, 0, 0), (0, 1, 3)]
    narrow = f1_intervals(docs(*mixed * 40))["roles"]
    wide = f1_intervals(docs(*mixed * 4))["roles"]
    assert wide[1] - wide[0] > narrow[1] - narrow[0]


def test_a_draw_without_the_field_is_left_out():
    # one document in ten has the field: a draw without it must not count as F1 0
    documents = docs((2, 0, 0), *[(0, 0, 0)] * 9)
    assert f1_intervals(documents)["roles"] == (1.0, 1.0)


def test_cli_prints_intervals_as_table_and_json(seed_records: dict, tmp_path, capsys):
    require_shared()
    path = tmp_path / "records.jsonl"
    path.write_text("".join(r.model_dump_json() + "\n" for r in seed_records.values()))
    assert main(["evaluate", "--gold", GOLD, "--interval", str(path)]) == 0
    rows = dict(line.split(None, 1) for line in capsys.readouterr().out.splitlines()[1:])
    assert rows["people"] == "1.000 [1.000, 1.000]"
    assert main(["evaluate", "--gold", GOLD, "--interval", "--json", str(path)]) == 0
    emails = json.loads(capsys.readouterr().out)[GOLD]["emails"]
    assert emails["f1_low"] == emails["f1_high"] == emails["f1"] == 1.0
