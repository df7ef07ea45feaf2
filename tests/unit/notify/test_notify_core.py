"""Notify core: rendering, delivery planning, retry with backoff, and the in-memory notifier."""

from __future__ import annotations

import asyncio
import random

import pytest

from agents.notify.core import (
    DEFAULT_RETRY,
    TITLE_MAX,
    AppriseNotifier,
    Delivery,
    DeliveryResult,
    Notifier,
    RetryPolicy,
    deliver_with_retry,
    delivery_id,
    plan_deliveries,
    render,
)
from agents.notify.subscriptions import MASK, Subscriber
from agents.notify.testing import InMemoryNotifier
from streams.records import Alert


def alert(**kw) -> Alert:
    base = dict(
        alert_id="3f2a9c", version=1, rule="casualties", severity="critical", scope="base:Tower 22",
        summary="Drone strike kills 3 U.S. soldiers at Tower 22", reason="3 killed, the casualty rule fires on any death",
        event_date="2024-01-28", event_ids=("e1",),
        sources=("https://www.example.com/news/tower-22?utm=x", "Reuters (2024-01-28)"),
        counts={"killed": 3, "injured": 34}, quote="a one-way attack drone struck the base",
    )
    base.update(kw)
    return Alert(**base)


def sub(name: str = "ops", **kw) -> Subscriber:
    kw.setdefault("urls", (f"json://127.0.0.1:9/{name}",))
    return Subscriber(name=name, **kw)


# ---------------------------------------------------------------------------
# render
# ---------------------------------------------------------------------------

@pytest.mark.parametrize("fmt", ["text", "markdown"])
def test_render_says_everything_in_plain_words(fmt: str) -> None:
    title, body = render(alert(), fmt)
    assert "CRITICAL" in title and "Tower 22" in title and "Drone strike kills 3" in title
    for part in ("critical", "casualties", "Tower 22", "2024-01-28", "killed 3", "injured 34",
                 "one-way attack drone struck the base", "Reuters", "3f2a9c", "casualty rule fires"):
        assert part in body, (part, body)
    assert "\n" not in title


def test_render_text_lists_source_urls_verbatim() -> None:
    _, body = render(alert(), "text")
    assert "- https://www.example.com/news/tower-22?utm=x" in body
    assert "Quote: \u201ca one-way attack drone struck the base\u201d" in body


def test_render_markdown_links_sources_and_escapes_article_text() -> None:
    a = alert(summary="Rockets hit *base* [unconfirmed]", quote="see [link](javascript:alert(1))",
              sources=("https://ex.com/a_(b)", "javascript:alert(1)"))
    title, body = render(a, "markdown")
    assert "Rockets hit \\*base\\* \\[unconfirmed\\]" in body
    assert "> see \\[link\\]\\(javascript:alert\\(1\\)\\)" in body
    assert "(https://ex.com/a_%28b%29)" in body  # parentheses in a URL cannot end the link early
    assert "](javascript" not in body  # only http(s) sources become links
    assert title.startswith("[CRITICAL] Tower 22: Rockets hit *base*")  # titles stay plain


@pytest.mark.parametrize("scope,place", [
    ("base:Ain al-Asad Air Base", "Ain al-Asad Air Base"),
    ("country:Syria", "Syria (country-wide)"),
    ("region", "Region-wide"),
])
def test_render_names_the_place(scope: str, place: str) -> None:
    title, body = render(alert(scope=scope), "text")
    assert place in title and f"Where: {place}" in body


def test_render_marks_updates_and_omits_missing_parts() -> None:
    title, body = render(alert(version=3, quote=None, counts={}, sources=()), "text")
    assert title.startswith("[CRITICAL, update 3]")
    assert "Quote" not in body and "Counts" not in body and "Sources" not in body
    assert "version 3" in body


def test_render_title_is_bounded_and_single_line() -> None:
    title, _ = render(alert(summary="word\n" * 200), "markdown")
    assert len(title) <= TITLE_MAX and "\n" not in title


