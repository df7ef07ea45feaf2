"""A real worker on the real broker notifies real receivers: grouping, silences, repeat interval, retries.

Alerts are published straight onto the alerts topic (keyed by alert id, as the
alert stage does), so each test exercises the notify stage end to end in
seconds: worker -> apprise -> a local JSON webhook or an aiosmtpd mail server.
"""

from __future__ import annotations

import asyncio
import email
import email.policy
import socket
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Iterator

import pytest
from aiosmtpd.controller import Controller

from agents.notify.silences import Silence, save_silences
from agents.notify.subscriptions import Subscriber, save_subscriptions
from agents.notify.testing import publish_alerts as publish
from agents.notify.testing import sample_alert as make_alert
from agents.notify.testing import settled_history, summaries_in, wait_for
from streams.cli_notify import load_alert_history, silences_path

LOOPBACK = "127.0.0.1"


def write_policy(config_dir: Path, text: str) -> None:
    (config_dir / "notify.toml").write_text(text, encoding="utf-8")


class Mailbox:
    def __init__(self) -> None:
        self.messages: list[email.message.EmailMessage] = []

    async def handle_DATA(self, server, session, envelope) -> str:  # noqa: N802 - aiosmtpd naming
        self.messages.append(email.message_from_bytes(envelope.original_content or envelope.content,
                                                      policy=email.policy.default))
        return "250 Message accepted for delivery"


@pytest.fixture
def smtp() -> Iterator[tuple[Mailbox, str]]:
    with socket.socket() as sock:
        sock.bind((LOOPBACK, 0))
        port = sock.getsockname()[1]
    mailbox = Mailbox()
    controller = Controller(mailbox, hostname=LOOPBACK, port=port, ready_timeout=5.0)
    controller.start()
    yield mailbox, f"mailto://{LOOPBACK}:{port}?from=basewatch@example.org&to=duty@example.org&mode=insecure"
    controller.stop()


def text_of(message: email.message.EmailMessage) -> str:
    return "\n".join(part.get_content() for part in message.walk() if part.get_content_maintype() == "text")


# ---------------------------------------------------------------------------


def test_burst_of_alerts_is_one_message_per_subscriber_and_silenced_ones_are_recorded(
        settings, start_worker, json_receiver, smtp) -> None:
    mailbox, mail_url = smtp
    write_policy(settings.config_dir, 'group_wait = "2s"\n')
    save_subscriptions(settings.subscriptions_path, [
        Subscriber("hook", (json_receiver.url,)),
        Subscriber("mail", (mail_url,), min_severity="critical"),
        Subscriber("tanf-only", (json_receiver.url.replace("/hook", "/tanf"),), bases=("Al-Tanf Garrison",),
                   wider_scopes=False),
    ])
    save_silences(silences_path(settings), [
        Silence("s-erbil", until=datetime.now(timezone.utc) + timedelta(hours=1), base="Erbil Air Base",
                comment="known: exercise"),
    ])
    alerts = [make_alert(n, severity="critical" if n % 2 else "high") for n in range(6)]
    worker = start_worker()
    publish(settings, alerts)

    wait_for(lambda: len(json_receiver.bodies) >= 2 and len(mailbox.messages) >= 1, 45, "the notifications", worker)
    time.sleep(3.0)  # a second message, if grouping failed, would arrive within the group wait
    erbil = next(a for a in alerts if "Erbil" in a.scope)
    hook = [b for b in json_receiver.bodies if "alerts" in b["title"]]
    assert len(json_receiver.bodies) == 2 and len(hook) == 1, [b["title"] for b in json_receiver.bodies]
    [grouped] = hook
    expected = [a for a in alerts if a is not erbil]
    assert grouped["title"].startswith(f"[CRITICAL] {len(expected)} basewatch alerts")
    assert sorted(summaries_in(grouped["message"])) == sorted(f"What happened: {a.summary}" for a in expected)
    assert erbil.summary not in grouped["message"]
    [tanf] = [b for b in json_receiver.bodies if b is not grouped]
    assert "Al-Tanf Garrison" in tanf["title"] and summaries_in(tanf["message"]) == [
        f"What happened: {a.summary}" for a in alerts if "Tanf" in a.scope]

    assert len(mailbox.messages) == 1
    mail = text_of(mailbox.messages[0])
    critical = [a for a in expected if a.severity == "critical"]
    assert all(a.summary in mail for a in critical) and not any(a.summary in mail for a in expected
                                                                  if a.severity != "critical")

    history = settled_history(settings, worker)
    assert history[erbil.alert_id].state == "silenced"
    assert "s-erbil" in history[erbil.alert_id].summary()
    for alert in expected:
        assert history[alert.alert_id].state == "delivered", history[alert.alert_id]


