"""Alert rules: when would an analyst want to be woken?

Pure code over plain data. :func:`observe` takes the rule state, one event
version and the rule settings, and returns the new state and the alerts to
send. Alert ids are deterministic (rule + scope + window), so a replay or a
redelivered event produces the same ids and the notifier can refuse to notify
twice; a changed situation (higher casualties) keeps the id and raises the
version.

Rules (thresholds, windows and severities in :mod:`agents.alert.config`, set
by the user's ``rules.toml`` through :mod:`agents.alert.rulefile`):

* ``pause_end``: the first attack after a quiet period, region-wide and per base;
* ``casualties``: personnel killed (critical) or injured (high);
* ``threshold``: many attacks on one base, or in the region, within a window;
* ``coordinated``: attacks on several distinct bases within a window;
* ``new_claimant``: the first claim by a group not seen claiming before;
* ``escalation``: the last 7 days against the 90 days before.

The window rules (threshold, coordinated, escalation) live in
:mod:`agents.alert.windows`.

Event time only: "now" is the newest event date seen (``RuleState.clock``).
An event version already taken in (the same or an older version of an event
id) changes nothing and raises nothing, so redelivery never fires twice.

Out of order is normal, not an accident: events are keyed by base, so the
alert stage sees one base's attacks in order but different bases' interleaved
in any order (a replay of 2022-2024 may deliver a 2024 attack before a 2022
one). A late report of an older attack is therefore judged like any other, in
the windows it falls into, and the state keeps, besides the last
:data:`COUNT_RETENTION_DAYS` of event time, the last :data:`RECENT_ARRIVALS`
events to arrive, so the late attack's neighbours that arrived recently are
still there to count with. A late report of the attack *before* a quiet
period reveals the pause that an attack already known ended, so every pause
in the history is alerted whatever the arrival order.

A late attack inside a pause already alerted, shortening it below the
threshold, withdraws that alert: a new version with ``withdrawn`` set. So the
alerts that stand depend on which events arrived, not on their order; only the
versions an alert goes through on the way do.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from typing import Any

from agents.aggregate.counters import REGION, Counter, DatedAttack, compute_counters
from agents.aggregate.merge import MERGE_WINDOW_DAYS
from agents.alert.config import DEFAULT_RULES, MAX_WINDOW_DAYS, RuleSettings
from agents.alert.windows import Episode, coordinated_alerts, escalation_alerts, prune_episodes, threshold_alerts
from agents.classify.claimants import canonical_group
from streams.records import Alert, AttackEvent, stable_id

# How long attacks are kept for counting (the longest counter window plus the escalation baseline).
COUNT_RETENTION_DAYS = 100
# How long dated history is kept for pause detection (older history keeps only its latest date).
HISTORY_RETENTION_DAYS = 400
# Events kept whatever their date: the most recent arrivals (late reports are judged against them).
RECENT_ARRIVALS = 200
# Event versions and alert fingerprints kept whatever their date: the most recent ones.
RECENT_IDS = 2000
# How many claimant groups the state remembers (the least recently claiming is forgotten first).
MAX_CLAIMANTS = 500
# How many source links of each event the state keeps for the alerts that cite several events.
SOURCES_PER_EVENT = 3

__all__ = ["COUNT_RETENTION_DAYS", "DEFAULT_RULES", "HISTORY_RETENTION_DAYS", "KnownEvent", "MAX_CLAIMANTS",
           "RECENT_ARRIVALS", "RECENT_IDS",
           "RuleSettings", "RuleState", "SOURCES_PER_EVENT", "observe", "region_pause_ended_near"]


@dataclass(frozen=True)
class KnownEvent:
    """What the rules remember of an event between its versions."""

    event_id: str
    event_date: str
    base: str | None
    country: str | None
    killed: int | None
    injured: int | None
    # The event version taken in (0: not recorded, from an older state).
    version: int = 0
    # Its first source links, for alerts that cite several events.
    sources: tuple[str, ...] = ()
    # The report's own words on the quiet it ended, quoted when a late report reveals that pause.
    pause_phrase: str | None = None

    def to_dict(self) -> dict[str, Any]:
        data = dict(vars(self))
        data["sources"] = list(self.sources)
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "KnownEvent":
        return cls(**{**data, "sources": tuple(data.get("sources") or ())})

    def dated(self) -> DatedAttack:
        return DatedAttack(self.event_id, self.event_date, self.base, self.country)


@dataclass(frozen=True)
class RuleState:
    """Everything the rules need to remember, kept small and JSON-friendly.

    ``events`` holds recent events for counting; ``history`` the attack dates per
    scope for pause detection; ``fired`` the last version, fingerprint and date
    of each alert id, so a redelivered event does not raise an alert again;
    ``episodes`` the bursts the window rules are following; ``claimants`` each
    group that has claimed an attack, with its first and latest claim dates;
    ``seen`` the latest version (and date) of every event taken in, in order of
    arrival, so a redelivered or older version is recognised long after the
    event left the counts. Everything is pruned by event time (or, for
    claimants, by number).
    """

    events: dict[str, KnownEvent] = field(default_factory=dict)
    history: dict[str, list[str]] = field(default_factory=dict)
    fired: dict[str, tuple[int, str, str]] = field(default_factory=dict)
    clock: str | None = None
    episodes: dict[str, list[Episode]] = field(default_factory=dict)
    claimants: dict[str, tuple[str, str]] = field(default_factory=dict)
    seen: dict[str, tuple[int, str]] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {
            "events": {k: v.to_dict() for k, v in self.events.items()},
            "history": self.history,
            "fired": {k: list(v) for k, v in self.fired.items()},
            "clock": self.clock,
            "episodes": {k: [ep.to_dict() for ep in v] for k, v in self.episodes.items()},
            "claimants": {k: list(v) for k, v in self.claimants.items()},
            "seen": {k: list(v) for k, v in self.seen.items()},
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None) -> "RuleState":
        if not data:
            return cls()
        clock = data.get("clock")
        return cls(
            events={k: KnownEvent.from_dict(v) for k, v in data.get("events", {}).items()},
            history={k: list(v) for k, v in data.get("history", {}).items()},
            # A state written before alerts carried their date keeps them as of the clock.
            fired={k: (int(v[0]), str(v[1]), str(v[2]) if len(v) > 2 else (clock or ""))
                   for k, v in data.get("fired", {}).items()},
            clock=clock,
            episodes={k: [Episode.from_dict(ep) for ep in v] for k, v in data.get("episodes", {}).items()},
            claimants={k: (str(v[0]), str(v[1])) for k, v in data.get("claimants", {}).items()},
            seen={k: (int(v[0]), str(v[1])) for k, v in data.get("seen", {}).items()},
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


def _next_date(dates: list[str], day: str) -> str | None:
    """The earliest attack date strictly after ``day``."""
    index = bisect.bisect_right(dates, day)
    return dates[index] if index < len(dates) else None


def _days_between(before: str, after: str) -> int:
    """How many days of quiet lie between an attack on ``before`` and the next, on ``after`` (ISO days)."""
    return (date.fromisoformat(after) - date.fromisoformat(before)).days


def _ended_pause(before: str | None, after: str | None, settings: RuleSettings) -> bool:
    """Whether an attack on ``after`` ended a quiet that began with the attack on ``before``."""
    return (before is not None and after is not None and settings.pause_end.enabled
            and _days_between(before, after) >= settings.pause_end.days)


def _scope_label(scope: str) -> str:
    if scope == REGION:
        return "the region"
    return scope.split(":", 1)[1]


def _sources(event: AttackEvent) -> tuple[str, ...]:
    return tuple(dict.fromkeys(s.url or f"{s.source or 'unknown outlet'} ({s.published or 'undated'})" for s in event.sources))


def _where(event: AttackEvent | KnownEvent) -> str:
    if event.base:
        return f"{event.base} ({event.country})" if event.country else event.base
    return f"a base in {event.country}" if event.country else "an unnamed base"


def _pause_alert(scope: str, event: KnownEvent, previous: str, settings: RuleSettings,
                 sources: tuple[str, ...]) -> Alert:
    gap = _days_between(previous, event.event_date or previous)
    label = _scope_label(scope)
    quote = event.pause_phrase
    reason = (f"no attack in {label} for {gap} days (from {previous} to {event.event_date})"
              f"; the rule fires after {settings.pause_end.days}")
    if quote:
        reason += f'; the report says "{quote}"'
    return Alert(
        # The pause is named by its last attack before the quiet, so a corrected date updates it.
        alert_id=f"pause_end:{scope}:{previous}",
        version=1,
        rule="pause_end",
        severity=settings.pause_end.severity,
        scope=scope,
        summary=f"First attack in {label} after a {gap}-day pause, on {event.event_date}: {_where(event)}",
        reason=reason,
        event_date=event.event_date or previous,
        event_ids=(event.event_id,),
        sources=sources,
        counts={"pause_days": gap},
        quote=quote,
    )


def _casualty_alert(event: AttackEvent, settings: RuleSettings) -> Alert | None:
    killed, injured = event.killed or 0, event.injured or 0
    if killed == 0 and injured == 0:
        return None
    parts = []
    if killed:
        parts.append(f"{killed} killed")
    if injured:
        parts.append(f"{injured} injured")
    toll = " and ".join(parts)
    rule = settings.casualties
    return Alert(
        alert_id=f"casualties:event:{event.event_id}",
        version=1,
        rule="casualties",
        severity=rule.killed_severity if killed else rule.injured_severity,
        scope=f"base:{event.base}" if event.base else f"country:{event.country or 'unknown'}",
        summary=f"U.S./coalition casualties at {_where(event)} on {event.event_date}: {toll}",
        reason=f"{toll} among U.S./coalition personnel, as reported by {event.corroboration} source(s)",
        event_date=event.event_date or "",
        event_ids=(event.event_id,),
        sources=_sources(event),
        counts={"killed": killed, "injured": injured},
    )


def claimant_key(name: str) -> str:
    """One name per group: the gazetteer's canonical spelling, else the name as given (trimmed)."""
    return canonical_group(name) or " ".join(name.split())


