"""Resolving the dates reporters write ("Monday", "yesterday", "Oct. 17") to calendar days.

News copy almost never gives the full date of an attack: it says "Monday" or
"early Tuesday" and relies on the dateline. Every relative expression is
therefore resolved against the article's publication date:

* a weekday is the most recent such day on or before publication ("last
  Monday" is strictly before it, so on a Monday it means a week earlier);
* "yesterday", "last night" are the day before; "today", "overnight" the day itself;
* "over the weekend" is the Sunday before (or the Saturday when published on a
  Sunday, so the day-either-side tolerance covers the whole weekend); "last
  weekend" written on a weekend is the Sunday of the weekend before;
* "Oct. 17" without a year is the most recent Oct. 17 not after publication.

Expressions that name no single day ("last week", "in late January", "since
mid-October", "Oct. 17-30", "in 2020") are returned as *vague*: the extractor
treats an attack dated only that way as background, not as news.
"Later that day" and "the next day" are *contextual*: they only make sense next
to the event they follow, so they carry an offset for the caller to apply.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from functools import lru_cache

from dateutil.relativedelta import relativedelta

from agents.classify.numbers import guard_patterns

MONTHS: dict[str, int] = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}
WEEKDAYS: dict[str, int] = {"mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6}

# Month names are matched case-sensitively: "may" and "march" are also ordinary words.
_MONTH = (
    r"(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?\.?|July?\.?|Aug(?:ust|\.)?"
    r"|Sep(?:t(?:ember)?)?\.?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)(?![A-Za-z])"
)
_WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"

_ISO_RE = re.compile(r"\b(20\d\d)-(\d\d)-(\d\d)\b")
_MONTH_DAY_RE = re.compile(
    r"\b(?P<mon>" + _MONTH + r")(?:\s+|(?<=\.))(?P<day>\d{1,2})(?:st|nd|rd|th)?\b"
    r"(?P<range>\s*(?:-|–|—|to|and|through)\s*(?:" + _MONTH + r"\s+)?\d{1,2}(?:st|nd|rd|th)?\b)?"
    # ("September 11,2021": a page that dropped the space)
    r"(?:(?:,\s*|\s+)(?P<year>(?:19|20)\d\d))?"
)
# Day numbers written as ordinal words: "on the eighth of last December".
_ORDINAL_DAYS: dict[str, int] = {
    word: number for number, word in enumerate(
        "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth "
        "fifteenth sixteenth seventeenth eighteenth nineteenth twentieth".split(), start=1)
}
_ORDINAL_DAYS |= {f"twenty-{word}": 20 + number for word, number in list(_ORDINAL_DAYS.items())[:9]}
_ORDINAL_DAYS |= {"thirtieth": 30, "thirty-first": 31}
_DAY_MONTH_RE = re.compile(
    r"\b(?:(?P<day>\d{1,2})(?:st|nd|rd|th)?(?:\s+of)?|(?i:the\s+(?P<word>" + "|".join(sorted(_ORDINAL_DAYS, key=len, reverse=True))
    + r")\s+of(?:\s+last|\s+this)?))\s+(?P<mon>" + _MONTH + r")(?:,?\s+(?P<year>(?:19|20)\d\d))?"
)
# A day of the month alone, closing a phrase: "late on the night of the 10th, two rockets struck ...".
_DAY_OF_MONTH_RE = re.compile(
    r"\b(?:on|of)\s+the\s+(?P<day>[1-9]|[12]\d|3[01])(?:st|nd|rd|th)\b(?=\s*(?:[,;:)]|\.(?:\s|$)|$))", re.IGNORECASE
)
_WEEKDAY_RE = re.compile(
    # ("on Tuesday last week", "last week on Saturday": that day of the week before the story's)
    r"\b(?:(?P<last>[Ll]ast|[Pp]ast|[Pp]revious)\s+|(?P<weekfirst>[Ll]ast\s+week,?\s+(?:on\s+)?))?(?P<wd>" + _WEEKDAY
    + r")(?:['’]s)?\b(?P<weeklast>,?\s+(?:of\s+)?last\s+week\b)?"
)
_RELATIVE_RE = re.compile(
    r"\b(?:(?P<dby>the\s+day\s+before\s+yesterday)|(?P<yesterday>yesterday)|(?P<lastnight>last\s+night)"
    r"|(?P<today>today|tonight|this\s+(?:morning|afternoon|evening)|overnight)"
    r"|(?P<ago>(?:\d|two|three|four|five|six)\s+days\s+ago)"
    r"|(?P<weekend>(?:over|during|on|at|this|last|the\s+past|the\s+previous|the)\s+weekend))\b",
    re.IGNORECASE,
)
# After an opening "Earlier,": a source telling ("Earlier, Iraqi media reported that ..."), which makes the time the
# telling's, not an attack's.
_SOURCE_TELLS = r"[^.;]{0,60}\b(?:told|said|reported|announced|stated|claimed)\b"
_CONTEXT_RE = re.compile(
    r"\b(?:(?P<same>(?:later|earlier)\s+(?:that|the\s+same)\s+(?:day|night|evening|morning)|that\s+(?:same\s+)?(?:day|night|evening)"
    r"|the\s+same\s+day|hours\s+(?:later|earlier)|(?:later|earlier)\s+in\s+the\s+day"
    # a sentence opening "Earlier, ..." tells an attack of the same news day, before the one told ("Earlier, Iraqi
    # media reported that ...": an earlier report, of an attack on no day it gives)
    r"|^Earlier(?=,(?!" + _SOURCE_TELLS + r")))"
    r"|(?P<next>the\s+(?:next|following)\s+(?:day|morning|night)|a\s+day\s+later|the\s+day\s+after)"
    # ("the day before yesterday" is a day of its own, two before publication)
    r"|(?P<prev>the\s+(?:day|night)\s+before(?!\s+yesterday)|a\s+day\s+earlier|the\s+previous\s+(?:day|night)))\b",
    re.IGNORECASE,
)
# Not right after a count: "two days earlier" is a day the caller counts back, "days earlier" none.
_NOT_COUNTED = "".join(rf"(?<!(?i:{word})\s)" for word in ("a", "one", "two", "three", "four", "five", "six", "seven", "eight",
                                                            "nine", "ten")) + r"(?<!\d\s)"
# Only the month names are case-sensitive: "Last month", "In recent weeks" open sentences.
_VAGUE_RE = re.compile(
    r"\b(?:(?i:(?:last|this|past|previous|next)\s+(?:week|month|year)|earlier\s+(?:this|in\s+the)\s+(?:week|month|year)"
    r"|(?:a|one|two|three|several|few)\s+(?:weeks?|months?|years?)\s+ago|(?:in\s+)?recent\s+(?:weeks|months|days)"
    # ("over the past months, rocket and mortar attacks have targeted bases")
    r"|(?:over|in|during)\s+the\s+(?:past|last)\s+(?:few\s+|several\s+|many\s+)?(?:weeks|months|years))"
    r"|(?i:in\s+|since\s+|by\s+|until\s+|from\s+|at\s+(?=the\s+(?:end|start|beginning)\s+of))"
    r"(?i:(?:early|mid|late|the\s+end\s+of|the\s+start\s+of|the\s+beginning\s+of)[\s-]+)?"
    + _MONTH + r"(?:\s+(?:19|20)\d\d)?(?!\s+\d)"
    r"|(?i:early|mid|late)[\s-]+" + _MONTH + r"(?!\s+\d)"
    r"|(?:[Ll]ast|[Tt]his|[Pp]ast|[Pp]revious)\s+" + _MONTH + r"(?!\s+\d)"
    r"|(?i:in|since|during|by)\s+(?:19|20)\d\d"
    r"|" + _MONTH + r"\s+(?:19|20)\d\d)(?!\w)"
    # ("Earlier, Iraqi media reported that ...": see _CONTEXT_RE)
    r"|^Earlier(?=," + _SOURCE_TELLS + r")"
    # "Days earlier, a rocket attack on Al-Asad wounded four": some days before, none named
    r"|(?<![\w-])" + _NOT_COUNTED + r"(?i:(?:some\s+|several\s+|a\s+few\s+)?days\s+(?:earlier|before|prior)(?![\w-])|(?:a\s+few|several)\s+days\s+ago)"
    # "Recently, drone attacks have targeted ...", "militias have lately attacked ...": some time, no day
    r"|^(?:More\s+)?(?:Recently|Lately)(?=,)|\b(?i:(?:have|has|had)\s+(?:also\s+)?(?:recently|lately))\b"
)
# Days named by a holiday: "on Christmas Day", "on New Year's Eve" (fixed dates), "on Thanksgiving" (the fourth
# Thursday of November; not "over the Thanksgiving weekend").
_HOLIDAY_RE = re.compile(
    r"\b(?:(?P<name>Christmas|New\s+Year['’]?s)\s+(?P<part>Day|Eve)"
    r"|(?P<thanksgiving>Thanksgiving)(?:\s+Day)?(?!\s+(?:weekend|week|holidays?|season|break)))\b",
    re.IGNORECASE)
_HOLIDAYS = {("christmas", "day"): (12, 25), ("christmas", "eve"): (12, 24),
             ("new", "day"): (1, 1), ("new", "eve"): (12, 31)}
_PERIOD_OPENS_BEFORE_RE = re.compile(
    r"\bsince\s+(?:early\s+|late\s+)?$"
    # "since the breakout of the Israel-Hamas war on October 7": where a period began, named by what began it
    r"|\bsince\s+(?:the\s+)?(?:start|beginning|outbreak|breakout|onset|eruption)\s+of\s+[^.;]{1,40}?\s+(?:on|in)\s+$",
    re.IGNORECASE)
_REPORTING_BEFORE_RE = re.compile(
    r"\b(?:said|says|told(?:\s+\S+){0,3}?|reported|confirmed|announced|stated|added|acknowledged|disclosed"
    r"|statement|briefing|announcement|(?:press|news)\s+conference|tweeted|posted|wrote|speaking|spoke|vowed|pledged|warned|promised|insisted"
    # "according to local sources on Sunday", "US officials on Sunday said"
    r"|sources|officials|reports"
    # "A coalition statement released later in the early hours of Thursday read, ..."
    r"|(?:released|issued|published|put\s+out)(?:\s+later)?(?:\s+in\s+the\s+(?:early|small)\s+hours\s+of)?)\s+(?:on\s+|late\s+|early\s+)?$",
    re.IGNORECASE,
)
_REPORTING_AFTER_RE = re.compile(
    # ("on Wednesday (January 31, 2024) said": the date in brackets and the day before it)
    # ("The Pentagon on Monday identified the three Army soldiers who were killed ... on Sunday")
    r"^(?:\s*\([^()]{1,30}\)|\))?\s*(?:,\s*)?(?:said|announced|confirmed|reported|told|stated|added|identified|named)\b",
    re.IGNORECASE
)
# "Earlier yesterday, the Syrian Observatory for Human Rights said, ...": a day opening the sentence, the day a
# named source spoke (not "... on Friday, the Pentagon said", where the day is the attack's).
_OPENING_BEFORE_RE = re.compile(r"^\s*(?:(?:Earlier|Later|Early|Late)\s+)?(?:on\s+)?$", re.IGNORECASE)
_SOURCE_SAID_AFTER_RE = re.compile(
    r"\s*,\s*(?:the\s+)?(?:(?-i:[A-Z])[\w.'’-]*\s+(?:(?:for|of|on)\s+)?){1,7}(?:said|reported|announced|stated)\s*,",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class DateMention:
    """One date expression in a text.

    ``kind`` is ``"day"`` (``day`` holds the resolved day, or None without an anchor),
    ``"vague"`` (no single day: background), ``"context"`` (``offset`` days from
    the event it follows), or ``"since"`` (a day that opens a period: "since Feb. 4",
    which dates no single attack). ``reporting`` marks a date attached to a reporting verb
    ("said Monday"): it dates the statement, and only weakly the attack.
    """

    start: int
    end: int
    text: str
    kind: str
    day: date | None = None
    offset: int = 0
    reporting: bool = False
    # A night told over two days ("between October 17 and 18", "on December 16 and 17"): ``day`` is the later,
    # and the day before it is named too.
    eve: bool = False


def parse_published(value: str | None) -> date | None:
    """The publication day from an ISO date or datetime string; None when absent or unreadable."""
    if not value:
        return None
    text = value.strip()
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        pass
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00")).date()
    except ValueError:
        return None


# The place a wire story was filed from, opening it: "BAGHDAD, ", "TEHRAN, ".
DATELINE_PLACE = r"[A-Z][A-Z .'’-]{2,30},\s"
# A wire dateline opening the story: "BAGHDAD, April 14 (Xinhua) --", "ERBIL, Iraq, Jan. 5 (Reuters) -".
_DATELINE_DAY_RE = re.compile(
    # ("(MENAFN- Nam News Network) DAMASCUS, Oct 20 (NNN-SANA) –": an aggregator's tag may come first)
    r"^\s*(?:\([^()]{1,60}\)\s*)?" + DATELINE_PLACE + r"\s*(?:[A-Z][a-z]+,\s+)?(?P<month>" + _MONTH + r")\.?\s+(?P<day>\d{1,2})"
    r"(?:,?\s+(?P<year>\d{4}))?\s*(?:\(|[-–—]|/)"
)
# How far a dateline may lie before publication and still be the day the story was written.
MAX_DATELINE_LAG_DAYS = 3


def dateline_day(text: str, published: date | None) -> date | None:
    """The day a wire story's dateline gives, when it falls within a few days before publication.

    Relative words in the story ("tonight", "on Wednesday") are the writer's: a copy republished
    the next morning still means the dateline's night, not the publication's."""
    m = _DATELINE_DAY_RE.match(text)
    if m is None or published is None:
        return None
    year = int(m.group("year")) if m.group("year") else None
    day = month_day_before(published, month_number(m.group("month")), int(m.group("day")), year)
    if day is None or not timedelta(0) <= published - day <= timedelta(days=MAX_DATELINE_LAG_DAYS):
        return None
    return day


def month_number(name: str) -> int:
    """1-12 for a month name or abbreviation ("Sept.", "October")."""
    return MONTHS[name.strip(". ").lower()[:3]]


def weekday_on_or_before(anchor: date, weekday: int, strictly_before: bool = False) -> date:
    """The most recent ``weekday`` (0 = Monday) on or before ``anchor``."""
    back = (anchor.weekday() - weekday) % 7
    if back == 0 and strictly_before:
        back = 7
    return anchor - timedelta(days=back)


def weekend_before(anchor: date) -> date:
    """The day "over the weekend" most likely means, seen from ``anchor``."""
    if anchor.weekday() == 5:
        return anchor
    if anchor.weekday() == 6:
        return anchor - timedelta(days=1)
    return weekday_on_or_before(anchor, 6)


def latest_full_date(text: str) -> date | None:
    """The latest day ``text`` writes out with its year ("September 12, 2021", "2021-09-12"): for an undated page,
    the year its month-days without one are of."""
    days = []
    for pattern in (_MONTH_DAY_RE, _DAY_MONTH_RE):
        for m in pattern.finditer(text):
            if m.group("year") and m.group("day"):
                day = month_day_before(None, month_number(m.group("mon")), int(m.group("day")), int(m.group("year")))
                if day is not None:
                    days.append(day)
    for m in _ISO_RE.finditer(text):
        try:
            days.append(date(int(m.group(1)), int(m.group(2)), int(m.group(3))))
        except ValueError:
            continue
    return max(days, default=None)


def month_day_before(anchor: date | None, month: int, day: int, year: int | None = None) -> date | None:
    """A month-day resolved to the most recent such day not after ``anchor`` (one day's grace
    for time zones); with an explicit year, that day. None if impossible or unanchored."""
    try:
        if year is not None:
            return date(year, month, day)
        if anchor is None:
            return None
        candidate = date(anchor.year, month, day)
        if candidate > anchor + timedelta(days=1):
            candidate = date(anchor.year - 1, month, day)
        return candidate
    except ValueError:
        return None


def _day_of_month_before(anchor: date | None, day: int) -> date | None:
    """The most recent such day of a month not after ``anchor`` (one day's grace), within two months."""
    if anchor is None:
        return None
    for back in range(3):
        month_start = shift_months(anchor.replace(day=1), back)
        try:
            candidate = month_start.replace(day=day)
        except ValueError:
            continue
        if candidate <= anchor + timedelta(days=1):
            return candidate
    return None


def _thanksgiving_before(anchor: date | None) -> date | None:
    """The last Thanksgiving (the fourth Thursday of November) on or before ``anchor``."""
    if anchor is None:
        return None
    for year in (anchor.year, anchor.year - 1):
        first = date(year, 11, 1)
        day = first + timedelta(days=(3 - first.weekday()) % 7 + 21)
        if day <= anchor:
            return day
    return None


def month_start_before(anchor: date, month: int, year: int | None = None) -> date:
    """First day of the most recent ``month`` on or before ``anchor`` (or of ``year`` when given)."""
    if year is not None:
        return date(year, month, 1)
    candidate = date(anchor.year, month, 1)
    if candidate > anchor:
        candidate = date(anchor.year - 1, month, 1)
    return candidate


def _is_reporting(text: str, start: int, end: int) -> bool:
    before = text[max(0, start - 40):start]
    if not before.strip() and _STAMP_AFTER_RE.match(text, end) and _YEAR_RE.search(text, start, end):
        return True  # "15 Apr 2021; MEMO: ... yesterday": the day the story was filed, opening it
    if _OPENING_BEFORE_RE.match(before) and _SOURCE_SAID_AFTER_RE.match(text, end):
        return True
    if _TWEET_SIGNATURE_BEFORE_RE.search(before):
        return True  # "... pic.twitter.com/x — Inherent Resolve (@CJTFOIR) August 16, 2022": the day of the post
    if _WIRE_AFTER_RE.match(text, end):
        return True  # "DAMASCUS, Oct 20 (NNN-SANA) – Explosions were heard ... last night": a wire dateline
    if _AGENCY_STAMP_BEFORE_RE.search(before) and _CLOSING_BRACKET_RE.match(text, end):
        return True  # "MOSCOW (UrduPoint News / Sputnik - 12th September, 2021) The coalition said ...": the filing stamp
    return bool(_REPORTING_BEFORE_RE.search(before) or _REPORTING_AFTER_RE.match(text[end:end + 52]))


# An embedded post's signature before its day: "— Inherent Resolve (@CJTFOIR) ".
_TWEET_SIGNATURE_BEFORE_RE = re.compile(r"\(@\w{1,30}\)\s*$")
# An agency's stamp in brackets around the filing day: "(UrduPoint News / Sputnik - 12th September, 2021)".
_AGENCY_STAMP_BEFORE_RE = re.compile(r"\((?-i:[A-Z])[^()]{1,60}?\s[-–—]\s*$")
_CLOSING_BRACKET_RE = re.compile(r"\s*\)")
# What follows a date that stamps a story rather than an event: "15 Apr 2021; MEMO:", "Jan 5, 2022 --".
_STAMP_AFTER_RE = re.compile(r"\s*(?:;|--|—|:\s)")
_YEAR_RE = re.compile(r"\b(?:19|20)\d\d\b")
# What follows the day of a wire dateline: "Oct 20 (NNN-SANA) –", "April 14 (Xinhua) --", "September 7, (ANI/Xinhua):".
# ("Baghdad, April 15 (IANS) A booby-trapped drone ...": an agency in capitals needs no dash after it)
_WIRE_AFTER_RE = re.compile(r"(?:,?\s+(?:19|20)\d\d)?,?\s*(?:\((?-i:[A-Z])[^()]{1,30}\)\s*(?:--|[-–—:])"
                            r"|\((?-i:[A-Z]{2,}[A-Z/ -]{0,20})\)\s+(?=(?-i:[A-Z])))")


def _overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(start < e and s < end for s, e in spans)


def find_dates(text: str, published: date | None) -> list[DateMention]:
    """Every date expression in ``text``, resolved against ``published``, in order of appearance."""
    return list(_find_dates(text, published))


@lru_cache(maxsize=8192)
def _matches(text: str) -> tuple[tuple[re.Match[str], ...], ...]:
    """Every match of each date pattern, found once per text (the same sentence recurs with other
    publication dates, which only change how the matches resolve)."""
    return tuple(tuple(p.finditer(text)) for p in (_ISO_RE, _MONTH_DAY_RE, _DAY_MONTH_RE, _HOLIDAY_RE, _VAGUE_RE,
                                                  _CONTEXT_RE, _RELATIVE_RE, _WEEKDAY_RE, _DAY_OF_MONTH_RE))


@lru_cache(maxsize=8192)
def _find_dates(text: str, published: date | None) -> tuple[DateMention, ...]:
    found: list[DateMention] = []
    spans: list[tuple[int, int]] = []

    def add(match: re.Match, kind: str, day: date | None = None, offset: int = 0, eve: bool = False) -> None:
        start, end = match.span()
        if _overlaps(spans, start, end):
            return
        spans.append((start, end))
        if kind == "day" and _PERIOD_OPENS_BEFORE_RE.search(text, max(0, start - 64), start):
            kind = "since"  # "the first time since Feb. 4": where a period began, not a day anything happened
        reporting = kind == "day" and _is_reporting(text, start, end)
        found.append(DateMention(start, end, match.group(0), kind, day, offset, reporting, eve))

    iso, month_day, day_month, holiday, vague, context, relative, weekday, day_of_month = _matches(text)
    for m in iso:
        try:
            add(m, "day", date(int(m.group(1)), int(m.group(2)), int(m.group(3))))
        except ValueError:
            continue
    for m in month_day:
        if m.group("range"):
            last = int(re.search(r"(\d{1,2})(?:st|nd|rd|th)?$", m.group("range")).group(1))
            if last != int(m.group("day")) + 1 or re.search(_MONTH, m.group("range")):
                add(m, "vague")
                continue
            # "Between October 17 and 18": a night that spans two days, one attack's; it is dated by the later
            # (the small hours in which such attacks fall)
            year = int(m.group("year")) if m.group("year") else None
            add(m, "day", month_day_before(published, month_number(m.group("mon")), last, year), eve=True)
            continue
        year = int(m.group("year")) if m.group("year") else None
        add(m, "day", month_day_before(published, month_number(m.group("mon")), int(m.group("day")), year))
    for m in day_month:
        year = int(m.group("year")) if m.group("year") else None
        day_number = int(m.group("day")) if m.group("day") else _ORDINAL_DAYS[m.group("word").lower()]
        add(m, "day", month_day_before(published, month_number(m.group("mon")), day_number, year))
    for m in day_of_month:
        add(m, "day", _day_of_month_before(published, int(m.group("day"))))
    for m in holiday:
        if m.group("thanksgiving"):
            add(m, "day", _thanksgiving_before(published))
            continue
        month, day = _HOLIDAYS[(m.group("name").split()[0].lower(), m.group("part").lower())]
        add(m, "day", month_day_before(published, month, day, None))
    for m in weekday:
        if m.group("weekfirst") or m.group("weeklast"):
            # (read before "last week" alone, which it holds)
            day = None
            if published is not None:
                monday = published - timedelta(days=published.weekday() + 7)
                day = monday + timedelta(days=WEEKDAYS[m.group("wd")[:3].lower()])
            add(m, "day", day)
    for m in vague:
        add(m, "vague")
    for m in context:
        offset = 1 if m.group("next") else -1 if m.group("prev") else 0
        add(m, "context", offset=offset)
    relatives: dict[int, re.Match[str]] = {}
    for m in relative:
        add(m, "day", _relative_day(m, published))
        relatives[m.start()] = m
    for m in weekday:
        if m.group("weekfirst") or m.group("weeklast"):
            continue  # (read above)
        day = None
        if published is not None:
            day = weekday_on_or_before(published, WEEKDAYS[m.group("wd")[:3].lower()], bool(m.group("last")))
        add(m, "day", day)
    found.sort(key=lambda d: d.start)
    if weekday and (month_day or day_month):
        found = _weekdays_with_dates(text, found, {m.start() for m in weekday}, {m.start() for m in (*month_day, *day_month)})
    spoken = [d.day for d in found if d.reporting and d.day is not None and d.start not in relatives]
    if spoken and relatives:
        # '"Two rockets targeted the base today," CENTCOM said in a statement late Friday', read on Sunday: the
        # statement's today. A relative day after the day its source spoke is counted from that day instead.
        found = [replace(d, day=_relative_day(relatives[d.start], spoken[0]))
                 if d.start in relatives and d.kind == "day" and d.day is not None and not d.reporting and d.day > spoken[0]
                 else d for d in found]
    return tuple(found)


# Between a weekday and the date that says which one it was: "Monday, February 15", "Monday night (Feb. 15)".
_WEEKDAY_DATE_GAP_RE = re.compile(r"(?:\s+(?:night|morning|evening|afternoon))?\s*(?:,|\()\s*")


def _weekdays_with_dates(text: str, found: list[DateMention], weekdays: set[int], dates: set[int]) -> list[DateMention]:
    """A weekday followed by its date is one mention of that date, told (or not) as the weekday was: the date
    says which Monday, as a story written a week or more later needs."""
    merged: list[DateMention] = []
    for mention in found:
        before = merged[-1] if merged else None
        if before is not None and mention.start in dates and before.start in weekdays and before.kind == "day" \
                and _WEEKDAY_DATE_GAP_RE.fullmatch(text, before.end, mention.start) is not None:
            merged[-1] = replace(mention, start=before.start, text=text[before.start:mention.end], reporting=before.reporting)
            continue
        merged.append(mention)
    return merged


def _relative_day(match: re.Match, published: date | None) -> date | None:
    if published is None:
        return None
    if match.group("dby"):
        return published - timedelta(days=2)
    if match.group("yesterday") or match.group("lastnight"):
        return published - timedelta(days=1)
    if match.group("today"):
        return published
    if match.group("ago"):
        from agents.classify.numbers import parse_number

        return published - timedelta(days=parse_number(match.group("ago").split()[0]) or 0)
    if published.weekday() >= 5 and match.group("weekend").lower().startswith(("last", "the past", "the previous")):
        # "last weekend", written on a Saturday or Sunday: the one before this weekend
        return weekday_on_or_before(published - timedelta(days=1), 6)
    return weekend_before(published)


def shift_months(anchor: date, months: int) -> date:
    """``anchor`` moved back by ``months`` calendar months (day clipped to the month's end)."""
    return anchor - relativedelta(months=months)


# Speed: the date patterns sit behind a literal pre-check (same answers, see numbers.py).
guard_patterns(
    globals(), "_ISO_RE", "_WEEKDAY_RE", "_RELATIVE_RE", "_CONTEXT_RE", "_VAGUE_RE", "_REPORTING_BEFORE_RE",
    "_MONTH_DAY_RE", "_DAY_MONTH_RE", "_DAY_OF_MONTH_RE",
)
