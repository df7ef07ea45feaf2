"""Merging reports into events: tables of reports in, the whole event list out."""

from __future__ import annotations

import itertools

import pytest

from agents.aggregate.merge import MergeState, bucket_keys, merge_into_buckets, merge_report, weapons_compatible
from streams.records import AttackEvent, AttackReport


def report(article: str, n: int, base: str | None, country: str | None, day: str, weapons=("rocket",), **extra) -> AttackReport:
    return AttackReport(report_id=f"{article}-{n}", article_id=article, base=base, country=country,
                        event_date=day, weapons=tuple(weapons), source=f"outlet-{article}", **extra)


def merge_all(reports: list[AttackReport]) -> list[AttackEvent]:
    """Every event as a consumer of the events topic ends up seeing it (retractions applied)."""
    states: dict[str, MergeState] = {}
    latest: dict[str, AttackEvent] = {}
    for r in reports:
        updated, events = merge_into_buckets({k: states.get(k, MergeState()) for k in bucket_keys(r)}, r)
        states.update(updated)
        for event in events:
            latest[event.event_id] = event
    live = [e for e in latest.values() if not e.retracted]
    return sorted(live, key=lambda e: (e.event_date, e.base or "", e.country or "", sorted(x.article_id for x in e.sources)))


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
    assert ([e.version for e in first], second, again) == ([1], [], state)


def test_update_raises_version_and_keeps_id() -> None:
    published = []
    state = MergeState()
    for r in [report("a", 0, ASAD, "Iraq", "2024-08-05", injured=5), report("b", 0, ASAD, "Iraq", "2024-08-05", injured=7)]:
        state, events = merge_report(state, r)
        published += events
    assert [(e.event_id, e.version, e.injured) for e in published] == [
        (published[0].event_id, 1, 5), (published[0].event_id, 2, 7)]


def test_late_report_regroups_and_retracts_the_replaced_event() -> None:
    # Tue and Thu reports stand apart; a Wednesday report arrives late. In (date, id) order
    # it joins Tuesday's event, so nothing changes; one arriving for Monday takes over
    # Tuesday's event as its earliest report and the old event is retracted.
    state = MergeState()
    published = []
    for r in [report("b", 0, ASAD, "Iraq", "2024-01-02"), report("c", 0, ASAD, "Iraq", "2024-01-04"),
              report("a", 0, ASAD, "Iraq", "2024-01-01")]:
        state, events = merge_report(state, r)
        published += events
    live = {e.event_id: e for e in published}
    retracted = [e for e in published if e.retracted]
    assert ([(e.event_date, e.version) for e in published], [e.superseded_by in live for e in retracted]) == (
        [("2024-01-02", 1), ("2024-01-04", 1), ("2024-01-01", 1), ("2024-01-02", 2)], [True])


def test_state_round_trips_through_json_dicts() -> None:
    state, _ = merge_report(MergeState(), report("a", 0, ASAD, "Iraq", "2024-04-22"))
    assert MergeState.from_dict(state.to_dict()) == state


def test_a_report_months_late_still_meets_its_attack() -> None:
    reports = [report("a", 0, ASAD, "Iraq", "2024-04-22", ["drone"]), report("x", 0, ASAD, "Iraq", "2024-08-05"),
               report("b", 0, ASAD, "Iraq", "2024-04-22", ["unknown"])]
    assert [(e.event_date, len(e.sources)) for e in merge_all(reports)] == [("2024-04-22", 2), ("2024-08-05", 1)]


def test_attacks_across_a_week_boundary_merge() -> None:
    first, second = report("a", 0, ASAD, "Iraq", "2024-01-06"), report("b", 0, ASAD, "Iraq", "2024-01-07")
    assert (bucket_keys(first)[-1] != bucket_keys(second)[-1],
            [len(e.sources) for e in merge_all([first, second])]) == (True, [2])


def test_undated_reports_are_final_and_keep_no_state() -> None:
    state, events = merge_report(MergeState(), report("u", 0, None, "Iraq", None))
    assert (state, [e.event_date for e in events]) == (MergeState(), [None])


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


def test_an_event_a_partial_view_groups_otherwise_is_still_retracted_when_regrouped() -> None:
    # The 10 March report's view (the weeks of 3 and 10 March) groups the 4 March report with the 3 March one,
    # so it holds no event for the 4 March report alone; the 1 March report then regroups all four.
    reports = [report("art0", 0, ASAD, "Iraq", "2024-03-02"), report("art0", 3, ASAD, "Iraq", "2024-03-04"),
               report("art1", 9, ASAD, "Iraq", "2024-03-03"), report("art0", 11, ASAD, "Iraq", "2024-03-10"),
               report("art1", 12, ASAD, "Iraq", "2024-03-01")]
    assert summary(merge_all(reports)) == summary(merge_all(sorted(reports, key=lambda r: r.event_date))) == [
        (ASAD, "Iraq", "2024-03-01", ("rocket",), None, None, ["art0", "art1"]),
        (ASAD, "Iraq", "2024-03-03", ("rocket",), None, None, ["art0", "art1"]),
        (ASAD, "Iraq", "2024-03-10", ("rocket",), None, None, ["art0"]),
    ]


# --- order independence (property) ---------------------------------------

from hypothesis import given, settings as hypothesis_settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

PLACES = [(ASAD, "Iraq"), (RUMALYN, "Syria"), (None, "Syria"), (None, "Iraq"), ("Tower 22", "Jordan"), (None, None)]
WEAPON_SETS = [("rocket",), ("drone",), ("unknown",), ("missile", "rocket"), ("ied",)]


@st.composite
def report_sets(draw) -> list[AttackReport]:
    count = draw(st.integers(min_value=1, max_value=16))
    reports = []
    for i in range(count):
        base, country = draw(st.sampled_from(PLACES))
        day = f"2024-03-{draw(st.integers(min_value=1, max_value=20)):02d}"  # across week boundaries
        article = f"art{draw(st.integers(min_value=0, max_value=4))}"
        reports.append(report(article, i, base, country, day, draw(st.sampled_from(WEAPON_SETS)),
                              injured=draw(st.sampled_from([None, 0, 2, 5]))))
    return reports


@hypothesis_settings(max_examples=200, deadline=None)
@given(report_sets(), st.randoms(use_true_random=False))
def test_same_reports_in_any_order_give_the_same_events(reports: list[AttackReport], rng) -> None:
    shuffled = list(reports)
    rng.shuffle(shuffled)
    def canon(events: list[AttackEvent]) -> list[tuple]:
        return sorted((e.event_id, e.base, e.country, e.event_date, e.weapons, e.injured, e.claimed_by,
                       tuple(sorted(s.article_id for s in e.sources))) for e in events)
    assert canon(merge_all(shuffled)) == canon(merge_all(reports))
