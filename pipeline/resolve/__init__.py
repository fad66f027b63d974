"""Resolution: spaCy components that run after the extractors and turn their span groups
into the record's entities, each declaring the attributes it reads and writes.

In pipeline.cfg's order:

- `press_overlaps` (overlaps.py): the one place where one span group's spans change
  another's
- `press_resolve_organizations` (organizations.py): one Organization per body, with its
  owner and SCB code -> `doc._.resolved_organizations`
- `press_resolve_people` (people.py, from mentions.py, affiliation.py and
  release_bodies.py): one Person per individual, from the rule mentions and the NER, with
  party, roles and organization ->
  `doc._.resolved_people`
- `press_link_contacts` (contacts.py): contacts to people -> `doc._.resolved_contacts`;
  a person still tied to no body gets the one their e-mail's domain spells (affiliation.py)
- `press_quote_speakers` (quotes.py): quotes with their speaker -> `doc._.resolved_quotes`

Importing this package registers the factories (attrs.py says what the attributes hold).
"""

from . import contacts, organizations, overlaps, people, quotes

# The steps in the order they run: a pipeline of its own (spacy.blank + components) adds
# them last, since assemble refuses a Doc they never saw.
STEPS = (
    "press_overlaps",
    "press_resolve_organizations",
    "press_resolve_people",
    "press_link_contacts",
    "press_quote_speakers",
)

__all__ = ["STEPS", "contacts", "organizations", "overlaps", "people", "quotes"]
