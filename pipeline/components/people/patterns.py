"""The compiled patterns and word lists of the people finders, built once from the rule data."""

from __future__ import annotations

from functools import cache

import regex

from ...language.names import FULL_NAME, NAME_WORD, PARTY_MARK
from ...language.resources import read_lines, read_table
from ...language.text_units import alternation
from ..roles import NAMING, title_before_name

# A phone or e-mail: people's contact-block hint keeps its stricter shape (at least 8
# digits); with the shared one, "Preventionen Politiskt" over "08-535 300 00" reads as a
# name line.
# a phone also with a spaced dash after the area code ("0457 - 61 82 30")
CONTACT_HINT = (
    r"@|\[at\]|\b0\d{1,3}[- ]?\d{2,3}[ ]?\d{2}[ ]?\d{2}\b"
    r"|\b0\d{1,3} [-–] \d{2,3}[ ]?\d{2}[ ]?\d{2}\b|\+46"
)

# Running text: "X är i dag chef för …", "X, som för närvarande är överintendent för …,
# blir den 1 januari 2026 …", "… och har tidigare även varit rättschef".
ADVERB = (
    r"(?:i dag|idag|nu|numera|för närvarande|sedan \d{4}|tidigare|även|också|bland annat"
    r"|därutöver|dessutom|senast|närmast|sedan länge|den \d{1,2} \p{Ll}+(?: \d{4})?)"
)
PREDICATE = (
    rf"(?:{ADVERB} )*(?:(?:är|var|blir|blev)|(?:har|hade)(?: {ADVERB})* (?:varit|blivit))"
    rf"(?: {ADVERB})* "
)
APPOINT = (
    r"utsett|utsåg|utser|utnämnt|utnämnde|utnämner|förordnat|förordnade|förordnar|anställt"
    r"|nominerat|nominerar|nominerade|föreslagit|föreslår|föreslå|valde|valt|väljer"
    # a member relieved of a post still held it: "entledigade X från uppdraget som ersättare"
    r"|entledigade|entledigat|entledigar"
)
# "till", "som", or what a relieved member leaves: "från uppdraget som", "från sitt uppdrag som"
APPOINTED_TO = r"(?:från (?:sitt |sina )?uppdrag(?:et)? )?(?:till|som)"

SENTENCE_STOP = regex.compile(r"\.(?=\s|$)|\n|[!?]")
PREDICATE_LEAD = regex.compile(rf"(?:,? (?:och |som )?|, ){PREDICATE}")


def _alternation(lines: tuple[str, ...]) -> str:
    return alternation(lines, longest_first=True)


@cache
def patterns() -> dict[str, regex.Pattern[str]]:
    """The patterns of the layout finders, by form (quotes reads "speech" too)."""
    verbs = _alternation(read_lines("speech_verbs.txt"))
    # "Estlands justitieminister och minister för digitala frågor Liisa-Ly Pakosta"
    title = rf"{title_before_name()}(?: (?:och|samt) {title_before_name()})?"
    name = rf"(?P<name>{FULL_NAME})"
    return {
        # a hard line break may fall inside the attribution ("säger\nlänspolismästare X")
        "speech": regex.compile(
            rf"\b(?:{verbs})[ \n](?:(?P<title>{title})[ \n])?{name}(?: {PARTY_MARK})?"
        ),
        "speech_partial": regex.compile(
            rf"\b(?:{verbs})[ \n](?P<name>{NAME_WORD})(?=[.,;!?]|\s*$)"
        ),
        "titled": regex.compile(
            rf"(?<![\p{{L}}-])(?P<title>{title})(?: {NAMING})? {name}(?: {PARTY_MARK})?"
        ),
        "party": regex.compile(rf"{name} {PARTY_MARK}"),
        # "keramikern Eva Ek" (a vocation the title regex does not try), "Socialchef, Anna
        # Berg, säger" and "kommunens lokalförvaltare, Bo Ek,": one word, then the name;
        # a capitalised word only where a sentence or line opens with it
        "word_before": regex.compile(
            r"(?:(?<=^|[.!?:] |\n)(?P<title>\p{Lu}\p{Ll}+)"
            r"|(?<![\p{L}-])(?P<title>\p{Ll}[\p{Ll}-]+))"
            # "Kvällens konferencier var Lisa Ek": a naming verb may part them
            rf"(?P<cover> (?:i|för|på|vid) [^,.:;\n]{{1,60}}?)?(?P<comma>,)?(?: {NAMING})? {name}"
            rf"(?: {PARTY_MARK})?(?P<after>\s*,)?",
            regex.M,
        ),
        # also a spaced dash on a list line: "• Erik Ek - ledamot (Svensk ventilation)"
        "name_then_comma": regex.compile(rf"{name}(?: {PARTY_MARK})?(?=\s*,| [-–] )"),
        **_line_patterns(name),
    }


