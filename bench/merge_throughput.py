"""Reports per second through merge + counting on the real broker, with 1 and 2 workers.

Starts the embedded tansu broker and the workers, warms them up with one
report, then publishes N structured attack reports (the `import-events` path)
onto the reports topic and times until the workers' consumer group has caught
up on every topic (publishing included). Run: .venv/bin/python bench/merge_throughput.py [N]
"""

from __future__ import annotations

import asyncio
import random
import sys
import tempfile
import time
import uuid
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

from agents.aggregate.importer import parse_import, sorted_by_date
from agents.classify.gazetteer import default_gazetteer
from streams.broker import EmbeddedBroker, free_port
from streams.cli import _publish_reports
from streams.demo import WorkerProcess
from streams.kafka import ensure_topics, read_topic, wait_for_drain
from streams.settings import DEFAULTS
from streams.topics import TopicNames


def history(n: int) -> str:
    rng = random.Random(11)
    bases = [b for b in default_gazetteer().bases if b.kind == "base"]
    lines = ["date,base,country,weapons,killed,injured,claimed_by,source"]
    for i in range(n):
        day = date(2023, 10, 1) + timedelta(days=rng.randrange(0, 365))
        lines.append(f"{day},{rng.choice(bases).canonical},,{rng.choice(['drone', 'rocket', ''])},,,,outlet-{i % 7}")
    return "\n".join(lines) + "\n"


def run(broker: EmbeddedBroker, reports: list, workers: int) -> tuple[float, int]:
    name = f"bench-{uuid.uuid4().hex[:6]}"
    with tempfile.TemporaryDirectory(prefix="basewatch-bench-") as folder:
        return _run_in(Path(folder), broker, reports, workers, name)


def _run_in(workdir: Path, broker: EmbeddedBroker, reports: list, workers: int, name: str) -> tuple[float, int]:
    settings = replace(DEFAULTS, broker=broker.address, broker_flavor="tansu", app_id=name, topic_prefix=name,
                       partitions=4, config_dir=workdir)
    names = TopicNames(name)
    asyncio.run(ensure_topics(settings, names.all()))
    processes = [WorkerProcess(replace(settings, web_port=free_port()), workdir / f"worker-{i}.log") for i in range(workers)]
    for process in processes:
        process.start()

    def drained(settle: float) -> None:
        asyncio.run(wait_for_drain(settings, name, set(names.consumed()).__contains__, timeout=900, settle=settle,
                                   alive=lambda: all(p.alive() for p in processes)))

    try:
        # Warm up: the group has formed and every agent has run once before timing starts.
        asyncio.run(_publish_reports(settings, reports[:1]))
        drained(settle=3.0)
        started = time.monotonic()
        asyncio.run(_publish_reports(settings, reports[1:]))
        drained(settle=1.0)
        elapsed = time.monotonic() - started - 1.0  # the settle period is not work
    finally:
        for process in processes:
            process.stop()
    events = len(asyncio.run(read_topic(settings, names.events)))
    return elapsed, events


def main(count: int = 2000) -> None:
    reports, _ = parse_import(history(count), "bench.csv", default_gazetteer())
    reports = sorted_by_date(reports)
    with EmbeddedBroker("127.0.0.1", free_port()) as broker:
        results = {n: run(broker, reports, n) for n in (1, 2)}
    for n, (elapsed, events) in results.items():
        print(f"{n} worker(s): {len(reports)} reports -> {events} event versions in {elapsed:.1f}s "
              f"= {len(reports) / elapsed:.0f} reports/s")
    print(f"2 workers / 1 worker: {results[1][0] / results[2][0]:.2f}x")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 2000)
