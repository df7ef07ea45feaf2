"""Running the Faust worker from our own command line."""

from __future__ import annotations

import faust

from streams.app import create_app
from streams.settings import Settings


def run_worker(settings: Settings, *, loglevel: str = "info", web_enabled: bool = True) -> None:
    """Run every agent until SIGINT/SIGTERM."""
    app = create_app(settings, web_enabled=web_enabled)
    worker = faust.Worker(app, loglevel=loglevel, quiet=True)
    worker.execute_from_commandline()
