"""What every stream agent shares: one-line errors and the dead-letter topic.

Bad input gets a clear error and loses nothing: a stage that cannot process a
record says so in one log line and keeps the record, with the reason, on the
dead-letter topic, then goes on with the next one.
"""

from __future__ import annotations

import logging
from collections import OrderedDict
from typing import Any, Callable, TypeVar

import faust

from streams.records import DeadLetter, Record, RecordError

log = logging.getLogger("basewatch")

R = TypeVar("R", bound=Record)


def _text(value: bytes | str | None) -> str:
    if value is None:
        return ""
    if isinstance(value, bytes):
        return value.decode("utf-8", errors="replace")
    return value


async def dead_letter(
    topic: faust.TopicT,
    *,
    stage: str,
    reason: str,
    payload: bytes | str | None,
    key: bytes | str | None = None,
    source_topic: str | None = None,
) -> None:
    """Log the failure in one line and keep the record on the dead-letter topic."""
    key_text = _text(key) or None
    log.warning("%s: %s (key=%s) -> dead-letter", stage, reason, key_text)
    letter = DeadLetter(stage=stage, reason=reason, payload=_text(payload), key=key_text, topic=source_topic)
    await topic.send(key=(key_text or stage).encode(), value=letter.to_json())


async def decode_or_dead_letter(
    kind: type[R],
    value: bytes,
    key: bytes | None,
    *,
    deadletter: faust.TopicT,
    stage: str,
    source_topic: str,
) -> R | None:
    """The record ``value`` holds, or None once an unreadable payload is on the dead-letter topic."""
    try:
        return kind.from_json(value)
    except RecordError as exc:
        await dead_letter(deadletter, stage=stage, reason=str(exc), payload=value, key=key, source_topic=source_topic)
        return None


def already_applied(stored: dict, offset: int) -> bool:
    """Whether a table value already includes the record at ``offset``.

    Offsets are committed apart from table writes, so after a crash a worker
    re-reads records whose effect its recovered table already holds. Each value
    keeps the offset of the last record applied to it, written together with
    the state in one changelog record; a record at or below that offset (same
    key, so same partition) is a redelivery and is skipped. This makes a
    restart give exactly the state of an uninterrupted run.
    """
    applied = stored.get("applied_offset") if stored else None
    return applied is not None and offset <= applied


class DecodedCache:
    """Table values as last written by this worker, kept decoded.

    Decoding a state value for every record can cost more than the work on the
    record. The decoded copy is used while the table still holds what this
    worker wrote (the same applied offset); after a recovery or a rebalance
    the value is decoded afresh.
    """

    def __init__(self, decode: Callable[[dict | None], Any], capacity: int = 1024):
        self._decode = decode
        self._capacity = capacity
        self._entries: OrderedDict[str, tuple[int, Any]] = OrderedDict()

    def get(self, key: str, stored: dict | None) -> Any:
        entry = self._entries.get(key)
        if entry is not None and stored and stored.get("applied_offset") == entry[0]:
            return entry[1]
        return self._decode(stored.get("state") if stored else None)

    def remember(self, key: str, state: Any, offset: int) -> dict:
        """Keep ``state`` decoded and return the table value to write."""
        self._entries[key] = (offset, state)
        self._entries.move_to_end(key)
        while len(self._entries) > self._capacity:
            self._entries.popitem(last=False)
        return {"state": state.to_dict(), "applied_offset": offset}
