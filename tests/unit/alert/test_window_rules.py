"""Threshold, coordinated and escalation: events in, the whole list of (id, version, severity, counts) out."""

from __future__ import annotations

from datetime import date, timedelta

from agents.alert.config import Threshold
from agents.alert.testing import ASAD, ERBIL, RUMALYN, TANF, event, only, run

THRESHOLD, COORDINATED, ESCALATION = only("threshold"), only("coordinated"), only("escalation")
ASAD_7D = f"threshold:base:{ASAD}:7d"


def test_threshold_on_a_base_one_alert_per_burst() -> None:
    assert run([
        event("a", "2024-01-01", ASAD),
        event("b", "2024-01-03", ASAD),
        event("c", "2024-01-05", ASAD),   # 3 in 7 days: fires
        event("d", "2024-01-09", ASAD),   # b, c, d within 7 days: the burst goes on, 4 attacks
        event("e", "2024-01-20", ERBIL),  # another base
        event("f", "2024-02-01", ASAD),   # 23 quiet days at Ain al-Asad: the window has cleared
        event("g", "2024-02-02", ASAD),
        event("h", "2024-02-03", ASAD),   # a new burst, a new id
    ], THRESHOLD) == [
        (f"{ASAD_7D}:2024-01-01", 1, "high", {"attacks": 3, "window_peak": 3}),
        (f"{ASAD_7D}:2024-01-01", 2, "high", {"attacks": 4, "window_peak": 3}),
        (f"{ASAD_7D}:2024-02-01", 1, "high", {"attacks": 3, "window_peak": 3}),
    ]


def test_threshold_region_wide_within_24_hours() -> None:
    wave = [event(f"w{i}", "2024-03-01", base) for i, base in enumerate([ASAD, ERBIL, RUMALYN, TANF, None])]
    assert run(wave + [
        event("x", "2024-03-01", ASAD),   # a sixth that day: the same alert, updated
        event("y", "2024-03-02", ASAD),   # the next day is another 24 h window; third at Ain al-Asad in 7 days
    ], THRESHOLD) == [
        ("threshold:region:24h:2024-03-01", 1, "high", {"attacks": 5, "window_peak": 5}),
        ("threshold:region:24h:2024-03-01", 2, "high", {"attacks": 6, "window_peak": 6}),
        (f"{ASAD_7D}:2024-03-01", 1, "high", {"attacks": 3, "window_peak": 3}),
    ]


def test_threshold_late_report_joins_the_burst_and_keeps_its_id() -> None:
    assert run([
        event("b", "2024-01-03", ASAD),
        event("c", "2024-01-05", ASAD),
        event("d", "2024-01-07", ASAD),
        event("a", "2023-12-30", ASAD),  # reported late, before the burst's first attack
    ], THRESHOLD) == [
        (f"{ASAD_7D}:2024-01-03", 1, "high", {"attacks": 3, "window_peak": 3}),
        (f"{ASAD_7D}:2024-01-03", 2, "high", {"attacks": 4, "window_peak": 3}),
    ]


def test_threshold_settings_and_switches() -> None:
    events = [event("a", "2024-01-01", ASAD), event("b", "2024-01-02", ASAD)]
    two_in_2d = only("threshold", threshold={"base": Threshold(attacks=2, window_days=2)})
    assert (run(events, THRESHOLD), run(events, two_in_2d), run(events * 2, only())) == (
        [],
        [(f"threshold:base:{ASAD}:2d:2024-01-01", 1, "high", {"attacks": 2, "window_peak": 2})],
        [],
    )


def test_coordinated_counts_distinct_bases_and_unnamed_ones() -> None:
    assert run([
        event("a", "2024-03-01", ASAD),
        event("b", "2024-03-01", ASAD),             # the same base again: still one base
        event("c", "2024-03-01", ERBIL),
        event("d", "2024-03-01", None, "Syria"),    # "a base in Syria": one more base
        event("e", "2024-03-01", TANF),             # a fourth base: the same alert, updated
        event("f", "2024-03-02", RUMALYN),          # the next day: a window of its own, one base
    ], COORDINATED) == [
        ("coordinated:region:24h:2024-03-01", 1, "high", {"bases": 3, "named_bases": 2, "unnamed_bases": 1, "attacks": 4}),
        ("coordinated:region:24h:2024-03-01", 2, "high", {"bases": 4, "named_bases": 3, "unnamed_bases": 1, "attacks": 5}),
    ]


def test_coordinated_without_unnamed_bases_when_configured() -> None:
    events = [event("a", "2024-03-01", ASAD), event("c", "2024-03-01", ERBIL), event("d", "2024-03-01", None, "Syria")]
    named_only = only("coordinated", coordinated={"count_unnamed": False})
    assert (len(run(events, COORDINATED)), run(events, named_only)) == (1, [])


def test_escalation_against_the_90_day_baseline() -> None:
    assert run([
        event("z", "2024-01-10", ASAD),
        event("y", "2024-02-10", ERBIL),  # the baseline: 2 in the region, 1 at Ain al-Asad
        *[event(f"e{i}", f"2024-04-0{i}", ASAD) for i in range(1, 6)],  # 4 in 7 days at 04-04, then 5
    ], ESCALATION) == [
        ("escalation:region:7d:2024-04-01", 1, "high", {"attacks_7d": 4, "baseline_90d": 2}),
        (f"escalation:base:{ASAD}:7d:2024-04-01", 1, "high", {"attacks_7d": 4, "baseline_90d": 1}),
        ("escalation:region:7d:2024-04-01", 2, "high", {"attacks_7d": 5, "baseline_90d": 2}),
        (f"escalation:base:{ASAD}:7d:2024-04-01", 2, "high", {"attacks_7d": 5, "baseline_90d": 1}),
    ]


def test_escalation_needs_a_baseline_a_ratio_and_a_minimum() -> None:
    burst = [event(f"e{i}", f"2024-04-0{i}", ASAD) for i in range(1, 6)]
    # Every third day from 1 January to 28 March: 30 in the baseline, a weekly mean of 2.33, never 4 in 7 days.
    busy = [event(f"b{i:02d}", (date(2024, 1, 1) + timedelta(days=3 * i)).isoformat(), ERBIL) for i in range(30)]
    region_only = only("escalation", escalation={"scopes": ("region",)})
    assert (run(burst, ESCALATION), run(busy + burst, region_only), run([event("z", "2024-02-01", ASAD)] + burst[:3], ESCALATION)) == (
        [],  # no attack in the 90 days before: no baseline (the pause_end rule speaks then)
        [],  # 5 against a weekly mean of 1.87 is 2.7x, under 3x
        [],  # a high ratio, but only 3 attacks
    )
