"""Romanian reports read through the Romanian phrase table (data/gloss/ro.tsv): the article joined to the end of
the noun (baza, bazei, soldații), the adjective after its noun ("baza americană", "soldați americani"), dates
written "pe 24 octombrie" or "marți seara", text with or without diacritics, casualty and claim phrases, and
near-misses that must give no attack.

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
        "a drone attack on a named air base on a weekday ('luni')",
        "",
        "O dronă a atacat luni baza aeriană Ain al-Asad din vestul Irakului, unde sunt staționați soldați americani. "
        "Potrivit Pentagonului, drona a fost doborâtă și nu au fost raportate pagube.",
        "2024-01-26",
        [
            ('Ain al-Asad Air Base', 'Iraq', '2024-01-22', ['drone'], 1, None, None, None),
        ],
    ),
    (
        "a count of rockets and a written date ('pe 24 ianuarie'), no casualties ('fără victime')",
        "",
        "Cel puțin cinci rachete au lovit pe 24 ianuarie baza Harir, la nord de Erbil, a declarat o sursă de "
        "securitate, precizând că atacul s-a soldat fără victime.",
        "2024-01-26",
        [
            ('Harir Air Base', 'Iraq', '2024-01-24', ['rocket'], 5, 0, 0, None),
        ],
    ),
    (
        "wounded soldiers ('trei soldați americani au fost ușor răniți')",
        "",
        "Trei soldați americani au fost ușor răniți miercuri, când o dronă a lovit baza al-Tanf din Siria, a "
        "anunțat Pentagonul, adăugând că starea lor este stabilă.",
        "2024-01-26",
        [
            ('Al-Tanf Garrison', 'Syria', '2024-01-24', ['drone'], 1, None, 3, None),
        ],
    ),
    (
        "'nu au existat victime' after a Tuesday-night rocket attack on the Erbil airport base",
        "",
        "Armata americană a precizat că în atacul cu rachete de marți seara asupra bazei de la aeroportul din Erbil "
        "nu au existat victime și nici pagube materiale.",
        "2024-01-26",
        [
            ('Erbil Air Base', 'Iraq', '2024-01-23', ['rocket'], None, 0, 0, None),
        ],
    ),
    (
        "a claim by a group ('și-a asumat responsabilitatea') of a drone attack on the Conoco gas field",
        "",
        "Rezistența Islamică din Irak și-a asumat responsabilitatea pentru atacul cu două drone de joi asupra bazei "
        "americane de la câmpul de gaze Conoco, în estul Siriei.",
        "2024-01-26",
        [
            ('Mission Support Site Euphrates', 'Syria', '2024-01-25', ['drone'], 2, None, None,
             'Islamic Resistance in Iraq'),
        ],
    ),
    (
        "an attack on the embassy ('ambasada SUA din Bagdad'), no one hurt",
        "",
        "Două rachete Katiușa au căzut duminică în apropierea ambasadei SUA din Bagdad, în Zona Verde. O sursă de "
        "securitate irakiană a declarat că nu a fost rănit nimeni.",
        "2024-01-26",
        [
            ('U.S. Embassy Baghdad', 'Iraq', '2024-01-21', ['rocket'], 2, None, 0, None),
        ],
    ),
    (
        "two bases in one article",
        "",
        "Marți, drone au atacat baza aeriană Ain al-Asad din Irak și baza Shaddadi din Siria, a declarat un oficial "
        "american, care a precizat că nu au fost raportați răniți.",
        "2024-01-26",
        [
            ('Ain al-Asad Air Base', 'Iraq', '2024-01-23', ['drone'], None, None, 0, None),
            ('Shaddadi', 'Syria', '2024-01-23', ['drone'], None, None, 0, None),
        ],
    ),
    (
        "near-miss: U.S. airstrikes on a militia in Iraq",
        "",
        "Armata americană a efectuat joi lovituri aeriene asupra unor poziții ale miliției Kataib Hezbollah în Irak, "
        "ca represalii pentru atacurile anterioare. Pentagonul a anunțat că au fost distruse mai multe depozite.",
        "2024-01-26",
        [],
    ),
    (
        "near-miss: Houthi attack on a ship in the Red Sea",
        "",
        "Rebelii houthi din Yemen au lansat marți rachete asupra unei nave comerciale în Marea Roșie, iar la bord a "
        "izbucnit un incendiu. Marina americană a precizat că nu există răniți.",
        "2024-01-26",
        [],
    ),
    (
        "near-miss: Israeli strikes near Damascus",
        "",
        "Atacuri aeriene israeliene au lovit miercuri ținte din apropierea Damascului, iar patru soldați sirieni au "
        "fost uciși, potrivit presei de stat siriene.",
        "2024-01-26",
        [],
    ),
    (
        "near-miss: talks on the withdrawal of U.S. troops",
        "",
        "Bagdadul și Washingtonul au început negocieri privind retragerea trupelor americane din Irak, a declarat "
        "purtătorul de cuvânt al guvernului, potrivit căruia misiunea coaliției s-ar putea încheia într-un an.",
        "2024-01-26",
        [],
    ),
    (
        "a dead contractor and wounded soldiers, text without diacritics",
        "",
        "Un contractor american a fost ucis si cinci soldati americani au fost raniti vineri, cand o drona a lovit "
        "baza aeriana Ain al-Asad, a anuntat Pentagonul.",
        "2024-01-26",
        [
            ('Ain al-Asad Air Base', 'Iraq', '2024-01-26', ['drone'], 1, 1, 5, None),
        ],
    ),
    (
        "a written date ('la 18 octombrie'), an untold number hurt ('mai mulți militari')",
        "",
        "La 18 octombrie, două drone au atacat baza al-Tanf din Siria, iar mai mulți militari americani au suferit "
        "răni ușoare, a anunțat Pentagonul o zi mai târziu.",
        "2024-01-26",
        [
            ('Al-Tanf Garrison', 'Syria', '2023-10-18', ['drone'], 2, None, None, None),
        ],
    ),
    (
        "last Thursday ('joia trecută'), a claim ('a revendicat')",
        "",
        "Joia trecută, baza Harir din Kurdistanul irakian a fost vizată de rachete, iar Kataib Hezbollah a "
        "revendicat atacul într-un comunicat.",
        "2024-01-26",
        [
            ('Harir Air Base', 'Iraq', '2024-01-25', ['rocket'], None, None, None, 'Kataib Hezbollah'),
        ],
    ),
    (
        "'fără a provoca victime sau pagube' after a drone and two rockets, yesterday",
        "",
        "Potrivit Pentagonului, o dronă și două rachete au lovit ieri baza de la aeroportul internațional din Erbil, "
        "fără a provoca victime sau pagube.",
        "2024-01-26",
        [
            ('Erbil Air Base', 'Iraq', '2024-01-25', ['drone', 'rocket'], 3, 0, 0, None),
        ],
    ),
    (
        "Saturday night ('sâmbătă seara'), rockets intercepted, traumatic brain injuries",
        "",
        "Sâmbătă seara, mai multe rachete balistice au fost lansate asupra bazei Ain al-Asad, iar patru militari "
        "americani au suferit leziuni cerebrale traumatice, a anunțat Comandamentul Central al SUA.",
        "2024-01-26",
        [
            ('Ain al-Asad Air Base', 'Iraq', '2024-01-20', ['ballistic_missile'], None, None, 4, None),
        ],
    ),
    (
        "Tower 22 ('Turnul 22') in Jordan, soldiers killed and wounded",
        "",
        "Trei militari americani au fost uciși și peste 30 au fost răniți duminică într-un atac cu dronă asupra "
        "bazei Turnul 22 din nord-estul Iordaniei, lângă granița cu Siria.",
        "2024-01-29",
        [
            ('Tower 22', 'Jordan', '2024-01-28', ['drone'], None, 3, 30, None),
        ],
    ),
]


def test_cases(rows_of) -> None:
    assert rows_of(CASES, FIELDS) == [(row[0], row[-1]) for row in CASES]


@pytest.mark.parametrize("text", [
    "Departamentul american al Apărării a anunțat că o bază a coaliției din nordul Irakului a fost atacată cu "
    "drone, iar mai mulți soldați au fost ușor răniți. Atacul a fost revendicat de o grupare armată susținută de "
    "Iran, care a lansat în trecut și rachete asupra forțelor americane.",
])
def test_language_of_picks_romanian(text: str) -> None:
    assert language_of(text) == "ro"
