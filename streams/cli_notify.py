"""Command-line pieces for notification delivery: silences and the alert history with delivery status.

``register(main)`` adds ``silence``, ``silences`` and ``unsilence`` to the
``basewatch`` group; :func:`show_alert_history` is what ``basewatch alerts``
prints. Helpers from ``streams.cli`` are imported inside the commands, so this
module can be imported from ``streams.cli`` without a cycle.
"""

from __future__ import annotations

import asyncio
from dataclasses import replace
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable

import click
import orjson
from rich.console import Console
from rich.table import Table

from agents.notify.history import AlertHistory, DeliveryStatus, alert_history, deliveries_topic
from agents.notify.silences import (
    SILENCES_FILE, Silence, SilenceError, load_silences, new_silence_id, parse_until, remove_silence, save_silences,
)
from agents.notify.subscriptions import SubscriptionError, load_subscriptions, scrub
from streams.kafka import REQUEST_TIMEOUT
from streams.records import Alert, RecordError
from streams.settings import Settings
from streams.topics import TopicNames


def silences_path(settings: Settings) -> Path:
    """Where the silences live: next to subscriptions.toml, re-read by workers when it changes."""
    return Path(settings.config_dir) / SILENCES_FILE


def _load(settings: Settings) -> list[Silence]:
    from streams.cli import fail

    try:
        return load_silences(silences_path(settings))
    except SilenceError as exc:
        fail(str(exc))
        raise  # unreachable


@click.command()
@click.option("--base", help="Mute alerts about this base (any spelling the gazetteer knows).")
@click.option("--country", help="Mute alerts about this country or any of its bases.")
@click.option("--rule", help="Mute alerts of this rule (pause_end, casualties).")
@click.option("--until", "until", required=True, metavar="YYYY-MM-DD[THH:MM]",
              help="End of the silence, UTC unless an offset is given; a date alone lasts through that day.")
@click.option("--comment", default="", help="Why, for whoever reads `basewatch silences` later.")
@click.pass_context
def silence(ctx: click.Context, base: str | None, country: str | None, rule: str | None, until: str,
            comment: str) -> None:
    """Mute matching alerts until a time; they are still recorded, as "silenced"."""
    from agents.classify.gazetteer import default_gazetteer
    from streams.cli import _settings, fail

    settings = _settings(ctx)
    if not (base or country or rule):
        fail("give at least one of --base, --country, --rule (a silence never mutes everything)")
    if base:
        found = default_gazetteer().resolve(base)
        if found is None:
            fail(f"--base: unknown base {base!r} (see agents/classify/data/gazetteer.csv)")
        base = found.canonical
    try:
        end = parse_until(until)
    except SilenceError as exc:
        fail(str(exc))
    now = datetime.now(timezone.utc)
    if end <= now:
        fail(f"--until {until} is already past")
    existing = _load(settings)
    try:
        new = Silence(id=new_silence_id(s.id for s in existing), until=end, base=base, country=country, rule=rule,
                      comment=comment.strip(), created=now.replace(microsecond=0))
        save_silences(silences_path(settings), [*existing, new])
    except SilenceError as exc:
        fail(str(exc))
    click.echo(f"silenced {new.describe()}")


@click.command(name="silences")
@click.option("--all", "show_all", is_flag=True, help="Also list silences that have ended.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of lines.")
@click.pass_context
def list_silences(ctx: click.Context, show_all: bool, as_json: bool) -> None:
    """List active silences (with their ids for `basewatch unsilence`)."""
    from agents.notify.silences import silence_to_dict
    from streams.cli import _settings

    settings = _settings(ctx)
    now = datetime.now(timezone.utc)
    chosen = [s for s in _load(settings) if show_all or s.active(now)]
    if as_json:
        click.echo(orjson.dumps([{**silence_to_dict(s), "active": s.active(now)} for s in chosen],
                                option=orjson.OPT_INDENT_2).decode())
        return
    if not chosen:
        click.echo(f"no {'' if show_all else 'active '}silences in {silences_path(settings)}")
    for s in chosen:
        click.echo(s.describe() + ("" if s.active(now) else " [ended]"))


@click.command()
@click.argument("silence_id")
@click.pass_context
def unsilence(ctx: click.Context, silence_id: str) -> None:
    """Remove the silence SILENCE_ID; matching alerts notify again from now on."""
    from streams.cli import _settings, fail

    settings = _settings(ctx)
    try:
        save_silences(silences_path(settings), remove_silence(_load(settings), silence_id))
    except SilenceError as exc:
        fail(str(exc))
    click.echo(f"unsilenced {silence_id}")


def register(main: click.Group) -> None:
    """Add the silence commands to the ``basewatch`` group."""
    for command in (silence, list_silences, unsilence):
        main.add_command(command)


# ---------------------------------------------------------------------------
# basewatch alerts: the history with delivery status
# ---------------------------------------------------------------------------


