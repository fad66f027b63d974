"""One run per OUTDIR, one line per input document, and exit statuses that say what
happened: a lock, replaced error lines, --retry-errors, a full disk, SIGTERM/SIGHUP, option
values refused up front."""

from __future__ import annotations

import errno
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import SEEDS

from pipeline import cli
from pipeline.run.lock import LOCK_NAME, OutdirBusy, lock_outdir, unlock_outdir

ROOT = Path(__file__).resolve().parent.parent


def _corpus(path: Path, n: int) -> Path:
    """A JSONL corpus of n real releases (the seed texts, repeated under distinct ids)."""
    texts = [p.read_text(encoding="utf-8") for p in SEEDS]
    lines = [json.dumps({"id": f"d{i}", "text": texts[i % len(texts)]}) for i in range(n)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _start(*args: str, group: bool = False) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "pipeline", "run", *args, "-q"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
        start_new_session=group,
    )


def _outcomes(out: Path) -> tuple[list[dict], list[dict]]:
    """Records and error lines; every line must be whole, valid JSON."""

    def read(name: str) -> list[dict]:
        path = out / name
        if not path.exists():
            return []
        return [json.loads(line) for line in path.read_bytes().splitlines()]

    return read("records.jsonl"), read("errors.jsonl")


def _places(outcomes: list[dict]) -> list[tuple[str, int | None]]:
    return sorted((Path(o["source"]["path"]).name, o["source"]["line"]) for o in outcomes)


def _each_input_once(out: Path, inputs: list[tuple[str, int | None]]) -> None:
    records, errors = _outcomes(out)
    assert _places(records + errors) == sorted(inputs)


def _wait_for_records(out: Path, run: subprocess.Popen[str], n: int = 1) -> None:
    deadline = time.monotonic() + 240
    path = out / "records.jsonl"
    while time.monotonic() < deadline and run.poll() is None:
        if path.exists() and path.read_bytes().count(b"\n") >= n:
            return
        time.sleep(0.05)
    raise AssertionError(f"no {n} record(s) while the run went on (exit {run.poll()})")


def _seed_dir(tmp_path: Path) -> Path:
    src = tmp_path / "in"
    src.mkdir()
    for seed in SEEDS:
        (src / seed.name).write_bytes(seed.read_bytes())
    return src


SEED_INPUTS = [(p.name, None) for p in SEEDS]


# 1. one run per OUTDIR


def test_a_run_on_an_outdir_another_holds_is_refused_at_once(tmp_path):
    src, out = _seed_dir(tmp_path), tmp_path / "out"
    out.mkdir()
    held = lock_outdir(out)
    try:
        refused = _start(str(src), "-o", str(out))
        _, stderr = refused.communicate(timeout=120)
        assert refused.returncode == 2
        assert stderr.count("\n") == 1 and "in use by another run" in stderr
        assert _outcomes(out) == ([], [])
        with pytest.raises(OutdirBusy):
            lock_outdir(out)
    finally:
        unlock_outdir(out, held)
    assert cli.main(["run", str(src), "-o", str(out), "-q"]) == 0
    _each_input_once(out, SEED_INPUTS)
    assert not (out / LOCK_NAME).exists()  # a finished run leaves only its two files


def test_two_runs_started_together_give_each_input_once(tmp_path):
    corpus, out = _corpus(tmp_path / "corpus.jsonl", 40), tmp_path / "out"
    first = _start(str(corpus), "-o", str(out))
    _wait_for_records(out, first)
    second = _start(str(corpus), "-o", str(out))
    assert second.wait(timeout=120) == 2
    assert first.wait(timeout=600) == 0
    _each_input_once(out, [("corpus.jsonl", i) for i in range(1, 41)])


def test_a_worker_forked_by_a_killed_run_does_not_keep_its_lock(tmp_path):
    reader, writer = os.pipe()
    run = os.fork()
    if run == 0:  # the run: takes the lock, forks a worker, dies without unlocking
        try:
            lock_outdir(tmp_path)
            worker = os.fork()
            if worker == 0:
                time.sleep(60)
                os._exit(0)
            os.write(writer, str(worker).encode())
        finally:
            os._exit(0)
    os.close(writer)
    worker = int(os.read(reader, 32))
    os.close(reader)
    os.waitpid(run, 0)
    try:
        unlock_outdir(tmp_path, lock_outdir(tmp_path))  # OutdirBusy if the worker held it
    finally:
        os.kill(worker, signal.SIGKILL)


# 2. a document in exactly one file


