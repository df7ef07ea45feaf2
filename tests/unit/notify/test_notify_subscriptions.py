"""Subscriptions: the TOML file, its validation, filters and URL masking."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from agents.notify.subscriptions import (
    MASK,
    Subscriber,
    SubscriptionError,
    add_subscriber,
    dump_subscriptions,
    load_subscriptions,
    mask_url,
    matches,
    parse_scope,
    parse_subscriptions,
    remove_subscriber,
    save_subscriptions,
    scrub,
)
from streams.records import Alert

EXAMPLE = Path(__file__).resolve().parents[3] / "streams" / "defaults" / "subscriptions.example.toml"

COUNTRY = {"Ain al-Asad Air Base": "Iraq", "Al-Tanf Garrison": "Syria", "Tower 22": "Jordan"}


def alert(scope: str = "base:Ain al-Asad Air Base", severity: str = "high", rule: str = "casualties", **kw) -> Alert:
    base = dict(alert_id="a1", version=1, rule=rule, severity=severity, scope=scope, summary="s", reason="r",
                event_date="2024-01-20")
    base.update(kw)
    return Alert(**base)


def sub(**kw) -> Subscriber:
    kw.setdefault("name", "ops")
    kw.setdefault("urls", ("json://127.0.0.1:8080/x",))
    return Subscriber(**kw)


# ---------------------------------------------------------------------------
# load / save
# ---------------------------------------------------------------------------


def test_missing_file_means_no_subscribers(tmp_path: Path) -> None:
    assert load_subscriptions(tmp_path / "absent.toml") == []


def test_example_file_loads() -> None:
    subs = load_subscriptions(EXAMPLE)
    assert [s.name for s in subs] == ["siem-webhook", "duty-officer", "al-asad-chat"]
    assert {s.format for s in subs} == {"text", "markdown"}
    assert any(u.startswith("mailto://") for s in subs for u in s.urls)


ROUND_TRIP = [
    [sub()],
    [sub(name="all-fields", urls=("json://user:p%40ss@host/path", "mailto://user:pass@example.com"),
         tags=("a", "b"), bases=("Ain al-Asad Air Base",), countries=("Iraq",), rules=("casualties",),
         min_severity="critical", format="markdown", wider_scopes=False)],
    [sub(name='quote " back\\slash \u00e9 \U0001f680 [[x]] = #', tags=("tab\tnewline\n\x7f\x00 del", '"""')),
     sub(name="second")],
    [],
]


@pytest.mark.parametrize("subscribers", ROUND_TRIP)
def test_save_load_round_trip(tmp_path: Path, subscribers: list[Subscriber]) -> None:
    path = tmp_path / "deep" / "subs.toml"
    save_subscriptions(path, subscribers)
    assert load_subscriptions(path) == subscribers
    assert (os.stat(path).st_mode & 0o777) == 0o600
    assert not [p for p in path.parent.iterdir() if p.name != "subs.toml"]  # no temp file left


@settings(max_examples=60, deadline=None)
@given(st.lists(st.text(min_size=1, max_size=30).map(str.strip).filter(
    lambda s: s and not any(ord(c) < 32 for c in s)), min_size=1, max_size=4, unique=True),
    st.lists(st.text(max_size=20).filter(str.strip), max_size=3))
def test_round_trip_any_text(names: list[str], tags: list[str]) -> None:
    subs = [sub(name=n, tags=tuple(t.strip() for t in tags)) for n in names]
    assert parse_subscriptions(dump_subscriptions(subs), validate_urls=False) == subs


BAD = [
    # (toml body of one subscriber, field, value shown in the error)
    ('name = "x"\nurls = ["json://h/p"]\nmin_severity = "urgent"', "min_severity", "urgent"),
    ('name = "x"\nurls = ["json://h/p"]\nformat = "html"', "format", "html"),
    ('name = "x"\nurls = ["json://h/p"]\nbases = [1]', "bases", 1),
    ('name = "x"\nurls = ["json://h/p"]\nwider_scopes = "yes"', "wider_scopes", "yes"),
    ('name = "x"\nurls = ["json://h/p"]\nmin_severty = "high"', "min_severty", "high"),
    ('name = ""\nurls = ["json://h/p"]', "name", ""),
    ('name = "x"\nurls = []', "urls", []),
    ('name = "x"', "urls", None),
    ('name = "x"\nurls = ["nosuchservice://user:hunter2@h/p"]', "urls", f"nosuchservice://user:{MASK}@h/p"),
    ('name = "x"\nurls = ["mailto://user:hunter2@example.com?mode=bogus"]', "urls", None),
]


