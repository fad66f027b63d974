"""The Python API for batches (issue 18): extract() reads HTML and metadata as `run` reads
a JSONL line; extract_many() gives one outcome per input, in order."""

from __future__ import annotations

import contextlib
import io
import re

import pytest
from conftest import ROOT

from pipeline import ErrorRecord, Record, extract, extract_many

PAGE = """<!doctype html><html><head><title>Tyresö kommun</title>
<script>var tracking = "26 december";</script></head><body>
<h1>Ny förskola i Tyresö</h1>
<p>Tyresö kommun öppnar förskolan Solrosen den 26 november.</p>
<p>– Fler barn får plats nära hemmet, säger Anna Berg (S), ordförande i barn- och
utbildningsnämnden.</p>
<p>Kontakt: Anna Berg, 08-578 291 00, anna.berg@tyreso.se</p>
</body></html>"""


def test_extract_strips_html_and_dates_the_release_from_its_metadata(nlp) -> None:
    record = extract(PAGE, {"published": "2024-11-20", "id": "tyreso-17", "kind": "news"})
    assert "<" not in record.text and "tracking" not in record.text
    assert record.title == "Ny förskola i Tyresö"
    assert record.published == "2024-11-20"
    assert [d.value for d in record.dates] == ["2024-11-26"]  # the year from `published`
    # the given metadata, and what the page says of itself where the input is silent
    assert record.metadata == {
        "published": "2024-11-20",
        "id": "tyreso-17",
        "kind": "news",
        "title": "Ny förskola i Tyresö",
    }
    assert record.people[0].phones == ["+46857829100"]
    assert [d.value for d in extract(PAGE).dates] == []  # no year without the metadata


def test_extract_many_gives_one_outcome_per_input_in_order(nlp) -> None:
    inputs = [
        "Malmö stad satsar 3 miljoner kronor på läxhjälp.",
        "",
        {"text": PAGE, "published": "2024-11-20"},
        {"text": "   \n"},
        {"id": "no-text"},
        b"bytes are no text",
        "Region Skåne bygger ut kollektivtrafiken.",
    ]
    outcomes = list(extract_many(inputs))  # bytes on purpose: an error, not an exception
    kinds = "".join("R" if isinstance(o, Record) else "E" for o in outcomes)
    assert kinds == "REREEER"
    errors = [o for o in outcomes if isinstance(o, ErrorRecord)]
    assert [e.error for e in errors] == ["empty", "empty", "missing_text", "missing_text"]
    first, page, last = (o for o in outcomes if isinstance(o, Record))
    assert first.amounts[0].value == 3_000_000 and first.amounts[0].unit == "SEK"
    assert [d.value for d in page.dates] == ["2024-11-26"]
    assert last.organizations[0].name == "Region Skåne"
    # the same input is the same record as extract() makes of it, doc_id included
    assert first == extract("Malmö stad satsar 3 miljoner kronor på läxhjälp.")
    assert page == extract(PAGE, {"published": "2024-11-20"})


def test_extract_many_with_workers_gives_the_same_outcomes(nlp) -> None:
    inputs = ["Malmö stad satsar 3 miljoner kronor på läxhjälp.", "", PAGE] * 3
    one = [o.model_dump() for o in extract_many(inputs)]
    two = [o.model_dump() for o in extract_many(inputs, n_process=2, batch_size=2)]
    assert one == two and len(two) == len(inputs)


def test_api_errors_are_worded_for_what_the_caller_gave(nlp) -> None:
    # a string has no `text` field and no input has a line: the messages say so
    with pytest.raises(ValueError, match=r"^empty: the text is empty$"):
        extract("  \n")
    inputs = ["", {"text": ""}, "ord " * 30, {"text": "ord " * 30}]
    messages = [o.message for o in extract_many(inputs, max_bytes=100)]
    assert messages == [
        "the text is empty",
        "the `text` field is empty",
        "the text exceeds max_bytes=100",
        "the input (as a JSON line) exceeds max_bytes=100",
    ]


def test_readme_python_api_snippet_prints_what_the_readme_says(nlp) -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    code = re.search(r"<!-- python api -->\n```python\n(.*?)```", readme, re.S)
    shown = re.search(r"<!-- python api output -->\n```text\n(.*?)```", readme, re.S)
    assert code and shown, "README.md has no Python API snippet"
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):
        exec(compile(code.group(1), "README.md", "exec"), {})
    assert printed.getvalue() == shown.group(1)
