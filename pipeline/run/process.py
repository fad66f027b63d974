"""Process: raw documents through clean, nlp and assemble to records or errors.

A pure function of its input (no global state besides the loaded pipeline), so the same
code runs from the CLI, from `extract()` and inside any engine's map over partitions.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable, Iterator, Mapping
from contextlib import AbstractContextManager, nullcontext
from dataclasses import replace
from datetime import date
from functools import cache
from itertools import islice
from typing import Any

import regex
from spacy.language import Language
from spacy.tokens import Doc

from ..input.clean import clean
from ..input.ingest import (
    DEFAULT_MAX_BYTES,
    IngestError,
    InputError,
    RawDocument,
    iter_jsonl,
    read_html,
    sha256,
)
from ..language import nlp as nlp_module
from ..language.resources import read_lines
from ..language.spans import keep_text, text_of
from ..language.text_units import alternation
from ..record.assemble import to_record
from ..record.schema import ErrorRecord, ErrorSource, Record
from .deadline import Deadline, DocumentTimeout

log = logging.getLogger(__name__)

_DATE_LINE = regex.compile(r"^[\d\s:.\-–•/]+$")

_CONTROL = regex.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")

Outcome = Record | ErrorRecord

# Lexemes a process keeps from the batches it runs outside a memory zone (see
# _memory_zone): the vocabulary of about 1,000 releases, a few MB.
WARM_LEXEMES = 30_000


@cache
def _title_skip() -> regex.Pattern[str]:
    words = alternation(read_lines("title_skip.txt"))
    return regex.compile(rf"^(?:{words})\b", regex.I)


def title_of(text: str) -> str | None:
    """The first line that is not a date, a header label or a photo caption."""
    for line in text.split("\n")[:15]:
        line = line.strip()
        if 3 <= len(line) <= 250 and not (_DATE_LINE.match(line) or _title_skip().match(line)):
            return line
    return None


def published_from_metadata(metadata: dict[str, Any]) -> str | None:
    for key in ("published", "date", "published_at"):
        value = metadata.get(key)
        if isinstance(value, str) and regex.match(r"^\d{4}-\d{2}-\d{2}", value):
            try:  # "2024-13-45" has the shape of a date and is none
                return date.fromisoformat(value[:10]).isoformat()
            except ValueError:
                continue
    return None


def error_of(
    source: dict[str, Any], error: str, message: str, doc_id: str | None = None
) -> ErrorRecord:
    return ErrorRecord(source=ErrorSource(**source), error=error, message=message, doc_id=doc_id)


def _prepare(
    nlp: Language, raw: RawDocument | IngestError, timeout: float | None
) -> tuple[Doc, Any] | ErrorRecord:
    """Read (an HTML page), clean and tokenise one document inside its time limit (the
    HTML parsers, spaCy's tokenizer and the Markdown regexes are C code that pathological
    text can keep busy)."""
    if isinstance(raw, IngestError):
        return error_of(raw.source(), raw.error, raw.message)
    try:
        with Deadline(timeout, raw):
            try:
                if raw.is_html:
                    read_html(raw)
            except InputError as exc:  # a page refused or that its parser failed on
                return error_of(raw.source(), exc.error, str(exc))
            try:
                cleaned = clean(raw.text)
            except Exception as exc:  # never expected; if it happens, it costs this document
                return error_of(raw.source(), "clean", f"{type(exc).__name__}: {exc}")
            if not cleaned.text.strip():
                return error_of(raw.source(), "empty", "no text left after cleaning")
            if len(cleaned.text) > nlp.max_length:
                message = (
                    f"{len(cleaned.text)} characters exceed the pipeline's limit of "
                    f"{nlp.max_length}"
                )
                return error_of(raw.source(), "too_large", message)
            warnings = raw.warnings + _control_warning(raw.text) + cleaned.warnings
            return _with_metadata(nlp, cleaned.text, (raw, warnings))
    except DocumentTimeout:
        return _timed_out(raw, timeout)
    except Exception as exc:
        return error_of(raw.source(), "stage", f"{type(exc).__name__}: {exc}")


def _timed_out(raw: RawDocument, timeout: float | None) -> ErrorRecord:
    return error_of(raw.source(), "timeout", f"processing took longer than {timeout} s")


def _control_warning(text: str) -> list[str]:
    """Control characters are dropped by clean; say so, since the input was damaged."""
    n = len(_CONTROL.findall(text))
    return [f"removed {n} control character(s)"] if n else []


def _record(doc: Any, raw: RawDocument, warnings: list[str]) -> Record:
    metadata = dict(raw.metadata)
    if raw.doc_key is not None:
        metadata["id"] = raw.doc_key
    published = published_from_metadata(raw.metadata) or doc._.published
    return to_record(
        doc,
        raw.source(),
        title=title_of(text_of(doc)),
        published=published,
        warnings=warnings,
        metadata=metadata,
    )


def process(
    docs: Iterable[RawDocument | IngestError],
    nlp: Language | None = None,
    batch_size: int = 32,
    timeout: float | None = None,
    ramp_up: bool = True,
) -> Iterator[Outcome]:
    """Every input document to exactly one Record or ErrorRecord, in input order.

    `timeout`: seconds one document may take (None or 0: no limit); past it the document
    becomes an error "timeout" and the rest go on. `ramp_up`: batches grow 1, 2, 4 ...
    batch_size, so the first record comes out at once."""
    nlp = nlp or nlp_module.load()
    size = 1 if ramp_up else batch_size
    todo = iter(docs)
    while batch := list(islice(todo, size)):
        yield from _run_batch(nlp, batch, timeout)
        size = min(size * 2, batch_size)


def _run_batch(
    nlp: Language, batch: list[RawDocument | IngestError], timeout: float | None
) -> Iterator[Outcome]:
    with _memory_zone(nlp):
        prepared = [_prepare(nlp, raw, timeout) for raw in batch]
        texts = [item for item in prepared if not isinstance(item, ErrorRecord)]
        outcomes = _batched(nlp, texts, timeout)
        # One bad or slow document must not cost the batch: redo the rest one by one.
        outcomes += [_single(nlp, text, ctx, timeout) for text, ctx in texts[len(outcomes) :]]
    done = iter(outcomes)
    for item in prepared:
        yield item if isinstance(item, ErrorRecord) else next(done)


def _memory_zone(nlp: Language) -> AbstractContextManager[Any]:
    """spaCy's memory zone once the vocab holds WARM_LEXEMES, none before. In a zone the
    strings and lexemes a batch adds are freed with its Docs (without it the vocab, and
    the process, grows by some 5 MB per 1,000 releases), but the tokenizer caches nothing
    and every word is split and its lexeme made again in every batch. Outside it, the
    first batches leave their words cached: later ones are tokenised twice as fast."""
    return nlp.memory_zone() if len(nlp.vocab) >= WARM_LEXEMES else nullcontext()


def _batched(nlp: Language, texts: list[tuple[Doc, Any]], timeout: float | None) -> list[Outcome]:
    """Outcomes of nlp.pipe over the batch, up to the first failure. The timer restarts at
    each document that comes out, so a stall of `timeout` anywhere stops the batch. Past
    the first document, the NER has run over the whole batch and the components run one
    document at a time: a stall there is the next document's, which becomes a timeout
    (not redone); a stall on the first may be any document's, so the rest are redone."""
    outcomes: list[Outcome] = []
    raws = [ctx[0] for _, ctx in texts]
    try:
        with Deadline(timeout, raws[0] if len(raws) == 1 else None) as deadline:
            for doc, (raw, warnings) in nlp.pipe(texts, as_tuples=True):
                outcomes.append(_outcome(doc, raw, warnings))
                deadline.reset(raws[len(outcomes)] if len(outcomes) < len(raws) else None)
    except DocumentTimeout:
        log.debug("batch stopped after %d of %d documents", len(outcomes), len(texts))
        if outcomes or len(raws) == 1:
            outcomes.append(_timed_out(raws[len(outcomes)], timeout))
    except Exception:
        log.debug("batch stopped after %d of %d documents", len(outcomes), len(texts))
    return outcomes


