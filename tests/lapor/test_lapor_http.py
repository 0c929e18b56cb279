"""HTTP mode against a local fake SP4N-LAPOR!: submit on disposition, push follow-ups, pull statuses, outages."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from lapor.bridge.gateway import GatewayError, HttpGateway
from lapor.bridge.privacy import strip_nik
from lapor.bridge.sync import SyncReport, SyncRunner
from lapor.retry import LEASE, Holder
from models import AuditEntry, Complaint, LaporSyncItem, OutboxMessage, SyncStatus, TimelineEntry
from models.vocab import Event
from scheduler.jobs import pull_lapor, sync_lapor
from services import services
from tests.fake_lapor import TOKEN, FakeLapor
from tests.parties import (
    CITIZEN,
    CITIZEN_NAME,
    ROAD,
    SUPERVISOR,
    VERIFIER,
    WASTE,
    Party,
    complaint,
    deliver,
    file,
    make_people,
    make_world,
    shows_number,
)

NIK = "3527012345678901"
WITH_NIK = f"Sampah di TPS pasar menumpuk sampai ke jalan, saya warga dengan NIK {NIK} mohon segera diangkut"


@pytest.fixture
def fake():
    server = FakeLapor(delay=1.0).start()
    yield server
    server.stop()


def http_mode_world(make_app, fake, **config):
    """A world in HTTP mode, talking to the fake."""
    app = make_app(LAPOR_MODE="http", LAPOR_API_URL=fake.base_url, LAPOR_API_TOKEN=TOKEN,  # the fake's lost answers
                   LAPOR_TIMEOUT_SECONDS=0.6, **config)  # wait 1 s; at 0.3 s a loaded machine's ordinary one timed out
    return make_world(app, services(app))


@pytest.fixture
def http_world(make_app, fake):
    return http_mode_world(make_app, fake, LAPOR_SYNC_MAX_ATTEMPTS=4, LAPOR_SYNC_BACKOFF_SECONDS=60)


@pytest.fixture
def people(http_world):
    return make_people(http_world)


def sync(app, **advance) -> str:
    svc = services(app)
    if advance:
        svc.clock.advance(**advance)
    return sync_lapor(svc, svc.clock())


def items(app) -> list[LaporSyncItem]:
    with services(app).session_factory() as session:
        return session.scalars(select(LaporSyncItem).order_by(LaporSyncItem.id)).all()


def test_a_dispositioned_complaint_is_submitted_once_and_follow_ups_are_pushed(http_world, people, fake):
    file(people["citizen"], description=WASTE)
    assert sync(http_world) == "sent=0 retried=0 deferred=0 failed=0"  # not verified yet: nothing to send
    people["verifier"].says("TERUSKAN LPR-1 DLH")
    assert "sent=1" in sync(http_world)
    (tracking_id, report), = fake.reports.items()
    assert complaint(http_world, 1).lapor_tracking_id == tracking_id
    assert report["reference"] == "LPR-1" and report["agencies"][0]["code"] == "DLH"
    assert report["reporter"] == {"name": CITIZEN_NAME, "phone": CITIZEN} and report["anonymous"] is False
    people["dlh1"].says("TL LPR-1 Truk sampah dijadwalkan besok pagi")
    people["dlh1"].says("SELESAI LPR-1 Sampah sudah diangkut semua")
    assert "sent=2" in sync(http_world)
    pushed = fake.follow_ups[tracking_id]
    assert [(p["final"], p["agency"]["code"]) for p in pushed] == [(False, "DLH"), (True, "DLH")]
    keys = [r["headers"].get("Idempotency-Key") for r in fake.requests if r["method"] == "POST"]
    assert len(keys) == 3 and len(set(keys)) == 3 and all(keys)
    assert all(r["headers"]["Authorization"] == f"Bearer {TOKEN}" for r in fake.requests)
    assert "sent=0" in sync(http_world, minutes=5)  # nothing is sent twice


def test_an_anonymous_reporter_and_national_id_numbers_never_leave(http_world, people, fake):
    file(people["citizen"], description=WITH_NIK, privacy="3")
    people["verifier"].says("TERUSKAN LPR-1 DLH")
    sync(http_world)
    people["dlh1"].says(f"TL LPR-1 Sudah kami cek dengan pelapor NIK {NIK[:4]} {NIK[4:8]} {NIK[8:12]} {NIK[12:]}")
    sync(http_world)
    sent = str([r["body"] for r in fake.requests])
    assert NIK not in sent and "3527 0123" not in sent and "[NIK disembunyikan]" in sent
    assert CITIZEN_NAME not in sent and not shows_number(sent, CITIZEN)
    report, = fake.reports.values()
    assert report["anonymous"] is True and report["reporter"] is None


@pytest.mark.parametrize("privacy", ["1", "3"])
def test_a_reporter_known_only_by_a_bsuid_is_submitted_without_a_number_and_the_bsuid_never_leaves(
        http_world, people, fake, privacy):
    hidden = Party(http_world, "ID.13491208655302741918", "")
    hidden.says("halo", Username="sitirahma")
    file(hidden, description=WASTE, privacy=privacy)
    people["verifier"].says("TERUSKAN LPR-1 DLH")
    assert "sent=1" in sync(http_world)
    report, = fake.reports.values()
    expected = {"name": "sitirahma", "phone": None} if privacy == "1" else None
    assert report["reporter"] == expected and report["anonymous"] is (privacy == "3")
    sent = str([r["body"] for r in fake.requests])
    assert "13491208655302741918" not in sent and ("sitirahma" in sent) is (privacy == "1")


def test_a_worker_that_is_stopping_hands_its_items_back_and_another_sends_them_once(http_world, people, fake):
    file(people["citizen"], description=WASTE)
    people["verifier"].says("TERUSKAN LPR-1 DLH")
    services(http_world).stopping.set()  # SIGTERM reached the scheduler process
    assert sync(http_world) == "sent=0 retried=0 deferred=0 failed=0 handed_back=1"
    assert [(item.status, item.attempts, item.lease_until) for item in items(http_world)] == [
        (SyncStatus.PENDING, 0, None)]
    assert fake.requests == []
    services(http_world).stopping.clear()  # another worker, at once
    assert "sent=1" in sync(http_world)
    assert len(fake.reports) == 1


def test_an_outage_loses_nothing_and_sends_nothing_twice(http_world, people, fake):
    file(people["citizen"], description=WASTE)
    fake.fail_next(1, "timeout_accept")  # LAPOR stores the report, but the answer never arrives in time
    people["verifier"].says("TERUSKAN LPR-1 DLH")
    assert "retried=1" in sync(http_world)
    people["dlh1"].says("TL LPR-1 Truk sampah dijadwalkan besok pagi")
    fake.down()  # then LAPOR is unreachable for a while
    assert "retried=1 deferred=1" in sync(http_world, minutes=1)  # the follow-up waits for its submit
    fake.up()
    fake.fail_next(1, "http500")
    assert "retried=1" in sync(http_world, minutes=2)
    assert "sent=2" in sync(http_world, minutes=5)
    assert len(fake.reports) == 1  # the retried submit was recognised by its idempotency key
    submits = [r for r in fake.requests if r["path"].endswith("/reports")]
    assert len({r["headers"]["Idempotency-Key"] for r in submits}) == 1 and len(submits) == 3
    tracking_id, = fake.reports
    assert complaint(http_world, 1).lapor_tracking_id == tracking_id and len(fake.follow_ups[tracking_id]) == 1
    assert all(item.status == SyncStatus.DONE for item in items(http_world))


def test_items_given_up_are_summarised_to_supervisors_once(http_world, people, fake):
    file(people["citizen"], description=WASTE)
    people["verifier"].says("TERUSKAN LPR-1 DLH")
    fake.down()
    for _attempt in range(3):
        assert "retried=1" in sync(http_world, minutes=10)
    assert "failed=1" in sync(http_world, minutes=10)
    assert "failed=0" in sync(http_world, minutes=60)  # given up: not tried again
    with services(http_world).session_factory() as session:
        summaries = session.scalars(select(OutboxMessage).where(OutboxMessage.purpose == "lapor_sync")).all()
    assert [m.recipient for m in summaries] == [SUPERVISOR]
    assert "LPR-1" in summaries[0].body and "SP4N-LAPOR!" in summaries[0].body
    assert items(http_world)[0].status == SyncStatus.FAILED and items(http_world)[0].attempts == 4


def test_a_rotated_lapor_token_gives_nothing_up_and_the_items_go_once_it_is_fixed(http_world, people, fake):
    # A 401/403 counted toward LAPOR_SYNC_MAX_ATTEMPTS: a token rotated on a Friday evening gave every item up.
    file(people["citizen"], description=WASTE)
    people["verifier"].says("TERUSKAN LPR-1 DLH")
    fake.token, token = "rotated-by-the-lapor-admin", fake.token
    for _attempt in range(8):
        assert "failed=0" in sync(http_world, minutes=30)
    [item] = items(http_world)
    assert (item.status, item.attempts) == (SyncStatus.PENDING, 0) and "LAPOR_API_TOKEN" in item.last_error
    fake.token = token  # the setting was fixed (in the fake: the old token accepted again)
    assert "sent=1" in sync(http_world, minutes=1)


def test_failures_over_a_weekend_reach_supervisors_once_on_the_first_working_morning(http_world, people, fake):
    """Each sync pass that gave items up queued its own summary, sent at 06:00 on a Saturday and again on Sunday."""
    svc = services(http_world)
    svc.clock.advance(days=5)  # Saturday 28 Nov 2026, 10:00 in Jakarta
    fake.down()
    for who, number, agency in (("citizen", 1, "DLH"), ("citizen2", 2, "PUPR")):
        file(people[who], description=WASTE if number == 1 else ROAD)
        people["verifier"].says(f"TERUSKAN LPR-{number} {agency}")
        assert "failed=1" in [sync(http_world, minutes=10) for _attempt in range(4)][-1]
        deliver(http_world)
        svc.clock.advance(days=1)  # the second one given up on Sunday
    with svc.session_factory() as session:
        [summary] = session.scalars(select(OutboxMessage).where(OutboxMessage.purpose == "lapor_sync")).all()
    assert summary.status == "pending" and "LPR-1" in summary.body  # held through the weekend; Monday 11:20 now
    deliver(http_world)
    with svc.session_factory() as session:
        assert session.get(OutboxMessage, summary.id).status == "sent"


def test_status_changes_and_dispositions_made_in_lapor_are_pulled_and_not_sent_back(http_world, people, fake):
    file(people["citizen"], description=WASTE)
    people["verifier"].says("TERUSKAN LPR-1 DLH")
    sync(http_world)
    tracking_id, = fake.reports
    fake.set_status(tracking_id, "Proses", ["Dinas Lingkungan Hidup", "Dinas Kesehatan"])
    svc = services(http_world)
    assert "status_changes=1" in pull_lapor(svc, svc.clock())
    pulled = complaint(http_world, 1)
    assert pulled.status == "proses" and sorted(d.agency.code for d in pulled.dispositions) == ["DINKES", "DLH"]
    assert [d.response_next_at for d in pulled.dispositions] == [None, None]  # followed up there: no rungs
    assert "sent=0" in sync(http_world, minutes=1), "an agency that came from LAPOR is not sent back"
    assert not [r for r in fake.requests if r["path"].endswith("/dispositions")]
    assert "changed=0" in pull_lapor(svc, svc.clock())  # nothing new: nothing changes
    fake.set_status(tracking_id, "Selesai")
    pull_lapor(svc, svc.clock())
    assert complaint(http_world, 1).status == "selesai"


def test_what_a_pull_changes_is_one_audit_entry_by_the_system_each(http_world, people, fake):
    """A status and an agency SP4N-LAPOR! set were applied with no entry in /audit («setiap tindakan»): each pull that
    changes a complaint is one entry by «Sistem», named as a person's same action; a pull that finds nothing new,
    none."""
    from tests.web.conftest import logged_in

    file(people["citizen"], description=WASTE)
    people["verifier"].says("TERUSKAN LPR-1 DLH")
    sync(http_world)
    tracking_id, = fake.reports
    svc = services(http_world)
    fake.set_status(tracking_id, "Proses", ["Dinas Lingkungan Hidup", "Dinas Kesehatan"])
    pull_lapor(svc, svc.clock())
    pull_lapor(svc, svc.clock())
    fake.set_status(tracking_id, "Selesai")
    pull_lapor(svc, svc.clock())
    with svc.session_factory() as session:
        entries = session.scalars(select(AuditEntry).where(AuditEntry.actor_id.is_(None)).order_by(AuditEntry.id))
        assert [(e.action, e.address, e.detail.get("agencies"), e.detail.get("status")) for e in entries] == [
            ("lapor_tercatat", "sistem", None, None),  # the submit's answer: the tracking ID stored
            ("teruskan", "sistem", ["DINKES"], "proses"), ("lapor", "sistem", None, "selesai")]
    page = logged_in(http_world, VERIFIER).get("/audit").get_data(as_text=True)
    assert page.count('<td data-label="Petugas">Sistem</td>') == 3
    assert page.count('<td data-label="Alamat IP">Sistem (otomatis)</td>') == 3
    assert "Catat ID tracking SP4N-LAPOR!" in page and f"ID tracking SP4N-LAPOR!: {tracking_id}" in page


def test_a_report_archived_in_lapor_closes_the_dispositions_here_and_tells_the_officers(http_world, people, fake):
    file(people["citizen"], description=WASTE)
    people["verifier"].says("TERUSKAN LPR-1 DLH")
    sync(http_world)
    tracking_id, = fake.reports
    fake.set_status(tracking_id, "Diarsipkan")
    svc = services(http_world)
    assert "status_changes=1" in pull_lapor(svc, svc.clock())
    archived = complaint(http_world, 1)
    assert archived.status == "diarsipkan" and [d.status for d in archived.dispositions] == ["withdrawn"]
    deliver(http_world)
    assert "tidak perlu ditindaklanjuti" in people["dlh1"].last().body


# What LAPOR is never told of (a return, a reopening, a question asked here) is not undone by its older status ---

def _pulled(app) -> str:
    svc = services(app)
    sync(app, minutes=5)
    return pull_lapor(svc, svc.clock())


def test_a_pull_keeps_a_returned_complaint_with_the_verifier(http_world, people, fake):
    file(people["citizen"], description=WASTE)
    people["verifier"].says("TERUSKAN LPR-1 DLH")
    assert "sent=1" in sync(http_world)
    people["dlh1"].says("KEMBALIKAN LPR-1 Ini kewenangan PUPR, bukan kami")
    assert "status_changes=0" in _pulled(http_world)   # LAPOR still shows Belum Ditindaklanjuti for DLH
    returned = complaint(http_world, 1)
    assert returned.status == "belum_terverifikasi" and returned.verify_next_at is not None


def test_a_pull_keeps_a_citizens_reopening(http_world, people, fake):
    file(people["citizen"], description=WASTE)
    people["verifier"].says("TERUSKAN LPR-1 DLH")
    sync(http_world)
    people["dlh1"].says("SELESAI LPR-1 Sampah sudah diangkut")
    sync(http_world, minutes=1)
    tracking_id, = fake.reports
    fake.set_status(tracking_id, "Selesai")   # LAPOR's admin closes it there too
    svc = services(http_world)
    pull_lapor(svc, svc.clock())
    assert complaint(http_world, 1).status == "selesai"
    svc.clock.advance(hours=1)
    people["citizen"].says("TIDAK PUAS sampahnya menumpuk lagi di tempat yang sama")
    assert "status_changes=0" in _pulled(http_world)
    assert complaint(http_world, 1).status == "proses"


def test_a_pull_keeps_an_officers_question_waiting(http_world, people, fake):
    file(people["citizen"], description=WASTE)
    people["verifier"].says("TERUSKAN LPR-1 DLH")
    sync(http_world)
    people["dlh1"].says("INFO LPR-1 Di sisi mana tepatnya tumpukan sampahnya?")
    assert "status_changes=0" in _pulled(http_world)
    assert complaint(http_world, 1).status == "tertunda"


def tracked_world(make_app, fake, complaints: int, **config):
    """An HTTP-mode world whose citizen filed `complaints` complaints, each dispositioned and submitted."""
    world = http_mode_world(make_app, fake, **config)
    people = make_people(world)
    for number in range(1, complaints + 1):
        file(people["citizen"], description=ROAD if number % 2 else WASTE)
        people["verifier"].says(f"TERUSKAN LPR-{number} DLH")
    assert f"sent={complaints}" in sync(world)
    return world


def pull(app, **advance) -> str:
    svc = services(app)
    svc.clock.advance(**advance)
    return pull_lapor(svc, svc.clock())


def asked(app, fake) -> list[int]:
    """The complaint numbers whose report was asked for, in order."""
    with services(app).session_factory() as session:
        numbers = dict(session.execute(select(Complaint.lapor_tracking_id, Complaint.number)).all())
    return [numbers[r["path"].rsplit("/", 1)[1]] for r in fake.requests if r["method"] == "GET"]


def test_a_pull_asks_about_one_batch_those_asked_longest_ago_first(make_app, fake):
    world = tracked_world(make_app, fake, 3, LAPOR_PULL_BATCH=2)
    fake.fail_next(1, "http500")  # a passing failure: LPR-1 keeps its place in front
    assert pull(world) == "checked=2 changed=0 status_changes=0 errors=1"
    del fake.reports[complaint(world, 1).lapor_tracking_id]  # LAPOR lost it (404): asking first is no use
    assert pull(world, minutes=15) == "checked=2 changed=0 status_changes=0 errors=1"
    fake.set_status(complaint(world, 2).lapor_tracking_id, "Proses")
    assert pull(world, minutes=15) == "checked=2 changed=1 status_changes=1 errors=1"
    assert asked(world, fake) == [1, 2, 1, 3, 2, 1]
    assert complaint(world, 2).status == "proses"


def test_a_pull_ends_early_while_lapor_is_unreachable_and_asks_the_same_reports_next_time(make_app, fake):
    world = tracked_world(make_app, fake, 4)
    fake.down()
    assert pull(world).startswith("checked=3 changed=0 status_changes=0 errors=3 stopped: 3 failures in a row")
    assert all(complaint(world, n).lapor_pulled_at is None for n in range(1, 5))
    fake.up()
    fake.fail_next(2, "http500")  # fewer than three in a row: the pull goes on
    assert pull(world, minutes=15) == "checked=4 changed=0 status_changes=0 errors=2"
    assert pull(world, minutes=15) == "checked=4 changed=0 status_changes=0 errors=0"
    assert asked(world, fake) == [1, 2, 3, 4, 1, 2, 3, 4]


def test_an_agency_added_here_after_the_submit_is_pushed_once(http_world, people, fake):
    file(people["citizen"], description=WASTE)
    people["verifier"].says("TERUSKAN LPR-1 DLH, PUPR")  # before the submit: both travel in its payload
    assert "sent=1" in sync(http_world)
    tracking_id, = fake.reports
    assert [a["code"] for a in fake.reports[tracking_id]["agencies"]] == ["DLH", "PUPR"]
    fake.down()
    people["verifier"].says("TERUSKAN LPR-1 dinas kesehatan")  # later, while LAPOR is unreachable
    people["pupr"].says("TL LPR-1 Kami koordinasikan dengan DLH untuk pembersihan saluran")
    assert "retried=2" in sync(http_world, minutes=1)
    fake.up()
    assert "sent=2" in sync(http_world, minutes=5)
    pushed = [r for r in fake.requests if r["path"].endswith("/dispositions")]
    assert {r["body"]["agency"]["code"] for r in pushed} == {"DINKES"}
    assert pushed[-1]["body"]["due_at"] and pushed[-1]["body"]["reference"] == "LPR-1"
    assert [a["code"] for a in fake.reports[tracking_id]["agencies"]] == ["DLH", "PUPR", "DINKES"]
    assert [f["agency"]["code"] for f in fake.follow_ups[tracking_id]] == ["PUPR"]
    assert "sent=0" in sync(http_world, minutes=10)
    assert all(item.status == SyncStatus.DONE for item in items(http_world))


def test_an_agency_added_while_the_submit_is_unanswered_waits_for_it(http_world, people, fake):
    file(people["citizen"], description=WASTE)
    people["verifier"].says("TERUSKAN LPR-1 DLH")
    fake.fail_next(1, "timeout_accept")  # LAPOR stores the report with DLH only; the answer is lost
    assert "retried=1" in sync(http_world)
    people["verifier"].says("TERUSKAN LPR-1 PUPR")  # the retried submit is a replay: it cannot carry PUPR
    assert "sent=2" in sync(http_world, minutes=5)  # the submit (replayed), then PUPR on its own
    tracking_id, = fake.reports
    assert [a["code"] for a in fake.reports[tracking_id]["agencies"]] == ["DLH", "PUPR"]


def test_manual_mode_queues_nothing(world):
    people = make_people(world)
    file(people["citizen"], description=WASTE)
    people["verifier"].says("TERUSKAN LPR-1 DLH")
    assert items(world) == [] and sync(world) == "manual mode"


def test_strip_nik_masks_national_ids_but_not_phone_numbers_or_dates():
    text = "NIK 3527012345678901 / 3527.0123.4567.8901, HP 081234567890, tgl 12/10/2026"
    assert strip_nik(text) == "NIK [NIK disembunyikan] / [NIK disembunyikan], HP 081234567890, tgl 12/10/2026"


def test_a_nik_cut_by_the_title_never_leaves_partial_digits():
    from types import SimpleNamespace

    from lapor.bridge.privacy import safe_title

    complaint = SimpleNamespace(description="KTP saya dengan NIK 3527012345678901 ditolak di kantor kecamatan",
                                title="KTP saya dengan NIK 35270123456…")
    title = safe_title(complaint)
    assert "3527" not in title and "NIK" in title


class FrozenMidCall:
    """A worker's gateway that freezes in the middle of its call to SP4N-LAPOR! (a frozen VM) for longer than the
    lease: meanwhile another worker takes the item over (`meanwhile`); then this one's call gets `answer`."""

    def __init__(self, real, meanwhile, answer: str):
        self.real, self.meanwhile, self.answer = real, meanwhile, answer

    def submit(self, payload: dict, idempotency_key: str) -> str:
        self.meanwhile()
        if self.answer == "lost":  # the call timed out while frozen
            raise GatewayError("POST /reports: no answer within 10 s")
        return self.real.submit(payload, idempotency_key)  # the same key: SP4N-LAPOR! replays the first answer


