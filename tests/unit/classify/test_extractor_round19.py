"""Reporting patterns of a nineteenth round: history told in the clause before the news, a toll taken
"during" an attack, and the day before yesterday.

Every sentence here is written for these tests (published 2024-01-26, a Friday).
"""

from __future__ import annotations

# What each row of the table gives for every event.
FIELDS = ("base", "country", "event_date", "weapons", "munitions", "killed", "injured", "claimed_by")

CASES = [
    (
        "history in the opening clause, the news after ', and'",
        "Militias have stepped up attacks in recent months, and on Monday a drone struck Ain al-Asad air base.",
        [("Ain al-Asad Air Base", "Iraq", "2024-01-22", ["drone"], 1, None, None, None)],
    ),
    (
        "history in the opening clause, the news after a semicolon",
        "Dozens of attacks have targeted U.S. troops since October; on Monday a drone struck Ain al-Asad air base.",
        [("Ain al-Asad Air Base", "Iraq", "2024-01-22", ["drone"], 1, None, None, None)],
    ),
    (
        "one day's salvo in the opening clause is no history: its day carries over",
        "Multiple drone attacks targeted U.S. forces on Monday, and one hit Ain al-Asad air base.",
        [("Ain al-Asad Air Base", "Iraq", "2024-01-22", ["drone"], None, None, None, None)],
    ),
    (
        "history alone, with no news after it",
        "Militias have stepped up attacks on Ain al-Asad air base in recent months, officials said.",
        [],
    ),
    (
        "the toll told before the attack it was taken 'during'",
        "Three American soldiers were killed and 25 others wounded during a drone attack in Jordan on Saturday night.",
        [(None, "Jordan", "2024-01-20", ["drone"], None, 3, 25, None)],
    ),
    (
        "'the day before yesterday' is two days before publication",
        "Rockets struck the Ain al-Asad base the day before yesterday, a security source said.",
        [("Ain al-Asad Air Base", "Iraq", "2024-01-24", ["rocket"], None, None, None, None)],
    ),
    (
        "'the day before' still counts back from the day told",
        "A drone was shot down near al-Tanf on Tuesday. The day before, rockets hit the Green Village base.",
        [("Green Village", "Syria", "2024-01-22", ["rocket"], None, None, None, None),
         ("Al-Tanf Garrison", "Syria", "2024-01-23", ["drone"], 1, None, None, None)],
    ),
]


def test_cases(brief_of) -> None:
    assert [(name, brief_of(text, FIELDS)) for name, text, _ in CASES] == [(name, want) for name, _, want in CASES]
