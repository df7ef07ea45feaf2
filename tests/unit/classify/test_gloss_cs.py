"""Czech (and Slovak) reports read through the Czech gloss (agents/classify/data/gloss/cs.tsv).

Every sentence here is written for these tests: a drone on a named base on a weekday, rockets on a written
date, casualties and their absence, claims told in both orders, the embassy, two bases in one article, a
Slovak report, and near-misses that report no attack on U.S. forces.
"""

from __future__ import annotations

from agents.classify.glossing import language_of

FIELDS = ("base", "country", "event_date", "weapons", "munitions", "killed", "injured", "claimed_by")

# (name, text, published, events)
CASES = [
    (
        "a drone on a named base on a weekday, 'nikdo nebyl zraněn' (no one hurt)",
        "Dron zaútočil v pondělí na americkou základnu Ajn al-Asad, která leží na západě Iráku. Podle mluvčího "
        "koalice nebyl nikdo zraněn.",
        "2024-01-26",
        [
            ("Ain al-Asad Air Base", "Iraq", "2024-01-22", ["drone"], 1, None, 0, None),
        ],
    ),
    (
        "rockets counted in words, on a written date ('25. října'), 'bez obětí'",
        "Podle bezpečnostních zdrojů bylo 25. října vypáleno nejméně pět raket na americkou základnu at-Tanf "
        "na jihu Sýrie. Útok byl bez obětí.",
        "2023-10-27",
        [
            ("Al-Tanf Garrison", "Syria", "2023-10-25", ["rocket"], 5, 0, 0, None),
        ],
    ),
    (
        "rockets on the air base named by its town ('letecká základna v Erbílu'), three soldiers wounded",
        "Ve středu byla letecká základna v Erbílu ostřelována raketami. Tři američtí vojáci byli zraněni, "
        "jak uvedl Pentagon, který také potvrdil, že škody jsou malé.",
        "2024-01-26",
        [
            ("Erbil Air Base", "Iraq", "2024-01-24", ["rocket"], None, None, 3, None),
        ],
    ),
    (
        "two drones on Harir, four coalition soldiers wounded",
        "Dva drony zasáhly v úterý základnu Harír v iráckém Kurdistánu, podle představitele, který si přál "
        "zůstat v anonymitě. Čtyři vojáci koalice utrpěli lehká zranění a byli převezeni do nemocnice.",
        "2024-01-26",
        [
            ("Harir Air Base", "Iraq", "2024-01-23", ["drone"], 2, None, 4, None),
        ],
    ),
    (
        "a claim told inverted: 'k útoku se přihlásil Islámský odpor v Iráku'",
        "K útoku dronem na základnu Harír, k němuž došlo v úterý, se přihlásil Islámský odpor v Iráku. Skupina "
        "podle svého prohlášení použila drony, které jsou vyrobeny v Íránu.",
        "2024-01-26",
        [
            ("Harir Air Base", "Iraq", "2024-01-23", ["drone"], None, None, None, "Islamic Resistance in Iraq"),
        ],
    ),
    (
        "a claim told subject first: 'Kataib Hizballáh se přihlásil k útoku'",
        "Skupina Kataib Hizballáh, která je napojena na Írán, se v sobotu přihlásila k raketovému útoku na "
        "základnu Ajn al-Asad. Podle Pentagonu nebyly hlášeny žádné oběti.",
        "2024-01-22",
        [
            ("Ain al-Asad Air Base", "Iraq", "2024-01-20", ["rocket"], None, 0, 0, "Kataib Hezbollah"),
        ],
    ),
    (
        "rockets on the embassy in Baghdad on a weekday, no damage",
        "Na americké velvyslanectví v Bagdádu dopadly v noci na pátek tři rakety typu Kaťuša. Podle "
        "irácké policie nikdo nebyl zraněn, ale byla poškozena jedna budova.",
        "2024-01-26",
        [
            ("U.S. Embassy Baghdad", "Iraq", "2024-01-26", ["rocket"], 3, None, 0, None),
        ],
    ),
    (
        "two bases in one article, each on its own day",
        "V pondělí zasáhl dron základnu Šaddádí na severovýchodě Sýrie, která je jednou z hlavních základen "
        "koalice. O den později zaútočily drony na ropné pole Al-Umar, kde sídlí americké síly.",
        "2024-01-26",
        [
            ("Shaddadi", "Syria", "2024-01-22", ["drone"], 1, None, None, None),
            ("Green Village", "Syria", "2024-01-23", ["drone"], None, None, None, None),
        ],
    ),
    (
        "the deadly attack on Tower 22 in Jordan: three soldiers killed, more than thirty wounded",
        "Při útoku dronem na základnu Věž 22 v Jordánsku v neděli tři američtí vojáci zahynuli a více než "
        "třicet dalších bylo zraněno.",
        "2024-01-29",
        [
            ("Tower 22", "Jordan", "2024-01-28", ["drone"], None, 3, 30, None),
        ],
    ),
    (
        "ballistic missiles intercepted over Erbil air base on a numeric date",
        "Dne 15.1.2024 vypálil Írán balistické střely na leteckou základnu v Erbílu. Podle Kurdů byla většina "
        "z nich zachycena protivzdušnou obranou.",
        "2024-01-16",
        [
            ("Erbil Air Base", "Iraq", "2024-01-15", ["ballistic_missile"], None, None, None, None),
        ],
    ),
    (
        "Slovak: 'útok dronom na základňu', 'vojaci', 'podľa'",
        "Americká základňa Ajn al-Asad sa v stredu stala terčom útoku dronom. Podľa Pentagonu boli dvaja "
        "vojaci ľahko zranení.",
        "2024-01-26",
        [
            ("Ain al-Asad Air Base", "Iraq", "2024-01-24", ["drone"], None, None, 2, None),
        ],
    ),
    (
        "a roadside bomb on a coalition logistics convoy, no one hurt",
        "V pátek explodovala nálož u silnice při průjezdu logistického konvoje koalice v provincii Babil. "
        "Podle zdroje v policii nikdo nebyl zraněn.",
        "2024-01-26",
        [
            (None, "Iraq", "2024-01-26", ["ied"], None, None, 0, None),
        ],
    ),
    (
        "U.S. airstrikes on militia depots in retaliation: no attack on U.S. forces",
        "Americké stíhačky ve čtvrtek provedly nálety na sklady zbraní proíránských milic na východě Sýrie. "
        "Podle Pentagonu šlo o odvetu za útoky na americké síly, které provedly proíránské milice.",
        "2024-01-26",
        [],
    ),
    (
        "Houthis firing on a ship in the Red Sea: no attack on U.S. forces",
        "Jemenští povstalci Húsí ve středu zaútočili na obchodní loď v Rudém moři. Podle britské agentury "
        "loď nebyla poškozena a je na cestě do přístavu.",
        "2024-01-26",
        [],
    ),
    (
        "an Israeli airstrike on Damascus airport killing Syrian soldiers: no attack on U.S. forces",
        "Izraelská letadla v noci provedla nálet na letiště v Damašku, které bylo vyřazeno z provozu. Zahynuli "
        "dva syrští vojáci, uvedla syrská státní média.",
        "2024-01-26",
        [],
    ),
    (
        "talks on the coalition's withdrawal from Iraq: no attack",
        "Bagdád a Washington zahájily v sobotu rozhovory o stažení vojsk koalice vedené USA z Iráku. Podle "
        "irácké vlády zatím nebyl stanoven žádný harmonogram, který by určil konec mise.",
        "2024-01-26",
        [],
    ),
]


def test_cases(rows_of) -> None:
    assert rows_of(CASES, FIELDS) == [(row[0], row[-1]) for row in CASES]


def test_language_of_czech() -> None:
    paragraph = ("Americká vojenská základna v Sýrii byla v noci napadena drony, oznámil Pentagon. Podle mluvčího "
                 "nebyl nikdo z vojáků zraněn a k útoku se zatím nepřihlásila žádná skupina, která by byla "
                 "napojena na Írán.")
    assert language_of(paragraph) == "cs"
