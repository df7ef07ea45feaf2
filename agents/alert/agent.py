"""Stream stage: event versions in, alerts out (keyed by alert id).

Region-wide rules need every event in one place, so the stream is re-keyed to a
single key: alerting is one logical evaluator, fed by however many merge workers.
Its state (counters, history, what has fired) is a changelog-backed table.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

import faust

from agents.aggregate.counters import REGION
from agents.alert.retract import forget_event
from agents.alert.rulefile import load_rules
from agents.alert.rules import RuleState, observe
from streams.records import AttackEvent
from streams.settings import Settings
from streams.shell import DecodedCache, already_applied, decode_or_dead_letter, log

if TYPE_CHECKING:
    from streams.app import AppTopics

# The single key the region-wide rule state lives under.
STATE_KEY = REGION


@dataclass(frozen=True)
class AlertTables:
    """The alert stage's tables, which the web views read."""

    rule_state: faust.Table
    # Latest version of every event, by event id: attacks are few (thousands a decade), so all are kept.
    events: faust.Table


def register(app: faust.App, topics: "AppTopics", settings: Settings) -> AlertTables:
    """Attach the alert agent and its tables to ``app``."""
    # Defaults, then <config_dir>/rules.toml, then BASEWATCH_PAUSE_DAYS when set to other than its default.
    rule_settings = load_rules(settings.config_dir, settings.pause_days)
    partitions = topics.region_events.partitions
    rule_state = app.Table("alert-rule-state", default=dict, partitions=partitions)
    events = app.Table("alert-events", default=dict, partitions=partitions)

    decoded = DecodedCache(RuleState.from_dict)

    @app.agent(topics.events, name="alert")
    async def alert(stream: faust.StreamT) -> None:
        regional = stream.group_by(lambda _value: STATE_KEY.encode(), name="region", topic=topics.region_events)
        async for record in regional.events():
            key, value, offset = record.key, record.value, record.message.offset
            event = await decode_or_dead_letter(AttackEvent, value, key, deadletter=topics.deadletter, stage="alert",
                                                source_topic=topics.names.events)
            if event is None:
                continue
            stored = rule_state[STATE_KEY]
            alerts = []
            if not already_applied(stored, offset):  # else: redelivered after a crash, already judged
                previous = decoded.get(STATE_KEY, stored)
                if event.retracted:
                    state = forget_event(previous, event.event_id)
                else:
                    state, alerts = observe(previous, event, rule_settings)
                rule_state[STATE_KEY] = decoded.remember(STATE_KEY, state, offset)
            # Idempotent, so also done for a redelivery: a crash may have come between the two writes.
            known = events[event.event_id]
            if not known or known.get("version", 0) <= event.version:
                events[event.event_id] = event.to_dict()
            for fired in alerts:
                log.info("alert: %s v%d [%s] %s", fired.alert_id, fired.version, fired.severity, fired.summary)
                await topics.alerts.send(key=fired.alert_id.encode(), value=fired.to_json())

    return AlertTables(rule_state, events)
