"""Fast base-name lookup over a whole article, and the countries and provinces around it.

The extractor has to read thousands of articles a second, so names are not searched with
one large alternation: this module indexes every gazetteer name by its first word and walks
the text word by word instead, a dictionary lookup per word and a short walk only where a
name could start.

Words are compared in their folded form (:func:`agents.classify.gazetteer.fold_word`), so
any common transliteration of a listed name is found ("Rumailan base", "Kharab Al-Jeir",
"Hassakeh"), and articles ("al-", "Al ", "ash-") may be written or left out.

A site named after its town ("Rumalyn Landing Zone" at Rmelan, "Erbil Air Base") lists the
town in the gazetteer's ``towns`` column. A town named on its own only places the text in
a country; it names the site when the text ties it to a base:

* "<town> base/airbase/air base/airfield/garrison/outpost" ("the Erbil base");
* "the <A> and <B> bases" (every town of the list);
* "<base> and <town>", and "<town> and <base>" after a verb or "in" ("hit in Irbil and Ain al-Asad");
* "a base (in northeastern Syria) called/known as/named <town>";
* "the base in/at/of <town>" and "a base in the <town> area/region", for a small town only:
  a province or city (``REGIONS``: Erbil, Hasakah...) hosts several sites, so "a base in
  Erbil" only says where the base is.

A base owned by someone else ("a PMF base in Balad"), a base noun that belongs to a site
named just before it ("the Kharab al-Jir base in Rmeilan"), an area around the town ("the
Rmelan countryside") or a country that contradicts the site leaves the town a place.

A site whose own name is a small town (Qasrak) is an alias and named anywhere; "a base in the
Kasrak area" then takes "area" into the mention, so that the extractor, which reads "<place>
area" as a region, reads the site. An area that holds several sites (``SHARED_AREAS``) keeps
its bare span.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache

from agents.classify.gazetteer import ARTICLES, JOINED_ARTICLES, NAME_WORD_RE, Base, Gazetteer, default_gazetteer, \
    fold_word, name_words

COUNTRIES: dict[str, str] = {"iraq": "Iraq", "syria": "Syria", "jordan": "Jordan"}

# Provinces, regions and cities that place an unnamed base in a country. They are also where
# "a base in X" only locates a base: each hosts or borders several sites.
REGIONS: dict[str, str] = {
    # Iraq: governorates and the Kurdistan Region
    "Anbar": "Iraq", "Babil": "Iraq", "Babylon": "Iraq", "Baghdad": "Iraq", "Basra": "Iraq", "Basrah": "Iraq",
    "Dhi Qar": "Iraq", "Thi Qar": "Iraq", "Diyala": "Iraq", "Duhok": "Iraq", "Dohuk": "Iraq", "Dahuk": "Iraq",
    "Erbil": "Iraq", "Irbil": "Iraq", "Arbil": "Iraq", "Hawler": "Iraq", "Halabja": "Iraq", "Karbala": "Iraq",
    "Kirkuk": "Iraq", "Maysan": "Iraq", "Missan": "Iraq", "Muthanna": "Iraq", "Najaf": "Iraq", "Nineveh": "Iraq",
    "Ninawa": "Iraq", "Ninewa": "Iraq", "Qadisiyah": "Iraq", "Diwaniyah": "Iraq", "Salahuddin": "Iraq",
    "Salah al-Din": "Iraq", "Salah ad-Din": "Iraq", "Saladin": "Iraq", "Sulaymaniyah": "Iraq",
    "Sulaimaniyah": "Iraq", "Slemani": "Iraq", "Wasit": "Iraq", "Kurdistan": "Iraq", "Kurdistan Region": "Iraq",
    # Iraq: cities
    "Mosul": "Iraq", "Fallujah": "Iraq", "Falluja": "Iraq", "Ramadi": "Iraq", "Haditha": "Iraq", "Tikrit": "Iraq",
    "Samarra": "Iraq", "Nasiriyah": "Iraq", "Nasiriya": "Iraq", "Amarah": "Iraq", "Hillah": "Iraq",
    "Baqubah": "Iraq", "Baquba": "Iraq", "Tal Afar": "Iraq", "Sinjar": "Iraq", "Rutba": "Iraq", "Rutbah": "Iraq",
    "al-Qaim": "Iraq", "Baiji": "Iraq", "Beiji": "Iraq", "Zakho": "Iraq", "Makhmour": "Iraq", "Kut": "Iraq",
    # Syria: governorates
    "Aleppo": "Syria", "Damascus": "Syria", "Rif Dimashq": "Syria", "Daraa": "Syria", "Deraa": "Syria",
    "Deir ez-Zor": "Syria", "Deir Ezzor": "Syria", "Deir el-Zour": "Syria", "Deir al-Zor": "Syria",
    "Deir ez-Zour": "Syria", "Deir Ezzour": "Syria", "Deir al-Zour": "Syria", "Deir Ez Zor": "Syria",
    "Deirezzor": "Syria", "Dayr az-Zawr": "Syria", "Hama": "Syria", "Hasakah": "Syria", "Hasaka": "Syria", "Hassakeh": "Syria",
    "Hasakeh": "Syria", "Homs": "Syria", "Idlib": "Syria", "Latakia": "Syria", "Quneitra": "Syria",
    "Raqqa": "Syria", "Raqqah": "Syria", "Suwayda": "Syria", "Sweida": "Syria", "Tartus": "Syria",
    # Syria: cities and towns that are no site's name
    "Qamishli": "Syria", "Qamishlo": "Syria", "Kobani": "Syria", "Kobane": "Syria", "Ayn al-Arab": "Syria",
    "Manbij": "Syria", "Palmyra": "Syria", "Abu Kamal": "Syria", "Albu Kamal": "Syria", "Bukamal": "Syria",
    "Tabqa": "Syria", "Tal Tamr": "Syria", "Ain Issa": "Syria", "Amuda": "Syria", "Yarubiyah": "Syria",
    # Jordan
    "Amman": "Jordan", "Mafraq": "Jordan", "Zarqa": "Jordan", "Irbid": "Jordan", "Aqaba": "Jordan",
    "Ruwaished": "Jordan", "Ruwayshid": "Jordan",
    # The refugee camp is not the Rukban base (bare "Rukban" is an alias of the base).
    "Rukban camp": "Syria", "Rukban refugee camp": "Syria",
}

# Areas that hold more than one site: "a base in the Rukban area" may be Tower 22 (Jordan) or the
# Rukban site (Syria), so it only locates the base, like a base in a province or city.
SHARED_AREAS: tuple[str, ...] = ("Rukban",)

# An entry of the word index: what a matched name is.
_BASE, _TOWN, _PLACE = 0, 1, 2


@dataclass(frozen=True)
class PlaceMention:
    """A base named in the text (``base`` set) or a country/region placing one (``country`` only)."""

    start: int
    end: int
    surface: str
    base: Base | None
    country: str | None


_Entry = tuple[int, "Base | None", "str | None"]

# The next word of a name: after spaces, hyphens or apostrophes; after a single letter also a
# period ("U.S. embassy"), so a name never runs on across a sentence end.
# ("Military Support Site (MSS) Euphrates": an abbreviation in brackets inside a name is passed over)
_NEXT_RE = re.compile(r"(?:\s*\([^\W\d_]{2,6}\))?[\s\-\u2010-\u2015'’]+([^\W_]+(?:['’][^\W_]+)*)")
_NEXT_AFTER_INITIAL_RE = re.compile(r"(?:[\s\-\u2010-\u2015'’]+|\.[\s\-\u2010-\u2015'’]*)([^\W_]+(?:['’][^\W_]+)*)")
# An article written before a matched name ("al-Rukban", "Al Tanf", "ash-Shaddadi").
_ARTICLE_BEFORE_RE = re.compile(
    r"(?<![^\W_])(?:(?:al|el)[\s\-\u2010-\u2015]|(?:" + "|".join(sorted(JOINED_ARTICLES)) + r")[\-\u2010-\u2015])$")

_HEAD = r"(?:bases?|air\s*-?bases?|airbases?|air\s+force\s+bases?|air\s*fields?|airfields?|airstrips?|garrisons?|outposts?)"
# "<town> base", "<town> military base", "<town> landing zone"
# ("Erbil AB": the military's abbreviation for an air base)
# ("the Rumaylan (Rmeilan) base": a spelling in brackets between the town and its base noun)
_HEAD_AFTER_RE = re.compile(r"(?:\s*\([^()]{1,30}\)|\))?[\s\-]+(?:(?:military|army|us|u\.s\.|american|coalition)\s+)?(?:" + _HEAD
                            + r"|landing\s+zones?|ab)(?![^\W_])")
_PLURAL_HEAD_AFTER_RE = re.compile(r"[\s\-]+(?:(?:military|us|u\.s\.|american|coalition)\s+)?"
                                   r"(?:bases|air\s*-?bases|airbases|airfields|garrisons|outposts)(?![^\W_])")
# Between two names of a list: "A and B", "A, B and C", "A & B"
_LIST_GAP_RE = re.compile(r"\s*(?:,\s*(?:and\s+|&\s*)?|and\s+|&\s*)(?:the\s+)?")
# "a base in northeastern Syria called", "the outpost, known locally as"
# What opens a list of struck places ("hit in Irbil and Ain al-Asad", "struck Erbil and Ain al-Asad"), not one
# that places a base ("near the town of Rmelan and Shadadi").
_LISTED_TOWN_BEFORE_RE = re.compile(r"(?<![^\W_])(?:in|at|on|hit|struck|targeted|attacked)\s+$")
# A town named as the town itself: "Erbil province", "Balad city", "Erbil's governor".
_CITY_AFTER_RE = re.compile(r"(?:['’]s|\s+(?:city|province|governorate|region|district|town|residents?|governor)(?![^\W_]))")
_CALLED_BEFORE_RE = re.compile(
    r"(?<![^\W_])(?P<head>" + _HEAD + r"|landing\s+zones?|facility|installation)(?![^\W_])[^.;:!?\n]{0,60}?"
    r"(?<![^\W_])(?:called|named|dubbed|nicknamed|known(?:\s+\w+)?\s+as)\s+(?:the\s+)?[\"“'‘]?$")
# An air base by its kind: a city with one names it ("the air base in Irbil").
_AIR_HEAD_RE = re.compile(r"air\s*-?base|airbase")
# "the base in", "a base at the"
# "the base in the town of Al-Shaddadi", "the base in the oil-rich town of Rumeilan": the town names the site
# ("a large base of the US-led coalition near the town of al-Shaddadi": whose it is, then the town; but "a base near
# Rmelan" only places it)
_TOWN_OF = r"(?:the|a)\s+(?:[\w-]+\s+)?(?:town|village|area|district)\s+of\s+"
_IN_BEFORE_RE = re.compile(r"(?<![^\W_])(?P<head>" + _HEAD + r")"
                           r"(?:\s+of\s+the\s+(?:u\.s\.-led\s+|us-led\s+|international\s+)?coalition)?"
                           r"\s+(?:(?:in|at|of)\s+(?:" + _TOWN_OF + r"|(?P<the>the\s+))?|near\s+" + _TOWN_OF + r")$")
_AREA_AFTER_RE = re.compile(r"\s+(?:area|region)(?![^\W_])")
# What makes "a base in <town> ..." a base near or around the town, not the site named after it.
_AROUND_AFTER_RE = re.compile(
    r"[\s\-]+(?:province|governorate|countryside|district|sub-?district|city|town|village|desert|camp|suburbs?"
    r"|outskirts|oil|gas|plain|plains|border|crossing|refugee)(?![^\W_])")
# A base that belongs to someone else: "a PMF base in Balad", "a Russian base called ...".
_OWNER_RE = re.compile(
    r"(?<![^\W_])(?:pmf|popular\s+mobili[sz]ation|hashd|militia|sdf|syrian\s+democratic\s+forces|peshmerga|"
    r"iraqi\s+army|syrian\s+army|syrian\s+government|regime|russian|turkish|iranian|irgc|hezbollah)(?![^\W_])")
# At most two words between a named base and a base noun that is its own ("Tanf military base").
_MODIFIERS_RE = re.compile(r"[\s\-]*(?:[\w.'’-]+\s+){0,2}")
_OTHER_COUNTRY_AFTER_RE = re.compile(
    r",?\s+(?:(?:in|of)\s+)?(?:(?:north|south|east|west)(?:[\s-]?(?:east|west))?(?:ern)?\s+|central\s+)?"
    r"(iraq|syria|jordan)(?![^\W_])")


# Short names that are also people's names ("al-Asad", "al-Assad": Syria's ruling family) and so are
# no gazetteer aliases: they name their site only as what was attacked or where troops are,
# "a Dec. 25 attack on al-Asad", "rockets struck Al-Assad", "troops at al-Asad".
BARE_NAMES: dict[str, str] = {"asad": "Ain al-Asad Air Base", "assad": "Ain al-Asad Air Base"}
# Sites that stand in a list with al-Asad: "missiles at Al-Assad and Irbil", "attacks at al-Tanf and al Asad".
_LISTED_BESIDE_ASAD = r"irbil|erbil|arbil|harir|balad|taji|(?:al[\s\-])?tanf"
_BARE_NAME_RE = re.compile(
    r"(?<![^\W_])(?:(?:attacks?|strikes?|rockets?|missiles?|drones?|barrage|assault)\s+(?:on|at|against|targeting)"
    r"|(?:struck|targeted|attacked|shelled|landed\s+(?:at|on|in)|(?:fired|launched|aimed)\s+at|troops\s+at|forces\s+at|personnel\s+at"
    r"|members\s+at|stationed\s+at|based\s+at"
    # ("drone attacks at al-Tanf and al Asad": listed beside another base)
    r"|(?:" + _LISTED_BESIDE_ASAD + r"|shaddadi|conoco|rumalyn|rmeilan)(?:\s+and|,)))"
    r"\s+(?:the\s+)?(?P<name>(?:al|el)[\s\-\u2010-\u2015](?P<word>ass?ad))(?![^\W_]|['’\-])"
    # ("Assad and Putin", but "missiles at Al-Assad and Irbil": a list of sites)
    r"(?!\s+(?:regime|government|family|forces|army|loyalists|troops|presidency"
    r"|and(?!\s+(?:the\s+)?(?:" + _LISTED_BESIDE_ASAD + r")(?![^\W_]))))",
)


# A U.S. consulate placed in a city a few words on: "the US consulate in Iraq's northern city of Erbil".
_CONSULATE_IN_RE = re.compile(
    r"(?<![^\W_])(?:u\.s\.|us|american|united\s+states)\s+consulate(?:[\s-]+general)?(?:\s+(?:building|compound))?"
    r"\s+(?:in|at)\s+(?:[\w'’.-]+\s+){0,5}?$")


class PlaceIndex:
    """Word-indexed view of a gazetteer plus the country and region vocabulary."""

    def __init__(self, gazetteer: Gazetteer):
        self.gazetteer = gazetteer
        self._full: dict[tuple[str, ...], _Entry] = {}
        for base in gazetteer.bases:
            provinces = {name_words(base.province)} if base.province else set()
            towns = {name_words(town) for town in base.towns}
            for name in (base.canonical, *base.aliases):
                words = name_words(name)
                if not words or words in towns:
                    continue  # a site called by its town's name ("Besmaya") is read as the town
                # A base alias that is just its province name ("Deir ez-Zor") places, it does not name.
                if words in provinces or words in _REGION_WORDS:
                    self._full.setdefault(words, (_PLACE, None, base.country))
                else:
                    self._full[words] = (_BASE, base, base.country)
            for town in base.towns:
                words = name_words(town)
                if words and words not in self._full:
                    self._full[words] = (_TOWN, base, base.country)
        for words, country in _REGION_WORDS.items():
            self._full.setdefault(words, (_PLACE, None, country))
        # The consulate of each city, for a consulate named a few words before its city.
        self._consulates = {name_words(base.province): base for base in gazetteer.bases
                            if base.kind == "consulate" and base.province}
        # The air bases that are their town's airport ("Erbil airport"): "the airport" after the town names them.
        self._airport_bases = frozenset(base.canonical for base in gazetteer.bases
                                        if any("airport" in alias.lower() for alias in base.aliases))
        # The cities whose airport is a base, by the gazetteer's "airport in <city>" spellings: "the airport in
        # Iraq's capital, Baghdad" names the site as "the airport in Baghdad" does.
        self._airport_cities = {name_words(m.group(1)): base for base in gazetteer.bases for alias in base.aliases
                                if (m := _AIRPORT_IN_CITY_ALIAS_RE.match(alias)) is not None}
        # A town that is also a province or city ("Erbil") names its site only directly ("the Erbil base").
        self._cities = frozenset(_REGION_WORDS) | {name_words(area) for area in SHARED_AREAS}
        self._starts: dict[str, int] = {}  # first word -> most words of a name starting with it
        self._prefixes: set[tuple[str, ...]] = set()
        for words in self._full:
            self._starts[words[0]] = max(self._starts.get(words[0], 0), len(words))
            for size in range(2, len(words)):
                self._prefixes.add(words[:size])
        self._barren: set[str] = set()  # whitespace-separated words that begin no name
        self._parts: dict[str, tuple[tuple[str, str], ...]] = {}  # and what the others yield

    def find(self, text: str) -> list[PlaceMention]:
        """Every base, country and region named in ``text``, longest name first, in order.

        Candidate first words come from splitting the lower-cased text (C speed); only where
        one occurs are the following words read and folded.
        """
        low = lower_text(text)
        if '"' in low or "“" in low or "”" in low:
            low = low.translate(_QUOTES_AS_SPACE)  # 'in "al-Omar" oil field': the name inside quotes
        hits: list[list] = []  # [start, end, entry]
        last_end = -1
        for position, word in self._candidate_starts(low):
            if position < last_end:
                continue
            found = self._match(low, position, word)
            if found is None:
                continue
            end, entry = found
            start = position
            if position >= 3 and (low[position - 1] in _HYPHEN_CHARS or low[position - 3:position - 1] in ("al", "el")):
                article = _ARTICLE_BEFORE_RE.search(low, max(0, position - 6), position)
                if article is not None and article.start() >= max(last_end, 0):
                    start = article.start()  # "al-Rukban", "Al Tanf"
            hits.append([start, end, entry])
            last_end = end
        if "sad" in low:
            self._bare_names(low, hits)
        towns = any(hit[2][0] == _TOWN for hit in hits)
        if towns or " area" in low or " region" in low:
            self._tie(low, hits, towns)
        if "consulate" in low:
            self._consulates_in(low, hits)
        if " as " in low and len(hits) > 1:
            self._known_as(low, hits)
        if "airport" in low:
            airports = list(self._the_airports(low))  # (found once for both readings)
            self._city_airports(airports, low, hits)
            if towns:
                self._town_airports(airports, low, hits)
        return [PlaceMention(s, e, text[s:e], base if kind == _BASE else None, country)
                for s, e, (kind, base, country) in hits]

    def _match(self, low: str, position: int, first: str) -> tuple[int, _Entry] | None:
        """The longest name starting at ``position`` (whose first word folds to ``first``)."""
        most = self._starts[first]
        best = self._full.get((first,))
        if most == 1 and best is None:
            return None
        m = NAME_WORD_RE.match(low, position)
        if m is None:
            return None
        best_end = end = m.end()
        if most == 1:
            return best_end, best
        words = [first]
        single = len(m.group(0)) == 1
        while len(words) < most:
            m = (_NEXT_AFTER_INITIAL_RE if single else _NEXT_RE).match(low, end)
            if m is None:
                break
            token = m.group(1)
            end = m.end()
            single = len(token) == 1
            if token in ARTICLES or (token in JOINED_ARTICLES and _is_hyphen_after(low, end)):
                continue  # an article inside the name: "Kharab Al-Jeir", "Deir ez-Zor"
            words.append(_fold(token))
            key = tuple(words)
            entry = self._full.get(key)
            if entry is not None:
                best, best_end = entry, end
            if key not in self._prefixes:
                break
        return (best_end, best) if best is not None else None

    def _tie(self, low: str, hits: list[list], towns: bool) -> None:
        """Read towns tied to a base as that base, and swallow "area" after a base in "the X area".

        A town left untied stays a place in its site's country.
        """
        tied: dict[int, int] = {}  # hit index -> new end
        # "the Malikiyah and Rumailan bases": every town of a list that ends in a plural base noun
        i = 0
        while towns and i < len(hits):
            j = i
            while j + 1 < len(hits):
                gap = _LIST_GAP_RE.fullmatch(low, hits[j][1], hits[j + 1][0])
                if gap is None or hits[j + 1][2][0] == _PLACE:
                    break
                j += 1
            if j > i and hits[i][2][0] != _PLACE:
                head = _PLURAL_HEAD_AFTER_RE.match(low, hits[j][1])
                if head is not None:
                    for k in range(i, j + 1):
                        if hits[k][2][0] == _TOWN:
                            tied[k] = hits[k][1]
                    if hits[j][2][0] == _TOWN:
                        tied[j] = head.end()
            i = j + 1
        # A town listed beside a base is a base too: after it ("missiles struck Ain al-Asad and Erbil", also after a
        # town already read as one), or before it in a list that opens after a verb or "in" ("the missiles hit in
        # Irbil and Ain al-Asad")
        for index in range(len(hits) if towns else 0):
            start, end, (kind, _, _) = hits[index]
            if kind != _TOWN or _CITY_AFTER_RE.match(low, end) is not None:
                continue
            before = hits[index - 1] if index else None
            after = hits[index + 1] if index + 1 < len(hits) else None
            if before is not None and (before[2][0] == _BASE or index - 1 in tied) \
                    and _LIST_GAP_RE.fullmatch(low, before[1], start) is not None:
                tied.setdefault(index, end)
            elif after is not None and after[2][0] == _BASE \
                    and _LIST_GAP_RE.fullmatch(low, end, after[0]) is not None \
                    and _LISTED_TOWN_BEFORE_RE.search(low, max(0, start - 16), start) is not None:
                tied.setdefault(index, end)
        for index, (start, end, (kind, base, country)) in enumerate(hits):
            if kind == _PLACE or index in tied:
                continue
            if kind == _TOWN:
                head = _HEAD_AFTER_RE.match(low, end)
                if head is not None:
                    tied[index] = head.end()  # "the Erbil base"
                    continue
                if self._called(low, hits, index):
                    tied[index] = end  # "a base in northeastern Syria called Rmelan"
                    continue
            area = _AREA_AFTER_RE.match(low, end)
            if kind == _BASE and area is None:
                continue
            before = _IN_BEFORE_RE.search(low, max(0, start - 40), start)
            if before is None or self._owned(low, hits, index, before.start("head")):
                continue
            if name_words(low[start:end]) in self._cities:
                if kind == _TOWN and area is None and _AIR_HEAD_RE.fullmatch(before.group("head")) \
                        and low.endswith("the ", 0, before.start("head")) and _AROUND_AFTER_RE.match(low, end) is None:
                    # "the air base in Irbil": the city's own air base (not "a base in Erbil", nor "a US airbase in
                    # Erbil", which may be one elsewhere in the province)
                    tied[index] = end
                continue  # "a base in Erbil", "a base in the Rukban area" only say where the base is
            if kind == _BASE:
                if not self._contradicted(low, area.end(), base):
                    hits[index][1] = area.end()  # "a base in the Kasrak area": the site, not the area
                continue
            if area is not None:
                tied[index] = area.end()  # "a base in the Kasrak area"
            elif before.group("the") is None and _AROUND_AFTER_RE.match(low, end) is None:
                tied[index] = end  # "the base at Balad", "a base in Rmelan"
        for index, end in tied.items():
            hit = hits[index]
            kind, base, country = hit[2]
            if base is not None and not self._contradicted(low, end, base):
                hit[1] = end
                hit[2] = (_BASE, base, country)
        # A name inside a tied span is part of it: "Rmeilan" in "the Rumaylan (Rmeilan) base".
        kept: list[list] = []
        for hit in hits:  # (in order of start, so only the last kept span can hold the next)
            if not kept or hit[0] >= kept[-1][1]:
                kept.append(hit)
        hits[:] = kept

    def _consulates_in(self, low: str, hits: list[list]) -> None:
        """Read "the U.S. consulate in the northern city of Erbil" as the consulate: the city a few words on
        names the post, as "the US consulate in Erbil" does."""
        for hit in list(hits):
            base = self._consulates.get(name_words(low[hit[0]:hit[1]]))
            if base is None or hit[2][0] == _BASE:
                continue
            before = _CONSULATE_IN_RE.search(low, max(0, hit[0] - 80), hit[0])
            if before is not None:
                hit[0], hit[2] = before.start(), (_BASE, base, base.country)
                # (and "Iraq" in "the US consulate in Iraq's northern city of Erbil" is part of its name)
                hits[:] = [other for other in hits if other is hit or not hit[0] <= other[0] < hit[1]]

    def _town_airports(self, airports: list[re.Match], low: str, hits: list[list]) -> None:
        """Read "the airport" a few words after a town whose air base is its airport as that base: "a contractor
        died in Erbil when rockets struck the airport", "in Erbil, ... three of them at the airport of the capital"."""
        starts = [hit[0] for hit in hits]
        added = []
        for m in airports:
            after = bisect_left(starts, m.start())  # (the first name at or after "the airport")
            if after and hits[after - 1][1] > m.start() or after < len(hits) and hits[after][0] < m.end() + 4:
                continue  # ("the airport in Erbil" names its site already)
            town = None
            for hit in reversed(hits[:after]):  # (the nearest town before it, unless a base comes between)
                if m.start() - hit[1] > _TOWN_AIRPORT_REACH:
                    break
                if hit[2][0] != _PLACE:
                    town = hit if hit[2][0] == _TOWN else None
                    break
            if town is None or _STOP_RE.search(low, town[1], m.start()):
                continue
            base = town[2][1]
            if base is not None and base.canonical in self._airport_bases:
                added.append([m.start(), m.end(), (_BASE, base, base.country)])
        if added:
            hits.extend(added)
            hits.sort(key=lambda hit: hit[0])

    @staticmethod
    def _known_as(low: str, hits: list[list]) -> None:
        """Drop a base named as where the site is that a name after it identifies: "in Rukban, near the Syrian
        border, at a base later identified as Tower 22" tells of Tower 22 alone."""
        for m in _KNOWN_AS_RE.finditer(low):
            named = next((hit for hit in hits if hit[0] == m.end() and hit[2][0] == _BASE), None)
            if named is None:
                continue
            for hit in hits:
                if hit[2][0] == _BASE and hit[2][1] is not named[2][1] and 0 <= m.start() - hit[1] <= _KNOWN_AS_REACH \
                        and _KNOWN_AS_APART_RE.search(low, hit[1], m.start()) is None:
                    hits.remove(hit)
                    break

    def _city_airports(self, airports: list[re.Match], low: str, hits: list[list]) -> None:
        """Read "the airport" followed by a city described on the way ("the airport of Baghdad", "the airport
        in the Iraqi capital, Baghdad") as that city's airport base, as the gazetteer's "airport in Baghdad"."""
        starts = [hit[0] for hit in hits]
        for m in airports:
            after = bisect_left(starts, m.end())
            if after and hits[after - 1][1] > m.start():
                continue
            for city in hits[after:]:  # (the country in "Iraq's capital, Baghdad" is on the way)
                if city[0] - m.end() > _CITY_AIRPORT_REACH:
                    break
                base = self._airport_cities.get(name_words(low[city[0]:city[1]]))
                if base is not None and _AIRPORT_TO_CITY_RE.fullmatch(low, m.end(), city[0]):
                    city[0], city[2] = m.start(), (_BASE, base, base.country)
                    hits[:] = [hit for hit in hits if hit is city or not m.start() <= hit[0] < city[1]]
                    starts = [hit[0] for hit in hits]
                    break

    @staticmethod
    def _the_airports(low: str):
        """Each "the airport" of ``low``: found by its noun (C speed), then read back to its article."""
        at = low.find("airport")
        while at >= 0:
            m = _THE_AIRPORT_RE.search(low, max(0, at - 30), at + 8)
            if m is not None and m.end() == at + 7:
                yield m
            at = low.find("airport", at + 7)

    def _bare_names(self, low: str, hits: list[list]) -> None:
        """Add the sites named by a bare short name where the text attacks them (see ``BARE_NAMES``)."""
        found = {}
        for word in BARE_NAMES:
            at = low.find(word)
            while at >= 0:
                # (only the words just before a name can make it one: a short search there, not a scan of the text)
                m = _BARE_NAME_RE.search(low, max(0, at - 40), at + len(word) + 30)
                if m is not None and m.start("word") == at:
                    found[m.start()] = m
                at = low.find(word, at + len(word))
        for m in found.values():
            base = self.gazetteer.by_canonical(BARE_NAMES[m.group("word")])
            start, end = m.span("name")
            if base is None or any(s < end and start < e for s, e, _ in hits):
                continue
            hits.append([start, end, (_BASE, base, base.country)])
        hits.sort(key=lambda hit: hit[0])

    def _called(self, low: str, hits: list[list], index: int) -> bool:
        start = hits[index][0]
        m = _CALLED_BEFORE_RE.search(low, max(0, start - 110), start)
        return m is not None and not self._owned(low, hits, index, m.start("head"))

    @staticmethod
    def _owned(low: str, hits: list[list], index: int, head: int) -> bool:
        """Whether the base noun at ``head`` belongs to someone else or to a base named just before it
        ("the Kharab al-Jir base in Rmeilan": the base is Kharab al-Jir, Rmeilan only says where)."""
        clause_start = max(low.rfind(mark, max(0, head - 40), head) for mark in (",", ";", ".", "\n"))
        if _OWNER_RE.search(low, max(0, head - 40, clause_start + 1), head):
            return True
        for other in reversed(hits[:index]):
            if other[1] <= head:
                return other[2][0] != _PLACE and other[1] >= head - 25 and \
                    _MODIFIERS_RE.fullmatch(low, other[1], head) is not None
            if other[0] < head:
                return other[2][0] != _PLACE  # the base noun is inside a base's own name
        return False

    @staticmethod
    def _contradicted(low: str, end: int, base: Base) -> bool:
        """ "a base in the Kasrak area of Iraq" cannot be the Syrian Qasrak site."""
        m = _OTHER_COUNTRY_AFTER_RE.match(low, end)
        return m is not None and m.group(1) != base.country.lower()

    def _candidate_starts(self, low: str) -> list[tuple[int, str]]:
        """(offset, folded first word) wherever a word that begins some name starts, in order."""
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
        """The (word, folded) pairs of :func:`split_words` whose folded form begins a name.

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


_HYPHEN_CHARS = "-\u2010\u2011\u2012\u2013\u2014\u2015"


def _is_hyphen_after(low: str, at: int) -> bool:
    """Whether a hyphen follows ``at`` ("ash-Shaddadi": the article is joined to the name)."""
    return at < len(low) and low[at] in _HYPHEN_CHARS


_REGION_WORDS: dict[tuple[str, ...], str] = {}
for _name, _country in {**REGIONS, **{c: c for c in COUNTRIES.values()}}.items():
    _REGION_WORDS.setdefault(name_words(_name), _country)


_STRIP = ",.;:!?\"()[]{}“”‘'’"


def lower_text(text: str) -> str:
    """Lower-cased text with curly apostrophes straightened, at the same offsets as ``text``."""
    low = text.lower()
    if len(low) != len(text):
        low = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    return low.replace("’", "'")


def split_words(low: str) -> set[str]:
    """The distinct words of lower-cased text, split on spaces, hyphens and abbreviation periods
    ("u.s."), punctuation and possessives removed."""
    words: set[str] = set()
    for raw in set(low.split()):
        for part in raw.replace("\u2013", "-").replace("\u2014", "-").replace(".", "-").split("-"):
            part = part.strip(_STRIP)
            if part.endswith("'s"):
                part = part[:-2]
            if part:
                words.add(part)
    return words


@lru_cache(maxsize=32768)
def _fold_word(word: str) -> str:
    """Candidate-scan form of a split word, folded like a token."""
    return _fold(word)


# "the airport" with no name of its own, which a town named just before it names: see ``_town_airports``.
_THE_AIRPORT_RE = re.compile(r"(?<![^\W_])(?:the|its|the\s+city['’]s)\s+(?:international\s+)?airport(?![^\W_])")
# "a base (later) identified as", "Rukban known as": a name that says which site the place before it held.
_KNOWN_AS_RE = re.compile(r"\b(?:known|identified)\s+as\s+(?:the\s+)?")
# Between the place and that name: no second place of the list ("Ain al-Asad and a base known as Harir").
_KNOWN_AS_APART_RE = re.compile(r"\band\b|\bor\b|[;.]\s")
_KNOWN_AS_REACH = 60
# A gazetteer spelling that names a base as its city's airport: "airport in Baghdad", "airport in the city of Erbil".
_AIRPORT_IN_CITY_ALIAS_RE = re.compile(r"(?:international\s+)?airport\s+in\s+(?:the\s+city\s+of\s+)?(\S.*)",
                                       re.IGNORECASE)
# What may stand between "the airport" and its city: "of", "in the Iraqi capital,", "in Iraq's northern city of".
_AIRPORT_TO_CITY_RE = re.compile(r"\s+(?:in|of|at)\s+(?:(?:the\s+)?(?:[a-z]+['’]s\s+|[a-z]+\s+){0,3}"
                                 r"(?:capital|city)(?:\s+of)?\s*,?\s*|)")
_CITY_AIRPORT_REACH = 60
# How far after its town "the airport" may stand, and what ends the sentence the two must share.
_TOWN_AIRPORT_REACH = 160
_STOP_RE = re.compile(r"[.!?;](?:\s|$)")
# Double quotes read as spaces (same length, so positions hold) where names are matched.
_QUOTES_AS_SPACE = str.maketrans({'"': " ", "“": " ", "”": " "})


@lru_cache(maxsize=32768)
def _fold(token: str) -> str:
    """A word as :func:`agents.classify.gazetteer.fold_word` folds it (possessive dropped)."""
    return fold_word(token)


@lru_cache(maxsize=4)
def _index_for(gazetteer_id: int) -> PlaceIndex:
    return PlaceIndex(default_gazetteer())


def default_index() -> PlaceIndex:
    """The index over the shipped gazetteer (built once per process)."""
    return _index_for(id(default_gazetteer()))
