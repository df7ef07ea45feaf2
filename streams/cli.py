"""The ``basewatch`` command line.

Every command reads its settings from ``BASEWATCH_*`` variables and options, and
turns a configuration or connection problem into one line on stderr and a
non-zero exit, never a traceback.
"""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path
from typing import Any, Callable

import click
import orjson

from streams.broker import BrokerError, EmbeddedBroker, require_broker
from streams.cli_notify import register as register_notify_commands
from streams.settings import ConfigError, Settings, load_settings

# Exit code for configuration and connection problems (click uses 2 for usage errors).
EXIT_PROBLEM = 1


def fail(message: str) -> None:
    """Print one line and stop: the user gets the cause, not a traceback."""
    click.echo(f"basewatch: {message}", err=True)
    sys.exit(EXIT_PROBLEM)


def _settings(ctx: click.Context, **overrides: Any) -> Settings:
    base: Settings = ctx.obj
    try:
        return base.with_overrides(**overrides)
    except ConfigError as exc:
        fail(str(exc))
        raise  # unreachable


def broker_option(func: Callable[..., Any]) -> Callable[..., Any]:
    return click.option(
        "--broker",
        metavar="HOST:PORT",
        help="Kafka bootstrap address (env BASEWATCH_BROKER). Unset: the embedded broker at 127.0.0.1:9092.",
    )(func)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="basewatch")
@click.pass_context
def main(ctx: click.Context) -> None:
    """basewatch: alerts on attacks against U.S. and coalition bases in the Middle East."""
    try:
        ctx.obj = load_settings()
    except ConfigError as exc:
        fail(str(exc))


def _connect(settings: Settings) -> Settings:
    """For commands that need a running broker: say in one line what to start if none answers."""
    try:
        require_broker(settings.broker_address, settings.embedded)
    except BrokerError as exc:
        fail(str(exc))
    return settings


@main.command()
@broker_option
@click.option("--port", "embedded_port", type=int, help="Port of the embedded broker (default 9092).")
@click.option("--web-port", type=int, help="Port of the HTTP views (default 6066).")
@click.option("--partitions", type=int, help="Partitions per topic (default 4).")
@click.option("--loglevel", default="info", show_default=True, type=click.Choice(["debug", "info", "warning", "error"]))
@click.pass_context
def worker(ctx: click.Context, broker: str | None, embedded_port: int | None, web_port: int | None,
           partitions: int | None, loglevel: str) -> None:
    """Run every stream agent (classify, merge, alert, notify) in one worker.

    Start more workers with the same settings to share the partitions. With no
    broker configured, the embedded tansu broker is started first and stopped
    on exit; it keeps data in memory only.
    """
    from streams.worker import run_worker

    settings = _settings(ctx, broker=broker, embedded_port=embedded_port, web_port=web_port, partitions=partitions)
    embedded = None
    if settings.embedded:
        try:
            embedded = EmbeddedBroker(settings.embedded_host, settings.embedded_port).start()
        except BrokerError as exc:
            fail(str(exc))
        click.echo(f"basewatch worker: embedded broker at {settings.broker_address} "
                   "(memory only: everything on its topics is lost when the worker stops)")
    else:
        _connect(settings)
        click.echo(f"basewatch worker: broker {settings.broker_address}")
    try:
        run_worker(settings, loglevel=loglevel)
    except ConfigError as exc:  # e.g. a mistake in rules.toml: one line, not a traceback
        fail(str(exc))
    finally:
        if embedded is not None:
            embedded.stop()


@main.command()
@click.option("--host", "embedded_host", help="Address to listen on (default 127.0.0.1).")
@click.option("--port", "embedded_port", type=int, help="Port to listen on (default 9092).")
@click.pass_context
def broker(ctx: click.Context, embedded_host: str | None, embedded_port: int | None) -> None:
    """Run the embedded tansu broker alone, until Ctrl-C (memory only)."""
    import signal
    import threading

    settings = _settings(ctx, embedded_host=embedded_host, embedded_port=embedded_port)
    try:
        server = EmbeddedBroker(settings.embedded_host, settings.embedded_port).start()
    except BrokerError as exc:
        fail(str(exc))
    click.echo(f"basewatch broker: listening on {server.address} (memory only; Ctrl-C stops it)")
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    try:
        while server.running and not stop.wait(0.5):
            pass
    except KeyboardInterrupt:
        pass
    finally:
        server.stop()
    if not stop.is_set():
        click.echo("basewatch broker: stopped")


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@broker_option
@click.option("--speed", type=float, default=0.0, show_default=True,
              help="Days of publication time per real second; 0 = as fast as possible.")
