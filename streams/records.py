"""The records that travel between basewatch's topics.

Every record is a frozen dataclass over plain data so the pure core can use it
without a broker, and serialises to versioned JSON (``"schema": "basewatch.<kind>/<n>"``)
so that other tools reading the topics can tell which shape they hold and a
later release can read what an earlier one wrote.
"""

from __future__ import annotations

import hashlib
import re
from functools import lru_cache
from dataclasses import dataclass, field, fields
from typing import Any, ClassVar, Mapping, TypeVar
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import orjson

# Weapons vocabulary shared by extraction, merging and alerting.
WEAPONS: tuple[str, ...] = (
    "rocket",
    "drone",
    "missile",
    "ballistic_missile",
    "mortar",
    "ied",
    "gunfire",
    "unknown",
)

# Alert severities, lowest first, so a minimum-severity filter can compare indexes.
SEVERITIES: tuple[str, ...] = ("info", "high", "critical")

# Query parameters that only track the reader and never change which article a URL names.
_TRACKING_PARAMS = re.compile(r"^(utm_.*|fbclid|gclid|mc_cid|mc_eid|ref|cmpid|ocid)$", re.I)

R = TypeVar("R", bound="Record")


class RecordError(ValueError):
    """A payload that cannot be read as the record it claims to be."""


def canonical_url(url: str) -> str:
    """Reduce a URL to the form that names the same article across feeds.

    Feeds add tracking parameters, fragments and case differences to the same link;
    the article id must not change with them, or one article would be counted twice.
    """
    parts = urlsplit(url.strip())
    query = urlencode(
        sorted((k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not _TRACKING_PARAMS.match(k))
    )
    path = parts.path.rstrip("/") or "/"
    return urlunsplit((parts.scheme.lower() or "https", parts.netloc.lower(), path, query, ""))


def stable_id(*parts: str, length: int = 16) -> str:
    """A short deterministic id, so replays and restarts name things identically."""
    digest = hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()
    return digest[:length]


@dataclass(frozen=True)
class Record:
    """Base of the topic records: JSON round-trip with a schema tag."""

    kind: ClassVar[str] = "record"
    schema_version: ClassVar[int] = 1

    @classmethod
    def schema(cls) -> str:
        return f"basewatch.{cls.kind}/{cls.schema_version}"

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {"schema": self.schema()}
        for name in _field_names(type(self)):
            data[name] = _plain(getattr(self, name))
        return data

    def to_json(self) -> bytes:
        return orjson.dumps(self.to_dict())

    @classmethod
    def from_dict(cls: type[R], data: Mapping[str, Any]) -> R:
        """Build the record, rejecting a payload of another kind or a newer schema."""
        if not isinstance(data, Mapping):
            raise RecordError(f"{cls.kind}: expected a JSON object, got {type(data).__name__}")
        schema = data.get("schema")
        if schema is not None:
            prefix = f"basewatch.{cls.kind}/"
            if not isinstance(schema, str) or not schema.startswith(prefix):
                raise RecordError(f"{cls.kind}: payload has schema {schema!r}")
            try:
                version = int(schema[len(prefix):])
            except ValueError:
                raise RecordError(f"{cls.kind}: unreadable schema {schema!r}") from None
            if version > cls.schema_version:
                raise RecordError(f"{cls.kind}: schema {schema!r} is newer than this reader ({cls.schema()})")
        kwargs = {}
        for f in fields(cls):
            if f.name in data:
                kwargs[f.name] = data[f.name]
        try:
            return cls._coerce(kwargs)
        except (TypeError, ValueError) as exc:
            raise RecordError(f"{cls.kind}: {exc}") from None

    @classmethod
    def from_json(cls: type[R], payload: bytes | str) -> R:
        try:
            data = orjson.loads(payload)
        except orjson.JSONDecodeError as exc:
            raise RecordError(f"{cls.kind}: not JSON ({exc})") from None
        return cls.from_dict(data)

    @classmethod
    def _coerce(cls: type[R], kwargs: dict[str, Any]) -> R:
        return cls(**kwargs)


@lru_cache(maxsize=None)
def _field_names(cls: type) -> tuple[str, ...]:
    return tuple(f.name for f in fields(cls))


def _plain(value: Any) -> Any:
    """JSON-ready copy: tuples become lists, nested records become dicts.
    (dataclasses.asdict deep-copies every value, which dominated merge time.)"""
    if isinstance(value, (str, int, float, bool)) or value is None:
        return value
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if hasattr(type(value), "__dataclass_fields__"):
        return {name: _plain(getattr(value, name)) for name in _field_names(type(value))}
    return value


def _opt_int(value: Any) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool):
        raise ValueError(f"expected an integer, got {value!r}")
    return int(value)


@dataclass(frozen=True)
class Article(Record):
    """One news article as a feed or an archive delivered it.

    ``published`` is an ISO date or datetime string (or None when the source gave
    none); it anchors relative dates such as "Monday" in the text.
    """

    kind: ClassVar[str] = "article"

    id: str
    title: str
    text: str
    url: str | None = None
    source: str | None = None
    published: str | None = None
    fetched_at: str | None = None
    language: str | None = "en"

    @staticmethod
    def make_id(url: str | None, title: str, text: str) -> str:
        """Id from the canonical URL, or from the content when there is no URL."""
        if url:
            return stable_id("url", canonical_url(url))
        return stable_id("content", title.strip(), text.strip())

    @classmethod
    def create(
        cls,
        *,
        title: str,
        text: str,
        url: str | None = None,
        source: str | None = None,
        published: str | None = None,
        fetched_at: str | None = None,
        language: str | None = "en",
    ) -> "Article":
        return cls(
            id=cls.make_id(url, title, text),
            title=title,
            text=text,
            url=url,
            source=source,
            published=published,
            fetched_at=fetched_at,
            language=language,
        )

    @classmethod
    def _coerce(cls, kwargs: dict[str, Any]) -> "Article":
        title = kwargs.get("title") or ""
        text = kwargs.get("text") or ""
        if not isinstance(title, str) or not isinstance(text, str):
            raise ValueError("title and text must be strings")
        if not title.strip() and not text.strip():
            raise ValueError("article has neither title nor text")
        if not kwargs.get("id"):
            kwargs["id"] = cls.make_id(kwargs.get("url"), title, text)
        kwargs["title"], kwargs["text"] = title, text
        return cls(**kwargs)