@pytest.mark.parametrize("answer", ["replayed", "lost"])
def test_a_sync_item_taken_over_from_a_worker_frozen_past_its_lease_is_submitted_once_and_stays_done(
        http_world, people, fake, caplog, answer):
    file(people["citizen"], description=WASTE)
    people["verifier"].says("TERUSKAN LPR-1 DLH")
    svc = services(http_world)
    now, later = svc.clock(), svc.clock() + LEASE + timedelta(seconds=1)
    taker = SyncRunner(svc.session_factory, HttpGateway.from_config(svc.config), svc.config)
    taken = []

    def take_over() -> None:  # the frozen worker's lease runs out: presumed dead, its item is taken over
        taken.append(taker.run_once(later))

    frozen = FrozenMidCall(HttpGateway.from_config(svc.config), take_over, answer)
    SyncRunner(svc.session_factory, frozen, svc.config).run_once(now)
    assert str(taken[0]) == "sent=1 retried=0 deferred=0 failed=0"
    assert "lease expired, sending again (same idempotency key)" in caplog.text
    [item] = items(http_world)
    assert item.status == SyncStatus.DONE and item.last_error is None, "the taker's record stands"
    tracking_id, = fake.reports  # one report, however many calls carried its key
    assert complaint(http_world, 1).lapor_tracking_id == tracking_id
    with svc.session_factory() as session:
        notes = session.scalars(select(TimelineEntry).where(TimelineEntry.event == Event.LAPOR)).all()
    assert len(notes) == 1
    assert "sent=0" in sync(http_world, minutes=30)  # nothing left to send again


