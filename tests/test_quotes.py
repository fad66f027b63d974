"""Quotes: passages of direct speech in Swedish press releases, and who speaks them."""

from __future__ import annotations

from pipeline import extract
from pipeline.components.quotes import find_quotes
from pipeline.record.schema import Record


def speakers(record: Record) -> list[tuple[str | None, str]]:
    names = {p.id: p.name for p in record.people}
    return [(names.get(q.speaker_id or ""), q.text[:25]) for q in record.quotes]


def test_dashed_paragraph_with_attribution_and_title_after_it():
    record = extract(
        "Kommunen satsar.\n\n– Vi ska stärka föräldrarna i deras roll, säger Lars Björkman "
        "(HP), ordförande i rådet.\n"
    )
    (quote,) = record.quotes
    assert quote.text == "Vi ska stärka föräldrarna i deras roll"
    assert record.text[quote.span.start : quote.span.end] == quote.text
    assert speakers(record) == [("Lars Björkman", "Vi ska stärka föräldrarna")]
    assert quote.source == "press_quotes" and quote.explanation


def test_hyphen_without_space_and_minister_title_before_the_name():
    record = extract(
        "-En framgångsfaktor är att vi fokuserat långsiktigt, säger Inger Dahlberg.\n\n"
        "- Med detta förslag förenklas reglerna, säger infrastruktur- och bostadsminister "
        "Andreas Carlson.\n"
    )
    assert [s for s, _ in speakers(record)] == ["Inger Dahlberg", "Andreas Carlson"]


def test_quotation_marks_open_speech():
    record = extract(
        "”Sveriges stöd till Globala miljöfonden är viktigt för klimatet”, säger bistånds- "
        "och utrikeshandelsminister Johan Forssell (M).\n"
    )
    (quote,) = record.quotes
    assert quote.text.startswith("Sveriges stöd till Globala miljöfonden")
    assert speakers(record)[0][0] == "Johan Forssell"


def test_unnamed_speaker_gives_null_and_continuations_follow_the_last_named():
    text = (
        "– Vet ni vad, säger han. Vi har en föräldrarådgivare här på skolan.\n\n"
        "– Det är ett sätt att avdramatisera socialtjänsten, säger Anette Stork-Stjernström, "
        "chef för enheten.\n\n"
        "Anna Berg, Huddinge\n\nAnna Berg, Huddinge\n\n"
        "– Föräldrarådgivarna finns ute på skolorna och möter lärare.\n\n"
        "Arbetet samordnas centralt, säger Joachim Heimersson, stabschef.\n\n"
        "– Vi har jobbat på med det vi har.\n"
    )
    assert [s for s, _ in speakers(extract(text))] == [
        None,
        "Anette Stork-Stjernström",
        "Anette Stork-Stjernström",
        "Joachim Heimersson",
    ]


def test_name_line_ending_in_a_colon_names_the_speaker():
    text = "Ebba Busch, energi- och näringsminister:\n– Regelbördan måste ned och tempot upp.\n"
    assert speakers(extract(text)) == [("Ebba Busch", "Regelbördan måste ned och")]


def test_bare_name_line_with_colon_is_a_person_and_the_speaker():
    record = extract("Anna Berg (S):\n– Vi har fått fler platser i förskolan i år.\n")
    assert speakers(record) == [("Anna Berg", "Vi har fått fler platser ")]
    assert record.people[0].party == "S"


def test_speaker_named_on_the_line_after_the_quote():
    text = "”Det här är efterlängtade förslag för svenskt vattenbruk.”\nsäger Peter Kullgren.\n"
    assert speakers(extract(text)) == [("Peter Kullgren", "Det här är efterlängtade ")]


