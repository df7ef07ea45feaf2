"""The demo, the README's first command, run whole against the shared broker."""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from streams.demo import DemoError, run_demo
from streams.settings import Settings


@pytest.fixture
def workdirs(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[Path]]:
    """The temporary folders the demo makes, recorded as it makes them."""
    made: list[Path] = []
    real = tempfile.mkdtemp

    def recording(*args: object, **kwargs: object) -> str:
        path = real(*args, **kwargs)  # type: ignore[arg-type]
        made.append(Path(path))
        return path

    monkeypatch.setattr(tempfile, "mkdtemp", recording)
    yield made
    for path in made:  # (what a failed demo keeps is the test's to remove)
        shutil.rmtree(path, ignore_errors=True)


@pytest.mark.broker
def test_a_demo_that_succeeds_prints_the_seed_events_and_leaves_no_files(
        settings: Settings, workdirs: list[Path], capsys: pytest.CaptureFixture[str]) -> None:
    said: list[str] = []
    run_demo(settings, seeds_path=None, timeout=120.0, echo=said.append)
    printed = capsys.readouterr().out
    assert (any("replayed 5 seed articles" in line for line in said), "Ain al-Asad Air Base" in printed, said[-1].startswith("demo: done"),
            [path.exists() for path in workdirs]) == (True, True, True, [False])


@pytest.mark.broker
def test_a_demo_that_fails_says_so_and_keeps_its_logs(settings: Settings, workdirs: list[Path]) -> None:
    said: list[str] = []
    with pytest.raises(DemoError):
        run_demo(settings, seeds_path=None, timeout=0.001, echo=said.append)
    assert (said[-1], [(path / "worker.log").exists() for path in workdirs]) == (
        f"demo: logs kept in {workdirs[0]}", [True])
