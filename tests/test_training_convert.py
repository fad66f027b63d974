"""Converters on real corpus lines, and a smoke test of the shipped model."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from spacy.vocab import Vocab

from pipeline.training.convert import (
    bio_to_spans,
    io_to_spans,
    parse_klintan,
    parse_suc_manual,
    parse_suc_silver,
    seeded_split,
    to_doc,
)
from pipeline.training.evaluate import score_spans

MODEL = Path(__file__).resolve().parents[1] / "models" / "ner"

# First lines of a klintan train sentence (mixed tab/space separators).
KLINTAN = [
    "Gunhild\tPER",
    "Westman PER",
    ",\t0",
    "lektor\t0",
    "vid\t0",
    "Uppsala\tORG",
    "universitet\tORG",
    "Stockholm\tLOC",
    "Göteborg\tLOC",
    "",
]


def test_klintan_io_runs_become_single_spans() -> None:
    [(tokens, spans)] = list(parse_klintan(KLINTAN))
    assert tokens[:2] == ["Gunhild", "Westman"]
    # Adjacent same-label tokens form one span (IO cannot split them).
    assert spans == [(0, 2, "PER"), (5, 7, "ORG"), (7, 9, "LOC")]


def test_klintan_stray_bn_line_is_outside() -> None:
    lines = ["i\t0", "torsdags\t0", ".\t0", "bn", "här 0", ";\t0", ""]
    [(tokens, spans)] = list(parse_klintan(lines))
    assert tokens == ["i", "torsdags", ".", "bn", "här", ";"]
    assert spans == []


def test_io_to_spans_label_change_splits() -> None:
    assert io_to_spans(["PER", "PER", "ORG", "O", "PER"]) == [
        (0, 2, "PER"),
        (2, 3, "ORG"),
        (4, 5, "PER"),
    ]


def test_suc_silver_mapping() -> None:
    record = {
        "id": 0,
        "tokens": [
            "Igår",
            "köpte",
            "Anna",
            "Volvo",
            "i",
            "Lund",
            "för",
            "5",
            "kr",
            ".",
        ],
        "ner_tags": ["TME", "O", "PER", "OBJ", "O", "LOCPRS", "O", "MSR", "MSR", "O"],
        "pos_tags": [],
    }
    [(_, spans)] = list(parse_suc_silver([json.dumps(record)]))
    assert spans == [(2, 3, "PER"), (3, 4, "MISC"), (5, 6, "LOC")]


def test_suc_manual_bio_keeps_adjacent_names_apart() -> None:
    # Real sentence from removed_sents_from_original_to_simple.txt (abridged).
    lines = [
        "48ad1381-48a363bc",
        "(                              O          O    ",
        "Göran                          B-person   B-PRS",
        "Hägg                           I-person   I-PRS",
        ",                              O          I-PRS",
        "Ingmar                         B-person   I-PRS",
        "Karlsson                       I-person   I-PRS",
        "BMW                            B-product  B-OBJ",
        "Harley                         B-product  B-PRS",
        "Davidson                       I-product  I-PRS",
        "SÄPO                           B-inst     B-ORG",
        "",
    ]
    [(tokens, spans)] = list(parse_suc_manual(lines))
    assert tokens[1] == "Göran"
    assert spans == [
        (1, 3, "PER"),
        (4, 6, "PER"),
        (6, 7, "MISC"),
        (7, 9, "MISC"),
        (9, 10, "ORG"),
    ]


def test_bio_drops_unmapped_types() -> None:
    assert bio_to_spans(["B-foo", "I-foo", "B-place"], {"place": "LOC"}) == [(2, 3, "LOC")]


def test_seeded_split_is_fixed() -> None:
    items = [([str(i)], []) for i in range(50)]
    rest, held = seeded_split(items, 10, seed=42)
    assert len(rest) == 40 and len(held) == 10
    assert held == seeded_split(items, 10, seed=42)[1]


def test_to_doc_sets_entities_and_outside() -> None:
    doc = to_doc(Vocab(), (["Anna", "Lind", "bor", "i", "Lund"], [(0, 2, "PER"), (4, 5, "LOC")]))
    assert [(e.text, e.label_) for e in doc.ents] == [
        ("Anna Lind", "PER"),
        ("Lund", "LOC"),
    ]
    assert doc[2].ent_iob_ == "O"


def test_score_spans() -> None:
    scores = score_spans([[(0, 2, "PER"), (3, 4, "LOC")]], [[(0, 2, "PER"), (3, 4, "ORG")]])
    assert scores["PER"]["f"] == 1.0
    assert scores["ALL"]["p"] == 0.5 and scores["LOC"]["r"] == 0.0


@pytest.mark.skipif(not MODEL.exists(), reason="models/ner not built")
def test_model_finds_person() -> None:
    import spacy

    nlp = spacy.load(MODEL)
    doc = nlp("– Vi är glada, säger Anna Lindqvist, ordförande i socialnämnden.")
    assert ("Anna Lindqvist", "PER") in [(e.text, e.label_) for e in doc.ents]


def test_person_spans_lose_their_titles_but_keep_particles() -> None:
    # SUC manual tags titles into the person ("kapten Carlstierna"); klintan does not.
    lines = [
        "id-1",
        "kapten      B-person  B-PRS",
        "Carlstierna I-person  I-PRS",
        "och         O         O",
        "von         B-person  B-PRS",
        "Essen       I-person  I-PRS",
        "mötte       O         O",
        "fähund      B-person  B-PRS",
        "",
    ]
    [(tokens, spans)] = list(parse_suc_manual(lines))
    assert [(" ".join(tokens[a:b]), label) for a, b, label in spans] == [
        ("Carlstierna", "PER"),
        ("von Essen", "PER"),
    ]


# klintan's convention the mixed model does not follow: "Polisen" as MISC.
POLISEN_AS_MISC = [
    (["Polisen", "i", "Lund", "larmades", "."], [(0, 1, "MISC"), (2, 3, "LOC")]),
    (["Polisen", "kom", "till", "Malmö", "."], [(0, 1, "MISC"), (3, 4, "LOC")]),
]


@pytest.mark.skipif(not MODEL.exists(), reason="models/ner not built")
def test_finetune_learns_the_training_scheme_and_keeps_its_best_state() -> None:
    import spacy

    from pipeline.training.finetune import finetune

    sentences = POLISEN_AS_MISC
    nlp = spacy.load(MODEL)
    nlp, curve = finetune(nlp, sentences, sentences, steps=30, learn_rate=0.001, eval_every=10)
    assert [step for step, _ in curve] == [0, 10, 20, 30]
    assert max(f for _, f in curve[1:]) > curve[0][1]  # it learnt the scheme it was shown
    best = max(f for _, f in curve)
    from pipeline.training.evaluate import evaluate

    assert evaluate(nlp, sentences, io=True)["ALL"]["f"] == best  # restored to the best step


@pytest.mark.skipif(not MODEL.exists(), reason="models/ner not built")
def test_soup_averages_runs_that_each_learnt_the_scheme() -> None:
    import spacy

    from pipeline.training.evaluate import evaluate
    from pipeline.training.finetune import finetune_soup

    sentences = POLISEN_AS_MISC
    nlp = spacy.load(MODEL)
    before = evaluate(nlp, sentences, io=True)["ALL"]["f"]
    nlp, scores = finetune_soup(nlp, sentences, sentences, steps=30, seeds=[1, 2], learn_rate=0.001)
    assert set(scores) == {"seed 1", "seed 2", "soup"}
    assert scores["seed 1"] > before and scores["seed 2"] > before
    assert scores["soup"] > before  # the average keeps what both runs learnt
    assert evaluate(nlp, sentences, io=True)["ALL"]["f"] == scores["soup"]


def test_silver_sentences_label_rule_names_and_leave_the_rest_unknown() -> None:
    from pipeline.language import nlp as press
    from pipeline.training.silver import silver_docs

    text = (
        "Kommunen satsar på fritidsgårdar.\n\n"
        "– Vi vill nå fler unga, säger Anna Lindqvist, ordförande i socialnämnden.\n\n"
        "Stockholm och Göteborg följer efter."
    )
    [doc] = list(silver_docs(press.load(), [text]))  # one sentence holds a sure name
    assert [(e.text, e.label_) for e in doc.ents] == [("Anna Lindqvist", "PER")]
    unknown = [t.text for t in doc if t.ent_iob_ == ""]
    assert "säger" in unknown and "Vi" in unknown  # neither O nor a name: not taught
    assert "ner" in press.load().pipe_names or not MODEL.exists()  # the shared pipeline kept


@pytest.mark.skipif(not MODEL.exists(), reason="models/ner not built")
def test_pretrained_tok2vec_learns_and_is_what_stage_one_starts_from(tmp_path: Path) -> None:
    from spacy import util
    from spacy.tokens import DocBin
    from spacy.training.initialize import init_nlp

    from pipeline.training.pretrain import pretrain_tok2vec
    from pipeline.training.train_ner import CONFIG

    lines = tmp_path / "text.txt"
    lines.write_text(
        "Kommunstyrelsen i Malmö beslutade i dag att satsa 12 miljoner kronor .\n"
        "Socialnämnden i Lund startar ett nytt projekt mot våld i nära relationer .\n"
        "Anna Svensson , ordförande i barn- och utbildningsnämnden , är nöjd .\n" * 5,
        encoding="utf-8",
    )
    small = {  # a small CNN keeps the test fast; the shipped vectors are floret
        "components.ner.model.tok2vec.encode.width": 32,
        "components.ner.model.tok2vec.encode.depth": 2,
        "pretraining.batcher.size": 60,
    }
    weights = tmp_path / "tok2vec.bin"
    losses = pretrain_tok2vec(CONFIG, lines, MODEL, weights, 3, small)
    assert losses[-1] < losses[0]  # it learns to guess the masked words' vectors

    vocab = util.get_lang_class("sv")().vocab
    docbin = DocBin(docs=[to_doc(vocab, (["Anna", "Svensson", "talar"], [(0, 2, "PER")]))])
    docbin.to_disk(tmp_path / "train.spacy")
    paths = {
        "paths.train": str(tmp_path / "train.spacy"),
        "paths.dev": str(tmp_path / "train.spacy"),
        "paths.vectors": str(MODEL),
        "paths.init_tok2vec": str(weights),
        "paths.raw_text": str(lines),
    }
    config = util.load_config(CONFIG, overrides={**small, **paths}, interpolate=False)
    nlp = init_nlp(config)
    assert nlp.get_pipe("ner").model.get_ref("tok2vec").to_bytes() == weights.read_bytes()


def test_attribution_says_how_each_model_was_trained() -> None:
    from pipeline.training.attribution import training_text

    single = {"klintan_weight": 3, "finetune": {"steps": 800, "learn_rate": 0.0004}}
    text = " ".join(training_text(single).split())  # wrapped for Markdown
    assert "klintan train 3 times" in text and "the dev split picks the step" in text
    assert "pretrained" not in text
    soup = {
        "klintan_weight": 2,
        "pretrain_epochs": 4,
        "finetune": {"steps": 400, "learn_rate": 0.001, "soup_seeds": [1, 2, 3]},
    }
    text = " ".join(training_text(soup).split())
    assert "pretrained for 4 passes" in text and "once per seed (1, 2, 3)" in text
    assert "dev split picks" not in text
