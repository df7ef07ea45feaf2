"""The window rules: threshold, coordinated and escalation, over bursts ("episodes").

Each rule looks at windows of event time that end on the day of an attack and
asks a question of the attacks inside: enough attacks on one base or in the
region (threshold)? enough distinct bases (coordinated)? many more than usual
(escalation)? A window that says yes *qualifies*.

Qualifying windows that follow one another with less than a window's length
between them form one **episode**, and one episode is one alert:

* its id is ``<rule>:<scope>:<window>:<first date>``, the first date being the
  first attack of the window that opened the episode (kept once given, even if
  a late report adds an earlier attack to the episode);
* while it goes on, a growing count updates the alert (version + 1) instead of
  raising a new one;
* after a whole window without a qualifying attack, the next qualifying window
  opens a new episode, hence a new id.

Only windows that contain the new attack are looked at, so a late report of an
older attack re-judges the windows it falls into and nothing else. Counts of an
episode never go down (a correction that moves an attack out of a window, or
the pruning of attacks older than the counting retention, keeps the figures
already sent).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any, Callable, Iterable, Sequence

from agents.aggregate.counters import BASELINE_DAYS, RECENT_DAYS, REGION, escalation_ratio
from agents.alert.config import CoordinatedRule, EscalationRule, RuleSettings, Threshold, window_label
from streams.records import Alert

if TYPE_CHECKING:
    from agents.alert.rules import KnownEvent

# At most this many event ids (the latest) are listed in one episode alert; its counts give the total.
MAX_EVENT_IDS = 50


@dataclass(frozen=True)
class Episode:
    """One burst of qualifying windows: the alert it is, the dates it spans, its figures so far."""

    alert_id: str
    first: str
    last: str
    # The date the alert reports: the end of the window that gave the current figures.
    day: str
    counts: dict[str, int] = field(default_factory=dict)
    # Figures an alert shows but does not update on (the escalation ratio, in hundredths).
    extra: dict[str, int] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {"alert_id": self.alert_id, "first": self.first, "last": self.last, "day": self.day,
                "counts": dict(self.counts), "extra": dict(self.extra)}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Episode":
        return cls(data["alert_id"], data["first"], data["last"], data["day"], dict(data.get("counts", {})),
                   dict(data.get("extra", {})))


@dataclass(frozen=True)
class Window:
    """A qualifying window: the attacks in it and the figures the rule read from them."""

    end: str
    events: tuple["KnownEvent", ...]
    counts: dict[str, int]
    extra: dict[str, int] = field(default_factory=dict)

    @property
    def start(self) -> str:
        return min(e.event_date for e in self.events)


def _days(a: str, b: str) -> int:
    return (date.fromisoformat(b) - date.fromisoformat(a)).days


def _shift(day: str, days: int) -> str:
    return (date.fromisoformat(day) + timedelta(days=days)).isoformat()


def _anchors(dates: Iterable[str], day: str, length: int) -> list[str]:
    """The attack dates whose window of ``length`` days ends on or after ``day`` and contains it."""
    stop = _shift(day, length)
    return sorted({d for d in dates if day <= d < stop})


def _inside(events: Sequence["KnownEvent"], end: str, length: int) -> tuple["KnownEvent", ...]:
    """The events of the window of ``length`` days ending with ``end``, as
    :func:`agents.aggregate.counters.in_window` has it (ISO dates compare as strings)."""
    start = _shift(end, -length)
    return tuple(e for e in events if start < e.event_date <= end)


def continues(episode: Episode, start: str, end: str, length: int) -> bool:
    """Whether a window spanning ``start``..``end`` belongs to ``episode``: less than a
    window's length apart from it, on either side (a late report may come before it)."""
    return _days(episode.last, start) < length and _days(end, episode.first) < length


def join_episode(
    episodes: list[Episode], prefix: str, window: Window, length: int, measure: tuple[str, ...],
) -> Episode:
    """Fold a qualifying window into the episode it continues, or open a new one.

    The figures are replaced when the window's ``measure`` counts are higher
    (compared in order), so an update is sent only when the situation grew.
    """
    start, end = window.start, window.end
    for index, episode in enumerate(episodes):
        if continues(episode, start, end, length):
            grown = tuple(window.counts[k] for k in measure) > tuple(episode.counts.get(k, 0) for k in measure)
            joined = replace(
                episode,
                first=min(episode.first, start),
                last=max(episode.last, end),
                day=end if grown else episode.day,
                counts=dict(window.counts) if grown else episode.counts,
                extra=dict(window.extra) if grown else episode.extra,
            )
            episodes[index] = joined
            return joined
    opened = Episode(f"{prefix}:{start}", start, end, end, dict(window.counts), dict(window.extra))
    episodes.append(opened)
    return opened


def _where(scope: str) -> str:
    return "the region" if scope == REGION else scope.split(":", 1)[1]


