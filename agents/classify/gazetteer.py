"""The gazetteer: every site hosting U.S./coalition forces that reporting names.

Reporting spells one base a dozen ways (Ain al-Asad, Ayn al-Assad, Al-Asad Air
Base...). Counting and merging only work once every spelling resolves to one
canonical name, so the gazetteer ships as data (``data/gazetteer.csv``) that
analysts can extend without touching code.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Iterator

# The CSV columns, in order; ``aliases`` and ``towns`` are ``;``-separated.
GAZETTEER_COLUMNS: tuple[str, ...] = ("canonical", "country", "province", "lat", "lon", "kind", "aliases", "towns", "notes")
# Columns a gazetteer file must have; ``towns`` came later, so older files without it still load.
REQUIRED_COLUMNS: tuple[str, ...] = ("canonical", "country", "province", "lat", "lon", "kind", "aliases", "notes")


@dataclass(frozen=True)
class Base:
    """A site as the gazetteer knows it."""

    canonical: str
    country: str
    province: str | None
    lat: float | None
    lon: float | None
    kind: str
    aliases: tuple[str, ...]
    notes: str = ""
    # Names of the town or area the site is named after ("Rmelan", "Erbil"). On their own they
    # name the place, not the site; the place lookup reads them as the site only where the text
    # ties them to a base ("the Erbil base", "a base called Rmelan").
    towns: tuple[str, ...] = ()


@dataclass(frozen=True)
class BaseMention:
    """Where in a text a base is named, so extraction can tie it to nearby facts."""

    base: Base
    start: int
    end: int
    surface: str


def normalize(text: str) -> str:
    """Fold the differences that do not change a name: case, accents, hyphens, apostrophes."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.lower().replace("\u2019", "'").replace("`", "'")
    text = re.sub(r"'s\b", "", text)  # possessives: "Baghdad's international airport"
    text = re.sub(r"[-\u2010-\u2015_]", " ", text)
    text = text.replace("'", "")
    return re.sub(r"\s+", " ", text).strip()


# The article transliteration writes before a name ("al-Asad", "el-Zour", "Al Tanf"): not part of it.
ARTICLES: frozenset[str] = frozenset({"al", "el"})
# Sun-letter forms of the article ("At-Tanf", "ash-Shaddadi", "Deir ez-Zor"): dropped only when a
# hyphen joins them to the name, since standing alone they are English words ("at", "as", "an").
JOINED_ARTICLES: frozenset[str] = frozenset(
    {"ad", "adh", "an", "ar", "as", "ash", "at", "ath", "az", "ed", "en", "er", "es", "et", "ez", "ud", "ul"})
# Every spelling of a word of a name, as the text and the gazetteer both write it.
NAME_WORD_RE = re.compile(r"[^\W_]+(?:['\u2019][^\W_]+)*")
_HYPHENS = frozenset("-\u2010\u2011\u2012\u2013\u2014\u2015")
_APOSTROPHES = str.maketrans("", "", "'\u2019\u2018`\u00b4\u02bb\u02bc\u02bd\u02be\u02bf")
_DOUBLE_CONSONANT_RE = re.compile(r"([b-df-hj-np-tv-z])\1+")
# A diphthong written ai/ay/ei/ey after a consonant and before a consonant or the end: one sound.
_DIPHTHONG_RE = re.compile(r"(?<=[b-df-hj-np-tv-z])(?:a|e)(?:i|y)(?![aeiou])")
_NONINITIAL_E_RE = re.compile(r"(?<=.)e")
_VOWEL_Y_RE = re.compile(r"(?<=[b-df-hj-np-tv-z])y(?![aeiou])")
_DOUBLE_VOWEL_RE = re.compile(r"([aiu])\1+")