def _claimant_alert(event: AttackEvent, group: str, settings: RuleSettings) -> Alert:
    return Alert(
        # One alert per group, ever: a later claim by the same group is not new; a late report
        # of an earlier claim moves the alert to it (version + 1), whatever order they came in.
        alert_id=f"new_claimant:{group}",
        version=1,
        rule="new_claimant",
        severity=settings.new_claimant.severity,
        scope=f"base:{event.base}" if event.base else f"country:{event.country or 'unknown'}",
        summary=f"First claim by {group}: the attack on {_where(event)} on {event.event_date}",
        reason=(f"no earlier claim by {group} (reported as {event.claimed_by!r}) in this stream"
                f"{'' if claimant_key(event.claimed_by or '') == event.claimed_by else ', names compared by canonical spelling'}"),
        event_date=event.event_date or "",
        event_ids=(event.event_id,),
        sources=_sources(event),
        counts={},
    )


def _fingerprint(alert: Alert) -> str:
    """What makes an alert materially different from its last version: its
    severity, figures, date and whether it is withdrawn, not its wording (a second
    attack on the day a pause ended does not make the pause news again)."""
    if alert.withdrawn:
        return stable_id("withdrawn")  # withdrawn once is withdrawn: a second late report changes nothing
    return stable_id(alert.severity, alert.event_date, repr(sorted(alert.counts.items())))