def test_speech_run_attributed_at_its_end_and_a_quote_running_over_two_lines():
    text = (
        "Besöket gällde arbetsmarknaden.\n\n"
        "– Alla blir vinnare om det här fungerar bättre än idag.\n\n"
        "– Att hitta fler vägar till arbete är prioriterat, säger arbetsmarknads- och "
        "integrationsminister Johan Pehrson.\n\n"
        "– Jag är övertygad om att svenska system är av intresse.\n"
        "Jag ser fram emot samarbetet, säger försvarsminister Pål Jonson.\n"
    )
    assert [s for s, _ in speakers(extract(text))] == [
        "Johan Pehrson",
        "Johan Pehrson",
        "Pål Jonson",
    ]


def test_a_party_spokesperson_with_a_plural_modifier_title_is_the_speaker():
    text = (
        "– Museet ska öppna igen, säger kulturminister Parisa Liljestrand.\n\n"
        "– Vi har samsyn om museet, säger Sverigedemokraternas kulturpolitiska talesperson "
        "Alexander Christiansson.\n"
    )
    record = extract(text)
    assert [s for s, _ in speakers(record)] == ["Parisa Liljestrand", "Alexander Christiansson"]
    assert record.people[1].roles == ["Sverigedemokraternas kulturpolitiska talesperson"]


def test_a_title_without_a_name_is_the_person_named_with_it_before_else_unnamed():
    text = (
        "– Vi stöder Ukraina, säger bistånds- och utrikeshandelsminister Benjamin Dousa.\n\n"
        "– HUG utmärker sig genom sin kreativitet, säger bistånds- och "
        "utrikeshandelsministern.\n\n"
        "– Skatterna ska sänkas, säger finansministern.\n"
    )
    assert [s for s, _ in speakers(extract(text))] == ["Benjamin Dousa", "Benjamin Dousa", None]


def test_first_name_attribution_joins_the_full_name():
    text = (
        "– Vi startar nu, säger Iréne Svensson, samordnare.\n\n"
        "– Och vi fortsätter med fler grupper i höst, berättar Iréne.\n"
    )
    record = extract(text)
    assert [s for s, _ in speakers(record)] == ["Iréne Svensson", "Iréne Svensson"]
    assert record.quotes[1].speaker_name == "Iréne"


def test_a_quoted_phrase_or_document_quotation_is_not_speech():
    text = (
        "”Årets förebyggande kommun” tilldelas varje år en kommun.\n\n"
        "Beredningen ska ”bereda, utveckla och samordna ärenden som rör trygghet”.\n"
    )
    assert find_quotes(text) == []


def test_markdown_list_items_are_not_speech():
    text = (
        "Regeringen föreslår:\n\n- Ett nytt register för donationer\n- Skärpta krav på tillstånd\n"
    )
    assert find_quotes(text) == []


def test_speech_without_an_attribution_or_earlier_speaker_has_no_speaker():
    (quote,) = find_quotes("Inledning.\n\n– Alla barn har rätt till en trygg uppväxt.\n")
    assert quote.speaker is None


def test_a_minus_sign_or_figure_dash_opens_speech_with_or_without_a_space():
    record = extract(
        "Regeringen ger uppdrag.\n\n"
        "− Influencers som gör reklam behöver granskas, säger civilminister Erik Slottner.\n\n"
        "−Varje dag möts barn av ett ständigt flöde av reklam, säger socialminister "
        "Jakob Forssmed.\n\n"
        "‒ Barn och unga är särskilt sårbara, säger jämställdhets-och arbetslivsminister "
        "Nina Larsson.\n"
    )
    assert speakers(record) == [
        ("Erik Slottner", "Influencers som gör rekla"),
        ("Jakob Forssmed", "Varje dag möts barn av et"),
        ("Nina Larsson", "Barn och unga är särskilt"),
    ]


def test_guillemets_open_speech_but_a_quoted_title_does_not():
    record = extract(
        "»Vi ska stärka skyddet för barn i hela landet», säger socialminister Jakob Forssmed.\n\n"
        "»Barnkonventionen» är ett dokument som regeringen hänvisar till.\n"
    )
    assert speakers(record) == [("Jakob Forssmed", "Vi ska stärka skyddet för")]