@pytest.mark.parametrize("body,field,value", BAD)
def test_invalid_field_names_file_subscriber_field_and_value(tmp_path: Path, body: str, field: str, value) -> None:
    path = tmp_path / "subs.toml"
    path.write_text(f"[[subscriber]]\n{body}\n")
    with pytest.raises(SubscriptionError) as info:
        load_subscriptions(path)
    err = info.value
    msg = str(err)
    assert str(path) in msg
    assert err.field == field and repr(field) in msg
    assert err.subscriber in ("x", "#1") and repr(err.subscriber) in msg
    if value is not None:
        assert err.value == value and repr(value) in msg
    assert "hunter2" not in msg  # a bad URL is named masked


def test_duplicate_names_rejected(tmp_path: Path) -> None:
    path = tmp_path / "subs.toml"
    path.write_text('[[subscriber]]\nname = "x"\nurls = ["json://h/p"]\n' * 2)
    with pytest.raises(SubscriptionError, match="already exists"):
        load_subscriptions(path)


@pytest.mark.parametrize("text,problem", [
    ("[[subscriber]\n", "not valid TOML"),
    ('subscriber = "x"\n', "array of tables"),
    ('[[subscribers]]\nname = "x"\n', "unknown top-level key"),
])
def test_file_level_errors_name_the_file(tmp_path: Path, text: str, problem: str) -> None:
    path = tmp_path / "subs.toml"
    path.write_text(text)
    with pytest.raises(SubscriptionError, match=problem) as info:
        load_subscriptions(path)
    assert str(path) in str(info.value)


def test_unknown_base_rejected_when_gazetteer_given(tmp_path: Path) -> None:
    path = tmp_path / "subs.toml"
    path.write_text('[[subscriber]]\nname = "x"\nurls = ["json://h/p"]\nbases = ["Ain al-Assad"]\n')
    with pytest.raises(SubscriptionError) as info:
        load_subscriptions(path, known_bases=COUNTRY)
    assert info.value.field == "bases" and info.value.value == "Ain al-Assad"
    assert load_subscriptions(path)[0].bases == ("Ain al-Assad",)  # without a gazetteer: accepted as written


def test_a_single_url_string_is_accepted(tmp_path: Path) -> None:
    path = tmp_path / "subs.toml"
    path.write_text('[[subscriber]]\nname = "x"\nurls = "json://h/p"\n')
    assert load_subscriptions(path)[0].urls == ("json://h/p",)


def test_add_and_remove_are_pure() -> None:
    a, b = sub(name="a"), sub(name="b")
    start = [a]
    added = add_subscriber(start, b)
    assert start == [a] and added == [a, b]
    with pytest.raises(SubscriptionError, match="already exists"):
        add_subscriber(added, sub(name="a", min_severity="critical"))
    replaced = add_subscriber(added, sub(name="a", min_severity="critical"), replace_existing=True)
    assert [s.min_severity for s in replaced] == ["critical", "info"]
    removed = remove_subscriber(replaced, "a")
    assert [s.name for s in removed] == ["b"] and len(replaced) == 2
    with pytest.raises(SubscriptionError, match="no subscriber"):
        remove_subscriber(removed, "a")


def test_repr_hides_urls() -> None:
    s = sub(urls=("json://user:hunter2@host/p",))
    assert "hunter2" not in repr(s)
    assert s.masked_urls == (f"json://user:{MASK}@host/p",)


# ---------------------------------------------------------------------------
# matching
# ---------------------------------------------------------------------------

ASAD, TANF = "base:Ain al-Asad Air Base", "base:Al-Tanf Garrison"

MATCH = [
    # (subscriber fields, alert fields, expected)
    ({}, {}, True),
    ({}, {"scope": "region", "severity": "info"}, True),
    ({"min_severity": "high"}, {"severity": "info"}, False),
    ({"min_severity": "high"}, {"severity": "high"}, True),
    ({"min_severity": "high"}, {"severity": "critical"}, True),
    ({"min_severity": "critical"}, {"severity": "high"}, False),
    ({"rules": ("pause_end",)}, {"rule": "casualties"}, False),
    ({"rules": ("pause_end", "casualties")}, {"rule": "casualties"}, True),
    ({"bases": ("Ain al-Asad Air Base",)}, {"scope": ASAD}, True),
    ({"bases": ("ain  AL-ASAD air base",)}, {"scope": ASAD}, True),  # case/space-insensitive
    ({"bases": ("Ain al-Asad Air Base",)}, {"scope": TANF}, False),
    ({"countries": ("Iraq",)}, {"scope": ASAD}, True),  # base lies in the country (via country_of)
    ({"countries": ("Syria",)}, {"scope": ASAD}, False),
    ({"countries": ("Iraq",)}, {"scope": "country:Iraq"}, True),
    ({"countries": ("Iraq",)}, {"scope": "country:Syria"}, False),
    ({"bases": ("Ain al-Asad Air Base",)}, {"scope": "country:Iraq"}, True),  # wider scope contains the base
    ({"bases": ("Ain al-Asad Air Base",), "wider_scopes": False}, {"scope": "country:Iraq"}, False),
    ({"bases": ("Ain al-Asad Air Base",)}, {"scope": "country:Syria"}, False),
    ({"countries": ("Iraq",)}, {"scope": "region"}, True),
    ({"countries": ("Iraq",), "wider_scopes": False}, {"scope": "region"}, False),
    ({"countries": ("Iraq",)}, {"scope": "garbage"}, True),  # unreadable scope is treated as region
    ({"countries": ("Iraq",), "wider_scopes": False}, {"scope": "garbage"}, False),
    # counts never route: a region alert counting Iraqi attacks is still a region alert
    ({"countries": ("Iraq",), "wider_scopes": False}, {"scope": "region", "counts": {"Iraq": 3}}, False),
    ({"bases": ("Tower 22",), "min_severity": "critical", "rules": ("casualties",)},
     {"scope": "base:Tower 22", "severity": "critical"}, True),
]


