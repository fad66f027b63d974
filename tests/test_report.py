"""The HTML report: escaped text, well-formed overlapping highlights, aggregates, pages."""

from __future__ import annotations

import json
from html.parser import HTMLParser
from pathlib import Path

from report_sample import PAYLOAD_IMG, PAYLOAD_SCRIPT, TEXT, sample_record

from pipeline.cli import main
from pipeline.tools.report import build_report
from pipeline.tools.report.amount_roles import amount_roles
from pipeline.tools.report.highlight import highlight, marks
from pipeline.tools.report.pages import document_page, index_page, page_name
from pipeline.tools.report.stats import (
    interventions_by_municipality,
    money_by_publisher_year,
    publisher,
)

VOID = {"meta", "br", "img", "input", "link", "hr"}


class TagChecker(HTMLParser):
    """Records every start tag and fails on a close tag that does not match the open one."""

    def __init__(self) -> None:
        super().__init__()
        self.stack: list[str] = []
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.scripts: list[str] = []
        self.data: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        if tag not in VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        assert self.stack and self.stack[-1] == tag, f"</{tag}> closes {self.stack[-1:]}"
        self.stack.pop()

    def handle_data(self, data: str) -> None:
        if self.stack and self.stack[-1] == "script":
            self.scripts.append(data)
        self.data.append(data)


def parse(page: str) -> TagChecker:
    checker = TagChecker()
    checker.feed(page)
    checker.close()
    assert checker.stack == [], f"unclosed: {checker.stack}"
    return checker


def test_document_page_escapes_release_text_and_nests_marks() -> None:
    page = document_page(sample_record())
    parsed = parse(page)
    # only the template's own script and no element carries an event handler
    assert len(parsed.scripts) == 1 and "pwned" not in parsed.scripts[0]
    assert not [t for t, _ in parsed.tags if t == "img"]
    assert not [a for _, attrs in parsed.tags for a in attrs if a.startswith("on")]
    assert PAYLOAD_SCRIPT not in page and PAYLOAD_IMG not in page
    # the payload is shown as text, whole
    assert PAYLOAD_SCRIPT in "".join(parsed.data)
    assert "<b>bold</b>" not in page


def test_highlight_keeps_the_text_and_marks_every_span() -> None:
    record = sample_record()
    parsed = parse(str(highlight(record)))
    assert "".join(parsed.data) == TEXT
    kinds = {attrs["data-kind"] for tag, attrs in parsed.tags if tag == "mark"}
    assert kinds == {
        "person", "organization", "intervention", "email", "phone",
        "money", "percent", "count", "date", "quote", "metric",
    }  # fmt: skip
    money = next(a for t, a in parsed.tags if t == "mark" and a["data-kind"] == "money")
    assert money["title"] == (
        "money: 4\u202f500\u202f000 SEK · confidence 0.90 · found by press_amounts · rule"
    )


def test_crossing_spans_are_split_into_nested_pieces() -> None:
    text = "Huddinge kommun och Region Stockholm"
    record = {
        "text": text,
        "organizations": [
            {"id": "O1", "name": "Huddinge kommun", "type": "municipality",
             "mentions": [{"start": 0, "end": 15, "text": text[:15]}]},
            {"id": "O2", "name": "kommun och Region", "type": "other",
             "mentions": [{"start": 9, "end": 27, "text": text[9:27]}]},
        ],
        "quotes": [{"text": text, "span": {"start": 0, "end": len(text), "text": text}}],
        "amounts": [{"kind": "money", "value": 1, "span": {"start": 30, "end": 99, "text": "x"}}],
    }  # fmt: skip
    rendered = str(highlight(record))
    parsed = parse(rendered)
    assert "".join(parsed.data) == text
    # the quote wraps every piece; "kommun" sits inside both organizations
    assert rendered.count('data-kind="quote"') == 4
    assert (
        'data-kind="organization" title="organization: kommun och Region [other]">kommun<'
        in rendered
    )
    # a span reaching past the text is dropped, not rendered broken
    assert len(marks(record)) == 3


def test_page_names_come_from_doc_id_only() -> None:
    assert page_name(sample_record()) == "doc-00ff00ff00ff00ff.html"
    hostile = page_name(sample_record(doc_id="../../etc/passwd"))
    assert hostile.startswith("doc-") and "/" not in hostile and ".." not in hostile


