"""Classification and extraction: reading an article the way a careful analyst does.

Pure functions over plain data: no broker, no clock. The stream agent, the
``basewatch extract`` command and the in-process replay all call :func:`extract`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from streams.records import Article, AttackReport, stable_id


@dataclass(frozen=True)
class ExtractedAttack:
    """One attack an article reports as new information."""

    base: str | None
    country: str | None
    event_date: str | None
    weapons: tuple[str, ...] = ()
    munitions: int | None = None
    killed: int | None = None
    injured: int | None = None
    claimed_by: str | None = None

    def to_contract(self) -> dict[str, Any]:
        return {
            "base": self.base,
            "country": self.country,
            "event_date": self.event_date,
            "weapons": list(self.weapons),
            "munitions": self.munitions,
            "killed": self.killed,
            "injured": self.injured,
            "claimed_by": self.claimed_by,
        }


@dataclass(frozen=True)
class Extraction:
    """Everything extraction learns from one article."""

    article_id: str
    is_attack_report: bool
    events: tuple[ExtractedAttack, ...] = field(default_factory=tuple)
    pause_since: str | None = None
    pause_phrase: str | None = None

    def to_contract(self) -> dict[str, Any]:
        """The stable ``basewatch extract`` output line (see README, "Extraction contract")."""
        return {
            "id": self.article_id,
            "is_attack_report": self.is_attack_report,
            "events": [e.to_contract() for e in self.events],
            "pause_since": self.pause_since,
            "pause_phrase": self.pause_phrase,
        }


def extract(article: Article) -> Extraction:
    """Classify ``article`` and extract every attack it reports."""
    from agents.classify.extractor import extract_article

    return extract_article(article)


def reports_from(article: Article, extraction: Extraction) -> list[AttackReport]:
    """Turn an extraction into the reports that the merge stage consumes.

    The pause cue rides on every report of the article: merging keeps it on the
    event, and the pause rule quotes it.
    """
    return [
        AttackReport(
            report_id=stable_id(article.id, str(index)),
            article_id=article.id,
            base=attack.base,
            country=attack.country,
            event_date=attack.event_date,
            weapons=attack.weapons,
            munitions=attack.munitions,
            killed=attack.killed,
            injured=attack.injured,
            claimed_by=attack.claimed_by,
            pause_since=extraction.pause_since,
            pause_phrase=extraction.pause_phrase,
            source=article.source,
            url=article.url,
            published=article.published,
        )
        for index, attack in enumerate(extraction.events)
    ]
