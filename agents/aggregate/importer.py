"""Importing already-structured attacks (an analyst's spreadsheet, an ACLED-style
export) so the history is there before live news arrives.

Rows become attack reports, not finished events: they go through merging like
any article, so a news report of an imported attack corroborates it instead of
counting it twice.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import date
from typing import Any, Iterable, Iterator

import orjson

from agents.classify.gazetteer import Gazetteer
from streams.records import WEAPONS, AttackReport, stable_id

# The CSV header (and the JSON Lines keys) an import file must use.
IMPORT_COLUMNS: tuple[str, ...] = ("date", "base", "country", "weapons", "killed", "injured", "claimed_by", "source")


@dataclass(frozen=True)
class ImportProblem:
    """A row that was not imported, with its line number and why."""

    line: int
    reason: str

    def __str__(self) -> str:
        return f"line {self.line}: {self.reason}"


def _count(value: Any, name: str) -> int | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    try:
        number = int(str(value).strip())
    except ValueError:
        raise ValueError(f"{name}: expected a whole number, got {value!r}") from None
    if number < 0:
        raise ValueError(f"{name}: expected a whole number, got {value!r}")
    return number


def row_to_report(row: dict[str, Any], line: int, origin: str, gazetteer: Gazetteer) -> AttackReport:
    """One row to one report; raises ValueError naming the bad field and value."""
    raw_date = str(row.get("date") or "").strip()
    try:
        day = date.fromisoformat(raw_date).isoformat()
    except ValueError:
        raise ValueError(f"date: expected YYYY-MM-DD, got {raw_date!r}") from None
    base_name = str(row.get("base") or "").strip()
    country = str(row.get("country") or "").strip() or None
    base = None
    if base_name:
        found = gazetteer.resolve(base_name)
        if found is None:
            raise ValueError(f"base: unknown base {base_name!r}")
        base = found.canonical
        if country and country.lower() != found.country.lower():
            raise ValueError(f"country: {country!r} but {base} is in {found.country}")
        country = found.country
    raw_weapons = row.get("weapons") or ""
    weapons = raw_weapons if isinstance(raw_weapons, list) else [w.strip() for w in str(raw_weapons).split(";")]
    weapons = [w.lower() for w in weapons if w] or ["unknown"]
    unknown = [w for w in weapons if w not in WEAPONS]
    if unknown:
        raise ValueError(f"weapons: {unknown[0]!r} is not one of {', '.join(WEAPONS)}")
    source = str(row.get("source") or "").strip() or None
    article_id = stable_id("import", origin, str(line))
    return AttackReport(
        report_id=stable_id(article_id, "0"),
        article_id=article_id,
        base=base,
        country=country,
        event_date=day,
        weapons=tuple(sorted(set(weapons))),
        killed=_count(row.get("killed"), "killed"),
        injured=_count(row.get("injured"), "injured"),
        claimed_by=str(row.get("claimed_by") or "").strip() or None,
        source=source or f"import:{origin}",
        published=day,
    )


def _rows(text: str) -> Iterator[tuple[int, dict[str, Any] | str]]:
    """(line number, row or the reason it is unreadable), CSV or JSON Lines by content."""
    stripped = text.lstrip()
    if stripped.startswith("{"):
        for number, line in enumerate(text.splitlines(), start=1):
            if not line.strip():
                continue
            try:
                data = orjson.loads(line)
            except orjson.JSONDecodeError as exc:
                yield number, f"not JSON: {exc}"
                continue
            yield number, data if isinstance(data, dict) else "expected a JSON object"
        return
    reader = csv.DictReader(io.StringIO(text))
    missing = [c for c in IMPORT_COLUMNS if c not in (reader.fieldnames or [])]
    if missing:
        yield 1, f"header lacks {', '.join(missing)} (expected {','.join(IMPORT_COLUMNS)})"
        return
    for row in reader:
        yield reader.line_num, row


def parse_import(text: str, origin: str, gazetteer: Gazetteer) -> tuple[list[AttackReport], list[ImportProblem]]:
    """Every good row as a report, every bad one as a problem; one bad row never stops the rest."""
    reports, problems = [], []
    for line, row in _rows(text):
        if isinstance(row, str):
            problems.append(ImportProblem(line, row))
            continue
        try:
            reports.append(row_to_report(row, line, origin, gazetteer))
        except ValueError as exc:
            problems.append(ImportProblem(line, str(exc)))
    return reports, problems


def sorted_by_date(reports: Iterable[AttackReport]) -> list[AttackReport]:
    return sorted(reports, key=lambda r: (r.event_date or "", r.report_id))
