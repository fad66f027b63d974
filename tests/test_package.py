"""The package installs the normal way: a wheel carries the config, the rule data and the
NER, and the installed code finds them (issue 18). scripts/check_wheel.sh goes further in
CI: it installs the wheel into a fresh venv and runs `pressx run` outside the checkout."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from conftest import ROOT

from pipeline.language import resources

# pip's words when it cannot fetch the build backend (no index reachable, say)
_NO_BACKEND = ("No matching distribution found for setuptools", "Could not find a version")


def _tracked_tree(dest: Path) -> Path:
    """The checkout's files that git would commit, copied: local caches (models/pipeline,
    build/) must neither leak into the wheel nor be needed by it."""
    listed = subprocess.run(
        ["git", "ls-files", "-co", "--exclude-standard", "-z"],
        cwd=ROOT,
        capture_output=True,
        check=True,
    ).stdout.split(b"\0")
    for name in filter(None, listed):
        source, target = ROOT / name.decode(), dest / name.decode()
        if source.is_file():
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(source.read_bytes())
    return dest


@pytest.fixture(scope="module")
def wheel_names(tmp_path_factory) -> set[str]:
    tmp = tmp_path_factory.mktemp("wheel")
    source = _tracked_tree(tmp / "src")
    built = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", str(tmp / "dist"), "."],
        cwd=source,
        capture_output=True,
        text=True,
    )
    if built.returncode:
        output = built.stdout + built.stderr
        if any(words in output for words in _NO_BACKEND) and not os.environ.get("CI"):
            pytest.skip(f"cannot build a wheel here, pip found no build backend: {output[-300:]}")
        pytest.fail(f"pip wheel failed:\n{output[-3000:]}")
    (wheel,) = (tmp / "dist").glob("pressx-*.whl")
    return set(zipfile.ZipFile(wheel).namelist())


def test_wheel_carries_config_types_rules_and_ner(wheel_names) -> None:
    for name in (
        "pipeline/pipeline.cfg",
        "pipeline/py.typed",
        "pipeline/tools/report/template.html",
        "pipeline/models/ner/meta.json",
        "pipeline/models/ner/ner/model",
        "pipeline/models/ner/vocab/vectors",
    ):
        assert name in wheel_names
    rules = {p.relative_to(ROOT).as_posix() for p in (ROOT / "models/rules").rglob("*")}
    shipped = {"pipeline/" + name for name in rules if (ROOT / name).is_file()}
    assert shipped <= wheel_names  # every rule file, models/rules/sources included


def test_wheel_has_every_module_and_no_local_cache(wheel_names) -> None:
    # pyproject lists the packages by hand (models/ is mapped in): a new one must be added
    modules = {p.relative_to(ROOT).as_posix() for p in (ROOT / "pipeline").rglob("*.py")}
    assert modules <= wheel_names
    assert not [n for n in wheel_names if n.startswith(("pipeline/models/pipeline/", "models/"))]


def test_installed_layout_is_found_before_the_checkout(tmp_path, monkeypatch) -> None:
    installed = tmp_path / "site-packages" / "pipeline" / "models"
    (installed / "rules").mkdir(parents=True)
    monkeypatch.setattr(resources, "INSTALLED_MODELS_DIR", installed)
    monkeypatch.delenv("PIPELINE_MODELS", raising=False)
    assert resources.models_dir() == installed
    monkeypatch.setenv("PIPELINE_MODELS", str(tmp_path / "mine"))
    assert resources.models_dir() == tmp_path / "mine"


def test_installed_package_saves_its_pipeline_in_the_user_cache(tmp_path, monkeypatch) -> None:
    installed = tmp_path / "site-packages" / "pipeline" / "models"
    monkeypatch.setattr(resources, "INSTALLED_MODELS_DIR", installed)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    assert resources.pipeline_dir(installed) == tmp_path / "cache" / "pressx" / "pipeline"
    # a checkout or a PIPELINE_MODELS directory keeps it beside the models
    assert resources.pipeline_dir(ROOT / "models") == ROOT / "models" / "pipeline"


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    """The wheel's layout without pip: the package copied into a site-packages folder, the
    checkout's rule data and NER linked in as pipeline/models."""
    site = tmp_path_factory.mktemp("installed") / "site-packages"
    shutil.copytree(
        ROOT / "pipeline", site / "pipeline", ignore=shutil.ignore_patterns("__pycache__")
    )
    (site / "pipeline" / "models").mkdir()
    for name in ("rules", "ner"):
        (site / "pipeline" / "models" / name).symlink_to(ROOT / "models" / name)
    return site


def _installed(site: Path, cwd: Path, cache: Path, *args: str) -> subprocess.CompletedProcess:
    """Python with `site` as the installed package, run in `cwd` (not the checkout)."""
    env = {**os.environ, "PYTHONPATH": str(site), "XDG_CACHE_HOME": str(cache)}
    env.pop("PIPELINE_MODELS", None)
    cwd.mkdir(exist_ok=True)
    return subprocess.run([sys.executable, *args], cwd=cwd, env=env, capture_output=True, text=True)


def _written(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*") if not p.is_symlink())


def test_installed_build_saves_where_run_loads_it_not_in_the_current_directory(
    site, tmp_path
) -> None:
    before = _written(site)
    done = _installed(site, tmp_path / "elsewhere", tmp_path / "cache", "-m", "pipeline", "build")
    assert done.returncode == 0, done.stderr
    saved = tmp_path / "cache" / "pressx" / "pipeline"
    assert f"pipeline saved to {saved}" in done.stderr
    assert (saved / "meta.json").is_file()
    assert not (tmp_path / "elsewhere" / "models").exists()
    assert _written(site) == before


def test_installed_lemma_cache_is_written_to_the_user_cache(site, tmp_path) -> None:
    before = _written(site)
    code = "import pipeline, sys; from pipeline.language import swedish; swedish.present_verbs(); "
    code += "print(pipeline.__file__, swedish.CACHE_DIR)"
    done = _installed(site, tmp_path / "elsewhere", tmp_path / "cache", "-c", code)
    assert done.returncode == 0, done.stderr
    cache = tmp_path / "cache" / "pressx" / "cache"
    assert done.stdout.split() == [str(site / "pipeline" / "__init__.py"), str(cache)]
    assert (cache / "sv_present_verbs.json").is_file()
    assert _written(site) == before  # nothing in site-packages, which may be read-only


def test_installed_without_a_writable_cache_runs_from_memory(site, tmp_path) -> None:
    before = _written(site)
    blocked = tmp_path / "not-a-directory"
    blocked.write_text("")  # XDG_CACHE_HOME a file: no folder can be made under it
    code = "from pipeline.language import swedish; print(len(swedish.present_verbs()) > 1000)"
    done = _installed(site, tmp_path / "elsewhere", blocked, "-c", code)
    assert done.returncode == 0 and done.stdout == "True\n", done.stderr
    built = _installed(site, tmp_path / "elsewhere", blocked, "-m", "pipeline", "build")
    assert built.returncode == 2
    assert built.stderr.startswith("pressx build: cannot save the pipeline: ")
    assert len(built.stderr.splitlines()) == 1
    assert _written(site) == before and _written(tmp_path / "elsewhere") == []
