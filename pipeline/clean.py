"""Clean: raw decoded text to the text every record offset points into.

Normalises line ends, spaces and invisible characters, strips Markdown link syntax, and
drops page boilerplate lines listed in models/rules/boilerplate.txt.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache

import regex

from .resources import read_lines

# Spaces that mean a plain space (thousands separators included): NBSP, thin, narrow...
_SPACES = regex.compile(r"[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")
# Invisible characters: soft hyphen, zero-width, BOM, bidi marks, C0/C1 controls.
_INVISIBLE = regex.compile(
    r"[\u00ad\u200b-\u200f\u2028\u2029\u2060-\u2064\ufeff\u202a-\u202e"
    r"\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]"
)
_MD_LINK = regex.compile(r"!?\[([^\]\n]*)\]\([^)\n]*\)")
_MD_EMPHASIS = regex.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
# Heading marks: "# Rubrik" reads as "Rubrik" (the NER took "# Förslag" for a name).
_MD_HEADING = regex.compile(r"^#{1,6}[ \t]+", regex.M)
_MANY_BLANKS = regex.compile(r"\n{3,}")
_TRAILING = regex.compile(r"[ ]+$", regex.M)
_MULTI_SPACE = regex.compile(r"(?<=\S) {2,}(?=\S)")


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
    text = _MD_LINK.sub(r"\1", text)
    text = _MD_EMPHASIS.sub(r"\2", text)
    text = _MD_HEADING.sub("", text)
    text = _MULTI_SPACE.sub(" ", text)
    return _TRAILING.sub("", text)


def clean(raw: str) -> CleanText:
    """Normalise and drop boilerplate; the result is stripped of leading/trailing blank lines."""
    kept, dropped = [], []
    for line in normalise(raw).split("\n"):
        if line.strip() and is_boilerplate(line):
            dropped.append(line.strip())
        else:
            kept.append(line)
    text = _MANY_BLANKS.sub("\n\n", "\n".join(kept)).strip()
    warnings = []
    if dropped:
        warnings.append(f"dropped {len(dropped)} boilerplate line(s): " + "; ".join(dropped[:5]))
    return CleanText(text=text, warnings=warnings, dropped=dropped)
