"""PDF, DOCX and Markdown releases, and files of no readable format in an input directory.
The PDF and DOCX files are made here: a PDF with a text layer written by hand, DOCX files
by python-docx."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest
from docx import Document
from pypdf import PdfReader, PdfWriter

from pipeline.input.formats.markdown import markdown_to_text
from pipeline.input.formats.pdf import join_hyphenated
from pipeline.input.ingest import IngestError, RawDocument, iter_documents
from pipeline.run.process import process

ROOT = Path(__file__).resolve().parent.parent

RELEASE_LINES = [
    "Nya cykelvägar i Växjö",
    "Växjö kommun bygger sju kilometer cykelbanor för 12 miljoner kronor till arbets-",
    "pendlare i Teleborg.",
    "– Det blir enklare att välja cykeln, säger Åsa Öberg (S), ordförande i tekniska",
    "nämnden.",
    "Kontakt: Åsa Öberg, 0470-41 00 12, asa.oberg@vaxjo.se",
]


def _pdf_string(line: str) -> bytes:
    raw = line.encode("cp1252")  # WinAnsiEncoding: å, ä, ö and the en dash
    return b"(" + raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"


def pdf_bytes(lines: list[str], drawing: bytes = b"") -> bytes:
    """A one-page PDF: `lines` in its text layer (Helvetica), or only a `drawing`."""
    shown = b" ".join(_pdf_string(line) + b" Tj T*" for line in lines)
    stream = drawing or b"BT /F1 11 Tf 14 TL 72 760 Td " + shown + b" ET"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R"
        b" /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\n" % (len(objects) + 1)
    out += b"startxref\n%d\n%%%%EOF\n" % xref
    return bytes(out)


def encrypted_pdf_bytes() -> bytes:
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf_bytes(RELEASE_LINES))))
    writer.encrypt("hemligt", algorithm="RC4-128")  # RC4 needs no crypto library
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def docx_bytes() -> bytes:
    document = Document()
    document.add_heading("Ny förskola i Tyresö", level=1)
    document.add_paragraph("Tyresö kommun öppnar en förskola för 120 barn i Trollbäcken.")
    document.add_paragraph(
        "– Vi möter behovet i området, säger Anna Berg (S), ordförande i barn- och "
        "utbildningsnämnden."
    )
    contact = document.add_paragraph("Kontakt: Anna Berg")
    contact.add_run().add_break()
    contact.add_run("Telefon: 08-578 291 00")
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "E-post"
    table.cell(0, 1).text = "anna.berg@tyreso.se"
    document.sections[0].footer.paragraphs[0].text = "Tyresö kommun, växel 08-578 291 00"
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


MARKDOWN = """# Ny skola i **Tyresö**

