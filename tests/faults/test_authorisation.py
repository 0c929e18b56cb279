"""Authorisation sweep: every staff command from people who may not use it changes nothing and leaks no identity."""

from __future__ import annotations

import re

import pytest
from sqlalchemy import select

from bot.staff import COMMANDS
from models import Base
from services import services
from tests.conftest import built_once
from tests.parties import CITIZEN, CITIZEN_NAME, DLH_1, VERIFIER, Party, deliver, file, make_people, shows_number

ANONYMOUS, ANONYMOUS_NAME = "+6285733344455", "Kartini Wulandari"
STRANGER = "+6285766677788"
# The domain's record: none of it may change when a command is refused.
GUARDED = ("complaints", "complaint_media", "dispositions", "timeline_entries", "questions", "ledger", "outbox",
           "counters")


def commands(ref: str) -> list[str]:
    """Every staff command (COMMANDS) aimed at `ref`, with plausible arguments."""
    texts = {
        "TL": f"TL {ref} sudah kami cek ke lokasi", "SELESAI": f"SELESAI {ref} sudah beres semuanya",
        "INFO": f"INFO {ref} di sebelah mana tepatnya?", "KEMBALIKAN": f"KEMBALIKAN {ref} bukan kewenangan kami",
        "SURVEI": f"SURVEI {ref} perlu cek lapangan",
        "DAFTAR": "DAFTAR DLH", "STATUS": f"STATUS {ref}", "TERUSKAN": f"TERUSKAN {ref} PUPR",
        "TUNDA": f"TUNDA {ref} mohon lengkapi alamatnya", "ARSIPKAN": f"ARSIPKAN {ref} bukan pengaduan",
        "GABUNG": f"GABUNG {ref} LPR-1", "ANTREAN": "ANTREAN", "REKAP": "REKAP", "BANTUAN": "BANTUAN",
        "ALIHKAN": f"ALIHKAN {ref} Dewi", "CUTI": f"CUTI {DLH_1} 20/12/2026",
        "NOMORBARU": f"NOMORBARU {ref} 081299988877",  # a complaint moved to a citizen's new number
        "INGATKAN": "INGATKAN DLH",  # an agency's officers reminded of what waits (LPR-2 is anonymous)
        "BUKABATAS": f"BUKA BATAS {ref}",  # the reporter's budget of new complaints lifted (lapor.budget)
        "TARIK": f"TARIK {ref} DLH KE PUPR",  # a disposition sent by mistake taken back (and sent on)
    }
    assert set(texts) == set(COMMANDS), "a new staff command must join the sweep"
    return list(texts.values()) + FORMS


