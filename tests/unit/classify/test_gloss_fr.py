"""Reports written in French, read through the French phrase table (``data/gloss/fr.tsv``).

Every sentence here is written for these tests. The table test articles are read against Friday 2024-01-26.
"""

from __future__ import annotations

from agents.classify.glossing import language_of

# What each row of the table gives for every event.
FIELDS = ("base", "country", "event_date", "weapons", "munitions", "killed", "injured", "claimed_by")

CASES = [
    (
        "a drone attack on a named base, on a weekday",
        "Une attaque de drone a visé mardi la base aérienne d'Aïn al-Assad, dans l'ouest de l'Irak, a indiqué un "
        "responsable américain.",
        [("Ain al-Asad Air Base", "Iraq", "2024-01-23", ["drone"], None, None, None, None)],
    ),
    (
        "rockets counted, on a written date, without casualties",
        "Trois roquettes se sont abattues le 22 janvier sur la base d'Erbil, sans faire de victimes ni de dégâts, "
        "selon la coalition.",
        [("Erbil Air Base", "Iraq", "2024-01-22", ["rocket"], 3, 0, 0, None)],
    ),
    (
        "soldiers wounded, and the claim of the Islamic Resistance in Iraq",
        "Quatre soldats américains ont été légèrement blessés jeudi lors d'une attaque de drones contre la base "
        "d'al-Tanf, en Syrie. La Résistance islamique en Irak a revendiqué l'attaque.",
        [("Al-Tanf Garrison", "Syria", "2024-01-25", ["drone"], None, None, 4, "Islamic Resistance in Iraq")],
    ),
    (
        "the embassy, yesterday, with Katyusha rockets",
        "Des roquettes Katioucha ont été tirées hier contre l'ambassade des États-Unis à Bagdad, sans faire de blessés.",
        [("U.S. Embassy Baghdad", "Iraq", "2024-01-25", ["rocket"], None, None, 0, None)],
    ),
    (
        "two bases in one report, each its own attack",
        "Les forces américaines ont été prises pour cible mercredi par des drones dans deux bases : celle de "
        "Harir, au Kurdistan irakien, et celle d'al-Chaddadi, dans le nord-est de la Syrie.",
        [
            ("Harir Air Base", "Iraq", "2024-01-24", ["drone"], None, None, None, None),
            ("Shaddadi", "Syria", "2024-01-24", ["drone"], None, None, None, None),
        ],
    ),
    (
        "a base in Syria the report does not name",
        "Une base abritant des troupes de la coalition dans l'est de la Syrie a été attaquée dimanche par des "
        "drones, a annoncé le Pentagone.",
        [(None, "Syria", "2024-01-21", ["drone"], None, None, None, None)],
    ),
    (
        "deaths among U.S. soldiers",
        "Trois militaires américains ont été tués et plusieurs autres blessés dimanche par un drone qui a frappé "
        "une base en Jordanie, près de la frontière syrienne.",
        [(None, "Jordan", "2024-01-21", ["drone"], 1, 3, None, None)],
    ),
    (
        "an outpost by its French name, the day told by 'l'attaque s'est produite'",
        "Un drone a frappé la Tour 22, un avant-poste américain en Jordanie. L'attaque s'est produite mercredi soir, "
        "selon le Pentagone.",
        [("Tower 22", "Jordan", "2024-01-24", ["drone"], 1, None, None, None)],
    ),
    (
        "the international airport of Erbil, named after the noun",
        "Deux drones piégés ont visé lundi l'aéroport international d'Erbil, qui abrite des troupes de la coalition.",
        [("Erbil Air Base", "Iraq", "2024-01-22", ["drone"], 2, None, None, None)],
    ),
    (
        "a U.S. strike on a militia is no attack on U.S. forces",
        "L'armée américaine a mené mercredi des frappes aériennes contre des positions de Kataëb Hezbollah dans la "
        "province de Babil, en représailles aux attaques contre ses troupes.",
        [],
    ),
    (
        "a Houthi attack on a ship in the Red Sea is no attack on a base",
        "Les rebelles houthis ont tiré mardi un missile sur un navire commercial en mer Rouge, sans faire de victimes.",
        [],
    ),
    (
        "an Israeli strike in Syria is no attack on U.S. forces",
        "Une frappe israélienne a visé jeudi un dépôt d'armes près de Damas, selon l'Observatoire syrien des droits "
        "de l'homme.",
        [],
    ),
    (
        "talks on the withdrawal of the coalition tell no attack",
        "Bagdad et Washington ont ouvert des négociations sur le retrait des troupes de la coalition "
        "internationale d'Irak, a déclaré le gouvernement irakien.",
        [],
    ),
    (
        "a partner's soldier killed at a Kurdish base: the noun before its adjective ('soldat français')",
        "Un soldat français a été tué et cinq autres ont été blessés jeudi soir lors d'une attaque de drone contre "
        "une base militaire kurde dans le nord de l'Irak.",
        [(None, "Iraq", "2024-01-25", ["drone"], None, 1, 5, None)],
    ),
    (
        "a weekday after 'le', and nobody wounded told with 'personne n'a été blessé'",
        "Deux roquettes se sont abattues le mardi 23 janvier sur la base d'Aïn al-Assad. Personne n'a été blessé, "
        "selon un responsable de la coalition.",
        [("Ain al-Asad Air Base", "Iraq", "2024-01-23", ["rocket"], 2, None, 0, None)],
    ),
    (
        "a month with 'dernier' and the negation 'il n'y a eu ni ... ni ...'",
        "Le 12 janvier dernier, quatre roquettes ont visé la base d'al-Chaddadi, en Syrie. Il n'y a eu ni dommage ni "
        "victimes, a précisé le Pentagone.",
        [("Shaddadi", "Syria", "2024-01-12", ["rocket"], 4, 0, 0, None)],
    ),
    (
        "a claim told as 'a déclaré avoir visé', a night named by its weekday",
        "La Résistance islamique en Irak a déclaré avoir visé dans la nuit de mercredi la base de Harir avec des "
        "drones chargés d'explosifs.",
        [("Harir Air Base", "Iraq", "2024-01-24", ["drone"], None, None, None, "Islamic Resistance in Iraq")],
    ),
    (
        "a base named between French quotation marks",
        "Une base américaine appelée «Village vert» a été la cible de tirs de roquettes jeudi, sans faire de "
        "dégâts ni de victimes.",
        [("Green Village", "Syria", "2024-01-25", ["rocket"], None, 0, 0, None)],
    ),
    (
        "the oil field named after its noun ('le champ pétrolifère d'al-Omar')",
        "Un drone s'est écrasé mercredi dans le champ pétrolifère d'al-Omar, où sont stationnées des troupes "
        "américaines.",
        [("Green Village", "Syria", "2024-01-24", ["drone"], 1, None, None, None)],
    ),
    (
        "one of two drones intercepted, the other caused no injuries",
        "Deux drones ont attaqué vendredi la base de Tal Bidr, dans la province syrienne de Hassaké. L'un des deux "
        "drones a été abattu et l'autre n'a fait aucun blessé.",
        [("Tal Baidar", "Syria", "2024-01-26", ["drone"], 2, None, 0, None)],
    ),
]


def test_cases(brief_of) -> None:
    assert [(name, brief_of(text, FIELDS)) for name, text, _ in CASES] == [(name, want) for name, _, want in CASES]


def test_french_is_told_by_its_words() -> None:
    assert [language_of(text) for _, text, _ in CASES] == ["fr"] * len(CASES)
