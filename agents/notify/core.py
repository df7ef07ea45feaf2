"""Turning alerts into messages and getting them to subscribers.

The pure part (:func:`render`, :func:`plan_deliveries`, :class:`RetryPolicy`)
works over plain records with no broker and no clock, so the Faust agent and
the tests drive it the same way. The effectful part is behind the
:class:`Notifier` protocol: :class:`AppriseNotifier` talks to real services,
``agents.notify.testing.InMemoryNotifier`` stands in for it in tests.

Exactly-once delivery is split in two: :func:`plan_deliveries` never plans a
delivery id found in ``delivered``, and the shell adds an id to that set (kept
in a changelog-backed table) only after :func:`deliver_with_retry` reports it
sent, so a restart neither loses nor repeats a notification. The one window
left is a crash after a receiver accepted a message and before the id was
recorded: that delivery is sent again (at-least-once), never lost.

Use from an agent (sketch)::

    subscribers = load_subscriptions(settings.subscriptions_path)
    notifier = AppriseNotifier()
    async for alert in stream:                      # Alert records
        plans = plan_deliveries(alert, subscribers, delivered_table, country_of=country_of)
        results = await asyncio.gather(*(deliver_with_retry(notifier, d) for d in plans))
        for d, r in zip(plans, results):
            if r.ok:
                delivered_table[d.delivery_id] = True   # changelog-backed
            else:
                ...                                      # dead-letter with r.error (already masked)
"""

from __future__ import annotations

import asyncio
import logging
import random
import re
from dataclasses import dataclass, field, replace
from typing import Awaitable, Callable, Container, Iterable, Protocol, runtime_checkable
from urllib.parse import quote, urlsplit

import apprise

from streams.records import Alert

from .subscriptions import CountryOf, Subscriber, mask_url, matches, parse_scope, scrub

log = logging.getLogger("basewatch.notify")


@dataclass(frozen=True)
class RetryPolicy:
    """How often and how patiently to retry a failed delivery.

    The delay before retry ``n`` is drawn from ``[cap/2, cap]`` with
    ``cap = min(max_delay, base_delay * 2**(n-1))``: exponential so a receiver
    that is down is not hammered, jittered so many deliveries that failed
    together do not retry in lockstep, and never below half the cap so a
    retry is never immediate.
    """

    attempts: int = 5
    base_delay: float = 0.5
    max_delay: float = 30.0

    def __post_init__(self) -> None:
        if not isinstance(self.attempts, int) or self.attempts < 1:
            raise ValueError(f"attempts must be an integer >= 1, got {self.attempts!r}")
        if not (self.base_delay >= 0 and self.max_delay >= 0):
            raise ValueError(f"delays must be >= 0, got base_delay={self.base_delay!r} max_delay={self.max_delay!r}")

    def cap(self, failures: int) -> float:
        """The longest wait after ``failures`` failed attempts (before jitter)."""
        return min(self.max_delay, self.base_delay * (2 ** max(0, failures - 1)))

    def delay(self, failures: int, rng: random.Random) -> float:
        """The jittered wait after ``failures`` failed attempts."""
        cap = self.cap(failures)
        return cap / 2 + rng.uniform(0, cap / 2)


# Retry defaults for deliver_with_retry: five tries over roughly seven seconds.
DEFAULT_RETRY = RetryPolicy(attempts=5, base_delay=0.5, max_delay=30.0)

# Seconds one apprise send (all services of one URL) may take before it counts as failed.
DEFAULT_SEND_TIMEOUT = 30.0

# Longest title sent; chat services and mail clients cut long subjects anyway.
TITLE_MAX = 200

# Alert severity -> apprise notification type, which services show as colour or icon.
NOTIFY_TYPES: dict[str, apprise.NotifyType] = {
    "info": apprise.NotifyType.INFO,
    "high": apprise.NotifyType.WARNING,
    "critical": apprise.NotifyType.FAILURE,
}