@pytest.mark.parametrize("sub_kw,alert_kw,expected", MATCH)
def test_matches(sub_kw: dict, alert_kw: dict, expected: bool) -> None:
    assert matches(sub(**sub_kw), alert(**alert_kw), COUNTRY.get) is expected


def test_country_filter_without_lookup_only_matches_country_scopes() -> None:
    s = sub(countries=("Iraq",))
    assert matches(s, alert(scope=ASAD)) is False
    assert matches(s, alert(scope="country:Iraq")) is True


@pytest.mark.parametrize("scope,expected", [
    ("region", ("region", None)),
    ("base:Tower 22", ("base", "Tower 22")),
    ("country: Iraq ", ("country", "Iraq")),
    ("base:", ("region", None)),
    ("", ("region", None)),
])
def test_parse_scope(scope: str, expected: tuple) -> None:
    assert parse_scope(scope) == expected


# ---------------------------------------------------------------------------
# masking
# ---------------------------------------------------------------------------

MASKING = [
    # (url, secrets that must not appear, parts that must stay for recognition)
    ("json://user:secret@host/path", ["secret"], ["json://", "user", "host/path"]),
    ("mailto://user:pass@example.com", ["pass"], ["mailto://", "user", "example.com"]),
    ("json://127.0.0.1:8080/hook?+X-Api-Key=supersecret1", ["supersecret1"], ["127.0.0.1:8080/hook"]),
    ("json://h/p?token=tk0123456789abcdefghij&apikey=k9k9k9k9", ["tk0123456789abcdefghij", "k9k9k9k9"], ["json://"]),
    ("tgram://123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw/12345", ["AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw"], ["tgram://"]),
    ("discord://4174216298/JHMHI8qBe7bk2ZwO5U711o3dV_js", ["JHMHI8qBe7bk2ZwO5U711o3dV_js"], ["discord://"]),
    ("nosuchservice://user:hunter2@host/AAHdqTcvCH1vGWJxfSeofSA", ["hunter2", "AAHdqTcvCH1vGWJxfSeofSA"],
     ["nosuchservice://user:", "host"]),
    ("mailtos://me:p%40ss%3Aword@mail.example.org?to=ops@example.org", ["p%40ss", "p@ss", "word"],
     ["mail.example.org"]),
]


@pytest.mark.parametrize("url,secrets,kept", MASKING)
def test_mask_url_hides_secrets(url: str, secrets: list[str], kept: list[str]) -> None:
    masked = mask_url(url)
    for secret in secrets:
        assert secret not in masked, masked
    for part in kept:
        assert part in masked, masked


@pytest.mark.parametrize("junk", ["", "not a url", "://", "x://[", None, 42])
def test_mask_url_never_raises(junk) -> None:
    assert isinstance(mask_url(junk), str)


def test_scrub_removes_secrets_from_messages() -> None:
    url = "json://user:secret@host/path"
    msg = scrub(f"failed posting to {url}: auth 'secret' rejected; insecure", [url])
    assert "secret" not in msg.replace(MASK, "") and "insecure" in msg and "host/path" in msg


@pytest.mark.parametrize("kw,field", [({"min_severity": "urgent"}, "min_severity"), ({"format": "html"}, "format")])
def test_direct_construction_rejects_values_that_would_break_matching(kw: dict, field: str) -> None:
    with pytest.raises(SubscriptionError) as info:
        sub(**kw)
    assert info.value.field == field


def test_direct_construction_normalises_lists_to_tuples() -> None:
    s = Subscriber(name="x", urls=["json://h/p"], bases=["Tower 22"], rules="casualties")
    assert s.urls == ("json://h/p",) and s.bases == ("Tower 22",) and s.rules == ("casualties",)
    hash(s)
