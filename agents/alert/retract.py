"""Forgetting an event that merging retracted (its reports now belong to another event).

Kept apart from the rules: a retraction raises no alert, it only takes the
event out of the counts and the attack history the rules judge from.
"""

from __future__ import annotations

from dataclasses import replace

from agents.alert.rules import RuleState


def forget_event(state: RuleState, event_id: str) -> RuleState:
    """The state without ``event_id``: out of the counters, and its date out of
    each scope's history unless another known attack in that scope shares it."""
    known = state.events.get(event_id)
    if known is None:
        return state
    events = {k: v for k, v in state.events.items() if k != event_id}
    history = {scope: list(dates) for scope, dates in state.history.items()}
    for scope in known.dated().scopes():
        shared = any(e.event_date == known.event_date and scope in e.dated().scopes() for e in events.values())
        if not shared and known.event_date in history.get(scope, []):
            history[scope].remove(known.event_date)
    return replace(state, events=events, history=history)
