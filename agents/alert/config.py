"""What the alert rules can be told: every threshold, window and severity, named once.

Plain frozen dataclasses, so the pure core takes them as an argument and a
test can build any variation with :func:`dataclasses.replace`. The defaults
below are the only place the shipped values are written; the commented
``streams/defaults/rules.toml`` restates them for users, and a test checks that
it says exactly this. :mod:`agents.alert.rulefile` reads a user's
``rules.toml`` on top of them.
"""

from __future__ import annotations

from dataclasses import dataclass, field

# Scopes the escalation rule can watch: the whole region and each named base.
ESCALATION_SCOPES: tuple[str, ...] = ("region", "base")
# Longest window a rule may use, in days: attacks are kept for counting about 100 days.
MAX_WINDOW_DAYS = 90


def window_label(days: int) -> str:
    """How a window is written in alert ids and messages: "24h" for one day, else "<n>d"."""
    return "24h" if days == 1 else f"{days}d"


@dataclass(frozen=True)
class PauseEndRule:
    """The first attack after a quiet period, region-wide and per base."""

    enabled: bool = True
    # An attack after at least this many days with none ends a pause.
    days: int = 30
    severity: str = "high"


@dataclass(frozen=True)
class CasualtiesRule:
    """U.S./coalition personnel killed or injured in an attack."""

    enabled: bool = True
    killed_severity: str = "critical"
    injured_severity: str = "high"


@dataclass(frozen=True)
class Threshold:
    """At least ``attacks`` attacks within ``window_days`` days of event time."""

    attacks: int
    window_days: int
    enabled: bool = True


@dataclass(frozen=True)
class ThresholdRule:
    """Many attacks on one base, or in the whole region, within a window."""

    enabled: bool = True
    severity: str = "high"
    # Attacks on one base.
    base: Threshold = Threshold(attacks=3, window_days=7)
    # Attacks anywhere in the region.
    region: Threshold = Threshold(attacks=5, window_days=1)


@dataclass(frozen=True)
class CoordinatedRule:
    """Attacks on several distinct bases within one window (a wave)."""

    enabled: bool = True
    severity: str = "high"
    # Distinct bases attacked within the window for the rule to fire.
    bases: int = 3
    window_days: int = 1
    # Whether an attack on a base the reports do not name counts as one more base.
    count_unnamed: bool = True


@dataclass(frozen=True)
class NewClaimantRule:
    """The first claim of an attack by a group the stream has not seen claim one."""

    enabled: bool = True
    severity: str = "info"
    # Groups already known to the analyst: their first claim in the stream raises nothing.
    known_groups: tuple[str, ...] = ()


@dataclass(frozen=True)
class EscalationRule:
    """The last 7 days against the weekly mean of the 90 days before them."""

    enabled: bool = True
    severity: str = "high"
    # The 7-day count must reach this many times the weekly baseline ...
    ratio: float = 3.0
    # ... and at least this many attacks.
    min_attacks: int = 4
    scopes: tuple[str, ...] = ESCALATION_SCOPES


@dataclass(frozen=True)
class RuleSettings:
    """Every rule's switch, thresholds, windows and severity."""

    pause_end: PauseEndRule = field(default_factory=PauseEndRule)
    casualties: CasualtiesRule = field(default_factory=CasualtiesRule)
    threshold: ThresholdRule = field(default_factory=ThresholdRule)
    coordinated: CoordinatedRule = field(default_factory=CoordinatedRule)
    new_claimant: NewClaimantRule = field(default_factory=NewClaimantRule)
    escalation: EscalationRule = field(default_factory=EscalationRule)

    @property
    def pause_days(self) -> int:
        """Shorthand for the pause rule's length."""
        return self.pause_end.days


# The rule settings used when none are given: what streams/defaults/rules.toml says.
DEFAULT_RULES = RuleSettings()
