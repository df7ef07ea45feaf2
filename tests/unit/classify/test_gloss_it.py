"""Reports written in Italian, read through the Italian phrase table (agents/classify/data/gloss/it.tsv).

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest

from agents.classify.glossing import language_of

# What each row of the table gives for every event.
FIELDS = ("base", "country", "event_date", "weapons", "munitions", "killed", "injured", "claimed_by")

# (name, title, text, published, events)
CASES = [
    (
        "an ambush on a joint patrol ('imboscata', 'pattuglia congiunta') that killed soldiers and an interpreter",
        "",
        "Due soldati americani e un interprete sono stati uccisi in un'imboscata a Palmira, in Siria, durante una "
        "pattuglia congiunta.",
        "2025-12-13",
        [(None, "Syria", "2025-12-13", ["unknown"], None, 3, None, None)],
    ),
    (
        "the wounded counted after the dead ('e altri 34 sono rimasti feriti')",
        "",
        "Tre soldati americani sono stati uccisi domenica e altri 34 sono rimasti feriti nell'attacco con un drone "
        "contro la base Tower 22 in Giordania.",
        "2024-01-30",
        [("Tower 22", "Jordan", "2024-01-28", ["drone"], 1, 3, 34, None)],
    ),
    (
        "a drone on a named base, dated by a weekday ('lunedì')",
        "Iraq, drone contro la base di Ain al-Asad",
        "Un drone ha colpito lunedì la base aerea di Ain al-Asad, nell'Iraq occidentale, che ospita truppe "
        "americane, hanno riferito fonti della sicurezza irachene.",
        "2024-01-26",
        [("Ain al-Asad Air Base", "Iraq", "2024-01-22", ["drone"], 1, None, None, None)],
    ),
    (
        "rockets counted in words, dated by the day of the month ('il 23 gennaio')",
        "",
        "Cinque razzi sono stati lanciati il 23 gennaio contro la base di Harir, nel Kurdistan iracheno, dove "
        "sono di stanza militari della coalizione internazionale.",
        "2024-01-26",
        [("Harir Air Base", "Iraq", "2024-01-23", ["rocket"], 5, None, None, None)],
    ),
    (
        "'the 24th of October' as Italian writes it ('l'attacco del 24 ottobre'), two days on",
        "",
        "Il Pentagono ha confermato che nell'attacco con razzi del 24 ottobre contro la base di Erbil sono rimasti "
        "feriti due soldati statunitensi.",
        "2023-10-26",
        [("Erbil Air Base", "Iraq", "2023-10-24", ["rocket"], None, None, 2, None)],
    ),
    (
        "wounded soldiers in words ('tre soldati americani sono rimasti lievemente feriti')",
        "",
        "Tre soldati americani sono rimasti lievemente feriti mercoledì in un attacco con razzi contro la base "
        "aerea di Erbil, ha detto un funzionario del Pentagono. Nella base sono presenti anche militari della "
        "coalizione.",
        "2024-01-26",
        [("Erbil Air Base", "Iraq", "2024-01-24", ["rocket"], None, None, 3, None)],
    ),
    (
        "'senza causare vittime né danni': nobody killed or hurt",
        "",
        "Due droni hanno preso di mira martedì sera la base di al-Tanf, in Siria, senza causare vittime né danni, "
        "secondo una fonte militare statunitense. È il terzo attacco contro la base nella stessa settimana.",
        "2024-01-26",
        [("Al-Tanf Garrison", "Syria", "2024-01-23", ["drone"], 2, 0, 0, None)],
    ),
    (
        "'non ci sono stati feriti' after rockets on a named base",
        "",
        "Quattro razzi Katyusha sono caduti giovedì all'interno della base di Ain al-Asad. Non ci sono stati "
        "feriti, ha precisato la coalizione.",
        "2024-01-26",
        [("Ain al-Asad Air Base", "Iraq", "2024-01-25", ["rocket"], 4, None, 0, None)],
    ),
    (
        "a claim by the Islamic Resistance in Iraq ('ha rivendicato')",
        "",
        "La Resistenza islamica in Iraq ha rivendicato l'attacco con droni che giovedì ha preso di mira la base "
        "americana di Ain al-Asad. Il gruppo ha diffuso il video dell'attacco sul proprio canale Telegram.",
        "2024-01-26",
        [("Ain al-Asad Air Base", "Iraq", "2024-01-25", ["drone"], None, None, None, "Islamic Resistance in Iraq")],
    ),
    (
        "a claim by Kataib Hezbollah, named as Italian copy writes it ('le Brigate di Hezbollah')",
        "",
        "Le Brigate di Hezbollah hanno rivendicato il lancio di razzi di domenica contro la base di Harir. Nella "
        "nota il gruppo ha minacciato nuovi attacchi contro gli interessi degli Stati Uniti nella regione.",
        "2024-01-26",
        [("Harir Air Base", "Iraq", "2024-01-21", ["rocket"], None, None, None, "Kataib Hezbollah")],
    ),
    (
        "Katyusha rockets by the embassy overnight ('nella notte ... vicino all'ambasciata degli Stati Uniti')",
        "",
        "Tre razzi Katyusha sono caduti nella notte vicino all'ambasciata degli Stati Uniti a Baghdad, nella "
        "Zona Verde, hanno riferito fonti della sicurezza.",
        "2024-01-26",
        [("U.S. Embassy Baghdad", "Iraq", "2024-01-26", ["rocket"], 3, None, None, None)],
    ),
    (
        "two bases in one sentence ('le basi americane di al-Tanf e di Rukban')",
        "",
        "In una nota, la Resistenza islamica in Iraq ha annunciato di aver attaccato domenica con droni carichi "
        "di esplosivo le basi americane di al-Tanf e di Rukban, in Siria. Secondo il gruppo, che è sostenuto "
        "dall'Iran, i droni hanno colpito i loro obiettivi nelle due basi.",
        "2024-01-26",
        [
            ("Al-Tanf Garrison", "Syria", "2024-01-21", ["drone"], None, None, None, "Islamic Resistance in Iraq"),
            ("Rukban site", "Syria", "2024-01-21", ["drone"], None, None, None, "Islamic Resistance in Iraq"),
        ],
    ),
    (
        "'lunedì scorso', written on a Monday, is the Monday before",
        "",
        "Un drone kamikaze si è schiantato lunedì scorso contro la base di Ain al-Asad, senza provocare feriti. "
        "Lo ha reso noto oggi la coalizione, che non ha detto chi sia il responsabile dell'attacco.",
        "2024-01-29",
        [("Ain al-Asad Air Base", "Iraq", "2024-01-22", ["drone"], 1, None, 0, None)],
    ),
    (
        "soldiers killed in a drone attack in Jordan ('ha ucciso tre soldati americani')",
        "",
        "Domenica un attacco con droni contro una base nel nord-est della Giordania, vicino al confine con la "
        "Siria, ha ucciso tre soldati americani.",
        "2024-01-29",
        [(None, "Jordan", "2024-01-28", ["drone"], None, 3, None, None)],
    ),
    (
        "a roadside bomb on a logistics convoy ('un ordigno esplosivo ... un convoglio logistico')",
        "",
        "Un ordigno esplosivo è esploso martedì al passaggio di un convoglio logistico della coalizione "
        "internazionale nella provincia di Babil, a sud di Baghdad. Non ci sono state vittime, secondo una fonte "
        "della sicurezza irachena.",
        "2024-01-26",
        [(None, "Iraq", "2024-01-23", ["ied"], None, 0, 0, None)],
    ),
    (
        "ballistic missiles at night, the soldiers' brain injuries told after ('lunedì sera', 'lesioni "
        "cerebrali traumatiche')",
        "",
        "Lunedì sera una raffica di missili balistici ha colpito la base aerea di Ain al-Asad. Il Pentagono ha "
        "confermato che quattro militari americani sono stati curati per lesioni cerebrali traumatiche.",
        "2024-01-26",
        [("Ain al-Asad Air Base", "Iraq", "2024-01-22", ["ballistic_missile"], None, None, 4, None)],
    ),
    (
        "mortar shells on a base in Syria, written with the date in full ('l'11 gennaio')",
        "",
        "Tre colpi di mortaio sono caduti l'11 gennaio all'interno della base di al-Tanf, nel sud-est della "
        "Siria, dove sono di stanza soldati statunitensi. L'attacco non ha causato feriti.",
        "2024-01-26",
        [("Al-Tanf Garrison", "Syria", "2024-01-11", ["mortar"], 3, None, 0, None)],
    ),
    (
        "a claim told as the group's claim ('secondo una rivendicazione della Resistenza islamica')",
        "",
        "Secondo una rivendicazione della Resistenza islamica in Iraq, due droni hanno colpito mercoledì la base "
        "di Harir, nel Kurdistan iracheno.",
        "2024-01-26",
        [("Harir Air Base", "Iraq", "2024-01-24", ["drone"], 2, None, None, "Islamic Resistance in Iraq")],
    ),
    (
        "the claimant named as the group that calls itself so ('da un gruppo che si fa chiamare')",
        "",
        "Un razzo è caduto martedì dentro la base di Ain al-Asad. L'attacco è stato rivendicato da un gruppo che "
        "si fa chiamare Resistenza islamica in Iraq.",
        "2024-01-26",
        [("Ain al-Asad Air Base", "Iraq", "2024-01-23", ["rocket"], 1, None, None, "Islamic Resistance in Iraq")],
    ),
    (
        "wounded counted in dozens ('almeno due dozzine sono rimasti feriti')",
        "",
        "Due soldati americani sono stati uccisi e almeno due dozzine sono rimasti feriti domenica in un attacco "
        "con droni contro un piccolo avamposto in Giordania.",
        "2024-01-30",
        [(None, "Jordan", "2024-01-28", ["drone"], None, 2, 24, None)],
    ),
    (
        "the wounded told verb first, the number before 'other' ('sono rimasti feriti altri cinque contractor "
        "civili')",
        "",
        "Otto razzi hanno colpito giovedì la base aerea di Erbil. Sono rimasti feriti altri quattro contractor "
        "civili e un soldato americano.",
        "2024-01-26",
        [("Erbil Air Base", "Iraq", "2024-01-25", ["rocket"], 8, None, 5, None)],
    ),
    (
        "nobody hurt, told with 'senza però causare feriti'",
        "",
        "Tre droni hanno preso di mira venerdì la base di al-Tanf, senza però causare feriti o danni, ha detto "
        "un portavoce della coalizione.",
        "2024-01-27",
        [("Al-Tanf Garrison", "Syria", "2024-01-26", ["drone"], 3, None, 0, None)],
    ),
    (
        "no news of wounded ('non ci sono notizie di feriti'), and a drone that 'centered' its target",
        "",
        "Un drone ha centrato sabato la base di Ain al-Asad, nell'Iraq occidentale. Al momento non ci sono "
        "notizie di feriti.",
        "2024-01-28",
        [("Ain al-Asad Air Base", "Iraq", "2024-01-27", ["drone"], 1, None, 0, None)],
    ),
    (
        "a contractor named by whom he works for ('un contractor delle forze armate americane ha perso la vita')",
        "",
        "Un contractor delle forze armate americane ha perso la vita lunedì in un attacco con un drone contro la "
        "base di al-Tanf, in Siria.",
        "2024-01-26",
        [("Al-Tanf Garrison", "Syria", "2024-01-22", ["drone"], 1, 1, None, None)],
    ),
    (
        "a near-miss: U.S. airstrikes on a militia are no attack on U.S. forces",
        "",
        "Aerei statunitensi hanno bombardato martedì postazioni di Kataib Hezbollah nell'Iraq occidentale, "
        "uccidendo due miliziani, ha comunicato il Comando centrale degli Stati Uniti.",
        "2024-01-26",
        [],
    ),
    (
        "a near-miss: the Houthis firing at a merchant ship",
        "",
        "I ribelli Houthi hanno lanciato mercoledì due missili balistici contro una nave mercantile nel Mar Rosso, "
        "senza causare feriti.",
        "2024-01-26",
        [],
    ),
    (
        "the claim told verb first, in a one-sentence report ('Rivendica l'attacco la Resistenza ...')",
        "",
        "Rivendica l'attacco la Resistenza islamica in Iraq, che ha colpito domenica la base di Ain al-Asad con droni.",
        "2024-01-23",
        [("Ain al-Asad Air Base", "Iraq", "2024-01-21", ["drone"], None, None, None, "Islamic Resistance in Iraq")],
    ),
    (
        "a near-miss: Israeli strikes on Damascus",
        "",
        "Raid aerei israeliani hanno colpito lunedì un edificio a Damasco, uccidendo cinque membri dei Pasdaran.",
        "2024-01-26",
        [],
    ),
    (
        "a near-miss: talks on the withdrawal of the coalition",
        "",
        "Il governo iracheno e gli Stati Uniti hanno avviato giovedì i colloqui sul ritiro delle truppe della "
        "coalizione internazionale dall'Iraq, ha detto il primo ministro.",
        "2024-01-26",
        [],
    ),
    (
        "a missile on the Italian base, and no one hurt among the Italian troops",
        "",
        "Un missile ha colpito martedì la base italiana a Erbil. Non ci sono feriti tra i militari italiani.",
        "2024-01-26",
        [(None, "Iraq", "2024-01-23", ["missile"], 1, None, 0, None)],
    ),
    (
        "a weekday written with an apostrophe for its accent ('venerdi\' scorso', on a Friday: the Friday before)",
        "",
        "Venerdi' scorso cinque razzi hanno colpito la base di Ain al-Asad, nell'Iraq occidentale, secondo fonti "
        "della sicurezza irachena.",
        "2024-01-26",
        [("Ain al-Asad Air Base", "Iraq", "2024-01-19", ["rocket"], 5, None, None, None)],
    ),
    (
        "Tower 22 as Italian names it, a sentence after the attack ('nella Torre 22')",
        "",
        "Tre soldati americani sono stati uccisi domenica in un attacco con un drone contro un piccolo avamposto in "
        "Giordania. L'uccisione dei tre militari nella Torre 22, vicino al confine con la Siria, è un grave segnale "
        "di escalation.",
        "2024-01-30",
        [("Tower 22", "Jordan", "2024-01-28", ["drone"], 1, 3, None, None)],
    ),
    (
        "an unharmed contingent ('il contingente americano ... è rimasto incolume'): nobody killed or hurt",
        "",
        "Un drone ha colpito giovedì la base di Harir, nel Kurdistan iracheno. Il contingente americano presente "
        "nella base è rimasto incolume.",
        "2024-01-26",
        [("Harir Air Base", "Iraq", "2024-01-25", ["drone"], 1, 0, 0, None)],
    ),
    (
        "an airport named with its kind before the city ('l'aeroporto commerciale di Erbil')",
        "",
        "La Resistenza islamica in Iraq ha rivendicato un attacco con droni contro una base Usa vicino "
        "all'aeroporto commerciale di Erbil.",
        "2023-12-27",
        [("Erbil Air Base", "Iraq", "2023-12-27", ["drone"], None, None, None, "Islamic Resistance in Iraq")],
    ),
    (
        "the claim told as the group's fighters' deed, on 'the American occupation base' ('i combattenti della "
        "Resistenza islamica in Iraq', 'la base di occupazione americana')",
        "",
        "I combattenti della Resistenza islamica in Iraq hanno preso di mira mercoledì con due droni la base di "
        "occupazione americana di Ain al-Asad, afferma una nota del gruppo.",
        "2024-01-26",
        [("Ain al-Asad Air Base", "Iraq", "2024-01-24", ["drone"], 2, None, None, "Islamic Resistance in Iraq")],
    ),
    (
        "Iranian missiles on two bases told by their country's adjective ('missili balistici iraniani', 'due basi "
        "irachene che ospitano truppe americane')",
        "",
        "Missili balistici iraniani hanno colpito l'8 gennaio due basi irachene che ospitano truppe americane, senza "
        "causare vittime.",
        "2020-01-10",
        [
            (None, "Iraq", "2020-01-08", ["ballistic_missile"], None, 0, 0, None),
            (None, "Iraq", "2020-01-08", ["ballistic_missile"], None, 0, 0, None),
        ],
    ),
]


@pytest.mark.parametrize(("title", "text", "published", "events"), [row[1:] for row in CASES],
                         ids=[row[0] for row in CASES])
def test_italian_report(title: str, text: str, published: str, events: list[tuple], events_of) -> None:
    assert [tuple(event[name] for name in FIELDS) for event in events_of(text, published, title)] == events


def test_language_of_reads_a_typical_paragraph_as_italian() -> None:
    text = ("Un drone armato ha colpito nella notte una base militare degli Stati Uniti nella Siria orientale. "
            "Lo ha reso noto una fonte della sicurezza, secondo la quale non ci sono state vittime. L'attacco è "
            "stato rivendicato dalla Resistenza islamica in Iraq, che riunisce le milizie sciite vicine all'Iran.")
    assert language_of(text) == "it"