def test_a_worker_that_wakes_up_after_its_sync_item_was_taken_over_leaves_it_to_the_taker(http_world, people, fake):
    file(people["citizen"], description=WASTE)
    people["verifier"].says("TERUSKAN LPR-1 DLH")
    svc = services(http_world)
    stalled = SyncRunner(svc.session_factory, HttpGateway.from_config(svc.config), svc.config)
    holder = Holder(svc.clock(), clock=lambda: 0.0)  # claimed, then frozen before its call
    [item_id] = stalled.claim(svc.clock(), holder)
    taker = SyncRunner(svc.session_factory, HttpGateway.from_config(svc.config), svc.config)
    assert "sent=1" in str(taker.run_once(svc.clock() + LEASE + timedelta(seconds=1)))
    report = SyncReport()
    stalled._process(item_id, svc.clock(), report, holder)  # it wakes up: no longer its item
    assert str(report) == "sent=0 retried=0 deferred=0 failed=0"
    assert len([r for r in fake.requests if r["method"] == "POST"]) == 1
    assert items(http_world)[0].status == SyncStatus.DONE


# Withdrawn dispositions: a verifier's TARIK and an agency's KEMBALIKAN (docs/lapor-contract.md) ----------------------

def withdrawals(fake) -> list[dict]:
    return [r["body"] for r in fake.requests if r["method"] == "POST" and r["path"].endswith("/withdrawals")]


