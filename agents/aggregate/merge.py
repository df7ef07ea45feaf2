"""Event merging: ten outlets reporting one rocket attack must count once.

Reports of the same attack (same base, or the same country when a report names
no base; dates within a day; weapons that could describe the same strike) fold
into one :class:`AttackEvent`. Pure code: the stream agent keeps the open events
of a country in a table and calls :func:`merge_report`.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Any, Iterable

from streams.records import AttackEvent, AttackReport, stable_id

# Reports whose dates differ by at most this many days may describe one attack.
MERGE_WINDOW_DAYS = 1
# Open events older than the newest date seen minus this are closed (dropped from merge state).
OPEN_EVENT_DAYS = 7

# Weapons that reporting often confuses for one another: a "missile" in one outlet
# is "two Katyusha rockets" in another. Drones, IEDs and gunfire are told apart.
_WEAPON_FAMILY = {
    "rocket": "indirect_fire",
    "missile": "indirect_fire",
    "ballistic_missile": "indirect_fire",
    "mortar": "indirect_fire",
    "drone": "drone",
    "ied": "ied",
    "gunfire": "gunfire",
}


def weapons_compatible(a: Iterable[str], b: Iterable[str]) -> bool:
    """Could these two weapon lists describe the same attack? Unknown fits anything."""
    fam_a = {_WEAPON_FAMILY[w] for w in a if w in _WEAPON_FAMILY}
    fam_b = {_WEAPON_FAMILY[w] for w in b if w in _WEAPON_FAMILY}
    return not fam_a or not fam_b or bool(fam_a & fam_b)


def _days_apart(a: str | None, b: str | None) -> int | None:
    if a is None or b is None:
        return None
    return abs((date.fromisoformat(a) - date.fromisoformat(b)).days)


def same_place(event: AttackEvent, report: AttackReport) -> bool:
    """Same base when both name one; otherwise the same (known) country."""
    if event.base and report.base:
        return event.base == report.base
    return event.country is not None and event.country == report.country


def could_merge(event: AttackEvent, report: AttackReport) -> bool:
    """Whether ``report`` may describe ``event``.

    Two attacks told by one article are never merged: the article itself says
    they are different.
    """
    if any(s.article_id == report.article_id for s in event.sources):
        return False
    apart = _days_apart(event.event_date, report.event_date)
    if apart is None or apart > MERGE_WINDOW_DAYS:
        return False
    return same_place(event, report) and weapons_compatible(event.weapons, report.weapons)


def _closeness(event: AttackEvent, report: AttackReport) -> tuple[int, int, str]:
    named_both = 0 if (event.base and report.base) else 1
    return (named_both, _days_apart(event.event_date, report.event_date) or 0, event.event_id)


def _max_known(values: Iterable[int | None]) -> int | None:
    known = [v for v in values if v is not None]
    return max(known) if known else None


def _reconcile_weapons(*lists: Iterable[str]) -> tuple[str, ...]:
    found = {w for ws in lists for w in ws}
    if len(found) > 1:
        found.discard("unknown")
    return tuple(sorted(found))


def reconcile(event: AttackEvent, report: AttackReport, report_dates: Iterable[str]) -> AttackEvent:
    """Fold ``report`` into ``event``: the highest confirmed figures, a named base
    over an unnamed one, the date most sources give (earliest on a tie)."""
    dates = [d for d in report_dates if d]
    tally = Counter(dates)
    best = max(tally.values()) if tally else 0
    event_date = min(d for d, n in tally.items() if n == best) if tally else event.event_date
    return replace(
        event,
        version=event.version + 1,
        base=event.base or report.base,
        country=event.country or report.country,
        event_date=event_date,
        weapons=_reconcile_weapons(event.weapons, report.weapons),
        munitions=_max_known((event.munitions, report.munitions)),
        killed=_max_known((event.killed, report.killed)),
        injured=_max_known((event.injured, report.injured)),
        claimed_by=event.claimed_by or report.claimed_by,
        pause_since=event.pause_since or report.pause_since,
        pause_phrase=event.pause_phrase or report.pause_phrase,
        sources=(*event.sources, report.source_ref),
    )


def new_event(report: AttackReport) -> AttackEvent:
    """The first report of an attack opens its event; its id comes from that report."""
    return AttackEvent(
        event_id=stable_id("event", report.report_id),
        version=1,
        base=report.base,
        country=report.country,
        event_date=report.event_date,
        weapons=_reconcile_weapons(report.weapons),
        munitions=report.munitions,
        killed=report.killed,
        injured=report.injured,
        claimed_by=report.claimed_by,
        pause_since=report.pause_since,
        pause_phrase=report.pause_phrase,
        sources=(report.source_ref,),
    )


@dataclass(frozen=True)
class OpenEvent:
    """An event still accepting reports, with what each of its reports said."""

    event: AttackEvent
    report_ids: tuple[str, ...]
    report_dates: tuple[str, ...]

    def to_dict(self) -> dict[str, Any]:
        return {
            "event": self.event.to_dict(),
            "report_ids": list(self.report_ids),
            "report_dates": list(self.report_dates),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "OpenEvent":
        return cls(AttackEvent.from_dict(data["event"]), tuple(data["report_ids"]), tuple(data["report_dates"]))


@dataclass(frozen=True)
class MergeState:
    """The open events of one partition key (a country).

    Plain data so it fits a Faust table value: ``to_dict`` / ``from_dict``.
    """

    open_events: tuple[OpenEvent, ...] = ()
    newest_date: str | None = None

    @property
    def events(self) -> tuple[AttackEvent, ...]:
        return tuple(o.event for o in self.open_events)

    def to_dict(self) -> dict[str, Any]:
        return {"open_events": [o.to_dict() for o in self.open_events], "newest_date": self.newest_date}

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None) -> "MergeState":
        if not data:
            return cls()
        return cls(tuple(OpenEvent.from_dict(o) for o in data.get("open_events", ())), data.get("newest_date"))


def merge_report(state: MergeState, report: AttackReport) -> tuple[MergeState, AttackEvent | None]:
    """Fold one report into the open events; return the new state and the event
    version to publish (None when the report changed nothing: a redelivery, which
    at-least-once processing makes routine)."""
    if any(report.report_id in o.report_ids for o in state.open_events):
        return state, None
    candidates = [o for o in state.open_events if could_merge(o.event, report)]
    report_date = report.event_date or ""
    if candidates:
        target = min(candidates, key=lambda o: _closeness(o.event, report))
        merged = OpenEvent(
            reconcile(target.event, report, (*target.report_dates, report_date)),
            (*target.report_ids, report.report_id),
            (*target.report_dates, report_date),
        )
        opened = tuple(merged if o is target else o for o in state.open_events)
    else:
        merged = OpenEvent(new_event(report), (report.report_id,), (report_date,))
        opened = (*state.open_events, merged)
    newest = max(filter(None, (state.newest_date, report.event_date)), default=None)
    return _close_old(MergeState(opened, newest)), merged.event


def _close_old(state: MergeState) -> MergeState:
    """Drop events too old to receive new reports, so the state stays small."""
    if state.newest_date is None:
        return state
    horizon = (date.fromisoformat(state.newest_date) - timedelta(days=OPEN_EVENT_DAYS)).isoformat()
    keep = tuple(o for o in state.open_events if o.event.event_date is None or o.event.event_date >= horizon)
    return state if len(keep) == len(state.open_events) else MergeState(keep, state.newest_date)
