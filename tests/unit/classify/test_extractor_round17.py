"""Reporting patterns of a seventeenth round: tolls told as "other" people on top of one already given,
zeros told as "no reports of any ... injuries", bases listed by their short names or towns, and weekdays
followed by the date that says which one.

Every sentence here is written for these tests.
"""

from __future__ import annotations

# What each row of the table gives for every event.
FIELDS = ("base", "country", "event_date", "weapons", "munitions", "killed", "injured", "claimed_by")

CASES = [
    (
        "'A US soldier was hurt ..., and four other contractors were wounded': five in one sentence",
        "A drone hit the Erbil air base on Monday. A US soldier was hurt in the attack, and four other contractors "
        "were wounded.",
        [("Erbil Air Base", "Iraq", "2024-01-22", ["drone"], 1, None, 5, None)],
    ),
    (
        "'four other contractors were hurt', told of the base after a toll of the attack told unnamed: five",
        "A contractor died and a US soldier was wounded when rockets struck U.S.-led forces in Erbil on Monday "
        "night, the coalition said. The rockets hit the air base at Erbil airport. A spokesman later said four "
        "other contractors were hurt.",
        [("Erbil Air Base", "Iraq", "2024-01-22", ["rocket"], None, 1, 5, None)],
    ),
    (
        "'Two other service members were hurt as well' after three wounded: five",
        "Rockets hit the Erbil air base on Monday, wounding three soldiers. Two other service members were hurt "
        "as well.",
        [("Erbil Air Base", "Iraq", "2024-01-22", ["rocket"], None, None, 5, None)],
    ),
    (
        "'The three other soldiers at the site were unhurt' adds nobody",
        "Rockets hit the Erbil air base on Monday, wounding three soldiers. The three other soldiers at the site "
        "were unhurt, officials said.",
        [("Erbil Air Base", "Iraq", "2024-01-22", ["rocket"], None, None, 3, None)],
    ),
    (
        "'no reports of any serious damage or any injuries' is no one hurt",
        "Two rockets landed near the Ain al-Asad air base on Monday. So far there are no reports of any serious "
        "damage or any injuries.",
        [("Ain al-Asad Air Base", "Iraq", "2024-01-22", ["rocket"], 2, None, 0, None)],
    ),
    (
        "'missiles at Al-Assad and Irbil': the two bases, by a short name and a town",
        "Iran fired ballistic missiles at Al-Assad and Irbil on Wednesday, targeting U.S. troops.",
        [
            ("Ain al-Asad Air Base", "Iraq", "2024-01-24", ["ballistic_missile"], None, None, None, None),
            ("Erbil Air Base", "Iraq", "2024-01-24", ["ballistic_missile"], None, None, None, None),
        ],
    ),
    (
        "'at the Al-Asad and Irbil bases': both",
        "Missiles were fired at the Al-Asad and Irbil bases on Wednesday.",
        [
            ("Ain al-Asad Air Base", "Iraq", "2024-01-24", ["missile"], None, None, None, None),
            ("Erbil Air Base", "Iraq", "2024-01-24", ["missile"], None, None, None, None),
        ],
    ),
    (
        "'drones targeted the Harir base, Ain al-Asad and Erbil': Erbil's base ends the list",
        "Drones targeted the Harir base, Ain al-Asad and Erbil on Wednesday.",
        [
            ("Ain al-Asad Air Base", "Iraq", "2024-01-24", ["drone"], None, None, None, None),
            ("Erbil Air Base", "Iraq", "2024-01-24", ["drone"], None, None, None, None),
            ("Harir Air Base", "Iraq", "2024-01-24", ["drone"], None, None, None, None),
        ],
    ),
    (
        "'Ain al-Asad and Erbil province': the province is no base",
        "Rockets hit Ain al-Asad and Erbil province on Wednesday.",
        [("Ain al-Asad Air Base", "Iraq", "2024-01-24", ["rocket"], None, None, None, None)],
    ),
    (
        "'more than a dozen ballistic missiles ... at Al-Assad and Irbil': how many fell on each is not told",
        "On Wednesday Iran launched more than a dozen ballistic missiles at U.S. forces at Al-Assad and Irbil.",
        [
            ("Ain al-Asad Air Base", "Iraq", "2024-01-24", ["ballistic_missile"], None, None, None, None),
            ("Erbil Air Base", "Iraq", "2024-01-24", ["ballistic_missile"], None, None, None, None),
        ],
    ),
    (
        "a count told of one base of the story stays that base's",
        "On Wednesday Iran launched missiles at Al-Assad and Irbil. Eleven missiles struck Ain al-Asad.",
        [
            ("Ain al-Asad Air Base", "Iraq", "2024-01-24", ["missile"], 11, None, None, None),
            ("Erbil Air Base", "Iraq", "2024-01-24", ["missile"], None, None, None, None),
        ],
    ),
    (
        "'saw a volley of rockets slam into the US embassy': an attack told with 'slam into'",
        "Wednesday saw a volley of rockets slam into the US embassy.",
        [("U.S. Embassy Baghdad", "Iraq", "2024-01-24", ["rocket"], None, None, None, None)],
    ),
    (
        "'In recent weeks, only one other attack, on January 8, ...': that one attack, with its day",
        "Two coalition convoys were hit by roadside bombs on Thursday. In recent weeks, only one other attack, on "
        "January 8, saw rockets slam into the US embassy.",
        [
            ("U.S. Embassy Baghdad", "Iraq", "2024-01-08", ["rocket"], None, None, None, None),
            (None, None, "2024-01-25", ["ied"], None, None, None, None),
            (None, None, "2024-01-25", ["ied"], None, None, None, None),
        ],
    ),
    (
        "'In recent weeks, rockets have hit the US embassy several times': no day, no attack",
        "In recent weeks, rockets have hit the US embassy several times.",
        [],
    ),
    (
        "'ended a year of rocket and roadside bomb attacks ... with the US embassy as a main target': a stretch of them",
        "Two convoys carrying coalition supplies were struck by roadside bombs on Thursday. A truce had ended a year "
        "of rocket and roadside bomb attacks on foreign sites, with the US embassy as a main target.",
        [(None, None, "2024-01-25", ["ied"], None, None, None, None)] * 2,
    ),
    (
        "'the first direct hit on the embassy after months of attacks' is where the attack stands, not history",
        "A rocket struck the US embassy on Sunday evening, the first direct hit on the embassy after months of "
        "attacks. One staff member was slightly injured.",
        [("U.S. Embassy Baghdad", "Iraq", "2024-01-21", ["rocket"], 1, None, 1, None)],
    ),
    (
        "a headline's two unnamed attacks join the body's two attacks of the nearest day, one each, not an older named one",
        "Two coalition convoys hit in Iraq\nKataib Hezbollah claimed both attacks.\nTwo convoys carrying supplies for "
        "the US-led coalition were struck by roadside bombs on Thursday, with no casualties. On January 8, rockets "
        "slammed into the US embassy.",
        [
            ("U.S. Embassy Baghdad", "Iraq", "2024-01-08", ["rocket"], None, None, None, None),
            (None, "Iraq", "2024-01-25", ["ied"], None, 0, 0, "Kataib Hezbollah"),
            (None, "Iraq", "2024-01-25", ["ied"], None, 0, 0, "Kataib Hezbollah"),
        ],
    ),
    (
        "'Qasem al-Jabbarin' (a doubled letter), 'part of the ... \"Islamic Resistance\" network': the front claims",
        "Two convoys carrying supplies for the US-led coalition were struck by roadside bombs on Thursday. Qasem "
        "al-Jabbarin, a group that calls itself part of the Iran-backed \"Islamic Resistance\" network, claimed the "
        "attacks.",
        [(None, None, "2024-01-25", ["ied"], None, None, None, "Saraya Qasem al-Jabarin")] * 2,
    ),
    (
        "'Kataib Hezbollah, part of the Islamic Resistance in Iraq, claimed': Kataib Hezbollah",
        "A drone struck the Tower 22 outpost on Sunday. Kataib Hezbollah, part of the Islamic Resistance in Iraq, "
        "claimed the attack.",
        [("Tower 22", "Jordan", "2024-01-21", ["drone"], 1, None, None, "Kataib Hezbollah")],
    ),
    (
        "'is under rocket fire and rounds continue to come in': an attack told as it happens",
        "The al-Asad air base, which houses American troops, is under rocket fire and rounds continue to come in, "
        "a military source said.",
        [("Ain al-Asad Air Base", "Iraq", "2024-01-26", ["rocket"], None, None, None, None)],
    ),
    (
        "'struck by a SVBIED', 'a suicide bomber': a bomb (ied); 'ISIS claimed the responsibility ... saying they "
        "killed ... US coalition fighters': a claim, the fighters people, not jets",
        "A joint coalition convoy was struck by a SVBIED attack on a highway in east Syria on Friday. ISIS "
        "claimed the responsibility for the suicide attack, saying they managed to kill US coalition fighters.",
        [(None, "Syria", "2024-01-26", ["ied"], None, None, None, "Islamic State")],
    ),
    (
        "'came under attack by a suicide bomber': a bomb",
        "A coalition convoy came under attack by a suicide bomber in east Syria on Friday.",
        [(None, "Syria", "2024-01-26", ["ied"], None, None, None, None)],
    ),
    (
        "'came under rocket attack on Friday, a day after U.S. forces conducted air strikes ...': the attack stands",
        "U.S. troops in eastern Syria came under rocket attack on Friday, a day after U.S. forces conducted "
        "retaliatory air strikes on Iranian-backed groups in Syria.",
        [(None, "Syria", "2024-01-26", ["rocket"], None, None, None, None)],
    ),
    (
        "'The rocket attack came a day after a contractor was killed when a drone crashed into ... a base', after "
        "the story's base is named: the day before, and the unnamed lead is the named base's attack",
        "U.S. troops in eastern Syria came under rocket attack on Friday, a day after U.S. air strikes in Syria. "
        "Eight rockets targeted troops near the Al-Omar oil field. \"We can confirm a rocket attack on Green "
        "Village,\" a spokesman said. The rocket attack came a day after a U.S. contractor was killed when a drone "
        "crashed into a maintenance facility on a coalition base near Hasakah in northeast Syria.",
        [
            (None, "Syria", "2024-01-25", ["drone"], 1, 1, None, None),
            ("Green Village", "Syria", "2024-01-26", ["rocket"], 8, None, None, None),
        ],
    ),
    (
        "a headline's 'Five rockets hit inside US military base in Iraq' (no article): the body's base, its count",
        "Five rockets hit inside US military base in Iraq\nA volley of rockets struck the Ain al-Asad base on "
        "Tuesday afternoon, but caused no casualties.",
        [("Ain al-Asad Air Base", "Iraq", "2024-01-23", ["rocket"], 5, 0, 0, None)],
    ),
    (
        "'Drone attack on US base in Syria': an attack there",
        "Drone attack on US base in Syria",
        [(None, "Syria", "2024-01-26", ["drone"], None, None, None, None)],
    ),
    (
        "'There were no casualties ... However, ... there were minor injuries': some hurt, how many not told",
        "Rockets hit the Victory base near Baghdad airport on Tuesday. There were no casualties, they said. However, "
        "a U.S. Embassy official said there were minor injuries.",
        [("Victory Base Complex", "Iraq", "2024-01-23", ["rocket"], None, 0, None, None)],
    ),
    (
        "'no casualties ... A small number of personnel were treated': the same",
        "Rockets hit the Victory base near Baghdad airport on Tuesday. There were no casualties, they said. A small "
        "number of personnel were treated for smoke inhalation.",
        [("Victory Base Complex", "Iraq", "2024-01-23", ["rocket"], None, 0, None, None)],
    ),
    (
        "a base named twice in a sentence ('the Victoria military base ... near Baghdad International Airport') is "
        "one attack, which takes the later sentence's count ('targeted with three rockets')",
        "At least two rockets were fired at the Victoria military base, which hosts American forces near Baghdad "
        "International Airport, on Monday. Two security sources told AFP that the base was \"targeted with three "
        "rockets\", including two that were shot down.",
        [("Victory Base Complex", "Iraq", "2024-01-22", ["rocket"], 3, None, None, None)],
    ),
    (
        "'Both caused material damage but no casualties': the zeros of both attacks just told",
        "Two convoys carrying supplies for the US-led coalition were hit by roadside bombs on Thursday, security "
        "sources said. Early on Thursday, one convoy was hit in Muthanna province after it crossed from Kuwait. The "
        "second was struck later near Latifiya, another source said. Both caused material damage but no casualties.",
        [
            (None, "Iraq", "2024-01-25", ["ied"], None, 0, 0, None),
            (None, None, "2024-01-25", ["ied"], None, 0, 0, None),
        ],
    ),
    (
        "an attack told without its weapon takes no weapon from history ('In recent months, convoys ... have been "
        "targeted by roadside bombs')",
        "A US military logistics convoy was targeted in Iraq late on Tuesday, local media reported. The media did "
        "not say how the convoy was targeted. In recent months, convoys carrying equipment for US troops have been "
        "targeted by roadside bombs.",
        [(None, "Iraq", "2024-01-23", ["unknown"], None, None, None, None)],
    ),
    (
        "'strikes on Assad and Putin's forces' names no base",
        "Protesters denounced strikes on Assad and Putin's forces on Wednesday.",
        [],
    ),
    (
        "'a military base north of the Iraqi capital, where US troops are deployed': a U.S. base, placed by a bearing",
        "Rockets struck a military base north of the Iraqi capital, where US troops are deployed, on Monday.",
        [(None, "Iraq", "2024-01-22", ["rocket"], None, None, None, None)],
    ),
]

