"""Reporting patterns of an eighth round: places told as towns, and attacks told around other news.

Every sentence here is written for these tests.
"""

from __future__ import annotations

# What each row of the table gives for every event.
FIELDS = ("base", "country", "event_date", "weapons", "munitions", "killed", "injured")

CASES = [
    (
        "'attacked by two rockets ... in Syria's town of Al-Shadadi': the base that bears the town's name",
        "The international coalition was attacked by two rockets late Thursday in northeastern Syria's town "
        "of Al-Shadadi, a statement said.",
        [("Shaddadi", "Syria", "2024-01-25", ["rocket"], 2, None, None)],
    ),
    (
        "'the town of Al-Shadadi' with no attack told in it stays a place",
        "Rockets struck a U.S. base in Syria on Thursday. Troops searched the town of Al-Shadadi for the launchers.",
        [(None, "Syria", "2024-01-25", ["rocket"], None, None, None)],
    ),
    (
        "'An Iraqi army officer ... told Xinhua that' names who reports the attack, not whose base was hit",
        "An Iraqi army officer in Anbar province told Xinhua that air defences at Ayn al-Asad airbase shot down "
        "an explosive-laden drone targeting the base on Thursday.",
        [("Ain al-Asad Air Base", "Iraq", "2024-01-25", ["drone"], 1, None, None)],
    ),
    (
        "'the Iraqi army said its base was hit' is still the army's own base",
        "Two rockets hit an Iraqi army base near Ain al-Asad on Thursday.",
        [],
    ),
    (
        "a claim of 'rockets and drones' at three named bases is narrowed by what each base is told to have "
        "seen alone; a base told of nowhere else keeps the list",
        "The group said its fighters fired rockets and drones on Thursday at a base near the Erbil airport, "
        "the Ayn al-Asad airbase and a U.S. base in the Conoco gas field in Syria. Air defences at Ayn al-Asad "
        "shot down an explosive-laden drone targeting the base. A war monitor confirmed the rocket attack on the "
        "base in the Conoco gas field.",
        [("Ain al-Asad Air Base", "Iraq", "2024-01-25", ["drone"], 1, None, None),
         ("Erbil Air Base", "Iraq", "2024-01-25", ["drone", "rocket"], None, None, None),
         ("Mission Support Site Euphrates", "Syria", "2024-01-25", ["rocket"], None, None, None)],
    ),
    (
        "a list told of one base by two of its names stays whole",
        "No injuries reported\n\nRockets fired at Victory base near Baghdad International Airport\n\n"
        "Rockets were launched at the Victory base near Baghdad International Airport early Thursday, with two "
        "missiles landing inside the airport grounds.\n\nAn official said the rockets, described as Katyusha "
        "missiles, struck two different spots.",
        [("Victory Base Complex", "Iraq", "2024-01-25", ["rocket"], 2, None, None)],
    ),
    (
        "'claimed responsibility for the drone strike on al-Harir Air Base, citing retaliation for' a war: the "
        "claim tells the attack; what it answers is the reference",
        "The Islamic Resistance in Iraq claimed responsibility for the drone strike on al-Harir Air Base, citing "
        "retaliation for U.S. support of Israel.",
        [("Harir Air Base", "Iraq", "2024-01-26", ["drone"], None, None, None)],
    ),
    (
        "'claimed responsibility ... in retaliation for' likewise",
        "The Islamic Resistance in Iraq claimed responsibility for a drone strike on al-Harir Air Base in "
        "retaliation for the war on Gaza.",
        [("Harir Air Base", "Iraq", "2024-01-26", ["drone"], None, None, None)],
    ),
    (
        "a strike 'in retaliation for the drone attack on al-Harir Air Base' still tells no attack",
        "U.S. jets struck militia depots in retaliation for the drone attack on al-Harir Air Base.",
        [],
    ),
    (
        "'bases in Syria's al-Tanf region and al-Shaddadi town': two bases named by their areas",
        "Drones struck U.S. bases in Syria's al-Tanf region and al-Shaddadi town on Thursday.",
        [("Al-Tanf Garrison", "Syria", "2024-01-25", ["drone"], None, None, None),
         ("Shaddadi", "Syria", "2024-01-25", ["drone"], None, None, None)],
    ),
    (
        "'the al-Tanf region' with no base before it stays an area",
        "Drones struck a U.S. base in Syria on Thursday. Militias are active in the al-Tanf region.",
        [(None, "Syria", "2024-01-25", ["drone"], None, None, None)],
    ),
    (
        "'was attacked for the second time in the early hours of January 25' counts this attack, on its own day",
        "Late on January 24, a salvo of rockets targeted the Green Village base. The Green Village base was attacked "
        "for the second time in the early hours of January 25 with at least three suicide drones.",
        [("Green Village", "Syria", "2024-01-24", ["rocket"], None, None, None),
         ("Green Village", "Syria", "2024-01-25", ["drone"], 3, None, None)],
    ),
    (
        "'the second time this month' still looks back",
        "Rockets struck the Green Village base on Thursday. Drones attacked the Green Village base for the "
        "second time this month.",
        [("Green Village", "Syria", "2024-01-25", ["rocket"], None, None, None)],
    ),
    (
        "'security forces thwarted an attack on a convoy' found the bomb before it went off: no attack",
        "Security forces on Thursday thwarted an attack on a convoy carrying supplies for the US-led coalition "
        "south of Baghdad.",
        [],
    ),
    (
        "'foiled the Thursday attack that was using drones' on a base still tells the drones' attack",
        "Kurdish-led forces said they foiled the Thursday attack that was using drones on the al-Omar oil field.",
        [("Green Village", "Syria", "2024-01-25", ["drone"], None, None, None)],
    ),
    (
        "a strike 'in response to an Iranian-aligned attack against US forces in Syria yesterday' tells that "
        "attack, with its day",
        "CENTCOM forces struck a weapons storage facility in Syria. The strike is in response to an "
        "Iranian-aligned attack against US forces in Syria yesterday, CENTCOM said.",
        [(None, "Syria", "2024-01-25", ["unknown"], None, None, None)],
    ),
    (
        "'in response to a drone attack on Wednesday that wounded five U.S. troops' likewise",
        "The U.S. carried out strikes in eastern Syria in response to a drone attack on Wednesday that wounded "
        "five U.S. troops.",
        [(None, "Syria", "2024-01-24", ["drone"], None, None, 5)],
    ),
    (
        "'in response to the attacks on U.S. forces' with no day stays a reference",
        "The U.S. carried out strikes in eastern Syria in response to the attacks on U.S. forces.",
        [],
    ),
]


def test_cases(brief_of) -> None:
    assert [(name, brief_of(text, FIELDS)) for name, text, _ in CASES] == [(name, want) for name, _, want in CASES]
