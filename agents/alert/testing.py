"""Test helpers for the alert rules: build events, run them through the rules, read the result as a table."""

from __future__ import annotations

from dataclasses import fields, replace

from agents.alert.rules import DEFAULT_RULES, RuleSettings, RuleState, observe
from streams.records import AttackEvent, SourceRef

ASAD, RUMALYN, ERBIL, TANF = "Ain al-Asad Air Base", "Rumalyn Landing Zone", "Erbil Air Base", "Al-Tanf Garrison"
COUNTRY = {ASAD: "Iraq", ERBIL: "Iraq", RUMALYN: "Syria", TANF: "Syria"}


def event(eid: str, day: str, base: str | None, country: str | None = None, version: int = 1, **extra) -> AttackEvent:
    """One event version; the country follows from the base unless given."""
    return AttackEvent(event_id=eid, version=version, base=base, country=country or COUNTRY.get(base or ""),
                       event_date=day, weapons=("rocket",),
                       sources=(SourceRef(f"art-{eid}-{version}", "outlet", f"https://news.example/{eid}/{version}", day),),
                       **extra)


def only(*rules: str, **changes: dict) -> RuleSettings:
    """The default settings with only ``rules`` enabled, and ``changes`` applied to their fields."""
    settings = DEFAULT_RULES
    for f in fields(RuleSettings):
        rule = getattr(settings, f.name)
        settings = replace(settings, **{f.name: replace(rule, enabled=f.name in rules, **changes.get(f.name, {}))})
    return settings


def run(events: list[AttackEvent], settings: RuleSettings = DEFAULT_RULES) -> list[tuple]:
    """(alert id, version, severity, counts) of every alert the events raise, in order."""
    return [(a.alert_id, a.version, a.severity, dict(a.counts)) for a in alerts_of(events, settings)]


def alerts_of(events: list[AttackEvent], settings: RuleSettings = DEFAULT_RULES) -> list:
    state = RuleState()
    fired = []
    for e in events:
        state, alerts = observe(state, e, settings)
        state = RuleState.from_dict(state.to_dict())  # what the table stores and gives back
        fired += alerts
    return fired