def _pause_withdrawal(scope: str, event: AttackEvent, previous: str, settings: RuleSettings) -> Alert:
    """A new version of the pause alert named by ``previous``: a late report of an attack soon
    after it shows the quiet was shorter than the rule's threshold, so there was no such pause."""
    gap = _days_between(previous, event.event_date or previous)
    label = _scope_label(scope)
    return Alert(
        alert_id=f"pause_end:{scope}:{previous}",
        version=1,
        rule="pause_end",
        severity="info",
        scope=scope,
        summary=f"Withdrawn: {label} was not quiet after {previous}; an attack on {event.event_date} was reported late",
        reason=(f"a late report of an attack on {event.event_date} ({_where(event)}), {gap} day{'s' if gap != 1 else ''} "
                f"after {previous}; "
                f"the rule fires after {settings.pause_end.days}"),
        event_date=event.event_date or previous,
        event_ids=(event.event_id,),
        sources=_sources(event),
        counts={"pause_days": gap},
        withdrawn=True,
    )


def _stamp(state_fired: dict[str, tuple[int, str, str]], alert: Alert) -> Alert | None:
    """Give the alert its version, or None when nothing changed since the last one."""
    fingerprint = _fingerprint(alert)
    previous = state_fired.get(alert.alert_id)
    if previous is not None and previous[1] == fingerprint:
        return None
    version = 1 if previous is None else previous[0] + 1
    state_fired.pop(alert.alert_id, None)  # kept in order of firing: the latest last
    state_fired[alert.alert_id] = (version, fingerprint, alert.event_date)
    return replace(alert, version=version)


