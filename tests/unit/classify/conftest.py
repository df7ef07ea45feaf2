"""What the extraction table tests share: one article in, its events as plain tuples out."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from agents.classify.core import extract
from streams.records import Article

# The publication date the table tests read their sentences against (a Friday).
TABLE_PUBLISHED = "2024-01-26"


def read_contract(text: str, published: str = TABLE_PUBLISHED, title: str = "") -> dict:
    """The contract's output for one article made of ``text``."""
    return extract(Article.create(title=title, text=text, published=published)).to_contract()


def read_events(text: str, published: str = TABLE_PUBLISHED, title: str = "") -> list[dict]:
    """The contract's events of one article made of ``text``."""
    return read_contract(text, published, title)["events"]


@pytest.fixture
def events_of() -> Callable[..., list[dict]]:
    """``read_events`` for tests that look at whole event records."""
    return read_events


@pytest.fixture
def brief_of() -> Callable[[str, tuple[str, ...]], list[tuple]]:
    """The events of ``text`` as tuples of the named fields, the shape of a table row."""
    def brief(text: str, fields: tuple[str, ...]) -> list[tuple]:
        return [tuple(event[name] for name in fields) for event in read_events(text)]
    return brief


@pytest.fixture
def case_text() -> Callable[[list, str], str]:
    """The text of the table row whose name starts with ``prefix``: for tests that look closer at one row."""
    def find(cases: list, prefix: str) -> str:
        return next(text for name, text, _ in cases if name.startswith(prefix))
    return find


@pytest.fixture
def rows_of(events_of) -> Callable[[list, tuple[str, ...]], list[tuple]]:
    """Each ``(name, [title,] text, published, events)`` row of a table, read: its name and its events as tuples
    of ``fields``, the shape the row expects (a row without a title reads as one with an empty title)."""
    def rows(cases: list, fields: tuple[str, ...]) -> list[tuple]:
        read = []
        for name, *article, _ in cases:
            title, text, published = article if len(article) == 3 else ("", *article)
            read.append((name, [tuple(event[f] for f in fields) for event in events_of(text, published, title)]))
        return read
    return rows


@pytest.fixture
def report_of() -> Callable[[str, str, tuple[str, ...]], tuple[bool, list[tuple]]]:
    """Whether one article made of ``text`` is an attack report, with its events as tuples of ``fields``: for
    tables that also assert the verdict on their near-misses."""
    def report(text: str, published: str, fields: tuple[str, ...]) -> tuple[bool, list[tuple]]:
        extraction = read_contract(text, published)
        return extraction["is_attack_report"], [tuple(event[f] for f in fields) for event in extraction["events"]]
    return report
