"""Plain aiokafka helpers for the commands that are not the worker: replay,
import and queries publish and read topics directly, without a Faust app."""

from __future__ import annotations

import asyncio
from typing import AsyncIterator, Callable, Iterable

from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition
from aiokafka.admin import AIOKafkaAdminClient, NewTopic
from aiokafka.errors import TopicAlreadyExistsError

from streams.settings import Settings

# Seconds a command waits for the broker's answers before giving up.
REQUEST_TIMEOUT = 15.0


async def ensure_topics(settings: Settings, names: Iterable[str]) -> None:
    """Create the topics with the configured partition count if they are missing.

    A topic auto-created by a plain producer gets the broker's default partition
    count, which then mismatches the worker's tables: create them explicitly.
    """
    admin = AIOKafkaAdminClient(bootstrap_servers=settings.broker_address, request_timeout_ms=int(REQUEST_TIMEOUT * 1000))
    await admin.start()
    try:
        existing = set(await admin.list_topics())
        missing = [n for n in names if n not in existing]
        if missing:
            try:
                await admin.create_topics(
                    [NewTopic(n, num_partitions=settings.partitions, replication_factor=settings.replication) for n in missing]
                )
            except TopicAlreadyExistsError:
                pass  # another process created it in between: fine
    finally:
        await admin.close()


def producer_for(settings: Settings) -> AIOKafkaProducer:
    """A producer; on tansu each record goes in its own batch (see streams.app.broker_tuning)."""
    extra = {"max_batch_size": 16} if settings.flavor == "tansu" else {}
    return AIOKafkaProducer(
        bootstrap_servers=settings.broker_address,
        acks="all",
        request_timeout_ms=int(REQUEST_TIMEOUT * 1000),
        **extra,
    )


async def end_offsets(settings: Settings, topics: Iterable[str]) -> dict[TopicPartition, int]:
    consumer = AIOKafkaConsumer(bootstrap_servers=settings.broker_address, enable_auto_commit=False)
    await consumer.start()
    try:
        partitions = []
        for topic in topics:
            for p in consumer.partitions_for_topic(topic) or await _partitions(consumer, topic):
                partitions.append(TopicPartition(topic, p))
        return await consumer.end_offsets(partitions) if partitions else {}
    finally:
        await consumer.stop()


async def _partitions(consumer: AIOKafkaConsumer, topic: str) -> set[int]:
    await consumer._client.force_metadata_update()  # noqa: SLF001 - aiokafka has no public refresh
    return consumer.partitions_for_topic(topic) or set()


async def read_topic(settings: Settings, topic: str, *, idle_timeout: float = 1.0) -> list[bytes]:
    """Every value on ``topic`` from the beginning, in partition order, until idle."""
    return [value async for _key, value in iterate_topic(settings, topic, idle_timeout=idle_timeout)]


async def iterate_topic(
    settings: Settings, topic: str, *, idle_timeout: float = 1.0, follow: bool = False, from_end: bool = False
) -> AsyncIterator[tuple[bytes | None, bytes]]:
    """Yield (key, value) from the beginning (or the end) of ``topic``; stop after
    ``idle_timeout`` seconds without a record, unless ``follow``."""
    consumer = AIOKafkaConsumer(
        topic,
        bootstrap_servers=settings.broker_address,
        enable_auto_commit=False,
        auto_offset_reset="latest" if from_end else "earliest",
        group_id=None,
    )
    await consumer.start()
    try:
        while True:
            batch = await consumer.getmany(timeout_ms=int(idle_timeout * 1000), max_records=500)
            if not batch and not follow:
                return
            for records in batch.values():
                for record in records:
                    yield record.key, record.value
    finally:
        await consumer.stop()


async def list_topics(settings: Settings) -> list[str]:
    admin = AIOKafkaAdminClient(bootstrap_servers=settings.broker_address)
    await admin.start()
    try:
        return sorted(await admin.list_topics())
    finally:
        await admin.close()


async def group_lag(settings: Settings, group: str, topics: Iterable[str]) -> int:
    """Messages on ``topics`` the consumer group has not committed yet.

    Committed offsets are read through a consumer of the group that never
    subscribes (so it never joins or disturbs the group): tansu does not answer
    the admin client's OffsetFetch version.
    """
    topics = list(topics)
    ends = await end_offsets(settings, topics)
    consumer = AIOKafkaConsumer(bootstrap_servers=settings.broker_address, group_id=group, enable_auto_commit=False)
    await consumer.start()
    try:
        lag = 0
        for tp, end in ends.items():
            done = await consumer.committed(tp) or 0
            lag += max(0, end - done)
        return lag
    finally:
        await consumer.stop()


async def wait_for_drain(
    settings: Settings,
    group: str,
    consumed: Callable[[str], bool],
    *,
    timeout: float,
    settle: float = 2.0,
    alive: Callable[[], bool] = lambda: True,
) -> None:
    """Wait until ``group`` has consumed everything on the topics ``consumed``
    selects and stayed caught up for ``settle`` seconds (a stage may still be
    sending to the next topic, and repartition topics appear as the worker runs)."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    caught_up_since: float | None = None
    lag = -1
    while True:
        if not alive():
            raise RuntimeError("the worker stopped before it had processed everything")
        now = loop.time()
        topics = [t for t in await list_topics(settings) if consumed(t)]
        lag = await group_lag(settings, group, topics)
        if lag == 0:
            caught_up_since = caught_up_since or now
            if now - caught_up_since >= settle:
                return
        else:
            caught_up_since = None
        if now > deadline:
            raise TimeoutError(f"the worker still had {lag} record(s) to process after {timeout:.0f}s")
        await asyncio.sleep(0.5)
