"""The whole pipeline on the real broker: seed replay, notifications, dead letters."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import orjson

from agents.notify.subscriptions import Subscriber, save_subscriptions
from streams.cli_notify import load_alert_history
from streams.kafka import read_topic
from streams.records import Article, DeadLetter
from streams.replay import load_articles, publish_articles
from streams.topics import TopicNames
from streams.views import latest_alerts, latest_events

ROOT = Path(__file__).resolve().parents[2]
GOLDEN = ROOT / "tests" / "golden"


def event_rows(events) -> list[dict]:
    return [
        {"base": e.base, "country": e.country, "event_date": e.event_date, "weapons": list(e.weapons),
         "killed": e.killed, "injured": e.injured, "claimed_by": e.claimed_by,
         "sources": sorted(s.source or s.article_id for s in e.sources)}
        for e in events
    ]


def alert_rows(alerts) -> list[dict]:
    """The alerts that stand: a pause alert that a late report withdrew (some arrival orders) is not one."""
    return [{"alert_id": a.alert_id, "rule": a.rule, "severity": a.severity, "event_date": a.event_date,
             "counts": dict(a.counts)} for a in alerts if not a.withdrawn]


def without_why(rows: list[dict]) -> list[dict]:
    return [{k: v for k, v in row.items() if k != "why"} for row in rows]


def test_seed_replay_gives_the_golden_events_and_alerts(settings, start_worker, drain, json_receiver) -> None:
    save_subscriptions(settings.subscriptions_path, [Subscriber(name="desk", urls=(json_receiver.url,))])
    # Every update notified at once (no repeat interval), alerts within a second grouped.
    (settings.config_dir / "notify.toml").write_text('group_wait = "1s"\nrepeat_interval = "0s"\n')
    worker = start_worker()
    articles, problems = load_articles([ROOT / "seeds"])
    asyncio.run(publish_articles(settings, articles))
    drain(settings, worker)

    events = asyncio.run(latest_events(settings))
    alerts = asyncio.run(latest_alerts(settings))
    golden_events = json.loads((GOLDEN / "seed_events.json").read_text())
    golden_alerts = json.loads((GOLDEN / "seed_alerts.json").read_text())
    assert problems == []
    assert event_rows(events) == without_why(golden_events)
    assert alert_rows(alerts) == without_why(golden_alerts)

    # The latest version of every alert reached the subscriber exactly once, no version
    # twice (a version overtaken before it was sent is folded into the newer one), and
    # alerts that fired together went out together.
    all_versions = {(a["alert_id"], a["version"]) for a in
                    (orjson.loads(v) for v in asyncio.run(read_topic(settings, TopicNames(settings.topic_prefix).alerts)))}
    bodies = "\n".join(body["message"] for body in json_receiver.bodies)
    history = asyncio.run(load_alert_history(settings))
    assert [bodies.count(f"Alert {a.alert_id}, version {a.version}") for a in alerts] == [1] * len(alerts)
    assert max(bodies.count(f"Alert {i}, version {v}") for i, v in all_versions) == 1
    assert 1 <= len(json_receiver.bodies) < len(all_versions)
    assert {(h.alert.alert_id, h.state) for h in history} == {(a.alert_id, "delivered") for a in alerts}


def test_bad_records_go_to_the_dead_letter_topic_and_the_rest_flows(settings, start_worker, drain) -> None:
    from aiokafka import AIOKafkaProducer

    names = TopicNames(settings.topic_prefix)
    worker = start_worker()

    async def publish() -> None:
        producer = AIOKafkaProducer(bootstrap_servers=settings.broker_address, max_batch_size=16)
        await producer.start()
        try:
            await producer.send_and_wait(names.articles, key=b"broken", value=b"{not json")
            await producer.send_and_wait(names.articles, key=b"empty", value=b'{"id": "empty", "title": "", "text": ""}')
            await producer.send_and_wait(names.reports, key=b"Iraq", value=b'{"schema": "basewatch.report/1"}')
        finally:
            await producer.stop()

    asyncio.run(publish())
    seed = Article.create(title="", text=(ROOT / "seeds" / "003_05e4b4d5185c1624.txt").read_text(),
                          published="2024-08-06", source="The New Region")
    asyncio.run(publish_articles(settings, [seed]))
    drain(settings, worker)

    letters = sorted((d.stage, d.key, d.reason.split(":")[0])
                     for d in (DeadLetter.from_json(v) for v in asyncio.run(read_topic(settings, names.deadletter))))
    events = asyncio.run(latest_events(settings))
    assert (letters, [e.base for e in events], worker.alive()) == (
        [("classify", "broken", "article"), ("classify", "empty", "article"), ("merge", "Iraq", "report")],
        ["Ain al-Asad Air Base"],
        True,
    )
