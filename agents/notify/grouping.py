"""Alertmanager-like delivery decisions: dedup, repeat interval and grouping, as pure code.

The agent keeps an :class:`Outbox` (alerts waiting per subscriber) and asks
this module three questions, always passing the time in:

* :func:`admit` -- an alert version arrived for a subscriber: drop it (already
  sent, or older than what was sent), fold it into a waiting older version,
  or queue it;
* :func:`take_due` -- which waiting alerts go out now, as one message per
  subscriber;
* :func:`next_due` -- when to ask again.

What the words mean here
------------------------
Alerts are event-driven: an alert id changes only when a new version (more
attacks, more casualties) is published. So:

* **dedup**: a delivery id (alert id, version, subscriber) is sent at most once;
  a version at or below the last one sent to that subscriber is superseded.
* **repeat interval** (per rule): after a subscriber was told about an alert,
  newer versions of that alert are held until ``repeat interval`` has passed
  since that notification; versions arriving meanwhile are folded into the
  newest, so a burst of updates becomes one update. 0 sends every update.
* **group wait**: a subscriber's message leaves ``group_wait`` seconds after its
  oldest waiting alert became ready, carrying every alert ready by then (up to
  ``max_group``); a replay of a busy day is one message per subscriber.
"""

from __future__ import annotations

import os
import re
import tomllib
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Iterable, Mapping

from streams.records import SEVERITIES, Alert

from .core import _place, delivery_id, render

# Seconds a subscriber's first ready alert waits for others before the message leaves.
DEFAULT_GROUP_WAIT = 2.0
# Seconds after a notification before a newer version of the same alert is sent.
DEFAULT_REPEAT_INTERVAL = 300.0
# Most alerts in one message; a bigger backlog goes out as several messages.
DEFAULT_MAX_GROUP = 50
# File, in the config folder, that overrides the defaults above.
POLICY_FILE = "notify.toml"


class PolicyError(ValueError):
    """A notify.toml that cannot be used."""


_DURATION = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|h|d)?\s*$")
_UNIT = {"ms": 0.001, "s": 1.0, None: 1.0, "m": 60.0, "h": 3600.0, "d": 86400.0}


def parse_duration(value: Any, what: str = "duration") -> float:
    """Seconds from a number or text such as "500ms", "2s", "5m", "1h"."""
    if isinstance(value, bool):
        raise PolicyError(f"{what}: expected seconds or a duration like '2s', got {value!r}")
    if isinstance(value, (int, float)):
        seconds = float(value)
    else:
        match = _DURATION.match(str(value))
        if not match:
            raise PolicyError(f"{what}: expected seconds or a duration like '2s', '5m', got {value!r}")
        seconds = float(match.group(1)) * _UNIT[match.group(2)]
    if seconds < 0:
        raise PolicyError(f"{what}: must not be negative, got {value!r}")
    return seconds


@dataclass(frozen=True)
class NotifyPolicy:
    """How long to wait before sending, and how often to repeat, per rule."""

    group_wait: float = DEFAULT_GROUP_WAIT
    repeat_interval: float = DEFAULT_REPEAT_INTERVAL
    repeat_by_rule: Mapping[str, float] = field(default_factory=dict)
    max_group: int = DEFAULT_MAX_GROUP

    def repeat_for(self, rule: str) -> float:
        """The repeat interval for alerts of ``rule``."""
        return self.repeat_by_rule.get(rule, self.repeat_interval)


def policy_from_dict(data: Mapping[str, Any], origin: str = POLICY_FILE) -> NotifyPolicy:
    """``group_wait``, ``repeat_interval``, ``max_group`` and a ``[repeat_interval_by_rule]`` table."""
    known = {"group_wait", "repeat_interval", "repeat_interval_by_rule", "max_group"}
    unknown = sorted(set(data) - known)
    if unknown:
        raise PolicyError(f"{origin}: unknown key {unknown[0]!r} (known: {', '.join(sorted(known))})")
    by_rule = data.get("repeat_interval_by_rule", {})
    if not isinstance(by_rule, Mapping):
        raise PolicyError(f"{origin}: repeat_interval_by_rule must be a table of rule = duration")
    max_group = data.get("max_group", DEFAULT_MAX_GROUP)
    if not isinstance(max_group, int) or isinstance(max_group, bool) or max_group < 1:
        raise PolicyError(f"{origin}: max_group must be a whole number >= 1, got {max_group!r}")
    return NotifyPolicy(
        group_wait=parse_duration(data.get("group_wait", DEFAULT_GROUP_WAIT), f"{origin}: group_wait"),
        repeat_interval=parse_duration(data.get("repeat_interval", DEFAULT_REPEAT_INTERVAL),
                                       f"{origin}: repeat_interval"),
        repeat_by_rule={str(k): parse_duration(v, f"{origin}: repeat_interval_by_rule.{k}")
                        for k, v in by_rule.items()},
        max_group=max_group,
    )


