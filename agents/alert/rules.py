"""Alert rules: when would an analyst want to be woken?

Pure code over plain data. :func:`observe` takes the rule state, one event
version and the rule settings, and returns the new state and the alerts to
send. Alert ids are deterministic (rule + scope + window), so a replay or a
redelivered event produces the same ids and the notifier can refuse to notify
twice; a changed situation (higher casualties) keeps the id and raises the
version.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from typing import Any

from agents.aggregate.counters import REGION, Counter, DatedAttack, compute_counters
from agents.aggregate.merge import MERGE_WINDOW_DAYS
from streams.records import Alert, AttackEvent, stable_id

# How long attacks are kept for counting (the longest counter window plus the escalation baseline).
COUNT_RETENTION_DAYS = 100
# How long dated history is kept for pause detection (older history keeps only its latest date).
HISTORY_RETENTION_DAYS = 400


@dataclass(frozen=True)
class RuleSettings:
    """Thresholds of the shipped rules."""

    # A pause ends when an attack follows at least this many days with none.
    pause_days: int = 30


# The rule settings used when none are given.
DEFAULT_RULES = RuleSettings()


@dataclass(frozen=True)
class KnownEvent:
    """What the rules remember of an event between its versions."""

    event_id: str
    event_date: str
    base: str | None
    country: str | None
    killed: int | None
    injured: int | None

    def dated(self) -> DatedAttack:
        return DatedAttack(self.event_id, self.event_date, self.base, self.country)


@dataclass(frozen=True)
class RuleState:
    """Everything the rules need to remember, kept small and JSON-friendly.

    ``events`` holds recent events for counting; ``history`` the attack dates per
    scope for pause detection; ``fired`` the last version and fingerprint of each
    alert id, so a redelivered event does not raise an alert again.
    """

    events: dict[str, KnownEvent] = field(default_factory=dict)
    history: dict[str, list[str]] = field(default_factory=dict)
    fired: dict[str, tuple[int, str]] = field(default_factory=dict)
    clock: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "events": {k: vars(v) for k, v in self.events.items()},
            "history": self.history,
            "fired": {k: list(v) for k, v in self.fired.items()},
            "clock": self.clock,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None) -> "RuleState":
        if not data:
            return cls()
        return cls(
            events={k: KnownEvent(**v) for k, v in data.get("events", {}).items()},
            history={k: list(v) for k, v in data.get("history", {}).items()},
            fired={k: (int(v[0]), str(v[1])) for k, v in data.get("fired", {}).items()},
            clock=data.get("clock"),
        )

    def counters(self, now: date | None = None) -> dict[str, Counter]:
        """The counter table at ``now`` (default: the stream's event-time clock)."""
        if now is None:
            if self.clock is None:
                return {}
            now = date.fromisoformat(self.clock)
        table = compute_counters((e.dated() for e in self.events.values()), now)
        # Scopes whose attacks are all older than the counting retention still know their last attack.
        for scope, dates in self.history.items():
            past = [d for d in dates if d <= now.isoformat()]
            if scope not in table and past:
                last = date.fromisoformat(past[-1])
                table[scope] = Counter(scope, {name: 0 for name in _window_names()}, past[-1], (now - last).days, None)
        return table


def _window_names() -> tuple[str, ...]:
    from agents.aggregate.counters import DEFAULT_WINDOWS

    return tuple(DEFAULT_WINDOWS)


def _previous_date(dates: list[str], day: str) -> str | None:
    """The latest attack date strictly before ``day``."""
    index = bisect.bisect_left(dates, day)
    return dates[index - 1] if index else None


def _scope_label(scope: str) -> str:
    if scope == REGION:
        return "the region"
    return scope.split(":", 1)[1]


def _sources(event: AttackEvent) -> tuple[str, ...]:
    return tuple(dict.fromkeys(s.url or f"{s.source or 'unknown outlet'} ({s.published or 'undated'})" for s in event.sources))


def _where(event: AttackEvent) -> str:
    if event.base:
        return f"{event.base} ({event.country})" if event.country else event.base
    return f"a base in {event.country}" if event.country else "an unnamed base"


def _pause_alert(scope: str, event: AttackEvent, previous: str, settings: RuleSettings) -> Alert:
    gap = (date.fromisoformat(event.event_date or previous) - date.fromisoformat(previous)).days
    label = _scope_label(scope)
    quote = event.pause_phrase
    reason = f"no attack in {label} for {gap} days (from {previous} to {event.event_date}); the rule fires after {settings.pause_days}"
    if quote:
        reason += f'; the report says "{quote}"'
    return Alert(
        # The pause is named by its last attack before the quiet, so a corrected date updates it.
        alert_id=f"pause_end:{scope}:{previous}",
        version=1,
        rule="pause_end",
        severity="high",
        scope=scope,
        summary=f"First attack in {label} after a {gap}-day pause, on {event.event_date}: {_where(event)}",
        reason=reason,
        event_date=event.event_date or previous,
        event_ids=(event.event_id,),
        sources=_sources(event),
        counts={"pause_days": gap},
        quote=quote,
    )


def _casualty_alert(event: AttackEvent) -> Alert | None:
    killed, injured = event.killed or 0, event.injured or 0
    if killed == 0 and injured == 0:
        return None
    parts = []
    if killed:
        parts.append(f"{killed} killed")
    if injured:
        parts.append(f"{injured} injured")
    toll = " and ".join(parts)
    return Alert(
        alert_id=f"casualties:event:{event.event_id}",
        version=1,
        rule="casualties",
        severity="critical" if killed else "high",
        scope=f"base:{event.base}" if event.base else f"country:{event.country or 'unknown'}",
        summary=f"U.S./coalition casualties at {_where(event)} on {event.event_date}: {toll}",
        reason=f"{toll} among U.S./coalition personnel, as reported by {event.corroboration} source(s)",
        event_date=event.event_date or "",
        event_ids=(event.event_id,),
        sources=_sources(event),
        counts={"killed": killed, "injured": injured},
    )


def _fingerprint(alert: Alert) -> str:
    """What makes an alert materially different from its last version: its
    severity, figures and date, not its wording (a second attack on the day a
    pause ended does not make the pause news again)."""
    return stable_id(alert.severity, alert.event_date, repr(sorted(alert.counts.items())))


def _stamp(state_fired: dict[str, tuple[int, str]], alert: Alert) -> Alert | None:
    """Give the alert its version, or None when nothing changed since the last one."""
    fingerprint = _fingerprint(alert)
    previous = state_fired.get(alert.alert_id)
    if previous is not None and previous[1] == fingerprint:
        return None
    version = 1 if previous is None else previous[0] + 1
    state_fired[alert.alert_id] = (version, fingerprint)
    return replace(alert, version=version)


def observe(state: RuleState, event: AttackEvent, settings: RuleSettings = DEFAULT_RULES) -> tuple[RuleState, list[Alert]]:
    """Take one event version into the state and return the alerts it raises.

    Pause rule: an attack after at least ``pause_days`` with none, region-wide or
    at its base, ends a pause. A region-wide pause that ended on the same day
    (or the day before) makes the base's own pause alert redundant, so it is
    inhibited.
    """
    if event.event_date is None:
        return state, []
    events = dict(state.events)
    history = {k: list(v) for k, v in state.history.items()}
    fired = dict(state.fired)
    previous = events.get(event.event_id)
    known = KnownEvent(event.event_id, event.event_date, event.base, event.country, event.killed, event.injured)
    events[event.event_id] = known

    # A corrected date or place moves the event: forget where it stood before.
    if previous is not None:
        for scope in previous.dated().scopes():
            still_there = any(
                e.event_date == previous.event_date and scope in e.dated().scopes()
                for e in events.values()
                if e.event_id != event.event_id
            )
            if not still_there and previous.event_date in history.get(scope, []):
                history[scope].remove(previous.event_date)

    candidates: list[Alert] = []
    for scope in known.dated().scopes():
        dates = history.setdefault(scope, [])
        if scope.startswith("country:"):
            # Kept for the counters; pauses are judged region-wide and per base.
            if event.event_date not in dates:
                bisect.insort(dates, event.event_date)
            continue
        before = _previous_date(dates, event.event_date)
        if event.event_date not in dates:
            bisect.insort(dates, event.event_date)
        if before is None:
            continue  # the first attack known in a scope ends no known pause
        gap = (date.fromisoformat(event.event_date) - date.fromisoformat(before)).days
        if gap < settings.pause_days:
            continue
        if scope != REGION and region_pause_ended_near(history.get(REGION, []), event.event_date, settings):
            continue  # the region-wide alert already says it: the base was necessarily quiet too
        candidates.append(_pause_alert(scope, event, before, settings))
    casualty = _casualty_alert(event)
    if casualty is not None:
        candidates.append(casualty)

    clock = max(filter(None, (state.clock, event.event_date)))
    new_state = _prune(RuleState(events, history, fired, clock))
    alerts = [a for a in (_stamp(fired, c) for c in candidates) if a is not None]
    return new_state, alerts


def region_pause_ended_near(region_dates: list[str], day: str, settings: RuleSettings) -> bool:
    """Whether a region-wide pause ended on ``day`` or within the merge window before it.

    Alertmanager-style inhibition: the region-wide alert covers the bases' own
    pauses for the attacks that ended it, including one reported a day later
    (seeds 001/004: Rumalyn on the 21st, Ain al-Asad on the 22nd).
    """
    end = date.fromisoformat(day)
    for candidate in region_dates:
        moment = date.fromisoformat(candidate)
        if not 0 <= (end - moment).days <= MERGE_WINDOW_DAYS:
            continue
        before = _previous_date(region_dates, candidate)
        if before is not None and (moment - date.fromisoformat(before)).days >= settings.pause_days:
            return True
    return False


def _prune(state: RuleState) -> RuleState:
    """Forget what no rule or counter can use any more, by event time."""
    if state.clock is None:
        return state
    now = date.fromisoformat(state.clock)
    count_horizon = (now - timedelta(days=COUNT_RETENTION_DAYS)).isoformat()
    history_horizon = (now - timedelta(days=HISTORY_RETENTION_DAYS)).isoformat()
    events = {k: v for k, v in state.events.items() if v.event_date >= count_horizon}
    history = {}
    for scope, dates in state.history.items():
        recent = [d for d in dates if d >= history_horizon]
        older = [d for d in dates if d < history_horizon]
        history[scope] = ([older[-1]] if older else []) + recent
    return RuleState(events, history, state.fired, state.clock)
