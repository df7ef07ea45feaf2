"""Table-driven tests of the extraction scorer: matching rules and every metric."""

from __future__ import annotations

import itertools
import json
import random

import pytest

from agents.classify.evaluate import (
    EVENT_FIELDS,
    Scores,
    check_targets,
    dates_compatible,
    events_compatible,
    format_table,
    match_events,
    mistakes,
    score,
    score_files,
)


def ev(base=None, country=None, day=None, weapons=("rocket",), munitions=None, killed=None, injured=None, claimed_by=None):
    return {
        "base": base,
        "country": country,
        "event_date": day,
        "weapons": list(weapons),
        "munitions": munitions,
        "killed": killed,
        "injured": injured,
        "claimed_by": claimed_by,
    }


def art(id_, events=(), attack=None, pause=None):
    return {
        "id": id_,
        "is_attack_report": bool(events) if attack is None else attack,
        "events": list(events),
        "pause_since": pause,
        "pause_phrase": None,
    }


ASAD = ev("Ain al-Asad Air Base", "Iraq", "2024-04-22", ("drone",), killed=0, injured=0)
TANF = ev("Al-Tanf Garrison", "Syria", "2024-01-20", ("drone",), 3, None, 2, "Islamic Resistance in Iraq")
SYRIA = ev(None, "Syria", "2024-04-21")
NEG = art("neg")


def all_fields(value):
    return {name: value for name in EVENT_FIELDS}


def expected(**overrides) -> Scores:
    """A perfect score over one positive article with one event, adjusted by ``overrides``."""
    base = dict(
        articles=1,
        attack_tp=1,
        attack_fp=0,
        attack_fn=0,
        attack_tn=0,
        attack_precision=1.0,
        attack_recall=1.0,
        attack_f1=1.0,
        events_labelled=1,
        events_predicted=1,
        events_matched=1,
        event_precision=1.0,
        event_recall=1.0,
        event_f1=1.0,
        field_correct=all_fields(1),
        field_accuracy=all_fields(1.0),
        pause_articles=0,
        pause_correct=0,
        pause_accuracy=None,
        errors=0,
        missing_predictions=0,
    )
    base.update(overrides)
    return Scores(**base)


CASES = [
    pytest.param([art("a", [ASAD])], [art("a", [ASAD])], expected(), id="perfect"),
    pytest.param(
        [art("a", [ASAD, SYRIA])],
        [art("a", [ASAD])],
        expected(events_labelled=2, event_recall=0.5, event_f1=2 / 3),
        id="missed-event",
    ),
    pytest.param(
        [art("a", [ASAD])],
        [art("a", [ASAD, SYRIA])],
        expected(events_predicted=2, event_precision=0.5, event_f1=2 / 3),
        id="extra-event",
    ),
    pytest.param(
        [art("a", [ASAD])],
        [art("a", [{**ASAD, "event_date": "2024-04-21"}])],
        expected(
            field_correct={**all_fields(1), "event_date": 0},
            field_accuracy={**all_fields(1.0), "event_date": 0.0},
        ),
        id="date-off-by-one-matches",
    ),
    pytest.param(
        [art("a", [ASAD])],
        [art("a", [{**ASAD, "event_date": "2024-04-20"}])],
        expected(
            events_matched=0,
            event_precision=0.0,
            event_recall=0.0,
            event_f1=0.0,
            field_correct=all_fields(0),
            field_accuracy=all_fields(None),
        ),
        id="date-off-by-two-does-not-match",
    ),
    pytest.param(
        [art("a", [ASAD])],
        [art("a", [{**ASAD, "base": "Al-Tanf Garrison"}])],
        expected(
            events_matched=0,
            event_precision=0.0,
            event_recall=0.0,
            event_f1=0.0,
            field_correct=all_fields(0),
            field_accuracy=all_fields(None),
        ),
        id="named-base-must-agree",
    ),
    pytest.param(
        [art("a", [SYRIA])],
        [art("a", [{**SYRIA, "base": "Shaddadi"}])],
        expected(
            field_correct={**all_fields(1), "base": 0},
            field_accuracy={**all_fields(1.0), "base": 0.0},
        ),
        id="unnamed-base-matches-on-country",
    ),
    pytest.param(
        [art("a", [SYRIA])],
        [art("a", [{**SYRIA, "country": "Iraq"}])],
        expected(
            events_matched=0,
            event_precision=0.0,
            event_recall=0.0,
            event_f1=0.0,
            field_correct=all_fields(0),
            field_accuracy=all_fields(None),
        ),
        id="unnamed-base-wrong-country",
    ),
    pytest.param(
        [art("a", [ASAD])],
        [{"id": "a", "error": "boom"}],
        expected(
            attack_tp=0,
            attack_fn=1,
            attack_precision=1.0,
            attack_recall=0.0,
            attack_f1=0.0,
            events_predicted=0,
            events_matched=0,
            event_precision=1.0,
            event_recall=0.0,
            event_f1=0.0,
            field_correct=all_fields(0),
            field_accuracy=all_fields(None),
            errors=1,
        ),
        id="error-line-is-negative",
    ),
    pytest.param(
        [art("a", [ASAD])],
        [],
        expected(
            attack_tp=0,
            attack_fn=1,
            attack_recall=0.0,
            attack_f1=0.0,
            events_predicted=0,
            events_matched=0,
            event_recall=0.0,
            event_f1=0.0,
            field_correct=all_fields(0),
            field_accuracy=all_fields(None),
            missing_predictions=1,
        ),
        id="missing-prediction-is-negative",
    ),
    pytest.param(
        [art("a", [TANF]), NEG],
        [art("a", [{**TANF, "weapons": ["drone", "rocket"], "killed": 3, "claimed_by": "Kataib Hezbollah"}]), art("neg", [SYRIA])],
        expected(
            articles=2,
            attack_fp=1,
            attack_precision=0.5,
            attack_f1=2 / 3,
            events_predicted=2,
            event_precision=0.5,
            event_f1=2 / 3,
            field_correct={**all_fields(1), "weapons": 0, "killed": 0, "claimed_by": 0},
            field_accuracy={**all_fields(1.0), "weapons": 0.0, "killed": 0.0, "claimed_by": 0.0},
        ),
        id="false-positive-and-wrong-fields",
    ),
    pytest.param(
        [art("a", [ASAD], pause="2024-02-01"), NEG],
        [art("a", [ASAD], pause="2024-02-04"), art("neg", attack=False, pause="2024-02-01")],
        expected(articles=2, attack_tn=1, pause_articles=2, pause_correct=0, pause_accuracy=0.0),
        id="pause-counted-where-either-side-has-one",
    ),
    pytest.param(
        [art("a", [ASAD], pause="2024-02-01")],
        [art("a", [ASAD], pause="2024-02-01")],
        expected(pause_articles=1, pause_correct=1, pause_accuracy=1.0),
        id="pause-right",
    ),
    pytest.param(
        [art("a", [{**ASAD, "weapons": ["rocket", "missile"]}])],
        [art("a", [{**ASAD, "weapons": ["missile", "rocket"]}])],
        expected(),
        id="weapons-compare-as-sets",
    ),
    pytest.param(
        [NEG],
        [art("neg", attack=False)],
        expected(
            attack_tp=0,
            attack_tn=1,
            events_labelled=0,
            events_predicted=0,
            events_matched=0,
            field_correct=all_fields(0),
            field_accuracy=all_fields(None),
        ),
        id="all-negative-is-perfect",
    ),
]


