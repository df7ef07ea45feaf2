"""Who wants to be told about which alerts, and where to tell them.

Subscribers live in a TOML file of ``[[subscriber]]`` tables that an operator
edits by hand or through the CLI (see ``streams/defaults/subscriptions.example.toml``).
Everything here is plain Python over plain data: loading checks every field up
front so a typo fails at start-up with the file, subscriber, field and value named,
instead of silently dropping alerts at 3 a.m.

Apprise URLs carry credentials (SMTP passwords, webhook tokens), so nothing in
this module puts a raw URL in an exception, a repr or a log line: use
:func:`mask_url` for anything a human or a log store will see.
"""

from __future__ import annotations

import logging
import os
import re
import threading
import tomllib
from dataclasses import dataclass, field, fields
from functools import lru_cache
from pathlib import Path
from typing import Any, Callable, Iterable, Mapping, Sequence
from urllib.parse import unquote, urlsplit

import apprise

from streams.records import SEVERITIES, Alert
from streams.files import atomic_write

# Message formats a subscriber can ask for; "markdown" is turned into HTML by apprise for e-mail.
FORMATS: tuple[str, ...] = ("text", "markdown")

# Table name used for each subscriber in the TOML file (``[[subscriber]]``).
TABLE = "subscriber"

# What a masked secret looks like in logs and CLI output.
MASK = "****"

# Maps a base's canonical name to its country (e.g. a gazetteer lookup); None when unknown.
CountryOf = Callable[[str], "str | None"]


class SubscriptionError(ValueError):
    """A subscriptions file or subscriber that cannot be used, with what is wrong where.

    ``value`` is already safe to show: URLs in it are masked.
    """

    def __init__(self, problem: str, *, path: str | None = None, subscriber: str | None = None,
                 field: str | None = None, value: Any = None) -> None:
        self.problem = problem
        self.path = path
        self.subscriber = subscriber
        self.field = field
        self.value = value
        where = [p for p in (path, f"subscriber {subscriber!r}" if subscriber is not None else None,
                             f"field {field!r}" if field is not None else None) if p]
        shown = f" (got {value!r})" if field is not None else ""
        super().__init__(f"{': '.join(where + [problem])}{shown}")


@dataclass(frozen=True)
class Subscriber:
    """One recipient of alerts: where to send them and which ones it wants.

    Empty ``bases``/``countries``/``rules`` mean "all". ``wider_scopes`` decides
    whether a subscriber filtered to bases or countries also hears about alerts
    whose scope contains them (country-wide, region-wide); see :func:`matches`.
    The URLs are left out of the repr because they hold credentials.
    """

    name: str
    urls: tuple[str, ...] = field(repr=False)
    tags: tuple[str, ...] = ()
    bases: tuple[str, ...] = ()
    countries: tuple[str, ...] = ()
    rules: tuple[str, ...] = ()
    min_severity: str = "info"
    format: str = "text"
    wider_scopes: bool = True

    def __post_init__(self) -> None:
        # Guard direct construction (tests, CLI): lists become tuples so the record stays
        # hashable, and values that would break matching fail here rather than per alert.
        for name in _LIST_FIELDS:
            value = getattr(self, name)
            if isinstance(value, str):
                value = (value,)
            object.__setattr__(self, name, tuple(value))
        if self.min_severity not in SEVERITIES:
            raise SubscriptionError(f"must be one of {', '.join(SEVERITIES)}", subscriber=self.name,
                                    field="min_severity", value=self.min_severity)
        if self.format not in FORMATS:
            raise SubscriptionError(f"must be one of {', '.join(FORMATS)}", subscriber=self.name,
                                    field="format", value=self.format)

    @property
    def masked_urls(self) -> tuple[str, ...]:
        """The URLs with secrets hidden, for display."""
        return tuple(mask_url(u) for u in self.urls)


# Field order for the file, and which fields are lists of strings.
_FIELDS: tuple[str, ...] = tuple(f.name for f in fields(Subscriber))
_LIST_FIELDS = frozenset({"urls", "tags", "bases", "countries", "rules"})
_DEFAULTS: dict[str, Any] = {f.name: f.default for f in fields(Subscriber) if f.name not in ("name", "urls")}


# ---------------------------------------------------------------------------
# URL masking
# ---------------------------------------------------------------------------

# Query keys whose values are credentials whatever the service (matched as substrings).
_SECRET_KEY = re.compile(r"pass|pwd|secret|token|key|auth|sig|cred|bearer|session|cookie", re.I)
# A path segment or value that looks like a generated token (letters and digits, 20+ long, not an address).
_TOKEN = re.compile(r"^(?!.*(?:@|%40))(?=.*[0-9])(?=.*[A-Za-z])[A-Za-z0-9_\-.~%+=]{20,}$")