# A command's further forms: the complaints that came in on a day or in a period (verifiers and supervisors only),
# a progress question after a word of TL (STATUS), a verifier's forward in other words (TERUSKAN, asked about), a
# verifier's ALIHKAN to an agency (TERUSKAN, asked about), an officer's word of a delay (TL, asked about), a
# verifier's act without a number (TERUSKAN or ARSIPKAN of the complaint waiting, asked about), an officer's
# duplicate (KEMBALIKAN, asked about), the reporter's reach asked, a TL at a hundred percent (SELESAI, asked about),
# an officer's slip ("maaf salah kirim": their own last message); INGATKAN of one complaint (LPR-2 is anonymous),
# a merge naming only its parent (the complaint in front of the verifier, asked about), the ranking and the
# anonymous count asked (a head: their own agency's), a REKAP of a month; a forward said with an agency the
# directory lacks (refused by name) or mistyped (the nearest offered, asked about), another agency's REKAP; an
# unknown name right after a known one (refused by name); where a complaint is now (another agency's staff refused);
# a forward taken back in words (a verifier's TARIK, asked about; an officer's "salah kirim" their return, asked).
FORMS = ["ANTREAN minggu ini", "ANTREAN kemarin", "progres LPR-1 gimana", "LPR-3 urgent ke PUPR",
         "LPR-3 alihkan ke dinas pu", "LPR-1 ditunda dulu, nunggu anggaran", "teruskan ke PUPR", "ke pupr aja",
         "spam", "LPR-1 dobel", "LPR-1 pelapornya bisa ditelpon ga", "TL LPR-1 progres 100%", "maaf salah kirim",
         "LPR-3 urusan pupr apa dlh ya", "mohon atensi LPR-1", "LPR-1 ke pupr", "LPR-1 kami koordinasi dgn pln",
         "kadis cuti sampai jumat", "LPR-1 tunda dl", "LPR-1 sdh diserahkan ke pupr",
         "LPR-1 pupr aja", "tolong LPR-1 diprioritaskan", "LPR-1 ESKALASI", "tolong ingatkan dlh LPR-1",
         "INGATKAN DLH LPR-2", "ingatkan LPR-2", "gabung ke LPR-1", "LPR-2 dobel dgn LPR-1", "ini sama dengan LPR-1",
         "peringkat dinas", "berapa laporan anonim", "REKAP NOVEMBER",
         "SELESAI LPR-1 sudah", "TL LPR-1 mohon arahan pimpinan", "tunda ya", "TL LPR-1 otw", "TL LPR-1 pelapor rewel",
         "LPR-3 ke pupr, bpbd", "LPR-3 ke pupe segera ya", "TERUSKAN LPR-3 dlh, pupe", "rekap pupr",
         "LPR-3 ke pupr bpbd", "TERUSKAN LPR-3 dlh BAPPEDA", "LPR-1 skrg di siapa", "posisi LPR-2 dmn",
         "LPR-2 sdh diteruskan ke mana?", "batalkan disposisi LPR-1", "tarik lagi LPR-1 dari dlh", "LPR-2 salah kirim"]


def _own_withdrawal(text: str) -> bool:
    """A text the reporter of LPR-1 sends to withdraw it (bot.conversation.withdrawal): their right, not a staff
    command refused."""
    from bot.conversation.withdrawal import WITHDRAW_STEMS

    names_own = re.search(r"(?<![\d-])(?:LPR-)?1\b", text) is not None
    return names_own and any(stem in text.lower() for stem in WITHDRAW_STEMS)


def every_text(refs) -> list[str]:
    """Every command aimed at each of `refs`, each text once: a command without a reference (ANTREAN, REKAP, the
    further forms) is the same message whichever reference the loop is at, so it is sent once, not once a ref."""
    return list(dict.fromkeys(text for ref in refs for text in commands(ref)))


def snapshot(world) -> dict[str, list[tuple]]:
    with world.extensions["penghubung"].session_factory() as session:
        return {name: [tuple(row) for row in session.execute(
            select(Base.metadata.tables[name]).order_by(*Base.metadata.tables[name].primary_key.columns))]
            for name in GUARDED}


@pytest.fixture
def people(world):
    people = make_people(world)
    people["anonymous"] = Party(world, ANONYMOUS, ANONYMOUS_NAME)
    people["stranger"] = Party(world, STRANGER, "Orang Lain")

    def build():
        file(people["citizen"])                                   # LPR-1 → DLH
        file(people["anonymous"], privacy="3")                    # LPR-2 → DLH, anonymous
        file(people["citizen2"], description="Jalan kabupaten di Desa Banyuanyar berlubang besar dan membahayakan")
        people["verifier"].says("TERUSKAN LPR-1 DLH")             # LPR-3 still waits for the verifier
        people["verifier"].says("TERUSKAN LPR-2 DLH")

    built_once(services(world), build)
    return people


