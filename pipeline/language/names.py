"""Person names: what a first-and-last name looks like in Swedish press text.

Shared by the people and quotes components and the role reader; the word lists that
rule out bodies, places and headings are data under models/rules/.
"""

from __future__ import annotations

from functools import cache

from .resources import read_lines, read_table

# A capitalised name word in any script's letters, combining marks included ("Phạm Đoan
# Trang", "Þórdís", decomposed "Amréus"); hyphenated parts ("Per-Olof") and "McLean",
# "O'Brien" allowed.
_WORD = r"(?:Mc|Mac|O['’]|D['’])?\p{Lu}\p{M}*[\p{Ll}\p{M}'’]*\p{Ll}\p{M}*"
NAME_WORD = rf"{_WORD}(?:-{_WORD})?"
# Lower-case particles and middle initials: "Ursula von der Leyen", "Sara E. Persson",
# "Gunvor G Ericson".
PARTICLE = (
    r"(?:af|av|von|van|de|der|den|la|le|di|da|das|do|dos|del|della|ter|ten|zu|bin|bint|ibn"
    r"|el|al|\p{Lu}\.?)"
)
# Particles after the first or the second name word: "Ursula von der Leyen",
# "Luiz Inácio da Silva"; at most three name words otherwise.
FULL_NAME = (
    rf"{NAME_WORD}(?:(?: {NAME_WORD})?(?: {PARTICLE}){{1,2}}(?: {NAME_WORD}){{1,2}}"
    rf"|(?: {NAME_WORD}){{1,2}})"
)
PARTY_MARK = r"\((?P<party>\p{L}{1,4})\)"


@cache
def not_name_words() -> frozenset[str]:
    """Words never in a name: the hand list, and the speech verbs ("Säger Kim Jansson")."""
    words = (*read_lines("not_name_words.txt"), *read_lines("speech_verbs.txt"))
    return frozenset(w.casefold() for w in words if " " not in w)


@cache
def _not_name_suffixes() -> tuple[str, ...]:
    return tuple(w.casefold() for w in read_lines("not_name_suffixes.txt"))


def valid_name(name: str) -> bool:
    """At least two capitalised name words, none a word that never belongs to a name
    ("Huddinge Kommun", "Region Stockholm") and the last not a body's ending."""
    parts = name.split()
    capitalised = [w for w in name.replace("-", " ").split() if w[:1].isupper()]
    return (
        len([p for p in parts if p[:1].isupper()]) >= 2
        and not any(w.casefold() in not_name_words() for w in capitalised)
        and not parts[-1].casefold().endswith(_not_name_suffixes())
        and not parts[0].casefold().endswith(_not_name_suffixes())  # "Kvinnojouren Kalmar"
    )


@cache
def party_marks() -> frozenset[str]:
    """The known party marks of models/rules/parties.tsv, upper case."""
    return frozenset(row["mark"].upper() for row in read_table("parties.tsv"))
