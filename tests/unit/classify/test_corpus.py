"""Validates the labelled development corpus (tests/corpus/dev.jsonl).

The corpus is the ground truth `basewatch eval` scores against, so a malformed
line or a base name the gazetteer does not know would silently skew every score.
These checks keep it well-formed as analysts add articles.
"""

from __future__ import annotations

import json
from collections import Counter
from datetime import date
from pathlib import Path

import pytest

from agents.classify.gazetteer import default_gazetteer
from streams.records import WEAPONS, Article

CORPUS = Path(__file__).resolve().parents[2] / "corpus" / "dev.jsonl"
SEEDS = Path(__file__).resolve().parents[3] / "seeds"

INPUT_FIELDS = ("id", "title", "text", "published", "source", "url")
OUTPUT_FIELDS = ("is_attack_report", "events", "pause_since", "pause_phrase")
EXTRA_FIELDS = ("modeled_on", "kind")
EVENT_FIELDS = ("base", "country", "event_date", "weapons", "munitions", "killed", "injured", "claimed_by")
COUNTRIES = {"Iraq", "Syria", "Jordan"}


def _lines() -> list[tuple[int, dict]]:
    rows = []
    for number, raw in enumerate(CORPUS.read_text(encoding="utf-8").splitlines(), start=1):
        assert raw.strip(), f"dev.jsonl:{number}: blank line"
        try:
            rows.append((number, json.loads(raw)))
        except json.JSONDecodeError as exc:  # pragma: no cover - failure path
            pytest.fail(f"dev.jsonl:{number}: not JSON ({exc})")
    return rows


ROWS = _lines()


def _is_day(value: object) -> bool:
    if not isinstance(value, str) or len(value) != 10:
        return False
    try:
        date.fromisoformat(value)
    except ValueError:
        return False
    return True


def _is_count(value: object) -> bool:
    return value is None or (isinstance(value, int) and not isinstance(value, bool) and value >= 0)


@pytest.mark.parametrize("number,row", ROWS, ids=[str(r.get("id")) for _, r in ROWS])
def test_article_is_well_formed(number: int, row: dict) -> None:
    where = f"dev.jsonl:{number} ({row.get('id')})"
    assert set(row) == set(INPUT_FIELDS + OUTPUT_FIELDS + EXTRA_FIELDS), f"{where}: fields {sorted(row)}"
    assert isinstance(row["id"], str) and row["id"], where
    assert isinstance(row["title"], str), where
    assert isinstance(row["text"], str) and len(row["text"]) >= 150, f"{where}: text too short"
    assert row["published"] is None or _is_day(row["published"][:10]), f"{where}: published {row['published']!r}"
    assert isinstance(row["kind"], str) and row["kind"], where
    assert isinstance(row["modeled_on"], dict), where
    assert isinstance(row["is_attack_report"], bool), where
    assert isinstance(row["events"], list), where
    # An article is an attack report exactly when it reports at least one attack.
    assert row["is_attack_report"] == bool(row["events"]), f"{where}: is_attack_report disagrees with events"
    if row["kind"].startswith("near_miss"):
        assert not row["is_attack_report"], f"{where}: near-miss labelled as attack report"
    # Article still parses as the record the extractor consumes.
    Article.from_dict({k: row[k] for k in INPUT_FIELDS})

    gazetteer = default_gazetteer()
    for i, event in enumerate(row["events"]):
        at = f"{where} event {i}"
        assert set(event) == set(EVENT_FIELDS), f"{at}: fields {sorted(event)}"
        if event["base"] is not None:
            base = gazetteer.by_canonical(event["base"])
            assert base is not None, f"{at}: {event['base']!r} is not a canonical gazetteer name"
            assert event["country"] == base.country, f"{at}: country {event['country']!r} != {base.country!r}"
        assert event["country"] is None or event["country"] in COUNTRIES, f"{at}: country {event['country']!r}"
        assert event["event_date"] is None or _is_day(event["event_date"]), f"{at}: event_date {event['event_date']!r}"
        if event["event_date"] and row["published"]:
            assert event["event_date"] <= row["published"][:10], f"{at}: event after publication"
        weapons = event["weapons"]
        assert isinstance(weapons, list) and weapons, f"{at}: weapons must be a non-empty list"
        assert all(w in WEAPONS for w in weapons), f"{at}: weapons {weapons} outside {WEAPONS}"
        assert weapons == sorted(set(weapons)), f"{at}: weapons must be sorted and unique"
        for name in ("munitions", "killed", "injured"):
            assert _is_count(event[name]), f"{at}: {name} {event[name]!r}"
        assert event["claimed_by"] is None or (isinstance(event["claimed_by"], str) and event["claimed_by"]), at

    pause, phrase = row["pause_since"], row["pause_phrase"]
    assert (pause is None) == (phrase is None), f"{where}: pause_since and pause_phrase go together"
    if pause is not None:
        assert _is_day(pause), f"{where}: pause_since {pause!r}"
        assert phrase in row["text"], f"{where}: pause_phrase is not verbatim from the text"


def test_ids_are_unique() -> None:
    counts = Counter(row["id"] for _, row in ROWS)
    assert [i for i, n in counts.items() if n > 1] == []


def test_corpus_size_and_balance() -> None:
    assert len(ROWS) >= 75
    near_misses = [row for _, row in ROWS if not row["is_attack_report"]]
    assert len(near_misses) >= 20
    assert sum(row["kind"].startswith("near_miss") for _, row in ROWS) >= 20


def test_seeds_are_included_verbatim() -> None:
    by_id = {row["id"]: row for _, row in ROWS}
    for path in sorted(SEEDS.glob("*.txt")):
        assert path.stem in by_id, f"seed {path.stem} missing from the corpus"
        assert by_id[path.stem]["text"] == path.read_text(encoding="utf-8"), f"seed {path.stem} text changed"
        assert by_id[path.stem]["kind"] == "seed"
