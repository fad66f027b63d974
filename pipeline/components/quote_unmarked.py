"""Speech whose dash or quotation mark the layout lost: a paragraph of sentences under
"Anna Berg, ordförande, kommenterar:", a first-person paragraph closed by "…, säger Anna
Berg" (not one that speaks of "de" or "hon" before its first "vi"), and one followed
by a paragraph that says who said it ("Det säger Anna Berg, ordförande."). Indirect
speech ("Anna Berg säger att de …") never is. Read by `quotes`."""

from __future__ import annotations

import regex

from ..language.names import valid_name
from ..language.text_units import PHONE
from .quote_passage import Passage, attribution_start, cut_off, ends_paragraph
from .quote_patterns import patterns

# unmarked speech is a paragraph of sentences, not a short label
_MIN_UNMARKED_WORDS = 8
_PHONE = regex.compile(PHONE)
# a sentence that leads into speech, not a heading ("Kontakt:") or a name line
_MIN_LEAD_IN_WORDS = 5
# "Det säger Anna Berg" or a bare "säger Anna Berg": the paragraph below names who said
# the one above
_SAID_BELOW = regex.compile(r"[ \t]*(?:(?:Det|Så) )?")

Attributions = list[tuple[int, int, str]]


def reads_as_speech(paragraph: str) -> bool:
    """Sentences, not a contact line: capitalised, ending in a full stop, no address."""
    return (
        paragraph[0].isupper()
        and paragraph[-1] in '.!?”"'
        and "@" not in paragraph
        and not _PHONE.search(paragraph)
    )


def unmarked_speech(
    text: str, paragraph: tuple[int, int], attributions: Attributions
) -> Passage | None:
    """A paragraph in the first person closed by "…, säger Anna Berg, titel." is speech
    whose dash the layout lost (indirect speech, "Anna Berg säger att de …", never is)."""
    start, end = paragraph
    named = next(((s, e, name) for s, e, name in attributions if start < s < end), None)
    if named is None or not ends_paragraph(text, named[1], end):
        return None
    cut = attribution_start(text, named[0], start)
    speech = text[start:cut]
    first_person = patterns()["first_person"].search(speech)
    if text[cut] != "," or not reads_as_speech(speech + ".") or not first_person:
        return None
    if patterns()["third_person"].search(speech, 0, first_person.start()):
        return None  # "De samarbetar … Tillsammans har vi …": narrative about them
    return Passage(
        start,
        cut,
        named[2],
        0.7,
        "first-person paragraph closed by a named attribution",
        "quote.unmarked",
    )


def below_colon_line(text: str, paragraphs: list[tuple[int, int]], n: int) -> Passage | None:
    """A paragraph without a dash or mark right under "Anna Berg, ordförande, kommenterar:"
    is her speech (the name line's colon opens it)."""
    start, end = paragraphs[n]
    paragraph = text[start:end].strip()
    if n == 0 or len(paragraph.split()) < _MIN_UNMARKED_WORDS or not reads_as_speech(paragraph):
        return None
    prev_start, prev_end = paragraphs[n - 1]
    m = patterns()["colon_line"].match(text, prev_start, prev_end)
    if not (m and valid_name(m["name"])):
        return None
    body = start + len(text[start:end]) - len(text[start:end].lstrip())
    return Passage(
        body,
        end,
        m["name"],
        0.75,
        "paragraph under a name line ending in a colon",
        "quote.below_colon_line",
    )


def below_lead_in(text: str, paragraphs: list[tuple[int, int]], n: int) -> Passage | None:
    """A first-person paragraph with no dash or mark right under a sentence that ends in
    a colon ("Anna Berg öppnade mötet och sa:", "Två av dem som testat tjänsten är Per
    och Eva:") is the speech that sentence leads into; the linking step gives it the one
    person the sentence names, if it names one."""
    start, end = paragraphs[n]
    paragraph = text[start:end].strip()
    if n == 0 or len(paragraph.split()) < _MIN_UNMARKED_WORDS:
        return None
    if not (_is_lead_in(text[slice(*paragraphs[n - 1])]) and _opens_speech(text, paragraph, end)):
        return None
    body = start + len(text[start:end]) - len(text[start:end].lstrip())
    return Passage(
        body,
        end,
        None,
        0.6,
        "first-person paragraph under a sentence ending in a colon",
        "quote.below_lead_in",
    )


def _is_lead_in(line: str) -> bool:
    """A sentence ending in a colon, not one that announces a document ("… med följande
    motivering:")."""
    return (
        line.rstrip().endswith(":")
        and len(line.split()) >= _MIN_LEAD_IN_WORDS
        and not patterns()["document_lead"].search(line)
    )


def _opens_speech(text: str, paragraph: str, end: int) -> bool:
    """Capitalised first-person sentences, not a contact line nor one that leads into a
    list (a colon at its end); the text may cut it off."""
    return (
        paragraph[0].isupper()
        and (paragraph[-1] in ".!?" or cut_off(text, end))
        and "@" not in paragraph
        and not _PHONE.search(paragraph)
        and bool(patterns()["first_person"].search(paragraph))
    )


def said_below(
    text: str, paragraphs: list[tuple[int, int]], n: int, attributions: Attributions
) -> Passage | None:
    """A first-person paragraph of sentences followed by one that is only "Det säger Anna
    Berg, ordförande." (or "säger Anna Berg, …", the layout's break before it) is hers."""
    start, end = paragraphs[n]
    paragraph = text[start:end].strip()
    if n + 1 >= len(paragraphs) or len(paragraph.split()) < _MIN_UNMARKED_WORDS:
        return None
    if not reads_as_speech(paragraph) or not patterns()["first_person"].search(paragraph):
        return None
    below_start, below_end = paragraphs[n + 1]
    lead_in = _SAID_BELOW.match(text, below_start, below_end)
    named = next(((e, name) for s, e, name in attributions if lead_in and s == lead_in.end()), None)
    if named is None or not ends_paragraph(text, named[0], below_end):
        return None
    body = start + len(text[start:end]) - len(text[start:end].lstrip())
    return Passage(
        body, end, named[1], 0.75, "paragraph said by the one named below it", "quote.said_below"
    )
