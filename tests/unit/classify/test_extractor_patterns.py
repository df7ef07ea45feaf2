"""Reporting patterns the extractor must read right: defences and comparisons that name
weapons, background tallies and habits, and references back to older attacks.

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest

from agents.classify.core import extract
from agents.classify.weapons import find_weapons
from streams.records import Article


def _run(text: str, published: str = "2024-04-23", title: str = "") -> dict:
    output = extract(Article.create(title=title, text=text, published=published)).to_contract()
    output.pop("id")
    return output


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The compound's counter-rocket battery brought down both drones.", {"drone"}),
        ("A C-RAM system engaged an incoming drone.", {"drone"}),
        ("Anti-drone guns fired as the rockets came in.", {"rocket"}),
        ("Militias favour drones because they are cheaper than missiles.", {"drone"}),
        ("They used mortars instead of rockets this time.", {"mortar"}),
    ],
)
def test_defences_and_comparisons_name_no_weapon(text: str, expected: set[str]) -> None:
    assert find_weapons(text) == expected


def test_ballistic_missiles_named_once_make_every_missile_ballistic() -> None:
    text = ("Iran launched ballistic missiles at Ain al-Asad air base early on Monday. "
            "The missiles struck the base, and no one was killed.")
    events = _run(text)["events"]
    assert [e["weapons"] for e in events] == [["ballistic_missile"]]


@pytest.mark.parametrize(
    "text",
    [
        # a retrospective: the month is named without a day
        "Iran's missile barrage on al-Asad Air Base last January still shapes how troops are screened.",
        # a cumulative tally
        "Forty U.S. personnel have been hurt in those attacks, most of them mildly, an official said on Monday.",
        # habit, not a new attack
        "For more than four months, militias fired at U.S. troops almost daily.",
        # a history of claims
        "The faction has claimed several recent attacks on Harir air base.",
        # an attribution of an earlier attack
        "Washington blamed the militia for the recent attack on U.S. troops in Jordan.",
        # a halt
        "The group said on Monday it had stopped firing at U.S. forces in Iraq.",
    ],
)
def test_background_is_not_news(text: str) -> None:
    assert _run(text)["is_attack_report"] is False


def test_unnamed_base_tied_to_the_coalition_by_of() -> None:
    text = ("Four rockets were fired toward a base of the U.S.-led coalition in eastern Syria late Sunday, "
            "security sources said.")
    events = _run(text)["events"]
    assert [(e["base"], e["country"], e["event_date"], e["munitions"]) for e in events] == [
        (None, "Syria", "2024-04-21", 4)
    ]


def test_second_noun_phrase_can_be_the_us_base() -> None:
    text = "A drone hit a storage hangar on a coalition base near Hasakah in Syria on Monday, officials said."
    events = _run(text)["events"]
    assert [(e["base"], e["country"]) for e in events] == [(None, "Syria")]


def test_convoy_bombing_claim() -> None:
    text = ("A little-known faction claimed a bombing against a convoy carrying equipment for U.S. forces "
            "in Babil province on Monday.")
    events = _run(text)["events"]
    assert [(e["country"], e["weapons"]) for e in events] == [("Iraq", ["ied"])]


def test_death_toll_and_number_of_wounded() -> None:
    text = ("The death toll from Saturday's drone attack on U.S. troops stands at two, and the number of "
            "wounded has risen to 19, officials said. They were killed at Tower 22 in Jordan.")
    events = _run(text)["events"]
    assert [(e["base"], e["event_date"], e["killed"], e["injured"]) for e in events] == [
        ("Tower 22", "2024-04-20", 2, 19)
    ]


def test_group_saying_it_was_behind_the_attack_is_a_claim() -> None:
    text = ("Two rockets hit al-Tanf garrison on Monday. "
            "Kataib Hezbollah said it was behind the strike.")
    assert [e["claimed_by"] for e in _run(text)["events"]] == ["Kataib Hezbollah"]


def test_none_caused_casualties() -> None:
    text = "Drones targeted Ain al-Asad air base on Monday. None caused casualties, the official said."
    assert [(e["killed"], e["injured"]) for e in _run(text)["events"]] == [(0, 0)]


def test_rukban_listed_among_bases_is_the_rukban_site() -> None:
    text = ("The Islamic Resistance in Iraq said on Monday it had struck three bases with drones: "
            "al-Shaddadi, al-Rukban and al-Tanf.")
    bases = sorted(e["base"] for e in _run(text)["events"])
    assert bases == ["Al-Tanf Garrison", "Rukban site", "Shaddadi"]


@pytest.mark.parametrize(
    "text",
    [
        "A drone struck Tower 22, a small outpost in Rukban, on Sunday, officials said.",
        "A drone struck Tower 22 near the Rukban camp on Sunday, officials said.",
    ],
)
def test_rukban_as_a_locator_of_tower_22_is_not_a_second_target(text: str) -> None:
    assert [e["base"] for e in _run(text, published="2024-01-29")["events"]] == ["Tower 22"]


def test_rmelan_base_phrases_name_the_landing_zone() -> None:
    text = "Rockets were fired at the Rmeilan airfield in Hasakah on Monday, a monitor said."
    assert [e["base"] for e in _run(text)["events"]] == ["Rumalyn Landing Zone"]


def test_casualty_update_for_an_older_dated_attack_is_news() -> None:
    text = ("Twenty U.S. service members were diagnosed with concussions after the April 2 rocket strike "
            "on Ain al-Asad air base, a Pentagon spokesman said on Monday.")
    events = _run(text)["events"]
    assert [(e["base"], e["event_date"], e["injured"]) for e in events] == [
        ("Ain al-Asad Air Base", "2024-04-02", 20)
    ]


def test_old_dated_attack_without_new_figures_stays_background() -> None:
    text = "The April 2 rocket strike on Ain al-Asad air base was discussed in Baghdad on Monday."
    assert _run(text)["is_attack_report"] is False
