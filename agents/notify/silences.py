"""Silences: "do not notify about these alerts until then".

An operator who already knows about a situation (a base under repeated fire,
an exercise, a known false positive) mutes it for a while instead of
unsubscribing. A silence matches an alert when every field it sets matches
(base, country, rule); it ends at ``until``. Silenced alerts are still
recorded, with status "silenced", so the history shows what was muted.

Silences live in ``silences.toml`` in the config folder, written by
``basewatch silence`` and re-read by workers when it changes. Matching is
pure: (alert, silences, now) in, a silence or None out; the clock is always
an argument.
"""

from __future__ import annotations

import os
import secrets
import tomllib
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone
from pathlib import Path
from typing import Any, Iterable, Mapping, Sequence

from streams.records import Alert

from .subscriptions import CountryOf, parse_scope
from streams.files import atomic_write

# File name of the silences, inside the config folder.
SILENCES_FILE = "silences.toml"

# Table name used for each silence in the TOML file (``[[silence]]``).
TABLE = "silence"

_FIELDS = ("id", "base", "country", "rule", "until", "comment", "created")


class SilenceError(ValueError):
    """A silence or silences file that cannot be used, saying what and where."""


def _fold(name: str) -> str:
    return " ".join(name.casefold().split())


@dataclass(frozen=True)
class Silence:
    """Mute alerts matching every given field until ``until`` (an aware UTC datetime).

    ``None`` fields match anything; at least one of base, country, rule must be
    set, so that a silence can never mute every alert by accident.
    """

    id: str
    until: datetime
    base: str | None = None
    country: str | None = None
    rule: str | None = None
    comment: str = ""
    created: datetime | None = None

    def __post_init__(self) -> None:
        if not (self.base or self.country or self.rule):
            raise SilenceError(f"silence {self.id!r}: give at least one of base, country, rule")
        if self.until.tzinfo is None:
            raise SilenceError(f"silence {self.id!r}: until must carry a time zone")

    def active(self, now: datetime) -> bool:
        """Whether the silence still mutes at ``now``."""
        return now < self.until

    def matches(self, alert: Alert, country_of: CountryOf | None = None) -> bool:
        """Whether every field this silence sets matches the alert (time not considered).

        A base silence matches only alerts scoped to that base; a country
        silence matches alerts scoped to the country or to one of its bases
        (through ``country_of``); region-wide alerts match neither, since they
        concern more than the muted place.
        """
        if self.rule is not None and alert.rule != self.rule:
            return False
        kind, name = parse_scope(alert.scope)
        if self.base is not None and not (kind == "base" and _fold(name or "") == _fold(self.base)):
            return False
        if self.country is not None:
            if kind == "country":
                place_country = name
            elif kind == "base" and country_of is not None:
                place_country = country_of(name or "")
            else:
                place_country = None
            if place_country is None or _fold(place_country) != _fold(self.country):
                return False
        return True

    def describe(self) -> str:
        """One line for logs and the CLI."""
        what = ", ".join(f"{k}={v}" for k, v in (("base", self.base), ("country", self.country),
                                                 ("rule", self.rule)) if v)
        note = f" ({self.comment})" if self.comment else ""
        return f"{self.id}: {what} until {self.until.isoformat(timespec='minutes')}{note}"


def silence_for(alert: Alert, silences: Iterable[Silence], now: datetime,
                country_of: CountryOf | None = None) -> Silence | None:
    """The first active silence that mutes ``alert`` at ``now``, or None."""
    for silence in silences:
        if silence.active(now) and silence.matches(alert, country_of):
            return silence
    return None


def is_silenced(alert: Alert, silences: Iterable[Silence], now: datetime,
                country_of: CountryOf | None = None) -> bool:
    """Whether any active silence mutes ``alert`` at ``now``."""
    return silence_for(alert, silences, now, country_of) is not None


def parse_until(text: str, *, tz: timezone = timezone.utc) -> datetime:
    """``YYYY-MM-DD`` (through the end of that day) or ``YYYY-MM-DDTHH:MM[+HH:MM]`` as an aware datetime.

    A time without an offset is read in ``tz`` (UTC): alerts, servers and
    analysts in several countries share one clock that way.
    """
    value = text.strip()
    try:
        if len(value) == 10:
            day = date.fromisoformat(value)
            return datetime.combine(day + timedelta(days=1), time(0, 0), tzinfo=tz)
        moment = datetime.fromisoformat(value)
    except ValueError:
        raise SilenceError(f"until: expected YYYY-MM-DD or YYYY-MM-DDTHH:MM, got {text!r}") from None
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=tz)


def new_silence_id(existing: Iterable[str] = ()) -> str:
    """A short random id, unique in the file, easy to type for ``basewatch unsilence``."""
    taken = set(existing)
    while True:
        candidate = "s-" + secrets.token_hex(3)
        if candidate not in taken:
            return candidate


