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