def _single(nlp: Language, doc: Doc, ctx: Any, timeout: float | None) -> Outcome:
    raw, warnings = ctx
    try:
        with Deadline(timeout, raw):
            # a failed pipe may have half-filled `doc`: tokenise afresh
            fresh, _ = _with_metadata(nlp, text_of(doc), ctx)
            return _outcome(nlp(fresh), raw, warnings)
    except DocumentTimeout:
        return _timed_out(raw, timeout)
    except Exception as exc:
        return error_of(raw.source(), "stage", f"{type(exc).__name__}: {exc}")


def _with_metadata(nlp: Language, text: str, ctx: Any) -> tuple[Doc, Any]:
    """The tokenised Doc carrying the input's metadata for the components to read."""
    doc = nlp.make_doc(text)
    keep_text(doc, text)
    doc._.metadata = dict(ctx[0].metadata)
    return doc, ctx


def _outcome(doc: Any, raw: RawDocument, warnings: list[str]) -> Outcome:
    try:
        return _record(doc, raw, warnings)
    except Exception as exc:
        log.debug("assemble failed for %s", raw.path, exc_info=True)
        return error_of(raw.source(), "assemble", f"{type(exc).__name__}: {exc}")


def extract(
    text_or_html: str,
    metadata: Mapping[str, Any] | None = None,
    nlp: Language | None = None,
) -> Record:
    """One release to its Record, as `pressx run` makes it of a JSONL line.

    `text_or_html`: the release as plain text or as an HTML page (detected and stripped
    to text as `run` does). `metadata`: what a JSONL line holds besides `text`:
    `published` (or `date`, `published_at`, "YYYY-MM-DD...") dates the release and gives
    the year to dates written without one ("26 november"); `id` is kept as the corpus id;
    every field is kept in `record.metadata`. `nlp`: a loaded pipeline (default: the
    shipped one, loaded once per process). Raises ValueError when nothing can be made of
    the input (empty text, say)."""
    if isinstance(metadata, Language):  # the older call form extract(text, nlp)
        metadata, nlp = None, metadata
    item = {"text": text_or_html, **metadata} if metadata else text_or_html
    outcome = next(process([raw_document(item)], nlp))
    if isinstance(outcome, ErrorRecord):
        raise ValueError(f"{outcome.error}: {outcome.message}")
    return outcome


