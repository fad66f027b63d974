"""The Dask bag gives the same records as the command line, on a local cluster."""

from __future__ import annotations

import json
import subprocess
import sys
from itertools import islice

import pytest
from conftest import CORPUS

distributed = pytest.importorskip("dask.distributed")


@pytest.fixture(scope="module")
def sample(tmp_path_factory):
    if not CORPUS.exists():
        pytest.skip("../shared corpus is not beside the checkout")
    path = tmp_path_factory.mktemp("dask") / "sample.jsonl"
    with open(CORPUS, "rb") as f:
        lines = list(islice(f, 100))
    lines.insert(50, b'{"id": "broken", "text": 5}\n')  # an error goes the same way too
    path.write_bytes(b"".join(lines))
    return path


def _cli_outcomes(sample, out):
    subprocess.run(
        [sys.executable, "-m", "pipeline", "run", str(sample), "-o", str(out)],
        check=False,
        capture_output=True,
    )
    records = [json.loads(x) for x in (out / "records.jsonl").read_text().splitlines()]
    errors = [json.loads(x) for x in (out / "errors.jsonl").read_text().splitlines()]
    return records, errors


def test_dask_bag_on_local_cluster_matches_cli(sample, tmp_path):
    from pipeline.record.schema import Record
    from pipeline.run.dask_bag import outcomes_bag

    cli_records, cli_errors = _cli_outcomes(sample, tmp_path / "cli")
    with (
        distributed.LocalCluster(n_workers=2, threads_per_worker=1, dashboard_address=None) as lc,
        distributed.Client(lc),
    ):
        outcomes = outcomes_bag([str(sample)], partition_size=25).compute()
    records = [json.loads(o.model_dump_json()) for o in outcomes if isinstance(o, Record)]
    errors = [json.loads(o.model_dump_json()) for o in outcomes if not isinstance(o, Record)]

    assert len(records) == 100 and len(errors) == 1
    assert {r["doc_id"]: r for r in records} == {r["doc_id"]: r for r in cli_records}
    assert errors == cli_errors
