"""The rule data saved with the pipeline: `rule_files` is the component whose to_disk
writes the shipped rule files the pipeline was built with into the saved pipeline
(`<pipeline>/rule_files/`, laid out as models/rules), and whose from_disk makes that copy
the shipped rule data of the loading process (`rule_data.use_shipped_rules`), checked
like models/rules. It changes no Doc; a user's `--rules DIR` is still merged over it.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from ..language import rule_data


class RuleFiles:
    def __init__(self, name: str = "rule_files") -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        return doc

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        rule_data.save_rules(Path(path))

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> RuleFiles:
        rule_data.use_shipped_rules(Path(path))
        return self


@Language.factory("rule_files", assigns=[], requires=[])
def make_rule_files(nlp: Language, name: str) -> RuleFiles:
    return RuleFiles(name)
