"""Guard the HTML parser against pathological pages, before it runs.

Lexbor's tree building slows down with the depth of open elements (100,000 nested divs
take minutes). Real pages nest a few dozen levels; past MAX_DEPTH the container tags,
which only add line breaks to the text, are replaced by line breaks before parsing.

Some pages grow when parsed, and are refused instead (`refuse_expanding`): the HTML
standard re-opens every unclosed formatting element (<u>, <font>, ...) after each
closed block, so 400 unclosed <u> and 20,000 paragraphs make 8 million elements out of
180 kB; and every block element costs parser nodes and two line breaks of text, so a
page of 600,000 <br> holds no release but gigabytes of tree.
"""

from __future__ import annotations

from collections import Counter

import regex

from .decoding import InputError
from .html_text import BLOCKS

MAX_DEPTH = 512
MAX_TEXT_CHARS = 1_000_000  # spaCy's limit: a longer text would be refused after parsing
MAX_RECREATED = 200_000  # formatting elements the parser may re-open (some 70 MB)
NOAHS_ARK = 3  # the standard re-opens at most 3 copies of one tag with the same attributes

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
# the formatting elements of the HTML standard: the ones the parser re-opens
_FORMATTING_TAGS = "a b big code em font i nobr s small strike strong tt u"
_FORMATTING = frozenset(_FORMATTING_TAGS.split())
_FORMATTING_TAG = regex.compile(rf"<(/?)({'|'.join(_FORMATTING)})\b[^>]*>", regex.I)
_ANY_TAG = regex.compile(r"</?[a-zA-Z][a-zA-Z0-9]*\b[^>]*>")
_BLOCK_NAMES = "|".join(name.strip() for name in BLOCKS.split(","))
_BLOCK_START = regex.compile(rf"<(?:{_BLOCK_NAMES})\b", regex.I)
# where the parser reads raw text up to a closing marker: no tags, no page text
_RAW_START = regex.compile(r"<(script|style|template|noscript|svg)\b|<!--", regex.I)
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


def refuse_expanding(html: str) -> None:
    """Raise InputError for a page that would grow past the limits when parsed."""
    recreated, text_chars = _expansion(_without_raw_text(html))
    if recreated > MAX_RECREATED:
        raise InputError(
            "html",
            f"the HTML would re-open unclosed formatting tags some {recreated} times when "
            f"parsed (limit {MAX_RECREATED}): refused",
        )
    if text_chars > MAX_TEXT_CHARS:
        raise InputError(
            "too_large",
            f"the page's text would be some {text_chars} characters, over the limit of "
            f"{MAX_TEXT_CHARS}",
        )


def _expansion(html: str) -> tuple[int, int]:
    """Upper estimates of the formatting elements the parser re-creates and of the
    text's length (characters outside tags, plus two line breaks per block)."""
    text_chars = len(html) - sum(len(tag) for tag in _ANY_TAG.findall(html))
    return _recreated(html), text_chars + 2 * len(_BLOCK_START.findall(html))


def _recreated(html: str) -> int:
    """Each tag that follows unclosed formatting elements may make the parser re-open
    them all: the sum over tags of the formatting elements open before it."""
    open_copies: Counter[str] = Counter()  # unclosed formatting tags, as written
    by_name: dict[str, list[str]] = {}
    reopened = recreated = last = 0
    for m in _FORMATTING_TAG.finditer(html):
        recreated += reopened * html.count("<", last, m.start())
        reopened += _track_formatting(m, m.group(2).lower(), open_copies, by_name)
        last = m.end()
    return recreated + reopened * html.count("<", last)


def _track_formatting(
    m: regex.Match[str], name: str, open_copies: Counter[str], by_name: dict[str, list[str]]
) -> int:
    """The change in re-openable formatting elements a start or end tag makes."""
    if m.group(1):
        stack = by_name.get(name)
        if not stack:
            return 0
        tag = stack.pop()
        open_copies[tag] -= 1
        return -1 if open_copies[tag] < NOAHS_ARK else 0
    tag = m.group(0).lower()
    by_name.setdefault(name, []).append(tag)
    open_copies[tag] += 1
    return 1 if open_copies[tag] <= NOAHS_ARK else 0


def _without_raw_text(html: str) -> str:
    """The HTML without scripts, styles and comments: their text is never page text,
    and may hold anything that looks like a tag. An unclosed one runs to the end."""
    parts, pos = [], 0
    while m := _RAW_START.search(html, pos):
        parts.append(html[pos : m.start()])
        closing = "-->" if m.group(0) == "<!--" else f"</{m.group(1)}"
        end = regex.compile(regex.escape(closing), regex.I).search(html, m.end())
        if end is None:
            return "".join(parts)
        pos = end.end()
    parts.append(html[pos:])
    return "".join(parts)
