"""Rolling counters over event time: an attack table in, the whole counter table out."""

from __future__ import annotations

from datetime import date

from agents.aggregate.counters import DatedAttack, compute_counters, escalation_ratio, sorted_rows

ASAD, ERBIL, TANF = "Ain al-Asad Air Base", "Erbil Air Base", "Al-Tanf Garrison"

ATTACKS = [
    DatedAttack("e1", "2024-01-20", ASAD, "Iraq"),
    DatedAttack("e2", "2024-01-27", ASAD, "Iraq"),
    DatedAttack("e3", "2024-01-28", TANF, "Syria"),
    DatedAttack("e4", "2024-01-28", ERBIL, "Iraq"),
    DatedAttack("e5", "2023-12-01", ASAD, "Iraq"),
    DatedAttack("e6", "2024-02-03", ASAD, "Iraq"),  # after "now": not yet on the stream's clock
]


def test_counter_table_at_event_time() -> None:
    table = compute_counters(ATTACKS, date(2024, 1, 28))
    rows = {scope: (dict(c.counts), c.last_attack, c.days_since_last) for scope, c in table.items()}
    assert rows == {
        "region": ({"24h": 2, "7d": 3, "30d": 4, "90d": 5}, "2024-01-28", 0),
        "country:Iraq": ({"24h": 1, "7d": 2, "30d": 3, "90d": 4}, "2024-01-28", 0),
        "country:Syria": ({"24h": 1, "7d": 1, "30d": 1, "90d": 1}, "2024-01-28", 0),
        f"base:{ASAD}": ({"24h": 0, "7d": 1, "30d": 2, "90d": 3}, "2024-01-27", 1),
        f"base:{ERBIL}": ({"24h": 1, "7d": 1, "30d": 1, "90d": 1}, "2024-01-28", 0),
        f"base:{TANF}": ({"24h": 1, "7d": 1, "30d": 1, "90d": 1}, "2024-01-28", 0),
    }


def test_same_input_same_table_whenever_it_runs() -> None:
    assert compute_counters(ATTACKS, date(2024, 1, 28)) == compute_counters(list(reversed(ATTACKS)), date(2024, 1, 28))


def test_escalation_ratio() -> None:
    # 13 attacks in the 90-day baseline = 1.011 a week; 3 in the last 7 days = 2.97x.
    baseline = [date(2024, 3, 1).fromordinal(date(2024, 3, 1).toordinal() - 7 * k - 10) for k in range(13)]
    recent = [date(2024, 3, 1), date(2024, 2, 28), date(2024, 2, 26)]
    assert (escalation_ratio(baseline + recent, date(2024, 3, 1)), escalation_ratio(recent, date(2024, 3, 1))) == (2.97, None)


def test_rows_hottest_first() -> None:
    rows = sorted_rows(compute_counters(ATTACKS, date(2024, 1, 28)))
    assert [r.scope for r in rows][:3] == ["region", "country:Iraq", f"base:{TANF}"]
