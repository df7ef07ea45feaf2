"""Reporting patterns of a ninth round: bases placed by their area, and tolls told in older wire styles.

Every sentence here is written for these tests.
"""

from __future__ import annotations

# What each row of the table gives for every event.
FIELDS = ("base", "country", "event_date", "weapons", "munitions", "killed", "injured")

CASES = [
    (
        "'a U.S. military base, located in the Shaddadi area': the base the area is named for",
        "A blast shook a U.S. military base in northeastern Syria late Thursday. The explosion was heard at a "
        "U.S. military base, located in the Shaddadi area, in what looked like a drone attack.",
        [("Shaddadi", "Syria", "2024-01-25", ["drone"], None, None, None)],
    ),
    (
        "'the Shaddadi area' with no base placed in it stays a place",
        "A drone struck a U.S. base in Syria late Thursday. Patrols then searched the Shaddadi area.",
        [(None, "Syria", "2024-01-25", ["drone"], 1, None, None)],
    ),
]


def test_cases(brief_of) -> None:
    assert [(name, brief_of(text, FIELDS)) for name, text, _ in CASES] == [(name, want) for name, _, want in CASES]
