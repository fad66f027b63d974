"""People: name mentions in the genre's forms, each with its party, roles and context.

Forms (each a function below, each with its own score and explanation):
- speech attribution: "säger [titel] Anna Andersson (S), ordförande i socialnämnden"
- a title before the name: "statsminister Ulf Kristersson", "kontakta pressekreterare X"
- a name with a party mark: "Annett Haaf (S)", also "Boel Godner, ordförande (S)"
- an apposition: "Camilla Johansson, enhetschef i Haninge kommun"
- a contact-block name line, with the title lines under it
- a label before the name: "Fotograf: X", "Kontaktperson: X, 070-...", "Porträttbild X"
- a caption list: "På bilden ses A, B (S) och C"
- a name line ending in a colon above speech: "Anna Berg (S):"
- a name line printed twice under a photo: "Anna Berg, Huddinge"
- a first or last name alone after a speech verb ("berättar Iréne"): joined in resolve/mentions.py
Spans go to `doc.spans["people"]` (label PER); value: {"name", "party", "roles":
[[start, end, role]], "context": [[start, end]] (text that ties the person
to an organization), "partial": bool (a single name word, to be joined to a full name)}.
Writes the span group `people` (`doc._.people`); reads no other group.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache

import regex
from spacy.language import Language
from spacy.tokens import Doc

from ..language.names import (
    FULL_NAME,
    NAME_WORD,
    PARTY_MARK,
    not_name_words,
    party_marks,
    valid_name,
)
from ..language.resources import read_lines, read_table
from ..language.rule_ids import rule_for
from ..language.span_groups import attr
from ..language.spans import add_span, text_of
from ..language.text_units import alternation, sentence_stops
from .roles import (
    NAMING,
    Role,
    apposition,
    normalise,
    role_at,
    roles_in_line,
    singular_title,
    starts_with_title,
    title_before_name,
)

GROUP = "people"

CONTACT_HINT = r"@|\[at\]|\b0\d{1,3}[- ]?\d{2,3}[ ]?\d{2}[ ]?\d{2}\b|\+46"


@dataclass
class Mention:
    start: int
    end: int
    name: str
    score: float
    why: str
    party: str | None = None
    roles: list[Role] = field(default_factory=list)
    context: list[tuple[int, int]] = field(default_factory=list)
    partial: bool = False


@cache
def _not_party_marks() -> frozenset[str]:
    return frozenset(w.upper() for w in read_lines("not_party_marks.txt"))


def _alternation(lines: tuple[str, ...]) -> str:
    return alternation(lines, longest_first=True)


@cache
def _patterns() -> dict[str, regex.Pattern[str]]:
    verbs = _alternation(read_lines("speech_verbs.txt"))
    headings = _alternation(read_lines("contact_headings.txt"))
    labels = _alternation(tuple(row["label"] for row in read_table("person_labels.tsv")))
    captions = _alternation(read_lines("caption_lists.txt"))
    # "Estlands justitieminister och minister för digitala frågor Liisa-Ly Pakosta"
    title = rf"{title_before_name()}(?: (?:och|samt) {title_before_name()})?"
    name = rf"(?P<name>{FULL_NAME})"
    person = rf"{FULL_NAME}(?: \(\p{{L}}{{1,4}}\))?"
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
        "name_then_comma": regex.compile(rf"{name}(?: {PARTY_MARK})?(?=\s*,)"),
        "name_line": regex.compile(rf"^[ \t]*{name}(?: {PARTY_MARK})?[ \t]*$", regex.M),
        "heading": regex.compile(rf"^[ \t]*(?:{headings})\b", regex.M | regex.I),
        "label": regex.compile(
            rf"(?:^|(?<=[.!?] ))[ \t]*(?P<label>{labels})(?::[ \t]*|[ \t]+)"
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
            r"(?<![\p{L}-])(?P<title>(?>\p{L}[\p{L}-]*)(?<=er|ar|are|erna|arna)) (?=\p{Lu})"
            rf"(?P<list>{person}(?:, {person})* (?:och|samt) {person})"
        ),
        "repeated_line": regex.compile(rf"^[ \t]*{name}(?:, \p{{Lu}}\p{{Ll}}+)?[ \t]*$", regex.M),
    }


@cache
def _label_roles() -> dict[str, str]:
    return {
        row["label"].casefold(): (row.get("role") or "") for row in read_table("person_labels.tsv")
    }


def normalise_party(mark: str | None) -> str | None:
    """'(s)' -> 'S', '(Kd)' -> 'KD'; known marks and any other 1-4 letter mark are accepted."""
    if not mark or mark.upper() in _not_party_marks():
        return None
    return mark.upper()


def _name_bounds(m: regex.Match[str]) -> tuple[int, int, str] | None:
    """The name group, with leading title words ("Socialminister Jakob X") cut off."""
    start, name = m.start("name"), m["name"]
    while name.split() and (
        starts_with_title(name.split()[0], within=1)
        or name.split()[0].casefold() in not_name_words()  # "Också Lena Berg"
    ):
        first = name.split()[0]
        name = name[len(first) + 1 :]
        start += len(first) + 1
    words = name.split()
    if len(words) > 2 and words[-1].endswith("s") and _title_follows(m.string, start + len(name)):
        name = " ".join(words[:-1])  # "Elisabeth Svantesson Danmarks skatteminister ..."
    return (start, start + len(name), name) if valid_name(name) else None


def _title_follows(text: str, end: int) -> bool:
    nxt = regex.match(r" (\S+)", text[end : end + 60])
    return bool(nxt and starts_with_title(nxt.group(1), within=1))


def _mention(m: regex.Match[str], score: float, why: str) -> Mention | None:
    bounds = _name_bounds(m)
    if bounds is None:
        return None
    party = m.groupdict().get("party")
    mention = Mention(bounds[0], bounds[1], bounds[2], score, why, normalise_party(party))
    if bounds[0] > m.start("name"):  # "Europaminister Gunther Krichbaum": its own title
        mention.roles = role_at(m.string, m.start("name"), bounds[0])
    return mention


def _with_apposition(text: str, mention: Mention, after: int) -> Mention:
    """Roles written after the name (", titel i X"), and a party mark after the title."""
    roles, stop = apposition(text, after)
    mention.roles += roles
    if roles:  # the titles tie the person, and the one comma chunk after them ("…,
        # socialpolitisk talesperson, Sverigedemokraterna"), not the rest of the sentence
        end = max(r.end for r in roles)
        chunk = regex.compile(r"\s*,[^,]*").match(text, end, stop)
        if chunk and not _names_person(chunk.group()):
            end = chunk.end()
        mention.context.append((after, end))
        mention.party = mention.party or next((r.party for r in roles if r.party), None)
    return mention


def _names_person(chunk: str) -> bool:
    """A person's name in the chunk; "Länsstyrelsen Blekinge" has the form but is a body."""
    return any(valid_name(m.group()) for m in regex.finditer(FULL_NAME, chunk))


