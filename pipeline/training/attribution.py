"""ATTRIBUTION.md for the trained model: data provenance, licences, scores."""

from __future__ import annotations

import textwrap
from pathlib import Path
from typing import Any

from pipeline.training.evaluate import format_table

HEADER = """# Attribution: Swedish NER model (models/ner)

Licence of the model: **CC BY-SA 4.0** (the stricter licence of its SUC-derived
training data).

## Use

One `ner` component with its own inline CNN tok2vec (no listener) that reads
the floret static vectors stored in this pipeline's vocab. When sourcing it into
another pipeline, copy the vectors too, or it fails on empty vectors:

    src = spacy.load("models/ner")
    nlp.vocab.vectors = src.vocab.vectors
    nlp.add_pipe("ner", source=src)

## Training data

- **klintan/swedish-ner-corpus** (train split only; a seeded 600 sentences of
  it are the dev set), commit 87950716635b2bc6971717e6c0656c902a3831e2,
  CC BY 4.0, attribution: Andreas Klintberg. Text from Språkbanken's
  Webbnyheter 2012. <https://github.com/klintan/swedish-ner-corpus>
- **kb-labb/sucx3_ner**, derived from SUC 3.0 (Stockholm-Umeå Corpus,
  Språkbanken): `data/martin_data/dev.jsonl` (automatic name tags, commit
  4329189e374f8368dc94fd6722273534e666f0fc) and the manual tags of
  `removed_sents_from_original_to_simple.txt` (commit
  61f65eb455e0113cba6483f66dc2c47098123783) minus a seeded held-out test part.
  CC BY 4.0 per its dataset card, CC BY-SA 4.0 per Språkbanken; the stricter,
  CC BY-SA 4.0, applies. <https://github.com/kb-labb/sucx3_ner>
- **regeringen.se press releases** (8,489, via civictechsweden/g0vse, commit
  b9e34cec61a3e35d81bde27a417a269945487a37): unlabelled Swedish public
  documents, used only to train the floret static vectors (together with the
  training-side text of the corpora above; no test text).

## Label mapping

Klintan's PER/ORG/LOC/MISC are kept. SUC silver: PER, LOC, ORG kept; WRK, EVN,
OBJ -> MISC; TME, MSR -> O; LOCPRS/LOCORG -> LOC, ORGPRS -> ORG. SUC manual:
person, myth -> PER; place -> LOC; inst -> ORG; work, product, event, other,
animal -> MISC. IO tags: a run of same-label tokens is one entity (in training
and, for predictions too, when scoring on klintan test). SUC person spans lose
their leading titles ("kapten Carlstierna" -> "Carlstierna").

"""


def training_text(settings: dict[str, Any]) -> str:
    """How the model was trained, in words, from meta.json's training overrides."""
    steps = []
    if settings.get("pretrain_epochs"):
        steps.append(
            f"the CNN pretrained for {settings['pretrain_epochs']} passes over the vectors' "
            "text, guessing the floret vectors of masked words (pretrain.py)"
        )
    steps.append(
        f"`spacy train` on all the data above (klintan train {settings['klintan_weight']} times)"
    )
    tune = settings.get("finetune")
    if tune:
        how = f"fine-tuning on klintan train alone ({tune['steps']} batches, learning rate "
        how += f"{tune['learn_rate']}"
        if "soup_seeds" in tune:
            seeds = ", ".join(str(seed) for seed in tune["soup_seeds"])
            how += f"), once per seed ({seeds}), the runs' weights averaged"
        else:
            how += "; the dev split picks the step)"
        steps.append(how)
    body = "; then ".join(steps)
    body = f"{body[0].upper()}{body[1:]}. Settings and dev scores are in meta.json."
    return f"## Training\n\n{textwrap.fill(body, width=80)}\n\n"


def write_attribution(model_dir: Path, scores: dict[str, Any], settings: dict[str, Any]) -> None:
    tables = "\n\n".join(format_table(name, s) for name, s in scores.items())
    note = (
        "\n\n`klintan_test`: the klintan test split, IO-grouped on both sides. "
        "`suc_manual_heldout`: 600 seeded sentences of the manual SUC file "
        "(entity-dense, sentences where manual and automatic tags disagreed).\n"
    )
    text = HEADER + training_text(settings) + "## Scores (exact span match, P/R/F in %)\n\n"
    (model_dir / "ATTRIBUTION.md").write_text(text + tables + note, encoding="utf-8")
