"""The shipped gazetteer: every required site resolves from the spellings reporting uses,
rows are well formed, and mention-finding neither misses bases nor invents them."""

from __future__ import annotations

from pathlib import Path

import pytest

from agents.classify.gazetteer import GAZETTEER_COLUMNS, Gazetteer, default_gazetteer, read_gazetteer

CSV_PATH = Path(__file__).resolve().parents[3] / "agents" / "classify" / "data" / "gazetteer.csv"

COUNTRIES = {"Iraq", "Syria", "Jordan"}
KINDS = {"base", "embassy", "consulate"}

# Rough bounding boxes (lat_min, lat_max, lon_min, lon_max), a little generous.
BBOX = {
    "Iraq": (29.0, 37.5, 38.7, 48.8),
    "Syria": (32.3, 37.4, 35.6, 42.5),
    "Jordan": (29.1, 33.4, 34.9, 39.4),
}

ASAD = "Ain al-Asad Air Base"
ERBIL = "Erbil Air Base"
HARIR = "Harir Air Base"
VICTORY = "Victory Base Complex"
UNION = "Union III"
EMBASSY = "U.S. Embassy Baghdad"
CONSULATE = "U.S. Consulate Erbil"
BALAD = "Balad Air Base"
TAJI = "Camp Taji"
K1 = "K-1 Air Base"
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
HEMO = "Hemo"
WAZIR = "al-Wazir Rest House"
MISHTANUR = "Mishtanur Hill outpost"

REQUIRED = [
    ASAD, ERBIL, HARIR, VICTORY, UNION, EMBASSY, CONSULATE, BALAD, TAJI, K1, QWEST, BESMAYA,
    TANF, RUKBAN, T22, MSAB, EUPHRATES, GREEN, SHADDADI, RUMALYN, KHARAB, TAL_BAIDAR, ROBARBA,
    QASRAK, HEMO, WAZIR, MISHTANUR,
]

