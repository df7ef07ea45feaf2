"""Grouping, repeat interval and dedup decisions: pure functions over plain data and a clock argument."""

from __future__ import annotations

import pytest

from agents.notify.grouping import (
    DEFAULT_GROUP_WAIT, LastSent, NotifyPolicy, Outbox, PolicyError, admit, drop, load_policy, next_due,
    parse_duration, policy_from_dict, render_batch, take_due,
)
from streams.records import Alert

POLICY = NotifyPolicy(group_wait=2.0, repeat_interval=60.0, repeat_by_rule={"casualties": 0.0})


def alert(n: int = 1, version: int = 1, rule: str = "pause_end", severity: str = "high",
          base: str = "Tower 22") -> Alert:
    return Alert(alert_id=f"a{n}", version=version, rule=rule, severity=severity, scope=f"base:{base}",
                 summary=f"attack {n} v{version}", reason="why", event_date="2024-01-28")


def put(outbox: Outbox, a: Alert, sub: str = "ops", now: float = 0.0, settled=frozenset(), last=None,
        policy: NotifyPolicy = POLICY):
    return admit(outbox, a, sub, settled=settled, last_sent=last, policy=policy, now=now)


def test_alerts_within_the_group_wait_leave_as_one_message_per_subscriber() -> None:
    box = Outbox()
    for i, t in enumerate([0.0, 0.5, 1.9]):
        box, _ = put(box, alert(i), "ops", now=t)
        box, _ = put(box, alert(i), "siem", now=t)
    assert take_due(box, POLICY, 1.99)[1] == []
    assert next_due(box, POLICY) == pytest.approx(2.0)
    box, batches = take_due(box, POLICY, 2.0)
    assert sorted(b.subscriber for b in batches) == ["ops", "siem"]
    assert all([a.alert_id for a in b.alerts] == ["a0", "a1", "a2"] for b in batches)
    assert len(box) == 0 and next_due(box, POLICY) is None


def test_group_wait_zero_sends_at_once_and_busy_subscribers_wait() -> None:
    policy = NotifyPolicy(group_wait=0.0)
    box, _ = put(Outbox(), alert(1), now=5.0, policy=policy)
    box2, batches = take_due(box, policy, 5.0, busy={"ops"})
    assert batches == [] and len(box2) == 1 and next_due(box2, policy, busy={"ops"}) is None
    _, batches = take_due(box, policy, 5.0)
    assert [b.delivery_ids for b in batches] == [("a1@v1->ops",)]


def test_max_group_splits_a_backlog_into_several_messages() -> None:
    policy = NotifyPolicy(group_wait=0.0, max_group=2)
    box = Outbox()
    for i in range(5):
        box, _ = put(box, alert(i), policy=policy)
    sizes = []
    while len(box):
        box, batches = take_due(box, policy, 0.0)
        sizes += [len(b.items) for b in batches]
    assert sizes == [2, 2, 1]


def test_a_settled_delivery_is_never_queued_again() -> None:
    box, adm = put(Outbox(), alert(1), settled={"a1@v1->ops": "sent"})
    assert adm.action == "done" and len(box) == 0
    box, adm = put(Outbox(), alert(1), settled={"a1@v1->ops": "failed: down"})
    assert adm.action == "done"


def test_the_same_version_read_twice_waits_once() -> None:
    box, first = put(Outbox(), alert(1))
    box, second = put(box, alert(1), now=1.0)
    assert (first.action, second.action, len(box)) == ("queued", "waiting", 1)


def test_an_update_inside_the_repeat_interval_waits_and_folds_later_updates() -> None:
    last = LastSent(version=1, at=100.0)
    box, adm = put(Outbox(), alert(1, version=2), now=110.0, last=last)
    assert adm.action == "queued"
    [item] = box.items()
    assert item.ready_at == 160.0  # repeat interval after the last notification
    box, adm = put(box, alert(1, version=3), now=120.0, last=last)
    assert adm.action == "folded"
    [item] = box.items()
    assert item.alert.version == 3 and item.folded == ("a1@v2->ops",) and item.ready_at == 160.0
    assert take_due(box, POLICY, 161.0)[1] == []  # group wait still applies to the update
    _, [batch] = take_due(box, POLICY, 162.0)
    assert batch.delivery_ids == ("a1@v3->ops", "a1@v2->ops")


