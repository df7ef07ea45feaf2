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


LOOPBACK = "127.0.0.1"


class ReservedJsonReceiver:
    """A local HTTP endpoint that keeps every JSON body apprise's json:// posts to it, with its path.

    It starts bound but not listening, until ``up()``: a receiver that is down must refuse
    connections the way a crashed service does, and its port must stay reserved so that nothing
    else can take it before the receiver comes up on it.
    """

    def __init__(self) -> None:
        self.posts: list[tuple[str, dict]] = []
        posts = self.posts

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802 - http.server's naming
                length = int(self.headers.get("Content-Length") or 0)
                posts.append((self.path, json.loads(self.rfile.read(length) or b"{}")))
                self.send_response(200)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer((LOOPBACK, 0), Handler, bind_and_activate=False)
        self.server.allow_reuse_address = True
        self.server.server_bind()  # bound, not listening: connections are refused
        self.port = self.server.server_address[1]
        self.thread: threading.Thread | None = None

    @property
    def bodies(self) -> list[dict]:
        """The JSON bodies received so far, in arrival order (what most tests count and read)."""
        return [body for _, body in self.posts]

    @property
    def url(self) -> str:
        return self.url_for("/hook")

    def url_for(self, path: str) -> str:
        """An apprise json:// URL on this port with its own path, so tests can tell subscribers apart."""
        return f"json://{LOOPBACK}:{self.port}{path}"

    def up(self) -> None:
        """Start listening on the reserved port."""
        self.server.server_activate()
        self.thread = threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
        self.thread.start()

    def close(self) -> None:
        if self.thread is not None:
            self.server.shutdown()
            self.thread.join(5)
        self.server.server_close()


class JsonReceiver(ReservedJsonReceiver):
    """A :class:`ReservedJsonReceiver` that listens from the start: a receiver that just works."""

    def __init__(self) -> None:
        super().__init__()
        self.up()


@pytest.fixture
def json_receiver() -> Iterator[JsonReceiver]:
    receiver = JsonReceiver()
    yield receiver
    receiver.close()


@pytest.fixture
def webhook() -> Iterator[ReservedJsonReceiver]:
    """A JSON webhook whose port refuses connections until the test calls ``up()``."""
    receiver = ReservedJsonReceiver()
    yield receiver
    receiver.close()
