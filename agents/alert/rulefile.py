"""The user-editable rules file: ``<config_dir>/rules.toml`` on top of the shipped defaults.

One TOML table per rule (``[pause_end]``, ``[casualties]``, ``[threshold]``,
``[coordinated]``, ``[new_claimant]``, ``[escalation]``); every field is
optional and falls back to :data:`agents.alert.config.DEFAULT_RULES`, so a file
may say only what it changes. ``streams/defaults/rules.toml`` lists every field
with its default and is a valid file to copy.

Windows are written as durations of whole days: ``"24h"``, ``"7d"``, ``"2d"``.

A mistake stops loading with one line naming the file, the rule, the field
and the value given, e.g.
``rules.toml: [threshold.base] attacks: expected a whole number of at least 1, got 0``.

Precedence for the pause length: ``BASEWATCH_PAUSE_DAYS`` (``Settings.pause_days``)
wins over ``[pause_end] days`` when it is set; otherwise the file decides.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import fields, is_dataclass, replace
from pathlib import Path
from typing import Any, Mapping

from agents.alert.config import DEFAULT_RULES, ESCALATION_SCOPES, MAX_WINDOW_DAYS, RuleSettings
from streams.records import SEVERITIES
from streams.settings import ConfigError

# Name of the rules file inside the configuration folder.
RULES_FILENAME = "rules.toml"
# The commented defaults shipped with basewatch (a template to copy).
SHIPPED_RULES = Path(__file__).resolve().parents[2] / "streams" / "defaults" / RULES_FILENAME

# Field names whose TOML spelling differs from the dataclass: window = "7d" -> window_days = 7.
_TOML_NAMES = {"window_days": "window"}
_DURATION = re.compile(r"^\s*(\d+)\s*(h|d)\s*$", re.IGNORECASE)


class RulesError(ConfigError):
    """A rules file basewatch cannot use (the message names file, rule, field and value)."""


def parse_window(raw: Any) -> int:
    """Days in a window written as "24h", "48h" or "7d"; ValueError with the expectation otherwise."""
    expected = f'expected a window like "24h" or "7d" (whole days, at most {MAX_WINDOW_DAYS}d)'
    match = _DURATION.match(raw) if isinstance(raw, str) else None
    if not match:
        raise ValueError(expected)
    amount, unit = int(match.group(1)), match.group(2).lower()
    if unit == "h":
        if amount % 24:
            raise ValueError(expected)
        amount //= 24
    if not 1 <= amount <= MAX_WINDOW_DAYS:
        raise ValueError(expected)
    return amount


def _value(name: str, current: Any, raw: Any) -> Any:
    """Check one field's value against what the default holds; ValueError says what was expected."""
    if name == "window_days":
        return parse_window(raw)
    if isinstance(current, bool):
        if not isinstance(raw, bool):
            raise ValueError("expected true or false")
        return raw
    if isinstance(current, int):
        if isinstance(raw, bool) or not isinstance(raw, int) or raw < 1:
            raise ValueError("expected a whole number of at least 1")
        return raw
    if isinstance(current, float):
        if isinstance(raw, bool) or not isinstance(raw, (int, float)) or raw < 1:
            raise ValueError("expected a number of at least 1 (e.g. 3 or 2.5)")
        return float(raw)
    if name.endswith("severity"):
        if raw not in SEVERITIES:
            raise ValueError(f"expected one of {', '.join(SEVERITIES)}")
        return raw
    if isinstance(current, tuple):
        if not isinstance(raw, list) or not all(isinstance(v, str) and v.strip() for v in raw):
            raise ValueError("expected a list of names")
        values = tuple(v.strip() for v in raw)
        if name == "scopes" and not set(values) <= set(ESCALATION_SCOPES):
            raise ValueError(f"expected a list of {', '.join(repr(s) for s in ESCALATION_SCOPES)}")
        return values
    raise ValueError("unsupported field")  # pragma: no cover - every default has a kind above


def _section(current: Any, table: Any, where: str, origin: str) -> Any:
    """``current`` (a rule's dataclass) with the fields ``table`` sets, validated."""
    if not isinstance(table, Mapping):
        raise RulesError(f"{origin}: [{where}] expected a table of settings, got {table!r}")
    spelled = {_TOML_NAMES.get(f.name, f.name): f.name for f in fields(current)}
    unknown = sorted(set(table) - set(spelled))
    if unknown:
        raise RulesError(f"{origin}: [{where}] unknown field {unknown[0]!r} (known: {', '.join(sorted(spelled))})")
    changes = {}
    for key, raw in table.items():
        name = spelled[key]
        value = getattr(current, name)
        if is_dataclass(value):
            changes[name] = _section(value, raw, f"{where}.{key}", origin)
            continue
        try:
            changes[name] = _value(name, value, raw)
        except ValueError as exc:
            raise RulesError(f"{origin}: [{where}] {key}: {exc}, got {raw!r}") from None
    return replace(current, **changes)


def rules_from_mapping(data: Mapping[str, Any], origin: str = RULES_FILENAME, base: RuleSettings = DEFAULT_RULES) -> RuleSettings:
    """``base`` with what a parsed rules file sets; ``origin`` names the file in errors."""
    rules = {f.name: f for f in fields(RuleSettings)}
    unknown = sorted(set(data) - set(rules))
    if unknown:
        raise RulesError(f"{origin}: unknown rule [{unknown[0]}] (known: {', '.join(rules)})")
    return replace(base, **{name: _section(getattr(base, name), table, name, origin) for name, table in data.items()})


def parse_rules(text: str, origin: str = RULES_FILENAME, base: RuleSettings = DEFAULT_RULES) -> RuleSettings:
    """Rule settings from the text of a rules file."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise RulesError(f"{origin}: not valid TOML ({exc})") from None
    return rules_from_mapping(data, origin, base)


def load_rules(config_dir: Path | None, pause_days: int | None = None) -> RuleSettings:
    """The rules a worker runs: defaults, then ``<config_dir>/rules.toml`` if present,
    then ``pause_days`` (``Settings.pause_days``) when it is set."""
    rules = DEFAULT_RULES
    if config_dir is not None:
        path = Path(config_dir) / RULES_FILENAME
        try:
            text = path.read_text(encoding="utf-8")
        except FileNotFoundError:
            text = None
        except OSError as exc:
            raise RulesError(f"{path}: cannot read ({exc.strerror or exc})") from None
        if text is not None:
            rules = parse_rules(text, str(path))
    if pause_days is not None:
        rules = replace(rules, pause_end=replace(rules.pause_end, days=pause_days))
    return rules