def test_a_minus_sign_in_running_text_is_no_quote():
    record = extract("Temperaturen var −5 grader i går, säger Anna Berg.\n")
    assert record.quotes == []


def test_an_unhyphenated_coordinated_title_keeps_the_speaker():
    record = extract(
        "– Vi gör det enklare att ställa om, säger klimat och miljöminister Romina Pourmokhtari.\n"
    )
    assert speakers(record) == [("Romina Pourmokhtari", "Vi gör det enklare att st")]


def test_a_dashed_paragraph_cut_off_by_the_end_of_the_text_has_no_speaker():
    from pipeline.components.quotes import find_quotes

    text = (
        "– Vi är glada över beslutet, säger Anna Berg, socialchef.\n\n"
        "– Det här är bara början, och vi kommer att fortsätta arbetet med\n\n"
        "Mer text om något annat.\n\n"
        "– Nu ska vi också se över hur många som behöver st"
    )
    speakers = [(text[p.start : p.start + 12], p.speaker) for p in find_quotes(text)]
    assert speakers == [
        ("Vi är glada ", "Anna Berg"),
        ("Det här är b", "Anna Berg"),  # not at the end: continues the last speaker
        ("Nu ska vi oc", None),  # runs into the cut end of the text
    ]


def test_saeger_hon_points_back_to_the_person_named_just_before(nlp):
    from pipeline.run.process import extract

    text = (
        "Kommunstyrelsens ordförande Carina Wutzler (M) är övertygad om att värdarna behövs.\n\n"
        "- Genom ökad närvaro ska dialogen med invånarna förbättras, säger hon.\n"
    )
    record = extract(text, nlp)
    names = {p.id: p.name for p in record.people}
    assert [names.get(q.speaker_id or "") for q in record.quotes] == ["Carina Wutzler"]
    # further up, "han" may be someone never named: no speaker
    text = (
        "Joachim Heimersson, stabschef, Huddinge\n\n"
        "En lärare har ett möte med en elev. Han ser att något är fel.\n\n"
        "– Vet ni vad, säger han. Vi har en föräldrarådgivare här på skolan.\n"
    )
    assert [q.speaker_id for q in extract(text, nlp).quotes] == [None]


def test_an_attribution_wrapped_onto_the_next_line_names_the_speaker(nlp):
    from pipeline.run.process import extract

    text = (
        "Polisen satsar.\n\n"
        "– Vi gör flera offensiva satsningar inom ramen för vårt arbete mot\n"
        "att ungdomar dras in i grov kriminalitet, säger\n"
        "polischefen Carin Götblad.\n"
    )
    record = extract(text, nlp)
    names = {p.id: p.name for p in record.people}
    assert [names.get(q.speaker_id or "") for q in record.quotes] == ["Carin Götblad"]


def test_speaker_after_a_title_the_lexicon_does_not_know():
    """ "säger kriminologen X", "förklarar kommunens lokalvårdare, X", "säger Föreningen
    Gröntorps ordförande X": the name after the title is the speaker, not the body."""
    cases = {
        "– Forskningen ger bättre verktyg, säger kriminologen Sara Lindqvist vid universitetet.": (
            "Sara Lindqvist"
        ),
        "– Vi måste byta filter först, förklarar kommunens lokalvårdare, Tomas Ek.": "Tomas Ek",
        "”Vi träffas varje vecka i vinter”, säger Föreningen Gröntorps ordförande Eva Holm.": (
            "Eva Holm"
        ),
    }
    for text, speaker in cases.items():
        assert [p.speaker for p in find_quotes(text)] == [speaker], text


def test_a_name_after_a_pronoun_and_a_preposition_is_not_the_speaker():
    for text in (
        "– Det här gick bra i år, säger hon till Anna Berg.",
        "– Det här gick bra i år, säger han och tittar på Per Ek.",
    ):
        assert [p.speaker for p in find_quotes(text)] == [None], text