@dataclass(frozen=True)
class Delivery:
    """One rendered alert for one subscriber: the unit that is sent, retried and remembered.

    ``urls`` are the subscriber's URLs still to be served (all of them unless a
    retry narrowed them to the ones that failed); left out of the repr because
    they hold credentials.
    """

    delivery_id: str
    subscriber: Subscriber
    alert: Alert
    title: str
    body: str
    urls: tuple[str, ...] | None = field(default=None, repr=False)

    def __post_init__(self) -> None:
        if self.urls is None:
            object.__setattr__(self, "urls", tuple(self.subscriber.urls))

    @property
    def body_format(self) -> str:
        """The subscriber's format ("text" or "markdown"), as apprise names it."""
        return self.subscriber.format


@dataclass(frozen=True)
class DeliveryResult:
    """How a send (or a whole retry run) went.

    ``error`` is safe to log (URLs masked, secrets scrubbed). ``failed_urls``
    lets a retry resend only to the services that failed, so the ones that
    succeeded do not get the message twice. ``retryable`` is False when trying
    again cannot help (a URL apprise cannot load).
    """

    delivery_id: str
    ok: bool
    error: str | None = None
    attempts: int = 1
    failed_urls: tuple[str, ...] = field(default=(), repr=False)
    retryable: bool = True


@runtime_checkable
class Notifier(Protocol):
    """Something that can send a delivery. Must return a failed result, not raise, on delivery errors."""

    async def send(self, delivery: Delivery) -> DeliveryResult: ...


# Signature of the injectable sleep used between retries (asyncio.sleep in production).
Sleep = Callable[[float], Awaitable[object]]


def delivery_id(alert: Alert, subscriber_name: str) -> str:
    """The id that makes a delivery happen once: alert, version and subscriber."""
    return f"{alert.alert_id}@v{alert.version}->{subscriber_name}"


# ---------------------------------------------------------------------------
# Rendering
# ---------------------------------------------------------------------------

_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]<>()#+!|~])")


def _md(text: str) -> str:
    """Escape markdown so that words from news articles cannot change the layout."""
    return _MD_SPECIAL.sub(r"\\\1", text)


def _one_line(text: str) -> str:
    return " ".join(str(text).split())


def _place(scope: str) -> str:
    kind, name = parse_scope(scope)
    if kind == "base":
        return name or scope
    if kind == "country":
        return f"{name} (country-wide)"
    return "Region-wide"


def _counts(alert: Alert) -> str:
    return ", ".join(f"{str(k).replace('_', ' ')} {v}" for k, v in alert.counts.items())


def _title(alert: Alert) -> str:
    tag = ("WITHDRAWN" if alert.withdrawn else alert.severity.upper()) + (f", update {alert.version}" if alert.version > 1 else "")
    title = _one_line(f"[{tag}] {_place(alert.scope)}: {alert.summary}")
    return title if len(title) <= TITLE_MAX else title[: TITLE_MAX - 1].rstrip() + "\u2026"


