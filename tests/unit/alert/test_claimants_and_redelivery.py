"""New claimants, redelivered and out-of-order events: events in, the whole alert list out."""

from __future__ import annotations


import pytest

from agents.alert import rules
from agents.alert.rules import DEFAULT_RULES, RuleState, observe
from agents.alert.testing import ASAD, ERBIL, RUMALYN, event, only, run

CLAIMS = only("new_claimant")
CASUALTIES = only("casualties")


def test_new_claimant_once_per_canonical_group() -> None:
    assert run([
        event("a", "2024-01-01", ASAD, claimed_by="Islamic Resistance in Iraq"),
        event("b", "2024-01-02", ERBIL, claimed_by="Kata'ib Hizballah"),
        event("c", "2024-01-03", ASAD, claimed_by="KH"),                       # the same group, another spelling
        event("d", "2024-01-04", RUMALYN, claimed_by="Islamic Resistance in Iraq"),
        event("e", "2024-01-05", RUMALYN, claimed_by="  Liwa  al-Example "),   # unknown to the gazetteer: as written
        event("f", "2024-01-06", RUMALYN, claimed_by="Liwa al-Example"),
    ], CLAIMS) == [
        ("new_claimant:Islamic Resistance in Iraq", 1, "info", {}),
        ("new_claimant:Kataib Hezbollah", 1, "info", {}),
        ("new_claimant:Liwa al-Example", 1, "info", {}),
    ]


def test_new_claimant_moves_to_an_earlier_claim_reported_late() -> None:
    assert run([
        event("b", "2024-01-05", ERBIL, claimed_by="Harakat al-Nujaba"),
        event("a", "2024-01-02", ASAD, claimed_by="Nujaba"),         # an earlier claim, reported late: an update
        event("c", "2024-01-03", ASAD, claimed_by="Harakat al-Nujaba"),  # between the two: nothing
    ], CLAIMS) == [("new_claimant:Harakat al-Nujaba", 1, "info", {}), ("new_claimant:Harakat al-Nujaba", 2, "info", {})]


def test_new_claimant_known_groups_and_a_claim_added_by_a_later_version() -> None:
    known = only("new_claimant", new_claimant={"known_groups": ("Kataib Hezbollah",)})
    assert run([
        event("a", "2024-01-01", ASAD, claimed_by="Kataib Hezbollah"),     # known to the analyst: nothing
        event("b", "2024-01-02", ERBIL),
        event("b", "2024-01-02", ERBIL, version=2, claimed_by="Harakat al-Nujaba"),  # the claim came later
    ], known) == [("new_claimant:Harakat al-Nujaba", 1, "info", {})]


def test_redelivered_and_older_versions_fire_nothing() -> None:
    v1 = event("a", "2024-08-05", ASAD, injured=5)
    v2 = event("a", "2024-08-05", ASAD, version=2, injured=7)
    assert run([v1, v1, v2, v1, v2], CASUALTIES) == [
        ("casualties:event:a", 1, "high", {"killed": 0, "injured": 5}),
        ("casualties:event:a", 2, "high", {"killed": 0, "injured": 7}),
    ]


def test_out_of_order_and_undated_events() -> None:
    assert run([
        event("x", "2024-06-01", ASAD),
        event("u", None, ASAD, killed=1),                          # no date: cannot be placed, left out
        event("n", "2024-06-3O", ASAD, killed=1),                  # unreadable date: left out, no crash
        event("t", "2024-01-28", "Tower 22", "Jordan", killed=3),  # four months late: still news
        event("o", "2022-01-01", ASAD, injured=1),                 # two years late: news too
    ], CASUALTIES) == [
        ("casualties:event:t", 1, "critical", {"killed": 3, "injured": 0}),
        ("casualties:event:o", 1, "high", {"killed": 0, "injured": 1}),
    ]


def test_late_reports_are_judged_with_the_neighbours_that_arrived_recently() -> None:
    # Events are keyed by base: the 2022 attacks on other bases may arrive after 2024's.
    late = [event("v", "2022-01-05", "Victory Base Complex", "Iraq"), event("u", "2022-01-05", None)]
    assert run([event("a", "2022-01-05", ASAD), event("x", "2024-06-01", ASAD)] + late, only("coordinated")) == [
        ("coordinated:region:24h:2022-01-05", 1, "high", {"bases": 3, "named_bases": 2, "unnamed_bases": 1, "attacks": 3}),
    ]


def test_state_stays_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(rules, "RECENT_ARRIVALS", 2)
    monkeypatch.setattr(rules, "RECENT_IDS", 3)
    state = RuleState()
    for year in (2021, 2022, 2023):
        for month in range(1, 13):
            state, _ = observe(state, event(f"{year}-{month}", f"{year}-{month:02d}-15", ASAD,
                                            claimed_by=f"Group {year}-{month}"), DEFAULT_RULES)
    sizes = {name: len(getattr(state, name)) for name in ("events", "seen", "fired", "claimants")}
    assert (sizes, min(state.history[f"base:{ASAD}"])) == (
        # events: the last 100 days (the last 2 arrivals are among them); seen and fired (13 pause ends,
        # 14 first claims): the last 400 days (the last 3 too); claimants: all 36 (bounded by number);
        # the pause history: 400 days and the latest date before.
        {"events": 4, "seen": 14, "fired": 27, "claimants": 36},
        "2022-10-15",
    )