def silence_to_dict(silence: Silence) -> dict[str, Any]:
    out: dict[str, Any] = {"id": silence.id}
    for key in ("base", "country", "rule"):
        if getattr(silence, key):
            out[key] = getattr(silence, key)
    out["until"] = silence.until.isoformat()
    if silence.comment:
        out["comment"] = silence.comment
    if silence.created is not None:
        out["created"] = silence.created.isoformat()
    return out


def silence_from_dict(data: Mapping[str, Any], origin: str = "<string>") -> Silence:
    if not isinstance(data, Mapping):
        raise SilenceError(f"{origin}: each [[{TABLE}]] must be a table")
    unknown = sorted(set(data) - set(_FIELDS))
    if unknown:
        raise SilenceError(f"{origin}: unknown field {unknown[0]!r} (known: {', '.join(_FIELDS)})")
    sid = data.get("id")
    if not isinstance(sid, str) or not sid.strip():
        raise SilenceError(f"{origin}: a silence needs an id")
    for key in ("base", "country", "rule", "comment"):
        if key in data and not isinstance(data[key], str):
            raise SilenceError(f"{origin}: silence {sid!r}: {key} must be a string")

    def when(key: str) -> datetime | None:
        raw = data.get(key)
        if raw is None:
            return None
        if isinstance(raw, datetime):  # a TOML datetime literal written by hand
            return raw if raw.tzinfo else raw.replace(tzinfo=timezone.utc)
        if isinstance(raw, date):
            return datetime.combine(raw + timedelta(days=1), time(0, 0), tzinfo=timezone.utc)
        try:
            return parse_until(str(raw))
        except SilenceError:
            raise SilenceError(f"{origin}: silence {sid!r}: {key} is not a date/time: {raw!r}") from None

    until = when("until")
    if until is None:
        raise SilenceError(f"{origin}: silence {sid!r} needs until")
    try:
        return Silence(id=sid, until=until, base=data.get("base") or None, country=data.get("country") or None,
                       rule=data.get("rule") or None, comment=data.get("comment", ""), created=when("created"))
    except SilenceError as exc:
        raise SilenceError(f"{origin}: {exc}") from None


def parse_silences(text: str, origin: str = "<string>") -> list[Silence]:
    try:
        doc = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise SilenceError(f"{origin}: not valid TOML: {exc}") from None
    tables = doc.get(TABLE, [])
    if not isinstance(tables, list) or set(doc) - {TABLE}:
        raise SilenceError(f"{origin}: expected only [[{TABLE}]] tables")
    out = [silence_from_dict(t, origin) for t in tables]
    ids = [s.id for s in out]
    if len(set(ids)) != len(ids):
        raise SilenceError(f"{origin}: silence ids must be unique")
    return out


def load_silences(path: str | os.PathLike[str]) -> list[Silence]:
    """The silences in ``path``; a missing file means nothing is silenced."""
    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8")
    except FileNotFoundError:
        return []
    except (OSError, UnicodeDecodeError) as exc:
        raise SilenceError(f"{p}: cannot read: {exc}") from None
    return parse_silences(text, str(p))


def _toml_string(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace('"', '\\"')
    return '"' + "".join(c if ord(c) >= 0x20 and ord(c) != 0x7F else f"\\u{ord(c):04x}" for c in escaped) + '"'


def dump_silences(silences: Sequence[Silence]) -> str:
    lines = ["# basewatch silences: alerts matching one are recorded but not sent until it ends.",
             "# Written by `basewatch silence`; remove one with `basewatch unsilence ID`.", ""]
    for silence in silences:
        lines.append(f"[[{TABLE}]]")
        lines += [f"{k} = {_toml_string(str(v))}" for k, v in silence_to_dict(silence).items()]
        lines.append("")
    return "\n".join(lines)


def save_silences(path: str | os.PathLike[str], silences: Sequence[Silence]) -> None:
    """Write atomically (temp file + rename) so a worker never reads half a file."""
    p = Path(path)
    atomic_write(p, dump_silences(silences))


def remove_silence(silences: Sequence[Silence], silence_id: str) -> list[Silence]:
    """A new list without ``silence_id``; an unknown id is an error, not a silent no-op."""
    out = [s for s in silences if s.id != silence_id]
    if len(out) == len(silences):
        raise SilenceError(f"no silence with id {silence_id!r}")
    return out


__all__ = [
    "SILENCES_FILE", "Silence", "SilenceError", "dump_silences", "is_silenced", "load_silences",
    "new_silence_id", "parse_silences", "parse_until", "remove_silence", "save_silences", "silence_for",
    "silence_from_dict", "silence_to_dict",
]
