"""Stream stage: alerts in, grouped notifications out through apprise.

The decisions (dedup, repeat interval, grouping, silences) are pure code in
``grouping`` and ``silences``; this module is the shell around them: it reads
alerts, holds the outbox, sends due messages from a background task, records
outcomes and publishes them to ``<prefix>.deliveries``.

Exactly once per (alert version, subscriber), across crashes
------------------------------------------------------------
* The ``notify-log`` table (changelog-backed, keyed by alert id) records every
  settled delivery id: sent, failed, silenced or superseded. An alert read
  again after a restart plans nothing for a settled id.
* An alert's offset is acknowledged only once all of its deliveries are
  settled and written to the table, and acknowledgements are given in offset
  order per partition (Faust commits past the highest contiguous ack, so an
  early ack of a later record would commit past one still waiting). Faust
  flushes the producer, changelog included, before it commits offsets.
* So a crash while alerts wait in the outbox loses nothing: their offsets
  were not committed, the next worker reads them again and, the table not
  knowing them, queues and sends them once. No offset bookkeeping in table
  values (``streams.shell.already_applied``) is needed because every write
  here is idempotent per delivery id.
* The one window left: a receiver accepted a message and the worker died
  before the table write reached the broker. That message is sent again
  (at-least-once); the write is flushed right after each send to keep the
  window to milliseconds. No receiver protocol lets us close it fully.

Table writes happen outside stream iteration (in the send task), where Faust
cannot take the changelog partition from the current event; the table is
given the alert's partition on the alerts topic instead (same key bytes, same
default partitioner), so the worker owning an alert recovers its log.
"""

from __future__ import annotations

import asyncio
import os
import time
from collections import deque
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Generic, Iterable, TypeVar

import apprise
import faust
from aiokafka.partitioner import murmur2

from agents.classify.gazetteer import default_gazetteer
from agents.notify.core import AppriseNotifier, Delivery, DeliveryResult, Notifier, deliver_with_retry
from agents.notify.grouping import (
    POLICY_FILE, Batch, LastSent, NotifyPolicy, Outbox, Pending, PolicyError, admit, drop, load_policy,
    most_severe, next_due, render_batch, take_due,
)
from agents.notify.history import (
    FAILED, SENT, SILENCED, SUPERSEDED, UNROUTED, DeliveryStatus, deliveries_topic,
)
from agents.notify.silences import SILENCES_FILE, SilenceError, load_silences, silence_for
from agents.notify.subscriptions import Subscriber, SubscriptionError, load_subscriptions, matches
from streams.records import Alert
from streams.settings import Settings
from streams.shell import dead_letter, decode_or_dead_letter, log

if TYPE_CHECKING:
    from streams.app import AppTopics

T = TypeVar("T")

# Name of the changelog-backed delivery log table.
LOG_TABLE = "notify-log"


class WatchedFile(Generic[T]):
    """A config file re-read when it changes, so CLI edits (subscribe, silence)
    take effect without restarting workers. A broken edit keeps the last good value."""

    def __init__(self, path: Path, load: Callable[[Path], T], empty: T, errors: tuple[type[Exception], ...]):
        self.path, self._load, self._empty, self._errors = path, load, empty, errors
        self._stamp: float | None = None
        self._value: T = empty

    def current(self) -> T:
        try:
            stamp = os.stat(self.path).st_mtime_ns
        except FileNotFoundError:
            self._stamp, self._value = None, self._empty
            return self._value
        if stamp != self._stamp:
            try:
                self._value = self._load(self.path)
            except self._errors as exc:
                log.error("notify: %s (keeping the previous version)", exc)
            self._stamp = stamp
        return self._value


def SubscriptionsFile(path: Path) -> WatchedFile[list[Subscriber]]:  # noqa: N802 - kept for callers of the old class
    return WatchedFile(path, load_subscriptions, [], (SubscriptionError,))


def country_of(base: str) -> str | None:
    """A base's country, so a country filter also catches alerts scoped to one of its bases."""
    found = default_gazetteer().resolve(base)
    return found.country if found else None


class _Held:
    __slots__ = ("event", "waiting")

    def __init__(self, event: Any, waiting: set[str]):
        self.event, self.waiting = event, waiting