def test_the_one_person_the_paragraph_above_introduces_speaks_the_dashed_paragraph():
    text = (
        "– Vi har fått många nya medlemmar i år, säger Lena Dahl, sekreterare.\n\n"
        "Föreningens ordförande sedan två år heter Johan Strand.\n\n"
        "– Intresset för att gå ut på kvällarna har ökat under hösten.\n\n"
        "Målet är femtio föreningar innan året är slut.\n\n"
        "– Det är ideellt arbete och ingen ska behöva gå varje helg.\n"
    )
    record = extract(text)
    assert [s for s, _ in speakers(record)] == ["Lena Dahl", "Johan Strand", "Johan Strand"]
    assert record.quotes[1].rule == "quote.introduced_above"


def test_a_pronoun_with_no_name_above_is_the_speaker_of_the_quote_before():
    text = (
        "– Domarna har kommit snabbare än vi trodde, säger Maria Holmberg.\n\n"
        "Som samordnare håller hon ihop stödet till kontoren i hela landet.\n\n"
        "– Det ligger lite i sakens natur att det tar tid, säger hon.\n"
    )
    assert [s for s, _ in speakers(extract(text))] == ["Maria Holmberg", "Maria Holmberg"]


def test_a_capitalised_speech_verb_after_the_closing_mark_attributes_the_quote():
    text = "”Det här är oroande läsning för alla som hyr.” Säger Kim Holm, ledamot i styrelsen."
    (quote,) = find_quotes(text)
    assert (quote.speaker, text[quote.start : quote.end]) == (
        "Kim Holm",
        "Det här är oroande läsning för alla som hyr.",
    )


def test_an_unmarked_paragraph_under_a_colon_line_is_the_named_speakers():
    text = (
        "Beslutet kom i går.\n\n"
        "Lars Öberg, kommunalråd för Partiet i Vetlanda kommun, kommenterar:\n\n"
        "Vi ser det som en självklarhet att göra allt för att skydda invånarna.\n\n"
        "Kontakt:\nEva Ek:\nTelefon 08-123 45 67, ring gärna efter lunch i morgon.\n"
    )
    assert [(p.speaker, p.rule) for p in find_quotes(text)] == [
        ("Lars Öberg", "quote.below_colon_line")
    ]


def test_a_first_person_paragraph_closed_by_a_named_attribution_is_speech():
    text = (
        "Behovet av platser minskar.\n\n"
        "Vi ser ett minskat behov av boende och det måste vi agera utifrån, säger Rolf "
        "Stenberg, ordförande i nämnden.\n\n"
        "Kommunen ser också ett ökat behov av hemtjänst, säger Rolf Stenberg.\n"
    )
    (quote,) = find_quotes(text)
    assert quote.speaker == "Rolf Stenberg" and quote.rule == "quote.unmarked"
    assert text[quote.start : quote.end].endswith("agera utifrån")


def test_a_paragraph_in_quotation_marks_after_speech_goes_on_with_its_speaker():
    text = (
        "”Vi vet att ensamheten är stor bland äldre i kommunen”, säger Karin Ljung.\n\n"
        "Träffarna hålls i Cirkelhuset.\n\n"
        "”Sedan ska vi arbeta fram en plan för hur vi når fler.\n"
    )
    assert [p.speaker for p in find_quotes(text)] == ["Karin Ljung", "Karin Ljung"]
    heading_first = "”Trygg i centrum hela sommaren.”\n\nKommunen startar en satsning.\n"
    assert find_quotes(heading_first) == []


def test_a_capitalised_speech_verb_opening_a_question_is_no_attribution():
    """ "Tror Anna Berg att …" asks a question: only a lower-case verb, or a capital one
    right after the closing mark, attributes speech."""
    text = (
        "– Det blir fler platser i höst. Tror Anna Berg att det räcker? Nej, inte alls, "
        "säger ordföranden.\n"
    )
    assert [(p.speaker, p.rule) for p in find_quotes(text)] == [(None, "quote.unnamed")]


