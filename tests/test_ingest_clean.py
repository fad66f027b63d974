from __future__ import annotations

import pytest

from pipeline.input.clean import clean
from pipeline.input.ingest import (
    IngestError,
    InputError,
    RawDocument,
    decode,
    iter_documents,
    read_document,
)


def test_utf8_bom_is_dropped():
    text, warnings = decode("\ufeffHej Åsa".encode())
    assert text == "Hej Åsa" and warnings == []


def test_cp1252_falls_back_with_warning():
    text, warnings = decode("Socialnämnden – 5 000 kr".encode("cp1252"))
    assert text == "Socialnämnden – 5 000 kr"
    assert warnings and "cp1252" in warnings[0]


def test_binary_is_refused():
    with pytest.raises(InputError) as info:
        read_document(b"\x89PNG\r\n\x1a\n" + bytes(200), "x.png")
    assert info.value.error == "binary"


def test_empty_is_refused():
    with pytest.raises(InputError) as info:
        read_document(b"  \n\t ", "x.txt")
    assert info.value.error == "empty"


def test_clean_normalises_crlf_nbsp_and_drops_boilerplate():
    raw = "Skip to main content\r\nBudget:\u00a05\u202f000 kr\r\n\r\n\r\n\r\nfacebook Twitter Email"
    cleaned = clean(raw)
    assert cleaned.text == "Budget: 5 000 kr"
    assert cleaned.dropped == ["Skip to main content", "facebook Twitter Email"]
    assert "boilerplate" in cleaned.warnings[0]


def test_html_page_becomes_lines_without_scripts():
    html = (
        b"<html><head><title>T</title><script>alert(1)</script></head><body>"
        b"<p>Hej <b>Anna</b> Berg</p><div>rad 2<br>rad 3</div></body></html>"
    )
    doc = read_document(html, "page.html")
    lines = [line for line in doc.text.split("\n") if line.strip()]
    assert lines == ["T", "Hej Anna Berg", "rad 2", "rad 3"]  # the page's title first


def test_jsonl_every_line_is_a_document_or_error(tmp_path):
    corpus = tmp_path / "c.jsonl"
    corpus.write_text(
        '{"id": "a", "text": "Hej", "month": "2020-01"}\nnot json\n{"id": 3}\n{"text": 5}\n',
        encoding="utf-8",
    )
    items = list(iter_documents([str(corpus)]))
    assert [type(i) for i in items] == [RawDocument, IngestError, IngestError, IngestError]
    assert items[0].doc_key == "a" and items[0].metadata == {"month": "2020-01"}
    assert [i.error for i in items[1:]] == ["malformed_json", "missing_text", "missing_text"]


def test_missing_path_is_an_error():
    (item,) = iter_documents(["/nonexistent/file.txt"])
    assert isinstance(item, IngestError) and item.error == "not_found"
