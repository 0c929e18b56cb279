"""`flask chat` (talk to the bot from a terminal) and `flask serve` (web + scheduler in one process)."""

from __future__ import annotations

import threading
import uuid
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

import click
import requests
from flask import current_app
from flask.cli import with_appcontext
from sqlalchemy import inspect, select
from sqlalchemy.exc import OperationalError
from twilio.request_validator import RequestValidator

from bot.inbound import InvalidMessage, parse_identity
from bot.outbox import shown_text
from config import signing_token
from models import Contact, OutboxMessage, OutboxStatus
from models.base import utcnow
from scheduler.jobs import announce_complaints, deliver_outbox, run_all
from services import services

CHAT_HELP = """Type a message and press Enter. Commands:
  /as NUMBER [NAME]     write as another number or BSUID (e.g. a demo officer, ID.1349…), with a profile name
  /foto [URL] [caption] send a photo (a sample URL if none); /foto 5 [caption] five photos in one message
  /lampiran TYPE [caption] a file of that declared type (text/vcard: a contact card, application/x-msdownload)
  /lokasi LAT LON [addr] share a WhatsApp location pin
  /suara, /berkas, /stiker  send a voice note, a PDF, a sticker
  /balas N TEXT         swipe-reply to outbox message #N
  /jam 2026-12-07T08:00 set the clock (--local only; local time of the region)
  /maju 90m|2h|3d       move the clock forward (--local only)
  /jadwal               run every scheduled job once at the clock (--local only)
  /ulang                deliver the last message again (same MessageSid)
  /siapa                list the demo directory's numbers
  /keluar               quit"""
SAMPLE_PHOTO = "https://demo.twilio.com/owl.png"
SAMPLE_MEDIA = {"/suara": ("https://demo.twilio.com/voice.ogg", "audio/ogg"),
                "/berkas": ("https://demo.twilio.com/surat.pdf", "application/pdf"),
                "/stiker": ("https://demo.twilio.com/sticker.webp", "image/webp")}
ALBUM = 10  # the most media one WhatsApp message carries through Twilio
STEP = {"m": "minutes", "h": "hours", "d": "days"}
# WhatsApp profile names for simulated numbers: each number keeps its own, so a journey with several citizens reads
DEMO_NAMES = ("Siti Rahayu", "Ahmad Fauzi", "Dewi Lestari", "Bambang Sutrisno", "Nur Aini", "Eko Prasetyo",
              "Sri Wahyuni", "Agus Salim", "Rina Marlina", "Hendra Gunawan", "Yuni Kartika", "Slamet Riyadi",
              "Wulan Sari", "Rudi Hartono", "Fitri Handayani", "Joko Susilo", "Ani Suryani")


def demo_name(address: str) -> str:
    """The profile name a simulated number writes with: its own, the same every time it is used."""
    digits = "".join(ch for ch in address if ch.isdigit())
    return DEMO_NAMES[int(digits or "0") % len(DEMO_NAMES)]


