"""Delivery outcomes as records, and the alert history that joins them to alerts.

The notify agent publishes one small :class:`DeliveryStatus` per settled
delivery to ``<prefix>.deliveries`` (keyed by alert id), so any tool can
answer "did anyone get this alert?" without the worker's tables. The join
(:func:`alert_history`) is pure: alerts and statuses in, rows out.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar, Iterable, Sequence

from streams.records import Alert, Record

# Outcome of a delivery, as published and as shown by `basewatch alerts`.
SENT = "sent"
FAILED = "failed"
SILENCED = "silenced"
SUPERSEDED = "superseded"
# An alert version no subscriber wanted (published once, with an empty subscriber).
UNROUTED = "unrouted"
# Shown, never published: a matching subscriber's outcome is not known yet.
PENDING = "pending"
STATUSES = (SENT, FAILED, SILENCED, SUPERSEDED, UNROUTED)


def deliveries_topic(prefix: str) -> str:
    """Delivery outcomes, keyed by alert id (same key and partitioning as the alerts topic)."""
    return f"{prefix}.deliveries"


@dataclass(frozen=True)
class DeliveryStatus(Record):
    """How one delivery (alert version -> subscriber) ended; ``detail`` is masked (safe to show)."""

    kind: ClassVar[str] = "delivery"

    alert_id: str
    version: int
    subscriber: str
    status: str
    detail: str = ""
    delivery_id: str = ""
    at: float = 0.0
    attempts: int = 0

    @classmethod
    def _coerce(cls, kwargs: dict) -> "DeliveryStatus":
        if kwargs.get("status") not in STATUSES:
            raise ValueError(f"status must be one of {STATUSES}, got {kwargs.get('status')!r}")
        kwargs["version"] = int(kwargs.get("version", 1))
        return cls(**kwargs)


@dataclass(frozen=True)
class AlertHistory:
    """The latest version of an alert with how its delivery went, per subscriber."""

    alert: Alert
    state: str
    outcomes: tuple[DeliveryStatus, ...]

    def summary(self) -> str:
        """One line: the state, then each subscriber's outcome with its (masked) reason."""
        if not self.outcomes:
            return self.state
        parts = []
        for o in self.outcomes:
            if o.status == UNROUTED:
                parts.append("no matching subscriber")
                continue
            detail = f" ({o.detail})" if o.detail and o.status != SENT else ""
            parts.append(f"{o.subscriber}: {o.status}{detail}")
        return "; ".join(parts)

    def to_dict(self) -> dict:
        return {**self.alert.to_dict(), "delivery": self.state,
                "deliveries": [{"subscriber": o.subscriber, "status": o.status, "detail": o.detail,
                                "attempts": o.attempts} for o in self.outcomes if o.status != UNROUTED]}


def overall_state(outcomes: Sequence[DeliveryStatus]) -> str:
    """One word for an alert: failed beats pending beats delivered beats silenced.

    Any failure is shown first because it is what an operator must act on.
    """
    statuses = {o.status for o in outcomes}
    if not statuses:
        return PENDING
    if FAILED in statuses:
        return FAILED
    if SENT in statuses:
        return "delivered"
    if SILENCED in statuses:
        return SILENCED
    if statuses == {UNROUTED}:
        return UNROUTED
    return SUPERSEDED


def alert_history(alerts: Iterable[Alert], statuses: Iterable[DeliveryStatus]) -> list[AlertHistory]:
    """Join each alert (latest version) with the outcomes of that version's deliveries.

    A later record for the same delivery id replaces an earlier one (a worker
    restarted after a crash may publish an outcome twice).
    """
    latest: dict[tuple[str, int], dict[str, DeliveryStatus]] = {}
    for s in statuses:
        latest.setdefault((s.alert_id, s.version), {})[s.subscriber] = s
    rows = []
    for alert in alerts:
        outcomes = tuple(latest.get((alert.alert_id, alert.version), {}).values())
        if len(outcomes) > 1:
            outcomes = tuple(o for o in outcomes if o.status != UNROUTED)
        rows.append(AlertHistory(alert, overall_state(outcomes), tuple(sorted(outcomes, key=lambda o: o.subscriber))))
    return rows


__all__ = [
    "FAILED", "PENDING", "SENT", "SILENCED", "STATUSES", "SUPERSEDED", "UNROUTED", "AlertHistory",
    "DeliveryStatus", "alert_history", "deliveries_topic", "overall_state",
]
