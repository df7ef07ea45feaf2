"""Loading archives for replay: order, metadata, and problems reported with where they are."""

from __future__ import annotations

from pathlib import Path

from streams.replay import load_articles, pacing

SEEDS = Path(__file__).resolve().parents[3] / "seeds"


def test_seeds_load_in_publication_order_with_text_unchanged() -> None:
    articles, problems = load_articles([SEEDS])
    shared = {p.name: p.read_text(encoding="utf-8") for p in SEEDS.glob("0*.txt")}
    assert (problems, [a.published for a in articles], sorted(a.text for a in articles) == sorted(shared.values())) == (
        [], ["2022-01-05", "2023-10-31", "2024-04-22", "2024-04-23", "2024-08-06"], True)


def test_jsonl_with_bad_lines_loads_the_rest(tmp_path: Path) -> None:
    archive = tmp_path / "a.jsonl"
    archive.write_text(
        '{"title": "later", "text": "b", "published": "2024-02-01"}\n'
        "not json\n"
        "\n"
        '{"title": "", "text": ""}\n'
        '{"title": "earlier", "text": "a", "published": "2024-01-01T10:00:00Z"}\n'
        '{"title": "undated", "text": "c"}\n'
    )
    articles, problems = load_articles([archive, tmp_path / "missing.jsonl"])
    assert ([a.title for a in articles], [p.where.split("/")[-1] for p in problems]) == (
        ["earlier", "later", "undated"], ["a.jsonl:2", "a.jsonl:4", "missing.jsonl"])


def test_pacing_in_days_per_second() -> None:
    articles, _ = load_articles([SEEDS])
    delays = pacing(articles[2:4], speed=0.5)  # 2024-04-22 -> 2024-04-23 at half a day per second
    assert (delays, pacing(articles, 0)) == ([0.0, 2.0], [0.0] * 5)
