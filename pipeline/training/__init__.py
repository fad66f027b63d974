"""Training of the Swedish NER model (PER, ORG, LOC, MISC) from the shared corpora."""