@click.option("--follow", is_flag=True, help="After publishing, print alerts as they arrive (Ctrl-C to stop).")
@click.pass_context
def replay(ctx: click.Context, paths: tuple[Path, ...], broker: str | None, speed: float, follow: bool) -> None:
    """Publish archived articles in publication order (seeds/ first, or JSON Lines files).

    A folder with a manifest.toml (like seeds/) or with .jsonl files, or .jsonl
    files: one article per line with id, title, text, published, source, url.
    """
    from streams.replay import load_articles

    settings = _connect(_settings(ctx, broker=broker))
    articles, problems = load_articles(paths)
    for problem in problems:
        click.echo(f"basewatch replay: skipped {problem}", err=True)
    if not articles:
        fail("nothing to replay")
    asyncio.run(_replay(settings, articles, speed, follow))


async def _replay(settings: Settings, articles: list, speed: float, follow: bool) -> None:
    from rich.progress import Progress

    from streams.replay import publish_articles
    from streams.views import follow_alerts

    follower = asyncio.create_task(follow_alerts(settings, click.echo)) if follow else None
    with Progress(transient=False) as progress:
        task = progress.add_task("publishing", total=len(articles))
        sent = await publish_articles(settings, articles, speed=speed, on_sent=lambda _a: progress.advance(task))
    click.echo(f"basewatch replay: published {sent} article(s) to {settings.topic_prefix}.articles")
    if follower is not None:
        click.echo("basewatch replay: following alerts (Ctrl-C to stop)")
        try:
            await follower
        except asyncio.CancelledError:
            pass


@main.command()
@click.option("--seeds", type=click.Path(path_type=Path, exists=True, file_okay=False), default=None,
              help="Folder to replay (default: the project's seeds/).")
@broker_option
@click.option("--timeout", type=float, default=120.0, show_default=True, help="Seconds to wait for the worker.")
@click.option("--keep-logs", is_flag=True, help="Keep the broker and worker logs of a run that succeeds (a failed run always keeps them).")
@click.pass_context
def demo(ctx: click.Context, seeds: Path | None, broker: str | None, timeout: float, keep_logs: bool) -> None:
    """Broker + worker + replay of the seeds: print the events, alerts and counters, then exit."""
    from streams.demo import DemoError, run_demo

    settings = _settings(ctx, broker=broker)
    try:
        run_demo(settings, seeds_path=seeds, timeout=timeout, echo=click.echo, keep_files=keep_logs)
    except (DemoError, BrokerError) as exc:
        fail(str(exc))


@main.command()
@click.argument("source", default="-", type=click.File("rb"))
def extract(source: Any) -> None:
    """Classify and extract attacks from JSON Lines articles (no broker).

    One output line per input line, in order; a bad line gets an error object
    ({"id", "error"}) and the run goes on.
    """
    from streams.extract_cli import extract_lines

    out = click.get_binary_stream("stdout")
    for line in extract_lines(source):
        out.write(line)
        out.write(b"\n")
    out.flush()


@main.command(name="eval")
@click.argument("labels", type=click.Path(path_type=Path, exists=True, dir_okay=False))
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
@click.option("--mistakes", "show_mistakes", is_flag=True,
              help="Also list every disagreement with the labels, one line each.")
def evaluate(labels: Path, as_json: bool, show_mistakes: bool) -> None:
    """Score extraction against a labeled JSON Lines corpus (see tests/corpus/README.md)."""
    from streams.extract_cli import evaluate_file

    scores, table, misses, disagreements = evaluate_file(labels)
    if as_json:
        if show_mistakes:
            scores = {**scores, "mistakes": disagreements}
        click.echo(orjson.dumps(scores, option=orjson.OPT_INDENT_2).decode())
        return
    click.echo(table)
    for miss in misses:
        click.echo(f"below target: {miss}")
    if show_mistakes:
        click.echo("")
        click.echo("\n".join(disagreements) if disagreements else "no disagreements")


@main.command()
@broker_option
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a table.")
@click.pass_context
def alerts(ctx: click.Context, broker: str | None, as_json: bool) -> None:
    """List the alert history: latest version of each alert and whether it was
    delivered, failed (with the reason), silenced or is pending, per subscriber."""
    from streams.cli_notify import show_alert_history

    settings = _connect(_settings(ctx, broker=broker))
    show_alert_history(settings, as_json=as_json)


@main.command()
@broker_option
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a table.")
@click.pass_context
def counters(ctx: click.Context, broker: str | None, as_json: bool) -> None:
    """Print the rolling counters per base, country and region, once."""
    from streams.views import counters_from_topic, print_counters

    settings = _connect(_settings(ctx, broker=broker))
    table, now = asyncio.run(counters_from_topic(settings))
    if as_json:
        click.echo(orjson.dumps({"now": now, "counters": [c.to_dict() for c in table]}, option=orjson.OPT_INDENT_2).decode())
    else:
        print_counters(table, now)


