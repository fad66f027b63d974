"""DOCX releases to text with python-docx: body paragraphs and table cells in document
order, one paragraph a line (a line break inside one stays a line). Page headers and
footers, where letterheads keep the switchboard number, are left out."""

from __future__ import annotations

import io
from collections.abc import Iterator

from docx import Document
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph

from . import Extracted, FormatError


def docx_to_text(data: bytes) -> Extracted:
    try:
        document = Document(io.BytesIO(data))
        lines = list(_lines(document.iter_inner_content()))
    except Exception as exc:  # zip, XML and package errors alike: this file only is lost
        raise FormatError("corrupt", f"not a readable DOCX document: {exc}") from None
    return Extracted("\n".join(lines).strip())


def _lines(blocks: Iterator[Paragraph | Table]) -> Iterator[str]:
    for block in blocks:
        if isinstance(block, Paragraph):
            yield block.text.rstrip()
            continue
        for row in block.rows:
            for cell in _unique_cells(row.cells):
                yield from _lines(cell.iter_inner_content())
            yield ""


def _unique_cells(cells: list[_Cell]) -> Iterator[_Cell]:
    """A merged cell is listed once per grid column it spans: read it once."""
    seen: set[int] = set()
    for cell in cells:
        if id(cell._tc) not in seen:
            seen.add(id(cell._tc))
            yield cell
