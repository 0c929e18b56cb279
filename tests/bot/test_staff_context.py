"""Staff commands that lean on what the staff member is looking at or may see: a merge naming only its parent
(`gabung ke lpr 1`: the duplicate is the complaint in front of the verifier), INGATKAN of one complaint, the
average first follow-up of a REKAP's own period, and a head's questions of the agencies' ranking and of anonymous
counts (their own agency's figures only).

The table scene (tests.bot.test_staff_table): LPR-1 dispositioned to DLH (officers Dewi and Eko, head Yusuf),
LPR-2 waiting for the verifier, whose last message is LPR-2's notice. Rows run in a session rolled back after them.
"""

from __future__ import annotations

import pytest
from sqlalchemy import select

from bot.dispatch import handle_in
from bot.inbound import parse_form
from models import Complaint, OutboxMessage
from services import services
from tests.bot.test_staff_table import build_scene, reminded
from tests.conftest import WhatsApp, rolled_back
from tests.parties import (
    CITIZEN,
    CITIZEN_NAME,
    DLH_1,
    DLH_2,
    DLH_HEAD,
    PUPR_1,
    VERIFIER,
    make_people,
    shows_number,
)


@pytest.fixture(scope="module")
def scene(shared_world):
    people = make_people(shared_world)
    build_scene(people)
    return people


def talk(person, *typed: str, check=None) -> list[str]:
    """The replies to each message `person` types in turn, handled as the webhook handles them in one session
    rolled back at the end (after `check(session)` is asserted)."""
    svc = services(person.app)
    replies = []
    with rolled_back(person.app) as session:
        for text in typed:
            message = parse_form(WhatsApp(person.app).form(person.phone, text, ProfileName=person.name))
            replies.append("\n".join(handle_in(session, svc, message, svc.clock())[1]))
            session.flush()
            session.expunge_all()  # the next message loads its sender afresh, as the webhook's next request does
        if check is not None:
            assert check(session) is not False, typed  # a check returns False or asserts itself
    return replies


def parent_of(session, number: int) -> int | None:
    parent_id = session.scalars(select(Complaint.parent_id).where(Complaint.number == number)).one()
    return session.scalars(select(Complaint.number).where(Complaint.id == parent_id)).one() if parent_id else None


# 1. A merge naming only its parent ------------------------------------------------------------------------------

@pytest.mark.parametrize("typed", [
    "gabung ke lpr 1", "gabungkan dgn LPR-1", "GABUNG KE LPR 1 YA", "gabung aja ke laporan no 1",
    "tolong gabungkan dengan lpr 1 pak", "Gabung ke #1", "gabung ke induk lpr-1", "gabungin sama lpr 1",
    # in words, with no command word
    "digabung ke lpr 1 aja", "ini dobel dgn lpr 1", "dobel sm lpr 1 bu", "ini duplikat dari laporan no 1",
    "ini sama dengan lpr 1", "podo karo lpr 1",
])
def test_a_merge_naming_only_its_parent_asks_about_the_complaint_in_front_of_the_verifier(scene, typed):
    """LPR-1 named after "ke"/"dengan"/"sama" is the parent; the duplicate is LPR-2, the one waiting (its notice was
    the verifier's last message). Asked, never done at once: the duplicate was not typed."""
    reply, = talk(scene["verifier"], typed, check=lambda s: parent_of(s, 1) is None and parent_of(s, 2) is None)
    assert "Gabungkan LPR-2 (Jalan kabupaten" in reply and "ke LPR-1?" in reply, reply
    assert "mirip dengan LPR-1" not in reply, reply


def test_yes_merges_the_complaint_in_front_of_the_verifier_into_the_parent(scene):
    def merged(session):
        assert parent_of(session, 2) == 1 and parent_of(session, 1) is None

    asked, done = talk(scene["verifier"], "gabung ke lpr 1", "ya", check=merged)
    assert "Gabungkan LPR-2" in asked and "LPR-2 digabung ke LPR-1" in done, done


def test_a_merge_into_the_complaint_just_looked_at_takes_the_one_shown(scene):
    """Nothing waits any more (LPR-2 forwarded); the verifier looks at LPR-2 and says where it belongs."""
    replies = talk(scene["verifier"], "TERUSKAN LPR-2 PUPR", "status lpr 2", "gabung dgn lpr 1 aja")
    assert "Gabungkan LPR-2 (Jalan kabupaten" in replies[-1] and "ke LPR-1?" in replies[-1], replies[-1]


