"""Reporting patterns of a twelfth round: pause cues with the attack noun left out or far from the ordinal,
and days told in a sentence of their own.

Every sentence here is written for these tests.
"""

from __future__ import annotations

from datetime import date

from agents.classify.pauses import find_pause

# The day the pause sentences are read against.
PAUSE_PUBLISHED = date(2024, 7, 16)

# What each row of the table gives for every event.
FIELDS = ("base", "country", "event_date", "weapons", "munitions", "killed", "injured", "claimed_by")

CASES = [
    (
        "'Two of the attacks took place on January 10': the day of the attacks told next, however long ago",
        "Officials now say more than 40 troops were hurt in the recent wave of attacks on U.S. bases. Two of the "
        "attacks took place on January 10. The first of these, at the al-Tanf base in Syria, involved two drones, "
        "one of which was shot down. The second took place at Ain al-Asad air base in Iraq, where three rockets "
        "were fired.",
        [("Al-Tanf Garrison", "Syria", "2024-01-10", ["drone"], 2, None, None, None),
         ("Ain al-Asad Air Base", "Iraq", "2024-01-10", ["rocket"], 3, None, None, None)],
    ),
    (
        "'Another separate attack on January 22': the story moves to that day",
        "Drones struck Ain al-Asad air base in Iraq on January 10, officials said. Another separate attack on "
        "January 22 could have been far worse. In this incident, a drone hit the roof of a barracks at Harir air "
        "base but did not explode.",
        [("Ain al-Asad Air Base", "Iraq", "2024-01-10", ["drone"], None, None, None, None),
         ("Harir Air Base", "Iraq", "2024-01-22", ["drone"], 1, None, None, None)],
    ),
    (
        "'There have been at least four drone attacks on US facilities ...' with no day: a tally, no new attacks",
        "Three rockets targeted Balad air base on Wednesday, the U.S. military said. There have been at least four "
        "drone attacks on US facilities in Erbil and at Ain al-Asad air base.",
        [("Balad Air Base", "Iraq", "2024-01-24", ["rocket"], 3, None, None, None)],
    ),
    (
        "a strike story's 'in response to a drone attack ... on January 22': the dated attack it answers is news",
        "U.S. jets struck militia depots in Iraq overnight. The strikes were in response to a drone attack by "
        "Iran-backed militants on a US outpost in Syria on January 22, which wounded four US service members.",
        [(None, "Syria", "2024-01-22", ["drone"], None, None, 4, None)],
    ),
    (
        "'retaliation for the drone strike that killed three US troops in Jordan last weekend'",
        "U.S. bombers hit 85 targets in Iraq and Syria on Friday in retaliation for the drone strike that killed "
        "three US troops in Jordan last weekend.",
        [(None, "Jordan", "2024-01-21", ["drone"], None, 3, None, None)],
    ),
    (
        "'The base, situated in the town of Al-Shaddadi, ...' names the base an attack was told at unnamed",
        "On Tuesday, a missile attack targeted a US military base in the Al-Hasakah governorate. The base, "
        "situated in the town of Al-Shaddadi, reportedly suffered no casualties, local sources said.",
        [("Shaddadi", "Syria", "2024-01-23", ["missile"], None, 0, 0, None)],
    ),
    (
        "'two kamikaze drones approached an airbase at al Asad': drones that approach a base are an attack on it",
        "On January 22, two kamikaze drones approached an airbase at al Asad in Iraq, where US forces are stationed. "
        "Air defenses destroyed one, but the second hit a hangar.",
        [("Ain al-Asad Air Base", "Iraq", "2024-01-22", ["drone"], 2, None, None, None)],
    ),
    (
        "'has claimed responsibility for the second one': the second attack told, not both",
        "On January 22 two drones approached an airbase at al Asad in Iraq; one hit a hangar. Several hours later, "
        "a drone was shot down near Harir air base. Officials refused to say who launched the attacks; however, a "
        "group called Tashkil al-Waritheen has claimed responsibility for the second one.",
        [("Ain al-Asad Air Base", "Iraq", "2024-01-22", ["drone"], 2, None, None, None),
         ("Harir Air Base", "Iraq", "2024-01-22", ["drone"], 1, None, None, "Tashkil al-Waritheen")],
    ),
]


def test_cases(brief_of) -> None:
    assert [(name, brief_of(text, FIELDS)) for name, text, _ in CASES] == [(name, want) for name, _, want in CASES]


PAUSE_CASES = [
    (
        "'the first against US forces in Iraq since early February': no attack noun, the month's first day",
        "The strike was thought to be the first against US forces in Iraq since early February, officials said.",
        ("2024-02-01", "the first against US forces in Iraq since early February"),
    ),
    (
        "nine words between the ordinal and a day",
        "It was the first direct assault against U.S. troops in Iraq and Syria since February 4.",
        ("2024-02-04", "the first direct assault against U.S. troops in Iraq and Syria since February 4"),
    ),
    (
        "'the second time it has come under rocket fire since January'",
        "Officials said it was the second time the airport had come under rocket fire since January.",
        ("2024-01-01", "the second time the airport had come under rocket fire since January"),
    ),
    (
        "'since an attack on December 27': the day of the attack that began the quiet",
        "It was the first attack on the base since an attack on December 27, a spokesman said.",
        ("2023-12-27", "the first attack on the base since an attack on December 27"),
    ),
    (
        "a year after the month is kept",
        "It marked the first rocket attack on the compound since March 2023.",
        ("2023-03-01", "the first rocket attack on the compound since March 2023"),
    ),
    (
        "a U.S. use of force is not an attack that ends a pause",
        "The raid was the first use of lethal military force in Iraq since March 2020.",
        (None, None),
    ),
    (
        "'that attack was the first ... since': the cue belongs to an earlier attack",
        "The base had been hit by drones the week before, but that attack was the first one against US forces in "
        "Iraq since early February.",
        (None, None),
    ),
    (
        "a dated month beats 'the first such attack in months'",
        "It was the first such attack in months. It is believed to be the first against American troops in Syria "
        "since mid-April.",
        ("2024-04-01", "the first against American troops in Syria since mid-April"),
    ),
]


def test_pause_cases() -> None:
    def found(text: str) -> tuple[str | None, str | None]:
        since, phrase = find_pause(text, PAUSE_PUBLISHED)
        return (since.isoformat() if since else None, phrase)

    assert [(name, found(text)) for name, text, _ in PAUSE_CASES] == [(name, want) for name, _, want in PAUSE_CASES]
