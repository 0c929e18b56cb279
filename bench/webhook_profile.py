"""Profile the webhook in process: where one message's CPU goes, and the statements it sends.

Run:  .venv/bin/python bench/webhook_profile.py [messages]      (default 2,500 after 300 unmeasured)
      BENCH_PROFILE_DATABASE_URL=postgresql+psycopg://user@host:5432/penghubung_bench_profile ...

The conversations are bench/webhook_bench.py's (signed, every step in the mix), sent to the app's WSGI callable
as gunicorn hands it a request (not through Flask's test client, whose request building is no part of the
service), on PostgreSQL (the database's schema is DROPPED and migrated). Printed:
1. CPU ms per message of this process (no profiler), split into the conversation and the request around it, and
   the statements each step sends, with BEGIN and COMMIT;
2. a second pass under cProfile timed by CPU (not wall) time: function calls per message, CPU per package, and
   the project's functions with the most cumulative CPU. cProfile's own overhead inflates every figure about
   threefold: compare runs with each other, not with the first line.
This is the hot path's microscope; bench/webhook_bench.py's gunicorn rows are the figures that count.
"""

from __future__ import annotations

import collections
import contextlib
import cProfile
import io
import os
import pstats
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.scheduler_bench import database_url  # noqa: E402
from bench.webhook_bench import STEPS, conversations, prepare_database, server_env  # noqa: E402

DEFAULT_URL = "postgresql+psycopg://postgres@127.0.0.1:5432/penghubung_bench_profile"
WARMUP, MESSAGES, TOP = 300, 2_500, 18


def app_and_messages(count: int):
    """The app on a freshly migrated database and `count` + WARMUP signed messages (the port is the test client's)."""
    url = database_url("BENCH_PROFILE_DATABASE_URL", DEFAULT_URL)
    prepare_database(url)
    # Twilio signs the URL the service is configured with (PUBLIC_BASE_URL behind a proxy, gunicorn's host and port
    # in make bench); the test client's request has no port in its URL, so without it every message would take
    # the signature check's second try, which no deployment does.
    os.environ.update(server_env(url), PUBLIC_BASE_URL="http://127.0.0.1:80")
    from app import create_app

    app = create_app()
    citizens = -(-(count + WARMUP) // len(STEPS)) + 50
    return app, conversations(80, 1, citizens)[:WARMUP + count]


def sender(app):
    """Send a message straight to the app's WSGI callable, as gunicorn hands it a request: Flask's test client
    built each request through werkzeug's EnvironBuilder, which cost about a fifth of what was measured (session
    14) and is no part of the service."""
    wsgi = app.wsgi_app

    def start_response(status, headers, exc_info=None) -> None:
        if not status.startswith("200"):
            raise RuntimeError(f"HTTP {status}")

    def send(message) -> None:
        body = message.body.encode()
        b"".join(wsgi({
            "REQUEST_METHOD": "POST", "SCRIPT_NAME": "", "PATH_INFO": "/twilio/whatsapp", "QUERY_STRING": "",
            "SERVER_NAME": "127.0.0.1", "SERVER_PORT": "80", "SERVER_PROTOCOL": "HTTP/1.1",
            "HTTP_HOST": "127.0.0.1:80", "REMOTE_ADDR": "127.0.0.1", "HTTP_X_TWILIO_SIGNATURE": message.signature,
            "CONTENT_TYPE": "application/x-www-form-urlencoded", "CONTENT_LENGTH": str(len(body)),
            "wsgi.input": io.BytesIO(body), "wsgi.errors": sys.stderr, "wsgi.url_scheme": "http",
            "wsgi.version": (1, 0), "wsgi.multithread": False, "wsgi.multiprocess": True, "wsgi.run_once": False,
        }, start_response))
    return send


@contextlib.contextmanager
def conversation_timed():
    """Count the CPU spent inside the webhook's call into the bot, in a list's one item, while the block runs."""
    import bot.webhook as webhook

    spent, receive = [0.0], webhook.receive

    def timed(*args):
        started = time.process_time()
        try:
            return receive(*args)
        finally:
            spent[0] += time.process_time() - started

    webhook.receive = timed
    try:
        yield spent
    finally:
        webhook.receive = receive


def statements_per_step(app, send, messages) -> dict[str, list[str]]:
    """The statements each conversation step sends (their first words), from the engine's events."""
    from sqlalchemy import event

    from services import services

    seen: list[str] = []
    engine = services(app).engine
    listeners = {"begin": lambda *a: seen.append("BEGIN"), "commit": lambda *a: seen.append("COMMIT"),
                 "before_cursor_execute": lambda c, cur, statement, *a: seen.append(" ".join(statement.split()[:3]))}
    for name, listener in listeners.items():
        event.listen(engine, name, listener)
    steps = {}
    for message in messages:
        seen.clear()
        send(message)
        body = dict(pair.split("=", 1) for pair in message.body.split("&"))["Body"]
        steps.setdefault(body[:12], list(seen))
    for name, listener in listeners.items():
        event.remove(engine, name, listener)
    return steps


def warmed_up(count: int):
    """The app, its messages (the warm-up first) and a sender, once the warm-up messages are sent."""
    app, messages = app_and_messages(count)
    send = sender(app)
    for message in messages[:WARMUP]:
        send(message)
    return app, messages, send


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else MESSAGES
    app, messages, send = warmed_up(count)
    half = count // 2
    with conversation_timed() as conversation:
        started = time.process_time()
        for message in messages[WARMUP:WARMUP + half]:
            send(message)
        spent = (time.process_time() - started) / half * 1000
    inner = conversation[0] / half * 1000
    print(f"CPU of this process: {spent:.3f} ms/message ({half:,} messages): the conversation (bot.dispatch.receive) "
          f"{inner:.3f}, the request around it (Flask, its hooks, the form, the signature, TwiML) {spent - inner:.3f}")
    for step, statements in statements_per_step(app, send, messages[WARMUP + half:WARMUP + half + 60]).items():
        print(f"  {step!r:16} {len(statements)} round trips: {' | '.join(statements)}")
    profile = cProfile.Profile(time.process_time)
    profile.enable()
    for message in messages[WARMUP + half + 60:]:
        send(message)
    profile.disable()
    report(pstats.Stats(profile), len(messages) - WARMUP - half - 60)


def report(stats: pstats.Stats, count: int) -> None:
    """Calls per message, CPU per package, and the project's heaviest functions (cumulative CPU)."""
    print(f"\nUnder cProfile (CPU time): {stats.total_calls / count:,.0f} function calls per message")
    packages: collections.Counter = collections.Counter()
    own = []
    for (path, line, name), (_, _, own_time, cumulative, _) in stats.stats.items():
        found = re.search(r"site-packages/([^/]+)", path)
        if found:
            packages[found.group(1)] += own_time
        elif path.startswith(str(ROOT)):
            part = Path(path).relative_to(ROOT)
            packages[f"project: {part.parts[0]}"] += own_time
            own.append((cumulative, f"{part}:{line}({name})"))
        else:
            packages["python (stdlib, builtins)"] += own_time
    total = sum(packages.values())
    for package, spent in packages.most_common(10):
        print(f"  {package:32} {spent / count * 1000:6.3f} ms/message  {spent / total:6.1%}")
    print("\nThe project's functions by cumulative CPU (ms/message, profiled):")
    for cumulative, where in sorted(own, reverse=True)[:TOP]:
        print(f"  {cumulative / count * 1000:7.3f}  {where}")


if __name__ == "__main__":
    main()