def mask_url(url: str) -> str:
    """The URL with passwords, tokens and keys replaced by ``****``, for logs and CLI output.

    Apprise knows where each service keeps its secrets, so its own privacy
    rendering (``plugin.url(privacy=True)``) is used when the URL loads; the
    defaults it adds are dropped again so the operator recognises their URL.
    A second, service-agnostic pass then masks what apprise leaves visible
    (userinfo passwords, custom headers, secret-named parameters, long tokens).
    Never raises: a URL that cannot be parsed at all is masked wholesale.
    """
    if not isinstance(url, str):
        return MASK
    try:
        return _mask_cached(url)
    except Exception:  # masking must never be the reason a log line or error is lost
        scheme = url.split("://", 1)[0] if "://" in url else ""
        return f"{scheme}://{MASK}" if scheme.isalnum() else MASK


@lru_cache(maxsize=512)
def _mask_cached(url: str) -> str:
    masked = _apprise_privacy_url(url)
    if masked is not None:
        masked = _keep_query_keys(masked, _query_keys(url))
        return _mask_generic(masked)
    return _mask_generic(url)


def _apprise_privacy_url(url: str) -> str | None:
    with _quiet_apprise():
        try:
            plugin = apprise.Apprise.instantiate(url)
        except Exception:
            return None
        if plugin is None:
            return None
        try:
            return plugin.url(privacy=True)
        except Exception:
            return None


def _query_keys(url: str) -> set[str]:
    query = url.split("?", 1)[1].split("#", 1)[0] if "?" in url else ""
    return {unquote(p.split("=", 1)[0]).lower() for p in query.split("&") if p}


def _keep_query_keys(url: str, keep: set[str]) -> str:
    """Drop the parameters apprise added with default values, keep the user's own."""
    if "?" not in url:
        return url
    head, query = url.split("?", 1)
    kept = [p for p in query.split("&") if p and unquote(p.split("=", 1)[0]).lower() in keep]
    return f"{head}?{'&'.join(kept)}" if kept else head


def _mask_generic(url: str) -> str:
    """Mask userinfo passwords, header/secret parameters and token-like path segments."""
    if "://" not in url:
        return MASK if _TOKEN.match(url) else url
    scheme, rest = url.split("://", 1)
    fragment = ""
    if "#" in rest:
        rest, fragment = rest.split("#", 1)
        fragment = "#" + (MASK if fragment else "")
    query = ""
    if "?" in rest:
        rest, query = rest.split("?", 1)
    netloc, slash, path = rest.partition("/")
    if "@" in netloc:
        userinfo, host = netloc.rsplit("@", 1)
        user, colon, password = userinfo.partition(":")
        if colon and password and password != MASK:
            password = MASK
        if _TOKEN.match(user):
            user = MASK
        netloc = f"{user}{colon}{password}@{host}"
    path = "/".join(MASK if _TOKEN.match(seg) else seg for seg in path.split("/"))
    params = []
    for part in query.split("&") if query else ():
        key, eq, value = part.partition("=")
        bare = unquote(key)
        if value and (bare.startswith("+") or _SECRET_KEY.search(bare) or _TOKEN.match(value)):
            value = MASK
        params.append(f"{key}{eq}{value}")
    out = f"{scheme}://{netloc}{slash}{path}"
    if params:
        out += "?" + "&".join(params)
    return out + fragment


def scrub(text: str, urls: Iterable[str]) -> str:
    """Remove from ``text`` the secrets of ``urls``: the whole URL, its password, its tokens.

    Error messages from libraries sometimes echo a URL or its password; this
    keeps them safe to log without knowing how each library words them. A
    fragment counts as secret when :func:`mask_url` hides it and it is not a
    plain word or parameter name (so "insecure" in a message survives).
    """
    secrets: set[str] = set()
    for url in urls:
        if not isinstance(url, str) or not url:
            continue
        masked = mask_url(url)
        text = text.replace(url, masked)
        try:
            password = urlsplit(url).password
        except ValueError:
            password = None
        if password:
            secrets.update({password, unquote(password)})
        keys = _query_keys(url)
        for raw in re.split(r"[/:@?&=#,]+", url):
            for piece in {raw, unquote(raw)}:
                if (len(piece) >= 6 and piece.lower() not in keys and not re.fullmatch(r"[a-z]+", piece)
                        and piece not in masked and piece not in unquote(masked)):
                    secrets.add(piece)
    for piece in sorted(secrets, key=len, reverse=True):
        text = text.replace(piece, MASK)
    return text


