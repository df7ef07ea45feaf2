"""Reporting patterns of an eighth round: places told as towns, and attacks told around other news.

Every sentence here is written for these tests.
"""

from __future__ import annotations

# What each row of the table gives for every event.
FIELDS = ("base", "country", "event_date", "weapons", "munitions", "killed", "injured")

CASES = [
    (
        "'attacked by two rockets ... in Syria's town of Al-Shadadi': the base that bears the town's name",
        "The international coalition was attacked by two rockets late Thursday in northeastern Syria's town "
        "of Al-Shadadi, a statement said.",
        [("Shaddadi", "Syria", "2024-01-25", ["rocket"], 2, None, None)],
    ),
    (
        "'the town of Al-Shadadi' with no attack told in it stays a place",
        "Rockets struck a U.S. base in Syria on Thursday. Troops searched the town of Al-Shadadi for the launchers.",
        [(None, "Syria", "2024-01-25", ["rocket"], None, None, None)],
    ),
]


def test_cases(brief_of) -> None:
    assert [(name, brief_of(text, FIELDS)) for name, text, _ in CASES] == [(name, want) for name, _, want in CASES]