def test_updates_inside_the_repeat_interval_fold_into_one_update(settings, start_worker, json_receiver) -> None:
    write_policy(settings.config_dir, 'group_wait = 0\nrepeat_interval = "1h"\n'
                                      '[repeat_interval_by_rule]\npause_end = "4s"\n')
    save_subscriptions(settings.subscriptions_path, [Subscriber("hook", (json_receiver.url,))])
    worker = start_worker()
    publish(settings, [make_alert(1)])
    wait_for(lambda: len(json_receiver.bodies) >= 1, 40, "the first notification", worker)
    first_at = time.monotonic()
    publish(settings, [make_alert(1, version=2), make_alert(1, version=3), make_alert(1)])  # v1 again: a replay
    wait_for(lambda: len(json_receiver.bodies) >= 2, 20, "the folded update", worker)
    waited = time.monotonic() - first_at
    time.sleep(1.5)
    assert len(json_receiver.bodies) == 2, [b["title"] for b in json_receiver.bodies]
    update = json_receiver.bodies[1]
    assert "update 3" in update["title"] and "(v3)" in update["message"] and "(v2)" not in update["message"]
    assert waited >= 3.0, f"the update came {waited:.1f}s after the first message, inside the repeat interval"
    [row] = settled_history(settings, worker).values()
    assert row.alert.version == 3 and row.state == "delivered"


def test_receiver_down_at_first_gets_each_alert_exactly_once(settings, start_worker, webhook) -> None:
    write_policy(settings.config_dir, "group_wait = 0\n")
    save_subscriptions(settings.subscriptions_path, [Subscriber("hook", (webhook.url,))])
    worker = start_worker()
    alerts = [make_alert(n) for n in range(3)]
    publish(settings, alerts)
    # The worker reads the alerts and its first sends are refused; then the receiver comes up.
    wait_for(lambda: worker.log_path.read_text(errors="replace").count("ALERT [") >= 3, 40,
             "the worker to read the alerts", worker)
    time.sleep(1.0)
    webhook.up()
    wait_for(lambda: sum(len(summaries_in(p["message"])) or 1 for p in webhook.bodies) >= 3, 30,
             "every alert after the receiver came up", worker)
    time.sleep(2.0)
    seen = [s for p in webhook.bodies for s in (summaries_in(p["message"]) or [p["message"]])]
    joined = "\n".join(p["message"] for p in webhook.bodies)
    for alert in alerts:
        assert joined.count(f"What happened: {alert.summary}") == 1, (alert.summary, seen)
    history = settled_history(settings, worker)
    assert {row.state for row in history.values()} == {"delivered"}


def test_receiver_that_stays_down_is_reported_failed_with_the_secret_masked(settings, start_worker, webhook) -> None:
    # The webhook never comes up.
    secret_url = webhook.url.replace(f"{LOOPBACK}", f"ops:hunter2secret@{LOOPBACK}")
    write_policy(settings.config_dir, "group_wait = 0\n")
    save_subscriptions(settings.subscriptions_path, [Subscriber("hook", (secret_url,))])
    worker = start_worker()
    publish(settings, [make_alert(7)])

    def failed() -> bool:
        return any(r.state == "failed" for r in asyncio.run(load_alert_history(settings)))

    wait_for(failed, 50, "the delivery to fail after its retries", worker)
    [row] = asyncio.run(load_alert_history(settings))
    assert row.outcomes[0].attempts == 5 and "hunter2secret" not in row.summary()
    assert str(webhook.port) in row.summary()
    assert "hunter2secret" not in worker.log_path.read_text(errors="replace")
