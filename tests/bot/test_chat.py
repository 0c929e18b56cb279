"""`flask chat --local`: talk to the bot from a terminal through signed webhooks, and see what goes out."""

from __future__ import annotations

from sqlalchemy import func, select

import bot.webhook
from bot.outbox import enqueue
from models import Agency, Contact, InboundMessage
from services import services

CITIZEN = "+6281234567890"
OFFICER = "+6281100000010"
SCRIPT = "halo\n/foto\n/lokasi -7.2 113.2 Jl. Trunojoyo\n/ulang\n/keluar\n"


def chat(app, script: str, phone: str = "081234567890"):
    return app.test_cli_runner().invoke(args=["chat", "--as", phone, "--local"], input=script)


def turns(output: str) -> list[tuple[str, str]]:
    """Split the transcript into (what was typed, what was printed after it)."""
    prompt = f"{CITIZEN} ▸ "
    chunks = output.split(prompt)[1:]
    return [tuple(chunk.partition("\n")[::2]) for chunk in chunks]


def test_chat_shows_the_bots_replies(app):
    result = chat(app, SCRIPT)
    assert result.exit_code == 0, result.output
    assert result.exception is None
    assert "Traceback" not in result.output
    assert f"Chatting as {CITIZEN}" in result.output
    typed = [line for line, _ in turns(result.output)]
    assert typed == SCRIPT.splitlines()
    for line, printed in turns(result.output)[:-1]:
        assert "bot ▸" in printed, line


def test_repeated_delivery_gets_the_same_answer_and_is_not_a_new_message(app):
    result = chat(app, SCRIPT)
    replies = dict(turns(result.output))
    assert replies["/ulang"] == replies["/lokasi -7.2 113.2 Jl. Trunojoyo"]
    with services(app).session_factory() as session:
        assert session.scalar(select(func.count()).select_from(InboundMessage)) == 3


def test_invalid_number_is_a_clean_error(app):
    result = chat(app, "halo\n", phone="12")
    assert result.exit_code == 2
    assert "Invalid value for --as" in result.output
    assert "Traceback" not in result.output


def test_unknown_slash_command_is_explained_and_chat_goes_on(app):
    result = chat(app, "/terbang\nhalo\n/keluar\n")
    assert result.exit_code == 0
    assert "unknown or incomplete command" in result.output
    assert "bot ▸" in result.output


def test_message_queued_for_staff_is_shown_with_its_recipient(app, monkeypatch):
    with services(app).session_factory.begin() as session:
        pupr = Agency(code="PUPR", name="Dinas PUPR")
        session.add(Contact(phone=OFFICER, name="Budi", role="officer", agency=pupr))
    original = bot.webhook.receive

    def receive_and_notify(svc, message, now):
        """Meanwhile, the service queues a notice to an officer (as a new complaint would)."""
        replies = original(svc, message, now)
        with services(app).session_factory.begin() as session:
            enqueue(session, OFFICER, "Disposisi baru LPR-1: jalan berlubang", now=now)
        return replies

    monkeypatch.setattr(bot.webhook, "receive", receive_and_notify)
    result = chat(app, "halo\n/keluar\n")
    assert result.exit_code == 0, result.output
    assert f"→ Budi (officer PUPR, {OFFICER}) [notice]" in result.output
    assert "Disposisi baru LPR-1: jalan berlubang" in result.output


def test_chat_writes_as_a_bsuid_too(app):
    result = chat(app, "halo\n/keluar\n", phone="ID.13491208655302741918")
    assert result.exit_code == 0, result.output
    assert "Chatting as ID.13491208655302741918" in result.output and "bot ▸" in result.output
    with services(app).session_factory() as session:
        assert session.scalar(select(func.count()).select_from(InboundMessage)) == 1


def test_chat_local_on_a_database_never_served_prepares_it_as_serve_would(make_app, tmp_path):
    make_app()  # the harness prepares the schema of the first app it builds: not this one's
    app = make_app(DATABASE_URL=f"sqlite:///{tmp_path / 'fresh.db'}", DEMO_DIRECTORY=True)
    result = chat(app, "halo\n/as +6281100000001\nANTREAN\n/keluar\n")
    assert result.exit_code == 0, result.output
    assert "Demo directory" in result.output and "Balas dengan angka" in result.output
    assert "Perintah tidak dikenali" not in result.output  # the demo verifier is known


