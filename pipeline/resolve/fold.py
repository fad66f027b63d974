"""Folding names for comparison with e-mail addresses, which write them without case,
accents or spaces."""

from __future__ import annotations

import unicodedata


def fold(text: str) -> str:
    """Case- and accent-folded letters only: 'Åsa Bäckström' -> 'asabackstrom'."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if c.isalnum() and not unicodedata.combining(c))
