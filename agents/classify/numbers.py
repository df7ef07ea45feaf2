"""Reading counts the way reporters write them: "five", "14", "a dozen", "at least three".

Counts of rockets and of casualties share one vocabulary, so it lives here and
both the weapon and the casualty readers build their patterns from
:data:`NUMBER_RE`.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Callable, Iterator

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
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "a hundred": 100,
    "one hundred": 100,
    "dozen": 12,
    "a dozen": 12,
    "two dozen": 24,
    "three dozen": 36,
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
    # ("40-plus" is at least 40, as "more than 40" is)
    r"(?:\d{1,4}(?![\d,]\d)(?:-plus\b)?"
    r"|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[\s-](?:one|two|three|four|five|six|seven|eight|nine)\b"
    r"|(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in _WORDS) + r")\b(?!-)"
    r")"
)

# Qualifiers that keep the number a lower bound or an estimate; the number is still the figure.
QUALIFIER_RE = (
    r"(?:(?:at\s+least|more\s+than|over|about|around|some|nearly|almost|approximately|up\s+to|as\s+many\s+as"
    r"|roughly|an\s+estimated|no\s+fewer\s+than|a\s+total\s+of|a\s+further|another|an\s+additional)\s+)?"
)

_COMPOUND = re.compile(r"^(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[\s-](one|two|three|four|five|six|seven|eight|nine)$")


def parse_number(text: str) -> int | None:
    """The integer a count phrase stands for, or None when it is not a count.

    >>> parse_number("five"), parse_number("14"), parse_number("a dozen"), parse_number("twenty-one")
    (5, 14, 12, 21)
    """
    word = re.sub(r"\s+", " ", text.strip().lower()).removesuffix("-plus")
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
    from re import _compiler as _sre_compile, _constants as _sre_c, _parser as _sre_p
except ImportError:  # pragma: no cover - Python < 3.11
    import sre_compile as _sre_compile  # type: ignore[no-redef]
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
        # Flags set inside change no literal: where any part ignores case, all literals are lower-cased.
        return _required(sub.data, icase)
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
    items = _sre_p.parse(pattern.pattern, pattern.flags).data
    _, options = _required(items, ignores_case(pattern))
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
    return _literal_groups(items, ignores_case(pattern))


def _literal_groups(items, icase: bool, spread: bool = True) -> tuple[tuple[tuple[str, ...], ...], ...] | None:
    split = [(index, branches) for index, (op, av) in enumerate(items) if (branches := _branches(op, av)) is not None]
    shared: list[set[str]] = []
    alternatives: list[list[set[str]]]
    if spread and len(split) == 1:
        index, branches = split[0]
        shared = _conjunction(items, icase, skip=index)
        alternatives = [_conjunction(branch, icase) + shared for branch in branches]
    else:
        alternatives = [_conjunction(items, icase)]
    if any(not conjunction for conjunction in alternatives):
        return None
    if len(alternatives) > 8:
        # Long alternations (group names): checking each branch costs more than it saves.
        _, options = _required(items, icase)
        if not options or not all(options):
            return None
        return ((_checking_order(options),),)
    return tuple(_conjunction_order(conjunction) for conjunction in alternatives)


def _checking_order(option: set[str]) -> tuple[str, ...]:
    """An option's literals as they are best checked: one holding another is left out (the shorter
    one is there whenever it is), the shortest (the likeliest found) first."""
    kept = [literal for literal in option if not any(other != literal and other in literal for other in option)]
    return tuple(sorted(kept, key=lambda s: (len(s), s)))


def _conjunction_order(conjunction: list[set[str]]) -> tuple[tuple[str, ...], ...]:
    """A conjunction's options as they are best checked: most texts fail the check, and a failing
    option costs a look for each of its literals, so the options with the fewest (and longest,
    so rarest) literals come first."""
    options = {_checking_order(option) for option in conjunction}
    return tuple(sorted(options, key=lambda o: (len(o), -min(map(len, o)), o)))


# The last text checked, its lower-cased form, and whether it holds one of the odd characters (None: not
# looked yet), as one tuple replaced whole, so threads reading texts side by side never mix two texts' entries.
_last_lowered: list[tuple[str, str, bool | None]] = [("", "", None)]

# --------------------------------------------------------------------------- lower-case copies of patterns
#
# Python's ``re`` scans case-insensitive patterns several times slower than plain ones, and most
# searches over a sentence find nothing. So a case-insensitive pattern gets a copy that reads the
# lower-cased text case-sensitively: built on the parsed pattern, letters lower-cased, everything
# else as it was. Where a part of the pattern has no lower-case counterpart (a case-sensitive
# ``(?-i:[A-Z])`` inside), the copy may instead be a relaxation: it matches wherever the raw
# pattern matches, and perhaps elsewhere too. Either way the raw pattern has the last word, so
# only where the copy finds nothing, or from where the copy's first match starts, is the raw
# search spared.

_I = re.IGNORECASE
_EXACT, _RELAX, _RESTRICT = 0, 1, 2  # the copy matches: same spans; at least those; at most those
_NEGATED = {_EXACT: _EXACT, _RELAX: _RESTRICT, _RESTRICT: _RELAX}
_ANY_CHAR = (_sre_c.IN, [(_sre_c.CATEGORY, _sre_c.CATEGORY_SPACE), (_sre_c.CATEGORY, _sre_c.CATEGORY_NOT_SPACE)])
_ZERO_WIDTH = (_sre_c.AT, _sre_c.ASSERT, _sre_c.ASSERT_NOT)


class _NoCopy(Exception):
    """A part of the pattern has no lower-case counterpart in the mode asked for."""


def _uncased(code: int) -> bool:
    ch = chr(code)
    return ch.lower() == ch == ch.upper()


def _lower_code(code: int, icase: bool, mode: int) -> int | None:
    """The character that stands for ``code`` in lower-cased text; None when there is none in ``mode``."""
    if _uncased(code):
        return code
    if code < 128 and (icase or mode == _RELAX):
        # Case-insensitively an ASCII letter matches just the characters lower-casing to it, apart
        # from the odd ones (which send the text to the raw pattern). Case-sensitively it matches
        # fewer of them: still a relaxation.
        return ord(chr(code).lower())
    return None


def _lower_set(items, icase: bool, mode: int) -> list | None:
    """A character set (``[...]``) for lower-cased text; None when it has no counterpart in ``mode``."""
    negated = any(op is _sre_c.NEGATE for op, _ in items)
    exact = icase or all(op is _sre_c.NEGATE or op is _sre_c.CATEGORY
                         or (op is _sre_c.LITERAL and _uncased(av))
                         or (op is _sre_c.RANGE and av[1] - av[0] < 5000 and all(map(_uncased, range(av[0], av[1] + 1))))
                         for op, av in items)
    if not exact:
        # A case-sensitive set: lower-cased and read case-insensitively it matches more characters,
        # and when negated fewer.
        if mode != (_RESTRICT if negated else _RELAX):
            return None
    codes: set[int] = set()
    out = []
    for op, av in items:
        if op is _sre_c.LITERAL:
            codes.add(av)
        elif op is _sre_c.RANGE:
            if av[1] - av[0] >= 5000:
                return None
            codes.update(range(av[0], av[1] + 1))
        elif op is _sre_c.NEGATE or op is _sre_c.CATEGORY:
            out.append((op, av))
        else:
            return None
    lowered = set()
    for code in codes:
        low = _lower_code(code, True, _EXACT)
        if low is None:
            return None
        lowered.add(low)
    run: list[int] = []
    for code in sorted(lowered) + [-2]:
        if run and code != run[-1] + 1:
            out.append((_sre_c.LITERAL, run[0]) if len(run) == 1 else (_sre_c.RANGE, (run[0], run[-1])))
            run = []
        run.append(code)
    return out


def _lower_items(items, icase: bool, mode: int, state) -> list:
    out: list = []
    for op, av in items:
        out.extend(_lower_node(op, av, icase, mode, state))
    return out


def _lower_node(op, av, icase: bool, mode: int, state) -> list:
    """The node for lower-cased text: a list of no item (an assertion dropped) or one."""
    c = _sre_c
    if op is c.LITERAL or op is c.NOT_LITERAL:
        low = _lower_code(av, icase, mode if op is c.LITERAL else _NEGATED[mode])
        if low is not None:
            return [(op, low)]
        if mode == _RELAX:
            return [_ANY_CHAR]
        raise _NoCopy
    if op is c.IN:
        lowered = _lower_set(av, icase, mode)
        if lowered is not None:
            if len(lowered) == 1 and lowered[0][0] is c.LITERAL:
                return [lowered[0]]  # "[Ll]" lower-cased: one letter, which re scans for faster
            return [(op, lowered)]
        if mode == _RELAX:
            return [_ANY_CHAR]
        raise _NoCopy
    if op is c.ANY or op is c.AT:
        return [(op, av)]
    if op is c.BRANCH:
        return [(op, (av[0], [_sre_p.SubPattern(state, _lower_items(b.data, icase, mode, state)) for b in av[1]]))]
    if op is c.SUBPATTERN:
        group, add, remove, sub = av
        inner = (icase or bool(add & _I)) and not remove & _I
        return [(op, (group, add & ~_I, remove & ~_I, _sre_p.SubPattern(state, _lower_items(sub.data, inner, mode, state))))]
    if op is c.MAX_REPEAT or op is c.MIN_REPEAT:
        return [(op, (av[0], av[1], _sre_p.SubPattern(state, _lower_items(av[2].data, icase, mode, state))))]
    if op in _REPEATS or op is getattr(c, "ATOMIC_GROUP", None):
        # What an atomic part settles on decides what follows: only an exact copy keeps that.
        sub = av[2] if op in _REPEATS else av
        lowered = _sre_p.SubPattern(state, _lower_items(sub.data, icase, _EXACT, state))
        return [(op, (av[0], av[1], lowered) if op in _REPEATS else lowered)]
    if op is c.ASSERT or op is c.ASSERT_NOT:
        try:
            inner_mode = mode if op is c.ASSERT else _NEGATED[mode]
            return [(op, (av[0], _sre_p.SubPattern(state, _lower_items(av[1].data, icase, inner_mode, state))))]
        except _NoCopy:
            if mode == _RELAX:
                return []  # without a zero-width condition the copy matches at least where it did
            raise
    if op is c.GROUPREF and (icase or mode == _RELAX):
        return [(op, av)]
    raise _NoCopy


def _children(op, av) -> tuple:
    """The sub-sequences of a parsed pattern item."""
    if op is _sre_c.BRANCH:
        return tuple(av[1])
    if op is _sre_c.SUBPATTERN:
        return (av[3],)
    if op in _REPEATS:
        return (av[2],)
    if op is _sre_c.ASSERT or op is _sre_c.ASSERT_NOT:
        return (av[1],)
    if op is getattr(_sre_c, "ATOMIC_GROUP", None):
        return (av,)
    if op is _sre_c.GROUPREF_EXISTS:
        return tuple(sub for sub in av[1:] if sub is not None)
    return ()


def _has_groupref(items) -> bool:
    return any(op is _sre_c.GROUPREF or op is _sre_c.GROUPREF_EXISTS or any(_has_groupref(sub.data) for sub in _children(op, av))
               for op, av in items)


def _has_icase_part(items) -> bool:
    return any((op is _sre_c.SUBPATTERN and av[1] & _I) or any(_has_icase_part(sub.data) for sub in _children(op, av))
               for op, av in items)


def ignores_case(pattern: re.Pattern[str]) -> bool:
    """Whether ``pattern``, or a part of it (``(?i:...)``), ignores case."""
    return bool(pattern.flags & _I) or "(?" in pattern.pattern and _has_icase_part(
        _sre_p.parse(pattern.pattern, pattern.flags).data)


def _lowered_tree(raw: re.Pattern[str], mode: int):
    """(state, items): ``raw``'s parsed pattern for lower-cased text, read case-sensitively; None
    when there is no such copy in ``mode``. A pattern with no part ignoring case is returned as it is."""
    parsed = _sre_p.parse(raw.pattern, raw.flags)
    if not ignores_case(raw):
        return parsed.state, list(parsed.data)
    if _has_groupref(parsed.data):
        mode = _EXACT  # a dropped condition could hold a group a back-reference reads
    state = copy.copy(parsed.state)
    state.flags &= ~_I
    try:
        return state, _lower_items(parsed.data, bool(raw.flags & _I), mode, state)
    except _NoCopy:
        return None


def _compile_tree(state, items) -> re.Pattern[str]:
    return _sre_compile.compile(_sre_p.SubPattern(state, items))


# --------------------------------------------------------------------------- alternations as tries
#
# At each position ``re`` tries the branches of an alternation one after the other, so
# "attack|assault|ambush|..." costs a test per branch. A copy only has to tell where matches
# start, which does not depend on the order of branches, so its alternations are regrouped by
# their first letter, "a(?:ttack|ssault|mbush)|...", and so on down: a trie, a test per letter.
# Not inside atomic parts, whose first success decides what follows, nor with back-references.


def _trie(items, state) -> tuple[list, bool]:
    """``items`` with their alternations regrouped as tries, and whether anything changed."""
    c = _sre_c
    out: list = []
    changed = False
    for op, av in items:
        if op is c.BRANCH:
            alternatives = []
            for branch in av[1]:
                sub, inner = _trie(branch.data, state)
                alternatives.append(sub)
                changed |= inner
            merged, inner = _merge(alternatives, state)
            changed |= inner
            if len(merged) == 1:
                out.extend(merged[0])
            else:
                out.append(_branch(merged, state))
        elif op is c.SUBPATTERN:
            sub, inner = _trie(av[3].data, state)
            out.append((op, (av[0], av[1], av[2], _sre_p.SubPattern(state, sub))))
            changed |= inner
        elif op is c.MAX_REPEAT or op is c.MIN_REPEAT:
            sub, inner = _trie(av[2].data, state)
            out.append((op, (av[0], av[1], _sre_p.SubPattern(state, sub))))
            changed |= inner
        elif op is c.ASSERT or op is c.ASSERT_NOT:
            sub, inner = _trie(av[1].data, state)
            out.append((op, (av[0], _sre_p.SubPattern(state, sub))))
            changed |= inner
        else:
            out.append((op, av))
    return out, changed


def _branch(alternatives: list[list], state) -> tuple:
    if all(len(a) == 1 and a[0][0] is _sre_c.LITERAL for a in alternatives):
        return _sre_c.IN, [a[0] for a in alternatives]
    return _sre_c.BRANCH, (None, [_sre_p.SubPattern(state, a) for a in alternatives])


def _merge(alternatives: list[list], state) -> tuple[list[list], bool]:
    """The alternatives with those opening with the same letter made one, the letter first."""
    groups: dict[tuple, list[list]] = {}
    order: list[tuple] = []
    for index, alternative in enumerate(alternatives):
        key = alternative[0] if alternative and alternative[0][0] is _sre_c.LITERAL else ("alone", index)
        if key not in groups:
            groups[key] = []
            order.append(key)
        groups[key].append(alternative)
    if len(order) == len(alternatives):
        return alternatives, False
    merged: list[list] = []
    for key in order:
        members = groups[key]
        if len(members) == 1:
            merged.append(members[0])
            continue
        rests, _ = _merge([member[1:] for member in members], state)
        merged.append([key] + (rests[0] if len(rests) == 1 else [_branch(rests, state)]))
    return merged, True


def _compile_finder(state, items, force: bool = True) -> re.Pattern[str] | None:
    """The copy compiled to be searched for where its matches start: alternations as tries (None
    when that changes nothing and ``force`` is off)."""
    if not _has_groupref(items):
        trie, changed = _trie(items, state)
        if changed:
            return _compile_tree(state, trie)
    return _compile_tree(state, items) if force else None


# --------------------------------------------------------------------------- scouts
#
# ``re`` scans quickly for a pattern's start only when the pattern opens with a literal or a
# character set; one opening with a look-behind or ``\b`` is tried at every position. Without
# its opening conditions the rest is a relaxation (it matches wherever the whole does), so when
# the rest opens with something rare (a long literal, whitespace, a capital, a digit) it serves
# as a scout: the copy is only tried where the scout finds a match.

_SCOUT_MISSES = 4
_COMMON = frozenset(range(ord("a"), ord("z") + 1))


def _unrolled(items) -> list:
    """``items`` with an opening ``x+`` written ``xx*``, so that re sees the character it opens with."""
    if items:
        op, av = items[0]
        if (op is _sre_c.MAX_REPEAT or op is _sre_c.MIN_REPEAT) and av[0] >= 1 and len(av[2].data) == 1 \
                and av[2].data[0][0] in (_sre_c.LITERAL, _sre_c.IN):
            rest = av[1] if av[1] == _sre_c.MAXREPEAT else av[1] - 1
            return [av[2].data[0], (op, (av[0] - 1, rest, av[2]))] + list(items[1:])
    return list(items)


def _rare_start(items) -> bool:
    """Whether a match of the sequence opens with something ``re`` scans for quickly and finds
    seldom: a literal of three or more characters, or one of a few characters that are not
    lower-case letters."""
    while items and items[0][0] is _sre_c.SUBPATTERN and not items[0][1][1] and not items[0][1][2]:
        items = list(items[0][1][3].data) + list(items[1:])
    if not items:
        return False
    op, av = items[0]
    if op is _sre_c.LITERAL:
        run = 0
        for item in items:
            if item[0] is not _sre_c.LITERAL:
                break
            run += 1
        return run >= 3 or av not in _COMMON
    if op is _sre_c.IN:
        for kind, value in av:
            if kind is _sre_c.LITERAL and value in _COMMON or kind is _sre_c.NEGATE:
                return False
            if kind is _sre_c.RANGE and value[0] <= ord("z") and value[1] >= ord("a"):
                return False
            if kind is _sre_c.CATEGORY and value not in (_sre_c.CATEGORY_SPACE, _sre_c.CATEGORY_DIGIT):
                return False
        return True
    if op is _sre_c.BRANCH:
        return all(branch.data and branch.data[0][0] is _sre_c.LITERAL and branch.data[0][1] not in _COMMON
                   for branch in av[1])
    return False


def _compile_scout(state, items) -> re.Pattern[str] | None:
    """The copy without its opening zero-width conditions, when that opens with something rare."""
    lead = 0
    while lead < len(items) and items[lead][0] in _ZERO_WIDTH:
        lead += 1
    if not lead or lead == len(items) or _has_groupref(items):
        return None
    rest = _unrolled(items[lead:])
    if not _rare_start(rest):
        return None
    return _compile_tree(state, _trie(rest, state)[0])


def _scouted(scout: re.Pattern[str], finder: re.Pattern[str], s: str, start: int, end: int) -> int:
    """Where ``finder``'s first match in ``s[:end]`` from ``start`` starts (-1: none), trying it only
    where ``scout`` matches; after a few places where it does not, ``finder`` searches on."""
    m = scout.search(s, start, end)
    for _ in range(_SCOUT_MISSES):
        if m is None:
            return -1
        at = m.start()
        if finder.match(s, at, end) is not None:
            return at
        m = scout.search(s, at + 1, end)
    if m is None:
        return -1
    m = finder.search(s, m.start(), end)
    return -1 if m is None else m.start()


def lowered_pattern(raw: re.Pattern[str]) -> re.Pattern[str] | None:
    """``raw`` (case-insensitive) rewritten to match the same spans in lower-cased text, case-sensitively.

    Python's ``re`` scans case-insensitive alternations several times slower than plain ones,
    and most searches over a sentence find nothing; looking in the lower-cased sentence first
    costs a fraction. Letters (literal, in sets and in ranges) are lower-cased, the rest kept.
    None when the pattern is not case-insensitive, or a part of it has no exact lower-case
    counterpart (``(?-i:[A-Z])``, a non-ASCII letter).
    """
    if not raw.flags & _I:
        return None
    tree = _lowered_tree(raw, _EXACT)
    return None if tree is None else _compile_tree(*tree)


# --------------------------------------------------------------------------- searching by alternative
#
# Python's ``re`` tries every branch of a top-level alternation at every position of the text. So
# the copy of a pattern that is a long alternation is kept as its alternatives, each behind its own
# literal pre-check: a text is searched only with the alternatives whose literals it holds, each on
# its own, and the earliest match found is where the alternation's first match starts (a match of
# an alternation is a match of one of its branches). An alternative anchored at the start of the
# text (``^``) is only tried there.

# Fewer alternatives than this re scans as quickly itself; more than the ceiling cost more in
# separate searches than they save (the background pattern, 27 alternatives, is 3.5x faster split).
_MIN_ALTERNATIVES = 7
_MAX_ALTERNATIVES = 32


def _fast_start(items) -> bool:
    """Whether ``re`` scans for this sequence's start quickly: it opens with a literal, a character
    set or an alternation of literal-led branches."""
    while items:
        op, av = items[0]
        if op is _sre_c.SUBPATTERN and not av[1] and not av[2]:
            items = av[3].data
            continue
        if op is _sre_c.LITERAL or op is _sre_c.IN:
            return True
        if op is _sre_c.BRANCH:
            return all(branch.data and branch.data[0][0] is _sre_c.LITERAL for branch in av[1])
        return False
    return False


class _Alternatives:
    """A copy split into its top-level alternatives, each with its literal pre-check."""

    __slots__ = ("anchored", "branches")

    def __init__(self, state, branches: list[list], flags: int):
        self.anchored: list[tuple] = []
        self.branches: list[tuple] = []
        starts = (_sre_c.AT_BEGINNING_STRING,) if flags & re.MULTILINE else (_sre_c.AT_BEGINNING_STRING, _sre_c.AT_BEGINNING)
        for items in branches:
            # One conjunction of literal sets, not spread over an inner alternation: its cheapest set
            # rules most texts out at once.
            groups = _literal_groups(items, False, spread=False)
            entry = (None if groups is None else groups[0], _compile_finder(state, items), _compile_scout(state, items))
            lead = 0
            while lead < len(items) and items[lead][0] is _sre_c.AT:
                lead += 1
            if any(av in starts for _, av in items[:lead]):
                self.anchored.append(entry)
            else:
                self.branches.append(entry)

    def chosen(self, s: str) -> list[tuple[re.Pattern[str], re.Pattern[str] | None]]:
        """The unanchored alternatives that may match in ``s``: (copy, scout) each."""
        return [(pattern, scout) for literals, pattern, scout in self.branches if literals is None or _holds((literals,), s)]

    def first(self, s: str, start: int, end: int) -> int:
        """Where the first match in ``s[:end]`` from ``start`` starts, -1 when there is none."""
        if start == 0:
            for literals, pattern, _ in self.anchored:
                # "^" holds at the very start of the text only, wherever the search starts.
                if (literals is None or _holds((literals,), s)) and pattern.match(s, 0, end) is not None:
                    return 0
        best = -1
        for literals, pattern, scout in self.branches:
            if literals is not None:
                # The literal check (one conjunction) written out.
                for options in literals:
                    for literal in options:
                        if literal in s:
                            break
                    else:
                        break
                else:
                    literals = None
                if literals is not None:
                    continue
            if scout is not None:
                at = _scouted(scout, pattern, s, start, end)
            else:
                m = pattern.search(s, start, end)
                at = -1 if m is None else m.start()
            if at >= 0 and (best < 0 or at < best):
                best = at
                if best == start:
                    break
        return best


def _alternatives(raw: re.Pattern[str], tree) -> _Alternatives | None:
    """The pattern's copy as its alternatives, or None when it is better searched whole."""
    state, items = tree
    lead = 0
    while lead < len(items) and items[lead][0] in _ZERO_WIDTH:
        lead += 1
    if lead != len(items) - 1 or _fast_start(items[lead:]):
        return None  # not one alternation, or one that re scans for quickly
    op, av = items[lead]
    if op is _sre_c.SUBPATTERN and not av[1] and not av[2] and len(av[3].data) == 1:
        op, av = av[3].data[0]
    if op is not _sre_c.BRANCH or not _MIN_ALTERNATIVES <= len(av[1]) <= _MAX_ALTERNATIVES:
        return None
    if 2 * sum(1 for branch in av[1] if branch.data and branch.data[0][0] in (_sre_c.LITERAL, _sre_c.IN)) >= len(av[1]):
        return None  # re passes over a branch opening with a character it does not see at once
    return _Alternatives(state, [list(items[:lead]) + list(branch.data) for branch in av[1]], raw.flags)


