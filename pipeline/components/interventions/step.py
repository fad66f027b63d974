"""The pipeline step: every finder over the text, their hits merged, one span each in the
group `interventions` (label INTERVENTION, value {"name", "named", "aliases"}), carrying
the rule id of the finder that made it."""

from __future__ import annotations

from spacy.tokens import Doc

from ...language.component import component
from ...language.span_groups import attr
from ...language.spans import add_span, text_of
from .gazetteer import find_measures, find_named
from .hits import Hit
from .measures import (
    find_adjective_measures,
    find_compound_measures,
    find_measures_for_groups,
    fold_compounds_of_measures,
    with_adjective,
    with_target_group,
)
from .merge import (
    as_entries,
    drop_orgs_and_stopwords,
    fold_forms_of_measures,
    overlap,
    resolve_overlaps,
    unify,
)
from .named import (
    find_acronym_names,
    find_bulleted,
    find_defined_names,
    find_enumerated,
    find_quoted_names,
    find_services,
)
from .proper_names import proper_names
from .triggers import find_after_trigger

GROUP = "interventions"
LABEL = "INTERVENTION"


def _names_and_listed_measures(text: str) -> list[Hit]:
    """Every finder of names and of the user's measures, each the surest where they meet."""
    return [
        *find_named(text),
        *find_measures(text),
        *find_after_trigger(text),
        *find_acronym_names(text),
        *find_enumerated(text),
        *find_services(text),
        *find_quoted_names(text),
        *find_defined_names(text),
    ]


def find_interventions(doc: Doc) -> list[Hit]:
    text = text_of(doc)
    hits = resolve_overlaps(drop_orgs_and_stopwords(doc, _names_and_listed_measures(text)))
    # each extend sees what it adds: a later bullet item or measure meets the earlier ones
    hits += find_bulleted(text, hits)
    # word formation last: a compound inside a longer measure is that measure's word
    hits += (h for h in find_compound_measures(text) if not any(overlap(h, k) for k in hits))
    hits += (h for h in find_adjective_measures(text) if not any(overlap(h, k) for k in hits))
    hits += (h for h in find_measures_for_groups(text) if not any(overlap(h, k) for k in hits))
    hits = [with_adjective(text, with_target_group(text, h)) for h in as_entries(hits)]
    hits = unify(fold_compounds_of_measures(drop_orgs_and_stopwords(doc, hits)))
    return proper_names(text, fold_forms_of_measures(hits))


def annotate_interventions(doc: Doc, source: str) -> None:
    """Writes `doc.spans["interventions"]`, one span a hit."""
    for hit in find_interventions(doc):
        value = {"name": hit.name, "named": hit.named, "aliases": list(hit.aliases)}
        at = (doc, GROUP, hit.start, hit.end, LABEL)
        add_span(*at, score=hit.score, source=source, value=value, rule=hit.rule, explain=hit.why)


# Reads `organizations`, so it runs after press_organizations (press_overlaps then drops
# the NER-only organization spans a programme covers).
make_interventions = component(
    "press_interventions",
    annotate_interventions,
    assigns=["doc.spans", attr(GROUP)],
    requires=[attr("organizations")],
)
