"""The README is true: its sample record is what the pipeline makes of its sample text,
its set-up commands are what CI runs, and its shell snippets run as shown."""

from __future__ import annotations

import json
import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest
from conftest import ROOT

from pipeline.cli import main
from pipeline.record.schema import Record
from pipeline.tools.report.stats import interventions_by_municipality

README = (ROOT / "README.md").read_text(encoding="utf-8")


def _block(marker: str, lang: str) -> str:
    found = re.search(rf"<!-- {marker} -->\n```{lang}\n(.*?)```", README, re.S)
    assert found, f"README.md has no {marker} block"
    return found.group(1)


def test_sample_record_validates_and_comes_from_a_real_run(nlp) -> None:
    from pipeline.run.process import extract

    shown = json.loads(_block("sample record", "json"))
    Record.model_validate(shown)  # the schema's own check, offsets into the text included
    made = extract(_block("sample text", "text"), nlp).model_dump(mode="json")
    for record in (shown, made):
        record.pop("produced_by")  # changes with every rule edit; the rest must not drift
    assert shown == made, "README sample is stale: run python scripts/readme_record.py"


def _section(title: str) -> str:
    found = re.search(rf"^## {re.escape(title)}\n(.*?)(?=^## )", README, re.S | re.M)
    assert found, f"README.md has no section {title!r}"
    return found.group(1)


def _shell_lines(title: str) -> list[str]:
    """The indented (command) lines of a README section, as written."""
    return [line[4:] for line in _section(title).splitlines() if line.startswith("    ")]


def _pipeline_argv(title: str) -> list[list[str]]:
    """The section's `.venv/bin/python -m pipeline ...` commands as arguments of main()."""
    commands = [shlex.split(line, comments=True) for line in _shell_lines(title)]
    assert all(c[:3] == [".venv/bin/python", "-m", "pipeline"] for c in commands)
    return [c[3:] for c in commands]


def test_the_set_up_commands_are_what_ci_runs() -> None:
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8").replace(" install -q ", " install ")
    commands = _shell_lines("Set-up on a fresh machine")
    assert len(commands) == 2  # install and run; the tests
    for command in commands:
        assert command in ci.splitlines(), f"CI no longer runs the README's {command!r}"


def test_report_and_export_snippets_run_as_shown(nlp, tmp_path, monkeypatch) -> None:
    (tmp_path / "seeds").symlink_to(ROOT / "seeds")
    monkeypatch.chdir(tmp_path)
    commands = _pipeline_argv("Report") + _pipeline_argv("Export")
    assert [c[0] for c in commands] == ["run", "report", "export", "export"]
    for argv in commands:
        assert main(argv) == 0, f"README command failed: {shlex.join(argv)}"
    (index,) = re.findall(r"# -> (\S+)", _section("Report"))
    assert Path(index).is_file()
    # the tables the README names, in both targets, and its query over them
    named = set(re.findall(r"`(\w+)`", _section("Export").split("keyed by")[0]))
    records = [json.loads(line) for line in Path("output/records.jsonl").read_text().splitlines()]
    core = named - {"metrics"}  # "and `metrics` when records have them"
    assert core <= {p.stem for p in Path("output/parquet").glob("*.parquet")} <= named
    query = re.search(r"```sql\n(.*?)```", _section("Export"), re.S)
    assert query
    with duckdb.connect("output/press.duckdb", read_only=True) as con:
        assert core <= {t for (t,) in con.execute("SHOW TABLES").fetchall()} <= named
        rows = con.sql(query.group(1)).fetchall()
    expected = {
        (m, i, n) for m, c in interventions_by_municipality(records).items() for i, n in c.items()
    }
    assert rows and set(rows) == expected


def test_a_built_pipeline_loads_with_plain_spacy(nlp, tmp_path) -> None:
    # "`pressx build -o DIR`, then `spacy.load(DIR)`": the components come from entry points
    assert main(["build", "-o", str(tmp_path / "p")]) == 0
    code = f"import spacy; print(spacy.load({str(tmp_path / 'p')!r}).pipe_names)"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert "press_people" in done.stdout and "ner" in done.stdout


def test_the_dask_snippet_runs_as_a_script(tmp_path) -> None:
    # a local cluster's worker processes import the script: it needs its __main__ guard
    pytest.importorskip("dask.distributed")
    snippet = re.search(r"### Scale-out on Dask\n.*?```python\n(.*?)```", README, re.S)
    assert snippet and 'Client("tcp://scheduler:8786")' in snippet.group(1)
    local = "Client(n_workers=1, threads_per_worker=1, dashboard_address=None)"
    script = snippet.group(1).replace('Client("tcp://scheduler:8786")', local)
    last = script.rstrip().splitlines()[-1]
    indent = last[: len(last) - len(last.lstrip())]  # print where the snippet ends
    script += f"{indent}print(len(records), len(outcomes))\n"
    (tmp_path / "snippet.py").write_text(script, encoding="utf-8")
    lines = [{"id": "a", "text": "Malmö stad satsar 3 miljoner kronor."}, {"id": "b", "text": ""}]
    (tmp_path / "corpus.jsonl").write_text("".join(json.dumps(x) + "\n" for x in lines))
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, "snippet.py"], cwd=tmp_path, env=env, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.split() == ["1", "2"]
