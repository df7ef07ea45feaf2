"""Notifications through apprise to real receivers on loopback: an SMTP server and a JSON webhook.

Nothing is mocked below apprise: the SMTP server is aiosmtpd, the webhook is
``http.server``. A receiver that is down is a port that is bound but not yet
listening, so connections are refused (as for a crashed service) and the port
cannot be taken by anyone else before the receiver comes up on it.
"""

from __future__ import annotations

import asyncio
import email
import email.policy
import socket
import time
from typing import Iterator

import pytest
from aiosmtpd.controller import Controller

from agents.notify.core import AppriseNotifier, Delivery, deliver_with_retry, plan_deliveries
from agents.notify.subscriptions import Subscriber, load_subscriptions, save_subscriptions
from streams.records import Alert

LOOPBACK = "127.0.0.1"
SENDER, RECIPIENT = "basewatch@example.org", "duty-officer@example.org"

ALERT = Alert(
    alert_id="9d1c0e7a55b2f301", version=1, rule="casualties", severity="critical", scope="base:Tower 22",
    summary="Drone strike on Tower 22 kills 3 U.S. soldiers", reason="3 killed; the casualty rule fires on any death",
    event_date="2024-01-28", event_ids=("ev1",), sources=("https://www.example.com/news/tower-22",),
    counts={"killed": 3, "injured": 34}, quote="a one-way attack drone struck the base",
)


