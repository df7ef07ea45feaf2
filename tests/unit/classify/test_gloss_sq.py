"""Albanian reports read through the Albanian phrase table (data/gloss/sq.tsv): nouns with their article at the
end and their adjectives after them ("bazën ajrore amerikane", "ushtarët amerikanë", "Irakun perëndimor"),
weekdays with their article ("të martën", "natën e së hënës", "të dielën e kaluar"), dates written "më 24 tetor",
base names as Albanian declines them (Ain al-Asadit, Haririt, Kulla 22), casualty and claim phrases
("nuk pati viktima", "mori përgjegjësinë"), text written without ë and ç, and near-misses that must give no
attack.

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
        "a drone attack on a named air base on a weekday ('të martën')",
        "",
        "Të martën një dron sulmoi bazën ajrore Ain al-Asad në Irakun perëndimor, ku janë të stacionuar ushtarë "
        "amerikanë. Sipas Pentagonit, droni u rrëzua nga mbrojtja ajrore dhe nuk pati dëme.",
        "2024-01-26",
        [
            ('Ain al-Asad Air Base', 'Iraq', '2024-01-23', ['drone'], 1, None, None, None),
        ],
    ),
    (
        "a count of rockets and a written date ('më 24 janar'), 'pa shkaktuar viktima'",
        "",
        "Të paktën pesë raketa ranë më 24 janar në bazën ajrore Harir, në veri të Erbilit, pa shkaktuar viktima, "
        "tha një burim sigurie.",
        "2024-01-26",
        [
            ('Harir Air Base', 'Iraq', '2024-01-24', ['rocket'], 5, 0, 0, None),
        ],
    ),
    (
        "wounded soldiers ('u plagosën lehtë')",
        "",
        "Tre ushtarë amerikanë u plagosën lehtë të mërkurën, kur një dron goditi bazën Al-Tanf në jug të Sirisë, "
        "njoftoi Pentagoni. Gjendja e tyre është e qëndrueshme.",
        "2024-01-26",
        [
            ('Al-Tanf Garrison', 'Syria', '2024-01-24', ['drone'], 1, None, 3, None),
        ],
    ),
    (
        "Katyusha rockets near the embassy in the Green Zone, 'nuk pati viktima'",
        "",
        "Dy raketa Katyusha ranë të dielën pranë ambasadës amerikane në Bagdad, brenda Zonës së Gjelbër. Nuk pati "
        "viktima, sipas një burimi irakian të sigurisë.",
        "2024-01-26",
        [
            ('U.S. Embassy Baghdad', 'Iraq', '2024-01-21', ['rocket'], 2, 0, 0, None),
        ],
    ),
    (
        "a claim ('mori përgjegjësinë') of a drone attack on the Conoco field, no injuries reported",
        "",
        "Rezistenca Islame në Irak mori përgjegjësinë për sulmin me dy dronë të enjten ndaj bazës amerikane në "
        "fushën e gazit Konoko, në lindje të Sirisë. Nuk u raportuan të lënduar.",
        "2024-01-26",
        [
            ('Mission Support Site Euphrates', 'Syria', '2024-01-25', ['drone'], 2, None, 0,
             'Islamic Resistance in Iraq'),
        ],
    ),
    (
        "two bases in one article, on Saturday",
        "",
        "Të shtunën një dron shënjestroi bazën ajrore Ain al-Asad në Irak. Disa orë më vonë, tre raketa ranë në "
        "bazën Al-Tanf në Siri, siç thanë zyrtarë amerikanë.",
        "2024-01-22",
        [
            ('Ain al-Asad Air Base', 'Iraq', '2024-01-20', ['drone'], 1, None, None, None),
            ('Al-Tanf Garrison', 'Syria', '2024-01-20', ['rocket'], 3, None, None, None),
        ],
    ),
    (
        "killed and wounded at Tower 22 ('në Kullën 22')",
        "",
        "Tre ushtarë amerikanë u vranë dhe 34 u plagosën në një sulm me dron në Kullën 22, në verilindje të "
        "Jordanisë, të dielën, njoftoi Komanda Qendrore e SHBA-së.",
        "2024-01-29",
        [
            ('Tower 22', 'Jordan', '2024-01-28', ['drone'], None, 3, 34, None),
        ],
    ),
    (
        "last Monday ('të hënën e kaluar'), drones downed near Erbil airport, 'askush nuk u plagos'",
        "",
        "Të hënën e kaluar dy dronë me eksploziv u rrëzuan pranë aeroportit ndërkombëtar të Erbilit, ku janë "
        "vendosur forcat e koalicionit ndërkombëtar. Askush nuk u plagos.",
        "2024-01-26",
        [
            ('Erbil Air Base', 'Iraq', '2024-01-22', ['drone'], 2, None, 0, None),
        ],
    ),
    (
        "Monday night ('natën e së hënës'), mortar shells on the Victory base",
        "",
        "Natën e së hënës katër predha mortaje ranë në bazën Victory, pranë aeroportit të Bagdadit, thanë dy "
        "burime të sigurisë.",
        "2024-01-26",
        [
            ('Victory Base Complex', 'Iraq', '2024-01-22', ['mortar'], 4, None, None, None),
        ],
    ),
    (
        "yesterday ('dje'), rockets at Shaddadi, minor injuries",
        "",
        "Dje raketa goditën bazën e koalicionit në Shadadi, në provincën Hasaka të Sirisë. Dy ushtarë pësuan "
        "lëndime të lehta, sipas një zyrtari amerikan.",
        "2024-01-26",
        [
            ('Shaddadi', 'Syria', '2024-01-25', ['rocket'], None, None, 2, None),
        ],
    ),
    (
        "a date in digits ('10.03.2024'), rockets at Rumalyn, no casualties or damage",
        "",
        "Më 10.03.2024 shtatë raketa u lëshuan kundër bazës Rumalyn në verilindje të Sirisë, pa viktima dhe dëme "
        "materiale.",
        "2024-03-11",
        [
            ('Rumalyn Landing Zone', 'Syria', '2024-03-10', ['rocket'], 7, 0, 0, None),
        ],
    ),
    (
        "text without ë and ç ('te enjten', 'u plagosen'), an unnamed base, Iran-backed militias",
        "",
        "Nje sulm me dron nga milicite e mbeshtetura nga Irani goditi te enjten nje baze amerikane ne Siri. Dy "
        "ushtare amerikane u plagosen lehte, tha nje zyrtar amerikan.",
        "2024-01-26",
        [
            (None, 'Syria', '2024-01-25', ['drone'], None, None, 2, None),
        ],
    ),
    (
        "U.S. airstrikes on Kataib Hezbollah in retaliation: no attack on U.S. forces",
        "",
        "Shtetet e Bashkuara kryen të premten sulme ajrore kundër pozicioneve të Kataib Hezbollah në Irak dhe Siri, "
        "si hakmarrje për sulmet ndaj forcave amerikane.",
        "2024-02-03",
        [],
    ),
    (
        "Houthi missiles at a merchant ship: no attack on U.S. forces",
        "",
        "Huthët e Jemenit lëshuan dy raketa balistike kundër një anijeje tregtare në Detin e Kuq të martën, pa "
        "shkaktuar lëndime në ekuipazh.",
        "2024-02-07",
        [],
    ),
    (
        "Israeli strikes near Damascus: no attack on U.S. forces",
        "",
        "Sulme ajrore izraelite goditën të dielën pozicione të milicive proiraniane pranë Damaskut, duke vrarë katër "
        "luftëtarë, sipas Observatorit Sirian për të Drejtat e Njeriut.",
        "2024-02-05",
        [],
    ),
    (
        "withdrawal talks: no attack",
        "",
        "Bagdadi dhe Uashingtoni nisën bisedimet për tërheqjen e trupave të koalicionit nga Iraku. Qeveria tha se "
        "dialogu do të vazhdojë në javët e ardhshme.",
        "2024-01-27",
        [],
    ),
    (
        "French soldiers wounded at a joint base ('ushtarë francezë', 'bazë e përbashkët')",
        "",
        "Të paktën gjashtë ushtarë francezë u plagosën të enjten në një sulm me dron ndaj një baze të përbashkët në "
        "veri të Irakut.",
        "2026-03-13",
        [(None, "Iraq", "2026-03-12", ["drone"], None, None, 6, None)],
    ),
]


def test_cases(rows_of) -> None:
    assert rows_of(CASES, FIELDS) == [(row[0], row[-1]) for row in CASES]


@pytest.mark.parametrize("text", [
    "Sipas Departamentit amerikan të Mbrojtjes, një sulm me dron goditi një bazë të koalicionit në veri të "
    "Irakut dhe disa ushtarë u plagosën lehtë. Përgjegjësinë e mori një grup i armatosur që është pranë Iranit, "
    "i cili ka lëshuar edhe më parë raketa kundër forcave amerikane.",
])
def test_language_of_picks_albanian(text: str) -> None:
    assert language_of(text) == "sq"