Tyresö kommun bygger en *ny skola* för _500 elever_ i [Trollbäcken](https://tyreso.se/a).

> – Vi är stolta över skolan, säger Anna Berg (S), ordförande i barn- och utbildningsnämnden.

> "Det här blir en bra dag", säger Per Ek.

* Byggstart i mars
* Klar 2026

```
kod som inte är text
```

Kontakt: Anna Berg, 08-578 291 00, anna.berg@tyreso.se
"""


@pytest.fixture(scope="module")
def folder(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("formats")
    files = {
        "release.pdf": pdf_bytes(RELEASE_LINES),
        "scan.pdf": pdf_bytes([], drawing=b"0 0 595 842 re f"),
        "locked.pdf": encrypted_pdf_bytes(),
        "release.docx": docx_bytes(),
        "broken.docx": docx_bytes()[:300],
        "release.md": MARKDOWN.encode(),
        "budget.csv": b"post;belopp\nskola;500000\n",
        "budget.xlsx": b"PK\x03\x04not really",
        "bild.png": b"\x89PNG\r\n\x1a\n",
        "README": "Ingen filändelse".encode(),
        ".DS_Store": b"\x00\x00\x00\x01Bud1",
    }
    for name, data in files.items():
        (root / name).write_bytes(data)
    (root / ".git").mkdir()
    (root / ".git" / "HEAD").write_bytes(b"ref: refs/heads/main\n")
    return root


@pytest.fixture(scope="module")
def outcomes(folder, nlp):
    items = list(iter_documents([str(folder)]))
    records = {Path(r.source.path).name: r for r in process(items, nlp) if hasattr(r, "text")}
    errors = {Path(i.path or "").name: i for i in items if isinstance(i, IngestError)}
    return records, errors


def test_pdf_release_is_read_with_hyphenation_joined(outcomes):
    record = outcomes[0]["release.pdf"]
    assert record.title == "Nya cykelvägar i Växjö"
    assert "för 12 miljoner kronor till arbetspendlare i Teleborg." in record.text
    assert [q.speaker_name for q in record.quotes] == ["Åsa Öberg"]
    assert record.people[0].phones == ["+46470410012"]


def test_pdf_hyphen_of_a_shared_compound_part_is_kept():
    assert join_hyphenated("bistånds-\noch utrikesminister") == "bistånds-\noch utrikesminister"
    assert join_hyphenated("arbets-\nmarknaden") == "arbetsmarknaden"
    assert join_hyphenated("Norr-\nköping") == "Norrköping"
    # not obvious: a capital after the hyphen, a one-letter part ("e-post" is written so)
    assert join_hyphenated("Mälardalens-\nRegionen") == "Mälardalens-\nRegionen"
    assert join_hyphenated("e-\npost") == "e-\npost"


def test_unreadable_pdfs_and_docx_are_errors_with_the_reason(outcomes):
    errors = outcomes[1]
    assert errors["scan.pdf"].error == "no_text_layer" and "scan" in errors["scan.pdf"].message
    assert errors["locked.pdf"].error == "encrypted"
    assert errors["broken.docx"].error == "corrupt" and "DOCX" in errors["broken.docx"].message


def test_docx_paragraphs_and_tables_are_lines_and_its_footer_is_not(outcomes):
    record = outcomes[0]["release.docx"]
    assert record.text.split("\n")[:3] == [
        "Ny förskola i Tyresö",
        "Tyresö kommun öppnar en förskola för 120 barn i Trollbäcken.",
        "– Vi möter behovet i området, säger Anna Berg (S), ordförande i barn- och "
        "utbildningsnämnden.",
    ]
    assert "Kontakt: Anna Berg\nTelefon: 08-578 291 00\nE-post\nanna.berg@tyreso.se" in record.text
    assert "växel" not in record.text
    assert record.people[0].emails == ["anna.berg@tyreso.se"]


def test_markdown_markup_is_removed_and_blockquotes_are_quotes(outcomes):
    record = outcomes[0]["release.md"]
    assert record.title == "Ny skola i Tyresö"
    assert "bygger en ny skola för 500 elever i Trollbäcken." in record.text
    assert "Byggstart i mars\nKlar 2026" in record.text
    for markup in ("*", "_5", "](", "```", "> ", "#"):
        assert markup not in record.text, markup
    assert {q.speaker_name for q in record.quotes} == {"Anna Berg", "Per Ek"}


def test_markdown_to_text_keeps_words_inside_words_and_emails():
    assert markdown_to_text("anna_berg@tyreso.se och 5 * 3 = 15") == (
        "anna_berg@tyreso.se och 5 * 3 = 15"
    )
    assert markdown_to_text("Rubrik\n======\n\n- punkt\n1. steg") == "Rubrik\n\n\n- punkt\n1. steg"


def test_other_files_in_a_directory_are_unsupported_errors(outcomes):
    errors = outcomes[1]
    for name in ("budget.csv", "budget.xlsx", "bild.png", "README"):
        assert errors[name].error == "unsupported", name
        assert ".pdf" in errors[name].message  # says what can be read
    assert "'.csv' files" in errors["budget.csv"].message
    # hidden files and directories (.DS_Store, .git) are not documents: skipped
    assert not {".DS_Store", "HEAD"} & set(errors)
    assert len(outcomes[0]) + len(errors) == 10


def test_a_folder_of_only_unreadable_files_is_not_a_silent_success(tmp_path):
    (tmp_path / "a.csv").write_text("x;y\n1;2\n")
    out = tmp_path / "out"
    result = subprocess.run(
        [sys.executable, "-m", "pipeline", "run", str(tmp_path), "-o", str(out), "-q"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=300,
    )
    assert result.returncode == 1, result.stderr
    [error] = [json.loads(line) for line in (out / "errors.jsonl").read_text().splitlines()]
    assert error["error"] == "unsupported" and error["source"]["path"].endswith("a.csv")


def test_every_walked_item_is_a_document_or_error(folder):
    items = list(iter_documents([str(folder)]))
    assert all(isinstance(i, RawDocument | IngestError) for i in items)