def _link(url: str) -> str:
    """A markdown link for http(s) sources; anything else is shown as escaped text, not a link."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return _md(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        return _md(url)
    label = _md(_one_line(parts.netloc + (parts.path if parts.path not in ("", "/") else "")))
    target = quote(url, safe=":/?&=%#@!$'*+,;~.-_")
    return f"[{label}]({target})"


def render(alert: Alert, fmt: str = "text") -> tuple[str, str]:
    """The (title, body) of a notification for ``alert`` in ``fmt`` ("text" or "markdown").

    The body says in plain words what happened, where, why it crossed the
    alert threshold, the figures, the strongest quote and where it was
    reported, so the reader can act or check without opening anything else.
    """
    if fmt not in ("text", "markdown"):
        raise ValueError(f"format must be 'text' or 'markdown', got {fmt!r}")
    title = _title(alert)
    counts = _counts(alert)
    if fmt == "text":
        lines = [
            f"Severity: {alert.severity}",
            f"Where: {_place(alert.scope)}",
            f"Date: {alert.event_date}",
            f"Rule: {alert.rule}",
            "",
            f"What happened: {alert.summary}",
            f"Why this alert: {alert.reason}",
        ]
        if counts:
            lines.append(f"Counts: {counts}")
        if alert.quote:
            lines += ["", f"Quote: \u201c{_one_line(alert.quote)}\u201d"]
        if alert.sources:
            lines += ["", "Sources:"] + [f"- {u}" for u in alert.sources]
        lines += ["", f"Alert {alert.alert_id}, version {alert.version}"]
        return title, "\n".join(lines)
    lines = [
        f"### {_md(alert.severity.upper())}: {_md(_place(alert.scope))}",
        "",
        f"**What happened:** {_md(alert.summary)}",
        "",
        f"**Why this alert:** {_md(alert.reason)}",
        "",
        f"- **Severity:** {_md(alert.severity)}",
        f"- **Date:** {_md(alert.event_date)}",
        f"- **Rule:** {_md(alert.rule)}",
    ]
    if counts:
        lines.append(f"- **Counts:** {_md(counts)}")
    if alert.quote:
        lines += ["", f"> {_md(_one_line(alert.quote))}"]
    if alert.sources:
        lines += ["", "**Sources:**", ""] + [f"{i}. {_link(u)}" for i, u in enumerate(alert.sources, 1)]
    lines += ["", f"_Alert {_md(alert.alert_id)}, version {alert.version}_"]
    return title, "\n".join(lines)


def plan_deliveries(
    alert: Alert,
    subscribers: Iterable[Subscriber],
    delivered: Container[str] = frozenset(),
    *,
    country_of: CountryOf | None = None,
) -> list[Delivery]:
    """The deliveries ``alert`` still needs: one per matching subscriber not yet in ``delivered``.

    Pure: the shell passes the ids it has already delivered and records each id
    once its delivery succeeds. ``delivered`` is only asked ``id in delivered``,
    so a set or a Faust table keyed by delivery id both work. ``country_of``
    lets a country filter catch alerts scoped to a base in that country.
    """
    done = delivered
    rendered: dict[str, tuple[str, str]] = {}
    plans: list[Delivery] = []
    for sub in subscribers:
        did = delivery_id(alert, sub.name)
        if did in done or not matches(sub, alert, country_of):
            continue
        if sub.format not in rendered:
            rendered[sub.format] = render(alert, sub.format)
        title, body = rendered[sub.format]
        plans.append(Delivery(did, sub, alert, title, body))
    return plans


# ---------------------------------------------------------------------------
# Sending
# ---------------------------------------------------------------------------


async def deliver_with_retry(
    notifier: Notifier,
    delivery: Delivery,
    *,
    attempts: int = DEFAULT_RETRY.attempts,
    base_delay: float = DEFAULT_RETRY.base_delay,
    max_delay: float = DEFAULT_RETRY.max_delay,
    sleep: Sleep = asyncio.sleep,
    rng: random.Random | None = None,
) -> DeliveryResult:
    """Send ``delivery``, retrying failures with jittered exponential backoff.

    Returns the final result with ``attempts`` set to the number of sends made.
    A retry goes only to the URLs that failed last time. Stops early when a
    result is not retryable. Never raises for delivery errors (a notifier that
    raises anyway is reported as a failed attempt), but lets cancellation
    through so the agent can shut down.
    """
    policy = RetryPolicy(attempts=attempts, base_delay=base_delay, max_delay=max_delay)
    rng = rng if rng is not None else random.Random()
    current = delivery
    result = DeliveryResult(delivery.delivery_id, False, "not attempted", attempts=0)
    for attempt in range(1, policy.attempts + 1):
        try:
            result = await notifier.send(current)
        except asyncio.CancelledError:
            raise
        except Exception as exc:  # a broken notifier must not kill the agent
            result = DeliveryResult(
                delivery.delivery_id, False, f"{type(exc).__name__}: {scrub(str(exc), delivery.urls)}",
                failed_urls=current.urls,
            )
        if result.ok:
            return replace(result, delivery_id=delivery.delivery_id, attempts=attempt, failed_urls=())
        if not result.retryable or attempt == policy.attempts:
            break
        if result.failed_urls:
            failed = set(result.failed_urls)
            remaining = tuple(u for u in current.urls if u in failed)
            if remaining:
                current = replace(current, urls=remaining)
        wait = policy.delay(attempt, rng)
        log.info("delivery %s failed (attempt %d/%d), retrying in %.2fs: %s",
                 delivery.delivery_id, attempt, policy.attempts, wait, result.error)
        await sleep(wait)
    return replace(result, delivery_id=delivery.delivery_id, attempts=attempt)


def default_asset() -> apprise.AppriseAsset:
    """Apprise settings for basewatch: our name on messages, and apprise's secure logging kept on."""
    return apprise.AppriseAsset(app_id="basewatch", app_desc="basewatch alerts", secure_logging=True)