def test_an_older_version_arriving_late_rides_along_with_the_newer_one() -> None:
    box, _ = put(Outbox(), alert(1, version=3))
    box, adm = put(box, alert(1, version=2))
    assert adm.action == "folded" and adm.detail == "folded into v3"
    [item] = box.items()
    assert item.alert.version == 3 and item.folded == ("a1@v2->ops",)


def test_a_version_not_newer_than_the_one_sent_is_superseded() -> None:
    box, adm = put(Outbox(), alert(1, version=2), last=LastSent(version=3, at=0.0))
    assert adm.action == "superseded" and adm.detail == "superseded by v3" and len(box) == 0


def test_repeat_interval_is_per_rule() -> None:
    box, _ = put(Outbox(), alert(1, version=2, rule="casualties"), now=10.0, last=LastSent(1, 9.0))
    [item] = box.items()
    assert item.ready_at == 10.0  # casualties: every update at once
    assert POLICY.repeat_for("pause_end") == 60.0


def test_past_repeat_interval_an_update_is_ready_now() -> None:
    box, _ = put(Outbox(), alert(1, version=2), now=500.0, last=LastSent(1, 100.0))
    assert [p.ready_at for p in box.items()] == [500.0]


def test_drop_removes_the_alerts_of_lost_partitions() -> None:
    box, _ = put(Outbox(), alert(1))
    box, _ = put(box, alert(2))
    box, dropped = drop(box, {"a1"})
    assert [p.alert.alert_id for p in box.items()] == ["a2"] and [p.alert.alert_id for p in dropped] == ["a1"]


def test_a_batch_renders_one_message_most_severe_first() -> None:
    alerts = [alert(1, severity="info", base="Shaddadi"), alert(2, severity="critical"), alert(3, base="Erbil Air Base")]
    title, body = render_batch(alerts, "text")
    assert title.startswith("[CRITICAL] 3 basewatch alerts: Tower 22")
    assert body.index("attack 2 v1") < body.index("attack 3 v1") < body.index("attack 1 v1")
    title_md, body_md = render_batch(alerts, "markdown")
    assert "## 1." in body_md and "---" in body_md


def test_one_alert_renders_as_a_plain_notification() -> None:
    from agents.notify.core import render

    assert render_batch([alert(1)], "markdown") == render(alert(1), "markdown")


@pytest.mark.parametrize("raw,seconds", [(2, 2.0), (0.5, 0.5), ("500ms", 0.5), ("2s", 2.0), ("5m", 300.0),
                                         ("1h", 3600.0), ("1d", 86400.0), ("3", 3.0)])
def test_durations(raw, seconds) -> None:
    assert parse_duration(raw) == seconds


@pytest.mark.parametrize("raw", ["-1", -1, "soon", True, "5 weeks"])
def test_bad_durations_are_rejected(raw) -> None:
    with pytest.raises(PolicyError):
        parse_duration(raw)


def test_policy_file(tmp_path) -> None:
    assert load_policy(tmp_path / "missing.toml").group_wait == DEFAULT_GROUP_WAIT
    path = tmp_path / "notify.toml"
    path.write_text('group_wait = "0s"\nrepeat_interval = "10m"\n[repeat_interval_by_rule]\ncasualties = 0\n')
    policy = load_policy(path)
    assert (policy.group_wait, policy.repeat_for("pause_end"), policy.repeat_for("casualties")) == (0.0, 600.0, 0.0)
    with pytest.raises(PolicyError, match="unknown key 'group_weight'"):
        policy_from_dict({"group_weight": 1})
    path.write_text("group_wait = [")
    with pytest.raises(PolicyError, match="not valid TOML"):
        load_policy(path)
