"""gunicorn reads this file from the project root: Prometheus multiprocess mode when PROMETHEUS_MULTIPROC_DIR is set,
gunicorn's own log lines in the service's format, and a control socket of its own.

Each worker writes its counters to that folder and `/metrics` on any worker adds them up; the folder is emptied
when gunicorn starts (figures from a previous run would be added again) and a dead worker's gauges are dropped.
"""

import hashlib
import os
import re
from pathlib import Path

# The access log (`--access-logfile -`) without the query string or the referer: a staff search
# (`/?q=0812…`, a citizen's name) is a citizen's number or words, never logged at INFO. Last, the request id the
# app's own lines of that request carry (its X-Request-Id response header; a JSON line has it as `request_id` too).
access_log_format = '%(h)s "%(m)s %(U)s %(H)s" %(s)s %(b)s %(M)sms "%(a)s" %({x-request-id}o)s'
# gunicorn's own lines (start, workers, access) as JSON lines when the service logs JSON (production).
logger_class = "ops.logs.GunicornLogger"


def on_starting(server) -> None:
    """Empty (or create) the metrics folder before the workers start; name the control socket after the address."""
    folder = os.environ.get("PROMETHEUS_MULTIPROC_DIR")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        for stale in Path(folder).glob("*.db"):
            stale.unlink()
    _own_control_socket(server.cfg)


def _own_control_socket(cfg) -> None:
    """gunicorn (25.1+) listens for `gunicornc` at one path per user ($XDG_RUNTIME_DIR/gunicorn.ctl or
    ~/.gunicorn/gunicorn.ctl): a second gunicorn on the host (the bench's, another site's) unlinked the first one's
    socket and took the path, and whichever stopped first removed the other's. Each gets one named after the
    address it listens on (`gunicornc -s ~/.gunicorn/penghubung-0.0.0.0_5000.ctl`), unless `--control-socket`
    or `--no-control-socket` said otherwise."""
    setting = cfg.settings["control_socket"]
    if cfg.control_socket_disable or setting.value != setting.default:
        return
    name = "_".join(re.sub(r"[^A-Za-z0-9.]+", "_", address).strip("_") for address in cfg.bind)
    if len(name) > 40:  # a Unix socket's path has at most 107 bytes
        name = hashlib.sha256(name.encode()).hexdigest()[:16]
    cfg.set("control_socket", str(Path(setting.default).with_name(f"penghubung-{name}.ctl")))


def post_worker_init(worker) -> None:
    """Give the app this worker's heartbeat: a sync worker is killed when silent past `timeout` (30 s) even while it
    sends a response, and a long download says it is alive between its chunks (`web.streaming`)."""
    from web import streaming

    streaming.listen(worker.notify)


def child_exit(server, worker) -> None:
    """Forget a dead worker's live gauges (its counters stay counted)."""
    if os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
        from prometheus_client import multiprocess

        multiprocess.mark_process_dead(worker.pid)
