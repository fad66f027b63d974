"""`evaluate --by-rule`: true and false positives per field and rule id.

Each predicted item is matched to the gold exactly as `evaluate` matches it (the same
functions and thresholds), and the rule id it carries (`rule`; a person's organization:
`organization_rule`; a role: the rule of the mention that wrote it) decides its row. So
the rows of a field add up to evaluate's tp and fp for it; recall has no rule (a missed
gold item was found by none) and is not shown. Fields scored here: people, roles,
person_org, organizations, org_type, emails, phones, money, percent, count,
interventions_named, interventions_all, quotes_found, quote_speaker, metrics. Items
without a rule id (records older than schema 1.4) count under "(none)".
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from . import field_scores as fs
from . import matching
from .evaluate import FIELDS
from .goldsets import record_key

NO_RULE = "(none)"

Json = dict[str, Any]
RuleScores = dict[tuple[str, str], matching.Counts]  # (field, rule id) -> tp and fp


def _rule(item: Mapping[str, Any], key: str = "rule") -> str:
    return str(item.get(key) or NO_RULE)


def _tally(out: RuleScores, field: str, rule: str, right: bool) -> None:
    counts = out.setdefault((field, rule), matching.Counts())
    counts.add(matching.Counts(int(right), int(not right), 0))


def role_mention(person: Mapping[str, Any], role: str) -> Json | None:
    """The mention that wrote one of a person's `roles` (which keep the fuller of two
    written forms, so a mention inside it or around it counts too)."""
    mentions = person.get("role_mentions") or []
    wanted = matching.norm(role)
    for test in (lambda v: v == wanted, lambda v: v in wanted or wanted in v):
        for mention in mentions:
            if test(matching.norm(mention.get("value"))):
                return dict(mention)
    return None


def _role_rule(person: Json, role: str) -> str:
    return _rule(role_mention(person, role) or {})


def _people(record: Json, gold: Json, out: RuleScores) -> None:
    people = list(record.get("people") or [])
    pairs = matching.match(
        people,
        list(gold.get("people") or []),
        lambda p, g: float(matching.norm(p["name"]) == matching.norm(g["name"])),
        1.0,
    )
    gold_of = {id(p): g for p, g in pairs}
    for person in people:
        gold_person = gold_of.get(id(person))
        _tally(out, "people", _rule(person), gold_person is not None)
        roles = list(person.get("roles") or [])
        gold_roles = list((gold_person or {}).get("roles") or [])
        right = {r for r, _ in matching.match(roles, gold_roles, fs.role_score, fs.ROLE_THRESHOLD)}
        for role in roles:
            _tally(out, "roles", _role_rule(person, role), role in right)
        link = fs.person_org_counts(person, record, gold_person)
        if link.tp or link.fp:
            _tally(out, "person_org", _rule(person, "organization_rule"), bool(link.tp))


def _organizations(record: Json, gold: Json, out: RuleScores) -> None:
    orgs = [o for o in record.get("organizations") or [] if not o.get("_link_only")]
    pairs = matching.match(
        orgs,
        list(gold.get("organizations") or []),
        lambda a, b: matching.best_similarity(fs.org_names(a), fs.org_names(b)),
        fs.ORG_THRESHOLD,
    )
    gold_of = {id(o): g for o, g in pairs}
    for org in orgs:
        gold_org = gold_of.get(id(org))
        _tally(out, "organizations", _rule(org), gold_org is not None)
        same_type = gold_org is not None and org.get("type") == gold_org.get("type")
        _tally(out, "org_type", _rule(org), same_type)


def _contacts(record: Json, gold: Json, out: RuleScores) -> None:
    rules: dict[str, dict[str, str]] = {"email": {}, "phone": {}}
    for contact in record.get("contacts") or []:
        if contact.get("kind") in rules:
            value = contact["value"].casefold() if contact["kind"] == "email" else contact["value"]
            rules[contact["kind"]].setdefault(value, _rule(contact))
    for person in record.get("people") or []:  # a person's own, when no contact item has it
        for email in person.get("emails") or []:
            rules["email"].setdefault(email.casefold(), NO_RULE)
        for phone in person.get("phones") or []:
            rules["phone"].setdefault(phone, NO_RULE)
    gold_values = {
        "email": {e.casefold() for e in gold.get("emails") or []},
        "phone": set(gold.get("phones") or []),
    }
    for kind, by_value in rules.items():
        for value, rule in by_value.items():
            _tally(out, f"{kind}s", rule, value in gold_values[kind])


def _amounts(record: Json, gold: Json, out: RuleScores) -> None:
    theirs = fs.amount_keys(gold.get("amounts") or [], lambda a: a.get("text"))
    ours: dict[str, dict[float, str]] = {kind: {} for kind in theirs}
    for amount in record.get("amounts") or []:
        kind = amount.get("kind")
        text = (amount.get("span") or {}).get("text")
        if kind not in ours or (kind == "count" and not fs.has_digit(text)):
            continue
        ours[kind].setdefault(round(float(amount["value"]), 6), _rule(amount))
    for kind, by_key in ours.items():
        for key, rule in by_key.items():
            _tally(out, kind, rule, key in theirs[kind])


def _matched(
    out: RuleScores, field: str, items: list[Json], gold: list[Json], score: Any, threshold: float
) -> list[tuple[Json, Json]]:
    pairs = matching.match(items, gold, score, threshold)
    right = {id(item) for item, _ in pairs}
    for item in items:
        _tally(out, field, _rule(item), id(item) in right)
    return pairs


def _interventions(record: Json, gold: Json, out: RuleScores) -> None:
    ours, theirs = list(record.get("interventions") or []), list(gold.get("interventions") or [])

    def score(a: Json, b: Json) -> float:
        return matching.best_similarity(fs.item_names(a), fs.item_names(b))

    named = [i for i in ours if i.get("named")]
    gold_named = [i for i in theirs if i.get("named")]
    _matched(out, "interventions_named", named, gold_named, score, fs.NAMED_THRESHOLD)
    _matched(out, "interventions_all", ours, theirs, score, fs.ALL_THRESHOLD)


def _quotes(record: Json, gold: Json, out: RuleScores) -> None:
    def contains(q: Json, g: Json) -> float:
        return float(matching.norm(g["start"])[: fs.QUOTE_START_CHARS] in matching.norm(q["text"]))

    quotes, gold_quotes = list(record.get("quotes") or []), list(gold.get("quotes") or [])
    for quote, gold_quote in _matched(out, "quotes_found", quotes, gold_quotes, contains, 1.0):
        speaker = matching.norm(fs.speaker_name(quote, record))
        _tally(
            out, "quote_speaker", _rule(quote), speaker == matching.norm(gold_quote.get("speaker"))
        )


def _metrics(record: Json, gold: Json, out: RuleScores) -> None:
    if "metrics" in gold:
        _matched(
            out,
            "metrics",
            list(record.get("metrics") or []),
            list(gold["metrics"] or []),
            lambda a, b: matching.similarity(a.get("indicator", ""), b.get("indicator", "")),
            fs.METRIC_THRESHOLD,
        )


SCORERS = [_people, _organizations, _contacts, _amounts, _interventions, _quotes, _metrics]


def by_rule(records: Iterable[Json], golds: Mapping[str, Json], out: RuleScores) -> RuleScores:
    """Adds to `out` the tp and fp of each (field, rule id) over the gold documents;
    records paired with gold files as `evaluate` pairs them."""
    by_key = {record_key(r): r for r in records}
    for key, gold in sorted(golds.items()):
        record = by_key.get(key)
        if record is not None:  # a missing record predicted nothing: no row to count
            for scorer in SCORERS:
                scorer(record, gold, out)
    return out


def _ordered(scores: RuleScores) -> list[tuple[str, str, matching.Counts]]:
    fields = {name: n for n, name in enumerate(FIELDS)}
    rows = sorted(scores.items(), key=lambda kv: (fields.get(kv[0][0], len(fields)), kv[0][1]))
    return [(field, rule, counts) for (field, rule), counts in rows]


def as_table(scores: RuleScores) -> str:
    lines = [f"{'field':<20} {'rule':<36} {'tp':>5} {'fp':>5} {'P':>6}"]
    for field, rule, c in _ordered(scores):
        lines.append(f"{field:<20} {rule:<36} {c.tp:5d} {c.fp:5d} {c.precision:6.3f}")
    return "\n".join(lines)


def as_json(scores: RuleScores) -> list[dict[str, Any]]:
    return [
        {"field": field, "rule": rule, "tp": c.tp, "fp": c.fp, "precision": round(c.precision, 4)}
        for field, rule, c in _ordered(scores)
    ]
