"""Reporting patterns of a fifth round: a closing line about every attack just told.

Every sentence here is written for these tests.
"""

from __future__ import annotations

# What each row of the table gives for every event.
FIELDS = ("base", "country", "event_date", "weapons", "munitions", "killed", "injured")

CASES = [
    (
        "'despite the attacks, no casualties' holds for every attack just told",
        "Two drones were shot down near Ain al-Asad air base on Thursday. "
        "On Wednesday five rockets were fired at U.S. forces at Rumalyn base in Syria. "
        "Despite the attacks, there were no reports of casualties.",
        [("Rumalyn Landing Zone", "Syria", "2024-01-24", ["rocket"], 5, 0, 0),
         ("Ain al-Asad Air Base", "Iraq", "2024-01-25", ["drone"], 2, 0, 0)],
    ),
    (
        "the zeros of 'the attacks' do not reach an older attack",
        "A rocket hit Harir air base on Thursday. Rockets had struck al-Tanf on January 10, wounding two soldiers. "
        "Days later drones targeted Erbil air base on Wednesday. No one was hurt in the attacks.",
        [("Al-Tanf Garrison", "Syria", "2024-01-10", ["rocket"], None, None, 2),
         ("Erbil Air Base", "Iraq", "2024-01-24", ["drone"], None, None, 0),
         ("Harir Air Base", "Iraq", "2024-01-25", ["rocket"], 1, None, 0)],
    ),
]


def test_cases(brief_of) -> None:
    assert [(name, brief_of(text, FIELDS)) for name, text, _ in CASES] == [(name, want) for name, _, want in CASES]