def test_clock_moves_and_jobs_run_for_a_scripted_journey(app):
    """A journey over days in one script: the clock is set and moved, and the scheduler's jobs run at it."""
    script = "/jam 2026-12-07T09:00\nhalo\n/maju 2h\n/jadwal\n/suara\n/stiker\n/jam kemarin\n/keluar\n"
    result = chat(app, script)
    assert result.exit_code == 0, result.output
    assert "Traceback" not in result.output
    assert "clock: Mon 07 Dec 2026 09:00" in result.output
    assert "clock: Mon 07 Dec 2026 11:00" in result.output
    assert "job outbox:" in result.output and "job ladders:" in result.output
    assert "write /jam 2026-12-07T08:00" in result.output  # a clock it cannot read is explained
    with services(app).session_factory() as session:
        received = session.scalars(select(InboundMessage.received_at).order_by(InboundMessage.id)).all()
    assert len(received) == 3
    assert all(moment.date().isoformat() == "2026-12-07" for moment in received)


def test_queued_messages_print_in_the_order_they_reach_people(app, capsys):
    """A photo split off its answer's text (fetched later) is queued after the rating question that waits behind
    it: it prints before the question, as the citizen gets them; a message not sent yet is noted, then printed
    when it goes; one taken back before it went is not printed as if it had gone."""
    from datetime import timedelta

    from cli.chat import ChatSession
    from models import OutboxMessage, OutboxStatus

    svc = services(app)
    t0 = svc.clock()
    sent = OutboxStatus.SENT
    with svc.session_factory.begin() as session:
        session.add_all([
            OutboxMessage(id=1, recipient=CITIZEN, body="Jawaban akhir LPR-1: sudah ditambal", status=sent,
                          sent_at=t0, next_attempt_at=t0),
            OutboxMessage(id=2, recipient=CITIZEN, body="Seberapa puas Anda?", status=sent,
                          sent_at=t0 + timedelta(seconds=31), next_attempt_at=t0 + timedelta(seconds=31)),
            OutboxMessage(id=3, recipient=CITIZEN, media_url="https://example.org/bukti.jpg", part_of=1, status=sent,
                          sent_at=t0 + timedelta(seconds=30), next_attempt_at=t0 + timedelta(seconds=30)),
            OutboxMessage(id=4, recipient=OFFICER, body="Pengingat LPR-1", status=OutboxStatus.PENDING,
                          next_attempt_at=t0 + timedelta(hours=2)),
            OutboxMessage(id=5, recipient=CITIZEN, body="Ditarik sebelum terkirim", status=OutboxStatus.SKIPPED,
                          next_attempt_at=t0),
        ])
    chat = ChatSession(app=app, phone=CITIZEN, name="Warga", url=None)
    chat.show_outbox()
    printed = capsys.readouterr().out
    order = [printed.index(text) for text in ("Jawaban akhir", "bukti.jpg", "Seberapa puas")]
    assert order == sorted(order), printed
    assert "Ditarik sebelum terkirim" not in printed
    assert "#4" in printed and "Pengingat LPR-1" not in printed  # noted as waiting, not shown as sent
    with svc.session_factory.begin() as session:
        row = session.get(OutboxMessage, 4)
        row.status, row.sent_at = sent, t0 + timedelta(hours=2)
    chat.show_outbox()
    chat.show_outbox()
    assert capsys.readouterr().out.count("Pengingat LPR-1") == 1


def test_a_photo_alone_prints_the_caption_it_is_sent_with(app, capsys):
    """A photo-only row about a complaint reaches the person with the complaint's reference as its caption: the
    chat prints that, not an empty body."""
    from cli.chat import ChatSession
    from models import OutboxMessage, OutboxStatus
    from tests import factories

    svc = services(app)
    now = svc.clock()
    with svc.session_factory.begin() as session:
        complaint = factories.complaint(session, now, svc.region)
        session.add(OutboxMessage(recipient=CITIZEN, body="", media_url="https://example.org/bukti.jpg",
                                  subject_type="complaint", subject_id=complaint.id, status=OutboxStatus.SENT,
                                  sent_at=now, next_attempt_at=now))
        reference = complaint.reference
    ChatSession(app=app, phone=CITIZEN, name="Warga", url=None).show_outbox()
    printed = capsys.readouterr().out
    assert f"📎 {reference}" in printed and "bukti.jpg" in printed, printed


