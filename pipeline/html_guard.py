"""Guard the HTML parser against pathological nesting.

Lexbor's tree building slows down with the depth of open elements (100,000 nested divs
take minutes). Real pages nest a few dozen levels; past MAX_DEPTH the container tags,
which only add line breaks to the text, are replaced by line breaks before parsing.
"""

from __future__ import annotations

import regex

MAX_DEPTH = 512

_TAG = regex.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9]*)\b[^>]*>")
_VOID = frozenset(
    [
        "area",
        "base",
        "br",
        "col",
        "embed",
        "hr",
        "img",
        "input",
        "link",
        "meta",
        "param",
        "source",
        "track",
        "wbr",
    ]
)
_CONTAINER = regex.compile(
    r"</?(?:div|span|section|article|main|aside|header|footer|nav|font|b|i|em|strong|table"
    r"|tbody|tr|td|th|ul|ol|li|p|blockquote|center|a|label|form|fieldset)\b[^>]*>",
    regex.I,
)


def max_depth(html: str) -> int:
    depth = deepest = 0
    for m in _TAG.finditer(html):
        if m.group(2).lower() in _VOID or m.group(0).endswith("/>"):
            continue
        depth = max(0, depth - 1) if m.group(1) else depth + 1
        deepest = max(deepest, depth)
    return deepest


def flatten_if_deep(html: str) -> tuple[str, list[str]]:
    """The HTML, flattened when nested deeper than MAX_DEPTH, and a warning if it was."""
    depth = max_depth(html)
    if depth <= MAX_DEPTH:
        return html, []
    return _CONTAINER.sub("\n", html), [f"HTML nested {depth} levels deep: flattened"]
