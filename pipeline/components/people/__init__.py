"""People: name mentions in the genre's forms, each with its party, roles and context.

Forms (each a finder function, each with its own rule id, score and explanation):
- speech attribution: "säger [titel] Anna Andersson (S), ordförande i socialnämnden"
- a title before the name: "statsminister Ulf Kristersson", "kontakta pressekreterare X"
- a name with a party mark: "Annett Haaf (S)", also "Boel Godner, ordförande (S)"
- an apposition: "Camilla Johansson, enhetschef i Haninge kommun"
- a contact-block name line, with the title lines under it
- a label before the name: "Fotograf: X", "Kontaktperson: X, 070-...", "Porträttbild X"
- a caption list: "På bilden ses A, B (S) och C"
- a name line ending in a colon above speech: "Anna Berg (S):"
- a name line printed twice under a photo: "Anna Berg, Huddinge"
- a list of names sharing a plural title: "A och B, lektorer vid X", "valde A och B till
  suppleanter i X" (each takes the singular)
- a first or last name alone after a speech verb ("berättar Iréne"): joined in resolve/mentions.py
Spans go to `doc.spans["people"]` (label PER); value: {"name", "party", "roles":
[[start, end, role]], "context": [[start, end]] (text that ties the person
to an organization), "partial": bool (a single name word, to be joined to a full name)}.
Writes the span group `people` (`doc._.people`); reads no other group.

Modules: `patterns` (compiled patterns and word lists), `mention` (a mention and how a
finder builds one), finders by layout in `sentences` (speech, title, party, apposition),
`lines` (contact blocks, labels, captions, name lines), `predicates` (a title as
predicate, appointments, pronouns) and `plurals` (a plural title shared by a list of
names), and `component` (the step and its registration).
"""

from .component import FORMS, GROUP, annotate_people, find_people, make_people
from .mention import Mention, normalise_party
from .patterns import CONTACT_HINT
from .patterns import patterns as _patterns  # quotes reads the speech patterns

__all__ = [
    "CONTACT_HINT",
    "FORMS",
    "GROUP",
    "Mention",
    "_patterns",
    "annotate_people",
    "find_people",
    "make_people",
    "normalise_party",
]
