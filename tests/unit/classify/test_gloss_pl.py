"""Polish reports read through the Polish gloss (agents/classify/data/gloss/pl.tsv).

Every sentence here is written for these tests: a drone on a named base on a weekday, rockets on a written
date, casualties and their absence, claims told in both orders, the embassy, two bases in one sentence, and
near-misses that report no attack on U.S. forces.
"""

from __future__ import annotations

from agents.classify.glossing import language_of

FIELDS = ("base", "country", "event_date", "weapons", "munitions", "killed", "injured", "claimed_by")

# (name, text, published, events)
CASES = [
    (
        "a drone on a named base on a weekday, 'nikt nie został ranny' (no one hurt)",
        'Dron zaatakował w poniedziałek amerykańską bazę Ain al-Asad na zachodzie Iraku. Nikt nie został '
        'ranny, jak podał rzecznik koalicji.',
        '2024-01-26',
        [
            ('Ain al-Asad Air Base', 'Iraq', '2024-01-22', ['drone'], 1, None, 0, None),
        ],
    ),
    (
        "rockets counted in words, on a written date, 'nie było rannych'",
        'Według źródeł w siłach bezpieczeństwa co najmniej pięć rakiet zostało wystrzelonych 25 października '
        'w kierunku bazy USA w At-Tanf na południu Syrii. Nie było rannych.',
        '2023-10-27',
        [
            ('Al-Tanf Garrison', 'Syria', '2023-10-25', ['rocket'], 5, None, 0, None),
        ],
    ),
    (
        "rockets on the base named by its town ('baza lotnicza w Erbilu'), three soldiers wounded",
        'W środę baza lotnicza w Erbilu została ostrzelana rakietami. Trzech amerykańskich żołnierzy zostało '
        'rannych - poinformował Pentagon, który nie podał szczegółów.',
        '2024-01-26',
        [
            ('Erbil Air Base', 'Iraq', '2024-01-24', ['rocket'], None, None, 3, None),
        ],
    ),
    (
        "two drones on Harir, the wounded told verb first ('rannych zostało czterech żołnierzy')",
        'Dwa drony uderzyły we wtorek w bazę Harir w irackim Kurdystanie, jak przekazał urzędnik. Rannych '
        'zostało czterech żołnierzy koalicji, którzy trafili do szpitala.',
        '2024-01-26',
        [
            ('Harir Air Base', 'Iraq', '2024-01-23', ['drone'], 2, None, 4, None),
        ],
    ),
    (
        "a claim told inverted: 'do ataku ... przyznał się Islamski Opór w Iraku'",
        'Do ataku dronów na bazę Harir, do którego doszło we wtorek, przyznał się Islamski Opór w Iraku. '
        'Grupa nie podała, ile dronów zostało użytych.',
        '2024-01-26',
        [
            ('Harir Air Base', 'Iraq', '2024-01-23', ['drone'], None, None, None, 'Islamic Resistance in Iraq'),
        ],
    ),
    (
        "a claim told subject first: 'Kataib Hezbollah przyznała się do ataku rakietowego'",
        'Kataib Hezbollah przyznała się do ataku rakietowego na bazę Al-Asad, który został przeprowadzony w '
        'czwartek. Pentagon nie skomentował tych doniesień.',
        '2024-01-26',
        [
            ('Ain al-Asad Air Base', 'Iraq', '2024-01-25', ['rocket'], None, None, None, 'Kataib Hezbollah'),
        ],
    ),
    (
        'two rockets on the embassy in Baghdad, no casualties',
        'Dwie rakiety spadły w niedzielę na teren ambasady USA w Bagdadzie, jak podało źródło w irackiej '
        'policji. Nie było ofiar.',
        '2024-01-26',
        [
            ('U.S. Embassy Baghdad', 'Iraq', '2024-01-21', ['rocket'], 2, 0, 0, None),
        ],
    ),
    (
        'drones on two bases in one sentence, no one hurt',
        'Drony zaatakowały w środę bazy Ain al-Asad i Harir w Iraku, w których stacjonują amerykańscy '
        'żołnierze. Nikt nie został ranny, a ataki nie spowodowały szkód.',
        '2024-01-26',
        [
            ('Ain al-Asad Air Base', 'Iraq', '2024-01-24', ['drone'], None, None, 0, None),
            ('Harir Air Base', 'Iraq', '2024-01-24', ['drone'], None, None, 0, None),
        ],
    ),
    (
        "'w ubiegły czwartek' (last Thursday), three rockets on Shaddadi",
        'W ubiegły czwartek bojownicy wystrzelili trzy rakiety w stronę amerykańskiej bazy w Szaddadi w '
        'prowincji Hasaka. Jak poinformowała koalicja, nie było ofiar.',
        '2024-01-26',
        [
            ('Shaddadi', 'Syria', '2024-01-25', ['rocket'], 3, 0, 0, None),
        ],
    ),
    (
        "'w nocy z soboty na niedzielę' (early Sunday), a drone on Tower 22, killed and wounded",
        'W nocy z soboty na niedzielę dron uderzył w amerykańską bazę Tower 22 w Jordanii i nie został '
        'przechwycony. Zginęło trzech amerykańskich żołnierzy, a 34 zostało rannych - podało Centralne '
        'Dowództwo USA.',
        '2024-01-29',
        [
            ('Tower 22', 'Jordan', '2024-01-28', ['drone'], 1, 3, 34, None),
        ],
    ),
    (
        "one rocket near the Victory base, 'nie spowodowała strat w ludziach ani zniszczeń'",
        'Rakieta spadła w piątek w pobliżu bazy Victory przy lotnisku w Bagdadzie, jak podały irackie źródła. '
        'Nie spowodowała strat w ludziach ani zniszczeń.',
        '2024-01-26',
        [
            ('Victory Base Complex', 'Iraq', '2024-01-26', ['rocket'], 1, 0, 0, None),
        ],
    ),
    (
        'a roadside bomb on a coalition logistics convoy, no one hurt',
        'W piątek przydrożna bomba eksplodowała na trasie konwoju logistycznego koalicji w prowincji Babil. '
        'Jak podało źródło w policji, nikt nie ucierpiał.',
        '2024-01-26',
        [
            (None, 'Iraq', '2024-01-26', ['ied'], None, None, 0, None),
        ],
    ),
    (
        'U.S. airstrikes on militia depots in retaliation: no attack on U.S. forces',
        'Amerykańskie myśliwce przeprowadziły w czwartek naloty na składy broni proirańskich milicji we '
        'wschodniej Syrii. Jak podał Pentagon, był to odwet za ataki na siły USA.',
        '2024-01-26',
        [],
    ),
    (
        'Houthis firing on a ship in the Red Sea: no attack on U.S. forces',
        'Rebelianci Huti zaatakowali w środę statek handlowy na Morzu Czerwonym. Jak podała brytyjska '
        'agencja, statek nie został uszkodzony.',
        '2024-01-26',
        [],
    ),
    (
        'an Israeli airstrike on Damascus airport killing Syrian soldiers: no attack on U.S. forces',
        'Izraelskie samoloty przeprowadziły w nocy nalot na lotnisko w Damaszku, który został potępiony przez '
        'władze Syrii. Zginęło dwóch syryjskich żołnierzy.',
        '2024-01-26',
        [],
    ),
    (
        "talks on the coalition's withdrawal from Iraq: no attack",
        'Bagdad i Waszyngton rozpoczęły w sobotę rozmowy o wycofaniu wojsk koalicji pod wodzą USA z Iraku. '
        'Jak podał iracki rząd, harmonogram nie został jeszcze ustalony.',
        '2024-01-26',
        [],
    ),
    (
        "a convoy that 'padł ofiarą ataku', fire exchanged ('wymiana ognia'), the dead counted with 'i tłumacz'",
        'W sobotę amerykański konwój wojskowy padł ofiarą ataku ISIS w środkowej Syrii. W wyniku wymiany ognia '
        'zginęło dwóch amerykańskich żołnierzy i tłumacz, a napastnik został zabity.',
        '2024-03-09',
        [
            (None, 'Syria', '2024-03-09', ['gunfire'], None, 3, None, None),
        ],
    ),
    (
        "a claimant named with its creed: 'przyznała się szyicka bojówka Kataib Hezbollah'",
        'Dron uderzył w czwartek w bazę Harir w Kurdystanie. Do ataku przyznała się szyicka bojówka Kataib '
        'Hezbollah, która nie podała szczegółów.',
        '2024-03-09',
        [
            ('Harir Air Base', 'Iraq', '2024-03-07', ['drone'], 1, None, None, 'Kataib Hezbollah'),
        ],
    ),
    (
        "drones 'obciążone materiałami wybuchowymi' approaching the base at the airport 'w stolicy Iraku'",
        'Dwa obciążone materiałami wybuchowymi drony zostały zestrzelone w poniedziałek, gdy zbliżały się do '
        'bazy USA przy międzynarodowym lotnisku w stolicy Iraku.',
        '2024-03-09',
        [
            ('Victory Base Complex', 'Iraq', '2024-03-04', ['drone'], 2, None, None, None),
        ],
    ),
    (
        "U.S. bombing 'w odpowiedzi na' earlier attacks: no attack on U.S. forces",
        'Amerykańskie samoloty zbombardowały w piątek magazyny broni proirańskich milicji w Syrii. Jak podał '
        'Pentagon, jest to odpowiedź na ataki dronów na amerykański personel w regionie.',
        '2024-03-09',
        [],
    ),
    (
        "withdrawal talks with a count of past attacks, 'w wyniku tych ostrzałów': no new attack",
        'Rząd Iraku chce wycofania wojsk koalicji. Od października bazy USA były atakowane ponad 150 razy. W '
        'wyniku tych ostrzałów rannych zostało kilkudziesięciu żołnierzy amerykańskich.',
        '2024-03-09',
        [],
    ),
]


def test_cases(rows_of) -> None:
    assert rows_of(CASES, FIELDS) == [(row[0], row[-1]) for row in CASES]


def test_language_of_polish() -> None:
    paragraph = ("Amerykańska baza wojskowa w Syrii została w nocy zaatakowana przez drony, poinformował Pentagon. "
                 "Według rzecznika nikt z żołnierzy nie został ranny, a do ataku nie przyznała się żadna grupa.")
    assert language_of(paragraph) == "pl"