def test_a_merge_with_nothing_in_front_of_the_verifier_asks_which(scene):
    """LPR-2 forwarded, nothing waits, no complaint looked at: which complaint is the duplicate is asked."""
    replies = talk(scene["verifier"], "TERUSKAN LPR-2 PUPR", "gabung ke lpr 1",
                   check=lambda s: parent_of(s, 2) is None)
    assert "Laporan mana yang digabung ke LPR-1?" in replies[-1] and "GABUNG LPR-<nomor> LPR-1" in replies[-1], replies


def test_the_parent_itself_in_front_of_the_verifier_is_not_its_own_duplicate(scene):
    replies = talk(scene["verifier"], "TERUSKAN LPR-2 PUPR", "status lpr 1", "gabung ke lpr 1")
    assert "Laporan mana yang digabung ke LPR-1?" in replies[-1], replies[-1]


def test_a_complaint_in_front_already_merged_is_said_so_not_asked_again(scene):
    """Found by hand: the verifier swiped a notice to merge LPR-2, looked at it, and said it again: "Gabungkan
    LPR-2 …?" was asked, and YA answered that it is archived."""
    replies = talk(scene["verifier"], "GABUNG LPR-2 LPR-1", "status lpr 2", "dobel sm lpr 1 bu",
                   check=lambda s: parent_of(s, 2) == 1)
    assert "LPR-2 sudah digabung ke LPR-1" in replies[-1] and "Gabungkan" not in replies[-1], replies[-1]


@pytest.mark.parametrize("typed,said", [
    ("GABUNG LPR-1", "mirip dengan LPR-1"),  # docs/staff.md: one complaint named is the duplicate, its parents listed
    ("gabung lpr 1", "mirip dengan LPR-1"),
    ("GABUNG LPR-2 LPR-1", "LPR-2 digabung ke LPR-1"),  # both named: at once, as before
    ("gabung lpr 2 ke lpr 1", "LPR-2 digabung ke LPR-1"),
    ("lpr 2 dobel dgn lpr 1", "Gabungkan LPR-2 ke LPR-1?"),
    ("lpr 2 dobel", "LPR-2 (Jalan kabupaten"),  # the duplicate named alone: its likely parents
])
def test_merges_naming_the_duplicate_keep_their_meaning(scene, typed, said):
    reply, = talk(scene["verifier"], typed)
    assert said in reply, reply


@pytest.mark.parametrize("typed", [
    "ini bukan duplikat lpr 1", "beda dengan lpr 1 pak", "tidak sama dengan lpr 1", "lpr 2 ke pupr",
    "ke lpr 1 aja",  # no word of a merge
])
def test_words_that_merge_nothing(scene, typed):
    reply, = talk(scene["verifier"], typed, check=lambda s: parent_of(s, 2) is None)
    assert "Gabungkan LPR-2" not in reply and "ke LPR-1?" not in reply, reply


def test_a_merge_from_others_than_verifiers_is_refused(scene):
    for who in ("supervisor", "dlh1", "head"):
        reply, = talk(scene[who], "gabung ke lpr 1", check=lambda s: parent_of(s, 2) is None)
        assert "Gabungkan" not in reply, (who, reply)


# 2. INGATKAN of one complaint -----------------------------------------------------------------------------------

def reminders_to(session, phone: str) -> list[str]:
    return list(session.scalars(select(OutboxMessage.body).where(
        OutboxMessage.recipient == phone, OutboxMessage.purpose == "reminder").order_by(OutboxMessage.id)))


@pytest.mark.parametrize("who,typed", [
    ("supervisor", "INGATKAN DLH LPR-1"), ("supervisor", "tolong ingatkan dlh lpr 1"),
    ("verifier", "ingatkan dinas lingkungan hidup utk lpr 1 ya"), ("supervisor", "colek dlh soal laporan no 1"),
    ("verifier", "INGATKAN LPR-1 DLH"), ("supervisor", "ingatkan lpr 1"), ("verifier", "ingetin lpr1 dong"),
    ("supervisor", "mohon ijin, kirim pengingat lpr 1"), ("supervisor", "elingke dlh lpr 1 nggih"),
    # found by hand: why after the complaint ("…, sdh lewat batas") was read as the agency's name
    ("supervisor", "Selamat pagi. Ingatkan DLH LPR 1, sdh lewat batas"), ("verifier", "ingatkan lpr 1 sdh telat"),
    ("supervisor", "tolong ingatkan petugas lpr 1 ya"), ("supervisor", "ingatkan lg lpr 1, blm ada tl"),
])
def test_ingatkan_of_one_complaint_reminds_its_holders_of_that_one(scene, who, typed):
    def sent(session):
        for phone in (DLH_1, DLH_2):
            bodies = reminders_to(session, phone)
            assert len(bodies) == 1 and "LPR-1" in bodies[0] and "TL LPR-1 <kemajuan>" in bodies[0], bodies
            assert CITIZEN_NAME not in bodies[0] and not shows_number(bodies[0], CITIZEN), bodies
        assert reminders_to(session, PUPR_1) == [] and reminders_to(session, DLH_HEAD) == []

    reply, = talk(scene[who], typed, check=sent)
    assert "Pengingat LPR-1 terkirim ke Dewi 0811-0000-0020, Eko" in reply and "(DLH)" in reply, reply


