"""Rolling escalation counters over event time.

How hot is each base right now? Counts of attacks in rolling windows, days
since the last attack and an escalation ratio, per base, per country and
region-wide. "Now" is an argument: the stream's event-time clock in replay,
the wall clock only in live mode, so a replay of 2022-2024 gives the same
numbers whenever it runs.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Iterable, Mapping

# Rolling windows, in days of event time: name -> length.
DEFAULT_WINDOWS: Mapping[str, int] = {"24h": 1, "7d": 7, "30d": 30, "90d": 90}
# The escalation ratio compares the last RECENT_DAYS with the weekly mean of the BASELINE_DAYS before them.
RECENT_DAYS = 7
BASELINE_DAYS = 90
# The scope that covers every base and country.
REGION = "region"


@dataclass(frozen=True)
class DatedAttack:
    """The little the counters need to know about an attack."""

    event_id: str
    event_date: str
    base: str | None
    country: str | None

    def scopes(self) -> tuple[str, ...]:
        """Every scope this attack counts in."""
        scopes = [REGION]
        if self.country:
            scopes.append(f"country:{self.country}")
        if self.base:
            scopes.append(f"base:{self.base}")
        return tuple(scopes)


@dataclass(frozen=True)
class Counter:
    """One row of the counter table."""

    scope: str
    counts: Mapping[str, int]
    last_attack: str | None
    days_since_last: int | None
    escalation: float | None

    def to_dict(self) -> dict[str, object]:
        return {
            "scope": self.scope,
            "counts": dict(self.counts),
            "last_attack": self.last_attack,
            "days_since_last": self.days_since_last,
            "escalation": self.escalation,
        }


def in_window(event_day: date, now: date, days: int) -> bool:
    """A window of N days ends with ``now`` (inclusive) and covers N calendar days."""
    return now - timedelta(days=days) < event_day <= now


def escalation_ratio(days: Iterable[date], now: date) -> float | None:
    """Last 7 days against the weekly mean of the 90 days before them; None with no baseline."""
    recent = 0
    baseline = 0
    recent_start = now - timedelta(days=RECENT_DAYS)
    baseline_start = recent_start - timedelta(days=BASELINE_DAYS)
    for day in days:
        if recent_start < day <= now:
            recent += 1
        elif baseline_start < day <= recent_start:
            baseline += 1
    if baseline == 0:
        return None
    weekly_mean = baseline / (BASELINE_DAYS / RECENT_DAYS)
    return round(recent / weekly_mean, 2)


def compute_counters(
    attacks: Iterable[DatedAttack],
    now: date,
    windows: Mapping[str, int] = DEFAULT_WINDOWS,
) -> dict[str, Counter]:
    """The counter table at event time ``now``, one row per scope.

    Attacks dated after ``now`` are ignored: they have not happened yet on the
    stream's clock.
    """
    by_scope: dict[str, list[date]] = {}
    for attack in attacks:
        day = date.fromisoformat(attack.event_date)
        if day > now:
            continue
        for scope in attack.scopes():
            by_scope.setdefault(scope, []).append(day)
    table = {}
    for scope, days in by_scope.items():
        last = max(days)
        table[scope] = Counter(
            scope=scope,
            counts={name: sum(1 for d in days if in_window(d, now, length)) for name, length in windows.items()},
            last_attack=last.isoformat(),
            days_since_last=(now - last).days,
            escalation=escalation_ratio(days, now),
        )
    return table


def sorted_rows(table: Mapping[str, Counter], window: str = "7d") -> list[Counter]:
    """Hottest first: by the given window's count, then most recent attack, then name."""
    return sorted(
        table.values(),
        key=lambda c: (-c.counts.get(window, 0), c.days_since_last if c.days_since_last is not None else 10**9, c.scope),
    )