def _title_role(text: str, m: regex.Match[str]) -> list[Role]:
    """The title the pattern matched before the name, unless the name held its own."""
    if not m.groupdict().get("title") or _name_bounds(m)[0] > m.start("name"):  # type: ignore[index]
        return []
    return role_at(text, m.start("title"), m.end("title"))


@cache
def _after_speaker() -> frozenset[str]:
    """Words that may follow a speaker's name; another noun after "-s" marks a genitive."""
    return frozenset(read_lines("after_speaker_words.txt"))


def _genitive_of(text: str, m: regex.Match[str], mention: Mention) -> Mention:
    nxt = regex.match(r" (\p{Ll}+)", text[mention.end : mention.end + 40])
    name = mention.name
    if (
        nxt
        and not m.groupdict().get("party")
        and name.endswith("s")
        and nxt[1] not in _after_speaker()
        and valid_name(name[:-1])
    ):
        mention.name, mention.end = name[:-1], mention.end - 1
        mention.why += " (genitive)"
    return mention


def speech_mentions(text: str) -> list[Mention]:
    found = []
    for m in _patterns()["speech"].finditer(text):
        if mention := _mention(m, 0.95, "name after a speech verb"):
            mention = _genitive_of(text, m, mention)
            mention.roles += _title_role(text, m)
            found.append(_with_apposition(text, mention, m.end()))
    for m in _patterns()["speech_partial"].finditer(text):
        if m["name"].casefold() not in not_name_words():
            found.append(
                Mention(
                    m.start("name"),
                    m.end("name"),
                    m["name"],
                    0.6,
                    "single name after a speech verb",
                    partial=True,
                )
            )
    return found