def test_aggregates_municipality_interventions_and_money() -> None:
    records = [sample_record(), sample_record(doc_id="11", published="2023-01-02")]
    table = interventions_by_municipality(records)
    assert table["Nacka kommun"] == {"Föräldraskap i Sverige": 2, "föräldrastödsgrupper": 2}
    assert publisher(records[0]) == "Nacka kommun"
    assert [
        (r.year, r.currency, r.role, r.total, r.documents) for r in money_by_publisher_year(records)
    ] == [
        ("2023", "SEK", "other", 4500000.0, 1),
        ("2024", "SEK", "other", 4500000.0, 1),
    ]
    assert publisher({"organizations": [], "metadata": {"publisher": "Regeringen"}}) == "Regeringen"


def test_report_command_writes_index_and_pages(tmp_path: Path) -> None:
    records = tmp_path / "records.jsonl"
    records.write_text(
        json.dumps(sample_record())
        + "\n"
        + json.dumps(sample_record(doc_id="ab", warnings=[]))
        + "\n"
    )
    error = {"source": {"path": "x<script>.txt"}, "error": "empty", "message": "no text"}
    (tmp_path / "errors.jsonl").write_text(json.dumps(error) + "\n")
    assert main(["report", str(records), "-o", str(tmp_path / "report")]) == 0
    index = (tmp_path / "report" / "index.html").read_text()
    parsed = parse(index)
    links = [a["href"] for t, a in parsed.tags if t == "a" and a.get("href", "").startswith("doc-")]
    assert links == ["doc-00ff00ff00ff00ff.html", "doc-ab.html"]  # warnings first
    assert "x&lt;script&gt;.txt" in index and "Nacka kommun" in index
    for link in links:
        parse((tmp_path / "report" / link).read_text())
    assert build_report(records, tmp_path / "again").name == "index.html"


BUDGET = (
    "Budget för 2025\n\n"
    "Budgeten för 2025 omfattar totalt 14,7 miljarder kronor, varav 6,2 miljarder kronor till "
    "skolan och 3,1 miljarder kronor till äldreomsorgen. Skattesatsen blir 21,35 kronor. "
    "Årets resultat beräknas till ett underskott på 120 miljoner kronor."
)


def _money(text: str, written: str, value: float) -> dict:
    start = text.index(written)
    span = {"start": start, "end": start + len(written), "text": written}
    return {"kind": "money", "value": value, "unit": "SEK", "span": span}


def budget_record(**overrides: object) -> dict:
    amounts = [
        _money(BUDGET, "14,7 miljarder kronor", 14.7e9),
        _money(BUDGET, "6,2 miljarder kronor", 6.2e9),
        _money(BUDGET, "3,1 miljarder kronor", 3.1e9),
        _money(BUDGET, "21,35 kronor", 21.35),
        _money(BUDGET, "120 miljoner kronor", 1.2e8),
    ]
    record = {"doc_id": "bb", "text": BUDGET, "published": "2024-11-20", "amounts": amounts}
    return record | {"metadata": {"publisher": "Eskilstuna kommun"}} | overrides


def test_a_budget_total_is_never_added_to_its_parts_a_rate_or_a_deficit() -> None:
    record = budget_record()
    assert amount_roles(record) == ["total", "part", "part", "rate", "balance"]
    rows = {r.role: r for r in money_by_publisher_year([record])}
    assert rows["total"].total == 14.7e9
    assert rows["part"].total == 6.2e9 + 3.1e9
    assert rows["balance"].total == 1.2e8
    assert rows["rate"].total is None and rows["rate"].values == (21.35,)
    # the index says what each row adds up, and shows no sum of them all
    index = parse(index_page([record], [], "r.jsonl"))
    cells = "".join(index.data)
    assert "totals (totalt, sammanlagt" in cells and "parts of a total (varav" in cells
    assert "14\u202f700\u202f000\u202f000" in cells
    assert "24\u202f120\u202f000\u202f021,35" not in cells  # the old one-sum-of-all


def test_the_publisher_the_metadata_names_beats_one_guessed_from_the_text() -> None:
    record = sample_record(metadata={"publisher": "Nacka kommuns socialförvaltning"})
    assert publisher(record) == "Nacka kommuns socialförvaltning"  # not "Nacka kommun"
    assert money_by_publisher_year([record])[0].publisher == "Nacka kommuns socialförvaltning"
