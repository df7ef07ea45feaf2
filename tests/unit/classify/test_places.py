"""Place lookup: transliterations of a listed name resolve, a town resolves to its site only where
the text ties it to a base, and a province or city places an unnamed base in its country.

Each table is (text, what must be found); the near-miss tables hold what must NOT resolve.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from agents.classify.core import extract
from agents.classify.gazetteer import default_gazetteer, fold_word, spelling_key
from agents.classify.places import REGIONS, default_index
from streams.records import Article

ROOT = Path(__file__).resolve().parents[3]

ASAD = "Ain al-Asad Air Base"
ERBIL = "Erbil Air Base"
HARIR = "Harir Air Base"
VICTORY = "Victory Base Complex"
CONSULATE = "U.S. Consulate Erbil"
BALAD = "Balad Air Base"
QWEST = "Qayyarah Airfield West"
BESMAYA = "Besmaya"
TANF = "Al-Tanf Garrison"
RUKBAN = "Rukban site"
T22 = "Tower 22"
MSAB = "Muwaffaq Salti Air Base"
EUPHRATES = "Mission Support Site Euphrates"
GREEN = "Green Village"
SHADDADI = "Shaddadi"
RUMALYN = "Rumalyn Landing Zone"
KHARAB = "Kharab al-Jir"
TAL_BAIDAR = "Tal Baidar"
ROBARBA = "Robarba"
QASRAK = "Qasrak"
WAZIR = "al-Wazir Rest House"

# Spellings reporting uses for one name: they must share a lookup key.
FOLD_ALIKE = [
    ("Rmelan", "Rmeilan"), ("Rumeilan", "Rumailan"), ("Rumeilan", "Rumaylan"), ("Besmaya", "Bismayah"),
    ("Kharab al-Jir", "Kharab Al-Jeir"), ("Kharab al-Jir", "Kharab al Jair"), ("Kharab al-Jir", "Kharab el-Jeer"),
    ("Qasrak", "Kasrak"), ("Shaddadi", "Shadadi"), ("al-Shaddadi", "ash-Shaddadi"), ("Harir", "Hareer"),
    ("Hasakah", "Hassakeh"), ("Hasakah", "Al-Hasaka"), ("Malikiyah", "Malikiyya"), ("Malikiyah", "Malikiya"),
    ("Tel Baydar", "Tell Beidar"), ("Tal Baidar", "Tal Baydar"), ("Deir ez-Zor", "Deir el-Zour"),
    ("Deir ez-Zor", "Dayr az-Zor"), ("Qayyarah", "Qayara"), ("Robarba", "Roubarba"), ("Mishtanur", "Mishtanour"),
    ("al-Tanf", "At-Tanf"), ("At Tanf", "Tanf"), ("Ain al-Asad", "Ain Al Asad"), ("Nasiriyah", "Nassiriya"),
    ("Baghdad's", "Baghdad"), ("Erbil\u2019s", "Erbil"), ("Ta\u02bfji", "Taji"), ("Rukb\u0101n", "Rukban"),
]

# Different names that must stay different, however they are spelled.
FOLD_APART = [
    ("Mission Support Site Euphrates", "Green Village"), ("Conoco gas field", "al-Omar oil field"),
    ("Rumalyn", "Rmelan"), ("Kharab al-Jir", "Rmelan"), ("Erbil", "Irbid"), ("Erbil Air Base", "US consulate in Erbil"),
    ("Ain", "in"), ("Ein", "in"), ("Hemo", "home"), ("Ramadi", "remedy"), ("Harir", "horror"), ("Tanf", "Taji"),
    ("Tower 22", "T-22 Tower"), ("Union III", "Union 3 base"), ("Rukban", "Rukban camp"), ("K-1", "KH"),
]

# (text, the bases found in order): transliterations and the constructions that tie a town to its site.
RESOLVES = [
    # A spelling in brackets between the town and its base noun
    ("The rockets targeted the Rumaylan (Rmeilan) base in Hasaka province.", [RUMALYN]),
    # A name inside double quotes
    ('Gunmen attacked the base of U.S. forces in "al-Omar" oil field.', [GREEN]),
    ("Rockets hit the “Conoco” gas field base.", [EUPHRATES]),
    # The logistics hub at Baghdad airport by its function alone
    ("A drone struck a U.S. diplomatic support center in Baghdad, near the airport.", [VICTORY]),
    # A bare short name that is also a family's name, where the text attacks it
    ("The injuries came from a Dec. 25 attack on al-Asad.", [ASAD]),
    ("Three rockets landed at Al-Assad overnight.", [ASAD]),
    ("U.S. troops at al-Asad were still assessing the damage.", [ASAD]),
    ("Rockets struck the Al Asad military base in Anbar.", [ASAD]),
    # Transliterations of listed names
    ("Two rockets struck Bismayah base south of Baghdad.", [BESMAYA]),
    ("A drone hit the US base in Kharab Al-Jeir Airport north of Al-Hasakah.", [KHARAB]),
    ("Rockets hit the Rumailan base overnight.", [RUMALYN]),
    ("Eight troops were hurt at the Rimelan base near the Turkish border.", [RUMALYN]),
    ("The group claimed the attack on al-Rmean base only.", [RUMALYN]),
    ("Rockets hit Hareer air base.", [HARIR]),
    ("A drone hit the Al-Harir airbase.", [HARIR]),
    ("Rockets hit the Qayara air base.", [QWEST]),
    ("The Tell Beidar base was hit.", [TAL_BAIDAR]),
    ("The Istrahat Wazir base was hit.", [WAZIR]),
    ("Rockets hit the al-Omar base and the Koniko field.", [GREEN, EUPHRATES]),
    ("Rockets struck near Erbil\u2019s airport.", [ERBIL]),
    ("Rockets fell on Baghdad's international airport.", [VICTORY]),
    ("AIN AL-ASAD AIR BASE CAME UNDER FIRE", [ASAD]),
    # "<town> base", "<town> air base/airfield/garrison/outpost"
    ("The barrage targeted the al-Asad air base and the Erbil base.", [ASAD, ERBIL]),
    ("Drones were downed over the Irbil airbase.", [ERBIL]),
    ("Eight troops were hurt at the Rmeilan landing zone.", [RUMALYN]),
    ("A drone hit the Malikiyah base in Hasakah province.", [ROBARBA]),
    # "the <A> and <B> bases"
    ("The group said it targeted the Malikiyah and Rumailan bases.", [ROBARBA, RUMALYN]),
    ("Drones hit the Malikiyah, Rmelan and Shaddadi bases.", [ROBARBA, RUMALYN, SHADDADI]),
    ("Al-Malikiyah and Rumailan bases in Al-Hasakah Governorate were targeted.", [ROBARBA, RUMALYN]),
    ("Drones hit the Erbil and Harir air bases.", [ERBIL, HARIR]),
    # "a base (in <region>) called/known as/named <town>"
    ("A US military base in northeastern Syria called Rmelan was attacked by a drone.", [RUMALYN]),
    ("A second base, known locally as Rmelan, was struck.", [RUMALYN]),
    ("The outpost, named Rumeilan by residents, was hit.", [RUMALYN]),
    # "the base in/at/of <small town>", "a base in the <name> area/region"
    ("Rockets hit the air base at Balad north of Baghdad.", [BALAD]),
    ("Rockets hit the base in Qayyarah.", [QWEST]),
    ("Five rockets were fired at a base in Rumalyn, a remote area of Syria.", [RUMALYN]),
    ("An American military base in the Kasrak area of Hasakah was attacked.", [QASRAK]),
    ("A base in the Qasrak region was attacked.", [QASRAK]),
    ("A drone hit a base in the Shaddadi area.", [SHADDADI]),
    ("A base in Azraq that hosts US aircraft was attacked.", [MSAB]),
    ("A drone landed on the air base in Irbil but did not explode.", [ERBIL]),  # the city's own air base
    # A base named first and located by a town: one site
    ("Twenty attacks on the Kharab al-Jir base in Rmeilan and 17 on the Tanf base.", [KHARAB, TANF]),
    ("Suicide drones hit Kharab al-Jir in the Rmelan countryside.", [KHARAB]),
    ("Drones hit al-Rukban and al-Tanf.", [RUKBAN, TANF]),
    # An abbreviation in brackets inside a name
    ("Projectiles were launched toward troops at Military Support Site (MSS) Euphrates.", [EUPHRATES]),
    # A consulate placed in its city a few words on
    ("A drone struck the US consulate in Iraq's northern city of Erbil.", [CONSULATE]),
    ("Rockets fell near the U.S. consulate general in the Kurdish capital Erbil.", [CONSULATE]),
]

# Towns, cities and near-misses that must NOT resolve to a base.
NO_BASE = [
    "Bashar al-Assad met the envoy in Damascus.",
    "Rockets struck al-Assad regime positions near Idlib.",
    "The strikes on al-Assad's forces continued.",
    "Protesters marched in Erbil on Monday.",
    "The city of Erbil was calm.",
    "Rockets hit a coalition base in Erbil.",  # a city hosts several sites: this only locates the base
    "Rockets hit a coalition base in the Erbil area.",
    "A U.S.-led coalition base in Irbil was hit.",
    "Suicide drones strike US airbase in Erbil",  # an air base somewhere in the province (Harir)
    "Drones hit the air base in Erbil province.",
    "Oil output at the Rmeilan oil field fell.",
    "Rmelan, also spelled Rimelan, is in Hasakah province.",
    "The Rmelan attack was claimed by the group.",
    "Rockets hit a PMF base in Balad.",  # someone else's base
    "Iraqi officials said a Popular Mobilization base in Qayyarah was hit.",
    "The Russian base called Rmelan was shelled.",
    "Rockets fell near the Balad district council.",
    "A base in the Rmelan countryside was hit.",  # near the town: Rumalyn or Kharab al-Jir
    "Refugees left the Azraq camp.",
    "Reports from Bismayah housing city said power was cut.",
    "Ilhan Omar said the strikes were wrong.",
    "The remedy was applied by Hearer.",
    "Confidence in Assad waned.",
    "He was born in al-Asad.",
    "The Basmaya market reopened.",
    "Aid has not reached the Rukban camp for months.",
    "The base at Hasakah was hit.",
    "The US consulate warned citizens in Baghdad, Basra and Erbil to stay indoors.",  # not the consulate's city
]

# (text, the country every country-only place names) for the place-less case.
COUNTRY = [
    ("Two rockets hit a US base in Hasakah province.", "Syria"),
    ("A drone hit a base in Al-Hasakah.", "Syria"),
    ("Rockets hit a base in Hassakeh.", "Syria"),
    ("Rockets hit a base in Deir ez-Zor.", "Syria"),
    ("Rockets hit a base in Deir el-Zour countryside.", "Syria"),
    ("Rockets hit a base in Dayr az-Zawr.", "Syria"),
    ("Rockets hit a coalition base in Anbar.", "Iraq"),
    ("Rockets hit a base in Dhi Qar.", "Iraq"),
    ("A convoy was hit near Nasiriyah.", "Iraq"),
    ("Rockets hit a base in Salahuddin.", "Iraq"),
    ("A drone hit a base in Salah al-Din province.", "Iraq"),
    ("Rockets hit a coalition base in Irbil.", "Iraq"),
    ("A drone hit a base near Rmelan.", "Syria"),
    ("A drone hit a base in the al-Malikiyah countryside.", "Syria"),
    ("A drone hit a base near Mafraq.", "Jordan"),
]

# (text, events as (base, country)): the whole extractor on the real-reporting patterns.
EXTRACTS = [
    ("Two rockets struck Bismayah base south of Baghdad on Tuesday.", [(BESMAYA, "Iraq")]),
    ("On Tuesday the barrage targeted the al-Asad air base and the Erbil base.", [(ASAD, "Iraq"), (ERBIL, "Iraq")]),
    ("A US military base in northeastern Syria called Rmelan was attacked by a drone on Tuesday.", [(RUMALYN, "Syria")]),
    ("An American military base in the Kasrak area was attacked on Tuesday.", [(QASRAK, "Syria")]),
    ("The attack occurred at the Rimelan base on Tuesday.", [(RUMALYN, "Syria")]),
    ("Two rockets hit a US base in Hasakah province on Tuesday.", [(None, "Syria")]),
    ("Rockets hit a coalition base in Erbil on Tuesday.", [(None, "Iraq")]),
    ("A drone targeted a US convoy near Nasiriyah on Tuesday.", [(None, "Iraq")]),
]


@pytest.mark.parametrize("a, b", FOLD_ALIKE)
def test_spellings_of_one_name_share_a_key(a: str, b: str) -> None:
    assert spelling_key(a) == spelling_key(b)


@pytest.mark.parametrize("a, b", FOLD_APART)
def test_different_names_keep_different_keys(a: str, b: str) -> None:
    assert spelling_key(a) != spelling_key(b)


def test_fold_keeps_digits_and_marks() -> None:
    assert fold_word("K-1") == "k-1"
    assert fold_word("22") == "22"
    assert fold_word("U.S.") == "u.s"


def _bases(text: str) -> list[str]:
    return [m.base.canonical for m in default_index().find(text) if m.base is not None]


@pytest.mark.parametrize("text, expected", RESOLVES, ids=[t[:50] for t, _ in RESOLVES])
def test_base_resolves(text: str, expected: list[str]) -> None:
    assert _bases(text) == expected


@pytest.mark.parametrize("text", NO_BASE, ids=[t[:50] for t in NO_BASE])
def test_town_or_near_miss_names_no_base(text: str) -> None:
    assert _bases(text) == []


@pytest.mark.parametrize("text, country", COUNTRY, ids=[t[:50] for t, _ in COUNTRY])
def test_province_or_city_places_the_base_in_its_country(text: str, country: str) -> None:
    found = default_index().find(text)
    assert found and all(m.base is None and m.country == country for m in found)


@pytest.mark.parametrize("text, expected", EXTRACTS, ids=[t[:50] for t, _ in EXTRACTS])
def test_extraction_names_the_base_or_its_country(text: str, expected: list[tuple[str | None, str]]) -> None:
    article = Article(id="t", title="", text=text, url="", source="test", published="2024-01-10")
    assert [(e.base, e.country) for e in extract(article).events] == expected


def test_a_tied_town_covers_its_base_noun_and_area_word() -> None:
    """The extractor reads a place followed by "area" as a region: a tied name takes the word with it."""
    text = "An American military base in the Kasrak area and the Erbil base were hit."
    assert [m.surface for m in default_index().find(text) if m.base] == ["Kasrak area", "Erbil base"]


@pytest.mark.parametrize("text", [
    "A US base in the Rukban area was hit.",  # Tower 22 (Jordan) and the Rukban site (Syria) share the area
    "A US base in the Kasrak area of Iraq was hit.",  # a contradicting country
])
def test_a_shared_or_contradicted_area_stays_a_region(text: str) -> None:
    """The name keeps its bare span, which the extractor reads as an area when "area" follows."""
    found = [m for m in default_index().find(text) if m.base is not None]
    assert len(found) == 1 and found[0].surface in ("Rukban", "Kasrak")


def test_an_article_before_a_name_belongs_to_it() -> None:
    found = default_index().find("Drones hit al-Rukban, ash-Shaddadi and Al Tanf.")
    assert [m.surface for m in found] == ["al-Rukban", "ash-Shaddadi", "Al Tanf"]


def test_a_name_does_not_run_across_a_sentence_end() -> None:
    assert [m.surface for m in default_index().find("Rockets hit Tanf. Garrison troops were safe.")] == ["Tanf"]


def _names() -> list[tuple[str, str | None, str]]:
    """(name, base or None, country) for every alias, town and region the lookup knows."""
    out = []
    for base in default_gazetteer().bases:
        towns = {spelling_key(t) for t in base.towns}
        for name in (base.canonical, *base.aliases):
            if spelling_key(name) not in towns and spelling_key(name) != spelling_key(base.province or ""):
                out.append((name, base.canonical, base.country))
        out.extend((town, None, base.country) for town in base.towns)
    out.extend((name, None, country) for name, country in REGIONS.items())
    return out


def test_every_listed_name_is_found_whole_in_text() -> None:
    """The text walk reads every gazetteer name the way the gazetteer keys it."""
    for name, base, country in _names():
        found = default_index().find(f"Reports on {name} today.")
        assert len(found) == 1, name
        mention = found[0]
        assert (mention.base.canonical if mention.base else None, mention.country) == (base, country), name
        assert name.endswith(mention.surface) or mention.surface == name, name


def test_no_lowercase_word_of_the_corpus_is_read_as_a_name() -> None:
    """Folding must not turn an English word into a place: the dev corpus's lowercase words stay words."""
    index = default_index()
    words = set()
    for line in (ROOT / "tests" / "corpus" / "dev.jsonl").read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        words.update(re.findall(r"(?<![\w'’-])[a-z]+(?![\w'’-])", row["title"] + " " + row["text"]))
    named = {w for w in words if (fold_word(w),) in index._full}
    assert named <= {"iraq", "syria", "jordan"}


@pytest.mark.parametrize(
    ("text", "site"),
    [
        ("A drone struck the U.S. military base in the oil-rich town of Rumeilan.", "Rumalyn Landing Zone"),
        ("Rockets were fired at Qayyarah air force base on Sunday.", "Qayyarah Airfield West"),
    ],
)
def test_town_of_a_base_and_air_force_base(text: str, site: str) -> None:
    assert [p.base.canonical for p in default_index().find(text) if p.base is not None] == [site]
