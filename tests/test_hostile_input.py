"""Hostile input never stops a run (issue 19): every input document ends as exactly one
record or one error line, whatever its bytes, its name or where its links point."""

from __future__ import annotations

import io
import json
import os
import random
import sys
import zlib
from pathlib import Path
from types import SimpleNamespace

import pytest

import pipeline.input.ingest as ingest
from pipeline.cli import main
from pipeline.input.ingest import (
    IngestError,
    InputError,
    RawDocument,
    iter_documents,
    read_document,
)

RELEASE = (
    "Socialnämnden satsar 5 miljoner kronor på fritidsgårdar i Växjö\n\n"
    "Socialnämnden i Växjö kommun har beslutat att förstärka arbetet med unga. "
    "– Vi vill nå fler ungdomar på kvällstid, säger Anna Lindqvist (S), ordförande.\n\n"
    "Kontakt: Anna Lindqvist, 0470-410 00, anna.lindqvist@vaxjo.se\n"
)


def run(tmp_path: Path, *inputs: str) -> tuple[int, list[dict], list[dict]]:
    """The command line in this process: exit status, records and error lines."""
    out = tmp_path / "out"
    status = main(["run", *inputs, "-o", str(out), "-q"])
    records = [json.loads(x) for x in (out / "records.jsonl").read_text().splitlines()]
    errors = [json.loads(x) for x in (out / "errors.jsonl").read_text().splitlines()]
    return status, records, errors


def split(items: list[RawDocument | IngestError]) -> tuple[list[RawDocument], list[IngestError]]:
    return (
        [i for i in items if isinstance(i, RawDocument)],
        [i for i in items if isinstance(i, IngestError)],
    )


# 1. UTF-16 of odd length ----------------------------------------------------------------


def test_odd_length_utf16_is_decoded_with_a_warning_and_the_run_goes_on(tmp_path):
    (tmp_path / "a_odd.txt").write_bytes(RELEASE.encode("utf-16") + b"\x00")
    (tmp_path / "b_next.txt").write_text(RELEASE, encoding="utf-8")
    status, records, errors = run(
        tmp_path, str(tmp_path / "a_odd.txt"), str(tmp_path / "b_next.txt")
    )
    assert len(records) + len(errors) == 2 and status == 0
    odd = next(r for r in records if r["source"]["path"].endswith("a_odd.txt"))
    assert "Anna Lindqvist" in odd["text"]
    assert any("UTF-16" in w and "odd" in w for w in odd["warnings"])


# 2. JSONL lines that json cannot take ---------------------------------------------------


def test_a_huge_number_or_deep_nesting_costs_only_its_line(tmp_path):
    corpus = tmp_path / "c.jsonl"
    lines = [
        json.dumps({"id": "1", "text": RELEASE}),
        '{"id": "2", "text": "Hej", "n": ' + "9" * 5000 + "}",
        "[" * 100_000 + "]" * 100_000,
        json.dumps({"id": "4", "text": RELEASE}),
    ]
    corpus.write_text("\n".join(lines) + "\n", encoding="utf-8")
    records, errors = split(list(iter_documents([str(corpus)])))
    assert len(records) + len(errors) == 4
    assert [r.line for r in records] == [1, 4]
    assert [(e.line, e.error) for e in errors] == [(2, "malformed_json"), (3, "malformed_json")]
    assert "digits" in errors[0].message
    assert "deep" in errors[1].message


# 3. Lone surrogates in JSONL values -----------------------------------------------------


def test_lone_surrogates_in_ids_text_and_metadata_are_repaired(tmp_path):
    corpus = tmp_path / "c.jsonl"
    lines = [  # written as JSON escapes: json.loads turns them into lone surrogates
        '{"id": "a\\udfff", "text": ' + json.dumps(RELEASE) + "}",
        '{"id": "b", "text": "Kommunen \\udfff satsar. ' + RELEASE.replace("\n", " ") + '"}',
        '{"id": "c", "text": '
        + json.dumps(RELEASE)
        + ', "k\\ud800": ["v\\udc00", {"x": "\\udfff"}]}',
    ]
    corpus.write_text("\n".join(lines) + "\n", encoding="utf-8")
    status, records, errors = run(tmp_path, str(corpus))
    assert len(records) + len(errors) == 3 and status == 0
    by_line = {r["source"]["line"]: r for r in records}
    assert by_line[1]["metadata"]["id"] == "a\ufffd"
    assert "Kommunen \ufffd satsar" in by_line[2]["text"]
    assert by_line[3]["metadata"]["k\ufffd"] == ["v\ufffd", {"x": "\ufffd"}]
    for record in records:
        assert any("surrogate" in w for w in record["warnings"]), record["source"]


