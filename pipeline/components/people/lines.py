"""Names set by the layout: contact-block lines, labels ("Fotograf: X"), photo caption
lists, a name line above speech, a plural title over a list, a name line printed twice."""

from __future__ import annotations

import regex

from ...language.names import FULL_NAME, PARTY_MARK, valid_name
from ..role_lines import roles_in_line
from ..roles import Role, normalise, role_at, singular_title, starts_with_title
from .mention import Evidence, Mention, mention_at, mention_of, with_apposition
from .patterns import CONTACT_HINT, label_roles, patterns

CONTACT_LINE = Evidence("people.contact_line", 0.93, "name line in a contact block")
IN_TITLE_LINE = Evidence("people.in_title_line", 0.8, "name inside a title line")
LABEL = Evidence("people.label", 0.9, "name after the label")
TITLE_LABEL = Evidence("people.title_label", 0.85, "name after a title label")
CAPTION = Evidence("people.caption_list", 0.85, "name in a photo caption list")
COLON_LINE = Evidence("people.colon_line", 0.85, "name line ending in a colon above speech")
PHOTO_REPEAT = Evidence("people.photo_repeat", 0.75, "name line repeated under a photo")
# no row of rule_ids.tsv names this form yet: its id stays the one records carry today
PLURAL_TITLE = Evidence("people.plural_title", 0.85, "name under a plural title")


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


_TITLE_LINE_WORDS = 8  # "Bris pressekreterare", "Kommunalråd med ansvar för äldreomsorg"


def _title_line_under(text: str, end: int) -> bool:
    """A short line opening with a title right under the name line (a blank line may part
    them), in a block of short lines: a signature ("Anna Berg / Gruppledare / Ekby kommun")
    with no phone; a line of running text under it makes the block a paragraph."""
    spans = _line_spans(text, end)
    if not spans:
        return False
    line = text[spans[0][0] : spans[0][1]].strip()
    return (
        len(line.split()) <= _TITLE_LINE_WORDS
        and starts_with_title(line)
        and not regex.search(r"[.!?:]\S|[!?:]$", line)
        and all(_short_line(text[start:stop]) for start, stop in spans[1:])
    )


def _short_line(line: str) -> bool:
    """A line of a signature or contact block, no sentence: a few words, no full stop."""
    return len(line.split()) <= _TITLE_LINE_WORDS and not regex.search(r"\p{L}\.(?:\s|$)", line)


def block_mentions(text: str) -> list[Mention]:
    """Name lines in contact blocks, with the roles on the lines under them."""
    pats = patterns()
    headings = [h.start() for h in pats["heading"].finditer(text)]
    found = []
    for m in pats["name_line"].finditer(text):
        heading = any(h < m.start() for h in headings)
        if not (heading or _near_contact(text, m.end()) or _title_line_under(text, m.end())):
            continue
        if mention := mention_at(m, CONTACT_LINE):
            found += _with_block_lines(text, m, mention)
    return found


def _with_block_lines(text: str, m: regex.Match[str], mention: Mention) -> list[Mention]:
    """The name line's mention and the people named on the lines under it, each tied to
    the block's body lines."""
    block_end = m.end()
    embedded: list[Mention] = []
    for line_start, line_end in _line_spans(text, m.end()):
        if _next_name_line(text, line_start, line_end):
            break
        embedded += _embedded_people(text, line_start, line_end, mention)
        block_end = line_end
    for person in [mention, *embedded]:
        person.context.append((m.end(), block_end))
    return [mention, *embedded]


def _next_name_line(text: str, start: int, end: int) -> bool:
    """The line names the next person; two capitalised words that open with a title are
    this person's title line ("Ansvarig Investerarrelationer", "Enhetschef Kulturhuset")."""
    return bool(patterns()["name_line"].match(text, start, end)) and not starts_with_title(
        text[start:end].strip(), within=1
    )


