"""Caps on the items a component keeps per document, and the warnings they leave.

A text with thousands of amounts is no press release (the corpora's most in one release:
128 numbers), and every item costs a component time. The caps are rule data
(models/rules/caps.tsv, the last row per component wins, so `run --rules DIR` can raise
one); a cap that fires is never silent: its warning goes on the record (`doc_warnings`,
read by assemble.to_record).
"""

from __future__ import annotations

from spacy.tokens import Doc

from .resources import read_table

_WARNINGS = "pressx_warnings"  # doc.user_data key: the components' warnings, in order


def cap(component: str) -> int:
    """The most items `component` keeps per document."""
    rows = [r for r in read_table("caps.tsv") if r["component"] == component]
    if not rows:
        raise KeyError(f"no cap for {component!r} in caps.tsv")
    return int(rows[-1]["max"])


def warn(doc: Doc, message: str) -> None:
    doc.user_data.setdefault(_WARNINGS, []).append(message)


def doc_warnings(doc: Doc) -> list[str]:
    """What the components said about this document (a cap that fired, say)."""
    return list(doc.user_data.get(_WARNINGS, []))