def agencies_in(fake) -> list[str]:
    tracking_id, = fake.reports
    return [a["code"] for a in fake.reports[tracking_id]["agencies"]]


def test_a_disposition_taken_back_and_sent_on_is_told_to_lapor_once(http_world, people, fake):
    file(people["citizen"], description=ROAD)
    people["verifier"].says("TERUSKAN LPR-1 DLH")
    assert "sent=1" in sync(http_world)
    people["verifier"].says("TARIK LPR-1 DLH KE PUPR")
    assert "sent=2" in sync(http_world, minutes=1)  # DLH withdrawn, then PUPR added
    [told] = withdrawals(fake)
    assert told["reference"] == "LPR-1" and told["agency"]["code"] == "DLH" and told["by"] == "verifier"
    assert told["reason"] == "salah kirim" and told["withdrawn_at"].endswith("Z")
    assert agencies_in(fake) == ["PUPR"]
    paths = [r["path"].rsplit("/", 1)[-1] for r in fake.requests if r["method"] == "POST"]
    assert paths[-2:] == ["withdrawals", "dispositions"], "the withdrawal before the agency that replaces it"
    assert "sent=0" in sync(http_world, minutes=10)  # exactly once


def test_a_return_is_told_to_lapor_with_the_agencys_reason_without_nik(http_world, people, fake):
    file(people["citizen"], description=WASTE)
    people["verifier"].says("TERUSKAN LPR-1 DLH")
    assert "sent=1" in sync(http_world)
    people["dlh1"].says(f"KEMBALIKAN LPR-1 Bukan kewenangan kami, pelapor NIK {NIK} urusan PUPR")
    assert "sent=1" in sync(http_world, minutes=1)
    [told] = withdrawals(fake)
    assert told["by"] == "agency" and told["agency"]["code"] == "DLH" and NIK not in told["reason"]
    assert "urusan PUPR" in told["reason"] and agencies_in(fake) == []
    people["verifier"].says("TERUSKAN LPR-1 PUPR")
    assert "sent=1" in sync(http_world, minutes=1)
    assert agencies_in(fake) == ["PUPR"]