def test_speech_opened_inside_a_paragraph_needs_an_attribution():
    """The layout lost the line break before the dash or mark: speech opens after a
    sentence's end inside the paragraph, when an attribution closes it."""
    text = (
        "Staden har tecknat avtal med bolaget. – Vi är väldigt glada över förtroendet, säger "
        "bolagets vice vd Karin Ström. Avtalet gäller från mars.\n\n"
        "Det menar Per Lund, som leder arbetet. ” Vi vill inte starta något nytt i år”, säger "
        "han.\n\n"
        "Polisen var ute i helgen. - Stämningen var lugn och vi hade många bra samtal förklarar "
        "Sven Ek, ungdomsgruppen. Regnet hjälpte till.\n\n"
        "Kostnaden blev 3 - 4 miljoner. - Det är mycket pengar för en liten kommun.\n"
    )
    assert [(p.speaker, p.rule, text[p.start : p.end]) for p in find_quotes(text)] == [
        ("Karin Ström", "quote.inline", "Vi är väldigt glada över förtroendet"),
        (None, "quote.inline", "Vi vill inte starta något nytt i år"),
        ("Sven Ek", "quote.inline", "Stämningen var lugn och vi hade många bra samtal"),
    ]
    names = {p.id: p.name for p in extract(text).people}
    assert [names.get(q.speaker_id or "") for q in extract(text).quotes] == [
        "Karin Ström",
        "Per Lund",
        "Sven Ek",
    ]


def test_list_items_and_a_quoted_heading_after_speech_are_not_speech():
    text = (
        "– Vi har fått många nya medlemmar, säger Lena Dahl.\n\n"
        "I avtalet lyfts tre forum fram för samarbetet:\n"
        "- Samverkansgruppen för unga (SSPF)\n"
        "- Rådet för trygghet och hälsa\n\n"
        "”Ett arbete som tar tid”\n\n"
        "– Intresset för att gå ut har ökat under hösten.\n"
    )
    assert [(p.speaker, text[p.start : p.end]) for p in find_quotes(text)] == [
        ("Lena Dahl", "Vi har fått många nya medlemmar"),
        ("Lena Dahl", "Intresset för att gå ut har ökat under hösten."),
    ]


def test_a_pronoun_followed_by_a_verb_is_a_clause_of_the_speech_not_its_attribution():
    text = (
        "– Vi har inlett samtal med föreningarna. Genom dessa samarbeten, hoppas vi kunna "
        "locka fler unga, berättar Per Ek. Lokalen öppnar i mars.\n"
    )
    assert [(p.speaker, p.rule) for p in find_quotes(text)] == [("Per Ek", "quote.named")]


def test_a_speaker_named_only_by_a_title_is_the_person_named_before_with_that_role():
    text = (
        "Anna Berg är socialchef i Ekby kommun och Per Ek är ordförande i nämnden.\n\n"
        "– Vi har inlett samtal om samarbeten med grannkommunerna, säger socialchefen.\n\n"
        "– Det tar tid men vi kommer i mål, säger ordföranden.\n\n"
        "– Alla måste hjälpas åt i det här arbetet, säger kommunalrådet.\n"
    )
    record = extract(text)
    assert [s for s, _ in speakers(record)] == ["Anna Berg", "Per Ek", None]
    assert [q.rule for q in record.quotes][:2] == ["quote.title_before"] * 2


def test_speech_below_a_colon_intro_a_name_line_or_speech_ending_in_a_colon():
    """The paragraph above opens the speech: "Per Ek, …, tror att …:" names its speaker,
    so does a name line ("Eva Lind, gruppledare (SD)") and speech ending "… förklarar
    vidare:", also where the text is cut off mid-sentence."""
    colon_intro = (
        "– Tryggheten har ökat i centrum i år, säger Lena Dahl, samordnare.\n\n"
        "Per Ek, närpolischef i Ekby, tror att polisens synlighet är en annan faktor:\n\n"
        "– Vi har satsat mycket på fotpatruller i centrum under hela hösten.\n"
    )
    assert [s for s, _ in speakers(extract(colon_intro))] == ["Lena Dahl", "Per Ek"]
    name_line = (
        "Partiet begär ett extra möte.\n\n"
        "Eva Lind, gruppledare (SD)\n"
        "– Ekby har skakats av skadegörelse och vi känner stor oro för invånarna.\n"
    )
    assert [s for s, _ in speakers(extract(name_line))] == ["Eva Lind"]
    goes_on = (
        "– Många sköter sig perfekt, säger Maria Holm och förklarar vidare:\n\n"
        "– Har vi en elev som inte trivs i skolan försöker vi"
    )
    assert [s for s, _ in speakers(extract(goes_on))] == ["Maria Holm", "Maria Holm"]


