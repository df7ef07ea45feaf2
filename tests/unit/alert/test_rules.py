"""Alert rules: event versions in, the whole alert list out."""

from __future__ import annotations

from dataclasses import replace

from agents.alert.rules import DEFAULT_RULES, RuleSettings, RuleState, observe
from streams.records import AttackEvent, SourceRef

ASAD, RUMALYN, ERBIL = "Ain al-Asad Air Base", "Rumalyn Landing Zone", "Erbil Air Base"


def event(eid: str, day: str, base: str | None, country: str | None, version: int = 1, **extra) -> AttackEvent:
    return AttackEvent(event_id=eid, version=version, base=base, country=country, event_date=day,
                       weapons=("rocket",), sources=(SourceRef(f"art-{eid}-{version}", "outlet", None, day),), **extra)


def run(events: list[AttackEvent], settings: RuleSettings = RuleSettings()) -> list[tuple]:
    state = RuleState()
    fired = []
    for e in events:
        state, alerts = observe(state, e, settings)
        state = RuleState.from_dict(state.to_dict())  # what the table stores and gives back
        fired += [(a.alert_id, a.version, a.severity, dict(a.counts)) for a in alerts]
    return fired


def test_pause_end_region_wide_only_once_per_pause() -> None:
    fired = run([
        event("a", "2024-01-01", ASAD, "Iraq"),
        event("b", "2024-02-15", ASAD, "Iraq"),      # 45 quiet days: the region pause ends
        event("c", "2024-02-15", RUMALYN, "Syria"),  # same day: the same pause, no new alert
        event("d", "2024-02-20", ASAD, "Iraq"),      # 5 days later: no pause
    ])
    assert fired == [("pause_end:region:2024-01-01", 1, "high", {"pause_days": 45})]


def test_base_pause_while_region_is_active() -> None:
    fired = run([
        event("a", "2024-01-01", ASAD, "Iraq"),
        event("b", "2024-01-20", RUMALYN, "Syria"),
        event("c", "2024-02-10", ASAD, "Iraq"),  # region gap 21 days, Ain al-Asad gap 40 days
    ])
    assert fired == [(f"pause_end:base:{ASAD}:2024-01-01", 1, "high", {"pause_days": 40})]


def test_late_report_moves_the_pause_end_as_an_update() -> None:
    fired = run([
        event("a", "2023-10-31", ASAD, "Iraq"),
        event("b", "2024-04-22", RUMALYN, "Syria"),
        event("b", "2024-04-21", RUMALYN, "Syria", version=2),  # another outlet dates it a day earlier
    ])
    assert fired == [
        ("pause_end:region:2023-10-31", 1, "high", {"pause_days": 174}),
        ("pause_end:region:2023-10-31", 2, "high", {"pause_days": 173}),
    ]


def test_casualties_severity_and_updates() -> None:
    fired = run([
        event("a", "2024-08-05", ASAD, "Iraq", injured=5),
        event("a", "2024-08-05", ASAD, "Iraq", version=2, injured=5),  # a new source, same toll: nothing new
        event("a", "2024-08-05", ASAD, "Iraq", version=3, injured=7),
        event("t", "2024-01-28", "Tower 22", "Jordan", killed=3, injured=34),
    ])
    assert fired == [
        ("casualties:event:a", 1, "high", {"killed": 0, "injured": 5}),
        ("casualties:event:a", 2, "high", {"killed": 0, "injured": 7}),
        ("pause_end:region:2024-01-28", 1, "high", {"pause_days": 190}),  # Tower 22 was before a quiet
        ("casualties:event:t", 1, "critical", {"killed": 3, "injured": 34}),
    ]


def test_redelivered_event_fires_nothing_twice() -> None:
    e = event("a", "2024-08-05", ASAD, "Iraq", killed=1)
    assert run([event("z", "2024-06-01", ASAD, "Iraq"), e, e]) == [
        ("pause_end:region:2024-06-01", 1, "high", {"pause_days": 65}),
        ("casualties:event:a", 1, "critical", {"killed": 1, "injured": 0}),
    ]


def test_pause_threshold_is_a_setting() -> None:
    events = [event("a", "2024-01-01", ASAD, "Iraq"), event("b", "2024-01-11", ASAD, "Iraq")]
    ten = replace(DEFAULT_RULES, pause_end=replace(DEFAULT_RULES.pause_end, days=10))
    assert (run(events), len(run(events, ten))) == ([], 1)


def test_counters_from_rule_state_use_the_event_clock() -> None:
    state = RuleState()
    for e in [event("a", "2024-01-01", ASAD, "Iraq"), event("b", "2024-01-05", RUMALYN, "Syria")]:
        state, _ = observe(state, e)
    table = state.counters()
    assert {k: (v.counts["7d"], v.days_since_last) for k, v in table.items()} == {
        "region": (2, 0), "country:Iraq": (1, 4), "country:Syria": (1, 0),
        f"base:{ASAD}": (1, 4), f"base:{RUMALYN}": (1, 0),
    }


def test_base_pause_inhibited_by_a_region_pause_ending_the_day_before() -> None:
    fired = run([
        event("a", "2023-10-31", ASAD, "Iraq"),
        event("b", "2024-04-21", RUMALYN, "Syria"),
        event("c", "2024-04-22", ASAD, "Iraq"),  # Ain al-Asad quiet 174 days, but the region alert covers it
        event("d", "2024-06-01", ASAD, "Iraq"),  # 40 days at the base, 40 in the region: the region alert only
    ])
    assert [a[0] for a in fired] == ["pause_end:region:2023-10-31", "pause_end:region:2024-04-22"]


def test_an_earlier_attack_arriving_late_reveals_the_pause_a_known_attack_ended() -> None:
    fired = run([
        event("b", "2023-10-31", ASAD, "Iraq"),      # the first attack known: no pause to end yet
        event("a", "2022-01-05", ASAD, "Iraq"),      # a late report of the attack before the quiet
        event("c", "2023-10-30", RUMALYN, "Syria"),  # an even earlier end of the same pause: an update
    ])
    assert fired == [
        ("pause_end:region:2022-01-05", 1, "high", {"pause_days": 664}),
        ("pause_end:region:2022-01-05", 2, "high", {"pause_days": 663}),
    ]


def test_a_late_report_inside_an_alerted_quiet_withdraws_the_pause_alert() -> None:
    stream = [
        event("a", "2024-01-01", ASAD, "Iraq"),
        event("c", "2024-03-01", RUMALYN, "Syria"),  # 60 quiet days: the region pause ends
        event("b", "2024-01-20", ASAD, "Iraq"),      # late: the quiet was 19 days, then 41
        event("d", "2024-01-10", ERBIL, "Iraq"),     # later still: the withdrawn alert stays withdrawn
    ]
    state, fired = RuleState(), []
    for e in stream:
        state, alerts = observe(state, e)
        fired += [(a.alert_id, a.version, a.severity, a.withdrawn, a.event_date) for a in alerts]
    assert fired == [
        ("pause_end:region:2024-01-01", 1, "high", False, "2024-03-01"),
        ("pause_end:region:2024-01-01", 2, "info", True, "2024-01-20"),
        ("pause_end:region:2024-01-20", 1, "high", False, "2024-03-01"),
    ]
