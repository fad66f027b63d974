"""Interventions: preventive and social programmes, methods and kinds of measure.

- gazetteer.py (models/rules/interventions.tsv): named programmes as written ("Komet",
  "Bostad först"), common-word measures in any inflection ("familjecentralerna" ->
  familjecentraler)
- triggers.py: a name after a trigger word (intervention_triggers.tsv): "metoden X",
  "metoderna X och Y"
- named.py: "Name (ACRONYM)" whose initials give the acronym, in a sentence about a
  programme; named units run as services (capitalised compounds ending in -teamet,
  -huset, …); quoted and defined names; items of an enumeration after "insatser såsom …"
  and of a bullet list under a heading such as "Exempel på förebyggande arbete"
  (intervention_headings.txt)
- proper_names.py: a measure the text writes as a proper name ("stödet till Läxhjälpen",
  "projektet Stödperson") is a named programme under that form
- measures.py: kinds of measure by word formation (compound heads, adjectives, target
  groups)
- merge.py: overlaps, organizations and stop words, one intervention per concept
- step.py: the component `press_interventions`; hits.py: `Hit`, `Entry`; vocabulary.py:
  the word lists the finders read
Group `interventions`, label INTERVENTION, value {"name", "named", "aliases"}; each span's
rule id is that of the finder that made its hit (`Hit.rule`, rule_ids.tsv).
Writes the span group `interventions` (`doc._.interventions`); reads `organizations`, so
it runs after press_organizations (press_overlaps then drops the NER-only organization
spans a programme covers).
"""

from .gazetteer import lemmas
from .hits import Entry, Hit
from .measures import find_compound_measures
from .step import GROUP, annotate_interventions, find_interventions, make_interventions
from .vocabulary import context_words, head_exclusions, head_lemmas, heads, stoplist

__all__ = [
    "GROUP",
    "Entry",
    "Hit",
    "annotate_interventions",
    "context_words",
    "find_compound_measures",
    "find_interventions",
    "head_exclusions",
    "head_lemmas",
    "heads",
    "lemmas",
    "make_interventions",
    "stoplist",
]
