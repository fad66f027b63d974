"""The scorer of each kind's evaluate fields, as ../shared/ANNOTATION.md describes.

Every field is scored by a one-to-one matching over all documents, best pairs first
(pairs above the field's threshold are taken in order of falling similarity, each item at
most once). Matched pairs are true positives, unmatched record items false positives,
unmatched gold items false negatives. A field whose value is a single optional value
(party, published, person_org) is a set of zero or one item: null on both sides counts
nothing. Text is compared case-folded with white space collapsed ("normalised").

- people: normalised names equal.
- party, roles, person_contacts, person_org: scored end to end over the people matching;
  a missed person's items are all missed, a spurious person's all spurious.
  - party: equal, upper case.
  - roles: one-to-one; equal, or one containing the other when the shorter is at least 60%
    of the longer, or similarity >= 0.85.
  - person_contacts: the person's e-mails (lower case) and phones as one set.
  - person_org: the record person's organization (organization_id looked up in
    record.organizations; its name and aliases) is right when one of them is similar
    >= 0.85 to any acceptable name in the gold person's `organization` list (gold null: no
    organization expected, so any linked organization is spurious).
- organizations: similarity >= 0.85 between any name or alias of each side, after dropping
  a leading "den/det/de". org_type: the type equal on matched bodies; a missed body's type
  counts as missed and a spurious body's as spurious.
- emails, phones: normalised values as sets (record contacts plus people's contacts).
- money, percent, count: distinct (kind, value) pairs; counts whose text (gold `text`,
  record span text) has no digit are left out.
- interventions_named: among `named: true` on both sides, similarity >= 0.85 on names and
  aliases; interventions_all: all of them, similarity >= 0.80.
- quotes_found: a record quote matches a gold quote when its normalised text contains the
  gold `start` (its first 40 characters, normalised).
- quote_speaker: every gold quote counts: right (tp) when matched and the matched quote's
  speaker (record.people by speaker_id) has the gold speaker's name, null == null counting
  right; matched with another speaker is one fp and one fn; unmatched is a fn.
- published: equal dates.
- metrics: only when gold files carry a `metrics` list (skipped otherwise): indicators
  matched by similarity >= 0.85.
Similarity is difflib.SequenceMatcher's ratio on case-folded text.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from difflib import SequenceMatcher
from typing import Any

from .matching import (
    Counts,
    Json,
    Scores,
    best_similarity,
    count_matching,
    merge,
    norm,
    optional_counts,
    set_counts,
    similarity,
)

ORG_THRESHOLD = 0.85
PERSON_ORG_THRESHOLD = 0.85
NAMED_THRESHOLD = 0.85
ALL_THRESHOLD = 0.80
ROLE_THRESHOLD = 0.85
ROLE_CONTAINED_SHARE = 0.6
METRIC_THRESHOLD = 0.85
QUOTE_START_CHARS = 40


# --- people ---------------------------------------------------------------------------


def role_score(a: str, b: str) -> float:
    a, b = norm(a), norm(b)
    if a == b:
        return 1.0
    shorter, longer = sorted((a, b), key=len)
    if shorter and shorter in longer and len(shorter) >= ROLE_CONTAINED_SHARE * len(longer):
        return 0.99
    return SequenceMatcher(None, a, b).ratio()


def person_contacts(person: Mapping[str, Any]) -> set[tuple[str, str]]:
    emails = {("email", e.casefold()) for e in person.get("emails") or []}
    return emails | {("phone", p) for p in person.get("phones") or []}


def person_org_names(person: Json, record: Json) -> list[str] | None:
    org_id = person.get("organization_id")
    for org in record.get("organizations") or []:
        if org_id is not None and org.get("id") == org_id:
            return [org["name"], *(org.get("aliases") or [])]
    return None


def person_org_counts(person: Json | None, record: Json, gold: Json | None) -> Counts:
    names = person_org_names(person, record) if person else None
    accepted = (gold or {}).get("organization") or None
    if names is None or accepted is None:
        return Counts(0, int(names is not None), int(accepted is not None))
    if best_similarity(names, accepted) >= PERSON_ORG_THRESHOLD:
        return Counts(1, 0, 0)
    return Counts(0, 1, 1)


def person_attributes(person: Json | None, record: Json, gold: Json | None) -> Scores:
    """Attribute counts of one person pair; a side that is None has nothing."""
    p, g = person or {}, gold or {}
    roles, _ = count_matching(
        list(p.get("roles") or []), list(g.get("roles") or []), role_score, ROLE_THRESHOLD
    )
    party = optional_counts(
        (p.get("party") or None) and p["party"].upper(),
        (g.get("party") or None) and g["party"].upper(),
    )
    return {
        "party": party,
        "roles": roles,
        "person_contacts": set_counts(person_contacts(p), person_contacts(g)),
        "person_org": person_org_counts(person, record, gold),
    }


def score_people(record: Json, gold: Json) -> Scores:
    people, gold_people = list(record.get("people") or []), list(gold.get("people") or [])
    counts, pairs = count_matching(
        people, gold_people, lambda p, g: float(norm(p["name"]) == norm(g["name"])), 1.0
    )
    scores: Scores = {"people": counts}
    matched_p = {id(p) for p, _ in pairs}
    matched_g = {id(g) for _, g in pairs}
    everything: list[tuple[Json | None, Json | None]] = [
        *pairs,
        *((p, None) for p in people if id(p) not in matched_p),
        *((None, g) for g in gold_people if id(g) not in matched_g),
    ]
    for person, gold_person in everything:
        merge(scores, person_attributes(person, record, gold_person))
    return scores


# --- organizations, contacts, amounts, interventions -----------------------------------

_ARTICLE = re.compile(r"^(den|det|de)\s+")


def org_names(org: Mapping[str, Any]) -> list[str]:
    return [_ARTICLE.sub("", norm(n)) for n in [org["name"], *(org.get("aliases") or [])]]


def score_organizations(record: Json, gold: Json) -> Scores:
    # a second annotator's person may link a body that annotator did not list: not scored here
    orgs = [o for o in record.get("organizations") or [] if not o.get("_link_only")]
    gold_orgs = list(gold.get("organizations") or [])
    counts, pairs = count_matching(
        orgs, gold_orgs, lambda a, b: best_similarity(org_names(a), org_names(b)), ORG_THRESHOLD
    )
    same_type = sum(o.get("type") == g.get("type") for o, g in pairs)
    wrong_type = len(pairs) - same_type
    types = Counts(same_type, counts.fp + wrong_type, counts.fn + wrong_type)
    return {"organizations": counts, "org_type": types}


def score_contacts(record: Json, gold: Json) -> Scores:
    contacts = record.get("contacts") or []
    emails = {c["value"].casefold() for c in contacts if c.get("kind") == "email"}
    phones = {c["value"] for c in contacts if c.get("kind") == "phone"}
    for person in record.get("people") or []:
        emails |= {e.casefold() for e in person.get("emails") or []}
        phones |= set(person.get("phones") or [])
    gold_emails = {e.casefold() for e in gold.get("emails") or []}
    return {
        "emails": set_counts(emails, gold_emails),
        "phones": set_counts(phones, gold.get("phones") or []),
    }


def has_digit(text: str | None) -> bool:
    return text is None or any(c.isdigit() for c in text)


def amount_keys(
    amounts: Iterable[Mapping[str, Any]], text_of: Callable[[Any], str | None]
) -> dict[str, set[float]]:
    keys: dict[str, set[float]] = {"money": set(), "percent": set(), "count": set()}
    for amount in amounts:
        kind = amount.get("kind")
        if kind not in keys or (kind == "count" and not has_digit(text_of(amount))):
            continue
        keys[kind].add(round(float(amount["value"]), 6))
    return keys


def score_amounts(record: Json, gold: Json) -> Scores:
    ours = amount_keys(record.get("amounts") or [], lambda a: (a.get("span") or {}).get("text"))
    theirs = amount_keys(gold.get("amounts") or [], lambda a: a.get("text"))
    return {kind: set_counts(ours[kind], theirs[kind]) for kind in ours}


def item_names(item: Mapping[str, Any]) -> list[str]:
    return [item["name"], *(item.get("aliases") or [])]


def score_interventions(record: Json, gold: Json) -> Scores:
    ours, theirs = list(record.get("interventions") or []), list(gold.get("interventions") or [])

    def score(a: Json, b: Json) -> float:
        return best_similarity(item_names(a), item_names(b))

    named, _ = count_matching(
        [i for i in ours if i.get("named")],
        [i for i in theirs if i.get("named")],
        score,
        NAMED_THRESHOLD,
    )
    everything, _ = count_matching(ours, theirs, score, ALL_THRESHOLD)
    return {"interventions_named": named, "interventions_all": everything}


# --- quotes, published, metrics --------------------------------------------------------


def speaker_name(quote: Json, record: Json) -> str | None:
    for person in record.get("people") or []:
        if quote.get("speaker_id") is not None and person.get("id") == quote["speaker_id"]:
            return str(person["name"])
    return None


def score_quotes(record: Json, gold: Json) -> Scores:
    quotes, gold_quotes = list(record.get("quotes") or []), list(gold.get("quotes") or [])

    def contains(q: Json, g: Json) -> float:
        return float(norm(g["start"])[:QUOTE_START_CHARS] in norm(q["text"]))

    found, pairs = count_matching(quotes, gold_quotes, contains, 1.0)
    right = sum(norm(speaker_name(q, record)) == norm(g.get("speaker")) for q, g in pairs)
    wrong = len(pairs) - right
    speaker = Counts(right, wrong, len(gold_quotes) - right)
    return {"quotes_found": found, "quote_speaker": speaker}


def score_published(record: Json, gold: Json) -> Scores:
    return {"published": optional_counts(record.get("published"), gold.get("published"))}


def score_metrics(record: Json, gold: Json) -> Scores:
    if "metrics" not in gold:
        return {}
    counts, _ = count_matching(
        list(record.get("metrics") or []),
        list(gold["metrics"] or []),
        lambda a, b: similarity(a.get("indicator", ""), b.get("indicator", "")),
        METRIC_THRESHOLD,
    )
    return {"metrics": counts}


# kind -> the scorer of its evaluate fields (kinds.KINDS says which fields those are)
SCORERS: dict[str, Callable[[Json, Json], Scores]] = {
    "people": score_people,
    "organizations": score_organizations,
    "contacts": score_contacts,
    "amounts": score_amounts,
    "interventions": score_interventions,
    "quotes": score_quotes,
    "dates": score_published,
    "metrics": score_metrics,
}
