"""Reporting patterns of a twenty-eighth round: an attack "with several rockets on" or, many words on, "against"
U.S. forces; a government's word that a group is behind attacks (no claim) and an escalation of attacks
(background); a headline's participle ("US troops wounded after the attack"); a count of the troops injured (a
tally, no new attack); the launch of drones at a base; "one at X and one at Y" after one verb; a count of attacks
over two days; a footnote's mark closing a sentence; attacks carried out by the U.S. (its strikes); Thanksgiving
as a day; a "prior incident" told with its day; a base listed among a day's targets, told firmly the day
before too; zeros for "none of the attacks"; a campaign's start; a period opened "since the breakout of the war";
"the same airport"; explosives dropped near troops; the sites of a stream of attacks; a possessive "U.S.
military's"; denied reports; the toll a U.S. strike answered; a gunman; a count after "an attack"; a weekday
"last week"; and "the wounding of" soldiers.

Every sentence here is written for these tests.
"""

from __future__ import annotations

# What each row of the table gives for every event.
FIELDS = ("base", "country", "event_date", "weapons", "munitions", "killed", "injured", "claimed_by")

CASES = [
    (
        "an attack with rockets on U.S. forces is an attack on them",
        "The official also reported an attack with several rockets on U.S. forces in Syria on Thursday.",
        "2023-10-28",
        [(None, "Syria", "2023-10-26", ["rocket"], None, None, None, None)],
    ),
    (
        "an attack told many words before 'against U.S. forces' is an attack on them",
        "The official also spoke of an attack with several rockets in Syria on Thursday against U.S. forces and "
        "other forces of the coalition.",
        "2023-10-28",
        [(None, "Syria", "2023-10-26", ["rocket"], None, None, None, None)],
    ),
    (
        "a group Washington says is behind the attacks has not claimed them, and their escalation is background",
        "US forces shot down an attack drone Friday near the Ain al-Asad base in western Iraq, an official said. "
        "The attempt came after the United States struck two facilities in eastern Syria used by the Islamic "
        "Revolutionary Guard Corps and groups linked to it, which Washington says are behind the escalation of "
        "attacks targeting American forces in the region.",
        "2023-10-28",
        [("Ain al-Asad Air Base", "Iraq", "2023-10-27", ["drone"], 1, None, None, None)],
    ),
    (
        "a headline's participle tells the troops hurt in an attack",
        "Several US troops wounded after the attack on a base in western Iraq",
        "2024-01-21",
        [(None, "Iraq", "2024-01-21", ["unknown"], None, None, None, None)],
    ),
    (
        "a headline's 'US troops killed in drone attack' is no U.S. strike",
        "Three US troops killed in drone attack on base in Jordan",
        "2024-01-29",
        [(None, "Jordan", "2024-01-29", ["drone"], None, 3, None, None)],
    ),
    (
        "the number of troops injured in an earlier attack is a tally, not a new attack",
        "Iranian missiles struck Ain al-Asad air base on 8 January. The number of US troops injured by the missile "
        "strike has risen to 64, the Pentagon said on Tuesday.",
        "2020-01-29",
        [("Ain al-Asad Air Base", "Iraq", "2020-01-08", ["missile"], None, None, 64, None)],
    ),
    (
        "the launch of drones at a base is an attack on it",
        "On December 16, the Islamic Resistance in Iraq claimed responsibility for the launch of drones at the "
        "Al-Malikiyah base in Syria.",
        "2023-12-18",
        [("Robarba", "Syria", "2023-12-16", ["drone"], None, None, None, "Islamic Resistance in Iraq")],
    ),
    (
        "'one at X and one at Y' after one verb are two targets of it",
        "On December 17, the group launched drones at two American bases, one at the Al-Omar oilfield and one at "
        "the Conoco gas field.",
        "2023-12-18",
        [("Green Village", "Syria", "2023-12-17", ["drone"], None, None, None, None),
         ("Mission Support Site Euphrates", "Syria", "2023-12-17", ["drone"], None, None, None, None)],
    ),
    (
        "a count of attacks over two days counts the attacks of both, and a footnote's mark ends a sentence",
        "On December 16 and 17, the Islamic Resistance in Iraq claimed three attacks on American bases in Syria. "
        "On December 16, it claimed drones launched at the Al-Malikiyah base.[1] On December 17, the group "
        "launched drones at the Al-Omar oilfield and at the Conoco gas field.[2]",
        "2023-12-18",
        [("Robarba", "Syria", "2023-12-16", ["drone"], None, None, None, "Islamic Resistance in Iraq"),
         ("Green Village", "Syria", "2023-12-17", ["drone"], None, None, None, "Islamic Resistance in Iraq"),
         ("Mission Support Site Euphrates", "Syria", "2023-12-17", ["drone"], None, None, None,
          "Islamic Resistance in Iraq")],
    ),
    (
        "attacks carried out by the U.S. on militias are its strikes, and the day they give counts nothing",
        "The Islamic Resistance in Iraq claimed a drone attack on Ain al-Asad air base on Sunday. The group said "
        "the two attacks it claimed this week answered the attacks carried out by the U.S. against positions of "
        "the militias in Iraq on November 21.",
        "2023-12-18",
        [("Ain al-Asad Air Base", "Iraq", "2023-12-17", ["drone"], None, None, None, "Islamic Resistance in Iraq")],
    ),
    (
        "Thanksgiving is a day, and a prior incident told with its day is an attack of that day",
        "U.S. forces came under attack at Al-Asad Airbase on Thanksgiving Day. The attack followed a prior incident "
        "on Wednesday when Erbil Airbase was struck by a one-way attack drone.",
        "2023-11-24",
        [("Erbil Air Base", "Iraq", "2023-11-22", ["drone"], 1, None, None, None),
         ("Ain al-Asad Air Base", "Iraq", "2023-11-23", ["unknown"], None, None, None, None)],
    ),
    (
        "a base listed among the day's targets is that day's attack, whatever the day before saw there",
        "U.S. forces faced three separate attacks on Thursday. These attacks included the launch of drones and a "
        "rocket attack on various military bases. Al-Asad Airbase and Erbil Airbase in Iraq, as well as Mission "
        "Support Site Green Village in Syria, were all targeted. These attacks followed an incident on Wednesday "
        "when Erbil Airbase was struck by a drone.",
        "2023-11-24",
        [("Erbil Air Base", "Iraq", "2023-11-22", ["drone"], 1, None, None, None),
         ("Ain al-Asad Air Base", "Iraq", "2023-11-23", ["unknown"], None, None, None, None),
         ("Erbil Air Base", "Iraq", "2023-11-23", ["unknown"], None, None, None, None),
         ("Green Village", "Syria", "2023-11-23", ["unknown"], None, None, None, None)],
    ),
    (
        "none of the attacks since a U.S. strike caused casualties: zeros for the attacks told",
        "U.S. forces have faced a surge in drone and rocket attacks. Fortunately, none of the attacks since the U.S. "
        "retaliatory strikes have resulted in casualties or damage. The latest attack on Monday targeted al-Asad "
        "Air Base using multiple rockets.",
        "2023-11-09",
        [("Ain al-Asad Air Base", "Iraq", "2023-11-06", ["rocket"], None, 0, 0, None)],
    ),
    (
        "where a campaign began is no attack, and a day after 'since the breakout of the war on' is no attack's",
        "Militant groups began targeting US bases in Iraq and Syria on Friday. The group said on Wednesday it "
        "targeted the Himo base in Syria, the first attack on this base since the breakout of the war on October 7.",
        "2024-01-10",
        [("Hemo", "Syria", "2024-01-10", ["unknown"], None, None, None, None)],
    ),
    (
        "'the same airport' is the airport named last",
        "The drones came a year after a U.S. strike killed Qassem Soleimani near Baghdad airport. On Monday, two "
        "armed drones were shot down as they headed toward a facility housing US advisers at the same airport.",
        "2022-01-04",
        [("Victory Base Complex", "Iraq", "2022-01-03", ["drone"], 2, None, None, None)],
    ),
    (
        "a drone that dropped explosives near U.S. forces attacked them, and the sites of a stream of attacks are not its",
        "A drone dropped explosives near U.S. forces stationed at Erbil airport late on Wednesday. It was the first "
        "drone attack on U.S. forces in Erbil, amid a steady stream of rocket attacks on bases hosting U.S. forces "
        "and the embassy in Baghdad.",
        "2021-04-15",
        [("Erbil Air Base", "Iraq", "2021-04-14", ["drone"], 1, None, None, None)],
    ),
    (
        "the U.S. military's command is its owner's, not troops attacked, and a warship's attack is no base's",
        "Houthi rebels launched a missile toward a U.S. warship in the Gulf of Aden on Friday. The U.S. military’s "
        "Central Command said no one was hurt the attack.",
        "2024-01-26",
        [],
    ),
    (
        "reports denied that a drone was shot down tell no attack",
        "No drone shot down near Erbil airport: officials\nThe counter-terrorism directorate on Thursday denied media "
        "reports that the coalition shot down a drone near Erbil International Airport.",
        "2024-01-18",
        [],
    ),
    (
        "the toll a U.S. strike answered is not the toll of the attack in focus",
        "The Green Village base was attacked by a swarm of suicide drones on Wednesday. The attack has been linked "
        "to the retaliatory US airstrikes. The American airstrikes were a response to the three American "
        "servicemembers killed at a base in Jordan earlier this week.",
        "2024-02-01",
        [("Green Village", "Syria", "2024-01-31", ["drone"], None, None, None, None)],
    ),
    (
        "a gunman who killed U.S. soldiers made an attack on them (not 'the attacker was killed')",
        "A gunman killed two U.S. soldiers and an American interpreter near Palmyra in Syria on Saturday. The "
        "attacker was killed, and the wounded were flown to the al-Tanf base.",
        "2025-12-15",
        [(None, "Syria", "2025-12-13", ["gunfire"], None, 3, None, None)],
    ),
    (
        "a count after 'an attack' is the count of the wounded, and a weekday 'last week' is of the week before",
        "In an attack 8 American soldiers were wounded in Syria on Tuesday last week.",
        "2025-12-17",
        [(None, "Syria", "2025-12-09", ["unknown"], None, None, 8, None)],
    ),
    (
        "the wounding of soldiers in an attack tells an attack on them",
        "The Pentagon announced the death of an American contractor and the wounding of five American soldiers in "
        "a drone attack in northeast Syria on Friday.",
        "2025-12-15",
        [(None, "Syria", "2025-12-12", ["drone"], None, 1, 5, None)],
    ),
]


def test_cases(rows_of) -> None:
    assert rows_of(CASES, FIELDS) == [(name, want) for name, *_, want in CASES]
