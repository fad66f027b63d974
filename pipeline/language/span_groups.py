"""The span groups the components write, each also readable as `doc._.<group>`.

spaCy's `assigns`/`requires` name attributes, and `doc.spans["organizations"]` is no
attribute; `doc._.organizations` (a read-only view of that group) is, so the components
declare the groups they write and read by it and `nlp.analyze_pipes()` checks the order.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Span

from .spans import group

GROUPS = (
    "contacts",
    "dates",
    "organizations",
    "interventions",
    "amounts",
    "metrics",
    "people",
    "quotes",
)


def declared_attr(name: str, declared: tuple[str, ...], what: str) -> str:
    """`doc._.<name>`, as a component declares it; an error for a name not in `declared`
    (a typo would otherwise pass analyze_pipes as an attribute nothing writes)."""
    if name not in declared:
        raise ValueError(f"unknown {what} {name!r}")
    return f"doc._.{name}"


def attr(name: str) -> str:
    """The attribute a component declares for the span group `name`."""
    return declared_attr(name, GROUPS, "span group")


def _getter(name: str) -> Callable[[Doc], list[Span]]:
    return lambda doc: group(doc, name)


for _name in GROUPS:
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, getter=_getter(_name))
