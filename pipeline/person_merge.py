"""Mentions to people: one Person per named individual, however often it is mentioned.

Full-name mentions with the same case-folded name are one person; a lone first or last
name ("berättar Iréne", "säger Björkman") joins the one person it fits, and is dropped
when it fits none or several. Roles written twice (body and contact block) are one role,
in the fuller form. The organization is the most specific one named inside the text that
ties the person to a body (their roles, apposition or contact block).
"""

from __future__ import annotations

from difflib import SequenceMatcher
from typing import Any

from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from .components.people import valid_name
from .roles import is_genitive, starts_with_title
from .schema import Organization, Person, RoleMention, Span
from .spans import group

# Most specific first: a committee or an administration says more than its municipality.
ORG_SPECIFICITY = {
    "committee": 0,
    "administration": 0,
    "school": 1,
    "agency": 2,
    "association": 2,
    "company": 2,
    "political": 3,
    "region": 4,
    "municipality": 4,
    "other": 5,
}
NER_SCORE = 0.7


def name_key(name: str) -> str:
    return " ".join(name.split()).casefold()


def _value(span: SpacySpan) -> dict[str, Any]:
    value = span._.value
    return value if isinstance(value, dict) else {"name": span.text}


def _ner_people(doc: Doc) -> list[SpacySpan]:
    """PER entities of the trained NER (when the pipeline has one) that look like names."""
    found = []
    for ent in doc.ents:
        if ent.label_ != "PER":
            continue
        words = ent.text.split()
        while words and starts_with_title(words[0], within=1):
            words = words[1:]
        if valid_name(" ".join(words)):
            start = ent.end_char - len(" ".join(words))
            span = doc.char_span(start, ent.end_char, alignment_mode="expand")
            if span is not None:
                span._.value = {"name": span.text}
                found.append(span)
    return found


def grouped_mentions(doc: Doc) -> list[list[SpacySpan]]:
    """Mentions of each person, people in order of first mention."""
    spans = sorted(group(doc, "people") + _ner_people(doc), key=lambda s: s.start_char)
    by_name: dict[str, list[SpacySpan]] = {}
    partial = []
    for span in spans:
        value = _value(span)
        if value.get("partial") or len(value["name"].split()) < 2:
            partial.append(span)
        else:
            by_name.setdefault(name_key(value["name"]), []).append(span)
    for span in partial:
        if (key := resolve(_value(span)["name"], list(by_name))) is not None:
            by_name[key].append(span)
    return list(by_name.values())


def resolve(name: str, keys: list[str]) -> str | None:
    """The one full name `name` stands for: equal, or its only first/last-name match."""
    key = name_key(name)
    if key in keys:
        return key
    if " " in key:
        return None
    fits = [k for k in keys if key in (k.split()[0], k.split()[-1])]
    return fits[0] if len(fits) == 1 else None


def same_role(a: str, b: str) -> bool:
    """One position written twice: equal, one the start of the other, or nearly equal."""
    shorter, longer = sorted((a, b), key=len)
    owner = longer[: -len(shorter)].strip()
    return (
        longer == shorter
        or longer.startswith(shorter + " ")
        or (longer.endswith(" " + shorter) and " " not in owner and is_genitive(owner))
        or SequenceMatcher(None, a, b).ratio() >= 0.85
    )


def role_mentions(doc: Doc, spans: list[SpacySpan]) -> list[RoleMention]:
    found: dict[tuple[int, int], RoleMention] = {}
    for span in spans:
        for start, end, role in _value(span).get("roles", []):
            found.setdefault(
                (start, end),
                RoleMention(
                    value=role,
                    span=Span(start=start, end=end, text=doc.text[start:end]),
                    source=span._.source or "ner",
                    confidence=span._.score or NER_SCORE,
                    explanation=f"role written with the name ({span._.explain})",
                ),
            )
    return [found[k] for k in sorted(found)]


def distinct_roles(mentions: list[RoleMention]) -> list[str]:
    """Each position once, in its fuller form, in order of first mention."""
    roles: list[str] = []
    for mention in mentions:
        same = next((i for i, r in enumerate(roles) if same_role(r, mention.value)), None)
        if same is None:
            roles.append(mention.value)
        elif len(mention.value) > len(roles[same]):
            roles[same] = mention.value
    return roles


def _contexts(spans: list[SpacySpan], roles: list[RoleMention]) -> list[tuple[int, int]]:
    found = [(r.span.start, r.span.end) for r in roles]
    for span in spans:
        found += [(s, e) for s, e in _value(span).get("context", [])]
    return found


def organization_of(
    spans: list[SpacySpan], roles: list[RoleMention], organizations: list[Organization]
) -> tuple[Organization, str] | None:
    """The most specific organization mentioned inside the person's role or block text."""
    contexts = _contexts(spans, roles)
    candidates = []
    for org in organizations:
        inside = [m for m in org.mentions if any(s <= m.start and m.end <= e for s, e in contexts)]
        if inside:
            candidates.append((ORG_SPECIFICITY.get(org.type, 5), inside[0].start, org))
    if not candidates:
        return None
    _, _, best = min(candidates, key=lambda c: (c[0], c[1]))
    return best, f"{best.type} named in the person's title or contact block"


def _party(spans: list[SpacySpan]) -> str | None:
    parties = [_value(s).get("party") for s in spans]
    return next((p for p in parties if p), None)


def people(doc: Doc, organizations: list[Organization]) -> list[Person]:
    found = []
    for n, spans in enumerate(grouped_mentions(doc), start=1):
        full = [s for s in spans if len(_value(s)["name"].split()) >= 2] or spans
        best = max(full, key=lambda s: s._.score or 0.0)
        roles = role_mentions(doc, spans)
        org = organization_of(spans, roles, organizations)
        unique = {(s.start_char, s.end_char): s for s in spans}
        found.append(
            Person(
                id=f"P{n}",
                name=" ".join(_value(best)["name"].split()),
                party=_party(spans),
                roles=distinct_roles(roles),
                role_mentions=roles,
                organization_id=org[0].id if org else None,
                organization_explanation=org[1] if org else None,
                mentions=[
                    Span(start=s.start_char, end=s.end_char, text=s.text)
                    for s in (unique[k] for k in sorted(unique))
                ],
                source=best._.source or "ner",
                confidence=best._.score if best._.score is not None else NER_SCORE,
                explanation=best._.explain or "named entity (PER)",
            )
        )
    return found