def test_render_rejects_unknown_format() -> None:
    with pytest.raises(ValueError):
        render(alert(), "html")


# ---------------------------------------------------------------------------
# plan_deliveries
# ---------------------------------------------------------------------------

SUBS = [
    sub("all"),
    sub("md", format="markdown"),
    sub("syria", countries=("Syria",)),
    sub("critical-only", min_severity="critical"),
    sub("pauses", rules=("pause_end",)),
]

PLANS = [
    # (alert fields, already delivered, expected subscriber names)
    ({}, set(), ["all", "md", "critical-only"]),
    ({}, {"3f2a9c@v1->all"}, ["md", "critical-only"]),
    ({}, {"3f2a9c@v1->all", "3f2a9c@v1->md", "3f2a9c@v1->critical-only"}, []),
    ({"version": 2}, {"3f2a9c@v1->all"}, ["all", "md", "critical-only"]),  # a new version is news
    ({"severity": "high"}, set(), ["all", "md"]),
    ({"scope": "country:Syria"}, set(), ["all", "md", "syria", "critical-only"]),
    ({"rule": "pause_end", "severity": "info"}, set(), ["all", "md", "pauses"]),
]


@pytest.mark.parametrize("alert_kw,delivered,names", PLANS)
def test_plan_deliveries(alert_kw: dict, delivered: set[str], names: list[str]) -> None:
    a = alert(**alert_kw)
    plans = plan_deliveries(a, SUBS, delivered, country_of={"Tower 22": "Jordan"}.get)
    assert [d.subscriber.name for d in plans] == names
    for d in plans:
        assert d.delivery_id == f"{a.alert_id}@v{a.version}->{d.subscriber.name}" == delivery_id(a, d.subscriber.name)
        assert (d.title, d.body) == render(a, d.subscriber.format)
        assert d.urls == d.subscriber.urls and d.alert is a
        assert d.delivery_id not in delivered


def test_plan_is_idempotent_once_results_are_recorded() -> None:
    """Replaying the same alert after recording every success plans nothing."""
    a = alert()
    delivered: set[str] = set()
    first = plan_deliveries(a, SUBS, delivered)
    delivered |= {d.delivery_id for d in first}
    assert plan_deliveries(a, SUBS, delivered) == []


def test_delivery_repr_hides_urls() -> None:
    d = plan_deliveries(alert(), [sub(urls=("json://user:hunter2@h/p",))], set())[0]
    assert "hunter2" not in repr(d)


# ---------------------------------------------------------------------------
# retry and backoff
# ---------------------------------------------------------------------------

class FakeSleep:
    """Records the waits instead of waiting."""

    def __init__(self) -> None:
        self.waits: list[float] = []

    async def __call__(self, seconds: float) -> None:
        self.waits.append(seconds)


def one_delivery(name: str = "ops") -> Delivery:
    return plan_deliveries(alert(), [sub(name)], set())[0]


RETRY = [
    # (fail first N, attempts allowed, ok, attempts made, sends recorded)
    (0, 5, True, 1, 1),
    (1, 5, True, 2, 1),
    (4, 5, True, 5, 1),
    (5, 5, False, 5, 0),
    (9, 3, False, 3, 0),
    (2, 1, False, 1, 0),
]


@pytest.mark.parametrize("fail_first,attempts,ok,made,recorded", RETRY)
def test_deliver_with_retry(fail_first: int, attempts: int, ok: bool, made: int, recorded: int) -> None:
    notifier = InMemoryNotifier(fail_first={"ops": fail_first})
    sleep = FakeSleep()
    d = one_delivery()
    result = asyncio.run(deliver_with_retry(notifier, d, attempts=attempts, base_delay=1.0, max_delay=4.0,
                                            sleep=sleep, rng=random.Random(7)))
    assert result.ok is ok and result.attempts == made and result.delivery_id == d.delivery_id
    assert (result.error is None) is ok
    assert notifier.attempts["ops"] == made and len(notifier.sent) == recorded
    assert len(sleep.waits) == made - 1  # no wait after the last attempt
    for n, wait in enumerate(sleep.waits, 1):
        cap = min(4.0, 1.0 * 2 ** (n - 1))
        assert cap / 2 <= wait <= cap


