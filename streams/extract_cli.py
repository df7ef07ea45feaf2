"""The broker-free side of the command line: ``extract`` and ``eval``.

Both run the same pure core as the stream agent, so what ``extract`` prints is
exactly what the worker would publish.
"""

from __future__ import annotations

from pathlib import Path
from typing import IO, Any, Iterator

import orjson

from agents.classify.core import extract
from streams.records import Article, RecordError


def extract_line(line: bytes) -> dict[str, Any]:
    """One input line to one output object; a bad line becomes ``{"id", "error"}``."""
    try:
        data = orjson.loads(line)
    except orjson.JSONDecodeError as exc:
        return {"id": None, "error": f"not JSON: {exc}"}
    given_id = data.get("id") if isinstance(data, dict) else None
    try:
        article = Article.from_dict(data)
        result = extract(article).to_contract()
    except RecordError as exc:
        return {"id": given_id, "error": str(exc)}
    except Exception as exc:  # one broken article must not end the run
        return {"id": given_id, "error": f"extraction failed: {exc!r}"}
    return result


def extract_lines(source: IO[bytes]) -> Iterator[bytes]:
    """Extract every non-blank line of ``source``, in order."""
    for line in source:
        if line.strip():
            yield orjson.dumps(extract_line(line))


def evaluate_file(labels_path: Path) -> tuple[dict[str, Any], str, list[str], list[str]]:
    """Run extract over a labeled corpus and score it: (scores as data, table, target misses,
    one line per disagreement)."""
    from dataclasses import asdict

    from agents.classify.evaluate import check_targets, format_table, mistakes, score

    labels = [orjson.loads(line) for line in labels_path.read_bytes().splitlines() if line.strip()]
    predictions = [extract_line(orjson.dumps(label)) for label in labels]
    scores = score(labels, predictions)
    return asdict(scores), format_table(scores), check_targets(scores), mistakes(labels, predictions)
