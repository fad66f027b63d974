from __future__ import annotations

import pytest

from pipeline.components.interventions import find_interventions, lemmas


@pytest.fixture(scope="module")
def run(nlp):
    def found(text: str) -> dict[str, bool]:
        return {h.name: h.named for h in find_interventions(nlp(text))}

    return found


def test_inflected_measures_map_to_the_entry(run):
    text = (
        "Uppsökande arbete via familjecentralerna och fältsekreterarnas närvaro har ökat. "
        "Hembesöken görs av barnmorskor och de mobila teamen."
    )
    assert run(text) == {
        "uppsökande arbete": False,
        "familjecentraler": False,
        "fältsekreterare": False,
        "hembesök": False,
        "mobila team": False,
    }


def test_named_programmes_in_an_enumeration(run):
    text = (
        "Antal föräldrar som deltagit i förebyggande insatser såsom ABC, Komet, "
        "Trygghetscirkeln, Föräldraskap i Sverige och Stegvis:"
    )
    assert run(text) == {
        "ABC": True,
        "Komet": True,
        "Trygghetscirkeln": True,
        "Föräldraskap i Sverige": True,
        "Stegvis": True,
    }


def test_names_after_method_words(run):
    text = (
        "Drogfria miljöer genom metoderna 100% renträning och Krogar mot Knark. "
        "Regeringen vill stärka kommunernas arbete med metoden Bostad först."
    )
    assert run(text) == {
        "100% renträning": True,
        "Krogar mot Knark": True,
        "Bostad först": True,
    }


def test_programme_with_acronym_is_one_named_intervention(run):
    text = (
        "Hälsa, lärande och trygghet (HLT) är en satsning i Umeå kommun. "
        "HLT har visat sig vara framgångsrikt."
    )
    assert run(text) == {"Hälsa, lärande och trygghet": True}


def test_bullets_under_a_measures_heading(run):
    text = (
        "Exempel på förebyggande arbete som genomförs i kommunen\n\n"
        "  • Strukturerat tillsynsarbete\n"
        "  • Ökad vuxennärvaro på kvällar genom föreningsdrivna nattvandring\n"
        "  • Samverkansavtal med föreningar\n"
    )
    assert run(text) == {
        "strukturerat tillsynsarbete": False,
        "föreningsdrivna nattvandring": False,  # the adjective says what kind
        "samverkansavtal med föreningar": False,
    }


def test_prizes_indexes_policy_areas_and_bodies_are_not_interventions(run):
    text = (
        "Priset ”Årets förebyggande kommun” bygger på Preventionsindex. Folkhälsoarbetet "
        "och ANDT-arbetet prioriteras. Myndigheten för samhällsskydd och beredskap (MSB) "
        "stödjer arbetet, och Stiftelsen Allmänna Barnhuset gör en studie."
    )
    assert run(text) == {}


def test_body_words_and_unrelated_acronyms_are_not_programmes(run):
    text = (
        "Andra placeringar sker i hem för vård eller boende (HVB). "
        "Vi har sett henne i TV-programmen Wahlgrens värld."
    )
    assert run(text) == {}


def test_compound_lemmas_join_noun_and_verb_readings():
    assert lemmas().same_word("fältsekreterarna", "fältsekreterare")
    assert lemmas().same_word("nattvandringen", "nattvandring")
    assert not lemmas().same_word("familjehem", "familjecentral")


def test_named_units_run_as_services(run):
    text = (
        "Förebyggarteamet och familjecentralerna är prioriterade verksamheter. "
        "Besöken på Träfflokalen Fleming ökade. Mötet hölls i Stadshuset."
    )
    assert run(text) == {
        "Förebyggarteamet": True,
        "familjecentraler": False,
        "Träfflokalen Fleming": True,
    }


def test_acronym_needs_a_programme_word_in_or_after_the_name(run):
    text = "Ministern gör ett verksamhetsbesök på Luleå tekniska universitet (LTU) i dag."
    assert run(text) == {}


def test_genre_measures_in_common_words(run):
    text = (
        "Polisen ska kunna besluta om säkerhetszoner. Socialtjänsten får stöd av "
        "förstärkningsteamen, och asylsökande ska delta i samhällsintroduktion. "
        "Fler unga placeras i stödboenden eller i skyddat boende."
    )
    assert run(text) == {
        "säkerhetszoner": False,
        "förstärkningsteam": False,
        "samhällsintroduktion": False,
        "stödboende": False,
        "skyddat boende": False,
    }


