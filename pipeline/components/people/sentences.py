"""Names in running sentences, set off by what stands around them: a speech verb, a title
before, a party mark or a title after ("Namn, titel ...")."""

from __future__ import annotations

import regex

from ...language.names import FULL_NAME, not_name_words, party_marks, valid_name
from ..role_apposition import apposition
from ..role_end import sentence_end
from ..roles import (
    Role,
    body_after_apposed_title,
    is_title_word,
    normalise,
    role_at,
    titled_body,
)
from ..vocations import is_vocation, vocation_base
from .mention import (
    Evidence,
    Mention,
    mention_at,
    mention_of,
    name_bounds,
    title_role,
    with_apposition,
)
from .patterns import after_speaker, patterns

SPEECH = Evidence("people.speech_verb", 0.95, "name after a speech verb")
SPEECH_SINGLE = Evidence("people.speech_verb_single", 0.6, "single name after a speech verb")
TITLED = Evidence("people.title_before", 0.9, "name after a title")
PARTY = Evidence("people.party", 0.9, "name followed by a party mark")
APPOSITION = Evidence("people.apposition", 0.85, "name followed by a title (apposition)")
WORD_BEFORE = Evidence(
    "people.vocation_before", 0.85, "name after a vocation or a title set off by a comma"
)


def speech_mentions(text: str) -> list[Mention]:
    found = []
    for m in patterns()["speech"].finditer(text):
        if mention := mention_at(m, SPEECH):
            mention = _genitive_of(text, m, mention)
            mention.roles += title_role(text, m)
            # a title word the name pattern took ("Sara Berg Påverkanschef") opens the roles
            after = mention.end if mention.end < m.end("name") else m.end()
            found.append(with_apposition(text, mention, after))
    for m in patterns()["speech_partial"].finditer(text):
        if m["name"].casefold() not in not_name_words():
            single = mention_of(m.start("name"), m.end("name"), m["name"], SPEECH_SINGLE)
            single.partial = True
            found.append(single)
    return found


def _genitive_of(text: str, m: regex.Match[str], mention: Mention) -> Mention:
    nxt = regex.match(r" (\p{Ll}+)", text[mention.end : mention.end + 40])
    name = mention.name
    if (
        nxt
        and not m.groupdict().get("party")
        and name.endswith("s")
        and nxt[1] not in after_speaker()
        and valid_name(name[:-1])
    ):
        mention.name, mention.end = name[:-1], mention.end - 1
        mention.why += " (genitive)"
    return mention


def _titled_matches(text: str) -> list[regex.Match[str]]:
    """Title + name matches; where a name ended in the next title's genitive owner
    ("... Elisabeth Svantesson Danmarks skatteminister Jeppe Bruus"), match again there."""
    pattern = patterns()["titled"]
    found = list(pattern.finditer(text))
    for m in list(found):
        bounds = name_bounds(m)
        if bounds and bounds[1] < m.end("name") and (again := pattern.match(text, bounds[1] + 1)):
            found.append(again)
    return found


def titled_mentions(text: str) -> list[Mention]:
    found = []
    for m in _titled_matches(text):
        if m["title"] and titled_body(
            text, m.start("title"), m.start("name"), sentence_end(text, m.start("name"))
        ):
            continue  # "…, Verksamhetschef Fritid Norra Haninge.": a body, not a person
        if m["title"] and body_after_apposed_title(text, m.start("title"), m.end("name")):
            continue  # "säger Bo Ek, affärschef Ekby Umeå.": the title's body
        if mention := mention_at(m, TITLED):
            mention.roles += title_role(text, m)
            mention.context.append((m.start(), _workplace_end(text, m.end())))
            found.append(with_apposition(text, mention, m.end()))
    return found


def _workplace_end(text: str, end: int) -> int:
    """'kommundirektör Tomas Nilsson i Luleå kommun': the place of work after the name."""
    m = regex.match(r" (?:i|på|vid|från) [^,.;:\n]{1,60}", text[end:])
    return end + m.end() if m else end


def _is_acronym_of(mark: str | None, name: str) -> bool:
    """'Ung Företagsamhet (UF)': a mark spelling the name's initials is its acronym."""
    initials = "".join(w[0] for w in regex.split(r"[\s-]+", name) if w[:1].isupper())
    return bool(mark) and len(mark or "") >= 2 and (mark or "").upper() == initials.upper()


def party_mentions(text: str) -> list[Mention]:
    """'Namn (S)': alone, a longer unknown mark is more likely an acronym ("European
    Spallation Source (ESS)"), so it needs a known party or a mark of one or two letters."""
    found = []
    for m in patterns()["party"].finditer(text):
        mark = m["party"].upper()
        if mark not in party_marks() and (len(mark) > 2 or _is_acronym_of(mark, m["name"])):
            continue
        if mention := mention_at(m, PARTY):
            found.append(with_apposition(text, mention, m.end()))
    return found


def apposition_mentions(text: str) -> list[Mention]:
    """'Namn, titel ...': a name is only taken when a title follows the comma."""
    found = []
    for m in patterns()["name_then_comma"].finditer(text):
        roles, _ = apposition(text, m.end())
        if roles and (mention := mention_at(m, APPOSITION)):
            found.append(with_apposition(text, mention, m.end()))
    return found


# A capital after the clause's first word, or a party mark's parenthesis: a name in the
# clause before a title ("I november besökte …" opens with one)
_NAME_BEFORE = regex.compile(r"(?<=\S )\p{Lu}|\)")


_NAME_THEN_COMMA = regex.compile(rf"{FULL_NAME}(?: \(\p{{L}}{{1,4}}\))?, $")


def _clause_before(text: str, start: int) -> str:
    """The text from the last comma, stop or line break before `start` up to it."""
    cut = max(text.rfind(c, 0, start) for c in ",.!?\n")
    return text[cut + 1 : start]


def _word_role(m: regex.Match[str]) -> Role | None:
    """The one word before the name as its role: a vocation straight before it
    ("keramikern"), or a title or vocation set off by commas on both sides of the name
    ("Socialchef, Anna Berg, säger"); the title regex finds the titles straight before."""
    word = m["title"]
    if m["comma"]:
        if not (m["after"] and (is_title_word(word) or is_vocation(word))):
            return None
        if _NAME_BEFORE.search(_clause_before(m.string, m.start("title"))):
            return None  # "Bo Ek (S) kommunstyrelsens ordförande, Eva Ek, …": Bo Ek's
        if _NAME_THEN_COMMA.search(m.string, max(0, m.start("title") - 60), m.start("title")):
            return None  # "Lars Ek, enhetschef på Brå, Eva Ek, …": Lars Ek's
    elif m["cover"] or is_title_word(word) or not is_vocation(word) or word[0].isupper():
        return None
    if m["cover"]:  # "Folkhälsochefen i Västra Götalandsregionen, Eva Ek, …"
        return next(iter(role_at(m.string, m.start("title"), m.end("cover"))), None)
    return Role(m.start("title"), m.end("title"), normalise(vocation_base(word)))


def word_before_mentions(text: str) -> list[Mention]:
    found = []
    for m in patterns()["word_before"].finditer(text):
        if (role := _word_role(m)) and (mention := mention_at(m, WORD_BEFORE)):
            mention.roles.append(role)
            found.append(
                with_apposition(text, mention, m.end("party") if m["party"] else m.end("name"))
            )
    return found
