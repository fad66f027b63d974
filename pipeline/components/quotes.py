"""Quotes: passages of direct speech and who speaks them.

Direct speech is a paragraph that opens with a dash (– — − ‒ -) or a quotation mark (” " « » “).
Its speaker is, in this order: a named attribution in the paragraph ("…, säger Anna Berg"),
one opening the next line, a name line ending in a colon just above it ("Anna Berg:"),
and, for a dashed paragraph with no attribution of its own (or one wholly in quotation
marks after earlier speech), the last speaker the text named before it. An unnamed
attribution gives no speaker ("säger ministern"), except a personal pronoun ("säger hon"),
which the linking step resolves to the person named last before the quote. A paragraph
that opens with a quoted phrase ("”Årets kommun” tilldelas …") is not speech, nor is a
short label or a dashed list under "… yrkar partiet:". Layouts that lose the mark
(quote_unmarked, quote_inline): a paragraph of sentences under "Anna Berg, ordförande,
kommenterar:", a first-person paragraph closed by "…, säger Anna Berg" or followed by
"Det säger Anna Berg.", speech opened inside a paragraph ("… i går. – Vi …, säger X."),
quotation marks after a colon whose clause attributes them ("Så här säger X: ”Vi …”"),
a bullet put for the dash ("• Vi …, säger X.") and a first-person paragraph under a
sentence ending in a colon ("Anna Berg öppnade mötet och sa:"). Speech printed twice (a
pull quote repeating a passage's start, a paragraph the page repeats) is one quote, and
three dashes in a row rule the page rather than open speech.
Spans go to `doc.spans["quotes"]` (label QUOTE); value: {"speaker": name or None, "start",
"end": the speech's exact character offsets, which token bounds may widen}.
Writes the span group `quotes` (`doc._.quotes`); reads no other group.
"""

from __future__ import annotations

import regex
from spacy.tokens import Doc

from ..language.component import component
from ..language.names import valid_name
from ..language.span_groups import attr
from ..language.spans import add_span, text_of
from ..language.text_units import lines_with_offsets
from .quote_inline import inline_speech
from .quote_passage import Passage, attribution_start, cut_off, drop_repeats, ends_paragraph
from .quote_patterns import named_attributions, patterns
from .quote_unmarked import below_colon_line, below_lead_in, said_below, unmarked_speech

GROUP = "quotes"
# Every dash-like opener: en and em dash, minus sign (U+2212), figure dash, bar, hyphen.
DASHES = "–—−‒―-"
OPEN_MARKS = '”"«“»'
CLOSE_MARKS = '”"»“«'
# A hyphen also opens Markdown list items: such a paragraph needs an attribution, or a
# quote just before it, to count as speech.
MIN_WORDS = 3
# speech without an attribution of its own, whose speaker is a guess from the context
_GUESSED = frozenset({"quote.continues_speaker", "quote.continues_unnamed", "quote.first_of_run"})
_MIN_SENTENCE_WORDS = 6
PERSONAL_PRONOUNS = frozenset({"han", "hon", "hen"})
_LINE_END = '.!?:;”"»'
_BULLET = regex.compile(r"\s*[•●▪]\s*")
# three dashes in a row ("-----", "———") rule the page: they open no speech
_RULE_LINE = 3
_INLINE_CUT_OFF = "speech opened inside a paragraph, cut off by the text's end: no speaker"


def _paragraphs(text: str) -> list[tuple[int, int]]:
    """Non-empty lines; a hard-wrapped line (no closing punctuation, the next line going
    on in lower case) joins the next one, so an attribution wrapped below stays in it."""
    spans: list[tuple[int, int]] = []
    joined = False
    for pos, line in lines_with_offsets(text):
        if line.strip():
            if joined:
                spans[-1] = (spans[-1][0], pos + len(line))
            else:
                spans.append((pos, pos + len(line)))
        stripped = line.rstrip()
        after = text[pos + len(line) + 1 : pos + len(line) + 2]
        joined = bool(stripped) and stripped[-1] not in _LINE_END and after.islower()
    return spans


def _speech_start(text: str, start: int, end: int) -> tuple[int, str] | None:
    """Where the speech begins after the opening dash or mark, and which kind opened it."""
    stripped = start + len(text[start:end]) - len(text[start:end].lstrip())
    if stripped >= end:
        return None
    opener = text[stripped]
    if all(c in DASHES for c in text[stripped : stripped + _RULE_LINE]):
        return None
    if opener in DASHES or opener in OPEN_MARKS:
        body = stripped + 1
        while body < end and (text[body].isspace() or text[body] in DASHES):
            body += 1
        return body, opener
    return None


