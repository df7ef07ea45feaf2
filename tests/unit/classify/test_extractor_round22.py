"""Reporting patterns of a twenty-second round: a headline's rockets that the body calls missiles, soldiers
killed in an ambush or by a gunman who opened fire, a toll of soldiers and their interpreter, and "the other
three strikes" of a claimed count.

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
    (
        "soldiers killed in an ambush",
        "Two U.S. soldiers were killed in an ambush in central Syria on Saturday, officials said.",
        "2025-12-14",
        [(None, "Syria", "2025-12-13", ["unknown"], None, 2, None, None)],
    ),
    (
        "a gunman opened fire on U.S. troops",
        "A gunman opened fire on U.S. troops near Palmyra on Saturday, killing two soldiers.",
        "2025-12-14",
        [(None, "Syria", "2025-12-13", ["gunfire"], None, 2, None, None)],
    ),
    (
        "soldiers and their interpreter were killed: the toll adds up",
        "On December 13, two U.S. soldiers and one American civilian interpreter were killed in an ambush near "
        "Palmyra, Syria, officials said.",
        "2025-12-15",
        [(None, "Syria", "2025-12-13", ["unknown"], None, 3, None, None)],
    ),
    (
        "an ambush 'claimed the lives of' soldiers and an interpreter",
        "On Saturday an ambush in the Syrian desert claimed the lives of two U.S. soldiers and a civilian interpreter.",
        "2025-12-15",
        [(None, "Syria", "2025-12-13", ["unknown"], None, 3, None, None)],
    ),
    (
        "an Iraqi interpreter is not counted",
        "On Saturday a roadside bomb killed two U.S. soldiers and an Iraqi interpreter near Baghdad.",
        "2025-12-15",
        [(None, "Iraq", "2025-12-13", ["ied"], None, 2, None, None)],
    ),
    (
        "'the other three strikes' of a claimed count are news, not history",
        "The group said it carried out four drone attacks on Monday, one of which targeted the Ain al-Asad base. The "
        "other three strikes targeted the U.S. base near Erbil airport and the Tel Baydar and al-Tanf bases.",
        "2023-11-06",
        [("Ain al-Asad Air Base", "Iraq", "2023-11-06", ["drone"], None, None, None, None),
         ("Al-Tanf Garrison", "Syria", "2023-11-06", ["drone"], None, None, None, None),
         ("Erbil Air Base", "Iraq", "2023-11-06", ["drone"], None, None, None, None),
         ("Tal Baidar", "Syria", "2023-11-06", ["drone"], None, None, None, None)],
    ),
    (
        "a joint U.S. and Syrian patrol came under fire; the wounded were flown to a base, which was not attacked",
        "A joint U.S. and Syrian patrol came under fire near Palmyra on Saturday. Helicopters evacuated the wounded "
        "to the U.S. base at al-Tanf.",
        "2025-12-14",
        [(None, "Syria", "2025-12-13", ["gunfire"], None, None, None, None)],
    ),
    (
        "the death of service members and a civilian, and others injured",
        "Central Command announced on Saturday the death of 2 American military service members and one American "
        "civilian, and 3 others were injured in an ambush in central Syria.",
        "2025-12-14",
        [(None, "Syria", "2025-12-13", ["unknown"], None, 3, 3, None)],
    ),
    (
        "a strike answering the death of soldiers is no attack",
        "The U.S. bombed militia depots in Iraq on Friday in retaliation for the death of three American soldiers "
        "in Jordan.",
        "2024-02-04",
        [],
    ),
    (
        "a drone attack on U.S. bases in a city is one attack there",
        "A militia claimed responsibility for a drone attack on US bases in Erbil on Sunday.",
        "2026-03-02",
        [(None, "Iraq", "2026-03-01", ["drone"], None, None, None, None)],
    ),
    (
        "the U.S. embassy of another country is not the one in Baghdad",
        "A drone struck the US embassy in Riyadh on Tuesday. Drones were also shot down over Kuwait.",
        "2026-03-11",
        [],
    ),
    (
        "a headline in capitals places the embassy too",
        "US EMBASSY STRUCK BY DRONES IN SAUDI ARABIA AS AMERICANS TOLD TO SHELTER",
        "2026-03-11",
        [],
    ),
    (
        "an unplaced site in a story of an attack in Bahrain",
        "A United States base in Bahrain came under missile strike on Saturday. The attack targeted a site that "
        "serves as the headquarters of the Fifth Fleet.",
        "2026-02-28",
        [],
    ),
    (
        "a closing 'no casualties' after a line of background holds for the attack told",
        "Drones targeted the U.S. embassy in Baghdad on Tuesday. Militias have attacked U.S. forces more than 100 "
        "times since October. There were no immediate reports about casualties.",
        "2026-03-18",
        [("U.S. Embassy Baghdad", "Iraq", "2026-03-17", ["drone"], None, 0, 0, None)],
    ),
]


def test_cases(rows_of) -> None:
    assert rows_of(CASES, FIELDS) == [(name, want) for name, *_, want in CASES]
