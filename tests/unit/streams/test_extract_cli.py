"""`basewatch extract` keeps going past bad lines and answers one line per input."""

from __future__ import annotations

import io

import orjson

from streams.extract_cli import extract_lines


def test_one_output_per_input_and_errors_in_place() -> None:
    lines = [
        b'{"id": "ok", "title": "Markets", "text": "Oil prices rose on Monday.", "published": "2024-01-01"}',
        b"{broken",
        b'{"id": "empty", "title": "", "text": ""}',
        b'{"id": "bad-date", "title": "x", "text": "y", "published": 5}',
    ]
    out = [orjson.loads(line) for line in extract_lines(io.BytesIO(b"\n".join(lines) + b"\n"))]
    assert [(o["id"], "error" in o, o.get("is_attack_report")) for o in out] == [
        ("ok", False, False), (None, True, None), ("empty", True, None), ("bad-date", True, None)]
