"""The Language: loading the spaCy pipeline, span plumbing, rule data, Swedish helpers."""
