"""Names as the subject of a clause whose predicate is a title ("Lars Amréus, som för
närvarande är överintendent för …"), names appointed to a title, and "Han/Hon har tidigare
varit …" adding roles to the person of the sentence before."""

from __future__ import annotations

import regex

from ...language.names import FULL_NAME, PARTY_MARK, not_name_words, valid_name
from ...language.text_units import sentence_stops
from ..roles import Role, role_at, starts_with_title
from .mention import Evidence, Mention, mention_at, mention_of
from .patterns import PREDICATE_LEAD, SENTENCE_STOP, clause_end, predicate_patterns

SUBJECT = Evidence("people.title_subject", 0.85, "name as the subject of a title")
SUBJECT_FULL = Evidence("people.title_subject_full", 0.75, "full name of a titled name")
SUBJECT_SINGLE = Evidence(
    "people.title_subject_single", 0.75, "single name as the subject of a title"
)
APPOINTED = Evidence("people.appointed", 0.85, "name appointed to a title")
TITLE_AS = Evidence("people.title_as", 0.8, 'name given a title with "som"')
PRONOUN_SUBJECT = Evidence(
    "people.pronoun_subject", 0.7, "the one name before 'Hon/Han är <titel>'"
)


def _sentence_end(text: str, pos: int) -> int:
    stop = SENTENCE_STOP.search(text, pos)
    return stop.start() if stop else len(text)


def _clause_end(text: str, start: int, sentence_end: int) -> int:
    end = clause_end().search(text, start, sentence_end)
    return end.start() if end else sentence_end


def _predicate_roles(text: str, pos: int) -> tuple[list[Role], int]:
    """Roles in the predicates that follow a subject at `pos`: ' är titel …, blir titel …'."""
    found: list[Role] = []
    sentence_end = _sentence_end(text, pos)
    while (m := PREDICATE_LEAD.match(text, pos, sentence_end)) is not None:
        end = _clause_end(text, m.end(), sentence_end)
        start = _after_article(text, m.end(), end)
        if not starts_with_title(text[start:end]):
            break
        found += role_at(text, start, end)
        pos = end
    return found, pos


_WORD = regex.compile(r"\S+")
_ARTICLE = ("en", "ett")
# the endings of an adjective before a title: "erfaren", "nyanställd", "flitig", "ideell",
# "kompetent" (not -re or -e: "föreläsare", a noun, is no adjective)
_ADJECTIVE = regex.compile(r"\p{Ll}+(?:ig|isk|d|en|ll|t),?")
_MAX_ADJECTIVES = 3


def _after_article(text: str, start: int, end: int) -> int:
    """Where the title starts in "är en erfaren och flitig socialsekreterare": after the
    indefinite article and the adjectives, at the title word; else `start` unchanged."""
    words = list(_WORD.finditer(text, start, end))
    if len(words) < 2 or words[0].group() not in _ARTICLE:
        return start
    for word in words[1 : 2 + _MAX_ADJECTIVES]:
        if starts_with_title(word.group(), within=1):
            return word.start()
        if word.group() != "och" and not _ADJECTIVE.fullmatch(word.group()):
            break
    return start


def _title_clause(text: str, start: int) -> tuple[list[Role], int]:
    """The roles in the clause from `start`, when it opens with a title."""
    end = _clause_end(text, start, _sentence_end(text, start))
    if not starts_with_title(text[start:end]):
        return [], start
    return role_at(text, start, end), end


def predicate_mentions(text: str) -> list[Mention]:
    """A name as the subject of a title. A single name ("Trang är publicist …") counts when
    the text gives one full name it fits; "Han/Hon har tidigare varit …" right after adds
    roles to the person of the sentence before."""
    found = _full_subjects(text) + _single_subjects(text) + _appointed_mentions(text)
    found += _title_as_mentions(text)
    return found + _pronoun_roles(text, found)


def _full_subjects(text: str) -> list[Mention]:
    found = []
    for m in predicate_patterns()["full"].finditer(text):
        roles, stop = _predicate_roles(text, m.end())
        if roles and (mention := mention_at(m, SUBJECT)):
            mention.roles += roles
            mention.context.append((m.end(), stop))
            found.append(mention)
    return found


def _single_subjects(text: str) -> list[Mention]:
    """'Trang är publicist …': the single name (joined later) and the full name it fits."""
    found = []
    for m in predicate_patterns()["single"].finditer(text):
        word = m["name"]
        if word.casefold() in not_name_words():
            continue
        roles, stop = _predicate_roles(text, m.end())
        full = _full_name_for(text, word) if roles else None
        if full is None:
            continue
        whole = mention_of(full[0], full[1], text[full[0] : full[1]], SUBJECT_FULL)
        part = mention_of(m.start(), m.end(), word, SUBJECT_SINGLE)
        part.roles, part.context, part.partial = roles, [(m.end(), stop)], True
        found += [whole, part]
    return found


