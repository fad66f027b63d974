"""Fine-tune a trained NER on one corpus: the second stage of training.

The first stage (`spacy train` on klintan + SUC) learns names from all the data; SUC and
klintan disagree on conventions (SUC's "Regeringen" is an organization, klintan's often
MISC), so a short second stage on the klintan training split alone, at a lower learning
rate, adapts the model to one scheme.

`finetune` runs once and the dev split picks the best step. `finetune_soup` runs it from
the same start with several seeds and averages the weights (a "model soup", Wortsman et
al. 2022): the runs differ only in batch order and dropout, so they stay in one basin and
their average generalises better than any one of them, with no dev-set choice to overfit.
"""

from __future__ import annotations

import random
from collections.abc import Iterator, Sequence
from typing import cast

import numpy
from spacy.language import Language
from spacy.pipeline import TrainablePipe
from spacy.tokens import Doc
from spacy.training import Example
from spacy.util import fix_random_seed, minibatch
from thinc.api import Model
from thinc.types import FloatsXd

from pipeline.training.convert import Sentence, to_doc
from pipeline.training.evaluate import evaluate


def examples(nlp: Language, sentences: Sequence[Sentence]) -> list[Example]:
    """Gold sentences as Examples; the predicted side keeps the gold tokens."""
    return [Example(Doc(nlp.vocab, words=s[0]), to_doc(nlp.vocab, s)) for s in sentences]


def updates(
    nlp: Language,
    train: Sequence[Sentence],
    steps: int,
    learn_rate: float,
    batch_size: int,
    seed: int,
    extra: Sequence[Example] = (),
) -> Iterator[int]:
    """Update `nlp` on shuffled batches of `train` (and of ready-made `extra` examples,
    such as partially labelled in-genre ones); yield the step after each update."""
    fix_random_seed(seed)  # dropout masks
    rng = random.Random(seed)
    data = examples(nlp, train) + list(extra)
    optimizer = nlp.resume_training()
    optimizer.learn_rate = learn_rate
    step = 0
    while step < steps:
        rng.shuffle(data)
        for batch in minibatch(data, size=batch_size):
            nlp.update(batch, drop=0.1, sgd=optimizer)
            step += 1
            yield step
            if step == steps:
                return


def finetune(
    nlp: Language,
    train: Sequence[Sentence],
    dev: Sequence[Sentence],
    steps: int,
    learn_rate: float = 0.0004,
    batch_size: int = 32,
    eval_every: int = 100,
    seed: int = 42,
    extra: Sequence[Example] = (),
) -> tuple[Language, list[tuple[int, float]]]:
    """`nlp` updated for `steps` batches of `train`, restored to its best state on `dev`
    (step 0, the model as it came, included). Returns it and the (step, dev F1) curve."""
    best = _dev_f(nlp, dev)
    curve = [(0, best)]
    ner: TrainablePipe = nlp.get_pipe("ner")
    best_bytes = ner.to_bytes()
    for step in updates(nlp, train, steps, learn_rate, batch_size, seed, extra):
        if step % eval_every == 0 or step == steps:
            score = _dev_f(nlp, dev)
            curve.append((step, score))
            if score > best:
                best, best_bytes = score, ner.to_bytes()
    ner.from_bytes(best_bytes)
    return nlp, curve


def finetune_soup(
    nlp: Language,
    train: Sequence[Sentence],
    dev: Sequence[Sentence],
    steps: int,
    seeds: Sequence[int],
    learn_rate: float = 0.0004,
    batch_size: int = 32,
) -> tuple[Language, dict[str, float]]:
    """`nlp` with the average weights of one `steps`-long fine-tuning per seed, all from
    the same start. Returns it and the dev F1 of each run and of the soup."""
    ner: TrainablePipe = nlp.get_pipe("ner")
    start = ner.to_bytes()
    runs, scores = [], {}
    for seed in seeds:
        ner.from_bytes(start)
        for _ in updates(nlp, train, steps, learn_rate, batch_size, seed):
            pass
        scores[f"seed {seed}"] = _dev_f(nlp, dev)
        runs.append(_params(ner.model))
    for (node, name), value in _average(runs).items():
        node.set_param(name, value)
    scores["soup"] = _dev_f(nlp, dev)
    return nlp, scores


ParamKey = tuple[Model, str]


def _params(model: Model) -> dict[ParamKey, numpy.ndarray]:
    return {
        (node, name): numpy.array(node.get_param(name), copy=True)
        for node in model.walk()
        for name in node.param_names
        if node.has_param(name)
    }


def _average(runs: list[dict[ParamKey, numpy.ndarray]]) -> dict[ParamKey, FloatsXd]:
    return {
        key: cast(FloatsXd, numpy.mean([run[key] for run in runs], axis=0).astype("float32"))
        for key in runs[0]
    }


def _dev_f(nlp: Language, dev: Sequence[Sentence]) -> float:
    return evaluate(nlp, dev, io=True)["ALL"]["f"]
