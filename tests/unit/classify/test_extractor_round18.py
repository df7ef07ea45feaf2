"""Reporting patterns of an eighteenth round: headlines written in title case.

Every sentence here is written for these tests.
"""

from __future__ import annotations

# What each row of the table gives for every event.
FIELDS = ("base", "country", "event_date", "weapons", "munitions", "killed", "injured", "claimed_by")

CASES = [
    (
        "a title-case headline's base without its article, as a lower-case one",
        "Four Rockets Hit Inside US Military Base In Syria On Monday",
        [(None, "Syria", "2024-01-22", ["rocket"], 4, None, None, None)],
    ),
]


def test_cases(brief_of) -> None:
    assert [(name, brief_of(text, FIELDS)) for name, text, _ in CASES] == [(name, want) for name, _, want in CASES]
