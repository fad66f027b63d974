"""press_quote_speakers: each quote with its speaker resolved to a person.

A speaker named in the quote's sentence is the person of that full, first or last name;
"säger hon" points back to the person named last in the paragraph above or its own, else
to the speaker of the quote before. A dashed paragraph with no attribution of its own is
spoken by the one person the paragraph just above introduces ("Anna Berg är kommunpolis
…" then "– Vi har startat …"), and the paragraphs of speech after it go on in that voice.
Unmarked speech under a sentence ending in a colon is the one person's that sentence names,
else no one's.
Reads `doc._.resolved_people`; sets `doc._.resolved_quotes`.
"""

from __future__ import annotations

from bisect import bisect_right

from spacy.tokens import Doc

from ..components.quotes import DASHES, OPEN_MARKS
from ..language.line_index import LineIndex
from ..language.spans import group, text_of
from ..record.schema import Person, Quote, Span
from .attrs import from_resolved
from .mentions import name_key, resolve

# unattributed speech that the finder continued from the last attribution it saw
# a paragraph of fewer words, or not ending in a full stop, is a caption or a name line
_SENTENCE_WORDS = 5
# "ordförande" + "n", "kommunalråd" + "et", "chef" + "en": the definite ending's length
_DEFINITE_ENDING = 3
_MIN_TITLE_LENGTH = 4
_CONTINUING = frozenset({"quote.continues_speaker", "quote.continues_unnamed"})
# unmarked speech under a sentence ending in a colon: only that sentence names its speaker
_LEAD_IN = "quote.below_lead_in"
# speech cut off by the text's end goes on in a voice only when the line above opens it
_CUT_OFF = "quote.continues_cut_off"
# "Anna Berg" or "Per Ek Gruppledare SD Ekby" on the line above the speech
_NAME_LINE_WORDS = 6


def quotes(doc: Doc, people: list[Person]) -> list[Quote]:
    """Quote spans with their speaker resolved to a person (full, first or last name)."""
    ids = {name_key(p.name): p.id for p in people}
    keys = list(ids)
    resolved: dict[str, str | None] = {}  # a speaker named in many quotes is resolved once
    found: list[Quote] = []
    text = text_of(doc)
    named_before = _NamedBefore(text, people)
    voice: str | None = None  # the speaker an introduced run of speech goes on in
    for span in group(doc, "quotes"):
        value = span._.value if isinstance(span._.value, dict) else {}
        name = value.get("speaker")
        if name and name not in resolved:
            resolved[name] = resolve(name, keys)
        key = resolved[name] if name else None
        start, end = value.get("start", span.start_char), value.get("end", span.end_char)
        speaker_id = ids[key] if key else None
        rule, why = span._.rule, span._.explain
        if speaker_id is None and value.get("refers_back"):
            speaker_id = named_before.person(start) or (found[-1].speaker_id if found else None)
        if speaker_id is None and value.get("title"):
            speaker_id = _titled(str(value["title"]), start, people)
            if speaker_id:
                rule, why = "quote.title_before", "the person named before with the title's role"
        if rule == _LEAD_IN:
            speaker_id = named_before.introduced(start, rule)
        elif rule in _CONTINUING or rule == _CUT_OFF:
            introduced = named_before.introduced(start, rule)
            if introduced:
                voice, speaker_id = introduced, introduced
                rule, why = "quote.introduced_above", "the one person the paragraph above names"
            elif found and named_before.speech_goes_on(start):
                speaker_id = found[-1].speaker_id  # "…, säger Per och förklarar vidare:"
            elif voice and rule != _CUT_OFF:
                speaker_id = voice
        else:
            voice = None
        found.append(
            Quote(
                speaker_id=speaker_id,
                speaker_name=name,
                text=text[start:end],
                span=Span(start=start, end=end, text=text[start:end]),
                source=span._.source or "unknown",
                rule=rule,
                confidence=span._.score if span._.score is not None else 0.5,
                explanation=why,
            )
        )
    return found


def _titled(title: str, pos: int, people: list[Person]) -> str | None:
    """The person named last before `pos` with a role the title names ("säger
    socialchefen" after "Anna Berg, socialchef i Ekby"; "ordföranden", "kommunalrådet")."""
    named = [
        (m.end, person.id)
        for person in people
        if any(_title_fits(title, role) for role in person.roles)
        for m in person.mentions
        if m.end <= pos
    ]
    return max(named)[1] if named else None