def test_a_first_person_paragraph_with_its_attribution_wrapped_onto_the_next_line():
    text = (
        "Bidraget fördelas i vår.\n"
        "När vi stärker stödet till dem som utsätts för våld tar vi viktiga steg framåt,\n"
        "säger Anna Berg, utvecklingsledare vid Länsstyrelsen i Ekby.\n"
    )
    (quote,) = find_quotes(text)
    assert (quote.speaker, quote.rule) == ("Anna Berg", "quote.unmarked")
    assert text[quote.start : quote.end].endswith("viktiga steg framåt")


def test_a_paragraph_below_that_says_who_spoke_names_the_speaker():
    """ "Det säger Karin Lund (M), …" below a first-person paragraph (no dash) or below a
    dashed one, a blank line between, names who said it."""
    text = (
        "Nu blir biblioteket mer öppet.\n\n"
        "Biblioteken ska vara öppna för alla som vill läsa. Med tjänsten kan vi nå "
        "nya grupper bland invånarna.\n\n"
        "Det säger Karin Lund (M), ordförande i kulturnämnden.\n\n"
        "– Vi är mycket nöjda med hur det har gått under året.\n\n"
        "Det säger Per Ek, bibliotekschef.\n"
    )
    assert [(p.speaker, p.rule) for p in find_quotes(text)] == [
        ("Karin Lund", "quote.said_below"),
        ("Per Ek", "quote.attributed_below"),
    ]


def test_a_bulleted_paragraph_closed_by_a_named_attribution_is_speech():
    text = (
        "Kommunen får 65 miljoner mer.\n\n"
        "  •  Detta är en tydlig markering från partiet. Med pengarna kan vi göra mer, säger "
        "Eva Ek, kandidat till kommunfullmäktige.\n"
        "  • Fler lärare i skolan\n"
        "  • Bättre äldreomsorg, säger vi.\n"
    )
    assert [(p.speaker, text[p.start : p.end]) for p in find_quotes(text)] == [
        ("Eva Ek", "Detta är en tydlig markering från partiet. Med pengarna kan vi göra mer")
    ]


def test_the_first_of_a_run_of_speech_takes_the_speaker_named_inside_the_next_passage():
    text = (
        "– Att komma tillbaka känns som att komma hem!\n\n"
        "– Det är härligt att vara en del av gruppen, säger fältaren Malin Ek med ett "
        "stort leende. Jag trivs verkligen här.\n"
    )
    assert [(p.speaker, p.rule) for p in find_quotes(text)] == [
        ("Malin Ek", "quote.first_of_run"),
        ("Malin Ek", "quote.named"),
    ]


def test_an_attribution_the_layout_broke_into_a_paragraph_of_its_own():
    text = (
        "Kampanjen pågår i april.\n\n"
        "Det är viktigt att veta att man som förälder spelar stor roll. Vi vill därför "
        "uppmana föräldrarna att stå på sig.\n\n"
        "säger Anna Sjö, samordnare, Länsstyrelsen i Ekby.\n\n"
        "– Vi är många som arbetar mot samma mål i hela länet.\n\n"
        "säger Per Ek, polis.\n"
    )
    assert [(p.speaker, p.rule) for p in find_quotes(text)] == [
        ("Anna Sjö", "quote.said_below"),
        ("Per Ek", "quote.attributed_below"),
    ]


