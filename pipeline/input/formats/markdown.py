"""Markdown to plain text: the words a reader sees, one paragraph or list item a line.

Line-based, for the Markdown press releases are written in: headings, emphasis, links,
images, list bullets, code fences, block quotes, horizontal rules and HTML comments.
A block quote `> – …` or `> "…"` becomes the dashed or quoted paragraph that the quote
stage reads as direct speech.
"""

from __future__ import annotations

import regex

_FENCE = regex.compile(r"^\s*(```|~~~)")
_HEADING = regex.compile(r"^\s{0,3}#{1,6}(?:[ \t]+|$)(.*?)(?:[ \t]+#+)?[ \t]*$")
_SETEXT_RULE = regex.compile(r"^\s{0,3}(=+|-+)\s*$")
_RULE = regex.compile(r"^\s{0,3}([-*_])(?:\s*\1){2,}\s*$")
_QUOTE = regex.compile(r"^\s{0,3}>[ \t]?")
_BULLET = regex.compile(r"^(\s*)[*+•][ \t]+")  # "- item" stays: a hyphen line is a list item
_IMAGE = regex.compile(r"!\[([^\]\n]*)\]\([^)\n]*\)")
_LINK = regex.compile(r"\[([^\]\n]+)\]\([^)\n]*\)")
_REF_LINK = regex.compile(r"\[([^\]\n]+)\]\[[^\]\n]*\]")
_REF_DEF = regex.compile(r"^\s{0,3}\[[^\]\n]+\]:\s+\S+.*$")
_AUTOLINK = regex.compile(r"<((?:https?://|mailto:)?[^\s<>@]+(?:@[^\s<>]+)?)>")
_STRONG = regex.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_EMPHASIS = regex.compile(r"(?<![\w*])\*(?=[^\s*])(.+?)(?<=[^\s*])\*(?!\*)")
_UNDERSCORE = regex.compile(r"(?<![\w_])_(?=[^\s_])(.+?)(?<=[^\s_])_(?![\w_])")
_STRIKE = regex.compile(r"~~(?=\S)(.+?)(?<=\S)~~")
_CODE = regex.compile(r"`([^`\n]+)`")
_COMMENT = regex.compile(r"<!--.*?-->", regex.S)
_HARD_BREAK = regex.compile(r"(?:  +|\\)$", regex.M)


def markdown_to_text(markdown: str) -> str:
    markdown = _COMMENT.sub("", markdown.replace("\r\n", "\n").replace("\r", "\n"))
    lines: list[str] = []
    in_fence = False
    for line in markdown.split("\n"):
        if _FENCE.match(line):
            in_fence = not in_fence
            continue
        if in_fence:  # code is kept verbatim, without its fences
            lines.append(line)
            continue
        lines.append(_block_line(line, lines))
    return "\n".join(_inline(line) for line in lines)


def _block_line(line: str, before: list[str]) -> str:
    """One line without its block markup; a setext underline or rule becomes a blank line."""
    while _QUOTE.match(line):
        line = _QUOTE.sub("", line, count=1)
    if _SETEXT_RULE.match(line) and before and before[-1].strip():
        return ""  # "Rubrik\n======": the underline is markup
    if _RULE.match(line) or _REF_DEF.match(line):
        return ""
    if m := _HEADING.match(line):
        return m.group(1)
    return _BULLET.sub(r"\1", line)


def _inline(line: str) -> str:
    line = _IMAGE.sub(r"\1", line)
    line = _LINK.sub(r"\1", line)
    line = _REF_LINK.sub(r"\1", line)
    line = _AUTOLINK.sub(r"\1", line)
    line = _CODE.sub(r"\1", line)
    for pattern in (_STRONG, _STRIKE):
        line = pattern.sub(r"\2" if pattern is _STRONG else r"\1", line)
    line = _EMPHASIS.sub(r"\1", line)
    line = _UNDERSCORE.sub(r"\1", line)
    return _HARD_BREAK.sub("", line)
