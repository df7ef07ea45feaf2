"""Topic names, in one place, so the worker, replay and queries never disagree."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class TopicNames:
    """The topics of one basewatch deployment, derived from its prefix."""

    prefix: str = "basewatch"

    @property
    def articles(self) -> str:
        """Articles from feeds and replays, keyed by article id."""
        return f"{self.prefix}.articles"

    @property
    def reports(self) -> str:
        """One attack as one article tells it, keyed by country (merge partners meet there)."""
        return f"{self.prefix}.reports"

    @property
    def events(self) -> str:
        """Merged real-world attacks, every version, keyed by base."""
        return f"{self.prefix}.events"

    @property
    def region_events(self) -> str:
        """Events re-keyed to one key, so the region-wide rules see every event."""
        return f"{self.prefix}.events.region"

    @property
    def alerts(self) -> str:
        """Alerts and their updates, keyed by alert id."""
        return f"{self.prefix}.alerts"

    @property
    def deliveries(self) -> str:
        """Delivery outcomes per alert version and subscriber, keyed by alert id."""
        return f"{self.prefix}.deliveries"

    @property
    def deadletter(self) -> str:
        """What a stage could not process, with the reason."""
        return f"{self.prefix}.deadletter"

    def all(self) -> tuple[str, ...]:
        return (self.articles, self.reports, self.events, self.region_events, self.alerts, self.deliveries,
                self.deadletter)

    def consumed(self) -> tuple[str, ...]:
        """The topics the worker's consumer group reads (changelogs are read outside the group)."""
        return (self.articles, self.reports, self.events, self.region_events, self.alerts)