def test_ingatkan_of_one_complaint_goes_once_a_day(scene):
    def once(session):
        assert len(reminders_to(session, DLH_1)) == 1

    first, again, other = talk(scene["supervisor"], "ingatkan dlh lpr 1", "tolong ingatkan lpr 1", "INGATKAN DLH",
                               check=once)
    assert "Pengingat LPR-1 terkirim" in first
    assert "Pengingat LPR-1 untuk DLH sudah dikirim hari ini pukul 10.00" in again, again
    # the agency's reminder the same day: its only waiting complaint went on its own already
    assert "Pengingat untuk DLH sudah dikirim hari ini pukul 10.00" in other, other


def test_ingatkan_of_one_complaint_after_the_agencys_reminder_that_listed_it_sends_nothing(scene):
    agency, one = talk(scene["verifier"], "INGATKAN DLH", "ingatkan dlh lpr 1",
                       check=lambda s: len(reminders_to(s, DLH_1)) == 1)
    assert "Pengingat terkirim" in agency and "sudah dikirim hari ini pukul 10.00" in one, one


@pytest.mark.parametrize("typed,said", [
    ("INGATKAN PUPR LPR-1", "LPR-1 tidak ditangani PUPR: ada di DLH (Dewi, Eko). Kirim: INGATKAN LPR-1"),
    ("ingatkan dinas pu lpr 1", "tidak ditangani PUPR"),
    ("ingatkan lpr 2", "LPR-2 belum diteruskan ke instansi mana pun"),
    ("INGATKAN DLH LPR-2", "LPR-2 belum diteruskan ke instansi mana pun"),
    ("ingatkan lpr 99", "LPR-99 tidak ditemukan"),
    ("ingatkan kantor antah berantah lpr 1", "tidak dikenali"),
])
def test_ingatkan_of_a_complaint_the_agency_does_not_hold_is_refused_saying_who_holds_it(scene, typed, said):
    def nothing(session):
        assert all(reminders_to(session, p) == [] for p in (DLH_1, DLH_2, PUPR_1, DLH_HEAD))

    reply, = talk(scene["supervisor"], typed, check=nothing)
    assert said in reply, reply


@pytest.mark.parametrize("who,typed", [
    ("dlh1", "ingatkan lpr 1"), ("head", "INGATKAN DLH LPR-1"), ("pupr", "ingatkan dlh lpr 1"),
])
def test_ingatkan_of_one_complaint_from_an_agency_sends_nothing(scene, who, typed):
    reply, = talk(scene[who], typed, check=lambda s: reminders_to(s, DLH_1) == [] and reminders_to(s, DLH_2) == [])
    assert "Pengingat LPR-1 terkirim" not in reply, reply


@pytest.mark.parametrize("typed", ["tolong ingatkan petugas lpr 1", "ingatkan lpr 1", "INGATKAN DLH LPR-1"])
def test_a_heads_ingatkan_of_one_complaint_names_its_officers(scene, typed):
    """A head may not send INGATKAN (the region's command), but one of their own complaints named gets who holds
    it, to reach them (found by hand: only "DAFTAR" was offered)."""
    reply, = talk(scene["head"], typed, check=lambda s: reminded(DLH_1)(s) == 0)
    assert "hanya untuk verifikator dan pimpinan daerah" in reply and "LPR-1 ditangani: Dewi" in reply, reply


@pytest.mark.parametrize("typed", ["mohon atensi lpr 1", "LPR-1 ESKALASI", "lpr 1 tolong dikawal",
                                   "ingin lihat lpr 1 pak", "LPR 1 ingkang nyepeng sinten nggih?"])
