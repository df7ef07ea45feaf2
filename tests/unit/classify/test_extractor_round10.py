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
]


def test_cases(brief_of) -> None:
    assert [(name, brief_of(text, FIELDS)) for name, text, _ in CASES] == [(name, want) for name, _, want in CASES]
