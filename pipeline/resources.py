"""Rule data shipped under models/: loaded once per process, never from the network."""

from __future__ import annotations

import csv
import os
from functools import cache
from pathlib import Path

REPO_DIR = Path(__file__).resolve().parent.parent
# The read-only shared data beside the checkout: gold files and corpora (training, benches).
SHARED_DIR = Path(os.environ.get("PRESSX_SHARED", REPO_DIR.parent / "shared"))
MODELS_DIR = Path(
    os.environ.get("PIPELINE_MODELS", Path(__file__).resolve().parent.parent / "models")
)
RULES_DIR = MODELS_DIR / "rules"
PIPELINE_DIR = MODELS_DIR / "pipeline"


def rule_path(name: str) -> Path:
    return RULES_DIR / name


@cache
def read_lines(name: str) -> tuple[str, ...]:
    """Non-empty, non-comment lines of a rule list."""
    text = rule_path(name).read_text(encoding="utf-8")
    lines = (line.strip() for line in text.splitlines())
    return tuple(line for line in lines if line and not line.startswith("#"))


@cache
def read_table(name: str) -> tuple[dict[str, str], ...]:
    """A TSV rule table with a header row; '#' lines are comments."""
    with rule_path(name).open(encoding="utf-8", newline="") as handle:
        rows = (line for line in handle if line.strip() and not line.startswith("#"))
        return tuple(dict(row) for row in csv.DictReader(rows, delimiter="\t"))
