"""HTML page to plain text: every block of the page, one a line.

The fallback of `formats.html` when trafilatura finds no main content, and its reference
for which line breaks are real. selectolax (Lexbor) parses broken and deeply nested HTML
without recursion limits and is fast; page boilerplate left in is removed later from a
data list.
"""

from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser

# Elements whose content is never reader-visible text.
_DROP = "script, style, noscript, template, svg, iframe, object, head, button, select, form"
BLOCKS = (
    "p, div, br, li, ul, ol, h1, h2, h3, h4, h5, h6, tr, table, section, article, header,"
    " footer, nav, aside, blockquote, pre, dd, dt, dl, figure, figcaption, address, main, hr"
)


def looks_like_html(text: str) -> bool:
    head = text[:2048].lower()
    return "<html" in head or "<!doctype html" in head or "<body" in head or "<p>" in head


def html_to_text(html: str) -> str:
    tree = LexborHTMLParser(html)
    for node in tree.css(_DROP):
        node.decompose()
    root = tree.body or tree.root
    if root is None:
        return ""
    # Mark block boundaries with newlines so paragraphs and contact lines stay lines.
    for node in root.css(BLOCKS):
        node.insert_before("\n")
        node.insert_after("\n")
    title = tree.css_first("title")
    body = root.text(separator="", deep=True)
    return body if body.strip() or title is None else title.text()
