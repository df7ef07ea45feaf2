"""Stream stage: event versions in, alerts out (keyed by alert id).

Region-wide rules need every event in one place, so the stream is re-keyed to a
single key: alerting is one logical evaluator, fed by however many merge workers.
Its state (counters, history, what has fired) is a changelog-backed table.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import faust

from agents.aggregate.counters import REGION
from agents.alert.rules import RuleSettings, RuleState, observe
from streams.records import AttackEvent, RecordError
from streams.settings import Settings
from streams.shell import dead_letter, log

if TYPE_CHECKING:
    from streams.app import AppTopics

# The single key the region-wide rule state lives under.
STATE_KEY = REGION


def register(app: faust.App, topics: "AppTopics", settings: Settings) -> None:
    """Attach the alert agent and its state table to ``app``."""
    rule_settings = RuleSettings(pause_days=settings.pause_days)
    rule_state = app.Table("alert-rule-state", default=dict, partitions=topics.region_events.partitions)
    app.basewatch_rule_state = rule_state  # read by the web views

    @app.agent(topics.events, name="alert")
    async def alert(stream: faust.StreamT) -> None:
        async for key, value in stream.group_by(lambda _value: STATE_KEY.encode(), topic=topics.region_events).items():
            try:
                event = AttackEvent.from_json(value)
            except RecordError as exc:
                await dead_letter(topics.deadletter, stage="alert", reason=str(exc), payload=value, key=key,
                                  source_topic=topics.names.events)
                continue
            state, alerts = observe(RuleState.from_dict(rule_state[STATE_KEY]), event, rule_settings)
            rule_state[STATE_KEY] = state.to_dict()
            for fired in alerts:
                log.info("alert: %s v%d [%s] %s", fired.alert_id, fired.version, fired.severity, fired.summary)
                await topics.alerts.send(key=fired.alert_id.encode(), value=fired.to_json())