@pytest.mark.parametrize("labels,predictions,want", CASES)
def test_score(labels, predictions, want):
    got = score(labels, predictions)
    assert _approx_equal(got, want), (got, want)


def _approx_equal(a: Scores, b: Scores) -> bool:
    for name in Scores.__dataclass_fields__:
        x, y = getattr(a, name), getattr(b, name)
        if isinstance(x, float) and isinstance(y, float):
            if abs(x - y) > 1e-9:
                return False
        elif x != y:
            return False
    return True


@pytest.mark.parametrize(
    "label,predicted,ok",
    [
        ("2024-04-22", "2024-04-22", True),
        ("2024-04-22", "2024-04-23", True),
        ("2024-04-22", "2024-04-21T23:00:00", True),
        ("2024-04-22", "2024-04-24", False),
        ("2024-03-01", "2024-02-29", True),
        (None, None, True),
        (None, "2024-04-22", False),
        ("2024-04-22", None, False),
        ("garbage", "garbage", True),
        ("garbage", "2024-04-22", False),
    ],
)
def test_dates_compatible(label, predicted, ok):
    assert dates_compatible(label, predicted) is ok


@pytest.mark.parametrize(
    "label,predicted,ok",
    [
        (ASAD, ASAD, True),
        (ASAD, {**ASAD, "country": None}, True),  # base decides when the label names one
        (ASAD, {**ASAD, "base": None}, False),
        (SYRIA, {**SYRIA, "base": "Shaddadi"}, True),
        (ev(None, None, "2022-01-05"), ev(None, None, "2022-01-05"), True),
        (ev(None, None, "2022-01-05"), ev(None, "Iraq", "2022-01-05"), False),
    ],
)
def test_events_compatible(label, predicted, ok):
    assert events_compatible(label, predicted) is ok


def test_matching_is_one_to_one_and_prefers_the_right_day():
    monday = {**ASAD, "event_date": "2023-10-30", "munitions": 4}
    tuesday = {**ASAD, "event_date": "2023-10-31"}
    # Both predictions are within a day of both labels; the pairing must still
    # put each prediction on its own day, whatever order they come in.
    for preds in itertools.permutations([tuesday, monday]):
        pairs = match_events([monday, tuesday], list(preds))
        assert len(pairs) == 2
        for li, pi in pairs:
            assert [monday, tuesday][li]["event_date"] == preds[pi]["event_date"]
    # Two identical predictions cannot both claim one label.
    assert match_events([monday], [monday, monday]) == [(0, 0)]