SPELLINGS = [
    # Ain al-Asad
    ("Ain al-Asad", ASAD), ("Ayn al-Asad", ASAD), ("Ain al-Assad", ASAD), ("Ayn al-Assad", ASAD),
    ("Ain Al-Assad", ASAD), ("Al-Asad Air Base", ASAD), ("Al Asad Airbase", ASAD), ("Asad airbase", ASAD),
    ("Ain al-Asad airbase", ASAD), ("Ein al-Assad", ASAD), ("ayn al asad", ASAD), ("AIN AL ASAD AIR BASE", ASAD), ("Ain al\u2011Asad", ASAD),
    # Erbil
    ("Erbil air base", ERBIL), ("Erbil airport", ERBIL), ("Erbil International Airport", ERBIL),
    ("Erbil base", ERBIL), ("Irbil airport", ERBIL), ("Arbil airport", ERBIL),
    # Harir = Bashur
    ("Harir", HARIR), ("al-Harir", HARIR), ("Al-Harir Air Base", HARIR), ("Bashur", HARIR), ("Bashur airfield", HARIR),
    # Baghdad airport
    ("Victory base", VICTORY), ("Camp Victory", VICTORY), ("Victoria base", VICTORY), ("Baghdad airport", VICTORY),
    ("Baghdad International Airport", VICTORY), ("BIAP", VICTORY), ("BDSC", VICTORY),
    ("Baghdad Diplomatic Support Center", VICTORY),
    # Green Zone
    ("Union III", UNION), ("Union 3", UNION), ("FOB Union III", UNION), ("Al-Tawheed Al-Thalith", UNION),
    ("US embassy in Baghdad", EMBASSY), ("U.S. Embassy in Baghdad", EMBASSY), ("American embassy in Baghdad", EMBASSY),
    ("US consulate in Erbil", CONSULATE), ("U.S. Consulate General in Erbil", CONSULATE),
    # Other Iraq
    ("Balad air base", BALAD), ("Joint Base Balad", BALAD), ("Camp Taji", TAJI), ("Taji", TAJI),
    ("Taji Military Complex", TAJI), ("K-1", K1), ("K1", K1), ("K1 military base", K1), ("Q-West", QWEST),
    ("Qayyarah West", QWEST), ("Qayyarah airfield", QWEST), ("Besmaya training camp", BESMAYA),
    ("Basmaya base", BESMAYA), ("Bismayah base", BESMAYA),
    # Tanf / Rukban / Jordan
    ("al-Tanf", TANF), ("At-Tanf", TANF), ("Tanf", TANF), ("Al-Tanf Garrison", TANF), ("At Tanf Garrison", TANF), ("Al-Tanif", TANF),
    ("al-Rukban base", RUKBAN), ("al-Rukban", RUKBAN), ("Rukban", RUKBAN), ("Tower 22", T22), ("Tower-22", T22), ("Burj 22", T22), ("Muwaffaq Salti Air Base", MSAB),
    ("Muwaffaq al-Salti Air Base", MSAB), ("Azraq Air Base", MSAB),
    # Deir ez-Zor
    ("Mission Support Site Euphrates", EUPHRATES), ("MSS Euphrates", EUPHRATES), ("Military Support Site Euphrates", EUPHRATES), ("Conoco", EUPHRATES),
    ("Conoco gas field", EUPHRATES), ("Conoco gas fields", EUPHRATES), ("Koniko gas field", EUPHRATES), ("Mission Support Site Conoco", EUPHRATES),
    ("Green Village", GREEN), ("MSS Green Village", GREEN), ("al-Omar oil fields", GREEN), ("al-Omar oil field", GREEN), ("Omar oilfield", GREEN),
    # Hasakah
    ("al-Shaddadi", SHADDADI), ("Ash Shaddadi", SHADDADI), ("Shadadi", SHADDADI), ("Patrol Base Shaddadi", SHADDADI),
    ("Rumalyn", RUMALYN), ("Rumalyn Landing Zone", RUMALYN), ("Rumalyn LZ", RUMALYN), ("Rmelan base", RUMALYN),
    ("Rmeilan base", RUMALYN), ("Rumeilan base", RUMALYN), ("Rumailan base", RUMALYN), ("Rmelan Air-Base", RUMALYN),
    ("the Rimelan airbase", RUMALYN),
    ("Kharab al-Jir", KHARAB), ("Khirab al-Jir", KHARAB), ("Kharab Al-Jair", KHARAB), ("Kharab Al-Jeir", KHARAB),
    ("Abu Hajar airport", KHARAB),
    ("Tal Baidar", TAL_BAIDAR), ("Tel Baydar", TAL_BAIDAR), ("Tell Beydar", TAL_BAIDAR), ("Tel Baider", TAL_BAIDAR),
    ("Robarba", ROBARBA), ("Rubarya", ROBARBA), ("US base in al-Malikiyah", ROBARBA),
    ("Qasrak", QASRAK), ("Qasrek", QASRAK), ("Kasrak", QASRAK), ("Qasrak\u2019s base", QASRAK), ("Tal Beydar", TAL_BAIDAR), ("Hemo base", HEMO), ("al-Wazir Rest House", WAZIR),
    # Aleppo
    ("Mishtanur hill", MISHTANUR), ("Mistanour", MISHTANUR), ("Mashtenour hill", MISHTANUR),
]

# Names that must NOT resolve: bare cities/areas and ambiguous short forms.
NOT_ALIASES = [
    "Erbil", "Irbil", "Baghdad", "Hasakah", "Deir ez-Zor", "Qamishli", "Kirkuk", "Mosul", "Green Zone",
    "International Zone", "al-Asad", "al-Assad", "Assad", "Balad", "Rmelan", "Rmeilan",
    "Rukban camp", "al-Malikiyah", "Kobani", "Kobane", "Ayn al-Arab", "Azraq", "al-Omar", "Qayyarah", "Jordan", "Syria", "Iraq",
    # towns named on their own, in any spelling, and bases that are only located by a city
    "Rimelan", "Rumailan", "Rumeilan", "Bismayah", "Basmaya", "Malikiyah", "Malikiya", "Qayara", "Hassakeh",
    "base in Erbil", "a base in Irbil", "Erbil city",
]