def _titled_matches(text: str) -> list[regex.Match[str]]:
    """Title + name matches; where a name ended in the next title's genitive owner
    ("... Elisabeth Svantesson Danmarks skatteminister Jeppe Bruus"), match again there."""
    pattern = _patterns()["titled"]
    found = list(pattern.finditer(text))
    for m in list(found):
        bounds = _name_bounds(m)
        if bounds and bounds[1] < m.end("name") and (again := pattern.match(text, bounds[1] + 1)):
            found.append(again)
    return found


def titled_mentions(text: str) -> list[Mention]:
    found = []
    for m in _titled_matches(text):
        if mention := _mention(m, 0.9, "name after a title"):
            mention.roles += _title_role(text, m)
            mention.context.append((m.start(), _workplace_end(text, m.end())))
            found.append(_with_apposition(text, mention, m.end()))
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
    for m in _patterns()["party"].finditer(text):
        mark = m["party"].upper()
        if mark not in party_marks() and (len(mark) > 2 or _is_acronym_of(mark, m["name"])):
            continue
        if mention := _mention(m, 0.9, "name followed by a party mark"):
            found.append(_with_apposition(text, mention, m.end()))
    return found


def apposition_mentions(text: str) -> list[Mention]:
    """'Namn, titel ...': a name is only taken when a title follows the comma."""
    found = []
    for m in _patterns()["name_then_comma"].finditer(text):
        roles, _ = apposition(text, m.end())
        if roles and (mention := _mention(m, 0.85, "name followed by a title (apposition)")):
            found.append(_with_apposition(text, mention, m.end()))
    return found


def _line_spans(text: str, start: int, limit: int = 6) -> list[tuple[int, int]]:
    """The lines after `start` that belong to the same block: one blank line allowed
    before the first, the block ends at the next blank line."""
    spans: list[tuple[int, int]] = []
    pos = text.find("\n", start)
    blanks = 0
    while pos != -1 and len(spans) < limit:
        end = text.find("\n", pos + 1)
        end = len(text) if end == -1 else end
        line = text[pos + 1 : end]
        if not line.strip():
            blanks += 1
            if spans or blanks > 1:
                break
        else:
            spans.append((pos + 1, end))
        pos = end if end < len(text) else -1
    return spans


def _near_contact(text: str, end: int, lines: int = 6) -> bool:
    """A phone or e-mail in the next few lines: the name heads a contact block."""
    window = "\n".join(text[end:].split("\n", lines + 1)[: lines + 1])
    return bool(regex.search(CONTACT_HINT, window))


def block_mentions(text: str) -> list[Mention]:
    """Name lines in contact blocks, with the roles on the lines under them."""
    pats = _patterns()
    headings = [h.start() for h in pats["heading"].finditer(text)]
    found = []
    for m in pats["name_line"].finditer(text):
        if not (any(h < m.start() for h in headings) or _near_contact(text, m.end())):
            continue
        mention = _mention(m, 0.93, "name line in a contact block")
        if mention is None:
            continue
        block_end = m.end()
        embedded: list[Mention] = []
        for line_start, line_end in _line_spans(text, m.end()):
            if pats["name_line"].match(text, line_start, line_end):
                break
            embedded += _embedded_people(text, line_start, line_end, mention)
            block_end = line_end
        for person in [mention, *embedded]:  # the block's body lines tie them all
            person.context.append((m.end(), block_end))
        found += [mention, *embedded]
    return found


def _embedded_people(text: str, start: int, end: int, owner: Mention) -> list[Mention]:
    """Roles on a block line; a name inside the line ("(ersättare för Veronika Kerr 1:a vice
    ordförande)") is another person, and the title after that name is theirs."""
    inner = regex.compile(FULL_NAME).search(text, start, end)
    if inner and valid_name(inner.group()) and starts_with_title(text[inner.end() : end].strip()):
        other = Mention(inner.start(), inner.end(), inner.group(), 0.8, "name inside a title line")
        other.roles = role_at(text, inner.end(), end)
        lead = text[start : inner.start()].strip(" (")
        lead_start = text.index(lead, start)
        owner.roles += [
            Role(lead_start, lead_start + len(lead), normalise(f"{lead} {o.text}"))
            for o in other.roles[:1]
        ]
        return [other]
    owner.roles += roles_in_line(text, start, end)
    return []


