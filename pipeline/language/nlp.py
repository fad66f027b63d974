"""The spaCy Language, defined by pipeline/pipeline.cfg and the components' registry.

`build()` turns the config into a Language and saves it to models/pipeline (for an
installed package: the user's cache, see resources.pipeline_dir), which `spacy.load`
reads; the saved pipeline carries the rule files it was built with (the `rule_files`
component). `load()` rebuilds the one at the default place first when the config, the
rule data or the NER changed, and builds in memory when it cannot save; one elsewhere
runs as saved. Both load and check the rule data first.
"""

from __future__ import annotations

import hashlib
import logging
import os
import shutil
from functools import cache
from pathlib import Path

import spacy
from spacy.language import Language
from thinc.api import Config

from ..record.versions import rules_fingerprint
from . import rule_data
from .ner_ops import use_openblas
from .resources import MODELS_DIR, PIPELINE_DIR
from .word_vectors import cache_word_vectors

log = logging.getLogger(__name__)
CONFIG_PATH = Path(__file__).resolve().parent.parent / "pipeline.cfg"
NER_DIR = MODELS_DIR / "ner"


def config(ner_dir: Path = NER_DIR) -> Config:
    """The pipeline config, without the NER while none has been trained."""
    cfg = Config().from_disk(CONFIG_PATH, overrides={"paths.ner": str(ner_dir)})
    if not (ner_dir / "meta.json").exists():
        cfg["nlp"]["pipeline"] = [p for p in cfg["nlp"]["pipeline"] if p != "ner"]
        del cfg["components"]["ner"]
    return cfg


def fingerprint(ner_dir: Path = NER_DIR) -> str:
    """Changes when the config, the shipped rule data or the trained NER changes: the saved
    pipeline is stale. (A user's --rules dir is read at run time and needs no rebuild.)"""
    digest = hashlib.sha256(CONFIG_PATH.read_bytes())
    digest.update(rules_fingerprint().encode())
    meta = ner_dir / "meta.json"
    if meta.exists():
        digest.update(meta.read_bytes())
    return digest.hexdigest()[:16]


def build(ner_dir: Path = NER_DIR) -> Language:
    rule_data.active()  # a bad rule file fails here, once, before any document
    nlp = spacy.util.load_model_from_config(config(ner_dir), auto_fill=True, validate=True)
    if "ner" in nlp.pipe_names:
        # The NER reads static vectors from the vocab at run time; sourcing copies the
        # component, not the vectors, so bring them along.
        nlp.vocab.vectors.from_disk(ner_dir / "vocab")
    nlp.meta.update(
        {
            "name": "press_releases",
            "version": "0.1.0",
            "description": "Swedish press releases to structured records (rules + NER)",
            "build": fingerprint(ner_dir),
        }
    )
    return nlp


def save(path: Path = PIPELINE_DIR) -> Path:
    """Write to a private directory, then swap it in, so concurrent runs never see half."""
    path.parent.mkdir(parents=True, exist_ok=True)  # a fresh user cache directory
    tmp = path.with_name(f".{path.name}.{os.getpid()}")
    build().to_disk(tmp)
    shutil.rmtree(path, ignore_errors=True)
    try:
        os.rename(tmp, path)
    except OSError:  # another process swapped in the same build first
        shutil.rmtree(tmp, ignore_errors=True)
    return path


def _is_current(path: Path) -> bool:
    try:
        return spacy.util.load_meta(path / "meta.json").get("build") == fingerprint()
    except (OSError, ValueError):
        return False


@cache
def load(path: Path = PIPELINE_DIR) -> Language:
    """The saved pipeline, once per process, with the rule data saved in it, its NER
    multiplying with OpenBLAS (see ner_ops) and computing each word's vector once
    (word_vectors).

    Where `build` saves by default (PIPELINE_DIR) it is first rebuilt and saved when
    missing or stale, so an edit of models/rules, the config or the NER takes effect. A
    pipeline anywhere else (built with `build -o`, or moved) runs as it was saved, with
    its own rules; that it differs from this checkout's sources is only logged."""
    return use_openblas(cache_word_vectors(_load(path)))


def _load(path: Path) -> Language:
    if Path(path).resolve() != PIPELINE_DIR.resolve():
        if not _is_current(path):
            log.warning("%s was built from other rules, config or NER: run as saved", path)
        return spacy.load(path)
    rule_data.active()  # a bad rule file fails here, once, before any document
    if not _is_current(path):
        try:
            save(path)
        except OSError:  # nowhere writable: run from memory
            return build()
    return spacy.load(path)
