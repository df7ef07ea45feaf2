"""Importing structured attacks: good rows become reports, bad rows are named by line."""

from __future__ import annotations

from agents.aggregate.importer import parse_import
from agents.classify.gazetteer import default_gazetteer

CSV = """date,base,country,weapons,killed,injured,claimed_by,source
2024-01-28,Tower 22,Jordan,drone,3,34,Islamic Resistance in Iraq,DoD
2023-10-18,Ayn al-Assad,,drone;rocket,,,,
2023-10-19,Nowhere Base,Iraq,drone,,,,
2023-13-01,Tower 22,Jordan,,,,,
2023-10-20,,Syria,,0,,,
2023-10-21,Al-Tanf Garrison,Iraq,drone,,,,
2023-10-22,Al-Tanf Garrison,Syria,laser,,,,
2023-10-23,Al-Tanf Garrison,Syria,drone,-1,,,
"""


def test_csv_rows_and_problems() -> None:
    reports, problems = parse_import(CSV, "sheet.csv", default_gazetteer())
    assert (
        [(r.event_date, r.base, r.country, r.weapons, r.killed, r.injured, r.claimed_by, r.source) for r in reports],
        [str(p) for p in problems],
    ) == (
        [("2024-01-28", "Tower 22", "Jordan", ("drone",), 3, 34, "Islamic Resistance in Iraq", "DoD"),
         ("2023-10-18", "Ain al-Asad Air Base", "Iraq", ("drone", "rocket"), None, None, None, "import:sheet.csv"),
         ("2023-10-20", None, "Syria", ("unknown",), 0, None, None, "import:sheet.csv")],
        ["line 4: base: unknown base 'Nowhere Base'",
         "line 5: date: expected YYYY-MM-DD, got '2023-13-01'",
         "line 7: country: 'Iraq' but Al-Tanf Garrison is in Syria",
         "line 8: weapons: 'laser' is not one of rocket, drone, missile, ballistic_missile, mortar, ied, gunfire, unknown",
         "line 9: killed: expected a whole number, got '-1'"],
    )


def test_jsonl_and_stable_ids() -> None:
    text = '{"date": "2024-02-04", "base": "al-Tanf", "weapons": ["drone"]}\n[1]\n'
    first, problems = parse_import(text, "x.jsonl", default_gazetteer())
    again, _ = parse_import(text, "x.jsonl", default_gazetteer())
    assert ([(r.base, r.weapons) for r in first], [str(p) for p in problems], first == again) == (
        [("Al-Tanf Garrison", ("drone",))], ["line 2: expected a JSON object"], True)


def test_missing_header_is_one_problem() -> None:
    reports, problems = parse_import("when,where\n2024-01-01,x\n", "bad.csv", default_gazetteer())
    assert (reports, [str(p) for p in problems]) == (
        [], ["line 1: header lacks date, base, country, weapons, killed, injured, claimed_by, source "
             "(expected date,base,country,weapons,killed,injured,claimed_by,source)"])
