"""gunicorn.conf.py as gunicorn applies it, without starting gunicorn."""

from __future__ import annotations

import runpy
from pathlib import Path
from types import SimpleNamespace

import pytest
from gunicorn.config import Config

CONF = Path(__file__).resolve().parents[2] / "gunicorn.conf.py"


def control_socket(monkeypatch, *options: tuple[str, object]) -> str | None:
    """The control socket a gunicorn started with these settings listens on (None: none)."""
    monkeypatch.delenv("PROMETHEUS_MULTIPROC_DIR", raising=False)
    cfg = Config()
    for name, value in options:
        cfg.set(name, value)
    runpy.run_path(str(CONF))["on_starting"](SimpleNamespace(cfg=cfg))
    return None if cfg.control_socket_disable else cfg.control_socket


def test_two_gunicorns_on_one_host_listen_on_control_sockets_of_their_own(monkeypatch):
    # gunicorn 25.1+ listens for `gunicornc` at one path per user (~/.gunicorn/gunicorn.ctl): a second gunicorn on
    # the host (the bench's, an operator's second site) unlinked the first's socket and took the path, and the first
    # one's stop removed the second's: `gunicornc reload` reached the wrong one, or none.
    default = Config().control_socket
    first = control_socket(monkeypatch, ("bind", ["0.0.0.0:5000"]))
    second = control_socket(monkeypatch, ("bind", ["127.0.0.1:5001"]))
    unix = control_socket(monkeypatch, ("bind", ["unix:/run/penghubung/web.sock"]))
    assert len({first, second, unix, default}) == 4
    assert all(Path(path).parent == Path(default).parent and len(path) < 100 for path in (first, second, unix))
    assert control_socket(monkeypatch, ("bind", ["0.0.0.0:5000"])) == first, "the same one after a restart"


@pytest.mark.parametrize("given, expected", [
    (("control_socket", "/run/penghubung/web.ctl"), "/run/penghubung/web.ctl"),  # the operator's choice stands
    (("control_socket_disable", True), None),
])
def test_a_control_socket_the_operator_set_is_kept(monkeypatch, given, expected):
    assert control_socket(monkeypatch, ("bind", ["0.0.0.0:5000"]), given) == expected
