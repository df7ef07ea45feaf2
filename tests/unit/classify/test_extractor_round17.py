"""Reporting patterns of a seventeenth round: tolls told as "other" people on top of one already given,
zeros told as "no reports of any ... injuries", and bases listed by their short names or towns.

Every sentence here is written for these tests.
"""

from __future__ import annotations

# What each row of the table gives for every event.
FIELDS = ("base", "country", "event_date", "weapons", "munitions", "killed", "injured", "claimed_by")

CASES = [
    (
        "'A US soldier was hurt ..., and four other contractors were wounded': five in one sentence",
        "A drone hit the Erbil air base on Monday. A US soldier was hurt in the attack, and four other contractors "
        "were wounded.",
        [("Erbil Air Base", "Iraq", "2024-01-22", ["drone"], 1, None, 5, None)],
    ),
    (
        "'four other contractors were hurt', told of the base after a toll of the attack told unnamed: five",
        "A contractor died and a US soldier was wounded when rockets struck U.S.-led forces in Erbil on Monday "
        "night, the coalition said. The rockets hit the air base at Erbil airport. A spokesman later said four "
        "other contractors were hurt.",
        [("Erbil Air Base", "Iraq", "2024-01-22", ["rocket"], None, 1, 5, None)],
    ),
    (
        "'Two other service members were hurt as well' after three wounded: five",
        "Rockets hit the Erbil air base on Monday, wounding three soldiers. Two other service members were hurt "
        "as well.",
        [("Erbil Air Base", "Iraq", "2024-01-22", ["rocket"], None, None, 5, None)],
    ),
    (
        "'The three other soldiers at the site were unhurt' adds nobody",
        "Rockets hit the Erbil air base on Monday, wounding three soldiers. The three other soldiers at the site "
        "were unhurt, officials said.",
        [("Erbil Air Base", "Iraq", "2024-01-22", ["rocket"], None, None, 3, None)],
    ),
    (
        "'no reports of any serious damage or any injuries' is no one hurt",
        "Two rockets landed near the Ain al-Asad air base on Monday. So far there are no reports of any serious "
        "damage or any injuries.",
        [("Ain al-Asad Air Base", "Iraq", "2024-01-22", ["rocket"], 2, None, 0, None)],
    ),
    (
        "'missiles at Al-Assad and Irbil': the two bases, by a short name and a town",
        "Iran fired ballistic missiles at Al-Assad and Irbil on Wednesday, targeting U.S. troops.",
        [
            ("Ain al-Asad Air Base", "Iraq", "2024-01-24", ["ballistic_missile"], None, None, None, None),
            ("Erbil Air Base", "Iraq", "2024-01-24", ["ballistic_missile"], None, None, None, None),
        ],
    ),
    (
        "'at the Al-Asad and Irbil bases': both",
        "Missiles were fired at the Al-Asad and Irbil bases on Wednesday.",
        [
            ("Ain al-Asad Air Base", "Iraq", "2024-01-24", ["missile"], None, None, None, None),
            ("Erbil Air Base", "Iraq", "2024-01-24", ["missile"], None, None, None, None),
        ],
    ),
    (
        "'drones targeted the Harir base, Ain al-Asad and Erbil': Erbil's base ends the list",
        "Drones targeted the Harir base, Ain al-Asad and Erbil on Wednesday.",
        [
            ("Ain al-Asad Air Base", "Iraq", "2024-01-24", ["drone"], None, None, None, None),
            ("Erbil Air Base", "Iraq", "2024-01-24", ["drone"], None, None, None, None),
            ("Harir Air Base", "Iraq", "2024-01-24", ["drone"], None, None, None, None),
        ],
    ),
    (
        "'Ain al-Asad and Erbil province': the province is no base",
        "Rockets hit Ain al-Asad and Erbil province on Wednesday.",
        [("Ain al-Asad Air Base", "Iraq", "2024-01-24", ["rocket"], None, None, None, None)],
    ),
    (
        "'more than a dozen ballistic missiles ... at Al-Assad and Irbil': how many fell on each is not told",
        "On Wednesday Iran launched more than a dozen ballistic missiles at U.S. forces at Al-Assad and Irbil.",
        [
            ("Ain al-Asad Air Base", "Iraq", "2024-01-24", ["ballistic_missile"], None, None, None, None),
            ("Erbil Air Base", "Iraq", "2024-01-24", ["ballistic_missile"], None, None, None, None),
        ],
    ),
    (
        "a count told of one base of the story stays that base's",
        "On Wednesday Iran launched missiles at Al-Assad and Irbil. Eleven missiles struck Ain al-Asad.",
        [
            ("Ain al-Asad Air Base", "Iraq", "2024-01-24", ["missile"], 11, None, None, None),
            ("Erbil Air Base", "Iraq", "2024-01-24", ["missile"], None, None, None, None),
        ],
    ),
    (
        "'strikes on Assad and Putin's forces' names no base",
        "Protesters denounced strikes on Assad and Putin's forces on Wednesday.",
        [],
    ),
]


def test_cases(brief_of) -> None:
    assert [(name, brief_of(text, FIELDS)) for name, text, _ in CASES] == [(name, want) for name, _, want in CASES]