class InOrderAcks:
    """Acknowledges events in offset order per partition, once nothing they wait for is pending.

    Faust commits up to the highest *contiguous* acknowledged offset but does
    not guard a gap right after the committed one, so acknowledging offset 5
    while 4 still waits could commit past 4. Holding every later event back
    until the earlier ones settle keeps the commit honest.
    """

    def __init__(self) -> None:
        self._held: dict[Any, deque[_Held]] = {}

    def hold(self, tp: Any, event: Any, waiting: set[str]) -> list[Any]:
        """Register ``event``; returns the events that may be acknowledged now."""
        queue = self._held.setdefault(tp, deque())
        queue.append(_Held(event, set(waiting)))
        return self._release(queue)

    def settle(self, ids: Iterable[str]) -> list[Any]:
        """Mark delivery ids settled; returns the events that may be acknowledged now."""
        done = set(ids)
        out: list[Any] = []
        for queue in self._held.values():
            for held in queue:
                held.waiting -= done
            out += self._release(queue)
        return out

    def forget(self, tps: Iterable[Any]) -> None:
        """Drop held events of partitions this worker lost: their new owner reads them again."""
        for tp in tps:
            self._held.pop(tp, None)

    def __len__(self) -> int:
        return sum(len(q) for q in self._held.values())

    @staticmethod
    def _release(queue: deque[_Held]) -> list[Any]:
        out = []
        while queue and not queue[0].waiting:
            out.append(queue.popleft().event)
        return out


def _utc(seconds: float) -> datetime:
    return datetime.fromtimestamp(seconds, tz=timezone.utc)


