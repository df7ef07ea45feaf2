"""Merging reports into events: tables of reports in, the whole event list out."""

from __future__ import annotations

import itertools

import pytest

from agents.aggregate.merge import MergeState, merge_report, weapons_compatible
from streams.records import AttackEvent, AttackReport


def report(article: str, n: int, base: str | None, country: str | None, day: str, weapons=("rocket",), **extra) -> AttackReport:
    return AttackReport(report_id=f"{article}-{n}", article_id=article, base=base, country=country,
                        event_date=day, weapons=tuple(weapons), source=f"outlet-{article}", **extra)


def merge_all(reports: list[AttackReport]) -> list[AttackEvent]:
    states: dict[str, MergeState] = {}
    latest: dict[str, AttackEvent] = {}
    for r in reports:
        state, event = merge_report(states.get(r.partition_key, MergeState()), r)
        states[r.partition_key] = state
        if event is not None:
            latest[event.event_id] = event
    return sorted(latest.values(), key=lambda e: (e.event_date, e.base or "", e.country or ""))


def summary(events: list[AttackEvent]) -> list[tuple]:
    return [(e.base, e.country, e.event_date, e.weapons, e.killed, e.injured, sorted(s.article_id for s in e.sources))
            for e in events]


def frozen(rows: list[tuple]) -> tuple:
    return tuple(row[:-1] + (tuple(row[-1]),) for row in rows)


ASAD = "Ain al-Asad Air Base"
RUMALYN = "Rumalyn Landing Zone"

CASES = [
    (
        "two outlets, one attack, one unnamed base in the same country",
        [report("a", 0, ASAD, "Iraq", "2024-04-22", ["drone"]), report("a", 1, RUMALYN, "Syria", "2024-04-22"),
         report("b", 0, ASAD, "Iraq", "2024-04-22", ["unknown"]), report("b", 1, None, "Syria", "2024-04-21")],
        [(RUMALYN, "Syria", "2024-04-21", ("rocket",), None, None, ["a", "b"]),
         (ASAD, "Iraq", "2024-04-22", ("drone",), None, None, ["a", "b"])],
    ),
    (
        "same base two days apart is two attacks",
        [report("a", 0, ASAD, "Iraq", "2023-10-28"), report("b", 0, ASAD, "Iraq", "2023-10-30")],
        [(ASAD, "Iraq", "2023-10-28", ("rocket",), None, None, ["a"]),
         (ASAD, "Iraq", "2023-10-30", ("rocket",), None, None, ["b"])],
    ),
    (
        "one article's two attacks on one base never merge",
        [report("a", 0, ASAD, "Iraq", "2023-10-30"), report("a", 1, ASAD, "Iraq", "2023-10-31")],
        [(ASAD, "Iraq", "2023-10-30", ("rocket",), None, None, ["a"]),
         (ASAD, "Iraq", "2023-10-31", ("rocket",), None, None, ["a"])],
    ),
    (
        "drone and IED at one base the same day are different attacks",
        [report("a", 0, ASAD, "Iraq", "2024-01-02", ["drone"]), report("b", 0, ASAD, "Iraq", "2024-01-02", ["ied"])],
        [(ASAD, "Iraq", "2024-01-02", ("drone",), None, None, ["a"]),
         (ASAD, "Iraq", "2024-01-02", ("ied",), None, None, ["b"])],
    ),
    (
        "highest confirmed casualty figure wins",
        [report("a", 0, "Tower 22", "Jordan", "2024-01-28", ["drone"], killed=3, injured=25),
         report("b", 0, "Tower 22", "Jordan", "2024-01-28", ["drone"], killed=3, injured=34),
         report("c", 0, "Tower 22", "Jordan", "2024-01-28", ["drone"], killed=None, injured=None)],
        [("Tower 22", "Jordan", "2024-01-28", ("drone",), 3, 34, ["a", "b", "c"])],
    ),
    (
        "unnamed bases with no country stay apart",
        [report("a", 0, None, None, "2023-10-31", ["unknown"]), report("b", 0, None, None, "2023-10-31", ["unknown"])],
        [(None, None, "2023-10-31", ("unknown",), None, None, ["a"]),
         (None, None, "2023-10-31", ("unknown",), None, None, ["b"])],
    ),
]


@pytest.mark.parametrize("name,reports,expected", CASES, ids=[c[0] for c in CASES])
def test_merge_table(name: str, reports: list[AttackReport], expected: list[tuple]) -> None:
    assert summary(merge_all(reports)) == expected


def test_redelivered_report_changes_nothing() -> None:
    r = report("a", 0, ASAD, "Iraq", "2024-04-22")
    state, first = merge_report(MergeState(), r)
    again, second = merge_report(state, r)
    assert (first.version, second, again) == (1, None, state)


def test_update_raises_version_and_keeps_id() -> None:
    events = []
    state = MergeState()
    for r in [report("a", 0, ASAD, "Iraq", "2024-08-05", injured=5), report("b", 0, ASAD, "Iraq", "2024-08-05", injured=7)]:
        state, event = merge_report(state, r)
        events.append(event)
    assert [(e.event_id, e.version, e.injured) for e in events] == [(events[0].event_id, 1, 5), (events[0].event_id, 2, 7)]


def test_state_round_trips_through_json_dicts() -> None:
    state, _ = merge_report(MergeState(), report("a", 0, ASAD, "Iraq", "2024-04-22"))
    assert MergeState.from_dict(state.to_dict()) == state


def test_old_events_close() -> None:
    state, _ = merge_report(MergeState(), report("a", 0, ASAD, "Iraq", "2024-01-01"))
    state, _ = merge_report(state, report("b", 0, ASAD, "Iraq", "2024-02-01"))
    assert [e.event_date for e in state.events] == ["2024-02-01"]


@pytest.mark.parametrize(
    "a,b,expected",
    [(("rocket",), ("missile",), True), (("drone",), ("rocket",), False), (("unknown",), ("drone",), True),
     ((), ("ied",), True), (("rocket", "drone"), ("drone",), True), (("gunfire",), ("ied",), False)],
)
def test_weapons_compatible(a, b, expected) -> None:
    assert weapons_compatible(a, b) is expected


def test_merging_001_and_004_in_any_order_gives_two_events() -> None:
    reports = [report("001", 0, ASAD, "Iraq", "2024-04-22", ["drone"]), report("001", 1, RUMALYN, "Syria", "2024-04-22"),
               report("004", 0, ASAD, "Iraq", "2024-04-22", ["unknown"]), report("004", 1, None, "Syria", "2024-04-21")]
    outcomes = {frozen(summary(merge_all(list(order)))) for order in itertools.permutations(reports)}
    assert len(outcomes) == 1 and len(next(iter(outcomes))) == 2