def load_policy(path: str | os.PathLike[str]) -> NotifyPolicy:
    """The policy in ``path``; a missing file means the defaults."""
    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8")
    except FileNotFoundError:
        return NotifyPolicy()
    except (OSError, UnicodeDecodeError) as exc:
        raise PolicyError(f"{p}: cannot read: {exc}") from None
    try:
        return policy_from_dict(tomllib.loads(text), str(p))
    except tomllib.TOMLDecodeError as exc:
        raise PolicyError(f"{p}: not valid TOML: {exc}") from None


# ---------------------------------------------------------------------------
# The outbox
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Pending:
    """One alert version waiting for one subscriber.

    ``ready_at`` is the earliest time it may be sent (now for a first
    notification, the end of the repeat interval for an update); ``folded``
    holds the delivery ids of older versions it replaced, which are settled
    together with it.
    """

    alert: Alert
    subscriber: str
    ready_at: float
    folded: tuple[str, ...] = ()

    @property
    def delivery_id(self) -> str:
        return delivery_id(self.alert, self.subscriber)

    @property
    def delivery_ids(self) -> tuple[str, ...]:
        """Every delivery id that sending this settles."""
        return (self.delivery_id,) + self.folded


@dataclass(frozen=True)
class Outbox:
    """Alerts waiting per subscriber, in arrival order. Immutable: functions return a new one."""

    waiting: Mapping[str, tuple[Pending, ...]] = field(default_factory=dict)

    def __len__(self) -> int:
        return sum(len(items) for items in self.waiting.values())

    def items(self) -> Iterable[Pending]:
        for items in self.waiting.values():
            yield from items

    def pending_ids(self) -> set[str]:
        return {did for p in self.items() for did in p.delivery_ids}


@dataclass(frozen=True)
class LastSent:
    """The newest version of an alert a subscriber was told about, and when (clock seconds)."""

    version: int
    at: float


@dataclass(frozen=True)
class Admission:
    """What :func:`admit` decided.

    ``action`` is one of: ``"done"`` (already settled, nothing to do),
    ``"superseded"`` (older than what was sent: settle it with that status),
    ``"waiting"`` (the same delivery id already waits), ``"queued"``,
    ``"folded"`` (replaced an older waiting version, whose ids ride along).
    """

    action: str
    delivery_id: str
    detail: str = ""


def admit(outbox: Outbox, alert: Alert, subscriber: str, *, settled: Mapping[str, str] | set[str],
          last_sent: LastSent | None, policy: NotifyPolicy, now: float) -> tuple[Outbox, Admission]:
    """Put ``alert`` in ``subscriber``'s queue unless it was already dealt with.

    ``settled`` holds the delivery ids already settled for this alert (sent,
    failed, silenced, superseded): a redelivered alert changes nothing, which
    is what makes a restart after a crash send every delivery once.
    """
    did = delivery_id(alert, subscriber)
    if did in settled:
        return outbox, Admission("done", did)
    if last_sent is not None and alert.version <= last_sent.version:
        return outbox, Admission("superseded", did, f"superseded by v{last_sent.version}")
    queue = list(outbox.waiting.get(subscriber, ()))
    for i, item in enumerate(queue):
        if item.alert.alert_id != alert.alert_id:
            continue
        if item.alert.version == alert.version:
            return outbox, Admission("waiting", did)
        if item.alert.version > alert.version:  # a newer version already waits: this one rides along
            queue[i] = replace(item, folded=item.folded + (did,))
            return _with(outbox, subscriber, queue), Admission("folded", did, f"folded into v{item.alert.version}")
        queue[i] = Pending(alert, subscriber, item.ready_at, item.folded + (item.delivery_id,))
        return _with(outbox, subscriber, queue), Admission("folded", did)
    ready_at = now if last_sent is None else max(now, last_sent.at + policy.repeat_for(alert.rule))
    queue.append(Pending(alert, subscriber, ready_at))
    return _with(outbox, subscriber, queue), Admission("queued", did)


def _with(outbox: Outbox, subscriber: str, queue: list[Pending]) -> Outbox:
    waiting = dict(outbox.waiting)
    if queue:
        waiting[subscriber] = tuple(queue)
    else:
        waiting.pop(subscriber, None)
    return Outbox(waiting)


