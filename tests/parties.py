"""The cast of conversation tests: a citizen who chats through the signed webhook, a directory with two agencies'
staff, people who chat and read their inbox, and what they send (photos, pins, descriptions)."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

from sqlalchemy import exists, select
from sqlalchemy.orm import selectinload

from bot.outbox import OutboxSender
from models import Agency, Complaint, Contact, Conversation, Disposition, MediaItem, OutboxMessage
from models.vocab import MediaStatus, OutboxStatus
from scheduler.jobs import announce_complaints, fetch_media
from tests.conftest import WhatsApp, built_once, reading

CITIZEN, CITIZEN_2 = "+6281234567890", "+6281298765432"
OTHER = CITIZEN_2
PHOTO = {"NumMedia": "1", "MediaUrl0": "https://api.twilio.com/2010-04-01/Accounts/AC1/Messages/MM1/Media/ME1",
         "MediaContentType0": "image/jpeg"}
STICKER = {"NumMedia": "1", "MediaUrl0": "https://api.twilio.com/m/sticker", "MediaContentType0": "image/webp"}
PIN = {"Latitude": "-7.1872", "Longitude": "113.2394", "Address": "Jl. Trunojoyo No. 5, Sampang"}
DESCRIPTION = "Jalan di depan SDN 2 Banyuanyar rusak parah, lubangnya dalam dan sudah tiga bulan dibiarkan"
VERIFIER, SUPERVISOR = "+6281100000001", "+6281100000002"
DLH_1, DLH_2, DLH_HEAD, PUPR_1 = "+6281100000020", "+6281100000022", "+6281100000021", "+6281100000010"
STAFF_NUMBERS = (VERIFIER, SUPERVISOR, DLH_1, DLH_2, DLH_HEAD, PUPR_1)
WASTE = "Sampah di TPS pasar Srimangunan menumpuk sampai ke jalan, baunya menyengat dan sudah seminggu"
ROAD = "Jalan kabupaten di Desa Banyuanyar berlubang besar, sudah banyak pengendara motor yang jatuh"
CITIZEN_NAME = "Siti Rahma"

_BETWEEN_DIGITS = re.compile(r"(?<=\d)[\s\-.()]+(?=\d)")


def shows_number(text: str, phone: str) -> bool:
    """Whether `text` gives away an Indonesian number in any form people or the service write it: `+6281234567890`,
    `6281234567890`, `081234567890`, `0812-3456-7890`, `+62 812 3456 7890`, `(0812) 3456.7890`. A privacy test
    that looked only for `+62…` passed when a message wrote `0812-…`."""
    assert phone.startswith("+62"), phone
    return phone[3:] in _BETWEEN_DIGITS.sub("", text)


class Citizen:
    """One person chatting with the bot through signed webhook requests."""

    def __init__(self, app, phone: str = CITIZEN):
        self.wa, self.phone, self.app = WhatsApp(app), phone, app
        self.factory = app.extensions["penghubung"].session_factory

    def says(self, body: str = "", **fields) -> str:
        reply = self.wa.send(self.phone, body, **fields)
        assert reply.status == 200, (body, reply)
        assert reply.messages, f"no reply to {body!r}"
        return reply.text

    def state(self) -> str:
        with reading(self.app) as session:
            conversation = session.scalars(select(Conversation).join(Contact).where(
                Contact.reached_at(self.phone))).one_or_none()
            return conversation.state if conversation else "idle"

    def draft(self) -> dict:
        with reading(self.app) as session:
            conversation = session.scalars(select(Conversation).join(Contact).where(
                Contact.reached_at(self.phone))).one()
            return conversation.data.get("draft") or {}

    def complaints(self) -> list[Complaint]:
        with reading(self.app) as session:
            return session.scalars(select(Complaint).join(Contact).where(Contact.reached_at(self.phone))
                                   .options(selectinload(Complaint.media), selectinload(Complaint.timeline))
                                   .order_by(Complaint.number)).all()

    def file(self, kind="1", description=DESCRIPTION, place="Jl. Raya Banyuanyar, Kec. Sampang",
             photo=None, privacy="1") -> str:
        """Walk the whole filing flow and return the final reply."""
        self.says("1")
        self.says(kind)
        self.says(description)
        self.says(place)
        self.says(**photo) if photo else self.says("LEWATI")
        self.says(privacy)
        return self.says("KIRIM")


def make_world(app, svc):
    """The demo-like directory: DLH with two officers and a head, PUPR, PLN (external), a verifier, a supervisor."""
    with svc.session_factory.begin() as session:
        dlh = Agency(code="DLH", name="Dinas Lingkungan Hidup", aliases=["dlh", "lingkungan hidup"],
                     keywords=["sampah", "tps", "bau", "limbah"])
        pupr = Agency(code="PUPR", name="Dinas Pekerjaan Umum dan Penataan Ruang", aliases=["pu", "pupr"],
                      keywords=["jalan berlubang", "jalan rusak", "jembatan"])
        pln = Agency(code="PLN", name="PLN UP3", aliases=["pln"], keywords=["listrik padam"], external=True)
        dinkes = Agency(code="DINKES", name="Dinas Kesehatan", aliases=["dinkes"], keywords=["puskesmas"])
        dinsos = Agency(code="DINSOS", name="Dinas Sosial", aliases=["dinsos"], keywords=["bansos"])
        session.add_all([dlh, pupr, pln, dinkes, dinsos])
        session.add_all([
            Contact(phone=VERIFIER, role="verifier", name="Rina"),
            Contact(phone=SUPERVISOR, role="supervisor", name="Sekda"),
            Contact(phone=DLH_1, role="officer", name="Dewi", agency=dlh),
            Contact(phone=DLH_2, role="officer", name="Eko", agency=dlh),
            Contact(phone=DLH_HEAD, role="head", name="Yusuf", agency=dlh),
            Contact(phone=PUPR_1, role="officer", name="Budi", agency=pupr),
        ])
    return app


class Party(Citizen):
    """Anyone chatting (citizen or staff), with their WhatsApp inbox as the outbox delivered it."""

    def __init__(self, app, phone, name="Warga"):
        super().__init__(app, phone)
        self.name = name

    def says(self, body: str = "", **fields) -> str:
        fields.setdefault("ProfileName", self.name)
        text = super().says(body, **fields)
        deliver(self.app)
        return text

    def inbox(self) -> list[OutboxMessage]:
        with reading(self.app) as session:
            return session.scalars(select(OutboxMessage).where(OutboxMessage.recipient == self.phone)
                                   .order_by(OutboxMessage.id)).all()

    def last(self) -> OutboxMessage:
        return self.inbox()[-1]

    def swipe(self, notice: OutboxMessage, body: str = "", **fields) -> str:
        return self.says(body, OriginalRepliedMessageSid=notice.twilio_sid, **fields)


def walked_once(walk: Callable[..., None]) -> Callable[..., None]:
    """A helper that walks people through the chat (`walk(who, *plain values)`, `who` a Citizen, a Party or the cast),
    made a scene (tests.conftest.built_once): built once per worker for the same people, arguments and starting
    database, and given back after that. Its checks run when it is built; it returns the walk's last reply when the
    walk returns one (text), else None."""
    @functools.wraps(walk)
    def once(who, *args, **kwargs) -> str | None:
        app = who.app if isinstance(who, Citizen) else next(iter(who.values())).app
        return built_once(app.extensions["penghubung"], lambda: walk(who, *args, **kwargs),
                   key=(walk.__module__, walk.__qualname__, _cast(who), repr((args, sorted(kwargs.items())))))
    return once


def _cast(who) -> tuple:
    """Who walks, as plain values: type, number and name of each person."""
    if isinstance(who, Citizen):
        return type(who).__name__, who.phone, getattr(who, "name", None)
    return tuple(sorted((role, _cast(person)) for role, person in who.items()))


def deliver(app) -> None:
    """What the scheduler's jobs do between two messages: fetch media, announce new complaints, send the outbox;
    each skipped when it has nothing to do (one query: most messages are answered in the reply alone), the sender
    run whenever any of them has work (the other two write outbox rows)."""
    svc = app.extensions["penghubung"]
    with reading(app) as session:
        media, unannounced, outbox = session.execute(_WORK_WAITING).one()
    if media:
        fetch_media(svc, svc.clock())
    if unannounced:
        announce_complaints(svc, svc.clock())
    if media or unannounced or outbox:
        OutboxSender(svc.session_factory, svc.transport, svc.config, region=svc.region,
                     storage=svc.media_storage).run_once(svc.clock())


# What each of deliver's jobs would act on (a superset of its claim): media not yet fetched, a complaint not yet
# announced, an outbox row not yet settled
_WORK_WAITING = select(
    exists().where(MediaItem.status.in_((MediaStatus.PENDING, MediaStatus.FETCHING))),
    exists().where(Complaint.announced_at.is_(None)),
    exists().where(OutboxMessage.status.in_((OutboxStatus.PENDING, OutboxStatus.SENDING, OutboxStatus.WAITING))))


def complaint(app, number: int) -> Complaint:
    with reading(app) as session:
        return session.scalars(select(Complaint).where(Complaint.number == number).options(
            selectinload(Complaint.dispositions).selectinload(Disposition.agency),
            selectinload(Complaint.timeline))).one()


def make_people(world):
    return {name: Party(world, phone, profile) for name, phone, profile in [
        ("citizen", CITIZEN, CITIZEN_NAME), ("citizen2", CITIZEN_2, "Ahmad"), ("verifier", VERIFIER, "Rina"),
        ("supervisor", SUPERVISOR, "Sekda"), ("dlh1", DLH_1, "Dewi"), ("dlh2", DLH_2, "Eko"),
        ("head", DLH_HEAD, "Yusuf"), ("pupr", PUPR_1, "Budi")]}


def file_and_read(person: Party, description=WASTE, privacy="1", photo=True) -> str:
    """File a complaint through the whole flow; returns the reply to KIRIM."""
    return person.file(description=description, place="Pasar Srimangunan, Kec. Sampang",
                       photo=PHOTO if photo else None, privacy=privacy)


file = walked_once(file_and_read)  # the same, once per worker for the same start
filed = walked_once(Citizen.file)  # `person.file(…)` once per worker for the same start


@walked_once
def said(person: Citizen, *bodies: str) -> str:
    """`person.says(body)` for each body in turn, once per worker for the same start: the last reply."""
    replies = [person.says(body) for body in bodies]
    return replies[-1]


@walked_once
def filed_and_forwarded(people: dict, photo: bool = True) -> None:
    """LPR-1 filed by the citizen (with a photo unless `photo` is False) and forwarded to DLH by the verifier."""
    file(people["citizen"], photo=photo)
    people["verifier"].says("TERUSKAN LPR-1 DLH")


@walked_once
def one_forwarded_one_anonymous(people: dict) -> None:
    """LPR-1 (the citizen's) forwarded to DLH and LPR-2 (citizen2's, anonymous) waiting for verification: something
    for every staff command to act on (the fuzz suites' scene)."""
    file(people["citizen"])
    file(people["citizen2"], privacy="3")
    people["verifier"].says("TERUSKAN LPR-1 DLH")


def import_staff(world, tmp_path, rows: str) -> str:
    """Run `directory import-staff` on a file of `rows` (phone,name,role,agency lines); returns its output."""
    path = tmp_path / "staff.csv"
    path.write_text("phone,name,role,agency\n" + rows, encoding="utf-8")
    result = world.test_cli_runner().invoke(args=["directory", "import-staff", str(path)])
    assert result.exit_code == 0, result.output
    return result.output


def two_at_dlh(people: dict) -> dict:
    """File LPR-1 (citizen) and LPR-2 (citizen2) and forward both to DLH; returns the cast."""
    def build():
        file(people["citizen"], photo=False)
        file(people["citizen2"], description="Sampah di TPS terminal lama menumpuk, lalat di mana-mana", photo=False)
        people["verifier"].says("teruskan lpr 1, lpr 2 dlh")

    built_once(people["citizen"].app.extensions["penghubung"], build)
    return people


def follow_ups(person: Party) -> list[str]:
    """The follow-ups a person was sent, oldest first."""
    return [m.body for m in person.inbox() if m.purpose == "follow_up"]
