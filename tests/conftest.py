from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from pipeline.record.schema import Record

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
GOLD = SHARED / "gold"
CORPUS = SHARED / "corpora" / "regeringen-pressmeddelanden.jsonl"


@pytest.fixture(scope="session")
def nlp():
    from pipeline.language import nlp as nlp_module

    return nlp_module.load()


@pytest.fixture(scope="session")
def blank():
    """A blank Swedish pipeline: the organization rules see the text, no NER."""
    import spacy

    return spacy.blank("sv")


def roles_of(text: str) -> dict[str, list[str]]:
    """Roles per name, as the people step finds them (before the record is resolved)."""
    from pipeline.components.people.component import mentions_by_span

    return {m.name: [r.text.casefold() for r in m.roles] for m in mentions_by_span(text)}


def orgs(blank, text: str) -> dict[str, str]:
    """The organizations the rules find in a text, name to type."""
    from pipeline.components.organizations import find_organizations

    return {h.name: h.type for h in find_organizations(blank(text))}


@pytest.fixture(scope="session")
def seed_records(nlp):
    from pipeline.input.ingest import iter_documents
    from pipeline.run.process import process

    return {
        Path(r.source.path).stem: r for r in process(iter_documents([str(p) for p in SEEDS]), nlp)
    }


@pytest.fixture(scope="module")
def run(nlp):
    """A record from a text, as `run` writes it (the affiliation tests' set-up)."""
    from pipeline.run.process import extract

    return lambda text: extract(text, nlp)


@pytest.fixture(scope="module")
def finds(nlp):
    """Each intervention found in a text, by name: whether it is named."""
    from pipeline.components.interventions import find_interventions

    return lambda text: {h.name: h.named for h in find_interventions(nlp(text))}


@pytest.fixture(scope="module")
def named_programmes(nlp):
    """The names of the named programmes found in a text."""
    from pipeline.components.interventions import find_interventions

    return lambda text: {h.name for h in find_interventions(nlp(text)) if h.named}


def org_of(record: Record, name: str) -> str | None:
    """The name of the organization a record links the named person to."""
    orgs = {o.id: o.name for o in record.organizations}
    person = next(p for p in record.people if p.name == name)
    return orgs.get(person.organization_id or "")


def rule_of(record: Record, name: str) -> str | None:
    """The rule that linked the named person to an organization."""
    return next(p for p in record.people if p.name == name).organization_rule


def gold(stem: str) -> dict:
    return json.loads((GOLD / f"{stem}.json").read_text(encoding="utf-8"))


def require_shared() -> None:
    if not GOLD.exists():
        pytest.skip("../shared is not beside the checkout")
