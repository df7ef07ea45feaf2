"""Reporting patterns of an eleventh round: claims that cover attacks only counted.

Every sentence here is written for these tests.
"""

from __future__ import annotations

# What each row of the table gives for every event.
FIELDS = ("base", "country", "event_date", "weapons", "munitions", "killed", "injured", "claimed_by")

CASES = [
    (
        "'claimed attacks on those sites', after a day's count told partly: the counted attacks are claimed too",
        "U.S. forces in Iraq and Syria were attacked four times on Thursday, a U.S. official said. Troops were "
        "attacked at two sites in eastern Syria with rockets. In Iraq, a drone was launched at Ain al-Asad air base. "
        "Another drone targeted Harir air base. The Islamic Resistance in Iraq claimed attacks on those sites.",
        [("Ain al-Asad Air Base", "Iraq", "2024-01-25", ["drone"], 1, None, None, "Islamic Resistance in Iraq"),
         ("Harir Air Base", "Iraq", "2024-01-25", ["drone"], 1, None, None, "Islamic Resistance in Iraq"),
         (None, "Syria", "2024-01-25", ["rocket"], None, None, None, "Islamic Resistance in Iraq"),
         (None, "Syria", "2024-01-25", ["rocket"], None, None, None, "Islamic Resistance in Iraq")],
    ),
    (
        "two claimants for the day's attacks told: the counted ones keep none",
        "U.S. forces in Iraq and Syria were attacked four times on Thursday, a U.S. official said. Troops were "
        "attacked at two sites in eastern Syria with rockets. In Iraq, a drone was launched at Ain al-Asad air base. "
        "Kataib Hezbollah claimed that attack. Another drone targeted Harir air base. Harakat al-Nujaba claimed the "
        "strike on Harir.",
        [("Ain al-Asad Air Base", "Iraq", "2024-01-25", ["drone"], 1, None, None, "Kataib Hezbollah"),
         ("Harir Air Base", "Iraq", "2024-01-25", ["drone"], 1, None, None, "Harakat al-Nujaba"),
         (None, "Syria", "2024-01-25", ["rocket"], None, None, None, None),
         (None, "Syria", "2024-01-25", ["rocket"], None, None, None, None)],
    ),
    (
        "'as Washington backs Israel's bombardment of Gaza': the war behind the attacks, no strike story, so the "
        "facts after it stay the attack's",
        "Rockets struck near the U.S. embassy in Baghdad early on Thursday. American bases across the region have "
        "come under fire as Washington backs Israel's bombardment of Gaza. A security official said the rockets "
        "fell close to the embassy's outer wall. The attack caused damage but no casualties.",
        [("U.S. Embassy Baghdad", "Iraq", "2024-01-25", ["rocket"], None, 0, 0, None)],
    ),
    (
        "'officials said six Katyusha rockets were fired', after the lead: the rounds of the one attack in focus",
        "Rockets hit Ain al-Asad air base in western Iraq on Thursday. Iraqi security officials said six Katyusha "
        "rockets were fired from a field to the east.",
        [("Ain al-Asad Air Base", "Iraq", "2024-01-25", ["rocket"], 6, None, None, None)],
    ),
    (
        "rounds of another kind than the attack's are not its count",
        "Rockets hit Ain al-Asad air base in western Iraq on Thursday. Officials said two drones were seen over "
        "Anbar the same night.",
        [("Ain al-Asad Air Base", "Iraq", "2024-01-25", ["rocket"], None, None, None, None)],
    ),
    (
        "'19 troops reported injuries after attacks on bases in Iraq and Syria': a toll over many attacks, not the "
        "one in focus",
        "Rockets hit the Green Village base in eastern Syria on Thursday. Nineteen U.S. troops reported minor "
        "injuries as a result of drone attacks on bases in Iraq and Syria last week.",
        [("Green Village", "Syria", "2024-01-25", ["rocket"], None, None, None, None)],
    ),
    (
        "'has seen a surge of attacks', naming another base: history, no attack on it; 'The attacks ... caused dozens "
        "of injuries' goes on with that history",
        "A drone struck the al-Tanf garrison in southern Syria on Thursday, a militia said. The garrison, like Erbil "
        "air base in Iraq, has seen a surge of attacks this autumn. The attacks, with rockets and missiles, caused "
        "dozens of injuries. Officials put the number of hurt U.S. troops at more than 40.",
        [("Al-Tanf Garrison", "Syria", "2024-01-25", ["drone"], 1, None, None, None)],
    ),
    (
        "'The three attacks' after a count of attacks on three bases: those attacks, told",
        "Drones targeted U.S. forces at three bases on Thursday, bringing the number of attacks since October to "
        "140. The three attacks hit Harir air base, Ain al-Asad air base and the Tal Baidar base in Syria.",
        [("Ain al-Asad Air Base", "Iraq", "2024-01-25", ["drone"], None, None, None, None),
         ("Harir Air Base", "Iraq", "2024-01-25", ["drone"], None, None, None, None),
         ("Tal Baidar", "Syria", "2024-01-25", ["drone"], None, None, None, None)],
    ),
    (
        "'12 personnel were hurt in drone attacks at Harir and Ain al-Asad': one toll over two attacks, not split",
        "Twelve U.S. personnel were hurt in drone attacks at Harir air base and Ain al-Asad air base on Thursday, "
        "officials said.",
        [("Ain al-Asad Air Base", "Iraq", "2024-01-25", ["drone"], None, None, None, None),
         ("Harir Air Base", "Iraq", "2024-01-25", ["drone"], None, None, None, None)],
    ),
    (
        "'no casualties' from attacks at two bases holds for each",
        "Drones targeted Harir air base and Ain al-Asad air base on Thursday without causing casualties.",
        [("Ain al-Asad Air Base", "Iraq", "2024-01-25", ["drone"], None, 0, 0, None),
         ("Harir Air Base", "Iraq", "2024-01-25", ["drone"], None, 0, 0, None)],
    ),
    (
        "'a base of the US-led coalition near the town of al-Shaddadi': the base the town is known for",
        "On Thursday night a blast shook a big base of the US-led coalition near the town of al-Shaddadi in "
        "southern Hasakah, after rockets were fired at it.",
        [("Shaddadi", "Syria", "2024-01-25", ["rocket"], None, None, None, None)],
    ),
]


def test_cases(brief_of) -> None:
    assert [(name, brief_of(text, FIELDS)) for name, text, _ in CASES] == [(name, want) for name, _, want in CASES]
