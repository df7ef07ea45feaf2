"""Reporting patterns of a twenty-first round: "the airport" of a town named just before it, rounds striking
told as "the impact of" rockets, a sentence's written day dating the act told in its "after" clause, a
headline's bare "US base", and a claim put out on a group's own accounts.

Every sentence here is written for these tests.
"""

from __future__ import annotations

# What each row of the table gives for every event.
FIELDS = ("base", "country", "event_date", "weapons", "munitions", "killed", "injured", "claimed_by")

CASES = [
    (
        "'the airport' after the town whose air base it is",
        "On Monday, a contractor died in Erbil when several Katyusha rockets struck the airport.",
        "2021-02-16",
        [("Erbil Air Base", "Iraq", "2021-02-15", ["rocket"], None, 1, None, None)],
    ),
    (
        "'the airport' of another sentence names nothing",
        "Rockets fell on Erbil on Monday, killing a shepherd. The airport stayed open.",
        "2021-02-16",
        [],
    ),
    (
        "'the impact of several rockets' in an 'after' clause, dated by the sentence's written day",
        "A week earlier, on the 15th, an American soldier was wounded and a contractor died in Erbil after the "
        "impact of several rockets at the airport.",
        "2021-02-26",
        [("Erbil Air Base", "Iraq", "2021-02-15", ["rocket"], None, 1, 1, None)],
    ),
    (
        "a weekday dates the last few days",
        "On Monday, a contractor died in Erbil after the impact of several rockets at the airport.",
        "2021-02-26",
        [("Erbil Air Base", "Iraq", "2021-02-22", ["rocket"], None, 1, None, None)],
    ),    (
        "a headline's bare 'US base' opening the sentence",
        "US base in Syria came under drone attack on Tuesday.",
        "2024-01-10",
        [(None, "Syria", "2024-01-09", ["drone"], None, None, None, None)],
    ),
    (
        "fighters announce an attack; the statement is out on a group's own accounts",
        "Pro-Iranian fighters in Syria announced that they had targeted the U.S. military base of Tell Baydar. The "
        "statement was released on the social media accounts of the Islamic Resistance in Iraq.",
        "2023-11-17",
        [("Tal Baidar", "Syria", "2023-11-17", ["unknown"], None, None, None, "Islamic Resistance in Iraq")],
    ),
]


def test_cases(rows_of) -> None:
    assert rows_of(CASES, FIELDS) == [(name, want) for name, *_, want in CASES]