def extract_many(
    inputs: Iterable[str | Mapping[str, Any]],
    n_process: int = 1,
    *,
    batch_size: int = 32,
    timeout: float | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    nlp: Language | None = None,
) -> Iterator[Outcome]:
    """One Record or ErrorRecord per input, in input order, lazily (inputs are read as the
    results are consumed, so a corpus of any size streams).

    Each input is a release's text or HTML, or a dict like a JSONL line of `run`: `text`
    plus metadata (see `extract`). An input that yields nothing (empty, too large, no
    `text`) gives an ErrorRecord with the reason instead of raising. `n_process` > 1
    runs worker processes as `run --workers` does (each loads the shipped pipeline once,
    so `nlp` must then be left out); `timeout`: seconds one document may take before it
    becomes an error "timeout" (main thread only); `max_bytes`: larger inputs are
    errors "too_large"."""
    if n_process > 1 and nlp is not None:
        raise ValueError("nlp= runs in this process; workers of n_process > 1 load their own")
    docs = (raw_document(item, max_bytes) for item in inputs)
    if n_process > 1:
        from .parallel import run_parallel  # it imports this module

        return run_parallel(docs, n_process, timeout=timeout, chunk_size=batch_size)
    return process(docs, nlp, batch_size=batch_size, timeout=timeout)


def raw_document(
    item: str | Mapping[str, Any], max_bytes: int = DEFAULT_MAX_BYTES
) -> RawDocument | IngestError:
    """An API input read as `run` reads a JSONL line (the same HTML detection, `id` and
    metadata handling, the same errors). Its source sha256 hashes the text alone, or the
    text with its metadata when there is any, so equal inputs get equal doc_ids."""
    if not isinstance(item, str | Mapping):
        message = f"an input is a str or a dict with `text`, not a {type(item).__name__}"
        return IngestError(None, None, "missing_text", message)
    fields = {"text": item} if isinstance(item, str) else dict(item)
    # default=str: dates and other values JSON cannot hold become their ISO/str form
    line = json.dumps(fields, ensure_ascii=False, sort_keys=True, default=str)
    text = fields.get("text")
    plain = isinstance(text, str) and fields.keys() == {"text"}
    digest = _sha256_text(str(text) if plain else line)
    doc = next(iter_jsonl([line.encode("utf-8")], None, max_bytes))
    return _in_api_terms(replace(doc, line=None, sha256=digest), item, max_bytes)


def _in_api_terms(
    doc: RawDocument | IngestError, item: str | Mapping[str, Any], max_bytes: int
) -> RawDocument | IngestError:
    """An API input is read as a JSONL line, but the caller gave no line (nor, for a
    string, a `text` field): the error says what was wrong in the caller's terms."""
    if not isinstance(doc, IngestError):
        return doc
    if doc.error == "too_large":
        given = "the text" if isinstance(item, str) else "the input (as a JSON line)"
        return replace(doc, message=f"{given} exceeds max_bytes={max_bytes}")
    if doc.error == "empty" and isinstance(item, str):
        return replace(doc, message="the text is empty")
    return doc


def _sha256_text(text: str) -> str:
    return sha256(text.encode("utf-8"))