class _CaptureThisThread(logging.Handler):
    """Collect apprise's warnings about a URL, from this thread only."""

    def __init__(self) -> None:
        super().__init__(level=logging.WARNING)
        self.thread = threading.get_ident()
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        if record.thread == self.thread:
            try:
                self.messages.append(record.getMessage())
            except Exception:
                pass


class _quiet_apprise:
    """Keep apprise's own complaints about a URL out of the log, but hand them to us.

    Apprise logs (masked) reasons when a URL does not load; the loader wants those
    reasons in its error message instead of scattered through the application log.
    """

    def __enter__(self) -> _CaptureThisThread:
        self.logger = logging.getLogger("apprise")
        self.handler = _CaptureThisThread()
        self.filter = lambda record: record.thread != self.handler.thread
        self.logger.addHandler(self.handler)
        for h in self.logger.handlers + logging.getLogger().handlers:
            if h is not self.handler:
                h.addFilter(self.filter)
        return self.handler

    def __exit__(self, *exc: object) -> None:
        self.logger.removeHandler(self.handler)
        for h in self.logger.handlers + logging.getLogger().handlers:
            h.removeFilter(self.filter)


# ---------------------------------------------------------------------------
# Validation and the TOML file
# ---------------------------------------------------------------------------


def check_url(url: str) -> str | None:
    """Why apprise cannot use ``url`` (a masked, human-readable reason), or None if it can."""
    if not isinstance(url, str) or "://" not in url:
        return "not an apprise URL (expected scheme://...)"
    with _quiet_apprise() as captured:
        try:
            ok = apprise.Apprise().add([url])  # a list: a bare string would be split on commas
        except Exception as exc:
            return f"apprise rejected it: {type(exc).__name__}"
    if ok:
        return None
    reasons = [m for m in captured.messages if m]
    detail = f": {scrub(reasons[0], [url])}" if reasons else ""
    return f"apprise cannot load this URL{detail}"


def _fail(problem: str, origin: str | None, who: str, fld: str | None = None, value: Any = None) -> SubscriptionError:
    return SubscriptionError(problem, path=origin, subscriber=who, field=fld, value=value)


def _strings(value: Any, fld: str, origin: str | None, who: str, *, urls: bool = False) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, (list, tuple)):
        shown = MASK if urls else value
        raise _fail("expected a list of strings", origin, who, fld, shown)
    out = []
    for item in value:
        if not isinstance(item, str) or not item.strip():
            shown = mask_url(item) if urls and isinstance(item, str) else item
            raise _fail("expected non-empty strings", origin, who, fld, shown)
        out.append(item.strip())
    return tuple(out)


def subscriber_from_dict(data: Mapping[str, Any], *, origin: str | None = None, index: int = 0,
                         validate_urls: bool = True, known_bases: Iterable[str] | None = None) -> Subscriber:
    """Build a checked :class:`Subscriber` from one TOML table (or any mapping).

    ``origin`` names the file in errors; ``index`` names a subscriber that has no
    name yet. ``known_bases`` (canonical names, e.g. from the gazetteer) turns a
    misspelt base filter into an error instead of a filter that never matches.
    """
    if not isinstance(data, Mapping):
        raise _fail("expected a table", origin, f"#{index + 1}")
    raw_name = data.get("name")
    who = raw_name if isinstance(raw_name, str) and raw_name.strip() else f"#{index + 1}"
    unknown = sorted(set(data) - set(_FIELDS))
    if unknown:
        raise _fail(f"unknown field (known: {', '.join(_FIELDS)})", origin, who, unknown[0],
                    MASK if "url" in unknown[0].lower() else data[unknown[0]])
    name = data.get("name")
    if not isinstance(name, str) or not name.strip() or any(ord(c) < 32 for c in name):
        raise _fail("a subscriber needs a non-empty one-line name", origin, who, "name", name)
    if name != name.strip():
        raise _fail("name has leading or trailing spaces", origin, who, "name", name)
    if "urls" not in data:
        raise _fail("a subscriber needs at least one apprise URL", origin, who, "urls", None)
    kwargs: dict[str, Any] = {"name": name}
    for fld in _LIST_FIELDS:
        if fld in data:
            kwargs[fld] = _strings(data[fld], fld, origin, who, urls=fld == "urls")
    if not kwargs["urls"]:
        raise _fail("a subscriber needs at least one apprise URL", origin, who, "urls", [])
    severity = data.get("min_severity", _DEFAULTS["min_severity"])
    if severity not in SEVERITIES:
        raise _fail(f"must be one of {', '.join(SEVERITIES)}", origin, who, "min_severity", severity)
    kwargs["min_severity"] = severity
    fmt = data.get("format", _DEFAULTS["format"])
    if fmt not in FORMATS:
        raise _fail(f"must be one of {', '.join(FORMATS)}", origin, who, "format", fmt)
    kwargs["format"] = fmt
    wider = data.get("wider_scopes", _DEFAULTS["wider_scopes"])
    if not isinstance(wider, bool):
        raise _fail("must be true or false", origin, who, "wider_scopes", wider)
    kwargs["wider_scopes"] = wider
    subscriber = Subscriber(**kwargs)
    if validate_urls:
        for url in subscriber.urls:
            reason = check_url(url)
            if reason:
                raise _fail(reason, origin, who, "urls", mask_url(url))
    if known_bases is not None:
        known = {_fold(b) for b in known_bases}
        for base in subscriber.bases:
            if _fold(base) not in known:
                raise _fail("not a canonical base name in the gazetteer", origin, who, "bases", base)
    return subscriber


