"""Icelandic reports read through the Icelandic phrase table (data/gloss/is.tsv): case forms of the nouns with
their suffixed article and of the side adjectives ("Ain al-Asad-flugstöðina", "bandarískir hermenn"), weekdays with
"á" ("á þriðjudag"), dates written "þann 24. janúar", "í gær" and "í nótt", base names joined to the Icelandic
noun (Harir-herstöðinni, Tower 22-herstöðina), casualty and claim phrases ("særðust lítillega", "án manntjóns",
"engan sakaði", "lýsti yfir ábyrgð á"), and near-misses that must give no attack.

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
        "a drone attack on a named air base on a weekday ('á þriðjudag')",
        "",
        'Á þriðjudag réðst dróni á Ain al-Asad-flugstöðina í vesturhluta Íraks, þar sem bandarískir hermenn eru '
        'staðsettir. Að sögn Pentagon var dróninn skotinn niður og ekkert tjón varð.',
        '2024-01-26',
        [
            ('Ain al-Asad Air Base', 'Iraq', '2024-01-23', ['drone'], 1, None, None, None),
        ],
    ),
    (
        "a count of rockets and a written date ('þann 24. janúar'), 'án manntjóns'",
        "",
        'Að minnsta kosti fimm eldflaugar lentu á Harir-herstöðinni norðan við Erbil þann 24. janúar, án '
        'manntjóns, sagði heimildarmaður innan öryggissveita.',
        '2024-01-26',
        [
            ('Harir Air Base', 'Iraq', '2024-01-24', ['rocket'], 5, 0, 0, None),
        ],
    ),
    (
        "wounded soldiers ('særðust lítillega')",
        "",
        'Þrír bandarískir hermenn særðust lítillega á miðvikudag þegar dróni hæfði al-Tanf-herstöðina í suðurhluta'
        ' Sýrlands, tilkynnti Pentagon.',
        '2024-01-26',
        [
            ('Al-Tanf Garrison', 'Syria', '2024-01-24', ['drone'], 1, None, 3, None),
        ],
    ),
    (
        "Katyusha rockets at the embassy, 'ekkert manntjón'",
        "",
        'Tveimur Katyusha-eldflaugum var skotið á bandaríska sendiráðið í Bagdad á sunnudag. Ekkert manntjón varð,'
        ' að sögn íraskra öryggissveita.',
        '2024-01-26',
        [
            ('U.S. Embassy Baghdad', 'Iraq', '2024-01-21', ['rocket'], 2, 0, 0, None),
        ],
    ),
    (
        "a claim ('lýsti yfir ábyrgð á') of a drone attack, no injuries",
        "",
        'Íslamska andspyrnan í Írak lýsti yfir ábyrgð á drónaárás á Ain al-Asad-herstöðina á fimmtudag. Engin '
        'meiðsl urðu á fólki.',
        '2024-01-26',
        [
            ('Ain al-Asad Air Base', 'Iraq', '2024-01-25', ['drone'], None, None, 0, 'Islamic Resistance in Iraq'),
        ],
    ),
    (
        'two bases in one article, on Saturday',
        "",
        'Á laugardag var dróna beint að Ain al-Asad-herstöðinni í Írak. Nokkrum klukkustundum síðar lentu þrjár '
        'eldflaugar á al-Tanf-herstöðinni í Sýrlandi, sögðu bandarískir embættismenn.',
        '2024-01-22',
        [
            ('Ain al-Asad Air Base', 'Iraq', '2024-01-20', ['drone'], None, None, None, None),
            ('Al-Tanf Garrison', 'Syria', '2024-01-20', ['rocket'], 3, None, None, None),
        ],
    ),
    (
        "soldiers killed at Tower 22 in Jordan ('féllu')",
        "",
        'Þrír bandarískir hermenn féllu og 34 særðust í drónaárás á Tower 22-herstöðina í Jórdaníu á sunnudag, að '
        'sögn bandaríska varnarmálaráðuneytisins.',
        '2024-01-29',
        [
            ('Tower 22', 'Jordan', '2024-01-28', ['drone'], None, 3, 34, None),
        ],
    ),
    (
        "a drone at Erbil airport overnight ('í nótt'), two drones shot down",
        "",
        'Tveir drónar voru skotnir niður í nótt nálægt flugvellinum í Erbil, þar sem hermenn alþjóðlega '
        'bandalagsins hafa aðsetur. Enginn særðist.',
        '2024-01-23',
        [
            ('Erbil Air Base', 'Iraq', '2024-01-23', ['drone'], 2, None, 0, None),
        ],
    ),
    (
        "mortar shells on Victory base yesterday ('í gær')",
        "",
        'Fjórum sprengjuvörpukúlum var skotið á Victory-herstöðina við flugvöllinn í Bagdad í gær, sagði íraskur '
        'lögreglumaður.',
        '2024-01-23',
        [
            ('Victory Base Complex', 'Iraq', '2024-01-22', ['mortar'], 4, None, None, None),
        ],
    ),
    (
        'rockets at Shaddadi, two wounded',
        "",
        'Eldflaugaárás var gerð á Shaddadi-herstöðina í Hasakah-héraði á fimmtudag. Tveir bandarískir hermenn '
        'særðust.',
        '2024-01-26',
        [
            ('Shaddadi', 'Syria', '2024-01-25', ['rocket'], None, None, 2, None),
        ],
    ),
    (
        "an unnamed base in Syria, 'engan sakaði'",
        "",
        'Dróni hæfði bandaríska herstöð í austurhluta Sýrlands á fimmtudag. Engan sakaði og ekkert tjón varð, '
        'sagði talsmaður bandalagsins.',
        '2024-01-26',
        [
            (None, 'Syria', '2024-01-25', ['drone'], 1, None, 0, None),
        ],
    ),
    (
        'near-miss: U.S. airstrikes on militias',
        "",
        'Bandaríkjaher gerði loftárásir á stöðvar Kataib Hezbollah í Írak á þriðjudag í hefndarskyni. Að sögn '
        'CENTCOM voru vopnageymslur vígasveitanna eyðilagðar.',
        '2024-01-26',
        [
        ],
    ),
    (
        'near-miss: Houthi attacks on ships',
        "",
        'Hútar skutu eldflaugum á flutningaskip á Rauðahafi á mánudag. Bandarískur tundurspillir skaut niður tvo '
        'dróna, að sögn CENTCOM.',
        '2024-01-26',
        [
        ],
    ),
    (
        'near-miss: Israeli strikes',
        "",
        'Ísraelsher gerði loftárásir á skotmörk í Sýrlandi og Líbanon í gær. Samkvæmt sýrlenskum fjölmiðlum féllu '
        'fimm manns.',
        '2024-01-26',
        [
        ],
    ),
    (
        'near-miss: withdrawal talks',
        "",
        'Stjórnvöld í Bagdad og Bandaríkjunum hófu í dag viðræður um brotthvarf bandarískra hermanna frá Írak. Um '
        '2.500 bandarískir hermenn eru í landinu.',
        '2024-01-26',
        [
        ],
    ),
]


def test_cases(rows_of) -> None:
    assert rows_of(CASES, FIELDS) == [(row[0], row[-1]) for row in CASES]


@pytest.mark.parametrize("text", [
    "Samkvæmt bandaríska varnarmálaráðuneytinu hæfði dróni herstöð bandalagsins í norðurhluta Íraks og nokkrir "
    "hermenn særðust lítillega. Vopnaður hópur, hliðhollur Írönum, lýsti yfir ábyrgð á árásinni, en hann hefur "
    "áður skotið eldflaugum á bandarískar hersveitir.",
])
def test_language_of_picks_icelandic(text: str) -> None:
    assert language_of(text) == "is"
