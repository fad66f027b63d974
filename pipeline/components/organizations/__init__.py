"""Organizations: public bodies, authorities, associations, schools, companies, parties.

Rules of the genre, in order of certainty, each in its module:
- named bodies from the gazetteer (models/rules/organizations.tsv): "Socialstyrelsen",
  "SKR" (`gazetteer`)
- municipal and regional forms: "Huddinge kommun", "Malmö stad", "Region Stockholm",
  "Västerbottens läns landsting", "Länsstyrelsen i Skåne"; joint forms are split
  ("Karlskoga och Degerfors kommuner", "Länsstyrelserna i Stockholm och Västerbotten")
  (`public_bodies`, bare places acting as their municipality in `acting_places`)
- compounds ending in a body word (models/rules/org_suffixes.tsv): "socialnämnden",
  "kultur- och fritidsförvaltningen", "Mörtviksskolan", "Skolverket"; committee phrases:
  "kommunstyrelsens arbetsutskott", "beredningen för … (TPD)", "Huddinges råd för
  funktionshinderfrågor"; companies "X AB" (`committees`)
- units no list knows, after a member's title ("enhetschef Barn och familj") or by their
  kind and field ("sektor Omtanke", "division psykiatri") (`title_units`)
- a capitalised name after its lower-case kind noun ("företaget Gubbe", "organisationen
  Mentor") or by its ".nu" address ("Nattvandring.nu arbetar") (`kind_names`), and one
  listed with a body found ("Ungdomshuset och Trygga Torget") (`listed`)
- ORG entities of the trained NER, when present, at lower confidence (`ner`).
Every name is put in base form (genitive -s dropped), generic words are dropped, and an
acronym in parentheses next to a body becomes its alias (`names`). Each hit carries the id
of the rule that made it (rule_ids.tsv). Group `organizations`, label ORG, value {"name",
"type", "aliases"}. The rule data and canonical forms are read in `rules`, the patterns
compiled in `patterns`; `step` registers the component.
Writes the span group `organizations` (`doc._.organizations`); reads `doc.ents` when
the NER runs, no span group.
"""

from .hits import NER_SCORE, OrgHit
from .hits import resolve_overlaps as _resolve_overlaps
from .ner import find_ner
from .step import GROUP, find_organizations, make_organizations

__all__ = [
    "GROUP",
    "NER_SCORE",
    "OrgHit",
    "_resolve_overlaps",
    "find_ner",
    "find_organizations",
    "make_organizations",
]