def subscriber_to_dict(subscriber: Subscriber) -> dict[str, Any]:
    """The TOML table for a subscriber; fields left at their default are omitted."""
    out: dict[str, Any] = {}
    for fld in _FIELDS:
        value = getattr(subscriber, fld)
        if fld in ("name", "urls") or value != _DEFAULTS[fld]:
            out[fld] = list(value) if isinstance(value, tuple) else value
    return out


def parse_subscriptions(text: str, *, origin: str = "<string>", validate_urls: bool = True,
                        known_bases: Iterable[str] | None = None) -> list[Subscriber]:
    """Subscribers from TOML text; see :func:`load_subscriptions`."""
    try:
        doc = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise SubscriptionError(f"not valid TOML: {exc}", path=origin) from None
    extra = sorted(set(doc) - {TABLE})
    if extra:
        raise SubscriptionError(f"unknown top-level key {extra[0]!r} (expected [[{TABLE}]] tables)", path=origin)
    tables = doc.get(TABLE, [])
    if not isinstance(tables, list):
        raise SubscriptionError(f"{TABLE!r} must be an array of tables ([[{TABLE}]])", path=origin)
    bases = list(known_bases) if known_bases is not None else None
    subscribers: list[Subscriber] = []
    for i, table in enumerate(tables):
        sub = subscriber_from_dict(table, origin=origin, index=i, validate_urls=validate_urls, known_bases=bases)
        subscribers = add_subscriber(subscribers, sub, origin=origin)
    return subscribers


def load_subscriptions(path: str | os.PathLike[str], *, validate_urls: bool = True,
                       known_bases: Iterable[str] | None = None) -> list[Subscriber]:
    """Read and check a subscriptions file; a missing file means nobody is subscribed.

    Raises :class:`SubscriptionError` naming the file, subscriber, field and
    (masked) value for the first problem found, so a bad edit stops start-up.
    """
    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8")
    except FileNotFoundError:
        return []
    except (OSError, UnicodeDecodeError) as exc:
        raise SubscriptionError(f"cannot read: {exc}", path=str(p)) from None
    return parse_subscriptions(text, origin=str(p), validate_urls=validate_urls, known_bases=known_bases)


def dump_subscriptions(subscribers: Sequence[Subscriber]) -> str:
    """TOML text for the subscribers, readable by :func:`parse_subscriptions`."""
    lines = ["# basewatch subscribers: one [[subscriber]] table each.",
             "# Written by basewatch; see subscriptions.example.toml for every field.", ""]
    for sub in subscribers:
        lines.append(f"[[{TABLE}]]")
        for key, value in subscriber_to_dict(sub).items():
            lines.append(f"{key} = {_toml_value(value)}")
        lines.append("")
    return "\n".join(lines)


def save_subscriptions(path: str | os.PathLike[str], subscribers: Sequence[Subscriber]) -> None:
    """Write the subscribers atomically (temp file + rename), so a crash never leaves half a file.

    The file holds credentials, so it is created readable by its owner only.
    Comments in an existing file are not preserved.
    """
    p = Path(path)
    text = dump_subscriptions(subscribers)
    atomic_write(p, text, mode=0o600)


def _toml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return _toml_string(value)
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(_toml_value(v) for v in value) + "]"
    raise TypeError(f"cannot write {type(value).__name__} to TOML")


_TOML_ESCAPES = {'"': '\\"', "\\": "\\\\", "\b": "\\b", "\t": "\\t", "\n": "\\n", "\f": "\\f", "\r": "\\r"}


