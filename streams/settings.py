"""Configuration: every default named once, validated where it enters.

Settings come from ``BASEWATCH_*`` environment variables and command-line
options; a bad value is reported with the field's name and the value given, so
a user can fix it without reading code.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any, Mapping
from urllib.parse import urlsplit


class ConfigError(ValueError):
    """A setting with a value basewatch cannot use."""


@dataclass(frozen=True)
class Settings:
    """Everything a basewatch process needs to know about its surroundings."""

    # Kafka bootstrap address ("kafka://host:9092" or "host:9092"); None = the embedded broker.
    broker: str | None = None
    # Where the embedded broker listens when no broker is configured.
    embedded_host: str = "127.0.0.1"
    embedded_port: int = 9092
    # Consumer group id / Faust app id; two deployments on one cluster need different ids.
    app_id: str = "basewatch"
    # Prefix of every topic name: <prefix>.articles, .reports, .events, .alerts, .deadletter.
    topic_prefix: str = "basewatch"
    # Partitions per topic: more partitions, more workers in one group, more throughput.
    partitions: int = 4
    # The worker's HTTP address (counters and events views); 0.0.0.0 inside containers.
    web_host: str = "127.0.0.1"
    web_port: int = 6066
    # Folder with subscriptions.toml and the worker's local state.
    config_dir: Path = Path("~/.config/basewatch").expanduser()
    # Days without any attack after which the next attack ends a pause; unset = the rules file's value.
    pause_days: int | None = None
    # "tansu" or "kafka"; unset = tansu for the embedded broker, kafka for a configured one.
    broker_flavor: str | None = None
    # Replicas per topic; 1 suits one broker, 3 a production Kafka cluster.
    replication: int = 1

    @property
    def flavor(self) -> str:
        """Which broker we talk to, since tansu needs work-arounds Kafka does not."""
        if self.broker_flavor is not None:
            return self.broker_flavor
        return "tansu" if self.embedded else "kafka"

    @property
    def embedded(self) -> bool:
        """True when basewatch itself must run the broker (nothing configured)."""
        return self.broker is None

    @property
    def broker_address(self) -> str:
        """host:port to connect to, embedded or configured."""
        if self.broker is None:
            return f"{self.embedded_host}:{self.embedded_port}"
        return _host_port(self.broker)

    @property
    def broker_url(self) -> str:
        """The broker as Faust wants it."""
        return f"kafka://{self.broker_address}"

    @property
    def subscriptions_path(self) -> Path:
        return self.config_dir / "subscriptions.toml"

    def with_overrides(self, **overrides: Any) -> "Settings":
        """Apply command-line options (None means "not given") and validate."""
        given = {k: v for k, v in overrides.items() if v is not None}
        return validate(replace(self, **_coerce_all(given, source="option")))


# The settings basewatch uses when nothing is configured.
DEFAULTS = Settings()

# Environment variable for each setting: BASEWATCH_BROKER, BASEWATCH_PARTITIONS, ...
ENV_PREFIX = "BASEWATCH_"


def _host_port(broker: str) -> str:
    value = broker.strip()
    if "://" in value:
        parts = urlsplit(value)
        if parts.scheme not in ("kafka", "tcp", "aiokafka"):
            raise ConfigError(f"broker: unsupported scheme {parts.scheme!r} in {broker!r} (use kafka://host:port)")
        value = parts.netloc
    first = value.split(",")[0]
    host, sep, port = first.rpartition(":")
    if not sep or not host or not port.isdigit():
        raise ConfigError(f"broker: expected host:port, got {broker!r}")
    return value


def _coerce(name: str, raw: Any, source: str) -> Any:
    kind = {f.name: f.type for f in fields(Settings)}[name]
    label = f"{ENV_PREFIX}{name.upper()}" if source == "env" else name
    if raw is None:
        return None
    if "int" in str(kind):
        try:
            return int(raw)
        except (TypeError, ValueError):
            raise ConfigError(f"{label}: expected a whole number, got {raw!r}") from None
    if "Path" in str(kind):
        return Path(str(raw)).expanduser()
    text = str(raw).strip()
    return text or None


def _coerce_all(values: Mapping[str, Any], source: str) -> dict[str, Any]:
    known = {f.name for f in fields(Settings)}
    unknown = sorted(set(values) - known)
    if unknown:
        raise ConfigError(f"unknown setting(s): {', '.join(unknown)}")
    return {name: _coerce(name, raw, source) for name, raw in values.items()}


def validate(settings: Settings) -> Settings:
    """Reject values that would only fail later, deep inside a worker."""
    if settings.broker is not None:
        _host_port(settings.broker)
    for name in ("embedded_port", "web_port"):
        value = getattr(settings, name)
        if not 1 <= value <= 65535:
            raise ConfigError(f"{name}: expected a port 1-65535, got {value!r}")
    if not 1 <= settings.partitions <= 1024:
        raise ConfigError(f"partitions: expected 1-1024, got {settings.partitions!r}")
    if settings.broker_flavor not in (None, "tansu", "kafka"):
        raise ConfigError(f"broker_flavor: expected 'tansu' or 'kafka', got {settings.broker_flavor!r}")
    if not 1 <= settings.replication <= 16:
        raise ConfigError(f"replication: expected 1-16, got {settings.replication!r}")
    if settings.pause_days is not None and settings.pause_days < 1:
        raise ConfigError(f"pause_days: expected at least 1, got {settings.pause_days!r}")
    for name in ("app_id", "topic_prefix"):
        value = getattr(settings, name)
        if not value or not all(ch.isalnum() or ch in "._-" for ch in value):
            raise ConfigError(f"{name}: use letters, digits, '.', '_' or '-', got {value!r}")
    return settings


def load_settings(environ: Mapping[str, str] | None = None) -> Settings:
    """Settings from the environment on top of :data:`DEFAULTS`."""
    env = os.environ if environ is None else environ
    values = {
        f.name: env[ENV_PREFIX + f.name.upper()]
        for f in fields(Settings)
        if ENV_PREFIX + f.name.upper() in env
    }
    return validate(replace(DEFAULTS, **_coerce_all(values, source="env")))
