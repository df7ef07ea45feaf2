"""The extractor's speed devices give the answers of the plain code they stand in for.

Extraction is made fast with caches keyed by text, literal pre-checks in front of costly
patterns, a rewritten sentence-end scan and a remembered word scan for place names. None
may change an output, so each is checked here against its plain equivalent over the
development corpus, the seed articles and synthetic reports from the speed bench.
"""

from __future__ import annotations

import importlib
import json
import random
import re
import sys
from datetime import date
from pathlib import Path

import pytest

from agents.classify import extractor
from agents.classify.core import extract
from agents.classify.dates import find_dates
from agents.classify.numbers import GuardedPattern, guard_patterns, lowered_pattern, required_literals
from agents.classify.places import PlaceIndex, _fold_word, default_index, lower_text, split_words
from streams.records import Article
from streams.replay import load_articles

ROOT = Path(__file__).resolve().parents[3]
MODULES = ("extractor", "casualties", "claimants", "weapons", "dates", "pauses", "places", "numbers")


def _bench():
    sys.path.insert(0, str(ROOT / "bench"))
    try:
        return importlib.import_module("extract_speed")
    finally:
        sys.path.remove(str(ROOT / "bench"))


def _articles() -> list[Article]:
    dev, problems = load_articles([ROOT / "tests" / "corpus" / "dev.jsonl"])
    seeds, more = load_articles([ROOT / "seeds"])
    assert not problems and not more
    rng = random.Random(2024)
    bench = _bench()
    return dev + seeds + [bench.synthetic(rng, i) for i in range(120)]


ARTICLES = _articles()
TEXTS = [extractor._full_text(a) for a in ARTICLES]
SENTENCES = sorted({s.text for t in TEXTS for s in extractor.split_sentences(t)})
# Case-folding corner cases: IGNORECASE patterns match these to ASCII letters (ſ ~ s, K ~ k, ı/İ ~ i).
ODD = ["Rockets \u017ftruck the base", "a drone \u017ftrike killed two U.S. troop\u017f", "\u0130ran-backed militia\u017f",
       "the \u212aataib Hezbollah claim", "STRIKES ON U.S. FORCES", "No casualties were reported."]


def _guarded() -> list[tuple[str, GuardedPattern]]:
    found = []
    for name in MODULES:
        module = importlib.import_module(f"agents.classify.{name}")
        for attr, value in vars(module).items():
            if isinstance(value, GuardedPattern):
                found.append((f"{name}.{attr}", value))
    return found


GUARDED = _guarded()


def test_some_patterns_are_guarded() -> None:
    assert len(GUARDED) >= 10


def _result(m: re.Match[str] | None) -> tuple | None:
    """What a caller can read off a match: its span, groups and their spans."""
    if m is None:
        return None
    return m.span(), m.groups(), m.groupdict(), tuple(m.span(i) for i in range(len(m.groups()) + 1)), m.lastindex