def _toml_string(text: str) -> str:
    """A TOML basic string: quotes, backslashes and every control character escaped."""
    out = []
    for ch in text:
        if ch in _TOML_ESCAPES:
            out.append(_TOML_ESCAPES[ch])
        elif ord(ch) < 0x20 or ord(ch) == 0x7F:
            out.append(f"\\u{ord(ch):04x}")
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'


def add_subscriber(subscribers: Sequence[Subscriber], subscriber: Subscriber, *, replace_existing: bool = False,
                   origin: str | None = None) -> list[Subscriber]:
    """A new list with ``subscriber`` appended (or swapped in for its namesake when replacing).

    Names must be unique because delivery ids are built from them: two
    subscribers with one name would suppress each other's deliveries.
    """
    out = list(subscribers)
    for i, existing in enumerate(out):
        if existing.name == subscriber.name:
            if not replace_existing:
                raise SubscriptionError("a subscriber with this name already exists", path=origin,
                                        subscriber=subscriber.name, field="name", value=subscriber.name)
            out[i] = subscriber
            return out
    out.append(subscriber)
    return out


def remove_subscriber(subscribers: Sequence[Subscriber], name: str) -> list[Subscriber]:
    """A new list without the subscriber called ``name``; unknown names are an error, not a no-op."""
    out = [s for s in subscribers if s.name != name]
    if len(out) == len(subscribers):
        raise SubscriptionError("no subscriber with this name", subscriber=name)
    return out


# ---------------------------------------------------------------------------
# Matching alerts to subscribers
# ---------------------------------------------------------------------------


def _fold(name: str) -> str:
    return " ".join(name.casefold().split())


def parse_scope(scope: str) -> tuple[str, str | None]:
    """Split an alert scope into (kind, name): ("region", None), ("base", name) or ("country", name).

    Anything else is reported as ("region", None): an alert we cannot place is
    treated as concerning everyone rather than silently going nowhere.
    """
    kind, sep, name = (scope or "").partition(":")
    kind = kind.strip().lower()
    name = name.strip()
    if sep and kind in ("base", "country") and name:
        return kind, name
    return "region", None


def matches(subscriber: Subscriber, alert: Alert, country_of: CountryOf | None = None) -> bool:
    """Whether ``subscriber`` wants ``alert``.

    The rule, in order:

    1. severity must be at least ``min_severity`` (order of ``SEVERITIES``);
    2. ``rules``, when given, must contain ``alert.rule``;
    3. with neither ``bases`` nor ``countries`` set, every place matches;
    4. otherwise the place comes from ``alert.scope`` alone (``counts`` are
       figures for the message, never used for routing):

       - ``base:<name>`` matches a listed base, or a listed country when
         ``country_of(name)`` (e.g. the gazetteer) puts the base there;
       - ``country:<name>`` matches a listed country; with ``wider_scopes`` it
         also matches a subscriber whose listed bases lie in that country;
       - ``region`` (and any scope that cannot be read) matches only with
         ``wider_scopes``: a region-wide escalation concerns every base.

    Names compare case- and whitespace-insensitively.
    """
    if alert.severity not in SEVERITIES or SEVERITIES.index(alert.severity) < SEVERITIES.index(
        subscriber.min_severity
    ):
        return False
    if subscriber.rules and alert.rule not in subscriber.rules:
        return False
    if not subscriber.bases and not subscriber.countries:
        return True
    kind, name = parse_scope(alert.scope)
    bases = {_fold(b) for b in subscriber.bases}
    countries = {_fold(c) for c in subscriber.countries}
    if kind == "base":
        if _fold(name) in bases:
            return True
        country = country_of(name) if (countries and country_of) else None
        return country is not None and _fold(country) in countries
    if kind == "country":
        if _fold(name) in countries:
            return True
        if subscriber.wider_scopes and bases and country_of:
            return any((c := country_of(b)) is not None and _fold(c) == _fold(name) for b in subscriber.bases)
        return False
    return subscriber.wider_scopes


def subscribers_for(alert: Alert, subscribers: Iterable[Subscriber],
                    country_of: CountryOf | None = None) -> list[Subscriber]:
    """The subscribers that want ``alert``, in file order."""
    return [s for s in subscribers if matches(s, alert, country_of)]


__all__ = [
    "FORMATS", "MASK", "TABLE", "CountryOf", "Subscriber", "SubscriptionError", "add_subscriber", "check_url",
    "dump_subscriptions", "load_subscriptions", "mask_url", "matches", "parse_scope", "parse_subscriptions",
    "remove_subscriber", "save_subscriptions", "scrub", "subscriber_from_dict", "subscriber_to_dict",
    "subscribers_for",
]
