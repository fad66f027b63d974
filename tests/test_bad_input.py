"""Bad input through the command line: every input document ends as exactly one record
(with a warning where its text was repaired) or one error with a clear message."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

RELEASE = (
    "Socialnämnden satsar 5 miljoner kronor på fritidsgårdar\n\n"
    "Socialnämnden i Växjö kommun har beslutat att förstärka arbetet med unga. "
    "– Vi vill nå fler ungdomar på kvällstid, säger Anna Lindqvist (S), ordförande.\n\n"
    "Kontakt: Anna Lindqvist, 0470-410 00, anna.lindqvist@vaxjo.se\n"
)


def run_cli(*args: str, cwd: Path | None = None) -> tuple[int, list[dict], list[dict]]:
    out = Path(args[args.index("-o") + 1])
    result = subprocess.run(
        [sys.executable, "-m", "pipeline", "run", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parent.parent)},
        timeout=300,
    )
    assert result.returncode in (0, 1), result.stderr
    records = [json.loads(x) for x in (out / "records.jsonl").read_text().splitlines()]
    errors = [json.loads(x) for x in (out / "errors.jsonl").read_text().splitlines()]
    return result.returncode, records, errors


def by_name(outcomes: list[dict]) -> dict[str, dict]:
    return {Path(o["source"]["path"]).name: o for o in outcomes}


def png_bytes() -> bytes:
    return b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4


def zip_bytes() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as z:
        z.writestr("release.txt", RELEASE)
    return buffer.getvalue()


FILES: dict[str, bytes] = {
    "empty.txt": b"",
    "blank.txt": b" \n\t\r\n  \n",
    "image.txt": png_bytes(),
    "archive.md": zip_bytes(),
    "invalid_utf8.txt": RELEASE.encode() + b"\xc3\x28 trasig \xa0\xa1 byte\n",
    "cp1252.txt": RELEASE.replace("Kontakt", "Pris: 5 000 € – Kontakt").encode("cp1252"),
    "latin1.txt": RELEASE.replace("–", "-").encode("latin-1") + b"\x81\x8d",
    "utf16.txt": RELEASE.encode("utf-16"),
    "crlf.txt": RELEASE.replace("\n", "\r\n").encode(),
    "controls.txt": RELEASE.replace("satsar", "sat\x00sar\x07\x1b").encode(),
    "huge.txt": (RELEASE * 60_000).encode()[:10_000_000],
    "oneline.txt": ("Kommunen satsar 5 miljoner kronor på skolan. " * 23_000).encode(),
    "broken.html": b"<html><body><p>Kommunen <b>satsar<div>5 miljoner</p></i><td>kr<p",
    "nested.html": (
        b"<html><body><p>Regionen bygger nytt sjukhus</p>"
        + b"<div>" * 100_000
        + RELEASE.encode()
        + b"</div>" * 100_000
        + b"</body></html>"
    ),
}

CORPUS_LINES = [
    json.dumps({"id": "ok-1", "text": RELEASE}),
    '{"id": "broken", "text": "Kommunen',
    json.dumps({"id": "no-text", "title": "Rubrik"}),
    json.dumps({"id": "number", "text": 42}),
    json.dumps({"id": "list", "text": ["a", "b"]}),
    json.dumps({"id": "null", "text": None}),
    json.dumps(["not", "an", "object"]),
    json.dumps({"id": "empty", "text": "   "}),
    "",  # blank lines are not documents
    json.dumps({"id": 7, "text": RELEASE.replace("Växjö", "Umeå"), "published": "2024-03-01"}),
]


@pytest.fixture(scope="module")
def bad_dir(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("bad")
    for name, data in FILES.items():
        (root / name).write_bytes(data)
    (root / "corpus.jsonl").write_text("\n".join(CORPUS_LINES) + "\n", encoding="utf-8")
    (root / "loops").mkdir()
    os.symlink("..", root / "loops" / "up")  # a directory loop
    os.symlink("self.txt", root / "loops" / "self.txt")  # a file link to itself
    return root


@pytest.fixture(scope="module")
def outcome(bad_dir, tmp_path_factory):
    out = tmp_path_factory.mktemp("out")
    return run_cli(str(bad_dir), "-o", str(out), "--workers", "2")


def test_records_plus_errors_equal_inputs(outcome):
    status, records, errors = outcome
    n_documents = len(FILES) + 1 + len([line for line in CORPUS_LINES if line])  # + self.txt
    assert len(records) + len(errors) == n_documents
    assert status == 1  # some went to errors
    keys = [(o["source"]["path"], o["source"]["line"]) for o in records + errors]
    assert len(keys) == len(set(keys))  # the loop link did not read any file twice


def test_unusable_files_are_clear_errors(outcome):
    errors = by_name(outcome[2])
    assert errors["empty.txt"]["error"] == "empty"
    assert errors["blank.txt"]["error"] == "empty"
    assert errors["image.txt"]["error"] == "binary" and "PNG" in errors["image.txt"]["message"]
    assert errors["archive.md"]["error"] == "binary" and "zip" in errors["archive.md"]["message"]
    assert errors["huge.txt"]["error"] == "too_large"
    assert errors["oneline.txt"]["error"] == "too_large"
    assert "1000000" in errors["oneline.txt"]["message"]  # the pipeline's character limit
    assert errors["self.txt"]["error"] == "unreadable"
    assert "symbolic links" in errors["self.txt"]["message"]


def test_repaired_text_gives_records_with_warnings(outcome):
    records = by_name(outcome[1])
    for name, warning in [
        ("invalid_utf8.txt", "not valid UTF-8: 3 invalid byte sequence(s) replaced"),
        ("cp1252.txt", "cp1252"),
        ("latin1.txt", "latin-1"),
        ("utf16.txt", "UTF-16"),
        ("controls.txt", "control character"),
        ("nested.html", "flattened"),
    ]:
        assert any(warning in w for w in records[name]["warnings"]), name
    assert "Växjö" in records["invalid_utf8.txt"]["text"]  # only the stray bytes replaced
    assert "5 000 €" in records["cp1252.txt"]["text"]
    assert "Växjö" in records["latin1.txt"]["text"]
    assert "\r" not in records["crlf.txt"]["text"]
    assert "satsar" in records["controls.txt"]["text"]
    assert "Anna Lindqvist" in records["nested.html"]["text"]
    assert "5 miljoner" in records["broken.html"]["text"]


def test_jsonl_lines_each_give_one_outcome(outcome):
    _, records, errors = outcome
    corpus = [o for o in records + errors if o["source"]["path"].endswith("corpus.jsonl")]
    kinds = {o["source"]["line"]: o.get("error", "record") for o in corpus}
    assert kinds == {
        1: "record",
        2: "malformed_json",
        3: "missing_text",
        4: "missing_text",
        5: "missing_text",
        6: "missing_text",
        7: "malformed_json",
        8: "empty",
        10: "record",
    }
    umea = next(r for r in records if r["source"]["line"] == 10)
    assert umea["metadata"] == {"id": "7", "published": "2024-03-01"}


def test_unreadable_file_and_directory(tmp_path):
    (tmp_path / "in").mkdir()
    secret = tmp_path / "in" / "secret.txt"
    secret.write_text(RELEASE, encoding="utf-8")
    closed = tmp_path / "in" / "closed"
    closed.mkdir()
    (closed / "inner.txt").write_text(RELEASE, encoding="utf-8")
    secret.chmod(0)
    closed.chmod(0)
    try:
        if os.access(secret, os.R_OK):
            pytest.skip("running as root: chmod 000 does not stop reads")
        _, records, errors = run_cli(str(tmp_path / "in"), "-o", str(tmp_path / "out"))
    finally:
        secret.chmod(0o644)
        closed.chmod(0o755)
    assert records == []
    assert {Path(e["source"]["path"]).name: e["error"] for e in errors} == {
        "secret.txt": "unreadable",
        "closed": "unreadable",
    }


def test_text_is_never_a_path(tmp_path):
    """Ids and text that look like paths create nothing outside the output directory."""
    evil = f"/tmp/pressx-evil-{os.getpid()}"
    lines = [
        {"id": "../../etc/x", "text": RELEASE + "\nSe ../../etc/x och " + evil},
        {"id": evil, "text": f"{evil}/records.jsonl\n\n" + RELEASE},
        {"id": "../../../" + evil, "text": "$(touch " + evil + ") `rm -rf ~` " + RELEASE},
    ]
    work = tmp_path / "work"
    (work / "in").mkdir(parents=True)
    corpus = work / "in" / "corpus.jsonl"
    corpus.write_text("\n".join(json.dumps(x) for x in lines), encoding="utf-8")
    _, records, _ = run_cli(str(corpus), "-o", str(work / "out"), cwd=work / "in")

    assert len(records) == 3
    assert not Path(evil).exists()
    created = sorted(str(p.relative_to(tmp_path)) for p in tmp_path.rglob("*"))
    assert created == [
        "work",
        "work/in",
        "work/in/corpus.jsonl",
        "work/out",
        "work/out/errors.jsonl",
        "work/out/records.jsonl",
    ]


def test_output_inside_an_input_directory_is_not_read_back(tmp_path):
    (tmp_path / "release.txt").write_text(RELEASE, encoding="utf-8")
    for _ in range(2):  # the second run resumes: nothing new, nothing read from out/
        _, records, errors = run_cli(str(tmp_path), "-o", str(tmp_path / "out"))
        assert len(records) == 1 and errors == []


def test_an_output_that_cannot_be_made_exits_2(tmp_path):
    (tmp_path / "release.txt").write_text(RELEASE, encoding="utf-8")
    (tmp_path / "file").write_text("not a directory", encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "pipeline", "run", str(tmp_path), "-o", str(tmp_path / "file/x")],
        capture_output=True,
        text=True,
        cwd=Path(__file__).resolve().parent.parent,
    )
    assert result.returncode == 2 and "cannot start" in result.stderr


def test_a_published_date_that_is_no_date_is_refused_by_the_schema_and_ignored_in_metadata(
    tmp_path,
):
    import json

    import pydantic
    import pytest as _pytest

    from pipeline.cli import main
    from pipeline.record.schema import Record, Source

    with _pytest.raises(pydantic.ValidationError):
        Record(
            doc_id="x",
            source=Source(path=None, line=None, sha256="0"),
            text="",
            published="2024-13-45",
        )
    corpus = tmp_path / "in.jsonl"
    corpus.write_text(
        json.dumps({"id": "a", "text": "Hej världen.", "published": "2024-13-45"}) + "\n"
    )
    assert main(["run", str(corpus), "-o", str(tmp_path / "out"), "-q"]) == 0
    record = json.loads((tmp_path / "out" / "records.jsonl").read_text())
    assert record["published"] is None


def test_version_and_a_pipe_closed_early_are_quiet(tmp_path):
    import subprocess
    import sys

    version = subprocess.run(
        [sys.executable, "-m", "pipeline", "--version"], capture_output=True, text=True
    )
    assert version.returncode == 0 and version.stdout.startswith("pressx ")
    records = tmp_path / "r.jsonl"
    records.write_text("")
    sets = []
    for n in range(200):  # 200 sets: far more JSON than a pipe buffer holds
        gold = tmp_path / f"gold{n}"
        gold.mkdir()
        (gold / "g.json").write_text('{"people": [], "organizations": []}')
        sets += ["--gold", str(gold)]
    args = " ".join(sets)
    shell = f"{sys.executable} -m pipeline evaluate {args} --json {records} | head -1"
    done = subprocess.run(["bash", "-c", shell], capture_output=True, text=True)
    assert done.stdout.strip() == "{" and "Traceback" not in done.stderr
