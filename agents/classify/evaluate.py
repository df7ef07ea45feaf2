"""Scoring extraction output against hand labels (the engine behind ``basewatch eval``).

Why a scorer of our own rather than a generic classification report: the thing
that matters operationally is not whether an article "is about" attacks but
whether each individual attack it reports comes out with the right base, day and
casualty figures, because alerts, de-duplication and the pause rule all key on
those. So the score has three layers:

* article level: precision/recall/F1 of ``is_attack_report``;
* event level: events are paired one-to-one inside each article and counted as
  matched, missed or spurious;
* field level: on matched events only, how often each field is exactly right.

Everything here is pure: plain dicts in, a frozen :class:`Scores` out. The two
file helpers at the bottom only read JSON Lines and hand the data over.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, Iterable, Mapping, Sequence

# Fields compared on every matched event, in table order.
EVENT_FIELDS: tuple[str, ...] = (
    "base",
    "country",
    "event_date",
    "weapons",
    "munitions",
    "killed",
    "injured",
    "claimed_by",
)

# Minimums the extractor is held to; check_targets() reports every miss.
# Killed/injured and base drive alert severity and de-duplication, so they are
# held higher than claimed_by, where outlets themselves disagree on front groups.
TARGETS: tuple[tuple[str, float], ...] = (
    ("attack_f1", 0.95),
    ("event_precision", 0.90),
    ("event_recall", 0.90),
    ("killed", 0.95),
    ("injured", 0.95),
    ("base", 0.95),
    ("claimed_by", 0.85),
)

# Two events may be the same attack when their days differ by at most this much:
# outlets date a late-night attack by local time, the Pentagon by Washington time,
# and "overnight" straddles two days.
DATE_TOLERANCE_DAYS = 1


@dataclass(frozen=True)
class Scores:
    """The result of scoring one prediction set against one label set.

    Ratios whose denominator is zero are defined so that "nothing to find and
    nothing claimed" is perfect (precision and recall 1.0), while field and pause
    accuracies with nothing to compare are ``None`` (not measured) rather than a
    misleading 0 or 1.
    """

    articles: int
    attack_tp: int
    attack_fp: int
    attack_fn: int
    attack_tn: int
    attack_precision: float
    attack_recall: float
    attack_f1: float
    events_labelled: int
    events_predicted: int
    events_matched: int
    event_precision: float
    event_recall: float
    event_f1: float
    field_correct: dict[str, int] = field(default_factory=dict)
    field_accuracy: dict[str, float | None] = field(default_factory=dict)
    pause_articles: int = 0
    pause_correct: int = 0
    pause_accuracy: float | None = None
    errors: int = 0
    missing_predictions: int = 0


# --------------------------------------------------------------------------- matching


def _parse_day(value: Any) -> date | None:
    if not isinstance(value, str):
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def dates_compatible(label_date: Any, predicted_date: Any) -> bool:
    """Whether two event dates can belong to the same attack.

    A null date only matches a null date: an event whose day the text never gives
    is a different claim from one pinned to a day. Unparseable strings only match
    themselves.
    """
    if label_date is None or predicted_date is None:
        return label_date is None and predicted_date is None
    a, b = _parse_day(label_date), _parse_day(predicted_date)
    if a is None or b is None:
        return label_date == predicted_date
    return abs((a - b).days) <= DATE_TOLERANCE_DAYS


def events_compatible(label: Mapping[str, Any], predicted: Mapping[str, Any]) -> bool:
    """Whether a predicted event may stand for a labelled one.

    The place decides first: when the label names a base, the prediction must name
    the same base; when the label leaves the base unnamed ("a base in Syria"), the
    countries must agree (both null counts as agreeing). Then the days must agree
    within :data:`DATE_TOLERANCE_DAYS`.
    """
    if label.get("base") is not None:
        if predicted.get("base") != label.get("base"):
            return False
    elif predicted.get("country") != label.get("country"):
        return False
    return dates_compatible(label.get("event_date"), predicted.get("event_date"))


def field_equal(name: str, label: Mapping[str, Any], predicted: Mapping[str, Any]) -> bool:
    """Exact agreement on one field; weapons compare as sets (order is not information)."""
    if name == "weapons":
        return set(label.get("weapons") or ()) == set(predicted.get("weapons") or ())
    return label.get(name) == predicted.get(name)


def _agreement(label: Mapping[str, Any], predicted: Mapping[str, Any]) -> int:
    return sum(field_equal(name, label, predicted) for name in EVENT_FIELDS)


def _hungarian_max(weights: list[list[float]]) -> list[int]:
    """Maximum-weight assignment on a rows x cols matrix with rows <= cols.

    Returns, for every row, the column assigned to it. Classic O(n^2 m)
    potentials formulation, run on negated weights to maximise.
    """
    n = len(weights)
    m = len(weights[0]) if n else 0
    inf = float("inf")
    u = [0.0] * (n + 1)
    v = [0.0] * (m + 1)
    p = [0] * (m + 1)  # p[j]: row assigned to column j (1-based, 0 = none)
    way = [0] * (m + 1)
    for i in range(1, n + 1):
        p[0] = i
        j0 = 0
        minv = [inf] * (m + 1)
        used = [False] * (m + 1)
        while True:
            used[j0] = True
            i0 = p[j0]
            delta = inf
            j1 = 0
            for j in range(1, m + 1):
                if not used[j]:
                    cur = -weights[i0 - 1][j - 1] - u[i0] - v[j]
                    if cur < minv[j]:
                        minv[j] = cur
                        way[j] = j0
                    if minv[j] < delta:
                        delta = minv[j]
                        j1 = j
            for j in range(m + 1):
                if used[j]:
                    u[p[j]] += delta
                    v[j] -= delta
                else:
                    minv[j] -= delta
            j0 = j1
            if p[j0] == 0:
                break
        while True:
            j1 = way[j0]
            p[j0] = p[j1]
            j0 = j1
            if j0 == 0:
                break
    assignment = [-1] * n
    for j in range(1, m + 1):
        if p[j]:
            assignment[p[j] - 1] = j - 1
    return assignment


def match_events(
    labels: Sequence[Mapping[str, Any]], predictions: Sequence[Mapping[str, Any]]
) -> list[tuple[int, int]]:
    """Optimal one-to-one pairing of labelled and predicted events of one article.

    Maximises first the number of pairs (so a greedy early pick cannot steal the
    only partner of another event) and, among equally large pairings, the number
    of agreeing fields (so two attacks on the same base a day apart pair with the
    right predictions). Returns ``(label_index, prediction_index)`` pairs sorted by
    label index.
    """
    if not labels or not predictions:
        return []
    per_pair_max = len(EVENT_FIELDS) + 1
    big = per_pair_max * (min(len(labels), len(predictions)) + 1)
    transpose = len(labels) > len(predictions)
    rows, cols = (predictions, labels) if transpose else (labels, predictions)
    weights: list[list[float]] = []
    for r in rows:
        row = []
        for c in cols:
            lab, pred = (c, r) if transpose else (r, c)
            row.append(float(big + _agreement(lab, pred)) if events_compatible(lab, pred) else 0.0)
        weights.append(row)
    pairs = []
    for i, j in enumerate(_hungarian_max(weights)):
        if j < 0 or weights[i][j] <= 0:
            continue
        pairs.append((j, i) if transpose else (i, j))
    return sorted(pairs)


# --------------------------------------------------------------------------- scoring


def _ratio(num: int, den: int, empty: float) -> float:
    return num / den if den else empty


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def _prediction_view(prediction: Mapping[str, Any] | None) -> tuple[bool, list[Mapping[str, Any]], Any]:
    """(is_attack_report, events, pause_since) of a prediction; errors and gaps read as negative."""
    if prediction is None or "error" in prediction:
        return False, [], None
    return bool(prediction.get("is_attack_report")), list(prediction.get("events") or []), prediction.get("pause_since")


@dataclass(frozen=True)
class _Compared:
    """One labelled article beside its prediction: what both scoring and the mistake list read."""

    label: Mapping[str, Any]
    prediction: Mapping[str, Any] | None
    labelled_attack: bool
    predicted_attack: bool
    labelled_events: list[Mapping[str, Any]]
    predicted_events: list[Mapping[str, Any]]
    pairs: list[tuple[int, int]]
    labelled_pause: Any
    predicted_pause: Any


def _compare(labels: list[dict], predictions: list[dict]) -> Iterable[_Compared]:
    """Each label with its prediction (paired by ``id``) and the one-to-one event pairing."""
    by_id = {str(p.get("id")): p for p in predictions}
    for label in labels:
        prediction = by_id.get(str(label.get("id")))
        predicted_attack, predicted_events, predicted_pause = _prediction_view(prediction)
        labelled_events = list(label.get("events") or [])
        yield _Compared(label, prediction, bool(label.get("is_attack_report")), predicted_attack, labelled_events,
                        predicted_events, match_events(labelled_events, predicted_events), label.get("pause_since"),
                        predicted_pause)


def score(labels: list[dict], predictions: list[dict]) -> Scores:
    """Score ``predictions`` against ``labels``; both are lists of contract dicts.

    Articles are paired by ``id``. A label with no prediction, or whose prediction
    carries an ``error`` key (the extractor failed on it), counts as a negative
    prediction with no events: a crash must cost recall, not vanish from the
    denominator. Predictions for ids that have no label are ignored.
    """
    tp = fp = fn = tn = 0
    n_labelled = n_predicted = n_matched = 0
    correct = {name: 0 for name in EVENT_FIELDS}
    pause_articles = pause_correct = 0
    errors = missing = 0

    for article in _compare(labels, predictions):
        if article.prediction is None:
            missing += 1
        elif "error" in article.prediction:
            errors += 1
        labelled_attack, predicted_attack = article.labelled_attack, article.predicted_attack
        if labelled_attack and predicted_attack:
            tp += 1
        elif predicted_attack:
            fp += 1
        elif labelled_attack:
            fn += 1
        else:
            tn += 1

        n_labelled += len(article.labelled_events)
        n_predicted += len(article.predicted_events)
        for li, pi in article.pairs:
            n_matched += 1
            for name in EVENT_FIELDS:
                correct[name] += field_equal(name, article.labelled_events[li], article.predicted_events[pi])

        if article.labelled_pause is not None or article.predicted_pause is not None:
            pause_articles += 1
            pause_correct += article.labelled_pause == article.predicted_pause

    attack_p = _ratio(tp, tp + fp, 1.0)
    attack_r = _ratio(tp, tp + fn, 1.0)
    event_p = _ratio(n_matched, n_predicted, 1.0)
    event_r = _ratio(n_matched, n_labelled, 1.0)
    return Scores(
        articles=len(labels),
        attack_tp=tp,
        attack_fp=fp,
        attack_fn=fn,
        attack_tn=tn,
        attack_precision=attack_p,
        attack_recall=attack_r,
        attack_f1=_f1(attack_p, attack_r),
        events_labelled=n_labelled,
        events_predicted=n_predicted,
        events_matched=n_matched,
        event_precision=event_p,
        event_recall=event_r,
        event_f1=_f1(event_p, event_r),
        field_correct=correct,
        field_accuracy={name: (correct[name] / n_matched if n_matched else None) for name in EVENT_FIELDS},
        pause_articles=pause_articles,
        pause_correct=pause_correct,
        pause_accuracy=_ratio(pause_correct, pause_articles, 0.0) if pause_articles else None,
        errors=errors,
        missing_predictions=missing,
    )


def mistakes(labels: list[dict], predictions: list[dict]) -> list[str]:
    """Every disagreement behind the scores, one line each, in corpus order.

    The table says how often the extractor is wrong; these lines say where, so an
    analyst checking it on their own labelled articles can read the sentence at
    fault instead of guessing. Same pairing as :func:`score`.
    """
    lines: list[str] = []
    for article in _compare(labels, predictions):
        name = str(article.label.get("id"))
        if article.prediction is not None and "error" in article.prediction:
            lines.append(f"{name}: extractor error: {article.prediction['error']}")
        if article.labelled_attack != article.predicted_attack:
            lines.append(f"{name}: is_attack_report labelled {article.labelled_attack}, got {article.predicted_attack}")
        labelled_events, predicted_events = article.labelled_events, article.predicted_events
        for li, pi in article.pairs:
            want, got = labelled_events[li], predicted_events[pi]
            for field_name in EVENT_FIELDS:
                if not field_equal(field_name, want, got):
                    lines.append(f"{name}: {_event_name(want)} {field_name} labelled {want.get(field_name)!r}, "
                                 f"got {got.get(field_name)!r}")
        matched_labels = {li for li, _ in article.pairs}
        matched_predictions = {pi for _, pi in article.pairs}
        for li, want in enumerate(labelled_events):
            if li not in matched_labels:
                lines.append(f"{name}: missed event {_event_name(want)}")
        for pi, got in enumerate(predicted_events):
            if pi not in matched_predictions:
                lines.append(f"{name}: spurious event {_event_name(got)}")
        if article.labelled_pause != article.predicted_pause:
            lines.append(f"{name}: pause_since labelled {article.labelled_pause!r}, got {article.predicted_pause!r}")
    return lines


def _event_name(event: Mapping[str, Any]) -> str:
    """An event as an analyst would name it: where and when."""
    return f"{event.get('base') or event.get('country') or 'unknown place'} {event.get('event_date') or 'undated'}"


# --------------------------------------------------------------------------- reporting


def _metric(scores: Scores, name: str) -> float | None:
    if name in EVENT_FIELDS:
        return scores.field_accuracy.get(name)
    return getattr(scores, name)


def _fmt(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.3f}"


def format_table(scores: Scores) -> str:
    """A Markdown table (readable as plain text too) of every metric beside its target."""
    targets = dict(TARGETS)
    rows: list[tuple[str, str, str, str]] = []

    def add(label: str, name: str, detail: str) -> None:
        value = _metric(scores, name)
        target = targets.get(name)
        rows.append((label, _fmt(value), "" if target is None else f">= {target:.2f}", detail))

    add("attack-report precision", "attack_precision", f"tp {scores.attack_tp}, fp {scores.attack_fp}")
    add("attack-report recall", "attack_recall", f"fn {scores.attack_fn}, tn {scores.attack_tn}")
    add("attack-report F1", "attack_f1", f"{scores.articles} articles")
    add("event precision", "event_precision", f"{scores.events_matched} of {scores.events_predicted} predicted")
    add("event recall", "event_recall", f"{scores.events_matched} of {scores.events_labelled} labelled")
    add("event F1", "event_f1", "")
    for name in EVENT_FIELDS:
        add(f"{name} accuracy", name, f"{scores.field_correct.get(name, 0)} of {scores.events_matched} matched")
    rows.append(
        (
            "pause_since accuracy",
            _fmt(scores.pause_accuracy),
            "",
            f"{scores.pause_correct} of {scores.pause_articles} articles with a cue",
        )
    )
    if scores.errors or scores.missing_predictions:
        rows.append(("errors / missing", "", "", f"{scores.errors} errors, {scores.missing_predictions} missing"))

    header = ("metric", "value", "target", "detail")
    widths = [max(len(r[i]) for r in (header, *rows)) for i in range(4)]

    def line(cells: Iterable[str]) -> str:
        return "| " + " | ".join(c.ljust(w) for c, w in zip(cells, widths)) + " |"

    out = [line(header), "|" + "|".join("-" * (w + 2) for w in widths) + "|"]
    out.extend(line(r) for r in rows)
    return "\n".join(out)


def check_targets(scores: Scores) -> list[str]:
    """Every target the scores miss, as human-readable lines; empty means all met.

    A field accuracy that could not be measured (no matched events) is not
    reported as a miss here: the event-recall target already catches that case.
    """
    misses = []
    for name, target in TARGETS:
        value = _metric(scores, name)
        if value is not None and value < target:
            label = f"{name} accuracy" if name in EVENT_FIELDS else name.replace("_", " ")
            misses.append(f"{label} {value:.3f} < {target:.2f}")
    return misses


# --------------------------------------------------------------------------- file helpers


def read_jsonl(path: Path | str) -> list[dict]:
    """Read a JSON Lines file, skipping blank lines; a bad line names its number."""
    rows = []
    with open(path, encoding="utf-8") as handle:
        for number, raw in enumerate(handle, start=1):
            if not raw.strip():
                continue
            try:
                rows.append(json.loads(raw))
            except json.JSONDecodeError as exc:
                raise ValueError(f"{path}:{number}: not JSON ({exc})") from None
    return rows


def score_files(labels_path: Path | str, predictions_path: Path | str) -> Scores:
    """Score a predictions file against a labelled corpus file."""
    return score(read_jsonl(labels_path), read_jsonl(predictions_path))
