"""Reading the topics back for people: events, alerts and counters as tables.

The counter table is computed by the same pure code the alert stage uses
(``agents.aggregate.counters``), from the latest version of every event.
"""

from __future__ import annotations

from datetime import date
from typing import Callable, Iterable

from rich.console import Console
from rich.table import Table

from agents.aggregate.counters import Counter, DatedAttack, compute_counters, sorted_rows
from streams.kafka import iterate_topic, read_topic
from streams.records import Alert, AttackEvent, Record, RecordError
from streams.settings import Settings
from streams.topics import TopicNames


def latest_versions(records: Iterable[Record], key: Callable[[Record], str]) -> list:
    """Keep the highest version of each record id, in first-seen order."""
    latest: dict[str, Record] = {}
    for record in records:
        known = latest.get(key(record))
        if known is None or record.version >= known.version:  # type: ignore[attr-defined]
            latest[key(record)] = record
    return list(latest.values())


def _decode(values: Iterable[bytes], kind: type[Record]) -> list:
    decoded = []
    for value in values:
        try:
            decoded.append(kind.from_json(value))
        except RecordError:
            continue  # not ours to judge here: the stage that wrote it logged it
    return decoded


async def latest_events(settings: Settings) -> list[AttackEvent]:
    values = await read_topic(settings, TopicNames(settings.topic_prefix).events)
    events = [e for e in latest_versions(_decode(values, AttackEvent), lambda e: e.event_id) if not e.retracted]
    return sorted(events, key=lambda e: (e.event_date or "", e.base or "", e.event_id))


async def latest_alerts(settings: Settings) -> list[Alert]:
    values = await read_topic(settings, TopicNames(settings.topic_prefix).alerts)
    alerts = latest_versions(_decode(values, Alert), lambda a: a.alert_id)
    return sorted(alerts, key=lambda a: (a.event_date, a.alert_id))


def counters_for(events: Iterable[AttackEvent], now: date | None = None) -> tuple[list[Counter], str | None]:
    """Counter rows at ``now`` (default: the newest event date, the replay's event-time clock)."""
    dated = [DatedAttack(e.event_id, e.event_date, e.base, e.country) for e in events if e.event_date]
    if not dated:
        return [], None
    clock = now or max(date.fromisoformat(d.event_date) for d in dated)
    return sorted_rows(compute_counters(dated, clock)), clock.isoformat()


async def counters_from_topic(settings: Settings, now: date | None = None) -> tuple[list[Counter], str | None]:
    return counters_for(await latest_events(settings), now)


async def follow_alerts(settings: Settings, echo: Callable[[str], None]) -> None:
    """Print each alert as it arrives, until cancelled."""
    async for _key, value in iterate_topic(settings, TopicNames(settings.topic_prefix).alerts, follow=True, from_end=True):
        try:
            alert = Alert.from_json(value)
        except RecordError:
            continue
        echo(alert_line(alert))


def alert_line(alert: Alert) -> str:
    update = f" (update v{alert.version})" if alert.version > 1 else ""
    return f"[{alert.severity.upper()}] {alert.event_date} {alert.rule}{update}: {alert.summary}"


def _console() -> Console:
    return Console(width=140)


def print_events(events: list[AttackEvent], console: Console | None = None) -> None:
    table = Table(title=f"Attack events ({len(events)})")
    for column in ("date", "base", "country", "weapons", "munitions", "killed", "injured", "claimed by", "sources"):
        table.add_column(column)
    for e in events:
        table.add_row(
            e.event_date or "?", e.base or "(unnamed)", e.country or "?", ", ".join(e.weapons) or "-",
            _num(e.munitions), _num(e.killed), _num(e.injured), e.claimed_by or "-",
            ", ".join(s.source or s.article_id for s in e.sources),
        )
    (console or _console()).print(table)


def print_alerts(alerts: list[Alert], console: Console | None = None) -> None:
    withdrawn = sum(1 for a in alerts if a.withdrawn)
    table = Table(title=f"Alerts ({len(alerts) - withdrawn}{f', and {withdrawn} withdrawn' if withdrawn else ''})")
    for column in ("date", "severity", "rule", "summary", "reason"):
        table.add_column(column, overflow="fold")
    for a in alerts:
        rule = a.rule if a.version == 1 else f"{a.rule} v{a.version}"
        if a.withdrawn:
            rule += " (withdrawn)"
        table.add_row(a.event_date, a.severity, rule, a.summary, a.reason)
    (console or _console()).print(table)


def print_counters(rows: list[Counter], now: str | None, console: Console | None = None) -> None:
    (console or _console()).print(counters_table(rows, now))


def counters_table(rows: list[Counter], now: str | None) -> Table:
    """The counter table as rich renders it (printed once, or refreshed by `watch`)."""
    table = Table(title=f"Counters at {now or '-'} (event time)")
    table.add_column("scope")
    windows = list(rows[0].counts) if rows else []
    for name in windows:
        table.add_column(name, justify="right")
    for column in ("last attack", "days since", "escalation"):
        table.add_column(column, justify="right")
    for row in rows:
        table.add_row(
            row.scope, *(str(row.counts[w]) for w in windows), row.last_attack or "-",
            _num(row.days_since_last), "-" if row.escalation is None else f"{row.escalation:.2f}x",
        )
    return table


def _num(value: int | None) -> str:
    return "-" if value is None else str(value)
