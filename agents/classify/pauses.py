"""Pause cues: the sentence that says a quiet period just ended, and when it began.

"The first since a nearly three-month pause started in February", "the second
attack since February 4", "after a more than two-month hiatus", "the first
attack in months". The pause rule alerts on a resumption, so it needs the day
the quiet began, as precisely as the text gives it:

* a day ("since February 4") is that day;
* a month ("since February", "a pause that began in February") is the first of
  the most recent such month;
* a duration ("a more than two-month hiatus", "the first in months") is that
  long before publication ("months" alone counts as two).

When an article holds several cues, the most precise wins; among equally
precise ones, the longest phrase (it carries the most context).
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import lru_cache

from agents.classify.dates import _MONTH, month_day_before, month_number, month_start_before, shift_months
from agents.classify.numbers import guard_patterns, parse_number

_N = r"(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a|several|few)"
_ORD = r"(?:first|second|third|fourth|fifth|1st|2nd|3rd|4th|5th)"
_NOUNS = (
    r"(?:(?:instances?|case)\s+of\s+)?"
    r"(?:(?:(?:such|similar|known|reported|confirmed|apparent|major|significant|rocket|drone|missile|militia|claimed|publicly\s+claimed|"
    r"serious|direct)\s+)*(?:attacks?|assaults?|incidents?|operations?|strikes?)"
    # "... on the Green Zone since May"
    r"(?:\s+(?:on|against|targeting)\s+the(?:\s+[A-Z][\w-]*){1,3}(?=\s+since\b))?"
    r"(?:\s+(?:on|against|targeting)\s+(?:U\.S\.|US|American|coalition|the\s+U\.S\.|Washington['’]s)\s+"
    r"(?:-led\s+coalition\s+)?(?:forces|troops|personnel|bases?|interests|military))?"
    r"(?:\s+in\s+(?:Iraq|Syria|the\s+country|the\s+region|western\s+Iraq|eastern\s+Syria))?\s+)?"
)
_QUAL = r"(?:(?:more\s+than|nearly|almost|roughly|about|over|some|around|at\s+least|just\s+over|less\s+than)\s+)?"
_PAUSE_NOUN = r"(?:pause|hiatus|lull|halt|break|respite|truce|calm|quiet|suspension|freeze|moratorium|ceasefire|cessation)"

_SINCE_DAY_RE = re.compile(
    r"\b(?:the\s+)?" + _ORD + r"\s+" + _NOUNS + r"since\s+(?P<mon>" + _MONTH + r")\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?\b",
)
_SINCE_MONTH_RE = re.compile(
    r"\b(?:the\s+)?" + _ORD + r"\s+" + _NOUNS + r"since\s+(?:(?:early|mid|late)[\s-]+)?(?P<mon>" + _MONTH + r")"
    r"(?!\s+\d)(?:\s+(?P<year>20\d\d))?",
)
_STARTED_IN_RE = re.compile(
    r"\b(?:the\s+)?(?:" + _ORD + r"\s+" + _NOUNS + r"since\s+)?(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?" + _PAUSE_NOUN
    + r"\s+(?:that\s+)?(?:started|began|begun|starting|beginning|took\s+hold|set\s+in)\s+in\s+"
    r"(?:(?:early|mid|late)[\s-]+)?(?P<mon>" + _MONTH + r")(?:\s+(?P<year>20\d\d))?",
    re.IGNORECASE,
)
_DURATION_RE = re.compile(
    r"\b(?:after|following|ending|ended|ends|breaking|broke|breaks|end\s+of|snapping|interrupting)\s+(?:a|an|the|what\s+was\s+a)?\s*"
    + _QUAL + r"(?P<n>" + _N + r")[\s-](?P<unit>month|week|year)s?(?:[\s-]long)?\s+(?:of\s+)?(?:relative\s+)?" + _PAUSE_NOUN
    + r"|\b" + _PAUSE_NOUN + r"\s+of\s+" + _QUAL + r"(?P<n2>" + _N + r")\s+(?P<unit2>month|week|year)s?"
    r"|\b(?:after|following)\s+" + _QUAL + r"(?P<n3>" + _N + r")\s+(?P<unit3>month|week|year)s?\s+of\s+(?:relative\s+)?"
    r"(?:calm|quiet|silence|inactivity|no\s+attacks)",
    re.IGNORECASE,
)
_FIRST_IN_RE = re.compile(
    r"\b(?:the\s+)?" + _ORD + r"\s+" + _NOUNS + r"in\s+" + _QUAL + r"(?:(?P<n>" + _N + r")\s+)?(?P<unit>months|weeks|a\s+year|year)\b",
    re.IGNORECASE,
)
# "the first operation the group has claimed since the Gaza truce took effect on November 24",
# "the first attacks on facilities hosting U.S. service members since Feb. 4",
# "the first attack on the base since an attack on December 27"
_SINCE_EVENT_DAY_RE = re.compile(
    r"\b(?:the\s+)?" + _ORD + r"\s+(?:[\w.'’-]+\s+){0,10}?since\s+(?:(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:" + _PAUSE_NOUN + r"|ceasefire|cease-fire|deal|agreement)\s+(?:first\s+)?(?:took|went|came|began|started|was\s+agreed)"
    r"(?:\s+(?:effect|into\s+effect|into\s+force|hold))?\s+(?:on\s+)?"
    r"|(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:attack|strike)\s+on\s+)?(?P<mon>" + _MONTH + r")\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?\b",
)
# "the third on U.S. military and diplomatic infrastructure since an October truce"
_SINCE_MONTH_PAUSE_RE = re.compile(
    r"\b(?:the\s+)?" + _ORD + r"\s+(?:[\w.'’-]+\s+){0,8}?since\s+(?:an?|the)\s+(?:(?:early|mid|late)[\s-]+)?"
    r"(?P<mon>" + _MONTH + r")(?:\s+(?P<year>20\d\d))?\s+(?:[\w-]+\s+)?" + _PAUSE_NOUN + r"\b"
    # "the third attack ... since armed factions declared a truce in October"
    r"|\b(?:the\s+)?" + _ORD + r"\s+(?:[\w.'’-]+\s+){0,8}?since\s+(?:[\w-]+\s+){0,4}?"
    r"(?:declared|announced|agreed(?:\s+to)?|began|started|called)\s+(?:an?|the|their|its)\s+(?:[\w-]+\s+)?"
    + _PAUSE_NOUN + r"\s+in\s+(?:(?:early|mid|late)[\s-]+)?(?P<mon2>" + _MONTH + r")(?:\s+(?P<year2>20\d\d))?",
)
# "the first against US forces in Iraq since early February", "the first time the Green Village was hit by
# rocket fire since January", "the first attacks on U.S. bases ... claimed by the Islamic Resistance in Iraq since
# the beginning of February": the ordinal and the month with a clause between.
_ORDINAL_SINCE_MONTH_RE = re.compile(
    # (words, or initials such as "U.S.", but no sentence's end between)
    r"\b(?:the\s+)?" + _ORD + r"\s+(?:(?:[\w'’-]+|(?:[A-Za-z]\.){2,})\s+){0,16}?since\s+"
    r"(?:(?:early|mid|late)[\s-]+|the\s+(?:beginning|start)\s+of\s+)?"
    r"(?P<mon>" + _MONTH
    + r")(?![\s.]*\d{1,2}\b)(?:,?\s+(?P<year>20\d\d))?",
)
# What the loose ordinal cue counts is not an attack: "the first use of lethal military force in Iraq since
# March 2020" (a U.S. strike), "the first visit since January".
_NOT_AN_ATTACK_RE = re.compile(
    r"\b(?:use\s+of|(?:U\.S\.|US|American)\s+(?:air)?strikes?|airstrikes?|visit|trip|meeting|talks|elections?)\b",
    re.IGNORECASE,
)
# "... the previous week as well, but that attack was the first one against US forces since early February":
# the cue belongs to another, earlier attack.
_ANOTHER_ATTACK_BEFORE_RE = re.compile(
    r"\b(?:that|the\s+earlier|the\s+previous|last\s+week['’]s)\s+(?:attack|one|strike|incident)\s+(?:was|had\s+been)\s+$"
)
_MONTHS_LONG_RE = re.compile(
    r"\b(?:after|following|ending|ended|breaking|broke)\s+(?:a|an|the)\s+(?P<unit>months?|weeks?)[\s-]long\s+" + _PAUSE_NOUN,
    re.IGNORECASE,
)

_PRECISION = {"day": 3, "month": 2, "duration": 1}


def find_pause(text: str, published: date | None) -> tuple[date | None, str | None]:
    """The day a just-ended pause began and the phrase saying so, or (None, None)."""
    if published is None:
        return None, None
    best: tuple[int, int, int] | None = None
    result: tuple[date | None, str | None] = (None, None)
    for since, phrase, precision, start in _cues(text, published):
        if since is None or since > published:
            continue
        key = (_PRECISION[precision], len(phrase), -start)
        if best is None or key > best:
            best, result = key, (since, phrase)
    return result


@lru_cache(maxsize=4096)
def _matches(text: str) -> tuple[tuple[re.Match[str], ...], ...]:
    """Every match of each cue pattern, found once per text (the publication date varies, the text recurs)."""
    return tuple(tuple(p.finditer(text)) for p in (_SINCE_DAY_RE, _SINCE_EVENT_DAY_RE, _STARTED_IN_RE, _SINCE_MONTH_RE,
                                                  _DURATION_RE, _FIRST_IN_RE, _MONTHS_LONG_RE, _SINCE_MONTH_PAUSE_RE,
                                                  _ORDINAL_SINCE_MONTH_RE))


def _cues(text: str, published: date):
    (since_day, since_event_day, started_in, since_month, duration, first_in, months_long, since_month_pause,
     ordinal_since_month) = _matches(text)
    for m in since_day:
        yield month_day_before(published, month_number(m.group("mon")), int(m.group("day"))), m.group(0), "day", m.start()
    for m in since_event_day:
        yield month_day_before(published, month_number(m.group("mon")), int(m.group("day"))), m.group(0), "day", m.start()
    for m in started_in:
        if _month_ok(m.group("mon")):
            yield _month(published, m), m.group(0), "month", m.start()
    for m in since_month:
        yield _month(published, m), m.group(0), "month", m.start()
    for m in ordinal_since_month:
        if _NOT_AN_ATTACK_RE.search(m.group(0)) is None \
                and _ANOTHER_ATTACK_BEFORE_RE.search(text, max(0, m.start() - 60), m.start()) is None:
            yield _month(published, m), m.group(0), "month", m.start()
    for m in since_month_pause:
        month, year = (m.group("mon"), m.group("year")) if m.group("mon") else (m.group("mon2"), m.group("year2"))
        yield month_start_before(published, month_number(month), int(year) if year else None), m.group(0), "month", \
            m.start()
    for m in duration:
        n = m.group("n") or m.group("n2") or m.group("n3")
        unit = m.group("unit") or m.group("unit2") or m.group("unit3")
        yield _back(published, n, unit), m.group(0), "duration", m.start()
    for m in first_in:
        yield _back(published, m.group("n") or "2", m.group("unit")), m.group(0), "duration", m.start()
    for m in months_long:
        yield _back(published, "2", m.group("unit")), m.group(0), "duration", m.start()


def _month_ok(name: str) -> bool:
    """Case-insensitive matching would take "may" or "march" for months; require a capital."""
    return name[:1].isupper()


def _month(published: date, m: re.Match) -> date:
    year = int(m.group("year")) if m.group("year") else None
    return month_start_before(published, month_number(m.group("mon")), year)


def _back(published: date, n: str, unit: str) -> date:
    count = parse_number(n) if n not in ("several", "few") else 2
    count = count or 1
    unit = unit.lower()
    if "year" in unit:
        return shift_months(published, 12 * (1 if unit.startswith("a ") else count))
    if "week" in unit:
        return published - timedelta(weeks=count)
    return shift_months(published, count)


# Speed: the cue patterns sit behind the literal pre-checks (same answers, see numbers.py).
guard_patterns(globals(), "_DURATION_RE", "_STARTED_IN_RE")
