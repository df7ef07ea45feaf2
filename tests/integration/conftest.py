"""One real Kafka-protocol broker (tansu) for the whole integration session.

If the broker cannot start, every test that needs it errors loudly: a broken
install must never pass as skipped.
"""

from __future__ import annotations

import asyncio
import json
import threading
import uuid
from dataclasses import replace
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Callable, Iterator

import pytest

from streams.broker import EmbeddedBroker, free_port
from streams.demo import WorkerProcess
from streams.kafka import ensure_topics, wait_for_drain
from streams.settings import DEFAULTS, Settings
from streams.topics import TopicNames


@pytest.fixture(scope="session")
def broker(tmp_path_factory: pytest.TempPathFactory) -> Iterator[EmbeddedBroker]:
    log = tmp_path_factory.mktemp("broker") / "tansu.log"
    server = EmbeddedBroker("127.0.0.1", free_port(), log_path=log).start()  # raises BrokerError: no skip
    yield server
    server.stop()


@pytest.fixture
def settings(broker: EmbeddedBroker, tmp_path: Path) -> Settings:
    """Settings of a deployment of its own (topics, group) on the shared broker."""
    name = f"bw-{uuid.uuid4().hex[:8]}"
    return replace(DEFAULTS, broker=broker.address, broker_flavor="tansu", app_id=name, topic_prefix=name,
                   partitions=2, web_port=free_port(), config_dir=tmp_path)


@pytest.fixture
def start_worker(settings: Settings) -> Iterator[Callable[..., WorkerProcess]]:
    """Start ``basewatch worker`` subprocesses; all are stopped at the end of the test."""
    started: list[WorkerProcess] = []

    def start(worker_settings: Settings | None = None, name: str = "worker") -> WorkerProcess:
        chosen = worker_settings or settings
        asyncio.run(ensure_topics(chosen, TopicNames(chosen.topic_prefix).all()))
        process = WorkerProcess(chosen, chosen.config_dir / f"{name}-{len(started)}.log").start()
        started.append(process)
        return process

    yield start
    for process in started:
        process.stop()


def drain_worker(settings: Settings, worker: WorkerProcess, timeout: float = 90.0) -> None:
    """Wait until the worker has processed everything on its input topics."""
    names = TopicNames(settings.topic_prefix)
    try:
        asyncio.run(wait_for_drain(settings, settings.app_id, set(names.consumed()).__contains__,
                                   timeout=timeout, alive=worker.alive))
    except (TimeoutError, RuntimeError) as exc:
        raise AssertionError(f"{exc}\n--- worker log ---\n{worker.log_tail(40)}") from None


@pytest.fixture
def drain() -> Callable[..., None]:
    """``drain(settings, worker)``: wait until the worker has caught up, or fail with its log."""
    return drain_worker


class JsonReceiver:
    """A local HTTP endpoint that keeps every JSON body apprise's json:// posts to it."""

    def __init__(self) -> None:
        self.bodies: list[dict] = []
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802 - http.server's naming
                length = int(self.headers.get("Content-Length", 0))
                receiver.bodies.append(json.loads(self.rfile.read(length) or b"{}"))
                self.send_response(200)
                self.end_headers()

            def log_message(self, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.port = self.server.server_address[1]
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    @property
    def url(self) -> str:
        return f"json://127.0.0.1:{self.port}/hook"

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def json_receiver() -> Iterator[JsonReceiver]:
    receiver = JsonReceiver()
    yield receiver
    receiver.close()
