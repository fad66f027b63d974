"""The README's sample record is what the pipeline makes of the README's sample text."""

from __future__ import annotations

import json
import re

from conftest import ROOT

from pipeline.schema import Record


def _block(marker: str, lang: str) -> str:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    found = re.search(rf"<!-- {marker} -->\n```{lang}\n(.*?)```", text, re.S)
    assert found, f"README.md has no {marker} block"
    return found.group(1)


def test_sample_record_validates_and_comes_from_a_real_run(nlp) -> None:
    from pipeline.process import extract

    shown = json.loads(_block("sample record", "json"))
    Record.model_validate(shown)  # the schema's own check, offsets into the text included
    made = extract(_block("sample text", "text"), nlp).model_dump(mode="json")
    for record in (shown, made):
        record.pop("produced_by")  # changes with every rule edit; the rest must not drift
    assert shown == made, "README sample is stale: run python scripts/readme_record.py"
