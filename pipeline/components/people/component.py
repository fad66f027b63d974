"""The people step: every finder's mentions, one span per name span in `doc.spans["people"]`."""

from __future__ import annotations

from spacy.tokens import Doc

from ...language.component import component
from ...language.span_groups import attr
from ...language.spans import add_span, text_of
from .headings import label_heading_mentions, name_title_line_mentions, title_above_mentions
from .lines import (
    block_mentions,
    caption_mentions,
    label_mentions,
    plural_title_mentions,
    repeated_line_mentions,
    speaker_line_mentions,
    title_label_mentions,
)
from .mention import Mention
from .plurals import plural_appointed_mentions, plural_apposition_mentions
from .predicates import predicate_mentions
from .sentences import (
    apposition_mentions,
    party_mentions,
    speech_mentions,
    titled_mentions,
    word_before_mentions,
)

GROUP = "people"

FORMS = (
    speech_mentions,
    titled_mentions,
    party_mentions,
    apposition_mentions,
    block_mentions,
    label_mentions,
    title_label_mentions,
    caption_mentions,
    speaker_line_mentions,
    repeated_line_mentions,
    predicate_mentions,
    plural_title_mentions,
    label_heading_mentions,
    title_above_mentions,
    name_title_line_mentions,
    word_before_mentions,
    plural_apposition_mentions,
    plural_appointed_mentions,
)


def find_people(text: str) -> list[Mention]:
    """Every name mention the genre's forms mark, best evidence first per span."""
    found = [m for form in FORMS for m in form(text)]
    return sorted(found, key=lambda m: (m.start, -m.score))


def mentions_by_span(text: str) -> list[Mention]:
    """One mention per span: the best one, with what the others found pooled into it."""
    by_span: dict[tuple[int, int], Mention] = {}
    for mention in find_people(text):
        key = (mention.start, mention.end)
        if key in by_span:
            _merge_into(by_span[key], mention)
        else:
            by_span[key] = mention
    return list(by_span.values())


def _merge_into(kept: Mention, other: Mention) -> None:
    """Two forms found the same span: keep the best score, pool party, roles and context."""
    kept.party = kept.party or other.party
    known = {(r.start, r.end) for r in kept.roles}
    kept.roles += [r for r in other.roles if (r.start, r.end) not in known]
    kept.context += [c for c in other.context if c not in kept.context]
    kept.partial = kept.partial and other.partial


def _value(mention: Mention) -> dict[str, object]:
    return {
        "name": mention.name,
        "party": mention.party,
        "roles": [[r.start, r.end, r.text] for r in mention.roles],
        "context": [list(c) for c in mention.context],
        "partial": mention.partial,
    }


def annotate_people(doc: Doc, source: str) -> None:
    """Writes a PER span per name span, with the rule id and explanation of its best form."""
    for mention in mentions_by_span(text_of(doc)):
        add_span(
            doc,
            GROUP,
            mention.start,
            mention.end,
            "PER",
            score=mention.score,
            source=source,
            value=_value(mention),
            rule=mention.rule,
            explain=mention.why,
        )


# reads no other group: no `requires`
make_people = component("press_people", annotate_people, assigns=["doc.spans", attr(GROUP)])
