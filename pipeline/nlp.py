"""The spaCy Language: built from code once (`python -m pipeline build`), saved under
models/pipeline, and loaded from there with `spacy.load` by everything that runs it."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import spacy
from spacy.language import Language

from . import components as _components  # noqa: F401  (registers the factories)
from .components import contacts as _contacts  # noqa: F401
from .components import people as _people  # noqa: F401
from .resources import MODELS_DIR, PIPELINE_DIR

# Rule components in the order they run; later issues add theirs here.
RULE_COMPONENTS = ["press_contacts", "press_people"]
NER_DIR = MODELS_DIR / "ner"


def build(ner_dir: Path | None = NER_DIR) -> Language:
    """A fresh pipeline: Swedish tokenizer, sentences, the trained NER if present, rules."""
    nlp = spacy.blank("sv")
    nlp.add_pipe("sentencizer")
    if ner_dir is not None and (ner_dir / "meta.json").exists():
        nlp.add_pipe("ner", source=spacy.load(ner_dir))
    for name in RULE_COMPONENTS:
        nlp.add_pipe(name)
    nlp.meta.update(
        {
            "name": "press_releases",
            "version": "0.1.0",
            "description": "Swedish press releases to structured records (rules + NER)",
        }
    )
    return nlp


def save(path: Path = PIPELINE_DIR) -> Path:
    build().to_disk(path)
    return path


@cache
def load(path: Path = PIPELINE_DIR) -> Language:
    """The saved pipeline (built in memory when none is saved yet), once per process."""
    if (path / "config.cfg").exists():
        return spacy.load(path)
    return build()