class AppriseNotifier:
    """Sends deliveries through apprise, one apprise call per URL.

    One call per URL is what lets a partial failure be retried without
    repeating the message to the services that already accepted it. Only
    masked URLs are ever logged or put in results.
    """

    def __init__(self, *, timeout: float = DEFAULT_SEND_TIMEOUT, asset: apprise.AppriseAsset | None = None) -> None:
        self.timeout = timeout
        self.asset = asset if asset is not None else default_asset()

    async def send(self, delivery: Delivery) -> DeliveryResult:
        """Send to every URL of the delivery concurrently; ok only if all of them accepted it."""
        urls = tuple(delivery.urls)
        if not urls:
            return DeliveryResult(delivery.delivery_id, False, "subscriber has no URLs", retryable=False)
        outcomes = await asyncio.gather(*(self._send_one(url, delivery) for url in urls))
        failed = [(url, err, retry) for url, (err, retry) in zip(urls, outcomes) if err is not None]
        for url, (err, _) in zip(urls, outcomes):
            if err is None:
                log.info("sent %s to %s", delivery.delivery_id, mask_url(url))
            else:
                log.warning("could not send %s to %s: %s", delivery.delivery_id, mask_url(url), err)
        if not failed:
            return DeliveryResult(delivery.delivery_id, True)
        error = "; ".join(f"{mask_url(url)}: {err}" for url, err, _ in failed)
        return DeliveryResult(
            delivery.delivery_id,
            False,
            error,
            failed_urls=tuple(url for url, _, _ in failed),
            retryable=any(retry for _, _, retry in failed),
        )

    async def _send_one(self, url: str, delivery: Delivery) -> tuple[str | None, bool]:
        """(None, _) when sent, else (masked reason, whether a retry could help)."""
        try:
            plugin = apprise.Apprise.instantiate(url, asset=self.asset)
            if plugin is None:
                return "apprise cannot load this URL", False
            apobj = apprise.Apprise(asset=self.asset)
            apobj.add(plugin)
            result = await apobj.async_notify(
                body=delivery.body,
                title=delivery.title,
                body_format=apprise.NotifyFormat(delivery.body_format),
                notify_type=NOTIFY_TYPES.get(delivery.alert.severity, apprise.NotifyType.INFO),
                timeout=self.timeout,
            )
            if result:
                return None, True
            messages = [e.message for e in result.logs() if e.level in ("WARNING", "ERROR", "CRITICAL")]
            status = getattr(result.status, "name", str(result.status)).lower()
            detail = f" ({_one_line(messages[-1])})" if messages else ""
            return scrub(f"apprise reported {status}{detail}", [url]), True
        except asyncio.CancelledError:
            raise
        except Exception as exc:  # apprise should not raise, but a plugin bug must not escape as a crash
            return scrub(f"{type(exc).__name__}: {exc}", [url]), True


__all__ = [
    "DEFAULT_RETRY", "DEFAULT_SEND_TIMEOUT", "NOTIFY_TYPES", "TITLE_MAX", "AppriseNotifier", "Delivery",
    "DeliveryResult", "Notifier", "RetryPolicy", "Sleep", "default_asset", "deliver_with_retry", "delivery_id",
    "plan_deliveries", "render",
]