def _readable(day: str | None) -> bool:
    try:
        date.fromisoformat(day or "")
    except ValueError:
        return False
    return True


def observe(state: RuleState, event: AttackEvent, settings: RuleSettings = DEFAULT_RULES) -> tuple[RuleState, list[Alert]]:
    """Take one event version into the state and return the alerts it raises.

    Pause rule: an attack after at least ``pause_end.days`` with none, region-wide
    or at its base, ends a pause; so does the next known attack when this one is
    a late report of the last attack before such a quiet. A region-wide pause
    that ended on the same day (or the day before) makes the base's own pause
    alert redundant, so it is inhibited.

    An event version no newer than the one already taken in (a redelivery, or a
    re-sent older version) returns the state unchanged and no alert. An event
    without a readable date cannot be placed in time and is left out.
    """
    if not _readable(event.event_date):
        return state, []
    assert event.event_date is not None
    taken = state.seen.get(event.event_id)
    if taken is not None and taken[0] >= event.version:
        return state, []
    previous = state.events.get(event.event_id)
    events = dict(state.events)
    history = {k: list(v) for k, v in state.history.items()}
    fired = dict(state.fired)
    episodes = {k: list(v) for k, v in state.episodes.items()}
    claimants = dict(state.claimants)
    seen = dict(state.seen)
    seen.pop(event.event_id, None)  # kept in order of arrival: the latest last
    seen[event.event_id] = (event.version, event.event_date)
    known = KnownEvent(event.event_id, event.event_date, event.base, event.country, event.killed, event.injured,
                       event.version, _sources(event)[:SOURCES_PER_EVENT], event.pause_phrase)
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
        after = _next_date(dates, event.event_date)
        is_new_date = event.event_date not in dates
        if is_new_date:
            bisect.insort(dates, event.event_date)
        ends_a_pause = _ended_pause(before, event.event_date, settings)
        if ends_a_pause and not _inhibited(scope, history, event.event_date, settings):
            candidates.append(_pause_alert(scope, known, before, settings, _sources(event)))
        if is_new_date and not ends_a_pause and before is not None and f"pause_end:{scope}:{before}" in fired:
            # A late report inside a quiet already alerted: the pause it announced never was.
            candidates.append(_pause_withdrawal(scope, event, before, settings))
        if is_new_date and _ended_pause(event.event_date, after, settings) and not _inhibited(scope, history, after, settings):
            # A late report of the last attack before a quiet: the attack already known after it ended a pause.
            ended = _first_known_on(events, scope, after)
            if ended is not None:
                candidates.append(_pause_alert(scope, ended, event.event_date, settings, ended.sources))
    if settings.casualties.enabled:
        casualty = _casualty_alert(event, settings)
        if casualty is not None:
            candidates.append(casualty)
    if event.claimed_by and event.claimed_by.strip():
        group = claimant_key(event.claimed_by)
        claimed = claimants.get(group)
        rule = settings.new_claimant
        first_claim = claimed is None or event.event_date < claimed[0]
        if first_claim and rule.enabled and group not in {claimant_key(g) for g in rule.known_groups}:
            candidates.append(_claimant_alert(event, group, settings))
        first, last = claimed or (event.event_date, event.event_date)
        claimants[group] = (min(first, event.event_date), max(last, event.event_date))
    recent = list(events.values())
    for window_rule in (threshold_alerts, coordinated_alerts, escalation_alerts):
        candidates.extend(window_rule(episodes, recent, known, settings))

    alerts = [a for a in (_stamp(fired, c) for c in candidates) if a is not None]
    clock = max(filter(None, (state.clock, event.event_date)))
    return _prune(RuleState(events, history, fired, clock, episodes, claimants, seen)), alerts


