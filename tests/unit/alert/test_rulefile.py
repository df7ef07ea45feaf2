"""The rules file: shipped defaults, a user's overrides, switches, and messages that name what is wrong."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from agents.alert.config import DEFAULT_RULES, Threshold
from agents.alert.rulefile import SHIPPED_RULES, RulesError, load_rules, parse_rules
from agents.alert.testing import ASAD, ERBIL, TANF, event, run


def test_the_shipped_file_says_exactly_the_defaults() -> None:
    assert parse_rules(SHIPPED_RULES.read_text(encoding="utf-8"), str(SHIPPED_RULES)) == DEFAULT_RULES


def test_a_user_file_overrides_only_what_it_says(tmp_path: Path) -> None:
    (tmp_path / "rules.toml").write_text(
        '[pause_end]\ndays = 45\n\n[threshold.base]\nattacks = 2\nwindow = "48h"\n\n'
        '[coordinated]\nenabled = false\n\n[escalation]\nratio = 2.5\nscopes = ["region"]\n'
        '[new_claimant]\nseverity = "high"\nknown_groups = ["KH"]\n'
    )
    d = DEFAULT_RULES
    assert load_rules(tmp_path) == replace(
        d,
        pause_end=replace(d.pause_end, days=45),
        threshold=replace(d.threshold, base=Threshold(attacks=2, window_days=2)),
        coordinated=replace(d.coordinated, enabled=False),
        escalation=replace(d.escalation, ratio=2.5, scopes=("region",)),
        new_claimant=replace(d.new_claimant, severity="high", known_groups=("KH",)),
    )


def test_a_disabled_rule_fires_nothing(tmp_path: Path) -> None:
    (tmp_path / "rules.toml").write_text("[coordinated]\nenabled = false\n[threshold.region]\nenabled = false\n")
    wave = [event(f"w{i}", "2024-03-01", base) for i, base in enumerate([ASAD, ERBIL, TANF, None, None])]
    assert ([a[0] for a in run(wave)], run(wave, load_rules(tmp_path))) == (
        ["coordinated:region:24h:2024-03-01", "coordinated:region:24h:2024-03-01",
         "threshold:region:24h:2024-03-01", "coordinated:region:24h:2024-03-01"],
        [],
    )


def test_no_file_gives_the_defaults_and_the_pause_setting_wins_when_set(tmp_path: Path) -> None:
    (tmp_path / "other").mkdir()
    (tmp_path / "other" / "rules.toml").write_text("[pause_end]\ndays = 45\n")
    assert [load_rules(p, pause_days).pause_days for p, pause_days in [
        (tmp_path, None),            # no rules.toml, BASEWATCH_PAUSE_DAYS unset: the default
        (tmp_path, 20),              # BASEWATCH_PAUSE_DAYS=20
        (tmp_path / "other", None),  # the file's 45
        (tmp_path / "other", 30),    # BASEWATCH_PAUSE_DAYS=30 set explicitly wins over the file
        (None, None),
    ]] == [30, 20, 45, 30, 30]


@pytest.mark.parametrize(("text", "message"), [
    ("[pause_end]\ndays = 0\n", "rules.toml: [pause_end] days: expected a whole number of at least 1, got 0"),
    ("[pause_end]\ndays = true\n", "rules.toml: [pause_end] days: expected a whole number of at least 1, got True"),
    ("[pause_end]\ndayz = 3\n", "rules.toml: [pause_end] unknown field 'dayz' (known: days, enabled, severity)"),
    ("[casualties]\nkilled_severity = \"urgent\"\n",
     "rules.toml: [casualties] killed_severity: expected one of info, high, critical, got 'urgent'"),
    ("[threshold.base]\nwindow = \"36h\"\n",
     "rules.toml: [threshold.base] window: expected a window like \"24h\" or \"7d\" (whole days, at most 90d), got '36h'"),
    ("[threshold.region]\nwindow = \"365d\"\n",
     "rules.toml: [threshold.region] window: expected a window like \"24h\" or \"7d\" (whole days, at most 90d), got '365d'"),
    ("[coordinated]\ncount_unnamed = \"yes\"\n", "rules.toml: [coordinated] count_unnamed: expected true or false, got 'yes'"),
    ("[escalation]\nratio = 0.5\n", "rules.toml: [escalation] ratio: expected a number of at least 1 (e.g. 3 or 2.5), got 0.5"),
    ("[escalation]\nscopes = [\"country\"]\n",
     "rules.toml: [escalation] scopes: expected a list of 'region', 'base', got ['country']"),
    ("[new_claimant]\nknown_groups = \"KH\"\n", "rules.toml: [new_claimant] known_groups: expected a list of names, got 'KH'"),
    ("threshold = 3\n", "rules.toml: [threshold] expected a table of settings, got 3"),
    ("[pause]\ndays = 3\n",
     "rules.toml: unknown rule [pause] (known: pause_end, casualties, threshold, coordinated, new_claimant, escalation)"),
    ("[pause_end\n", "rules.toml: not valid TOML (Expected ']' at the end of a table declaration (at line 1, column 11))"),
])
def test_mistakes_name_the_file_rule_field_and_value(text: str, message: str) -> None:
    with pytest.raises(RulesError) as caught:
        parse_rules(text)
    assert str(caught.value) == message


def test_load_names_the_path_of_a_bad_file(tmp_path: Path) -> None:
    (tmp_path / "rules.toml").write_text("[threshold.base]\nattacks = -1\n")
    with pytest.raises(RulesError, match=rf"^{tmp_path}/rules.toml: \[threshold.base\] attacks: .* got -1$"):
        load_rules(tmp_path)