def test_attention_asked_is_still_who_holds_it(scene, typed):
    reply, = talk(scene["supervisor"], typed, check=lambda s: reminded(DLH_1)(s) == 0)
    assert "Pengingat LPR-1 terkirim" not in reply and "INGATKAN" not in reply, reply


# 4. A head's questions of the ranking and of anonymous counts ------------------------------------------------------

@pytest.mark.parametrize("typed,said", [
    ("peringkat dinas", "Rekap harian DLH"), ("ranking opd bulan ini?", "Rekap DLH · bulan ini"),
    ("dinas kita peringkat berapa?", "Rekap harian DLH"),
    ("rangking instansi minggu ini pak", "Rekap DLH · minggu ini"),
    ("dinas mana yg paling banyak laporannya?", "Laporan masuk ke DLH tahun ini (1 Jan 2026 – 23 Nov 2026): 1"),
    ("opd dengan aduan terbanyak bulan ini apa?", "Laporan masuk ke DLH bulan ini"),
])
def test_a_head_asking_the_ranking_gets_their_agencys_figures_not_the_others(scene, typed, said):
    reply, = talk(scene["head"], typed)
    assert "peringkat antarinstansi hanya untuk verifikator dan pimpinan daerah (Sekda)" in reply, reply
    assert said in reply, reply
    assert "PUPR" not in reply and "Peringkat instansi" not in reply, reply


@pytest.mark.parametrize("typed,said", [
    ("berapa laporan anonim", "Laporan anonim DLH tahun ini (1 Jan 2026 – 23 Nov 2026): 0 dari 1"),
    ("yg anonim ada brp bulan ini", "Laporan anonim DLH bulan ini"),
    ("jumlah aduan anonim dinas kami brp?", "Laporan anonim DLH"),
])
def test_a_head_asking_the_anonymous_count_gets_their_agencys(scene, typed, said):
    reply, = talk(scene["head"], typed)
    assert said in reply and "identitas pelapor anonim tidak ditampilkan" in reply, reply


def test_a_head_asking_another_agencys_anonymous_count_gets_their_own(scene):
    reply, = talk(scene["head"], "laporan anonim pupr brp?")
    assert "Laporan anonim DLH" in reply and "instansi Anda, DLH" in reply, reply


@pytest.mark.parametrize("who,typed", [
    ("head", "lpr 1 anonim ya?"),  # one complaint's privacy
    ("head", "pelapor lpr 1 anonim, siapa namanya?"),
    ("head", "sampah paling banyak di pasar mana?"),
])
def test_a_heads_words_that_ask_no_count(scene, who, typed):
    reply, = talk(scene[who], typed)
    assert "Laporan anonim" not in reply and "Peringkat antarinstansi" not in reply, reply


@pytest.mark.parametrize("typed,said", [
    ("peringkat dinas bulan ini", "Rekap daerah · bulan ini"), ("ranking opd minggu ini?", "Rekap daerah · minggu ini"),
    ("dinas mana yg paling lambat bln ini", "Rekap daerah · bulan ini"), ("peringkat dinas", "Rekap harian daerah"),
])
def test_a_supervisors_ranking_asked_for_a_period_is_that_periods_rekap(scene, typed, said):
    reply, = talk(scene["supervisor"], typed)
    assert reply.startswith(said) and "Peringkat instansi 2026" in reply, reply


def test_supervisors_keep_the_region_ranking_and_counts(scene):
    ranking, anonymous = talk(scene["supervisor"], "peringkat dinas", "berapa laporan anonim")
    assert "Peringkat instansi 2026" in ranking and "Peringkat antarinstansi" not in ranking, ranking
    assert anonymous.startswith("Laporan anonim tahun ini"), anonymous


# 5. A merged duplicate as STATUS shows it (staff12) ---------------------------------------------------------------

@pytest.mark.parametrize("typed", [
    "status lpr 2", "STATUS LPR-2", "cek lpr 2", "lihat lpr2", "riwayat lpr 2", "status #2",
])
def test_status_of_a_merged_duplicate_names_the_complaint_it_went_into(scene, typed):
    """Found by hand: after GABUNG, STATUS of the duplicate read "Diarsipkan (tidak diproses)", as if dropped."""
    merged, shown = talk(scene["verifier"], "GABUNG LPR-2 LPR-1", typed)
    assert "LPR-2 digabung ke LPR-1" in merged, merged
    assert "Status: Digabung ke LPR-1" in shown and "tidak diproses" not in shown, shown


