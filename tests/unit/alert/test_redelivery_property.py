"""Property: redelivery never invents an alert. Any prefix of a stream delivered twice (as after a
crash before the offsets were committed) yields only alert ids and versions the clean run yields."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from agents.alert.rules import DEFAULT_RULES
from agents.alert.testing import ASAD, ERBIL, RUMALYN, TANF, alerts_of, event

START = date(2024, 1, 1)


@st.composite
def streams(draw: st.DrawFn) -> list:
    """Events (several versions each, some late, some re-dated or moved) over about four months."""
    count = draw(st.integers(min_value=1, max_value=25))
    out = []
    for index in range(count):
        for version in range(1, draw(st.integers(min_value=1, max_value=3)) + 1):
            out.append(event(
                f"e{index}",
                (START + timedelta(days=draw(st.integers(min_value=0, max_value=120)))).isoformat(),
                draw(st.sampled_from([ASAD, ERBIL, RUMALYN, TANF, None])),
                "Iraq" if version % 2 else None,
                version=version,
                killed=draw(st.sampled_from([None, 0, 1, 3])),
                injured=draw(st.sampled_from([None, 0, 2])),
                claimed_by=draw(st.sampled_from([None, "KH", "Kataib Hezbollah", "Harakat al-Nujaba", "New Group"])),
            ))
    # Arrival order is not event order: late reports and versions overtaken by newer ones happen.
    return draw(st.permutations(out))


@settings(max_examples=150, deadline=None)
@given(stream=streams(), cut=st.integers(min_value=0, max_value=100), redelivered_from=st.integers(min_value=0, max_value=100))
def test_redelivering_a_prefix_never_yields_a_new_alert_version(stream: list, cut: int, redelivered_from: int) -> None:
    cut = cut % (len(stream) + 1)
    start = redelivered_from % (cut + 1)
    clean = {(a.alert_id, a.version) for a in alerts_of(stream, DEFAULT_RULES)}
    replayed = alerts_of(stream[:cut] + stream[start:cut] + stream[cut:], DEFAULT_RULES)
    assert {(a.alert_id, a.version) for a in replayed} <= clean
    assert len(replayed) == len({(a.alert_id, a.version) for a in replayed})  # and none twice
