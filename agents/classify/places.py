"""Fast base-name lookup over a whole article, and the countries and provinces around it.

The gazetteer's own :meth:`Gazetteer.mentions` runs one large alternation regex
at every character, which costs several milliseconds on a 3 KB article. The
extractor has to read thousands of articles a second, so this module indexes the
same aliases by their first word and walks the text word by word instead: a
dictionary lookup per word, and a comparison only where an alias could start.
The result is the same set of mentions, resolved through the same gazetteer.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from agents.classify.gazetteer import Base, Gazetteer, default_gazetteer, normalize

_POSSESSIVE_RE = re.compile(r"['’]s\b")
_UNSEEN = object()
_TOKEN_RE = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
# Only these may sit between two words of one name ("Ain al-Asad", "Ain al Asad").
_GAP_RE = re.compile(r"^[\s\-\u2010-\u2015'’]*$")

COUNTRIES: dict[str, str] = {"iraq": "Iraq", "syria": "Syria", "jordan": "Jordan"}

# Provinces, regions and cities that place an unnamed base in a country.
REGIONS: dict[str, str] = {
    "anbar": "Iraq", "erbil": "Iraq", "irbil": "Iraq", "arbil": "Iraq", "baghdad": "Iraq", "kirkuk": "Iraq",
    "salahuddin": "Iraq", "salah al din": "Iraq", "nineveh": "Iraq", "ninawa": "Iraq", "mosul": "Iraq",
    "basra": "Iraq", "kurdistan": "Iraq", "kurdistan region": "Iraq", "dhi qar": "Iraq", "babil": "Iraq",
    "diyala": "Iraq", "duhok": "Iraq", "dohuk": "Iraq", "sulaymaniyah": "Iraq", "haditha": "Iraq",
    "hasakah": "Syria", "hasaka": "Syria", "al hasakah": "Syria", "hassakeh": "Syria", "deir ez zor": "Syria",
    "deir ezzor": "Syria", "deir el zour": "Syria", "deir al zor": "Syria", "deir ez zour": "Syria",
    "deir ezzour": "Syria", "deir al zour": "Syria", "homs": "Syria", "raqqa": "Syria", "qamishli": "Syria",
    "mafraq": "Jordan",
    # The refugee camp is not the Rukban base (bare "Rukban" is an alias of the base).
    "rukban camp": "Syria", "al rukban camp": "Syria", "rukban refugee camp": "Syria",
    "al rukban refugee camp": "Syria",
}


@dataclass(frozen=True)
class PlaceMention:
    """A base named in the text (``base`` set) or a country/region placing one (``country`` only)."""

    start: int
    end: int
    surface: str
    base: Base | None
    country: str | None


class PlaceIndex:
    """Word-indexed view of a gazetteer plus the country and region vocabulary."""

    def __init__(self, gazetteer: Gazetteer):
        self.gazetteer = gazetteer
        self._starts: dict[str, list[tuple[tuple[str, ...], Base | None, str | None]]] = {}
        for base in gazetteer.bases:
            provinces = {normalize(base.province)} if base.province else set()
            for name in (base.canonical, *base.aliases):
                words = tuple(_key(name).split(" "))
                if not words or not words[0]:
                    continue
                # A base alias that is just its province name ("Deir ez-Zor") places, it does not name.
                if " ".join(words) in provinces or " ".join(words) in REGIONS:
                    self._add(words, None, base.country)
                else:
                    self._add(words, base, base.country)
        for name, country in {**REGIONS, **COUNTRIES}.items():
            words = tuple(name.split(" "))
            if not self._has(words):
                self._add(words, None, country)
        for options in self._starts.values():
            options.sort(key=lambda option: len(option[0]), reverse=True)
        self._regexes: dict[str, re.Pattern[str]] = {}
        self._barren: set[str] = set()  # whitespace-separated words that begin no alias
        self._parts: dict[str, tuple[tuple[str, str], ...]] = {}  # and what the others yield
        self._entries: dict[str, tuple[Base | None, str | None] | None] = {}  # matched text -> what it names
        self._by_key: dict[str, tuple[Base | None, str | None]] = {}
        for options in self._starts.values():
            for words, base, country in options:
                self._by_key.setdefault(" ".join(words), (base, country))

    def _add(self, words: tuple[str, ...], base: Base | None, country: str | None) -> None:
        self._starts.setdefault(words[0], []).append((words, base, country))

    def _has(self, words: tuple[str, ...]) -> bool:
        return any(option[0] == words for option in self._starts.get(words[0], ()))

    def find(self, text: str) -> list[PlaceMention]:
        """Every base, country and region named in ``text``, longest name first, in order.

        Candidate first words come from splitting the lower-cased text (C speed);
        only where one occurs is the small regex of that word's aliases tried.
        """
        low = lower_text(text)
        hits: list[PlaceMention] = []
        last_end = -1
        for position, word in self._candidate_starts(low):
            if position < last_end:
                continue
            m = self._regex_for(word).match(text, position)
            if m is None:
                continue
            surface = m.group(0)
            entry = self._entries.get(surface, _UNSEEN)
            if entry is _UNSEEN:
                if len(self._entries) > 50_000:
                    self._entries.clear()
                entry = self._entries[surface] = self._by_key.get(_key(_POSSESSIVE_RE.sub("", surface)))
            if entry is None:
                continue
            base, country = entry
            hits.append(PlaceMention(m.start(), m.end(), m.group(0), base, country))
            last_end = m.end()
        return hits

    def _regex_for(self, word: str) -> re.Pattern[str]:
        pattern = self._regexes.get(word)
        if pattern is None:
            options = self._starts[word]
            body = "|".join(_flexible(words) for words, _, _ in options)
            pattern = re.compile(r"(?:" + body + r")(?![^\W_])", re.IGNORECASE)
            self._regexes[word] = pattern
        return pattern

    def _candidate_starts(self, low: str) -> list[tuple[int, str]]:
        """(offset, first word) wherever a word that begins some alias starts, in order."""
        found: set[tuple[int, str]] = set()
        for word, folded in self._candidate_words(low):
            size, at = len(word), low.find(word)
            while at >= 0:
                before = low[at - 1] if at else " "
                after = low[at + size] if at + size < len(low) else " "
                if not (before.isalnum() or before == "_") and not (after.isalnum() or after == "_"):
                    found.add((at, folded))
                at = low.find(word, at + size)
        return sorted(found)

    def _candidate_words(self, low: str) -> set[tuple[str, str]]:
        """The (word, folded) pairs of :func:`split_words` whose folded form begins an alias.

        Whitespace-separated words recur from article to article, so what each one yields is
        remembered; a word that yields nothing is dropped with one set difference.
        """
        barren, parts = self._barren, self._parts
        words: set[tuple[str, str]] = set()
        for raw in set(low.split()) - barren:
            pairs = parts.get(raw)
            if pairs is None:
                pairs = tuple((w, f) for w in split_words(raw) if (f := _fold_word(w)) in self._starts)
                if len(barren) + len(parts) > 200_000:
                    barren.clear()
                    parts.clear()
                if not pairs:
                    barren.add(raw)
                    continue
                parts[raw] = pairs
            words.update(pairs)
        return words


_STRIP = ",.;:!?\"()[]{}“”‘'’"


def lower_text(text: str) -> str:
    """Lower-cased text with curly apostrophes straightened, at the same offsets as ``text``."""
    low = text.lower()
    if len(low) != len(text):
        low = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    return low.replace("’", "'")


def split_words(low: str) -> set[str]:
    """The distinct words of lower-cased text, split on spaces and hyphens, punctuation and possessives removed."""
    words: set[str] = set()
    for raw in set(low.split()):
        for part in raw.replace("\u2013", "-").replace("\u2014", "-").split("-"):
            part = part.strip(_STRIP)
            if part.endswith("'s"):
                part = part[:-2]
            if part:
                words.add(part)
    return words


def _flexible(words: tuple[str, ...]) -> str:
    """Regex for a folded alias: any spaces, hyphens or apostrophes between words, an optional possessive."""
    return r"[\s\-\u2010-\u2015'’.]*".join(re.escape(w) + r"(?:['’]s)?" for w in words)


@lru_cache(maxsize=16384)
def _key(name: str) -> str:
    """A name folded like :func:`normalize`, with the periods of abbreviations ("U.S.") dropped."""
    return " ".join(w for w in (w.strip(".") for w in normalize(name).split(" ")) if w)


@lru_cache(maxsize=16384)
def _fold_word(word: str) -> str:
    """Candidate-scan form of a split word, folded like a token."""
    return _fold(word)


@lru_cache(maxsize=16384)
def _fold(token: str) -> str:
    """A word as :func:`normalize` would leave it (lower case, no accents or apostrophes);
    a possessive "'s" is dropped so "Baghdad's international airport" finds the airport."""
    if token[-2:] in ("'s", "’s"):
        token = token[:-2]
    return normalize(token).replace(" ", "").strip(".")


@lru_cache(maxsize=4)
def _index_for(gazetteer_id: int) -> PlaceIndex:
    return PlaceIndex(default_gazetteer())


def default_index() -> PlaceIndex:
    """The index over the shipped gazetteer (built once per process)."""
    return _index_for(id(default_gazetteer()))
