"""Reading counts the way reporters write them: "five", "14", "a dozen", "at least three".

Counts of rockets and of casualties share one vocabulary, so it lives here and
both the weapon and the casualty readers build their patterns from
:data:`NUMBER_RE`.
"""

from __future__ import annotations

import re

_UNITS: dict[str, int] = {
    "a": 1,
    "an": 1,
    "one": 1,
    "single": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "dozen": 12,
    "a dozen": 12,
    "half a dozen": 6,
    "a couple of": 2,
    "a pair of": 2,
    "couple of": 2,
    "pair of": 2,
}

# Longest first so "half a dozen" wins over "a".
_WORDS = sorted(_UNITS, key=len, reverse=True)

# A count as written: digits, a number word, or "twenty-one"; never "one-way".
NUMBER_RE = (
    r"(?:\d{1,4}(?![\d,]\d)"
    r"|(?:twenty|thirty|forty|fifty)[\s-](?:one|two|three|four|five|six|seven|eight|nine)\b"
    r"|(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in _WORDS) + r")\b(?!-)"
    r")"
)

# Qualifiers that keep the number a lower bound or an estimate; the number is still the figure.
QUALIFIER_RE = (
    r"(?:(?:at\s+least|more\s+than|over|about|around|some|nearly|almost|approximately|up\s+to|as\s+many\s+as"
    r"|roughly|an\s+estimated|no\s+fewer\s+than|a\s+total\s+of|a\s+further|another)\s+)?"
)

_COMPOUND = re.compile(r"^(twenty|thirty|forty|fifty)[\s-](one|two|three|four|five|six|seven|eight|nine)$")


def parse_number(text: str) -> int | None:
    """The integer a count phrase stands for, or None when it is not a count.

    >>> parse_number("five"), parse_number("14"), parse_number("a dozen"), parse_number("twenty-one")
    (5, 14, 12, 21)
    """
    word = re.sub(r"\s+", " ", text.strip().lower())
    if word.isdigit():
        return int(word)
    if word in _UNITS:
        return _UNITS[word]
    compound = _COMPOUND.match(word)
    if compound:
        return _UNITS[compound.group(1)] + _UNITS[compound.group(2)]
    return None
