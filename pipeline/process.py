"""Process: raw documents through clean, nlp and assemble to records or errors.

A pure function of its input (no global state besides the loaded pipeline), so the same
code runs from the CLI, from `extract()` and inside any engine's map over partitions.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from typing import Any

import regex
from spacy.language import Language
from spacy.tokens import Doc

from . import nlp as nlp_module
from .assemble import to_record
from .clean import clean
from .ingest import IngestError, RawDocument, sha256
from .schema import ErrorRecord, ErrorSource, Record

log = logging.getLogger(__name__)

_MD_TITLE = regex.compile(r"^#\s+(.+)$", regex.M)
_HEADER_LINE = regex.compile(
    r"^(pressmeddelande|nyhet|publicerad|uppdaterad)\b|^[\d\s:.\-–•/]+$", regex.I
)

Outcome = Record | ErrorRecord


def title_of(text: str) -> str | None:
    """A Markdown '# title', else the first line that is not a date or a header label."""
    if m := _MD_TITLE.search(text[:2000]):
        return m.group(1).strip()
    for line in text.split("\n")[:15]:
        line = line.strip()
        if 3 <= len(line) <= 250 and not _HEADER_LINE.search(line):
            return line
    return None


def published_from_metadata(metadata: dict[str, Any]) -> str | None:
    for key in ("published", "date", "published_at"):
        value = metadata.get(key)
        if isinstance(value, str) and regex.match(r"^\d{4}-\d{2}-\d{2}", value):
            return value[:10]
    return None


def error_of(
    source: dict[str, Any], error: str, message: str, doc_id: str | None = None
) -> ErrorRecord:
    return ErrorRecord(source=ErrorSource(**source), error=error, message=message, doc_id=doc_id)


def _prepared(docs: Iterable[RawDocument | IngestError]) -> Iterator[tuple[str, Any] | ErrorRecord]:
    for raw in docs:
        if isinstance(raw, IngestError):
            yield error_of(raw.source(), raw.error, raw.message)
            continue
        cleaned = clean(raw.text)
        if not cleaned.text.strip():
            yield error_of(raw.source(), "empty", "no text left after cleaning")
            continue
        yield cleaned.text, (raw, raw.warnings + cleaned.warnings)


def _record(doc: Any, raw: RawDocument, warnings: list[str]) -> Record:
    metadata = dict(raw.metadata)
    if raw.doc_key is not None:
        metadata["id"] = raw.doc_key
    published = published_from_metadata(raw.metadata) or doc._.published
    return to_record(
        doc,
        raw.source(),
        title=title_of(doc.text),
        published=published,
        warnings=warnings,
        metadata=metadata,
    )


def process(
    docs: Iterable[RawDocument | IngestError], nlp: Language | None = None, batch_size: int = 32
) -> Iterator[Outcome]:
    """Every input document to exactly one Record or ErrorRecord, in input order."""
    nlp = nlp or nlp_module.load()
    batch: list[tuple[str, Any] | ErrorRecord] = []
    for item in _prepared(docs):
        batch.append(item)
        if len(batch) >= batch_size:
            yield from _run_batch(nlp, batch)
            batch = []
    yield from _run_batch(nlp, batch)


def _run_batch(nlp: Language, batch: list[tuple[str, Any] | ErrorRecord]) -> Iterator[Outcome]:
    texts = [_with_metadata(nlp, text, ctx) for text, ctx in _documents(batch)]
    try:
        docs = iter(list(nlp.pipe(texts, as_tuples=True)))
    except Exception:  # one bad document must not cost the batch: redo it one by one
        docs = iter([_one(nlp, text, ctx) for text, ctx in texts])
    for item in batch:
        if isinstance(item, ErrorRecord):
            yield item
            continue
        doc, (raw, warnings) = next(docs)
        yield _outcome(doc, raw, warnings)


def _documents(batch: list[tuple[str, Any] | ErrorRecord]) -> list[tuple[str, Any]]:
    return [item for item in batch if not isinstance(item, ErrorRecord)]


def _with_metadata(nlp: Language, text: str, ctx: Any) -> tuple[Doc, Any]:
    """The tokenised Doc carrying the input's metadata for the components to read."""
    doc = nlp.make_doc(text)
    doc._.metadata = dict(ctx[0].metadata)
    return doc, ctx


def _one(nlp: Language, doc: Doc, ctx: Any) -> tuple[Any, Any]:
    fresh = nlp.make_doc(doc.text)  # the failed pipe may have half-filled `doc`
    fresh._.metadata = doc._.metadata
    try:
        return nlp(fresh), ctx
    except Exception as exc:
        return exc, ctx


def _outcome(doc: Any, raw: RawDocument, warnings: list[str]) -> Outcome:
    if isinstance(doc, Exception):
        return error_of(raw.source(), "stage", f"{type(doc).__name__}: {doc}")
    try:
        return _record(doc, raw, warnings)
    except Exception as exc:
        log.debug("assemble failed for %s", raw.path, exc_info=True)
        return error_of(raw.source(), "assemble", f"{type(exc).__name__}: {exc}")


def extract(text: str, nlp: Language | None = None) -> Record:
    """One release's text to its Record; raises ValueError when nothing can be made of it."""
    raw = RawDocument(text=text, sha256=_sha256_text(text))
    outcome = next(process([raw], nlp))
    if isinstance(outcome, ErrorRecord):
        raise ValueError(f"{outcome.error}: {outcome.message}")
    return outcome


def _sha256_text(text: str) -> str:
    return sha256(text.encode("utf-8"))
