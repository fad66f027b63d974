"""Web pages to the release they carry: main text, title and publication date.

trafilatura finds the main content (navigation, headers, footers, cookie banners and
sidebars stay out) and reads the page's metadata: the title (og:title, <h1>, <title>) and
the date (article:published_time, <time datetime>, DC.date...) through htmldate, from the
markup only (no guessing from the text, where event dates would pass for it). A contact
block it left out as boilerplate is put back (`html_contacts`). When trafilatura finds
nothing or fails, the selectolax text of the whole page (`html_text`) is the fallback.
"""

from __future__ import annotations

import logging
from datetime import date
from typing import Any

import trafilatura
from selectolax.lexbor import LexborHTMLParser
from trafilatura.settings import Document

from ..html_text import html_to_text
from . import Extracted, with_title
from .html_contacts import missing_contact_blocks

# trafilatura logs every page it finds too short at WARNING; the fallback handles those.
logging.getLogger("trafilatura").setLevel(logging.ERROR)
logging.getLogger("htmldate").setLevel(logging.ERROR)

_DATE_PARAMS = {"extensive_search": False, "original_date": True}


def read_page(html: str) -> Extracted:
    found = _main_content(html)
    if found is None:
        text, title, published = html_to_text(html), _heading(html), None
    else:
        text, title, published = found
        text = rejoin_inline(text, html_to_text(html))
        text = "\n\n".join([text, *missing_contact_blocks(html, text)])
    metadata: dict[str, Any] = {}
    if title:
        metadata["title"] = title
    if published:
        metadata["published"] = published
    return Extracted(with_title(text, title), metadata)


def rejoin_inline(text: str, page_text: str) -> str:
    """`text` with the lines joined again that one block of the page holds together.

    On short pages trafilatura falls back to a text dump that breaks a line at every
    element, inline ones too: "Nu startar <strong>Fritid för alla</strong> i ..." came
    out as three lines. `page_text` (the selectolax text, one line per block) says which
    breaks are real."""
    blocks = "\n" + "\n".join(" ".join(line.split()) for line in page_text.split("\n")) + "\n"
    lines: list[str] = []
    for line in text.split("\n"):
        line = " ".join(line.split())
        if lines and lines[-1] and line:
            joined = next((j for j in _joins(lines[-1], line) if j in blocks), None)
            if joined is not None:
                lines[-1] = joined
                continue
        lines.append(line)
    return "\n".join(lines)


def _joins(before: str, after: str) -> tuple[str, str]:
    """The two ways an inline element can sit in a line: between spaces or inside a word."""
    return f"{before} {after}", f"{before}{after}"


def _main_content(html: str) -> tuple[str, str | None, str | None] | None:
    """(text, title, ISO date) per trafilatura, or None when it finds no text."""
    try:
        page = trafilatura.bare_extraction(
            html,
            with_metadata=True,
            include_comments=False,
            include_tables=True,
            include_images=False,
            include_links=False,
            deduplicate=False,
            date_extraction_params=_DATE_PARAMS,
        )
    except Exception:  # a page it cannot handle goes to the fallback parser
        return None
    if not isinstance(page, Document) or not (page.text or "").strip():
        return None
    return page.text or "", _clean_title(page.title), _iso_date(page.date)


def _clean_title(title: str | None) -> str | None:
    title = " ".join((title or "").split())
    return title or None


def _iso_date(value: str | None) -> str | None:
    try:
        return date.fromisoformat((value or "")[:10]).isoformat()
    except ValueError:
        return None


def _heading(html: str) -> str | None:
    """The page's <h1>, else its <title>, for the fallback's text."""
    tree = LexborHTMLParser(html)
    for selector in ("h1", "title"):
        node = tree.css_first(selector)
        if node is not None and (title := _clean_title(node.text())):
            return title
    return None
