"""Running the service: health and readiness, Prometheus metrics and structured logs."""

from __future__ import annotations

from flask import Flask


def init_app(app: Flask) -> None:
    """Add /healthz, /readyz and /metrics, a request id and a timer to every request."""
    from ops import database, health, logs, metrics

    logs.init_app(app)
    database.init_app(app)
    app.register_blueprint(health.bp)
    metrics.init_app(app)