def fold_word(word: str) -> str:
    """One word of a name reduced to what its Arabic transliterations share.

    Reporting writes one name many ways (Rmeilan/Rumailan, Bismayah/Besmaya, Kharab al-Jeir/
    al-Jir, Kasrak/Qasrak, Hassakeh/Hasakah), so the gazetteer and the text are compared in this
    form: case, accents and apostrophes dropped, a possessive "'s" dropped, kh -> k, q -> k,
    gh -> g, doubled consonants single, ee/ei/ey/ai/ay (after a consonant) -> i, e -> i except
    word-initially, oo/ou/o -> u, y as a vowel -> i, a final -ah/-eh/-e -> a. The first letter is
    kept as written, so "Ein"/"Ain" never fold into the English "in", and consonants other than
    kh/q/gh stay distinct, so distinct sites stay distinct (the gazetteer refuses two sites
    whose spellings fold alike). Words with digits or other marks are only lower-cased.
    """
    w = word.lower()
    if not w.isascii():
        w = "".join(ch for ch in unicodedata.normalize("NFKD", w) if not unicodedata.combining(ch))
    if w.endswith(("'s", "\u2019s")):
        w = w[:-2]
    w = w.translate(_APOSTROPHES)
    if not w.isalpha() or not w.isascii():
        return w.strip(".")
    w = w.replace("kh", "k").replace("q", "k").replace("gh", "g")
    w = _DOUBLE_CONSONANT_RE.sub(r"\1", w)
    if len(w) > 2 and w[-1] == "h" and w[-2] in "aeiou":
        w = w[:-1]
    if len(w) > 2 and w[-1] == "e":
        w = w[:-1] + "a"
    w = w.replace("ee", "i").replace("oo", "u").replace("ou", "u").replace("o", "u")
    w = _DIPHTHONG_RE.sub("i", w)
    w = _NONINITIAL_E_RE.sub("i", w)
    w = _VOWEL_Y_RE.sub("i", w)
    return _DOUBLE_VOWEL_RE.sub(r"\1", w)


def name_words(name: str) -> tuple[str, ...]:
    """The folded words of a name, articles left out ("Al-Tanf" and "Tanf" give the same words)."""
    low = name.lower()
    tokens = list(NAME_WORD_RE.finditer(low))
    words: list[str] = []
    for i, m in enumerate(tokens):
        word = m.group(0)
        if i + 1 < len(tokens):
            gap = low[m.end():tokens[i + 1].start()]
            joined = gap and all(ch in _HYPHENS for ch in gap)
            if word in ARTICLES or (word in JOINED_ARTICLES and (joined or not words)):
                continue  # "At Tanf" as a name is "Tanf": the text lookup adds the article back
        words.append(fold_word(word))
    return tuple(w for w in words if w)


def spelling_key(name: str) -> str:
    """The lookup key of a name: its folded words, so every transliteration of one name meets."""
    return " ".join(name_words(name))


class Gazetteer:
    """Resolves names to bases and finds base mentions in text."""

    def __init__(self, bases: list[Base]):
        self.bases = tuple(bases)
        self._by_key: dict[str, Base] = {}
        # A site called by its town's name ("Besmaya") resolves by that exact name only: other
        # spellings of the town ("Bismayah") name the town.
        self._exact: dict[str, Base] = {}
        for base in self.bases:
            towns = {spelling_key(town) for town in base.towns}
            for name in (base.canonical, *base.aliases):
                key = spelling_key(name)
                if key in towns and name == base.canonical:
                    self._exact[normalize(name)] = base
                    continue
                other = self._by_key.get(key)
                if other is not None and other.canonical != base.canonical:
                    raise ValueError(f"gazetteer: alias {name!r} names both {other.canonical!r} and {base.canonical!r}")
                self._by_key[key] = base
        # A town spelled like an alias would be read as the site everywhere, which is what
        # keeping it out of the aliases is meant to prevent; two sites cannot share a town.
        self._by_town: dict[str, Base] = {}
        for base in self.bases:
            for town in base.towns:
                key = spelling_key(town)
                if key in self._by_key:
                    raise ValueError(f"gazetteer: town {town!r} of {base.canonical!r} is spelled like an alias of "
                                     f"{self._by_key[key].canonical!r}")
                other = self._by_town.get(key)
                if other is not None and other.canonical != base.canonical:
                    raise ValueError(f"gazetteer: town {town!r} is given to both {other.canonical!r} and {base.canonical!r}")
                self._by_town[key] = base
        self._index = None  # the word index behind mentions(), built on first use

    def resolve(self, name: str | None) -> Base | None:
        """The base a name refers to, or None when the gazetteer does not know it.

        Any transliteration of an alias resolves ("Rumailan base", "Kharab Al-Jeir"), and so does a
        name the text would tie to a site ("Erbil base", "the Rimelan airbase"); a bare town or
        city ("Erbil", "Rmelan") does not, since it names the place.
        """
        if not name:
            return None
        found = self._by_key.get(spelling_key(name)) or self._exact.get(normalize(name))
        if found is not None:
            return found
        name = name.strip()
        mentions = list(self.mentions(name))
        if len(mentions) == 1 and mentions[0].end == len(name) and not name[:mentions[0].start].strip(" \t").lower() \
                .removeprefix("the").strip():
            return mentions[0].base
        return None

    def by_canonical(self, canonical: str) -> Base | None:
        base = self._by_key.get(spelling_key(canonical)) or self._exact.get(normalize(canonical))
        return base if base is not None and base.canonical == canonical else None

    def mentions(self, text: str) -> Iterator[BaseMention]:
        """Every base named in ``text``, in order of appearance.

        The lookup walks the text word by word through :class:`agents.classify.places.PlaceIndex`
        (a dictionary hit per word instead of one huge alternation tried at every character),
        so place names that contain an alias ("Rukban camp", a province) are not read as bases.
        """
        if self._index is None:
            from agents.classify.places import PlaceIndex

            self._index = PlaceIndex(self)
        for place in self._index.find(text):
            if place.base is not None:
                yield BaseMention(place.base, place.start, place.end, place.surface)

    @property
    def countries(self) -> tuple[str, ...]:
        return tuple(sorted({b.country for b in self.bases}))


