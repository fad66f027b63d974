"""Score records against gold files, per field, as ../shared/ANNOTATION.md describes.

Pairing: a record belongs to the gold file with its corpus id (the record's `metadata.id`,
else the stem of its `source.path`; see goldsets.py). A gold file without a record counts
as all-missed; a record without a gold file is not scored.

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

import json
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from difflib import SequenceMatcher
from pathlib import Path
from typing import Any, TypeVar

from .goldsets import record_key

FIELDS = [
    "people",
    "party",
    "roles",
    "person_contacts",
    "person_org",
    "organizations",
    "org_type",
    "emails",
    "phones",
    "money",
    "percent",
    "count",
    "interventions_named",
    "interventions_all",
    "quotes_found",
    "quote_speaker",
    "published",
    "metrics",
]
ORG_THRESHOLD = 0.85
PERSON_ORG_THRESHOLD = 0.85
NAMED_THRESHOLD = 0.85
ALL_THRESHOLD = 0.80
ROLE_THRESHOLD = 0.85
ROLE_CONTAINED_SHARE = 0.6
METRIC_THRESHOLD = 0.85
QUOTE_START_CHARS = 40

Json = dict[str, Any]
A = TypeVar("A")
B = TypeVar("B")


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: Counts) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


Scores = dict[str, Counts]


def norm(text: str | None) -> str:
    """Case-folded, white space collapsed."""
    return " ".join((text or "").split()).casefold()


def similarity(a: str, b: str) -> float:
    return SequenceMatcher(None, norm(a), norm(b)).ratio()


def best_similarity(names_a: Iterable[str], names_b: Iterable[str]) -> float:
    names_b = list(names_b)
    return max((similarity(a, b) for a in names_a for b in names_b), default=0.0)


def match(
    record_items: list[A],
    gold_items: list[B],
    score: Callable[[A, B], float],
    threshold: float,
) -> list[tuple[A, B]]:
    """One-to-one matching, best pairs first; ties keep document order."""
    candidates = []
    for i, r in enumerate(record_items):
        for j, g in enumerate(gold_items):
            s = score(r, g)
            if s >= threshold:
                candidates.append((-s, i, j))
    candidates.sort()
    used_r: set[int] = set()
    used_g: set[int] = set()
    pairs = []
    for _, i, j in candidates:
        if i not in used_r and j not in used_g:
            used_r.add(i)
            used_g.add(j)
            pairs.append((record_items[i], gold_items[j]))
    return pairs


def count_matching(
    record_items: list[A], gold_items: list[B], score: Callable[[A, B], float], threshold: float
) -> tuple[Counts, list[tuple[A, B]]]:
    pairs = match(record_items, gold_items, score, threshold)
    counts = Counts(len(pairs), len(record_items) - len(pairs), len(gold_items) - len(pairs))
    return counts, pairs


def set_counts(record: Iterable[Any], gold: Iterable[Any]) -> Counts:
    r, g = set(record), set(gold)
    return Counts(len(r & g), len(r - g), len(g - r))


def optional_counts(record: Any, gold: Any) -> Counts:
    """A single optional value as a set of zero or one item."""
    return set_counts([record] if record is not None else [], [gold] if gold is not None else [])


# --- people ---------------------------------------------------------------------------


def role_score(a: str, b: str) -> float:
    a, b = norm(a), norm(b)
    if a == b:
        return 1.0
    shorter, longer = sorted((a, b), key=len)
    if shorter and shorter in longer and len(shorter) >= ROLE_CONTAINED_SHARE * len(longer):
        return 0.99
    return SequenceMatcher(None, a, b).ratio()


def _person_contacts(person: Mapping[str, Any]) -> set[tuple[str, str]]:
    emails = {("email", e.casefold()) for e in person.get("emails") or []}
    return emails | {("phone", p) for p in person.get("phones") or []}


def _person_org_names(person: Json, record: Json) -> list[str] | None:
    org_id = person.get("organization_id")
    for org in record.get("organizations") or []:
        if org_id is not None and org.get("id") == org_id:
            return [org["name"], *(org.get("aliases") or [])]
    return None


def _person_org_counts(person: Json | None, record: Json, gold: Json | None) -> Counts:
    names = _person_org_names(person, record) if person else None
    accepted = (gold or {}).get("organization") or None
    if names is None or accepted is None:
        return Counts(0, int(names is not None), int(accepted is not None))
    if best_similarity(names, accepted) >= PERSON_ORG_THRESHOLD:
        return Counts(1, 0, 0)
    return Counts(0, 1, 1)


def _person_attributes(person: Json | None, record: Json, gold: Json | None) -> Scores:
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
        "person_contacts": set_counts(_person_contacts(p), _person_contacts(g)),
        "person_org": _person_org_counts(person, record, gold),
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
        _merge(scores, _person_attributes(person, record, gold_person))
    return scores


# --- organizations, contacts, amounts, interventions -----------------------------------

_ARTICLE = re.compile(r"^(den|det|de)\s+")


def _org_names(org: Mapping[str, Any]) -> list[str]:
    return [_ARTICLE.sub("", norm(n)) for n in [org["name"], *(org.get("aliases") or [])]]


def score_organizations(record: Json, gold: Json) -> Scores:
    # a second annotator's person may link a body that annotator did not list: not scored here
    orgs = [o for o in record.get("organizations") or [] if not o.get("_link_only")]
    gold_orgs = list(gold.get("organizations") or [])
    counts, pairs = count_matching(
        orgs, gold_orgs, lambda a, b: best_similarity(_org_names(a), _org_names(b)), ORG_THRESHOLD
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


def _has_digit(text: str | None) -> bool:
    return text is None or any(c.isdigit() for c in text)


def _amount_keys(
    amounts: Iterable[Mapping[str, Any]], text_of: Callable[[Any], str | None]
) -> dict[str, set[float]]:
    keys: dict[str, set[float]] = {"money": set(), "percent": set(), "count": set()}
    for amount in amounts:
        kind = amount.get("kind")
        if kind not in keys or (kind == "count" and not _has_digit(text_of(amount))):
            continue
        keys[kind].add(round(float(amount["value"]), 6))
    return keys


def score_amounts(record: Json, gold: Json) -> Scores:
    ours = _amount_keys(record.get("amounts") or [], lambda a: (a.get("span") or {}).get("text"))
    theirs = _amount_keys(gold.get("amounts") or [], lambda a: a.get("text"))
    return {kind: set_counts(ours[kind], theirs[kind]) for kind in ours}


def _names(item: Mapping[str, Any]) -> list[str]:
    return [item["name"], *(item.get("aliases") or [])]


def score_interventions(record: Json, gold: Json) -> Scores:
    ours, theirs = list(record.get("interventions") or []), list(gold.get("interventions") or [])

    def score(a: Json, b: Json) -> float:
        return best_similarity(_names(a), _names(b))

    named, _ = count_matching(
        [i for i in ours if i.get("named")],
        [i for i in theirs if i.get("named")],
        score,
        NAMED_THRESHOLD,
    )
    everything, _ = count_matching(ours, theirs, score, ALL_THRESHOLD)
    return {"interventions_named": named, "interventions_all": everything}


# --- quotes, published, metrics --------------------------------------------------------


def _speaker_name(quote: Json, record: Json) -> str | None:
    for person in record.get("people") or []:
        if quote.get("speaker_id") is not None and person.get("id") == quote["speaker_id"]:
            return str(person["name"])
    return None


def score_quotes(record: Json, gold: Json) -> Scores:
    quotes, gold_quotes = list(record.get("quotes") or []), list(gold.get("quotes") or [])

    def contains(q: Json, g: Json) -> float:
        return float(norm(g["start"])[:QUOTE_START_CHARS] in norm(q["text"]))

    found, pairs = count_matching(quotes, gold_quotes, contains, 1.0)
    right = sum(norm(_speaker_name(q, record)) == norm(g.get("speaker")) for q, g in pairs)
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


SCORERS = [
    score_people,
    score_organizations,
    score_contacts,
    score_amounts,
    score_interventions,
    score_quotes,
    score_published,
    score_metrics,
]


def _merge(total: Scores, part: Scores) -> None:
    for name, counts in part.items():
        total.setdefault(name, Counts()).add(counts)


def score_document(record: Json | None, gold: Json) -> Scores:
    """All fields of one document; a missing record is an empty one (all missed)."""
    scores: Scores = {}
    for scorer in SCORERS:
        _merge(scores, scorer(record or {}, gold))
    return scores


def evaluate(records: Iterable[Json], golds: Mapping[str, Json]) -> Scores:
    """Per-field counts over all gold documents; records paired by corpus id or stem."""
    by_key = {record_key(r): r for r in records}
    total: Scores = {}
    for key, gold in sorted(golds.items()):
        _merge(total, score_document(by_key.get(key), gold))
    return {name: total[name] for name in FIELDS if name in total}


# --- files and output ------------------------------------------------------------------


def load_records(path: Path) -> list[Json]:
    with path.open(encoding="utf-8") as lines:
        return [json.loads(line) for line in lines if line.strip()]


def as_json(scores: Scores) -> dict[str, dict[str, float | int]]:
    return {
        name: {
            "precision": round(c.precision, 4),
            "recall": round(c.recall, 4),
            "f1": round(c.f1, 4),
            "tp": c.tp,
            "fp": c.fp,
            "fn": c.fn,
        }
        for name, c in scores.items()
    }


def as_table(scores: Scores) -> str:
    lines = [f"{'field':<20} {'P':>6} {'R':>6} {'F1':>6} {'tp':>5} {'fp':>5} {'fn':>5}"]
    for name, c in scores.items():
        rates = f"{c.precision:6.3f} {c.recall:6.3f} {c.f1:6.3f}"
        lines.append(f"{name:<20} {rates} {c.tp:5d} {c.fp:5d} {c.fn:5d}")
    return "\n".join(lines)


def as_set_table(by_set: Mapping[str, Scores], markdown: bool = False) -> str:
    """F1 per field (rows) and set (columns); '-' where a set has no gold items."""
    rows = [["field", *by_set]]
    for field in FIELDS:
        cells = [_f1_cell(scores.get(field)) for scores in by_set.values()]
        if any(c != "-" for c in cells):
            rows.append([field, *cells])
    if markdown:
        lines = ["| " + " | ".join(r) + " |" for r in rows]
        return "\n".join([lines[0], "|" + "---|" * len(rows[0]), *lines[1:]])
    width = max(8, *(len(n) for n in by_set))
    return "\n".join(f"{r[0]:<20} " + " ".join(f"{c:>{width}}" for c in r[1:]) for r in rows)


def _f1_cell(counts: Counts | None) -> str:
    if counts is None or counts.tp + counts.fp + counts.fn == 0:
        return "-"
    return f"{counts.f1:.3f}"