@dataclass(frozen=True)
class Batch:
    """Alerts that go to one subscriber as one message."""

    subscriber: str
    items: tuple[Pending, ...]

    @property
    def delivery_ids(self) -> tuple[str, ...]:
        return tuple(did for p in self.items for did in p.delivery_ids)

    @property
    def alerts(self) -> tuple[Alert, ...]:
        return tuple(p.alert for p in self.items)


def take_due(outbox: Outbox, policy: NotifyPolicy, now: float,
             busy: Iterable[str] = ()) -> tuple[Outbox, list[Batch]]:
    """The messages to send at ``now``, and the outbox without them.

    A subscriber's message is due ``group_wait`` after its oldest ready alert
    became ready. Subscribers in ``busy`` (a message still being sent or
    retried) wait, so their messages stay in order and later alerts gather
    into the next one.
    """
    skip = set(busy)
    waiting = dict(outbox.waiting)
    batches: list[Batch] = []
    for subscriber, items in outbox.waiting.items():
        if subscriber in skip:
            continue
        ready = [p for p in items if p.ready_at <= now]
        if not ready or now < min(p.ready_at for p in ready) + policy.group_wait:
            continue
        chosen = ready[: policy.max_group]
        batches.append(Batch(subscriber, tuple(chosen)))
        rest = tuple(p for p in items if p not in chosen)
        if rest:
            waiting[subscriber] = rest
        else:
            del waiting[subscriber]
    return Outbox(waiting), batches


def next_due(outbox: Outbox, policy: NotifyPolicy, busy: Iterable[str] = ()) -> float | None:
    """When :func:`take_due` will next have something to send (None: nothing waits)."""
    skip = set(busy)
    times = [p.ready_at + policy.group_wait for sub, items in outbox.waiting.items() if sub not in skip
             for p in items]
    return min(times) if times else None


def drop(outbox: Outbox, alert_ids: set[str]) -> tuple[Outbox, list[Pending]]:
    """The outbox without the given alerts (their partitions moved to another worker)."""
    kept: dict[str, tuple[Pending, ...]] = {}
    dropped: list[Pending] = []
    for subscriber, items in outbox.waiting.items():
        keep = tuple(p for p in items if p.alert.alert_id not in alert_ids)
        dropped += [p for p in items if p.alert.alert_id in alert_ids]
        if keep:
            kept[subscriber] = keep
    return Outbox(kept), dropped


# ---------------------------------------------------------------------------
# One message for a batch
# ---------------------------------------------------------------------------


def most_severe(alerts: Iterable[Alert]) -> Alert:
    """The alert that decides how urgent the whole message looks."""
    return max(alerts, key=lambda a: SEVERITIES.index(a.severity) if a.severity in SEVERITIES else -1)


def render_batch(alerts: tuple[Alert, ...] | list[Alert], fmt: str = "text") -> tuple[str, str]:
    """(title, body) of one message carrying ``alerts``.

    One alert renders exactly as :func:`~agents.notify.core.render`. Several
    get a title naming the count, the worst severity and the places, and a
    body with each alert in full, most severe first, so the reader sees what
    matters most at the top.
    """
    alerts = list(alerts)
    if len(alerts) == 1:
        return render(alerts[0], fmt)
    worst = most_severe(alerts)
    order = sorted(alerts, key=lambda a: -SEVERITIES.index(a.severity) if a.severity in SEVERITIES else 0)
    places: list[str] = []
    for a in order:
        place = _place(a.scope)
        if place not in places:
            places.append(place)
    shown = ", ".join(places[:3]) + (f" +{len(places) - 3} more" if len(places) > 3 else "")
    title = f"[{worst.severity.upper()}] {len(alerts)} basewatch alerts: {shown}"
    parts = []
    for i, a in enumerate(order, 1):
        sub_title, body = render(a, fmt)
        if fmt == "markdown":
            parts.append(f"## {i}. {sub_title.replace('#', '')}\n\n{body}")
        else:
            parts.append(f"{i}. {sub_title}\n{body}")
    separator = "\n\n---\n\n" if fmt == "markdown" else "\n\n" + "-" * 40 + "\n\n"
    intro = f"{len(alerts)} alerts in this message, most severe first."
    return title, intro + separator + separator.join(parts)


__all__ = [
    "DEFAULT_GROUP_WAIT", "DEFAULT_MAX_GROUP", "DEFAULT_REPEAT_INTERVAL", "POLICY_FILE", "Admission", "Batch",
    "LastSent", "NotifyPolicy", "Outbox", "Pending", "PolicyError", "admit", "drop", "load_policy",
    "most_severe", "next_due", "parse_duration", "policy_from_dict", "render_batch", "take_due",
]
