"""Pretrain the NER's tok2vec on unlabelled text (spaCy's vectors objective).

BERT-style masking: 15% of the words are hidden or swapped and the CNN learns to guess
their floret vectors from the context. The weights then initialise stage one
(`paths.init_tok2vec`). The text is the one the floret vectors learn from: regeringen
releases and the training side of the NER corpora, never a test split.

`spacy pretrain` itself cannot be used: it needs a layer that returns one array per
Doc, and the parser's "tok2vec" ref is the CNN chained with a projection. This loop
trains the CNN (the chain's first layer) with the objective, batcher and optimizer of
the config's [pretraining] block and saves the whole chain, the shape init_tok2vec loads.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from spacy import util
from spacy.pipeline import TrainablePipe
from spacy.training.pretrain import ensure_docs, make_update
from thinc.api import fix_random_seed, set_dropout_rate


def pretrain_tok2vec(
    config_path: Path,
    raw_text: Path,
    vectors: Path | None,
    out: Path,
    epochs: int,
    overrides: dict[str, Any],
) -> list[float]:
    """`epochs` passes over `raw_text` (one text per line); the chain's weights go to
    `out` (init_tok2vec).
    Returns the objective's loss per epoch."""
    settings = {
        **overrides,
        "paths.raw_text": str(raw_text),
        "paths.vectors": str(vectors) if vectors else None,
        "pretraining.max_epochs": epochs,
    }
    config = util.load_config(config_path, overrides=settings, interpolate=True)
    fix_random_seed(config["training"]["seed"])
    nlp = util.load_model_from_config(config)
    with nlp.select_pipes(enable=[]):
        nlp.initialize()  # loads the static vectors
    P = util.registry.resolve(config["pretraining"])
    ner: TrainablePipe = nlp.get_pipe("ner")
    chain = ner.model.get_ref("tok2vec")
    sample = [nlp.make_doc("Ge den ett dokument att läsa formerna av")]
    chain.initialize(X=sample)
    model = P["objective"](nlp.vocab, chain.layers[0])
    model.initialize(X=sample)
    set_dropout_rate(model, P["dropout"])
    corpus = util.registry.resolve({"c": util.dot_to_object(config, P["corpus"])})["c"]
    objective, optimizer = model.attrs["loss"], P["optimizer"]
    losses = []
    for epoch in range(P["max_epochs"]):
        start, words, loss = time.time(), 0, 0.0
        for batch in P["batcher"](corpus(nlp)):
            docs = ensure_docs(batch)
            loss += make_update(model, docs, optimizer, objective)
            words += sum(len(d) for d in docs)
        losses.append(loss)
        rate = words / (time.time() - start)
        print(f"pretrain epoch {epoch}: {words} words, loss {loss:.0f}, {rate:.0f} w/s", flush=True)
        with chain.use_params(optimizer.averages):  # saved each epoch: a long run can stop
            out.write_bytes(chain.to_bytes())
    return losses
