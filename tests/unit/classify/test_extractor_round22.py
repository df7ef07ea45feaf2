"""Reporting patterns of a twenty-second round: a headline's rockets that the body calls missiles.

Every sentence here is written for these tests.
"""

from __future__ import annotations

# What each row of the table gives for every event.
FIELDS = ("base", "country", "event_date", "weapons", "munitions", "killed", "injured", "claimed_by")

CASES = [
    (
        "the headline's rockets are the body's missiles",
        "Rockets fall near Iraqi base hosting U.S. troops",
        "Three missiles landed late on Friday inside the Baghdad airport complex, near a base where "
        "American troops are stationed, causing no casualties, the Iraqi military said.",
        "2021-01-02",
        [("Victory Base Complex", "Iraq", "2021-01-01", ["rocket"], 3, 0, 0, None)],
    ),
    (
        "a headline of missiles keeps them",
        "Missiles fall near Iraqi base hosting U.S. troops",
        "Three missiles landed late on Friday inside the Baghdad airport complex, near a base where "
        "American troops are stationed, causing no casualties, the Iraqi military said.",
        "2021-01-02",
        [("Victory Base Complex", "Iraq", "2021-01-01", ["missile"], 3, 0, 0, None)],
    ),
]


def test_cases(rows_of) -> None:
    assert rows_of(CASES, FIELDS) == [(name, want) for name, *_, want in CASES]
