"""The press_organizations step: every rule's hits, overlaps resolved, one name per body,
written to the span group `organizations`."""

from __future__ import annotations

import regex
from spacy.tokens import Doc

from ...language.component import component
from ...language.span_groups import attr
from ...language.spans import add_span, text_of
from . import rules
from .branches import find_branches
from .committees import find_committee_phrases, find_compounds
from .gazetteer import find_gazetteer
from .hits import Disjoint, OrgHit, overlapping, resolve_overlaps
from .kind_names import find_dot_nu_names, find_kind_names
from .listed import find_listed_bodies
from .markers import find_headed_names, find_marked_names
from .named_units import find_named_units
from .names import attach_acronyms, bare_county_board, registered, unify_names
from .ner import find_ner, find_title_bodies
from .partners import find_partner_names
from .public_bodies import find_public_bodies
from .title_units import find_headed_units, find_title_units

GROUP = "organizations"

# an e-mail address or a web address: "anna@lansstyrelsen.se" names no body in running text
_ADDRESS = regex.compile(r"[\w.+-]*@[\w.-]+|(?:https?://|www\.)[^\s]+", regex.I)


def outside_addresses(text: str, hits: list[OrgHit]) -> list[OrgHit]:
    """The hits that lie in no e-mail or web address of the text."""
    addresses = [(m.start(), m.end()) for m in _ADDRESS.finditer(text)]
    if not addresses:
        return hits
    return [h for h in hits if not any(s < h.end and h.start < e for s, e in addresses)]


def find_organizations(doc: Doc) -> list[OrgHit]:
    text = text_of(doc)
    found = [
        *find_gazetteer(text),
        *find_public_bodies(text),
        *find_compounds(text),
        *find_committee_phrases(text),
        *find_marked_names(text),
        *find_headed_names(text),
        *find_named_units(text),
        *find_headed_units(text),
        *find_kind_names(text),
        *find_dot_nu_names(text),
    ]
    hits = outside_addresses(text, found)
    # a name after a title is only taken where no surer rule found a body
    hits += [h for h in find_title_bodies(text) if not any(overlapping(h, o) for o in hits)]
    hits += [h for h in find_title_units(doc) if not any(overlapping(h, o) for o in hits)]
    hits += [h for h in find_partner_names(doc) if not any(overlapping(h, o) for o in hits)]
    hits += list(find_branches(text, hits))
    rule_hits = resolve_overlaps(hits)
    taken = Disjoint(rule_hits)
    ner_hits = [h for h in find_ner(doc) if not taken.overlaps(h.start, h.end)]
    hits = resolve_overlaps(rule_hits + ner_hits)
    hits += list(find_listed_bodies(doc, hits))
    hits = [registered(h) for h in hits if not rules.is_generic(h.name)]
    return unify_names(bare_county_board(attach_acronyms(text, hits)))


def annotate_organizations(doc: Doc, source: str) -> None:
    """Writes each organization found to `doc.spans["organizations"]` (label ORG)."""
    for hit in find_organizations(doc):
        add_span(
            doc,
            GROUP,
            hit.start,
            hit.end,
            "ORG",
            score=hit.score,
            source=source,
            value={"name": hit.name, "type": hit.type, "aliases": list(hit.aliases)},
            rule=hit.rule,
            explain=hit.why,
        )


make_organizations = component(
    "press_organizations",
    annotate_organizations,
    assigns=["doc.spans", attr(GROUP)],
    requires=[],
)
