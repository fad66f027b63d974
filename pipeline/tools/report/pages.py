"""Render the index page and one page per document (record dicts to HTML strings)."""

from __future__ import annotations

import base64
import hashlib
import re
from functools import cache
from importlib import resources
from string import Template
from typing import Any

from . import stats
from .amount_roles import ROLES, amount_roles
from .highlight import highlight, legend
from .markup import Html, esc, join, number, section, table, tag

Json = dict[str, Any]
_HEX_ID = re.compile(r"[0-9a-f]{1,64}")


@cache
def _template() -> Template:
    text = resources.files(__package__).joinpath("template.html").read_text(encoding="utf-8")
    # Only the template's own script may run: pin it by hash in the page's CSP.
    script = re.search(r"<script>(.*?)</script>", text, re.S)
    digest = hashlib.sha256(script.group(1).encode() if script else b"").digest()
    csp_hash = f"'sha256-{base64.b64encode(digest).decode()}'"
    return Template(text.replace("script-src 'unsafe-inline'", f"script-src {csp_hash}"))


def page(title: str, body: Html, nav: object = "") -> str:
    return _template().substitute(title=esc(title), nav=esc(nav), body=body)


def page_name(record: Json) -> str:
    """doc-<doc_id>.html; a doc_id that is not plain hex is hashed, never used as is."""
    doc_id = str(record.get("doc_id") or "")
    if not _HEX_ID.fullmatch(doc_id):
        doc_id = hashlib.sha256(doc_id.encode()).hexdigest()[:16]
    return f"doc-{doc_id}.html"


def _title(record: Json) -> str:
    return str(
        record.get("title") or (record.get("source") or {}).get("path") or record.get("doc_id")
    )


def _list(values: object) -> str:
    return (
        ", ".join(str(v) for v in values or []) if isinstance(values, list) else str(values or "")
    )


def _conf(item: Json) -> Html:
    """The confidence, with what found it and why on hover."""
    if item.get("confidence") is None:
        return Html("")
    why = " · ".join(str(item[k]) for k in ("source", "explanation") if item.get(k))
    return tag("span", f"{float(item['confidence']):.2f}", class_="conf", title=why or None)


# --- document page ---------------------------------------------------------------------


def _people(record: Json) -> Html:
    orgs = {o.get("id"): o["name"] for o in record.get("organizations") or []}
    rows = [
        [
            p["name"],
            p.get("party") or "",
            "; ".join(p.get("roles") or []),
            orgs.get(p.get("organization_id"), ""),
            join(tag("div", c) for c in [*(p.get("emails") or []), *(p.get("phones") or [])]),
            _conf(p),
        ]
        for p in record.get("people") or []
    ]
    headers = ["name", "party", "roles", "organization", "contacts", "conf."]
    return table(headers, rows, "people")


def _organizations(record: Json) -> Html:
    rows = [
        [
            o["name"],
            o.get("type", ""),
            _list(o.get("aliases")),
            len(o.get("mentions") or []),
            _conf(o),
        ]
        for o in record.get("organizations") or []
    ]
    return table(["name", "type", "aliases", "mentions", "confidence"], rows, "organizations")


def _amounts(record: Json) -> Html:
    """Each amount with the role the index's money table counts it in."""
    amounts = record.get("amounts") or []
    rows = [
        [
            a.get("kind", ""),
            tag("span", number(a.get("value")), class_="num"),
            a.get("unit") or "",
            role if a.get("kind") == "money" else "",
            (a.get("span") or {}).get("text", ""),
            _conf(a),
        ]
        for a, role in zip(amounts, amount_roles(record), strict=True)
    ]
    headers = ["kind", "value", "unit", "role", "as written", "confidence"]
    return table(headers, rows, "amounts")


def _interventions(record: Json) -> Html:
    rows = [
        [
            i["name"],
            "named" if i.get("named") else "generic",
            _list(i.get("aliases")),
            len(i.get("mentions") or []),
            _conf(i),
        ]
        for i in record.get("interventions") or []
    ]
    return table(["name", "kind", "aliases", "mentions", "confidence"], rows, "interventions")


def _quotes(record: Json) -> Html:
    names = {p.get("id"): p["name"] for p in record.get("people") or []}
    rows = [
        [
            names.get(q.get("speaker_id"), "unknown"),
            tag("span", _shorten(q.get("text", "")), class_="quote-text"),
            _conf(q),
        ]
        for q in record.get("quotes") or []
    ]
    return table(["speaker", "quote", "confidence"], rows, "quotes")


def _shorten(text: str, limit: int = 240) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _metrics(record: Json) -> Html:
    """Metrics as a generic table: their model belongs to another component, so show every
    plain field and summarise nested ones."""
    metrics = record.get("metrics") or []
    skip = {"source", "confidence", "explanation", "span", "spans", "mentions"}
    headers = list(dict.fromkeys(k for m in metrics for k in m if k not in skip))
    rows = [[_cell(m.get(h)) for h in headers] + [_conf(m)] for m in metrics]
    return table([*headers, "confidence"], rows, "metrics")


def _cell(value: Any) -> str:
    if isinstance(value, list):
        return "; ".join(_cell(v) for v in value)
    if isinstance(value, dict):
        plain = {k: v for k, v in value.items() if k not in {"span", "start", "end", "text"}}
        return ", ".join(f"{k} {_cell(v)}" for k, v in plain.items() if v is not None)
    if isinstance(value, float | int) and not isinstance(value, bool):
        return number(value)
    return "" if value is None else str(value)


