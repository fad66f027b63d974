"""A body's own name in apposition after its kind: "företaget Gubbe", "analysföretaget
Ungdomsbarometern", "organisationen Mentor", "PR-byrån Kreab", "energibolaget E.ON",
"konsultföretaget Ernst & Young". The kind noun (org_kind_nouns.tsv) says both that the
name is a body's and what type it is, where no list knows the name. And a body called by
its ".nu" address outside any link ("Nattvandring.nu arbetar för"): an association."""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache

import regex

from ...language.resources import read_table
from ...language.text_units import alternation
from . import rules
from .hits import OrgHit
from .places import place_ok

# one capitalised word of a name: "Kreab", "KFUK-KFUM", "E.ON", "nattvandring.nu" is not
_WORD = r"\p{Lu}[\p{L}\d-]*(?:\.\p{L}+)*"
# "föreningen Idéer för livet": the name goes on in lower case, its end unclear
_NAME_GOES_ON = regex.compile(r" (?:för|mot|av) \p{Ll}")


@cache
def kind_types() -> dict[str, str]:
    return {row["ending"]: row["type"] for row in read_table("org_kind_nouns.tsv")}


@cache
def _pattern() -> regex.Pattern[str]:
    endings = alternation(kind_types())
    # the kind in lower case (an acronym may open its compound: "PR-byrån"), one space,
    # then one to four capitalised words, "&" allowed between them ("Ernst & Young")
    return regex.compile(
        rf"(?<![\p{{L}}\d-])(?P<kind>(?:\p{{Lu}}{{2,}}-)?(?:\p{{Ll}}[\p{{Ll}}-]*?)?(?:{endings}))"
        rf" (?P<name>{_WORD}(?: (?:& )?(?:{_WORD}|AB)){{0,3}})(?![\p{{L}}\d&-])"
    )


def find_kind_names(text: str) -> Iterator[OrgHit]:
    for m in _pattern().finditer(text):
        name, end = m["name"], m.end()
        if name.endswith("s") and regex.match(r" \p{Ll}", text[end:]):
            name, end = name[:-1], end - 1  # "företaget Gubbes satsning"
        if not is_body_name(name) or _NAME_GOES_ON.match(text, end):
            continue
        kind = next(t for e, t in kind_types().items() if m["kind"].endswith(e))
        why = "name after its kind 'företaget X'"
        yield OrgHit(m.start("name"), end, name, kind, 0.8, why, (), "org.kind_name")


def is_body_name(name: str) -> bool:
    """Not a place ("bolaget Malmö"), a determiner or a stoplisted word."""
    folded = name.casefold()
    return (
        len(name) > 1
        and folded not in rules.place_codes()
        and place_ok(name)
        and not rules.is_generic(name)
    )


# "nattvandring.nu", "Stiftelsen Jagvillha.nu": a ".nu" name in running text (a link or
# an e-mail address is no name, and step drops hits inside those)
_DOT_NU = regex.compile(r"(?<![\w@./:-])(?P<name>\p{L}[\p{L}\d-]*\.nu)(?![\w-]|\.\w|/)")
_PREFIX_BEFORE = regex.compile(r"(?P<word>\p{Lu}\p{Ll}+) $")
# a definite noun right before: "konferensen Förebygg.nu", "sajten x.nu" name no body
_NOUN_BEFORE = regex.compile(r"(?<![\p{L}-])(?P<word>\p{Ll}{3,}(?:en|et|an)) $")


def find_dot_nu_names(text: str) -> Iterator[OrgHit]:
    for m in _DOT_NU.finditer(text):
        start, name = m.start(), m["name"]
        noun = _NOUN_BEFORE.search(text, max(0, start - 30), start)
        if noun and not noun["word"].endswith(tuple(kind_types())):
            continue  # an event's or site's name; "stiftelsen x.nu" is a body's
        before = _PREFIX_BEFORE.search(text, max(0, start - 20), start)
        if before and before["word"] in rules.prefix_types():
            start, name = before.start(), f"{before['word']} {name}"  # "Stiftelsen x.nu"
        why = "name with the address ending '.nu'"
        yield OrgHit(start, m.end(), name, "association", 0.8, why, (), "org.dot_nu")
