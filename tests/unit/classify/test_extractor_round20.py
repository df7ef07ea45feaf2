"""Reporting patterns of a twentieth round: an old attack retold under an undated headline, analysis of who is
behind attacks, whose base "its base" is, one salvo told twice, the side of a country an attack was on, and a
death of the heart while sheltering from rockets.

Every sentence here is written for these tests.
"""

from __future__ import annotations

# What each row of the table gives for every event.
FIELDS = ("base", "country", "event_date", "weapons", "munitions", "killed", "injured", "claimed_by")

CASES = [
    (
        "an inquiry a year on: the headline's attack is the one the body dates long ago",
        "Inquiry faults guard failures in the Tower 22 attack",
        "An Army inquiry released on Friday found that the deaths could have been prevented. The outpost, known as "
        "Tower 22, sits on Jordan's border with Syria. On the night of Jan. 28, 2024, the base's radar saw a drone "
        "coming but no alarm was raised.",
        "2025-03-14",
        [],
    ),
    (
        "a new attack on that outpost, with its history told after",
        "Drone hits Tower 22",
        "A drone struck Tower 22 in Jordan, wounding two soldiers, officials said. The outpost was the site of a "
        "deadly attack on Jan. 28, 2024.",
        "2025-03-14",
        [("Tower 22", "Jordan", "2025-03-14", ["drone"], 1, None, 2, None)],
    ),
    (
        "a base spared from the attacks elsewhere",
        "Tower 22 had been largely spared from the assaults on U.S. positions in Iraq and Syria.",
        "2024-01-10",
        [],
    ),
    (
        "the main culprit behind strikes over time",
        "A think tank named Harakat al-Nujaba the main culprit behind drone strikes on the Victory base near Baghdad "
        "airport.",
        "2022-01-11",
        [],
    ),
    (
        "groups joining to attack new targets",
        "Other groups have joined the movement to attack new targets, including the al-Tanf coalition base.",
        "2022-01-11",
        [],
    ),
    (
        "a group that will continue to attack",
        "The report expects that the group will continue to attack American interests at Erbil air base.",
        "2022-01-11",
        [],
    ),
    (
        "a death of the heart while sheltering from rockets",
        "The Pentagon on Wednesday said an American contractor died after suffering a cardiac episode while "
        "sheltering from rockets fired at a base in Iraq.",
        "2021-03-04",
        [(None, "Iraq", "2021-03-03", ["rocket"], None, 1, None, None)],
    ),
    (
        "a heart attack and a death as rockets rained down",
        "A U.S. contractor suffered a heart attack and died as rockets rained down on Al Asad air base on Wednesday.",
        "2021-03-04",
        [("Ain al-Asad Air Base", "Iraq", "2021-03-03", ["rocket"], None, 1, None, None)],
    ),
    (
        "'passed away' after taking shelter",
        "Rockets hit Al Asad air base on Wednesday. A U.S. contractor suffered a cardiac episode while sheltering from "
        "the rockets and passed away soon after.",
        "2021-03-04",
        [("Ain al-Asad Air Base", "Iraq", "2021-03-03", ["rocket"], None, 1, None, None)],
    ),
    (
        "'its base' after a U.S. subject is a U.S. base",
        "The United States Army thwarted an attack on its base in western Syria on Monday by shooting down two "
        "unmanned aerial vehicles.",
        "2023-12-05",
        [(None, "Syria", "2023-12-04", ["drone"], 2, None, None, None)],
    ),
    (
        "'United States soldiers' tie an unnamed base to U.S. forces",
        "A rocket attack on a military base in northern Iraq on Monday wounded two United States soldiers.",
        "2023-12-05",
        [(None, "Iraq", "2023-12-04", ["rocket"], None, None, 2, None)],
    ),
    (
        "one salvo of fifteen rockets, named on one side of midnight and unnamed on the other",
        "Fifteen rockets were fired at the Rumalyn base late on Sunday, a local source said. U.S. Central Command "
        "said a U.S. base in Syria was attacked with 15 rockets on Monday, without injuries.",
        "2023-12-05",
        [("Rumalyn Landing Zone", "Syria", "2023-12-03", ["rocket"], 15, None, 0, None)],
    ),
    (
        "the stretch of attacks told in a closing 'amid' clause",
        "Three rockets landed late Friday inside the Baghdad airport complex near a military base that houses "
        "American troops, amid an uptick in such attacks on U.S. interests.",
        "2020-07-12",
        [("Victory Base Complex", "Iraq", "2020-07-10", ["rocket"], 3, None, None, None)],
    ),
    (
        "a bomb that 'blew up' on the convoy of a company working with the coalition",
        "Earlier on Friday, an explosive device blew up on a convoy of a contractor company working with the "
        "anti-ISIS coalition in southern Iraq.",
        "2020-07-12",
        [(None, "Iraq", "2020-07-10", ["ied"], None, None, None, None)],
    ),
    (
        "the airport and 'an adjacent military base': one site",
        "At least six rockets struck near Baghdad's international airport and an adjacent military base that hosts "
        "U.S. advisers on Friday. There were no casualties.",
        "2022-01-29",
        [("Victory Base Complex", "Iraq", "2022-01-28", ["rocket"], 6, 0, 0, None)],
    ),
    (
        "drones in western Iraq are not the drone at Harir, in the north",
        "Two drones targeted U.S. forces in western Iraq on Wednesday, officials said. Another drone attacked Harir "
        "air base on Wednesday, causing no injuries.",
        "2023-10-19",
        [(None, "Iraq", "2023-10-18", ["drone"], 2, None, None, None),
         ("Harir Air Base", "Iraq", "2023-10-18", ["drone"], None, None, 0, None)],
    ),
    (
        "two attacks 'near Erbil airport', one of them then told at Harir in the same province",
        "Two drones were shot down in two separate attacks on an outpost near Erbil airport on Tuesday. The Islamic "
        "Resistance in Iraq claimed an attack on the Harir base on Tuesday morning.",
        "2023-11-07",
        [("Erbil Air Base", "Iraq", "2023-11-07", ["drone"], None, None, None, None),
         ("Harir Air Base", "Iraq", "2023-11-07", ["drone"], None, None, None, "Islamic Resistance in Iraq")],
    ),
    (
        "an encyclopedia entry, undated, with contents and citations",
        "Tower 22 drone attack",
        "Contents\nOn 28 January 2024, a drone struck Tower 22, a U.S. outpost in Jordan, killing three U.S. soldiers. "
        "[1] The U.S. began retaliatory strikes on 2 February. [2] Iran denied any involvement. [3]",
        None,
        [],
    ),
    (
        "a denial of involvement in an attack told without its day",
        "Iraqi group denies involvement in Ain al-Asad attack",
        "The group on Tuesday denied any involvement in the recent attack on the Ain al-Asad base, which injured five "
        "American soldiers.",
        "2024-08-07",
        [],
    ),
    (
        "a total told after the rounds: '107 mm rockets, a total of 14,'",
        "The coalition said 107 mm rockets, a total of 14, were fired at Erbil air base on Monday.",
        "2021-02-16",
        [("Erbil Air Base", "Iraq", "2021-02-15", ["rocket"], 14, None, None, None)],
    ),
    (
        "'the airport in the city of Irbil' is the Erbil air base",
        "More than a dozen rockets hit late Monday near the airport in the city of Irbil, where U.S. troops are based.",
        "2021-02-16",
        [("Erbil Air Base", "Iraq", "2021-02-15", ["rocket"], 12, None, None, None)],
    ),
    (
        "'a base housing U.S. troops killed': the attack on their base killed, not they",
        "A rocket attack late Monday near the Irbil airport and a nearby base housing U.S. troops killed a foreign "
        "civilian contractor.",
        "2021-02-16",
        [("Erbil Air Base", "Iraq", "2021-02-15", ["rocket"], None, 1, None, None)],
    ),
    (
        "the U.S. share of a toll: 'was among the five people injured'",
        "Rockets hit Erbil air base on Monday. One U.S. servicemember was among the five people injured in the attack.",
        "2021-02-16",
        [("Erbil Air Base", "Iraq", "2021-02-15", ["rocket"], None, None, 1, None)],
    ),
    (
        "'two military bases in Iraq and Syria': one attack in each",
        "A drone and rockets targeted two military bases in Iraq and Syria on Monday, a U.S. official said.",
        "2023-12-14",
        [(None, "Iraq", "2023-12-11", ["drone", "rocket"], None, None, None, None),
         (None, "Syria", "2023-12-11", ["drone", "rocket"], None, None, None, None)],
    ),
    (
        "a headline's 'US forces attacked 97 times', an official who 'previously said', and both attacks claimed",
        "US forces attacked 97 times in Syria, Iraq since October",
        "A drone and rockets targeted two military bases in Iraq and Syria on Monday housing coalition forces, a US "
        "military official previously said. Both attacks were claimed by the Islamic Resistance in Iraq.",
        "2023-12-14",
        [(None, "Iraq", "2023-12-11", ["drone", "rocket"], None, None, None, "Islamic Resistance in Iraq"),
         (None, "Syria", "2023-12-11", ["drone", "rocket"], None, None, None, "Islamic Resistance in Iraq")],
    ),
    (
        "an older attack on the base in focus, told by its day: 'A 20 October attack ... damage to the facility'",
        "Drones were shot down near the Al-Tanf garrison on Tuesday. A 20 October attack reportedly inflicted major "
        "damage to the facility, although no casualties were caused.",
        "2021-12-16",
        [("Al-Tanf Garrison", "Syria", "2021-10-20", ["unknown"], None, 0, 0, None),
         ("Al-Tanf Garrison", "Syria", "2021-12-14", ["drone"], None, None, None, None)],
    ),
]


def test_cases(rows_of) -> None:
    assert rows_of(CASES, FIELDS) == [(name, want) for name, *_, want in CASES]
