"""Where the finders' hits meet: bodies the organization rules name and stop words leave,
the surest of overlapping hits stays, and one concept is one intervention (a name and its
acronym, a measure's forms)."""

from __future__ import annotations

from dataclasses import replace
from difflib import SequenceMatcher
from os.path import commonprefix

import regex
from spacy.tokens import Doc

from ...language.spans import group
from ..organizations import NER_SCORE as NER_ORG_SCORE
from . import gazetteer
from .hits import Hit
from .vocabulary import head_lemmas, heads, stoplist


def overlap(a: Hit, b: Hit) -> bool:
    return a.start < b.end and b.start < a.end


def _inside(a: Hit, b: Hit) -> bool:
    """a lies within b, and b is longer."""
    return b.start <= a.start and a.end <= b.end and b.end - b.start > a.end - a.start


# Organization spans at or below NER_ORG_SCORE come from the NER alone: a programme the
# gazetteer knows ("ABC", "Träfflokalen Fleming") outranks them.
def drop_orgs_and_stopwords(doc: Doc, hits: list[Hit]) -> list[Hit]:
    orgs = [
        (s.start_char, s.end_char)
        for s in group(doc, "organizations")
        if (s._.score or 0) > NER_ORG_SCORE
    ]
    out = []
    for h in hits:
        if h.name.casefold() in stoplist():
            continue
        clash = [(s, e) for s, e in orgs if s < h.end and h.start < e]
        if any(h.score < 0.9 or e - s > h.end - h.start for s, e in clash):
            continue  # a body named by the organizations rules, not a programme
        out.append(h)
    return out


def resolve_overlaps(hits: list[Hit]) -> list[Hit]:
    """The surest hit where hits overlap; but a programme's name is never cut by a measure
    written inside it ("Samverkan för barn och unga i behov av särskilt stöd (BUS)")."""
    names = [h for h in hits if h.named]
    hits = [h for h in hits if h.named or not any(_inside(h, n) for n in names)]
    kept: list[Hit] = []
    for hit in sorted(hits, key=lambda h: (-h.score, -(h.end - h.start), h.start)):
        if not any(overlap(k, hit) for k in kept):
            kept.append(hit)
    return sorted(kept, key=lambda h: h.start)


def as_entries(hits: list[Hit]) -> list[Hit]:
    """A measure found by word formation whose lemma is a gazetteer measure's written form
    ("fältassistent" beside "fältassistenter") is that entry's: one measure, not two."""
    lemma_of = head_lemmas().lemma
    entry_of = {lemma_of(h.name): h.entry for h in hits if h.entry and h.rule in gazetteer.RULES}
    return [replace(h, entry=entry_of.get(h.entry or "", h.entry)) for h in hits]


def unify(hits: list[Hit]) -> list[Hit]:
    """A name written once with its acronym and elsewhere by the acronym alone is one; a
    measure written in two of its entry's forms is one, under the form written first."""
    by_alias = {a.casefold(): h for h in hits for a in h.aliases if h.named}
    first_form: dict[str, Hit] = {}
    out = []
    for h in sorted(hits, key=lambda h: h.start):
        owner = by_alias.get(h.name.casefold())
        if owner is not None and owner.name != h.name:
            h = replace(h, name=owner.name, named=owner.named, aliases=owner.aliases, entry=None)
        if h.entry:  # a gazetteer measure: one per entry
            first = first_form.setdefault(h.entry.casefold(), h)
            names = tuple(n for n in dict.fromkeys((*first.aliases, h.name)) if n != first.name)
            h = replace(h, name=first.name, named=False, aliases=names, entry=None)
        out.append(h)
    return out


# A measure's group after it: "sommarjobb för ungdomar" is "sommarjobb" for someone.
_GROUP_TAIL = regex.compile(r"\s(?:för|till)\s.*$")
# Two spellings of one word: "orosamtal" and "orossamtal" (a slip of the pen).
_SAME_SPELLING = 0.9


def _same_word(a: str, b: str) -> bool:
    """One word in two inflections: by the lemma table ("boenden", "boende") or, for an
    adjective the table may lack, by a stem all but its last three letters long
    ("särskilda", "särskilt")."""
    if head_lemmas().same_word(a, b):
        return True
    stem = len(commonprefix([a.casefold(), b.casefold()]))
    return stem >= 4 and stem >= max(len(a), len(b)) - 3


def _one_measure(a: str, b: str) -> bool:
    """Two names of measures that write one concept: the same words inflected otherwise,
    with or without the group the measure is for, or spelt a letter apart."""
    if SequenceMatcher(None, a.casefold(), b.casefold()).ratio() >= _SAME_SPELLING:
        return True
    words_a, words_b = _GROUP_TAIL.sub("", a).split(), _GROUP_TAIL.sub("", b).split()
    if len(words_a) == len(words_b) and all(map(_same_word, words_a, words_b)):
        return True
    return _bare_head_of(words_a, words_b) or _bare_head_of(words_b, words_a)


def _bare_head_of(words_a: list[str], words_b: list[str]) -> bool:
    """a is the bare head word of the compound b, for a group or alone: "läger för
    tjejer" beside "sommarläger" is that camp."""
    if len(words_a) != 1 or len(words_b) != 1:
        return False
    a, b = words_a[0].casefold(), words_b[0].casefold()
    head = a if a in heads() else head_lemmas().lemma(a)
    if head not in heads() or b == head:
        return False
    return b.endswith(head) or head_lemmas().lemma(b).endswith(head)


def _in_base_form(name: str) -> bool:
    """The measure's word is written in its base form ("särskilt boende", not "särskilda
    boenden"), as ANNOTATION.md asks the name to be."""
    last = _GROUP_TAIL.sub("", name).split()[-1].casefold()
    return last.endswith(heads()) or head_lemmas().lemma(last) == last


def fold_forms_of_measures(hits: list[Hit]) -> list[Hit]:
    """A measure written in two forms in one release is one intervention ("särskilda
    boenden" and "särskilt boende"; "sommarjobb" and "sommarjobb för ungdomar"), under the
    first name in base form, the others its aliases."""
    names = list(dict.fromkeys(h.name for h in sorted(hits, key=lambda h: h.start) if not h.named))
    groups: list[list[str]] = []
    for name in names:
        home = next((g for g in groups if any(_one_measure(name, n) for n in g)), None)
        if home is None:
            groups.append([name])
        else:
            home.append(name)
    owner: dict[str, tuple[str, tuple[str, ...]]] = {}
    for g in (g for g in groups if len(g) > 1):
        first = next((n for n in g if _in_base_form(n)), g[0])
        aliases = [a for h in hits if h.name in g for a in (h.name, *h.aliases)]
        owner.update(
            (n, (first, tuple(a for a in dict.fromkeys(aliases) if a != first))) for n in g
        )
    return [
        replace(h, name=owner[h.name][0], aliases=owner[h.name][1]) if h.name in owner else h
        for h in hits
    ]
