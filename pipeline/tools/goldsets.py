"""The annotated sets: gold files under annotations/, texts read from ../shared/corpora.

A set is named in annotations/splits.json (its corpus and the ids it holds) or is `seeds`
(the five seed releases and their gold in ../shared). A gold file names its text by corpus
and `id`; the project keeps the annotations, never the texts. Records and gold files are
paired by that id (a record's `metadata.id`, else its source file's stem).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Mapping
from functools import cache
from pathlib import Path
from typing import Any

from ..input.ingest import IngestError, RawDocument, read_document
from ..language.resources import REPO_DIR, SHARED_DIR
from .gold_schema import gold_problem

ANNOTATIONS_DIR = REPO_DIR / "annotations"
SPLITS = ANNOTATIONS_DIR / "splits.json"
# where each corpus's gold files live, by the corpus file they annotate
GOLD_DIRS = {
    "local-releases.jsonl": ANNOTATIONS_DIR / "local",
    "regeringen-pressmeddelanden.jsonl": ANNOTATIONS_DIR / "regeringen",
}
SECOND_ANNOTATION_DIR = ANNOTATIONS_DIR / "agreement"

Json = dict[str, Any]


def file_name(doc_id: str) -> str:
    """A gold file's stem for a corpus id: '2023/07/x' -> '2023-07-x'."""
    return doc_id.replace("/", "-")


def gold_key(gold: Mapping[str, Any], path: Path) -> str:
    return str(gold.get("id") or path.stem)


def record_key(record: Mapping[str, Any]) -> str | None:
    """A record's corpus id when it came from a corpus line, else its file's stem."""
    doc_id = (record.get("metadata") or {}).get("id")
    if doc_id:
        return str(doc_id)
    path = (record.get("source") or {}).get("path")
    return Path(path).stem if path else None


@cache
def _splits() -> dict[str, Json]:
    """splits.json's sets (its `seed` left out), read once."""
    splits = json.loads(SPLITS.read_text(encoding="utf-8")) if SPLITS.exists() else {}
    return {k: v for k, v in splits.items() if isinstance(v, dict)}


def set_names() -> list[str]:
    return ["seeds", *_splits()]


def split_of(name: str) -> Json:
    """A set's entry in splits.json: its corpus and ids."""
    if name not in _splits():
        raise ValueError(f"no annotated set {name!r} (sets: {', '.join(set_names())})")
    return dict(_splits()[name])


def read_gold(path: Path) -> Json:
    """One gold file; a malformed one is an error that names the file."""
    try:
        gold = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise ValueError(f"{path}: not a readable gold file ({error})") from error
    except RecursionError:
        raise ValueError(f"{path}: not a readable gold file (nested too deep)") from None
    if problem := gold_problem(gold):
        raise ValueError(f"{path}: not a gold file: {problem}")
    return dict(gold)


def load_dir(directory: Path) -> dict[str, Json]:
    """Every gold file in a directory, keyed by its corpus id (or stem)."""
    if not directory.is_dir():
        raise ValueError(f"no such gold directory: {directory}")
    golds = {}
    for path in sorted(directory.glob("*.json")):
        gold = read_gold(path)
        golds[gold_key(gold, path)] = gold
    return golds


def is_set_name(name: str) -> bool:
    """A set's name wins over a directory of that name (write ./seeds for the folder)."""
    return name in set_names()


def load_set(name_or_dir: str, second: bool = False) -> dict[str, Json]:
    """A set's gold files by key: a set name from splits.json, `seeds`, or a directory.
    The `agreement` set's gold is the first annotation; `second` gives the second one."""
    if not is_set_name(name_or_dir):
        return load_dir(Path(name_or_dir))
    if name_or_dir == "seeds":
        return load_dir(SHARED_DIR / "gold")
    split = split_of(name_or_dir)
    folder = SECOND_ANNOTATION_DIR if second else GOLD_DIRS[split["corpus"]]
    golds = {}
    for doc_id in split["ids"]:
        path = folder / f"{file_name(doc_id)}.json"
        if path.exists():
            golds[doc_id] = read_gold(path)
    return golds


@cache
def _corpus(corpus: str) -> dict[str, Json]:
    with (SHARED_DIR / "corpora" / corpus).open(encoding="utf-8") as lines:
        rows = (json.loads(line) for line in lines if line.strip())
        return {row["id"]: row for row in rows}


def release_text(corpus: str, doc_id: str) -> str:
    return str(_corpus(corpus)[doc_id]["text"])


def set_documents(name: str) -> Iterator[RawDocument | IngestError]:
    """The texts of a set, as documents carrying only their id as metadata (the gold says
    what the text states, so the corpus's page metadata is not given to the pipeline)."""
    if name == "seeds":
        for path in sorted((SHARED_DIR / "seeds").glob("*.txt")):
            yield read_document(path.read_bytes(), str(path))
        return
    split = split_of(name)
    for doc_id in split["ids"]:
        text = release_text(split["corpus"], doc_id)
        doc = read_document(text.encode("utf-8"), f"{file_name(doc_id)}.txt")
        if isinstance(doc, RawDocument):
            doc.metadata["id"] = doc_id
        yield doc


def gold_as_record(gold: Json, text: str) -> Json:
    """A second annotator's gold file in the record's shape, to score it as a record.

    A quote's `start` grows to the rest of its paragraph in the text, so that the first
    annotator's start is found in it as it would be in a record's quote."""
    orgs = [dict(o, id=f"O{i}") for i, o in enumerate(gold.get("organizations") or [])]
    people = []
    for i, person in enumerate(gold.get("people") or []):
        linked = (person.get("organization") or [None])[0]
        org_id = None
        if linked:
            org_id = next((o["id"] for o in orgs if o["name"] == linked), f"L{i}")
            if org_id == f"L{i}":
                orgs.append({"id": org_id, "name": linked, "type": None, "_link_only": True})
        people.append(dict(person, id=f"P{i}", organization_id=org_id))
    by_name = {p["name"]: p["id"] for p in people}
    quotes = [
        {"speaker_id": by_name.get(q.get("speaker") or ""), "text": _paragraph_from(text, q)}
        for q in gold.get("quotes") or []
    ]
    amounts = [dict(a, span={"text": a.get("text")}) for a in gold.get("amounts") or []]
    contacts = [{"kind": "email", "value": e} for e in gold.get("emails") or []]
    contacts += [{"kind": "phone", "value": p} for p in gold.get("phones") or []]
    return dict(
        gold, organizations=orgs, people=people, quotes=quotes, amounts=amounts, contacts=contacts
    )


def _paragraph_from(text: str, quote: Json) -> str:
    start = str(quote.get("start") or "")
    at = re.sub(r"\s+", " ", text).casefold().find(re.sub(r"\s+", " ", start).casefold())
    if at < 0:
        return start
    rest = re.sub(r"\s+", " ", text)[at:]
    return rest[:600]


def records_for(name: str, nlp: Any) -> list[Json]:
    """Run the pipeline over a set's texts; a document that fails is an empty record."""
    from ..run.process import process

    return [r.model_dump() for r in process(set_documents(name), nlp)]


def second_annotation_records() -> list[Json]:
    """The second annotator's files as records, for the agreement figures."""
    split = split_of("agreement")
    golds = load_set("agreement", second=True)
    return [
        dict(gold_as_record(g, release_text(split["corpus"], k)), metadata={"id": k})
        for k, g in golds.items()
    ]


def annotated_ids() -> set[str]:
    """Every corpus id in an annotated set: texts no model may train on unannotated."""
    return {i for split in _splits().values() for i in split["ids"]}
