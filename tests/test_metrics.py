"""Result tables: 'label: number' lists under an indicator line become metrics."""

from __future__ import annotations

from pipeline.components.metrics import role_of
from pipeline.run.process import extract


def test_roles_come_from_the_labels_words():
    assert role_of("Verksamhetsmålet för 2023") == "target"
    assert role_of("Målvärde 2025") == "target"
    assert role_of("Resultatet för 2023") == "result"
    assert role_of("Utfall 2022") == "result"
    assert role_of("2022") == "value"


def test_a_results_list_becomes_one_metric_with_targets_and_results(nlp):
    text = (
        "Nyckeltal för äldreomsorgen\n\n"
        "Kommunen redovisar årets resultat för hemtjänsten i sin årsredovisning.\n\n"
        "Andel brukare som är nöjda med hemtjänsten (%):\n"
        "- 2021: 84%\n"
        "- Målvärde 2022: 90%\n"
        "- Utfall 2022: 88%\n"
        "\n"
        "Antal personer med hemtjänst:\n"
        "- 2021: 1 204 personer\n"
        "- 2022: 1 310 personer\n"
    )
    record = extract(text, nlp)
    assert [m.indicator for m in record.metrics] == [
        "Andel brukare som är nöjda med hemtjänsten (%)",
        "Antal personer med hemtjänst",
    ]
    satisfaction, people = record.metrics
    assert satisfaction.unit == "%"
    assert [(v.year, v.role, v.value) for v in satisfaction.values] == [
        (2021, "value", 84),
        (2022, "target", 90),
        (2022, "result", 88),
    ]
    assert people.unit == "personer"
    assert [(v.year, v.value) for v in people.values] == [(2021, 1204), (2022, 1310)]
    for metric in record.metrics:
        assert metric.source == "press_metrics" and 0 < metric.confidence <= 1
        for value in metric.values:
            assert record.text[value.span.start : value.span.end] == value.span.text


def test_a_single_labelled_number_or_prose_is_no_metric(nlp):
    text = (
        "Rekordmånga besökare på biblioteken\n\n"
        "Antal besök: 12 400\n\n"
        "Under året ökade besöken med 12 procent, säger bibliotekschefen Eva Lind."
    )
    assert extract(text, nlp).metrics == []


def test_seed_001_result_lists_come_out_whole(seed_records):
    record = next(r for stem, r in seed_records.items() if stem.startswith("001_"))
    metrics = [(m.unit, [(v.label, v.role, v.value) for v in m.values]) for m in record.metrics]
    assert metrics == [
        (
            None,
            [
                ("2022", "value", 1137),
                ("Verksamhetsmålet för 2023", "target", 1350),
                ("Resultatet för 2023", "result", 1931),
            ],
        ),
        (
            "föräldrar",
            [
                ("2020", "value", 209),
                ("2021", "value", 180),
                ("2022", "value", 207),
                ("2023", "value", 474),
            ],
        ),
        (
            None,
            [
                ("2022", "value", 470),
                ("Verksamhetsmålet för 2023", "target", 760),
                ("Resultatet för 2023", "result", 1894),
            ],
        ),
        (
            "%",
            [
                ("2022", "value", 82),
                ("Verksamhetsmålet för 2023", "target", 85),
                ("Resultatet för 2023", "result", 92),
            ],
        ),
    ]
    assert record.metrics[0].indicator.startswith("Antal barn, ungdomar och familjer")
    assert not record.metrics[0].indicator.endswith(("[1]", ":"))
