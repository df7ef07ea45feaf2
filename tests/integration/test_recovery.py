"""A worker killed with SIGKILL mid-stream recovers its tables from the changelogs
and ends with the same events, counters and alerts as a run that was never killed."""

from __future__ import annotations

import asyncio
import json
import random
import time
import urllib.request
from dataclasses import replace
from datetime import date, timedelta

from agents.aggregate.counters import sorted_rows
from agents.aggregate.importer import parse_import, sorted_by_date
from agents.classify.gazetteer import default_gazetteer
from streams.cli import _publish_reports
from streams.kafka import read_topic
from streams.pipeline import Pipeline
from streams.topics import TopicNames
from streams.views import latest_alerts, latest_events

BASES = ["Ain al-Asad Air Base", "Erbil Air Base", "Al-Tanf Garrison", "Tower 22", "Shaddadi",
         "Rumalyn Landing Zone", "Mission Support Site Euphrates", "Victory Base Complex"]


def history(n: int, seed: int) -> str:
    """A deterministic CSV of attacks: bursts and quiet spells, some casualties, some repeats by other outlets."""
    rng = random.Random(seed)
    day = date(2023, 1, 1)
    lines = ["date,base,country,weapons,killed,injured,claimed_by,source"]
    for i in range(n):
        day += timedelta(days=rng.choice([0, 0, 1, 1, 2, 3, 5, 40]))
        base = rng.choice(BASES)
        weapon = rng.choice(["drone", "rocket", "drone;rocket", ""])
        injured = rng.choice(["", "", "", "0", "2"])
        lines.append(f"{day},{base},,{weapon},,{injured},,outlet-{i % 3}")
        if rng.random() < 0.3:  # another outlet reports the same attack
            lines.append(f"{day},{base},,{weapon},,{injured},,outlet-{(i + 1) % 3}")
    return "\n".join(lines) + "\n"


def wait_until_some_events(settings, at_least: int, timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while len(asyncio.run(read_topic(settings, TopicNames(settings.topic_prefix).events, idle_timeout=0.2))) < at_least:
        assert time.monotonic() < deadline, "the worker produced no events"
        time.sleep(0.2)


def summary(events) -> list[tuple]:
    return sorted((e.event_id, e.event_date, e.base, e.weapons, e.injured, e.corroboration) for e in events)


def test_kill_9_mid_stream_recovers_the_same_state(settings, start_worker, drain) -> None:
    # One partition: records then reach the stages in one order, the order the
    # uninterrupted reference sees, so any difference comes from the kill.
    settings = replace(settings, partitions=1)
    reports, problems = parse_import(history(300, seed=7), "history.csv", default_gazetteer())
    reports = sorted_by_date(reports)
    assert problems == []
    half = len(reports) // 2

    worker = start_worker(settings, name="first")
    asyncio.run(_publish_reports(settings, reports[:half]))
    wait_until_some_events(settings, at_least=20)
    worker.kill()  # SIGKILL mid-stream: no clean shutdown, no final commit, state partly flushed

    worker = start_worker(settings, name="second")
    asyncio.run(_publish_reports(settings, reports[half:]))
    drain(settings, worker)

    reference = Pipeline()
    for report in reports:
        for event in reference.process_report(report):
            reference.process_event(event)

    events = asyncio.run(latest_events(settings))
    alerts = asyncio.run(latest_alerts(settings))
    with urllib.request.urlopen(f"http://127.0.0.1:{settings.web_port}/counters", timeout=10) as response:
        counters = json.loads(response.read())
    expected_counters = [row.to_dict() for row in sorted_rows(reference.rule_state.counters())]
    assert summary(events) == summary(reference.events.values())
    assert sorted((a.alert_id, a.version) for a in alerts) == sorted((a.alert_id, a.version) for a in reference.alerts.values())
    assert counters["counters"] == json.loads(json.dumps(expected_counters))
