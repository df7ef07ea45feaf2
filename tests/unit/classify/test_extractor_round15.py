"""Reporting patterns of a fifteenth round: a list of bases whose last item has its article, a closing
"none" over every attack of a list, a participle that goes on with the clause before, and a running
toll after attacks on several bases.

Every sentence here is written for these tests.
"""

from __future__ import annotations

# What each row of the table gives for every event.
FIELDS = ("base", "country", "event_date", "weapons", "munitions", "killed", "injured", "claimed_by")

CASES = [
    (
        "'..., Ain al-Asad Air Base, and the Baghdad Diplomatic Support Center, with no casualties in those incidents'",
        "Officials said there were attacks on Friday at Mission Support Site Euphrates in Syria, Ain al-Asad Air Base, "
        "and the Baghdad Diplomatic Support Center in Iraq, with no casualties or damage in those incidents.",
        [
            ("Ain al-Asad Air Base", "Iraq", "2024-01-26", ["unknown"], None, 0, 0, None),
            ("Mission Support Site Euphrates", "Syria", "2024-01-26", ["unknown"], None, 0, 0, None),
            ("Victory Base Complex", "Iraq", "2024-01-26", ["unknown"], None, 0, 0, None),
        ],
    ),
    (
        "a closing 'in either attack' is each attack's; a plain closing 'no casualties' stays the last clause's",
        "Rockets hit the Ain al-Asad air base on Tuesday, and a drone struck al-Tanf, with no casualties reported in "
        "either attack. On Wednesday rockets hit the Harir base, and a drone struck Tal Baidar, causing no casualties.",
        [
            ("Ain al-Asad Air Base", "Iraq", "2024-01-23", ["rocket"], None, 0, 0, None),
            ("Al-Tanf Garrison", "Syria", "2024-01-23", ["drone"], 1, 0, 0, None),
            ("Harir Air Base", "Iraq", "2024-01-24", ["rocket"], None, None, None, None),
            ("Tal Baidar", "Syria", "2024-01-24", ["drone"], 1, 0, 0, None),
        ],
    ),
    (
        "'drone attacks ..., hitting empty ground at Bashur, and targeting Ain al-Asad and al-Tanf': drones, all three",
        "There were also one-way drone attacks on Wednesday, hitting empty ground at Bashur, Iraq, and targeting "
        "the Ain al-Asad and al-Tanf bases.",
        [
            ("Ain al-Asad Air Base", "Iraq", "2024-01-24", ["drone"], None, None, None, None),
            ("Al-Tanf Garrison", "Syria", "2024-01-24", ["drone"], None, None, None, None),
            ("Harir Air Base", "Iraq", "2024-01-24", ["drone"], None, None, None, None),
        ],
    ),
    (
        "'some 21 troops have been hurt' after attacks on three bases: a toll over them all, not each one's",
        "Drones targeted Ain al-Asad, al-Tanf and the Harir base on Wednesday. The Pentagon now says some 21 U.S. "
        "troops have sustained minor injuries, with 19 of them hurt in one incident.",
        [
            ("Ain al-Asad Air Base", "Iraq", "2024-01-24", ["drone"], None, None, None, None),
            ("Al-Tanf Garrison", "Syria", "2024-01-24", ["drone"], None, None, None, None),
            ("Harir Air Base", "Iraq", "2024-01-24", ["drone"], None, None, None, None),
        ],
    ),
    (
        "'On January 9, two separate drone attacks hit al-Tanf, while another two drone attacks struck al-Asad'",
        "U.S. officials gave fuller figures on Friday. On January 9, two separate drone attacks targeted the al-Tanf "
        "garrison in southern Syria, while another two drone attacks struck coalition forces at the al-Asad base.",
        [
            ("Ain al-Asad Air Base", "Iraq", "2024-01-09", ["drone"], None, None, None, None),
            ("Ain al-Asad Air Base", "Iraq", "2024-01-09", ["drone"], None, None, None, None),
            ("Al-Tanf Garrison", "Syria", "2024-01-09", ["drone"], None, None, None, None),
            ("Al-Tanf Garrison", "Syria", "2024-01-09", ["drone"], None, None, None, None),
        ],
    ),
    (
        "'two more drone attacks struck the Harir base' on the day just told: two attacks there",
        "A drone hit the Erbil air base on Monday. Later that day, two more drone attacks struck the Harir base.",
        [
            ("Erbil Air Base", "Iraq", "2024-01-22", ["drone"], 1, None, None, None),
            ("Harir Air Base", "Iraq", "2024-01-22", ["drone"], None, None, None, None),
            ("Harir Air Base", "Iraq", "2024-01-22", ["drone"], None, None, None, None),
        ],
    ),
    (
        "'Earlier, a security source told Reuters that ...' tells the same attack again: the zeros after it are its",
        "Rockets hit the Conoco gas field base in eastern Syria on Tuesday night. Earlier, a security source told "
        "Reuters that militias targeted the base with six rockets. No damage or casualties were reported.",
        [("Mission Support Site Euphrates", "Syria", "2024-01-23", ["rocket"], 6, 0, 0, None)],
    ),
    (
        "'The attack appears to be in retaliation for US airstrikes': the story of the attack goes on after it",
        "A base used by U.S. troops near the Omar oil field in eastern Syria was struck by rockets on Monday. The "
        "attack appears to be in retaliation for U.S. airstrikes over the weekend. At least eight rockets landed "
        "inside the base. There have been no reports of casualties as yet.",
        [("Green Village", "Syria", "2024-01-22", ["rocket"], 8, 0, 0, None)],
    ),
    (
        "'No casualties were reported in either incident in Syria, but over in Iraq, a rocket attack ... wounded two'",
        "Drones targeted the al-Omar oil field base on Wednesday. Two rockets landed near the Conoco base on Sunday. "
        "No casualties were reported in either incident in Syria, but over in Iraq, a rocket attack on the Ain "
        "al-Asad air base on Wednesday wounded two U.S. personnel.",
        [
            ("Mission Support Site Euphrates", "Syria", "2024-01-21", ["rocket"], 2, 0, 0, None),
            ("Green Village", "Syria", "2024-01-24", ["drone"], None, 0, 0, None),
            ("Ain al-Asad Air Base", "Iraq", "2024-01-24", ["rocket"], None, None, 2, None),
        ],
    ),
    (
        "a story's one toll over attacks on two bases is neither's",
        "Three U.S. service members were hurt on Wednesday when rockets were fired at two bases housing U.S. troops in "
        "northeastern Syria, the command said. One soldier at the Conoco base was treated for a minor injury; two "
        "others are being examined, the command said without saying where they were. Rockets also fell near Mission "
        "Support Site Green Village.",
        [
            ("Green Village", "Syria", "2024-01-24", ["rocket"], None, None, None, None),
            (None, "Syria", "2024-01-24", ["rocket"], None, None, None, None),
        ],
    ),
    (
        "'al-Shaddadeh' is the Shaddadi base",
        "Three strikes on Monday targeted U.S. bases at al-Shaddadeh, Green Village and al-Tanf.",
        [
            ("Al-Tanf Garrison", "Syria", "2024-01-22", ["unknown"], None, None, None, None),
            ("Green Village", "Syria", "2024-01-22", ["unknown"], None, None, None, None),
            ("Shaddadi", "Syria", "2024-01-22", ["unknown"], None, None, None, None),
        ],
    ),
    (
        "'Three U.S. bases in northeastern Hasakah province came under attack': three attacks in Syria",
        "Three U.S. bases in northeastern Hasakah province came under attack on Monday, a newspaper reported.",
        [
            (None, "Syria", "2024-01-22", ["unknown"], None, None, None, None),
            (None, "Syria", "2024-01-22", ["unknown"], None, None, None, None),
            (None, "Syria", "2024-01-22", ["unknown"], None, None, None, None),
        ],
    ),
    (
        "'Earlier, rockets targeted a separate base close to Baghdad's airport': an attack of the story's day",
        "Drones and rockets struck the Ain al-Asad air base on Thursday night, security sources said. Earlier, rockets "
        "targeted a separate military base close to Baghdad's international airport, police said.",
        [
            ("Ain al-Asad Air Base", "Iraq", "2024-01-25", ["drone", "rocket"], None, None, None, None),
            ("Victory Base Complex", "Iraq", "2024-01-25", ["rocket"], None, None, None, None),
        ],
    ),
    (
        "'Earlier, Iraqi media reported that drones had targeted ...': an earlier report, of no day",
        "Rockets struck the Ain al-Asad air base on Monday, local media said. Earlier, Iraqi media reported that "
        "several drones had targeted a U.S. base in Erbil.",
        [("Ain al-Asad Air Base", "Iraq", "2024-01-22", ["rocket"], None, None, None, None)],
    ),
    (
        "'has previously claimed attacks on U.S. targets, including a recent rocket strike on ...': an example",
        "The group has previously claimed responsibility for attacks on U.S. targets, including a recent rocket strike "
        "on the Ayn al-Asad Airbase in Anbar province. Militias struck U.S. bases on Monday, including a rocket strike "
        "on the Harir base.",
        [("Harir Air Base", "Iraq", "2024-01-22", ["rocket"], None, None, None, None)],
    ),
    (
        "a toll told after one attack is that attack's",
        "Drones targeted the Ain al-Asad air base on Wednesday. Four U.S. troops sustained minor injuries.",
        [("Ain al-Asad Air Base", "Iraq", "2024-01-24", ["drone"], None, None, 4, None)],
    ),
]


def test_cases(brief_of) -> None:
    assert [(name, brief_of(text, FIELDS)) for name, text, _ in CASES] == [(name, want) for name, _, want in CASES]
