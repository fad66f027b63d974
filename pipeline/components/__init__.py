"""spaCy components of the press-release pipeline, one module per kind of thing found.

Each is registered with `Language.factory` and, for `spacy.load`, as an entry point in
pyproject.toml (`spacy_factories`).
"""
