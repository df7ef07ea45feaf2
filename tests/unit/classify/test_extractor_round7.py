"""Reporting patterns of a seventh round: the attack a U.S. strike answers, told with its rounds.

Every sentence here is written for these tests.
"""

from __future__ import annotations

# What each row of the table gives for every event.
FIELDS = ("base", "country", "event_date", "weapons", "munitions", "killed", "injured")

CASES = [
    (
        "'on X, previously Twitter' is a former name, not a habit that makes the attack history",
        "Militants launched two close-range ballistic missiles at U.S. forces on Al-Asad Airbase on Thursday, "
        "CENTCOM said on X, previously Twitter.",
        [("Ain al-Asad Air Base", "Iraq", "2024-01-25", ["ballistic_missile"], 2, None, None)],
    ),
    (
        "'have previously fired' is still a habit",
        "Militants have previously fired rockets at Al-Asad Airbase.",
        [],
    ),
    (
        "a strike 'in response to militants launching two close-range ballistic missiles' tells that attack, "
        "dated by the sentence that gives its day",
        "An AC-130 gunship struck militants in response to militants launching two close-range ballistic missiles "
        "at U.S. forces on Al-Asad Airbase, CENTCOM said. The strikes answered attacks on U.S. forces on January 24 "
        "that used close-range ballistic missiles.",
        [("Ain al-Asad Air Base", "Iraq", "2024-01-24", ["ballistic_missile"], 2, None, None)],
    ),
    (
        "'fired three rockets at U.S. forces in Iraq': the forces are the rockets' target",
        "Militants fired three rockets at U.S. forces in Iraq on Thursday.",
        [(None, "Iraq", "2024-01-25", ["rocket"], 3, None, None)],
    ),
    (
        "an attack 'in retaliation for' a killing is news; what it answers is the reference",
        "Iran launched missiles at U.S. forces in Iraq overnight in retaliation for the killing of a general last week.",
        [(None, "Iraq", "2024-01-26", ["missile"], None, None, None)],
    ),
    (
        "a U.S. strike 'in response to the attack on Tower 22' still tells no attack of its own",
        "The U.S. launched the strikes in response to the attack on Tower 22.",
        [],
    ),
    (
        "a commander 'killed on Friday by an American drone at Baghdad airport' is a U.S. strike, not an attack there",
        "Drones struck Ain al-Asad on Thursday. The attacks began at dawn, the hour the commander was killed "
        "on Friday by an American drone at Baghdad airport.",
        [("Ain al-Asad Air Base", "Iraq", "2024-01-25", ["drone"], None, None, None)],
    ),
    (
        "the airport where 'a U.S. drone' killed a commander is not a target",
        "A group claimed the drone attack on Erbil air base on Thursday, saying it avenged the commander killed "
        "by a U.S. drone at Baghdad airport.",
        [("Erbil Air Base", "Iraq", "2024-01-25", ["drone"], None, None, None)],
    ),
    (
        "in a story about a militia depot that blew up, 'the explosion near the Balad air base' is that blast",
        "An explosion has happened in an arms depot belonging to a militia north of Baghdad. "
        "No one has claimed responsibility for the explosion near the Balad air base.",
        [],
    ),
    (
        "... and rockets the blast set off that 'landed within Balad Air Base' are not an attack either",
        "Explosions were reported at a weapons depot next to Balad Air Base on Thursday. "
        "Some rockets landed within Balad Air Base itself.",
        [],
    ),
    (
        "rockets militants 'fired' at the base in such a story are an attack",
        "An explosion has happened in an arms depot belonging to a militia north of Baghdad. "
        "Later, militants fired rockets at Balad Air Base on Thursday.",
        [("Balad Air Base", "Iraq", "2024-01-25", ["rocket"], None, None, None)],
    ),
    (
        "'fired artillery shells from their base at the Conoco gas field': the base is where fire came from",
        "U.S. forces fired artillery shells from their base at the Conoco gas field on Thursday, targeting militia positions.",
        [],
    ),
    (
        "'The morning attack on Mission Support Site Conoco came as ... a US drone strike' names the base "
        "the lead left unnamed; the strike comes after it",
        "Two rockets struck a base housing American troops in eastern Syria on Thursday. The morning attack on "
        "Mission Support Site Conoco came as militias marked the anniversary of a commander's killing in a US drone "
        "strike in Baghdad.",
        [("Mission Support Site Euphrates", "Syria", "2024-01-25", ["rocket"], 2, None, None)],
    ),
    (
        "'where it is not uncommon for bases ... to come under rocket fire or mortar attacks' is a habit, "
        "not the attack's weapons",
        "A drone struck a base housing American troops in eastern Syria on Thursday. No one claimed the attack in "
        "east Syria, where it is not uncommon for bases housing US troops to come under rocket fire or mortar attacks.",
        [(None, "Syria", "2024-01-25", ["drone"], 1, None, None)],
    ),
    (
        "'injuries suffered during the attacks' after 'Three drones targeted U.S. troops ... on Thursday' are "
        "those attacks', not a running toll",
        "Three drones targeted U.S. troops stationed in Iraq on Thursday, officials said, with some troops being "
        "evaluated for brain injuries suffered during the attacks.",
        [(None, "Iraq", "2024-01-25", ["drone"], 3, None, None)],
    ),
    (
        "'wounded in the attacks since October' stays a running toll",
        "Three soldiers have been wounded in the attacks since October.",
        [],
    ),
    (
        "'a drone attack in Jordan killed three US service members': the victims are in the attack's country",
        "Officials in Iraq spoke on Thursday after a drone attack in Jordan killed three US service members on Sunday.",
        [(None, "Jordan", "2024-01-21", ["drone"], None, 3, None)],
    ),
    (
        "'announced on Tuesday ..., two days after a drone attack in Jordan killed three US service members': "
        "the attack is dated back from the day told",
        "Kataib Hezbollah announced on Tuesday that it would suspend its attacks against US forces in the region, "
        "two days after a drone attack in Jordan killed three US service members.",
        [(None, "Jordan", "2024-01-21", ["drone"], None, 3, None)],
    ),
    (
        "'on the same day, ... forces faced multiple rocket attacks at the Rumalyn Landing Zone' is one day's "
        "attacks, on the day told before",
        "The group had claimed several attacks against US forces earlier on Tuesday. Additionally, on the same day, "
        "the US military reported that US forces faced multiple rocket attacks at the Rumalyn Landing Zone.",
        [("Rumalyn Landing Zone", "Syria", "2024-01-23", ["rocket"], None, None, None)],
    ),
    (
        "'multiple rocket attacks' with no day stay a history",
        "US forces have faced multiple rocket attacks at the Rumalyn Landing Zone.",
        [],
    ),
    (
        "'strongly deny any role in the attack on American forces' refers to an attack, it does not tell one",
        "Iran has come out to strongly deny any role in the attack on American forces.",
        [],
    ),
    (
        "'denied involvement in a drone attack in Jordan that killed three US personnel' still tells that attack",
        "Iran has denied involvement in a drone attack in Jordan that killed three US military personnel on Sunday.",
        [(None, "Jordan", "2024-01-21", ["drone"], None, 3, None)],
    ),
    (
        "strikes 'against an \"imminent threat\" to a U.S. base' are the coalition's own",
        "The coalition said on Monday that it had carried out strikes against an \"imminent threat\" to a U.S. base "
        "in northeastern Syria.",
        [],
    ),
    (
        "rockets and mortars 'fired in the direction of American troops in Syria' were fired at them",
        "Three U.S. service members are being evaluated for possible brain injuries after rockets and mortars were "
        "fired in the direction of American troops in Syria on Tuesday.",
        [(None, "Syria", "2024-01-23", ["mortar", "rocket"], None, None, 3)],
    ),
    (
        "'told reporters Wednesday that no U.S. personnel were injured' was said before Thursday's attack, so it is "
        "not about it",
        "Rockets hit al-Tanf garrison on Thursday. Officials told reporters Wednesday that no U.S. personnel were injured.",
        [("Al-Tanf Garrison", "Syria", "2024-01-25", ["rocket"], None, None, None)],
    ),
    (
        "... what they told reporters on Friday is",
        "Rockets hit al-Tanf garrison on Thursday. Officials told reporters Friday that no U.S. personnel were injured.",
        [("Al-Tanf Garrison", "Syria", "2024-01-25", ["rocket"], None, None, 0)],
    ),
    (
        "missiles that 'hit an area near the U.S. consulate' when Iran says it struck a 'spy headquarters' fell near "
        "it; they were not fired at it",
        "Iran has announced that it launched strikes against a \u201cspy headquarters\u201d shortly after missiles hit an "
        "area near the U.S. consulate in Erbil.",
        [],
    ),
    (
        "... while drones 'shot down near Erbil airport' in the same story are an attack there",
        "Iran said it launched strikes against a spy headquarters in Erbil on Monday. Coalition forces also shot down "
        "three drones near Erbil airport on Monday.",
        [("Erbil Air Base", "Iraq", "2024-01-22", ["drone"], 3, None, None)],
    ),
    (
        "without a target of the attacker's own, rockets that 'landed near the U.S. embassy' are an attack on it",
        "Two rockets landed near the U.S. embassy in Baghdad on Monday.",
        [("U.S. Embassy Baghdad", "Iraq", "2024-01-22", ["rocket"], 2, None, None)],
    ),
    (
        "'to prevent a new escalation after the attack on Tower 22' names a known attack without a day: background",
        "Kataib Hezbollah announced the suspension of its operations on Tuesday. The decision followed days of efforts "
        "to prevent a new escalation after the attack on Tower 22, an adviser said.",
        [],
    ),
    (
        "'three additional attacks on U.S. forces' over the weekend, then 'All were within Syria.': three attacks "
        "there, and the zeros told next are theirs, not the rocket's",
        "A rocket hit the Conoco gas field on Friday. Over the weekend we did see three additional attacks on U.S. "
        "forces. All were within Syria. There were no casualties to any of our personnel.",
        [(None, "Syria", "2024-01-21", ["unknown"], None, 0, 0)] * 3
        + [("Mission Support Site Euphrates", "Syria", "2024-01-26", ["rocket"], 1, None, None)],
    ),
    (
        "'U.S. forces in Iraq were targeted on Thursday in two separate drone attacks' counts two drone attacks in "
        "Iraq, whatever Syria saw that day",
        "A drone hit al-Tanf garrison on Thursday. U.S. military forces in Iraq were targeted on Thursday in two "
        "separate drone attacks.",
        [("Al-Tanf Garrison", "Syria", "2024-01-25", ["drone"], 1, None, None)]
        + [(None, "Iraq", "2024-01-25", ["drone"], None, None, None)] * 2,
    ),
    (
        "'the alShaddadi, alTanf bases', from a page that dropped its hyphens, names al-Shaddadi and al-Tanf",
        "The group said its fighters fired drones against the alShaddadi, alTanf bases on Thursday.",
        [("Al-Tanf Garrison", "Syria", "2024-01-25", ["drone"], None, None, None),
         ("Shaddadi", "Syria", "2024-01-25", ["drone"], None, None, None)],
    ),
    (
        "'no confirmation about the connection between these attacks and the incident in which three soldiers were "
        "killed' gives those dead to that incident",
        "Drones struck al-Tanf garrison on Thursday. There has been no confirmation about the connection between "
        "these attacks and the incident in which three soldiers were killed and another 25 injured.",
        [("Al-Tanf Garrison", "Syria", "2024-01-25", ["drone"], None, None, None)],
    ),
    (
        "'two military bases in Iraq and Syria' is a count over both countries, not two bases in Iraq",
        "A drone and rockets targeted two military bases in Iraq and Syria on Thursday. A drone attack targeted the "
        "Ain al-Asad airbase in western Iraq on Thursday. In northeast Syria, rockets were fired at a base in the "
        "Al-Shaddadi region.",
        [("Ain al-Asad Air Base", "Iraq", "2024-01-25", ["drone"], None, None, None),
         ("Shaddadi", "Syria", "2024-01-25", ["rocket"], None, None, None)],
    ),
    (
        "'On Wednesday night, the unit reported a similar attack' is another day's attack on the base in focus",
        "An explosive drone was shot down at Erbil International Airport on Thursday night, a statement said. "
        "On Wednesday night, the region's counterterrorism unit reported a similar attack.",
        [("Erbil Air Base", "Iraq", "2024-01-24", ["unknown"], None, None, None),
         ("Erbil Air Base", "Iraq", "2024-01-25", ["drone"], 1, None, None)],
    ),
    (
        "'a series of drone attacks on the al-Tanf base ... on August 15' is one day's attacks, not a history",
        "The US military reported a series of drone attacks on the al-Tanf base in Syria on January 24.",
        [("Al-Tanf Garrison", "Syria", "2024-01-24", ["drone"], None, None, None)],
    ),
    (
        "'has faced a series of drone attacks since 2021' stays a history",
        "Al-Tanf has faced a series of drone attacks since 2021.",
        [],
    ),
    (
        "'It was also attacked on January 20, when two missiles fell near the base' is another attack on the base "
        "just named",
        "Air defences shot down a drone over the Ain al-Asad base on Thursday. Ain al-Asad is frequently hit by "
        "missiles. It was also attacked on January 20, when two missiles fell near the base.",
        [("Ain al-Asad Air Base", "Iraq", "2024-01-20", ["missile"], 2, None, None),
         ("Ain al-Asad Air Base", "Iraq", "2024-01-25", ["drone"], 1, None, None)],
    ),
    (
        "'The international coalition was attacked by two rockets' names the coalition itself as the target",
        "The international coalition against the so-called ISIS was attacked by two rockets late Thursday in "
        "northeastern Syria.",
        [(None, "Syria", "2024-01-25", ["rocket"], 2, None, None)],
    ),
    (
        "'The US-led coalition struck militia sites' is the coalition's own strike",
        "The US-led coalition struck militia sites in Iraq on Thursday.",
        [],
    ),
]


def test_cases(brief_of) -> None:
    assert [(name, brief_of(text, FIELDS)) for name, text, _ in CASES] == [(name, want) for name, _, want in CASES]
