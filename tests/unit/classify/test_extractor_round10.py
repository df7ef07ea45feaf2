"""Reporting patterns of a tenth round: soldiers named by their service, and dated references that name a base.

Every sentence here is written for these tests.
"""

from __future__ import annotations

# What each row of the table gives for every event.
FIELDS = ("base", "country", "event_date", "weapons", "munitions", "killed", "injured")

CASES = [
    (
        "'the three Army soldiers who were killed in a drone attack in Jordan': U.S. soldiers by their service",
        "The Pentagon on Friday named the three Army soldiers who were killed in a drone attack in Jordan on "
        "Thursday.",
        [(None, "Jordan", "2024-01-25", ["drone"], None, 3, None)],
    ),
    (
        "'Army Reserve soldiers' likewise",
        "Two Army Reserve soldiers were wounded in a rocket attack in Syria on Thursday.",
        [(None, "Syria", "2024-01-25", ["rocket"], None, None, 2)],
    ),
    (
        "'Iraqi Army soldiers' are not",
        "Three Iraqi Army soldiers were killed in a drone attack in Anbar on Thursday.",
        [],
    ),
    (
        "'in the Jan. 21 attack on Tower 22 in Jordan', told after another attack, names the unnamed attack of "
        "that day",
        "Militias launched a drone at a U.S. outpost in eastern Syria on Thursday. It came days after the Jan. 21 "
        "drone strike on a U.S. base in Jordan that killed three American soldiers. Thursday's attack on the base "
        "at the Conoco gas field was claimed by the Islamic Resistance in Iraq. The group is considered by the "
        "U.S. to be responsible for the drone strike that killed the soldiers in the Jan. 21 attack on Tower 22 in "
        "Jordan as well as many of the more than 160 attacks on U.S. forces in Iraq and Syria.",
        [("Tower 22", "Jordan", "2024-01-21", ["drone"], None, 3, None),
         ("Mission Support Site Euphrates", "Syria", "2024-01-25", ["drone"], 1, None, None)],
    ),
    (
        "a base named far from the story's day, in blame for older attacks, names nothing",
        "A single rocket struck close to a military base hosting US troops in Iraq on Thursday. No one claimed "
        "Thursday's attack, but US officials have previously blamed militias for assaults against the US "
        "Embassy in Baghdad.",
        [(None, "Iraq", "2024-01-25", ["rocket"], 1, None, None)],
    ),
    (
        "'15 small rockets impacted the base', after background that let the attack go: the one base the story "
        "named, on the day told",
        "A rocket attack on a base in Iraq killed two U.S. soldiers. Twelve people were injured in the attack on the Taji "
        "military camp. Taji is north of Baghdad. The killing of a general in January led to a spike in attacks. "
        "Since then there have been sporadic attacks on foreign forces.\n\nThe Joint Command said that on "
        "Wednesday at 7:35 p.m. Iraqi time, 15 small rockets impacted the base.",
        [("Camp Taji", "Iraq", "2024-01-24", ["rocket"], 15, 2, 12)],
    ),
    (
        "'militias ... have targeted U.S. military installations across Iraq as well as the Green Zone that houses the "
        "U.S. embassy': the campaign's reach, no attack on the embassy",
        "Rockets hit an American base at Baghdad airport on Thursday night. No group claimed the attack, but militias "
        "tied to Iran have targeted U.S. military installations across Iraq as well as the Green Zone in Baghdad that "
        "houses the U.S. embassy complex.",
        [("Victory Base Complex", "Iraq", "2024-01-25", ["rocket"], None, None, None)],
    ),
    (
        "'attacked four times in Iraq and Syria on Thursday ..., but there were no casualties': the day's count, "
        "with its zeros for every attack; 'at two sites in Syria with rockets and a drone' gives the unnamed ones "
        "their weapons",
        "U.S. forces were attacked four times in Iraq and Syria on Thursday with rockets and drones, but there were "
        "no casualties, an official said. The official said U.S. forces were attacked at two sites in northeastern "
        "Syria with multiple rockets and a one-way attack drone. In Iraq, drones were launched at the Ain al-Asad "
        "air base and a drone was launched at a base housing U.S. forces near Erbil airport.",
        [("Ain al-Asad Air Base", "Iraq", "2024-01-25", ["drone"], None, 0, 0),
         ("Erbil Air Base", "Iraq", "2024-01-25", ["drone"], 1, 0, 0),
         (None, "Syria", "2024-01-25", ["drone", "rocket"], None, 0, 0),
         (None, "Syria", "2024-01-25", ["drone", "rocket"], None, 0, 0)],
    ),
    (
        "a toll told lines after a U.S. strike, under a list of older attacks, is not the attacks' told before it",
        "Drones were launched at the Ain al-Asad air base on Thursday. The attacks came a day after the United States "
        "struck Kataib Hezbollah south of Baghdad. Officials said the attacks have targeted U.S. forces dozens of "
        "times since October 17.\n\n- From October 17 to October 24, U.S. bases were attacked more than 10 times. As "
        "a result, 20 American servicemen were wounded.",
        [("Ain al-Asad Air Base", "Iraq", "2024-01-25", ["drone"], None, None, None)],
    ),
    (
        "'Most of the attacks have targeted Al-Asad Airbase and al-Tanf', 'have targeted US forces in various "
        "locations': a share of many attacks, and their spread",
        "U.S. troops in Iraq and Syria have faced at least 38 attacks since October 17. The attacks, made with drones "
        "and rockets, have targeted US and coalition forces in various locations. Most of the attacks have targeted "
        "Al-Asad Airbase in Iraq and al-Tanf Garrison in Syria.",
        [],
    ),
    (
        "'credit for most of the attacks, including the one that wounded three US troops on Thursday': that one is "
        "told",
        "The Islamic Resistance in Iraq has taken credit for most of the attacks, including the one that wounded "
        "three US troops on Thursday, which targeted a base in Erbil.",
        [(None, "Iraq", "2024-01-25", ["unknown"], None, None, 3)],
    ),
    (
        "a convoy hit by a roadside bomb and a drone shot down at a base the same morning: two attacks",
        "On Thursday morning, a convoy of coalition troops was hit by an improvised explosive device near the Mosul "
        "Dam in Iraq, but there were no casualties. Also on Thursday morning, a drone targeting U.S. forces at Ain "
        "al-Asad air base was shot down.",
        [(None, "Iraq", "2024-01-25", ["ied"], None, 0, 0),
         ("Ain al-Asad Air Base", "Iraq", "2024-01-25", ["drone"], 1, None, None)],
    ),
]


def test_cases(brief_of) -> None:
    assert [(name, brief_of(text, FIELDS)) for name, text, _ in CASES] == [(name, want) for name, _, want in CASES]