def label_mentions(text: str) -> list[Mention]:
    """'Fotograf: X' gives the role "fotograf"; 'Foto: X' or 'Porträttbild X' none."""
    found = []
    for m in _patterns()["label"].finditer(text):
        if mention := _mention(m, 0.9, f"name after the label {m['label']!r}"):
            role = _label_roles().get(m["label"].casefold(), "")
            if role:
                mention.roles.append(Role(m.start("label"), m.end("label"), role))
            found.append(_with_apposition(text, mention, m.end()))
    return found


def caption_mentions(text: str) -> list[Mention]:
    found = []
    for caption in _patterns()["caption"].finditer(text):
        for m in _patterns()["caption_name"].finditer(
            text, caption.start("list"), caption.end("list")
        ):
            if mention := _mention(m, 0.85, "name in a photo caption list"):
                found.append(mention)
    return found


def speaker_line_mentions(text: str) -> list[Mention]:
    """'Anna Berg (S), ordförande:' on its own line above a passage of speech."""
    found = []
    for m in _patterns()["speaker_line"].finditer(text):
        if mention := _mention(m, 0.85, "name line ending in a colon above speech"):
            found.append(_with_apposition(text, mention, m.end()))
    return found


def plural_title_mentions(text: str) -> list[Mention]:
    """'Tyresös fältassistenter Anna Berg och Bo Ek': each name takes the title in the
    singular ("fältassistent"), as a plural label over a contact list does."""
    found = []
    for m in _patterns()["plural_title"].finditer(text):
        singular = singular_title(m["title"])
        if singular is None:
            continue
        role = Role(m.start("title"), m.end("title"), normalise(singular))
        for n in _patterns()["caption_name"].finditer(text, m.start("list"), m.end("list")):
            if mention := _mention(n, 0.85, "name under a plural title"):
                mention.roles.append(role)
                mention.context.append((m.start("title"), m.end("title")))
                found.append(mention)
    return found


def repeated_line_mentions(text: str) -> list[Mention]:
    """A short name line ("Anna Berg, Huddinge") printed twice in a row: a photo caption."""
    found = []
    lines = [(m, m.group().strip()) for m in _patterns()["repeated_line"].finditer(text)]
    for (m, line), (n, other) in zip(lines, lines[1:], strict=False):
        between = text[m.end() : n.start()]
        if line == other and not between.strip():
            for match in (m, n):
                if mention := _mention(match, 0.75, "name line repeated under a photo"):
                    found.append(mention)
    return found


# Running text: "X är i dag chef för …", "X, som för närvarande är överintendent för …,
# blir den 1 januari 2026 …", "… och har tidigare även varit rättschef".
_ADVERB = (
    r"(?:i dag|idag|nu|numera|för närvarande|sedan \d{4}|tidigare|även|också|bland annat"
    r"|därutöver|dessutom|senast|närmast|sedan länge|den \d{1,2} \p{Ll}+(?: \d{4})?)"
)
_PREDICATE = (
    rf"(?:{_ADVERB} )*(?:(?:är|var|blir|blev)|(?:har|hade)(?: {_ADVERB})* (?:varit|blivit))"
    rf"(?: {_ADVERB})* "
)


_APPOINT = (
    r"utsett|utsåg|utser|utnämnt|utnämnde|utnämner|förordnat|förordnade|förordnar|anställt"
    r"|nominerat|nominerar|föreslagit|föreslår"
)

_SENTENCE_STOP = regex.compile(r"\.(?=\s|$)|\n|[!?]")
_PREDICATE_LEAD = regex.compile(rf"(?:,? (?:och |som )?|, ){_PREDICATE}")


# Where a predicate's title ends: a comma (not "maritim-, transport-"), a new clause
# ("och har …"), the end of the sentence.
@cache
def _clause_end() -> regex.Pattern[str]:
    verbs = _alternation(read_lines("clause_verbs.txt"))
    return regex.compile(rf"(?<!-),|;| (?:och|samt) (?:\p{{Ll}}+ )?(?=(?:{verbs})\b)")