def test_matching_maximises_pairs_over_greedy():
    # Greedy would pair the first label with the first prediction (exact day)
    # and leave the second label without its only partner.
    l1 = ev(None, "Syria", "2024-01-02")
    l2 = ev(None, "Syria", "2024-01-04")
    p1 = ev(None, "Syria", "2024-01-03")
    p2 = ev(None, "Syria", "2024-01-01")
    assert match_events([l1, l2], [p1, p2]) == [(0, 1), (1, 0)]


def test_matching_agrees_with_brute_force_on_random_sets():
    rng = random.Random(7)
    days = ["2024-01-01", "2024-01-02", "2024-01-03", "2024-01-05", None]
    bases = [None, "Ain al-Asad Air Base", "Al-Tanf Garrison"]
    countries = [None, "Iraq", "Syria"]
    for _ in range(300):
        labels = [ev(rng.choice(bases), rng.choice(countries), rng.choice(days)) for _ in range(rng.randint(0, 4))]
        preds = [ev(rng.choice(bases), rng.choice(countries), rng.choice(days)) for _ in range(rng.randint(0, 4))]
        best = 0
        if len(labels) <= len(preds):
            for perm in itertools.permutations(range(len(preds)), len(labels)):
                best = max(best, sum(events_compatible(labels[i], preds[j]) for i, j in enumerate(perm)))
        else:
            for perm in itertools.permutations(range(len(labels)), len(preds)):
                best = max(best, sum(events_compatible(labels[i], preds[j]) for j, i in enumerate(perm)))
        pairs = match_events(labels, preds)
        assert len(pairs) == best
        assert len({i for i, _ in pairs}) == len({j for _, j in pairs}) == len(pairs)
        assert all(events_compatible(labels[i], preds[j]) for i, j in pairs)


def test_check_targets_lists_every_miss():
    assert check_targets(score([art("a", [ASAD])], [art("a", [ASAD])])) == []
    bad = score(
        [art("a", [ASAD]), art("b", [TANF])],
        [art("a", [{**ASAD, "killed": 1, "injured": 3}]), art("b")],
    )
    misses = check_targets(bad)
    assert misses == [
        "attack f1 0.667 < 0.95",
        "event recall 0.500 < 0.90",
        "killed accuracy 0.000 < 0.95",
        "injured accuracy 0.000 < 0.95",
    ]


def test_format_table_mentions_every_metric():
    table = format_table(score([art("a", [ASAD])], [{"id": "a", "error": "x"}]))
    lines = table.splitlines()
    assert lines[0].startswith("| metric")
    assert len({len(line) for line in lines}) == 1  # aligned columns
    for needle in ["attack-report F1", "event precision", "event recall", "killed accuracy", "claimed_by accuracy", "pause_since", "1 errors"]:
        assert needle in table
    assert "n/a" in table


def test_score_files(tmp_path):
    labels = tmp_path / "labels.jsonl"
    preds = tmp_path / "preds.jsonl"
    labels.write_text(json.dumps(art("a", [ASAD])) + "\n\n")
    preds.write_text(json.dumps(art("a", [ASAD])) + "\n")
    assert _approx_equal(score_files(labels, preds), expected())
    preds.write_text("{not json\n")
    with pytest.raises(ValueError, match="preds.jsonl:1"):
        score_files(labels, preds)


def test_mistakes_name_every_disagreement_in_corpus_order():
    labels = [
        art("a1", [ev(base="Tower 22", country="Jordan", day="2024-01-28", killed=3, injured=40)], pause="2024-01-01"),
        art("a2", [ev(country="Syria", day="2024-01-05")]),
        art("a3", []),
        art("a4", [ev(base="Harir Air Base", country="Iraq", day="2024-02-01")]),
    ]
    predictions = [
        art("a1", [ev(base="Tower 22", country="Jordan", day="2024-01-28", killed=3, injured=34)]),
        art("a2", [ev(base="Al-Tanf Garrison", country="Syria", day="2024-03-01")]),
        art("a3", [ev(country="Iraq", day="2024-01-01")]),
        {"id": "a4", "error": "extraction failed: boom"},
    ]
    assert mistakes(labels, predictions) == [
        "a1: Tower 22 2024-01-28 injured labelled 40, got 34",
        "a1: pause_since labelled '2024-01-01', got None",
        "a2: missed event Syria 2024-01-05",
        "a2: spurious event Al-Tanf Garrison 2024-03-01",
        "a3: is_attack_report labelled False, got True",
        "a3: spurious event Iraq 2024-01-01",
        "a4: extractor error: extraction failed: boom",
        "a4: is_attack_report labelled True, got False",
        "a4: missed event Harir Air Base 2024-02-01",
    ]


def test_mistakes_are_empty_when_predictions_equal_labels():
    labels = [art("a1", [ev(base="Tower 22", country="Jordan", day="2024-01-28", killed=3)]), art("a2", [])]
    assert mistakes(labels, labels) == []