def test_a_supervisors_status_of_a_merged_duplicate_names_it_too(scene):
    shown = said_after_merge(scene["supervisor"], "status lpr 2")
    assert "Digabung ke LPR-1" in shown and "tidak diproses" not in shown, shown


def said_after_merge(person, typed: str) -> str:
    """`person`'s reply to `typed` once the verifier merged LPR-2 into LPR-1, in one session rolled back after."""
    svc = services(person.app)
    with rolled_back(person.app) as session:
        for phone, text in ((VERIFIER, "GABUNG LPR-2 LPR-1"), (person.phone, typed)):
            message = parse_form(WhatsApp(person.app).form(phone, text))
            replies = handle_in(session, svc, message, svc.clock())[1]
            session.flush()
            session.expunge_all()
    return "\n".join(replies)


def test_acting_on_a_merged_duplicate_says_it_was_merged(scene):
    _, said = talk(scene["verifier"], "GABUNG LPR-2 LPR-1", "TERUSKAN LPR-2 PUPR",
                   check=lambda s: parent_of(s, 2) == 1)
    assert "Digabung ke LPR-1" in said and "tidak diproses" not in said, said


@pytest.mark.parametrize("typed", ["ARSIPKAN LPR-2 spam", "tolak lpr 2, iklan"])
def test_status_of_a_complaint_archived_not_merged_still_says_archived(scene, typed):
    _, _, shown = talk(scene["verifier"], typed, "ya", "status lpr 2")
    assert "Status: Diarsipkan (tidak diproses)" in shown and "Digabung" not in shown, shown


# 6. INGATKAN refused: whose command it is, unmistakably (staff12) -------------------------------------------------

@pytest.mark.parametrize("who,typed", [
    ("head", "INGATKAN DLH"), ("head", "colek dlh"), ("head", "ingatkan pupr ya"), ("dlh1", "INGATKAN DLH"),
    ("dlh1", "ANTREAN"), ("head", "antrean"),
])
def test_a_refused_region_command_says_heads_and_officers_are_not_meant(scene, who, typed):
    """"pimpinan daerah" alone reads to a head (pimpinan instansi) as including them."""
    reply, = talk(scene[who], typed, check=lambda s: reminded(DLH_1)(s) == 0)
    assert "hanya untuk verifikator dan pimpinan daerah (Sekda)" in reply, reply
    assert "bukan kepala instansi" in reply, reply


# staff13: every other refusal a head meets of the region's figures or lists names the Sekda the same way, politely
@pytest.mark.parametrize("typed,own", [
    ("peringkat dinas", "rekap DLH"), ("ranking opd bulan ini?", "rekap DLH"),
    ("dinas mana yg paling banyak laporannya?", "Laporan masuk ke DLH"),
    ("rekap pupr", "Rekap harian DLH"), ("REKAP DAERAH", "Rekap harian DLH"),
    ("daftar pupr", "Disposisi terbuka DLH"), ("DAFTAR DINAS PU", "Disposisi terbuka DLH"),
    ("berapa laporan anonim pupr", "Laporan anonim DLH"),
])
def test_a_heads_refusal_of_the_regions_figures_names_the_sekda(scene, typed, own):
    reply = "\n".join(talk(scene["head"], typed))
    refusal = reply.splitlines()[0]
    assert refusal.startswith("Mohon maaf,") and "pimpinan daerah (Sekda)" in refusal, reply
    assert "bukan kepala instansi" in refusal and own in reply, reply


def test_no_head_facing_text_names_pimpinan_daerah_without_the_sekda():
    from bot.messages import MESSAGES

    loose = [key for key, text in MESSAGES.items() if "pimpinan daerah" in str(text)
             and "pimpinan daerah (Sekda)" not in str(text)]
    assert loose == [], loose


@pytest.mark.parametrize("who,typed", [("supervisor", "ANTREAN"), ("verifier", "antrean")])
def test_the_region_command_from_its_own_roles_is_not_refused(scene, who, typed):
    reply, = talk(scene[who], typed)
    assert "hanya untuk" not in reply and "LPR-2" in reply, reply


@pytest.mark.parametrize("typed", ["status lpr 2", "STATUS", "cek laporan LPR-2"])
def test_the_reporters_own_status_of_a_merged_duplicate_names_it_too(scene, typed):
    shown = said_after_merge(scene["citizen2"], typed)
    assert "Digabung dengan LPR-1" in shown and "tidak diproses" not in shown, shown
