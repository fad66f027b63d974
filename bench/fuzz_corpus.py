"""Pathological documents for the pipeline, made on demand at a given size.

`cases(size)` yields `(name, text)` pairs of about `size` characters each: long runs of one
symbol (spaCy's tokenizer is quadratic on some), one word repeated, capitalised words,
genitives the NER reads as one long name, digits with spaces, e-mail-like strings, quotes,
dashes, unclosed or nested markup, repeated contact blocks, and an ordinary release
repeated. Nothing here is read from ../shared; the ordinary release is a seed.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# One run of each symbol, named so that the name is safe in a file name.
SYMBOLS = {
    "hash": "#",
    "dollar": "$",
    "percent": "%",
    "dquote": '"',
    "paren": "(",
    "guillemet-open": "«",
    "guillemet-close": "»",
    "star": "*",
    "hyphen": "-",
    "en-dash": "–",
    "dot": ".",
}

# Units repeated to the size: each a shape that real text has a few of.
UNITS = {
    "word": "kommunen ",
    "capitalised": "Stockholm Anna Berg Karlsson Region ",
    "genitive": "Anna's ",
    "genitive-swedish": "Annas Bergs ",
    "digits": "12 34 56 ",
    "phone-like": "08-578 291 00 ",
    "email-like": "anna.berg@tyreso.se ",
    "email-dots": "a.b.c.d.e.f.g.h@",
    "quotes": '"Vi vill" säger hon ',
    "quote-dash-lines": "– Vi vill finnas där, säger Anna Berg (S).\n",
    "dashes": "– ",
    "markup-a": "<a ",
    "markup-bold": "**a ",
    "markup-div": "<div>",
    "markup-link": "[a](",
    "markdown-heading": "# ",
    "party-marks": "Anna Berg (S) ",
    "titles": "ordförande i socialnämnden ",
}

CONTACT_BLOCK = (
    "Anna Berg{n}\nordförande i socialnämnden\n"
    "Telefon: 070-{n:03d} 11 11\nE-post: anna.berg{n}@tyreso.se\n\n"
)


def fill(unit: str, size: int) -> str:
    """`unit` repeated to `size` characters (a last partial copy cut)."""
    return (unit * (size // len(unit) + 1))[:size]


def contact_blocks(size: int) -> str:
    """Contact blocks up to `size` characters (at 1 MB, within spaCy's length limit)."""
    blocks: list[str] = ["Kontakt\n\n"]
    total, n = len(blocks[0]), 0
    while total + len(block := CONTACT_BLOCK.format(n=n % 1000)) <= size or n == 0:
        blocks.append(block)
        total, n = total + len(block), n + 1
    return "".join(blocks)


def ordinary_release() -> str:
    return min((ROOT / "seeds").glob("*.txt")).read_text(encoding="utf-8")


def cases(size: int) -> Iterator[tuple[str, str]]:
    """Every pathological document at about `size` characters, with its name."""
    for name, symbol in SYMBOLS.items():
        yield f"run-{name}", fill(symbol, size)
        yield f"spaced-{name}", fill(symbol + " ", size)
    for name, unit in UNITS.items():
        yield name, fill(unit, size)
    yield "contact-blocks", contact_blocks(size)
    release = ordinary_release()
    yield "release-repeated", fill(release + "\n\n", size)


def names() -> list[str]:
    return [name for name, _ in cases(100)]
