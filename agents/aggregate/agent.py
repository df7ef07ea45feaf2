"""Stream stage: reports in, merged attack events out (every version, keyed by base).

The reports of each country, bucketed by week of event time, live in a
changelog-backed table, so a worker that dies mid-stream recovers them and
merges exactly as before.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import faust

from agents.aggregate.merge import MergeState, bucket_keys, merge_into_buckets
from streams.records import AttackReport
from streams.shell import DecodedCache, already_applied, decode_or_dead_letter, log

if TYPE_CHECKING:
    from streams.app import AppTopics


def register(app: faust.App, topics: "AppTopics") -> None:
    """Attach the merge agent and its table to ``app``."""
    buckets = app.Table("merge-report-buckets", default=dict, partitions=topics.reports.partitions)

    decoded = DecodedCache(MergeState.from_dict)

    @app.agent(topics.reports, name="merge")
    async def merge(stream: faust.StreamT) -> None:
        async for record in stream.events():
            key, value, offset = record.key, record.value, record.message.offset
            report = await decode_or_dead_letter(AttackReport, value, key, deadletter=topics.deadletter, stage="merge",
                                                source_topic=topics.names.reports)
            if report is None:
                continue
            keys = bucket_keys(report)
            # The report's own bucket is written last, with the offset: if it says this
            # offset is applied, every write for it happened (see streams.shell.already_applied).
            if keys and already_applied(buckets[keys[-1]], offset):
                continue
            # Bucket keys start with the country, the stream's key, so they live in this
            # partition's changelog and recover on the worker that owns the partition.
            states = {k: decoded.get(k, buckets[k]) for k in keys}
            updated, events = merge_into_buckets(states, report)
            for bucket_key in keys:
                buckets[bucket_key] = decoded.remember(bucket_key, updated[bucket_key], offset)
            for event in events:
                log.info("merge: event %s v%d %s %s (%d source(s))%s", event.event_id, event.version,
                         event.base or event.country, event.event_date, event.corroboration,
                         f" retracted, now {event.superseded_by}" if event.retracted else "")
                await topics.events.send(key=event.scope_key.encode(), value=event.to_json())