def _title_fits(title: str, role: str) -> bool:
    """The title is the definite form of a word of the role ("socialchef" + "en")."""
    return any(
        title.startswith(word) and len(title) - len(word) <= _DEFINITE_ENDING
        for word in role.casefold().split()
        if len(word) >= _MIN_TITLE_LENGTH
    )


class _NamedBefore:
    """The person named last before a position in the paragraph above or its own
    ("säger hon" points back to them; further up, "hon" may be someone never named)."""

    def __init__(self, text: str, people: list[Person]) -> None:
        self.text, self.lines = text, LineIndex(text)
        named = sorted((m.end, p.id) for p in people for m in p.mentions)
        self.starts = {m.start for p in people for m in p.mentions}
        self.ends, self.ids = [end for end, _ in named], [i for _, i in named]
        self.above: dict[int, int] = {}  # per line: the newline before the paragraph above

    def _above(self, pos: int) -> tuple[int, int]:
        """The newline before `pos`'s paragraph and the one before the paragraph above."""
        own = self.lines.start(self.lines.line_number(pos)) - 1  # the newline before pos
        if own not in self.above:
            gap = own
            while gap > 0 and self.text[gap - 1] == "\n":  # the blank lines between paragraphs
                gap -= 1
            self.above[own] = self.text.rfind("\n", 0, max(gap, 0))
        return own, self.above[own]

    def person(self, pos: int) -> str | None:
        own, above = self._above(pos)
        last = bisect_right(self.ends, pos) - 1  # the greatest (end, id) with end <= pos
        return self.ids[last] if last >= 0 and self.ends[last] > above else None

    def introduced(self, pos: int, rule: str) -> str | None:
        """The one person named in the paragraph just above `pos`'s, when that paragraph
        introduces the speech: a sentence of narrative ("Anna Berg är kommunpolis …."),
        one that opens it with a colon ("Per Ek tror att …:") or a name line ("Anna Berg",
        "Per Ek Gruppledare SD"). Speech cut off by the text's end takes narrative only
        when its last sentence names the person (an earlier name may be a source cited);
        speech going on from a named speaker takes no name line (a caption, "Anna Ek, Ekby")."""
        own, above = self._above(pos)
        raw = self.text[above + 1 : own]
        paragraph = raw.strip()
        if not paragraph or paragraph[0] in DASHES + OPEN_MARKS:
            return None
        first, last = bisect_right(self.ends, above), bisect_right(self.ends, own)
        named = set(self.ids[first:last])
        if len(named) != 1:
            return None
        words = len(paragraph.split())
        sentence = words >= _SENTENCE_WORDS and (
            paragraph[-1] == ":"
            or (paragraph[-1] == "." and (rule != _CUT_OFF or self._names_last(raw, above)))
        )
        opens_with_name = above + 1 + len(raw) - len(raw.lstrip()) in self.starts
        name_line = (
            opens_with_name
            and words <= _NAME_LINE_WORDS
            and paragraph[-1] not in ".:"
            and rule != "quote.continues_speaker"
        )
        return named.pop() if sentence or name_line else None

    def _names_last(self, raw: str, above: int) -> bool:
        """The paragraph's last sentence names someone ("… Anna Berg är kommunpolis och
        ansvarar för grannsamverkan."): it leads into the speech below, not only narrates."""
        body = raw.rstrip()[:-1]  # the paragraph without its closing full stop
        last = max(body.rfind(". "), body.rfind(".\n"))
        first = above + 1 + (last + 1 if last >= 0 else 0)
        return any(first <= s < above + 1 + len(body) for s in self.starts)

    def speech_goes_on(self, pos: int) -> bool:
        """The paragraph above is speech that ends in a colon ("…, säger hon och
        fortsätter:"): the speech below is its speaker's."""
        own, above = self._above(pos)
        paragraph = self.text[above + 1 : own].strip()
        return bool(paragraph) and paragraph[0] in DASHES + OPEN_MARKS and paragraph[-1] == ":"


make_quote_speakers = from_resolved(
    "press_quote_speakers",
    quotes,
    group="quotes",
    reads="resolved_people",
    writes="resolved_quotes",
)