@dataclass
class ChatSession:
    """Posts signed webhook requests as one number and shows what comes back and what goes out."""

    app: object
    phone: str
    name: str
    url: str | None  # None: in-process
    last_form: dict | None = None
    last_outbox_id: int = 0  # every outbox row up to this one is settled: printed or never to go
    settled: set[int] = field(default_factory=set)  # rows after it printed (sent) or dropped already
    noted: set[int] = field(default_factory=set)    # rows after it shown as waiting to go
    lock: threading.Lock = field(default_factory=threading.Lock)

    def send(self, form: dict) -> None:
        """Post one message as this number and print the replies."""
        form = {"MessageSid": "SM" + uuid.uuid4().hex, "From": f"whatsapp:{self.phone}",
                "To": "whatsapp:+14155238886", "ProfileName": self.name,
                "WaId": self.phone.lstrip("+") if self.phone.startswith("+") else "", "NumMedia": "0", **form}
        self.last_form = form
        self.post(form)

    def post(self, form: dict) -> None:
        """Sign and post a form, then print replies and newly queued outbox messages."""
        status, text = self._post_remote(form) if self.url else self._post_local(form)
        if status != 200:
            self.echo(click.style(f"  HTTP {status}: {text.strip()[:200]}", fg="red"))
        for reply in _twiml_messages(text) if status == 200 else []:
            self.echo(click.style("  bot ▸ ", fg="green", bold=True) + reply.replace("\n", "\n        "))
        if not self.url:
            svc = services(self.app)
            announce_complaints(svc, svc.clock())
            deliver_outbox(svc, svc.clock())  # as production sends: quiet hours and working hours kept
        self.show_outbox()

    def _post_remote(self, form: dict) -> tuple[int, str]:
        endpoint = self.url.rstrip("/") + "/twilio/whatsapp"
        signed = (self.app.config["PUBLIC_BASE_URL"].rstrip("/") + "/twilio/whatsapp"
                  if self.app.config["PUBLIC_BASE_URL"] else endpoint)
        signature = RequestValidator(signing_token(self.app.config)).compute_signature(signed, form)
        response = requests.post(endpoint, data=form, headers={"X-Twilio-Signature": signature}, timeout=30)
        return response.status_code, response.text

    def _post_local(self, form: dict) -> tuple[int, str]:
        signature = RequestValidator(signing_token(self.app.config)).compute_signature(
            "http://localhost/twilio/whatsapp", form)
        response = self.app.test_client().post("/twilio/whatsapp", data=form,
                                               headers={"X-Twilio-Signature": signature})
        return response.status_code, response.get_data(as_text=True)

    def show_outbox(self) -> None:
        """Print outbox messages as they leave, in the order they reach people (a photo queued after the question
        that waits behind it prints before it), labelled with their recipient; one not gone yet is noted as
        waiting, and one given up is said to be."""
        with self.lock, services(self.app).session_factory() as session:
            rows = [row for row in session.scalars(select(OutboxMessage).where(
                OutboxMessage.id > self.last_outbox_id).order_by(OutboxMessage.id)) if row.id not in self.settled]
            for row in sorted((row for row in rows if row.status in GONE), key=_send_order):
                self.echo(_failed_line(row) if row.status == OutboxStatus.FAILED and not row.sent_at
                          else _outbox_line(session, row))
                self.settled.add(row.id)
            for row in rows:
                if row.status == OutboxStatus.SKIPPED:
                    self.settled.add(row.id)  # taken back or left out: it never went
                elif row.status not in GONE and row.id not in self.noted:
                    self.noted.add(row.id)
                    self.echo(_waiting_line(session, row, services(self.app).zone))
            self._advance([row.id for row in rows])

    def _advance(self, seen: list[int]) -> None:
        """Move `last_outbox_id` past the rows settled in a row, so each look reads only what may still change."""
        for row_id in seen:
            if row_id not in self.settled:
                break
            self.last_outbox_id = row_id
            self.settled.discard(row_id)
            self.noted.discard(row_id)

    def echo(self, text: str) -> None:
        """Print a line."""
        click.echo(text)


GONE = (OutboxStatus.SENT, OutboxStatus.DELIVERED, OutboxStatus.READ, OutboxStatus.UNDELIVERED,
        OutboxStatus.FAILED)


def _send_order(row: OutboxMessage) -> tuple:
    """When a row reached Twilio; in one pass, in the sender's claim order, a long text's parts (rows of their own
    made as they went, `part_of` the row, which keeps the last part) before the row itself."""
    never = datetime.max.replace(tzinfo=UTC)
    moment = row.sent_at or row.last_attempt_at or never
    moment = moment if moment.tzinfo else moment.replace(tzinfo=UTC)
    due = row.next_attempt_at if row.next_attempt_at.tzinfo else row.next_attempt_at.replace(tzinfo=UTC)
    return moment, due, row.part_of or row.id, 0 if row.part_of else 1, row.id


def _who(session, row: OutboxMessage) -> str:
    contact = session.scalars(select(Contact).where(Contact.reached_at(row.recipient))).one_or_none()
    if contact is not None and contact.role:
        agency = f" {contact.agency.code}" if contact.agency else ""
        return f"{contact.name or row.recipient} ({contact.role}{agency}, {row.recipient})"
    return row.recipient


def _outbox_line(session, row: OutboxMessage) -> str:
    media = f"\n        [foto {row.media_url}]" if row.media_url else ""
    head = click.style(f"  ✉ #{row.id} → {_who(session, row)} [{row.purpose}]", fg="cyan")
    return f"{head}\n        " + shown_text(row).replace("\n", "\n        ") + media


def _waiting_line(session, row: OutboxMessage, zone) -> str:
    due = row.next_attempt_at if row.next_attempt_at.tzinfo else row.next_attempt_at.replace(tzinfo=UTC)
    when = "" if row.status == OutboxStatus.WAITING else f", due {due.astimezone(zone):%a %d %b %H:%M}"
    reason = "waits for them to write" if row.status == OutboxStatus.WAITING else "queued"
    return click.style(f"  … #{row.id} → {_who(session, row)} [{row.purpose}] {reason}{when}", dim=True)


def _failed_line(row: OutboxMessage) -> str:
    return click.style(f"  ✗ #{row.id} → {row.recipient} [{row.purpose}] not sent: {row.last_error}", fg="red")


def _twiml_messages(text: str) -> list[str]:
    try:
        root = ET.fromstring(text)
    except ET.ParseError:
        return [text]
    return [(message.findtext("Body") or message.text or "").strip() for message in root.iter("Message")]


