"""Whole articles in, whole contract out: attacks, near-misses, dates and pause cues.

Every text here is written for these tests, modelled on how wire services,
Pentagon statements and militia claims phrase such reports.
"""

from __future__ import annotations

import pytest

from agents.classify.core import extract
from streams.records import Article


def _run(text: str, published: str | None = "2024-04-23", title: str = "") -> dict:
    output = extract(Article.create(title=title, text=text, published=published)).to_contract()
    output.pop("id")
    return output


def _event(base, country, day, weapons, munitions=None, killed=None, injured=None, claimed_by=None):
    return {"base": base, "country": country, "event_date": day, "weapons": weapons, "munitions": munitions,
            "killed": killed, "injured": injured, "claimed_by": claimed_by}


def _report(*events, pause_since=None, pause_phrase=None):
    return {"is_attack_report": bool(events), "events": list(events), "pause_since": pause_since,
            "pause_phrase": pause_phrase}


NOTHING = _report()

# Published Tuesday 2024-04-23 unless stated.
ARTICLES = [
    (
        "weekday and count",
        "Three rockets struck Ain al-Asad air base on Sunday, a U.S. official said. No one was hurt.",
        _report(_event("Ain al-Asad Air Base", "Iraq", "2024-04-21", ["rocket"], 3, None, 0)),
    ),
    (
        "yesterday, drone, claim",
        "A drone targeted U.S. forces at Erbil airport yesterday. The Islamic Resistance in Iraq claimed the "
        "attack in a statement. There were no casualties.",
        _report(_event("Erbil Air Base", "Iraq", "2024-04-22", ["drone"], 1, 0, 0, "Islamic Resistance in Iraq")),
    ),
    (
        "unnamed base with country",
        "Rockets were fired late Sunday toward a base in eastern Syria that hosts coalition troops, the coalition said.",
        _report(_event(None, "Syria", "2024-04-21", ["rocket"])),
    ),
    (
        "two places, two clauses",
        "On Monday a drone was shot down near al-Tanf, while two rockets hit the Conoco gas field base.",
        _report(
            _event("Al-Tanf Garrison", "Syria", "2024-04-22", ["drone"], 1),
            _event("Mission Support Site Euphrates", "Syria", "2024-04-22", ["rocket"], 2),
        ),
    ),
    (
        "same base, two days",
        "Ain al-Asad came under rocket fire on Sunday. Two drones then targeted Ain al-Asad on Monday.",
        _report(
            _event("Ain al-Asad Air Base", "Iraq", "2024-04-21", ["rocket"]),
            _event("Ain al-Asad Air Base", "Iraq", "2024-04-22", ["drone"], 2),
        ),
    ),
    (
        "other bases counted",
        "A drone hit Harir air base on Monday. Two other bases were also attacked, the official said.",
        _report(
            _event("Harir Air Base", "Iraq", "2024-04-22", ["drone"], 1),
            _event(None, None, "2024-04-22", ["unknown"]),
            _event(None, None, "2024-04-22", ["unknown"]),
        ),
    ),
    (
        "no date stated",
        "A rocket attack targeted U.S. troops at Shaddadi in northeast Syria, officials said.",
        _report(_event("Shaddadi", "Syria", "2024-04-23", ["rocket"])),
    ),
    (
        "denial is not a claim",
        "Drones attacked Tal Baidar on Monday. Kataib Hezbollah denied involvement in the attack.",
        _report(_event("Tal Baidar", "Syria", "2024-04-22", ["drone"])),
    ),
    (
        "pause since a day",
        "Rockets hit Ain al-Asad on Monday, the first attack on U.S. forces since February 4.",
        _report(_event("Ain al-Asad Air Base", "Iraq", "2024-04-22", ["rocket"]), pause_since="2024-02-04",
                pause_phrase="the first attack on U.S. forces since February 4"),
    ),
    (
        "pause as a duration",
        "Two rockets landed inside al-Tanf garrison on Monday after a more than two-month lull.",
        _report(_event("Al-Tanf Garrison", "Syria", "2024-04-22", ["rocket"], 2), pause_since="2024-02-23",
                pause_phrase="after a more than two-month lull"),
    ),
    # Near-misses: nothing here is a new attack on U.S. forces.
    (
        "U.S. strike",
        "U.S. forces carried out a defensive strike in Babil province on Tuesday against fighters preparing drones.",
        NOTHING,
    ),
    (
        "U.S. airstrikes on a militia",
        "American jets conducted airstrikes on Kataib Hezbollah facilities near al-Qaim on Friday.",
        NOTHING,
    ),
    (
        "PMF base explosion",
        "An explosion hit a Popular Mobilization Forces base south of Baghdad on Saturday, killing one fighter.",
        NOTHING,
    ),
    (
        "shipping",
        "Houthi forces fired two anti-ship missiles at a tanker in the Red Sea on Monday.",
        NOTHING,
    ),
    (
        "Israeli strike",
        "An Israeli strike hit a weapons depot near Damascus on Sunday, according to a war monitor.",
        NOTHING,
    ),
    (
        "withdrawal talks",
        "Iraqi and U.S. officials met in Washington on Monday to discuss a timetable for coalition troops to leave.",
        NOTHING,
    ),
    (
        "aggregate tally",
        "U.S. forces have been attacked at least 150 times in Iraq and Syria since mid-October, the Pentagon said.",
        NOTHING,
    ),
    (
        "habitual target",
        "Ain al-Asad, in Anbar province, has been a frequent target of rocket attacks by Iran-backed militias.",
        NOTHING,
    ),
    (
        "vaguely dated history",
        "In late January a drone attack at Tower 22 in Jordan killed three U.S. soldiers.",
        NOTHING,
    ),
    (
        "threat",
        "The militia threatened to target U.S. bases with missiles and drones if Washington intervened.",
        NOTHING,
    ),
    (
        "casualties named per base",
        "Drones hit Harir air base and the Tell Beydar base on Sunday, the Pentagon said. One service member "
        "suffered a minor injury at Tell Beydar, and there were no casualties at Harir.",
        _report(_event("Harir Air Base", "Iraq", "2024-04-21", ["drone"], None, 0, 0),
                _event("Tal Baidar", "Syria", "2024-04-21", ["drone"], None, None, 1)),
    ),
    (
        "zero for one of two attacks",
        "Two drones were shot down near Ain al-Asad on Monday, a day after a rocket hit Baghdad airport on "
        "Sunday. There were no injuries at Ain al-Asad.",
        _report(_event("Victory Base Complex", "Iraq", "2024-04-21", ["rocket"], 1),
                _event("Ain al-Asad Air Base", "Iraq", "2024-04-22", ["drone"], 2, None, 0)),
    ),
    (
        "a lead that names no base joins the base named next",
        "Drones targeted the U.S. base in Iraq's Kurdistan region on Sunday. The attack on Harir air base left "
        "no one hurt, officials said.",
        _report(_event("Harir Air Base", "Iraq", "2024-04-21", ["drone"], None, None, 0)),
    ),
    (
        "its forces, once the coalition is named",
        "The coalition said its forces in western Iraq were targeted by two drones on Sunday.",
        _report(_event(None, "Iraq", "2024-04-21", ["drone"], 2)),
    ),
    (
        "weapon fire on a base",
        "On Sunday evening the coalition reported heavy rocket fire on Ain al-Asad air base.",
        _report(_event("Ain al-Asad Air Base", "Iraq", "2024-04-21", ["rocket"])),
    ),
    (
        "a superlative is not a tally",
        "In their single largest attack to date, the militias launched ten rockets at U.S. troops at Ain al-Asad "
        "on Sunday.",
        _report(_event("Ain al-Asad Air Base", "Iraq", "2024-04-21", ["rocket"], 10)),
    ),
    (
        "list lines of a tally",
        "The monitor counted the attacks since October.\n* Two attacks on Tal Baidar base.\n* One attack on "
        "Qasrak base.",
        NOTHING,
    ),
    (
        "list lines of a tally by base",
        "The monitor has logged 126 attacks on coalition bases in Syria since October 19:\n* Al-Shaddadi base: "
        "16 attacks\n* Tel Baydar base: two attacks\n* Qasrak base: one attack",
        NOTHING,
    ),
    (
        "the group claimed, named the sentence before",
        "Kataib Hezbollah is one of the strongest militias in Iraq. The group claimed a drone attack that hit U.S. "
        "forces at Erbil air base on Sunday.",
        _report(_event("Erbil Air Base", "Iraq", "2024-04-21", ["drone"], claimed_by="Kataib Hezbollah")),
    ),
    (
        "a base attacked twice",
        "Al-Shaddadi base was attacked twice on Sunday, a monitor said; neither attack caused casualties.",
        _report(_event("Shaddadi", "Syria", "2024-04-21", ["unknown"], None, 0, 0),
                _event("Shaddadi", "Syria", "2024-04-21", ["unknown"], None, 0, 0)),
    ),
    (
        "U.S. personnel as the victims of the attack",
        "Several U.S. personnel suffered minor injuries in a drone attack on Sunday in Syria, the Pentagon said.",
        _report(_event(None, "Syria", "2024-04-21", ["drone"])),
    ),
    (
        "an attack that injured U.S. troops",
        "An attack on Sunday injured three US troops in Iraq, officials said.",
        _report(_event(None, "Iraq", "2024-04-21", ["unknown"], None, None, 3)),
    ),
    (
        "the attack a strike responds to",
        "The strikes were a response to the drone attack that killed three American soldiers in Jordan.",
        NOTHING,
    ),
    (
        "a written date over the day of the statement",
        "The coalition spokesman wrote today, Tuesday, that drones attacked Erbil Air Base at 11:43 pm on April 22.",
        _report(_event("Erbil Air Base", "Iraq", "2024-04-22", ["drone"])),
    ),
    (
        "an undated attack some days before",
        "A drone struck Rumalyn Landing Zone on Sunday. The attack came just days after attackers targeted "
        "Ain al-Asad air base in Iraq.",
        _report(_event("Rumalyn Landing Zone", "Syria", "2024-04-21", ["drone"], 1)),
    ),
    (
        "the base named by a later statement",
        "Several U.S. personnel suffered minor injuries in a drone attack on Saturday in Syria. The Pentagon "
        "said Tuesday that personnel at Rumalyn Landing Zone were treated for smoke inhalation after the attack.",
        _report(_event("Rumalyn Landing Zone", "Syria", "2024-04-20", ["drone"])),
    ),
    (
        "the day of an 'after' clause is the earlier attack's",
        "A drone struck Rumalyn Landing Zone on Sunday. The strike at Rumalyn came after four U.S. troops and a "
        "contractor were injured in a rocket attack on April 18 at Ain al-Asad air base.",
        _report(_event("Ain al-Asad Air Base", "Iraq", "2024-04-18", ["rocket"], None, None, 5),
                _event("Rumalyn Landing Zone", "Syria", "2024-04-21", ["drone"], 1)),
    ),
    (
        "one attack's rounds hitting two places",
        "Two rockets hit the Victory base at Baghdad airport on Sunday. The rockets struck two different "
        "locations, a car park and an empty hangar.",
        _report(_event("Victory Base Complex", "Iraq", "2024-04-21", ["rocket"], 2)),
    ),
    (
        "troops hurt when a drone hit a base",
        "A number of American troops were slightly hurt when a one-way drone hit a base in northeastern Syria on "
        "Sunday, the Pentagon said.",
        _report(_event(None, "Syria", "2024-04-21", ["drone"], 1)),
    ),
    (
        "rocket fire come down on a base",
        "On Sunday evening the coalition said heavy rocket fire had come down on Camp Taji north of Baghdad, "
        "resulting in the deaths of three of its personnel.",
        _report(_event("Camp Taji", "Iraq", "2024-04-21", ["rocket"], None, 3)),
    ),
    (
        "an attack 'a day after' another",
        "Three rockets fell inside Camp Victory on Sunday. It came a day after a roadside bomb hit a convoy "
        "carrying supplies for the U.S.-led coalition south of Diwaniyah.",
        _report(_event(None, "Iraq", "2024-04-20", ["ied"]),
                _event("Victory Base Complex", "Iraq", "2024-04-21", ["rocket"], 3)),
    ),
    (
        "the base in focus attacked again on a day of its own",
        "A drone struck Harir air base on Monday. Harir has been hit repeatedly this month. On April 17 a "
        "broadcaster reported that a drone had struck it.",
        _report(_event("Harir Air Base", "Iraq", "2024-04-17", ["drone"], 1),
                _event("Harir Air Base", "Iraq", "2024-04-22", ["drone"], 1)),
    ),
    (
        "another attack at the base in focus",
        "Two drones attacked the coalition base at Erbil airport on Sunday. In another attack in the same area "
        "earlier in the day, a drone was shot down without exploding.",
        _report(_event("Erbil Air Base", "Iraq", "2024-04-21", ["drone"], 2),
                _event("Erbil Air Base", "Iraq", "2024-04-21", ["drone"], 1)),
    ),
    (
        "an attempted attack that was shot down",
        "A drone attempted to attack the U.S. base at Kharab al-Jir on Sunday, while air defences shot it down.",
        _report(_event("Kharab al-Jir", "Syria", "2024-04-21", ["drone"], 1)),
    ),
    (
        "an opening 'After ...' clause before a U.S. strike",
        "After a rocket attack on Camp Taji on Saturday that killed two coalition soldiers, the U.S. military "
        "carried out airstrikes on Sunday against Kataib Hezbollah.",
        _report(_event("Camp Taji", "Iraq", "2024-04-20", ["rocket"], None, 2)),
    ),
    (
        "no casualties, then the history",
        "A Katyusha rocket struck Ain al-Asad air base on Sunday. No damage or casualties were reported from the "
        "attack, the third since the anniversary of a U.S. airstrike that killed an Iranian general.",
        _report(_event("Ain al-Asad Air Base", "Iraq", "2024-04-21", ["rocket"], 1, 0, 0)),
    ),
    (
        "an air force base named after its town",
        "Unidentified assailants fired rockets at Qayyarah air force base, where U.S. forces are based, on Sunday.",
        _report(_event("Qayyarah Airfield West", "Iraq", "2024-04-21", ["rocket"])),
    ),
    (
        "drones approaching U.S. troops",
        "Two armed drones approaching U.S. troops in Iraq were shot down on Sunday.",
        _report(_event(None, "Iraq", "2024-04-21", ["drone"], 2)),
    ),
    (
        "an older attack with a written date",
        "Rockets hit Green Village on Sunday. The base was last targeted on 20 March, when three drones attacked "
        "Al-Tanf garrison.",
        _report(_event("Al-Tanf Garrison", "Syria", "2024-03-20", ["drone"], 3),
                _event("Green Village", "Syria", "2024-04-21", ["rocket"])),
    ),
    (
        "where attacks have fallen over the months",
        "Since October the assaults have focused on the Conoco gas plant and the al-Omar oil field base, the "
        "monitor said on Sunday.",
        NOTHING,
    ),
    (
        "several drone strikes repelled on one day",
        "On April 21, U.S.-led coalition forces repelled multiple drone strikes near the U.S. military base at "
        "At-Tanf in Syria.",
        _report(_event("Al-Tanf Garrison", "Syria", "2024-04-21", ["drone"])),
    ),
    (
        "the group held responsible for an older attack",
        "Kataib Hezbollah, responsible for the drone attack on the Jordanian-Syrian border that killed three US "
        "troops, has announced a suspension of its operations.",
        NOTHING,
    ),
    (
        "an earlier attack 'there' on a day of its own",
        "More than 30 rockets were fired at Camp Taji on Monday. It was the second attack this week on the base. "
        "On Saturday, rockets killed two American troops and one British soldier there.",
        _report(_event("Camp Taji", "Iraq", "2024-04-20", ["rocket"], None, 3),
                _event("Camp Taji", "Iraq", "2024-04-22", ["rocket"], 30)),
    ),
    (
        "the base in the town it is named after",
        "A U.S. base in Hasakah province came under missile attack on Sunday. No casualties were reported in the "
        "attack on the base in the town of Al-Shaddadi, local sources said.",
        _report(_event("Shaddadi", "Syria", "2024-04-21", ["missile"], None, 0, 0)),
    ),
    (
        "coalition dead at an unnamed base, named by the evacuation",
        "Three service personnel have been killed, including two Americans, when rockets were fired at a military "
        "base in Iraq on Sunday. Officials said five service members were wounded and evacuated from the Camp Taji "
        "base.",
        _report(_event("Camp Taji", "Iraq", "2024-04-21", ["rocket"], None, 3, 5)),
    ),
    (
        "figures for other fighting beside the attack",
        "Rockets hit the Conoco base on Sunday. Clashes broke out between local fighters afterwards. No immediate "
        "reports of casualties from these skirmishes have been confirmed.",
        _report(_event("Mission Support Site Euphrates", "Syria", "2024-04-21", ["rocket"])),
    ),
    (
        "a running total of deaths",
        "Rockets hit Ain al-Asad air base on Sunday. These attacks have resulted in the deaths of three American "
        "service members.",
        _report(_event("Ain al-Asad Air Base", "Iraq", "2024-04-21", ["rocket"])),
    ),
    (
        "a tally of one attack's rounds is not history",
        "A rocket struck the U.S. embassy in Baghdad on Sunday. Four rockets were fired in all; the rest fell "
        "in the river. One embassy staff member was lightly wounded.",
        # (the one that struck is one of the four: the attack's rounds are the four fired)
        _report(_event("U.S. Embassy Baghdad", "Iraq", "2024-04-21", ["rocket"], 4, None, 1)),
    ),
]


