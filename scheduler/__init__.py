"""Time-driven work: a declarative list of idempotent jobs, run by APScheduler or by `flask tick`."""