def test_a_withdrawal_is_retried_with_the_same_key_and_creates_nothing_twice(http_world, people, fake):
    file(people["citizen"], description=ROAD)
    people["verifier"].says("TERUSKAN LPR-1 DLH, PUPR")
    assert "sent=1" in sync(http_world)
    people["verifier"].says("TARIK LPR-1 DLH")
    fake.fail_next(1, "timeout_accept")  # LAPOR withdrew DLH; the answer is lost
    assert "retried=1" in sync(http_world, minutes=1)
    assert "sent=1" in sync(http_world, minutes=5)
    keys = {r["headers"]["Idempotency-Key"] for r in fake.requests if r["path"].endswith("/withdrawals")}
    assert len(withdrawals(fake)) == 2 and len(keys) == 1 and agencies_in(fake) == ["PUPR"]


def test_a_disposition_taken_back_before_the_submit_went_is_never_sent(http_world, people, fake):
    file(people["citizen"], description=ROAD)
    people["verifier"].says("TERUSKAN LPR-1 DLH")
    people["verifier"].says("TARIK LPR-1 DLH KE PUPR")
    assert "sent=1" in sync(http_world)
    assert withdrawals(fake) == [] and agencies_in(fake) == ["PUPR"]


def test_a_withdrawal_waits_for_the_push_of_the_agency_it_withdraws(http_world, people, fake):
    file(people["citizen"], description=ROAD)
    people["verifier"].says("TERUSKAN LPR-1 DLH")
    assert "sent=1" in sync(http_world)
    people["verifier"].says("TERUSKAN LPR-1 PUPR")
    fake.fail_next(1, "http500")  # PUPR's push fails once
    sync(http_world, minutes=1)
    people["verifier"].says("TARIK LPR-1 PUPR")
    assert "deferred=1" in sync(http_world, minutes=1)  # PUPR's push is not due yet: its withdrawal waits
    assert withdrawals(fake) == []
    sync(http_world, minutes=10)
    assert agencies_in(fake) == ["DLH"] and len(withdrawals(fake)) == 1
    assert all(item.status == SyncStatus.DONE for item in items(http_world))


# Archives and merges (ARSIPKAN, GABUNG; docs/lapor-contract.md): the report is closed there once ----------------------

def archives(fake) -> list[dict]:
    return [r["body"] for r in fake.requests if r["method"] == "POST" and r["path"].endswith("/archive")]


def merges(fake) -> list[dict]:
    return [r["body"] for r in fake.requests if r["method"] == "POST" and r["path"].endswith("/merge")]


def delivered_twice(person: Party, body: str) -> None:
    """Twilio delivers the same message (one MessageSid) twice: a retried webhook."""
    for _again in range(2):
        person.wa.send(person.phone, body, MessageSid="SM" + "7" * 32)


