"""Silences (pure matching, file round trip), delivery history join, in-order acks and the CLI commands."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta, timezone

import click
import pytest
from click.testing import CliRunner

from agents.notify.agent import InOrderAcks
from agents.notify.history import DeliveryStatus, alert_history, overall_state
from agents.notify.silences import (
    Silence, SilenceError, is_silenced, load_silences, parse_until, remove_silence, save_silences, silence_for,
)
from streams.records import Alert
from streams.settings import DEFAULTS

NOW = datetime(2024, 2, 1, 12, 0, tzinfo=timezone.utc)
LATER = NOW + timedelta(days=1)
COUNTRY = {"Tower 22": "Jordan", "Al-Tanf Garrison": "Syria"}.get


def alert(scope: str = "base:Tower 22", rule: str = "casualties", version: int = 1, aid: str = "a1") -> Alert:
    return Alert(alert_id=aid, version=version, rule=rule, severity="critical", scope=scope, summary="s",
                 reason="r", event_date="2024-01-28")


def test_a_base_silence_mutes_that_base_until_its_end() -> None:
    s = Silence("s-1", until=LATER, base="tower 22")
    assert is_silenced(alert(), [s], NOW)
    assert not is_silenced(alert(), [s], LATER)  # ended
    assert not is_silenced(alert("base:Al-Tanf Garrison"), [s], NOW)
    assert not is_silenced(alert("region"), [s], NOW)  # a wider alert is not muted by a base silence
    assert not is_silenced(alert("country:Jordan"), [s], NOW)


def test_every_field_given_must_match() -> None:
    s = Silence("s-2", until=LATER, base="Tower 22", rule="pause_end")
    assert not is_silenced(alert(rule="casualties"), [s], NOW)
    assert is_silenced(alert(rule="pause_end"), [s], NOW)


def test_a_country_silence_covers_its_bases_through_the_gazetteer() -> None:
    s = Silence("s-3", until=LATER, country="jordan")
    assert is_silenced(alert("country:Jordan"), [s], NOW)
    assert is_silenced(alert("base:Tower 22"), [s], NOW, COUNTRY)
    assert not is_silenced(alert("base:Tower 22"), [s], NOW)  # without a lookup a base's country is unknown
    assert not is_silenced(alert("base:Al-Tanf Garrison"), [s], NOW, COUNTRY)
    assert silence_for(alert("country:Jordan"), [Silence("s-0", until=NOW, country="Jordan"), s], NOW) is s


def test_a_silence_must_say_what_it_mutes() -> None:
    with pytest.raises(SilenceError, match="at least one"):
        Silence("s-4", until=LATER)


@pytest.mark.parametrize("text,expected", [
    ("2024-02-01", datetime(2024, 2, 2, tzinfo=timezone.utc)),
    ("2024-02-01T18:30", datetime(2024, 2, 1, 18, 30, tzinfo=timezone.utc)),
    ("2024-02-01T18:30+03:00", datetime(2024, 2, 1, 15, 30, tzinfo=timezone.utc)),
])
def test_until(text, expected) -> None:
    assert parse_until(text) == expected


def test_bad_until() -> None:
    with pytest.raises(SilenceError, match="YYYY-MM-DD"):
        parse_until("next tuesday")


def test_file_round_trip_and_removal(tmp_path) -> None:
    path = tmp_path / "silences.toml"
    assert load_silences(path) == []
    kept = [Silence("s-a", until=LATER, base="Tower 22", comment='known "exercise"\nline two', created=NOW),
            Silence("s-b", until=LATER, country="Syria", rule="pause_end")]
    save_silences(path, kept)
    assert load_silences(path) == kept
    assert [s.id for s in remove_silence(kept, "s-a")] == ["s-b"]
    with pytest.raises(SilenceError, match="no silence"):
        remove_silence(kept, "s-zzz")
    path.write_text('[[silence]]\nid = "x"\nuntil = "2024-01-01"\n')
    with pytest.raises(SilenceError, match="at least one"):
        load_silences(path)


# ---------------------------------------------------------------------------
# history
# ---------------------------------------------------------------------------


def status(sub: str, st: str, version: int = 1, aid: str = "a1", detail: str = "") -> DeliveryStatus:
    return DeliveryStatus(aid, version, sub, st, detail=detail, delivery_id=f"{aid}@v{version}->{sub}")


def test_history_shows_the_latest_version_outcomes() -> None:
    alerts = [alert(version=2), alert(aid="a2"), alert(aid="a3"), alert(aid="a4")]
    statuses = [status("ops", "sent", 1), status("ops", "failed", 2, detail="json://h/****: refused"),
                status("siem", "sent", 2), status("ops", "silenced", aid="a2", detail="s-1: base=Tower 22"),
                status("", "unrouted", aid="a3")]
    rows = {r.alert.alert_id: r for r in alert_history(alerts, statuses)}
    assert rows["a1"].state == "failed"
    assert rows["a1"].summary() == "ops: failed (json://h/****: refused); siem: sent"
    assert rows["a2"].state == "silenced" and rows["a3"].state == "unrouted" and rows["a4"].state == "pending"
    assert rows["a1"].to_dict()["deliveries"][0]["status"] == "failed"


def test_a_repeated_outcome_replaces_the_earlier_one() -> None:
    [row] = alert_history([alert()], [status("ops", "failed"), status("ops", "sent")])
    assert row.state == "delivered" and len(row.outcomes) == 1
    assert overall_state([]) == "pending"


def test_status_records_round_trip() -> None:
    s = status("ops", "sent")
    assert DeliveryStatus.from_json(s.to_json()) == s


# ---------------------------------------------------------------------------
# in-order acks
# ---------------------------------------------------------------------------


def test_acks_are_released_in_offset_order_per_partition() -> None:
    acks = InOrderAcks()
    assert acks.hold("p0", "e0", {"d0"}) == []
    assert acks.hold("p0", "e1", set()) == []  # nothing to wait for, but e0 still waits
    assert acks.hold("p1", "f0", set()) == ["f0"]  # another partition is independent
    assert acks.hold("p0", "e2", {"d2"}) == []
    assert acks.settle(["d2"]) == []
    assert acks.settle(["d0"]) == ["e0", "e1", "e2"]
    acks.hold("p0", "e3", {"d3"})
    acks.forget(["p0"])
    assert len(acks) == 0


# ---------------------------------------------------------------------------
# CLI
# ---------------------------------------------------------------------------


def _group(config_dir) -> click.Group:
    from streams.cli_notify import register

    @click.group()
    @click.pass_context
    def main(ctx: click.Context) -> None:
        ctx.obj = replace(DEFAULTS, config_dir=config_dir)

    register(main)
    return main


@pytest.fixture
def cli(tmp_path):
    group = _group(tmp_path)
    return lambda *args: CliRunner().invoke(group, list(args))


def test_silence_list_and_unsilence(cli, tmp_path) -> None:
    result = cli("silence", "--base", "tower 22", "--rule", "casualties", "--until", "2999-01-01",
                 "--comment", "exercise")
    assert result.exit_code == 0, result.output
    assert "Tower 22" in result.output and "2999-01-02" in result.output
    [s] = load_silences(tmp_path / "silences.toml")
    listed = cli("silences")
    assert s.id in listed.output and "exercise" in listed.output
    assert cli("unsilence", s.id).exit_code == 0
    assert "no active silences" in cli("silences").output


@pytest.mark.parametrize("args,message", [
    (["silence", "--until", "2999-01-01"], "at least one of --base"),
    (["silence", "--base", "Atlantis", "--until", "2999-01-01"], "unknown base"),
    (["silence", "--base", "Tower 22", "--until", "2001-01-01"], "already past"),
    (["silence", "--base", "Tower 22", "--until", "soon"], "YYYY-MM-DD"),
    (["unsilence", "s-nope"], "no silence"),
])
def test_errors_are_one_line(cli, args, message) -> None:
    result = cli(*args)
    assert result.exit_code == 1 and message in result.output and "Traceback" not in result.output


def test_history_table_shows_state_and_masked_reason() -> None:
    from rich.console import Console

    from streams.cli_notify import alert_history_table

    rows = alert_history([alert(), alert(aid="a2")],
                         [status("ops", "failed", detail="json://127.0.0.1:9/****: connection refused"),
                          status("ops", "silenced", aid="a2", detail="s-1: base=Tower 22 until 2999-01-01T00:00")])
    console = Console(width=200, record=True)
    console.print(alert_history_table(rows))
    text = console.export_text()
    assert "failed" in text and "connection refused" in text and "****" in text
    assert "silenced" in text and "s-1" in text