@main.command(name="import-events")
@click.argument("file", type=click.Path(path_type=Path, exists=True, dir_okay=False))
@broker_option
@click.pass_context
def import_events(ctx: click.Context, file: Path, broker: str | None) -> None:
    """Import structured attacks (CSV or JSON Lines) so history is there before live news.

    CSV header: date,base,country,weapons,killed,injured,claimed_by,source
    (weapons ';'-separated, empty = unknown). Any spelling the gazetteer knows
    is accepted for base. Bad rows are reported with their line number; the
    rest is imported.
    """
    from agents.aggregate.importer import parse_import, sorted_by_date
    from agents.classify.gazetteer import default_gazetteer

    settings = _connect(_settings(ctx, broker=broker))
    reports, problems = parse_import(file.read_text(encoding="utf-8"), file.name, default_gazetteer())
    for problem in problems:
        click.echo(f"basewatch import-events: {file}: {problem}", err=True)
    sent = asyncio.run(_publish_reports(settings, sorted_by_date(reports)))
    click.echo(f"basewatch import-events: imported {sent} attack(s), skipped {len(problems)} line(s)")
    if not sent and problems:
        sys.exit(EXIT_PROBLEM)


async def _publish_reports(settings: Settings, reports: list) -> int:
    from streams.kafka import ensure_topics, producer_for
    from streams.topics import TopicNames

    names = TopicNames(settings.topic_prefix)
    await ensure_topics(settings, names.all())
    producer = producer_for(settings)
    await producer.start()
    try:
        for report in reports:
            await producer.send_and_wait(names.reports, key=report.partition_key.encode(), value=report.to_json())
    finally:
        await producer.stop()
    return len(reports)


@main.command()
@click.option("--url", help="Worker HTTP address (default http://127.0.0.1:<web port>).")
@click.option("--every", type=float, default=2.0, show_default=True, help="Seconds between refreshes.")
@click.option("--window", default="7d", show_default=True, help="Counter window to sort by.")
@click.pass_context
def watch(ctx: click.Context, url: str | None, every: float, window: str) -> None:
    """A live counter table for a screen left open: hottest bases first (Ctrl-C to stop)."""
    import time
    import urllib.error
    import urllib.request

    from rich.live import Live

    from agents.aggregate.counters import Counter, sorted_rows
    from streams.views import counters_table

    settings = _settings(ctx)
    address = (url or f"http://127.0.0.1:{settings.web_port}").rstrip("/") + "/counters"

    def fetch() -> tuple[list[Counter], str | None]:
        with urllib.request.urlopen(address, timeout=5) as response:  # noqa: S310 - a URL the user chose
            payload = orjson.loads(response.read())
        rows = {r["scope"]: Counter(r["scope"], r["counts"], r["last_attack"], r["days_since_last"], r["escalation"])
                for r in payload["counters"]}
        return sorted_rows(rows, window), payload["now"]

    try:
        rows, now = fetch()
    except (urllib.error.URLError, OSError) as exc:
        fail(f"no worker answers at {address} ({getattr(exc, 'reason', exc)}): start `basewatch worker` or pass --url")
    try:
        with Live(counters_table(rows, now), refresh_per_second=4, screen=False) as live:
            while True:
                time.sleep(every)
                try:
                    rows, now = fetch()
                    live.update(counters_table(rows, now))
                except (urllib.error.URLError, OSError) as exc:
                    live.update(counters_table(rows, f"{now} (worker unreachable: {getattr(exc, 'reason', exc)})"))
    except KeyboardInterrupt:
        pass


def _subscriptions(settings: Settings) -> list:
    from agents.notify.subscriptions import SubscriptionError, load_subscriptions

    try:
        return load_subscriptions(settings.subscriptions_path)
    except SubscriptionError as exc:
        fail(str(exc))
        raise  # unreachable