def lapor_status(fake, tracking_id: str) -> str:
    return fake.reports[tracking_id]["status"]


@pytest.mark.parametrize(("reason", "category"), [
    ("spam iklan pinjol", "spam"),
    ("Hoax, isinya fiktif", "spam"),
    ("cuma promosi jualan", "spam"),
    ("bukan pengaduan, pelapor hanya bertanya jadwal samsat", "bukan_pengaduan"),
    ("bkn aduan cm salam kenal", "bukan_pengaduan"),
    ("Di luar kewenangan pemkab, urusan perusahaan swasta", "di_luar_kewenangan"),
    ("lokasinya diluar wilayah kabupaten", "di_luar_kewenangan"),
    ("laporan tdk jelas, terlalu umum", "tidak_jelas"),
    ("Sudah ditangani lewat musrenbang desa", "lainnya"),
])
def test_an_archive_on_whatsapp_closes_the_report_in_lapor_once_with_its_reason_category(
        http_world, people, fake, reason, category):
    file(people["citizen"], description=WASTE)
    people["verifier"].says("TERUSKAN LPR-1 DLH")
    assert "sent=1" in sync(http_world)
    tracking_id, = fake.reports
    body = f"ARSIPKAN LPR-1 {reason}"
    delivered_twice(people["verifier"], body)
    assert complaint(http_world, 1).status == "diarsipkan"
    assert "sent=1" in sync(http_world, minutes=1)
    [told] = archives(fake)
    assert told["reference"] == "LPR-1" and told["category"] == category and told["archived_at"].endswith("Z")
    assert told["reason"] == reason and lapor_status(fake, tracking_id) == "Diarsipkan"
    assert "sent=0" in sync(http_world, minutes=10) and len(archives(fake)) == 1
    assert withdrawals(fake) == [], "the archive closes the report: its agencies are not withdrawn one by one"


def test_an_archive_on_the_dashboard_closes_the_report_in_lapor_once(http_world, people, fake):
    from tests.web.conftest import logged_in

    file(people["citizen"], description=WASTE)
    people["verifier"].says("TERUSKAN LPR-1 DLH")
    assert "sent=1" in sync(http_world)
    client = logged_in(http_world, VERIFIER)
    for _twice in range(2):  # a second click, or the form sent again
        client.post("/pengaduan/1/arsipkan", {"text": "Spam, nomor ini menawarkan pinjaman"}, token_from="/pengaduan/1")
    assert complaint(http_world, 1).status == "diarsipkan"
    assert "sent=1" in sync(http_world, minutes=1)
    assert [a["category"] for a in archives(fake)] == ["spam"]
    assert "sent=0" in sync(http_world, minutes=10)


def test_an_archive_survives_an_outage_and_reaches_lapor_once(http_world, people, fake):
    file(people["citizen"], description=WASTE)
    people["verifier"].says("TERUSKAN LPR-1 DLH")
    assert "sent=1" in sync(http_world)
    people["verifier"].says("ARSIPKAN LPR-1 bukan pengaduan")
    fake.down()
    assert "retried=1" in sync(http_world, minutes=1)
    fake.up()
    fake.fail_next(1, "timeout_accept")  # LAPOR archives it; the answer is lost
    assert "retried=1" in sync(http_world, minutes=5)
    assert "sent=1" in sync(http_world, minutes=10)
    assert "sent=0" in sync(http_world, minutes=30)
    keys = {r["headers"]["Idempotency-Key"] for r in fake.requests if r["path"].endswith("/archive")}
    assert len(keys) == 1 and len(archives(fake)) == 2  # the retry was recognised by its key
    tracking_id, = fake.reports
    assert fake.archived[tracking_id] == 1


def test_two_sync_workers_at_once_send_an_archive_once(http_world, people, fake):
    file(people["citizen"], description=WASTE)
    people["verifier"].says("TERUSKAN LPR-1 DLH")
    sync(http_world)
    people["verifier"].says("ARSIPKAN LPR-1 spam")
    svc = services(http_world)
    now = svc.clock()
    first, second = (SyncRunner(svc.session_factory, HttpGateway.from_config(svc.config), svc.config)
                     for _ in range(2))
    claimed = first.claim(now)  # the first worker holds the archive's lease
    assert str(second.run_once(now)) == "sent=0 retried=0 deferred=0 failed=0"
    for item_id in claimed:
        first._process(item_id, now, SyncReport())
    assert str(second.run_once(now + timedelta(minutes=1))) == "sent=0 retried=0 deferred=0 failed=0"
    assert len(archives(fake)) == 1


def test_a_complaint_never_pushed_to_lapor_is_archived_and_merged_without_a_call(http_world, people, fake):
    file(people["citizen"], description=WASTE)
    file(people["citizen2"], description="Sampah di pasar Srimangunan menumpuk, baunya sampai ke jalan raya")
    file(people["citizen"], description=ROAD)
    people["verifier"].says("ARSIPKAN LPR-3 bukan pengaduan")
    people["verifier"].says("GABUNG LPR-2 LPR-1")
    assert complaint(http_world, 2).parent_id == 1 and complaint(http_world, 3).status == "diarsipkan"
    assert "sent=0" in sync(http_world, minutes=1) and fake.requests == []
    assert items(http_world) == []


def test_an_archive_right_after_the_forward_goes_after_the_submit(http_world, people, fake):
    file(people["citizen"], description=WASTE)
    people["verifier"].says("TERUSKAN LPR-1 DLH")
    people["verifier"].says("ARSIPKAN LPR-1 salah input, bukan aduan")
    assert "sent=2" in sync(http_world)
    paths = [r["path"].rsplit("/", 1)[-1] for r in fake.requests if r["method"] == "POST"]
    assert paths == ["reports", "archive"]
    tracking_id, = fake.reports
    assert lapor_status(fake, tracking_id) == "Diarsipkan"


