"""The NER's matrix products on numpy's OpenBLAS, one thread a process.

thinc's NumpyOps multiplies with blis by default; on the development machine blis ran the
NER's tok2vec products (8,000 x 384 by 384 x 384, float32) three times slower than
numpy's OpenBLAS on one thread, and the NER a release 26% slower (bench/bench_ner_ops.py
compares them; both found the same entities on 1,400 releases). One BLAS thread a
process in `run`: `--workers N` already gives each core a process, and more threads would
fight over them. Only `run` sets it: a program that calls `extract` keeps its own BLAS
threads for its own numpy.
"""

from __future__ import annotations

from spacy.language import Language
from thinc.api import NumpyOps
from threadpoolctl import threadpool_limits


def one_blas_thread() -> None:
    """One BLAS thread in this process (and the workers forked from it), for good."""
    threadpool_limits(limits=1, user_api="blas")


def use_openblas(nlp: Language) -> Language:
    """Every trainable pipe of `nlp` multiplies with numpy (OpenBLAS)."""
    ops = NumpyOps(use_blis=False)
    for _, pipe in nlp.pipeline:
        model = getattr(pipe, "model", None)
        if model is not None and hasattr(model, "walk"):
            for node in model.walk():
                node.ops = ops
    return nlp