def _inhibited(scope: str, history: dict[str, list[str]], day: str, settings: RuleSettings) -> bool:
    """A base's pause that ended on ``day`` is covered when the region-wide one ended then too:
    the base was necessarily quiet as well."""
    return scope != REGION and region_pause_ended_near(history.get(REGION, []), day, settings)


def _first_known_on(events: dict[str, KnownEvent], scope: str, day: str) -> KnownEvent | None:
    """One known attack in ``scope`` on ``day`` (a named base before an unnamed one, then by id),
    or None when counting retention has already forgotten them."""
    same_day = [e for e in events.values() if e.event_date == day and scope in e.dated().scopes()]
    return min(same_day, key=lambda e: (e.base is None, e.event_id), default=None)


def region_pause_ended_near(region_dates: list[str], day: str, settings: RuleSettings) -> bool:
    """Whether a region-wide pause ended on ``day`` or within the merge window before it.

    Alertmanager-style inhibition: the region-wide alert covers the bases' own
    pauses for the attacks that ended it, including one reported a day later
    (seeds 001/004: Rumalyn on the 21st, Ain al-Asad on the 22nd).
    """
    end = date.fromisoformat(day)
    for candidate in region_dates:
        if not 0 <= (end - date.fromisoformat(candidate)).days <= MERGE_WINDOW_DAYS:
            continue
        before = _previous_date(region_dates, candidate)
        if before is not None and _days_between(before, candidate) >= settings.pause_end.days:
            return True
    return False


def _horizon(clock: str, days: int) -> str:
    return (date.fromisoformat(clock) - timedelta(days=days)).isoformat()


def _recent_or_newer(table: dict[str, Any], newer: Any) -> dict[str, Any]:
    """The entries dated within the history, and the last :data:`RECENT_IDS` entered whatever their date."""
    recent = set(list(table)[-RECENT_IDS:])
    return {k: v for k, v in table.items() if k in recent or newer(v)}


def _prune(state: RuleState) -> RuleState:
    """Forget what no rule or counter can use any more, by event time.

    Events older than the counting retention go, unless among the last
    :data:`RECENT_ARRIVALS` to arrive; the pause history keeps
    :data:`HISTORY_RETENTION_DAYS` and the latest older date; event versions and
    alert fingerprints as long as the history, and the last :data:`RECENT_IDS`
    whatever their date (a redelivery is recognised long after); episodes as
    long as a new attack could continue them or their alert is remembered; claimants by number, the least recently claiming
    forgotten first.
    """
    if state.clock is None:
        return state
    count_horizon = _horizon(state.clock, COUNT_RETENTION_DAYS)
    history_horizon = _horizon(state.clock, HISTORY_RETENTION_DAYS)
    arrived = set(list(state.seen)[-RECENT_ARRIVALS:])
    events = {k: v for k, v in state.events.items() if v.event_date >= count_horizon or k in arrived}
    history = {}
    for scope, dates in state.history.items():
        recent = [d for d in dates if d >= history_horizon]
        older = [d for d in dates if d < history_horizon]
        history[scope] = ([older[-1]] if older else []) + recent
    fired = _recent_or_newer(state.fired, lambda v: v[2] >= history_horizon)
    seen = _recent_or_newer(state.seen, lambda v: v[1] >= history_horizon)
    episodes = prune_episodes(state.episodes, _horizon(state.clock, COUNT_RETENTION_DAYS + MAX_WINDOW_DAYS), set(fired))
    claimants = state.claimants
    if len(claimants) > MAX_CLAIMANTS:
        keep = sorted(claimants, key=lambda g: (claimants[g][1], g), reverse=True)[:MAX_CLAIMANTS]
        claimants = {g: claimants[g] for g in sorted(keep)}
    return RuleState(events, history, fired, state.clock, episodes, claimants, seen)
