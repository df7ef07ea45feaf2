"""The command line: every command documents itself, and problems are one line, not a traceback."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from streams.broker import free_port
from streams.cli import main

COMMANDS = ["worker", "broker", "replay", "demo", "extract", "eval", "alerts", "counters", "watch", "import-events",
            "subscribe", "unsubscribe", "subscribers", "test-notify"]


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help(command: str) -> None:
    result = CliRunner().invoke(main, [command, "--help"])
    assert (result.exit_code, "Usage: main " + command in result.output or "Usage: " in result.output) == (0, True)


@pytest.mark.parametrize("command", [["alerts"], ["counters"], ["replay", "seeds"]])
def test_no_broker_is_one_line_saying_what_to_start(command: list[str]) -> None:
    port = free_port()
    result = CliRunner().invoke(main, command, env={"BASEWATCH_EMBEDDED_PORT": str(port)})
    lines = result.output.strip().splitlines()
    assert (result.exit_code, len(lines), lines[0]) == (
        1, 1, f"basewatch: no Kafka broker answers at 127.0.0.1:{port}: start one with `basewatch broker` "
              "(or `basewatch worker`, which starts it), or pass --broker HOST:PORT")


def test_bad_setting_is_named() -> None:
    result = CliRunner().invoke(main, ["alerts"], env={"BASEWATCH_PARTITIONS": "lots"})
    assert (result.exit_code, result.output.strip()) == (
        1, "basewatch: BASEWATCH_PARTITIONS: expected a whole number, got 'lots'")