def _quoted_extent(text: str, body: int, end: int) -> int | None:
    """End of speech opened by a quotation mark, or None when it is only a quoted phrase."""
    close = next((i for i in range(body, end) if text[i] in CLOSE_MARKS), None)
    if close is None:
        return end
    rest = text[close + 1 : end]
    attribution = (
        patterns()["unnamed"].match("," + rest.lstrip(" ,"))
        or regex.match(r"^[ ,]*\p{Ll}+ ", rest)
        or patterns()["verb"].match(rest.lstrip(" ,"))
    )
    spoken = len(text[body:close].split()) >= MIN_WORDS
    return close if spoken and (not rest.strip(" .") or attribution) else None


def find_quotes(text: str) -> list[Passage]:
    attributions = named_attributions(text)
    paragraphs = _paragraphs(text)
    found: list[Passage] = []
    previous_quote_end = -1
    for n, (start, end) in enumerate(paragraphs):
        opened = _speech_start(text, start, end)
        if opened is None:
            # the very next line after a quote that found its speaker on it is that
            # quote's end, not speech of its own
            prev_start, prev_end = paragraphs[n - 1] if n else (-1, -1)
            ends_quote = previous_quote_end > prev_start and start == prev_end + 1
            below = (
                below_colon_line(text, paragraphs, n)
                or below_lead_in(text, paragraphs, n)
                or (None if ends_quote else unmarked_speech(text, paragraphs[n], attributions))
                or said_below(text, paragraphs, n, attributions)
            )
            if below:
                found.append(below)
                previous_quote_end = below.end
                continue
            bulleted = _bulleted(text, paragraphs[n], attributions)
            for inline in [bulleted] if bulleted else _inline(text, paragraphs[n], attributions):
                found.append(inline)
                previous_quote_end = inline.end
            continue
        body, opener = opened
        stop = _quoted_extent(text, body, end) if opener in OPEN_MARKS else end
        if stop is None or len(text[body:stop].split()) < MIN_WORDS:
            continue
        passage = _attributed(text, body, stop, end, attributions)
        if passage is None:
            # a dashed paragraph may go on with earlier speech; one wholly in quotation
            # marks only after earlier speech (before it, it may be a quoted heading)
            may_continue = opener not in OPEN_MARKS or previous_quote_end >= 0
            passage = _unattributed(text, (body, stop), paragraphs, n, attributions, may_continue)
            is_list_item = opener == "-" and previous_quote_end < 0
            if passage is None or (is_list_item and passage.rule.startswith("quote.continues")):
                continue
            if passage.rule in _GUESSED and (
                _is_label(text[body:stop]) or _under_list_intro(text, paragraphs, n)
            ):
                continue
        found.append(passage)
        previous_quote_end = passage.end
    return drop_repeats(text, found)


def _is_label(speech: str) -> bool:
    """A few words with no full stop: a list item or a heading, not speech that goes on
    ("- Rådet för trygghet", "”Utmaning att jobba enhetligt”")."""
    words = speech.split()
    return len(words) < _MIN_SENTENCE_WORDS and not speech.rstrip().endswith(tuple(".!?…"))


def _under_list_intro(text: str, paragraphs: list[tuple[int, int]], n: int) -> bool:
    """The paragraph above ends in a colon with no speech verb in it ("Därför yrkar
    partiet:", "Tre forum lyfts fram:"): a list follows, not speech."""
    if n == 0:
        return False
    above = text[paragraphs[n - 1][0] : paragraphs[n - 1][1]].strip()
    return above.endswith(":") and not patterns()["any_verb"].search(above)


def _bulleted(
    text: str, paragraph: tuple[int, int], attributions: list[tuple[int, int, str]]
) -> Passage | None:
    """A bullet the layout put for the dash: "• Detta är en markering …, säger Eva Ek." is
    speech when a name closes it (a bullet list's items are not)."""
    start, end = paragraph
    bullet = _BULLET.match(text, start, end)
    passage = bullet and _attributed(text, bullet.end(), end, end, attributions)
    return passage if passage and passage.rule == "quote.named" else None


def _inline(
    text: str, paragraph: tuple[int, int], attributions: list[tuple[int, int, str]]
) -> list[Passage]:
    return [
        Passage(*speech[:3], 0.75, "speech attributed before its colon", "quote.led_in")
        if speech.lead_in
        else Passage(*speech[:3], 0.6, _INLINE_CUT_OFF, "quote.continues_cut_off")
        if speech.cut_off
        else Passage(
            *speech[:3], 0.75, "speech opened inside a paragraph", "quote.inline", speech[3]
        )
        for speech in inline_speech(text, paragraph, attributions)
    ]