# 4. File names that are not UTF-8 -------------------------------------------------------


def test_a_latin1_file_name_is_escaped_and_the_file_still_read(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    with open(os.fsencode(folder) + b"/r\xe4tt.txt", "wb") as f:
        f.write(RELEASE.encode("utf-8"))
    with open(os.fsencode(folder) + b"/d\xe5lig.jsonl", "wb") as f:
        f.write(b"not json\n")
    status, records, errors = run(tmp_path, str(folder))
    assert len(records) + len(errors) == 2 and status == 1
    assert records[0]["source"]["path"] == str(folder / "r\\xe4tt.txt")
    assert "Anna Lindqvist" in records[0]["text"]
    assert any("\\xNN" in w for w in records[0]["warnings"])
    assert errors[0]["source"]["path"] == str(folder / "d\\xe5lig.jsonl")
    assert errors[0]["error"] == "malformed_json"


# 5. Links out of the input tree ---------------------------------------------------------


def test_links_out_of_the_input_tree_are_refused(tmp_path):
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.txt").write_text("HEMLIGT " + RELEASE, encoding="utf-8")
    tree = tmp_path / "in"
    (tree / "sub").mkdir(parents=True)
    (tree / "sub" / "ok.txt").write_text(RELEASE, encoding="utf-8")
    os.symlink("sub/ok.txt", tree / "inside.txt")  # a link inside the tree: fine
    os.symlink(outside / "secret.txt", tree / "passwd.txt")
    os.symlink("../outside", tree / "elsewhere")  # a directory link out of the tree
    records, errors = split(list(iter_documents([str(tree)])))
    assert len(records) + len(errors) == 4
    assert sorted(Path(r.path or "").name for r in records) == ["inside.txt", "ok.txt"]
    assert sorted((Path(e.path or "").name, e.error) for e in errors) == [
        ("elsewhere", "outside_input"),
        ("passwd.txt", "outside_input"),
    ]
    assert not any("HEMLIGT" in r.text for r in records)
    # a file named on the command line is read as given
    (given,) = iter_documents([str(tree / "passwd.txt")])
    assert isinstance(given, RawDocument) and "HEMLIGT" in given.text


# 6. stdin is bounded by --max-bytes -----------------------------------------------------


class EndlessStdin:
    """A stdin that never ends: reading it whole would never return."""

    def __init__(self) -> None:
        self.read_total = 0

    def read(self, size: int | None = -1) -> bytes:
        if size is None or size < 0:
            raise AssertionError("stdin read whole")
        self.read_total += size
        return b"a" * size


def test_stdin_larger_than_max_bytes_is_one_too_large_error(monkeypatch):
    endless = EndlessStdin()
    monkeypatch.setattr(sys, "stdin", SimpleNamespace(buffer=endless))
    (item,) = iter_documents(["-"], max_bytes=1000)
    assert isinstance(item, IngestError) and item.error == "too_large"
    assert endless.read_total <= 1001


def test_stdin_within_max_bytes_is_read(monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(RELEASE.encode())))
    (item,) = iter_documents(["-"], max_bytes=1000)
    assert isinstance(item, RawDocument) and item.text == RELEASE and item.path == "<stdin>"


# 7. Decoding repairs only what is broken ------------------------------------------------


def test_one_stray_byte_in_utf8_is_replaced_not_the_whole_file_recoded():
    doc = read_document(RELEASE.encode() + b"Pris \xa0 kronor\n", "x.txt")
    assert "Växjö" in doc.text and "Ã" not in doc.text
    assert "Pris \ufffd kronor" in doc.text
    assert any("UTF-8" in w and "replaced" in w for w in doc.warnings)


def test_consistent_cp1252_still_decodes_as_cp1252():
    doc = read_document(RELEASE.encode("cp1252"), "x.txt")
    assert doc.text == RELEASE and any("cp1252" in w for w in doc.warnings)


