"""Property: every quiet period in the attacks that arrived is alerted, whatever order they arrived in.

No pause the final history shows goes unannounced, each pause alert ends, in its
latest version, on the attack that really ended it, and a pause alert that a late
report showed never was ends withdrawn.
"""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from agents.alert.rules import DEFAULT_RULES, HISTORY_RETENTION_DAYS
from agents.alert.testing import ASAD, ERBIL, RUMALYN, TANF, alerts_of, event, only

START = date(2023, 1, 1)
PAUSE_ONLY = only("pause_end")


@st.composite
def arrivals(draw: st.DrawFn) -> list:
    """Up to a dozen attacks within the pause history's retention (so quiet periods of 30+ days are common),
    in any order."""
    count = draw(st.integers(min_value=1, max_value=12))
    days = draw(st.lists(st.integers(min_value=0, max_value=HISTORY_RETENTION_DAYS - 1), min_size=count, max_size=count))
    bases = draw(st.lists(st.sampled_from([ASAD, ERBIL, RUMALYN, TANF, None]), min_size=count, max_size=count))
    out = [event(f"e{i}", (START + timedelta(days=d)).isoformat(), b, "Iraq" if b is None else None)
           for i, (d, b) in enumerate(zip(days, bases))]
    return draw(st.permutations(out))


@settings(max_examples=300, deadline=None)
@given(stream=arrivals())
def test_every_region_pause_in_the_final_history_is_alerted_at_its_true_end(stream: list) -> None:
    latest = {}
    for alert in alerts_of(stream, PAUSE_ONLY):
        latest[alert.alert_id] = alert
    dates = sorted({e.event_date for e in stream})
    pauses = {f"pause_end:region:{before}": after for before, after in zip(dates, dates[1:])
              if (date.fromisoformat(after) - date.fromisoformat(before)).days >= DEFAULT_RULES.pause_end.days}
    standing = {alert_id: alert.event_date for alert_id, alert in latest.items()
                if alert_id.startswith("pause_end:region:") and not alert.withdrawn}
    assert standing == pauses