# (text, published, events): a story read against its own publication day.
DATED_CASES = [
    (
        "'on Monday night (February 15)', told a week later: the date says which Monday",
        "A rocket attack hit U.S.-led forces at Erbil airport on Monday night (February 15), the coalition said.",
        "2021-02-22",
        [("Erbil Air Base", "Iraq", "2021-02-15", ["rocket"], None, None, None, None)],
    ),
    (
        "a death told 'on Monday (February 22)' of the attack a week before is that attack's, no new one",
        "The minister said on Monday (February 22) that a contractor had died of injuries from the rocket "
        "attack on US-led forces in Erbil. Rockets hit U.S.-led forces at Erbil airport on Monday, February 15.",
        "2021-02-22",
        [("Erbil Air Base", "Iraq", "2021-02-15", ["rocket"], None, 1, None, None)],
    ),
    (
        "an attack dated only by the written day a source told it ('said on 9 November'), weeks before: that day",
        "Rockets struck the Ain al-Asad base on Tuesday. Most recently before that, at least 17 rockets struck a "
        "military base north of the Iraqi capital where US troops are deployed, a security source said on 9 November.",
        "2019-12-04",
        [
            (None, "Iraq", "2019-11-09", ["rocket"], 17, None, None, None),
            ("Ain al-Asad Air Base", "Iraq", "2019-12-03", ["rocket"], None, None, None, None),
        ],
    ),
]


def test_cases(brief_of) -> None:
    assert [(name, brief_of(text, FIELDS)) for name, text, _ in CASES] == [(name, want) for name, _, want in CASES]


def test_dated_cases(events_of) -> None:
    got = [(name, [tuple(e[f] for f in FIELDS) for e in events_of(text, published)]) for name, text, published, _ in DATED_CASES]
    assert got == [(name, want) for name, _, _, want in DATED_CASES]
