"""Estonian reports read through the Estonian phrase table (data/gloss/et.tsv): case endings that carry the
English preposition ("Iraagis", "baasile", "rünnakus"), compounds ("droonirünnak", "raketirünnak",
"õhuväebaas"), weekdays in the adessive ("teisipäeval", "eelmisel reedel", "esmaspäeva õhtul"), dates written
"24. jaanuaril", base names with the Estonian genitive ending ("Ain al-Asadi", "al-Tanfi", "Hariri"), casualty and
claim phrases, and near-misses that must give no attack.

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
        "a drone attack on a named air base on a weekday ('teisipäeval')",
        "",
        "Teisipäeval ründas droon Ain al-Asadi õhuväebaasi Lääne-Iraagis, kus paiknevad USA sõdurid. Pentagoni "
        "teatel tulistas õhutõrje drooni alla ja kahjusid ei olnud.",
        "2024-01-26",
        [
            ('Ain al-Asad Air Base', 'Iraq', '2024-01-23', ['drone'], 1, None, None, None),
        ],
    ),
    (
        "a count of rockets and a written date ('24. jaanuaril'), no casualties",
        "",
        "Vähemalt viis raketti tabas 24. jaanuaril Hariri õhuväebaasi Erbilist põhjas. Ohvreid ei olnud, teatas "
        "Iraagi julgeolekuallikas.",
        "2024-01-26",
        [
            ('Harir Air Base', 'Iraq', '2024-01-24', ['rocket'], 5, 0, 0, None),
        ],
    ),
    (
        "wounded soldiers ('said kergelt haavata')",
        "",
        "Kolm USA sõdurit said kolmapäeval kergelt haavata, kui droon tabas al-Tanfi baasi Lõuna-Süürias, teatas "
        "Pentagon.",
        "2024-01-26",
        [
            ('Al-Tanf Garrison', 'Syria', '2024-01-24', ['drone'], 1, None, 3, None),
        ],
    ),
    (
        "Katyusha rockets near the embassy in the Green Zone, 'ohvreid ei olnud'",
        "",
        "Kaks Katjuša-tüüpi raketti kukkus pühapäeval USA saatkonna lähedale Bagdadis rohelises tsoonis. Ohvreid ei "
        "olnud, teatas Iraagi julgeolekuallikas.",
        "2024-01-26",
        [
            ('U.S. Embassy Baghdad', 'Iraq', '2024-01-21', ['rocket'], 2, 0, 0, None),
        ],
    ),
    (
        "a claim ('võttis vastutuse') of a drone attack on the Conoco field, no injuries reported",
        "",
        "Iraagi Islami Vastupanu võttis vastutuse neljapäeval toimunud droonirünnaku eest USA baasile Conoco "
        "gaasiväljal Ida-Süürias. Vigastustest ei teatatud.",
        "2024-01-26",
        [
            ('Mission Support Site Euphrates', 'Syria', '2024-01-25', ['drone'], None, None, 0,
             'Islamic Resistance in Iraq'),
        ],
    ),
    (
        "two bases in one article, on Saturday ('laupäeval')",
        "",
        "Laupäeval ründas droon Ain al-Asadi õhuväebaasi Iraagis. Mõni tund hiljem tabasid kolm raketti ka al-Tanfi "
        "baasi Süürias, kus on USA sõdurid, ütlesid USA ametnikud.",
        "2024-01-22",
        [
            ('Ain al-Asad Air Base', 'Iraq', '2024-01-20', ['drone'], 1, None, None, None),
            ('Al-Tanf Garrison', 'Syria', '2024-01-20', ['rocket'], 3, None, None, None),
        ],
    ),
    (
        "killed and wounded at Tower 22 ('hukkus', 'sai haavata')",
        "",
        "Kolm USA sõdurit hukkus ja 34 sai haavata pühapäeval droonirünnakus Tower 22 baasile Kirde-Jordaanias, "
        "teatas USA Keskväejuhatus.",
        "2024-01-29",
        [
            ('Tower 22', 'Jordan', '2024-01-28', ['drone'], None, 3, 34, None),
        ],
    ),
    (
        "last Friday ('eelmisel reedel'), drones downed near Erbil airport, 'keegi ei saanud viga'",
        "",
        "Eelmisel reedel tulistati Erbili rahvusvahelise lennujaama lähedal alla kaks lõhkeainega drooni, teatas "
        "Kurdistani terrorismivastane üksus. Keegi ei saanud viga ja kahjusid ei olnud.",
        "2024-01-24",
        [
            ('Erbil Air Base', 'Iraq', '2024-01-19', ['drone'], 2, None, 0, None),
        ],
    ),
    (
        "Monday night ('esmaspäeva õhtul'), mortar shells on the Victory base",
        "",
        "Esmaspäeva õhtul kukkus Victory baasile Bagdadi lennujaama lähedal neli miinipildujamürsku, teatasid kaks "
        "julgeolekuallikat. Ohvritest ei ole teateid ja kahju on veel hindamisel.",
        "2024-01-26",
        [
            ('Victory Base Complex', 'Iraq', '2024-01-22', ['mortar'], 4, None, None, None),
        ],
    ),
    (
        "yesterday ('eile'), rockets at Shaddadi, minor injuries",
        "",
        "Eile tabasid raketid koalitsiooni baasi Shaddadis Süüria Hasaka provintsis. Kaks sõdurit said kergeid "
        "vigastusi, ütles USA ametnik, kes ei soovinud, et tema nime avaldatakse.",
        "2024-01-26",
        [
            ('Shaddadi', 'Syria', '2024-01-25', ['rocket'], None, None, 2, None),
        ],
    ),
    (
        "a date in digits ('10.03.2024'), rockets at Rumalyn, no casualties or damage",
        "",
        "10.03.2024 tulistati seitse raketti Rumeilani baasi pihta Kirde-Süürias, ohvriteta ja kahjudeta.",
        "2024-03-11",
        [
            ('Rumalyn Landing Zone', 'Syria', '2024-03-10', ['rocket'], 7, 0, 0, None),
        ],
    ),
    (
        "an unnamed base, early Thursday ('neljapäeva varahommikul'), Iran-backed militias",
        "",
        "Iraani toetatud miilitsate droonirünnak tabas neljapäeva varahommikul USA baasi Süürias, ohvreid ei olnud, "
        "ütles USA ametnik.",
        "2024-01-26",
        [
            (None, 'Syria', '2024-01-25', ['drone'], None, 0, 0, None),
        ],
    ),
    (
        "U.S. airstrikes on Kataib Hezbollah in retaliation: no attack on U.S. forces",
        "",
        "Ühendriigid korraldasid reedel õhulööke Kataib Hezbollahi positsioonidele Iraagis ja Süürias kättemaksuks "
        "USA vägede vastaste rünnakute eest.",
        "2024-02-03",
        [],
    ),
    (
        "Houthi missiles at a merchant ship: no attack on U.S. forces",
        "",
        "Jeemeni huthid tulistasid teisipäeval Punasel merel kaks ballistilist raketti kaubalaeva pihta, kuid laev ei "
        "saanud kahjustada ja meeskonnast keegi viga ei saanud.",
        "2024-02-07",
        [],
    ),
    (
        "Israeli strikes near Damascus: no attack on U.S. forces",
        "",
        "Iisraeli õhulöögid tabasid pühapäeval Iraani-meelsete miilitsate positsioone Damaskuse lähedal ja tapsid "
        "neli võitlejat, teatas Süüria Inimõiguste Vaatluskeskus.",
        "2024-02-05",
        [],
    ),
    (
        "withdrawal talks: no attack",
        "",
        "Bagdad ja Washington alustasid läbirääkimisi koalitsiooni vägede väljaviimise üle Iraagist. Valitsuse "
        "sõnul jätkuvad kõnelused järgmistel nädalatel.",
        "2024-01-27",
        [],
    ),
    (
        "a front group claims under the Islamic Resistance ('Iraagi Islami Vastupanu alla kuuluv')",
        "",
        "Iraagi Islami Vastupanu alla kuuluv rühmitus Saraya Awliya al-Dam teatas pühapäeval, et ründas droonidega "
        "USA baasi Erbili lennujaamas.",
        "2026-03-02",
        [("Erbil Air Base", "Iraq", "2026-03-01", ["drone"], None, None, None, "Saraya Awliya al-Dam")],
    ),
    (
        "French soldiers wounded at a joint base ('Prantsuse sõdurit', 'ühisbaasile')",
        "",
        "Vähemalt kuus Prantsuse sõdurit said neljapäeval haavata droonirünnakus ühisbaasile Põhja-Iraagis, teatas "
        "Prantsuse kaitseministeerium, mis ei ole rünnaku kohta muud öelnud.",
        "2026-03-13",
        [(None, "Iraq", "2026-03-12", ["drone"], None, None, 6, None)],
    ),
]


def test_cases(rows_of) -> None:
    assert rows_of(CASES, FIELDS) == [(row[0], row[-1]) for row in CASES]


@pytest.mark.parametrize("text", [
    "USA kaitseministeeriumi teatel tabas droonirünnak koalitsiooni baasi Põhja-Iraagis ja mitu sõdurit said "
    "kergelt haavata. Rünnaku eest võttis vastutuse Iraaniga seotud relvarühmitus, mis on ka varem rakette "
    "tulistanud USA vägede pihta.",
])
def test_language_of_picks_estonian(text: str) -> None:
    assert language_of(text) == "et"