def _parse_slash(chat: ChatSession, line: str) -> dict | None:
    """Turn a /command into a form to post (None when handled locally)."""
    command, _, rest = line.partition(" ")
    args = rest.split()
    if command == "/foto" and args and args[0].isdigit() and 1 < int(args[0]) <= ALBUM:
        form = {"Body": " ".join(args[1:]), "NumMedia": args[0]}
        for index in range(int(args[0])):
            form |= {f"MediaUrl{index}": f"{SAMPLE_PHOTO}?{index + 1}", f"MediaContentType{index}": "image/jpeg"}
        return form
    if command == "/lampiran" and args:
        return {"Body": " ".join(args[1:]), "NumMedia": "1", "MediaUrl0": "https://demo.twilio.com/lampiran",
                "MediaContentType0": args[0]}
    if command == "/foto":
        url = args[0] if args and args[0].startswith("http") else SAMPLE_PHOTO
        caption = " ".join(args[1:] if args and args[0].startswith("http") else args)
        return {"Body": caption, "NumMedia": "1", "MediaUrl0": url, "MediaContentType0": "image/jpeg"}
    if command in SAMPLE_MEDIA:
        url, kind = SAMPLE_MEDIA[command]
        return {"Body": rest, "NumMedia": "1", "MediaUrl0": url, "MediaContentType0": kind}
    if command == "/lokasi" and len(args) >= 2:
        return {"Body": "", "Latitude": args[0], "Longitude": args[1], "Address": " ".join(args[2:])}
    if command == "/balas" and len(args) >= 1 and args[0].lstrip("#").isdigit():
        return _reply_form(chat, int(args[0].lstrip("#")), " ".join(args[1:]))
    raise click.UsageError("unknown or incomplete command; /bantuan lists them")


def _reply_form(chat: ChatSession, outbox_id: int, text: str) -> dict:
    with services(chat.app).session_factory() as session:
        row = session.get(OutboxMessage, outbox_id)
        if row is None or not row.twilio_sid:
            raise click.UsageError(f"outbox message #{outbox_id} has not been sent yet")
        return {"Body": text, "OriginalRepliedMessageSid": row.twilio_sid}


def _directory_lines(app) -> list[str]:
    with services(app).session_factory() as session:
        staff = session.scalars(select(Contact).where(Contact.role.is_not(None)).order_by(Contact.role)).all()
        return [f"  {c.phone}  {c.role:<10} {c.agency.code if c.agency else '-':<12} {c.name or ''}" for c in staff]


def _directory_name(app, address: str) -> str | None:
    """A directory member's own name, so a staff number writes as itself ("Dewi (Penghubung DLH)")."""
    with services(app).session_factory() as session:
        return session.scalar(select(Contact.name).where(Contact.phone == address, Contact.role.is_not(None)))


def _handle_line(chat: ChatSession, line: str) -> bool:
    """Process one typed line; False means quit."""
    if line in ("/keluar", "/quit", "/exit"):
        return False
    if line in ("/bantuan", "/help"):
        click.echo(CHAT_HELP)
    elif line == "/siapa":
        click.echo("\n".join(_directory_lines(chat.app)) or "  (no staff in the directory)")
    elif line == "/ulang" and chat.last_form:
        chat.post(chat.last_form)
    elif line.split()[0] in ("/jam", "/maju", "/jadwal"):
        _handle_clock(chat, line)
    elif line.startswith("/as "):
        number, _, name = line[4:].strip().partition(" ")
        chat.phone = sender(number)
        chat.name = name.strip() or _directory_name(chat.app, chat.phone) or demo_name(chat.phone)
        click.echo(f"  now writing as {chat.phone} ({chat.name})")
    elif line.startswith("/"):
        chat.send(_parse_slash(chat, line))
    else:
        chat.send({"Body": line})
    return True


def _handle_clock(chat: ChatSession, line: str) -> None:
    """Set or move the in-process app's clock, or run the scheduler's jobs at it (a day of a journey in minutes)."""
    if chat.url:
        raise click.UsageError("the clock can be moved only with --local")
    svc = services(chat.app)
    command, _, rest = line.partition(" ")
    rest = rest.strip()
    if command == "/jadwal":
        for name, outcome in run_all(svc, svc.clock()).items():
            chat.echo(click.style(f"  job {name}: {outcome}", dim=True))
        chat.show_outbox()
        return
    try:
        if command == "/jam":
            local = datetime.fromisoformat(rest)
            moment = (local if local.tzinfo else local.replace(tzinfo=svc.zone)).astimezone(UTC)
        else:
            moment = svc.clock() + timedelta(**{STEP[rest[-1]]: float(rest[:-1])})
    except (ValueError, KeyError, IndexError) as exc:
        raise click.UsageError("write /jam 2026-12-07T08:00 or /maju 90m, 2h, 3d") from exc
    offset = moment - utcnow()
    svc.clock = lambda: utcnow() + offset  # time goes on from there, so messages keep their order
    chat.echo(click.style(f"  clock: {moment.astimezone(svc.zone):%a %d %b %Y %H:%M} ({svc.zone.key})", dim=True))


