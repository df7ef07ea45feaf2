"""The in-process pipeline over the seeds gives the same golden output the broker run must give."""

from __future__ import annotations

import json
from pathlib import Path

from streams.pipeline import Pipeline
from streams.replay import load_articles

ROOT = Path(__file__).resolve().parents[3]


def test_seed_pipeline_matches_golden() -> None:
    articles, _ = load_articles([ROOT / "seeds"])
    pipeline = Pipeline().run(articles)
    events = sorted(pipeline.events.values(), key=lambda e: (e.event_date or "", e.base or "", e.event_id))
    alerts = sorted(pipeline.alerts.values(), key=lambda a: (a.event_date, a.alert_id))
    got = (
        [{"base": e.base, "country": e.country, "event_date": e.event_date, "weapons": list(e.weapons),
          "killed": e.killed, "injured": e.injured, "claimed_by": e.claimed_by,
          "sources": sorted(s.source or s.article_id for s in e.sources)} for e in events],
        [{"alert_id": a.alert_id, "rule": a.rule, "severity": a.severity, "event_date": a.event_date,
          "counts": dict(a.counts)} for a in alerts],
    )
    golden = tuple(
        [{k: v for k, v in row.items() if k != "why"} for row in json.loads((ROOT / "tests/golden" / name).read_text())]
        for name in ("seed_events.json", "seed_alerts.json")
    )
    assert got == golden
