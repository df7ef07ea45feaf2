"""Reporting patterns of a twenty-sixth round: "no current reports of US servicemember injuries", "there were no
service members injured", foreigners counted out ("no Iraqi soldiers were hurt" says nothing of U.S. troops), one
list of clauses that counts different people hurt, a U.S. citizen among the victims, a town listed just before a
base, the zero told before a dash that opens a clause about a U.S. strike, people hurt in an attack "Wednesday at"
a base, forces that "escaped injury", a toll someone denies, counted bases with the weapons of their sentence, a
U.S. drone that attacked, the day of an announcement, a wire dateline inside the text, an armoured vehicle's name,
ballistic missiles of another month, and strikes the United States "started to carry out".

Every sentence here is written for these tests.
"""

from __future__ import annotations

# What each row of the table gives for every event.
FIELDS = ("base", "country", "event_date", "weapons", "munitions", "killed", "injured", "claimed_by")

CASES = [
    (
        "'no current reports of US servicemember injuries' is no one hurt",
        "Three rockets landed inside Ain al-Asad air base on Tuesday. There are no current reports of US "
        "servicemember injuries, and all personnel are accounted for, the Pentagon said.",
        "2021-03-03",
        [("Ain al-Asad Air Base", "Iraq", "2021-03-02", ["rocket"], 3, None, 0, None)],
    ),
    (
        "'there were no service members injured' is no one hurt",
        "Two rockets fell on Ain al-Asad air base on Tuesday. An official said there were no service members "
        "injured.",
        "2021-03-03",
        [("Ain al-Asad Air Base", "Iraq", "2021-03-02", ["rocket"], 2, None, 0, None)],
    ),
    (
        "'no Iraqi soldiers were injured' says nothing of U.S. troops",
        "Two rockets fell on Ain al-Asad air base on Tuesday. No Iraqi soldiers were injured, the army said.",
        "2021-03-03",
        [("Ain al-Asad Air Base", "Iraq", "2021-03-02", ["rocket"], 2, None, None, None)],
    ),
    (
        "one list of clauses counts different people hurt",
        "Rockets struck Erbil air base on Monday night. The coalition said one civilian contractor was killed, "
        "four civilian contractors injured and one US service member injured.",
        "2021-02-16",
        [("Erbil Air Base", "Iraq", "2021-02-15", ["rocket"], None, 1, 5, None)],
    ),
    (
        "a U.S. citizen is a victim of the attack",
        "A drone attack on the Tower 22 outpost in Jordan on Sunday killed a U.S. citizen, officials said.",
        "2024-01-29",
        [("Tower 22", "Jordan", "2024-01-28", ["drone"], None, 1, None, None)],
    ),
    (
        "a town listed just before a base is a base too",
        "Iranian ballistic missiles struck two bases hosting U.S. troops on Tuesday night. The Pentagon said the "
        "missiles hit in Irbil and Ain al-Asad.",
        "2020-01-08",
        [("Ain al-Asad Air Base", "Iraq", "2020-01-07", ["ballistic_missile"], None, None, None, None),
         ("Erbil Air Base", "Iraq", "2020-01-07", ["ballistic_missile"], None, None, None, None)],
    ),
    (
        "a town that places a base is no base of its own",
        "The group said it fired rockets on Friday at the Kharab al-Jir base near the town of Rmelan and Shadadi "
        "in Hasakah province.",
        "2023-12-30",
        [("Kharab al-Jir", "Syria", "2023-12-29", ["rocket"], None, None, None, None),
         ("Shaddadi", "Syria", "2023-12-29", ["rocket"], None, None, None, None)],
    ),
    (
        "the zero told before a dash is the attack's, whatever the clause after it tells",
        "Rockets hit Ain al-Asad air base on Wednesday morning. There were no immediate reports of casualties in "
        "the attack — the first since the United States launched airstrikes on militia sites in Syria last week.",
        "2021-03-03",
        [("Ain al-Asad Air Base", "Iraq", "2021-03-03", ["rocket"], None, 0, 0, None)],
    ),
    (
        "people hurt in an attack 'Wednesday at' a base are the base's people",
        "Three people were injured in a rocket attack Wednesday at Ain al-Asad air base, which hosts U.S. troops.",
        "2021-07-08",
        [("Ain al-Asad Air Base", "Iraq", "2021-07-07", ["rocket"], None, None, 3, None)],
    ),
    (
        "U.S. forces that 'escaped injury' were not hurt",
        "U.S. forces at the Green Village base came under rocket fire on Monday but escaped injury.",
        "2021-06-29",
        [("Green Village", "Syria", "2021-06-28", ["rocket"], None, None, 0, None)],
    ),
    (
        "a toll someone denies is no toll",
        "CENTCOM denied claims that a drone attack on Ain al-Asad air base on Sunday killed three American "
        "soldiers.",
        "2023-10-23",
        [("Ain al-Asad Air Base", "Iraq", "2023-10-22", ["drone"], None, 0, None, None)],
    ),
    (
        "counted bases keep the weapons of the sentence that counts them",
        "Iran fired ballistic missiles on Wednesday on two military bases housing U.S. troops in Iraq, officials said.",
        "2020-01-09",
        [(None, "Iraq", "2020-01-08", ["ballistic_missile"], None, None, None, None),
         (None, "Iraq", "2020-01-08", ["ballistic_missile"], None, None, None, None)],
    ),
    (
        "a U.S. drone that attacked a convoy is a U.S. strike",
        "Two rockets hit Camp Taji on Tuesday evening. On Jan. 3, a U.S. drone attacked a convoy near Baghdad "
        "International Airport, killing an Iranian general.",
        "2020-01-15",
        [("Camp Taji", "Iraq", "2020-01-14", ["rocket"], 2, None, None, None)],
    ),
    (
        "the day of an announcement the attack followed is not the attack's",
        "Rockets struck the Green Village base early on Wednesday. The attack on Green Village followed an "
        "announcement on Tuesday by Central Command that coalition forces had destroyed rocket launch sites.",
        "2022-01-05",
        [("Green Village", "Syria", "2022-01-05", ["rocket"], None, None, None, None)],
    ),
    (
        "a wire dateline inside the text is the day the story was filed",
        "Officials said a drone had exploded at Erbil airport on Wednesday night.\n"
        "Baghdad, April 15 (IANS) A drone loaded with explosives struck a coalition base at Erbil airport, a "
        "statement said.",
        "2021-04-15",
        [("Erbil Air Base", "Iraq", "2021-04-14", ["drone"], 1, None, None, None)],
    ),
    (
        "a Mine Resistant Ambush Protected vehicle is no ambush",
        "Two rockets hit Ain al-Asad air base on Wednesday.\n"
        "Mine Resistant Ambush Protected vehicles parked at Ain al-Asad air base on July 4, 2021.",
        "2021-07-08",
        [("Ain al-Asad Air Base", "Iraq", "2021-07-07", ["rocket"], 2, None, None, None)],
    ),
    (
        "ballistic missiles of an attack in another month do not make this attack's missiles ballistic",
        "Rockets hit Ain al-Asad air base on Wednesday. Missiles were fired at the base from a truck. Ain "
        "al-Asad was also the target of an Iranian ballistic missile attack in January 2020.",
        "2021-07-08",
        [("Ain al-Asad Air Base", "Iraq", "2021-07-07", ["rocket"], None, None, None, None)],
    ),
    (
        "'the United States started to carry out strikes' is a U.S. strike",
        "The United States started on Friday to carry out strikes in Iraq and Syria, officials said, after a drone "
        "attack in Jordan which caused the death of three American soldiers.",
        "2024-02-02",
        [],
    ),
]


def test_cases(rows_of) -> None:
    assert rows_of(CASES, FIELDS) == [(name, want) for name, *_, want in CASES]