def sender(text: str) -> str:
    """The number (E.164) or BSUID typed after `--as` or `/as`, read as the webhook reads `From`."""
    return parse_identity({"From": text.strip()}).address


def _target_url(url: str, local: bool) -> str | None:
    if local:
        return None
    try:
        requests.get(url.rstrip("/") + "/healthz", timeout=2).raise_for_status()
        return url
    except requests.RequestException:
        click.echo(f"No service answers at {url}; chatting in-process instead.")
        return None


def _watch_outbox(chat: ChatSession, stop: threading.Event, every: float = 2.0) -> None:
    """Show messages the running service queues on its own (reminders, notices) while we wait. A database locked
    longer than SQLite's busy timeout (the chat's own message being handled on a loaded machine) is tried again at the
    next tick: the thread died of it, and nothing queued was shown again."""
    while not stop.wait(every):
        try:
            chat.show_outbox()
        except OperationalError as error:
            if "locked" not in str(error.orig):  # anything but a busy database: said once, and the watch ends
                click.echo(f"Outbox watch stopped: {error.orig}", err=True)
                return


@click.command("chat")
@click.option("--as", "phone", required=True,
              help="The WhatsApp number (+62…, 08…) or business-scoped user ID (ID.1349…) to write as.")
@click.option("--name", default=None, help="The first number's WhatsApp profile name (default: one of its own).")
@click.option("--url", default="http://127.0.0.1:5000", help="The running service (default: local dev server).")
@click.option("--local", is_flag=True, help="Talk to an in-process app instead of a running service.")
@with_appcontext
def chat_command(phone: str, name: str | None, url: str, local: bool) -> None:
    """Chat with the bot from the terminal through properly signed webhook requests."""
    try:
        number = sender(phone)
    except InvalidMessage as exc:
        raise click.BadParameter(str(exc), param_hint="--as") from exc
    app = current_app._get_current_object()
    if local and not inspect(services(app).engine).has_table(OutboxMessage.__tablename__):
        _prepare(app)  # a database never served yet: prepared as `serve` would
    chat = ChatSession(app=app, phone=number, name=name or demo_name(number), url=_target_url(url, local))
    chat.last_outbox_id = _newest_outbox_id(app)
    where = chat.url or "in-process app"
    click.echo(click.style(f"Chatting as {number} with {where}. /bantuan for commands.", bold=True))
    stop = threading.Event()
    threading.Thread(target=_watch_outbox, args=(chat, stop), daemon=True).start()
    try:
        _loop(chat)
    finally:
        stop.set()


def _loop(chat: ChatSession) -> None:
    while True:
        try:
            line = click.prompt(click.style(f"{chat.phone} ▸", fg="yellow"), default="", show_default=False,
                                prompt_suffix=" ").strip()
        except (EOFError, click.Abort):
            return
        try:
            if line and not _handle_line(chat, line):
                return
        except (click.UsageError, InvalidMessage, requests.RequestException) as exc:
            click.echo(click.style(f"  {exc}", fg="red"))


def _newest_outbox_id(app) -> int:
    with services(app).session_factory() as session:
        return session.scalars(select(OutboxMessage.id).order_by(OutboxMessage.id.desc()).limit(1)).first() or 0


def _prepare(app) -> None:
    """Migrate the database and, when configured, load the demo directory."""
    from lapor.demo import ensure_demo_directory
    from models.cli import upgrade

    svc = services(app)
    upgrade(svc.engine)
    if app.config["DEMO_DIRECTORY"]:
        with svc.session_factory.begin() as session:
            click.echo(ensure_demo_directory(session))


@click.command("serve")
@click.option("--port", default=5000, show_default=True)
@click.option("--no-scheduler", is_flag=True, help="Do not run the scheduled jobs in this process.")
@with_appcontext
def serve_command(port: int, no_scheduler: bool) -> None:
    """Run the web service and the scheduler in one process (development and demos)."""
    from apscheduler.schedulers.background import BackgroundScheduler
    from werkzeug.serving import run_simple

    from scheduler.runner import build_scheduler, stop

    app = current_app._get_current_object()
    _prepare(app)
    scheduler = None if no_scheduler else build_scheduler(app, BackgroundScheduler)
    if scheduler:
        scheduler.start()
    try:
        # Not app.run(): inside a `flask` command it returns at once (FLASK_RUN_FROM_CLI) and the service exits.
        run_simple("127.0.0.1", port, app, use_reloader=False, threaded=True)
    finally:
        if scheduler:
            stop(app, scheduler, wait=False)
