"""spaCy components of the press-release pipeline, one module per kind of thing found.

Each registers itself with `Language.factory`; importing this package registers them all,
and pyproject.toml names them as `spacy_factories` entry points for `spacy.load`.
"""

from . import (
    amounts,
    contacts,
    dates,
    interventions,
    metrics,
    organizations,
    people,
    quotes,
    rule_files,
)

__all__ = [
    "amounts",
    "contacts",
    "dates",
    "interventions",
    "metrics",
    "organizations",
    "people",
    "quotes",
    "rule_files",
]
