"""One way to declare a pipeline step: a function of the Doc, registered as a spaCy factory
with the attributes it writes (`assigns`) and reads (`requires`), so that
`nlp.analyze_pipes()` checks the order in pipeline.cfg.

A step is `step(doc, source)`: it writes its span group or `doc._` attribute and names
itself `source` on what it finds (the component's name in the pipeline).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from spacy.language import Language
from spacy.tokens import Doc

Step = Callable[[Doc, str], None]


class Component:
    """A registered step under its pipeline name."""

    def __init__(self, name: str, step: Step) -> None:
        self.name = name
        self.step = step

    def __call__(self, doc: Doc) -> Doc:
        self.step(doc, self.name)
        return doc


def component(
    name: str, step: Step, *, assigns: Iterable[str], requires: Iterable[str] = ()
) -> Callable[[Language, str], Component]:
    """Register `step` as the factory `name`; returns the factory (for entry points)."""

    def make(nlp: Language, name: str) -> Component:
        return Component(name, step)

    make.__name__ = make.__qualname__ = f"make_{name}"
    Language.factory(name, assigns=list(assigns), requires=list(requires), func=make)
    return make
