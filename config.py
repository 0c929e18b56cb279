"""Configuration read from the environment, with explicit types and fail-fast checks.

Every setting the service reads is listed in `SETTINGS` (name, default, parser, help) so that the
README table and the code cannot drift apart: `python -m config` prints the table.
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

ROOT = Path(__file__).resolve().parent
INSTANCE_DIR = ROOT / "instance"

# A fixed token used to sign and check webhooks when no Twilio account is configured (console mode),
# so that the local chat and tests exercise the same signature check as production.
DEV_AUTH_TOKEN = "penghubung-dev-token"
# The staff dashboard's cookie-signing key when SECRET_KEY is empty (development and tests only).
DEV_SECRET_KEY = "penghubung-dev-secret-key-not-for-production"


class ConfigError(RuntimeError):
    """A setting is missing or malformed; the message says which one and what to do."""


def _bool(raw: str) -> bool:
    value = raw.strip().lower()
    if value in {"1", "true", "yes", "on"}:
        return True
    if value in {"0", "false", "no", "off", ""}:
        return False
    raise ValueError(f"expected yes/no, got {raw!r}")


def _count(raw: str) -> int:
    """A whole number of at least 1 (a batch size or interval of 0 would stall the outbox sender)."""
    try:
        value = int(raw)
    except ValueError:
        value = 0
    if value < 1:
        raise ValueError(f"expected a whole number of at least 1, got {raw!r}")
    return value


def _content_sids(raw: str) -> dict[str, str]:
    """Parse `purpose=HX…;purpose=HX…` into a dict."""
    result = {}
    for item in filter(None, (part.strip() for part in raw.split(";"))):
        purpose, sep, sid = item.partition("=")
        if not sep or not sid.strip().startswith("HX"):
            raise ValueError(f"expected purpose=HX…, got {item!r}")
        result[purpose.strip()] = sid.strip()
    return result


def _lapor_mode(raw: str) -> str:
    value = raw.strip().lower()
    if value not in ("manual", "http"):
        raise ValueError(f"expected manual or http, got {raw!r}")
    return value


def _log_format(raw: str) -> str:
    value = raw.strip().lower()
    if value not in ("auto", "json", "text"):
        raise ValueError(f"expected auto, json or text, got {raw!r}")
    return value


def _strip_metadata(raw: str) -> str:
    value = raw.strip().lower()
    if value not in ("all", "private"):
        raise ValueError(f"expected all or private, got {raw!r}")
    return value


def _choice(*values: str):
    """A parser accepting one of `values` in any case (`Production` is `production`)."""

    def parse(raw: str) -> str:
        value = raw.strip().lower()
        if value not in values:
            raise ValueError(f"expected {' or '.join(values)}, got {raw!r}")
        return value

    return parse


def _positive(raw: str) -> float:
    """A number above 0 (a timeout of 0 or less fails every call, and only when it is made)."""
    value = float(raw)
    if not value > 0:
        raise ValueError(f"expected a number above 0, got {raw!r}")
    return value


def _not_negative(raw: str) -> float:
    value = float(raw)
    if not value >= 0:
        raise ValueError(f"expected 0 or more, got {raw!r}")
    return value


def _proxies(raw: str) -> int:
    value = int(raw)
    if value < 0:
        raise ValueError(f"expected 0 or more, got {raw!r}")
    return value


def _log_level(raw: str) -> str:
    value = raw.strip().upper()
    if value not in ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"):
        raise ValueError(f"expected DEBUG, INFO, WARNING, ERROR or CRITICAL, got {raw!r}")
    return value


def _database_url(raw: str) -> str:
    """A PostgreSQL or SQLite SQLAlchemy URL; `postgres://` (as hosting platforms print it) means psycopg."""
    value = raw.strip()
    if not value:
        return ""  # the default, a SQLite file
    scheme = value.partition("://")[0].lower() if "://" in value else ""
    if scheme == "postgres":
        return "postgresql+psycopg://" + value.partition("://")[2]
    if scheme.partition("+")[0] not in ("postgresql", "sqlite"):
        shown = f"{scheme}://…" if scheme else "without a scheme"  # never the password
        raise ValueError(f"expected postgresql+psycopg://user:password@host:5432/name (or sqlite:///file), got {shown}")
    return value


def _secret(raw: str) -> str:
    """A token or key as pasted: refused with quotes around it (Docker's --env-file keeps them) or with spaces or a
    line break in it, which would make every signature or login fail with no word of why."""
    if len(raw) > 1 and raw[0] == raw[-1] and raw[0] in "'\"":
        raise ValueError("remove the quotes around the value (an env file's quotes are kept as written)")
    if any(char.isspace() for char in raw):
        raise ValueError("the value holds a space or a line break; paste it again without them")
    return raw


def _media_storage_url(raw: str) -> str:
    """Empty (`instance/media/`), `file:///folder` or `s3://bucket/prefix`."""
    value = raw.strip()
    parts = urlsplit(value)
    if value and not (parts.scheme == "file" and (parts.netloc or parts.path)
                      or parts.scheme == "s3" and parts.netloc):
        raise ValueError(f"expected file:///folder or s3://bucket/prefix, got {value!r}")
    return value


def _default_database_url() -> str:
    return f"sqlite:///{INSTANCE_DIR / 'penghubung.db'}"


logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Setting:
    """One environment variable: its default, how it is parsed and what it means."""

    name: str
    default: object
    parse: object
    help: str


SETTINGS = [
    Setting("APP_ENV", "development", _choice("development", "production"),
            "`production` turns on the strict checks below."),
    Setting("DATABASE_URL", None, _database_url, "SQLAlchemy URL; default a SQLite file `instance/penghubung.db`."),
    Setting("TWILIO_ACCOUNT_SID", "", str, "Twilio account SID; empty = console transport."),
    Setting("TWILIO_AUTH_TOKEN", "", _secret, "Twilio auth token; also checks webhook signatures."),
    Setting("TWILIO_AUTH_TOKEN_PREVIOUS", "", _secret, "While rotating the auth token: the other one, also accepted "
            "on webhooks (docs/operations.md); empty otherwise."),
    Setting("TWILIO_WHATSAPP_FROM", "", str, "Sender, `whatsapp:+62…`; required with Twilio credentials."),
    Setting("TWILIO_API_BASE_URL", "", str, "Send Twilio REST calls to another host (staging, tests)."),
    Setting("TWILIO_TIMEOUT_SECONDS", 10.0, _positive, "Timeout of one Twilio REST call."),
    Setting("TWILIO_CONTENT_SIDS", {}, _content_sids,
            "Templates for messages outside the 24-hour window, per purpose: `default=HX…;reminder=HX…`; "
            "`login=HX…`: the dashboard's login code (variable 1)."),
    Setting("PUBLIC_BASE_URL", "", str, "The public URL Twilio calls; signatures are checked "
            "against it."),
    Setting("TRUSTED_PROXIES", 0, _proxies, "Reverse proxies whose X-Forwarded-Proto/Host are "
            "trusted (instead of PUBLIC_BASE_URL)."),
    Setting("APP_TIMEZONE", "Asia/Jakarta", str, "The region's time zone."),
    Setting("REGION_SETTINGS", "", str, "The region's TOML file: working hours, holidays, ladders, "
            "deadlines (region.example.toml)."),
    Setting("OUTBOX_MAX_ATTEMPTS", 8, _count, "Attempts before a message is given up."),
    Setting("OUTBOX_BACKOFF_SECONDS", 30, int, "First retry delay; doubles each attempt (capped at 1 hour)."),
    Setting("OUTBOX_BATCH_SIZE", 100, _count, "Messages claimed per sender pass."),
    Setting("OUTBOX_RATE_PER_SECOND", 80.0, _not_negative, "Cap on messages per second per sender process "
            "(0 = none)."),
    Setting("OUTBOX_INTERVAL_SECONDS", 5, _count, "How often the scheduler runs the outbox sender."),
    Setting("LADDER_INTERVAL_SECONDS", 60, _count, "How often reminders, auto-closes and digests are "
            "checked."),
    Setting("DRAFT_TIMEOUT_MINUTES", 120, _count, "A citizen's unfinished complaint expires after this idle time."),
    Setting("DRAFT_REMINDER_MINUTES", 30, _count, "A citizen's unfinished complaint is recalled to them once after "
            "this idle time (not in quiet hours)."),
    Setting("DEMO_DIRECTORY", True, _bool, "Load the demo regency into an empty directory "
            "(development server)."),
    Setting("LAPOR_MODE", "manual", _lapor_mode, "`manual` (files) or `http` (docs/lapor-contract.md)."),
    Setting("LAPOR_API_URL", "", str, "Base URL of the SP4N-LAPOR! endpoint (HTTP mode)."),
    Setting("LAPOR_API_TOKEN", "", _secret, "Bearer token for LAPOR_API_URL."),
    Setting("LAPOR_TIMEOUT_SECONDS", 10.0, _positive, "Timeout (connect and read) of one SP4N-LAPOR! call."),
    Setting("LAPOR_SYNC_MAX_ATTEMPTS", 8, _count, "Attempts before a sync item is given up."),
    Setting("LAPOR_SYNC_BACKOFF_SECONDS", 60, _count, "First retry delay of a sync item; doubles each "
            "attempt."),
    Setting("LAPOR_SYNC_INTERVAL_SECONDS", 60, _count, "How often the SP4N-LAPOR! sync runs (HTTP "
            "mode)."),
    Setting("LAPOR_PULL_INTERVAL_SECONDS", 900, _count, "How often open complaints' statuses are pulled "
            "(HTTP mode)."),
    Setting("LAPOR_PULL_BATCH", 500, _count, "Most reports asked for in one pull, oldest asked "
            "first."),
    Setting("MEDIA_STORAGE_URL", "", _media_storage_url, "Where media are kept: empty = `instance/media/`, "
            "`file:///folder` or `s3://bucket/prefix` (AWS_* credentials)."),  # production must name one
    Setting("MEDIA_S3_ENDPOINT_URL", "", str, "S3 endpoint (MinIO, Ceph…); empty = AWS."),
    Setting("MEDIA_MAX_BYTES", 16 * 1024 * 1024, _count, "Largest media file kept."),
    Setting("MEDIA_FETCH_TIMEOUT_SECONDS", 30.0, _positive, "Timeout of one media download."),
    Setting("MEDIA_FETCH_MAX_ATTEMPTS", 8, _count, "Attempts before a media download is given up."),
    Setting("MEDIA_FETCH_WORKERS", 4, _count, "Media downloads a fetch pass runs at the same time."),
    Setting("MEDIA_FETCH_INTERVAL_SECONDS", 5, _count, "How often the scheduler fetches new media from Twilio."),
    Setting("MEDIA_LINK_SECONDS", 14400, _count, "Lifetime of media links sent through Twilio."),
    Setting("MEDIA_EXPORT_LINK_DAYS", 30, _count, "Lifetime of the signed media links in a SP4N-LAPOR! export."),
    Setting("MEDIA_STRIP_METADATA", "all", _strip_metadata, "Strip image metadata (GPS…) for all but verifiers: "
            "`all` images or `private` complaints' only."),
    Setting("MEDIA_SIGNING_KEY", "", _secret, "Secret that signs media links; empty = "
            "TWILIO_AUTH_TOKEN."),
    Setting("SECRET_KEY", "", _secret, "Signs dashboard sessions, hashes login codes; required in production."),
    Setting("WEB_SESSION_IDLE_HOURS", 8.0, _positive, "A dashboard session ends after this long without a request."),
    Setting("LOG_LEVEL", "INFO", _log_level, "Python logging level (DEBUG, INFO, WARNING, ERROR)."),
    Setting("LOG_FORMAT", "auto", _log_format, "`json`, `text`, or `auto` (JSON in production)."),
    Setting("METRICS_TOKEN", "", _secret, "Bearer token for `/metrics`; empty = loopback "
            "callers only."),
    Setting("READY_HEARTBEAT_MAX_AGE_SECONDS", 300, _count, "`/readyz` is 503 when no job ran for this long."),
]


def load_config(environ: dict | None = None) -> dict:
    """Read every setting from `environ` (default os.environ), parse it and validate the combination."""
    environ = os.environ if environ is None else environ
    config = {}
    for setting in SETTINGS:
        raw = environ.get(setting.name)
        if raw is None or (raw == "" and setting.default is not None):
            config[setting.name] = setting.default
            continue
        try:
            config[setting.name] = setting.parse(raw)
        except ValueError as exc:
            raise ConfigError(f"{setting.name}: {exc}") from exc
    if not config["DATABASE_URL"]:
        config["DATABASE_URL"] = _default_database_url()
    misspelt = _misspelt(environ)
    if misspelt and config["APP_ENV"] == "production":
        raise ConfigError(misspelt)  # the service would run without the setting the operator thinks it has
    if misspelt:
        logger.warning("%s", misspelt)
    validate(config)
    return config


MISSPELT_SCORE = 88  # rapidfuzz ratio: METRIC_TOKEN/METRICS_TOKEN 96, DATABASE_URI/_URL 92, TEST_DATABASE_URL 83
# Words an operator writes for one of a setting's (TWILIO_OLD_AUTH_TOKEN, TWILIO_AUTH_TOKEN_PREV: the previous token).
SAME_WORD = {"OLD": "PREVIOUS", "PREV": "PREVIOUS", "FORMER": "PREVIOUS", "SECONDARY": "PREVIOUS"}


def _words(name: str) -> frozenset[str]:
    """A variable's words in any order, each as the settings write it."""
    return frozenset(SAME_WORD.get(word, word) for word in name.split("_") if word)


def _misspelt(environ) -> str | None:
    """A sentence naming each variable that is no setting but is spelt nearly like one ("METRIC_TOKEN is not a
    setting: did you mean METRICS_TOKEN?") or has a setting's words in another order or in other words
    (TWILIO_OLD_AUTH_TOKEN), or None; another program's variables are far from every name."""
    from rapidfuzz import fuzz, process

    known = {setting.name for setting in SETTINGS}
    by_words = {_words(name): name for name in known}
    found = []
    for name in environ:
        if name in known or not name.isupper():
            continue
        match = by_words.get(_words(name)) or (
            process.extractOne(name, known, scorer=fuzz.ratio, score_cutoff=MISSPELT_SCORE) or (None,))[0]
        if match:
            found.append(f"{name} is not a setting: did you mean {match}?")
    return " ".join(sorted(found)) or None


def validate(config: dict) -> None:
    """Fail fast with a clear message when settings are incomplete or inconsistent."""
    twilio = [config["TWILIO_ACCOUNT_SID"], config["TWILIO_AUTH_TOKEN"], config["TWILIO_WHATSAPP_FROM"]]
    if any(twilio) and not all(twilio):
        console = "" if config["APP_ENV"] == "production" else ", or none of them for the console transport"
        raise ConfigError("Twilio is half-configured: set all of TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN and "
                          f"TWILIO_WHATSAPP_FROM{console}.")  # production never runs on the console
    account = config["TWILIO_ACCOUNT_SID"]
    if account and not (account.startswith("AC") and len(account) == 34):
        raise ConfigError(f"TWILIO_ACCOUNT_SID must be the Account SID (AC followed by 32 characters, on the "
                          f"Twilio Console's home page), got one starting {account[:4]!r}.")
    sender = config["TWILIO_WHATSAPP_FROM"]
    if sender and not sender.startswith("whatsapp:+"):
        raise ConfigError(f"TWILIO_WHATSAPP_FROM must look like whatsapp:+62…, got {sender!r}.")
    base_url = config["PUBLIC_BASE_URL"]
    if base_url and not base_url.startswith(("https://", "http://")):
        raise ConfigError(f"PUBLIC_BASE_URL must start with https://, got {base_url!r}; "
                          "Twilio signs the full URL, so every webhook would be refused.")
    try:
        ZoneInfo(config["APP_TIMEZONE"])
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise ConfigError(f"APP_TIMEZONE: unknown time zone {config['APP_TIMEZONE']!r}.") from exc
    if config["LAPOR_MODE"] == "http" and not (config["LAPOR_API_URL"] and config["LAPOR_API_TOKEN"]):
        raise ConfigError("LAPOR_MODE=http needs LAPOR_API_URL and LAPOR_API_TOKEN.")
    if config["APP_ENV"] == "production":
        _validate_production(config)


def _validate_production(config: dict) -> None:
    missing = [name for name in ("TWILIO_ACCOUNT_SID", "TWILIO_AUTH_TOKEN", "TWILIO_WHATSAPP_FROM")
               if not config[name]]
    if missing:
        raise ConfigError(f"APP_ENV=production needs {', '.join(missing)}.")
    if not config["PUBLIC_BASE_URL"] and not config["TRUSTED_PROXIES"]:
        raise ConfigError(
            "APP_ENV=production needs PUBLIC_BASE_URL (or TRUSTED_PROXIES) so that Twilio "
            "signatures are checked against the URL Twilio really called."
        )
    if config["DATABASE_URL"].startswith("sqlite"):
        raise ConfigError("APP_ENV=production needs DATABASE_URL pointing at PostgreSQL.")
    _validate_production_media(config["MEDIA_STORAGE_URL"])
    if config["TWILIO_AUTH_TOKEN_PREVIOUS"] == config["TWILIO_AUTH_TOKEN"]:
        raise ConfigError("TWILIO_AUTH_TOKEN_PREVIOUS is TWILIO_AUTH_TOKEN: during a rotation it is the other token "
                          "(the one before the new TWILIO_AUTH_TOKEN, docs/operations.md); after it, leave it empty.")
    if len(config["SECRET_KEY"]) < 32:
        raise ConfigError("APP_ENV=production needs SECRET_KEY (at least 32 random characters, e.g. "
                          "`python -c 'import secrets; print(secrets.token_urlsafe(48))'`): it signs staff sessions.")


def _validate_production_media(url: str) -> None:
    """Production names its media storage: every web machine must serve what any worker machine stored, so the
    operator says where that is (a bucket, a folder all machines mount, or one machine's own disk)."""
    if not url:
        raise ConfigError("APP_ENV=production needs MEDIA_STORAGE_URL, where the photos and files people send are "
                          "kept: s3://bucket/prefix, or file:///folder (a folder every web and worker machine mounts; "
                          "on a single machine, any folder on its disk, e.g. file:///srv/penghubung/media).")
    parts = urlsplit(url)
    if parts.scheme == "file" and (parts.netloc or not parts.path.startswith("/")):
        raise ConfigError(f"MEDIA_STORAGE_URL must name an absolute folder (file:///srv/penghubung/media), got "
                          f"{url!r}: a relative one is each process's working directory's, so the web and the "
                          "worker would keep media in different places.")


def signing_token(config: dict) -> str:
    """Return the token that signs webhooks: Twilio's auth token, or the development token."""
    return config["TWILIO_AUTH_TOKEN"] or DEV_AUTH_TOKEN


def previous_signing_token(config: dict) -> str | None:
    """The other token a webhook may be signed with while the auth token is rotated (None when none, or when it is
    the current one: trying it again could only fail again)."""
    previous = config.get("TWILIO_AUTH_TOKEN_PREVIOUS")
    return previous if previous and previous != signing_token(config) else None


def markdown_table() -> str:
    """Render the settings as the Markdown table kept in the README."""
    lines = ["| variable | default | meaning |", "|---|---|---|"]
    for setting in SETTINGS:
        default = setting.default
        shown = "(see meaning)" if default is None else f"`{default}`" if default not in ("", {}) else "(empty)"
        lines.append(f"| `{setting.name}` | {shown} | {setting.help} |")
    return "\n".join(lines)


if __name__ == "__main__":
    print(markdown_table())
