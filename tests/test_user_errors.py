"""Issue 18: a user's mistake is one line on stderr and exit status 2, never a traceback
(a missing records file for `report` or `export`, `train` without its extra)."""

from __future__ import annotations

import sys

import pytest

from pipeline.cli import main


@pytest.mark.parametrize("name", ["report", "export"])
def test_a_missing_records_file_is_one_line_and_exit_2(name, tmp_path, capsys) -> None:
    missing = tmp_path / "no-such-records.jsonl"
    target = {
        "report": ["-o", str(tmp_path / "report")],
        "export": ["--to", f"duckdb:{tmp_path}/x"],
    }
    assert main([name, str(missing), *target[name]]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"pressx {name}: ") and str(missing) in err
    assert len(err.splitlines()) == 1
    assert list(tmp_path.iterdir()) == []


def test_train_without_its_extra_says_how_to_install_it(tmp_path, monkeypatch, capsys) -> None:
    monkeypatch.setitem(sys.modules, "floret", None)  # as if the extra were not installed
    argv = ["train", "--work-dir", str(tmp_path / "work"), "--corpora", str(tmp_path)]
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert len(err.splitlines()) == 1 and "pip install 'pressx[train]'" in err
    assert not (tmp_path / "work").exists()  # refused before any work
