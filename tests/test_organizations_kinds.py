"""Organizations typed by the words around or inside their names (issue 15, fifth pass):
a name in apposition after its kind noun, and the indefinite body noun a name ends in."""

from __future__ import annotations

from conftest import orgs


def test_a_name_after_its_kind_noun_is_a_body_of_that_kind(blank):
    text = (
        "Kommunen har anlitat analysföretaget Pulsmätaren och PR-byrån Ordvik. "
        "Arbetet görs med organisationen Brobyggarna och energibolaget K.EL, "
        "som stöder föreningen Lyftet."
    )
    found = orgs(blank, text)
    assert found["Pulsmätaren"] == "company"
    assert found["Ordvik"] == "company"
    assert found["Brobyggarna"] == "association"
    assert found["K.EL"] == "company"
    assert found["Lyftet"] == "association"


def test_a_kind_noun_before_a_place_or_a_lower_case_name_gives_no_body(blank):
    text = (
        "Bolaget Kalmar-hem har inget kontor. Vi talade med föreningen Vänner för livet "
        "och med företaget Malmö om saken."
    )
    found = orgs(blank, text)
    assert "Vänner" not in found  # the name goes on in lower case: its end is unclear
    assert "Malmö" not in found  # a place
    assert "Kalmar-hem" not in found  # a capitalised kind opens a sentence, not a name


def test_x_kommun_needs_a_municipalitys_place(blank):
    from pipeline.components.organizations import rules

    text = (
        "Som kommun har vi ett ansvar. Satsningen Trygg stad startar i Falu kommun "
        "tillsammans med Göteborgs Stad."
    )
    found = orgs(blank, text)
    assert "Som kommun" not in found  # a sentence's first word
    assert "Trygg stad" not in found  # a programme's name
    assert found["Falu kommun"] == "municipality"  # its own name, not the list's "Faluns"
    assert found["Göteborgs Stad"] == "municipality"
    assert rules.code_of("Falu kommun", "municipality") == "2080"


def test_a_capitalised_name_listed_with_a_body_is_a_body(blank):
    text = (
        "Kampanjen drivs av Länsstyrelsen, Region Kronoberg, Idrottsalliansen och "
        "kommunerna. Hon spelar i FBC Kalmarsund, Vindarna och Lindsdals IF."
    )
    found = orgs(blank, text)
    assert found["Idrottsalliansen"] == "association"
    assert found["Vindarna"] == "association"


def test_a_listed_title_place_or_bare_body_word_is_no_body(blank):
    text = (
        "Frågan gäller Folkhälsomyndigheten, Landsting och regioner. Det säger "
        "Eva Berg, Region Kronoberg, Växjö. Kontakt: Fryshuset, Verksamhetschef."
    )
    found = orgs(blank, text)
    assert "Landsting" not in found
    assert "Växjö" not in found
    assert "Verksamhetschef" not in found


def test_a_body_called_by_its_dot_nu_address_in_running_text(blank):
    text = (
        "Kvällsvandring.nu arbetar för trygghet. Fakta om stiftelsen kvällsvandring.nu: se "
        "www.kvällsvandring.nu eller mejla info@ungbo.nu. Mötet hölls vid konferensen "
        "Förebygga.nu i Göteborg."
    )
    found = {name.casefold(): kind for name, kind in orgs(blank, text).items()}
    assert found["kvällsvandring.nu"] == "association"  # one body, however capitalised
    assert not any("ungbo" in name for name in found)  # an e-mail address
    assert not any("förebygga" in name for name in found)  # a conference's name
