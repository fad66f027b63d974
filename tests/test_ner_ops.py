"""The loaded pipeline's NER multiplies with numpy's OpenBLAS (ner_ops) and finds the
entities blis finds; `run` pins one BLAS thread a process, loading the pipeline does not."""

from __future__ import annotations

import ast
import subprocess
import sys

from conftest import SEEDS
from thinc.api import NumpyOps


def test_loaded_ner_multiplies_with_openblas(nlp):
    if "ner" not in nlp.pipe_names:
        return
    nodes = list(nlp.get_pipe("ner").model.walk())
    assert nodes and all(isinstance(n.ops, NumpyOps) and not n.ops.use_blis for n in nodes)


def _blas_threads_after(code: str) -> list[tuple[int, int]]:
    """(before, after) BLAS threads of each pool, around `code` run in a fresh process."""
    script = (
        "import numpy\nfrom threadpoolctl import threadpool_info\n"
        "def blas():\n"
        "    return [p['num_threads'] for p in threadpool_info() if p['user_api'] == 'blas']\n"
        f"before = blas()\n{code}\nprint(list(zip(before, blas())))\n"
    )
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    return ast.literal_eval(out.stdout.strip().splitlines()[-1])


def test_run_gives_each_process_one_blas_thread():
    pools = _blas_threads_after(
        "from pipeline.language.ner_ops import one_blas_thread\none_blas_thread()"
    )
    assert pools and all(after == 1 for _, after in pools)


def test_loading_the_pipeline_leaves_a_programs_blas_threads_alone():
    # extract() users keep their numpy's threads; only `run` pins one a process
    pools = _blas_threads_after("from pipeline.language import nlp\nnlp.load()")
    assert pools and all(before == after for before, after in pools)


def test_openblas_finds_the_entities_blis_finds(nlp):
    if "ner" not in nlp.pipe_names:
        return
    texts = [p.read_text(encoding="utf-8") for p in SEEDS]
    ner = nlp.get_pipe("ner")

    def entities(ops: NumpyOps) -> list[list[tuple[int, int, str]]]:
        for node in ner.model.walk():
            node.ops = ops
        docs = ner.pipe([nlp.make_doc(t) for t in texts])
        return [[(e.start_char, e.end_char, e.label_) for e in d.ents] for d in docs]

    try:
        with_blis = entities(NumpyOps(use_blis=True))
        with_openblas = entities(NumpyOps(use_blis=False))
    finally:
        for node in ner.model.walk():
            node.ops = NumpyOps(use_blis=False)
    assert any(with_blis) and with_blis == with_openblas