def _predicate_roles(text: str, pos: int) -> tuple[list[Role], int]:
    """Roles in the predicates that follow a subject at `pos`: ' är titel …, blir titel …'."""
    found: list[Role] = []
    stop = _SENTENCE_STOP.search(text, pos)
    sentence_end = stop.start() if stop else len(text)
    while (m := _PREDICATE_LEAD.match(text, pos, sentence_end)) is not None:
        end = _clause_end().search(text, m.end(), sentence_end)
        clause_end = end.start() if end else sentence_end
        if not starts_with_title(text[m.end() : clause_end]):
            break
        found += role_at(text, m.end(), clause_end)
        pos = clause_end
    return found, pos


@cache
def _predicate_patterns() -> dict[str, regex.Pattern[str]]:
    name = rf"(?P<name>{FULL_NAME})"
    return {
        "full": regex.compile(rf"{name}(?: {PARTY_MARK})?(?=,? (?:som )?{_PREDICATE})"),
        # "Trang är publicist och demokratiaktivist." opening a sentence
        "single": regex.compile(
            rf"(?:^|(?<=[.!?][”\"»]? ))(?P<name>{NAME_WORD})(?= {_PREDICATE})", regex.M
        ),
        # "Regeringen har i dag utsett Ulrika Sundberg till ambassadör i Dublin"
        "appointed": regex.compile(
            rf"\b(?:{_APPOINT})(?: \p{{Ll}}+){{0,2}}? {name}(?: {PARTY_MARK})?"
            r"(?P<to> (?:till|som) )"
        ),
        # "Elisabet Lann, tidigare kommunalråd i Göteborg, utnämndes till sjukvårdsminister"
        "appointed_to": regex.compile(
            rf"\b(?:utses|utsågs|utnämns|utnämndes|förordnas|förordnades|har utsetts|har utnämnts)"
            rf"(?: {_ADVERB})* (?:till|som) "
        ),
        "pronoun": regex.compile(rf"(?:^|(?<=[.!?][”\"»]? ))(?:Han|Hon)(?= {_PREDICATE})", regex.M),
    }


def predicate_mentions(text: str) -> list[Mention]:
    """'Lars Amréus, som för närvarande är överintendent för …': a name as the subject of a
    clause whose predicate is a title. A single name ("Trang är publicist …") counts when
    the text gives one full name it fits; "Han/Hon har tidigare varit …" right after adds
    roles to the person of the sentence before."""
    pats = _predicate_patterns()
    found = []
    for m in pats["full"].finditer(text):
        roles, stop = _predicate_roles(text, m.end())
        if roles and (mention := _mention(m, 0.85, "name as the subject of a title")):
            mention.roles += roles
            mention.context.append((m.end(), stop))
            found.append(mention)
    for m in pats["single"].finditer(text):
        word = m["name"]
        if word.casefold() in not_name_words():
            continue
        roles, stop = _predicate_roles(text, m.end())
        full = _full_name_for(text, word) if roles else None
        if full is None:
            continue
        whole = Mention(
            full[0], full[1], text[full[0] : full[1]], 0.75, "full name of a titled name"
        )
        part = Mention(m.start(), m.end(), word, 0.75, "single name as the subject of a title")
        part.roles, part.context, part.partial = roles, [(m.end(), stop)], True
        found += [whole, part]
    found += _appointed_mentions(text)
    return found + _pronoun_roles(text, found)


def _title_clause(text: str, start: int) -> tuple[list[Role], int]:
    """The roles in the clause from `start`, when it opens with a title."""
    stop = _SENTENCE_STOP.search(text, start)
    sentence_end = stop.start() if stop else len(text)
    end = _clause_end().search(text, start, sentence_end)
    clause_end = end.start() if end else sentence_end
    if not starts_with_title(text[start:clause_end]):
        return [], start
    return role_at(text, start, clause_end), clause_end