def _bounds(text: str) -> list[tuple[int, ...]]:
    """pos/endpos arguments to try on ``text``: none, a start, a start and an end, out-of-range ones."""
    size = len(text)
    return [(), (0,), (size // 3,), (size // 2, size), (1, size - 3), (size // 4, 3 * size // 4), (-5,), (2, size + 9),
            (size,), (size + 1,)]


def _assert_same(guard: GuardedPattern, text: str, args: tuple = (), label: object = None) -> None:
    """Every method the readers use gives the raw pattern's answer."""
    raw = guard.raw
    expected = [_result(m) for m in raw.finditer(text, *args)]
    assert [_result(m) for m in guard.finditer(text, *args)] == expected, (label, text, args)
    assert _result(guard.search(text, *args)) == _result(raw.search(text, *args)), (label, text, args)
    assert _result(guard.match(text, *args)) == _result(raw.match(text, *args)), (label, text, args)
    assert _result(guard.fullmatch(text, *args)) == _result(raw.fullmatch(text, *args)), (label, text, args)
    assert guard.findall(text, *args) == raw.findall(text, *args), (label, text, args)
    if not args:
        assert guard.sub("#", text) == raw.sub("#", text), (label, text)
        assert guard.subn("#", text) == raw.subn("#", text), (label, text)
        assert guard.split(text) == raw.split(text), (label, text)
        if expected:
            assert guard.may_match(text), (label, text)


@pytest.mark.parametrize("name,guard", GUARDED, ids=[n for n, _ in GUARDED])
def test_guard_never_skips_a_match(name: str, guard: GuardedPattern) -> None:
    """The pre-checks only ever rule out texts the raw pattern does not match, and every result
    (spans, groups, later matches of finditer) is the raw pattern's, with and without pos/endpos."""
    for text in SENTENCES + ODD + TEXTS[:20]:
        _assert_same(guard, text, (), name)
    for text in SENTENCES[::7] + ODD + TEXTS[:5]:
        for args in _bounds(text)[1:]:
            _assert_same(guard, text, args, name)


@pytest.mark.parametrize("name,guard", GUARDED, ids=[n for n, _ in GUARDED])
def test_guard_copy_matches_wherever_the_raw_pattern_does(name: str, guard: GuardedPattern) -> None:
    """The lower-case copy (and each alternative the search is split into) matches at every
    position the raw pattern matches at: the raw search may start from the copy's match."""
    for text in SENTENCES[::3]:
        s = text.lower() if guard.ignore_case else text
        for i in range(len(text) + 1):
            if guard.raw.match(text, i) is None:
                continue
            if guard.finder is not None:
                assert guard.finder.match(s, i) is not None, (name, text, i)
            if guard.alternatives is not None:
                assert guard.alternatives.first(s, i, len(s)) == i, (name, text, i)


@pytest.mark.parametrize(
    "pattern,text",
    [
        (r"\bstrikes?\b", "air \u017fTRIKE"),
        (r"kataib", "\u212aATAIB"),
        (r"(?:foo|bar)baz", "xBARBAZ"),
        (r"a(?:b|)c", "ac"),
        (r"x{0,2}yz", "yz"),
        (r"(?:ab)+c", "ababc"),
        (r"\bU\.S\.\s+forces", "U.S.  forces"),
    ],
)
def test_required_literals_hold(pattern: str, text: str) -> None:
    for flags in (0, re.IGNORECASE):
        compiled = re.compile(pattern, flags)
        if compiled.search(text) is None:
            continue
        guard = GuardedPattern(compiled)
        assert guard.may_match(text)
        literals = required_literals(compiled)
        if literals is not None and not flags:
            assert any(lit in text for lit in literals)


def test_optional_parts_give_no_literals() -> None:
    assert required_literals(re.compile(r"(?:abc)?")) is None
    assert required_literals(re.compile(r"a|")) is None
    assert required_literals(re.compile(r"[a-z]+")) is None


_PLAIN_SENTENCE_END_RE = re.compile(
    r"[.!?][\"”’')\]]*\s+(?=[\"“‘(\[]?[A-Z0-9])|\n+|(?<=[a-z][a-z])[.!?][\"”’')\]]*(?=[\"“‘]?[A-Z][a-z])"
)


def test_sentence_end_scan_matches_the_plain_pattern() -> None:
    extra = ["a.\n\nB", "x!\n\n\nY", "\n\n\n", ".\n", "?)  ”A", "a. b", "..\n.\nA", "End.” Next", "U.S.\n\nThe", "day.It", "day.\"Our", "U.S.Army", "a.b"]
    for text in TEXTS + extra:
        assert [m.span() for m in extractor._SENTENCE_END_RE.finditer(text)] == \
               [m.span() for m in _PLAIN_SENTENCE_END_RE.finditer(text)]


def test_long_word_test_only_spares_searches(monkeypatch: pytest.MonkeyPatch) -> None:
    """Splitting with the cheap long-word test gives the sentences the abbreviation search alone gives."""
    def spans(text: str) -> list[tuple[int, int, str, bool]]:
        return [(s.start, s.end, s.text, s.is_title) for s in extractor.split_sentences(text)]

    extra = ["He met Gen. Smith.", "at 5 p.m. Monday. Then", "the U.S. Army. The", "abcdefghijklmnop. Next", "x_y_z_w. Next"]
    fast = [spans(t) for t in TEXTS + extra]
    monkeypatch.setattr(extractor, "_long_word_before", lambda text, end: False)
    assert [spans(t) for t in TEXTS + extra] == fast


def test_place_candidates_match_a_fresh_scan() -> None:
    index = default_index()
    for text in TEXTS + ODD:
        low = lower_text(text)
        plain = {(w, f) for w in split_words(low) if (f := _fold_word(w)) in index._starts}
        assert index._candidate_words(low) == plain
    fresh = PlaceIndex(index.gazetteer)
    for text in TEXTS:
        assert fresh.find(text) == index.find(text)


def test_places_in_a_sentence_are_those_starting_inside_it() -> None:
    for text in TEXTS[:60]:
        places = default_index().find(text)
        reader = extractor._Reader(text, None, places)
        for sentence in extractor.split_sentences(text):
            assert reader._places_in(sentence) == [p for p in places if sentence.start <= p.start < sentence.end]


def _clear_text_caches() -> None:
    for name in MODULES:
        module = importlib.import_module(f"agents.classify.{name}")
        for attr, value in vars(module).items():
            if hasattr(value, "cache_clear") and getattr(value, "__module__", None) == module.__name__ \
                    and attr not in ("_index_for", "default_gazetteer"):
                value.cache_clear()


def test_dates_cached_by_text_resolve_per_publication_day() -> None:
    days = [date(2024, 1, 29), date(2024, 2, 4), date(2023, 10, 19)]
    sentences = [s for s in SENTENCES if extractor._may_have_date(s.lower())][:120]
    fresh = {}
    for d in days:
        for s in sentences:
            _clear_text_caches()
            fresh[s, d] = find_dates(s, d)
    _clear_text_caches()
    for d in days:  # the second and third days reuse the first day's pattern matches
        for s in sentences:
            assert find_dates(s, d) == fresh[s, d]


def test_extraction_does_not_depend_on_cache_state() -> None:
    """Cold caches, warm caches and a reversed reading order give the same extractions."""
    _clear_text_caches()
    cold = [json.dumps(extract(a).to_contract(), sort_keys=True) for a in ARTICLES]
    warm = [json.dumps(extract(a).to_contract(), sort_keys=True) for a in ARTICLES]
    _clear_text_caches()
    backwards = [json.dumps(extract(a).to_contract(), sort_keys=True) for a in reversed(ARTICLES)][::-1]
    assert cold == warm == backwards


def test_threads_reading_side_by_side_agree_with_one_reader() -> None:
    """The shared pre-check and word caches stay consistent when several threads extract at once."""
    from concurrent.futures import ThreadPoolExecutor

    alone = [extract(a).to_contract() for a in ARTICLES]
    _clear_text_caches()
    with ThreadPoolExecutor(max_workers=4) as pool:
        together = list(pool.map(lambda a: extract(a).to_contract(), ARTICLES))
    assert together == alone


@pytest.mark.parametrize(
    "pattern,text",
    [
        (r"(?P<Num>\d+)\s+ROCKETS\b", "Five rockets, then 12 Rockets hit"),
        (r"\bU\.S\.\s+\S+\s+FORCES", "u.s. led forces and U.S.-LED Forces"),
        (r"[A-Z]{2,}\s+base", "the PMF base, the pmf Base"),
        (r"(?P<w>drone)\W+(?P=w)", "DRONE, drone"),
        (r"\bStrikes?\B", "strikesx"),
    ],
)
def test_lowered_pattern_matches_what_the_raw_pattern_matches(pattern: str, text: str) -> None:
    raw = re.compile(pattern, re.IGNORECASE)
    guard = GuardedPattern(raw)
    assert guard.finder is not None
    for start in range(0, len(text), 3):
        for end in (len(text), len(text) - 4):
            found, expected = guard.search(text, start, end), raw.search(text, start, end)
            assert (found and (found.span(), found.groupdict())) == (expected and (expected.span(), expected.groupdict()))
            assert [m.span() for m in guard.finditer(text, start, end)] == [m.span() for m in raw.finditer(text, start, end)]


def test_no_lowered_pattern_where_case_matters() -> None:
    assert lowered_pattern(re.compile(r"Kataib")) is None
    assert lowered_pattern(re.compile(r"(?-i:[A-Z])\w+ base", re.IGNORECASE)) is None


# Patterns exercising each device: alternatives split (7 or more, one anchored), inline flags
# both ways, look-arounds holding case-sensitive parts, back-references, atomic parts, sets and
# ranges around the letters, non-ASCII letters, empty matches.
_TRICKY = [
    (r"\b\d{2,}\s+times|\bdozens\s+of|(?:a|one)\s+wave|\bsp[ae]te\s+of|\bfrequently|\bso\s+far|\bto\s+date"
     r"|^(?=[\s\S]*\battacks\b)[\s\S]*?\bin\s+all\b", re.IGNORECASE),
    (r"(?P<a>\bUS\b)|(?P<b>strikes?)|(?P<c>raid)|(?P<d>jets?)|(?P<e>war\w+)|(?P<f>\d+\s*mm)|(?P<g>[A-Z]{3,})|(?P<h>^Iran)",
     re.IGNORECASE),
    (r"\b(?:(?i:last|this)\s+(?:week|month)|(?i:in|since)\s+(?:Jan|Feb|March|May)(?!\w)|[Ll]ast\s+May|early\s+June)", 0),
    (r"\b(?P<det>a|the|two)\s+(?P<noun>bases?|camps?)(?P<post>(?:[^.;]|\.(?!\s+(?-i:[A-Z]))){0,20})", re.IGNORECASE),
    (r"(?<!(?-i:[A-Z]))base(?=(?-i:s))|camp(?!(?-i:S))|x(?-i:[^A-Z])y|(?-i:[^k])ey", re.IGNORECASE),
    (r"(?P<w>drone|rocket)\W+(?P=w)", re.IGNORECASE),
    (r"(?>[a-z]+)\s+base|(?:ab)++c", re.IGNORECASE),
    (r"[0-Z]+x|[^0-Z]y|[^A-Z]+z", re.IGNORECASE),
    (r"caf\u00e9|\u00c9t\u00e9|na\u00efve", re.IGNORECASE),
    (r"\b(?:x*|strike)\b", re.IGNORECASE),
    (r"^\s*(?:said|told)\b|(?:said|told)\s*$", re.IGNORECASE | re.MULTILINE),
    (r"\AU\.S\.|U\.S\.\Z|\bkh\b", re.IGNORECASE),
    (r"IRI|KH|KSS|AAH|IRGC", 0),
    (r"(?<=[a-z0-9,)])\s+(?=[A-Z][A-Z'.-]{4,}\s*(?::|-|\s-\s))", 0),
    (r"(?<!\w)\d{2,}\s+(?:times|attacks)", re.IGNORECASE),
    (r"(?<![\w-])frequently\b", re.IGNORECASE),
]

_TRICKY_TEXTS = [
    "Dozens of rockets; a WAVE of attacks, 12 times in all so far. Frequently, to date.",
    "Rockets hit the base; the attacks came in all week, and so far dozens of times.",
    "In all, attacks in all provinces; a wave of them.",
    "Iran-backed militias: US jets and raids, warplanes and 107 mm rockets; the KH and IRGC said.",
    "Since January? No: since Jan, in May, last May, Last week, IN MARCH, Early June, early june",
    "The base. The two CAMPS near Erbil. A base; a base. Then a camp.",
    "Xbases Abases camp campS CampS base basesx xay xAy Key key KEY",
    "drone, DRONE rocket--Rocket drone drones",
    "abababc the base THE BASE",
    "09:@Zx [y `y ^y aaz BZZz",
    "CAF\u00c9 \u00e9T\u00c9 NA\u00cfVE caf\u00e9",
    "strike x xx \u017ftrike ",
    "he said\n  Told them\nthey told",
    "Baghdad, 12 times.  BAGHDAD: ERBIL -  Rockets, 3 attacks) KIRKUK - frequently; non-frequently so far",
    "a  WAR'S-END: 22 attacks, routinely  ROUTINELY",
    "afrequently bfrequently cfrequently dfrequently frequently",  # a scout's misses, then the match
    "U.S. forces and u.s. troops, KH said U.S.",
    "a \u212aataib \u0130ran \u0131 \u017fo far attacks in all",
    "",
]


@pytest.mark.parametrize("pattern,flags", _TRICKY, ids=[str(i) for i in range(len(_TRICKY))])
def test_tricky_patterns_give_the_raw_answers(pattern: str, flags: int) -> None:
    raw = re.compile(pattern, flags)
    guard = GuardedPattern(raw)
    rng = random.Random(pattern)
    alphabet = list("aAbBsSkKiI tTeExX.,;-'0123") + ["\u017f", "\u212a", "\u0130", "\u0131", "\u00e9", "\u00c9", "\n"]
    texts = list(_TRICKY_TEXTS)
    texts += [t.upper() for t in _TRICKY_TEXTS] + [t.swapcase() for t in _TRICKY_TEXTS]
    for _ in range(150):
        # Pieces of the texts shuffled with random characters.
        pieces = [rng.choice(_TRICKY_TEXTS)[rng.randrange(30):][:rng.randrange(1, 40)] for _ in range(3)]
        pieces += ["".join(rng.choice(alphabet) for _ in range(rng.randrange(6)))]
        rng.shuffle(pieces)
        texts.append("".join(pieces))
    for text in texts:
        for args in _bounds(text):
            _assert_same(guard, text, args, pattern)


def test_long_alternations_are_searched_by_alternative() -> None:
    """The split actually happens for long alternations, and an anchored branch is kept apart."""
    guard = GuardedPattern(re.compile(_TRICKY[0][0], _TRICKY[0][1]))
    assert guard.alternatives is not None
    assert len(guard.alternatives.anchored) == 1
    assert GuardedPattern(re.compile(r"\b(?:a|b|c|d|e|f|g|h)\b")).alternatives is None  # re scans that fast


def test_patterns_opening_with_conditions_get_a_scout() -> None:
    for pattern, flags in _TRICKY[-3:]:
        assert GuardedPattern(re.compile(pattern, flags)).scout is not None, pattern


def test_guard_patterns_wraps_only_where_a_device_helps() -> None:
    namespace = {"RARE": re.compile(r"IRI|KH|IRGC"), "WORDS": re.compile(r"\b(?:strikes?|raids?)\b", re.IGNORECASE),
                 "NOTHING": re.compile(r"\w+"), "OTHER": "not a pattern"}
    guard_patterns(namespace, "RARE", "WORDS", "NOTHING", "OTHER", "MISSING")
    assert isinstance(namespace["RARE"], re.Pattern)  # re finds capitals faster than a pre-check
    assert isinstance(namespace["WORDS"], GuardedPattern)
    assert isinstance(namespace["NOTHING"], re.Pattern)
    assert namespace["OTHER"] == "not a pattern" and "MISSING" not in namespace


def test_mixed_case_patterns_get_a_relaxed_copy() -> None:
    assert GuardedPattern(re.compile(_TRICKY[2][0])).finder is not None
    assert GuardedPattern(re.compile(_TRICKY[3][0], re.IGNORECASE)).finder is not None
    assert lowered_pattern(re.compile(_TRICKY[3][0], re.IGNORECASE)) is None  # not an exact copy


@pytest.mark.parametrize("name", ["_BACKGROUND_RE", "_NEGATIVE_RE", "_HYPOTHETICAL_RE", "_SAME_BASE_AGAIN_RE"])
def test_long_alternations_keep_their_guard_per_alternative(name: str) -> None:
    """A branch added past the limit of ``numbers._MAX_ALTERNATIVES`` makes the whole pattern searched at once,
    which costs the extractor a tenth of its speed without changing any answer: join the new branch to one
    already there instead."""
    pattern = getattr(extractor, name)
    assert isinstance(pattern, GuardedPattern) and pattern.alternatives is not None, name