SENTENCES = [
    ("Rockets landed near Ayn al-Assad on Tuesday.", [ASAD]),
    ("Drones targeted the Conoco gas field overnight.", [EUPHRATES]),
    ("A drone was shot down near the Green Village base.", [GREEN]),
    ("Protesters gathered at a base in Erbil city.", []),
    ("Two rockets hit Union III in Baghdad's Green Zone.", [UNION]),
    ("A drone attack near Erbil International Airport was repelled.", [ERBIL]),
    ("The Islamic Resistance claimed a strike on Victory base near Baghdad airport.", [VICTORY, VICTORY]),
    ("President Bashar al-Assad met officials in Damascus.", []),
    ("Suicide drones hit Kharab al-Jir in the Rmelan countryside.", [KHARAB]),
    ("Aid has not reached the Rukban camp for months.", []),
    ("Three soldiers were killed at Tower 22 in Jordan, near al-Tanf.", [T22, TANF]),
    ("Rockets fell near the U.S. Embassy in Baghdad and Union III.", [EMBASSY, UNION]),
    ("Attacks hit Ain al-Asad Air Base and Harir air base in Erbil province.", [ASAD, HARIR]),
    ("Militants fired on MSS Euphrates and then on the al-Omar oil field.", [EUPHRATES, GREEN]),
    ("Rockets were fired at K-1 military base near Kirkuk.", [K1]),
    ("Explosions shook the Tell Beydar and Qasrak bases in Hasakah.", [TAL_BAIDAR, QASRAK]),
    ("The strike hit the US base in al-Shaddadi, south of Hasakah.", [SHADDADI]),
    ("A drone targeted the Rumalyn Landing Zone.", [RUMALYN]),
    ("Turkish shells landed near US troops on Mishtenur hill outside Kobani.", [MISHTANUR]),
    ("Rockets fell in Kobani and Hasakah.", []),
    ("Dozens of rockets hit the US base in the al-Omar oil fields.", [GREEN]),
]


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return read_gazetteer(CSV_PATH)


def test_csv_has_the_loader_columns_in_order():
    header = CSV_PATH.read_text(encoding="utf-8").splitlines()[0]
    assert tuple(header.split(",")) == GAZETTEER_COLUMNS


def test_packaged_gazetteer_loads_without_alias_conflicts():
    # Loading raises on an alias naming two bases; the packaged copy must match the file.
    packaged = default_gazetteer()
    assert {b.canonical for b in packaged.bases} == {b.canonical for b in read_gazetteer(CSV_PATH).bases}


def test_canonical_names_are_unique(gaz):
    names = [b.canonical for b in gaz.bases]
    assert len(names) == len(set(names))


@pytest.mark.parametrize("canonical", REQUIRED)
def test_required_site_is_present(gaz, canonical):
    base = gaz.by_canonical(canonical)
    assert base is not None, canonical
    assert gaz.resolve(canonical) is base


@pytest.mark.parametrize("spelling, canonical", SPELLINGS)
def test_spelling_resolves(gaz, spelling, canonical):
    base = gaz.resolve(spelling)
    assert base is not None, spelling
    assert base.canonical == canonical


@pytest.mark.parametrize("name", NOT_ALIASES)
def test_bare_place_or_ambiguous_name_does_not_resolve(gaz, name):
    assert gaz.resolve(name) is None
    assert list(gaz.mentions(f"Reports from {name} today.")) == []


def test_towns_are_places_of_their_own_country(gaz):
    """A town listed for a site names that site only when tied to a base; alone it names its place."""
    from agents.classify.places import default_index

    towns = [(town, base) for base in gaz.bases for town in base.towns]
    assert len(towns) >= 10
    for town, base in towns:
        assert gaz.resolve(town) in (None, base) and (gaz.resolve(town) is None or town == base.canonical), town
        [mention] = default_index().find(f"Reports from {town} today.")
        assert (mention.base, mention.country) == (None, base.country), town
        assert gaz.resolve(f"{town} base") is base, town


def _load(rows: str):
    import csv
    import io

    from agents.classify.gazetteer import _parse

    header = "canonical,country,province,lat,lon,kind,aliases,towns,notes\n"
    return _parse(csv.DictReader(io.StringIO(header + rows)), "test.csv")


@pytest.mark.parametrize(
    "rows, message",
    [
        ("A,Syria,Hasakah,,,base,Rumeilan base,,n\nB,Syria,Hasakah,,,base,Rumailan base,,n\n", "names both"),
        ("A,Syria,Hasakah,,,base,Rumeilan base,Rmelan,n\n", None),
        ("A,Syria,Hasakah,,,base,Rumeilan,al-Rumailan,n\n", "spelled like an alias"),
        ("A,Syria,Hasakah,,,base,Alpha,Harir,n\nB,Syria,Hasakah,,,base,Gamma,Hareer,n\n", "given to both"),
    ],
)
def test_loader_refuses_spellings_that_fold_into_two_meanings(rows, message):
    """Two sites whose names fold alike, or a town spelled like an alias, would make lookups guess."""
    if message is None:
        gaz = _load(rows)
        assert gaz.resolve("Rumaylan base").canonical == "A"
        assert gaz.resolve("Rmeilan") is None
        assert gaz.resolve("the Rmeilan air base").canonical == "A"
        return
    with pytest.raises(ValueError, match=message):
        _load(rows)


