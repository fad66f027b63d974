"""Clean: raw decoded text to the text every record offset points into.

Normalises line ends, spaces and invisible characters, strips Markdown link syntax, and
drops page boilerplate lines listed in models/rules/boilerplate.txt.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache

import regex

from ..language.resources import read_lines

# Spaces that mean a plain space (thousands separators included): NBSP, thin, narrow...
_SPACES = regex.compile(r"[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")
# Invisible characters: soft hyphen, zero-width, BOM, bidi marks, C0/C1 controls.
_INVISIBLE = regex.compile(
    r"[\u00ad\u200b-\u200f\u2028\u2029\u2060-\u2064\ufeff\u202a-\u202e"
    r"\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]"
)
# Markdown links are found by `strip_links`; emphasis may not run over another of its
# marks: "**a " repeated scanned the rest of the line from every mark (quadratic).
_LINK_TEXT_END = regex.compile(r"[\]\n]")
_LINK_TARGET_END = regex.compile(r"[)\n]")
_MD_EMPHASIS = regex.compile(r"(\*\*|__)(?=\S)((?:(?!\1).)+?)(?<=\S)\1")
# Heading marks: "# Rubrik" reads as "Rubrik" (the NER took "# Förslag" for a name).
_MD_HEADING = regex.compile(r"^#{1,6}[ \t]+", regex.M)
_MANY_BLANKS = regex.compile(r"\n{3,}")
_TRAILING = regex.compile(r"[ ]+$", regex.M)
_MULTI_SPACE = regex.compile(r"(?<=\S) {2,}(?=\S)")
# spaCy's tokenizer is quadratic in a run of one punctuation symbol ("$" x 12,000 took a
# minute); real text has runs of at most a dozen (a line of underscores).
MAX_RUN = 10
_LONG_RUN = regex.compile(rf"([\p{{P}}\p{{S}}])\1{{{MAX_RUN},}}+")


@dataclass
class CleanText:
    text: str
    warnings: list[str] = field(default_factory=list)
    dropped: list[str] = field(default_factory=list)


@cache
def _boilerplate() -> tuple[frozenset[str], tuple[regex.Pattern[str], ...]]:
    exact, patterns = set(), []
    for line in read_lines("boilerplate.txt"):
        if line.startswith("re:"):
            patterns.append(regex.compile(line[3:], regex.I))
        else:
            exact.add(line.casefold())
    return frozenset(exact), tuple(patterns)


def is_boilerplate(line: str) -> bool:
    exact, patterns = _boilerplate()
    key = line.strip().casefold()
    return key in exact or any(p.fullmatch(key) for p in patterns)


def normalise(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _SPACES.sub(" ", text)
    text = _INVISIBLE.sub("", text)
    text = strip_links(text)
    text = _MD_EMPHASIS.sub(r"\2", text)
    text = _MD_HEADING.sub("", text)
    text = _MULTI_SPACE.sub(" ", text)
    return _TRAILING.sub("", text)


class _FirstOf:
    """The first match of a one-character pattern at or after a position, for positions
    that only grow: each stretch of text is scanned once (linear, where a regex started
    at every "[" of "[a](" repeated scans the rest of the line each time)."""

    def __init__(self, pattern: regex.Pattern[str], text: str) -> None:
        self.pattern, self.text, self.found = pattern, text, -2

    def at_or_after(self, pos: int) -> int:
        if self.found < pos and self.found != -1:
            match = self.pattern.search(self.text, pos)
            self.found = match.start() if match else -1
        return self.found


def strip_links(text: str) -> str:
    """'[text](target)' and '![alt](src)' to their text: what the regex
    `!?\\[([^\\]\\n]*)\\]\\([^)\\n]*\\)` replaced by its group 1 does, in linear time."""
    if "](" not in text:
        return text
    text_end, target_end = _FirstOf(_LINK_TEXT_END, text), _FirstOf(_LINK_TARGET_END, text)
    out, pos = [], 0
    opening = text.find("[")
    while opening != -1:
        close = text_end.at_or_after(opening + 1)
        if close == -1:
            break
        if text[close] == "]" and text.startswith("(", close + 1):
            end = target_end.at_or_after(close + 2)
            if end != -1 and text[end] == ")":
                start = opening - 1 if opening > pos and text[opening - 1] == "!" else opening
                out += [text[pos:start], text[opening + 1 : close]]
                pos = end + 1
                opening = text.find("[", pos)
                continue
        # every "[" before `close` ends at the same place, and fails the same way
        opening = text.find("[", close + 1)
    out.append(text[pos:])
    return "".join(out)


def shorten_runs(text: str) -> tuple[str, list[str]]:
    """Runs of one punctuation symbol longer than MAX_RUN cut to MAX_RUN, with a warning."""
    n = 0

    def cut(match: regex.Match[str]) -> str:
        nonlocal n
        n += 1
        return match.group(1) * MAX_RUN

    text = _LONG_RUN.sub(cut, text)
    return text, [f"shortened {n} run(s) of a symbol repeated over {MAX_RUN} times"] if n else []


def clean(raw: str) -> CleanText:
    """Normalise and drop boilerplate; the result is stripped of leading/trailing blank lines."""
    kept, dropped = [], []
    normalised, warnings = shorten_runs(normalise(raw))
    for line in normalised.split("\n"):
        if line.strip() and is_boilerplate(line):
            dropped.append(line.strip())
        else:
            kept.append(line)
    text = _MANY_BLANKS.sub("\n\n", "\n".join(kept)).strip()
    if dropped:
        warnings.append(f"dropped {len(dropped)} boilerplate line(s): " + "; ".join(dropped[:5]))
    return CleanText(text=text, warnings=warnings, dropped=dropped)
