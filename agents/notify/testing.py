"""A notifier for tests, shipped beside the :class:`~agents.notify.core.Notifier` interface.

Tests of the notify agent (and of anything that sends alerts) can record what
would have been sent and simulate a flaky receiver without a network.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Mapping

from .core import Delivery, DeliveryResult


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


__all__ = ["InMemoryNotifier"]
