"""Settings: defaults named once, errors that name the field and the value."""

from __future__ import annotations

import pytest

from streams.settings import ConfigError, load_settings


def test_defaults_use_the_embedded_broker() -> None:
    s = load_settings({})
    assert (s.embedded, s.broker_address, s.flavor, s.partitions) == (True, "127.0.0.1:9092", "tansu", 4)


def test_environment_overrides() -> None:
    s = load_settings({"BASEWATCH_BROKER": "kafka://k1:9092,k2:9092", "BASEWATCH_PARTITIONS": "12"})
    assert (s.embedded, s.broker_address, s.flavor, s.partitions) == (False, "k1:9092,k2:9092", "kafka", 12)


@pytest.mark.parametrize(
    "env,message",
    [
        ({"BASEWATCH_PARTITIONS": "many"}, "BASEWATCH_PARTITIONS: expected a whole number, got 'many'"),
        ({"BASEWATCH_PARTITIONS": "0"}, "partitions: expected 1-1024, got 0"),
        ({"BASEWATCH_BROKER": "localhost"}, "broker: expected host:port, got 'localhost'"),
        ({"BASEWATCH_BROKER": "http://x:1"}, "broker: unsupported scheme 'http'"),
        ({"BASEWATCH_WEB_PORT": "70000"}, "web_port: expected a port 1-65535, got 70000"),
        ({"BASEWATCH_TOPIC_PREFIX": "bad prefix"}, "topic_prefix: use letters"),
        ({"BASEWATCH_BROKER_FLAVOR": "redpanda"}, "broker_flavor: expected 'tansu' or 'kafka', got 'redpanda'"),
    ],
)
def test_bad_values_name_field_and_value(env: dict[str, str], message: str) -> None:
    with pytest.raises(ConfigError, match=message.replace("(", r"\(").replace(")", r"\)")):
        load_settings(env)


def test_option_overrides_validate_too() -> None:
    with pytest.raises(ConfigError, match="pause_days: expected at least 1, got 0"):
        load_settings({}).with_overrides(pause_days=0)
