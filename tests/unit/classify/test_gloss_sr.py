"""Serbian, Croatian and Bosnian reports read through the phrase table (data/gloss/sr.tsv): nouns declined in
seven cases (baza, bazu, bazi), ekavian and ijekavian spellings (povređen, povrijeđen), dates written
"24. januara" or "u utorak", Cyrillic turned into Latin letters, casualty and claim phrases, and near-misses that
must give no attack.

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
        "a drone attack on a named air base on a weekday ('u ponedeljak')",
        "",
        "Dron je u ponedeljak napao vazduhoplovnu bazu Ajn al Asad na zapadu Iraka, u kojoj su smešteni američki "
        "vojnici. Pentagon je saopštio da je dron oboren i da nije bilo štete.",
        "2024-01-26",
        [
            ('Ain al-Asad Air Base', 'Iraq', '2024-01-22', ['drone'], 1, None, None, None),
        ],
    ),
    (
        "a count of rockets and a written date ('24. januara'), no casualties ('nije bilo žrtava')",
        "",
        "Najmanje pet raketa ispaljeno je 24. januara na bazu Harir severno od Erbila, rekao je bezbednosni izvor, "
        "dodajući da u napadu nije bilo žrtava.",
        "2024-01-26",
        [
            ('Harir Air Base', 'Iraq', '2024-01-24', ['rocket'], 5, 0, 0, None),
        ],
    ),
    (
        "wounded soldiers ('tri američka vojnika lakše su ranjena'), a Syrian base",
        "",
        "Tri američka vojnika lakše su ranjena kada je u sredu dron pogodio bazu Al Tanf u Siriji, saopštio je "
        "Pentagon i dodao da je stanje vojnika stabilno.",
        "2024-01-26",
        [
            ('Al-Tanf Garrison', 'Syria', '2024-01-24', ['drone'], 1, None, 3, None),
        ],
    ),
    (
        "ijekavian spelling ('povrijeđena', 'u srijedu navečer'), Croatian/Bosnian wording",
        "",
        "Dvojica američkih vojnika povrijeđena su u srijedu navečer u raketnom napadu na zračnu bazu Ain al Asad u "
        "zapadnom Iraku, priopćio je američki dužnosnik.",
        "2024-01-26",
        [
            ('Ain al-Asad Air Base', 'Iraq', '2024-01-24', ['rocket'], None, None, 2, None),
        ],
    ),
    (
        "no injuries ('nema povređenih') after a Tuesday-evening rocket attack near the Erbil airport",
        "",
        "Američka vojska saopštila je da nema povređenih nakon raketnog napada u utorak uveče na bazu kod "
        "aerodroma u Erbilu.",
        "2024-01-26",
        [
            ('Erbil Air Base', 'Iraq', '2024-01-23', ['rocket'], None, None, 0, None),
        ],
    ),
    (
        "a claim by a group ('preuzeo je odgovornost') for drones on the Conoco field",
        "",
        "Islamski otpor u Iraku preuzeo je odgovornost za napad dronovima na američku bazu na gasnom polju Konoko u "
        "Siriji u četvrtak. Grupa je navela da je lansirala dva drona.",
        "2024-01-26",
        [
            ('Mission Support Site Euphrates', 'Syria', '2024-01-25', ['drone'], 2, None, None,
             'Islamic Resistance in Iraq'),
        ],
    ),
    (
        "an attack on the embassy ('američka ambasada u Bagdadu'), Katyusha rockets, no one hurt",
        "",
        "Dve rakete Katjuša pale su u nedelju u blizini američke ambasade u Bagdadu, u Zelenoj zoni. Irački "
        "bezbednosni izvor rekao je da niko nije povređen.",
        "2024-01-26",
        [
            ('U.S. Embassy Baghdad', 'Iraq', '2024-01-21', ['rocket'], 2, None, 0, None),
        ],
    ),
    (
        "two bases in one article",
        "",
        "U utorak su dronovima napadnute baza Ajn al Asad u Iraku i baza Šadadi u Siriji, rekao je američki "
        "zvaničnik, koji je dodao da nema povređenih.",
        "2024-01-26",
        [
            ('Ain al-Asad Air Base', 'Iraq', '2024-01-23', ['drone'], None, None, 0, None),
            ('Shaddadi', 'Syria', '2024-01-23', ['drone'], None, None, 0, None),
        ],
    ),
    (
        "killed and wounded at Tower 22 in Jordan ('Toranj 22'), the latest count",
        "",
        "Tri američka vojnika poginula su, a 34 su ranjena u napadu dronom na bazu Toranj 22 u Jordanu u nedelju, "
        "saopštila je Centralna komanda SAD.",
        "2024-01-30",
        [
            ('Tower 22', 'Jordan', '2024-01-28', ['drone'], None, 3, 34, None),
        ],
    ),
    (
        "Cyrillic text, turned into Latin letters before the table is read",
        "",
        "Беспилотна летелица напала је у четвртак америчку базу Харир у ирачком Курдистану. "
        "Према америчком званичнику, нико није повређен.",
        "2024-01-26",
        [
            ('Harir Air Base', 'Iraq', '2024-01-25', ['drone'], 1, None, 0, None),
        ],
    ),
    (
        "a ballistic-missile attack on a named day ('13. aprila') with traumatic brain injuries",
        "",
        "Četiri balističke rakete pogodile su 13. aprila bazu Ajn al Asad. Pentagon je kasnije objavio da je "
        "jedanaest vojnika zadobilo traumatske povrede mozga.",
        "2024-04-20",
        [
            ('Ain al-Asad Air Base', 'Iraq', '2024-04-13', ['ballistic_missile'], 4, None, 11, None),
        ],
    ),
    (
        "near-miss: U.S. airstrikes on a militia in Iraq",
        "",
        "Američka vojska je u četvrtak izvela vazdušne udare na položaje milicije Kataib Hezbolah u Iraku, kao "
        "odmazdu za ranije napade. Pentagon je saopštio da su uništena skladišta oružja.",
        "2024-01-26",
        [],
    ),
    (
        "near-miss: Houthi attack on a ship in the Red Sea",
        "",
        "Jemenski pobunjenici Huti su u utorak raketama napali trgovački brod u Crvenom moru, na kojem je izbio "
        "požar. Američka mornarica saopštila je da nema povređenih.",
        "2024-01-26",
        [],
    ),
    (
        "near-miss: Israeli airstrikes near Damascus",
        "",
        "U izraelskim vazdušnim napadima u sredu u blizini Damaska poginula su četiri sirijska vojnika, javila je "
        "sirijska državna agencija, koja navodi da je pričinjena i materijalna šteta.",
        "2024-01-26",
        [],
    ),
    (
        "near-miss: talks on the withdrawal of U.S. troops",
        "",
        "Irak i Sjedinjene Države počeli su pregovore o povlačenju američkih trupa i kraju misije međunarodne "
        "koalicije, saopštila je iračka vlada u ponedeljak. Razgovori bi mogli trajati mesecima.",
        "2024-01-26",
        [],
    ),
    (
        "near-miss: an explosion at an Iraqi militia base",
        "",
        "Eksplozija je u subotu odjeknula u bazi Snaga narodne mobilizacije južno od Bagdada. Iračka vojska "
        "saopštila je da u bazi nema američkih vojnika i da se istražuje uzrok.",
        "2024-01-26",
        [],
    ),
]


def test_cases(rows_of) -> None:
    assert rows_of(CASES, FIELDS) == [(row[0], row[-1]) for row in CASES]


@pytest.mark.parametrize("text", [
    "Američki zvaničnik rekao je da je baza u zapadnom Iraku bila meta napada dronom, ali da nije bilo "
    "povređenih. Odgovornost za napad preuzela je grupa koja je i ranije ispaljivala rakete na američke snage, "
    "a Pentagon je nakon toga najavio odgovor.",
])
def test_language_of_picks_serbian(text: str) -> None:
    assert language_of(text) == "sr"
