"""Slovenian reports read through the Slovenian phrase table (data/gloss/sl.tsv): case and dual forms of the
nouns and the side adjectives ("ameriško oporišče", "dva ameriška vojaka", "dve raketi"), weekdays with their
preposition ("v ponedeljek", "v noči na sredo", "prejšnjo soboto"), dates written "24. januarja", base names as
Slovenian spells them (Ain al Asad, Al Tanf, Stolp 22, Šadadi, Konoko), casualty and claim phrases ("ni bilo
žrtev", "so bili lažje ranjeni", "je prevzel odgovornost"), and near-misses that must give no attack.

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
        "a drone attack on a named air base on a weekday ('v torek')",
        "",
        "V torek je dron napadel letalsko oporišče Ain al Asad v zahodnem Iraku, kjer so nameščeni ameriški vojaki. "
        "Po navedbah Pentagona je zračna obramba dron sestrelila, škode ni bilo.",
        "2024-01-26",
        [
            ('Ain al-Asad Air Base', 'Iraq', '2024-01-23', ['drone'], 1, None, None, None),
        ],
    ),
    (
        "a count of rockets and a written date ('24. januarja'), 'brez žrtev'",
        "",
        "Najmanj pet raket je 24. januarja padlo na letalsko oporišče Harir severno od Erbila, kjer so tudi "
        "ameriški vojaki. Žrtev ni bilo, je sporočil varnostni vir.",
        "2024-01-26",
        [
            ('Harir Air Base', 'Iraq', '2024-01-24', ['rocket'], 5, 0, 0, None),
        ],
    ),
    (
        "wounded soldiers ('so bili lažje ranjeni')",
        "",
        "Trije ameriški vojaki so bili v sredo lažje ranjeni, ko je dron zadel oporišče Al Tanf na jugu Sirije, kjer "
        "so nameščene tudi ameriške sile, je sporočil Pentagon. Njihovo stanje ni resno.",
        "2024-01-26",
        [
            ('Al-Tanf Garrison', 'Syria', '2024-01-24', ['drone'], 1, None, 3, None),
        ],
    ),
    (
        "Katyusha rockets near the embassy in the Green Zone, 'ni bilo žrtev'",
        "",
        "Dve raketi katjuša sta v nedeljo padli blizu ameriškega veleposlaništva v Bagdadu, ki je v zeleni coni. "
        "Žrtev ni bilo, so sporočili iraški varnostni viri.",
        "2024-01-26",
        [
            ('U.S. Embassy Baghdad', 'Iraq', '2024-01-21', ['rocket'], 2, 0, 0, None),
        ],
    ),
    (
        "a claim ('je prevzel odgovornost') of a drone attack on the Conoco field, no injuries",
        "",
        "Islamski odpor v Iraku je prevzel odgovornost za napad z dvema dronoma na ameriško oporišče na plinskem polju "
        "Conoco v vzhodni Siriji v četrtek. Ranjenih ni bilo.",
        "2024-01-26",
        [
            ('Mission Support Site Euphrates', 'Syria', '2024-01-25', ['drone'], 2, None, 0,
             'Islamic Resistance in Iraq'),
        ],
    ),
    (
        "two bases in one article, on Saturday ('v soboto')",
        "",
        "V soboto je dron napadel letalsko oporišče Ain al Asad v Iraku. Nekaj ur pozneje so tri rakete padle na "
        "oporišče Al Tanf v Siriji, so sporočili ameriški uradniki.",
        "2024-01-22",
        [
            ('Ain al-Asad Air Base', 'Iraq', '2024-01-20', ['drone'], 1, None, None, None),
            ('Al-Tanf Garrison', 'Syria', '2024-01-20', ['rocket'], 3, None, None, None),
        ],
    ),
    (
        "killed and wounded at Tower 22 ('v Stolpu 22')",
        "",
        "Trije ameriški vojaki so bili ubiti, 34 pa ranjenih v napadu z brezpilotnim letalom na oporišče Stolp 22 na "
        "severovzhodu Jordanije v nedeljo, je sporočilo ameriško centralno poveljstvo.",
        "2024-01-29",
        [
            ('Tower 22', 'Jordan', '2024-01-28', ['drone'], None, 3, 34, None),
        ],
    ),
    (
        "last Monday ('prejšnji ponedeljek'), drones downed near Erbil airport, 'nihče ni bil ranjen'",
        "",
        "Prejšnji ponedeljek sta bila sestreljena dva drona blizu mednarodnega letališča v Erbilu, kjer so nameščene "
        "sile mednarodne koalicije. Nihče ni bil ranjen.",
        "2024-01-26",
        [
            ('Erbil Air Base', 'Iraq', '2024-01-22', ['drone'], 2, None, 0, None),
        ],
    ),
    (
        "Monday night ('v ponedeljek zvečer'), mortar shells on the Victory base",
        "",
        "V ponedeljek zvečer so štiri minometne granate padle na oporišče Victory blizu letališča v Bagdadu, sta "
        "povedala dva varnostna vira.",
        "2024-01-26",
        [
            ('Victory Base Complex', 'Iraq', '2024-01-22', ['mortar'], 4, None, None, None),
        ],
    ),
    (
        "yesterday ('včeraj'), rockets at Shaddadi, minor injuries",
        "",
        "Včeraj so rakete zadele oporišče koalicije v Šadadiju v pokrajini Hasaka v Siriji. Dva vojaka sta utrpela "
        "lažje poškodbe, je povedal ameriški uradnik.",
        "2024-01-26",
        [
            ('Shaddadi', 'Syria', '2024-01-25', ['rocket'], None, None, 2, None),
        ],
    ),
    (
        "a date in digits ('10.03.2024'), rockets at Rumalyn, no casualties or damage",
        "",
        "Dne 10.03.2024 so proti oporišču Rumalin na severovzhodu Sirije izstrelili sedem raket, ki niso povzročile "
        "žrtev ali škode.",
        "2024-03-11",
        [
            ('Rumalyn Landing Zone', 'Syria', '2024-03-10', ['rocket'], 7, 0, 0, None),
        ],
    ),
    (
        "an unnamed base, overnight into Thursday ('v noči na četrtek'), Iran-backed militias",
        "",
        "Napad z dronom milic, ki jih podpira Iran, je v noči na četrtek zadel ameriško oporišče v Siriji, brez "
        "žrtev, je dejal ameriški uradnik.",
        "2024-01-26",
        [
            (None, 'Syria', '2024-01-25', ['drone'], None, 0, 0, None),
        ],
    ),
    (
        "U.S. airstrikes on Kataib Hezbollah in retaliation: no attack on U.S. forces",
        "",
        "Združene države so v petek izvedle zračne napade na položaje skupine Kataib Hezbolah v Iraku in Siriji, kot "
        "povračilo za napade na ameriške sile.",
        "2024-02-03",
        [],
    ),
    (
        "Houthi missiles at a merchant ship: no attack on U.S. forces",
        "",
        "Jemenski hutiji so v torek izstrelili dve balistični raketi proti trgovski ladji v Rdečem morju, člani "
        "posadke niso bili poškodovani.",
        "2024-02-07",
        [],
    ),
    (
        "Israeli strikes near Damascus: no attack on U.S. forces",
        "",
        "Izraelski zračni napadi so v nedeljo zadeli položaje proiranskih milic blizu Damaska in ubili štiri borce, "
        "poroča Sirski observatorij za človekove pravice.",
        "2024-02-05",
        [],
    ),
    (
        "withdrawal talks: no attack",
        "",
        "Bagdad in Washington sta začela pogovore o umiku vojakov mednarodne koalicije iz Iraka, ki so tam že od "
        "leta 2014. Vlada je sporočila, da se bodo pogajanja nadaljevala tudi v prihodnjih tednih.",
        "2024-01-27",
        [],
    ),
    (
        "a front group claims under the umbrella of the Islamic Resistance ('pod okriljem')",
        "",
        "Skupina Saraya Awliya al-Dam, ki deluje pod okriljem Islamskega odpora v Iraku, je v nedeljo sporočila, da je "
        "z droni napadla ameriško oporišče na letališču v Erbilu.",
        "2026-03-02",
        [("Erbil Air Base", "Iraq", "2026-03-01", ["drone"], None, None, None, "Saraya Awliya al-Dam")],
    ),
    (
        "French soldiers wounded at a joint base ('francoski vojaki', 'skupnem oporišču')",
        "",
        "Najmanj šest francoskih vojakov je bilo v četrtek ranjenih v napadu z dronom na skupno oporišče na severu "
        "Iraka, kjer so nameščeni tudi vojaki drugih članic koalicije.",
        "2026-03-13",
        [(None, "Iraq", "2026-03-12", ["drone"], None, None, 6, None)],
    ),
]


def test_cases(rows_of) -> None:
    assert rows_of(CASES, FIELDS) == [(row[0], row[-1]) for row in CASES]


@pytest.mark.parametrize("text", [
    "Ameriški vojaki v oporišču v zahodnem Iraku so bili v torek tarča napada z droni, ki ga je po navedbah "
    "Pentagona izvedla skupina, povezana z Iranom. Zaradi napada ni bilo žrtev, tudi škode ni bilo.",
])
def test_language_of_picks_slovenian(text: str) -> None:
    assert language_of(text) == "sl"
