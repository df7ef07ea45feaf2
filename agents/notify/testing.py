"""A notifier for tests, shipped beside the :class:`~agents.notify.core.Notifier` interface.

Tests of the notify agent (and of anything that sends alerts) can record what
would have been sent and simulate a flaky receiver without a network.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Callable, Mapping

from .core import Delivery, DeliveryResult

if TYPE_CHECKING:
    from streams.records import Alert


@dataclass
class InMemoryNotifier:
    """Records every successful delivery; fails the first N sends per subscriber on request.

    ``fail_first`` maps a subscriber name to how many of its sends fail before
    one succeeds; ``fail_all`` (default 0) applies to subscribers not listed.
    ``attempts`` counts every send per subscriber, failed or not;
    ``permanent`` makes failures non-retryable.
    """

    fail_first: Mapping[str, int] = field(default_factory=dict)
    fail_all: int = 0
    error: str = "simulated failure"
    permanent: bool = False
    sent: list[Delivery] = field(default_factory=list)
    attempts: Counter[str] = field(default_factory=Counter)

    async def send(self, delivery: Delivery) -> DeliveryResult:
        name = delivery.subscriber.name
        self.attempts[name] += 1
        failures = self.fail_first.get(name, self.fail_all)
        if self.attempts[name] <= failures:
            return DeliveryResult(
                delivery.delivery_id,
                False,
                f"{self.error} ({self.attempts[name]}/{failures})",
                failed_urls=tuple(delivery.urls or ()),
                retryable=not self.permanent,
            )
        self.sent.append(delivery)
        return DeliveryResult(delivery.delivery_id, True)

    def sent_to(self, subscriber_name: str) -> list[Delivery]:
        """The deliveries that reached one subscriber, in order."""
        return [d for d in self.sent if d.subscriber.name == subscriber_name]

    @property
    def delivery_ids(self) -> list[str]:
        """Ids of the successful deliveries, in order (duplicates would show a double send)."""
        return [d.delivery_id for d in self.sent]

    def reset(self) -> None:
        """Forget what was sent and attempted; the failure plan stays."""
        self.sent.clear()
        self.attempts.clear()


__all__ = [
    "SAMPLE_BASES", "InMemoryNotifier", "publish_alerts", "sample_alert", "settled_history", "summaries_in", "wait_for",
]


# ---------------------------------------------------------------------------
# Helpers for tests that run a real worker against a real broker
# ---------------------------------------------------------------------------


def sample_alert(n: int, *, version: int = 1, base: str | None = None, severity: str = "high",
                 rule: str = "pause_end") -> "Alert":
    """A distinct, deterministic alert ``n`` (summary names its number and version, for counting)."""
    from streams.records import Alert

    place = base or SAMPLE_BASES[n % len(SAMPLE_BASES)]
    return Alert(alert_id=f"alert{n:04d}", version=version, rule=rule, severity=severity, scope=f"base:{place}",
                 summary=f"Attack number {n} on {place} (v{version})", reason="first attack after a long pause",
                 event_date=f"2024-02-0{1 + n % 9}", event_ids=(f"ev{n}",),
                 sources=(f"https://news.example.org/{n}",), counts={"attacks": version})


# Canonical gazetteer names used by :func:`sample_alert`.
SAMPLE_BASES = ("Tower 22", "Al-Tanf Garrison", "Ain al-Asad Air Base", "Erbil Air Base", "Shaddadi",
                "Mission Support Site Euphrates")


def publish_alerts(settings: Any, alerts: "list[Alert]") -> None:
    """Put alerts on the alerts topic keyed by alert id, as the alert stage does."""
    import asyncio

    from streams.kafka import producer_for
    from streams.topics import TopicNames

    async def run() -> None:
        producer = producer_for(settings)
        await producer.start()
        try:
            for alert in alerts:
                await producer.send_and_wait(TopicNames(settings.topic_prefix).alerts, key=alert.alert_id.encode(),
                                             value=alert.to_json())
        finally:
            await producer.stop()

    asyncio.run(run())


def wait_for(check: Callable[[], bool], timeout: float, what: str, worker: Any = None) -> None:
    """Poll ``check`` until true; fail loudly with the worker's log tail after ``timeout`` seconds."""
    import time

    deadline = time.monotonic() + timeout
    while not check():
        if time.monotonic() > deadline:
            tail = f"\n--- worker log ---\n{worker.log_tail(40)}" if worker is not None else ""
            raise AssertionError(f"timed out after {timeout:.0f}s waiting for {what}{tail}")
        time.sleep(0.1)


def summaries_in(text: str) -> list[str]:
    """The "What happened:" lines of a text message: one per alert it carries."""
    return [line for line in text.splitlines() if line.startswith("What happened: ")]


def settled_history(settings: Any, worker: Any = None, timeout: float = 15.0) -> dict:
    """The alert history (by alert id) once no alert is pending (outcomes are published just after sending)."""
    import asyncio

    from streams.cli_notify import load_alert_history

    rows: list = []

    def done() -> bool:
        nonlocal rows
        rows = asyncio.run(load_alert_history(settings))
        return bool(rows) and all(row.state != "pending" for row in rows)

    wait_for(done, timeout, "every alert to have a delivery outcome", worker)
    return {row.alert.alert_id: row for row in rows}
