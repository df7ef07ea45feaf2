"""Reporting patterns of a sixteenth round: tolls told on top of one already given, the attacks of a
day's count told in the sentence after it, and a claimant's count after an official one.

Every sentence here is written for these tests.
"""

from __future__ import annotations

# What each row of the table gives for every event.
FIELDS = ("base", "country", "event_date", "weapons", "munitions", "killed", "injured", "claimed_by")

CASES = [
    (
        "'Two soldiers were wounded. An additional three ... were treated': five hurt, not three",
        "A drone struck the Harir base on Monday. Two soldiers were wounded. An additional three other service "
        "members were treated for concussions.",
        [("Harir Air Base", "Iraq", "2024-01-22", ["drone"], 1, None, 5, None)],
    ),
    (
        "'... wounding two soldiers. A further four personnel were wounded': six",
        "A drone struck the Harir base on Monday, wounding two soldiers. A further four personnel were wounded, "
        "officials said later.",
        [("Harir Air Base", "Iraq", "2024-01-22", ["drone"], 1, None, 6, None)],
    ),
    (
        "'Three more service members were injured' after two: five",
        "Rockets hit the Ain al-Asad air base on Tuesday. Two soldiers were wounded. Three more service members were "
        "injured, the Pentagon said.",
        [("Ain al-Asad Air Base", "Iraq", "2024-01-23", ["rocket"], None, None, 5, None)],
    ),
    (
        "'killed three soldiers and wounded 25 more': the 'more' is against its own dead, the toll is 25",
        "Rockets hit the Ain al-Asad air base on Monday. Two soldiers were wounded, officials said at first. The "
        "attack killed three soldiers and wounded 25 more.",
        [("Ain al-Asad Air Base", "Iraq", "2024-01-22", ["rocket"], None, 3, 25, None)],
    ),
    (
        "'more than 30' is a lower bound, not a count on top of another",
        "Rockets hit the Ain al-Asad air base on Monday. Two soldiers were wounded at first. In all, more than 30 "
        "troops were injured.",
        [("Ain al-Asad Air Base", "Iraq", "2024-01-22", ["rocket"], None, None, 30, None)],
    ),
    (
        "'... came after U.S. forces were attacked three times on Monday. Drones targeted ...': Monday's attacks",
        "A drone struck the Erbil air base on Thursday, officials said. The strike came after U.S. forces were "
        "attacked three times on Monday. Drones targeted the Ain al-Asad and al-Tanf bases, and rockets struck the "
        "Harir base.",
        [
            ("Ain al-Asad Air Base", "Iraq", "2024-01-22", ["drone"], None, None, None, None),
            ("Al-Tanf Garrison", "Syria", "2024-01-22", ["drone"], None, None, None, None),
            ("Harir Air Base", "Iraq", "2024-01-22", ["rocket"], None, None, None, None),
            ("Erbil Air Base", "Iraq", "2024-01-25", ["drone"], 1, None, None, None),
        ],
    ),
    (
        "'attacked U.S. forces in Iraq and Syria three times on Monday' is a day's count too",
        "Militants attacked U.S. forces in Iraq and Syria three times on Monday, officials said Thursday. Drones "
        "targeted the Ain al-Asad and al-Tanf bases, and rockets struck the Harir base.",
        [
            ("Ain al-Asad Air Base", "Iraq", "2024-01-22", ["drone"], None, None, None, None),
            ("Al-Tanf Garrison", "Syria", "2024-01-22", ["drone"], None, None, None, None),
            ("Harir Air Base", "Iraq", "2024-01-22", ["rocket"], None, None, None, None),
        ],
    ),
    (
        "'attacked U.S. forces in Iraq three times on Monday': three attacks in Iraq",
        "Militants attacked U.S. forces in Iraq three times on Monday, officials said Thursday.",
        [(None, "Iraq", "2024-01-22", ["unknown"], None, None, None, None)] * 3,
    ),
    (
        "'Recently, drone attacks have targeted ... al-Tanf': some time before, no day, no attack",
        "Rockets hit the Ain al-Asad air base on Thursday. Recently, drone attacks have targeted U.S. military bases "
        "in the al-Tanf region. Drones have recently targeted the Harir base as well.",
        [("Ain al-Asad Air Base", "Iraq", "2024-01-25", ["rocket"], None, None, None, None)],
    ),
    (
        "'More recently, a drone struck ... on Monday' keeps its day",
        "More recently, a drone struck the al-Tanf garrison on Monday.",
        [("Al-Tanf Garrison", "Syria", "2024-01-22", ["drone"], 1, None, None, None)],
    ),
    (
        "'officials said fourteen rockets ... IRI said it fired 24 rockets': the count already told stands",
        "Fourteen rockets struck the Ain al-Asad air base on Monday, officials said. The Islamic Resistance in Iraq "
        "said it fired 24 rockets at the base.",
        [("Ain al-Asad Air Base", "Iraq", "2024-01-22", ["rocket"], 14, None, None, "Islamic Resistance in Iraq")],
    ),
    (
        "a claimant's count is the count when none was told before it",
        "Rockets struck the Ain al-Asad air base on Monday, officials said. The Islamic Resistance in Iraq said it "
        "fired 24 rockets at the base.",
        [("Ain al-Asad Air Base", "Iraq", "2024-01-22", ["rocket"], 24, None, None, "Islamic Resistance in Iraq")],
    ),
    (
        "'Two US Army soldiers and an American civilian contractor were killed': three ('civilian' holds no 'an')",
        "Two US Army soldiers and an American civilian contractor were killed in the drone attack on Tower 22 on "
        "Sunday.",
        [("Tower 22", "Jordan", "2024-01-21", ["drone"], None, 3, None, None)],
    ),
    (
        "'groups directly responsible for attacking U.S. forces at the al-Tanf garrison': who was struck, no attack",
        "U.S. warplanes struck two facilities in eastern Syria on Friday. The strikes targeted groups directly "
        "responsible for attacking U.S. forces at the al-Tanf garrison, the Pentagon said.",
        [],
    ),
    (
        "a dateline 'RUMALYN, Syria -' is where the story was filed, not the base attacked",
        "RUMALYN, Syria - Rockets struck a U.S. base in eastern Syria on Monday, officials said.",
        [(None, "Syria", "2024-01-22", ["rocket"], None, None, None, None)],
    ),
    (
        "'Rumalyn, Syria - Drones attacked U.S. forces at the Conoco field': the Conoco site",
        "Rumalyn, Syria - Drones attacked U.S. forces at the Conoco field on Monday.",
        [("Mission Support Site Euphrates", "Syria", "2024-01-22", ["drone"], None, None, None, None)],
    ),
    (
        "a dateline with its wire and day: 'ERBIL, Jan. 22 (Agency) -'",
        "ERBIL, Jan. 22 (Agency) - A drone attacked the Ain al-Asad air base on Monday, a security source said.",
        [("Ain al-Asad Air Base", "Iraq", "2024-01-22", ["drone"], 1, None, None, None)],
    ),
    (
        "a strike 'in response to the deadly drone attack on U.S. forces at Tower 22 ... last Sunday': that attack",
        "U.S. forces struck more than 85 targets in Iraq and Syria on Thursday in response to the deadly drone attack "
        "on U.S. forces at Tower 22 in Jordan last Sunday.",
        [("Tower 22", "Jordan", "2024-01-21", ["drone"], None, None, None, None)],
    ),
    (
        "'the K-1military base': a space lost in scraping does not hide the base",
        "On Friday a salvo of rockets struck the K-1military base northwest of Kirkuk, killing a U.S. contractor.",
        [("K-1 Air Base", "Iraq", "2024-01-26", ["rocket"], None, 1, None, None)],
    ),
    (
        "'... officials said.A drone struck ...': a full stop with no space after it still ends a sentence",
        "Rockets hit the Ain al-Asad air base on Monday, officials said.A drone struck the Harir base on Tuesday, "
        "wounding two soldiers.",
        [
            ("Ain al-Asad Air Base", "Iraq", "2024-01-22", ["rocket"], None, None, None, None),
            ("Harir Air Base", "Iraq", "2024-01-23", ["drone"], 1, None, 2, None),
        ],
    ),
    (
        "'left at least six allied Kurdish soldiers dead': partners, not coalition troops",
        "A drone struck the al-Omar oil field base on Sunday and left at least six allied Kurdish soldiers dead. No "
        "U.S. troops were killed or injured.",
        [("Green Village", "Syria", "2024-01-21", ["drone"], 1, 0, 0, None)],
    ),
    (
        "'one of three US troops injured in the attack': three hurt",
        "A drone struck the Erbil air base on Monday. The sergeant was one of three US troops injured in the attack.",
        [("Erbil Air Base", "Iraq", "2024-01-22", ["drone"], 1, None, 3, None)],
    ),
    (
        "'struck by a drone ..., causing over 40 injuries': forty hurt",
        "Tower 22 in Jordan was struck by a drone on Sunday, causing over 40 injuries.",
        [("Tower 22", "Jordan", "2024-01-21", ["drone"], 1, None, 40, None)],
    ),
    (
        "'... killing three U.S. soldiers. The Pentagon says 25 more were injured': 25 hurt",
        "A drone struck Tower 22 in Jordan on Sunday, killing three U.S. soldiers. The Pentagon says 25 more were "
        "injured.",
        [("Tower 22", "Jordan", "2024-01-21", ["drone"], 1, 3, 25, None)],
    ),
    (
        "'their unmanned aerial vehicle successfully struck' and 'a bomber drone': one round each",
        "The group said their unmanned aerial vehicle successfully struck the al-Tanf garrison on Monday. On Tuesday a "
        "bomber drone targeted the Conoco field base.",
        [
            ("Al-Tanf Garrison", "Syria", "2024-01-22", ["drone"], 1, None, None, None),
            ("Mission Support Site Euphrates", "Syria", "2024-01-23", ["drone"], 1, None, None, None),
        ],
    ),
    (
        "'U.S. forces destroyed the drone': one round",
        "A drone attack targeted the Harir base on Monday, and U.S. forces destroyed the drone, officials said.",
        [("Harir Air Base", "Iraq", "2024-01-22", ["drone"], 1, None, None, None)],
    ),
    (
        "'rockets targeted rebel Iranian Kurdish forces not far from Erbil airport': Iran's foes were the target",
        "Three rockets on Wednesday targeted rebel Iranian Kurdish forces not far from Erbil airport, local officials "
        "said.",
        [],
    ),
    (
        "a drone 'attempting to reconnoiter the Conoco Mission Support Site', shot down: no attack",
        "U.S. forces shot down an Iranian-made drone attempting to reconnoiter the Conoco Mission Support Site on "
        "Tuesday.",
        [],
    ),
    (
        "'shot down two Iranian drones that were en route to Israel' at Ain al-Asad: no attack on the base",
        "The coalition at Ain al-Asad shot down two Iranian drones on Thursday that were en route to Israel.",
        [],
    ),
    (
        "'an American surveillance drone was returning to the site' is our own: the attack stands",
        "A drone struck Tower 22 in Jordan on Sunday. It approached as an American surveillance drone was returning "
        "to the site. The Islamic Resistance in Iraq claimed the attack.",
        [("Tower 22", "Jordan", "2024-01-21", ["drone"], 1, None, None, "Islamic Resistance in Iraq")],
    ),
    (
        "'This latest attack against U.S. troops comes a day after ...': the story's attack again, not one in Iraq",
        "At least five rockets were fired from the Iraqi town of Zummar at a U.S. base in northeastern Syria on Sunday. "
        "This latest attack against U.S. troops comes a day after a militia base in Iraq was damaged in a blast.",
        [(None, "Syria", "2024-01-21", ["rocket"], 5, None, None, None)],
    ),
    (
        "'fired missiles at the Koniko base ..., reportedly for the third time': this attack, counted",
        "Officials said on Thursday that missiles were fired at the Koniko base housing U.S. forces in Syria, "
        "reportedly for the third time.",
        [("Mission Support Site Euphrates", "Syria", "2024-01-25", ["missile"], None, None, None, None)],
    ),
    (
        "'the Islamic Iraqi resistance ... It also claimed to have fired missiles at ...': that group's claim",
        "The Islamic Iraqi resistance said on Thursday that it sent drones toward the port of Ashdod. It also claimed "
        "to have fired missiles at the Koniko base housing U.S. forces in Syria.",
        [("Mission Support Site Euphrates", "Syria", "2024-01-26", ["missile"], None, None, None,
          "Islamic Resistance in Iraq")],
    ),
    (
        "'This attack was claimed by the movement \"Islamic Resistance of Iraq\"': a claim, the name in quotes",
        "A drone targeted the al-Tanf garrison on Monday. This attack was claimed by the movement \"Islamic Resistance "
        "of Iraq\".",
        [("Al-Tanf Garrison", "Syria", "2024-01-22", ["drone"], 1, None, None, "Islamic Resistance in Iraq")],
    ),
    (
        "'The Iran-backed militant group earlier claimed credit', after a strike on Kataib Hezbollah: that group's claim",
        "A drone struck the Erbil air base on Monday, injuring three U.S. troops. The attack prompted retaliatory "
        "strikes on facilities used by Kataib Hezbollah. The Iran-backed militant group earlier claimed credit for "
        "using a one-way attack drone to target the air base.",
        [("Erbil Air Base", "Iraq", "2024-01-22", ["drone"], 1, None, 3, "Kataib Hezbollah")],
    ),
    (
        "'no individual or group has claimed responsibility for the attack yet': the story's claimant is not its",
        "The Islamic Resistance in Iraq said it attacked two U.S. bases in Syria on Friday. Separately, a drone "
        "targeted Erbil International Airport on Friday. A Kurdish official said no individual or group has claimed "
        "responsibility for the attack yet.",
        [("Erbil Air Base", "Iraq", "2024-01-26", ["drone"], 1, None, None, None)]
        + [(None, "Syria", "2024-01-26", ["unknown"], None, None, None, "Islamic Resistance in Iraq")] * 2,
    ),
    (
        "'Iraq's Islamic resistance attacks US bases in Syria' claims attacks in Syria, not the one in Iraq",
        "A drone targeted Erbil International Airport on Friday. Iraq's Islamic resistance attacks US bases in Syria.",
        [("Erbil Air Base", "Iraq", "2024-01-26", ["drone"], 1, None, None, None)],
    ),
]

