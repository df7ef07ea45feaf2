"""Reporting patterns of a thirteenth round: attacks told in passing (inside tallies, as what a strike
answered, counted back from the attack just told), lists of bases before their verb, an embassy that
speaks, other ways of saying nobody was hurt, counts written into an attack's name, and attacks told as
not made.

Every sentence here is written for these tests.
"""

from __future__ import annotations

# What each row of the table gives for every event.
FIELDS = ("base", "country", "event_date", "weapons", "munitions", "killed", "injured", "claimed_by")

CASES = [
    (
        "'including a missile attack against the American embassy on December 8': one dated attack of a tally",
        "U.S. forces in Iraq and Syria have faced more than 150 drone and rocket attacks in recent months, including "
        "a missile attack against the American embassy on December 8.",
        [("U.S. Embassy Baghdad", "Iraq", "2023-12-08", ["missile"], None, None, None, None)],
    ),
    (
        "'on the eighth of last December': a date written in words places the attack as well",
        "The talks resumed after weeks of attacks on U.S. troops, among them a rocket attack on the U.S. embassy in "
        "Baghdad on the eighth of last December.",
        [("U.S. Embassy Baghdad", "Iraq", "2023-12-08", ["rocket"], None, None, None, None)],
    ),
    (
        "'the December 8 rocket attack on the embassy' is named as known, not told: no event weeks later",
        "Lawmakers discussed the December 8 rocket attack on the embassy during a closed session.",
        [],
    ),
    (
        "'bases at Ayn al-Assad and al-Harir in Iraq, and al-Tanf (Syria), were struck': every base of the list",
        "On Friday evening, bases at Ayn al-Assad and al-Harir in Iraq, and al-Tanf (Syria), were struck by drones "
        "and rockets.",
        [("Ain al-Asad Air Base", "Iraq", "2024-01-26", ["drone", "rocket"], None, None, None, None),
         ("Al-Tanf Garrison", "Syria", "2024-01-26", ["drone", "rocket"], None, None, None, None),
         ("Harir Air Base", "Iraq", "2024-01-26", ["drone", "rocket"], None, None, None, None)],
    ),
    (
        "'the attack did not injure anyone': nobody injured, the dead not told",
        "Two drones were launched at the Victory base near Baghdad airport on Thursday. Security sources said the "
        "attack did not injure anyone.",
        [("Victory Base Complex", "Iraq", "2024-01-25", ["drone"], 2, None, 0, None)],
    ),
    (
        "'failed to hit the U.S. or coalition forces': no casualties",
        "Three rockets targeted the Green Village base in Syria on Wednesday. The attack failed to hit the U.S. or "
        "coalition forces or their equipment, the military said.",
        [("Green Village", "Syria", "2024-01-24", ["rocket"], 3, 0, 0, None)],
    ),
    (
        "'no damage was inflicted upon the facility or its personnel': no casualties",
        "A drone was shot down short of the al-Tanf base on Tuesday, and no damage was inflicted upon the "
        "facility or its personnel.",
        [("Al-Tanf Garrison", "Syria", "2024-01-23", ["drone"], 1, 0, 0, None)],
    ),
    (
        "'the US embassy in Iraq confirmed that an attack had occurred on ... Baghdad airport': the embassy speaks",
        "The US embassy in Iraq confirmed on Thursday that two rockets had struck a U.S. diplomatic facility at "
        "Baghdad International Airport.",
        [("Victory Base Complex", "Iraq", "2024-01-25", ["rocket"], 2, None, None, None)],
    ),
    (
        "'according to the U.S. embassy' is the source, not a second target",
        "Two rockets hit the Union III base in Baghdad on Thursday, according to the U.S. embassy.",
        [("Union III", "Iraq", "2024-01-25", ["rocket"], 2, None, None, None)],
    ),
    (
        "an embassy struck and saying so stays the target",
        "Three rockets struck the U.S. embassy in Baghdad on Thursday, the embassy said.",
        [("U.S. Embassy Baghdad", "Iraq", "2024-01-25", ["rocket"], 3, None, None, None)],
    ),
    (
        "'Al-Watan daily reported the attack': a paper, not a habit",
        "The Al-Watan daily reported the attack on Thursday: several rockets were fired at the coalition base in "
        "the al-Omar oil field.",
        [("Green Village", "Syria", "2024-01-25", ["rocket"], None, None, None, None)],
    ),
    (
        "', two days before Pope Francis arrived': a timing note cut off, the attack before it is news",
        "At least ten rockets hit Ain al-Asad air base on Thursday, officials said, two days before Pope Francis arrived "
        "in Iraq.",
        [("Ain al-Asad Air Base", "Iraq", "2024-01-25", ["rocket"], 10, None, None, None)],
    ),
    (
        "'three rockets went off in the vicinity of the airport': the rounds of the attack told before",
        "Rockets fell near Baghdad International Airport on Thursday evening. Local media said a total of three "
        "rockets went off in the vicinity of the airport.",
        [("Victory Base Complex", "Iraq", "2024-01-25", ["rocket"], 3, None, None, None)],
    ),
    (
        "'a 30-plus rocket attack', 'a four-drone attack': the count written into the attack's name",
        "A 30-plus rocket attack hit the K1 base near Kirkuk on Thursday. On Wednesday a four-drone attack had "
        "targeted al-Tanf.",
        [("Al-Tanf Garrison", "Syria", "2024-01-24", ["drone"], 4, None, None, None),
         ("K-1 Air Base", "Iraq", "2024-01-25", ["rocket"], 30, None, None, None)],
    ),
    (
        "a strike story's 'The strike followed an attack on a base ...' with no day: the cause, not news",
        "U.S. forces struck a weapons depot of an Iran-backed group in Syria on Thursday. The strike followed an "
        "attack on a base housing coalition forces in Syria.",
        [],
    ),
    (
        "... but 'The strikes followed a drone attack on Erbil air base earlier in the day' is dated, and news",
        "U.S. forces struck militia sites in Iraq on Thursday. The strikes followed a drone attack on Erbil air base "
        "earlier in the day that injured three service members.",
        [("Erbil Air Base", "Iraq", "2024-01-25", ["drone"], None, None, 3, None)],
    ),
    (
        "'did not carry out attacks against American troops deployed at Ain al-Asad': no attack made",
        "For a second week the factions did not carry out attacks against American troops deployed at the Ain "
        "al-Asad base and Harir base, sources said on Thursday.",
        [],
    ),
    (
        "'came six days after U.S. troops in eastern Syria came under a similar attack': counted back, in that country",
        "Two rockets were fired at the Green Village base in Syria on Thursday. The rocket attack came six days "
        "after U.S. troops in eastern Syria came under a similar attack.",
        [(None, "Syria", "2024-01-19", ["unknown"], None, None, None, None),
         ("Green Village", "Syria", "2024-01-25", ["rocket"], 2, None, None, None)],
    ),
    (
        "'days after U.S. troops ... came under a similar attack' names no day: nothing counted back",
        "Two rockets were fired at the Green Village base in Syria on Thursday. The rocket attack came days "
        "after U.S. troops in eastern Syria came under a similar attack.",
        [("Green Village", "Syria", "2024-01-25", ["rocket"], 2, None, None, None)],
    ),
    (
        "'The last attack on Balad airbase was on January 3, when five missiles fell inside the base': told, dated",
        "A rocket struck near Balad air base on Thursday. The last attack on Balad airbase was on January 3, when at "
        "least five missiles fell inside the base.",
        [("Balad Air Base", "Iraq", "2024-01-03", ["missile"], 5, None, None, None),
         ("Balad Air Base", "Iraq", "2024-01-25", ["rocket"], 1, None, None, None)],
    ),
    (
        "'On January 3, five missiles fell inside Balad airbase': rounds that fell are an act, dated weeks back",
        "On January 3, at least five missiles fell inside Balad airbase.",
        [("Balad Air Base", "Iraq", "2024-01-03", ["missile"], 5, None, None, None)],
    ),
    (
        "'in response to the groups' ballistic missile and rocket attack on U.S. forces ..., which occurred on January 20'",
        "U.S. jets struck three militia facilities in Iraq on Wednesday. These strikes come in response to the "
        "Iran-backed groups' ballistic missile and rocket attack on U.S. forces stationed at the al-Assad Airbase in "
        "Iraq, which occurred on January 20.",
        [("Ain al-Asad Air Base", "Iraq", "2024-01-20", ["ballistic_missile", "rocket"], None, None, None, None)],
    ),
    (
        "'in response to a fatal attack on a U.S. base in Jordan, as reported by U.S. media on Friday': the day it was reported",
        "The United States launched airstrikes in Iraq and Syria in response to a fatal attack on a U.S. military "
        "base in Jordan, as reported by U.S. media on Friday.",
        [],
    ),
    (
        "'..., the Iraqi military said on Thursday' in the lead dates the attack the next sentence tells without a day",
        "A volley of rockets slammed into an Iraqi airbase north of Baghdad, the Iraqi military said on Thursday. "
        "Its statement said eight rockets landed on Balad air base.",
        [("Balad Air Base", "Iraq", "2024-01-25", ["rocket"], 8, None, None, None)],
    ),
    (
        "'sirens went off' is no attack",
        "Sirens went off at the U.S. embassy in Baghdad on Thursday during a drill.",
        [],
    ),
]


def test_cases(brief_of) -> None:
    assert [(name, brief_of(text, FIELDS)) for name, text, _ in CASES] == [(name, want) for name, _, want in CASES]


def test_headline_credit_is_not_a_target(events_of) -> None:
    # "...: US embassy" ending a headline names who said it
    events = events_of("Two rockets hit a U.S. diplomatic facility at Baghdad airport on Thursday.",
                       title="Diplomatic compound at Baghdad airport hit by rockets: US embassy")
    assert [(e["base"], e["event_date"]) for e in events] == [("Victory Base Complex", "2024-01-25")]
