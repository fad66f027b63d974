"""Scale-out: the same pipeline as a map over partitions of a Dask bag.

`process` is a pure function of its documents, so each partition runs it as the command
line does, and a worker loads the pipeline once (`nlp.load` is cached per process).
Needs the `[dask]` extra. Inputs are read here, on the client, and shipped with the
tasks, so workers need not see the client's files. The per-document `--timeout` relies
on SIGALRM, which Dask's worker threads cannot use: it is off inside Dask.

    from dask.distributed import Client
    from pipeline.run.dask_bag import outcomes_bag
    with Client("tcp://scheduler:8786"):
        outcomes = outcomes_bag(["corpus.jsonl"]).compute()
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import dask.bag as db

from ..input.ingest import DEFAULT_MAX_BYTES, IngestError, RawDocument, iter_documents
from .process import Outcome, process

PARTITION_SIZE = 256  # documents per task: enough to amortise the scheduler's overhead


def _process_partition(docs: Iterable[RawDocument | IngestError]) -> list[Outcome]:
    return list(process(docs))


def documents_bag(
    inputs: Sequence[str],
    max_bytes: int = DEFAULT_MAX_BYTES,
    partition_size: int = PARTITION_SIZE,
) -> db.Bag:
    """The input documents (or ingest errors) as a bag, in input order."""
    docs = list(iter_documents(inputs, max_bytes=max_bytes))
    return db.from_sequence(docs, partition_size=max(1, partition_size))


def outcomes_bag(
    inputs: Sequence[str],
    max_bytes: int = DEFAULT_MAX_BYTES,
    partition_size: int = PARTITION_SIZE,
) -> db.Bag:
    """One Record or ErrorRecord per input document, as `pressx run` gives them."""
    return documents_bag(inputs, max_bytes, partition_size).map_partitions(_process_partition)