@main.command()
@click.argument("urls", nargs=-1, required=True)
@click.option("--name", required=True, help="Unique subscriber name (part of every delivery id).")
@click.option("--base", "bases", multiple=True, help="Only alerts about this base (canonical or any spelling); repeatable.")
@click.option("--country", "countries", multiple=True, help="Only alerts about this country; repeatable.")
@click.option("--rule", "rules", multiple=True, help="Only alerts of this rule (pause_end, casualties); repeatable.")
@click.option("--min-severity", type=click.Choice(["info", "high", "critical"]), default="info", show_default=True)
@click.option("--format", "fmt", type=click.Choice(["text", "markdown"]), default="text", show_default=True)
@click.option("--replace", is_flag=True, help="Replace an existing subscriber of that name.")
@click.pass_context
def subscribe(ctx: click.Context, urls: tuple[str, ...], name: str, bases: tuple[str, ...], countries: tuple[str, ...],
              rules: tuple[str, ...], min_severity: str, fmt: str, replace: bool) -> None:
    """Subscribe apprise URLs (mailto://, json://, slack://, ...) to alerts."""
    from agents.classify.gazetteer import default_gazetteer
    from agents.notify.subscriptions import Subscriber, SubscriptionError, add_subscriber, check_url, save_subscriptions

    settings = _settings(ctx)
    gazetteer = default_gazetteer()
    canonical = []
    for base in bases:
        found = gazetteer.resolve(base)
        if found is None:
            fail(f"--base: unknown base {base!r} (see agents/classify/data/gazetteer.csv)")
        canonical.append(found.canonical)
    for url in urls:
        problem = check_url(url)
        if problem:
            fail(f"URL {problem}")
    try:
        subscriber = Subscriber(name=name, urls=urls, bases=tuple(canonical), countries=countries, rules=rules,
                                min_severity=min_severity, format=fmt)
        updated = add_subscriber(_subscriptions(settings), subscriber, replace_existing=replace,
                                 origin=str(settings.subscriptions_path))
        save_subscriptions(settings.subscriptions_path, updated)
    except SubscriptionError as exc:
        fail(str(exc))
    click.echo(f"subscribed {name}: {', '.join(subscriber.masked_urls)} -> {settings.subscriptions_path}")


@main.command()
@click.argument("name")
@click.pass_context
def unsubscribe(ctx: click.Context, name: str) -> None:
    """Remove the subscriber called NAME."""
    from agents.notify.subscriptions import SubscriptionError, remove_subscriber, save_subscriptions

    settings = _settings(ctx)
    try:
        save_subscriptions(settings.subscriptions_path, remove_subscriber(_subscriptions(settings), name))
    except SubscriptionError as exc:
        fail(str(exc))
    click.echo(f"unsubscribed {name}")


@main.command()
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a table.")
@click.pass_context
def subscribers(ctx: click.Context, as_json: bool) -> None:
    """List subscribers and their filters (secrets in URLs are masked)."""
    settings = _settings(ctx)
    found = _subscriptions(settings)
    rows = [{"name": s.name, "urls": list(s.masked_urls), "bases": list(s.bases), "countries": list(s.countries),
             "rules": list(s.rules), "min_severity": s.min_severity, "format": s.format} for s in found]
    if as_json:
        click.echo(orjson.dumps(rows, option=orjson.OPT_INDENT_2).decode())
        return
    if not rows:
        click.echo(f"no subscribers in {settings.subscriptions_path}")
    for row in rows:
        filters = ", ".join(f"{k}={'|'.join(row[k])}" for k in ("bases", "countries", "rules") if row[k]) or "all alerts"
        click.echo(f"{row['name']}: {', '.join(row['urls'])} [{filters}; min {row['min_severity']}; {row['format']}]")


@main.command(name="test-notify")
@click.option("--name", help="Only this subscriber (default: all).")
@click.pass_context
def test_notify(ctx: click.Context, name: str | None) -> None:
    """Send a test message to subscribers and say, per subscriber, whether it arrived."""
    from agents.notify.core import AppriseNotifier, deliver_with_retry, plan_deliveries
    from streams.records import Alert

    settings = _settings(ctx)
    chosen = [s for s in _subscriptions(settings) if name is None or s.name == name]
    if not chosen:
        fail(f"no subscriber{' called ' + repr(name) if name else 's'} in {settings.subscriptions_path}")
    probe = Alert(alert_id="test", version=1, rule="test", severity="critical", scope="region",
                  summary="basewatch test message: if you can read this, alerts will reach you",
                  reason="sent by `basewatch test-notify`", event_date="")
    # Filters are ignored on purpose: the point is to test the route, whatever the subscriber wants.
    plans = plan_deliveries(probe, [replace_filters(s) for s in chosen])
    results = asyncio.run(_send_all(AppriseNotifier(), plans, deliver_with_retry))
    failed = 0
    for plan, result in zip(plans, results):
        status = "ok" if result.ok else f"FAILED after {result.attempts} attempt(s): {result.error}"
        failed += not result.ok
        click.echo(f"{plan.subscriber.name}: {status}")
    if failed:
        sys.exit(EXIT_PROBLEM)


def replace_filters(subscriber: Any) -> Any:
    from dataclasses import replace as dc_replace

    return dc_replace(subscriber, bases=(), countries=(), rules=(), min_severity="info")


async def _send_all(notifier: Any, plans: list, deliver: Callable[..., Any]) -> list:
    return await asyncio.gather(*(deliver(notifier, p, attempts=2, base_delay=0.2) for p in plans))


register_notify_commands(main)


if __name__ == "__main__":  # pragma: no cover
    main()