def test_backoff_grows_exponentially_up_to_the_cap() -> None:
    policy = RetryPolicy(attempts=8, base_delay=0.5, max_delay=3.0)
    assert [policy.cap(n) for n in range(1, 7)] == [0.5, 1.0, 2.0, 3.0, 3.0, 3.0]
    rng = random.Random(1)
    waits = [policy.delay(n, rng) for n in range(1, 7)]
    assert all(policy.cap(n) / 2 <= w <= policy.cap(n) for n, w in enumerate(waits, 1))
    assert len(set(waits)) == len(waits)  # jittered


def test_backoff_is_reproducible_with_a_seeded_rng() -> None:
    def run() -> list[float]:
        sleep = FakeSleep()
        asyncio.run(deliver_with_retry(InMemoryNotifier(fail_all=3), one_delivery(), sleep=sleep, rng=random.Random(42)))
        return sleep.waits

    assert run() == run() and len(run()) == 3


def test_default_policy_is_named_once() -> None:
    assert DEFAULT_RETRY == RetryPolicy(attempts=5, base_delay=0.5, max_delay=30.0)
    sleep = FakeSleep()
    result = asyncio.run(deliver_with_retry(InMemoryNotifier(fail_all=99), one_delivery(), sleep=sleep))
    assert result.attempts == DEFAULT_RETRY.attempts and len(sleep.waits) == DEFAULT_RETRY.attempts - 1


@pytest.mark.parametrize("kw", [{"attempts": 0}, {"base_delay": -1.0}, {"max_delay": -1.0}])
def test_invalid_policy_rejected(kw: dict) -> None:
    with pytest.raises(ValueError):
        asyncio.run(deliver_with_retry(InMemoryNotifier(), one_delivery(), sleep=FakeSleep(), **kw))


def test_permanent_failure_is_not_retried() -> None:
    notifier = InMemoryNotifier(fail_all=9, permanent=True)
    sleep = FakeSleep()
    result = asyncio.run(deliver_with_retry(notifier, one_delivery(), sleep=sleep))
    assert not result.ok and result.attempts == 1 and sleep.waits == []


def test_failure_per_subscriber_is_independent() -> None:
    notifier = InMemoryNotifier(fail_first={"flaky": 2})
    a = alert()
    plans = plan_deliveries(a, [sub("flaky"), sub("steady")], set())

    async def run() -> list[DeliveryResult]:
        return list(await asyncio.gather(*(deliver_with_retry(notifier, d, sleep=FakeSleep()) for d in plans)))

    results = asyncio.run(run())
    assert [(r.ok, r.attempts) for r in results] == [(True, 3), (True, 1)]
    assert sorted(notifier.delivery_ids) == [f"{a.alert_id}@v1->flaky", f"{a.alert_id}@v1->steady"]
    assert notifier.attempts == {"flaky": 3, "steady": 1}
    assert [d.delivery_id for d in notifier.sent_to("flaky")] == [f"{a.alert_id}@v1->flaky"]


class PartialNotifier:
    """Fails one URL of a subscriber until it has been tried ``fail`` times."""

    def __init__(self, bad: str, fail: int) -> None:
        self.bad, self.fail = bad, fail
        self.calls: list[tuple[str, ...]] = []

    async def send(self, delivery: Delivery) -> DeliveryResult:
        self.calls.append(tuple(delivery.urls))
        if self.bad in delivery.urls and sum(self.bad in c for c in self.calls) <= self.fail:
            return DeliveryResult(delivery.delivery_id, False, "bad url down", failed_urls=(self.bad,))
        return DeliveryResult(delivery.delivery_id, True)