@pytest.mark.parametrize("who", ["citizen", "stranger", "pupr"])
def test_citizens_and_other_agencies_change_nothing_with_any_command(people, world, who):
    before = snapshot(world)
    for text in every_text(("LPR-1", "LPR-2", "LPR-3", "1", "#2")):
        if who == "citizen" and _own_withdrawal(text):
            continue  # "TARIK LPR-1 …", "batalkan … LPR-1" from LPR-1's reporter: their own cancellation request
        reply = people[who].says(text)
        assert ANONYMOUS_NAME not in reply and not shows_number(reply, ANONYMOUS), (who, text, reply)
        if who != "citizen":
            assert CITIZEN_NAME not in reply and not shows_number(reply, CITIZEN), (who, text, reply)
        if people[who].state() != "idle":  # a long command may look like a complaint to a citizen: drop that offer
            people[who].says("BATAL")  # (in idle BATAL leaves the conversation as it is: not sent there)
            assert people[who].state() == "idle", (who, text)
    assert snapshot(world) == before


@pytest.mark.parametrize("who", ["dlh1", "head", "supervisor"])
def test_verifier_commands_from_other_staff_change_nothing(people, world, who):
    before = snapshot(world)
    for ref in ("LPR-1", "LPR-2", "LPR-3"):
        for text in commands(ref):
            # supervisors may read the queue (ANTREAN); an officer's or head's TUNDA is their INFO (test_staff_typing)
            verifiers_only = ("TERUSKAN", "ARSIPKAN", "GABUNG", "NOMORBARU", "BUKA", "TARIK") + (
                ("ANTREAN",) if who != "supervisor" else ("TUNDA",))
            if who == "supervisor" and "ingatkan" in text.lower():
                continue  # the supervisor's own command: it queues the reminder (test_staff, test_staff_context)
            if text.split()[0] in verifiers_only:
                assert "hanya untuk verifikator" in people[who].says(text)
            elif text.startswith("INGATKAN"):
                assert "hanya untuk verifikator dan pimpinan daerah" in people[who].says(text)
    assert snapshot(world) == before


def test_officer_commands_on_a_complaint_not_yet_dispositioned_change_nothing(people, world):
    before = snapshot(world)
    for who in ("dlh1", "head", "pupr"):
        for text in commands("LPR-3")[:5]:  # TL, SELESAI, INFO, KEMBALIKAN, SURVEI
            assert "tidak didisposisikan" in people[who].says(text)
    assert snapshot(world) == before


def test_anonymous_reporter_never_reaches_anyone_but_verifiers(people, world):
    people["dlh1"].says("INFO LPR-2 Di sebelah mana tepatnya?")
    people["anonymous"].says("Di sebelah timur pasar, dekat parkir motor", MediaUrl0="https://example.org/foto.jpg",
                             MediaContentType0="image/jpeg", NumMedia="1")
    for who in ("pupr", "supervisor", "dlh1", "dlh2", "head"):  # DLH's answers move LPR-2 along the way
        for text in commands("LPR-2"):
            reply = people[who].says(text)
            assert ANONYMOUS_NAME not in reply and not shows_number(reply, ANONYMOUS), (who, text, reply)
    people["verifier"].says("STATUS LPR-2")
    deliver(world)
    with world.extensions["penghubung"].session_factory() as session:
        from models import OutboxMessage

        messages = session.scalars(select(OutboxMessage)).all()
    leaks = [(m.recipient, m.body) for m in messages if m.recipient not in (VERIFIER, ANONYMOUS)
             and (ANONYMOUS_NAME in m.body or shows_number(m.body, ANONYMOUS) or ANONYMOUS[1:] in (m.media_url or ""))]
    assert leaks == []
    assert any(m.recipient == DLH_1 and "sebelah timur" in m.body for m in messages), "the answer was relayed"
    assert shows_number(people["verifier"].says("STATUS LPR-2"), ANONYMOUS)  # the verifier alone sees who it is


def test_a_citizen_cannot_read_someone_elses_complaint(people):
    for ref in ("LPR-1", "LPR-2", "1", "#2"):
        reply = people["stranger"].says(f"STATUS {ref}")
        assert "tidak ditemukan" in reply, reply
        assert "Srimangunan" not in reply and CITIZEN_NAME not in reply and ANONYMOUS_NAME not in reply