async def read_to_end(settings: Settings, topic: str, *, timeout: float = REQUEST_TIMEOUT) -> list[bytes]:
    """Every value on ``topic`` up to the end offsets taken at the start ([] if the topic does not exist).

    Unlike reading until the topic is idle for a moment, this cannot stop early
    on a busy machine where the first fetch is slow. The topic is checked first
    because subscribing to a missing topic can make the broker auto-create it
    with the wrong partition count.
    """
    from aiokafka import AIOKafkaConsumer, TopicPartition

    from streams.kafka import list_topics

    if topic not in await list_topics(settings):
        return []
    consumer = AIOKafkaConsumer(bootstrap_servers=settings.broker_address, enable_auto_commit=False,
                                group_id=None, auto_offset_reset="earliest")
    await consumer.start()
    try:
        partitions = consumer.partitions_for_topic(topic)
        if not partitions:
            await consumer._client.force_metadata_update()  # noqa: SLF001 - aiokafka has no public refresh
            partitions = consumer.partitions_for_topic(topic) or set()
        tps = [TopicPartition(topic, p) for p in sorted(partitions)]
        if not tps:
            return []
        ends = await consumer.end_offsets(tps)
        consumer.assign(tps)
        await consumer.seek_to_beginning(*tps)
        values: list[bytes] = []
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while [tp for tp in tps if await consumer.position(tp) < ends[tp]]:
            if loop.time() > deadline:
                raise TimeoutError(f"reading {topic} did not reach its end within {timeout:.0f}s")
            batch = await consumer.getmany(*tps, timeout_ms=500, max_records=1000)
            for records in batch.values():
                values += [r.value for r in records if r.value is not None]
        return values
    finally:
        await consumer.stop()


async def delivery_statuses(settings: Settings) -> list[DeliveryStatus]:
    """Every delivery outcome the notify agents published (none before a worker created the topic)."""
    out = []
    for value in await read_to_end(settings, deliveries_topic(settings.topic_prefix)):
        try:
            out.append(DeliveryStatus.from_json(value))
        except RecordError:
            continue
    return out


async def latest_alert_versions(settings: Settings) -> list[Alert]:
    """The latest version of every alert, by event date, read to the end of the alerts topic."""
    alerts = []
    for value in await read_to_end(settings, TopicNames(settings.topic_prefix).alerts):
        try:
            alerts.append(Alert.from_json(value))
        except RecordError:
            continue
    latest: dict[str, Alert] = {}
    for alert in alerts:
        known = latest.get(alert.alert_id)
        if known is None or alert.version >= known.version:
            latest[alert.alert_id] = alert
    return sorted(latest.values(), key=lambda a: (a.event_date, a.alert_id))


async def load_alert_history(settings: Settings) -> list[AlertHistory]:
    """The latest version of every alert joined with its delivery outcomes, secrets scrubbed.

    Reasons were masked by the worker already; they are scrubbed again with the
    URLs of the current subscriptions file, so a secret can never reach the
    screen even from a record written by an older release.
    """
    alerts = await latest_alert_versions(settings)
    statuses = await delivery_statuses(settings)
    try:
        urls = [u for s in load_subscriptions(settings.subscriptions_path, validate_urls=False) for u in s.urls]
    except SubscriptionError:
        urls = []
    if urls:
        statuses = [replace(s, detail=scrub(s.detail, urls)) if s.detail else s for s in statuses]
    return alert_history(alerts, statuses)


_STATE_STYLE = {"delivered": "green", "failed": "bold red", "silenced": "yellow", "pending": "cyan",
                "unrouted": "dim", "superseded": "dim"}


def alert_history_table(rows: list[AlertHistory]) -> Table:
    """The alert history as a rich table: one row per alert, its delivery state and per-subscriber outcome."""
    table = Table(title=f"Alerts ({len(rows)})")
    for column in ("date", "severity", "rule", "summary", "delivery", "details"):
        table.add_column(column, overflow="fold")
    for row in rows:
        a = row.alert
        rule = a.rule if a.version == 1 else f"{a.rule} v{a.version}"
        state = f"[{_STATE_STYLE.get(row.state, '')}]{row.state}[/]" if row.state in _STATE_STYLE else row.state
        table.add_row(a.event_date, a.severity, rule, a.summary, state, row.summary() if row.outcomes else "")
    return table


def show_alert_history(settings: Settings, *, as_json: bool = False,
                       echo: Callable[[str], None] = click.echo, console: Console | None = None) -> None:
    """What ``basewatch alerts`` prints: each alert with delivered / failed (reason) / silenced / pending."""
    rows = asyncio.run(load_alert_history(settings))
    if as_json:
        echo(orjson.dumps([r.to_dict() for r in rows], option=orjson.OPT_INDENT_2).decode())
        return
    (console or Console(width=160)).print(alert_history_table(rows))


__all__ = [
    "alert_history_table", "delivery_statuses", "latest_alert_versions", "load_alert_history", "read_to_end", "register", "show_alert_history",
    "silence", "silences_path", "unsilence",
]
