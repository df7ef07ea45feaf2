"""Reporting patterns of a twenty-fourth round: an airport told by the city that describes it ("the airport in
Iraq's capital, Baghdad"), a claim by a group named only in the sentence after, an unnamed base said to be in
another province than the base named the same day, an embedded post's date, a place identified as another base,
the rounds told again where they fell, a corrected weapon, a holiday's date, a victim told by rank and name, and
an earlier attack told as "the second time in two days".

Every sentence here is written for these tests.
"""

from __future__ import annotations

from datetime import date

from agents.classify.pauses import find_pause

# What each row of the table gives for every event.
FIELDS = ("base", "country", "event_date", "weapons", "munitions", "killed", "injured", "claimed_by")

CASES = [
    (
        "'the airport in Iraq's capital, Baghdad' is the Baghdad airport's base",
        "A drone struck the airport in Iraq's capital, Baghdad, early on Monday, where U.S. troops keep a logistics "
        "hub, two security officials said.",
        "2026-03-10",
        [("Victory Base Complex", "Iraq", "2026-03-09", ["drone"], 1, None, None, None)],
    ),
    (
        "'the airport of Baghdad'",
        "Two rockets landed inside the airport of Baghdad on Saturday night, near a compound used by U.S. forces.",
        "2021-01-10",
        [("Victory Base Complex", "Iraq", "2021-01-09", ["rocket"], 2, None, None, None)],
    ),
    (
        "'the airport in Iraq's northern city of Erbil'",
        "Explosive-laden drones targeted the airport in Iraq's northern city of Erbil on Friday, which hosts "
        "coalition troops, without causing casualties.",
        "2023-11-11",
        [("Erbil Air Base", "Iraq", "2023-11-10", ["drone"], None, 0, 0, None)],
    ),
    (
        "the airport of a capital the text does not name names no base",
        "A drone struck the airport in the Iraqi capital on Monday, where U.S. troops are based.",
        "2026-03-10",
        [(None, "Iraq", "2026-03-09", ["drone"], 1, None, None, None)],
    ),
    (
        "a group named only after its claim: 'The group, X, ...'",
        "An Iraqi militia claimed responsibility for a drone attack on the U.S. Victory base on Monday. The group, "
        "Saraya Awliya al-Dam, is one of several factions aligned with Tehran.",
        "2026-03-10",
        [("Victory Base Complex", "Iraq", "2026-03-09", ["drone"], None, None, None, "Saraya Awliya al-Dam")],
    ),
    (
        "a claim in a sentence of its own, the group named after it 'known as'",
        "A drone hit the U.S. Victory base on Monday. A little-known militia claimed responsibility. The militia, "
        "known as Saraya Awliya al-Dam, said it would strike again.",
        "2026-03-10",
        [("Victory Base Complex", "Iraq", "2026-03-09", ["drone"], 1, None, None, "Saraya Awliya al-Dam")],
    ),
    (
        "the group named after the claim denies it: no claimant",
        "A drone hit the U.S. Victory base on Monday. A little-known militia claimed responsibility. The militia, "
        "Kataib Hezbollah, denied any role.",
        "2026-03-10",
        [("Victory Base Complex", "Iraq", "2026-03-09", ["drone"], 1, None, None, None)],
    ),
    (
        "no claim before: a group named after is no claimant",
        "A drone hit the U.S. Victory base on Monday. The group, Kataib Hezbollah, has threatened more attacks.",
        "2026-03-10",
        [("Victory Base Complex", "Iraq", "2026-03-09", ["drone"], 1, None, None, None)],
    ),
    (
        "a U.S. base 'in Erbil' is another attack than Baghdad airport's the same day",
        "A drone struck the U.S. base near the airport of Baghdad on Wednesday. A militia also claimed a drone attack "
        "on a U.S. base in Erbil the same day.",
        "2026-03-04",
        [
            ("Victory Base Complex", "Iraq", "2026-03-04", ["drone"], 1, None, None, None),
            (None, "Iraq", "2026-03-04", ["drone"], None, None, None, None),
        ],
    ),
    (
        "a base measured from Baghdad ('north of Baghdad') may be the base named later",
        "Rockets struck a base housing U.S. contractors north of Baghdad on Monday. Balad Air Base was hit by "
        "two rockets, officials said.",
        "2021-04-20",
        [("Balad Air Base", "Iraq", "2021-04-19", ["rocket"], 2, None, None, None)],
    ),
    (
        "an embedded post's date is the day it was posted, not the attack's",
        "Rockets landed near Green Village in Deir ez-Zor on Monday, the coalition said.\nRocket fire at Green Village "
        "condemned pic.twitter.com/abc123 — Coalition (@CoalitionPress) August 16, 2022\nThere were no casualties.",
        "2022-08-16",
        [("Green Village", "Syria", "2022-08-15", ["rocket"], None, 0, 0, None)],
    ),
    (
        "'U.S. servicemen' are U.S. forces",
        "Three U.S. servicemen were killed in a drone strike in Jordan on Sunday.",
        "2024-01-29",
        [(None, "Jordan", "2024-01-28", ["drone"], None, 3, None, None)],
    ),
    (
        "a place 'at a base later identified as Tower 22' is that base's place",
        "The drone hit in Rukban, close to the Syrian border, at a base later identified as Tower 22, on Sunday.",
        "2024-01-29",
        [("Tower 22", "Jordan", "2024-01-28", ["drone"], 1, None, None, None)],
    ),
    (
        "'Both rockets landed north of the Union III base': where the rounds told came down",
        "Two rockets were fired at the US embassy in Baghdad on Saturday. Both rockets landed north of the Union III "
        "base, a source said. There were no casualties.",
        "2021-12-20",
        [("U.S. Embassy Baghdad", "Iraq", "2021-12-18", ["rocket"], 2, 0, 0, None)],
    ),
    (
        "a strike the U.S. says it did not carry out is no attack",
        "The US military said it did not carry out an air strike on a rocket launcher on Monday near Ain al-Asad air "
        "base, which hosts US forces.",
        "2024-01-11",
        [],
    ),
    (
        "a headline's 'military complex housing' U.S. forces",
        "Rockets hit Iraq military complex housing US forces",
        "2019-12-10",
        [(None, "Iraq", "2019-12-10", ["rocket"], None, None, None, None)],
    ),
    (
        "'Three rockets strike US base': a plural noun's verb, counted",
        "Three rockets strike US base in eastern Syria",
        "2024-01-26",
        [(None, "Syria", "2024-01-26", ["rocket"], 3, None, None, None)],
    ),
    (
        "'the second time in two days ..., after X was targeted late on Thursday' tells that earlier attack",
        "Saturday's salvo marked the second time in two days that US bases were hit, after Ain al-Asad air base was "
        "targeted late on Thursday. The air base was struck by a drone and four rockets, sources said.",
        "2024-07-28",
        [("Ain al-Asad Air Base", "Iraq", "2024-07-25", ["drone", "rocket"], 5, None, None, None)],
    ),
    (
        "'the largest attack of its kind so far' is a superlative, not a tally",
        "At least seven mortar rounds hit the US embassy in Baghdad early on Friday in what looked like the largest "
        "attack of its kind so far.",
        "2023-12-09",
        [("U.S. Embassy Baghdad", "Iraq", "2023-12-08", ["mortar"], 7, None, None, None)],
    ),
    (
        "a weapon first reported and then corrected is not the attack's",
        "Mortar rounds hit the US embassy in Baghdad on Friday. Officials first reported the blasts as rockets, but "
        "they later found that mortar fire was responsible.",
        "2023-12-09",
        [("U.S. Embassy Baghdad", "Iraq", "2023-12-08", ["mortar"], None, None, None, None)],
    ),
    (
        "a Christmas Day attack told a week on, its one victim named by rank, claimed in a campaign's sentence",
        "On Christmas Day, U.S. soldier and Army pilot, Jane Doe, was critically injured in a drone attack at Erbil Air Base. "
        "The attack was one of dozens of similar incidents since October, with this particular raid claimed by "
        "the Iranian-backed militia Kataib Hezbollah.",
        "2024-01-03",
        [("Erbil Air Base", "Iraq", "2023-12-25", ["drone"], None, None, 1, "Kataib Hezbollah")],
    ),
    (
        "'no confirmed casualties'",
        "Rockets struck Green Village on Tuesday. There are no confirmed casualties or injuries.",
        "2024-01-26",
        [("Green Village", "Syria", "2024-01-23", ["rocket"], None, 0, 0, None)],
    ),
    (
        "a base told by the embassy it stands near is not the embassy",
        "Rockets hit an Iraqi base hosting American troops near the US embassy early on Sunday. That base, known as "
        "Union III, is the headquarters of the coalition.",
        "2020-01-26",
        [("Union III", "Iraq", "2020-01-26", ["rocket"], None, None, None, None)],
    ),
    (
        "'three days after a similar attack on the base killed ...' tells that attack",
        "Several rockets were fired at the Taji base on Saturday, officials said. It came three days after a similar "
        "attack on the base killed two American military personnel and a British soldier.",
        "2020-03-14",
        [
            ("Camp Taji", "Iraq", "2020-03-11", ["unknown"], None, 3, None, None),
            ("Camp Taji", "Iraq", "2020-03-14", ["rocket"], None, None, None, None),
        ],
    ),
    (
        "a headline's victim after its verb: 'kills US military contractor'",
        "Rocket attack on Erbil air base kills US military contractor",
        "2021-02-16",
        [("Erbil Air Base", "Iraq", "2021-02-16", ["rocket"], None, 1, None, None)],
    ),
    (
        "forces 'were ambushed'",
        "A patrol outing near Palmyra turned deadly on Saturday when U.S. forces were ambushed. Two U.S. soldiers were "
        "killed and three were wounded.",
        "2025-12-14",
        [(None, "Syria", "2025-12-13", ["unknown"], None, 2, 3, None)],
    ),
    (
        "one soldier, the story's one country",
        "Smoke rose over Erbil after the city was shelled. An American soldier was wounded in the attack, a coalition "
        "spokesman said.",
        "2021-02-16",
        [(None, "Iraq", "2021-02-16", ["unknown"], None, None, 1, None)],
    ),
]


def test_cases(rows_of) -> None:
    assert rows_of(CASES, FIELDS) == [(name, want) for name, *_, want in CASES]


def test_a_claimed_first_since_the_beginning_of_a_month() -> None:
    text = ("These are the first attacks on U.S. bases in Iraq and Syria claimed by the Islamic Resistance in Iraq "
            "since the beginning of February, when the group paused its operations.")
    since, _ = find_pause(text, date(2024, 7, 30))
    assert since == date(2024, 2, 1)


def test_a_sentence_end_is_no_part_of_the_ordinal_cue() -> None:
    _, phrase = find_pause("It was the first such attack in months. It is the first on troops in Syria since mid-April.",
                           date(2024, 7, 30))
    assert phrase == "the first on troops in Syria since mid-April"