def _line_patterns(name: str) -> dict[str, regex.Pattern[str]]:
    """Forms set by the layout: lines, labels and caption lists."""
    headings = _alternation(read_lines("contact_headings.txt"))
    labels = _alternation(tuple(row["label"] for row in read_table("person_labels.tsv")))
    captions = _alternation(read_lines("caption_lists.txt"))
    person = rf"{FULL_NAME}(?: \(\p{{L}}{{1,4}}\))?"
    return {
        "name_line": regex.compile(rf"^[ \t]*{name}(?: {PARTY_MARK})?[ \t]*$", regex.M),
        "heading": regex.compile(rf"^[ \t]*(?:{headings})\b", regex.M | regex.I),
        "label": regex.compile(
            rf"(?:^|(?<=[.!?:] ))[ \t]*(?P<label>{labels})(?::[ \t]*|[ \t]+)"
            rf"{name}(?: {PARTY_MARK})?",
            regex.M,
        ),
        "caption": regex.compile(rf"\b(?:{captions}):?[ \t]+(?P<list>[^\n.]+)"),
        "caption_name": regex.compile(rf"{name}(?: {PARTY_MARK})?"),
        "speaker_line": regex.compile(
            rf"^[ \t]*{name}(?: {PARTY_MARK})?(?=(?:,[^\n:]{{0,80}})?:[ \t]*\n\s*[–—−‒―\-”\"«])",
            regex.M,
        ),
        # "Tyresös fältassistenter Anna Berg och Bo Ek": a plural title over a list of names
        "plural_title": regex.compile(
            r"(?<![\p{L}-])(?P<title>(?>\p{L}[\p{L}-]*)(?<=er|ar|are|erna|arna|råden)) (?=\p{Lu})"
            rf"(?P<list>{person}(?:, {person})* (?:och|samt) {person})"
        ),
        "repeated_line": regex.compile(rf"^[ \t]*{name}(?:, \p{{Lu}}\p{{Ll}}+)?[ \t]*$", regex.M),
    }


@cache
def predicate_patterns() -> dict[str, regex.Pattern[str]]:
    """The patterns of names in running text whose predicate is a title."""
    name = rf"(?P<name>{FULL_NAME})"
    as_verbs = _alternation(read_lines("title_as_verbs.txt"))
    return {
        "full": regex.compile(rf"{name}(?: {PARTY_MARK})?(?=,? (?:som )?{PREDICATE})"),
        # "Trang är publicist och demokratiaktivist." opening a sentence
        "single": regex.compile(
            rf"(?:^|(?<=[.!?][”\"»]? ))(?P<name>{NAME_WORD})(?= {PREDICATE})", regex.M
        ),
        # "Regeringen har i dag utsett Ulrika Sundberg till ambassadör i Dublin"
        "appointed": regex.compile(
            rf"\b(?:{APPOINT})(?: \p{{Ll}}+){{0,2}}? {name}(?: {PARTY_MARK})?"
            rf"(?P<to> {APPOINTED_TO} )"
        ),
        # "Elisabet Lann, tidigare kommunalråd i Göteborg, utnämndes till sjukvårdsminister"
        "appointed_to": regex.compile(
            rf"\b(?:utses|utsågs|utnämns|utnämndes|förordnas|förordnades|har utsetts|har utnämnts)"
            rf"(?: {ADVERB})* (?:till|som) "
        ),
        # "Bo Ek har anställts som socialchef", "I dag börjar Bo Ek som fältsekreterare",
        # "Bo Ek, för att kunna fortsätta som fritidsledare"
        "as_after": regex.compile(
            rf"{name}(?: {PARTY_MARK})?,?(?: \p{{Ll}}+){{0,3}}? (?:{as_verbs})"
            rf"(?: \p{{Ll}}+){{0,3}}?(?P<to> (?:som|till) )"
        ),
        # the verb and "som" alone: as_after is tried only in a window before these
        "as_verb": regex.compile(rf" (?:{as_verbs})(?: \p{{Ll}}+){{0,3}}? (?:som|till) "),
        "as_before": regex.compile(
            rf"\b(?:{as_verbs}) {name}(?: {PARTY_MARK})?"
            rf"(?: \p{{Ll}}+){{0,3}}?(?P<to> (?:som|till) )"
        ),
        "pronoun": regex.compile(rf"(?:^|(?<=[.!?][”\"»]? ))(?:Han|Hon)(?= {PREDICATE})", regex.M),
    }


@cache
def clause_end() -> regex.Pattern[str]:
    """Where a predicate's title ends: a comma (not "maritim-, transport-"), a new clause
    ("och har …"), the end of the sentence."""
    verbs = _alternation(read_lines("clause_verbs.txt"))
    return regex.compile(rf"(?<!-),|;| (?:och|samt) (?:\p{{Ll}}+ )?(?=(?:{verbs})\b)")


@cache
def label_roles() -> dict[str, str]:
    """The role each label gives ("fotograf"), or "" where it gives none ("foto")."""
    return {
        row["label"].casefold(): (row.get("role") or "") for row in read_table("person_labels.tsv")
    }


@cache
def after_speaker() -> frozenset[str]:
    """Words that may follow a speaker's name; another noun after "-s" marks a genitive."""
    return frozenset(read_lines("after_speaker_words.txt"))


@cache
def not_party_marks() -> frozenset[str]:
    return frozenset(w.upper() for w in read_lines("not_party_marks.txt"))
