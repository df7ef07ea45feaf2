"""HTTP JSON views served by the worker (Faust web).

``GET /counters``, ``GET /counters/{base}`` and ``GET /events?since=&base=``.
The state lives under one table key; with several workers, a request reaching
a worker that does not own it is forwarded to the one that does.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

import faust
from faust.web import Request, Response, View

from agents.aggregate.counters import sorted_rows
from agents.alert.rules import RuleState
from agents.classify.gazetteer import default_gazetteer
from streams.records import AttackEvent

if TYPE_CHECKING:
    from agents.alert.agent import AlertTables

STATE_KEY = "region"


def _parse_day(value: str | None, name: str) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise ValueError(f"{name}: expected YYYY-MM-DD, got {value!r}") from None


def counters_payload(state: RuleState, now: date | None) -> dict[str, Any]:
    """The counter table as JSON: at ``now``, or at the stream's event-time clock."""
    clock = now.isoformat() if now else state.clock
    rows = sorted_rows(state.counters(now)) if clock else []
    return {"now": clock, "clock": "event-time", "counters": [row.to_dict() for row in rows]}


def events_payload(events: list[AttackEvent], since: date | None, base: str | None) -> dict[str, Any]:
    chosen = [
        e for e in events
        if (since is None or (e.event_date or "") >= since.isoformat()) and (base is None or e.base == base)
    ]
    chosen.sort(key=lambda e: (e.event_date or "", e.event_id))
    return {"count": len(chosen), "events": [e.to_dict() for e in chosen]}


def register(app: faust.App, tables: "AlertTables") -> None:
    """Attach the views to ``app``."""

    def state() -> RuleState:
        return RuleState.from_dict(tables.rule_state[STATE_KEY].get("state"))

    def problem(view: View, message: str, status: int = 400) -> Response:
        return view.json({"error": message}, status=status)

    @app.page("/counters")
    class Counters(View):
        """Every scope's counters, hottest first."""

        @app.table_route(table=tables.rule_state, exact_key=STATE_KEY)
        async def get(self, request: Request) -> Response:
            try:
                now = _parse_day(request.query.get("now"), "now")
            except ValueError as exc:
                return problem(self, str(exc))
            return self.json(counters_payload(state(), now))

    @app.page("/counters/{base}")
    class BaseCounters(View):
        """One base's counters; any spelling the gazetteer knows is accepted."""

        @app.table_route(table=tables.rule_state, exact_key=STATE_KEY)
        async def get(self, request: Request, base: str) -> Response:
            found = default_gazetteer().resolve(base)
            if found is None:
                return problem(self, f"unknown base {base!r}", status=404)
            payload = counters_payload(state(), None)
            row = next((r for r in payload["counters"] if r["scope"] == f"base:{found.canonical}"), None)
            if row is None:
                row = {"scope": f"base:{found.canonical}", "counts": {}, "last_attack": None,
                       "days_since_last": None, "escalation": None}
            return self.json({"now": payload["now"], "base": found.canonical, "country": found.country, **row})

    @app.page("/events")
    class Events(View):
        """Attack events (latest versions), filtered by ?since=YYYY-MM-DD and ?base=."""

        @app.table_route(table=tables.rule_state, exact_key=STATE_KEY)
        async def get(self, request: Request) -> Response:
            try:
                since = _parse_day(request.query.get("since"), "since")
            except ValueError as exc:
                return problem(self, str(exc))
            base = request.query.get("base")
            canonical = None
            if base:
                found = default_gazetteer().resolve(base)
                if found is None:
                    return problem(self, f"unknown base {base!r}", status=404)
                canonical = found.canonical
            events = [e for e in (AttackEvent.from_dict(v) for v in tables.events.values()) if not e.retracted]
            return self.json(events_payload(events, since, canonical))
