"""press_overlaps: the one place where one span group's spans change another's.

The extractors each write their own group and only read others. Where two groups claim
one stretch of text, this step decides, after all of them ran:

- an organization span that the NER alone found (rule `org.ner`) and that an
  intervention covers was the programme's name, not a body: it leaves `organizations`.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from ..language.component import component
from ..language.span_groups import attr
from ..language.spans import group

NER_RULE = "org.ner"


def _covered(span: Span, covers: list[tuple[int, int]]) -> bool:
    return any(s <= span.start_char and span.end_char <= e for s, e in covers)


def drop_ner_organizations_in_interventions(doc: Doc) -> None:
    """NER-only organization spans that a programme covers were the programme."""
    if "organizations" not in doc.spans:
        return
    programmes = [(s.start_char, s.end_char) for s in group(doc, "interventions")]
    doc.spans["organizations"] = [
        s for s in doc.spans["organizations"] if s._.rule != NER_RULE or not _covered(s, programmes)
    ]


def annotate_overlaps(doc: Doc, source: str) -> None:
    drop_ner_organizations_in_interventions(doc)


make_overlaps = component(
    "press_overlaps",
    annotate_overlaps,
    assigns=["doc.spans", attr("organizations")],
    requires=[attr("organizations"), attr("interventions")],
)