def test_an_anonymous_complaints_archive_reason_never_carries_its_reporters_name_or_number(http_world, people, fake):
    file(people["citizen"], description=WITH_NIK, privacy="3")
    people["verifier"].says("TERUSKAN LPR-1 DLH")
    sync(http_world)
    people["verifier"].says(f"ARSIPKAN LPR-1 Bu {CITIZEN_NAME} ({CITIZEN}, NIK {NIK}) cuma kirim spam ke sini")
    assert "sent=1" in sync(http_world, minutes=1)
    [told] = archives(fake)
    assert told["category"] == "spam" and told["reason"] is None
    sent = str([r["body"] for r in fake.requests])
    assert CITIZEN_NAME not in sent and "Siti" not in sent and not shows_number(sent, CITIZEN) and NIK not in sent


def test_a_merge_tells_lapor_the_report_is_a_duplicate_of_the_others_tracking_id_once(http_world, people, fake):
    file(people["citizen"], description=WASTE)
    file(people["citizen2"], description="Sampah di pasar Srimangunan menumpuk, baunya sampai ke jalan raya")
    people["verifier"].says("TERUSKAN LPR-1 DLH")
    people["verifier"].says("TERUSKAN LPR-2 DLH")
    assert "sent=2" in sync(http_world)
    first, second = fake.reports
    delivered_twice(people["verifier"], "GABUNG LPR-2 LPR-1")
    assert complaint(http_world, 2).parent_id == 1
    fake.fail_next(1, "http500")
    assert "retried=1" in sync(http_world, minutes=1)
    assert "sent=1" in sync(http_world, minutes=5)
    assert "sent=0" in sync(http_world, minutes=30)
    told = merges(fake)
    assert len(told) == 2 and len({r["headers"]["Idempotency-Key"] for r in fake.requests
                                   if r["path"].endswith("/merge")}) == 1
    assert told[-1]["reference"] == "LPR-2" and told[-1]["duplicate_of"] == first
    assert told[-1]["duplicate_of_reference"] == "LPR-1" and told[-1]["merged_at"].endswith("Z")
    assert fake.reports[second]["duplicate_of"] == first and lapor_status(fake, second) == "Diarsipkan"
    assert lapor_status(fake, first) == "Belum Ditindaklanjuti" and archives(fake) == []


def test_a_merge_on_the_dashboard_reaches_lapor_once(http_world, people, fake):
    from tests.web.conftest import logged_in

    file(people["citizen"], description=WASTE)
    file(people["citizen2"], description="Sampah di pasar Srimangunan menumpuk, baunya sampai ke jalan raya")
    people["verifier"].says("TERUSKAN LPR-1 DLH")
    people["verifier"].says("TERUSKAN LPR-2 DLH")
    sync(http_world)
    client = logged_in(http_world, VERIFIER)
    for _twice in range(2):
        client.post("/pengaduan/2/gabung", {"parent": "LPR-1", "confirm": "1"}, token_from="/pengaduan/2")
    assert complaint(http_world, 2).parent_id == 1
    assert "sent=1" in sync(http_world, minutes=1)
    assert [m["duplicate_of_reference"] for m in merges(fake)] == ["LPR-1"]
    assert "sent=0" in sync(http_world, minutes=10)


def posted(fake) -> list[str]:
    return [r["path"].rsplit("/", 1)[-1] for r in fake.requests if r["method"] == "POST"]


def merged_before_verification(http_world, people, fake, privacy: str = "1") -> str:
    """LPR-2 is in LAPOR; LPR-1, still waiting for its verification, is the one it is merged into."""
    file(people["citizen"], description=WASTE, privacy=privacy)
    file(people["citizen2"], description="Sampah di pasar Srimangunan menumpuk, baunya sampai ke jalan raya")
    people["verifier"].says("TERUSKAN LPR-2 DLH")
    assert "sent=1" in sync(http_world)
    second, = fake.reports
    people["verifier"].says("GABUNG LPR-2 LPR-1")
    return second


@pytest.mark.parametrize("privacy", ["1", "2", "3"])
def test_a_merge_into_a_complaint_lapor_never_had_waits_for_its_verification_and_goes_after_its_submit(
        http_world, people, fake, privacy):
    # The merge submitted LPR-1 at once: an unverified story, and a named reporter, in LAPOR with no agency.
    second = merged_before_verification(http_world, people, fake, privacy)
    for later in ({"minutes": 1}, {"hours": 3}, {"days": 2}):
        assert "sent=0" in sync(http_world, **later) and "failed=0" in sync(http_world)
    assert posted(fake) == ["reports"] and list(fake.reports) == [second]
    merge = next(item for item in items(http_world) if item.kind == "merge")
    assert (merge.status, merge.attempts) == (SyncStatus.PENDING, 0)
    people["verifier"].says("TERUSKAN LPR-1 DLH")  # verified: its first disposition submits it, the merge follows
    assert "sent=2" in sync(http_world, minutes=1)
    assert posted(fake) == ["reports", "reports", "merge"]
    first = complaint(http_world, 1).lapor_tracking_id
    assert first is not None and first != second and merges(fake)[0]["duplicate_of"] == first
    assert agencies_in_report(fake, first) == ["DLH"]
    assert "sent=0" in sync(http_world, hours=2) and len(merges(fake)) == 1


def test_a_merge_into_a_complaint_archived_before_its_verification_is_given_up_with_the_reason(
        http_world, people, fake):
    merged_before_verification(http_world, people, fake)
    people["verifier"].says("ARSIPKAN LPR-1 bukan pengaduan, cuma tanya")
    assert "failed=1" in sync(http_world, hours=2)
    assert posted(fake) == ["reports"], "neither the archived original nor a merge naming nothing is sent"
    merge = next(item for item in items(http_world) if item.kind == "merge")
    assert merge.status == SyncStatus.FAILED and "LPR-1" in merge.last_error and "diarsipkan" in merge.last_error


def test_a_merge_into_a_complaint_never_verified_is_given_up_after_two_weeks(http_world, people, fake):
    merged_before_verification(http_world, people, fake)
    assert "failed=0" in sync(http_world, days=13)
    assert "failed=1" in sync(http_world, days=1, hours=1)
    merge = next(item for item in items(http_world) if item.kind == "merge")
    assert merge.status == SyncStatus.FAILED and "LPR-1" in merge.last_error and "14 days" in merge.last_error
    assert posted(fake) == ["reports"]


