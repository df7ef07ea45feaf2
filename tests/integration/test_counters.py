"""2,000 imported attacks plus the seed articles: the worker's counters equal a
brute-force recount of the events it published."""

from __future__ import annotations

import asyncio
import json
import random
import urllib.request
from datetime import date, timedelta
from pathlib import Path

from agents.aggregate.importer import parse_import, sorted_by_date
from agents.classify.gazetteer import default_gazetteer
from streams.cli import _publish_reports
from streams.replay import load_articles, publish_articles
from streams.views import latest_events

ROOT = Path(__file__).resolve().parents[2]
WINDOWS = {"24h": 1, "7d": 7, "30d": 30, "90d": 90}


def imported_history(n: int, seed: int) -> str:
    rng = random.Random(seed)
    bases = [b for b in default_gazetteer().bases if b.kind == "base"]
    start = date(2023, 10, 1)
    lines = ["date,base,country,weapons,killed,injured,claimed_by,source"]
    for i in range(n):
        day = start + timedelta(days=rng.randrange(0, 330))
        base = rng.choice(bases)
        weapon = rng.choice(["drone", "rocket", "missile", "drone;rocket", ""])
        lines.append(f"{day},{base.canonical},,{weapon},,,,sheet-{i}")
    return "\n".join(lines) + "\n"


def brute_force(events, now: date) -> dict[str, dict]:
    """Count by scanning every event for every scope and window: slow and obviously right."""
    scopes = {"region"} | {f"country:{e.country}" for e in events if e.country} | {f"base:{e.base}" for e in events if e.base}
    table = {}
    for scope in scopes:
        def inside(e) -> bool:
            return scope == "region" or scope == f"country:{e.country}" or scope == f"base:{e.base}"
        days = [date.fromisoformat(e.event_date) for e in events if e.event_date and inside(e)]
        days = [d for d in days if d <= now]
        if not days:
            continue
        table[scope] = {
            "counts": {name: sum(1 for d in days if now - timedelta(days=n) < d <= now) for name, n in WINDOWS.items()},
            "last_attack": max(days).isoformat(),
            "days_since_last": (now - max(days)).days,
        }
    return table


def test_counters_match_a_brute_force_recount(settings, start_worker, drain) -> None:
    reports, problems = parse_import(imported_history(2000, seed=3), "history.csv", default_gazetteer())
    articles, _ = load_articles([ROOT / "seeds"])
    worker = start_worker()
    asyncio.run(_publish_reports(settings, sorted_by_date(reports)))
    asyncio.run(publish_articles(settings, articles))
    drain(settings, worker, timeout=240)

    events = asyncio.run(latest_events(settings))
    with urllib.request.urlopen(f"http://127.0.0.1:{settings.web_port}/counters", timeout=10) as response:
        served = json.loads(response.read())
    now = date.fromisoformat(served["now"])
    got = {row["scope"]: {k: row[k] for k in ("counts", "last_attack", "days_since_last")} for row in served["counters"]}
    expected = brute_force(events, now)
    assert (problems, len(events) > 1500, served["now"]) == ([], True, max(e.event_date for e in events if e.event_date))
    assert got == expected
