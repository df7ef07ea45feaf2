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

# The CSV columns, in order; ``aliases`` is ``;``-separated.
GAZETTEER_COLUMNS: tuple[str, ...] = ("canonical", "country", "province", "lat", "lon", "kind", "aliases", "notes")


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


def _alias_pattern(alias: str) -> str:
    """A regex matching the alias with any hyphen/space/apostrophe variation between its words."""
    words = normalize(alias).split(" ")
    return r"(?:['\u2019]s)?[\s\-\u2010-\u2015'\u2019]*".join(re.escape(w) for w in words)


class Gazetteer:
    """Resolves names to bases and finds base mentions in text."""

    def __init__(self, bases: list[Base]):
        self.bases = tuple(bases)
        self._by_key: dict[str, Base] = {}
        for base in self.bases:
            for name in (base.canonical, *base.aliases):
                key = normalize(name)
                other = self._by_key.get(key)
                if other is not None and other.canonical != base.canonical:
                    raise ValueError(f"gazetteer: alias {name!r} names both {other.canonical!r} and {base.canonical!r}")
                self._by_key[key] = base
        # Longest aliases first so "Ain al-Asad Air Base" wins over "al-Asad".
        self._index = None  # the word index behind mentions(), built on first use

    def resolve(self, name: str | None) -> Base | None:
        """The base a name refers to, or None when the gazetteer does not know it."""
        if not name:
            return None
        return self._by_key.get(normalize(name))

    def by_canonical(self, canonical: str) -> Base | None:
        base = self._by_key.get(normalize(canonical))
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


def _parse(reader: csv.DictReader, origin: str) -> Gazetteer:
    missing = [c for c in GAZETTEER_COLUMNS if c not in (reader.fieldnames or [])]
    if missing:
        raise ValueError(f"{origin}: missing columns {missing}")
    bases = []
    for line, row in enumerate(reader, start=2):
        try:
            bases.append(
                Base(
                    canonical=row["canonical"].strip(),
                    country=row["country"].strip(),
                    province=(row["province"] or "").strip() or None,
                    lat=_float_or_none(row["lat"]),
                    lon=_float_or_none(row["lon"]),
                    kind=(row["kind"] or "base").strip(),
                    aliases=tuple(a.strip() for a in (row["aliases"] or "").split(";") if a.strip()),
                    notes=(row["notes"] or "").strip(),
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
