"""Where the finders' hits meet: bodies the organization rules name and stop words leave,
the surest of overlapping hits stays, and one concept is one intervention (a name and its
acronym, a measure's forms)."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from ...language.spans import group
from ..organizations import NER_SCORE as NER_ORG_SCORE
from . import gazetteer
from .hits import Hit
from .vocabulary import head_lemmas, stoplist


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