def _in_scope(scope: str) -> Callable[["KnownEvent"], bool]:
    if scope == REGION:
        return lambda e: True
    name = scope.split(":", 1)[1]
    return lambda e: e.base == name


def _evidence(events: Iterable["KnownEvent"], episode: Episode, member: Callable[["KnownEvent"], bool]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Event ids (the latest :data:`MAX_EVENT_IDS`) and source links of the episode's attacks."""
    chosen = sorted((e for e in events if member(e) and episode.first <= e.event_date <= episode.last),
                    key=lambda e: (e.event_date, e.event_id))[-MAX_EVENT_IDS:]
    sources = tuple(dict.fromkeys(s for e in chosen for s in e.sources))
    return tuple(e.event_id for e in chosen), sources


def _alert(rule: str, severity: str, scope: str, episode: Episode, summary: str, reason: str,
           events: Sequence["KnownEvent"], member: Callable[["KnownEvent"], bool]) -> Alert:
    event_ids, sources = _evidence(events, episode, member)
    return Alert(alert_id=episode.alert_id, version=1, rule=rule, severity=severity, scope=scope, summary=summary,
                 reason=reason, event_date=episode.day, event_ids=event_ids, sources=sources, counts=dict(episode.counts))


def _episodes_for(store: dict[str, list[Episode]], key: str) -> list[Episode]:
    return store.setdefault(key, [])


def threshold_alerts(
    store: dict[str, list[Episode]], events: Sequence["KnownEvent"], new: "KnownEvent", rules: RuleSettings,
) -> list[Alert]:
    """At least N attacks within a window, on the new attack's base and region-wide."""
    rule = rules.threshold
    if not rule.enabled:
        return []
    checks: list[tuple[str, Threshold]] = []
    if new.base and rule.base.enabled:
        checks.append((f"base:{new.base}", rule.base))
    if rule.region.enabled:
        checks.append((REGION, rule.region))
    alerts = []
    for scope, limit in checks:
        member = _in_scope(scope)
        mine = [e for e in events if member(e)]
        label = window_label(limit.window_days)
        prefix = f"threshold:{scope}:{label}"
        episodes = _episodes_for(store, prefix)
        touched: dict[str, Episode] = {}
        for end in _anchors((e.event_date for e in mine), new.event_date, limit.window_days):
            inside = _inside(mine, end, limit.window_days)
            if len(inside) < limit.attacks:
                continue
            # The burst's total so far: its attacks known now, never fewer than already reported.
            start = min(e.event_date for e in inside)
            current = next((ep for ep in episodes if continues(ep, start, end, limit.window_days)), None)
            first = min(start, current.first) if current else start
            last = max(end, current.last) if current else end
            total = sum(1 for e in mine if first <= e.event_date <= last)
            if current is not None:
                total = max(total, current.counts.get("attacks", 0))
            peak = max(len(inside), current.counts.get("window_peak", 0) if current else 0)
            window = Window(end, inside, {"attacks": total, "window_peak": peak})
            episode = join_episode(episodes, prefix, window, limit.window_days, ("attacks", "window_peak"))
            touched[episode.alert_id] = episode
        for episode in touched.values():
            n, peak = episode.counts["attacks"], episode.counts["window_peak"]
            where = _where(scope)
            span = episode.first if episode.first == episode.day else f"{episode.first} to {episode.day}"
            summary = (f"{peak} attacks on {where} within {label} ({span})" if n == peak
                       else f"{n} attacks on {where} since {episode.first}, up to {peak} within {label} (to {episode.day})")
            reason = (f"{peak} attacks on {where} within one {label} window; the rule fires at {limit.attacks} in {label}"
                      f"; this burst: {n} attack(s) from {episode.first} to {episode.day}")
            alerts.append(_alert("threshold", rule.severity, scope, episode, summary, reason, events, member))
    return alerts


def coordinated_alerts(
    store: dict[str, list[Episode]], events: Sequence["KnownEvent"], new: "KnownEvent", rules: RuleSettings,
) -> list[Alert]:
    """Attacks on at least K distinct bases within one window, region-wide.

    Unnamed bases count (``count_unnamed``, on by default). An event with no
    base is an attack that merging could not attach to any named base's event
    on those dates, so it is a distinct attack; reports that produce one say so
    in as many words ("three other bases were also attacked", "three separate
    attacks"), and the extractor makes one unnamed event per base such a
    sentence counts. Counting each as one more base follows the reporting; the
    alternative, ignoring them, would miss exactly the waves that officials
    summarise without naming the bases (seed 000: "a total of four bases ...
    attacked ... in the last day", one of them named). The risk, two unnamed
    attacks on one base counted twice, is visible in the alert: its counts
    give named and unnamed bases apart.
    """
    rule: CoordinatedRule = rules.coordinated
    if not rule.enabled:
        return []
    label = window_label(rule.window_days)
    prefix = f"coordinated:{REGION}:{label}"
    episodes = _episodes_for(store, prefix)
    touched: dict[str, Episode] = {}
    for end in _anchors((e.event_date for e in events), new.event_date, rule.window_days):
        inside = _inside(events, end, rule.window_days)
        named = len({e.base for e in inside if e.base})
        unnamed = sum(1 for e in inside if not e.base) if rule.count_unnamed else 0
        if named + unnamed < rule.bases:
            continue
        window = Window(end, inside, {"bases": named + unnamed, "named_bases": named, "unnamed_bases": unnamed,
                                      "attacks": len(inside)})
        episode = join_episode(episodes, prefix, window, rule.window_days, ("bases",))
        touched[episode.alert_id] = episode
    alerts = []
    for episode in touched.values():
        counts = episode.counts
        names = sorted({e.base for e in _inside(events, episode.day, rule.window_days) if e.base})
        listed = ", ".join(names) if names else "no named base"
        extra = f" and {counts['unnamed_bases']} unnamed base(s)" if counts["unnamed_bases"] else ""
        span = episode.day if rule.window_days == 1 else f"the {label} to {episode.day}"
        summary = f"Attacks on {counts['bases']} bases within {label} ({span}): {listed}{extra}"
        reason = (f"{counts['bases']} distinct bases attacked within {label} ({counts['named_bases']} named"
                  f", {counts['unnamed_bases']} unnamed, each unnamed attack counted as one more base"
                  f"; {counts['attacks']} attack(s)); the rule fires at {rule.bases} bases in {label}")
        if not rule.count_unnamed:
            reason = reason.replace(", each unnamed attack counted as one more base", ", unnamed bases not counted")
        alerts.append(_alert("coordinated", rule.severity, REGION, episode, summary, reason, events, lambda e: True))
    return alerts


def escalation_alerts(
    store: dict[str, list[Episode]], events: Sequence["KnownEvent"], new: "KnownEvent", rules: RuleSettings,
) -> list[Alert]:
    """The last 7 days at X times the weekly mean of the 90 days before, region-wide and per base.

    Same figures as :func:`agents.aggregate.counters.escalation_ratio`, taken
    at the day of each attack. No attack in the 90-day baseline means no ratio
    and no alert: coming out of a quiet period is what ``pause_end`` reports.
    """
    rule: EscalationRule = rules.escalation
    if not rule.enabled:
        return []
    scopes = []
    if "region" in rule.scopes:
        scopes.append(REGION)
    if "base" in rule.scopes and new.base:
        scopes.append(f"base:{new.base}")
    alerts = []
    label = window_label(RECENT_DAYS)
    for scope in scopes:
        member = _in_scope(scope)
        mine = [e for e in events if member(e)]
        days = [date.fromisoformat(e.event_date) for e in mine]
        prefix = f"escalation:{scope}:{label}"
        episodes = _episodes_for(store, prefix)
        touched: dict[str, Episode] = {}
        for end in _anchors((e.event_date for e in mine), new.event_date, RECENT_DAYS):
            now = date.fromisoformat(end)
            ratio = escalation_ratio(days, now)
            inside = _inside(mine, end, RECENT_DAYS)
            if ratio is None or ratio < rule.ratio or len(inside) < rule.min_attacks:
                continue
            recent_start = now - timedelta(days=RECENT_DAYS)
            baseline = sum(1 for d in days if recent_start - timedelta(days=BASELINE_DAYS) < d <= recent_start)
            window = Window(end, inside, {"attacks_7d": len(inside), "baseline_90d": baseline},
                            {"ratio_x100": round(ratio * 100)})
            episode = join_episode(episodes, prefix, window, RECENT_DAYS, ("attacks_7d",))
            touched[episode.alert_id] = episode
        for episode in touched.values():
            n, base_n = episode.counts["attacks_7d"], episode.counts["baseline_90d"]
            ratio = episode.extra.get("ratio_x100", 0) / 100
            weekly = base_n / (BASELINE_DAYS / RECENT_DAYS)
            where = _where(scope)
            summary = (f"Attacks on {where} escalating: {n} in the 7 days to {episode.day}, "
                       f"{ratio:g}x the weekly mean of the 90 days before")
            reason = (f"{n} attacks in the 7 days to {episode.day} against {base_n} in the 90 days before them"
                      f" (weekly mean {weekly:.2f}): ratio {ratio:g}; the rule fires at {rule.ratio:g}x"
                      f" with at least {rule.min_attacks} attacks in 7 days")
            alerts.append(_alert("escalation", rule.severity, scope, episode, summary, reason, events, member))
    return alerts


def prune_episodes(store: dict[str, list[Episode]], horizon: str, remembered: set[str]) -> dict[str, list[Episode]]:
    """Episodes that a new attack (dated on or after ``horizon``) could still continue, or
    whose alert is still ``remembered`` (so a late attack updates it rather than starting over)."""
    kept = {key: [ep for ep in episodes if ep.last >= horizon or ep.alert_id in remembered]
            for key, episodes in store.items()}
    return {key: episodes for key, episodes in kept.items() if episodes}