def test_too_large_then_accepted_leaves_one_line_per_input(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    small = min(SEEDS, key=lambda p: p.stat().st_size)
    large = max(SEEDS, key=lambda p: p.stat().st_size)
    (src / "small.txt").write_bytes(small.read_bytes())
    (src / "large.txt").write_bytes(large.read_bytes())
    texts = [small.read_text(encoding="utf-8"), large.read_text(encoding="utf-8")]
    (src / "corpus.jsonl").write_text("\n".join(json.dumps({"text": t}) for t in texts) + "\n")
    limit = str(large.stat().st_size - 1)
    assert small.stat().st_size + 100 < int(limit)
    out = tmp_path / "out"
    inputs = [("corpus.jsonl", 1), ("corpus.jsonl", 2), ("large.txt", None), ("small.txt", None)]

    assert cli.main(["run", str(src), "-o", str(out), "-q", "--max-bytes", limit]) == 1
    records, errors = _outcomes(out)
    assert [e["error"] for e in errors] == ["too_large", "too_large"]
    _each_input_once(out, inputs)

    assert cli.main(["run", str(src), "-o", str(out), "-q", "--max-bytes", "10000000"]) == 0
    records, errors = _outcomes(out)
    assert len(records) == 4 and errors == []
    _each_input_once(out, inputs)

    before = (out / "records.jsonl").read_bytes()  # the lower limit again: nothing to redo
    assert cli.main(["run", str(src), "-o", str(out), "-q", "--max-bytes", limit]) == 0
    assert (out / "records.jsonl").read_bytes() == before
    assert (out / "errors.jsonl").read_bytes() == b""


def test_retry_errors_turns_a_fixed_error_into_a_record(tmp_path):
    src, out = _seed_dir(tmp_path), tmp_path / "out"
    run = ["run", str(src), "-o", str(out), "-q"]
    assert cli.main([*run, "--timeout", "0.000001"]) == 1  # every document times out
    records, errors = _outcomes(out)
    assert records == [] and {e["error"] for e in errors} == {"timeout"}

    before = (out / "errors.jsonl").read_bytes()
    assert cli.main(run) == 1  # by default an error is kept, not retried
    assert (out / "errors.jsonl").read_bytes() == before

    assert cli.main([*run, "--retry-errors"]) == 0
    records, errors = _outcomes(out)
    assert len(records) == len(SEEDS) and errors == []
    _each_input_once(out, SEED_INPUTS)


# 3. exit statuses


def test_a_full_disk_exits_74_with_one_line_and_whole_lines(tmp_path, monkeypatch, capsys):
    src, out = _seed_dir(tmp_path), tmp_path / "out"
    real_write, calls = os.write, []

    def filling_disk(fd: int, data: bytes) -> int:
        calls.append(fd)
        if len(calls) == 1:
            return real_write(fd, data)
        if len(calls) == 2:  # the disk fills in the middle of the second line
            return real_write(fd, bytes(data)[: len(data) // 2])
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "write", filling_disk)
    assert cli.main(["run", str(src), "-o", str(out), "-q"]) == cli.EX_IOERR
    monkeypatch.undo()
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert str(out) in err and "No space left on device" in err
    records, errors = _outcomes(out)  # whole lines only: the torn one was cut back off
    assert len(records) == 1 and errors == []

    assert cli.main(["run", str(src), "-o", str(out), "-q"]) == 0
    _each_input_once(out, SEED_INPUTS)


@pytest.mark.parametrize(
    ("workers", "signum", "to_group"),
    [("1", signal.SIGTERM, False), ("2", signal.SIGHUP, True)],
    ids=["SIGTERM-1-worker", "SIGHUP-to-the-group-2-workers"],
)
def test_a_terminating_signal_interrupts_between_whole_lines(tmp_path, workers, signum, to_group):
    n = 200
    corpus, out = _corpus(tmp_path / "corpus.jsonl", n), tmp_path / "out"
    run = _start(str(corpus), "-o", str(out), "--workers", workers, group=to_group)
    _wait_for_records(out, run, n=3)
    if to_group:
        os.killpg(run.pid, signum)
    else:
        os.kill(run.pid, signum)
    _, stderr = run.communicate(timeout=300)
    assert run.returncode == 128 + signum, stderr
    assert "interrupted" in stderr and "Traceback" not in stderr
    records, errors = _outcomes(out)  # every line whole
    assert 3 <= len(records) + len(errors) < n

    assert cli.main(["run", str(corpus), "-o", str(out), "-q"]) in (0, 1)
    _each_input_once(out, [("corpus.jsonl", i) for i in range(1, n + 1)])


# 4. option values


@pytest.mark.parametrize(
    "option",
    [
        ["--timeout", "nan"],
        ["--timeout", "-1"],
        ["--timeout", "-inf"],
        ["--timeout", "soon"],
        ["--workers", "0"],
        ["--workers", "-2"],
        ["--max-bytes", "0"],
        ["--max-bytes", "-5"],
    ],
)
def test_a_bad_option_value_is_refused_with_exit_2(tmp_path, capsys, option):
    with pytest.raises(SystemExit) as stop:
        cli.main(["run", str(tmp_path / "missing.txt"), "-o", str(tmp_path / "out"), *option])
    assert stop.value.code == 2
    last = capsys.readouterr().err.splitlines()[-1]
    assert last.startswith("pressx run: error: argument ") and option[0] in last
    assert not (tmp_path / "out").exists()


def test_timeout_inf_means_no_limit(tmp_path):
    src, out = _seed_dir(tmp_path), tmp_path / "out"
    assert cli.main(["run", str(src), "-o", str(out), "-q", "--timeout", "inf"]) == 0
    records, errors = _outcomes(out)
    assert len(records) == len(SEEDS) and errors == []
