"""Stream stage: reports in, merged attack events out (every version, keyed by base).

The open events of each country live in a changelog-backed table, so a worker
that dies mid-stream recovers them and merges exactly as before.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import faust

from agents.aggregate.merge import MergeState, merge_report
from streams.records import AttackReport, RecordError
from streams.shell import already_applied, dead_letter, log

if TYPE_CHECKING:
    from streams.app import AppTopics


def register(app: faust.App, topics: "AppTopics") -> None:
    """Attach the merge agent and its table to ``app``."""
    open_events = app.Table("merge-open-events", default=dict, partitions=topics.reports.partitions)

    @app.agent(topics.reports, name="merge")
    async def merge(stream: faust.StreamT) -> None:
        async for record in stream.events():
            key, value, offset = record.key, record.value, record.message.offset
            try:
                report = AttackReport.from_json(value)
            except RecordError as exc:
                await dead_letter(topics.deadletter, stage="merge", reason=str(exc), payload=value, key=key,
                                  source_topic=topics.names.reports)
                continue
            table_key = report.partition_key
            stored = open_events[table_key]
            if already_applied(stored, offset):
                continue  # redelivered after a crash: this report is already in the state
            state, event = merge_report(MergeState.from_dict(stored.get("state")), report)
            open_events[table_key] = {"state": state.to_dict(), "applied_offset": offset}
            if event is None:
                continue
            log.info("merge: event %s v%d %s %s (%d source(s))", event.event_id, event.version,
                     event.base or event.country, event.event_date, event.corroboration)
            await topics.events.send(key=event.scope_key.encode(), value=event.to_json())
