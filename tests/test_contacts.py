from __future__ import annotations

from pipeline.components.contacts import find_emails, find_phones


def test_phones_normalised_to_e164():
    text = "Ring 08-535 301 65 eller mobil: 070-326 63 80, växel +46 8 508 290 00."
    assert [p[2] for p in find_phones(text)] == ["+46853530165", "+46703266380", "+46850829000"]


def test_emergency_numbers_and_amounts_are_not_phones():
    text = "Ring 112 vid fara, 114 14 annars. Kostnaden blev 5 062 619 kr för 0-18 år, 2019-03-01."
    assert find_phones(text) == []


def test_obfuscated_emails_are_written_as_real_ones():
    text = "Mejla anna.berg[at]umea.se, bo [at] kommun.se eller Per.Ek@Huddinge.se."
    assert [e[2] for e in find_emails(text)] == [
        "anna.berg@umea.se",
        "bo@kommun.se",
        "per.ek@huddinge.se",
    ]


def test_email_span_excludes_trailing_period():
    text = "Skriv till per.ek@huddinge.se."
    ((start, end, _, _),) = find_emails(text)
    assert text[start:end] == "per.ek@huddinge.se"


class _Unscanned:
    """A pattern that must not be run."""

    def finditer(self, text):
        raise AssertionError("the text was scanned")


def test_a_text_without_an_at_sign_is_not_scanned_for_addresses(monkeypatch):
    from pipeline.components import contacts

    assert [f[2] for f in find_emails("Skriv till Anna.Berg [AT] Kommun.se.")] == [
        "anna.berg@kommun.se"
    ]
    monkeypatch.setattr(contacts, "_EMAIL", _Unscanned())
    assert find_emails("Ring Anna Berg på 08-123 45 67 eller skriv ett brev.") == []
