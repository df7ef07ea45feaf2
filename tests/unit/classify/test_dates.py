"""Date expressions resolved against the publication day (2024-04-23 is a Tuesday)."""

from __future__ import annotations

from datetime import date

import pytest

from agents.classify.dates import dateline_day, find_dates, parse_published

TUESDAY = date(2024, 4, 23)

CASES = [
    ("rockets were fired on Monday", [("day", "2024-04-22", False)]),
    ("in the early hours of Tuesday", [("day", "2024-04-23", False)]),
    ("late Sunday night", [("day", "2024-04-21", False)]),
    ("last Tuesday the base was hit", [("day", "2024-04-16", False)]),
    ("yesterday a drone struck", [("day", "2024-04-22", False)]),
    ("over the weekend rockets landed", [("day", "2024-04-21", False)]),
    ("on Oct. 17 a drone was downed", [("day", "2023-10-17", False)]),
    ("on January 4 the group struck", [("day", "2024-01-04", False)]),
    ("on 4 March 2024 at dawn", [("day", "2024-03-04", False)]),
    ("the official said Monday", [("day", "2024-04-22", True)]),
    ("a base came under attack, according to local sources on Monday", [("day", "2024-04-22", True)]),
    # a weekday and the date that says which one: one mention of that date
    ("the U.S. on Monday (April 22, 2024) said", [("day", "2024-04-22", True)]),
    ("rockets hit on Monday (April 22, 2024), officials said", [("day", "2024-04-22", False)]),
    ("rockets hit on Monday night (April 15), officials said", [("day", "2024-04-15", False)]),
    ("rockets hit the base on Monday, April 15, officials said", [("day", "2024-04-15", False)]),
    ("the ministry said on Monday (April 22) that a soldier died", [("day", "2024-04-22", True)]),
    ("from Oct. 17-30 there were attacks", [("vague", None, False)]),
    # a night across two days is one attack's, dated by the later day
    ("between April 8 and 9 drones attacked the base", [("day", "2024-04-09", False)]),
    ("from April 8 to 11 drones attacked the base", [("vague", None, False)]),
    ("since mid-October", [("vague", None, False)]),
    ("in late January", [("vague", None, False)]),
    # a sentence opening "Earlier," tells an attack of the same news day; "Earlier, media reported" an older report
    ("Earlier, rockets targeted a base near the airport", [("context", None, False)]),
    ("Earlier, Iraqi media reported that drones had targeted a base", [("vague", None, False)]),
    ("carried out at the end of January against the base", [("vague", None, False)]),
    ("at the beginning of December", [("vague", None, False)]),
    ("last month", [("vague", None, False)]),
    ("later that day", [("context", None, False)]),
    ("the May meeting may be delayed", []),
    # a day number written as an ordinal word
    ("a missile hit the embassy on the eighth of last December", [("day", "2023-12-08", False)]),
    ("on the twenty-first of March drones attacked", [("day", "2024-03-21", False)]),
    ("the first December attack", []),
    # a day of the month alone, closing a phrase
    ("late on the night of the 20th, two rockets struck", [("day", "2024-04-20", False)]),
    ("on the 30th.", [("day", "2024-03-30", False)]),
    ("the 10th Mountain Division", []),
    ("on the 3rd floor", []),
    ("a drone struck on Christmas Day", [("day", "2023-12-25", False)]),
    ("rockets fell on New Year's Eve", [("day", "2023-12-31", False)]),
    ("the first attack since Feb. 4", [("since", "2024-02-04", False)]),
    # a full date stamping the story's opening is the day it was filed
    ("23 Apr 2024; MEMO: a drone struck Erbil yesterday", [("day", "2024-04-23", True), ("day", "2024-04-22", False)]),
    ("Monday: two rockets hit the base", [("day", "2024-04-22", False)]),
    # a day opening the sentence before "<source> said," is when the source spoke
    ("Earlier yesterday, the Syrian Observatory said, drones hit a base late on Sunday",
     [("day", "2024-04-22", True), ("day", "2024-04-21", False)]),
    ("a drone hit the base on Monday, the Pentagon said", [("day", "2024-04-22", False)]),
    # the day of a wire dateline inside the sentence is the filing day
    ("DAMASCUS, April 23 (NNN-SANA) - Explosions were heard near the base last night",
     [("day", "2024-04-23", True), ("day", "2024-04-22", False)]),
    # a relative day after the day its source spoke counts from that day: the source's "today"
    ("'Two rockets targeted the base today,' CENTCOM said in a statement late Saturday",
     [("day", "2024-04-20", False), ("day", "2024-04-20", True)]),
    ("a drone hit the base yesterday, officials said on Sunday", [("day", "2024-04-20", False), ("day", "2024-04-21", True)]),
    ("a drone hit the base yesterday, officials said on Tuesday", [("day", "2024-04-22", False), ("day", "2024-04-23", True)]),
    # "Days earlier" names no day; "two days earlier" is left to the caller, which counts back
    ("Days earlier, a rocket attack on Al-Asad wounded four", [("vague", None, False)]),
    ("Recently, drone attacks have targeted bases near al-Tanf", [("vague", None, False)]),
    ("militias have lately attacked the garrison", [("vague", None, False)]),
    ("a recently reopened base", []),
    ("Two days earlier, a drone hit the base", []),
    ("officials told reporters Monday that no personnel were injured", [("day", "2024-04-22", True)]),
    ("the defense secretary vowed on Monday to defend the troops after the drone attack", [("day", "2024-04-22", True)]),
    # an agency's bracketed stamp is the filing day
    ("BAGHDAD (UrduPoint News / Sputnik - 23rd April, 2024) Rockets hit Camp Taji on Monday",
     [("day", "2024-04-23", True), ("day", "2024-04-22", False)]),
    # a statement's release time is when it was put out, not when the attack happened
    ("A statement released later in the early hours of Tuesday read, 'Three personnel were killed'",
     [("day", "2024-04-23", True)]),
    ("Baghdad [Iraq], April 23, (ANI/Xinhua): Three rockets landed in Baghdad Airport on Sunday",
     [("day", "2024-04-23", True), ("day", "2024-04-21", False)]),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_find_dates(text: str, expected: list) -> None:
    found = [(d.kind, d.day.isoformat() if d.day else None, d.reporting) for d in find_dates(text, TUESDAY)]
    assert found == expected


# "last weekend" means the weekend before when the story is written on a weekend (2024-02-03 is a Saturday).
WEEKEND_CASES = [
    ("last weekend", date(2024, 2, 3), "2024-01-28"),
    ("last weekend", date(2024, 2, 4), "2024-01-28"),
    ("last weekend", date(2024, 2, 5), "2024-02-04"),
    ("over the weekend", date(2024, 2, 3), "2024-02-03"),
]


def test_weekend_as_seen_from_each_day() -> None:
    found = [(text, day, [d.day.isoformat() for d in find_dates(text, day)]) for text, day, _ in WEEKEND_CASES]
    assert found == [(text, day, [want]) for text, day, want in WEEKEND_CASES]


def test_weekday_without_publication_date_is_unresolved() -> None:
    assert [(d.kind, d.day) for d in find_dates("on Monday", None)] == [("day", None)]


@pytest.mark.parametrize(
    ("value", "expected"),
    [("2024-04-23", date(2024, 4, 23)), ("2024-04-23T21:05:00Z", date(2024, 4, 23)), ("", None), (None, None),
     ("not a date", None)],
)
def test_parse_published(value, expected) -> None:
    assert parse_published(value) == expected


DATELINES = [
    ("BAGHDAD, April 21 (Xinhua) -- A drone struck", date(2024, 4, 21)),
    ("WASHINGTON, April 23 - Officials said", date(2024, 4, 23)),
    ("ERBIL, Jan. 5 (Reuters) - An old story republished", None),  # months before publication: not the writing day
    ("Baghdad, April 21: a place, not a wire dateline", None),
    ("(MENAFN- Nam News Network) DAMASCUS, April 22 (NNN-SANA) - Explosions were heard", date(2024, 4, 22)),
]


@pytest.mark.parametrize(("text", "expected"), DATELINES, ids=[t[:30] for t, _ in DATELINES])
def test_dateline_day(text: str, expected: date | None) -> None:
    assert dateline_day(text, TUESDAY) == expected
