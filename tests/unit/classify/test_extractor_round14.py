"""Reporting patterns of a fourteenth round: an attack told again by a second source, and a sentence
opened by another, vaguer time.

Every sentence here is written for these tests.
"""

from __future__ import annotations

# What each row of the table gives for every event.
FIELDS = ("base", "country", "event_date", "weapons", "munitions", "killed", "injured", "claimed_by")

CASES = [
    (
        "a second source telling the attack again keeps it in focus: 'no immediate report of casualties' is its",
        "Two drones targeted the Ain al-Asad air base on Thursday, the Iraqi military said. Sabereen News, a "
        "Telegram channel tied to the PMF, reported that a squadron of drones struck launchers inside Ain al-Asad "
        "Air Base, located about 160 kilometers west of Baghdad. There has been no immediate report of casualties.",
        [("Ain al-Asad Air Base", "Iraq", "2024-01-25", ["drone"], 2, 0, 0, None)],
    ),
    (
        "'Late in April, it was targeted by three Grad missiles': that older attack's weapons are not the day's",
        "Five rockets were fired at the Ain al-Asad air base on Thursday, causing no casualties. A militia Telegram "
        "channel said the rockets had targeted Ain al-Asad. Late in April, it was targeted by three Grad missiles, "
        "and earlier in that month two drones hit targets inside the base.",
        [("Ain al-Asad Air Base", "Iraq", "2024-01-25", ["rocket"], 5, 0, 0, None)],
    ),
    (
        "'a strike by a gunship that was in the air when militants fired two missiles at Al-Asad': the attack is told",
        "The U.S. strike followed an immediate retaliatory strike by an AC-130 gunship that was in the air when "
        "Iran-backed militants fired two short-range ballistic missiles at Al-Asad Air Base in Iraq late Monday evening.",
        [("Ain al-Asad Air Base", "Iraq", "2024-01-22", ["ballistic_missile"], 2, None, None, None)],
    ),
    (
        "'The attack targeted the SDF commando academy at the al-Omar oil field': where the unnamed attack struck",
        "At least six Kurdish-led fighters were killed in a drone attack on the largest U.S. base in Syria on Monday. "
        "The attack targeted the SDF commando academy at the al-Omar oil field in the province of Deir ez-Zor.",
        [("Green Village", "Syria", "2024-01-22", ["drone"], None, None, None, None)],
    ),
    (
        "'Three Katyusha rockets fell in Baghdad on Sunday' ... 'The rockets were fired targeting the US Embassy': that Sunday",
        "Three Katyusha rockets fell in Baghdad on Sunday, including two inside the Green Zone, the Iraqi military said. "
        "Six people were wounded, police said. The rockets were fired targeting the US Embassy in Baghdad.",
        [("U.S. Embassy Baghdad", "Iraq", "2024-01-21", ["rocket"], None, None, None, None)],
    ),
    (
        "'A rocket was fired into the Green Zone on Sunday' ... 'The rocket landed ... north of the embassy': that Sunday",
        "A rocket was fired into Baghdad's Green Zone on Sunday, a military spokesman said. The Green Zone houses "
        "government buildings and embassies. The rocket landed about 500 metres north of the United States embassy "
        "compound.",
        [("U.S. Embassy Baghdad", "Iraq", "2024-01-21", ["rocket"], 1, None, None, None)],
    ),
    (
        "'intercepted and destroyed three drones over Erbil on Monday': the day of the drone told next without one",
        "Coalition forces in the Kurdistan region intercepted and destroyed three explosive-laden drones over Erbil on "
        "Monday, officials said. Two of the drones targeted a foreign consulate, while the third aimed for Erbil "
        "airport, near a U.S. military base.",
        [("Erbil Air Base", "Iraq", "2024-01-22", ["drone"], None, None, None, None)],
    ),
    (
        "'air defences at the base downed another drone late Sunday': a second attack, on its own day",
        "A drone struck the Victory base inside Baghdad airport without causing casualties, a security source said on "
        "Thursday. Air defences at the base, which hosts U.S. forces, downed another drone late Sunday before it "
        "reached the perimeter.",
        [("Victory Base Complex", "Iraq", "2024-01-21", ["drone"], 1, None, None, None),
         ("Victory Base Complex", "Iraq", "2024-01-25", ["drone"], 1, 0, 0, None)],
    ),
    (
        "'at three military bases, two located in Iraq and one in Syria': a count for each country, however few told",
        "On Thursday, assaults targeted American troops and coalition forces at three military bases, two located in "
        "Iraq and one in Syria. No casualties were reported.",
        [(None, "Iraq", "2024-01-25", ["unknown"], None, 0, 0, None),
         (None, "Iraq", "2024-01-25", ["unknown"], None, 0, 0, None),
         (None, "Syria", "2024-01-25", ["unknown"], None, 0, 0, None)],
    ),
    (
        "'U.S. forces were attacked at three bases in Iraq' on a day of its own: three attacks though none is told",
        "On Thursday, U.S. forces were attacked at three bases in Iraq.",
        [(None, "Iraq", "2024-01-25", ["unknown"], None, None, None, None)] * 3,
    ),
    (
        "a count of a day long past, with no attack told, stays background",
        "On October 19, U.S. forces were attacked at three bases in Iraq.",
        [],
    ),
    (
        "'The drone attack took place in Rukban, north-eastern Jordan' and 'The base was later named ... as Tower 22'",
        "On Sunday, three US troops were killed in a drone attack in Jordan. The drone attack took place in Rukban, "
        "north-eastern Jordan, near the Syrian border. The base was later named by US officials as Tower 22. More than "
        "40 military personnel were also injured.",
        [("Tower 22", "Jordan", "2024-01-21", ["drone"], None, 3, 40, None)],
    ),
    (
        "'The attack occurred in the afternoon when militants fired rockets on the Ayn al-Asad Airbase': an hour, no place",
        "About 20 rockets were launched on Saturday toward an airbase housing U.S. forces in Iraq's western province of "
        "Anbar. The attack occurred in the afternoon when militants fired rockets on the Ayn al-Asad Airbase.",
        [("Ain al-Asad Air Base", "Iraq", "2024-01-20", ["rocket"], 20, None, None, None)],
    ),
    (
        "'The U.S. military attacked Iranian-backed militias at two sites': U.S. strikes, not two attacks",
        "The U.S. military attacked Iranian-backed militias at two sites south of Baghdad on Wednesday. Two ballistic "
        "missiles were fired at the Ain al-Asad air base on Tuesday.",
        [("Ain al-Asad Air Base", "Iraq", "2024-01-23", ["ballistic_missile"], 2, None, None, None)],
    ),
]


def test_cases(brief_of) -> None:
    assert [(name, brief_of(text, FIELDS)) for name, text, _ in CASES] == [(name, want) for name, _, want in CASES]
