"""Contacts: phone numbers (E.164 via `phonenumbers`) and e-mail addresses.

Writes the span group `contacts` (`doc._.contacts`); reads no other group.
"""

from __future__ import annotations

import phonenumbers
import regex
from spacy.tokens import Doc

from ..language.component import component
from ..language.span_groups import attr
from ..language.spans import add_span, text_of

GROUP = "contacts"

# name@host, also obfuscated as name[at]host, name [at] host, name(at)host.
# What stands for "@" in an address: the alternatives of _EMAIL's second group.
_AT_SIGNS = ("@", "[at]", "(at)", "[snabel-a]")
_EMAIL = regex.compile(
    r"(?<![\w.+-])([\w.+-]+?)\s?(@|\[at\]|\(at\)|\[snabel-a\])\s?([\w-]+(?:\.[\w-]+)*\.[a-z]{2,})\b",
    regex.I,
)
# A phone label right before a number makes it certain.
_PHONE_LABEL = regex.compile(
    r"(tel|telefon|tfn|mobil|mobiltelefon|växel|direkt|fax)\.?:?\s*$", regex.I
)
# Swedish numbers in text start with 0 (national prefix), +46 or 0046; this rule keeps
# amounts such as "5 062 619 kr" from being read as numbers without a prefix.
_PREFIX = regex.compile(r"^(\+|00|0)")


def find_emails(text: str) -> list[tuple[int, int, str, bool]]:
    """(start, end, normalised address, obfuscated) for each e-mail address."""
    folded = text.casefold()  # _EMAIL ignores case
    if not any(at in folded for at in _AT_SIGNS):
        return []  # most releases give no address: a substring test spares the regex's scan
    found = []
    for match in _EMAIL.finditer(text):
        local, at, host = match.group(1).strip("."), match.group(2), match.group(3)
        if not local:
            continue
        start = match.start(1) + match.group(1).index(local)
        found.append((start, match.end(), f"{local}@{host}".lower(), at != "@"))
    return found


def find_phones(text: str) -> list[tuple[int, int, str, float]]:
    """(start, end, E.164, score) for each Swedish or international phone number."""
    found = []
    for match in phonenumbers.PhoneNumberMatcher(text, "SE", leniency=phonenumbers.Leniency.VALID):
        if not _PREFIX.match(match.raw_string):
            continue
        e164 = phonenumbers.format_number(match.number, phonenumbers.PhoneNumberFormat.E164)
        labelled = bool(_PHONE_LABEL.search(text[max(0, match.start - 20) : match.start]))
        found.append((match.start, match.end, e164, 0.98 if labelled else 0.9))
    return found


def annotate_contacts(doc: Doc, source: str) -> None:
    """Writes phone and e-mail spans to `doc.spans["contacts"]` (labels PHONE, EMAIL)."""
    for start, end, address, obfuscated in find_emails(text_of(doc)):
        how = "obfuscated address pattern" if obfuscated else "e-mail address pattern"
        add_span(
            doc,
            GROUP,
            start,
            end,
            "EMAIL",
            score=0.99,
            source=source,
            value=address,
            rule="contact.email_obfuscated" if obfuscated else "contact.email",
            explain=how,
        )
    for start, end, e164, score in find_phones(text_of(doc)):
        add_span(
            doc,
            GROUP,
            start,
            end,
            "PHONE",
            score=score,
            source=source,
            value=e164,
            rule="contact.phone",
            explain="valid number per phonenumbers (region SE)",
        )


make_contacts = component(
    "press_contacts",
    annotate_contacts,
    assigns=["doc.spans", attr("contacts")],
    requires=[],
)
