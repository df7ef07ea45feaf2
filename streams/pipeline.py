"""The whole pipeline in one process, over the same core as the agents.

Like Kafka Streams' TopologyTestDriver: articles in, reports, events and
alerts out, with no broker. Tests use it to check the stages together, and
it states plainly what the agents compute, step by step.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from agents.aggregate.merge import MergeState, bucket_keys, merge_into_buckets
from agents.alert.retract import forget_event
from agents.alert.rules import DEFAULT_RULES, RuleSettings, RuleState, observe
from agents.classify.core import extract, reports_from
from streams.records import Alert, Article, AttackEvent, AttackReport


@dataclass
class PipelineOutput:
    """What one article produced at each stage."""

    reports: list[AttackReport] = field(default_factory=list)
    events: list[AttackEvent] = field(default_factory=list)
    alerts: list[Alert] = field(default_factory=list)


class Pipeline:
    """classify -> merge -> alert, keeping each stage's state as the agents' tables do."""

    def __init__(self, rules: RuleSettings = DEFAULT_RULES):
        self.rules = rules
        self.merge_states: dict[str, MergeState] = {}
        self.rule_state = RuleState()
        self.events: dict[str, AttackEvent] = {}
        self.alerts: dict[str, Alert] = {}

    def process(self, article: Article) -> PipelineOutput:
        out = PipelineOutput(reports=reports_from(article, extract(article)))
        for report in out.reports:
            out.events.extend(self.process_report(report))
        for event in out.events:
            out.alerts.extend(self.process_event(event))
        return out

    def process_report(self, report: AttackReport) -> list[AttackEvent]:
        keys = bucket_keys(report)
        updated, events = merge_into_buckets({k: self.merge_states.get(k, MergeState()) for k in keys}, report)
        self.merge_states.update(updated)
        for event in events:
            if event.retracted:
                self.events.pop(event.event_id, None)
            else:
                self.events[event.event_id] = event
        return events

    def process_event(self, event: AttackEvent) -> list[Alert]:
        if event.retracted:
            self.rule_state = forget_event(self.rule_state, event.event_id)
            return []
        self.rule_state, alerts = observe(self.rule_state, event, self.rules)
        for alert in alerts:
            self.alerts[alert.alert_id] = alert
        return alerts

    def run(self, articles: list[Article]) -> "Pipeline":
        for article in articles:
            self.process(article)
        return self
