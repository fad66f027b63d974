"""The rooms of the house stay small and keep to their doors: no module of the package
grows past 400 lines, and a tool module uses only the public names of the modules it
imports."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from conftest import ROOT

from pipeline.language import span_groups
from pipeline.resolve import attrs
from pipeline.tools.export_columns import PROVENANCE_COLUMNS, tables

PACKAGE = ROOT / "pipeline"
MAX_LINES = 400


def _modules(*parts: str) -> list[Path]:
    return sorted(p for part in parts for p in (PACKAGE / part).rglob("*.py"))


def test_no_module_is_over_400_lines() -> None:
    modules = _modules(".")
    sizes = {
        str(p.relative_to(ROOT)): len(p.read_text(encoding="utf-8").splitlines()) for p in modules
    }
    assert {path: n for path, n in sizes.items() if n > MAX_LINES} == {}


def _private_uses(path: Path) -> list[str]:
    """`module._name` where `module` is a module this file imports (`from . import x`)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    modules = {
        alias.asname or alias.name
        for node in ast.walk(tree)
        if isinstance(node, ast.ImportFrom) and node.module is None
        for alias in node.names
    }
    return [
        f"{path.name}:{node.lineno} {node.value.id}.{node.attr}"
        for node in ast.walk(tree)
        if isinstance(node, ast.Attribute)
        and isinstance(node.value, ast.Name)
        and node.value.id in modules
        and node.attr.startswith("_")
        and not node.attr.startswith("__")
    ]


def test_tool_modules_use_only_public_names_of_each_other() -> None:
    found = [use for path in _modules("tools") for use in _private_uses(path)]
    assert found == []


def test_every_kind_table_ends_with_its_provenance() -> None:
    for name, (columns, _) in tables().items():
        if name not in ("documents", "person_roles"):
            names = [c for c, _ in columns]
            at = names.index("confidence")
            assert columns[at : at + 3] == PROVENANCE_COLUMNS, name


def test_an_undeclared_group_or_resolved_list_is_refused_by_name() -> None:
    assert span_groups.attr("quotes") == "doc._.quotes"
    assert attrs.attr("resolved_quotes") == "doc._.resolved_quotes"
    with pytest.raises(ValueError, match="unknown span group 'quote'"):
        span_groups.attr("quote")
    with pytest.raises(ValueError, match="unknown resolved attribute 'resolved_quote'"):
        attrs.attr("resolved_quote")


def test_the_resolution_steps_from_earlier_lists_declare_what_they_read(nlp) -> None:
    people = nlp.get_pipe_meta("press_resolve_people")
    speakers = nlp.get_pipe_meta("press_quote_speakers")
    assert people.assigns == ["doc._.resolved_people"]
    assert people.requires == ["doc._.people", "doc._.resolved_organizations"]
    assert speakers.assigns == ["doc._.resolved_quotes"]
    assert speakers.requires == ["doc._.quotes", "doc._.resolved_people"]
