"""Reporting patterns of a twenty-first round: "the airport" of a town named just before it, rounds striking
told as "the impact of" rockets, and a sentence's written day dating the act told in its "after" clause.

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
    ),
]


def test_cases(rows_of) -> None:
    assert rows_of(CASES, FIELDS) == [(name, want) for name, *_, want in CASES]
