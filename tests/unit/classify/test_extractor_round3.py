"""Reporting patterns of a third round: older attacks named by their written date inside
stories about U.S. strikes, claims told before the attacks they claim, weapons told of
several attacks at once.

Every sentence here is written for these tests.
"""

from __future__ import annotations

from agents.classify.core import extract
from streams.records import Article


# What each row of the table gives for every event.
FIELDS = ("base", "country", "event_date", "weapons", "injured", "claimed_by")


def test_pause_since_a_month_after_an_instance_of_similar_attacks_on_a_place() -> None:
    text = next(text for name, text, _ in CASES if name.startswith("the embassy without"))
    output = extract(Article.create(title="", text=text, published="2024-01-26")).to_contract()
    assert (output["pause_since"], output["pause_phrase"]) == (
        "2023-05-01", "the second instance of similar attacks on the Green Zone since May")


CASES = [
    (
        "a strike story names the attack it answers by its date",
        "U.S. jets struck three militia sites in western Iraq on Wednesday. "
        "The strikes were carried out in two locations near the border, a defense official said. "
        "Central Command said the raids answered the January 20 rocket attack on Ain al-Asad, which wounded two U.S. troops. "
        "At least one Kataib Hezbollah fighter was killed, according to a statement by the Popular Mobilization Forces.",
        [("Ain al-Asad Air Base", "Iraq", "2024-01-20", ["rocket"], 2, None)],
    ),
    (
        "a claim told just before the attacks it claims, and the day of its statement",
        "Iraqi armed factions announced new drone strikes on bases hosting American troops. "
        "The Islamic Resistance in Iraq made the announcement in a statement on Thursday. "
        "It named the targets as the occupation base near Erbil airport and the Harir base. "
        "The drone strikes, the statement said, would go on.",
        [("Erbil Air Base", "Iraq", "2024-01-25", ["drone"], None, "Islamic Resistance in Iraq"),
         ("Harir Air Base", "Iraq", "2024-01-25", ["drone"], None, "Islamic Resistance in Iraq")],
    ),
    (
        "a claim far ahead of an attack stays with what it claimed",
        "The Revolutionary Guards said in a statement that they had struck a spy centre in Kurdistan with missiles. "
        "Regional officials said several civilians were killed. "
        "Flights were halted for hours. "
        "Schools in the city closed on Tuesday. "
        "Separately, coalition forces shot down two drones near Erbil airport on Thursday.",
        [("Erbil Air Base", "Iraq", "2024-01-25", ["drone"], None, None)],
    ),
    (
        "U.S. victims after the base tie an unnamed base to U.S. forces",
        "A rocket barrage on a military base in northern Iraq killed one U.S. contractor and wounded two "
        "American soldiers Wednesday, officials said.",
        [(None, "Iraq", "2024-01-24", ["rocket"], 2, None)],
    ),
    (
        "the source's weekday beats the publication's today",
        "A roadside bomb struck a logistics convoy of the U.S.-led coalition south of Baghdad, a security source said today, Tuesday.",
        [(None, "Iraq", "2024-01-23", ["ied"], None, None)],
    ),
    (
        "an attack dated only by publication takes the day of the statement that told it",
        "Two drones targeted the Ain al-Asad air base. "
        "The attack caused minor injuries to two coalition soldiers, according to a statement Thursday by Central Command.",
        [("Ain al-Asad Air Base", "Iraq", "2024-01-25", ["drone"], 2, None)],
    ),
    (
        "counted convoys are one attack each, and later supply convoys are the coalition's too",
        "Militants struck three trucking convoys hauling equipment for the U.S.-led coalition across southern Iraq on Monday. "
        "Each was hit by a roadside bomb, a security official said. "
        "On January 17, two supply convoys were hit by roadside bombs near Samawah. "
        "On January 19, another convoy was struck by a roadside bomb north of Basra.",
        [(None, "Iraq", "2024-01-17", ["ied"], None, None), (None, "Iraq", "2024-01-17", ["ied"], None, None),
         (None, "Iraq", "2024-01-19", ["ied"], None, None),
         (None, "Iraq", "2024-01-22", ["ied"], None, None), (None, "Iraq", "2024-01-22", ["ied"], None, None),
         (None, "Iraq", "2024-01-22", ["ied"], None, None)],
    ),
    (
        "a count in the headline and the lead stays one count",
        "Two roadside blasts hit convoys supplying the coalition in Iraq\n\n"
        "Two roadside explosions struck convoys carrying supplies for the U.S.-led coalition in Iraq on Monday, officials said.",
        [(None, "Iraq", "2024-01-22", ["ied"], None, None), (None, "Iraq", "2024-01-22", ["ied"], None, None)],
    ),
    (
        "where attacks have fallen over time is background",
        "A drone struck the Harir base on Thursday. "
        "The attacks in Iraq have mainly targeted the Asad air base and Erbil airport. "
        "Frequent rocket attacks on Baghdad airport are blamed on Iran-backed militias. "
        "Armed groups have increasingly used drones to target U.S. forces at al-Tanf.",
        [("Harir Air Base", "Iraq", "2024-01-25", ["drone"], None, None)],
    ),
    (
        "'earlier in the day' is the day a U.S. strike story told",
        "U.S. forces on Monday struck three sites used by Kataib Hezbollah in Iraq. "
        "The strikes followed a drone attack on the Harir base earlier in the day that wounded two service members.",
        [("Harir Air Base", "Iraq", "2024-01-22", ["drone"], 2, None)],
    ),
    (
        "'overnight' days later is the night of the story, not of publication",
        "Two U.S. soldiers were wounded in a drone attack on a U.S. base in Jordan on Saturday night. "
        "Officials said a one-way drone attack on Tower 22, a small outpost, caused the injuries. "
        "The drone struck overnight and landed near the living quarters.",
        [("Tower 22", "Jordan", "2024-01-20", ["drone"], 2, None)],
    ),
    (
        "military shorthand: 'Sept.11', 'Erbil AB', '2 UAS'",
        "The task force can confirm that at approx. 2343hrs Jan.21 coalition forces at Erbil AB were attacked by 2 UAS.",
        [("Erbil Air Base", "Iraq", "2024-01-21", ["drone"], None, None)],
    ),
    (
        "the base in focus hit on a written day of its own, and an attack months back told with its date",
        "Three rockets struck Ain al-Asad on Monday, the coalition said. "
        "The base, which hosts coalition personnel and Iraqi troops, was hit by a rocket on January 7. "
        "On October 28, six rockets were fired at Baghdad airport and the Victory base complex.",
        [("Victory Base Complex", "Iraq", "2023-10-28", ["rocket"], None, None),
         ("Ain al-Asad Air Base", "Iraq", "2024-01-07", ["rocket"], None, None),
         ("Ain al-Asad Air Base", "Iraq", "2024-01-22", ["rocket"], None, None)],
    ),
    (
        "troops treated after an attack anchor it; a date ending in a digit ends its sentence",
        "Five U.S. troops are being treated for traumatic brain injuries after a drone attack in northeastern Syria on Monday, Jan. 22. "
        "The attackers targeted the Rumalyn Landing Zone, which hosts U.S. forces.",
        [("Rumalyn Landing Zone", "Syria", "2024-01-22", ["drone"], 5, None)],
    ),
    (
        "a later claim naming the base goes to its attack, past a long appositive",
        "A drone struck the Harir air base on Thursday, Kurdish officials said. "
        "No casualties were reported. "
        "The Islamic Resistance in Iraq, a network of militias tied to Iran's Revolutionary Guards, which has targeted "
        "U.S. forces since mid-October, claimed responsibility for the Harir attack.",
        [("Harir Air Base", "Iraq", "2024-01-25", ["drone"], 0, "Islamic Resistance in Iraq")],
    ),
    (
        "a group outside the list claims in its own name",
        "A drone loaded with explosives crashed near the Harir airbase on Wednesday. "
        "A little-known group calling itself Saraya al-Fajr claimed responsibility for the attack in an online statement.",
        [("Harir Air Base", "Iraq", "2024-01-24", ["drone"], None, "Saraya al-Fajr")],
    ),
    (
        "a thwarted potential attack and a depot blast next to a base are no attacks",
        "On Tuesday a U.S. airstrike thwarted a potential drone attack on the Harir air base, officials said. "
        "Separately, an ammunition depot of a local militia exploded next to the Balad air base, which hosts U.S. contractors.",
        [],
    ),
    (
        "the embassy without 'in Baghdad'; a 'since May, when ...' incident keeps its own facts",
        "Two rockets landed about a half-mile from the U.S. embassy in the Green Zone on Monday. "
        "The explosions, which caused no casualties, are the second instance of similar attacks on the Green Zone "
        "since May, when three mortar shells fell near the embassy compound.",
        [("U.S. Embassy Baghdad", "Iraq", "2024-01-22", ["rocket"], 0, None)],
    ),
    (
        "casualties of the attack a U.S. strike answered are not the casualties of the attack in focus",
        "Rockets landed near the Green Village base on Friday. "
        "There were no immediate reports of injuries. "
        "Washington said it hit the positions of fighters behind a drone strike that killed a contractor and hurt five U.S. troops.",
        [("Green Village", "Syria", "2024-01-26", ["rocket"], 0, None)],
    ),
    (
        "a casualty update on a dated attack: troops hurt 'as a result of' it",
        "Sixty U.S. troops suffered traumatic brain injuries as a result of the Jan. 2 missile attack on U.S. bases in Syria, "
        "the Defense Department said on Thursday.",
        [(None, "Syria", "2024-01-02", ["missile"], 60, None)],
    ),
    (
        "a later reference names where the unnamed attack in focus happened",
        "An attack that killed a U.S. contractor at a base near Kirkuk on Thursday set off a tense week. "
        "Officials in Baghdad met through the night. "
        "The airstrike is a response to rocket fire that killed a U.S. contractor and wounded four U.S. personnel at the K-1 base.",
        [("K-1 Air Base", "Iraq", "2024-01-25", ["rocket"], 4, None)],
    ),
    (
        "'Earlier, ...' with no day is an older attack; a compound broken by scraping reads whole",
        "Earlier, a dozen rockets targeted a military complex at the Erbil airport which hosts coalition troops. "
        "On Jan. 16 a rocket attack on USA -led forces in northern Iraq killed a civilian contractor.",
        [(None, "Iraq", "2024-01-16", ["rocket"], None, None)],
    ),
    (
        "a count of the day's attacks gives its weapon to the attacks then told one by one",
        "On January 21, the Islamic Resistance in Iraq attacked three U.S. bases with suicide drones. "
        "The first attack targeted the Harir air base, while the second and third targeted the Shaddadi base "
        "and the Green Village base in Syria.",
        [("Green Village", "Syria", "2024-01-21", ["drone"], None, "Islamic Resistance in Iraq"),
         ("Harir Air Base", "Iraq", "2024-01-21", ["drone"], None, "Islamic Resistance in Iraq"),
         ("Shaddadi", "Syria", "2024-01-21", ["drone"], None, "Islamic Resistance in Iraq")],
    ),
    (
        "'their base' struck is a U.S. site when U.S. troops were hurt; circumstances 'amid' do not date the attack",
        "Four U.S. service members were being evaluated for injuries after their base in northeastern Syria was struck "
        "by indirect fire on Wednesday. "
        "At least five U.S. personnel were wounded in an attack on a military base in Iraq on Thursday, amid rising tensions "
        "following killings last week.",
        [(None, "Syria", "2024-01-24", ["unknown"], 4, None), (None, "Iraq", "2024-01-25", ["unknown"], 5, None)],
    ),
    (
        "an area named for a base is the base; another spelling of al-Tanf",
        "Three drones targeted a U.S. base in Syria's Al-Tanf region on Wednesday. "
        "Rockets were fired at the al-Tanaf base on Thursday.",
        [("Al-Tanf Garrison", "Syria", "2024-01-24", ["drone"], None, None),
         ("Al-Tanf Garrison", "Syria", "2024-01-25", ["rocket"], None, None)],
    ),
    (
        "an undated unnamed lead is the attack the body dates and names, days before publication",
        "Eight U.S. troops are being treated for brain injuries after a drone attack on a military base in northeastern Syria. "
        "Eight U.S. troops are receiving treatment for brain injuries following a drone attack on a military base in northeastern Syria on "
        "Saturday, Jan. 20. The attack targeted the Rumalyn Landing Zone, which hosts U.S. forces.",
        [("Rumalyn Landing Zone", "Syria", "2024-01-20", ["drone"], 8, None)],
    ),
    (
        "personnel who suffered injuries, an aside between commas, during a drone attack anchor it",
        "Several American and coalition personnel suffered minor injuries, including smoke inhalation, during a drone "
        "attack in northeastern Syria on Wednesday, an official said.",
        [(None, "Syria", "2024-01-24", ["drone"], None, None)],
    ),
    (
        "an unnamed base located later in the area of a named site; the airport in Erbil",
        "U.S. soldiers were attacked at a military base controlled by them in Hasakah province on Wednesday. "
        "Sources spoke of a military facility located in the area of the settlement of Tell Beidar. "
        "Separately, a drone struck an American military base located at the international airport in Erbil on Thursday.",
        [("Tal Baidar", "Syria", "2024-01-24", ["unknown"], None, None),
         ("Erbil Air Base", "Iraq", "2024-01-25", ["drone"], None, None)],
    ),
    (
        "a second attack on the base in focus told as what this one followed, days earlier",
        "Suicide drones struck the Harir air base on Thursday, causing damage but no casualties. "
        "This incident followed a similar drone attack just two days earlier, which set a fuel store on fire.",
        [("Harir Air Base", "Iraq", "2024-01-23", ["drone"], None, None),
         ("Harir Air Base", "Iraq", "2024-01-25", ["drone"], 0, None)],
    ),
    (
        "blasts tearing through a militia depot beside a base, and a base that was not hit, are no attacks",
        "Explosions tore through an ammunition depot of a local militia next to the Balad air base on Tuesday. "
        "No U.S. personnel were hurt and the base was not hit.",
        [],
    ),
    (
        "the day of a written date is no count of missiles",
        "The raids answered the January 20 ballistic missile and rocket attack on al-Asad Air Base.",
        [("Ain al-Asad Air Base", "Iraq", "2024-01-20", ["ballistic_missile", "rocket"], None, None)],
    ),
    (
        "a later sentence that dates the attack in focus sets the story's day for the base named next",
        "Several U.S. troops are being treated for brain injuries after a drone attack on a base in northeastern Syria, "
        "officials said on Thursday. The attack took place on Monday, Jan. 22. "
        "A single drone struck the Rumalyn Landing Zone, the officials said; five service members were hurt.",
        [("Rumalyn Landing Zone", "Syria", "2024-01-22", ["drone"], 5, None)],
    ),
    (
        "the militia's quoted statement re-tells the attack its claim dated by the statement day",
        "The Islamic Resistance in Iraq released a statement on Tuesday claiming a drone attack on the Ain al-Asad airbase. "
        "The statement reads below: "
        "\u201cThe Mujahideen targeted the American occupation base in Ain al-Asad with two drones.\u201d",
        [("Ain al-Asad Air Base", "Iraq", "2024-01-23", ["drone"], None, "Islamic Resistance in Iraq")],
    ),
    (
        "a base that hosts no coalition forces, and another incident 'the same day'",
        "Rockets hit the Balad air base on Sunday, wounding two Iraqi soldiers. "
        "A coalition spokesperson confirmed that no coalition forces are stationed at the base. "
        "A drone hit Erbil airport on Wednesday, the same day rockets targeting a Turkish base landed near Bashiqa.",
        [("Erbil Air Base", "Iraq", "2024-01-24", ["drone"], None, None)],
    ),
    (
        "another target located by a U.S. site is not an attack on the site",
        "The Revolutionary Guards attacked what they called a spy headquarters near the U.S. consulate in Erbil on Monday.",
        [],
    ),
    (
        "a reference to an undated attack is no event",
        "U.S. jets struck a militia depot near Qaim on Thursday. "
        "The raid was a response to a separate rocket attack on U.S. forces near Erbil airport which left one contractor dead.",
        [],
    ),
]


def test_cases(brief_of) -> None:
    assert [(name, brief_of(text, FIELDS)) for name, text, _ in CASES] == [(name, want) for name, _, want in CASES]