def test_retry_resends_only_to_the_urls_that_failed() -> None:
    good, bad = "json://127.0.0.1:9/good", "json://127.0.0.1:9/bad"
    d = plan_deliveries(alert(), [sub(urls=(good, bad))], set())[0]
    notifier = PartialNotifier(bad, fail=2)
    result = asyncio.run(deliver_with_retry(notifier, d, sleep=FakeSleep()))
    assert result.ok and result.attempts == 3
    assert notifier.calls == [(good, bad), (bad,), (bad,)]  # the good receiver got it once


class RaisingNotifier:
    async def send(self, delivery: Delivery) -> DeliveryResult:
        raise ConnectionError(f"cannot reach {delivery.urls[0]}")


def test_a_raising_notifier_counts_as_a_failed_attempt_with_masked_error() -> None:
    d = plan_deliveries(alert(), [sub(urls=("json://user:hunter2@127.0.0.1:9/p",))], set())[0]
    result = asyncio.run(deliver_with_retry(RaisingNotifier(), d, attempts=2, sleep=FakeSleep()))
    assert not result.ok and result.attempts == 2
    assert "ConnectionError" in result.error and "hunter2" not in result.error and MASK in result.error


def test_cancellation_is_not_swallowed() -> None:
    async def cancelled_sleep(_: float) -> None:
        raise asyncio.CancelledError

    with pytest.raises(asyncio.CancelledError):
        asyncio.run(deliver_with_retry(InMemoryNotifier(fail_all=1), one_delivery(), sleep=cancelled_sleep))


# ---------------------------------------------------------------------------
# the notifiers
# ---------------------------------------------------------------------------

def test_notifiers_satisfy_the_protocol() -> None:
    assert isinstance(InMemoryNotifier(), Notifier)
    assert isinstance(AppriseNotifier(), Notifier)


def test_in_memory_notifier_reset_keeps_the_failure_plan() -> None:
    n = InMemoryNotifier(fail_first={"ops": 1})
    d = one_delivery()
    assert not asyncio.run(n.send(d)).ok and asyncio.run(n.send(d)).ok
    n.reset()
    assert n.sent == [] and not asyncio.run(n.send(d)).ok


def test_apprise_notifier_reports_an_unusable_url_as_permanent_without_leaking_it() -> None:
    d = plan_deliveries(alert(), [sub(urls=("nosuchservice://user:hunter2@h/p",))], set())[0]
    result = asyncio.run(AppriseNotifier().send(d))
    assert not result.ok and not result.retryable
    assert "hunter2" not in result.error and "nosuchservice://user:****@h/p" in result.error


def test_apprise_notifier_reports_a_refused_connection_as_retryable() -> None:
    d = plan_deliveries(alert(), [sub(urls=("json://user:hunter2@127.0.0.1:9/p",))], set())[0]
    result = asyncio.run(AppriseNotifier(timeout=5).send(d))
    assert not result.ok and result.retryable and result.failed_urls == d.urls
    assert "hunter2" not in result.error and "127.0.0.1" in result.error


def test_plan_only_asks_membership_of_delivered() -> None:
    """A Faust table is not a set; plan_deliveries must only use ``in`` on it."""

    class MembershipOnly:
        def __init__(self, ids: set[str]) -> None:
            self.ids, self.asked = ids, []

        def __contains__(self, key: object) -> bool:
            self.asked.append(key)
            return key in self.ids

        def __iter__(self):
            raise AssertionError("plan_deliveries must not scan the whole table")

    table = MembershipOnly({"3f2a9c@v1->all"})
    plans = plan_deliveries(alert(), SUBS, table)
    assert "3f2a9c@v1->all" not in [d.delivery_id for d in plans] and len(table.asked) == len(SUBS)
