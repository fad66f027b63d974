"""Rule data: every file declared, checked once at load, a user's directory merged in."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT

from pipeline.language import nlp as nlp_module
from pipeline.language import resources, rule_data
from pipeline.language.resources import RULES_DIR, read_table
from pipeline.language.rule_data import RULE_FILES, RuleDataError, load
from pipeline.record import versions

KULTURKOMPIS = (
    "Nu startar Kulturkompis i Ale kommun.\n\n"
    "Kulturkompis ger unga en vuxen att gå på teater och konserter med.\n"
)


@pytest.fixture
def rules_copy(tmp_path: Path) -> Path:
    copy = tmp_path / "rules"
    shutil.copytree(RULES_DIR, copy)
    return copy


def _replace_line(path: Path, old: str, new: str) -> int:
    """Replace the line `old` by `new`; return its line number."""
    lines = path.read_text(encoding="utf-8").split("\n")
    number = lines.index(old)
    lines[number] = new
    path.write_text("\n".join(lines), encoding="utf-8")
    return number + 1


def test_every_shipped_rule_file_is_declared_and_every_declared_one_ships():
    shipped = {str(p.relative_to(RULES_DIR)) for p in RULES_DIR.rglob("*") if p.is_file()}
    assert shipped == set(RULE_FILES)


def test_the_shipped_rules_load_as_declared():
    data = load(RULES_DIR)
    assert set(data.lines) | set(data.tables) == set(RULE_FILES)
    assert "Socialstyrelsen" in {row["name"] for row in data.tables["organizations.tsv"]}


def test_a_missing_optional_cell_reads_as_empty_text():
    komet = next(r for r in read_table("interventions.tsv") if r["name"] == "Komet")
    assert komet == {"name": "Komet", "named": "true", "aliases": ""}


def test_a_bad_org_type_fails_at_load_naming_file_line_and_column(rules_copy):
    path = rules_copy / "organizations.tsv"
    number = _replace_line(path, "Socialstyrelsen\tagency", "Socialstyrelsen\tagncy")
    with pytest.raises(RuleDataError) as error:
        load(rules_copy)
    message = str(error.value)
    assert f"{path}, line {number}, column 'type': 'agncy' is not one of" in message
    assert "municipality" in message  # the allowed values, from the schema's OrgType


def test_a_row_with_more_cells_than_the_header_fails(rules_copy):
    path = rules_copy / "month_names.tsv"
    number = _replace_line(path, "januari\t1", "januari\t1\textra")
    with pytest.raises(RuleDataError, match=f"line {number}: 3 fields, the header has 2"):
        load(rules_copy)


def test_a_header_without_a_declared_column_fails(rules_copy):
    _replace_line(rules_copy / "multipliers.tsv", "word\tfactor\tmoney", "word\tfactor")
    with pytest.raises(RuleDataError, match="multipliers.tsv, line .*expected the columns"):
        load(rules_copy)


def test_a_bad_regular_expression_in_a_pattern_list_fails(rules_copy):
    with (rules_copy / "boilerplate.txt").open("a", encoding="utf-8") as handle:
        handle.write("\nre:Dela (på\n")
    with pytest.raises(RuleDataError, match=r"boilerplate.txt, line \d+: bad regular expression"):
        load(rules_copy)


def test_a_users_files_extend_the_shipped_ones(tmp_path):
    (tmp_path / "interventions.tsv").write_text(
        "# my programmes\nname\tnamed\taliases\nKulturkompis\ttrue\tKK\n", encoding="utf-8"
    )
    (tmp_path / "speech_verbs.txt").write_text("kvittrar\n", encoding="utf-8")
    shipped, merged = load(RULES_DIR), load(RULES_DIR, tmp_path)
    rows = merged.tables["interventions.tsv"]
    assert rows[: len(shipped.tables["interventions.tsv"])] == shipped.tables["interventions.tsv"]
    assert rows[-1] == {"name": "Kulturkompis", "named": "true", "aliases": "KK"}
    assert merged.lines["speech_verbs.txt"] == (*shipped.lines["speech_verbs.txt"], "kvittrar")


def test_a_users_file_is_checked_like_a_shipped_one(tmp_path):
    (tmp_path / "interventions.tsv").write_text("name\tnamed\nKulturkompis\tja\n", encoding="utf-8")
    with pytest.raises(RuleDataError, match="line 2, column 'named': 'ja' is not one of"):
        load(RULES_DIR, tmp_path)


def test_a_user_file_of_unknown_name_is_refused(tmp_path):
    (tmp_path / "intervention.tsv").write_text("name\tnamed\nX\ttrue\n", encoding="utf-8")
    with pytest.raises(RuleDataError, match="unknown rule file.*intervention.tsv"):
        load(RULES_DIR, tmp_path)


def test_the_rule_data_is_part_of_the_build_fingerprint(monkeypatch):
    before = nlp_module.fingerprint()
    monkeypatch.setattr(nlp_module, "rules_fingerprint", lambda: "edited")
    assert nlp_module.fingerprint() != before


def test_records_made_with_a_users_rules_say_so(monkeypatch, tmp_path):
    monkeypatch.setattr(rule_data, "_user_dir", tmp_path)
    (tmp_path / "titles.txt").write_text("kulturombud\n", encoding="utf-8")
    rules = versions.produced_by()["rules"]
    assert rules == f"{versions.rules_fingerprint()}+{versions.rules_fingerprint(tmp_path)}"


def _run(tmp_path: Path, *options: str) -> subprocess.CompletedProcess[str]:
    release = tmp_path / "release.txt"
    release.write_text(KULTURKOMPIS, encoding="utf-8")
    out = tmp_path / f"out{len(list(tmp_path.glob('out*')))}"
    command = [sys.executable, "-m", "pipeline", "run", str(release), "-o", str(out), *options]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)


def _interventions(tmp_path: Path, result: subprocess.CompletedProcess[str]) -> list[str]:
    assert result.returncode == 0, result.stderr
    out = sorted(tmp_path.glob("out*"))[-1]
    record = json.loads((out / "records.jsonl").read_text(encoding="utf-8"))
    return [i["name"] for i in record["interventions"]]


def test_run_with_a_users_rules_finds_their_programme(tmp_path):
    mine = tmp_path / "my_rules"
    mine.mkdir()
    (mine / "interventions.tsv").write_text("name\tnamed\nKulturkompis\ttrue\n", encoding="utf-8")
    assert "Kulturkompis" not in _interventions(tmp_path, _run(tmp_path))
    assert "Kulturkompis" in _interventions(tmp_path, _run(tmp_path, "--rules", str(mine)))


def test_run_with_a_bad_users_rule_file_does_not_start(tmp_path):
    mine = tmp_path / "my_rules"
    mine.mkdir()
    (mine / "organizations.tsv").write_text("name\ttype\nKulturhuset\thus\n", encoding="utf-8")
    result = _run(tmp_path, "--rules", str(mine))
    assert result.returncode == 2
    assert f"{mine / 'organizations.tsv'}, line 2, column 'type': 'hus' is not one of" in (
        result.stderr
    )


def test_an_undeclared_rule_file_is_named_as_such():
    with pytest.raises(ValueError, match="not declared"):
        resources.read_lines("no_such_rules.txt")
