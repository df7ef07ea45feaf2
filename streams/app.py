"""The Faust application: a thin shell that moves records between topics and
tables and calls the pure core in ``agents``.

:func:`create_app` builds a fresh app for the given settings (no module-level
app), so tests, the CLI and the demo can each run their own.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import faust
from faust.transport.drivers.aiokafka import AIOKafkaConsumerThread

from streams.settings import Settings
from streams.topics import TopicNames


@dataclass(frozen=True)
class AppTopics:
    """The Faust topic objects of one app, shared by its agents."""

    names: TopicNames
    articles: faust.TopicT
    reports: faust.TopicT
    events: faust.TopicT
    region_events: faust.TopicT
    alerts: faust.TopicT
    deadletter: faust.TopicT


def _topic(app: faust.App, name: str, settings: Settings) -> faust.TopicT:
    # Values are our own versioned JSON (streams.records), keys plain UTF-8:
    # any Kafka tool can read both.
    return app.topic(
        name,
        key_type=bytes,
        value_type=bytes,
        key_serializer="raw",
        value_serializer="raw",
        partitions=settings.partitions,
        replicas=settings.replication,
    )


def broker_tuning(settings: Settings) -> dict[str, object]:
    """Settings that differ between tansu and Apache Kafka, with the reason for each."""
    if settings.flavor != "tansu":
        return {}
    return {
        # tansu answers ListOffsets(latest) with the last *batch's* base offset + 1, so a
        # changelog read back on recovery stops early when batches hold several records.
        # One record per batch keeps end offsets exact. Kafka does not need this.
        "producer_max_batch_size": 16,
        # tansu delays the first JoinGroup by half the session timeout (30 s with the default).
        "broker_session_timeout": 6.0,
        "broker_rebalance_timeout": 6.0,
        "broker_heartbeat_interval": 1.0,
    }


# How long a fetch may wait on tansu for records to arrive. Faust fixes aiokafka's
# fetch_max_wait_ms at 1,500 ms; Kafka answers a long poll as soon as data arrives,
# but on tansu each idle hop between stages was seen to cost a large part of it.
TANSU_FETCH_WAIT_MS = 100

_original_worker_consumer = AIOKafkaConsumerThread._create_worker_consumer


def _worker_consumer_with_short_fetch_wait(self: AIOKafkaConsumerThread, transport: Any) -> Any:
    consumer = _original_worker_consumer(self, transport)
    if getattr(self.app, "basewatch_fetch_wait_ms", None):
        consumer._fetch_max_wait_ms = self.app.basewatch_fetch_wait_ms  # read when the consumer starts
    return consumer


AIOKafkaConsumerThread._create_worker_consumer = _worker_consumer_with_short_fetch_wait  # type: ignore[method-assign]


# Faust checks that its set of active partitions is not empty, then hands that same
# live set to the consumer thread for the fetch, and keeps changing it meanwhile.
# aiokafka reads an empty set as "every partition". At the end of table recovery Faust
# pauses the changelog partitions before it resumes the stream partitions, so for a
# moment the set is empty: a fetch that runs or wakes up then hands back, and moves
# the position past, the records of every partition, stream ones included, and Faust
# drops those it did not ask for. Faust then seeks the stream partitions back to
# their committed offsets, which undoes the loss only where an offset was committed:
# a worker that restarted before its group's first commit sat at the end of its
# input and never saw the records it had skipped. Each fetch therefore gets a copy of
# the set, taken when Faust checked it; records of other partitions wait in aiokafka
# until they are asked for.
_original_getmany = AIOKafkaConsumerThread.getmany


async def _getmany_for_the_partitions_asked(self: AIOKafkaConsumerThread, active_partitions: Any,
                                            timeout: float) -> Any:
    if active_partitions is None:  # a client-only app asks for every partition on purpose
        return await _original_getmany(self, None, timeout)
    asked = frozenset(active_partitions)
    if not asked:
        return {}
    return await _original_getmany(self, asked, timeout)


AIOKafkaConsumerThread.getmany = _getmany_for_the_partitions_asked  # type: ignore[method-assign]


def create_app(settings: Settings, *, web_enabled: bool = True) -> faust.App:
    """Build the worker app with every stage registered."""
    from agents.aggregate import agent as aggregate_agent
    from agents.alert import agent as alert_agent
    from agents.classify import agent as classify_agent
    from agents.notify import agent as notify_agent
    from streams import web

    datadir = Path(settings.config_dir) / "worker-data"
    app = faust.App(
        settings.app_id,
        broker=settings.broker_url,
        store="memory://",
        topic_partitions=settings.partitions,
        topic_replication_factor=settings.replication,
        topic_allow_declare=True,
        # A crashing agent must never make the worker deaf to SIGTERM.
        stream_wait_empty=False,
        consumer_auto_offset_reset="earliest",
        web_enabled=web_enabled,
        web_port=settings.web_port,
        web_host=settings.web_host,
        # Other workers forward a view request here when this worker owns the table key.
        canonical_url=f"http://{settings.web_host}:{settings.web_port}",
        datadir=str(datadir),
        table_standby_replicas=0,
        **broker_tuning(settings),
    )
    if settings.flavor == "tansu":
        app.basewatch_fetch_wait_ms = TANSU_FETCH_WAIT_MS
    names = TopicNames(settings.topic_prefix)
    topics = AppTopics(
        names=names,
        articles=_topic(app, names.articles, settings),
        reports=_topic(app, names.reports, settings),
        events=_topic(app, names.events, settings),
        region_events=_topic(app, names.region_events, settings),
        alerts=_topic(app, names.alerts, settings),
        deadletter=_topic(app, names.deadletter, settings),
    )
    classify_agent.register(app, topics)
    aggregate_agent.register(app, topics)
    alert_tables = alert_agent.register(app, topics, settings)
    notify_agent.register(app, topics, settings)
    web.register(app, alert_tables)
    return app
