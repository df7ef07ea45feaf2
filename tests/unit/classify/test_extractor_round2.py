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


def test_pause_of_the_first_apparent_attack_since_a_month() -> None:
    since, phrase = find_pause("It was also the first apparent attack since September, according to the AP.", date(2019, 5, 19))
    assert (since, phrase) == (date(2018, 9, 1), "the first apparent attack since September")


def test_us_casualty_line_after_a_counter_strike_belongs_to_the_attack() -> None:
    text = ("Several rockets were launched late Monday at a base in eastern Syria that houses coalition troops. "
            "A U.S. jet then struck the launch site in self-defense, officials said. "
            "No American service members were injured, a defense official said.")
    events = _run(text)["events"]
    assert len(events) == 1
    assert events[0]["injured"] == 0


def test_day_count_told_as_times_with_per_country_bases_and_a_follow_on_clause() -> None:
    text = ("American troops in Iraq and Syria were attacked four times on Tuesday, a defense official said, "
            "without causing casualties.\n"
            "Two bases in eastern Syria were struck by rockets, the official said. "
            "In Iraq, two drones were launched at Ain al-Asad air base and another at a base housing U.S. troops near "
            "Erbil International Airport.")
    events = _run(text, published="2024-01-10")["events"]
    assert sorted((e["base"] or "", e["country"]) for e in events) == [
        ("", "Syria"), ("", "Syria"), ("Ain al-Asad Air Base", "Iraq"), ("Erbil Air Base", "Iraq")]
    assert {e["event_date"] for e in events} == {"2024-01-09"}
    assert all(e["killed"] == 0 and e["injured"] == 0 for e in events)


def test_attacks_on_bases_in_one_country_pad_that_country() -> None:
    text = ("There were four more attacks on coalition forces on Wednesday: a drone attack on Ain al-Asad air base "
            "and attacks on three bases in Syria. None caused damage or casualties, an official said.")
    events = _run(text, published="2024-01-11")["events"]
    assert sorted(e["country"] for e in events) == ["Iraq", "Syria", "Syria", "Syria"]
    assert all(e["killed"] == 0 for e in events)


def test_first_attack_since_appositive_does_not_make_the_attack_background() -> None:
    text = ("Three rockets were fired at the U.S. embassy in Baghdad on Friday, the first attack on the compound "
            "since the war began. There were no casualties, an embassy official said.")
    events = _run(text, published="2024-01-13")["events"]
    assert [(e["base"], e["killed"], e["injured"]) for e in events] == [("U.S. Embassy Baghdad", 0, 0)]


def test_earlier_attack_on_the_same_base_told_in_passing_with_its_day() -> None:
    text = ("A rocket slammed into Ain al-Asad air base on Thursday morning, hours after a drone had been "
            "launched at the same base late on Wednesday, Iraqi officials said.")
    events = _run(text, published="2024-01-12")["events"]
    assert [(e["base"], e["event_date"]) for e in events] == [
        ("Ain al-Asad Air Base", "2024-01-10"), ("Ain al-Asad Air Base", "2024-01-11")]


def test_earlier_attack_on_the_base_in_focus_without_injuries() -> None:
    text = ("Eight rockets struck Harir air base on Friday, a coalition spokesman said. "
            "The strike came two days after two drones hit the base on Wednesday without causing injuries.")
    events = _run(text, published="2024-01-13")["events"]
    assert [(e["event_date"], e["injured"]) for e in events] == [("2024-01-10", 0), ("2024-01-12", None)]


def test_pause_since_a_truce_in_a_month() -> None:
    for text in ("The attack is the third on U.S. military and diplomatic sites since an October truce.",
                 "It was the third attack on American sites since armed factions declared a truce in October."):
        since, phrase = find_pause(text, date(2020, 12, 20))
        assert (since, phrase.startswith("the third")) == (date(2020, 10, 1), True), text
