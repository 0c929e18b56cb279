"""A complaint's timeline for staff (lapor.timeline): every step with who and when, reminders included, and the
reporter named only as the reader may see them."""

from __future__ import annotations

from datetime import timedelta

from lapor import dispositions
from lapor.timeline import Actor, timeline
from scheduler.jobs import run_ladders
from tests import page_factories as make
from tests.parties import shows_number


def test_every_step_is_on_the_timeline_in_order_with_who(app, svc, clock):
    with svc.session_factory.begin() as session:
        dlh = make.agency(session, "DLH")
        verifier, officer = make.staff(session, "verifier", None, "Rina"), make.staff(session, "officer", dlh, "Dewi")
        complaint = make.complaint(session, clock.now, region=svc.region)
        question = dispositions.ask_citizen(session, complaint, verifier, "Di RT berapa?", clock.advance(minutes=1))
        dispositions.answer_question(session, question, "RT 03", clock.advance(minutes=1), svc.region)
        [made] = make.assign(session, complaint, [dlh], verifier, clock.advance(minutes=1), svc.region)
        dispositions.follow_up(session, made, officer, "Truk dikirim besok", clock.advance(minutes=1), svc.region,
                               final=False, media=[{"url": "https://x/1.jpg", "content_type": "image/jpeg"}])
        dispositions.follow_up(session, made, officer, "Sudah diangkut", clock.advance(minutes=1), svc.region,
                               final=True)
        items = timeline(session, complaint, verifier)
    events = [item.event for item in items]
    assert events[:2] == ["dibuat", "pertanyaan"]
    for expected in ("jawaban_pelapor", "disposisi", "tindak_lanjut", "jawaban_akhir"):
        assert expected in events
    assert events.index("tindak_lanjut") < events.index("jawaban_akhir")
    by_event = {item.event: item for item in items}
    assert by_event["pertanyaan"].actor == Actor("staff", "Rina", "verifier")
    assert by_event["pertanyaan"].text == "Di RT berapa?"
    assert by_event["tindak_lanjut"].actor == Actor("staff", "Dewi", "officer", "DLH")
    assert by_event["tindak_lanjut"].agency == "DLH"
    assert by_event["tindak_lanjut"].media == [{"url": "https://x/1.jpg", "content_type": "image/jpeg"}]
    reporter = by_event["jawaban_pelapor"].actor.reporter
    assert reporter.name == "Siti Rahma" and reporter.address.startswith("+62812"), "verifiers see the identity"
    assert [item.at for item in items] == sorted(item.at for item in items)


def test_reminders_and_escalations_sent_are_on_it_with_their_recipients(app, svc, clock):
    with svc.session_factory.begin() as session:
        dlh = make.agency(session, "DLH")
        verifier = make.staff(session, "verifier", None, "Rina")
        make.staff(session, "officer", dlh, "Dewi")
        make.staff(session, "head", dlh, "Yusuf")
        complaint = make.complaint(session, clock.now, region=svc.region)
        make.assign(session, complaint, [dlh], verifier, clock.now, svc.region)
        complaint_id = complaint.id
    for days in (1, 2):  # Tuesday and Wednesday 10:00: reminder 1 (officers), reminder 2 (officers and head)
        run_ladders(svc, clock.now + timedelta(days=days))
    with svc.session_factory() as session:
        from models import Complaint

        complaint = session.get(Complaint, complaint_id)
        reminders = [item for item in timeline(session, complaint, verifier) if item.event == "pengingat_tanggapan"]
    assert [item.step for item in reminders] == [1, 2]
    dewi, yusuf = Actor("staff", "Dewi", "officer", "DLH"), Actor("staff", "Yusuf", "head", "DLH")
    assert reminders[0].recipients == (dewi,)
    assert set(reminders[1].recipients) == {dewi, yusuf}
    assert not reminders[0].public and reminders[0].text.startswith("⏰ Pengingat")


