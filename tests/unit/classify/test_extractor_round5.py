"""Reporting patterns of a fifth round: closing lines about every attack just told, attacks
named by their dead, their date or a bare name, sites outside the gazetteer's area, campaigns
and attacks in general, references back ("months after", "including"), counts of a day's
incidents, two days of one attack, and the day a wire story was written.

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest

# What each row of the table gives for every event.
FIELDS = ("base", "country", "event_date", "weapons", "munitions", "killed", "injured")

CASES = [
    (
        "'despite the attacks, no casualties' holds for every attack just told",
        "Two drones were shot down near Ain al-Asad air base on Thursday. "
        "On Wednesday five rockets were fired at U.S. forces at Rumalyn base in Syria. "
        "Despite the attacks, there were no reports of casualties.",
        [("Rumalyn Landing Zone", "Syria", "2024-01-24", ["rocket"], 5, 0, 0),
         ("Ain al-Asad Air Base", "Iraq", "2024-01-25", ["drone"], 2, 0, 0)],
    ),
    (
        "the zeros of 'the attacks' do not reach an older attack",
        "A rocket hit Harir air base on Thursday. Rockets had struck al-Tanf on January 10, wounding two soldiers. "
        "Days later drones targeted Erbil air base on Wednesday. No one was hurt in the attacks.",
        [("Al-Tanf Garrison", "Syria", "2024-01-10", ["rocket"], None, None, 2),
         ("Erbil Air Base", "Iraq", "2024-01-24", ["drone"], None, None, 0),
         ("Harir Air Base", "Iraq", "2024-01-25", ["rocket"], 1, None, 0)],
    ),
    (
        "'were killed and 25 were wounded in a drone attack on ...': the victims' clause tells no attack of its own",
        "Three U.S. soldiers were killed and 25 were wounded in a drone attack on a U.S. base in Jordan on Sunday.",
        [(None, "Jordan", "2024-01-21", ["drone"], None, 3, 25)],
    ),
    (
        "'the killing of three Americans at Tower 22' names the unnamed outpost",
        "A drone attack on a small U.S. post in Jordan on Sunday killed three soldiers and wounded 25. "
        "The killing of three Americans at Tower 22 near the Syrian border marks a sharp escalation.",
        [("Tower 22", "Jordan", "2024-01-21", ["drone"], None, 3, 25)],
    ),
    (
        "a post on social media is no military post",
        "In a post on X the group said a drone attack would follow.",
        [],
    ),
    (
        "a bare 'al-Assad' struck by rockets is the air base",
        "Rockets struck Al-Assad on Thursday, officials said.",
        [("Ain al-Asad Air Base", "Iraq", "2024-01-25", ["rocket"], None, None, None)],
    ),
    (
        "a bare 'al-Assad' that owns forces is the Syrian ruling family",
        "Israeli strikes on al-Assad's forces killed two officers on Thursday.",
        [],
    ),
    (
        "'a Dec. 25 attack on al-Asad' told in passing is dated by its own name, not by the story's day",
        "Before Wednesday's attack, the Pentagon had counted 69 injured troops since October, "
        "with the most recent injuries coming from a Dec. 25 attack on al-Asad.",
        [("Ain al-Asad Air Base", "Iraq", "2023-12-25", ["unknown"], None, None, None)],
    ),
    (
        "a U.S. site outside Iraq, Syria and Jordan is outside the gazetteer's area",
        "Iran fired ballistic missiles at U.S. military installations in Qatar on Thursday. "
        "Iran targeted Al Udeid Air Base, the largest American military facility in the region.",
        [],
    ),
    (
        "a border with Kuwait does not move an Iraqi road out of Iraq",
        "A roadside bomb struck a convoy supplying the U.S.-led coalition in Iraq near the border with Kuwait on Thursday.",
        [(None, "Iraq", "2024-01-25", ["ied"], None, None, None)],
    ),
    (
        "'those who have been targeting U.S. forces' is a campaign, not an attack",
        "\"It includes all factions, including those who have been targeting U.S. forces,\" he said on Thursday.",
        [],
    ),
    (
        "'have been targeting' as a main verb beside a dated attack leaves the attack",
        "Militias have been targeting Ain al-Asad air base, and on Thursday three rockets hit it.",
        [("Ain al-Asad Air Base", "Iraq", "2024-01-25", ["rocket"], 3, None, None)],
    ),
    (
        "attacking U.S. forces as a sentence's subject is talk of attacks in general",
        "Attacking U.S. forces should be a costly red line, the senator said on Thursday.",
        [],
    ),
    (
        "'groups which, under a banner, have attacked US troops' is a campaign too",
        "The PMF includes groups which, operating under the banner of the Islamic Resistance in Iraq, "
        "have attacked US troops in the region.",
        [],
    ),
    (
        "a claimant's campaign in a relative clause leaves the attack and the claim it tells",
        "Kataib Hezbollah, which has attacked U.S. forces before, claimed a drone strike on Tower 22 on Thursday.",
        [("Tower 22", "Jordan", "2024-01-25", ["drone"], None, None, None)],
    ),
    (
        "a depot near an air base is not the air base",
        "The explosions inside the weapons depot near Balad air base on Thursday are still unexplained, an official said.",
        [],
    ),
    (
        "'..., months after militants suspended such attacks' neither tells nor hides the attack before it",
        "A drone aiming for the U.S. base at al-Tanf was shot down on Thursday, months after Iran-backed militants "
        "suspended such attacks following the deaths of three U.S. troops.",
        [("Al-Tanf Garrison", "Syria", "2024-01-25", ["drone"], 1, None, None)],
    ),
    (
        "the dead of 'just days after a similar attack killed three' are that attack's",
        "A barrage of rockets hit a base housing U.S. troops north of Baghdad on Thursday, officials said, "
        "just days after a similar attack killed three servicemen.",
        [(None, "Iraq", "2024-01-25", ["rocket"], None, None, None)],
    ),
    (
        "a reference back that names a place is still read with its clause: a strike story's",
        "U.S. jets struck militia sites on Thursday, two days after drones attacked an area close to the U.S. consulate in Erbil.",
        [],
    ),
    (
        "'Centcom said at the time' dates a report, it makes no habit",
        "On January 17 rockets targeted the coalition's Green Village base in Syria, Centcom said at the time.",
        [("Green Village", "Syria", "2024-01-17", ["rocket"], None, None, None)],
    ),
    (
        "'at the time' of its own still sets a sentence in the past",
        "At the time, rockets frequently struck the Green Village base in Syria.",
        [],
    ),
    (
        "'a drone attack on troops' in a story that has called them American",
        "U.S. forces launched airstrikes against militants in Iraq on Wednesday after a drone attack on troops "
        "stationed in northern Iraq on Monday.",
        [(None, "Iraq", "2024-01-22", ["drone"], None, None, None)],
    ),
    (
        "troops nobody has called American are nobody's in particular",
        "A drone attack on troops in northern Iraq wounded two on Thursday.",
        [],
    ),
    (
        "'the attacks on troops' are the campaign, not one attack",
        "Officials have at times blamed the attacks on troops in Iraq and Syria on Iran-backed militias.",
        [],
    ),
    (
        "'It also destroyed three facilities' goes on about the U.S. strike just told",
        "A rocket hit Ain al-Asad air base on Tuesday. The U.S. airstrikes on Thursday killed one militant. "
        "It also destroyed three facilities used by the group to launch attacks on U.S. forces.",
        [("Ain al-Asad Air Base", "Iraq", "2024-01-23", ["rocket"], 1, None, None)],
    ),
    (
        "sirens and 'no confirmation of attack' are no attack",
        "Sirens sounded at the U.S. embassy in Baghdad on Thursday, but there was no confirmation of an attack.",
        [],
    ),
    (
        "'no attack was confirmed' is none either",
        "Explosions were heard near Erbil air base on Thursday, but no attack was confirmed.",
        [],
    ),
    (
        "'on Wednesday, with three separate incidents' counts that day's attacks, and 'despite the attacks' "
        "gives them its zeros",
        "Drones were shot down near Shaddadi in Syria on Tuesday. The attacks increased on Wednesday, with three "
        "separate incidents. Another drone was shot down at Tal Baidar in Syria on Thursday. Despite the attacks, "
        "no injuries were reported.",
        [("Shaddadi", "Syria", "2024-01-23", ["drone"], None, None, None),
         (None, None, "2024-01-24", ["unknown"], None, None, 0),
         (None, None, "2024-01-24", ["unknown"], None, None, 0),
         (None, None, "2024-01-24", ["unknown"], None, None, 0),
         ("Tal Baidar", "Syria", "2024-01-25", ["drone"], 1, None, 0)],
    ),
    (
        "'the U.S. struck three facilities' counts U.S. strikes, not attacks",
        "A rocket hit Ain al-Asad air base on Monday. On Wednesday, the U.S. struck three facilities used by "
        "Kataib Hezbollah.",
        [("Ain al-Asad Air Base", "Iraq", "2024-01-22", ["rocket"], 1, None, None)],
    ),
    (
        "'on both Tuesday and Wednesday' is an attack each day",
        "Drones were shot down near Shaddadi in Syria on both Tuesday and Wednesday.",
        [("Shaddadi", "Syria", "2024-01-23", ["drone"], None, None, None),
         ("Shaddadi", "Syria", "2024-01-24", ["drone"], None, None, None)],
    ),
    (
        "'the night between Tuesday and Wednesday' is one night",
        "Rockets struck Ain al-Asad air base in the night between Tuesday and Wednesday.",
        [("Ain al-Asad Air Base", "Iraq", "2024-01-23", ["rocket"], None, None, None)],
    ),
    (
        "'U.S. bases ... came under attack Tuesday' sets the day of the attacks told next without one",
        "U.S. military bases in Syria's Hasakah and Deir ez-Zor provinces came under attack Tuesday from drones and "
        "rockets. According to local sources, rockets targeted a U.S. base in the Conoco gas field while the Kharab "
        "al-Jir base, where U.S. forces are deployed, was targeted by drones.",
        [("Kharab al-Jir", "Syria", "2024-01-23", ["drone"], None, None, None),
         ("Mission Support Site Euphrates", "Syria", "2024-01-23", ["rocket"], None, None, None)],
    ),
    (
        "an agency's dateline is the day the story was written: an undated attack takes it",
        "BAGHDAD, Jan. 24 (Agency) - U.S. bases in Syria came under attack, militias said. "
        "Rockets targeted a U.S. base in the Conoco gas field.",
        [("Mission Support Site Euphrates", "Syria", "2024-01-24", ["rocket"], None, None, None)],
    ),
    (
        "a statement days later about 'the drone attack in Jordan' tells the attack the body dates",
        "The United States on Thursday (January 25, 2024) said a militia group was responsible for the drone attack "
        "in Jordan that killed three American service members. Three U.S. service members were killed in a drone "
        "attack on a U.S. base in Jordan on Monday (January 22, 2024).",
        [(None, "Jordan", "2024-01-22", ["drone"], None, 3, None)],
    ),
    (
        "'a response to a series of attacks ..., including an attack on Erbil Air Base earlier today' tells that one",
        "U.S. jets struck Kataib Hezbollah targets in Iraq on Thursday. The strikes are a response to a series of "
        "attacks against U.S. personnel in Iraq and Syria, including an attack by Kataib Hezbollah on Erbil Air Base "
        "earlier today.",
        [("Erbil Air Base", "Iraq", "2024-01-26", ["unknown"], None, None, None)],
    ),
    (
        "'the base had come under attack' is another attack on the base just named",
        "Iraq's defence minister made an unexpected visit to Ain al-Asad Airbase on Thursday. A security source said "
        "the base had come under attack by Grad-type rockets on Wednesday.",
        [("Ain al-Asad Air Base", "Iraq", "2024-01-24", ["rocket"], None, None, None)],
    ),
    (
        "'a \"multi-rocket attack\" in Syria on Thursday against American and other forces'",
        "An official said there was a \"multi-rocket attack\" in Syria on Thursday against American and other forces "
        "from the international coalition. There were no casualties or damage, the official said of that attack.",
        [(None, "Syria", "2024-01-25", ["rocket"], None, 0, 0)],
    ),
    (
        "'troops were killed Sunday in a drone attack in northeast Jordan': victims tie the attack to U.S. forces",
        "Three American troops were killed Sunday in a drone attack in northeast Jordan, the president said.",
        [(None, "Jordan", "2024-01-21", ["drone"], None, 3, None)],
    ),
    (
        "'... were killed and many were wounded Sunday in a drone strike'",
        "The president confirmed that three American troops were killed and many were wounded Sunday in a drone "
        "strike in northeast Jordan.",
        [(None, "Jordan", "2024-01-21", ["drone"], None, 3, None)],
    ),
    (
        "'three troop locations in Syria' counts three attacks in Syria",
        "Rockets hit the U.S. embassy in Baghdad on Thursday. The assault was followed by drone attacks, including "
        "on al-Asad air base in western Iraq and three troop locations in Syria, also with no casualties, officials said.",
        [("U.S. Embassy Baghdad", "Iraq", "2024-01-25", ["rocket"], None, None, None),
         ("Ain al-Asad Air Base", "Iraq", "2024-01-25", ["drone"], None, 0, 0),
         (None, "Syria", "2024-01-25", ["drone"], None, 0, 0),
         (None, "Syria", "2024-01-25", ["drone"], None, 0, 0),
         (None, "Syria", "2024-01-25", ["drone"], None, 0, 0)],
    ),
    (
        "'tonight' in a wire story is the night of its dateline, not of the copy's publication",
        "BAGHDAD, Jan. 24 (Xinhua) -- A drone struck a U.S.-led coalition base at Erbil airport on Wednesday, officials "
        "said. \"Tonight there was yet another drone attack on Erbil airport,\" a Kurdish official wrote.",
        [("Erbil Air Base", "Iraq", "2024-01-24", ["drone"], 1, None, None)],
    ),
    (
        "a claim of 'the December attack' is not the claim of January's",
        "Rockets hit Erbil air base on Thursday. A faction calling itself Awliya al-Dam claimed responsibility for "
        "the December attack.",
        [("Erbil Air Base", "Iraq", "2024-01-25", ["rocket"], None, None, None)],
    ),
    (
        "'a few minutes after the attack in Hillah, three supply convoys' are three more attacks",
        "Late on Wednesday, a convoy carrying supplies for the U.S.-led coalition came under attack in Babil province "
        "in Iraq. A few minutes after the attack in Hillah, three supply convoys of the U.S.-led coalition were "
        "targeted in southern Iraq.",
        [(None, "Iraq", "2024-01-24", ["unknown"], None, None, None),
         (None, "Iraq", "2024-01-24", ["unknown"], None, None, None),
         (None, "Iraq", "2024-01-24", ["unknown"], None, None, None),
         (None, "Iraq", "2024-01-24", ["unknown"], None, None, None)],
    ),
]


def test_cases(brief_of) -> None:
    assert [(name, brief_of(text, FIELDS)) for name, text, _ in CASES] == [(name, want) for name, _, want in CASES]


@pytest.mark.parametrize(("prefix", "claimants"), [
    ("a claim of 'the December attack'", [None]),  # that attack's claim, not January's
    ("a claimant's campaign in a relative clause", ["Kataib Hezbollah"]),
])
def test_claims_of_a_case(prefix: str, claimants: list, events_of, case_text) -> None:
    assert [event["claimed_by"] for event in events_of(case_text(CASES, prefix))] == claimants
