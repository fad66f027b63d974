"""What made a record: the package's version and fingerprints of its rule data and models.

A record carries them (`produced_by`), so that a reader can tell records made by another
version apart, and `run` can redo them.
"""

from __future__ import annotations

import hashlib
import json
from functools import cache
from importlib import metadata
from pathlib import Path

from ..language.resources import MODELS_DIR, RULES_DIR
from ..language.rule_data import user_rules_dir


def package_version() -> str:
    try:
        return metadata.version("pressx")
    except metadata.PackageNotFoundError:  # run from a checkout that was never installed
        return "0.0.0+checkout"


def _digest(paths: list[Path]) -> str:
    digest = hashlib.sha256()
    for path in sorted(paths):
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:12]


@cache
def rules_fingerprint(rules_dir: Path = RULES_DIR) -> str:
    """Changes whenever a rule file changes."""
    return _digest([p for p in rules_dir.rglob("*") if p.is_file()])


@cache
def models_fingerprint(models_dir: Path = MODELS_DIR) -> str:
    """The trained models by name, version and a hash of their meta (which holds scores and
    training settings, so a retrained model changes it)."""
    parts = []
    for meta in sorted(models_dir.glob("*/meta.json")):
        if meta.parent.name == "pipeline":
            continue  # the saved pipeline is built from the config, the rules and the NER
        info = json.loads(meta.read_text(encoding="utf-8"))
        parts.append(f"{meta.parent.name}-{info.get('version', '?')}-{_digest([meta])}")
    return "+".join(parts) or "none"


def produced_by() -> dict[str, str]:
    return _produced_by(user_rules_dir())


@cache
def _produced_by(user_rules: Path | None) -> dict[str, str]:
    rules = rules_fingerprint()
    if user_rules is not None:  # the shipped rules extended by a user's own (run --rules)
        rules += "+" + rules_fingerprint(user_rules)
    return {"pipeline": package_version(), "rules": rules, "models": models_fingerprint()}
