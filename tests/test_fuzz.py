"""Pathological documents (bench/fuzz_corpus.py): each becomes a record or a timeout
through the command line, one worker or two, and the stages that were quadratic on them
are linear."""

from __future__ import annotations

import json
import random
import subprocess
import sys
from pathlib import Path

import pytest
import regex

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from fuzz_corpus import cases, fill  # noqa: E402

from pipeline.input.clean import MAX_RUN, clean, strip_links  # noqa: E402

SELECTION = [
    "run-dollar",
    "run-percent",
    "run-paren",
    "spaced-guillemet-open",
    "genitive",
    "capitalised",
    "email-like",
    "digits",
    "markup-a",
    "markup-bold",
    "markup-link",
    "contact-blocks",
    "release-repeated",
]


@pytest.mark.parametrize("workers", [1, 2])
def test_fuzz_documents_through_the_command_line(tmp_path, workers):
    corpus = tmp_path / "fuzz.jsonl"
    chosen = [(n, t) for n, t in cases(3000) if n in SELECTION]
    corpus.write_text(
        "".join(json.dumps({"id": n, "text": t}) + "\n" for n, t in chosen), encoding="utf-8"
    )
    out = tmp_path / "out"
    command = [sys.executable, "-m", "pipeline", "run", str(corpus), "-o", str(out)]
    command += ["--workers", str(workers), "--timeout", "5", "-q"]
    subprocess.run(command, cwd=ROOT, timeout=600, check=False)
    records = [json.loads(line) for line in (out / "records.jsonl").open(encoding="utf-8")]
    errors = [json.loads(line) for line in (out / "errors.jsonl").open(encoding="utf-8")]
    assert len(records) + len(errors) == len(chosen)
    assert all(e["error"] == "timeout" for e in errors)
    shortened = {r["metadata"]["id"] for r in records if "shortened" in " ".join(r["warnings"])}
    timed_out = {chosen[e["source"]["line"] - 1][0] for e in errors}  # lines count from 1
    assert {"run-dollar", "run-percent", "run-paren"} - timed_out <= shortened


def test_runs_of_one_symbol_are_shortened_with_a_warning():
    cleaned = clean("Pris: " + "$" * 100_000 + " kronor")
    assert cleaned.text == "Pris: " + "$" * MAX_RUN + " kronor"
    assert any("shortened 1 run" in w for w in cleaned.warnings)
    assert clean("Rubrik\n" + "_" * MAX_RUN).warnings == []


def test_links_stripped_as_the_regex_did():
    old = regex.compile(r"!?\[([^\]\n]*)\]\([^)\n]*\)")
    rng = random.Random(7)
    for _ in range(5000):
        text = "".join(rng.choice("[]()!a\n ") for _ in range(rng.randint(0, 40)))
        assert strip_links(text) == old.sub(r"\1", text), text
    assert strip_links('Se [sidan](https://x.se/a_(b) "t") nu') == 'Se sidan "t") nu'


def test_repeated_markup_is_cleaned_in_linear_time():
    # quadratic before: each mark scanned the rest of the line (a 100 KB line: minutes)
    for unit in ("[a](", "**a ", "__a ", "[[[["):
        text = fill(unit, 200_000)
        assert len(clean(text).text) > 0