def test_an_archive_or_merge_after_the_submit_was_given_up_queues_nothing_to_give_up_again(http_world, people, fake):
    # A given-up submit counted as "LAPOR will have it": the archive was queued, then given up loudly a second time.
    file(people["citizen"], description=WASTE)
    file(people["citizen2"], description="Sampah di pasar Srimangunan menumpuk, baunya sampai ke jalan raya")
    file(people["citizen"], description=ROAD)
    people["verifier"].says("TERUSKAN LPR-1 DLH")
    people["verifier"].says("TERUSKAN LPR-2 DLH")
    fake.down()
    assert "failed=2" in [sync(http_world, minutes=10) for _attempt in range(4)][-1]
    fake.up()
    people["verifier"].says("ARSIPKAN LPR-1 spam")
    people["verifier"].says("GABUNG LPR-2 LPR-3")
    assert "failed=0" in sync(http_world, minutes=10) and "failed=0" in sync(http_world, hours=2)
    assert {item.kind for item in items(http_world)} == {"submit"}


def test_an_archive_while_the_submit_is_still_being_retried_goes_after_it(http_world, people, fake):
    file(people["citizen"], description=WASTE)
    people["verifier"].says("TERUSKAN LPR-1 DLH")
    fake.down()
    assert "retried=1" in sync(http_world)
    people["verifier"].says("ARSIPKAN LPR-1 spam")
    fake.up()
    assert "sent=2" in sync(http_world, minutes=10)
    assert posted(fake) == ["reports", "archive"]


def agencies_in_report(fake, tracking_id: str) -> list[str]:
    return [a["code"] for a in fake.reports[tracking_id]["agencies"]]


def test_an_archive_pulled_from_lapor_is_not_sent_back(http_world, people, fake):
    file(people["citizen"], description=WASTE)
    people["verifier"].says("TERUSKAN LPR-1 DLH")
    sync(http_world)
    tracking_id, = fake.reports
    fake.set_status(tracking_id, "Diarsipkan")
    svc = services(http_world)
    assert "status_changes=1" in pull_lapor(svc, svc.clock())
    assert complaint(http_world, 1).status == "diarsipkan"
    assert "sent=0" in sync(http_world, minutes=1) and archives(fake) == []


def test_an_archive_imported_from_lapor_is_applied_here_and_not_sent_back(make_app, fake, tmp_path):
    """`lapor import` in HTTP mode: the file says the report LAPOR has from us was archived there."""
    world = http_mode_world(make_app, fake)
    people = make_people(world)
    file(people["citizen"], description=WASTE)
    people["verifier"].says("TERUSKAN LPR-1 DLH")
    sync(world)
    tracking_id, = fake.reports
    path = tmp_path / "lapor.csv"
    path.write_text(f"ID Tracking;Tanggal;Isi;Status\n{tracking_id};23/11/2026 10:00;{WASTE};Diarsipkan\n",
                    encoding="utf-8")
    for _twice in range(2):
        assert world.test_cli_runner().invoke(args=["lapor", "import", str(path)]).exit_code == 0
    archived = complaint(world, 1)
    assert archived.status == "diarsipkan" and [d.status for d in archived.dispositions] == ["withdrawn"]
    assert "sent=0" in sync(world, minutes=1) and archives(fake) == [] and items(world)[-1].kind == "submit"


def test_a_report_archived_in_lapor_that_an_agency_already_followed_up_here_is_kept_and_noted_once(
        http_world, people, fake):
    """The lifecycle keeps a complaint in progress (an agency answered it here) out of the archive: LAPOR's archive
    was a line in the scheduler's log at every pull, and nobody who reads the complaint learned of it. It is one
    note on its history, for the verifier; the agency's work goes on."""
    from tests.web.conftest import logged_in

    file(people["citizen"], description=WASTE)
    people["verifier"].says("TERUSKAN LPR-1 DLH")
    people["dlh1"].says("TL LPR-1 Truk sampah dijadwalkan besok pagi")
    sync(http_world)
    sync(http_world, minutes=1)
    tracking_id, = fake.reports
    fake.set_status(tracking_id, "Diarsipkan")
    svc = services(http_world)
    for _pull in range(3):
        pull_lapor(svc, svc.clock())
        svc.clock.advance(minutes=15)
    kept = complaint(http_world, 1)
    assert kept.status == "proses" and [d.status for d in kept.dispositions] == ["open"]
    notes = [e.text for e in kept.timeline if e.event == Event.LAPOR and "Diarsipkan di SP4N-LAPOR!" in (e.text or "")]
    assert len(notes) == 1 and "di sini tidak diarsipkan" in notes[0]
    page = logged_in(http_world, VERIFIER).get("/pengaduan/1").get_data(as_text=True)
    assert notes[0] in page
    people["dlh1"].says("SELESAI LPR-1 Sampah sudah diangkut semua")
    assert complaint(http_world, 1).status == "selesai"


def test_a_finished_complaint_an_import_says_lapor_archived_stays_finished_and_is_noted_once(
        make_app, fake, tmp_path):
    world = http_mode_world(make_app, fake)
    people = make_people(world)
    file(people["citizen"], description=WASTE)
    people["verifier"].says("TERUSKAN LPR-1 DLH")
    people["dlh1"].says("SELESAI LPR-1 Sampah sudah diangkut semua")
    sync(world)
    sync(world, minutes=1)
    tracking_id, = fake.reports
    path = tmp_path / "lapor.csv"
    path.write_text(f"ID Tracking;Tanggal;Isi;Status\n{tracking_id};23/11/2026 10:00;{WASTE};diarsipkan\n",
                    encoding="utf-8")
    said = [world.test_cli_runner().invoke(args=["lapor", "import", str(path)]).output for _twice in range(2)]
    assert "archived in SP4N-LAPOR!" in said[0] and "archived in SP4N-LAPOR!" not in said[1]
    kept = complaint(world, 1)
    assert kept.status == "selesai"
    assert sum("di sini tidak diarsipkan" in (e.text or "") for e in kept.timeline) == 1
    assert "sent=0" in sync(world, minutes=1) and archives(fake) == []
