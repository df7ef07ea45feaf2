"""Reporting patterns of a sixth round: one barrage called by two names, "the day before" in a story
that has told no day yet, and an older attack on "this airbase".

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest

# What each row of the table gives for every event.
FIELDS = ("base", "country", "event_date", "weapons", "munitions", "killed", "injured")

CASES = [
    (
        "'rocket fire ... 15 missiles were fired': one barrage, counted once, as rockets",
        "A U.S. base at the Conoco gas field came under rocket fire on Thursday, a local source said. "
        "Fifteen missiles were fired at the base, causing loud explosions.",
        [("Mission Support Site Euphrates", "Syria", "2024-01-25", ["rocket"], 15, None, None)],
    ),
    (
        "missiles told without rockets stay missiles",
        "Two missiles struck near al-Tanf garrison on Thursday.",
        [("Al-Tanf Garrison", "Syria", "2024-01-25", ["missile"], 2, None, None)],
    ),
    (
        "ballistic missiles beside rockets are a weapon of their own",
        "Ballistic missiles and rockets were fired at Ain al-Asad air base on Thursday.",
        [("Ain al-Asad Air Base", "Iraq", "2024-01-25", ["ballistic_missile", "rocket"], None, None, None)],
    ),
    (
        "'the day before' with no day told yet counts back from publication, and stays its own attack",
        "Rockets were fired at Ain al-Asad air base, officials said. "
        "The day before, air defences at Ain al-Asad intercepted a drone near the base.",
        [("Ain al-Asad Air Base", "Iraq", "2024-01-25", ["drone"], 1, None, None),
         ("Ain al-Asad Air Base", "Iraq", "2024-01-26", ["rocket"], None, None, None)],
    ),
    (
        "'drones also hit this airbase' on another day is another attack on it",
        "Rockets hit Harir air base on Thursday. On Monday, drones also hit this airbase.",
        [("Harir Air Base", "Iraq", "2024-01-22", ["drone"], None, None, None),
         ("Harir Air Base", "Iraq", "2024-01-25", ["rocket"], None, None, None)],
    ),
    (
        "strikes 'intended to disrupt' the militias tell a purpose, not a threat that hides the attack told",
        "The raids answer an attack on Erbil Air Base on Thursday and were intended to disrupt the groups responsible.",
        [("Erbil Air Base", "Iraq", "2024-01-25", ["unknown"], None, None, None)],
    ),
    (
        "militants 'intended to attack' a base is still a threat",
        "Militants intended to attack Harir air base on Thursday.",
        [],
    ),
    (
        "troops 'wounded in action in a deadly drone attack' were the attack's object",
        "Four U.S. troops were wounded in action in a deadly drone attack in Jordan on Sunday.",
        [(None, "Jordan", "2024-01-21", ["drone"], None, None, 4)],
    ),
    (
        "one 'American servicemember' wounded is the attack's object, and 'the event' that 'took place on' a day dates it",
        "An American servicemember was seriously wounded in a drone attack by a militia in Iraq. "
        "The event took place on Tuesday.",
        [(None, "Iraq", "2024-01-23", ["drone"], None, None, 1)],
    ),
    (
        "'the incident took place on Tuesday' dates the attack in focus though it has no attack word",
        "A rocket struck al-Tanf garrison, a U.S. official said. The incident took place on Tuesday.",
        [("Al-Tanf Garrison", "Syria", "2024-01-23", ["rocket"], 1, None, None)],
    ),
    (
        "coalition convoys targeted 'in the governorates of' three provinces: one attack in each",
        "Convoys of logistical support for the coalition forces were targeted with roadside bombs on Thursday "
        "in the governorates of Basra, Dhi Qar and Anbar, causing no casualties.",
        [(None, "Iraq", "2024-01-25", ["ied"], None, 0, 0),
         (None, "Iraq", "2024-01-25", ["ied"], None, 0, 0),
         (None, "Iraq", "2024-01-25", ["ied"], None, 0, 0)],
    ),
    (
        "a named base beside the list of provinces stays one attack",
        "Rockets hit Ain al-Asad air base on Thursday, in the provinces of Anbar and Salahuddin, officials said.",
        [("Ain al-Asad Air Base", "Iraq", "2024-01-25", ["rocket"], None, None, None)],
    ),
    (
        "drones 'brought down by the defense system' at a base attacked it",
        "On Tuesday, two drones were brought down by the defense system at Ain al-Asad air base.",
        [("Ain al-Asad Air Base", "Iraq", "2024-01-23", ["drone"], 2, None, None)],
    ),
    (
        "'taken down two drones that attempted to attack' a base: the attempt was made",
        "The army said it had taken down two drones that attempted to attack Harir air base on Wednesday.",
        [("Harir Air Base", "Iraq", "2024-01-24", ["drone"], 2, None, None)],
    ),
    (
        "air defences that 'confronted two drones' at a base",
        "Air defences at al-Tanf garrison confronted two drones on Monday.",
        [("Al-Tanf Garrison", "Syria", "2024-01-22", ["drone"], 2, None, None)],
    ),
    (
        "flags 'taken down' at a base are no attack",
        "Soldiers took down the flags at Ain al-Asad air base on Monday.",
        [],
    ),
    (
        "militias that 'carried out rocket attacks on' a base 'on Dec. 20' told that attack, weeks old as it is",
        "Iran-backed militias carried out rocket attacks on the coalition base at Green Village on Dec. 20.",
        [("Green Village", "Syria", "2023-12-20", ["rocket"], None, None, None)],
    ),
    (
        "'carried out a surprise attack on Oct. 7' names a day, not a target",
        "The war began when Hamas carried out a surprise attack on Oct. 7, officials said.",
        [],
    ),
    (
        "', marking the latest incident in a spate of recent strikes' places the attack told in a series",
        "Erbil air base was struck by drones late Tuesday, marking the latest incident in a spate of recent strikes.",
        [("Erbil Air Base", "Iraq", "2024-01-23", ["drone"], None, None, None)],
    ),
    (
        "'a spate of recent strikes' alone is still background",
        "Erbil air base has faced a spate of recent strikes.",
        [],
    ),
    (
        "U.S. strikes 'following a drone attack that killed three soldiers' tell that attack as their cause, undated",
        "The United States struck militia groups in Syria and Iraq, following a drone attack that killed three "
        "American soldiers at a remote base in Jordan.",
        [],
    ),
    (
        "U.S. strikes 'following a drone attack ... earlier that day' date the attack they answer",
        "U.S. forces carried out airstrikes on Thursday following a drone attack on Erbil air base earlier that day.",
        [("Erbil Air Base", "Iraq", "2024-01-25", ["drone"], None, None, None)],
    ),
    (
        "'Ain al-Asad air base ... and a base in Erbil': the unnamed base is a second target",
        "Missiles hit Ain al-Asad air base in western Iraq and a base in Erbil on Thursday, each hosting U.S. forces.",
        [("Ain al-Asad Air Base", "Iraq", "2024-01-25", ["missile"], None, None, None),
         (None, "Iraq", "2024-01-25", ["missile"], None, None, None)],
    ),
    (
        "'a base hosting U.S. forces near Erbil International Airport' is the base it names",
        "Drones were launched at Ain al-Asad air base and at a base hosting U.S. forces near Erbil airport on Thursday.",
        [("Ain al-Asad Air Base", "Iraq", "2024-01-25", ["drone"], None, None, None),
         ("Erbil Air Base", "Iraq", "2024-01-25", ["drone"], None, None, None)],
    ),
    (
        "rockets on 'an army base that hosts Turkish forces, killing one soldier' are another army's",
        "A drone struck Erbil air base on Wednesday. Earlier, two rockets landed on an army base north of the city "
        "that hosts Turkish forces, killing one soldier.",
        [("Erbil Air Base", "Iraq", "2024-01-24", ["drone"], 1, None, None)],
    ),
    (
        "'renewed drone and rocket attacks on U.S. forces in both Iraq and Syria' names the campaign's weapons",
        "A drone targeted Harir air base on Wednesday. "
        "The group renewed drone and rocket attacks on U.S. forces in both Iraq and Syria last week.",
        [("Harir Air Base", "Iraq", "2024-01-24", ["drone"], 1, None, None)],
    ),
    (
        "'launched five rockets from Iraq into Syria' still counts the attack's rounds",
        "Rockets targeted Rumalyn base on Thursday. Militants launched five rockets from Iraq into Syria at the base.",
        [("Rumalyn Landing Zone", "Syria", "2024-01-25", ["rocket"], 5, None, None)],
    ),
    (
        "a photo caption 'in this undated picture obtained' shows an older attack; it reports none",
        "Three rockets hit Camp Taji on Thursday. A launcher is seen after rockets struck Camp Taji, in this undated "
        "picture obtained Jan. 12.",
        [("Camp Taji", "Iraq", "2024-01-25", ["rocket"], 3, None, None)],
    ),
    (
        "the IRI 'claimed the attack in a statement, and said ... Harir was also targeted': both attacks are claimed",
        "A drone was launched at Ain al-Asad air base on Thursday. The Islamic Resistance in Iraq claimed the attack "
        "in a statement, and said that Harir air base was also targeted with a drone on Thursday.",
        [("Ain al-Asad Air Base", "Iraq", "2024-01-25", ["drone"], 1, None, None),
         ("Harir Air Base", "Iraq", "2024-01-25", ["drone"], 1, None, None)],
    ),
    (
        "a claim of 'the attack on Harir' is not the earlier attack's",
        "A drone was launched at Ain al-Asad air base on Thursday. Kataib Hezbollah claimed the attack on Harir air "
        "base on Thursday.",
        [("Ain al-Asad Air Base", "Iraq", "2024-01-25", ["drone"], 1, None, None),
         ("Harir Air Base", "Iraq", "2024-01-25", ["unknown"], None, None, None)],
    ),
    (
        "'later that day' with no day told yet is the day of publication",
        "A drone struck al-Tanf garrison later that day, a spokesman said.",
        [("Al-Tanf Garrison", "Syria", "2024-01-26", ["drone"], 1, None, None)],
    ),
]


def test_cases(brief_of) -> None:
    assert [(name, brief_of(text, FIELDS)) for name, text, _ in CASES] == [(name, want) for name, _, want in CASES]


@pytest.mark.parametrize(("prefix", "claimants"), [
    ("the IRI 'claimed the attack in a statement", ["Islamic Resistance in Iraq", "Islamic Resistance in Iraq"]),
    ("a claim of 'the attack on Harir'", [None, "Kataib Hezbollah"]),
])
def test_claims_of_a_case(prefix: str, claimants: list, events_of, case_text) -> None:
    assert [event["claimed_by"] for event in events_of(case_text(CASES, prefix))] == claimants