def test_an_alias_holding_its_town_is_known_in_every_spelling_of_the_town():
    """ "airport in Hareer" is listed once, as "airport in Harir"; the town's other spellings follow it."""
    gaz = _load('A,Iraq,Erbil,,,base,airport in Harir; Harir base,Harir; Hareer; Hrir,n\n')
    assert [gaz.resolve(name).canonical if gaz.resolve(name) else None
            for name in ("the airport in Hareer", "airport in Hrir", "Hareer base", "Hareer")] == ["A", "A", "A", None]


def test_a_file_without_the_towns_column_still_loads():
    import csv
    import io

    from agents.classify.gazetteer import _parse

    rows = "canonical,country,province,lat,lon,kind,aliases,notes\nA,Syria,Hasakah,,,base,Alpha base,n\n"
    gaz = _parse(csv.DictReader(io.StringIO(rows)), "old.csv")
    assert gaz.resolve("Alpha base").towns == ()


def test_every_row_is_well_formed(gaz):
    for base in gaz.bases:
        assert base.country in COUNTRIES, base.canonical
        assert base.province, base.canonical
        assert base.kind in KINDS, base.canonical
        assert base.aliases, base.canonical
        assert base.notes, base.canonical
        assert (base.lat is None) == (base.lon is None), base.canonical
        for alias in (*base.aliases, *base.towns):
            assert not any(ch in alias for ch in "()/"), (base.canonical, alias)


def test_coordinates_lie_inside_their_country(gaz):
    with_coords = [b for b in gaz.bases if b.lat is not None]
    assert len(with_coords) >= 10
    for base in with_coords:
        lat_min, lat_max, lon_min, lon_max = BBOX[base.country]
        assert lat_min <= base.lat <= lat_max, base.canonical
        assert lon_min <= base.lon <= lon_max, base.canonical


def test_diplomatic_sites_have_their_kinds(gaz):
    assert gaz.by_canonical(EMBASSY).kind == "embassy"
    assert gaz.by_canonical(CONSULATE).kind == "consulate"


@pytest.mark.parametrize(
    "a, b",
    [(UNION, VICTORY), (EMBASSY, VICTORY), (GREEN, EUPHRATES), (T22, RUKBAN), (T22, TANF), (HARIR, ERBIL), (CONSULATE, ERBIL)],
)
def test_distinct_sites_stay_distinct(gaz, a, b):
    assert gaz.by_canonical(a) is not gaz.by_canonical(b)
    assert set(gaz.by_canonical(a).aliases).isdisjoint(gaz.by_canonical(b).aliases)


def test_union_iii_is_not_at_the_airport(gaz):
    assert gaz.resolve("Union III").canonical == UNION
    assert [m.base.canonical for m in gaz.mentions("a rocket hit Union III")] == [UNION]


@pytest.mark.parametrize("text, expected", SENTENCES, ids=[s[0][:40] for s in SENTENCES])
def test_mentions_in_sentences(gaz, text, expected):
    assert [m.base.canonical for m in gaz.mentions(text)] == expected


def test_longest_alias_wins_and_surface_is_exact(gaz):
    text = "Rockets struck Ain al-Asad Air Base at dawn."
    found = list(gaz.mentions(text))
    assert len(found) == 1
    assert found[0].surface == "Ain al-Asad Air Base"
    assert text[found[0].start : found[0].end] == "Ain al-Asad Air Base"


def test_mentions_need_whole_words(gaz):
    assert list(gaz.mentions("ConocoPhillips reported earnings")) == []
    assert list(gaz.mentions("the Tajikistan border")) == []


def test_deir_ez_zor_is_never_a_base_alias() -> None:
    from agents.classify.gazetteer import default_gazetteer as _g

    for spelling in ("Deir ez-Zor", "Deir Ezzor", "Deir al-Zor", "Deir el-Zour"):
        assert _g().resolve(spelling) is None


def test_rukban_camp_is_a_place_not_the_base() -> None:
    from agents.classify.places import default_index

    found = default_index().find("Aid reached the Rukban camp while al-Rukban was hit.")
    assert [(m.surface, m.base.canonical if m.base else None) for m in found] == [
        ("Rukban camp", None), ("al-Rukban", "Rukban site")]