def _warnings(record: Json) -> Html:
    warnings = record.get("warnings") or []
    if not warnings:
        return Html("")
    items = join(tag("li", w) for w in warnings)
    return tag("div", join([tag("b", "Warnings"), tag("ul", items)]), class_="warnings")


def document_page(record: Json) -> str:
    source = record.get("source") or {}
    meta = f"doc_id {record.get('doc_id')} · source {source.get('path') or '-'}"
    if source.get("line"):
        meta += f" line {source['line']}"
    meta += f" · published {record.get('published') or 'unknown'}"
    tables = [
        section("People", _people(record)),
        section("Organizations", _organizations(record)),
        section("Amounts", _amounts(record)),
        section("Interventions", _interventions(record)),
        section("Quotes", _quotes(record)),
    ]
    if "metrics" in record:
        tables.append(section("Metrics", _metrics(record)))
    text = join(
        [tag("div", legend(), class_="legend"), tag("div", highlight(record), class_="doctext")]
    )
    body = join(
        [
            tag("h1", _title(record)),
            tag("div", meta, class_="meta"),
            _warnings(record),
            tag("div", join([tag("div", text), tag("div", join(tables))]), class_="grid"),
        ]
    )
    return page(_title(record), body, nav=source.get("path") or "")


# --- index page ------------------------------------------------------------------------


def _cards(records: list[Json], errors: list[Json]) -> Html:
    counts = {"documents": len(records), "errors": len(errors), **stats.kind_counts(records)}
    return tag(
        "div",
        join(
            tag("div", join([tag("b", number(n)), tag("span", kind)]), class_="card")
            for kind, n in counts.items()
        ),
        class_="cards",
    )


def _link(record: Json) -> Html:
    return tag("a", _title(record), href=page_name(record))


def _documents(records: list[Json]) -> Html:
    rows = [
        [
            _link(r),
            r.get("published") or "",
            *(
                len(r.get(k) or [])
                for k in ("people", "organizations", "amounts", "interventions", "quotes")
            ),
            tag("span", len(r["warnings"]), class_="badge", title="; ".join(r["warnings"]))
            if r.get("warnings")
            else "",
        ]
        for r in stats.warnings_first(records)
    ]
    headers = [
        "document",
        "published",
        "people",
        "orgs",
        "amounts",
        "interventions",
        "quotes",
        "warnings",
    ]
    return table(headers, rows, "documents")


def _errors(errors: list[Json]) -> Html:
    rows = [
        [(e.get("source") or {}).get("path") or "", e.get("error", ""), e.get("message", "")]
        for e in errors
    ]
    return table(["source", "error", "message"], rows, "errors")


def _frequent(records: list[Json], field: str, detail: str) -> Html:
    rows = [
        [
            item["name"],
            ("named" if item.get("named") else "generic")
            if detail == "named"
            else item.get(detail, ""),
            n,
        ]
        for item, n in stats.frequent(records, field)
    ]
    return table(["name", "type" if detail == "type" else "kind", "documents"], rows, field)


def _by_municipality(records: list[Json]) -> Html:
    rows = [
        [municipality, ", ".join(f"{name} ({n})" for name, n in counts.most_common())]
        for municipality, counts in stats.interventions_by_municipality(records).items()
    ]
    return table(["municipality", "interventions (documents)"], rows, "by-municipality")


MONEY_NOTE = (
    "Each row adds up the distinct money amounts of one currency that play one role, read "
    "from the words before them: a total and its parts, a deficit or a tax rate are never "
    "added together, and rates are not added at all (their range is shown)."
)


def _money(records: list[Json]) -> Html:
    rows = [
        [
            row.publisher,
            row.year,
            row.currency,
            ROLES[row.role],
            tag("span", _money_figure(row), class_="num"),
            len(row.values),
            row.documents,
        ]
        for row in stats.money_by_publisher_year(records)
    ]
    headers = ["publisher", "year", "currency", "what", "sum", "amounts", "documents"]
    return join([tag("p", MONEY_NOTE, class_="note"), table(headers, rows, "money")])


def _money_figure(row: stats.MoneyRow) -> str:
    if row.total is not None:
        return number(row.total)
    low, high = min(row.values), max(row.values)
    return number(low) if low == high else f"{number(low)} – {number(high)} (not added)"


def index_page(records: list[Json], errors: list[Json], source: str) -> str:
    overview = [
        tag("h1", "Corpus at a glance"),
        tag("div", f"records from {source}", class_="meta"),
        _cards(records, errors),
    ]
    columns = [
        section("Most frequent organizations", _frequent(records, "organizations", "type")),
        section("Most frequent interventions", _frequent(records, "interventions", "named")),
        section("Interventions per municipality", _by_municipality(records)),
        section("Money per publisher, year and role", _money(records)),
    ]
    body = join(
        [
            *overview,
            tag("div", join(columns), class_="cols"),
            section("Documents (with warnings first)", _documents(records), "documents"),
            section("Errors", _errors(errors), "errors") if errors else "",
        ]
    )
    return page("pressx report", body, nav=f"{len(records)} documents")
