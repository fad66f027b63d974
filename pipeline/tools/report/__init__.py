"""Static HTML report of a records file: an index page and one page per document.

Self-contained (inline CSS and JS, no network resources). Every piece of text from a
release is escaped (see markup.py); page file names come from doc_id only.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import Any

from .pages import document_page, index_page, page_name

log = logging.getLogger(__name__)
ERRORS_FILE = "errors.jsonl"


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    """The JSON objects of a JSONL file; unreadable lines are logged and skipped."""
    rows = []
    with path.open(encoding="utf-8") as lines:
        for number, line in enumerate(lines, start=1):
            if not line.strip():
                continue
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as error:
                log.warning("%s line %d skipped: %s", path, number, error)
    return rows


def build_report(records_path: Path, out_dir: Path) -> Path:
    """Write index.html and doc-<doc_id>.html pages; returns the index path."""
    records = read_jsonl(records_path)
    errors_path = records_path.parent / ERRORS_FILE
    errors = read_jsonl(errors_path) if errors_path.exists() else []
    out_dir.mkdir(parents=True, exist_ok=True)
    for record in records:
        (out_dir / page_name(record)).write_text(document_page(record), encoding="utf-8")
    index = out_dir / "index.html"
    index.write_text(index_page(records, errors, str(records_path)), encoding="utf-8")
    return index
