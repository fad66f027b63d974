"""Where the models and rule data are; rule files are read through rule_data, once per
process, never from the network.

Where the models directory is, first match wins: `PIPELINE_MODELS`; `pipeline/models`
inside an installed package (the wheel maps the checkout's top-level models/ there);
models/ beside the package in a checkout.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path
from typing import TypeVar

PACKAGE_DIR = Path(__file__).resolve().parent.parent  # pipeline/
REPO_DIR = PACKAGE_DIR.parent
# The read-only shared data beside the checkout: gold files and corpora (training, benches).
SHARED_DIR = Path(os.environ.get("PRESSX_SHARED", REPO_DIR.parent / "shared"))
INSTALLED_MODELS_DIR = PACKAGE_DIR / "models"


def models_dir() -> Path:
    if override := os.environ.get("PIPELINE_MODELS"):
        return Path(override)
    if (INSTALLED_MODELS_DIR / "rules").is_dir():
        return INSTALLED_MODELS_DIR
    return REPO_DIR / "models"


def user_cache_dir() -> Path | None:
    """$XDG_CACHE_HOME/pressx, else ~/.cache/pressx; None without a home directory."""
    if base := os.environ.get("XDG_CACHE_HOME"):
        return Path(base) / "pressx"
    try:
        return Path.home() / ".cache" / "pressx"
    except RuntimeError:  # no HOME and no passwd entry (an arbitrary container uid)
        return None


def pipeline_dir(models: Path) -> Path:
    """Where the assembled pipeline is saved. Beside the models in a checkout or a
    PIPELINE_MODELS directory; for an installed package in the user's cache, since
    site-packages may be read-only and belongs to pip (nlp.load builds in memory when
    that fails too)."""
    cache_dir = user_cache_dir() if models == INSTALLED_MODELS_DIR else None
    return cache_dir / "pipeline" if cache_dir else models / "pipeline"


MODELS_DIR = models_dir()
RULES_DIR = MODELS_DIR / "rules"
PIPELINE_DIR = pipeline_dir(MODELS_DIR)


def rule_path(name: str) -> Path:
    return RULES_DIR / name


T = TypeVar("T")


def read_lines(name: str) -> tuple[str, ...]:
    """Non-empty, non-comment lines of a rule list, as loaded and checked by rule_data."""
    from .rule_data import active  # imported here: rule_data reads RULES_DIR from this module

    return _declared(active().lines, name)


def read_table(name: str) -> tuple[dict[str, str], ...]:
    """The rows of a TSV rule table, as loaded and checked by rule_data."""
    from .rule_data import active

    return _declared(active().tables, name)


def _declared(files: Mapping[str, T], name: str) -> T:
    """A rule file by name; one that rule_data does not declare is a programming error,
    said as such (a KeyError inside a component reads as "not initialized" in spaCy)."""
    try:
        return files[name]
    except KeyError:
        raise ValueError(
            f"rule file {name!r} is not declared in pipeline/language/rule_data.py"
        ) from None
