"""Safe HTML building: every string from a release is escaped unless wrapped in `Html`."""

from __future__ import annotations

import html
from collections.abc import Iterable, Sequence


class Html(str):
    """Markup built by this package (already safe); every other str gets escaped."""


def esc(value: object) -> Html:
    if isinstance(value, Html):
        return value
    return Html(html.escape("" if value is None else str(value), quote=True))


def tag(name: str, content: object = "", **attrs: object) -> Html:
    """<name attrs>content</name>; attribute values and non-Html content are escaped."""
    rendered = "".join(
        f' {key.rstrip("_").replace("_", "-")}="{esc(value)}"'
        for key, value in attrs.items()
        if value is not None
    )
    return Html(f"<{name}{rendered}>{esc(content)}</{name}>")


def join(parts: Iterable[object], sep: str = "") -> Html:
    return Html(esc(sep).join(esc(p) for p in parts))


def table(headers: Sequence[str], rows: Iterable[Sequence[object]], css: str = "") -> Html:
    """A table, or a short note when there are no rows."""
    body = [tag("tr", join(tag("td", cell) for cell in row)) for row in rows]
    if not body:
        return tag("p", "none found", class_="empty")
    head = tag("thead", tag("tr", join(tag("th", h) for h in headers)))
    return tag("table", join([head, tag("tbody", join(body))]), class_=css or None)


def section(title: str, content: object, anchor: str | None = None) -> Html:
    return tag("section", join([tag("h2", title), content]), id=anchor)


def number(value: float | int | None) -> str:
    """12 500 000 in Swedish style; decimals only when there are any."""
    if value is None:
        return ""
    if float(value).is_integer():
        return f"{int(value):,}".replace(",", "\u202f")
    return f"{value:,.2f}".replace(",", "\u202f").replace(".", ",")