@pytest.mark.parametrize(("name", "text", "expected"), ARTICLES, ids=[a[0] for a in ARTICLES])
def test_article(name: str, text: str, expected: dict) -> None:
    assert _run(text) == expected


def test_no_publication_date_leaves_relative_days_open() -> None:
    assert _run("A drone struck Ain al-Asad on Monday.", published=None) == _report(
        _event("Ain al-Asad Air Base", "Iraq", None, ["drone"], 1)
    )


def test_absolute_date_without_publication_date() -> None:
    assert _run("A drone struck Ain al-Asad on March 3, 2024.", published=None) == _report(
        _event("Ain al-Asad Air Base", "Iraq", "2024-03-03", ["drone"], 1)
    )


def test_undated_headline_of_a_follow_up_joins_the_attack_the_body_dates() -> None:
    text = ("The Pentagon said on Tuesday that 40 service members are now known to have been injured in the "
            "April 14 drone strike on Tower 22 in Jordan. Three soldiers were killed in the attack.")
    assert _run(text, title="Injury count from Tower 22 attack rises to 40") == _report(
        _event("Tower 22", "Jordan", "2024-04-14", ["drone"], None, 3, 40)
    )


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        ("Rocket lands near Ain al-Asad, spokesman says Militias have kept up pressure near Baghdad airport "
         "BAGHDAD: One rocket came down outside a base.",
         ["Rocket lands near Ain al-Asad, spokesman says Militias have kept up pressure near Baghdad airport",
          "BAGHDAD: One rocket came down outside a base."]),
        ("WASHINGTON — Several U.S. troops were hurt.", ["WASHINGTON — Several U.S. troops were hurt."]),
        ("He told the IRGC: no.", ["He told the IRGC: no."]),
        # a full stop scraping left without its space
        ("Rockets hit the base on Thursday.It specified the targets.",
         ["Rockets hit the base on Thursday.", "It specified the targets."]),
        ("It happened on Friday.\"Our drones are ready,\" he said.",
         ["It happened on Friday.", "Our drones are ready,\" he said."]),
        ("The U.S.Army said so.", ["The U.S.Army said so."]),
    ],
)
def test_a_dateline_inside_scraped_text_starts_a_sentence(text: str, sentences: list[str]) -> None:
    from agents.classify.extractor import split_sentences

    assert [s.text for s in split_sentences(text)] == sentences