@dataclass(frozen=True)
class SourceRef:
    """Which article, from which outlet, supports an event."""

    article_id: str
    source: str | None = None
    url: str | None = None
    published: str | None = None

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> "SourceRef":
        return cls(**{f.name: data.get(f.name) for f in fields(cls)})


@dataclass(frozen=True)
class AttackReport(Record):
    """One attack as one article tells it: the unit that merging works on."""

    kind: ClassVar[str] = "report"

    report_id: str
    article_id: str
    base: str | None
    country: str | None
    event_date: str | None
    weapons: tuple[str, ...] = ()
    munitions: int | None = None
    killed: int | None = None
    injured: int | None = None
    claimed_by: str | None = None
    pause_since: str | None = None
    pause_phrase: str | None = None
    source: str | None = None
    url: str | None = None
    published: str | None = None

    @property
    def source_ref(self) -> SourceRef:
        return SourceRef(self.article_id, self.source, self.url, self.published)

    @property
    def partition_key(self) -> str:
        """Reports meet their merge partners by country: a report naming no base
        ("a base in Syria") must land where reports naming Syrian bases are merged."""
        return self.country or "unknown"

    @classmethod
    def _coerce(cls, kwargs: dict[str, Any]) -> "AttackReport":
        kwargs["weapons"] = tuple(kwargs.get("weapons") or ())
        for name in ("munitions", "killed", "injured"):
            kwargs[name] = _opt_int(kwargs.get(name))
        return cls(**kwargs)


@dataclass(frozen=True)
class AttackEvent(Record):
    """One real-world attack, merged from every report of it.

    ``version`` grows each time a new report changes what is known (another
    source, a higher casualty figure), so consumers keep the highest version.
    """

    kind: ClassVar[str] = "event"

    event_id: str
    version: int
    base: str | None
    country: str | None
    event_date: str | None
    weapons: tuple[str, ...] = ()
    munitions: int | None = None
    killed: int | None = None
    injured: int | None = None
    claimed_by: str | None = None
    pause_since: str | None = None
    pause_phrase: str | None = None
    sources: tuple[SourceRef, ...] = field(default_factory=tuple)
    # True on the last version of an event that a regrouping of reports replaced.
    retracted: bool = False
    # The event that now holds a retracted event's reports.
    superseded_by: str | None = None

    @property
    def corroboration(self) -> int:
        """How many distinct articles report this attack."""
        return len({s.article_id for s in self.sources})

    @property
    def scope_key(self) -> str:
        """Partition key on the events topic: the base, or the country when unnamed."""
        return self.base or f"country:{self.country or 'unknown'}"

    def to_dict(self) -> dict[str, Any]:
        data = super().to_dict()
        data["corroboration"] = self.corroboration
        return data

    @classmethod
    def _coerce(cls, kwargs: dict[str, Any]) -> "AttackEvent":
        kwargs["weapons"] = tuple(kwargs.get("weapons") or ())
        kwargs["sources"] = tuple(
            s if isinstance(s, SourceRef) else SourceRef.from_dict(s) for s in kwargs.get("sources") or ()
        )
        kwargs["version"] = int(kwargs.get("version", 1))
        kwargs["retracted"] = bool(kwargs.get("retracted", False))
        for name in ("munitions", "killed", "injured"):
            kwargs[name] = _opt_int(kwargs.get(name))
        return cls(**kwargs)


@dataclass(frozen=True)
class Alert(Record):
    """Something an analyst would want to be told, with the evidence behind it.

    ``alert_id`` is deterministic (rule + scope + window) so the same situation
    always carries the same id and is never notified twice; ``version`` grows
    when the situation changes (more attacks, more casualties).
    """

    kind: ClassVar[str] = "alert"

    alert_id: str
    version: int
    rule: str
    severity: str
    scope: str
    summary: str
    reason: str
    event_date: str
    event_ids: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()
    counts: Mapping[str, int] = field(default_factory=dict)
    quote: str | None = None
    # True for a version that takes the alert back: a late report showed the situation never held.
    withdrawn: bool = False

    @classmethod
    def _coerce(cls, kwargs: dict[str, Any]) -> "Alert":
        if kwargs.get("severity") not in SEVERITIES:
            raise ValueError(f"severity must be one of {SEVERITIES}, got {kwargs.get('severity')!r}")
        kwargs["event_ids"] = tuple(kwargs.get("event_ids") or ())
        kwargs["sources"] = tuple(kwargs.get("sources") or ())
        kwargs["counts"] = dict(kwargs.get("counts") or {})
        kwargs["version"] = int(kwargs.get("version", 1))
        kwargs["withdrawn"] = bool(kwargs.get("withdrawn", False))
        return cls(**kwargs)


@dataclass(frozen=True)
class DeadLetter(Record):
    """What a stage could not process, kept with the reason so nothing is lost."""

    kind: ClassVar[str] = "deadletter"

    stage: str
    reason: str
    payload: str
    key: str | None = None
    topic: str | None = None
