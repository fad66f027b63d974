"""Contact blocks that main-content extraction dropped.

Press pages often put "Kontakt"/"Kontaktperson" in a box beside or below the article
body, which trafilatura counts as boilerplate. A block that opens with a contact heading
(models/rules/contact_headings.txt), lies outside the page's navigation, header, footer
and cookie banner, and holds a phone number or an e-mail address is put back.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache

import regex
from selectolax.lexbor import LexborHTMLParser, LexborNode

from ...language.resources import read_lines
from ..html_text import html_to_text

# Site chrome: its "Kontakt" boxes hold the switchboard, not the release's contact.
_CHROME = (
    "script, style, noscript, template, nav, footer, body > header, [role=banner],"
    " [role=navigation], [role=contentinfo], [role=dialog], [role=alertdialog]"
)
_CHROME_NAMES = regex.compile(r"cookie|consent|footer|breadcrumb|navigation|nav\b|menu", regex.I)
_HEADINGS = "h1, h2, h3, h4, h5, h6, strong, b, dt, p"
_HEADING_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_DETAIL = regex.compile(r"@[\w-]+\.\w|\d[\d -]{5,}\d")
MAX_BLOCK = 800  # characters: a contact block is a few lines, not the rest of the page


@cache
def _contact_headings() -> frozenset[str]:
    return frozenset(h.casefold() for h in read_lines("contact_headings.txt"))


def missing_contact_blocks(html: str, text: str) -> list[str]:
    """Contact blocks of the page whose details are not in `text` yet."""
    found: list[str] = []
    for block in _contact_blocks(html):
        details = [line for line in block.split("\n") if _DETAIL.search(line)]
        missing = details and not all(line.strip() in text for line in details)
        if missing and block not in found:
            found.append(block)
    return found


def _contact_blocks(html: str) -> Iterator[str]:
    tree = LexborHTMLParser(html)
    for node in tree.css(_CHROME):
        node.decompose()
    for node in tree.css("[class], [id]"):
        if _CHROME_NAMES.search(f"{node.attributes.get('class')} {node.attributes.get('id')}"):
            node.decompose()
    for heading in tree.css(_HEADINGS):
        label = heading.text().strip().rstrip(":").strip().casefold()
        if label in _contact_headings():
            block = _block_text(heading)
            if len(block) <= MAX_BLOCK and _DETAIL.search(block):
                yield block


def _block_text(heading: LexborNode) -> str:
    """The heading and what follows it up to the next heading, as lines."""
    parts = [heading.html or ""]
    node = heading.next
    while node is not None and node.tag not in _HEADING_TAGS:
        parts.append(node.html or (node.text() if node.tag == "-text" else ""))
        node = node.next
    lines = html_to_text("<div>" + "".join(parts) + "</div>").split("\n")
    return "\n".join(line.strip() for line in lines if line.strip())
