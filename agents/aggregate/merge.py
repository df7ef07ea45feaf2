"""Event merging: ten outlets reporting one rocket attack must count once.

Reports of the same attack (same base, or the same country when a report names
no base; dates within a day; weapons that could describe the same strike) fold
into one :class:`AttackEvent`.

Merging is a pure function of the *set* of reports: every new report
re-clusters the reports of its country around its date in a fixed order (event
date, then report id), so the same reports in any arrival order give the same
events with the same ids. State is kept per country and week of event time
(:func:`bucket_of`), so it stays small however long the history, and a report
that arrives months late still meets the reports of its attack. When a late report changes a grouping, the events that no longer
exist are published once more as retracted, naming the event that replaced
them, so downstream counts never keep a ghost.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from typing import Any, Iterable

from streams.records import AttackEvent, AttackReport, stable_id

# Reports whose dates differ by at most this many days may describe one attack.
MERGE_WINDOW_DAYS = 1

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


def _families(weapons: Iterable[str]) -> frozenset[str]:
    return frozenset(_WEAPON_FAMILY[w] for w in weapons if w in _WEAPON_FAMILY)


def _families_compatible(a: frozenset[str] | set[str], b: frozenset[str] | set[str]) -> bool:
    return not a or not b or bool(a & b)


def weapons_compatible(a: Iterable[str], b: Iterable[str]) -> bool:
    """Could these two weapon lists describe the same attack? Unknown fits anything."""
    return _families_compatible(_families(a), _families(b))


def _days_apart(a: str | None, b: str | None) -> int | None:
    if a is None or b is None:
        return None
    return abs((date.fromisoformat(a) - date.fromisoformat(b)).days)


def _max_known(values: Iterable[int | None]) -> int | None:
    known = [v for v in values if v is not None]
    return max(known) if known else None


def _reconcile_weapons(lists: Iterable[Iterable[str]]) -> tuple[str, ...]:
    found = {w for ws in lists for w in ws}
    if len(found) > 1:
        found.discard("unknown")
    return tuple(sorted(found))


def _first(values: Iterable[str | None]) -> str | None:
    return next((v for v in values if v), None)


def _consensus_date(dates: Iterable[str | None]) -> str | None:
    """The date most reports give; the earliest on a tie."""
    tally = Counter(d for d in dates if d)
    if not tally:
        return None
    best = max(tally.values())
    return min(d for d, n in tally.items() if n == best)


def build_event(reports: list[AttackReport], version: int = 1) -> AttackEvent:
    """The event a cluster of reports describes.

    Its id comes from the cluster's first report in the fixed order, so it is
    the same whatever order the reports arrived in. Reconciled fields: the
    highest casualty figure a report confirms, a named base over an unnamed
    one, the claimant, pause cue and country first stated, weapons united.
    """
    first = reports[0]
    return AttackEvent(
        event_id=stable_id("event", first.report_id),
        version=version,
        base=_first(r.base for r in reports),
        country=_first(r.country for r in reports),
        event_date=_consensus_date(r.event_date for r in reports),
        weapons=_reconcile_weapons(r.weapons for r in reports),
        munitions=_max_known(r.munitions for r in reports),
        killed=_max_known(r.killed for r in reports),
        injured=_max_known(r.injured for r in reports),
        claimed_by=_first(r.claimed_by for r in reports),
        pause_since=_first(r.pause_since for r in reports),
        pause_phrase=_first(r.pause_phrase for r in reports),
        sources=tuple(r.source_ref for r in reports),
    )


def _order(report: AttackReport) -> tuple[str, str]:
    return (report.event_date or "9999-12-31", report.report_id)


class _Group:
    """What grouping needs to know of a growing cluster, kept up to date as
    reports join (building the full event for every candidate is the slow part)."""

    __slots__ = ("members", "event_id", "articles", "dates", "base", "country", "families", "event_date")

    def __init__(self, report: AttackReport):
        self.members = [report]
        self.event_id = stable_id("event", report.report_id)
        self.articles = {report.article_id}
        self.dates: Counter[str] = Counter()
        self.base, self.country = report.base, report.country
        self.families: set[str] = set()
        self.event_date: str | None = None
        self._take(report)

    def _take(self, report: AttackReport) -> None:
        if report.event_date:
            self.dates[report.event_date] += 1
            best = max(self.dates.values())
            self.event_date = min(d for d, n in self.dates.items() if n == best)
        self.base = self.base or report.base
        self.country = self.country or report.country
        self.families |= _families(report.weapons)

    def add(self, report: AttackReport) -> None:
        self.members.append(report)
        self.articles.add(report.article_id)
        self._take(report)

    def accepts(self, report: AttackReport) -> bool:
        """Whether ``report`` may describe this attack: same base when both name
        one, else the same known country; dates within the merge window; weapons
        that could be one strike. Two attacks told by one article never merge:
        the article itself says they are different."""
        if report.article_id in self.articles:
            return False
        apart = _days_apart(self.event_date, report.event_date)
        if apart is None or apart > MERGE_WINDOW_DAYS:
            return False
        if self.base and report.base:
            if self.base != report.base:
                return False
        elif self.country is None or self.country != report.country:
            return False
        return _families_compatible(self.families, _families(report.weapons))

    def closeness(self, report: AttackReport) -> tuple[int, int, str]:
        named_both = 0 if (self.base and report.base) else 1
        return (named_both, _days_apart(self.event_date, report.event_date) or 0, self.event_id)


def cluster(reports: Iterable[AttackReport]) -> list[list[AttackReport]]:
    """Group reports into attacks, deterministically: in (date, report id) order
    each report joins the closest event it could describe, or opens one."""
    groups: list[_Group] = []
    for report in sorted(reports, key=_order):
        candidates = [g for g in groups if g.accepts(report)]
        if candidates:
            min(candidates, key=lambda g: g.closeness(report)).add(report)
        else:
            groups.append(_Group(report))
    return [g.members for g in groups]


def _fingerprint(event: AttackEvent) -> str:
    """What makes a new version worth publishing (everything but the version)."""
    data = event.to_dict()
    data.pop("version", None)
    return stable_id(repr(sorted(data.items())))


@dataclass(frozen=True)
class MergeState:
    """The reports of one bucket (a country's week) and what was published for them.

    ``published`` maps each open event id to (version, fingerprint) of its last
    published version. Plain data so it fits a Faust table value.
    """

    reports: tuple[AttackReport, ...] = ()
    published: dict[str, tuple[int, str]] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {
            "reports": [r.to_dict() for r in self.reports],
            "published": {k: list(v) for k, v in self.published.items()},
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None) -> "MergeState":
        if not data:
            return cls()
        return cls(
            reports=tuple(AttackReport.from_dict(r) for r in data.get("reports", ())),
            published={k: (int(v[0]), str(v[1])) for k, v in data.get("published", {}).items()},
        )

    @property
    def events(self) -> list[AttackEvent]:
        """The open events as they stand (at their published versions)."""
        return [
            replace(event, version=self.published.get(event.event_id, (1, ""))[0])
            for event in (build_event(c) for c in cluster(self.reports))
        ]


def _ids(members: list[AttackReport]) -> frozenset[str]:
    return frozenset(r.report_id for r in members)


def merge_report(state: MergeState, report: AttackReport) -> tuple[MergeState, list[AttackEvent]]:
    """Add one report and return the new state and the event versions to publish:
    new or changed events, and retractions of events a regrouping replaced.
    A report already in the state (a redelivery) changes nothing.

    The reports in view are grouped with and without the new one; only groups
    that differ are published or retracted. Groups at the edge of the view
    (three weeks with :func:`bucket_keys`) come out the same both ways, so a
    partial view never republishes an attack it cannot see whole.
    """
    if any(r.report_id == report.report_id for r in state.reports):
        return state, []
    if report.event_date is None:
        # An undated report never merges: its event is final at once, and no state is kept.
        return state, [build_event([report])]
    reports = tuple(sorted((*state.reports, report), key=_order))
    old_groups = {_ids(c): c for c in cluster(state.reports)}
    new_groups = {_ids(c): c for c in cluster(reports)}
    current = {build_event(c).event_id: c for ids, c in new_groups.items() if ids not in old_groups}
    before = {build_event(c).event_id: c for ids, c in old_groups.items() if ids not in new_groups}
    published = dict(state.published)
    out: list[AttackEvent] = []
    for event_id, members in current.items():
        event = build_event(members)
        fingerprint = _fingerprint(event)
        previous = published.get(event_id)
        if previous is not None and previous[1] == fingerprint:
            continue
        version = 1 if previous is None else previous[0] + 1
        published[event_id] = (version, fingerprint)
        out.append(replace(event, version=version))
    for event_id in sorted(set(before) - set(current)):
        if event_id not in published:
            continue
        # Regrouped: the reports it stood for now belong to another event.
        version = published.pop(event_id)[0] + 1
        out.append(_retraction(event_id, version, _replacement(before[event_id], current), before[event_id]))
    return MergeState(reports, published), out


# --- bucketing: how the state stays small and late reports still merge ---

# Days per state bucket: a country's reports are kept in one table value per week of event time.
BUCKET_DAYS = 7


def bucket_of(country: str | None, event_date: str) -> str:
    """The state key for reports of ``country`` dated ``event_date``: country and week."""
    day = date.fromisoformat(event_date)
    start = day - timedelta(days=day.toordinal() % BUCKET_DAYS)
    return f"{country or 'unknown'}|{start.isoformat()}"


def bucket_keys(report: AttackReport) -> list[str]:
    """The buckets a report is merged against: its own week and the weeks on
    either side, so every attack it could belong to, and every report that
    could change how those attacks group, is in view. Its own bucket comes
    last: the agent writes it last.

    Greedy grouping can in principle chain further than a week (a dense run of
    reports a day apart); such a chain is judged within these three weeks.
    """
    if report.event_date is None:
        return []
    day = date.fromisoformat(report.event_date)
    own = bucket_of(report.country, report.event_date)
    neighbours = {
        bucket_of(report.country, (day + timedelta(days=delta)).isoformat()) for delta in (-BUCKET_DAYS, BUCKET_DAYS)
    }
    return [*sorted(neighbours), own]


def combine(states: Iterable[MergeState]) -> MergeState:
    """One state over several buckets, for merging across a week boundary."""
    reports: dict[str, AttackReport] = {}
    published: dict[str, tuple[int, str]] = {}
    for state in states:
        reports.update((r.report_id, r) for r in state.reports)
        published.update(state.published)
    return MergeState(tuple(sorted(reports.values(), key=_order)), published)


def split(state: MergeState, keys: Iterable[str]) -> dict[str, MergeState]:
    """Put each report back in its own bucket, and each event's publication
    record in the bucket of the event's first report."""
    keys = list(keys)
    # An event's id is its first report's, so that report's bucket is the event's, found without grouping: a
    # partial view may group the reports otherwise, and the record of an event it does not form must not be lost
    # (or a later regrouping could never retract that event).
    anchor_bucket = {stable_id("event", r.report_id): bucket_of(r.country, r.event_date or "") for r in state.reports}
    return {
        key: MergeState(
            tuple(r for r in state.reports if bucket_of(r.country, r.event_date or "") == key),
            {k: v for k, v in state.published.items() if anchor_bucket.get(k) == key},
        )
        for key in keys
    }


def merge_into_buckets(
    states: dict[str, MergeState], report: AttackReport
) -> tuple[dict[str, MergeState], list[AttackEvent]]:
    """Merge ``report`` against the buckets it must see (``states`` holds them,
    by :func:`bucket_keys`) and return their new values and the events to publish."""
    keys = bucket_keys(report)
    if not keys:
        return {}, merge_report(MergeState(), report)[1]
    merged, events = merge_report(combine(states.get(k, MergeState()) for k in keys), report)
    return split(merged, keys), events


def _replacement(old_members: list[AttackReport], current: dict[str, list[AttackReport]]) -> str | None:
    """The event that now holds most of a retracted event's reports."""
    old = {r.report_id for r in old_members}
    scored = [(len(old & {r.report_id for r in members}), event_id) for event_id, members in current.items()]
    best = max(scored, default=(0, None))
    return best[1] if best[0] else None


def _retraction(event_id: str, version: int, replacement: str | None, members: list[AttackReport]) -> AttackEvent:
    """The last version of an event a regrouping replaced: marked retracted, naming its successor."""
    return replace(build_event(members), event_id=event_id, version=version, retracted=True, superseded_by=replacement)
