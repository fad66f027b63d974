"""The forms that attribute direct speech: speech verbs with or without a name after them,
a name line ending in a colon. Read by `quotes`; the words come from rule files
(speech_verbs, speaker_pronouns, speech_function_words, first_person_words,
third_person_subjects, document_lead_words)."""

from __future__ import annotations

from functools import cache

import regex

from ..language.names import FULL_NAME, NAME_WORD, PARTY_MARK, valid_name
from ..language.resources import read_lines
from ..language.text_units import alternation
from .people import _patterns as people_patterns


@cache
def patterns() -> dict[str, regex.Pattern[str]]:
    verbs = alternation(read_lines("speech_verbs.txt"), longest_first=True)
    pronouns = alternation(read_lines("speaker_pronouns.txt"))
    # a lower-case word of a title, not a pronoun or a function word
    function_word = rf"(?:{alternation(read_lines('speech_function_words.txt'))})\b"
    lower = rf"(?!{function_word})\p{{Ll}}[\p{{Ll}}-]+"
    return {
        # "vi ser", "jag tror": speech in the first person, not a report of it
        "first_person": regex.compile(
            rf"\b(?:{alternation(read_lines('first_person_words.txt'))})\b", regex.I
        ),
        # a sentence opened by "De", "Han", "Hon": narrative about others
        "third_person": regex.compile(
            rf"(?:^|(?<=[.!?] ))(?i:{alternation(read_lines('third_person_subjects.txt'))}) "
        ),
        # "säger han", "säger ministern", "säger bistånds- och utrikeshandelsministern";
        # not "säger utrikesministern Tobias Billström" (a title before a name), nor
        # "…, hoppas vi kunna …" (a clause of the speech: a verb follows the pronoun).
        "unnamed": regex.compile(
            rf"[,”\"»]\s*(?P<verb>{verbs}) "
            rf"(?:(?:{pronouns})\b(?-i:(?! (?!{function_word})\p{{Ll}}))|(?:[\p{{Ll}}-]+,? "
            rf"(?:och|eller) )?\p{{Ll}}[\p{{Ll}}-]*(?:n|et)\b(?! \p{{Lu}}))",
            regex.I,
        ),
        # "säger kriminologen Anna Berg", "förklarar kommunens lokalförvaltare, Per Ek",
        # "säger Spf Nordölands ordförande Eva Ek": words the title lexicon does not know
        # between the verb and the name, the last a lower-case noun (the title's head).
        # The verb is in lower case, or capitalised only right after a closing mark
        # ("….” Säger X"): "Tror Anna Berg att …" opens a question, not an attribution.
        "loose": regex.compile(
            rf"(?:\b(?:{verbs})|(?<=[”\"»][ ,]?)(?i:{verbs})) "
            rf"(?:(?:\p{{Lu}}[\p{{L}}-]* ){{0,2}}\p{{Lu}}[\p{{L}}-]*s )?"
            rf"(?:(?:{lower} ){{0,2}}{lower},? )?(?P<name>{FULL_NAME})(?: {PARTY_MARK})?"
        ),
        # "följande uttalande:", "motiveringen lyder:": a document or a list follows
        "document_lead": regex.compile(
            rf"\b(?:{alternation(read_lines('document_lead_words.txt'))})\b", regex.I
        ),
        # a speech verb written with a capital after the closing mark ("….” Säger X")
        "verb": regex.compile(rf"(?i:{verbs})\b"),
        # a speech verb anywhere ("Per Ek tror att …:" opens speech, "yrkar X:" a list)
        "any_verb": regex.compile(rf"\b(?i:{verbs})\b"),
        "colon_line": regex.compile(
            rf"[ \t]*(?P<name>{FULL_NAME})(?: {PARTY_MARK})?"
            rf"(?:,[^\n:]{{0,80}}| (?:{verbs}))?:[ \t]*$"
        ),
    }


def named_attributions(text: str) -> list[tuple[int, int, str]]:
    """(start, end, name) of every "säger [titel] Namn" and "berättar Iréne" in the text."""
    found = []
    pats = people_patterns()
    for pattern in (pats["speech"], pats["speech_partial"]):
        for m in pattern.finditer(text):
            name = m["name"]
            if " " in name and not valid_name(name):
                continue
            if " " not in name and not regex.fullmatch(NAME_WORD, name):
                continue
            found.append((m.start(), m.end(), name))
    # a longer attribution from the same verb wins ("säger Spf Nordölands ordförande
    # Eva Ek": the name, not the genitive body before the title)
    loose = [
        (m.start(), m.end(), m["name"])
        for m in patterns()["loose"].finditer(text)
        if valid_name(m["name"])
    ]
    longest: dict[int, tuple[int, int, str]] = {}
    for hit in found + loose:
        if hit[0] not in longest or longest[hit[0]][1] < hit[1]:
            longest[hit[0]] = hit
    return sorted(longest.values())