def test_a_reminder_sent_in_one_message_with_other_complaints_is_on_each_ones_timeline(app, svc, clock):
    with svc.session_factory.begin() as session:
        dlh = make.agency(session, "DLH")
        verifier = make.staff(session, "verifier", None, "Rina")
        make.staff(session, "officer", dlh, "Dewi")
        ids = []
        for _ in range(2):  # forwarded in the same minute: their rungs fall due in the same tick
            complaint = make.complaint(session, clock.now, region=svc.region)
            make.assign(session, complaint, [dlh], verifier, clock.now, svc.region)
            ids.append(complaint.id)
    run_ladders(svc, clock.now + timedelta(days=1))
    with svc.session_factory() as session:
        from models import Complaint

        for complaint_id in ids:
            complaint = session.get(Complaint, complaint_id)
            [reminder] = [item for item in timeline(session, complaint, verifier)
                          if item.event == "pengingat_tanggapan"]
            assert reminder.step == 1 and reminder.recipients == (Actor("staff", "Dewi", "officer", "DLH"),)
            assert reminder.text.startswith("⏰ Pengingat") and f"{complaint.reference} " in reminder.text


def test_an_anonim_reporter_is_named_to_verifiers_only(session, svc, clock):
    dlh = make.agency(session, "DLH")
    verifier, supervisor = make.staff(session, "verifier"), make.staff(session, "supervisor")
    officer = make.staff(session, "officer", dlh)
    complaint = make.complaint(session, clock.now, privacy="anonim", by=make.citizen(session, "Ahmad Rahasia"))
    make.assign(session, complaint, [dlh], verifier, clock.now, svc.region)
    assert timeline(session, complaint, verifier)[0].actor.reporter.name == "Ahmad Rahasia"
    for reader in (supervisor, officer):
        shown = " ".join(f"{item.actor} {item.text}" for item in timeline(session, complaint, reader))
        assert "Ahmad" not in shown and not shows_number(shown, complaint.citizen.phone)
        assert timeline(session, complaint, reader)[0].actor.reporter.withheld


def test_one_action_is_one_step_without_its_text_twice(app, svc, clock):
    """TERUSKAN read «Disposisi: Diteruskan ke DLH» then «Disposisi · Belum diverifikasi → Belum ditindaklanjuti»,
    and SELESAI three steps, its answer twice («Jawaban akhir: Sudah diangkut», «Status berubah», «Selesai: Sudah
    diangkut»): a status change made by the same person at the same moment belongs to the step before it, and a
    text already shown just above is not repeated."""
    with svc.session_factory.begin() as session:
        dlh = make.agency(session, "DLH")
        verifier, officer = make.staff(session, "verifier", None, "Rina"), make.staff(session, "officer", dlh, "Dewi")
        complaint = make.complaint(session, clock.now, region=svc.region)
        [made] = make.assign(session, complaint, [dlh], verifier, clock.advance(minutes=1), svc.region)
        dispositions.follow_up(session, made, officer, "Sudah diangkut", clock.advance(minutes=1), svc.region,
                               final=True)
        items = timeline(session, complaint, verifier)
    shown = [(item.event, item.text, item.status_from, item.status_to) for item in items]
    assert shown == [
        ("dibuat", None, None, "belum_terverifikasi"),
        ("disposisi", "Diteruskan ke DLH", "belum_terverifikasi", "belum_ditindaklanjuti"),
        ("jawaban_akhir", "Sudah diangkut", "belum_ditindaklanjuti", "selesai")], shown


def test_the_last_agencys_final_answer_is_one_step_that_finishes_the_complaint(app, svc, clock):
    """The final answer that finishes a complaint read «Jawaban akhir · … → Proses», then «Selesai» with every
    agency's answer again: one action, one step, reaching Selesai; the first agency's answer stays its own step."""
    with svc.session_factory.begin() as session:
        dlh, pupr = make.agency(session, "DLH"), make.agency(session, "PUPR")
        verifier = make.staff(session, "verifier", None, "Rina")
        dewi, budi = make.staff(session, "officer", dlh, "Dewi"), make.staff(session, "officer", pupr, "Budi")
        complaint = make.complaint(session, clock.now, region=svc.region)
        first, second = make.assign(session, complaint, [dlh, pupr], verifier, clock.advance(minutes=1), svc.region)
        dispositions.follow_up(session, first, dewi, "Sampah diangkut", clock.advance(minutes=1), svc.region,
                               final=True)
        dispositions.follow_up(session, second, budi, "Saluran diperbaiki", clock.advance(minutes=1), svc.region,
                               final=True)
        items = timeline(session, complaint, verifier)
    shown = [(item.event, item.agency, item.text, item.status_from, item.status_to) for item in items[2:]]
    assert shown == [
        ("jawaban_akhir", "DLH", "Sampah diangkut", "belum_ditindaklanjuti", "proses"),
        ("jawaban_akhir", "PUPR", "Saluran diperbaiki", "proses", "selesai")], shown
