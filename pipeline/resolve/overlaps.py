"""press_overlaps: the one place where one span group's spans change another's.

The extractors each write their own group and only read others. Where two groups claim
one stretch of text, this step decides, after all of them ran:

- an organization span that the NER alone found (rule `org.ner`) and that an
  intervention covers was the programme's name, not a body: it leaves `organizations`.
- a person's name (the NER's PER or a `people` span) that is an organization's name is
  that organization, not a person: "Lindsdals IF", "KFUM Basket" (a club or company
  marker of org_name_markers.tsv), "Röda Korset" (an organization span covers it),
  "Liberalerna Örebro" (an organization's name opens it: the body's local branch, named
  as written). The person's mention leaves `people` and the NER's entities.
"""

from __future__ import annotations

import regex
from spacy.tokens import Doc, Span

from ..components.organizations import rules as org_rules
from ..components.organizations.markers import goes_on_after_determiner
from ..components.organizations.names import company_key
from ..language.component import component
from ..language.names import valid_name
from ..language.span_groups import attr
from ..language.spans import add_span, group, text_of

NER_RULE = "org.ner"
PERSON_NAME_RULE = "org.person_name"
# a body named where a person's name was expected: surer than the NER's ORG, less than a rule
PERSON_NAME_SCORE = 0.7
# what follows a body's name in its branch's or unit's name: capitalised words ("Örebro")
_BRANCH = regex.compile(r"(?:\s\p{Lu}[\p{L}-]*)+")


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


def _base_name(name: str) -> str:
    """ "Lindsdals IF:s" -> "Lindsdals IF"."""
    return name[:-2] if name.endswith(":s") else name


def _as_organization(doc: Doc, person: Span, orgs: list[Span]) -> bool:
    """Whether the person's name is an organization's; where no organization span holds it
    yet, adds one. An organization span that opens the name but ends inside it ("Liberalerna"
    of "Liberalerna Örebro") gives way to the whole name, with its type."""
    start, end = person.start_char, person.end_char
    opening = [o for o in orgs if o.start_char <= start < o.end_char]
    if any(o.end_char >= end for o in opening):
        return True  # an organization covers the whole name
    # "IOGT-NTOs Juniorförbund Junis" where the NER's person is "Juniorförbund Junis": the
    # body's name starts where the organization does
    start = min([start, *(o.start_char for o in opening)])
    name = _base_name(text_of(doc)[start:end].strip())
    rest = text_of(doc)[opening[0].end_char : end] if opening else ""
    if rest and (valid_name(rest) or not _BRANCH.fullmatch(rest)):
        # "Kommunalrådet Anna Berg": a title the rules took for a body, then a name;
        # "Skandias stiftelse Idéer": no branch's name after the body's
        return False
    kind = opening[0]._.value["type"] if opening else org_rules.marker_type(name)
    if kind is None or (not opening and goes_on_after_determiner(name, text_of(doc)[end:])):
        return False
    # "Humana Assistans" where the text also writes "Humana Assistans AB": that company
    known = next((o for o in orgs if company_key(o._.value["name"]) == company_key(name)), None)
    if known is not None:
        name, kind = known._.value["name"], known._.value["type"]
    for org in opening:
        orgs.remove(org)
        doc.spans["organizations"] = [s for s in doc.spans["organizations"] if s != org]
    why = "a person's name that is an organization's"
    value: dict[str, object] = {"name": name, "type": kind, "aliases": []}
    score, rule = PERSON_NAME_SCORE, PERSON_NAME_RULE
    added = add_span(doc, "organizations", start, end, "ORG", score=score,
                     source="press_overlaps", rule=rule, value=value, explain=why)  # fmt: skip
    if added is not None:
        orgs.append(added)
    return True


def people_that_are_organizations(doc: Doc) -> None:
    """Names of people (NER PER entities, `people` spans) that name an organization leave
    the people and become (or stay) that organization."""
    orgs = group(doc, "organizations")
    persons = [e for e in doc.ents if e.label_ == "PER"] + group(doc, "people")
    bodies = {(p.start_char, p.end_char) for p in persons if _as_organization(doc, p, orgs)}
    if not bodies:
        return
    doc.ents = [e for e in doc.ents if (e.start_char, e.end_char) not in bodies]
    if "people" in doc.spans:
        doc.spans["people"] = [
            s for s in doc.spans["people"] if (s.start_char, s.end_char) not in bodies
        ]


def annotate_overlaps(doc: Doc, source: str) -> None:
    drop_ner_organizations_in_interventions(doc)
    people_that_are_organizations(doc)


make_overlaps = component(
    "press_overlaps",
    annotate_overlaps,
    assigns=["doc.spans", "doc.ents", attr("organizations"), attr("people")],
    requires=[attr("organizations"), attr("interventions"), attr("people")],
)
