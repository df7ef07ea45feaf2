"""Hungarian reports read through the Hungarian phrase table (data/gloss/hu.tsv): case endings joined to the
noun (bázist, bázison, légibázisra), the noun kept singular after a count ("öt rakéta"), dates written "január
24-én" or "hétfőn", casualty and claim phrases, and near-misses that must give no attack.

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
        "a U.S. strike on a Syrian air base, the subject after the verb: no attack on U.S. forces",
        "",
        "Rakétatámadást hajtott végre az Egyesült Államok egy szíriai légibázis ellen csütörtökön.",
        "2017-04-07",
        [],
    ),
    (
        "a drone attack on a named air base on a weekday ('hétfőn')",
        "",
        "Hétfőn egy drón támadta meg az Ain al-Aszad légibázist Irak nyugati részén, ahol amerikai katonák "
        "állomásoznak. A Pentagon szerint a drónt a légvédelem lelőtte, és kár nem keletkezett.",
        "2024-01-26",
        [
            ('Ain al-Asad Air Base', 'Iraq', '2024-01-22', ['drone'], 1, None, None, None),
        ],
    ),
    (
        "a count of rockets and a written date ('január 24-én'), no one hurt ('nem volt sérültje')",
        "",
        "Legalább öt rakéta csapódott be január 24-én a Harír légibázison, Erbíltől északra – közölte egy biztonsági "
        "forrás, aki szerint a támadásnak nem volt sérültje.",
        "2024-01-26",
        [
            ('Harir Air Base', 'Iraq', '2024-01-24', ['rocket'], 5, None, 0, None),
        ],
    ),
    (
        "wounded soldiers ('három amerikai katona könnyebben megsebesült')",
        "",
        "Három amerikai katona könnyebben megsebesült, amikor szerdán egy drón eltalálta a szíriai at-Tanf bázist. "
        "Ezt a Pentagon jelentette be, és hozzátette, hogy a katonák állapota stabil.",
        "2024-01-26",
        [
            ('Al-Tanf Garrison', 'Syria', '2024-01-24', ['drone'], 1, None, 3, None),
        ],
    ),
    (
        "'nem voltak sérültek' after a Tuesday-evening rocket attack on the Erbil airport base",
        "",
        "Az amerikai hadsereg szerint a kedd esti rakétatámadásban, amely az erbíli repülőtér melletti bázist érte, "
        "nem voltak sérültek és anyagi kár sem keletkezett.",
        "2024-01-26",
        [
            ('Erbil Air Base', 'Iraq', '2024-01-23', ['rocket'], None, None, 0, None),
        ],
    ),
    (
        "a claim by a group ('magára vállalta') of a drone attack on the Conoco gas field",
        "",
        "Az Iraki Iszlám Ellenállás magára vállalta a csütörtöki dróntámadást a szíriai Conoco-gázmezőn lévő amerikai"
        " bázis ellen. A csoport közleménye szerint két drónt indítottak a bázisra.",
        "2024-01-26",
        [
            ('Mission Support Site Euphrates', 'Syria', '2024-01-25', ['drone'], 2, None, None, 'Islamic Resistance in Iraq'),
        ],
    ),
    (
        "an attack on the embassy ('a bagdadi amerikai nagykövetség közelében'), no one hurt",
        "",
        "Két Katyusa-rakéta csapódott be vasárnap a bagdadi amerikai nagykövetség közelében, a Zöld Zónában. Egy "
        "iraki biztonsági forrás szerint senki sem sérült meg.",
        "2024-01-26",
        [
            ('U.S. Embassy Baghdad', 'Iraq', '2024-01-21', ['rocket'], 2, None, 0, None),
        ],
    ),
    (
        "two bases in one article",
        "",
        "Kedden drónokkal támadták az Ain al-Aszad légibázist és a szíriai Saddádi bázist is – közölte egy amerikai "
        "tisztviselő, aki szerint sérültek nem voltak.",
        "2024-01-26",
        [
            ('Ain al-Asad Air Base', 'Iraq', '2024-01-23', ['drone'], None, None, 0, None),
            ('Shaddadi', 'Syria', '2024-01-23', ['drone'], None, None, 0, None),
        ],
    ),
    (
        "near-miss: U.S. airstrikes on a militia in Iraq",
        "",
        "Az amerikai hadsereg csütörtökön légicsapásokat mért a Kataib Hezbollah milícia állásaira Irakban, "
        "megtorlásul a korábbi támadásokért. A Pentagon szerint a csapások több raktárt is megsemmisítettek.",
        "2024-01-26",
        [],
    ),
    (
        "near-miss: Houthi attack on a ship in the Red Sea",
        "",
        "A jemeni húszi lázadók kedden rakétákkal támadtak egy kereskedelmi hajót a Vörös-tengeren, és a hajón tűz "
        "ütött ki. Az amerikai haditengerészet szerint sérült nincs.",
        "2024-01-26",
        [],
    ),
    (
        "near-miss: Israeli strikes near Damascus",
        "",
        "Izraeli légicsapások értek szerdán Damaszkusz környéki célpontokat, és négy szíriai katona meghalt – közölte"
        " a szíriai állami média, amely szerint anyagi kár is keletkezett.",
        "2024-01-26",
        [],
    ),
    (
        "near-miss: talks on the withdrawal of U.S. troops",
        "",
        "Bagdad és Washington tárgyalásokat kezdett az amerikai csapatok Irakból való kivonásáról, közölte a kormány "
        "szóvivője, aki szerint a koalíció jelenléte egy éven belül véget érhet.",
        "2024-01-26",
        [],
    ),
    (
        "a dead contractor and wounded soldiers ('pedig megsebesült')",
        "",
        "Egy amerikai szerződéses alkalmazott meghalt, öt amerikai katona pedig megsebesült, amikor egy drón pénteken"
        " becsapódott az Ain al-Aszad légibázison, közölte a Pentagon.",
        "2024-01-26",
        [
            ('Ain al-Asad Air Base', 'Iraq', '2024-01-26', ['drone'], 1, 1, 5, None),
        ],
    ),
    (
        "a written date ('október 18-án'), an untold number hurt",
        "",
        "Október 18-án két drón támadta meg az at-Tanf bázist Szíriában, és az amerikai erők közül többen könnyebb "
        "sérüléseket szenvedtek – jelentette be a Pentagon egy nappal később.",
        "2024-01-26",
        [
            ('Al-Tanf Garrison', 'Syria', '2023-10-18', ['drone'], None, None, None, None),
        ],
    ),
    (
        "last Thursday ('múlt csütörtökön'), a claim ('vállalta magára')",
        "",
        "Múlt csütörtökön az iraki Harír légibázist rakétákkal lőtték, és a támadást a Kataib Hezbollah vállalta "
        "magára, amely szerint a támadás megtorlás volt.",
        "2024-01-26",
        [
            ('Harir Air Base', 'Iraq', '2024-01-25', ['rocket'], None, None, None, 'Kataib Hezbollah'),
        ],
    ),
    (
        "'nem okozott sem sérülést, sem kárt' after a drone and two rockets, yesterday",
        "",
        "A Pentagon szerint egy drón és két rakéta csapódott be tegnap az erbíli nemzetközi repülőtéren lévő bázison,"
        " és nem okozott sem sérülést, sem kárt.",
        "2024-01-26",
        [
            ('Erbil Air Base', 'Iraq', '2024-01-25', ['drone', 'rocket'], 3, None, 0, None),
        ],
    ),
    (
        "Saturday night ('szombat este'), rockets intercepted, no one hurt",
        "",
        "Szombat este legalább három rakétát lőttek ki az Ain al-Aszad bázis felé, de a légvédelem mindet elfogta, és"
        " senki nem sérült meg, közölte egy amerikai tisztviselő.",
        "2024-01-26",
        [
            ('Ain al-Asad Air Base', 'Iraq', '2024-01-20', ['rocket'], 3, None, 0, None),
        ],
    ),
    (
        "a drone dropping explosives ('robbanószert dobott') near the airport ('Erbil repülőtere mellett'), no deaths",
        "",
        "Kedden egy drón robbanószert dobott egy amerikai katonai bázisra, az Erbil repülőtere mellett. A támadás "
        "emberáldozatot nem követelt, csak egy raktár gyulladt ki.",
        "2024-03-14",
        [
            ('Erbil Air Base', 'Iraq', '2024-03-12', ['drone'], 1, 0, None, None),
        ],
    ),
    (
        "an ambush told in the genitive after its author ('egy Iszlám Állam terrorszervezet fegyveresének rajtaütésében')",
        "",
        "Két amerikai katona meghalt Szíriában egy Iszlám Állam terrorszervezet fegyveresének rajtaütésében, közölte a "
        "Pentagon. A támadásban további két katona megsebesült.",
        "2024-03-14",
        [
            (None, 'Syria', '2024-03-14', ['gunfire'], None, 2, 2, None),
        ],
    ),
    (
        "'dróntámadás ért' (a drone attack hit) and a group as Hungarian spells it ('Szaraja Avlija ad-Dam')",
        "",
        "Dróntámadás ért pénteken egy amerikai bázist a szíriai Haszaka közelében. A támadást a Szaraja Avlija ad-Dam "
        "elnevezésű milícia vállalta magára, és a Pentagon szerint nem volt sérült.",
        "2024-03-14",
        [
            (None, 'Syria', '2024-03-08', ['drone'], None, None, 0, 'Saraya Awliya al-Dam'),
        ],
    ),
    (
        "drones launched and shot down in part ('négy drónt indítottak ..., amelyek közül hármat lelőttek')",
        "",
        "Összesen négy drónt indítottak a bagdadi nemzetközi repülőtér felé kedden, amelyek közül hármat lelőttek. Egy "
        "amerikai tisztviselő nem tudott sérültekről.",
        "2024-03-14",
        [
            ('Victory Base Complex', 'Iraq', '2024-03-12', ['drone'], 4, None, None, None),
        ],
    ),
    (
        "'ellen irányultak' (were aimed at) read as 'irány', not 'Irán'",
        "",
        "Három rakéta csapódott be egy iraki légibázison, ahol amerikai katonák is tartózkodtak. A rakéták a Balad "
        "légitámaszpont ellen irányultak, senki sem sérült meg.",
        "2024-03-14",
        [
            ('Balad Air Base', 'Iraq', '2024-03-14', ['rocket'], 3, None, 0, None),
        ],
    ),
    (
        "a weekday with a time of day as an adjective ('a szerda hajnali rakétatámadás')",
        "",
        "A szerda hajnali rakétatámadás az Ain al-Aszad légitámaszpontot érte, és a Pentagon szerint senki sem sérült "
        "meg.",
        "2024-03-14",
        [
            ('Ain al-Asad Air Base', 'Iraq', '2024-03-13', ['rocket'], None, None, 0, None),
        ],
    ),
    (
        "the Islamic State in a case ending ('az Iszlám Államhoz kötődő'), 'rátámadtak', ground soldiers, a city of Syria",
        "",
        "Szombaton fegyveresek rátámadtak egy amerikai járőrre a szíriai Palmírában: két amerikai szárazföldi katona "
        "meghalt, és hárman megsebesültek. A Pentagon az Iszlám Államhoz kötődő sejtet gyanúsítja.",
        "2025-12-15",
        [
            (None, 'Syria', '2025-12-13', ['gunfire'], None, 2, 3, None),
        ],
    ),
    (
        "a denial told after its subject ('nem sérültek meg'), a claim 'az akcióért', the group in Turkish spelling",
        "",
        "Vasárnap két drón csapódott be az erbili repülőtéren, ahol amerikai katonák állomásoznak. A magyar katonák nem "
        "sérültek meg, és az akcióért a Seraya Evliya ed-Dem nevű milícia vállalta a felelősséget.",
        "2026-03-03",
        [
            ('Erbil Air Base', 'Iraq', '2026-03-01', ['drone'], 2, None, None, 'Saraya Awliya al-Dam'),
        ],
    ),
    (
        "a limit with its year ('2026. december 31-ig') is no day of the attack",
        "",
        "Az egyik tisztviselő szerint a koalíció 2026. december 31-ig marad Irakban. Kedden három rakéta csapódott be "
        "az Ain al-Aszad légibázison, és senki sem sérült meg.",
        "2025-06-12",
        [
            ('Ain al-Asad Air Base', 'Iraq', '2025-06-10', ['rocket'], 3, None, 0, None),
        ],
    ),
    (
        "a civilian contractor of the army ('az amerikai hadsereg egyik szerződéses polgári alvállalkozója')",
        "",
        "Pénteken az amerikai hadsereg egyik szerződéses polgári alvállalkozója meghalt egy rakétatámadásban a Kirkuk "
        "melletti K-1 légibázison.",
        "2019-12-30",
        [
            ('K-1 Air Base', 'Iraq', '2019-12-27', ['rocket'], None, 1, None, None),
        ],
    ),
    (
        "kamikaze drone strikes in the instrumental ('kamikaze dróncsapásokkal'), a group in Hungarian spelling",
        "",
        "Kamikaze dróncsapásokkal támadták meg csütörtökön a Harír légibázist, ahol amerikai katonák állomásoznak. "
        "A támadást a Teskil al-Waritin nevű csoport vállalta, és nem közölt részleteket.",
        "2023-10-20",
        [
            ('Harir Air Base', 'Iraq', '2023-10-19', ['drone'], None, None, None, 'Tashkil al-Waritheen'),
        ],
    ),
]


def test_cases(rows_of) -> None:
    assert rows_of(CASES, FIELDS) == [(row[0], row[-1]) for row in CASES]


@pytest.mark.parametrize("text", [
    "Az amerikai védelmi minisztérium szerint egy dróntámadás érte a koalíció egyik bázisát Irak északi részén, és "
    "több katona könnyebben megsérült. A támadást egy Iránhoz közeli fegyveres csoport vállalta magára, amely "
    "korábban is lőtt rakétákat az amerikai erőkre.",
])
def test_language_of_picks_hungarian(text: str) -> None:
    assert language_of(text) == "hu"
