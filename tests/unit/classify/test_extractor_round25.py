"""Reporting patterns of a twenty-fifth round: a tally's own attacks told after it, what a named complex hosts,
a photo caption that "shows" a scene, a weapon ruled out ("two rockets and not drones") or first reported and then
corrected, a headline's deck before the body's dateline, "three other individuals" hurt beside U.S. dead, an
unnamed site listed before a named base, a company's oil field, a partner's base placed by its region, the toll of
an older attack on the same base, an attack told weeks on, the year of an undated page's month-days, attacks "over
the past months", a blame for an attack told with its day, a count of what U.S. strikes hit, and a group that "has
not said whether" it fired.

Every sentence here is written for these tests.
"""

from __future__ import annotations

# What each row of the table gives for every event.
FIELDS = ("base", "country", "event_date", "weapons", "munitions", "killed", "injured", "claimed_by")

CASES = [
    (
        "the attacks of a tally told before are its attacks, not news",
        "Monitors counted 140 drone and missile attacks on the Kurdistan Region since early March, a report said.\n"
        "The group said the attacks were blamed on Iran-aligned factions and hit many kinds of sites, including the "
        "U.S. consulate in Erbil and Erbil International Airport.",
        "2026-03-20",
        [],
    ),
    (
        "what a named complex hosts is part of it, not a second target",
        "Rockets struck the Baghdad airport complex that hosts a military base and a US diplomatic facility on "
        "Thursday night, Iraqi officials said.",
        "2026-03-06",
        [("Victory Base Complex", "Iraq", "2026-03-05", ["rocket"], None, None, None, None)],
    ),
    (
        "a photo caption that 'shows' a scene dates nothing",
        "Rockets hit Baghdad airport base\n"
        "This handout satellite image released on March 6, 2026, shows the tunnel entrances at the Iranian Jam "
        "missile base on December 24, 2025.\n"
        "Rockets struck the Victory base at Baghdad airport on Friday evening, security officials said.",
        "2026-03-07",
        [("Victory Base Complex", "Iraq", "2026-03-06", ["rocket"], None, None, None, None)],
    ),
    (
        "'two rockets and not drones' rules the drones out",
        "Officials first said drones had struck the Victory base on Friday. A security source later said it was "
        "two rockets and not drones that fell inside the base.",
        "2026-03-07",
        [("Victory Base Complex", "Iraq", "2026-03-06", ["rocket"], 2, None, None, None)],
    ),
    (
        "a deck between the headline and the dateline is headline matter",
        "Resistance group says it hit U.S. hub at Baghdad airport\n"
        "Faction claims rocket attack on Victoria base as tensions mount.\n"
        "Victoria base hosts a U.S. logistics center near the airport.\n"
        "BAGHDAD — The Islamic Resistance in Iraq said in a statement released on Saturday that its fighters fired "
        "rockets at the Victoria base at Baghdad airport on March 4.",
        "2026-03-08",
        [("Victory Base Complex", "Iraq", "2026-03-04", ["rocket"], None, None, None,
          "Islamic Resistance in Iraq")],
    ),
    (
        "'three other individuals were wounded' after U.S. dead are the attack's wounded",
        "A gunman opened fire on U.S. troops near Palmyra, Syria, on Saturday, killing two soldiers. A Pentagon "
        "spokesman said three other individuals were wounded in the attack.",
        "2025-12-14",
        [(None, "Syria", "2025-12-13", ["gunfire"], None, 2, 3, None)],
    ),
    (
        "'a US site in Erbil and the Victoria base': two targets",
        "The militia said on Sunday it had launched drones at a US site in the northern city of Erbil and the "
        "Victoria base at Baghdad airport.",
        "2026-03-15",
        [("Victory Base Complex", "Iraq", "2026-03-15", ["drone"], None, None, None, None),
         (None, "Iraq", "2026-03-15", ["drone"], None, None, None, None)],
    ),
    (
        "a US-run oil field is a company's, not a base",
        "A drone struck a US-run oil field in Dohuk province on Wednesday, halting production, local officials said.",
        "2025-07-17",
        [],
    ),
    (
        "a partner's military base placed by its region after a comma",
        "The Spanish military base in Erbil, Iraqi Kurdistan, was hit by a drone on Thursday, but there were no "
        "casualties, Madrid said.",
        "2026-03-13",
        [(None, "Iraq", "2026-03-12", ["drone"], 1, 0, 0, None)],
    ),
    (
        "a weapon first reported and then corrected, told with a gerund",
        "Despite officials initially reporting a missile strike on the base in Harir, military sources later "
        "said it was a drone that hit a hangar on Monday.",
        "2026-03-10",
        [("Harir Air Base", "Iraq", "2026-03-09", ["drone"], 1, None, None, None)],
    ),
    (
        "the toll of an older attack on the base, told before the story dates it",
        "At least eight rockets hit Camp Taji on Saturday. The attack came just days after a similar attack on the "
        "base killed two U.S. soldiers and a British medic, while wounding at least 12 others. After Taji was hit "
        "on Wednesday, U.S. strikes hit militia depots.",
        "2020-03-15",
        [("Camp Taji", "Iraq", "2020-03-11", ["unknown"], None, 3, 12, None),
         ("Camp Taji", "Iraq", "2020-03-14", ["rocket"], 8, None, None, None)],
    ),
    (
        "'a follow-up, Iran-backed attack on March 24 on' a base, told weeks later",
        "The Pentagon revised its count of injuries on Monday. There was also a follow-up, Iran-backed attack on "
        "March 24 on the Green Village outpost, though no one was hurt in that attack.",
        "2023-04-17",
        [("Green Village", "Syria", "2023-03-24", ["unknown"], None, None, 0, None)],
    ),
    (
        "an undated page's month-days take the year of its own full dates; 'tonight' is that attack",
        "Drones attack Erbil airport",
        "Two drones attacked Erbil International Airport on September 11,2021, the coalition said. At about 23:40 on "
        "Sept. 11 coalition forces at Erbil air base were attacked by two drones, with no injuries. Erbil "
        "International Airport was attacked with a drone tonight, no casualties, a Kurdish official wrote on "
        "September 11, 2021.",
        None,
        [("Erbil Air Base", "Iraq", "2021-09-11", ["drone"], 2, 0, 0, None)],
    ),
    (
        "a file photo's old date gives no year to an undated page's month-day",
        "Rockets struck the Ain al-Asad air base on March 3, a coalition spokesman said. Archive picture: soldiers "
        "at the base on 12 May 2019.",
        None,
        [("Ain al-Asad Air Base", "Iraq", None, ["rocket"], None, None, None, None)],
    ),
    (
        "'over the past months' sets attacks in the background",
        "Rockets fell near Besmaya base on Friday, without casualties. Over the past months, rocket and mortar "
        "attacks have targeted bases hosting coalition troops and the US embassy in Baghdad.",
        "2020-06-20",
        [("Besmaya", "Iraq", "2020-06-19", ["rocket"], None, 0, 0, None)],
    ),
    (
        "a blame for an attack told with its day tells that attack",
        "The secretary of state blamed Iran-backed groups for a Sunday rocket attack on the US embassy in Baghdad.",
        "2020-12-21",
        [("U.S. Embassy Baghdad", "Iraq", "2020-12-20", ["rocket"], None, None, None, None)],
    ),
    (
        "a count of what U.S. strikes hit is no count of attacks",
        "The United States, in retaliation for a drone attack that killed three U.S. soldiers in Jordan last Sunday, "
        "has launched airstrikes against 85 targets at seven military facilities in Iraq and Syria. A spokesman said "
        "the strikes hit three "
        "military facilities in Iraq and four in Syria.",
        "2024-02-02",
        [(None, "Jordan", "2024-01-28", ["drone"], None, 3, None, None)],
    ),
    (
        "'has not said whether it fired the rockets' is no claim",
        "At least 30 rockets hit a base near Kirkuk on Friday, killing a U.S. contractor, and Kataib Hezbollah, which "
        "has not said whether it fired the rockets, vowed revenge.",
        "2019-12-29",
        [(None, "Iraq", "2019-12-27", ["rocket"], 30, 1, None, None)],
    ),
]


def test_cases(rows_of) -> None:
    assert rows_of(CASES, FIELDS) == [(name, want) for name, *_, want in CASES]
