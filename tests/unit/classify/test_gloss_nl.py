"""Dutch reports read through the Dutch phrase table (data/gloss/nl.tsv): compounds (droneaanval,
luchtmachtbasis), dates written "op 24 januari" or "dinsdagavond", participles closing the clause ("zijn gewond
geraakt"), casualty and claim phrases, and near-misses that must give no attack.

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
        "a drone attack on a named air base on a weekday ('op maandag')",
        "Droneaanval op Amerikaanse basis in Irak",
        "Een drone heeft op maandag de luchtmachtbasis Ain al-Asad in West-Irak aangevallen. De drone werd volgens "
        "het Pentagon door de luchtverdediging neergeschoten.",
        "2024-01-26",
        [("Ain al-Asad Air Base", "Iraq", "2024-01-22", ["drone"], 1, None, None, None)],
    ),
    (
        "a count of rockets and a written date ('op 24 januari')",
        "",
        "Op 24 januari zijn minstens vijf raketten ingeslagen op de militaire basis Harir ten noorden van Erbil, "
        "meldden veiligheidsbronnen.",
        "2024-01-26",
        [("Harir Air Base", "Iraq", "2024-01-24", ["rocket"], 5, None, None, None)],
    ),
    (
        "wounded soldiers, the participle last ('zijn licht gewond geraakt')",
        "",
        "Een drone trof woensdag de basis Al-Tanf in Syrië. Drie Amerikaanse soldaten zijn daarbij licht gewond "
        "geraakt, zei het Pentagon.",
        "2024-01-26",
        [("Al-Tanf Garrison", "Syria", "2024-01-24", ["drone"], 1, None, 3, None)],
    ),
    (
        "Katyusha rockets on an evening ('dinsdagavond') and 'Er vielen geen gewonden'",
        "",
        "Twee Katjoesja-raketten sloegen dinsdagavond in nabij de basis Victory bij de luchthaven van Bagdad. Er "
        "vielen geen gewonden.",
        "2024-01-26",
        [("Victory Base Complex", "Iraq", "2024-01-23", ["rocket"], 2, None, 0, None)],
    ),
    (
        "'no casualties or damage' after a drone attack on the day before ('gisteren')",
        "",
        "Twee drones hebben gisteren de Amerikaanse basis in het olieveld Conoco in Oost-Syrië aangevallen. De "
        "aanval veroorzaakte geen slachtoffers of schade, aldus een woordvoerder van de coalitie.",
        "2024-01-26",
        [("Mission Support Site Euphrates", "Syria", "2024-01-25", ["drone"], 2, 0, 0, None)],
    ),
    (
        "a claim by the Islamic Resistance in Iraq ('eiste de aanval op')",
        "",
        "Het Islamitisch Verzet in Irak eiste de droneaanval op de basis Harir van donderdag op in een verklaring op "
        "Telegram. Over schade is niets bekend.",
        "2024-01-26",
        [("Harir Air Base", "Iraq", "2024-01-25", ["drone"], None, None, None, "Islamic Resistance in Iraq")],
    ),
    (
        "a claim by Kataib Hezbollah, the participle last ('heeft ... opgeëist')",
        "",
        "Kataib Hezbollah heeft de verantwoordelijkheid voor de raketaanval op de basis Ain al-Asad van zondag "
        "opgeëist.",
        "2024-01-26",
        [("Ain al-Asad Air Base", "Iraq", "2024-01-21", ["rocket"], None, None, None, "Kataib Hezbollah")],
    ),
    (
        "rockets on the U.S. embassy in Baghdad, 'without casualties'",
        "",
        "Drie raketten zijn vrijdag op de Amerikaanse ambassade in Bagdad afgevuurd. Volgens de politie kwamen ze neer in "
        "de Groene Zone, zonder slachtoffers te maken.",
        "2024-01-26",
        [("U.S. Embassy Baghdad", "Iraq", "2024-01-26", ["rocket"], 3, 0, 0, None)],
    ),
    (
        "two bases in one article, each with its weapon",
        "",
        "Vijf raketten zijn maandag ingeslagen op de luchtmachtbasis Ain al-Asad. Op dinsdag werd de basis Al-Tanf "
        "in Syrië aangevallen met een drone.",
        "2024-01-26",
        [
            ("Ain al-Asad Air Base", "Iraq", "2024-01-22", ["rocket"], 5, None, None, None),
            ("Al-Tanf Garrison", "Syria", "2024-01-23", ["drone"], 1, None, None, None),
        ],
    ),
    (
        "an attack 'last Wednesday' ('afgelopen woensdag') on a convoy, with a roadside bomb",
        "",
        "Een bermbom heeft afgelopen woensdag een logistiek konvooi van de internationale coalitie in het zuiden "
        "van Irak getroffen. Er vielen geen slachtoffers.",
        "2024-01-26",
        [(None, "Iraq", "2024-01-24", ["ied"], None, 0, 0, None)],
    ),
    (
        "killed troops, the participle last ('zijn ... gedood')",
        "",
        "Drie Amerikaanse militairen zijn zondag bij een droneaanval op de basis Tower 22 in Jordanië gedood. Ruim "
        "dertig andere militairen zijn gewond geraakt.",
        "2024-01-30",
        [("Tower 22", "Jordan", "2024-01-28", ["drone"], None, 3, 30, None)],
    ),
    (
        "an attack in the night ('in de nacht van zaterdag op zondag') dated to the second day",
        "",
        "In de nacht van zaterdag op zondag is de luchthaven van Erbil, waar Amerikaanse troepen gelegerd zijn, "
        "aangevallen met drie drones. Twee drones werden onderschept.",
        "2024-01-30",
        [("Erbil Air Base", "Iraq", "2024-01-28", ["drone"], 3, None, None, None)],
    ),
    (
        "near-miss: U.S. airstrikes on militias in Iraq",
        "VS voeren luchtaanvallen uit op milities",
        "Amerikaanse gevechtsvliegtuigen hebben donderdag luchtaanvallen uitgevoerd op stellingen van door Iran "
        "gesteunde milities in Irak. Daarbij werden volgens het Pentagon een wapendepot en een hoofdkwartier "
        "vernietigd.",
        "2024-01-26",
        [],
    ),
    (
        "near-miss: Houthi attacks on ships in the Red Sea",
        "Houthi's vallen opnieuw schepen aan",
        "De Houthi-rebellen in Jemen hebben zondag opnieuw vrachtschepen in de Rode Zee beschoten met drones en "
        "raketten. Een Amerikaans marineschip onderschepte meerdere drones.",
        "2024-01-26",
        [],
    ),
    (
        "near-miss: Israeli strikes near Damascus",
        "Israëlische luchtaanvallen in Syrië",
        "Israëlische straaljagers hebben dinsdag doelen in de buurt van Damascus bestookt. Volgens het Syrische "
        "leger werden daarbij verscheidene raketten onderschept.",
        "2024-01-26",
        [],
    ),
    (
        "near-miss: talks on the withdrawal of U.S. troops",
        "Gesprekken over terugtrekking",
        "Bagdad en Washington zijn gesprekken begonnen over de terugtrekking van de Amerikaanse troepen uit Irak. "
        "De coalitie zal haar aanwezigheid in de komende maanden verkleinen, zei een woordvoerder.",
        "2024-01-26",
        [],
    ),
    (
        "a headline with 'bij' before an attack noun without article ('gedood bij raketaanval')",
        "Twee Amerikaanse militairen gedood bij raketaanval op basis in Syrië",
        "Bij een raketaanval op de basis Al-Tanf in Syrië zijn vrijdag twee Amerikaanse militairen gedood, meldt het "
        "Pentagon.",
        "2024-01-26",
        [("Al-Tanf Garrison", "Syria", "2024-01-26", ["rocket"], None, 2, None, None)],
    ),
    (
        "the Belgian 'viseren' (to target) and a weekday evening written without its 'a' ('zondagvond')",
        "",
        "Zondagvond viseerden drie raketten de luchthaven van Bagdad, waar Amerikaanse troepen gelegerd zijn. Er "
        "vielen geen slachtoffers.",
        "2024-01-26",
        [("Victory Base Complex", "Iraq", "2024-01-21", ["rocket"], 3, 0, 0, None)],
    ),
    (
        "'IS' for the Islamic State, not the verb ('de coalitie tegen IS')",
        "",
        "De basis Harir van de internationale coalitie tegen IS is donderdag aangevallen met vier raketten. Dat "
        "werd bevestigd door een woordvoerder van de coalitie.",
        "2024-01-26",
        [("Harir Air Base", "Iraq", "2024-01-25", ["rocket"], 4, None, None, None)],
    ),
    (
        "'slaagde er niet in ... te onderscheppen' and 'liepen lichte verwondingen op'",
        "",
        "Een drone heeft dinsdag de basis Tower 22 in Jordanië getroffen. De luchtverdediging slaagde er niet in de "
        "drone te onderscheppen. Vier Amerikaanse militairen liepen lichte verwondingen op.",
        "2024-01-26",
        [("Tower 22", "Jordan", "2024-01-23", ["drone"], 1, None, 4, None)],
    ),
    (
        "a modal passive with 'niet' ('kon niet onderschept worden')",
        "",
        "Een drone trof woensdag de luchtmachtbasis Ain al-Asad. Het is onduidelijk waarom de drone niet kon "
        "onderschept worden.",
        "2024-01-26",
        [("Ain al-Asad Air Base", "Iraq", "2024-01-24", ["drone"], 1, None, None, None)],
    ),
    (
        "wounded in a subordinate clause, the auxiliary between ('gewond zijn geraakt')",
        "",
        "Het Pentagon meldt dat bij een droneaanval op de basis Al-Tanf op maandag vier Amerikaanse militairen gewond "
        "zijn geraakt.",
        "2024-01-26",
        [("Al-Tanf Garrison", "Syria", "2024-01-22", ["drone"], None, None, 4, None)],
    ),
    (
        "an airport told with 'in' and a direction ('het vliegveld in het noordelijke Erbil')",
        "",
        "Drie raketten zijn woensdag ingeslagen op het vliegveld in het noordelijke Erbil, waar troepen van de "
        "coalitie gelegerd zijn.",
        "2024-01-26",
        [("Erbil Air Base", "Iraq", "2024-01-24", ["rocket"], 3, None, None, None)],
    ),
    (
        "a base that became a target ('is het doelwit geworden van')",
        "",
        "De basis Al-Tanf in Syrië is vrijdag het doelwit geworden van een droneaanval. Er vielen geen slachtoffers, "
        "aldus de coalitie.",
        "2024-01-26",
        [("Al-Tanf Garrison", "Syria", "2024-01-26", ["drone"], None, 0, 0, None)],
    ),
    (
        "near-miss: possessive 'zijn' (its) with drones and rockets named ('zijn grondgebied')",
        "Jordanië sluit luchtruim",
        "Jordanië heeft zijn luchtruim maandag gesloten voor alle vluchten. Het land wil voorkomen dat drones of "
        "raketten zijn grondgebied bereiken, zei een woordvoerder van zijn regering.",
        "2024-01-26",
        [],
    ),
]


def test_cases(rows_of) -> None:
    assert rows_of(CASES, FIELDS) == [(name, want) for name, _, _, _, want in CASES]


@pytest.mark.parametrize("text", [
    "Bij een droneaanval op een basis van de internationale coalitie in het noorden van Irak zijn volgens het "
    "Pentagon meerdere militairen gewond geraakt. De drone werd laat op de avond gelanceerd, zo meldt een "
    "verklaring. Een groep die met Iran verbonden is, heeft de aanval opgeëist.",
])
def test_language_of_picks_dutch(text: str) -> None:
    assert language_of(text) == "nl"
