"""More reporting patterns: pause cues dated by the event that began the quiet, earlier
attacks told in passing, per-country counts in roundups, and casualty lines.

Every sentence here is written for these tests.
"""

from __future__ import annotations

from datetime import date

from agents.classify.core import extract
from agents.classify.pauses import find_pause
from streams.records import Article


def _run(text: str, published: str = "2024-04-23", title: str = "") -> dict:
    output = extract(Article.create(title=title, text=text, published=published)).to_contract()
    output.pop("id")
    return output


def test_pause_dated_by_the_day_a_truce_took_effect() -> None:
    since, phrase = find_pause("This is the first strike the militia has claimed since the truce took effect on March 3.",
                               date(2024, 4, 2))
    assert since == date(2024, 3, 3)
    assert phrase.endswith("took effect on March 3")


def test_pause_dated_by_a_day_after_a_long_noun_phrase() -> None:
    since, _ = find_pause("They were the first attacks on sites housing American troops since Feb. 4.", date(2024, 4, 23))
    assert since == date(2024, 2, 4)


def test_us_casualty_line_after_a_counter_strike_belongs_to_the_attack() -> None:
    text = ("Several rockets were launched late Monday at a base in eastern Syria that houses coalition troops. "
            "A U.S. jet then struck the launch site in self-defense, officials said. "
            "No American service members were injured, a defense official said.")
    events = _run(text)["events"]
    assert len(events) == 1
    assert events[0]["injured"] == 0
