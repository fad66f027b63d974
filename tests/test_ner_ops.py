"""The loaded pipeline's NER multiplies with numpy's OpenBLAS on one thread (ner_ops), and
finds the entities blis finds."""

from __future__ import annotations

from conftest import SEEDS
from thinc.api import NumpyOps
from threadpoolctl import threadpool_info


def test_loaded_ner_multiplies_with_openblas(nlp):
    if "ner" not in nlp.pipe_names:
        return
    nodes = list(nlp.get_pipe("ner").model.walk())
    assert nodes and all(isinstance(n.ops, NumpyOps) and not n.ops.use_blis for n in nodes)


def test_one_blas_thread_a_process(nlp):
    assert all(pool["num_threads"] == 1 for pool in threadpool_info() if pool["user_api"] == "blas")


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