def test_invalid_utf8_in_a_jsonl_line_gives_a_warning(tmp_path):
    corpus = tmp_path / "c.jsonl"
    corpus.write_bytes(b'{"id": "a", "text": "Kommunen \xff satsar"}\n')
    (doc,) = iter_documents([str(corpus)])
    assert isinstance(doc, RawDocument) and doc.text == "Kommunen \ufffd satsar"
    assert any("UTF-8" in w for w in doc.warnings)


# 8. Binaries by content -----------------------------------------------------------------


@pytest.mark.parametrize(
    "data",
    [
        random.Random(19).randbytes(20_000),
        zlib.compress((RELEASE * 40).encode()),
    ],
    ids=["random", "zlib"],
)
def test_binary_content_without_magic_is_refused(data):
    with pytest.raises(InputError) as info:
        read_document(data, "x.txt")
    assert info.value.error == "binary"


@pytest.mark.parametrize("encoding", ["utf-8", "cp1252", "utf-16"])
def test_swedish_text_in_every_encoding_still_passes(encoding):
    text = RELEASE.replace("Kontakt", "Pris: 5 000 € – Kontakt") * 3
    assert read_document(text.encode(encoding), "x.txt").text == text


# 9. A UTF-8 BOM before a JSONL corpus ---------------------------------------------------


def test_a_bom_before_a_jsonl_corpus_keeps_its_first_line(tmp_path):
    corpus = tmp_path / "c.jsonl"
    lines = [json.dumps({"id": str(n), "text": RELEASE}) for n in (1, 2)]
    corpus.write_bytes(b"\xef\xbb\xbf" + "\n".join(lines).encode())
    records, errors = split(list(iter_documents([str(corpus)])))
    assert errors == [] and [r.doc_key for r in records] == ["1", "2"]


# 10. HTML that expands when parsed ------------------------------------------------------


def parser_not_called(html: str) -> str:
    raise AssertionError("the HTML parser ran on a page that should be refused before it")


def test_html_that_re_opens_formatting_tags_is_refused_before_parsing(monkeypatch):
    # each <p>x</p> re-creates every unclosed <u>: 400 x 20,000 elements from 180 kB
    html = (
        "<html><body><p>"
        + "".join(f'<u class="c{k}">' for k in range(400))
        + "</p>"
        + "<p>x</p>" * 20_000
    )
    monkeypatch.setattr(ingest, "read_page", parser_not_called)
    with pytest.raises(InputError) as info:
        read_document(html.encode(), "page.html")
    assert info.value.error == "html" and "formatting" in str(info.value)


def test_html_whose_text_would_exceed_the_limit_is_refused_before_parsing(monkeypatch):
    monkeypatch.setattr(ingest, "read_page", parser_not_called)
    with pytest.raises(InputError) as info:
        read_document(b"<html><body>" + b"<br>" * 600_000, "page.html")
    assert info.value.error == "too_large" and "1000000" in str(info.value)


def test_a_page_with_a_large_inline_script_is_still_read():
    script = "<script>var a = '" + "x" * 1_200_000 + "';</script>"
    html = f"<html><head>{script}</head><body><p>{RELEASE}</p></body></html>"
    assert "Anna Lindqvist" in read_document(html.encode(), "page.html").text


# 11. evaluate on a malformed gold file --------------------------------------------------


@pytest.mark.parametrize(
    "gold",
    [
        "{not json",
        '{"people": 5}',
        '{"people": [{"roles": ["ordförande"]}]}',
        '{"quotes": [{"speaker": "Anna"}]}',
        '{"amounts": [{"kind": "money", "value": "many"}]}',
        "[" * 100_000 + "]" * 100_000,
    ],
    ids=["invalid", "people-not-list", "person-no-name", "quote-no-start", "value", "deep"],
)
def test_a_malformed_gold_file_is_one_line_naming_it(tmp_path, capsys, gold):
    golds = tmp_path / "gold"
    golds.mkdir()
    (golds / "bad.json").write_text(gold, encoding="utf-8")
    records = tmp_path / "records.jsonl"
    records.write_text("")
    assert main(["evaluate", "--gold", str(golds), str(records)]) == 2
    err = capsys.readouterr().err.strip()
    assert "\n" not in err and str(golds / "bad.json") in err