def bound_port() -> socket.socket:
    """A loopback port that is reserved but refuses connections until something listens on it."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((LOOPBACK, 0))
    return sock


def wait_until(check, timeout: float = 5.0) -> None:
    """The SMTP handler may finish just after the client returns; give it a moment."""
    deadline = time.monotonic() + timeout
    while not check():
        if time.monotonic() > deadline:
            raise AssertionError("receiver did not get the message in time")
        time.sleep(0.01)


# ---------------------------------------------------------------------------
# receivers
# ---------------------------------------------------------------------------


class Mailbox:
    """aiosmtpd handler keeping every message it accepts."""

    def __init__(self) -> None:
        self.messages: list[email.message.EmailMessage] = []
        self.envelopes: list[tuple[str, list[str]]] = []

    async def handle_DATA(self, server, session, envelope) -> str:
        self.envelopes.append((envelope.mail_from, list(envelope.rcpt_tos)))
        self.messages.append(email.message_from_bytes(envelope.original_content or envelope.content,
                                                      policy=email.policy.default))
        return "250 Message accepted for delivery"


def text_of(message: email.message.EmailMessage) -> str:
    """Every text part of a message, decoded (apprise may send base64 or quoted-printable, text or HTML)."""
    return "\n".join(part.get_content() for part in message.walk() if part.get_content_maintype() == "text")


class SmtpReceiver:
    """An SMTP server on a reserved loopback port; ``up()`` starts it on that port."""

    def __init__(self) -> None:
        self.mailbox = Mailbox()
        self._reserved: socket.socket | None = bound_port()
        self.port = self._reserved.getsockname()[1]
        self.controller: Controller | None = None

    @property
    def url(self) -> str:
        return f"mailto://{LOOPBACK}:{self.port}?from={SENDER}&to={RECIPIENT}&mode=insecure"

    def up(self) -> None:
        assert self._reserved is not None, "already up"
        self._reserved.close()
        self._reserved = None
        self.controller = Controller(self.mailbox, hostname=LOOPBACK, port=self.port, ready_timeout=5.0)
        self.controller.start()  # raises if the server cannot start: the test fails loudly

    def close(self) -> None:
        if self.controller is not None:
            self.controller.stop()
        if self._reserved is not None:
            self._reserved.close()


@pytest.fixture
def smtp() -> Iterator[SmtpReceiver]:
    receiver = SmtpReceiver()
    yield receiver
    receiver.close()


class UpAfter:
    """A sleep for deliver_with_retry that brings receivers up after ``n`` waits, without waiting."""

    def __init__(self, n: int, *receivers) -> None:
        self.n, self.receivers, self.waits = n, receivers, []

    async def __call__(self, seconds: float) -> None:
        self.waits.append(seconds)
        if len(self.waits) == self.n:
            for receiver in self.receivers:
                receiver.up()
        await asyncio.sleep(0)


def deliver_all(deliveries: list[Delivery], **kw) -> list:
    notifier = AppriseNotifier(timeout=10)

    async def run() -> list:
        return list(await asyncio.gather(*(deliver_with_retry(notifier, d, **kw) for d in deliveries)))

    return asyncio.run(run())


# ---------------------------------------------------------------------------
# tests
# ---------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["text", "markdown"])
def test_mailto_delivers_one_mail_with_the_alert(smtp: SmtpReceiver, fmt: str) -> None:
    smtp.up()
    deliveries = plan_deliveries(ALERT, [Subscriber("duty", (smtp.url,), format=fmt)], set())
    [result] = deliver_all(deliveries, attempts=1)
    assert result.ok, result.error
    wait_until(lambda: len(smtp.mailbox.messages) >= 1)
    assert len(smtp.mailbox.messages) == 1
    message = smtp.mailbox.messages[0]
    assert smtp.mailbox.envelopes[0] == (SENDER, [RECIPIENT])
    assert message["Subject"] == deliveries[0].title
    assert "Tower 22" in message["Subject"] and "CRITICAL" in message["Subject"]
    body = text_of(message)
    for part in ("Drone strike on Tower 22 kills 3 U.S. soldiers", "casualty rule", "killed 3",
                 "one-way attack drone", "https://www.example.com/news/tower-22"):
        assert part in body, (part, body)
    if fmt == "markdown":
        assert "<strong>" in body or "<b>" in body  # apprise turned the markdown into HTML mail


def test_json_webhook_receives_one_post_per_delivery(webhook) -> None:
    webhook.up()
    subs = [Subscriber("siem", (webhook.url_for("/siem"),)),
            Subscriber("chat", (webhook.url_for("/chat"),), format="markdown")]
    deliveries = plan_deliveries(ALERT, subs, set())
    results = deliver_all(deliveries, attempts=1)
    assert [r.ok for r in results] == [True, True], [r.error for r in results]
    assert sorted(path for path, _ in webhook.posts) == ["/chat", "/siem"]
    for path, payload in webhook.posts:
        delivery = next(d for d in deliveries if d.subscriber.urls[0].endswith(path))
        assert payload["title"] == delivery.title and "Tower 22" in payload["title"]
        assert payload["message"] == delivery.body
        assert "Drone strike on Tower 22 kills 3 U.S. soldiers" in payload["message"]
        assert payload["type"] == "failure"  # critical severity maps to apprise's most urgent type

    # Recording the successes makes a replay of the same alert plan nothing, so nothing is resent.
    delivered = {d.delivery_id for d, r in zip(deliveries, results) if r.ok}
    assert plan_deliveries(ALERT, subs, delivered) == []
    assert len(webhook.posts) == 2


def test_receivers_down_at_first_get_the_message_exactly_once(smtp: SmtpReceiver, webhook) -> None:
    mail, hook = plan_deliveries(ALERT, [Subscriber("mail", (smtp.url,)), Subscriber("hook", (webhook.url,))], set())
    notifier = AppriseNotifier(timeout=10)
    # Each receiver comes up after its delivery's second failed attempt.
    sleeps = UpAfter(2, smtp), UpAfter(2, webhook)

    async def run() -> list:
        return list(await asyncio.gather(*(
            deliver_with_retry(notifier, d, attempts=5, base_delay=0.01, max_delay=0.05, sleep=sleep)
            for d, sleep in zip((mail, hook), sleeps)
        )))

    results = asyncio.run(run())
    assert [(r.ok, r.attempts) for r in results] == [(True, 3), (True, 3)], [r.error for r in results]
    assert [len(s.waits) for s in sleeps] == [2, 2]
    wait_until(lambda: len(smtp.mailbox.messages) >= 1)
    time.sleep(0.2)  # a duplicate, if any, would arrive now
    assert len(smtp.mailbox.messages) == 1 and len(webhook.posts) == 1
    assert "Drone strike on Tower 22" in text_of(smtp.mailbox.messages[0])
    assert webhook.posts[0][1]["title"] == hook.title


def test_partial_failure_retries_only_the_receiver_that_was_down(smtp: SmtpReceiver, webhook) -> None:
    webhook.up()  # the webhook works from the start; the mail server comes up after one retry
    [delivery] = plan_deliveries(ALERT, [Subscriber("both", (webhook.url, smtp.url))], set())
    [result] = deliver_all([delivery], attempts=4, base_delay=0.01, max_delay=0.05, sleep=UpAfter(1, smtp))
    assert result.ok and result.attempts == 2, result.error
    wait_until(lambda: len(smtp.mailbox.messages) >= 1)
    time.sleep(0.2)
    assert len(webhook.posts) == 1 and len(smtp.mailbox.messages) == 1


def test_receiver_that_stays_down_fails_with_a_masked_error(webhook) -> None:
    url = f"json://user:hunter2@{LOOPBACK}:{webhook.port}/hook"
    [delivery] = plan_deliveries(ALERT, [Subscriber("down", (url,))], set())
    [result] = deliver_all([delivery], attempts=3, base_delay=0.01, max_delay=0.02)
    assert not result.ok and result.attempts == 3 and result.retryable
    assert "hunter2" not in result.error and "****" in result.error and str(webhook.port) in result.error
    assert webhook.posts == []


def test_subscriptions_file_to_real_delivery(tmp_path, smtp: SmtpReceiver, webhook) -> None:
    """The whole path the agent takes: file -> subscribers -> plan -> apprise -> receivers."""
    smtp.up()
    webhook.up()
    path = tmp_path / "subscriptions.toml"
    save_subscriptions(path, [
        Subscriber("mail", (smtp.url,), countries=("Jordan",), min_severity="high"),
        Subscriber("hook", (webhook.url,), format="markdown", bases=("Tower 22",)),
        Subscriber("elsewhere", (webhook.url_for("/never"),), countries=("Syria",), wider_scopes=False),
    ])
    subs = load_subscriptions(path)
    deliveries = plan_deliveries(ALERT, subs, set(), country_of={"Tower 22": "Jordan"}.get)
    assert [d.subscriber.name for d in deliveries] == ["mail", "hook"]
    assert all(r.ok for r in deliver_all(deliveries, attempts=1))
    wait_until(lambda: len(smtp.mailbox.messages) >= 1)
    assert len(smtp.mailbox.messages) == 1 and [p for p, _ in webhook.posts] == ["/hook"]
