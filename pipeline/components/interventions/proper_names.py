"""A measure in common words that the text writes as a proper name is a named programme
(ANNOTATION.md: "a capitalised name of a specific unit or service is `named` even when its
words are common"): "stödet till Läxhjälpen", "projektet Stödperson". The capital counts
only inside a sentence, after a lower-case word, and in a singular: "Ungdomsmottagningarna i
Skåne" is a set of units, a capital after a full stop or in a heading says nothing."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace

import regex

from .hits import Hit
from .triggers import trigger_words

RULE = "intervention.proper_name"
# after a lower-case word (or a comma) on the same line: not a sentence's or line's start
_INSIDE_SENTENCE = regex.compile(r"[\p{Ll}\d,]\s+$")
_LAST_WORD = regex.compile(r"(\p{L}+)\s+$")
_PLURAL_DEFINITE = regex.compile(r"(?:arna|erna|orna|rna)$")


def _written_as_name(text: str, hit: Hit) -> bool:
    written = text[hit.start : hit.end]
    if not written[:1].isupper() or _PLURAL_DEFINITE.search(written):
        return False
    return _INSIDE_SENTENCE.search(text, max(0, hit.start - 3), hit.start) is not None


def _capitalised(text: str, hit: Hit) -> bool:
    return text[hit.start : hit.start + 1].isupper()


def _name_as_written(text: str, mentions: list[Hit]) -> str:
    """The first capitalised mention inside a sentence, without a genitive "s"."""
    first = next(h for h in mentions if _written_as_name(text, h))
    written = text[first.start : first.end]
    others = {text[h.start : h.end] for h in mentions}
    return written[:-1] if written.endswith("s") and written[:-1] in others else written


def _after_trigger(text: str, hit: Hit) -> bool:
    """Right after a programme word: "projektet Stödperson"."""
    before = _LAST_WORD.search(text, max(0, hit.start - 40), hit.start)
    return before is not None and before[1].casefold().endswith(trigger_words())


def _is_proper_name(text: str, mentions: list[Hit]) -> bool:
    """Most mentions capitalised, and either two written as a name inside a sentence or one
    right after a programme word: one capital alone may be a heading's or a slip."""
    if 2 * sum(_capitalised(text, h) for h in mentions) < len(mentions):
        return False
    as_names = [h for h in mentions if _written_as_name(text, h)]
    return len(as_names) >= 2 or any(_after_trigger(text, h) for h in as_names)


def proper_names(text: str, hits: list[Hit]) -> list[Hit]:
    """Every mention of a measure becomes a named programme under its capitalised form when
    the text writes it as a proper name (_is_proper_name)."""
    by_name: defaultdict[str, list[Hit]] = defaultdict(list)
    for h in hits:
        if not h.named:
            by_name[h.name.casefold()].append(h)
    renamed: dict[str, str] = {}
    for key, mentions in by_name.items():
        if _is_proper_name(text, mentions):
            renamed[key] = _name_as_written(text, mentions)
    if not renamed:
        return hits
    return [_as_named(h, renamed[h.name.casefold()]) if _renamed(h, renamed) else h for h in hits]


def _renamed(hit: Hit, renamed: dict[str, str]) -> bool:
    return not hit.named and hit.name.casefold() in renamed


def _as_named(hit: Hit, name: str) -> Hit:
    why = f"measure written as a proper name: {name}"
    return replace(hit, name=name, named=True, aliases=(), entry=None, why=why, rule=RULE)
