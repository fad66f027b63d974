"""Scored spans: how every component reports what it found.

Each component writes its own `doc.spans[group]`; every span carries, like a Presidio
result, a score, the name of what found it, a short explanation and a normalised value.
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc, Span

_FIELDS = ("score", "source", "explain", "value")


def _key(span: Span, name: str) -> tuple[str, str, int, int, str, str]:
    # spaCy keys Span extensions by offsets alone, so the organization and the
    # intervention "Barnhuset" would share one value; key by group and label too.
    return ("pressx", name, span.start_char, span.end_char, span.label_, span.id_)


def _accessors(name: str) -> dict[str, Any]:
    return {
        "getter": lambda span: span.doc.user_data.get(_key(span, name)),
        "setter": lambda span, value: span.doc.user_data.__setitem__(_key(span, name), value),
    }


for _name in _FIELDS:
    if not Span.has_extension(_name):
        Span.set_extension(_name, **_accessors(_name))
# The publication date, set by the dates component from the release's header lines.
if not Doc.has_extension("published"):
    Doc.set_extension("published", default=None)
# The input's metadata (a JSONL corpus's "month", "published", ...), set by process.py
# before the pipe so that components stay a pure function of (text, metadata).
if not Doc.has_extension("metadata"):
    Doc.set_extension("metadata", default=None)


_TEXT = "pressx_text"


def text_of(doc: Doc) -> str:
    """`doc.text`, computed once per Doc: spaCy rebuilds it token by token on every read,
    which was half the pipeline's time when each stage read it. A Doc's text never changes."""
    text: str | None = doc.user_data.get(_TEXT)
    if text is None:
        text = doc.user_data[_TEXT] = doc.text
    return text


def keep_text(doc: Doc, text: str) -> None:
    """Seed `text_of(doc)` with the text the Doc was made from (the tokenizer keeps every
    character, so it equals `doc.text`), sparing even the first rebuild."""
    doc.user_data[_TEXT] = text


def add_span(
    doc: Doc,
    group: str,
    start: int,
    end: int,
    label: str,
    *,
    score: float,
    source: str,
    value: Any = None,
    explain: str | None = None,
) -> Span | None:
    """Add the token span covering chars [start, end) to `doc.spans[group]`."""
    span = doc.char_span(start, end, label=label, alignment_mode="expand", span_id=group)
    if span is None or not span.text.strip():
        return None
    span._.score = round(float(score), 3)
    span._.source = source
    span._.value = value
    span._.explain = explain
    if group not in doc.spans:
        doc.spans[group] = []
    doc.spans[group].append(span)
    return span


def group(doc: Doc, name: str) -> list[Span]:
    return list(doc.spans[name]) if name in doc.spans else []