def _float_or_none(value: str) -> float | None:
    value = (value or "").strip()
    return float(value) if value else None


def read_gazetteer(path: Path | str) -> Gazetteer:
    """Load a gazetteer CSV; a malformed row names its line and the bad field."""
    with open(path, newline="", encoding="utf-8") as handle:
        return _parse(csv.DictReader(handle), str(path))


def _names(cell: str | None) -> tuple[str, ...]:
    return tuple(a.strip() for a in (cell or "").split(";") if a.strip())


def _with_town_spellings(aliases: tuple[str, ...], towns: tuple[str, ...]) -> tuple[str, ...]:
    """The aliases plus each alias that holds its town's name in the town's other spellings: a story
    writes "the international airport in Irbil" where the list has "... in Erbil", and listing every
    transliteration of every such alias by hand misses some."""
    names = list(aliases)
    seen = {spelling_key(alias) for alias in aliases}
    written_as = [(town, re.compile(r"(?<![^\W_])" + re.escape(town) + r"(?![^\W_])", re.IGNORECASE)) for town in towns]
    for alias in aliases:
        for town, written in written_as:
            if spelling_key(alias) == spelling_key(town) or written.search(alias) is None:
                continue
            for other in towns:
                variant = written.sub(other, alias)
                if spelling_key(variant) not in seen:
                    seen.add(spelling_key(variant))
                    names.append(variant)
    return tuple(names)


def _parse(reader: csv.DictReader, origin: str) -> Gazetteer:
    missing = [c for c in REQUIRED_COLUMNS if c not in (reader.fieldnames or [])]
    if missing:
        raise ValueError(f"{origin}: missing columns {missing}")
    bases = []
    for line, row in enumerate(reader, start=2):
        towns = _names(row.get("towns"))
        try:
            bases.append(
                Base(
                    canonical=row["canonical"].strip(),
                    country=row["country"].strip(),
                    province=(row["province"] or "").strip() or None,
                    lat=_float_or_none(row["lat"]),
                    lon=_float_or_none(row["lon"]),
                    kind=(row["kind"] or "base").strip(),
                    aliases=_with_town_spellings(_names(row["aliases"]), towns),
                    notes=(row["notes"] or "").strip(),
                    towns=towns,
                )
            )
        except ValueError as exc:
            raise ValueError(f"{origin}:{line}: {exc}") from None
    return Gazetteer(bases)


@lru_cache(maxsize=1)
def default_gazetteer() -> Gazetteer:
    """The gazetteer shipped with basewatch (loaded once per process)."""
    ref = resources.files("agents.classify").joinpath("data/gazetteer.csv")
    with ref.open("r", encoding="utf-8", newline="") as handle:
        return _parse(csv.DictReader(handle), "agents/classify/data/gazetteer.csv")
