"""Stream stage: alerts in, notifications out through apprise.

Which deliveries already happened is kept in a changelog-backed table keyed by
alert id (the alerts topic's key), checked before every send, so a restarted
worker does not notify twice. A delivery that fails after its retries is kept
on the dead-letter topic with the reason and recorded as failed (it is not
tried again for that alert version); the stream goes on with the next alert.
"""

from __future__ import annotations

import asyncio
import os
from pathlib import Path
from typing import TYPE_CHECKING

import faust

from agents.classify.gazetteer import default_gazetteer
from agents.notify.core import AppriseNotifier, deliver_with_retry, plan_deliveries
from agents.notify.subscriptions import Subscriber, SubscriptionError, load_subscriptions
from streams.records import Alert, RecordError
from streams.settings import Settings
from streams.shell import dead_letter, log

if TYPE_CHECKING:
    from streams.app import AppTopics

# Status recorded for a delivery the receiver accepted.
SENT = "sent"


class SubscriptionsFile:
    """The subscriptions file, re-read when it changes, so `basewatch subscribe`
    takes effect without restarting workers. A broken edit keeps the last good list."""

    def __init__(self, path: Path):
        self.path = path
        self._stamp: float | None = None
        self._subscribers: list[Subscriber] = []

    def current(self) -> list[Subscriber]:
        try:
            stamp = os.stat(self.path).st_mtime
        except FileNotFoundError:
            self._stamp, self._subscribers = None, []
            return []
        if stamp != self._stamp:
            try:
                self._subscribers = load_subscriptions(self.path)
            except SubscriptionError as exc:
                log.error("notify: %s (keeping the previous subscriptions)", exc)
            self._stamp = stamp
        return self._subscribers


def country_of(base: str) -> str | None:
    """A base's country, so a country filter also catches alerts scoped to one of its bases."""
    found = default_gazetteer().resolve(base)
    return found.country if found else None


def register(app: faust.App, topics: "AppTopics", settings: Settings) -> None:
    """Attach the notify agent and its delivery log to ``app``."""
    delivered = app.Table("notify-delivered", default=dict, partitions=topics.alerts.partitions)
    subscriptions = SubscriptionsFile(settings.subscriptions_path)
    notifier = AppriseNotifier()

    @app.agent(topics.alerts, name="notify")
    async def notify(stream: faust.StreamT) -> None:
        async for key, value in stream.items():
            try:
                alert = Alert.from_json(value)
            except RecordError as exc:
                await dead_letter(topics.deadletter, stage="notify", reason=str(exc), payload=value, key=key,
                                  source_topic=topics.names.alerts)
                continue
            print(f"ALERT [{alert.severity}] {alert.event_date} {alert.rule} v{alert.version}: {alert.summary}",
                  flush=True)
            record = dict(delivered[alert.alert_id])
            plans = plan_deliveries(alert, subscriptions.current(), set(record), country_of=country_of)
            # Concurrently, so one unreachable service does not hold up the others.
            results = await asyncio.gather(*(deliver_with_retry(notifier, d) for d in plans))
            for delivery, result in zip(plans, results):
                if result.ok:
                    record[delivery.delivery_id] = SENT
                else:
                    record[delivery.delivery_id] = f"failed: {result.error}"
                    await dead_letter(topics.deadletter, stage="notify",
                                      reason=f"{delivery.delivery_id} failed after {result.attempts} attempt(s): {result.error}",
                                      payload=value, key=key, source_topic=topics.names.alerts)
            # A crash between a receiver accepting and this write re-sends that delivery once:
            # at-least-once is the strongest promise without the receiver's help.
            delivered[alert.alert_id] = record
