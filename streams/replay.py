"""Replaying archived articles: the seeds first, then any JSON Lines archive.

Articles are published in publication order, each carrying its publication
time, so the stream sees the same event time whenever the replay runs.
"""

from __future__ import annotations

import asyncio
import tomllib
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable, Iterable, Iterator

import orjson

from streams.records import Article, RecordError

# The manifest that gives a folder of plain-text articles their metadata.
MANIFEST_NAME = "manifest.toml"


@dataclass(frozen=True)
class LoadProblem:
    """A line or file that could not be read, reported with where it is."""

    where: str
    reason: str

    def __str__(self) -> str:
        return f"{self.where}: {self.reason}"


def _manifest_articles(folder: Path) -> Iterator[Article | LoadProblem]:
    manifest_path = folder / MANIFEST_NAME
    try:
        manifest = tomllib.loads(manifest_path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        yield LoadProblem(str(manifest_path), str(exc))
        return
    for index, entry in enumerate(manifest.get("article", []), start=1):
        where = f"{manifest_path} [article #{index}]"
        name = entry.get("file")
        if not name:
            yield LoadProblem(where, "missing 'file'")
            continue
        try:
            text = (folder / name).read_text(encoding="utf-8")
        except OSError as exc:
            yield LoadProblem(where, f"cannot read {name}: {exc.strerror or exc}")
            continue
        yield Article.create(
            title=entry.get("title") or "",
            text=text,
            url=entry.get("url") or None,
            source=entry.get("source") or None,
            published=entry.get("published") or None,
        )


def _jsonl_articles(path: Path) -> Iterator[Article | LoadProblem]:
    try:
        handle = path.open("rb")
    except OSError as exc:
        yield LoadProblem(str(path), exc.strerror or str(exc))
        return
    with handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                yield Article.from_dict(orjson.loads(line))
            except (orjson.JSONDecodeError, RecordError) as exc:
                yield LoadProblem(f"{path}:{number}", str(exc))


def load_articles(paths: Iterable[Path]) -> tuple[list[Article], list[LoadProblem]]:
    """Read articles from seed folders (with a manifest), folders of ``.jsonl``
    files and ``.jsonl`` files; sort them by publication time (undated last)."""
    articles: list[Article] = []
    problems: list[LoadProblem] = []
    for path in paths:
        if path.is_dir():
            if (path / MANIFEST_NAME).exists():
                items: Iterable[Article | LoadProblem] = _manifest_articles(path)
            else:
                items = (item for file in sorted(path.glob("*.jsonl")) for item in _jsonl_articles(file))
        elif path.exists():
            items = _jsonl_articles(path)
        else:
            items = [LoadProblem(str(path), "no such file or folder")]
        for item in items:
            (problems if isinstance(item, LoadProblem) else articles).append(item)  # type: ignore[arg-type]
    return sorted(articles, key=publication_key), problems


def published_at(article: Article) -> datetime | None:
    """The publication time as an aware datetime (dates are taken at 00:00 UTC)."""
    if not article.published:
        return None
    try:
        moment = datetime.fromisoformat(article.published.replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)


def publication_key(article: Article) -> tuple[int, float, str]:
    moment = published_at(article)
    return (0, moment.timestamp(), article.id) if moment else (1, 0.0, article.id)


def pacing(articles: list[Article], speed: float) -> list[float]:
    """Seconds to wait before each article: ``speed`` days of publication time
    per real second; 0 means as fast as possible."""
    if speed <= 0:
        return [0.0] * len(articles)
    delays = []
    previous: datetime | None = None
    for article in articles:
        moment = published_at(article)
        if previous is None or moment is None:
            delays.append(0.0)
        else:
            delays.append(max(0.0, (moment - previous).total_seconds() / 86400.0 / speed))
        previous = moment or previous
    return delays


async def publish_articles(
    settings, articles: list[Article], *, speed: float = 0.0, on_sent: Callable[[Article], None] | None = None
) -> int:
    """Publish ``articles`` onto the articles topic, keyed by article id."""
    from streams.kafka import ensure_topics, producer_for
    from streams.topics import TopicNames

    names = TopicNames(settings.topic_prefix)
    await ensure_topics(settings, names.all())
    producer = producer_for(settings)
    await producer.start()
    try:
        for article, delay in zip(articles, pacing(articles, speed)):
            if delay:
                await asyncio.sleep(delay)
            # Event time travels in the record (``published``), not in the Kafka
            # timestamp: a 2022 record timestamp would fall to the retention sweep
            # of a production topic at once.
            await producer.send_and_wait(names.articles, key=article.id.encode(), value=article.to_json())
            if on_sent:
                on_sent(article)
    finally:
        await producer.stop()
    return len(articles)