def test_a_dashed_list_under_a_colon_line_without_a_speech_verb_is_not_speech():
    text = (
        "Med anledning av detta yrkar partiet:\n\n"
        "- Att kommunen anlitar fler vakter som går runt i centrum på kvällarna.\n\n"
        "– Vi vill se fler vuxna ute på kvällarna, säger Eva Ek.\n\n"
        "Per Ek, närpolischef, tror att synligheten är en annan faktor:\n\n"
        "– Vi har satsat mycket på fotpatruller i centrum under hösten.\n"
    )
    assert [p.speaker for p in find_quotes(text)] == ["Eva Ek", "Per Ek"]


def test_speech_cut_off_after_a_sentence_introducing_its_speaker_is_theirs():
    """Speech cut off by the text's end takes the person the last sentence above
    introduces; a name earlier in that paragraph (a finding cited) is no introduction."""
    introduced = (
        "– Vi har fått fler medlemmar i år, säger Lena Dahl, sekreterare.\n\n"
        "Arbetet har pågått i flera år. Per Ek är kommunpolis i Ekby och "
        "ansvarar för trygghetsarbetet i kommunen.\n\n"
        "– Bland annat har vi startat nya grupper i bostadsområdet vid"
    )
    assert [s for s, _ in speakers(extract(introduced))] == ["Lena Dahl", "Per Ek"]
    cited = (
        "– Vi har fått fler medlemmar i år, säger Lena Dahl, sekreterare.\n\n"
        "Hälsan beror på flera faktorer, menar Per Ek. Enligt dessa bör "
        "eleverna inte skolka eller använda tobak.\n\n"
        "– Ungdomar som inte har skolkat mår bättre jämfört med de"
    )
    assert [s for s, _ in speakers(extract(cited))] == ["Lena Dahl", None]


def test_quotation_marks_after_a_colon_whose_clause_attributes_them_are_speech():
    """Så här säger Anna Berg, ordförande: ”Vi …” inside a paragraph is her speech; a
    colon clause with no speech verb or naming two people attributes nothing."""
    said = (
        "Ekby kommun inför nya regler i höst. Så här säger Anna Berg, ordförande i "
        "nämnden: ”Vi är glada över beslutet och ser fram emot arbetet.” Mer text följer.\n"
    )
    assert speakers(extract(said)) == [("Anna Berg", "Vi är glada över beslutet")]
    assert extract(said).quotes[0].text.endswith("arbetet.")
    mistyped = "Nämnden har beslutat. Anna Berg skriver; ”Vi tar ansvar för hela kedjan nu.”\n"
    assert speakers(extract(mistyped)) == [("Anna Berg", "Vi tar ansvar för hela ke")]
    no_verb = "Nämnden har beslutat. Rapporten från Anna Berg: ”Ett tryggare Ekby för alla.”\n"
    assert extract(no_verb).quotes == []
    two = "Nämnden har beslutat. Anna Berg och Per Ek säger: ”Vi tar ansvar för kedjan.”\n"
    assert extract(two).quotes == []


def test_a_paragraph_about_others_before_its_first_person_is_not_speech():
    """A paragraph closed by "…, säger Anna Berg" that speaks of "de" before its first
    "vi" is narrative about a unit; opened in the first person, it is her speech."""
    about = (
        "Ekby kommun har fler självförsörjande hushåll i år.\n\n"
        "Enheten för arbete har länge jobbat med frågan. De samarbetar med skolan och "
        "näringslivet. Tillsammans har vi hittat praktikplatser åt många, säger Anna Berg, "
        "enhetschef.\n"
    )
    assert extract(about).quotes == []
    spoken = (
        "Ekby kommun har fler självförsörjande hushåll i år.\n\n"
        "Vi har länge jobbat med frågan. De samarbetar med skolan och näringslivet och "
        "har hittat praktikplatser åt många, säger Anna Berg, enhetschef.\n"
    )
    assert speakers(extract(spoken)) == [("Anna Berg", "Vi har länge jobbat med f")]
