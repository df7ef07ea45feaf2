"""Reporting patterns of a ninth round: bases placed by their area, and tolls told in older wire styles.

Every sentence here is written for these tests.
"""

from __future__ import annotations

# What each row of the table gives for every event.
FIELDS = ("base", "country", "event_date", "weapons", "munitions", "killed", "injured")

CASES = [
    (
        "'a U.S. military base, located in the Shaddadi area': the base the area is named for",
        "A blast shook a U.S. military base in northeastern Syria late Thursday. The explosion was heard at a "
        "U.S. military base, located in the Shaddadi area, in what looked like a drone attack.",
        [("Shaddadi", "Syria", "2024-01-25", ["drone"], None, None, None)],
    ),
    (
        "'the Shaddadi area' with no base placed in it stays a place",
        "A drone struck a U.S. base in Syria late Thursday. Patrols then searched the Shaddadi area.",
        [(None, "Syria", "2024-01-25", ["drone"], 1, None, None)],
    ),
    (
        "'a US base near al-Shaddadi city' likewise",
        "Rocket shells struck near a US base near al-Shaddadi city in northeastern Syria on Thursday.",
        [("Shaddadi", "Syria", "2024-01-25", ["rocket"], None, None, None)],
    ),
    (
        "'the base in the town of Al-Shaddad', a spelling seen in reporting",
        "Sources said the base in the town of Al-Shaddad in southern Hasakah province was attacked with an "
        "explosive-laden drone on Thursday.",
        [("Shaddadi", "Syria", "2024-01-25", ["drone"], 1, None, None)],
    ),
    (
        "'Attacks have been recently carried out on US military bases in the Tenef region' is their history: "
        "it does not name the unnamed base of the day",
        "A drone attack was reported on Thursday against a US military base in northeastern Syria. Attacks have "
        "been recently carried out on US military bases in the Tenef region and in Hasakah province.",
        [(None, "Syria", "2024-01-25", ["drone"], None, None, None)],
    ),
    (
        "'reported foiling an attack against a convoy', told under 'Security forces thwart an IED attack': a bomb "
        "found before it went off",
        "Security forces thwart an IED attack on a Coalition convoy\n\nThe security media cell reported foiling an "
        "attack against a convoy of the US-led Coalition in southern Iraq on Thursday. Iraqi forces dismantled a "
        "bomb planted on a road in Babil.",
        [],
    ),
    (
        "'targeted a car near a coalition base', 'killed two fighters of the SDF near an US base': the target "
        "was beside the base",
        "A drone on Thursday killed two fighters of the Syrian Democratic Forces near an US base in Hasakah "
        "province. The drone strike targeted a car near a coalition base in the oil-rich Rumaylan area.",
        [],
    ),
    (
        "'targeted a coalition base near the village' is still the base",
        "A drone targeted a coalition base near a village in Hasakah province on Thursday.",
        [(None, "Syria", "2024-01-25", ["drone"], 1, None, None)],
    ),
    (
        "a convoy's IED dated only by who told it is not the embassy's rockets of the week before",
        "An improvised explosive device hit a contractor convoy for the U.S.-led coalition in Babil province, a "
        "security source said on Friday. The source gave no further details. A volley of rockets struck near the "
        "U.S. Embassy in Baghdad on January 19, as tensions mounted.",
        [("U.S. Embassy Baghdad", "Iraq", "2024-01-19", ["rocket"], None, None, None),
         (None, "Iraq", "2024-01-26", ["ied"], None, None, None)],
    ),
    (
        "'The Pentagon on Thursday identified the three soldiers who were killed ... on Wednesday': the day they "
        "were named is not the attack's",
        "The Pentagon on Thursday identified the three Army soldiers who were killed in a drone attack at a base "
        "in Jordan on Wednesday.",
        [(None, "Jordan", "2024-01-24", ["drone"], None, 3, None)],
    ),
    (
        "'According to a Daily Mail report, the attack occurred on Thursday': a paper's name, no habit",
        "Rockets struck a military base housing American troops near Baghdad International Airport. According to "
        "a Daily Mail report, the attack occurred on Thursday, with three rockets launched at the Victory Base.",
        [("Victory Base Complex", "Iraq", "2024-01-25", ["rocket"], 3, None, None)],
    ),
    (
        "'rockets are fired at the base almost daily' stays a habit",
        "Rockets struck the Victory Base near Baghdad airport on Thursday. Rockets are fired at the base almost "
        "daily.",
        [("Victory Base Complex", "Iraq", "2024-01-25", ["rocket"], None, None, None)],
    ),
    (
        "'There was no immediate word on casualties at Camp Taji' names the base the lead left unnamed",
        "A barrage of rockets hit a base housing U.S. and other coalition troops north of Baghdad on Thursday, "
        "officials said. There was no immediate word on casualties at Camp Taji, according to the officials.",
        [("Camp Taji", "Iraq", "2024-01-25", ["rocket"], None, None, None)],
    ),
    (
        "'Four rockets landed inside the Baghdad global airport ..., officials said, blaming Iran and its proxies "
        "for the attack': this attack's blame, not a reference back",
        "Four rockets landed inside the Baghdad global airport on Sunday night, officials said, blaming Iran and "
        "its proxies for the attack.",
        [("Victory Base Complex", "Iraq", "2024-01-21", ["rocket"], 4, None, None)],
    ),
    (
        "'blamed Iran for the attack on Tower 22 that killed three soldiers' still looks back",
        "Rockets hit the Ain al-Asad air base on Thursday. Washington blamed Iran for the attack on Tower 22 that "
        "killed three soldiers.",
        [("Ain al-Asad Air Base", "Iraq", "2024-01-25", ["rocket"], None, None, None)],
    ),
    (
        "'The rockets landed at the military base near Baghdad airport', told with no day after another base's "
        "attack of another day, is the airport's attack already told",
        "Four rockets landed inside Baghdad airport on Wednesday night. On January 19, five rockets landed inside "
        "the Ain al-Asad airbase without causing any casualties. The rockets landed at the military base near "
        "Baghdad airport, a statement said.",
        [("Ain al-Asad Air Base", "Iraq", "2024-01-19", ["rocket"], 5, 0, 0),
         ("Victory Base Complex", "Iraq", "2024-01-24", ["rocket"], 4, None, None)],
    ),
    (
        "'We can confirm that a rocket attack took place today', read the day after Thursday's attack on the "
        "base: the source spoke on Thursday",
        "Several U.S. personnel were injured Thursday in a suspected rocket attack on U.S. forces at Al-Asad air "
        "base in Iraq, a U.S. defense official said. We can confirm that a rocket attack took place today against "
        "U.S. and coalition forces at Al-Asad Air Base, the official said.",
        [("Ain al-Asad Air Base", "Iraq", "2024-01-25", ["rocket"], None, None, None)],
    ),
    (
        "'at 11:30 PM last night and at 12:40 AM today' sets today apart: 'Earlier today' is another attack",
        "The coalition base at Harir airport was attacked by explosive-laden drones at 11:30 PM last night and at "
        "12:40 AM today. Earlier today, a local source reported a loud explosion near the Harir military base.",
        [("Harir Air Base", "Iraq", "2024-01-25", ["drone"], None, None, None),
         ("Harir Air Base", "Iraq", "2024-01-26", ["unknown"], None, None, None)],
    ),
    (
        "'The most significant of these most recent attacks occurred Jan. 18 at the Tanf Garrison' tells that one",
        "Troops were hurt in a wave of attacks on their bases over the past week. The most significant of these "
        "most recent attacks occurred Jan. 18 at the Tanf Garrison in Syria, when one-way drones targeted the base.",
        [("Al-Tanf Garrison", "Syria", "2024-01-18", ["drone"], None, None, None)],
    ),
    (
        "'Separately, Iran's IRGC claimed ...' turns to another matter: its claim is not the base's attack's, and "
        "'this attack did not impact the US Consulate in Erbil' names a site it missed",
        "Ballistic missiles and rockets were launched at al-Assad Airbase on Thursday evening. Separately, Iran's "
        "Islamic Revolutionary Guard Corps claimed they had destroyed a spy centre. Reportedly using ballistic "
        "missiles, this attack did not impact the US Consulate in Erbil.",
        [("Ain al-Asad Air Base", "Iraq", "2024-01-25", ["ballistic_missile", "rocket"], None, None, None)],
    ),
    (
        "a convoy 'of the Global Coalition' hit in Babil and another targeted on the Nasiriyah highway the same day "
        "are two attacks",
        "An explosive device hit a logistics convoy of the Global Coalition in Babil on Thursday. A source also "
        "reported that a logistics convoy of the Global Coalition had been targeted on Thursday on the Nasiriyah "
        "highway.",
        [(None, "Iraq", "2024-01-25", ["ied"], None, None, None),
         (None, "Iraq", "2024-01-25", ["unknown"], None, None, None)],
    ),
    (
        "a convoy told twice in Babil is one attack",
        "An explosive device hit a logistics convoy of the Global Coalition in Babil on Thursday. A security source "
        "said a bomb targeted a convoy of the coalition in Babil province on Thursday.",
        [(None, "Iraq", "2024-01-25", ["ied"], None, None, None)],
    ),
    (
        "'four attacks on U.S. bases since the U.S. tried ... by striking at depots on Jan. 20' is a tally over a "
        "period: no unnamed attacks on the 20th",
        "Militias launched at least four attacks on U.S. bases in Iraq and Syria since the U.S. military tried to "
        "restore deterrence by striking at weapons depots in Syria on Jan. 20. Two rockets hit the Ain al-Asad air "
        "base on Thursday.",
        [("Ain al-Asad Air Base", "Iraq", "2024-01-25", ["rocket"], 2, None, None)],
    ),
    (
        "'four attacks on U.S. bases on Jan. 20' is still that day's count",
        "Militias launched four attacks on U.S. bases in Iraq on Jan. 20. Two rockets hit the Ain al-Asad air "
        "base that day.",
        [("Ain al-Asad Air Base", "Iraq", "2024-01-20", ["rocket"], 2, None, None),
         (None, "Iraq", "2024-01-20", ["unknown"], None, None, None),
         (None, "Iraq", "2024-01-20", ["unknown"], None, None, None),
         (None, "Iraq", "2024-01-20", ["unknown"], None, None, None)],
    ),
    (
        "'The previous day, two separate drone attacks took place' counts the day before the story's, in the "
        "country the sentence before named",
        "Rockets struck the Ain al-Asad air base on Thursday evening. It was the third attack in a day on sites "
        "hosting U.S. troops in Iraq. The previous day, two separate drone attacks took place.",
        [(None, "Iraq", "2024-01-24", ["drone"], None, None, None),
         (None, "Iraq", "2024-01-24", ["drone"], None, None, None),
         ("Ain al-Asad Air Base", "Iraq", "2024-01-25", ["rocket"], None, None, None)],
    ),
    (
        "an attack told first, '..., marking the first such attack on U.S. forces since early December', is the "
        "attack, not a re-mention",
        "Rockets were fired from an Iraqi border town toward a U.S. military base in northeastern Syria on "
        "Thursday, marking the first such attack on U.S. forces since early December. No U.S. personnel were hurt.",
        [(None, "Syria", "2024-01-25", ["rocket"], None, None, 0)],
    ),
    (
        "told after the attack, 'the first such attack since early December' still re-mentions it",
        "Rockets were fired toward a U.S. military base in northeastern Syria on Thursday. It was the first such "
        "attack on U.S. forces since early December.",
        [(None, "Syria", "2024-01-25", ["rocket"], None, None, None)],
    ),
]


def test_cases(brief_of) -> None:
    assert [(name, brief_of(text, FIELDS)) for name, text, _ in CASES] == [(name, want) for name, _, want in CASES]


def test_a_claim_told_separately_is_not_the_attacks(case_text, events_of) -> None:
    text = case_text(CASES, "'Separately, Iran's IRGC claimed")
    assert [event["claimed_by"] for event in events_of(text)] == [None]


def test_a_headline_s_another_explosion_is_the_body_s_attack(events_of) -> None:
    text = "A security source reported that a logistics convoy of the Global Coalition was targeted in Babil on Thursday."
    events = events_of(text, title="Another explosion targets a logistics convoy of the Global Coalition in Babil")
    assert [(e["country"], e["event_date"]) for e in events] == [("Iraq", "2024-01-25")]
