"""press_overlaps: a person's name that is an organization's becomes that organization."""

from __future__ import annotations

from pipeline.language.spans import group
from pipeline.resolve.overlaps import annotate_overlaps

TEXT = (
    "Bidraget går till Sjöviks Vänner, Norrby IF och Liberalerna Öregrund. "
    "Kommunalrådet Anna Berg leder arbetet med Liberalernas stöd Öregrund."
)


def _doc_before_overlaps(nlp, text: str, people: list[str]):
    """The Doc as press_overlaps finds it, the NER having called `people` PER."""
    doc = nlp.make_doc(text)
    for name, proc in nlp.pipeline:
        if name == "press_overlaps":
            break
        doc = proc(doc)
    spans = [doc.char_span(text.index(p), text.index(p) + len(p), label="PER") for p in people]
    doc.ents = spans
    return doc


def test_ner_people_with_an_org_marker_or_an_orgs_name_are_organizations(nlp):
    names = ["Sjöviks Vänner", "Norrby IF", "Liberalerna Öregrund", "Kommunalrådet Anna Berg"]
    names.append("Liberalernas stöd Öregrund")
    doc = _doc_before_overlaps(nlp, TEXT, names)
    annotate_overlaps(doc, "press_overlaps")
    orgs = {s._.value["name"]: (s._.value["type"], s._.rule) for s in group(doc, "organizations")}
    assert orgs["Sjöviks Vänner"] == ("association", "org.name_marker")  # the rule's own
    assert orgs["Norrby IF"] == ("association", "org.name_marker")
    assert orgs["Liberalerna Öregrund"] == ("political", "org.person_name")  # local branch
    branch = TEXT.index("Liberalerna Öregrund")
    at_branch = [s._.value["name"] for s in group(doc, "organizations") if s.start_char == branch]
    assert at_branch == ["Liberalerna Öregrund"]  # the party's span gave way to the whole name
    # a title the rules took for a body ("kommunalrådet") before a person's name: a person
    # and a lower-case word after the body's name is no branch's name
    assert [e.text for e in doc.ents] == ["Kommunalrådet Anna Berg", "Liberalernas stöd Öregrund"]


def test_the_record_lists_them_as_organizations_not_people(nlp):
    doc = _doc_before_overlaps(nlp, TEXT, ["Sjöviks Vänner", "Liberalerna Öregrund"])
    names = nlp.pipe_names
    for name in names[names.index("press_overlaps") :]:
        doc = nlp.get_pipe(name)(doc)
    assert "Sjöviks Vänner" not in [p.name for p in doc._.resolved_people]
    assert "Liberalerna Öregrund" in [o.name for o in doc._.resolved_organizations]


def test_a_person_name_that_is_a_company_without_its_ab_is_that_company(nlp):
    text = "Tillståndet för Humana Hemvård AB återkallas. Humana Hemvård överklagar beslutet."
    doc = _doc_before_overlaps(nlp, text, [])
    at = text.rindex("Humana Hemvård")
    doc.ents = [doc.char_span(at, at + len("Humana Hemvård"), label="PER")]
    annotate_overlaps(doc, "press_overlaps")
    names = {s._.value["name"] for s in group(doc, "organizations")}
    assert "Humana Hemvård AB" in names and "Humana Hemvård" not in names
    assert list(doc.ents) == []
