"""Danish (and Norwegian) reports read through the Danish phrase table (data/gloss/da.tsv): the article joined to
the noun (basen, soldaterne), compounds (droneangreb, raketangreb, luftbasen), dates written "den 24. oktober" or
"mandag aften", casualty and claim phrases, and near-misses that must give no attack.

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
        "a drone attack on a named air base on a weekday ('mandag')",
        "",
        "En drone angreb mandag Ain al-Asad-luftbasen i det vestlige Irak, hvor amerikanske soldater er "
        "stationeret. Ifølge Pentagon blev dronen skudt ned, og der var ingen skader.",
        "2024-01-26",
        [
            ('Ain al-Asad Air Base', 'Iraq', '2024-01-22', ['drone'], 1, None, None, None),
        ],
    ),
    (
        "a count of rockets and a written date ('den 24. januar'), no one hurt",
        "",
        "Mindst fem raketter ramte den 24. januar Harir-basen nord for Erbil, oplyser en sikkerhedskilde til "
        "nyhedsbureauet AFP. Ingen kom til skade i angrebet, og der er ikke meldt om skader på basen.",
        "2024-01-26",
        [
            ('Harir Air Base', 'Iraq', '2024-01-24', ['rocket'], 5, None, 0, None),
        ],
    ),
    (
        "wounded soldiers ('tre amerikanske soldater blev lettere såret')",
        "",
        "Tre amerikanske soldater blev lettere såret, da en drone onsdag ramte al-Tanf-basen i Syrien. Det oplyser "
        "Pentagon, som tilføjer, at soldaterne er i stabil tilstand.",
        "2024-01-26",
        [
            ('Al-Tanf Garrison', 'Syria', '2024-01-24', ['drone'], 1, None, 3, None),
        ],
    ),
    (
        "'ingen døde eller sårede' after a Tuesday-evening rocket attack on the Erbil airport base",
        "",
        "Ifølge det amerikanske militær var der ingen døde eller sårede efter raketangrebet tirsdag aften mod basen "
        "ved lufthavnen i Erbil.",
        "2024-01-26",
        [
            ('Erbil Air Base', 'Iraq', '2024-01-23', ['rocket'], None, 0, 0, None),
        ],
    ),
    (
        "a claim by a group ('har påtaget sig ansvaret') of a drone attack on the Conoco gas field",
        "",
        "Islamisk Modstand i Irak har påtaget sig ansvaret for torsdagens droneangreb mod den amerikanske base ved "
        "Conoco-gasfeltet i Syrien. Ifølge gruppen blev to droner sendt mod basen.",
        "2024-01-26",
        [
            ('Mission Support Site Euphrates', 'Syria', '2024-01-25', ['drone'], 2, None, None,
             'Islamic Resistance in Iraq'),
        ],
    ),
    (
        "an attack on the embassy ('nær USA's ambassade i Bagdad'), no one hurt",
        "",
        "To Katyusha-raketter slog søndag ned nær USA's ambassade i Bagdad i Den Grønne Zone. Ifølge en irakisk "
        "sikkerhedskilde blev ingen såret, og der er ikke meldt om skader på bygningerne.",
        "2024-01-26",
        [
            ('U.S. Embassy Baghdad', 'Iraq', '2024-01-21', ['rocket'], 2, None, 0, None),
        ],
    ),
    (
        "two bases in one article",
        "",
        "Tirsdag blev Ain al-Asad-basen og Shaddadi-basen i Syrien angrebet med droner, oplyser en amerikansk "
        "embedsmand. Ingen kom til skade.",
        "2024-01-26",
        [
            ('Ain al-Asad Air Base', 'Iraq', '2024-01-23', ['drone'], None, None, 0, None),
            ('Shaddadi', 'Syria', '2024-01-23', ['drone'], None, None, 0, None),
        ],
    ),
    (
        "Norwegian: rockets fired at a base on a written date, no one injured ('ingen ble skadd')",
        "",
        "Minst tre raketter ble avfyrt mot Ain al-Asad-basen 18. oktober, ifølge en amerikansk tjenestemann. "
        "Ingen ble skadd i angrepet.",
        "2024-01-26",
        [
            ('Ain al-Asad Air Base', 'Iraq', '2023-10-18', ['rocket'], 3, None, 0, None),
        ],
    ),
    (
        "Norwegian: a drone attack on Tower 22 in Jordan, soldiers killed and wounded",
        "",
        "Tre amerikanske soldater ble drept og over 30 ble såret i et droneangrep mot Tower 22 i Jordan "
        "natt til søndag, opplyser Pentagon.",
        "2024-01-29",
        [
            ('Tower 22', 'Jordan', '2024-01-28', ['drone'], None, 3, 30, None),
        ],
    ),
    (
        "a rocket attack 'i går' on the base at Baghdad airport",
        "",
        "Tre raketter ramte i går en base ved Bagdads internationale lufthavn, hvor amerikanske styrker holder til, "
        "oplyser irakisk politi. Der er ingen meldinger om tilskadekomne.",
        "2024-01-26",
        [
            ('Victory Base Complex', 'Iraq', '2024-01-25', ['rocket'], 3, None, 0, None),
        ],
    ),
    (
        "near-miss: U.S. airstrikes on a militia in Iraq",
        "",
        "Det amerikanske militær gennemførte torsdag luftangreb mod stillinger tilhørende militsen Kataib Hizbollah "
        "i Irak som gengældelse for tidligere angreb. Ifølge Pentagon blev flere våbendepoter ødelagt.",
        "2024-01-26",
        [],
    ),
    (
        "near-miss: Houthi attack on a ship in the Red Sea",
        "",
        "Houthi-oprørerne i Yemen angreb tirsdag et handelsskib i Det Røde Hav med missiler, og der opstod brand "
        "om bord. Ingen blev såret, oplyser den amerikanske flåde.",
        "2024-01-26",
        [],
    ),
    (
        "near-miss: Israeli strikes near Damascus",
        "",
        "Israelske luftangreb ramte onsdag mål i nærheden af Damaskus, og fire syriske soldater blev dræbt, oplyser "
        "syrisk stats-tv.",
        "2024-01-26",
        [],
    ),
    (
        "near-miss: talks on the withdrawal of U.S. troops",
        "",
        "Bagdad og Washington har indledt forhandlinger om tilbagetrækning af de amerikanske tropper fra Irak, "
        "oplyser regeringens talsmand, som siger, at koalitionens tilstedeværelse kan slutte inden for et år.",
        "2024-01-26",
        [],
    ),
    (
        "near-miss: Norwegian, Houthi missiles at a cargo ship",
        "",
        "Houthiene i Jemen avfyrte fredag to missiler mot et lasteskip i Adenbukta, opplyser britiske myndigheter. "
        "Ingen ble skadd.",
        "2024-01-26",
        [],
    ),
    (
        "'Den blev ramt endnu en gang lørdag': the pronoun 'den' before a verb is 'it', a second attack on the base",
        "",
        "Fire raketter ramte onsdag basen Taji nord for Bagdad, og to soldater fra koalitionen blev dræbt. Den blev "
        "ramt endnu en gang lørdag.",
        "2024-01-29",
        [
            ('Camp Taji', 'Iraq', '2024-01-24', ['rocket'], 4, 2, None, None),
            ('Camp Taji', 'Iraq', '2024-01-27', ['unknown'], None, None, None, None),
        ],
    ),
    (
        "a Katyusha compound ('katjusjaraketter') and 'heller ikke her er der meldinger om dræbte eller tilskadekomne'",
        "",
        "To katjusjaraketter ramte søndag den militære luftbase al-Balad, hvor der også er amerikanske soldater. "
        "Heller ikke her er der meldinger om dræbte eller tilskadekomne.",
        "2024-01-29",
        [
            ('Balad Air Base', 'Iraq', '2024-01-28', ['rocket'], 2, 0, 0, None),
        ],
    ),
    (
        "'i alt fire katjusjaraketter' (a total) and 'der er ingen meldinger om dræbte eller sårede'",
        "",
        "I alt fire katjusjaraketter blev affyret mod en base ved lufthavnen i Bagdad lørdag aften. Der er ingen "
        "meldinger om dræbte eller sårede.",
        "2024-01-29",
        [
            ('Victory Base Complex', 'Iraq', '2024-01-27', ['rocket'], 4, 0, 0, None),
        ],
    ),
    (
        "Norwegian: double definite ('det norske forsvaret'), 'var det snakk om tre raketter', 'ved utkanten av'",
        "",
        "Det norske forsvaret bekrefter at basen Ain al-Asad ble angrepet tirsdag. Ifølge koalisjonen var det snakk "
        "om tre raketter, som alle landet ved utkanten av basen. Ingen ble skadd.",
        "2024-01-29",
        [
            ('Ain al-Asad Air Base', 'Iraq', '2024-01-23', ['rocket'], 3, None, 0, None),
        ],
    ),
    (
        "Norwegian: 'den iranske raketten' (double definite) and 'Den ble rammet igjen søndag'",
        "",
        "Fire amerikanske soldater ble såret lørdag da den iranske raketten traff Ain al-Asad-basen. Den ble rammet "
        "igjen søndag.",
        "2024-01-29",
        [
            ('Ain al-Asad Air Base', 'Iraq', '2024-01-27', ['rocket'], 1, None, 4, None),
            ('Ain al-Asad Air Base', 'Iraq', '2024-01-28', ['unknown'], None, None, None, None),
        ],
    ),
    (
        "Norwegian Nynorsk: 'ein amerikanar vart drepen', 'soldatar vart såra', 'rakettar vart skotne'",
        "",
        "Ein amerikanar vart drepen og tre soldatar vart såra då rakettar vart skotne mot Harir-basen i går, "
        "opplyser dei amerikanske styrkane.",
        "2024-01-29",
        [
            ('Harir Air Base', 'Iraq', '2024-01-28', ['rocket'], None, 1, 3, None),
        ],
    ),
]


def test_cases(rows_of) -> None:
    assert rows_of(CASES, FIELDS) == [(row[0], row[-1]) for row in CASES]


@pytest.mark.parametrize("text", [
    "Ifølge det amerikanske forsvarsministerium blev en base med soldater fra koalitionen angrebet med droner i "
    "det nordlige Irak, og flere soldater blev lettere såret. En militsgruppe med forbindelse til Iran har påtaget "
    "sig ansvaret for angrebet, som ikke er det første mod de amerikanske styrker.",
])
def test_language_of_picks_danish(text: str) -> None:
    assert language_of(text) == "da"
