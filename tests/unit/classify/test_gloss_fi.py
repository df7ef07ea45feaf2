"""Finnish reports read through the Finnish phrase table (data/gloss/fi.tsv): case endings on the nouns and the
side adjectives ("Yhdysvaltain tukikohtaan", "amerikkalaisessa tukikohdassa", "yhdysvaltalaissotilaat"), place names
with the ending that carries the preposition ("Irakissa", "Syyriassa"), weekdays ("tiistaina", "viime
maanantaina", "torstai-iltana"), dates written "24. lokakuuta", compounds of the attack words ("drooni-isku",
"raketti-iskussa", "lennokkihyökkäys"), base names as Finnish inflects them (Ain al-Asadin, al-Tanfissa, Tower
22:ssa), casualty and claim phrases, and near-misses that must give no attack.

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
        "a drone attack on a named air base on a weekday ('tiistaina')",
        "",
        "Drooni iski tiistaina Ain al-Asadin lentotukikohtaan Länsi-Irakissa, jossa on yhdysvaltalaissotilaita. "
        "Pentagonin mukaan ilmatorjunta ampui droonin alas, eikä iskussa syntynyt vahinkoja.",
        "2024-01-26",
        [
            ('Ain al-Asad Air Base', 'Iraq', '2024-01-23', ['drone'], 1, None, None, None),
        ],
    ),
    (
        "a count of rockets and a written date ('24. tammikuuta'), 'ei aiheuttanut uhreja'",
        "",
        "Ainakin viisi rakettia osui 24. tammikuuta Haririn lentotukikohtaan Erbilin pohjoispuolella. Isku ei "
        "aiheuttanut uhreja, kertoi turvallisuuslähde.",
        "2024-01-26",
        [
            ('Harir Air Base', 'Iraq', '2024-01-24', ['rocket'], 5, 0, 0, None),
        ],
    ),
    (
        "wounded soldiers ('haavoittuivat lievästi') in a drone attack at al-Tanf on Wednesday",
        "",
        "Kolme yhdysvaltalaissotilasta haavoittui lievästi keskiviikkona, kun drooni iski al-Tanfin tukikohtaan "
        "Etelä-Syyriassa, kertoi Pentagon.",
        "2024-01-26",
        [
            ('Al-Tanf Garrison', 'Syria', '2024-01-24', ['drone'], 1, None, 3, None),
        ],
    ),
    (
        "Katyusha rockets near the embassy in the Green Zone, 'kukaan ei loukkaantunut'",
        "",
        "Kaksi Katjuša-rakettia putosi sunnuntaina lähelle Yhdysvaltain suurlähetystöä Bagdadin vihreällä "
        "vyöhykkeellä. Kukaan ei loukkaantunut, kertoi irakilainen turvallisuuslähde.",
        "2024-01-26",
        [
            ('U.S. Embassy Baghdad', 'Iraq', '2024-01-21', ['rocket'], 2, None, 0, None),
        ],
    ),
    (
        "a claim ('otti iskun nimiinsä') of a drone attack on the Conoco field, on Thursday",
        "",
        "Irakin islamilainen vastarinta otti nimiinsä torstaina tehdyn drooni-iskun Yhdysvaltain tukikohtaan "
        "Conocon kaasukentällä Itä-Syyriassa.",
        "2024-01-26",
        [
            ('Mission Support Site Euphrates', 'Syria', '2024-01-25', ['drone'], None, None, None,
             'Islamic Resistance in Iraq'),
        ],
    ),
    (
        "two bases in one article, on Saturday",
        "",
        "Drooni iski lauantaina Ain al-Asadin lentotukikohtaan Irakissa, ja muutamaa tuntia myöhemmin kolme "
        "rakettia osui al-Tanfin tukikohtaan Syyriassa, kertoivat yhdysvaltalaiset viranomaiset.",
        "2024-01-22",
        [
            ('Ain al-Asad Air Base', 'Iraq', '2024-01-20', ['drone'], 1, None, None, None),
            ('Al-Tanf Garrison', 'Syria', '2024-01-20', ['rocket'], 3, None, None, None),
        ],
    ),
    (
        "killed and wounded at Tower 22 ('Tower 22 -tukikohtaan')",
        "",
        "Kolme yhdysvaltalaissotilasta kuoli ja 34 haavoittui sunnuntaina drooni-iskussa Tower 22 -tukikohtaan "
        "Koillis-Jordaniassa, kertoi Yhdysvaltain keskusjohto.",
        "2024-01-29",
        [
            ('Tower 22', 'Jordan', '2024-01-28', ['drone'], None, 3, 34, None),
        ],
    ),
    (
        "last Monday ('viime maanantaina'), drones shot down near Erbil airport, 'kukaan ei haavoittunut'",
        "",
        "Viime maanantaina kaksi räjähteillä lastattua droonia ammuttiin alas Erbilin lentokentän lähellä, jossa on "
        "kansainvälisen liittouman joukkoja. Kukaan ei haavoittunut.",
        "2024-01-26",
        [
            ('Erbil Air Base', 'Iraq', '2024-01-22', ['drone'], 2, None, 0, None),
        ],
    ),
    (
        "Monday night ('maanantai-iltana'), mortar shells on the Victory base",
        "",
        "Maanantai-iltana neljä kranaatinheitinammusta putosi Victory-tukikohtaan Bagdadin lentokentän lähellä, "
        "kertoi kaksi turvallisuuslähdettä.",
        "2024-01-26",
        [
            ('Victory Base Complex', 'Iraq', '2024-01-22', ['mortar'], 4, None, None, None),
        ],
    ),
    (
        "yesterday ('eilen'), rockets at Shaddadi, minor injuries",
        "",
        "Eilen raketit iskivät liittouman tukikohtaan Shaddadissa Hasakan maakunnassa Syyriassa. Kaksi sotilasta "
        "sai lieviä vammoja, kertoi yhdysvaltalainen virkamies.",
        "2024-01-26",
        [
            ('Shaddadi', 'Syria', '2024-01-25', ['rocket'], None, None, 2, None),
        ],
    ),
    (
        "a date in digits ('10.03.2024'), rockets at Rumalyn, no casualties or damage",
        "",
        "Seitsemän rakettia ammuttiin 10.03.2024 Rumalynin tukikohtaa kohti Koillis-Syyriassa. Isku ei aiheuttanut "
        "uhreja eikä vahinkoja.",
        "2024-03-11",
        [
            ('Rumalyn Landing Zone', 'Syria', '2024-03-10', ['rocket'], 7, 0, 0, None),
        ],
    ),
    (
        "an unnamed base, early Thursday ('aikaisin torstaiaamuna'), Iran-backed militias",
        "",
        "Iranin tukemat miliisit tekivät aikaisin torstaiaamuna drooni-iskun amerikkalaiseen tukikohtaan Syyriassa. "
        "Iskussa ei ollut uhreja, kertoi amerikkalainen virkamies.",
        "2024-01-26",
        [
            (None, 'Syria', '2024-01-25', ['drone'], None, 0, 0, None),
        ],
    ),
    (
        "U.S. airstrikes on Kataib Hezbollah in retaliation: no attack on U.S. forces",
        "",
        "Yhdysvallat teki perjantaina ilmaiskuja Kataib Hizbollahin kohteisiin Irakissa ja Syyriassa kostoksi "
        "yhdysvaltalaisjoukkoihin kohdistuneista iskuista.",
        "2024-02-03",
        [],
    ),
    (
        "Houthi missiles at a merchant ship: no attack on U.S. forces",
        "",
        "Jemenin huthikapinalliset ampuivat tiistaina kaksi ballistista ohjusta kauppa-alusta kohti Punaisellamerellä. "
        "Miehistöstä kukaan ei loukkaantunut.",
        "2024-02-07",
        [],
    ),
    (
        "Israeli strikes near Damascus: no attack on U.S. forces",
        "",
        "Israelilaiset ilmaiskut osuivat sunnuntaina Iran-mielisten miliisien asemiin Damaskoksen lähellä, ja "
        "neljä taistelijaa kuoli, kertoi Syyrian ihmisoikeuksien tarkkailukeskus.",
        "2024-02-05",
        [],
    ),
    (
        "withdrawal talks: no attack",
        "",
        "Bagdad ja Washington aloittivat neuvottelut liittouman joukkojen vetäytymisestä Irakista. Hallituksen "
        "mukaan keskustelut jatkuvat tulevina viikkoina.",
        "2024-01-27",
        [],
    ),
    (
        "a front group claims under the umbrella of the Islamic Resistance, on Sunday",
        "",
        "Saraya Awliya al-Dam, joka toimii Irakin islamilaisen vastarinnan alaisuudessa, ilmoitti "
        "sunnuntaina iskeneensä droonilla Yhdysvaltain tukikohtaan Erbilin lentokentällä.",
        "2026-03-02",
        [("Erbil Air Base", "Iraq", "2026-03-01", ["drone"], 1, None, None, "Saraya Awliya al-Dam")],
    ),
    (
        "French soldiers wounded at a joint base ('ranskalaissotilasta')",
        "",
        "Ainakin kuusi ranskalaissotilasta haavoittui torstaina drooni-iskussa yhteiseen tukikohtaan "
        "Pohjois-Irakissa.",
        "2026-03-13",
        [(None, "Iraq", "2026-03-12", ["drone"], None, None, 6, None)],
    ),
    (
        "Americans counted with no noun ('kaksi yhdysvaltalaista kuoli'), a weekday of last week, an ISIS attack",
        "",
        "Viime viikon tiistaina kaksi yhdysvaltalaista kuoli Isisin tekemässä iskussa Itä-Syyriassa, kertoi "
        "Pentagon maanantaina.",
        "2024-03-18",
        [(None, "Syria", "2024-03-12", ["unknown"], None, 2, None, None)],
    ),
    (
        "the attack as a subject with no article ('Hyökkäys tapahtui torstaina')",
        "",
        "Neljä amerikkalaista sotilasta haavoittui hyökkäyksessä Syyriassa lähellä Deir ez-Zoria. Hyökkäys "
        "tapahtui torstaina, kun partio palasi tukikohtaan.",
        "2024-03-16",
        [(None, "Syria", "2024-03-14", ["unknown"], None, None, 4, None)],
    ),
    (
        "a claim told with 'on kertonut, että' (no comma in English)",
        "",
        "Irakissa kuusi rakettia on osunut Ain al-Asadin lentotukikohtaan. Irakin islamilainen vastarinta on "
        "kertonut, että se on iskenyt tukikohtaan raketeilla.",
        "2024-03-16",
        [("Ain al-Asad Air Base", "Iraq", "2024-03-16", ["rocket"], 6, None, None, "Islamic Resistance in Iraq")],
    ),
    (
        "a source after the embassy ('..., kertoo turvallisuuslähde')",
        "",
        "Useita raketteja on ammuttu kohti Yhdysvaltain suurlähetystöä Bagdadissa, kertoo irakilainen "
        "turvallisuuslähde.",
        "2024-03-16",
        [("U.S. Embassy Baghdad", "Iraq", "2024-03-16", ["rocket"], None, None, None, None)],
    ),
    (
        "two bases joined by 'ja' ('Erbilissä ja Al Asadissa')",
        "",
        "Iran iski ohjuksilla kahteen tukikohtaan Erbilissä ja Al Asadissa, joissa on Yhdysvaltain joukkoja.",
        "2024-03-16",
        [("Ain al-Asad Air Base", "Iraq", "2024-03-16", ["missile"], None, None, None, None),
         ("Erbil Air Base", "Iraq", "2024-03-16", ["missile"], None, None, None, None)],
    ),
]


def test_cases(rows_of) -> None:
    assert rows_of(CASES, FIELDS) == [(row[0], row[-1]) for row in CASES]


@pytest.mark.parametrize("text", [
    "Yhdysvaltain puolustusministeriön mukaan drooni-isku osui liittouman tukikohtaan Pohjois-Irakissa, ja useat "
    "sotilaat haavoittuivat lievästi. Iskun otti nimiinsä Iraniin kytköksissä oleva aseellinen ryhmä, joka on "
    "aiemminkin ampunut raketteja amerikkalaisjoukkoja kohti.",
])
def test_language_of_picks_finnish(text: str) -> None:
    assert language_of(text) == "fi"