# (text, published, events): a story read against its own publication day.
DATED_CASES = [
    (
        "'A January 28 drone attack killed three US soldiers', told months later: that attack, with its day",
        "Rockets were fired late Sunday at a base in Syria housing U.S. troops. A January 28 drone attack killed "
        "three US soldiers at Tower 22 in Jordan.",
        "2024-04-21",
        [
            ("Tower 22", "Jordan", "2024-01-28", ["drone"], None, 3, None, None),
            (None, "Syria", "2024-04-21", ["rocket"], None, None, None, None),
        ],
    ),
    (
        "an attack dated first by a statement 'on Thursday', then as 'the December 7 attack': December 7",
        "Speaking on Thursday, the prime minister's office called the rocket attack on the US embassy a terrorist act. "
        "No group has claimed responsibility for the December 7 attack, and there were no reports of casualties.",
        "2023-12-15",
        [("U.S. Embassy Baghdad", "Iraq", "2023-12-07", ["rocket"], None, 0, 0, None)],
    ),
]


def test_cases(brief_of) -> None:
    assert [(name, brief_of(text, FIELDS)) for name, text, _ in CASES] == [(name, want) for name, _, want in CASES]


def test_dated_cases(events_of) -> None:
    got = [(name, [tuple(e[f] for f in FIELDS) for e in events_of(text, published)]) for name, text, published, _ in DATED_CASES]
    assert got == [(name, want) for name, _, _, want in DATED_CASES]