class NotifyShell:
    """The notify stage's state and effects: outbox, acks, sends, table and status topic."""

    def __init__(self, app: faust.App, topics: "AppTopics", settings: Settings, *,
                 notifier: Notifier | None = None, clock: Callable[[], float] = time.time) -> None:
        self.app, self.topics, self.settings, self.clock = app, topics, settings, clock
        self.partitions = topics.alerts.partitions or settings.partitions
        self.table = app.Table(LOG_TABLE, default=dict, key_type=bytes, partitions=self.partitions,
                               use_partitioner=True)
        # Writes happen outside stream iteration too (after a send), where Faust cannot take the
        # partition from the current event: give it the alert's partition explicitly.
        self.table.partition_for_key = self._partition_for_key  # type: ignore[method-assign]
        self.status_topic = app.topic(deliveries_topic(settings.topic_prefix), key_type=bytes, value_type=bytes,
                                      key_serializer="raw", value_serializer="raw", partitions=settings.partitions,
                                      replicas=settings.replication)
        config = Path(settings.config_dir)
        self.subscriptions = SubscriptionsFile(settings.subscriptions_path)
        self.silences = WatchedFile(config / SILENCES_FILE, load_silences, [], (SilenceError,))
        self.policy = WatchedFile(config / POLICY_FILE, load_policy, NotifyPolicy(), (PolicyError,))
        self.notifier: Notifier = notifier or AppriseNotifier()
        self.outbox = Outbox()
        self.acks = InOrderAcks()
        self.busy: set[str] = set()
        self.inflight: dict[tuple[str, str], LastSent] = {}
        self.alert_tp: dict[str, Any] = {}
        self._wake: asyncio.Event | None = None
        self._tasks: set[asyncio.Task] = set()

    # -- reading alerts ---------------------------------------------------

    async def on_event(self, event: Any) -> None:
        """Plan the deliveries of one alert record; acknowledge it once they are all settled."""
        key, value, tp = event.key, event.value, event.message.tp
        alert = await decode_or_dead_letter(Alert, value, key, deadletter=self.topics.deadletter, stage="notify",
                                            source_topic=self.topics.names.alerts)
        if alert is None:
            self._ack(self.acks.hold(tp, event, set()))
            return
        print(f"ALERT [{alert.severity}] {alert.event_date} {alert.rule} v{alert.version}: {alert.summary}",
              flush=True)
        now = self.clock()
        record = self._record(alert.alert_id)
        status: dict[str, str] = record["status"]
        policy = self.policy.current()
        silences = self.silences.current()
        wanted = [s for s in self.subscriptions.current() if matches(s, alert, country_of)]
        settled: list[DeliveryStatus] = []
        waiting: set[str] = set()
        if not wanted:
            settled.append(DeliveryStatus(alert.alert_id, alert.version, "", UNROUTED, at=now))
        silence = silence_for(alert, silences, _utc(now), country_of) if wanted else None
        for sub in wanted:
            outbox, admission = admit(self.outbox, alert, sub.name, settled=status,
                                      last_sent=self._last_sent(record, alert.alert_id, sub.name),
                                      policy=policy, now=now)
            if admission.action == "done":
                continue
            if silence is not None and admission.action != "superseded":
                outbox = self.outbox  # a silenced alert never waits
                outcome = DeliveryStatus(alert.alert_id, alert.version, sub.name, SILENCED,
                                         detail=silence.describe(), delivery_id=admission.delivery_id, at=now)
            elif admission.action == "superseded":
                outcome = DeliveryStatus(alert.alert_id, alert.version, sub.name, SUPERSEDED,
                                         detail=admission.detail, delivery_id=admission.delivery_id, at=now)
            else:
                outcome = None
                waiting.add(admission.delivery_id)
            self.outbox = outbox
            if outcome is not None:
                status[outcome.delivery_id] = _status_text(outcome)
                settled.append(outcome)
        if any(s.delivery_id for s in settled):
            await self._write(alert.alert_id, record)
        for outcome in settled:
            await self._publish(outcome)
        if waiting:
            self.alert_tp[alert.alert_id] = tp
            self._poke()
        self._ack(self.acks.hold(tp, event, waiting))

    def _record(self, alert_id: str) -> dict[str, Any]:
        stored = self.table[alert_id.encode()] or {}
        return {"status": dict(stored.get("status", {})), "notified": dict(stored.get("notified", {}))}

    def _last_sent(self, record: dict[str, Any], alert_id: str, subscriber: str) -> LastSent | None:
        known = record["notified"].get(subscriber)
        stored = LastSent(int(known["version"]), float(known["at"])) if known else None
        flying = self.inflight.get((alert_id, subscriber))
        if flying is not None and (stored is None or flying.version > stored.version):
            return flying
        return stored

    # -- sending ----------------------------------------------------------

    async def run(self) -> None:
        """Send messages as they fall due, forever (started as an app task)."""
        self._wake = asyncio.Event()
        await self._declare_status_topic()
        # Apprise loads its service plugins on first use (~0.4 s); pay that now, not on the first alert.
        await asyncio.get_running_loop().run_in_executor(None, apprise.Apprise.instantiate, "json://127.0.0.1")
        while True:
            policy = self.policy.current()
            now = self.clock()
            self.outbox, batches = take_due(self.outbox, policy, now, self.busy)
            for batch in batches:
                self.busy.add(batch.subscriber)
                for item in batch.items:
                    self.inflight[(item.alert.alert_id, batch.subscriber)] = LastSent(item.alert.version, now)
                task = asyncio.ensure_future(self._send(batch))
                self._tasks.add(task)
                task.add_done_callback(self._tasks.discard)
            due = next_due(self.outbox, policy, self.busy)
            self._wake.clear()
            timeout = None if due is None else max(0.0, due - self.clock())
            try:
                await asyncio.wait_for(self._wake.wait(), timeout)
            except asyncio.TimeoutError:
                pass

    async def _declare_status_topic(self) -> None:
        """Create ``<prefix>.deliveries`` with the configured partitions before the first outcome,
        so the broker does not auto-create it with its own default. Uses a separate admin
        connection with a timeout: a broker that is slow to answer must not stall sending."""
        from streams.kafka import ensure_topics

        try:
            await asyncio.wait_for(ensure_topics(self.settings, [self.status_topic.get_topic_name()]), 20)
        except Exception as exc:  # the topic is also auto-created on first send; log and go on
            log.warning("notify: could not create %s: %s", self.status_topic.get_topic_name(), exc)

    def _poke(self) -> None:
        if self._wake is not None:
            self._wake.set()

    async def _send(self, batch: Batch) -> None:
        try:
            await self._send_batch(batch)
        except asyncio.CancelledError:
            raise
        except Exception:  # never lose the flusher's bookkeeping to an unexpected error
            log.exception("notify: sending to %s failed unexpectedly; the alerts stay unacknowledged", batch.subscriber)
        finally:
            self.busy.discard(batch.subscriber)
            for item in batch.items:
                self.inflight.pop((item.alert.alert_id, batch.subscriber), None)
            self._poke()

    async def _send_batch(self, batch: Batch) -> None:
        now = self.clock()
        subscriber = next((s for s in self.subscriptions.current() if s.name == batch.subscriber), None)
        silences = self.silences.current()
        outcomes: list[tuple[Pending, DeliveryStatus]] = []
        to_send: list[Pending] = []
        for item in batch.items:
            silence = silence_for(item.alert, silences, _utc(now), country_of)
            if subscriber is None:
                outcomes.append((item, self._outcome(item, SUPERSEDED, now, "subscriber removed before sending")))
            elif silence is not None:
                outcomes.append((item, self._outcome(item, SILENCED, now, silence.describe())))
            else:
                to_send.append(item)
        result: DeliveryResult | None = None
        if to_send and subscriber is not None:
            alerts = [p.alert for p in to_send]
            title, body = render_batch(alerts, subscriber.format)
            first = to_send[0].delivery_id
            message_id = first if len(to_send) == 1 else f"{first}+{len(to_send) - 1}"
            delivery = Delivery(message_id, subscriber, most_severe(alerts), title, body)
            result = await deliver_with_retry(self.notifier, delivery)
            sent_at = self.clock()
            # The next message to this subscriber may leave now; recording this one does not block it
            # (its in-flight version stays known to the repeat interval until it is recorded).
            self.busy.discard(batch.subscriber)
            self._poke()
            for item in to_send:
                if result.ok:
                    outcomes.append((item, self._outcome(item, SENT, sent_at, attempts=result.attempts)))
                else:
                    outcomes.append((item, self._outcome(item, FAILED, sent_at, result.error or "failed",
                                                         attempts=result.attempts)))
        await self._settle(outcomes)
        if result is not None and not result.ok:
            for item in to_send:
                await dead_letter(
                    self.topics.deadletter, stage="notify",
                    reason=f"{item.delivery_id} failed after {result.attempts} attempt(s): {result.error}",
                    payload=item.alert.to_json(), key=item.alert.alert_id, source_topic=self.topics.names.alerts)

    @staticmethod
    def _outcome(item: Pending, status: str, at: float, detail: str = "", attempts: int = 0) -> DeliveryStatus:
        return DeliveryStatus(item.alert.alert_id, item.alert.version, item.subscriber, status, detail=detail,
                              delivery_id=item.delivery_id, at=at, attempts=attempts)

    async def _settle(self, outcomes: list[tuple[Pending, DeliveryStatus]]) -> None:
        """Record outcomes in the table, flush it, publish them, then release the alerts' offsets."""
        records: dict[str, dict[str, Any]] = {}
        published: list[DeliveryStatus] = []
        for item, outcome in outcomes:
            record = records.setdefault(item.alert.alert_id, self._record(item.alert.alert_id))
            record["status"][item.delivery_id] = _status_text(outcome)
            published.append(outcome)
            for folded in item.folded:
                record["status"][folded] = f"{SUPERSEDED}: folded into v{item.alert.version}"
                version = int(folded.rsplit("@v", 1)[1].split("->", 1)[0])
                published.append(DeliveryStatus(item.alert.alert_id, version, item.subscriber, SUPERSEDED,
                                                detail=f"folded into v{item.alert.version}", delivery_id=folded,
                                                at=outcome.at))
            if outcome.status == SENT:
                record["notified"][item.subscriber] = {"version": item.alert.version, "at": outcome.at}
        for alert_id, record in records.items():
            await self._write(alert_id, record)
        # Make the delivery log durable now, so a crash right after a send does not resend it.
        started = time.monotonic()
        await self.app.producer.flush()
        flushed = time.monotonic()
        for outcome in published:
            await self._publish(outcome)
        log.info("notify: settled %d delivery id(s) (log flushed in %.3fs, outcomes published in %.3fs)",
                 len(published), flushed - started, time.monotonic() - flushed)
        ids = [did for item, _ in outcomes for did in item.delivery_ids]
        self._ack(self.acks.settle(ids))
        still_waiting = {p.alert.alert_id for p in self.outbox.items()}
        for item, _ in outcomes:
            if item.alert.alert_id not in still_waiting:
                self.alert_tp.pop(item.alert.alert_id, None)

    async def _write(self, alert_id: str, record: dict[str, Any]) -> None:
        self.table[alert_id.encode()] = record

    def _partition_for_key(self, key: bytes) -> int:
        """The alerts-topic partition of ``key``: where its changelog record must go so
        the worker that owns the alert recovers it (the producer's default partitioner)."""
        return (murmur2(key) & 0x7FFFFFFF) % self.partitions

    async def _publish(self, outcome: DeliveryStatus) -> None:
        await self.status_topic.send(key=outcome.alert_id.encode(), value=outcome.to_json())

    def _ack(self, events: list[Any]) -> None:
        for event in events:
            event.ack()

    # -- rebalancing ------------------------------------------------------

    def on_revoked(self, revoked: Iterable[Any]) -> None:
        """Forget alerts of partitions another worker now owns; it reads them again from the committed offset."""
        lost = set(revoked)
        gone = {aid for aid, tp in self.alert_tp.items() if tp in lost}
        self.outbox, dropped = drop(self.outbox, gone)
        self.acks.forget(lost)
        for aid in gone:
            self.alert_tp.pop(aid, None)
        if dropped:
            log.info("notify: %d waiting deliveries moved to another worker", len(dropped))


def _status_text(outcome: DeliveryStatus) -> str:
    """How an outcome is kept in the table: "sent", or "<status>: <masked detail>"."""
    return outcome.status if not outcome.detail else f"{outcome.status}: {outcome.detail}"


def register(app: faust.App, topics: "AppTopics", settings: Settings) -> NotifyShell:
    """Attach the notify agent, its sender task and its delivery log to ``app``."""
    shell = NotifyShell(app, topics, settings)

    @app.agent(topics.alerts, name="notify")
    async def notify(stream: faust.StreamT) -> None:
        # Manual acks: an alert's offset may be committed only once its deliveries are settled.
        async for event in stream.noack().events():
            await shell.on_event(event)

    @app.task
    async def notify_sender() -> None:
        await shell.run()

    @app.on_partitions_revoked.connect
    async def notify_revoked(sender: Any, revoked: Any, **kwargs: Any) -> None:
        shell.on_revoked(revoked)

    return shell
