"""Fine-tune a trained NER on one corpus: the second stage of training.

The first stage (`spacy train` on klintan + SUC) learns names from all the data; SUC and
klintan disagree on conventions (SUC's "Regeringen" is an organization, klintan's often
MISC), so a short second stage on the klintan training split alone, at a lower learning
rate, adapts the model to one scheme. The dev split picks the best step, as in stage one.
"""

from __future__ import annotations

import random
from collections.abc import Sequence

from spacy.language import Language
from spacy.pipeline import TrainablePipe
from spacy.tokens import Doc
from spacy.training import Example
from spacy.util import fix_random_seed, minibatch

from pipeline.training.convert import Sentence, to_doc
from pipeline.training.evaluate import evaluate


def examples(nlp: Language, sentences: Sequence[Sentence]) -> list[Example]:
    """Gold sentences as Examples; the predicted side keeps the gold tokens."""
    return [Example(Doc(nlp.vocab, words=s[0]), to_doc(nlp.vocab, s)) for s in sentences]


def finetune(
    nlp: Language,
    train: Sequence[Sentence],
    dev: Sequence[Sentence],
    steps: int,
    learn_rate: float = 0.0004,
    batch_size: int = 32,
    eval_every: int = 100,
    seed: int = 42,
) -> tuple[Language, list[tuple[int, float]]]:
    """`nlp` updated for `steps` batches of `train`, restored to its best state on `dev`
    (step 0, the model as it came, included). Returns it and the (step, dev F1) curve."""
    fix_random_seed(seed)  # dropout masks
    rng = random.Random(seed)
    data = examples(nlp, train)
    optimizer = nlp.resume_training()
    optimizer.learn_rate = learn_rate
    best = _dev_f(nlp, dev)
    curve = [(0, best)]
    ner: TrainablePipe = nlp.get_pipe("ner")
    best_bytes = ner.to_bytes()
    step = 0
    while step < steps:
        rng.shuffle(data)
        for batch in minibatch(data, size=batch_size):
            nlp.update(batch, drop=0.1, sgd=optimizer)
            step += 1
            if step % eval_every == 0 or step == steps:
                score = _dev_f(nlp, dev)
                curve.append((step, score))
                if score > best:
                    best, best_bytes = score, ner.to_bytes()
            if step == steps:
                break
    ner.from_bytes(best_bytes)
    return nlp, curve


def _dev_f(nlp: Language, dev: Sequence[Sentence]) -> float:
    return evaluate(nlp, dev, io=True)["ALL"]["f"]
