"""The alert table says how many alerts stand and marks the withdrawn ones."""

from __future__ import annotations

from rich.console import Console

from agents.alert.rules import RuleState, observe
from agents.alert.testing import ASAD, event
from streams.views import print_alerts


def test_alert_table_counts_standing_alerts_and_marks_the_withdrawn() -> None:
    state, alerts = RuleState(), []
    for e in [event("a", "2024-01-01", ASAD), event("c", "2024-03-01", ASAD), event("b", "2024-01-20", ASAD)]:
        state, fired = observe(state, e)
        alerts += fired
    latest = {a.alert_id: a for a in alerts}
    console = Console(width=200, record=True)
    print_alerts(sorted(latest.values(), key=lambda a: a.alert_id), console)
    text = console.export_text()
    assert ("Alerts (1, and 1 withdrawn)" in text, text.count("(withdrawn)")) == (True, 1)
