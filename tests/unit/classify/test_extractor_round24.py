"""Reporting patterns of a twenty-fourth round: an airport told by the city that describes it ("the airport in
Iraq's capital, Baghdad"), a claim by a group named only in the sentence after, and an unnamed base said to be in
another province than the base named the same day.

Every sentence here is written for these tests.
"""

from __future__ import annotations

# What each row of the table gives for every event.
FIELDS = ("base", "country", "event_date", "weapons", "munitions", "killed", "injured", "claimed_by")

CASES = [
    (
        "'the airport in Iraq's capital, Baghdad' is the Baghdad airport's base",
        "A drone struck the airport in Iraq's capital, Baghdad, early on Monday, where U.S. troops keep a logistics "
        "hub, two security officials said.",
        "2026-03-10",
        [("Victory Base Complex", "Iraq", "2026-03-09", ["drone"], 1, None, None, None)],
    ),
    (
        "'the airport of Baghdad'",
        "Two rockets landed inside the airport of Baghdad on Saturday night, near a compound used by U.S. forces.",
        "2021-01-10",
        [("Victory Base Complex", "Iraq", "2021-01-09", ["rocket"], 2, None, None, None)],
    ),
    (
        "'the airport in Iraq's northern city of Erbil'",
        "Explosive-laden drones targeted the airport in Iraq's northern city of Erbil on Friday, which hosts "
        "coalition troops, without causing casualties.",
        "2023-11-11",
        [("Erbil Air Base", "Iraq", "2023-11-10", ["drone"], None, 0, 0, None)],
    ),
    (
        "the airport of a capital the text does not name names no base",
        "A drone struck the airport in the Iraqi capital on Monday, where U.S. troops are based.",
        "2026-03-10",
        [(None, "Iraq", "2026-03-09", ["drone"], 1, None, None, None)],
    ),
    (
        "a group named only after its claim: 'The group, X, ...'",
        "An Iraqi militia claimed responsibility for a drone attack on the U.S. Victory base on Monday. The group, "
        "Saraya Awliya al-Dam, is one of several factions aligned with Tehran.",
        "2026-03-10",
        [("Victory Base Complex", "Iraq", "2026-03-09", ["drone"], None, None, None, "Saraya Awliya al-Dam")],
    ),
    (
        "a claim in a sentence of its own, the group named after it 'known as'",
        "A drone hit the U.S. Victory base on Monday. A little-known militia claimed responsibility. The militia, "
        "known as Saraya Awliya al-Dam, said it would strike again.",
        "2026-03-10",
        [("Victory Base Complex", "Iraq", "2026-03-09", ["drone"], 1, None, None, "Saraya Awliya al-Dam")],
    ),
    (
        "the group named after the claim denies it: no claimant",
        "A drone hit the U.S. Victory base on Monday. A little-known militia claimed responsibility. The militia, "
        "Kataib Hezbollah, denied any role.",
        "2026-03-10",
        [("Victory Base Complex", "Iraq", "2026-03-09", ["drone"], 1, None, None, None)],
    ),
    (
        "no claim before: a group named after is no claimant",
        "A drone hit the U.S. Victory base on Monday. The group, Kataib Hezbollah, has threatened more attacks.",
        "2026-03-10",
        [("Victory Base Complex", "Iraq", "2026-03-09", ["drone"], 1, None, None, None)],
    ),
    (
        "a U.S. base 'in Erbil' is another attack than Baghdad airport's the same day",
        "A drone struck the U.S. base near the airport of Baghdad on Wednesday. A militia also claimed a drone attack "
        "on a U.S. base in Erbil the same day.",
        "2026-03-04",
        [
            ("Victory Base Complex", "Iraq", "2026-03-04", ["drone"], 1, None, None, None),
            (None, "Iraq", "2026-03-04", ["drone"], None, None, None, None),
        ],
    ),
    (
        "a base measured from Baghdad ('north of Baghdad') may be the base named later",
        "Rockets struck a base housing U.S. contractors north of Baghdad on Monday. Balad Air Base was hit by "
        "two rockets, officials said.",
        "2021-04-20",
        [("Balad Air Base", "Iraq", "2021-04-19", ["rocket"], 2, None, None, None)],
    ),
]


def test_cases(rows_of) -> None:
    assert rows_of(CASES, FIELDS) == [(name, want) for name, *_, want in CASES]
