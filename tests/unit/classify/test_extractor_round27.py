"""Reporting patterns of a twenty-seventh round: a drone downed "near the airport" on a day of its own, "another
drone flew near the same base" the day before, a group blamed for an attack (not a base of that group), a base
named where an unnamed attack "unfolded" or where drones were "heading", the weapons of a surge an attack falls
in, the defences' own rockets, an attack known by its month, "their embassy in Baghdad", a sentence whose subject
is "the attack" naming the base of the unnamed attack in focus, a claimant named with its creed, "two military
drones", the facts told after "hours after", explosions of military exercises, a group held responsible, the
outposts a campaign targeted, an airport named for its flights, a line broken inside its sentence, the rockets the
coalition launched, the attack a U.S. strike answered, a toll "at odds with" the official one, a day before "in
drone attacks", and al Asad listed beside al-Tanf.

Every sentence here is written for these tests.
"""

from __future__ import annotations

# What each row of the table gives for every event.
FIELDS = ("base", "country", "event_date", "weapons", "munitions", "killed", "injured", "claimed_by")

CASES = [
    (
        "a drone downed near the airport on a day of its own is another attack on that base",
        "A drone was shot down on Monday near Erbil airport, which hosts U.S. troops. On July 3, officials said a "
        "drone was downed near the airport.",
        "2025-07-14",
        [("Erbil Air Base", "Iraq", "2025-07-03", ["drone"], 1, None, None, None),
         ("Erbil Air Base", "Iraq", "2025-07-14", ["drone"], 1, None, None, None)],
    ),
    (
        "a group blamed for the attack is no base of that group",
        "Two drones struck Ain al-Asad air base on Tuesday, with the interior ministry blaming the Popular "
        "Mobilization Forces for the attack.",
        "2025-07-16",
        [("Ain al-Asad Air Base", "Iraq", "2025-07-15", ["drone"], 2, None, None, None)],
    ),
    (
        "another drone that flew near the same base the day before is that day's attack",
        "Air defences shot down a drone near Victory base on Tuesday. It followed a similar incident yesterday, "
        "when another drone flew near the same base and was downed.",
        "2026-03-03",
        [("Victory Base Complex", "Iraq", "2026-03-02", ["drone"], None, None, None, None),
         ("Victory Base Complex", "Iraq", "2026-03-03", ["drone"], 1, None, None, None)],
    ),
    (
        "where an unnamed attack 'unfolded' names its base",
        "A U.S. diplomatic site in Iraq was struck by a drone on Tuesday. The incident, which unfolded near the "
        "Baghdad international airport, caused no injuries.",
        "2026-03-11",
        [("Victory Base Complex", "Iraq", "2026-03-10", ["drone"], 1, None, 0, None)],
    ),
    (
        "where drones were heading names the base of an unnamed attack",
        "A U.S. diplomatic site in Iraq was struck by a drone on Tuesday. Four drones were reported heading toward "
        "the Baghdad Diplomatic Support Center.",
        "2026-03-11",
        [("Victory Base Complex", "Iraq", "2026-03-10", ["drone"], 1, None, None, None)],
    ),
    (
        "the weapons of a surge an attack falls in are not the attack's",
        "A drone struck a base near Erbil on Friday, wounding two French soldiers. The strike on French forces "
        "came amid a surge in rocket and missile attacks in Iraq.",
        "2026-03-13",
        [(None, "Iraq", "2026-03-13", ["drone"], 1, None, 2, None)],
    ),
    (
        "rockets the defences fired into the air are no weapon of the attack",
        "U.S. forces shot down a drone above the U.S. embassy in Baghdad on Monday night. Defence systems fired "
        "rockets into the air to bring the drone down.",
        "2021-07-06",
        [("U.S. Embassy Baghdad", "Iraq", "2021-07-05", ["drone"], 1, None, None, None)],
    ),
    (
        "rockets fired at a strange object are the defences'",
        "A drone was shot down near the U.S. embassy in Baghdad on Monday. Sirens sounded and several rockets were "
        "fired at a strange object near the embassy.",
        "2021-07-06",
        [("U.S. Embassy Baghdad", "Iraq", "2021-07-05", ["drone"], 1, None, None, None)],
    ),
    (
        "an attack known by its month is a reference, not news",
        "Four rockets hit the Kharab al-Jir base on Tuesday. The White House, which condemned the October attack, "
        "said the attack on al-Tanf garrison was deliberate.",
        "2021-11-23",
        [("Kharab al-Jir", "Syria", "2021-11-23", ["rocket"], 4, None, None, None)],
    ),
    (
        "'their embassy in Baghdad' is the U.S. embassy",
        "U.S. forces shot down an armed drone above their embassy in Baghdad on Monday, officials said.",
        "2021-07-06",
        [("U.S. Embassy Baghdad", "Iraq", "2021-07-05", ["drone"], 1, None, None, None)],
    ),
    (
        "'the attack targeted the base at' names the unnamed attack in focus, whatever else happened that day",
        "A drone was shot down over the U.S. embassy in Baghdad on Monday. Separately on Monday, three rockets "
        "targeted an air base in the western desert that houses U.S. troops. The attack targeted the base at Ain "
        "al-Asad.",
        "2021-07-06",
        [("U.S. Embassy Baghdad", "Iraq", "2021-07-05", ["drone"], 1, None, None, None),
         ("Ain al-Asad Air Base", "Iraq", "2021-07-05", ["rocket"], 3, None, None, None)],
    ),
    (
        "a claimant named with its creed ('the Shiite militia Kataib Hezbollah') claimed the attack",
        "Rockets hit Ain al-Asad air base on Monday. The attack was claimed by the Iran-backed Shiite militia "
        "Kataib Hezbollah.",
        "2024-01-23",
        [("Ain al-Asad Air Base", "Iraq", "2024-01-22", ["rocket"], None, None, None, "Kataib Hezbollah")],
    ),
    (
        "'two military drones' counts two",
        "Two military drones struck Ain al-Asad air base on Monday.",
        "2024-01-23",
        [("Ain al-Asad Air Base", "Iraq", "2024-01-22", ["drone"], 2, None, None, None)],
    ),
    (
        "explosions heard as a result of military exercises are no attack",
        "On February 7, explosions were heard in the U.S. base at the Conoco gas field, as a result of military "
        "exercises by U.S. forces with heavy weapons.",
        "2024-02-08",
        [],
    ),
    (
        "the group a government holds responsible for an attack is told, not the attack",
        "A drone strike in Baghdad killed a commander of Kataib Hezbollah on Wednesday. The U.S. holds this group "
        "responsible for an attack that killed three American troops.",
        "2024-02-08",
        [],
    ),
    (
        "the outposts a campaign targeted are no new attacks",
        "U.S. forces have faced at least 27 attacks since Oct. 17, the Pentagon said. Targeted outposts include "
        "al-Tanf garrison in Syria and Ain al-Asad air base in Iraq.",
        "2023-10-31",
        [],
    ),
    (
        "an airport named for its flights is not where the missiles fell",
        "Iranian missiles hit what Iran called a spy base of the Mossad in Erbil on Monday night. A missile fell "
        "on the home of a businessman, and air traffic at the nearby Erbil airport was halted.",
        "2024-01-16",
        [],
    ),
    (
        "a line broken inside its sentence still reads as one sentence",
        "Iran fired missiles at what it called a spy base of the Mossad in Erbil on Monday. One missile hit near "
        "the\nAmerican consulate in Erbil, although officials said no American facilities were affected by the "
        "strikes.",
        "2024-01-16",
        [],
    ),
    (
        "rockets the coalition launched toward a militia's ground are not the attack's",
        "Two explosions rocked the al-Tanf garrison on Sunday. The observatory said the coalition forces launched "
        "four rockets toward an area held by militias west of the base.",
        "2021-12-06",
        [("Al-Tanf Garrison", "Syria", "2021-12-05", ["unknown"], None, None, None, None)],
    ),
    (
        "the attack a U.S. strike answered, undated, is its cause, not news",
        "United States bombed three sites used by Kataib Hezbollah in Iraq. The response occurred after an attack "
        "by the group wounded three American soldiers.",
        "2023-12-26",
        [],
    ),
    (
        "a toll set against the official account is no toll",
        "Ten rockets were fired at Ain al-Asad air base on Wednesday. A militia outlet said three U.S. soldiers had "
        "been killed in the attack — a report completely at odds with the official account.",
        "2021-03-04",
        [("Ain al-Asad Air Base", "Iraq", "2021-03-03", ["rocket"], 10, None, None, None)],
    ),
    (
        "a day before 'in drone attacks' is no tally, and al Asad listed beside al-Tanf is the base",
        "CENTCOM said 24 military personnel sustained minor injuries Oct. 18 in drone attacks at al-Tanf and al "
        "Asad.",
        "2023-10-24",
        [("Ain al-Asad Air Base", "Iraq", "2023-10-18", ["drone"], None, None, None, None),
         ("Al-Tanf Garrison", "Syria", "2023-10-18", ["drone"], None, None, None, None)],
    ),
    (
        "what is told after 'hours after' is the earlier attack's",
        "U.S. forces shot down a drone above the U.S. embassy in Baghdad on Monday, officials said, hours after a "
        "rocket attack on a base in the west of the country.",
        "2021-07-06",
        [("U.S. Embassy Baghdad", "Iraq", "2021-07-05", ["drone"], 1, None, None, None)],
    ),
]


def test_cases(rows_of) -> None:
    assert rows_of(CASES, FIELDS) == [(name, want) for name, *_, want in CASES]