def test_named_programme_with_a_lower_case_tail_after_a_trigger(run):
    assert run("Regeringens satsning Samling för judiskt liv fokuserar på tre områden.") == {
        "Samling för judiskt liv": True
    }
    assert run("Satsningen Samling för judiskt liv presenterades i januari.") == {
        "Samling för judiskt liv": True
    }
    assert run("Stödet går till programmet Avancerad digitalisering.") == {
        "Avancerad digitalisering": True
    }
    assert run("Klubben driver projektet Football for life i Malmö.") == {"Football for life": True}


def test_trigger_names_cut_short_or_numbers_are_no_programmes(run):
    assert run("Projektet Samordnad utveckling för god och nära vård i glesbygd fortsätter.") == {}
    assert (
        run("Regeringen föreslår att 158 miljoner kronor tillförs verksamheten 2026 och 238.") == {}
    )
    assert run("Tillsammans omfattar de två insatserna 308 miljoner kronor.") == {}
    assert run("Ministern besökte projektet Niwa, samt ett boende.") == {"Niwa": True}


def test_a_singular_trigger_names_one_programme_not_the_list_after_it(run):
    text = (
        "Ministern deltar i arbetet kring satsningen LeadIT, Leadership Group for Industry "
        "Transition och CCAC, Climate & Clean Air Coalition."
    )
    assert run(text) == {"LeadIT": True}


def test_bodies_and_clauses_before_an_acronym_are_no_programmes(run):
    text = (
        "Trafikverket ska samråda med det Nationella rådet för järnvägs- och "
        "kollektivtrafikskydd (NRJK). Ministern besöker Civil Aviation Authority of Singapore "
        "(CAAS). Insatserna kommer att bedrivas av svenska kommittén mot antisemitism (SKMA)."
    )
    assert run(text) == {}


def test_kinds_of_measure_by_word_formation():
    from pipeline.components.interventions import find_compound_measures

    text = (
        "Kommunen öppnar fritidsgårdarna och anställer trygghetsvärdar. Nattvandringen "
        "fortsätter. Målgruppen är unga i grundskolan och på svenska. Situationen är "
        "fruktansvärd. Vi besökte Fritidsgården Pulsen."
    )
    assert [(h.name, h.named) for h in find_compound_measures(text)] == [
        ("fritidsgård", False),
        ("trygghetsvärd", False),
        ("nattvandring", False),
    ]


def test_a_gazetteer_measure_is_named_as_written_once_per_entry(nlp):
    from pipeline.run.process import extract

    text = (
        "Kommunen anställer fältassistenter. Fältsekreterare finns redan i Nacka. "
        "Hembesöksprogram och hembesök erbjuds alla föräldrar."
    )
    names = {i.name: i.aliases for i in extract(text, nlp).interventions}
    assert names["fältassistenter"] == ["fältsekreterare"]  # as written, the entry an alias
    assert "hembesöksprogram" in names and "hembesök" not in names  # one entry, one item


def test_quoted_and_defined_programme_names(run):
    names = run(
        "SPF startar en studiecirkel ”Tillsammans mot ensamhet” i vår. Mottagningarna "
        'kallas "Barn och ungas psykiska hälsa". Bokstart, som är en satsning på små barns '
        "språk, börjar i maj. Hagalundslyftet inleddes i år. I rapporten ”Öppna jämförelser” "
        "står det mer. Det är ett projekt som växer."
    )
    assert names["Tillsammans mot ensamhet"] is True
    assert names["Barn och ungas psykiska hälsa"] is True
    assert names["Bokstart"] is True
    assert names["Hagalundslyftet"] is True
    assert "Öppna jämförelser" not in names  # a report's title
    assert "Det" not in names


def test_a_measure_keeps_the_adjective_that_says_its_kind(run):
    names = set(
        run(
            "Kommunen erbjuder alkoholfria mötesplatser och uppsökande verksamhet, och polisen "
            "ökar sin synliga patrullering. Vi vill starta fritidsgårdar och öppnar nya "
            "fritidsgårdar."
        )
    )
    assert "alkoholfria mötesplatser" in names
    assert "uppsökande verksamhet" in names
    assert "fritidsgård" in names  # "starta" is a verb, "nya" says how many
    assert not any(n.startswith(("starta", "nya")) for n in names)