def _appointed_mentions(text: str) -> list[Mention]:
    """'utsett X till generaldirektör för Y'; 'X, …, utnämndes till sjukvårdsminister'."""
    pats = _predicate_patterns()
    found = []
    for m in pats["appointed"].finditer(text):
        roles, stop = _title_clause(text, m.end("to"))
        if roles and (mention := _mention(m, 0.85, "name appointed to a title")):
            mention.roles += roles
            mention.context.append((m.end("to"), stop))
            found.append(mention)
    for m in pats["appointed_to"].finditer(text):
        roles, stop = _title_clause(text, m.end())
        subject = regex.search(
            rf"(?:^|(?<=[.!?] ))(?P<name>{FULL_NAME})(?: {PARTY_MARK})?(?:,[^.!?\n]*?,)? $",
            text[max(0, m.start() - 200) : m.start()],
            regex.M,
        )
        if not roles or subject is None:
            continue
        offset = max(0, m.start() - 200)
        name_start, name_end = offset + subject.start("name"), offset + subject.end("name")
        name = subject["name"]
        while name.split() and starts_with_title(name.split()[0], within=1):
            name_start += len(name.split()[0]) + 1  # "Kammarrättspresidenten Mattias Almqvist"
            name = text[name_start:name_end]
        if valid_name(name):
            mention = Mention(name_start, name_end, name, 0.85, "name appointed to a title")
            mention.roles, mention.context = roles, [(m.end(), stop)]
            found.append(mention)
    return found


def _full_name_for(text: str, word: str) -> tuple[int, int] | None:
    """The one full name in the text whose first or last word is `word` (genitive too)."""
    spans: dict[str, tuple[int, int]] = {}
    for m in regex.finditer(FULL_NAME, text):
        name = m.group()
        if name.endswith("s") and not valid_name(name):
            continue
        if valid_name(name) and word in (name.split()[0], name.split()[-1]):
            spans.setdefault(name, m.span())
        elif name.endswith("s") and valid_name(name[:-1]) and name[:-1].split()[-1] == word:
            spans.setdefault(name[:-1], (m.start(), m.end() - 1))
    return next(iter(spans.values())) if len(spans) == 1 else None


def _pronoun_roles(text: str, subjects: list[Mention]) -> list[Mention]:
    """'Han har därutöver varit domare vid …' in the sentence right after a titled subject."""
    found = []
    for m in _predicate_patterns()["pronoun"].finditer(text):
        before = [s for s in subjects if s.start < m.start() and not s.partial]
        if not before or "\n\n" in text[before[-1].start : m.start()]:
            continue
        subject = before[-1]
        between = text[subject.end : m.start()]
        if len(sentence_stops(between)) > 2:
            continue
        roles, stop = _predicate_roles(text, m.end())
        if roles:
            same = Mention(subject.start, subject.end, subject.name, subject.score, subject.why)
            same.roles, same.context = roles, [(m.end(), stop)]
            found.append(same)
    return found


FORMS = (
    speech_mentions,
    titled_mentions,
    party_mentions,
    apposition_mentions,
    block_mentions,
    label_mentions,
    caption_mentions,
    speaker_line_mentions,
    repeated_line_mentions,
    predicate_mentions,
    plural_title_mentions,
)


def find_people(text: str) -> list[Mention]:
    """Every name mention the genre's forms mark, best evidence first per span."""
    found = [m for form in FORMS for m in form(text)]
    return sorted(found, key=lambda m: (m.start, -m.score))


def _value(mention: Mention) -> dict[str, object]:
    return {
        "name": mention.name,
        "party": mention.party,
        "roles": [[r.start, r.end, r.text] for r in mention.roles],
        "context": [list(c) for c in mention.context],
        "partial": mention.partial,
    }


class PeopleFinder:
    def __init__(self, name: str = "press_people") -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        by_span: dict[tuple[int, int], Mention] = {}
        for mention in find_people(text_of(doc)):
            key = (mention.start, mention.end)
            if key in by_span:
                _merge_into(by_span[key], mention)
            else:
                by_span[key] = mention
        for mention in by_span.values():
            add_span(
                doc,
                GROUP,
                mention.start,
                mention.end,
                "PER",
                score=mention.score,
                source=self.name,
                value=_value(mention),
                rule=rule_for("people", mention.why),
                explain=mention.why,
            )
        return doc


def _merge_into(kept: Mention, other: Mention) -> None:
    """Two forms found the same span: keep the best score, pool party, roles and context."""
    kept.party = kept.party or other.party
    known = {(r.start, r.end) for r in kept.roles}
    kept.roles += [r for r in other.roles if (r.start, r.end) not in known]
    kept.context += [c for c in other.context if c not in kept.context]
    kept.partial = kept.partial and other.partial


@Language.factory(
    "press_people",
    assigns=["doc.spans", attr("people")],
    requires=[],
)
def make_people(nlp: Language, name: str) -> PeopleFinder:
    return PeopleFinder(name)
