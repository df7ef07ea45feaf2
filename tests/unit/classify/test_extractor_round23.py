"""Reporting patterns of a twenty-third round: a fact sheet's labelled toll, a patrol that came under fire, an
earlier report's attack on the same embassy, a front group claiming under its umbrella's banner, and the forces
and bases of coalition partners.

Every sentence here is written for these tests.
"""

from __future__ import annotations

# What each row of the table gives for every event.
FIELDS = ("base", "country", "event_date", "weapons", "munitions", "killed", "injured", "claimed_by")

CASES = [
    (
        "a fact sheet's labelled lines give the toll",
        "A U.S. patrol came under fire near Palmyra on Saturday.\nKilled: 2 U.S. soldiers and 1 U.S. civilian "
        "interpreter.\nWounded: 3 U.S. soldiers.\n",
        "2025-12-14",
        [(None, "Syria", "2025-12-13", ["gunfire"], None, 3, 3, None)],
    ),
    (
        "a base 'under fire' says nothing of the weapon",
        "The U.S. base at Shaddadi came under fire on Saturday, a coalition official said.",
        "2025-12-14",
        [("Shaddadi", "Syria", "2025-12-13", ["unknown"], None, None, None, None)],
    ),
    (
        "a convoy that came under fire was shot at",
        "A U.S. convoy came under fire near Rumalyn on Sunday, a coalition official said.",
        "2025-12-14",
        [("Rumalyn Landing Zone", "Syria", "2025-12-14", ["gunfire"], None, None, None, None)],
    ),
    (
        "an earlier day's attack on the same embassy, told after today's",
        "A drone targeted the U.S. embassy in Baghdad early on Wednesday, security officials said. On Tuesday, "
        "rockets and drones had targeted the embassy as well.",
        "2026-03-18",
        [
            ("U.S. Embassy Baghdad", "Iraq", "2026-03-17", ["drone", "rocket"], None, None, None, None),
            ("U.S. Embassy Baghdad", "Iraq", "2026-03-18", ["drone"], 1, None, None, None),
        ],
    ),
    (
        "an earlier report, dated by the day it was told",
        "A drone targeted the U.S. embassy in Baghdad early on Wednesday, officials said. Officials had said on "
        "Tuesday that rockets had targeted the embassy.",
        "2026-03-18",
        [
            ("U.S. Embassy Baghdad", "Iraq", "2026-03-17", ["rocket"], None, None, None, None),
            ("U.S. Embassy Baghdad", "Iraq", "2026-03-18", ["drone"], 1, None, None, None),
        ],
    ),
    (
        "an earlier day's attack on 'the consulate' is not the embassy's",
        "A drone targeted the U.S. embassy in Baghdad early on Wednesday. On Tuesday, rockets had targeted the "
        "consulate.",
        "2026-03-18",
        [("U.S. Embassy Baghdad", "Iraq", "2026-03-18", ["drone"], 1, None, None, None)],
    ),
    (
        "a campaign going on is background: the closing zero holds for the attack told",
        "Drones targeted the U.S. embassy in Baghdad on Tuesday. Armed factions have been attacking U.S. interests "
        "across Iraq in recent days. There were no immediate reports of casualties.",
        "2026-03-18",
        [("U.S. Embassy Baghdad", "Iraq", "2026-03-17", ["drone"], None, 0, 0, None)],
    ),
    (
        "a front group claims, operating under its umbrella's banner",
        "The faction Saraya Awliya al-Dam, which operates under the banner of the Islamic Resistance in Iraq, "
        "announced on Sunday that it carried out a drone attack against the U.S. base at Erbil airport.",
        "2026-03-01",
        [("Erbil Air Base", "Iraq", "2026-03-01", ["drone"], None, None, None, "Saraya Awliya al-Dam")],
    ),
    (
        "a front group whose quoted name closes before its appositive",
        'The armed group "Saraya Awliya al-Dam", part of the Islamic Resistance in Iraq, announced that they '
        "attacked a U.S. base at Erbil airport with drones on Wednesday.",
        "2026-03-04",
        [("Erbil Air Base", "Iraq", "2026-03-04", ["drone"], None, None, None, "Saraya Awliya al-Dam")],
    ),
    (
        "the German spelling of the front group",
        "The militia Saraja Awlija al-Dam said it had attacked a U.S. base at Erbil airport with drones on Sunday.",
        "2026-03-01",
        [("Erbil Air Base", "Iraq", "2026-03-01", ["drone"], None, None, None, "Saraya Awliya al-Dam")],
    ),
    (
        "a coalition partner's base is a coalition base",
        "A missile hit the Italian base in Erbil on Thursday. No Italian troops were hurt.",
        "2026-03-12",
        [(None, "Iraq", "2026-03-12", ["missile"], 1, None, 0, None)],
    ),
    (
        "a partner's soldiers killed at a Kurdish base tie the attack to the coalition",
        "A French soldier was killed and six others were wounded on Thursday night in a drone attack on a Kurdish "
        "military base in Iraq.",
        "2026-03-13",
        [(None, "Iraq", "2026-03-12", ["drone"], None, 1, 6, None)],
    ),
    (
        "a partner's jets striking are no attack on the coalition",
        "French jets struck Islamic State positions in Syria on Thursday, the ministry said.",
        "2026-03-13",
        [],
    ),
    (
        "a contractor's heart attack after a volley of rockets is the attack's death",
        "A U.S. civilian contractor died of a heart attack early on Wednesday after a volley of rockets struck "
        "Ain al-Asad air base, officials said.",
        "2021-03-03",
        [("Ain al-Asad Air Base", "Iraq", "2021-03-03", ["rocket"], None, 1, None, None)],
    ),
    (
        "cardiac failure after rocket fire hit the base",
        "A U.S. contractor died of cardiac failure after rocket fire hit Ain al-Asad air base on Wednesday.",
        "2021-03-03",
        [("Ain al-Asad Air Base", "Iraq", "2021-03-03", ["rocket"], None, 1, None, None)],
    ),
    (
        "a headline's one victim, told without an article, at a base the headline names by its country",
        "US soldier dies in drone attack at Syria base",
        "The drone struck the base in northeastern Syria on Sunday, officials said.",
        "2024-02-05",
        [(None, "Syria", "2024-02-04", ["drone"], 1, 1, None, None)],
    ),
    (
        "a country's base in a headline is no coalition base by itself",
        "Rockets hit Iraq base",
        "Nothing more was said.",
        "2024-02-05",
        [],
    ),
    (
        "IEDs in the plural are IEDs",
        "A convoy carrying equipment for the U.S.-led coalition was hit by two IEDs in Babil province on Monday.",
        "2020-09-15",
        [(None, "Iraq", "2020-09-14", ["ied"], None, None, None, None)],
    ),
    (
        "the group's press release claims the latest attack",
        "Rockets and ballistic missiles targeted al-Asad air base on Saturday, CENTCOM said. Since October there "
        "have been dozens of attacks on U.S. forces. Most have been claimed by the Islamic Resistance in Iraq, an "
        "alliance of armed groups. The group said in a press release Saturday that it had carried out the latest "
        "attack.",
        "2024-01-21",
        [("Ain al-Asad Air Base", "Iraq", "2024-01-20", ["ballistic_missile", "rocket"], None, None, None,
          "Islamic Resistance in Iraq")],
    ),
    (
        "the toll of the attack that strikes answer: one killed, 'another' wounded and more hurt",
        "The U.S. carried out air strikes in Syria on Thursday night against militias it blamed for a drone attack "
        "that killed an American contractor, wounded another and hurt four U.S. troops. The attack struck a "
        "coalition base near Hasakah on Thursday afternoon, officials said.",
        "2023-03-24",
        [(None, "Syria", "2023-03-23", ["drone"], None, 1, 5, None)],
    ),
    (
        "the facility in the town that names the base",
        "A base in Hasakah province hosting U.S. troops came under drone attack on Wednesday. The group said the "
        "facility in al-Shaddadi town was hit.",
        "2023-11-08",
        [("Shaddadi", "Syria", "2023-11-08", ["drone"], None, None, None, None)],
    ),
    (
        "'revealed so far' is what is known yet, not a tally",
        "The U.S. base at the Conoco field was struck with two missiles on Monday, sources said, adding that no "
        "information on damage has been revealed so far.",
        "2023-10-23",
        [("Mission Support Site Euphrates", "Syria", "2023-10-23", ["missile"], 2, None, None, None)],
    ),
    (
        "a group's statement that the offensives were carried out claims them",
        "The Islamic Resistance in Iraq stated that offensives were carried out on Monday with drones that directly "
        "hit their targets at the base in al-Tanf.",
        "2023-10-23",
        [("Al-Tanf Garrison", "Syria", "2023-10-23", ["drone"], None, None, None, "Islamic Resistance in Iraq")],
    ),
    (
        "a quiet sentence about another base is not the attack in focus, nor is what follows",
        "The U.S. base at the Conoco field was struck with two missiles on Monday, sources said. Last week the "
        "Al-Tanf base saw three drones overhead. Officials said on Wednesday that two of the drones were downed "
        "before they reached the base.",
        "2023-10-23",
        [("Mission Support Site Euphrates", "Syria", "2023-10-23", ["missile"], 2, None, None, None)],
    ),
    (
        "a drone that hit was one of those launched: the attack's rounds are all of them",
        "A drone hit the Baghdad Diplomatic Support Center near Baghdad airport on Wednesday. Six drones were "
        "launched toward the facility, five of which were shot down.",
        "2026-03-11",
        [("Victory Base Complex", "Iraq", "2026-03-11", ["drone"], 6, None, None, None)],
    ),
    (
        "drones downed elsewhere are not the attack's rounds",
        "A drone was shot down over the Victory base at Baghdad airport on Sunday. Nine drones were downed in "
        "Dhi Qar and Basra the same day.",
        "2026-03-01",
        [("Victory Base Complex", "Iraq", "2026-03-01", ["drone"], 1, None, None, None)],
    ),
    (
        "a base serving the embassy is not the embassy",
        "Drones targeted the Victory base, which provides logistical support to the U.S. embassy, on Wednesday.",
        "2026-03-04",
        [("Victory Base Complex", "Iraq", "2026-03-04", ["drone"], None, None, None, None)],
    ),
    (
        "'the Iraqi military base' is no reference to the attack told",
        "A drone attacked the Victory base near Baghdad airport. Also on Tuesday an attack of the same type hit the "
        "Iraqi military base of Saladin.",
        "2026-03-04",
        [("Victory Base Complex", "Iraq", "2026-03-04", ["drone"], 1, None, None, None)],
    ),
    (
        "the group's 'mujahideen' conducted the operation",
        "Drones targeted U.S. forces at Erbil air base on Sunday. The Saraya Awliya al-Dam group said on Sunday "
        'that its "mujahideen" conducted the operation.',
        "2026-03-01",
        [("Erbil Air Base", "Iraq", "2026-03-01", ["drone"], None, None, None, "Saraya Awliya al-Dam")],
    ),
    (
        "an attack carried out while others vow to retaliate is news",
        "An armed group in Iraq said Sunday it carried out a drone attack targeting U.S. military sites in Erbil, as "
        "Iran vowed to retaliate for the killing of its leader.",
        "2026-03-01",
        [(None, "Iraq", "2026-03-01", ["drone"], None, None, None, None)],
    ),
    (
        "a patron named in the appositive does not take the umbrella's claim",
        "Drones targeted Erbil air base on Tuesday. The Islamic Resistance in Iraq, an alliance that receives "
        "support from Iran's Revolutionary Guards, said in a post that it had carried out the operation.",
        "2023-11-07",
        [("Erbil Air Base", "Iraq", "2023-11-07", ["drone"], None, None, None, "Islamic Resistance in Iraq")],
    ),
]


def test_cases(rows_of) -> None:
    assert rows_of(CASES, FIELDS) == [(name, want) for name, *_, want in CASES]
