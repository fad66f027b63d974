"""The benchmark writes its figures under output/, never over a tracked file; the README
names every environment variable the code reads."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ENV_READ = re.compile(r"""(?:environ(?:\.get)?[\[(]|getenv\()\s*["']([A-Z_]+)["']""")


def test_bench_refuses_to_overwrite_a_tracked_file_and_defaults_to_output() -> None:
    results = ROOT / "bench" / "results.json"
    before = results.read_bytes()
    done = subprocess.run(
        [sys.executable, "bench/bench.py", "--json", str(results), "--limit", "1"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert done.returncode == 2 and "tracked by git" in done.stderr
    assert results.read_bytes() == before
    source = (ROOT / "bench" / "bench.py").read_text()
    assert 'OUTPUT = ROOT / "output" / "bench.json"' in source


def test_the_readme_documents_every_environment_variable_the_code_reads() -> None:
    read = {
        name
        for folder in ("pipeline", "bench", "scripts", "tests")
        for path in (ROOT / folder).rglob("*.py")
        for name in ENV_READ.findall(path.read_text(encoding="utf-8"))
    }
    assert {"PIPELINE_MODELS", "PRESSX_SHARED"} <= read
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert sorted(name for name in read if f"`{name}`" not in readme) == []
