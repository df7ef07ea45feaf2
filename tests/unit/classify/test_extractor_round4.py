"""Reporting patterns of a fourth round: several targets in one sentence, a day's count broken
down by place, tallies and examples that are no attacks, days that open a period, bases named
by a later reference, convoys placed by province.

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest

from agents.classify.core import extract
from streams.records import Article


# What each row of the table gives for every event.
FIELDS = ("base", "country", "event_date", "weapons", "munitions", "claimed_by")


CASES = [
    (
        "an unnamed base told in the same breath as a named U.S. site is one more of them",
        "Two drones targeted the al-Tanf garrison on Thursday and one drone targeted a base in northern Iraq, an official said.",
        [("Al-Tanf Garrison", "Syria", "2024-01-25", ["drone"], 2, None),
         (None, "Iraq", "2024-01-25", ["drone"], 1, None)],
    ),
    (
        "a second object of the same verb, and the weapon told after both",
        "On Thursday the Islamic Resistance in Iraq said it struck Erbil air base and a U.S. base in Syria with drones.",
        [("Erbil Air Base", "Iraq", "2024-01-25", ["drone"], None, "Islamic Resistance in Iraq"),
         (None, "Syria", "2024-01-25", ["drone"], None, "Islamic Resistance in Iraq")],
    ),
    (
        "the weapon told before both objects",
        "Rockets hit Ain al-Asad air base on Thursday and a U.S. base in Syria.",
        [("Ain al-Asad Air Base", "Iraq", "2024-01-25", ["rocket"], None, None),
         (None, "Syria", "2024-01-25", ["rocket"], None, None)],
    ),
    (
        "a national army's base beside a U.S. site is not one of them",
        "A drone hit Erbil air base on Thursday and a Kurdish base near Sulaymaniyah, officials said.",
        [("Erbil Air Base", "Iraq", "2024-01-25", ["drone"], 1, None)],
    ),
    (
        "an airport beside a U.S. site is not tied to U.S. forces by company alone",
        "Rockets hit Ain al-Asad air base on Thursday and an airport in Syria.",
        [("Ain al-Asad Air Base", "Iraq", "2024-01-25", ["rocket"], None, None)],
    ),
    (
        "the Iraqi army as the source of the report, not the owner of the base",
        "Rockets struck Ain al-Asad air base on Thursday, according to the Iraqi army.",
        [("Ain al-Asad Air Base", "Iraq", "2024-01-25", ["rocket"], None, None)],
    ),
    (
        "a PMF base near a U.S. site is still not the U.S. site",
        "Rockets struck a PMF base near Ain al-Asad on Thursday, PMF sources said.",
        [],
    ),
    (
        "an oil field that hosts U.S. forces, then named",
        "A drone attack hit a U.S.-occupied oil field in eastern Syria on Thursday. "
        "The oil field, known as the al-Omar oil field, has changed hands several times in the war.",
        [("Green Village", "Syria", "2024-01-25", ["drone"], None, None)],
    ),
    (
        "an oil field with nothing tying it to U.S. forces",
        "A drone attack hit an oil field in Syria on Thursday.",
        [],
    ),
    (
        "a day that opens a period dates no attack",
        "A rocket was fired at a base housing coalition forces at Rumalyn, Syria, marking the first time "
        "since Jan. 4 that militias have attacked a U.S. facility.",
        [("Rumalyn Landing Zone", "Syria", "2024-01-26", ["rocket"], 1, None)],
    ),
    (
        "a tally over a period since a weekday is not that day's attacks",
        "Erbil air base and a camp near Baghdad airport have been the target of five attacks since Wednesday.",
        [],
    ),
    (
        "'in what has been a recent uptick' sets the attack among others, and 'troops at' names its base",
        "Two U.S. service members were hurt in a rocket attack on a military base in Iraq on Thursday, officials said, "
        "in what has been a recent rise in attacks on American troops. "
        "Tensions in the region have grown for weeks. "
        "Officials said troops at Ain al-Asad air base were still assessing the damage.",
        [("Ain al-Asad Air Base", "Iraq", "2024-01-25", ["rocket"], None, None)],
    ),
    (
        "what militias typically do is background",
        "Officials typically blame Iran-backed groups for attacking U.S. forces in Iraq.",
        [],
    ),
    (
        "bases given as examples are no attack",
        "Militias have fired drones and rockets at U.S. military facilities such as Ain al-Asad in Iraq and al-Tanf in Syria.",
        [],
    ),
    (
        "'three other bases' followed by the list that names them",
        "Drones hit Erbil air base on Thursday, and three other bases, the al-Tanf garrison and Shaddadi base "
        "as well as one more in Hasakah, were targeted later that day.",
        [("Al-Tanf Garrison", "Syria", "2024-01-25", ["unknown"], None, None),
         ("Erbil Air Base", "Iraq", "2024-01-25", ["drone"], None, None),
         ("Shaddadi", "Syria", "2024-01-25", ["unknown"], None, None),
         (None, "Syria", "2024-01-25", ["unknown"], None, None)],
    ),
    (
        "a later 'the drone strike on <base>' names the unnamed attack in focus",
        "A drone attack on a base in Jordan killed two U.S. soldiers on Thursday. Tehran denied any role. "
        "The drone strike on Tower 22, a small logistics outpost, was the deadliest since the war began.",
        [("Tower 22", "Jordan", "2024-01-25", ["drone"], None, None)],
    ),
    (
        "a lead's 'no casualties' holds for the attack the body then names",
        "No casualties or damage were reported after CENTCOM said the base was targeted by three rockets. "
        "CENTCOM said the rockets targeted the Green Village base in northeast Syria on Thursday.",
        [("Green Village", "Syria", "2024-01-25", ["rocket"], None, None)],
    ),
    (
        "'That ...' after a sentence about a vague older time goes on with that story",
        "A rocket targeted coalition forces at the Conoco gas field in Syria on Thursday, causing no injuries. "
        "The site was last attacked in early December, when several bases in Syria were hit. "
        "That round began when a drone struck a coalition base and killed a U.S. contractor.",
        [("Mission Support Site Euphrates", "Syria", "2024-01-25", ["rocket"], 1, None)],
    ),
    (
        "a convoy placed by 'the southern Iraqi province of'",
        "On Thursday, a convoy carrying supplies for the U.S.-led coalition came under attack near Samawah "
        "in the southern Iraqi province of Muthanna.",
        [(None, "Iraq", "2024-01-25", ["unknown"], None, None)],
    ),
    (
        "'the supply convoy of the forces of the coalition', in the one country the sentence names",
        "A new attack was carried out in Iraq on the supply convoy of the forces of the US-led coalition.",
        [(None, "Iraq", "2024-01-26", ["unknown"], None, None)],
    ),
    (
        "'the latest attack took place in' a country, in a story about attacks on U.S. forces",
        "U.S. forces in Iraq and Syria have been attacked at least 20 times this month, the Pentagon said. "
        "The latest attack took place in the Kurdistan region of northern Iraq on Thursday, causing no casualties.",
        [(None, "Iraq", "2024-01-25", ["unknown"], None, None)],
    ),
    (
        "'the latest attack' somewhere with no U.S. forces in the story",
        "Gunmen have struck police posts across the province. The latest attack took place in Diyala, Iraq on Thursday.",
        [],
    ),
    (
        "'U.S. and Coalition forces' with a capital C",
        "Iran-backed militants attacked U.S. and Coalition forces in eastern Syria on Thursday with rockets.",
        [(None, "Syria", "2024-01-25", ["rocket"], None, None)],
    ),
    (
        "'US personnel with a drone strike' is a strike on them, not theirs",
        "Militants attacked a base in Syria that houses US personnel with a drone strike on Thursday.",
        [(None, "Syria", "2024-01-25", ["drone"], None, None)],
    ),
    (
        "'two dozen rockets'",
        "Two dozen rockets were fired at Ain al-Asad air base on Thursday.",
        [("Ain al-Asad Air Base", "Iraq", "2024-01-25", ["rocket"], 24, None)],
    ),
    (
        "the lines of a tally list are no attacks",
        "A drone hit the Conoco gas field base on Thursday. Since October, the attacks have been spread as follows:\n"
        "14 attacks on the al-Omar oil field base.\n12 attack on Shaddadi base.\nOne attack on Qasrak base.",
        [("Mission Support Site Euphrates", "Syria", "2024-01-25", ["drone"], 1, None)],
    ),
    (
        "a day's count broken down by place: one attack per time",
        "U.S. forces were targeted with drones four times on Thursday, twice at Erbil air base and twice at "
        "separate bases in Syria, an official said.",
        [("Erbil Air Base", "Iraq", "2024-01-25", ["drone"], None, None),
         ("Erbil Air Base", "Iraq", "2024-01-25", ["drone"], None, None),
         (None, "Syria", "2024-01-25", ["drone"], None, None),
         (None, "Syria", "2024-01-25", ["drone"], None, None)],
    ),
    (
        "'twice' over a vague period is no breakdown",
        "The base was hit twice in the past month.",
        [],
    ),
    (
        "'a convoy of trucks carrying supplies for the coalition'",
        "A convoy of trucks carrying supplies for the U.S.-led coalition was hit by a roadside bomb in Iraq on Thursday.",
        [(None, "Iraq", "2024-01-25", ["ied"], None, None)],
    ),
    (
        "'the attacks had caused ... and wounded' is a tally's toll",
        "The monitor said the attacks had caused material damage and wounded several coalition soldiers.",
        [],
    ),
    (
        "drones destroyed 'near U.S. and Coalition forces' before they reached them",
        "On Thursday the U.S. military destroyed two one-way attack drones near U.S. forces in southwest Syria "
        "before they reached their targets.",
        [(None, "Syria", "2024-01-25", ["drone"], 2, None)],
    ),
]


def test_a_day_opening_a_period_still_gives_the_pause_cue(case_text) -> None:
    text = case_text(CASES, "a day that opens")
    output = extract(Article.create(title="", text=text, published="2024-01-26")).to_contract()
    assert (output["pause_since"], output["pause_phrase"]) == ("2024-01-04", "the first time since Jan. 4")


@pytest.mark.parametrize(("prefix", "killed_injured"), [
    ("a lead's 'no casualties'", (0, 0)),  # the lead's zeros reach the attack the body names
    ("'That ...' after", (None, 0)),       # the older story's dead contractor is not this attack's
])
def test_casualties_of_a_case(prefix: str, killed_injured: tuple, events_of, case_text) -> None:
    event = events_of(case_text(CASES, prefix))[0]
    assert (event["killed"], event["injured"]) == killed_injured


def test_cases(brief_of) -> None:
    assert [(name, brief_of(text, FIELDS)) for name, text, _ in CASES] == [(name, want) for name, _, want in CASES]
