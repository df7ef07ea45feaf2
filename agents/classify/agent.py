"""Stream stage: articles in, attack reports out (keyed by country)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import faust

from agents.classify.core import extract, reports_from
from streams.records import Article
from streams.shell import dead_letter, decode_or_dead_letter, log

if TYPE_CHECKING:
    from streams.app import AppTopics


def register(app: faust.App, topics: "AppTopics") -> None:
    """Attach the classify agent to ``app``."""

    @app.agent(topics.articles, name="classify")
    async def classify(stream: faust.StreamT) -> None:
        async for key, value in stream.items():
            article = await decode_or_dead_letter(Article, value, key, deadletter=topics.deadletter, stage="classify",
                                                source_topic=topics.names.articles)
            if article is None:
                continue
            try:
                extraction = extract(article)
            except Exception as exc:  # a bug on one article must not stop the stream
                await dead_letter(topics.deadletter, stage="classify", reason=f"extraction failed: {exc!r}",
                                  payload=value, key=key, source_topic=topics.names.articles)
                continue
            reports = reports_from(article, extraction)
            if reports:
                log.info("classify: %s reports %d attack(s)", article.id, len(reports))
            for report in reports:
                await topics.reports.send(key=report.partition_key.encode(), value=report.to_json())
