"""One helper each for sentence stops, lines, phone shapes and word-list regexes, and no
hand-written copy of them left in the package."""

from __future__ import annotations

import regex
from conftest import ROOT

from pipeline.language.line_index import LineIndex
from pipeline.language.text_units import (
    PHONE,
    alternation,
    lines_with_offsets,
    sentence_stops,
    suffix_alternation,
)


def test_sentence_stops_need_space_or_the_end_after_them() -> None:
    text = "Kl. 10.30 börjar det. Välkommen!\nFrågor? Ring 08-718 80 00."
    assert [text[max(0, i - 3) : i + 1] for i in sentence_stops(text)] == [
        "Kl.",
        "det.",
        "men!",
        "gor?",
        " 00.",
    ]


def test_lines_carry_their_offsets() -> None:
    text = "Rubrik\n\n  Ingress\nsista"
    assert lines_with_offsets(text) == [(0, "Rubrik"), (7, ""), (8, "  Ingress"), (18, "sista")]
    assert lines_with_offsets(text, nonblank=True) == [
        (0, "Rubrik"),
        (8, "  Ingress"),
        (18, "sista"),
    ]
    assert LineIndex(text).starts == [0, 7, 8, 18]


def test_the_phone_shape_takes_numbers_and_leaves_amounts_and_postcodes() -> None:
    phone = regex.compile(PHONE)
    for number in (
        "08-718 80 00",
        "+46 70 123 45 67",
        "0771-11 11 00",
        "073 074 79 12",
        "072 – 217 32 78",
        "0660 - 882 98",
    ):
        assert phone.fullmatch(number), number
    for not_a_phone in (
        "141 85 Huddinge",
        "5 062 619 kr",
        "år 2030",
        "12345",
        "9 000 – 17 000 kronor",
    ):
        assert not phone.search(not_a_phone), not_a_phone


def test_a_word_list_alternation_is_escaped_and_can_put_longer_words_first() -> None:
    assert alternation(["kr", "kronor", "kr", "m.fl."]) == r"kr|kronor|m\.fl\."
    pattern = regex.compile(rf"(?:{alternation(['kr', 'kronor'], longest_first=True)})")
    assert pattern.match("kronor")[0] == "kronor"


def test_no_hand_written_copies_are_left_in_the_package() -> None:
    package = ROOT / "pipeline"
    sources = {p: p.read_text(encoding="utf-8") for p in package.rglob("*.py")}
    del sources[package / "language" / "text_units.py"]
    hand_written = {
        "word-list alternation": r'"\|"\.join\(\s*(?:sorted\()?\(?regex\.escape',
        "sentence stop": r"\[\.!\?\]\(\?[=:]",
        "line offsets": r"pos \+= len\(line\) \+ 1",
        "phone shape": r"\\d\{1,3\}\[|\\\+46\|\\b0|\\d\[\\d -\]",
    }
    # people's contact-block hint keeps its stricter shape (at least 8 digits): with the
    # shared one, "Preventionen Politiskt" over "08-535 300 00" reads as a name line
    kept = {"phone shape": ["components/people/patterns.py"]}
    for what, pattern in hand_written.items():
        found = [p for p, text in sources.items() if regex.search(pattern, text)]
        assert sorted(str(p.relative_to(package)) for p in found) == kept.get(what, []), what


def test_a_suffix_alternation_matches_the_words_the_plain_one_matches() -> None:
    words = ["chef", "avdelningschef", "enhetschef", "råd", "rådgivare", "kommunalråd", "m.fl.", ""]
    grouped = regex.compile(rf"(?i:{suffix_alternation(words)})")
    plain = regex.compile(rf"(?i:{alternation(words)})")
    assert suffix_alternation(["avdelningschef", "enhetschef"]) == "(?:avdelning|enhet)schef"
    candidates = {w[i:j] for w in words for i in range(len(w) + 1) for j in range(i, len(w) + 1)}
    candidates |= {w.upper() for w in words} | {w + "s" for w in words} | {"xchef", "Chefen"}
    for text in candidates:
        assert bool(grouped.fullmatch(text)) == bool(plain.fullmatch(text)), text


def test_title_words_are_the_ones_the_plain_heads_pattern_found() -> None:
    from conftest import SEEDS

    from pipeline.components import roles

    grouped = regex.compile(roles.title_word_pattern())
    heads = [h for h in roles._heads() if " " not in h]
    old = roles.title_word_pattern().replace(suffix_alternation(heads), alternation(heads))
    assert old != grouped.pattern
    texts = [p.read_text(encoding="utf-8") for p in SEEDS]
    found = [[m.span() for m in grouped.finditer(t)] for t in texts]
    assert found == [[m.span() for m in regex.finditer(old, t)] for t in texts] and any(found)