def _embedded_people(text: str, start: int, end: int, owner: Mention) -> list[Mention]:
    """Roles on a block line; a name inside the line ("(ersättare för Veronika Kerr 1:a vice
    ordförande)") is another person, and the title after that name is theirs."""
    inner = regex.compile(FULL_NAME).search(text, start, end)
    if inner and valid_name(inner.group()) and starts_with_title(text[inner.end() : end].strip()):
        other = mention_of(inner.start(), inner.end(), inner.group(), IN_TITLE_LINE)
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
    for m in patterns()["label"].finditer(text):
        evidence = Evidence(LABEL.rule, LABEL.score, f"{LABEL.why} {m['label']!r}")
        if mention := mention_at(m, evidence):
            role = label_roles().get(m["label"].casefold(), "")
            if role:
                mention.roles.append(Role(m.start("label"), m.end("label"), role))
            found.append(with_apposition(text, mention, m.end()))
    return found


# "Projektledare: Anna Berg, 070-…", "Kommunstyrelsens ordförande: Bo Ek (M)" opening a line
_TITLE_LABEL = regex.compile(
    rf"^[ \t]*(?P<title>[^\n:.!?]{{2,60}}?):[ \t]*(?P<name>{FULL_NAME})(?: {PARTY_MARK})?",
    regex.M,
)
_TITLE_LABEL_WORDS = 6


def title_label_mentions(text: str) -> list[Mention]:
    """A title as the label before a name ("Pressansvarig: Anna Berg"): the title is the
    role; the labels of person_labels.tsv are read by `label_mentions`."""
    found = []
    for m in _TITLE_LABEL.finditer(text):
        title = m["title"].strip()
        if (
            len(title.split()) > _TITLE_LABEL_WORDS
            or title.casefold() in label_roles()
            or not starts_with_title(title, within=2)
        ):
            continue
        if mention := mention_at(m, TITLE_LABEL):
            mention.roles += role_at(text, m.start("title"), m.end("title"))
            found.append(with_apposition(text, mention, m.end()))
    return found


def caption_mentions(text: str) -> list[Mention]:
    found = []
    for caption in patterns()["caption"].finditer(text):
        names = patterns()["caption_name"].finditer(
            text, caption.start("list"), caption.end("list")
        )
        found += [mention for m in names if (mention := mention_at(m, CAPTION))]
    return found


def speaker_line_mentions(text: str) -> list[Mention]:
    """'Anna Berg (S), ordförande:' on its own line above a passage of speech."""
    found = []
    for m in patterns()["speaker_line"].finditer(text):
        if mention := mention_at(m, COLON_LINE):
            found.append(with_apposition(text, mention, m.end()))
    return found


def plural_title_mentions(text: str) -> list[Mention]:
    """'Tyresös fältassistenter Anna Berg och Bo Ek': each name takes the title in the
    singular ("fältassistent"), as a plural label over a contact list does."""
    found = []
    for m in patterns()["plural_title"].finditer(text):
        singular = singular_title(m["title"])
        if singular is None:
            continue
        role = Role(m.start("title"), m.end("title"), normalise(singular))
        for n in patterns()["caption_name"].finditer(text, m.start("list"), m.end("list")):
            if mention := mention_at(n, PLURAL_TITLE):
                mention.roles.append(role)
                mention.context.append((m.start("title"), m.end("title")))
                found.append(mention)
    return found


def repeated_line_mentions(text: str) -> list[Mention]:
    """A short name line ("Anna Berg, Huddinge") printed twice in a row: a photo caption."""
    found = []
    lines = [(m, m.group().strip()) for m in patterns()["repeated_line"].finditer(text)]
    for (m, line), (n, other) in zip(lines, lines[1:], strict=False):
        between = text[m.end() : n.start()]
        if line == other and not between.strip():
            found += [mention for match in (m, n) if (mention := mention_at(match, PHOTO_REPEAT))]
    return found
