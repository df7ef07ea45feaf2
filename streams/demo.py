"""``basewatch demo``: the whole product on one machine, in about a minute.

Starts the embedded broker (or uses the configured one, with topics of its
own), runs a worker, replays the seed articles, waits until every stage has
caught up, prints the events, the alerts and the counter table, and stops
everything it started.
"""

from __future__ import annotations

import asyncio
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import uuid
from dataclasses import replace
from pathlib import Path
from typing import Callable

from rich.console import Console

from streams.broker import EmbeddedBroker, free_port, is_reachable, require_broker
from streams.kafka import ensure_topics, wait_for_drain
from streams.records import Article
from streams.replay import load_articles, publish_articles
from streams.settings import Settings
from streams.topics import TopicNames
from streams.views import counters_for, latest_alerts, latest_events, print_alerts, print_counters, print_events


class DemoError(RuntimeError):
    """The demo could not complete; the message says why and where to look."""


def default_seeds() -> Path:
    """The project's seeds/ folder (next to the packages in a checkout)."""
    return Path(__file__).resolve().parent.parent / "seeds"


def worker_env(settings: Settings) -> dict[str, str]:
    """The environment that gives a worker subprocess exactly these settings."""
    env = dict(os.environ)
    env.update(
        BASEWATCH_BROKER=settings.broker_address,
        BASEWATCH_BROKER_FLAVOR=settings.flavor,
        BASEWATCH_APP_ID=settings.app_id,
        BASEWATCH_TOPIC_PREFIX=settings.topic_prefix,
        BASEWATCH_PARTITIONS=str(settings.partitions),
        BASEWATCH_WEB_PORT=str(settings.web_port),
        BASEWATCH_CONFIG_DIR=str(settings.config_dir),
    )
    if settings.pause_days is not None:
        env["BASEWATCH_PAUSE_DAYS"] = str(settings.pause_days)
    return env


class WorkerProcess:
    """A ``basewatch worker`` subprocess with its log in a file."""

    def __init__(self, settings: Settings, log_path: Path):
        self.settings = settings
        self.log_path = log_path
        self.process: subprocess.Popen[bytes] | None = None

    def start(self) -> "WorkerProcess":
        log = open(self.log_path, "ab")
        self.process = subprocess.Popen(
            [sys.executable, "-m", "streams.cli", "worker", "--loglevel", "info"],
            env=worker_env(self.settings), stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
        )
        log.close()
        return self

    def alive(self) -> bool:
        return self.process is not None and self.process.poll() is None

    def stop(self, timeout: float = 20.0) -> None:
        if not self.alive():
            return
        assert self.process is not None
        self.process.send_signal(signal.SIGTERM)
        try:
            self.process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()

    def kill(self) -> None:
        """SIGKILL: the way a crash or an OOM kill ends a worker."""
        if self.alive():
            assert self.process is not None
            self.process.kill()
            self.process.wait()

    def log_tail(self, lines: int = 15) -> str:
        try:
            return "\n".join(self.log_path.read_text(errors="replace").splitlines()[-lines:])
        except OSError:
            return ""


def run_demo(settings: Settings, *, seeds_path: Path | None, timeout: float, echo: Callable[[str], None],
             keep_files: bool = False) -> None:
    """Replay the seeds through a real broker and worker and print what came out.

    The broker and worker logs go to a fresh temporary folder. A run that fails keeps it, so its
    logs can be read; a run that succeeds removes it unless ``keep_files`` asks otherwise, so
    repeated demos leave nothing behind.
    """
    started = time.monotonic()
    seeds = seeds_path or default_seeds()
    articles, problems = load_articles([seeds])
    if problems:
        raise DemoError("; ".join(str(p) for p in problems))
    if not articles:
        raise DemoError(f"no articles in {seeds}")
    workdir = Path(tempfile.mkdtemp(prefix="basewatch-demo-"))
    try:
        _run_in(workdir, settings, articles, seeds, timeout, echo)
    except BaseException:
        echo(f"demo: logs kept in {workdir}")
        raise
    if keep_files:
        echo(f"demo: logs kept in {workdir}")
    else:
        shutil.rmtree(workdir, ignore_errors=True)
    echo(f"demo: done in {time.monotonic() - started:.1f}s")


def _run_in(workdir: Path, settings: Settings, articles: list[Article], seeds: Path, timeout: float,
            echo: Callable[[str], None]) -> None:
    broker: EmbeddedBroker | None = None
    if settings.embedded:
        port = settings.embedded_port if not is_reachable(settings.broker_address, 0.3) else free_port()
        settings = replace(settings, embedded_port=port)
        broker = EmbeddedBroker(settings.embedded_host, port, log_path=workdir / "broker.log").start()
        echo(f"demo: embedded broker on {broker.address} (memory only)")
        settings = replace(settings, broker=broker.address, broker_flavor="tansu")
    else:
        require_broker(settings.broker_address, embedded_default=False)
        suffix = uuid.uuid4().hex[:8]
        settings = replace(settings, app_id=f"basewatch-demo-{suffix}", topic_prefix=f"basewatch-demo-{suffix}")
        echo(f"demo: broker {settings.broker_address}, topics {settings.topic_prefix}.*")
    settings = replace(settings, config_dir=workdir, web_port=free_port())
    worker = WorkerProcess(settings, workdir / "worker.log")
    try:
        names = TopicNames(settings.topic_prefix)
        asyncio.run(ensure_topics(settings, names.all()))
        worker.start()
        echo(f"demo: worker started (log: {worker.log_path})")
        asyncio.run(publish_articles(settings, articles))
        echo(f"demo: replayed {len(articles)} seed articles from {seeds}")
        try:
            asyncio.run(wait_for_drain(settings, settings.app_id, set(names.consumed()).__contains__,
                                       timeout=timeout, alive=worker.alive))
        except (TimeoutError, RuntimeError) as exc:
            raise DemoError(f"{exc}; worker log {worker.log_path}:\n{worker.log_tail()}") from None
        events = asyncio.run(latest_events(settings))
        alerts = asyncio.run(latest_alerts(settings))
    finally:
        worker.stop()
        if broker is not None:
            broker.stop()
    console = Console(width=150)
    print_events(events, console)
    print_alerts(alerts, console)
    rows, now = counters_for(events)
    print_counters(rows, now, console)