def _appointed_mentions(text: str) -> list[Mention]:
    """'utsett X till generaldirektör för Y'; 'X, …, utnämndes till sjukvårdsminister'."""
    found = []
    for m in predicate_patterns()["appointed"].finditer(text):
        roles, stop = _title_clause(text, m.end("to"))
        if roles and (mention := mention_at(m, APPOINTED)):
            mention.roles += roles
            mention.context.append((m.end("to"), stop))
            found.append(mention)
    for m in predicate_patterns()["appointed_to"].finditer(text):
        roles, stop = _title_clause(text, m.end())
        if roles and (mention := _subject_before(text, m.start())):
            mention.roles, mention.context = roles, [(m.end(), stop)]
            found.append(mention)
    return found


# How far before a verb and its "som" the name may start: a name, a party mark, two words
_AS_WINDOW = 120


def _title_as_matches(text: str) -> list[regex.Match[str]]:
    """The name-verb-"som" matches, the name before the verb searched only near a verb:
    trying a name at every position of every text cost more than the rest of the form."""
    pats = predicate_patterns()
    found: dict[tuple[int, int], regex.Match[str]] = {}
    for hit in pats["as_verb"].finditer(text):
        for m in pats["as_after"].finditer(text, max(0, hit.start() - _AS_WINDOW), hit.end()):
            found.setdefault(m.span(), m)
    return [*found.values(), *pats["as_before"].finditer(text)]


def _title_as_mentions(text: str) -> list[Mention]:
    """'Bo Ek har anställts som socialchef', 'finns Bo Ek på plats som tf socialchef'."""
    found = []
    for m in _title_as_matches(text):
        roles, stop = _title_clause(text, m.end("to"))
        if roles and (mention := mention_at(m, TITLE_AS)):
            mention.roles += roles
            mention.context.append((m.end("to"), stop))
            found.append(mention)
    return found


def _subject_before(text: str, pos: int) -> Mention | None:
    """The name opening the sentence that ends at `pos` ("X, tidigare …, utnämndes")."""
    offset = max(0, pos - 200)
    subject = regex.search(
        rf"(?:^|(?<=[.!?] ))(?P<name>{FULL_NAME})(?: {PARTY_MARK})?(?:,[^.!?\n]*?,)? $",
        text[offset:pos],
        regex.M,
    )
    if subject is None:
        return None
    name_start, name_end = offset + subject.start("name"), offset + subject.end("name")
    name = subject["name"]
    while name.split() and starts_with_title(name.split()[0], within=1):
        name_start += len(name.split()[0]) + 1  # "Kammarrättspresidenten Mattias Almqvist"
        name = text[name_start:name_end]
    return mention_of(name_start, name_end, name, APPOINTED) if valid_name(name) else None


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
    """'Han har därutöver varit domare vid …' in the sentence right after a titled subject,
    or after the one person the paragraph names ("Eva Lund började 2019. Hon är …")."""
    found = []
    for m in predicate_patterns()["pronoun"].finditer(text):
        before = [s for s in subjects if s.start < m.start() and not s.partial]
        if before and "\n\n" not in text[before[-1].start : m.start()]:
            subject: Mention | None = before[-1]
        else:
            subject = _only_name_before(text, m.start())
        if subject is None or len(sentence_stops(text[subject.end : m.start()])) > 2:
            continue
        roles, stop = _predicate_roles(text, m.end())
        if roles:
            same = Mention(
                subject.start, subject.end, subject.name, subject.score, subject.why, subject.rule
            )
            same.roles, same.context = roles, [(m.end(), stop)]
            found.append(same)
    return found


# a name opening a sentence, the subject a later "Hon/Han" takes up; not one of a pair
_SUBJECT_NAME = regex.compile(
    rf"(?:^|(?<=[.!?][”\"»]?\s|[”\"»]))(?P<name>{FULL_NAME})(?![\p{{L}}-])(?! och \p{{Lu}})",
    regex.M,
)
_PARAGRAPH_BACK = 400  # how far back a pronoun's person is looked for


def _only_name_before(text: str, pos: int) -> Mention | None:
    """The one person opening a sentence of the paragraph before `pos` (two: no guess)."""
    paragraph = text.rfind("\n\n", 0, pos) + 1
    names = [
        mention
        for m in _SUBJECT_NAME.finditer(text, max(paragraph, pos - _PARAGRAPH_BACK), pos)
        if (mention := mention_at(m, PRONOUN_SUBJECT))
    ]
    if not names or len({n.name for n in names}) > 1:
        return None
    return names[-1]
