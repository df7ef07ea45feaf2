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

# --------------------------------------------------------------------------- literal pre-checks for costly patterns
#
# Most sentences match few of the readers' patterns, and a failed search of a long alternation
# costs tens of microseconds. Every match of such a pattern contains one of a few literal words
# ("strike", "raid", "warplane"...), read off the compiled pattern itself, so a substring test
# on the lower-cased text rules most sentences out first. The answers are exactly the pattern's.

try:
    from re import _constants as _sre_c, _parser as _sre_p
except ImportError:  # pragma: no cover - Python < 3.11
    import sre_constants as _sre_c  # type: ignore[no-redef]
    import sre_parse as _sre_p  # type: ignore[no-redef]



def has_case_odd(text: str) -> bool:
    """Whether ``text`` holds one of the only characters outside ASCII that case-insensitive matching
    takes for an ASCII letter but ``str.lower`` does not turn into one (İ ı ſ K).
    Four substring scans: several times cheaper than the equivalent character-class search."""
    return "\u017f" in text or "\u212a" in text or "\u0130" in text or "\u0131" in text


_REPEATS = tuple(op for op in (getattr(_sre_c, n, None) for n in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT")) if op)


def _required(items, icase: bool) -> tuple[str | None, set[str] | None]:
    """For a sequence of parsed pattern items: (the literal text it always equals, or None;
    a set of literals one of which every match contains, or None when none is known)."""
    run, exact, fixed, options = "", [], True, []
    for op, av in items:
        equal, alternatives = _required_node(op, av, icase)
        if equal is not None:
            run += equal
            exact.append(equal)
            continue
        fixed = False
        if run:
            options.append({run})
        run = ""
        if alternatives is not None:
            options.append(alternatives)
    if run:
        options.append({run})
    best = None
    for option in options:
        if all(option) and (best is None or _selectivity(option) > _selectivity(best)):
            best = option
    return ("".join(exact) if fixed else None), best


def _selectivity(option: set[str]) -> float:
    return min(len(s) for s in option) * 4 - len(option) / 8


def _required_node(op, av, icase: bool) -> tuple[str | None, set[str] | None]:
    if op is _sre_c.LITERAL:
        ch = chr(av)
        return ((ch.lower() if icase else ch), None) if ch.isascii() else (None, None)
    if op is _sre_c.AT:
        return "", None  # zero-width: the literals either side stay adjacent
    if op is _sre_c.SUBPATTERN:
        _, add, remove, sub = av
        return (None, None) if add or remove else _required(sub.data, icase)
    if op is _sre_c.BRANCH:
        alternatives: set[str] = set()
        for branch in av[1]:
            equal, options = _required(branch.data, icase)
            if equal:
                alternatives.add(equal)
            elif equal is None and options is not None:
                alternatives |= options
            else:
                return None, None
        return None, alternatives
    if op in _REPEATS:
        low, high, sub = av
        if low < 1:
            return None, None
        equal, options = _required(sub.data, icase)
        if equal is not None:
            return (equal if low == high == 1 else None), ({equal} if equal else None)
        return None, options
    return None, None


def required_literals(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """Literals one of which occurs in every match of ``pattern`` (lower case when it ignores case),
    shortest first; None when the pattern has no such set (it may match without any literal)."""
    _, options = _required(_sre_p.parse(pattern.pattern, pattern.flags).data, bool(pattern.flags & re.IGNORECASE))
    if not options or not all(options):
        return None
    return tuple(sorted(options, key=lambda s: (len(s), s)))


def _conjunction(items, icase: bool, skip: int = -1) -> list[set[str]]:
    """Every literal set a match of the sequence satisfies (it contains a literal of each set);
    the item at ``skip`` is left out (it only separates the literals either side)."""
    run, options = "", []
    for index, (op, av) in enumerate(items):
        equal, alternatives = (None, None) if index == skip else _required_node(op, av, icase)
        if equal is not None:
            run += equal
            continue
        if run:
            options.append({run})
        run = ""
        if alternatives is not None:
            options.append(alternatives)
    if run:
        options.append({run})
    return [option for option in options if option and all(option)]


def _branches(op, av):
    """The alternatives of a bare or grouped alternation item, else None."""
    if op is _sre_c.SUBPATTERN and not av[1] and not av[2] and len(av[3].data) == 1:
        op, av = av[3].data[0]
    if op is _sre_c.BRANCH:
        return [branch.data for branch in av[1]]
    return None


def required_literal_groups(pattern: re.Pattern[str]) -> tuple[tuple[tuple[str, ...], ...], ...] | None:
    """When ``pattern`` matches, the match satisfies one of these alternatives: for each literal
    set of the alternative, it contains one of the set's literals (lower case when the pattern
    ignores case). An alternation in the pattern's sequence is spread over the alternatives.
    None when no such description is known."""
    items = _sre_p.parse(pattern.pattern, pattern.flags).data
    icase = bool(pattern.flags & re.IGNORECASE)
    split = [(index, branches) for index, (op, av) in enumerate(items) if (branches := _branches(op, av)) is not None]
    shared: list[set[str]] = []
    alternatives: list[list[set[str]]]
    if len(split) == 1:
        index, branches = split[0]
        shared = _conjunction(items, icase, skip=index)
        alternatives = [_conjunction(branch, icase) + shared for branch in branches]
    else:
        alternatives = [_conjunction(items, icase)]
    if any(not conjunction for conjunction in alternatives):
        return None
    if len(alternatives) > 8:
        # Long alternations (group names): checking each branch costs more than it saves.
        literals = required_literals(pattern)
        return None if literals is None else ((literals,),)
    return tuple(
        tuple(tuple(sorted(option, key=lambda s: (len(s), s))) for option in sorted(conjunction, key=_selectivity, reverse=True))
        for conjunction in alternatives
    )


# The last text checked, its lower-cased form, and whether it holds one of the odd characters (None: not
# looked yet), as one tuple replaced whole, so threads reading texts side by side never mix two texts' entries.
_last_lowered: list[tuple[str, str, bool | None]] = [("", "", None)]


def lowered_pattern(raw: re.Pattern[str]) -> re.Pattern[str] | None:
    """``raw`` (case-insensitive) rewritten to match the same spans in lower-cased text, case-sensitively.

    Python's ``re`` scans case-insensitive alternations several times slower than plain ones,
    and most searches over a sentence find nothing; looking in the lower-cased sentence first
    costs a fraction. Literal letters and ranges are lower-cased; escapes (``\\S``, ``\\B``),
    group names and back-references stay as written. None when the pattern is not
    case-insensitive, or turns case sensitivity back on inside (``(?-i:...)``).
    """
    if not raw.flags & re.IGNORECASE or "(?-i" in raw.pattern:
        return None
    source = raw.pattern
    out: list[str] = []
    i = 0
    while i < len(source):
        char = source[i]
        if char == "\\":
            out.append(source[i:i + 2])
            i += 2
            continue
        if source.startswith(("(?P<", "(?P="), i):
            close = source.index(">" if source[i + 3] == "<" else ")", i)
            out.append(source[i:close + 1])
            i = close + 1
            continue
        out.append(char.lower())
        i += 1
    try:
        return re.compile("".join(out), raw.flags & ~re.IGNORECASE)
    except re.error:
        return None


class GuardedPattern:
    """A compiled pattern behind cheap pre-checks: same results, fewer and cheaper searches.

    First a literal check (a match must contain one of these words), then, for
    case-insensitive patterns, the same search over the lower-cased text without the
    case-folding flag. Only a text that passes both meets the raw pattern, so every
    result (spans, groups, original letter case) is the raw pattern's own.
    """

    __slots__ = ("raw", "literals", "ignore_case", "lowered", "pattern", "flags", "groups", "groupindex")

    def __init__(self, raw: re.Pattern[str]):
        self.raw = raw
        self.literals = required_literal_groups(raw)
        self.ignore_case = bool(raw.flags & re.IGNORECASE)
        self.lowered = lowered_pattern(raw)
        self.pattern, self.flags, self.groups, self.groupindex = raw.pattern, raw.flags, raw.groups, raw.groupindex

    @staticmethod
    def _lower(text: str) -> tuple[str, bool]:
        """``text`` lower-cased (kept for the next pattern checking the same text) and whether it
        holds a character that case-folds to an ASCII letter but lower-cases otherwise."""
        last = _last_lowered[0]
        if last[0] is text:
            low, odd = last[1], last[2]
        else:
            low, odd = text.lower(), None
        if odd is None:
            odd = has_case_odd(text)
            _last_lowered[0] = (text, low, odd)
        return low, odd

    def may_match(self, text: str) -> bool:
        """False only when ``raw`` cannot match anywhere in ``text``."""
        literals = self.literals
        if literals is None:
            return True
        if self.ignore_case:
            last = _last_lowered[0]
            if last[0] is text:
                low = last[1]
            else:
                low = text.lower()
                last = _last_lowered[0] = (text, low, None)
            for conjunction in literals:
                for options in conjunction:
                    for literal in options:
                        if literal in low:
                            break
                    else:
                        break
                else:
                    return True
            odd = last[2]
            if odd is None:
                odd = has_case_odd(text)
                _last_lowered[0] = (text, low, odd)
            return odd
        for conjunction in literals:
            for options in conjunction:
                for literal in options:
                    if literal in text:
                        break
                else:
                    break
            else:
                return True
        return False

    def _first(self, text: str, args: tuple) -> int:
        """Where ``raw.search(text, *args)`` would find its match, at the earliest: -1 when it finds
        none, else a position it may start searching from (the lowered match's start, or
        the given start when only the literal check was possible)."""
        if not self.may_match(text):
            return -1
        start = args[0] if args else 0
        lowered = self.lowered
        if lowered is None:
            return start
        low, odd = self._lower(text)
        if odd:
            return start
        m = lowered.search(low, *args)
        return -1 if m is None else m.start()

    def _may_search(self, text: str, args: tuple) -> bool:
        """False only when ``raw.search(text, *args)`` finds nothing."""
        return self._first(text, args) >= 0

    def search(self, string: str, *args):
        start = self._first(string, args)
        if start < 0:
            return None
        # Both patterns match at the same positions, so the raw search starting at the lowered
        # match finds the very match a search from the beginning would.
        return self.raw.search(string, start, *args[1:])

    def match(self, string: str, *args):
        if not self.may_match(string):
            return None
        lowered = self.lowered
        if lowered is not None:
            low, odd = self._lower(string)
            if not odd and lowered.match(low, *args) is None:
                return None
        return self.raw.match(string, *args)

    def fullmatch(self, string: str, *args):
        return self.raw.fullmatch(string, *args) if self.may_match(string) else None

    def finditer(self, string: str, *args):
        start = self._first(string, args)
        return self.raw.finditer(string, start, *args[1:]) if start >= 0 else iter(())

    def findall(self, string: str, *args):
        return self.raw.findall(string, *args) if self._may_search(string, args) else []

    def sub(self, repl, string: str, count: int = 0):
        return self.raw.sub(repl, string, count) if self._may_search(string, ()) else string

    def subn(self, repl, string: str, count: int = 0):
        return self.raw.subn(repl, string, count) if self._may_search(string, ()) else (string, 0)

    def split(self, string: str, maxsplit: int = 0):
        return self.raw.split(string, maxsplit) if self._may_search(string, ()) else [string]

    def __repr__(self) -> str:
        return f"GuardedPattern({self.raw!r})"


def guard_patterns(namespace: dict, *names: str) -> None:
    """Put the named module-level patterns behind their literal pre-checks (names no longer there are skipped)."""
    for name in names:
        pattern = namespace.get(name)
        if isinstance(pattern, re.Pattern) and (required_literal_groups(pattern) is not None
                                                or lowered_pattern(pattern) is not None):
            namespace[name] = GuardedPattern(pattern)