def _holds(groups, s: str) -> bool:
    """Whether ``s`` satisfies one of the literal conjunctions."""
    for conjunction in groups:
        for options in conjunction:
            for literal in options:
                if literal in s:
                    break
            else:
                break
        else:
            return True
    return False


class GuardedPattern:
    """A compiled pattern behind cheap pre-checks: same results, fewer and cheaper searches.

    First a literal check (a match must contain one of these words), then a search with a copy
    of the pattern built for speed: over the lower-cased text without the case-folding flag
    for a case-insensitive pattern, its alternations as tries, a long top-level alternation
    alternative by alternative, a scout ahead of opening conditions. The copy matches wherever
    the raw pattern matches; the raw pattern then searches from where the copy's first match
    starts (and finditer from where the copy finds each next one), so every result (spans,
    groups, original letter case) is the raw pattern's own.
    """

    __slots__ = ("raw", "literals", "ignore_case", "finder", "scout", "alternatives", "nonempty", "recent", "pattern",
                 "flags", "groups", "groupindex")

    def __init__(self, raw: re.Pattern[str]):
        self.raw = raw
        self.literals = required_literal_groups(raw)
        self.ignore_case = ignores_case(raw)
        tree = _lowered_tree(raw, _RELAX)
        # The copy searched first: the lower-case one, or for a case-sensitive pattern one whose
        # alternations make tries (else the raw pattern does as well).
        self.alternatives = _alternatives(raw, tree) if tree is not None else None
        self.scout = _compile_scout(*tree) if tree is not None and self.alternatives is None else None
        self.finder = _compile_finder(*tree, force=self.ignore_case or self.scout is not None) if tree is not None else None
        self.nonempty = _sre_p.parse(raw.pattern, raw.flags).getwidth()[0] > 0
        # The last search: (text, pos/endpos, match), replaced whole. Readers often ask the same
        # question of the same sentence twice in a row; the same text object gives the same match.
        self.recent: tuple = (None, (), None)
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
        if not self.ignore_case:
            return _holds(literals, text)
        low, odd = self._lower(text)
        return odd or _holds(literals, low)

    def _first(self, text: str, args: tuple) -> int:
        """Where ``raw.search(text, *args)`` would find its match, at the earliest: -1 when it finds
        none, else a position it may start searching from (the copy's first match, or the given
        start when only the literal check was possible).

        The hot path of every guarded search, so written out in one piece."""
        if self.ignore_case:
            last = _last_lowered[0]
            if last[0] is text:
                s, odd = last[1], last[2]
            else:
                s, odd = text.lower(), None
            if odd is None:
                odd = has_case_odd(text)
                _last_lowered[0] = (text, s, odd)
            if odd:
                # Case-insensitively an odd character matches an ASCII letter its lower case is not:
                # neither the literals nor the copy can tell, the raw pattern searches.
                start = args[0] if args else 0
                return 0 if start < 0 else start
        else:
            s = text
        alternatives = self.alternatives
        if alternatives is None:
            literals = self.literals
            if literals is not None:
                for conjunction in literals:
                    for options in conjunction:
                        for literal in options:
                            if literal in s:
                                break
                        else:
                            break
                    else:
                        break
                else:
                    return -1
            finder = self.finder
            if finder is None:
                start = args[0] if args else 0
                return 0 if start < 0 else start
            if self.scout is None:
                m = finder.search(s, *args)
                return -1 if m is None else m.start()
        # The bounds as re reads them.
        size = len(s)
        start = args[0] if args else 0
        start = 0 if start < 0 else size if start > size else start
        end = args[1] if len(args) > 1 else size
        end = 0 if end < 0 else size if end > size else end
        if alternatives is None:
            return _scouted(self.scout, self.finder, s, start, end)
        return alternatives.first(s, start, end)

    def _may_search(self, text: str, args: tuple) -> bool:
        """False only when ``raw.search(text, *args)`` finds nothing."""
        return self._first(text, args) >= 0

    def search(self, string: str, *args: int) -> re.Match[str] | None:
        recent = self.recent
        if recent[0] is string and recent[1] == args:
            return recent[2]
        start = self._first(string, args)
        if start < 0:
            found = None
        elif len(args) < 2:
            # The copy matches wherever the raw pattern does, so the raw search starting at the
            # copy's first match finds the very match a search from the beginning would.
            found = self.raw.search(string, start)
        else:
            found = self.raw.search(string, start, *args[1:])
        self.recent = (string, args, found)
        return found

    def match(self, string: str, *args: int) -> re.Match[str] | None:
        if not self.may_match(string):
            return None
        finder = self.finder
        if finder is not None:
            if self.ignore_case:
                s, odd = self._lower(string)
            else:
                s, odd = string, False
            if not odd and finder.match(s, *args) is None:
                return None
        return self.raw.match(string, *args)

    def fullmatch(self, string: str, *args: int) -> re.Match[str] | None:
        return self.raw.fullmatch(string, *args) if self.may_match(string) else None

    def finditer(self, string: str, *args: int) -> Iterator[re.Match[str]]:
        start = self._first(string, args)
        if start < 0:
            return iter(())
        if not self.nonempty or (self.finder is None and self.alternatives is None):
            return self.raw.finditer(string, start, *args[1:])
        if self.ignore_case:
            s, odd = self._lower(string)
            if odd:
                return self.raw.finditer(string, start, *args[1:])
        else:
            s = string
        return self._finditer(string, s, start, args)

    def _finditer(self, string: str, s: str, start: int, args: tuple) -> Iterator[re.Match[str]]:
        """The raw pattern's matches, each searched for from where the copy finds the next one.

        A pattern that never matches the empty string finds its matches one after the other,
        each by a search from the end of the one before; the copy tells where each next match
        starts at the earliest, so the raw pattern never scans the text between matches."""
        raw_search = self.raw.search
        rest = args[1:]
        size = len(s)
        end = args[1] if rest else size
        end = 0 if end < 0 else size if end > size else end
        alternatives = self.alternatives
        if alternatives is None:
            finder, scout = self.finder, self.scout
            while True:
                m = raw_search(string, start, *rest)
                if m is None:
                    return
                yield m
                if scout is not None:
                    start = _scouted(scout, finder, s, m.end(), end)
                    if start < 0:
                        return
                    continue
                found = finder.search(s, m.end(), end)
                if found is None:
                    return
                start = found.start()
        # Each alternative's next match, kept while it lies ahead (-2: not looked for yet, -1: none left).
        chosen = alternatives.chosen(s)
        ahead = [-2] * len(chosen)
        while True:
            m = raw_search(string, start, *rest)
            if m is None:
                return
            yield m
            after = m.end()
            start = -1
            for index, (pattern, scout) in enumerate(chosen):
                at = ahead[index]
                if -1 < at < after or at == -2:
                    if scout is not None:
                        at = ahead[index] = _scouted(scout, pattern, s, after, end)
                    else:
                        found = pattern.search(s, after, end)
                        at = ahead[index] = -1 if found is None else found.start()
                if at >= 0 and (start < 0 or at < start):
                    start = at
            if start < 0:
                return

    def findall(self, string: str, *args: int) -> list:
        return self.raw.findall(string, *args) if self._may_search(string, args) else []

    def sub(self, repl: str | Callable[[re.Match[str]], str], string: str, count: int = 0) -> str:
        return self.raw.sub(repl, string, count) if self._may_search(string, ()) else string

    def subn(self, repl: str | Callable[[re.Match[str]], str], string: str, count: int = 0) -> tuple[str, int]:
        return self.raw.subn(repl, string, count) if self._may_search(string, ()) else (string, 0)

    def split(self, string: str, maxsplit: int = 0) -> list:
        return self.raw.split(string, maxsplit) if self._may_search(string, ()) else [string]

    def __repr__(self) -> str:
        return f"GuardedPattern({self.raw!r})"


def guard_patterns(namespace: dict, *names: str) -> None:
    """Put the named module-level patterns behind their literal pre-checks (names no longer there are skipped).

    A pattern is left as it is when no device helps: nothing to check or copy, or a case-sensitive
    pattern opening with something rare ("IRI|KH|..."), which re finds faster than any pre-check."""
    for name in names:
        pattern = namespace.get(name)
        if isinstance(pattern, re.Pattern):
            guard = GuardedPattern(pattern)
            if guard.literals is None and guard.finder is None and guard.alternatives is None:
                continue
            if not guard.ignore_case and guard.alternatives is None and guard.scout is None \
                    and _rare_start(_unrolled(_sre_p.parse(pattern.pattern, pattern.flags).data)):
                continue
            namespace[name] = guard