def test_each_simulated_citizen_has_a_name_of_their_own(app):
    """Several citizens in one journey are told apart by their names (not all "Warga Demo"); `/as` may name one."""
    script = "halo\n/as 081234567891\nhalo\n/as 081234567892 Siti Aminah\nhalo\n/as 081234567890\nhalo\n/keluar\n"
    result = chat(app, script)
    assert result.exit_code == 0, result.output
    assert "now writing as +6281234567892 (Siti Aminah)" in result.output
    with services(app).session_factory() as session:
        names = dict(session.execute(select(Contact.phone, Contact.profile_name)).all())
    first, second = names["+6281234567890"], names["+6281234567891"]
    assert first and second and first != second
    assert "Warga Demo" not in names.values()
    assert names["+6281234567892"] == "Siti Aminah"


def test_a_name_given_with_the_option_is_the_first_numbers(app):
    result = app.test_cli_runner().invoke(args=["chat", "--as", "081234567890", "--name", "Pak Darto", "--local"],
                                          input="halo\n/as 081234567891\nhalo\n/keluar\n")
    assert result.exit_code == 0, result.output
    with services(app).session_factory() as session:
        names = dict(session.execute(select(Contact.phone, Contact.profile_name)).all())
    assert names["+6281234567890"] == "Pak Darto"
    assert names["+6281234567891"] not in ("Pak Darto", "Warga Demo", None)


def test_a_staff_number_writes_with_its_directory_name(app):
    with services(app).session_factory.begin() as session:
        session.add(Contact(phone=OFFICER, name="Budi", role="officer", agency=Agency(code="PUPR", name="Dinas PUPR")))
    result = chat(app, "/as 081100000010\n/keluar\n")
    assert "now writing as +6281100000010 (Budi)" in result.output, result.output


def test_several_photos_and_any_declared_type_can_be_sent_in_one_message(app):
    """`/foto 5 caption` sends five photos in one message (WhatsApp's album); `/lampiran TYPE` a file of any
    declared type (a contact card, a program), as Twilio would post them."""
    from cli.chat import ChatSession, _parse_slash

    chat_session = ChatSession(app, CITIZEN, "Siti", None)
    album = _parse_slash(chat_session, "/foto 5 jalan rusak parah")
    assert album["NumMedia"] == "5" and album["Body"] == "jalan rusak parah"
    assert len({album[f"MediaUrl{index}"] for index in range(5)}) == 5, "five different photos"
    assert {album[f"MediaContentType{index}"] for index in range(5)} == {"image/jpeg"}
    single = _parse_slash(chat_session, "/foto 2026 jalan rusak")  # a caption starting with a number, no album
    assert single["NumMedia"] == "1" and single["Body"] == "2026 jalan rusak"
    card = _parse_slash(chat_session, "/lampiran text/vcard")
    assert card["NumMedia"] == "1" and card["MediaContentType0"] == "text/vcard" and card["Body"] == ""
    program = _parse_slash(chat_session, "/lampiran application/x-msdownload ini aplikasinya")
    assert program["MediaContentType0"] == "application/x-msdownload" and program["Body"] == "ini aplikasinya"


def test_the_outbox_watcher_outlives_a_locked_database():
    """Found by hand on a loaded machine: the chat's own KIRIM held SQLite's write lock past its busy timeout, the
    watcher's read raised "database is locked", and its thread died; nothing queued later was shown."""
    import threading

    from sqlalchemy.exc import OperationalError

    from cli.chat import _watch_outbox

    class Chat:
        calls = 0

        def show_outbox(self):
            self.calls += 1
            if self.calls == 1:
                raise OperationalError("SELECT", {}, Exception("database is locked"))
            if self.calls == 3:
                stop.set()

    chat, stop = Chat(), threading.Event()
    watcher = threading.Thread(target=_watch_outbox, args=(chat, stop, 0.001), daemon=True)
    watcher.start()
    watcher.join(5)
    assert not watcher.is_alive() and chat.calls == 3


def test_the_outbox_watcher_stops_on_a_database_gone():
    import threading

    from sqlalchemy.exc import OperationalError

    from cli.chat import _watch_outbox

    class Chat:
        calls = 0

        def show_outbox(self):
            self.calls += 1
            raise OperationalError("SELECT", {}, Exception("no such table: outbox"))

    chat, stop = Chat(), threading.Event()
    _watch_outbox(chat, stop, 0.001)  # returns: not tried again for ever
    assert chat.calls == 1