def _attributed(
    text: str, body: int, stop: int, end: int, attributions: list[tuple[int, int, str]]
) -> Passage | None:
    """A speaker named (or left unnamed) inside the paragraph itself."""
    named = next(((s, e, name) for s, e, name in attributions if body < s < end), None)
    unnamed = patterns()["unnamed"].search(text, body, end)
    if named and (unnamed is None or named[0] <= unnamed.start("verb")):
        cut = attribution_start(text, named[0], body)
        speech_end = cut if ends_paragraph(text, named[1], end) else stop
        return Passage(
            body, min(speech_end, stop), named[2], 0.9, "speech verb and name in it", "quote.named"
        )
    if unnamed:
        cut = attribution_start(text, unnamed.start() + 1, body)
        speech_end = cut if ends_paragraph(text, unnamed.end(), end) else stop
        word = text[unnamed.start("verb") : unnamed.end()].split()[-1].casefold()
        refers_back = word in PERSONAL_PRONOUNS
        why, rule = (
            ("a pronoun for the person named before", "quote.pronoun")
            if refers_back
            else ("speaker not named", "quote.unnamed")
        )
        title = None if refers_back else word
        return Passage(body, min(speech_end, stop), None, 0.8, why, rule, refers_back, title)
    return None


def _unattributed(
    text: str,
    speech: tuple[int, int],
    paragraphs: list[tuple[int, int]],
    n: int,
    attributions: list[tuple[int, int, str]],
    may_continue: bool,
) -> Passage | None:
    """A speaker on the line after or above; else a dashed paragraph continues."""
    body, stop = speech
    after = _named_after(text, paragraphs, n, attributions)
    next_line = n + 1 < len(paragraphs) and paragraphs[n + 1][0] == paragraphs[n][1] + 1
    if after and not after[1] and (next_line or after[2]):
        return Passage(
            body,
            stop,
            after[0],
            0.85,
            "speech goes on to an attribution below",
            "quote.attributed_below",
        )
    if n > 0:
        prev_start, prev_end = paragraphs[n - 1]
        m = patterns()["colon_line"].match(text, prev_start, prev_end)
        if m and valid_name(m["name"]):
            return Passage(
                body, stop, m["name"], 0.85, "name line ending in a colon above", "quote.colon_line"
            )
    if not may_continue:
        return None
    if cut_off(text, stop):
        return Passage(
            body,
            stop,
            None,
            0.6,
            "continues to where the text is cut off: no speaker",
            "quote.continues_cut_off",
        )
    earlier = [name for s, _, name in attributions if s < body]
    if earlier:
        return Passage(
            body,
            stop,
            earlier[-1],
            0.7,
            "continues the last named speaker",
            "quote.continues_speaker",
        )
    if after:
        return Passage(
            body,
            stop,
            after[0],
            0.6,
            "first of a run of speech attributed below",
            "quote.first_of_run",
        )
    return Passage(
        body, stop, None, 0.5, "continues, no speaker named before it", "quote.continues_unnamed"
    )


def _named_after(
    text: str, paragraphs: list[tuple[int, int]], n: int, attributions: list[tuple[int, int, str]]
) -> tuple[str, bool, bool] | None:
    """The speaker named at the end of the next paragraph, whether that paragraph is a
    passage of its own (dashed) rather than the rest of this one ("…\nsäger Per Ek."), and
    whether it is a line that only says who spoke ("Det säger Per Ek, ordförande.")."""
    if n + 1 >= len(paragraphs):
        return None
    start, end = paragraphs[n + 1]
    dashed = _speech_start(text, start, end) is not None
    for s, e, name in attributions:
        lead_in = text[start:s].rstrip()
        said = lead_in in ("", "Det", "Så")  # "Det säger Per Ek, ordförande."
        closes = not lead_in or lead_in[-1] in ',”"»' or said
        # a dashed passage of its own names its speaker wherever its attribution stands
        if start <= s < end and closes and (dashed or ends_paragraph(text, e, end)):
            return name, dashed, said
    return None


def annotate_quotes(doc: Doc, source: str) -> None:
    for passage in find_quotes(text_of(doc)):
        add_span(
            doc,
            GROUP,
            passage.start,
            passage.end,
            "QUOTE",
            score=passage.score,
            source=source,
            # exact offsets: a token may run past the speech ("−Varje", where the
            # tokenizer keeps a minus sign on the word)
            value={
                "speaker": passage.speaker,
                "start": passage.start,
                "end": passage.end,
                "refers_back": passage.refers_back,
                "title": passage.title,
            },
            rule=passage.rule,
            explain=passage.why,
        )


make_quotes = component(
    "press_quotes",
    annotate_quotes,
    assigns=["doc.spans", attr("quotes")],
    requires=[],
)
