"""What staff type → what happens, as a table: each row's message routed and handled as the webhook handles it
(bot.dispatch.handle_in) on one scene built once, in a session rolled back after the row, so every row starts
from the same scene and costs what its message runs. A row of each kind also runs end to end through the signed
webhook (test_staff_typing.test_what_staff_type_through_the_webhook).

The scene: LPR-1 dispositioned to DLH (officers Dewi and Eko, head Yusuf), LPR-2 waiting for the verifier."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from bot.dispatch import handle_in
from bot.inbound import parse_form
from models import Agency, Complaint, Contact, Disposition, OutboxMessage
from services import services
from tests.conftest import WhatsApp, rolled_back
from tests.parties import CITIZEN, CITIZEN_2, DLH_1, DLH_2, PHOTO, PUPR_1, file_and_read, make_people

ROAD = "Jalan kabupaten di gang Melati berlubang besar, sudah banyak motor jatuh"


def status(number):
    return lambda session: session.scalars(select(Complaint.status).where(Complaint.number == number)).one()


def last_to(phone):
    """The text of the last message queued for `phone` after its first line (a follow-up's news)."""
    return lambda session: session.scalars(select(OutboxMessage.body).where(OutboxMessage.recipient == phone)
                                           .order_by(OutboxMessage.id.desc()).limit(1)).one().split("\n", 1)[-1]


def answer_to(phone):
    """The news of the last follow-up queued for `phone` (a final answer is followed by the rating question)."""
    return lambda session: session.scalars(select(OutboxMessage.body).where(
        OutboxMessage.recipient == phone, OutboxMessage.purpose == "follow_up")
        .order_by(OutboxMessage.id.desc()).limit(1)).one().split("\n", 1)[-1]


def asked_of(phone):
    """The question in the last message queued for `phone` (its second line)."""
    return lambda session: session.scalars(select(OutboxMessage.body).where(OutboxMessage.recipient == phone)
                                           .order_by(OutboxMessage.id.desc()).limit(1)).one().split("\n")[1]


DONE_TEXT = "Pekerjaan sudah selesai ditangani petugas."  # what the citizen reads for "sampun rampung"
ON_THE_WAY = (last_to(CITIZEN), "Petugas sedang menuju lokasi.")  # what the citizen reads for "otw pak"


def reminded(phone):
    """How many reminders are queued for `phone`."""
    return lambda session: len(session.scalars(select(OutboxMessage.id).where(
        OutboxMessage.recipient == phone, OutboxMessage.purpose == "reminder")).all())


def away(name):
    """Whether the staff member called `name` has leave recorded."""
    return lambda session: session.scalars(select(Contact.away_until).where(Contact.name == name)).one() is not None


def agencies(number):
    return lambda session: sorted(session.scalars(
        select(Agency.code).join(Disposition.agency).join(Disposition.complaint).where(Complaint.number == number)))


STAFF_TABLE = [
    # officer (Dewi, DLH) -----------------------------------------------------------------------------------------
    # more time asked: no command gives it; SURVEI (60 working days) and TL to tell the citizen why
    ("dlh1", "mohon perpanjangan waktu utk lpr 1 pak, armada rusak", "SURVEI LPR-1 <alasan>", (status(1),
                                                                                              "belum_ditindaklanjuti")),
    ("dlh1", "lpr 1 kami minta tambahan waktu 1 minggu", "tidak dapat diperpanjang", None),
    ("dlh1", "izin pak, LPR1 bisa diperpanjang batas waktunya?", "SURVEI LPR-1 <alasan>", None),
    ("dlh1", "mhn dispensasi waktu pak, alat berat blm ada", "SURVEI LPR-1 <alasan>", None),
    ("dlh1", "perpanjangan pipa sdh dipasang, besok diuji", "TL LPR-1 perpanjangan pipa", None),  # the work
    # whether it is done yet, asked with "belom", "durung": its STATUS, never a final answer
    ("dlh1", "lpr 1 udah kelar belom", "LPR-1 –", (status(1), "belum_ditindaklanjuti")),
    ("dlh1", "lpr 1 wis rampung durung", "LPR-1 –", None),
    # an officer's TL that only urges the work on (an instruction passed on): it reaches no citizen
    ("dlh1", "tl lpr 1 mohon segera ditindaklanjuti", "tidak dikirim ke pelapor", (status(1), "belum_ditindaklanjuti")),
    ("dlh1", "TL LPR1 tlg segera dicek ya", "terbaca sebagai permintaan", (status(1), "belum_ditindaklanjuti")),
    ("dlh1", "tl no 1 mhn diproses secepatnya", "TL LPR-1 tidak dikirim", (status(1), "belum_ditindaklanjuti")),
    ("dlh1", "TL LPR-1 mohon bersabar, akan segera ditindaklanjuti", "Tindak lanjut LPR-1 tercatat",
     (status(1), "proses")),  # a promise to the citizen
    # the work at a hundred percent: asked as the final answer, never recorded as progress
    ("dlh1", "lpr 1 progres 100%", "Apakah LPR-1 sudah tuntas?", (status(1), "belum_ditindaklanjuti")),
    ("dlh1", "TL LPR-1 pengerjaan sdh 100 persen", "Apakah LPR-1 sudah tuntas?", (status(1), "belum_ditindaklanjuti")),
    ("dlh1", "progres LPR-1 100% pak, sampah sdh diangkut semua", "Apakah ini jawaban akhir LPR-1",
     (status(1), "belum_ditindaklanjuti")),
    ("dlh1", "TL LPR-1 target 100% minggu depan", "Tindak lanjut LPR-1 tercatat", (status(1), "proses")),
    # a duplicate: only the verifier merges; returning it with that reason is asked about, never progress
    ("dlh1", "lpr 1 dobel", 'Kembalikan LPR-1 ke verifikator dengan alasan "dobel"?',
     (status(1), "belum_ditindaklanjuti")),
    ("dlh1", "LPR-1 ini duplikat dgn lpr 2 pak", "Laporan ganda digabung oleh verifikator",
     (status(1), "belum_ditindaklanjuti")),
    ("dlh1", "lpr 1 DOUBLE sama laporan kemarin", "Kembalikan LPR-1", None),
    ("dlh1", "lpr 1 perlu truk double gardan", "TL LPR-1 perlu truk double gardan", None),  # a thing doubled
    # reaching the reporter asked: who reported it and INFO, never a hint of TL with the question
    ("dlh1", "lpr 1 pelapornya bisa ditelpon ga", "INFO LPR-1 <pertanyaan>", (status(1), "belum_ditindaklanjuti")),
    ("dlh1", "pelapor lpr 1 boleh dihubungi?", "Pelapor LPR-1:", None),
    # a slip of the officer's own (nothing of theirs relayed within the hour): acknowledged, never KEMBALIKAN
    ("dlh1", "maaf salah kirim", "tidak ada yang dicatat dari pesan itu", (status(1), "belum_ditindaklanjuti")),
    ("dlh1", "sorry pak slh ketik, abaikan aja", "tidak ada yang dicatat dari pesan itu", None),
    # the disposition said wrong, with where it should go: its return asked about
    ("dlh1", "salah kirim pak, ini urusan dinsos", "Kembalikan LPR-1 ke verifikator", None),
    # the work under way said with who does it and no time word: offered as TL
    ("dlh1", "pak lpr 1 perlu tangga tinggi, kami koordinasi dgn pln", "Catat sebagai kemajuan (TL) LPR-1?",
     (status(1), "belum_ditindaklanjuti")),
    ("dlh1", "lpr 1 tim tangani hr ini", "Catat sebagai kemajuan (TL) LPR-1?", None),
    # handed over to another agency outside the chat: its return asked, never a final answer or progress
    ("dlh1", "lpr 1 sdh diserahkan ke pupr", "Kembalikan LPR-1 ke verifikator", (status(1), "belum_ditindaklanjuti")),
    ("dlh1", "lpr 1 pupr aja", "Kembalikan LPR-1 ke verifikator", (status(1), "belum_ditindaklanjuti")),
    ("head", "LPR-1 ke dinas pu aja pak", "Kembalikan LPR-1 ke verifikator", None),
    ("dlh1", "lpr 1 dlh aja", "Perintah tidak dikenali", None),  # its own agency: no return
    # no text for the citizen: laughter, "done" alone as a final answer, guidance asked of a leader
    ("dlh1", "TL LPR-1 wkwk", "Tuliskan isinya", (status(1), "belum_ditindaklanjuti")),
    ("dlh1", "TL LPR-1 hehehe 🙏", "Tuliskan isinya", (status(1), "belum_ditindaklanjuti")),
    ("dlh1", "SELESAI LPR-1 sudah", "Jawaban akhir LPR-1 tercatat", (answer_to(CITIZEN), DONE_TEXT)),
    ("dlh1", "selesai lpr 1 sdh pak 🙏", "Jawaban akhir LPR-1 tercatat", (answer_to(CITIZEN), DONE_TEXT)),
    ("dlh1", "SELESAI LPR-1 selesai", "Jawaban akhir LPR-1 tercatat", (answer_to(CITIZEN), DONE_TEXT)),
    ("dlh1", "selesai lpr 1 done pak", "Jawaban akhir LPR-1 tercatat", (answer_to(CITIZEN), DONE_TEXT)),
    ("dlh1", "TL LPR-1 otw", "Tindak lanjut LPR-1 tercatat", ON_THE_WAY),
    ("dlh1", "SELESAI LPR-1 sudah diangkut semua", "Jawaban akhir LPR-1 tercatat", (status(1), "selesai")),
    ("dlh1", "TL LPR-1 mohon arahan pimpinan", "tidak dikirim ke pelapor", (status(1), "belum_ditindaklanjuti")),
    ("dlh1", "tl lpr 1 mhn petunjuk pak kadis", "tidak dikirim ke pelapor", (status(1), "belum_ditindaklanjuti")),
    # the reporter spoken of in the third person: the reporter reads it, asked first
    ("dlh1", "TL LPR-1 pelapor rewel", "menyebut pelapor sebagai orang ketiga", (status(1), "belum_ditindaklanjuti")),
    ("dlh1", "tl lpr 1 pelapornya marah2 terus", "menyebut pelapor sebagai orang ketiga",
     (status(1), "belum_ditindaklanjuti")),
    # the reporter named in the work is progress they may read: sent as typed (the fault suite's NIK tests)
    ("dlh1", "TL LPR-1 sudah kami hubungi pelapor, truk datang besok", "diteruskan ke pelapor", None),
    ("dlh1", "TL LPR-1 data pelapor sudah kami cek, sampah diangkut besok", "diteruskan ke pelapor", None),
    ("dlh1", "tl lpr 1 sdh sy wa ke pelapornya", "diteruskan ke pelapor", None),
    ("dlh1", "TL LPR-1 truk sampah dikirim besok pagi", "Tindak lanjut LPR-1 tercatat", (status(1), "proses")),
    ("dlh1", "tl lpr 1 truk sampah dikirim besok", "sudah tuntas, kirim SELESAI LPR-1 <jawaban akhir>", None),
    ("dlh1", "tl lpr 1 sdh dijadwalkan angkut", "Tindak lanjut LPR-1 tercatat", (status(1), "proses")),
    ("dlh1", "Tl #1 petugas sudah ke lokasi 👍", "Tindak lanjut LPR-1 tercatat", None),
    ("dlh1", "TINDAK LANJUT LPR-1 sedang dikoordinasikan", "Tindak lanjut LPR-1 tercatat", None),
    ("dlh1", "tindaklanjut 1 sudah dicek ke lapangan", "Tindak lanjut LPR-1 tercatat", None),
    ("dlh1", "progres LPR-1 alat berat dikirim", "Tindak lanjut LPR-1 tercatat", None),
    # a question about its progress that starts with a word of TL ("progres", "update", "tl"): its STATUS, never
    # the question relayed to the citizen as the agency's progress
    ("head", "progres lpr 1 gimana", "LPR-1 –", (status(1), "belum_ditindaklanjuti")),
    ("dlh1", "Update LPR-1?", "LPR-1 –", (status(1), "belum_ditindaklanjuti")),
    ("dlh1", "progress lpr1 bagaimana pak", "LPR-1 –", (status(1), "belum_ditindaklanjuti")),
    # how far it got is where it is (staff17): its agencies, who holds it, what it waits for
    ("head", "TL lpr 1 sdh sampai mana?", "Rinciannya: STATUS LPR-1", (status(1), "belum_ditindaklanjuti")),
    ("supervisor", "progres lpr 1 gmn ya", "LPR-1 –", None),
    # a supervisor's forward or call for attention: the verifiers who forward, the holders of the dispositions
    ("supervisor", "lpr 2 ke pupr", "Disposisi ke instansi dilakukan verifikator", (status(2), "belum_terverifikasi")),
    ("supervisor", "LPR-2 dispo ke dinas pu aja bu", "sampaikan kepada mereka bila LPR-2 perlu ke PUPR", None),
    ("supervisor", "mohon atensi lpr 1", "Dewi", (status(1), "belum_ditindaklanjuti")),
    # staff10: INGATKAN of one complaint reminds its holders of it (it only named them before)
    ("supervisor", "tolong ingatkan dlh lpr 1", "Pengingat LPR-1 terkirim ke Dewi", (reminded(DLH_1), 1)),
    ("supervisor", "INGATKAN DLH LPR-1", "Pengingat LPR-1 terkirim ke Dewi", (reminded(DLH_2), 1)),
    # INGATKAN: an agency's officers at work reminded of what waits for them (LPR-1 at DLH, unanswered)
    ("supervisor", "INGATKAN DLH", "Pengingat terkirim ke Dewi 0811-0000-0020, Eko", (reminded(DLH_1), 1)),
    ("supervisor", "kirim pengingat ke dlh", "1 laporan menunggu (1 belum ditindaklanjuti)", (reminded(DLH_2), 1)),
    ("supervisor", "tolong ingatkan dinas lingkungan hidup", "Pengingat terkirim ke Dewi", (reminded(DLH_1), 1)),
    ("supervisor", "colek dlh ya pak", "Pengingat terkirim ke Dewi", (reminded(DLH_2), 1)),
    ("supervisor", "ingetin dlh dong", "Pengingat terkirim ke Dewi", (reminded(DLH_1), 1)),
    ("supervisor", "Ingatkn DLH", "Pengingat terkirim ke Dewi", (reminded(DLH_1), 1)),
    ("supervisor", "mohon ijin, kirimkan pengingat utk DLH 🙏", "Pengingat terkirim ke Dewi", (reminded(DLH_1), 1)),
    ("supervisor", "elingke dlh nggih", "Pengingat terkirim ke Dewi", (reminded(DLH_1), 1)),
    ("verifier", "INGATKAN DLH", "Pengingat terkirim ke Dewi", (reminded(DLH_2), 1)),
    ("verifier", "tolong ingatkan dlh", "Pengingat terkirim ke Dewi", (reminded(DLH_1), 1)),
    ("supervisor", "INGATKAN PUPR", "Tidak ada disposisi PUPR yang terlambat", (reminded(PUPR_1), 0)),
    ("supervisor", "INGATKAN", "Sebutkan instansinya, contoh: INGATKAN PUPR", (reminded(DLH_1), 0)),
    ("supervisor", "ingatkan kantor antah berantah", "tidak dikenali", (reminded(DLH_1), 0)),
    ("dlh1", "INGATKAN DLH", "hanya untuk verifikator dan pimpinan daerah", (reminded(DLH_2), 0)),
    ("head", "colek dlh", "hanya untuk verifikator dan pimpinan daerah", (reminded(DLH_1), 0)),
    ("supervisor", "ingat pak, besok rapat jam 9", "", (reminded(DLH_1), 0)),
    ("supervisor", "LPR-1 ESKALASI", "Dewi", None),
    ("head", "tolong lpr 1 diprioritaskan", "Dewi", (status(1), "belum_ditindaklanjuti")),
    ("supervisor", "lpr 1 tolong dikawal ya pak", "Dewi", None),

    ("verifier", "updet no 1 sejauh mana", "LPR-1 –", None),
    ("dlh1", "update lpr 1 sejauh ini 50% terangkut", "Tindak lanjut LPR-1 tercatat", (status(1), "proses")),
    ("dlh1", "progres lpr 1 gimana lagi, truk rusak", "Tindak lanjut LPR-1 tercatat", None),
    ("dlh1", "TL: LPR-1 - tim sudah meninjau", "Tindak lanjut LPR-1 tercatat", None),
    ("dlh1", "Mohon ijin melaporkan tindak lanjut LPR 1, tim sudah turun ke lokasi", "Tindak lanjut LPR-1 tercatat",
     (status(1), "proses")),
    ("dlh1", "Izin ndan, lapor TL LPR-1 armada sudah di lokasi", "Tindak lanjut LPR-1 tercatat", None),
    ("dlh1", "mohon izin menyampaikan progres lpr 1: pengangkutan 50%", "Tindak lanjut LPR-1 tercatat", None),
    ("dlh1", "Update LPR-1: truk sudah angkut 2 rit", "Tindak lanjut LPR-1 tercatat", (status(1), "proses")),
    ("dlh1", "TL utk LPR 1 sdh dikerjakan sebagian", "Tindak lanjut LPR-1 tercatat", (status(1), "proses")),
    ("dlh1", "selesai untuk laporan no 1: sampah sudah diangkut", "Jawaban akhir LPR-1 tercatat", None),
    ("dlh1", "selesai LPR-1 sampah sudah diangkut semua", "Jawaban akhir LPR-1 tercatat", (status(1), "selesai")),
    ("dlh1", "SELSAI LPR-1 sudah bersih", "Jawaban akhir LPR-1 tercatat", (status(1), "selesai")),
    ("dlh1", "Slesai lpr-1 TPS sudah dibersihkan ✅", "Jawaban akhir LPR-1 tercatat", None),
    # commands abbreviated in a hurry (sls, slsai, trskn, kmblkn): the command, never its letters in the citizen's text
    ("dlh1", "sls lpr 1 sampah sudah diangkut semua", "Jawaban akhir LPR-1 tercatat",
     (answer_to(CITIZEN), "sampah sudah diangkut semua")),
    ("dlh1", "SLSAI LPR-1 sudah bersih", "Jawaban akhir LPR-1 tercatat", (status(1), "selesai")),
    ("dlh1", "kmblkn lpr 1 bukan ranah dlh", "dikembalikan", (status(1), "belum_terverifikasi")),
    ("verifier", "trskn lpr 2 pupr", "LPR-2 diteruskan ke Dinas Pekerjaan Umum", None),
    # where it goes said among other words ("urgent ke pupr", "itu urusan pu", "pupr, prioritas tinggi"): TERUSKAN
    # asked about, nothing forwarded yet
    ("verifier", "lpr 2 urgent ke pupr", "Teruskan LPR-2 ke PUPR?", (status(2), "belum_terverifikasi")),
    ("verifier", "lpr 2 itu urusan pu", "Teruskan LPR-2 ke PUPR?", (status(2), "belum_terverifikasi")),
    # ALIHKAN is the head's hand-over to an officer; a verifier's "alihkan ke <instansi>" sends it there (it was
    # refused as the head's command): TERUSKAN asked about; naming no agency, told TERUSKAN
    ("verifier", "lpr 2 alihkan ke dinas pu", "Teruskan LPR-2 ke PUPR?", (status(2), "belum_terverifikasi")),
    ("verifier", "ALIHKAN LPR-2 PUPR", "Teruskan LPR-2 ke PUPR?", None),
    ("verifier", "tolong lpr 2 dialihkan ke dlh aja bu", "Teruskan LPR-2 ke DLH?", None),
    ("verifier", "pindahkan no 2 ke dinsos", "Teruskan LPR-2 ke DINSOS?", None),
    ("verifier", "lpr 1 dialihkan ke pupr aja", "Pindahkan LPR-1 dari DLH ke PUPR?", (agencies(1), ["DLH"])),
    ("verifier", "ALIHKAN LPR-2 ke pak eko", "TERUSKAN LPR-2 <instansi>", (status(2), "belum_terverifikasi")),
    ("verifier", "LPR 2 pupr, prioritas tinggi", "Teruskan LPR-2 ke PUPR?", None),
    ("verifier", "lpr 2 bukan wewenang pemda, ke pln aja", "Teruskan LPR-2 ke PLN?", None),
    ("verifier", "setuju lpr 2 ke pupr", "Teruskan LPR-2 ke PUPR?", None),
    ("verifier", "lpr2 verified, pupr", "Teruskan LPR-2 ke PUPR?", None),
    ("verifier", "lpr 2 bukan urusan dlh tp urusan pu", "Teruskan LPR-2 ke PUPR?", None),
    # two agencies as a choice: a question, answered with the suggestions and the commands, nothing asked or recorded
    ("verifier", "lpr 2 jalan itu urusan pupr apa dlh ya", "LPR-2 ke PUPR atau DLH?",
     (status(2), "belum_terverifikasi")),
    ("verifier", "LPR 2 ke dinas pu atau dinsos?", "TERUSKAN LPR-2 PUPR · TERUSKAN LPR-2 DINSOS", None),
    ("verifier", "no 2 ini pln ato pupr sih", "keduanya: TERUSKAN LPR-2 PLN, PUPR", None),
    # TUNDA with nothing but "for now": no question reaches the citizen, the question is asked for
    ("verifier", "lpr 2 tunda dl", "Tuliskan", (status(2), "belum_terverifikasi")),
    ("verifier", "TUNDA LPR-2 dulu ya", "Tuliskan", (status(2), "belum_terverifikasi")),
    # no number: the only complaint waiting (LPR-2) is asked about, never acted on at once
    ("verifier", "teruskan ke pupr", "Teruskan LPR-2 (Jalan kabupaten", (status(2), "belum_terverifikasi")),
    ("verifier", "TERUSKAN KE PU YA BU 🙏", "ke PUPR? Balas YA", (status(2), "belum_terverifikasi")),
    ("verifier", "ke pupr aja", "Teruskan LPR-2 (", (status(2), "belum_terverifikasi")),
    ("verifier", "oke trskn ke dinas pu", "Teruskan LPR-2 (", (status(2), "belum_terverifikasi")),
    ("verifier", "pupr", "Teruskan LPR-2 (", (status(2), "belum_terverifikasi")),
    ("verifier", "sip dispo dlh sj", "ke DLH? Balas YA", (agencies(2), [])),
    ("verifier", "teruskan", "Sebutkan instansinya, contoh: TERUSKAN LPR-2", (agencies(2), [])),
    ("verifier", "tunda ya", "TUNDA LPR-2 (Jalan kabupaten di gang Melati berlubang besar, sudah…)? Balas YA",
     (status(2), "belum_terverifikasi")),
    ("verifier", "tunda, mohon kirim foto jalannya", 'TUNDA LPR-2 (Jalan kabupaten',
     (status(2), "belum_terverifikasi")),
    ("verifier", "arsipkan aja, bukan pengaduan", 'ARSIPKAN LPR-2 (', (status(2), "belum_terverifikasi")),
    ("verifier", "spam", 'ARSIPKAN LPR-2 (Jalan kabupaten di gang Melati berlubang besar, sudah…): "spam"? Balas YA',
     (status(2), "belum_terverifikasi")),
    ("verifier", "tolak aj, iklan", '"iklan"? Balas YA', (status(2), "belum_terverifikasi")),
    ("dlh1", "lpr 1 blm sls pak, besok dilanjut", "Catat sebagai kemajuan (TL) LPR-1", (status(1),
                                                                                    "belum_ditindaklanjuti")),
    ("dlh1", "SELESAI LPR-1", "Tuliskan isinya", (status(1), "belum_ditindaklanjuti")),
    ("dlh1", "TL", "TL LPR-1 (Sampah di TPS", (status(1), "belum_ditindaklanjuti")),  # its only open one, asked
    ("dlh1", "TL LPR-99 sudah dicek", "LPR-99 tidak ditemukan", None),
    # a number longer than any complaint's is one that does not exist, not a missing number (found by fuzzing)
    ("dlh1", "TL LPR-99999999999999999999 sudah", "LPR-99999999999999999999 tidak ditemukan", None),
    ("dlh1", "SELESAI lpr 2147483648 ok", "LPR-2147483648 tidak ditemukan", (status(1), "belum_ditindaklanjuti")),
    ("dlh1", "tl #12345678901 sdh dicek", "LPR-12345678901 tidak ditemukan", None),
    ("dlh1", "info LPR-1 di sebelah mana tepatnya?", "Pertanyaan untuk pelapor LPR-1 sudah dikirim",
     (status(1), "tertunda")),
    ("dlh1", "INFO lpr 1 mohon kirim foto tambahan", "Pertanyaan untuk pelapor LPR-1 sudah dikirim", None),
    ("dlh1", "tanya LPR-1 sejak kapan menumpuk?", "Pertanyaan untuk pelapor LPR-1 sudah dikirim", None),
    # the reporter named between the command and its reference, with or without "ke": the reference is read
    ("dlh1", "tanya pelapor lpr 1 lokasinya dimana", "Pertanyaan untuk pelapor LPR-1 sudah dikirim", (status(1),
                                                                                                   "tertunda")),
    ("verifier", "tanya pelapor lpr 2 fotonya ada?", "LPR-2", (status(2), "tertunda")),
    ("dlh1", "tanya pengadunya lpr 1, sejak kapan?", "Pertanyaan untuk pelapor LPR-1 sudah dikirim", None),
    ("dlh1", "TL warga 5 orang sudah dievakuasi", "LPR-1", None),  # a count, no reference: never LPR-5
    ("dlh1", "kembalikan LPR-1 ini wewenang PUPR", "dikembalikan ke verifikator", (status(1), "belum_terverifikasi")),
    ("dlh1", "tolong dikembalikan saja lpr 1", "Tuliskan", (status(1), "belum_ditindaklanjuti")),
    ("dlh1", "KEMBALIKAN LPR-1 ya pak 🙏", "Tuliskan", (status(1), "belum_ditindaklanjuti")),
    # an apology for answering late is no follow-up: the citizen would read it as the agency's answer
    ("dlh1", "TL LPR-1 mohon maaf pak baru balas", "Tuliskan", (status(1), "belum_ditindaklanjuti")),
    ("dlh1", "tl lpr 1 mf bu telat bales, baru sempat buka hp", "Tuliskan", (status(1), "belum_ditindaklanjuti")),
    ("dlh1", "SELESAI LPR-1 maaf lama ya pak 🙏", "Tuliskan", (status(1), "belum_ditindaklanjuti")),
    ("dlh1", "TL LPR-1 punten, nembe tiasa ngawaler", "Tuliskan", (status(1), "belum_ditindaklanjuti")),
    ("dlh1", "TL LPR-1 maaf baru balas, truk sudah angkut", "Tindak lanjut LPR-1 tercatat", (status(1), "proses")),
    ("dlh1", "mohon maaf pak baru balas", "TL LPR-1 <kemajuan>", (status(1), "belum_ditindaklanjuti")),
    # words to a colleague called by name (a fellow officer, the verifier): nobody gets them; they are told so and
    # given the colleague's number, never a TL or an INFO that would send those words to the citizen
    ("dlh1", "pak eko tolong lpr 1 dicek", "tidak diteruskan kepada Eko", (status(1), "belum_ditindaklanjuti")),
    ("dlh1", "lpr 1 saya serahkan ke pak eko ya", "Hubungi Eko langsung: 0811-0000-0022", None),
    ("dlh1", "mbak rina, ini lpr 1 double dgn laporan minggu lalu", "tidak diteruskan kepada Rina", None),
    ("dlh1", "Bu Rina lpr 1 itu sebenarnya di pasar atau di terminal?", "tidak diteruskan kepada Rina", None),
    ("verifier", "dewi tolong lpr 1 dicek", "tidak diteruskan kepada Dewi", None),
    ("head", "lpr 1 mas eko tolong difoto lokasinya", "tidak diteruskan kepada Eko", None),
    ("dlh1", "lpr 1 pak rt minta dicek ulang", "TL LPR-1 pak rt minta dicek ulang", None),  # nobody of ours
    ("dlh1", "lpr 1 lokasinya persisnya dimana bu?", "INFO LPR-1 lokasinya persisnya dimana", None),
    ("dlh1", "sori bu br bls, td lg di lapangan", "TL LPR-1 <kemajuan>", (status(1), "belum_ditindaklanjuti")),
    ("dlh1", "KEMBALIKN LPR-1 bukan tugas kami", "dikembalikan ke verifikator", None),
    ("dlh1", "bukan kewenangan LPR-1 itu urusan PDAM", "dikembalikan ke verifikator", None),
    ("dlh1", "survei LPR-1 perlu cek lokasi bersama kecamatan", "perlu survei lapangan", None),
    ("dlh1", "SURVEY lpr-1 butuh pengukuran", "perlu survei lapangan", None),
    ("dlh1", "tllpr1 sudah dijadwalkan", "Tindak lanjut LPR-1 tercatat", (status(1), "proses")),
    ("dlh1", "_selesai_ lpr 1 beres", "Jawaban akhir LPR-1 tercatat", (status(1), "selesai")),
    ("dlh1", "tl no 1 sudah dicek", "Tindak lanjut LPR-1 tercatat", (status(1), "proses")),
    ("dlh1", "TL No. 1 truk dikirim", "Tindak lanjut LPR-1 tercatat", None),
    ("dlh1", "tl laporan 1 petugas ke lokasi", "Tindak lanjut LPR-1 tercatat", None),
    ("dlh1", "selesai nomor 1 sudah bersih", "Jawaban akhir LPR-1 tercatat", (status(1), "selesai")),
    ("dlh1", "status no 1", "Isi: Sampah di TPS", None),
    # a complaint looked at in other words ("lihat", "detail", "isinya apa"): its STATUS
    ("verifier", "lihat lpr 2", "LPR-2 –", None),
    ("verifier", "detail LPR-2", "LPR-2 –", None),
    ("verifier", "lpr 2 isinya apa", "LPR-2 –", None),
    ("dlh1", "liat lpr 1 dong", "LPR-1 –", None),
    ("verifier", "lihat lpr 2, ke pupr", "Teruskan LPR-2 ke PUPR?", None),  # looked at, and where it goes
    # its deadline asked: STATUS (it says the deadline), never a question for the citizen
    ("dlh1", "lpr 1 batas waktunya kapan?", "Isi: Sampah di TPS", None),
    ("dlh1", "deadline lpr 1 tgl brp ya pak", "Isi: Sampah di TPS", None),
    ("dlh1", "tenggat laporan no 1 kpn bu?", "Isi: Sampah di TPS", None),
    ("dlh1", "daftar", "Disposisi terbuka DLH (1)", None),
    # the deadlines asked with no complaint named: the list, which shows each
    ("dlh1", "deadline semua laporan kapan?", "Disposisi terbuka DLH (1)", None),
    ("dlh1", "batas waktu laporan kami kapan aja ya", "Disposisi terbuka DLH (1)", None),
    ("dlh1", "tenggatnya kpn aja bu?", "Disposisi terbuka DLH (1)", None),
    ("head", "Deadline dinas kita tgl brp aja?", "Disposisi terbuka DLH (1)", None),
    ("dlh1", "batas desanya kapan dipasang?", "tidak dikenali", None),
    ("dlh1", "DAFTAR 📋", "Disposisi terbuka DLH (1)", None),
    ("dlh1", "list", "Disposisi terbuka DLH (1)", None),
    ("dlh1", "daftar yg belum dijawab", "Disposisi DLH yang belum ada tindak lanjut (1)", None),
    ("dlh1", "mana yang blm di TL?", "Disposisi DLH yang belum ada tindak lanjut (1)", None),
    ("dlh1", "daftr", "Disposisi terbuka DLH (1)", None),
    ("dlh1", "status LPR-1", "Isi: Sampah di TPS", None),
    ("dlh1", "STATUS #1", "Isi: Sampah di TPS", None),
    ("dlh1", "cek status lpr 1", "Isi: Sampah di TPS", None),
    ("dlh1", "cek LPR-1", "Isi: Sampah di TPS", None),
    ("dlh1", "statsu 1", "Isi: Sampah di TPS", None),
    ("dlh1", "bantuan", "Perintah petugas DLH", None),
    ("dlh1", "HELP", "Perintah petugas DLH", None),
    ("dlh1", "menu", "Perintah petugas DLH", None),
    ("dlh1", "Selamat pagi pak 🙏", "Halo Dewi", None),
    ("dlh1", "assalamualaikum wr wb", "Perintah petugas DLH", None),
    ("dlh1", "halo", "Perintah petugas DLH", None),
    ("dlh1", "tolong dibantu dong", "Perintah tidak dikenali", None),
    # leave wanted, no day yet: its last day is asked for
    ("dlh1", "sy mau cuti", "Sampai tanggal berapa Dewi", None),
    ("dlh1", "saya mau ambil cuti pak", "Sampai tanggal berapa Dewi", None),
    ("dlh1", "mau ngajuin cuti bu", "Sampai tanggal berapa Dewi", None),
    ("dlh1", "ada tugas apa aja hari ini?", "Disposisi terbuka DLH (1)", None),
    ("dlh1", "kerjaan sy apa aja ya pak", "Disposisi terbuka DLH (1)", None),
    # staff19, a new officer by hand: one's own complaints asked ("Perintah tidak dikenali"): the list
    ("dlh1", "laporan saya apa aja", "Disposisi terbuka DLH (1)", None),
    ("dlh1", "laporan sy apa aja ya", "Disposisi terbuka DLH (1)", None),
    ("dlh1", "aduan saya mana aja pak?", "Disposisi terbuka DLH (1)", None),
    ("head", "laporan kami ada apa saja?", "Disposisi terbuka DLH (1)", None),
    ("dlh1", "laporanku apa aja", "Disposisi terbuka DLH (1)", None),
    ("dlh1", "ada laporan baru gak pak", "Disposisi terbuka DLH (1)", None),
    # staff18, found by hand: complaints about a topic asked ("Nomor ini terdaftar sebagai nomor petugas … ADUAN
    # WARGA", "Perintah tidak dikenali"): the list
    ("dlh1", "pak ada aduan soal sampah ga?", "Disposisi terbuka DLH (1)", None),
    ("dlh1", "ada laporan ttg tps gak pak", "Disposisi terbuka DLH (1)", None),
    ("dlh1", "bu, ada keluhan terkait bau sampah kah?", "Disposisi terbuka DLH (1)", None),
    ("verifier", "ada aduan soal jalan ga?", "Menunggu verifikasi (1)", None),
    ("dlh1", "ada laporan soal tps dari warga, mohon dicek", "", (status(1), "belum_ditindaklanjuti")),  # news
    # the plural ("laporan2", "lap2", "laporan²", "laporan-laporan", "lpr2 nya"): the reports, not LPR-2; "laporan 2",
    # "lpr2" and "laporan2 dan 3" stay numbers
    ("dlh1", "laporan2 yg blm selesai apa aja?", "Disposisi terbuka DLH (1)", None),
    ("dlh1", "lap2 yg blm beres apa aja pak", "Disposisi terbuka DLH (1)", None),
    ("dlh1", "Laporan² yg belum selesai apa saja ya", "Disposisi terbuka DLH (1)", None),
    ("dlh1", "laporan-laporan yg blm selesai apa aja?", "Disposisi terbuka DLH (1)", None),
    ("head", "lpr2 nya yg blm selesai apa aja?", "Disposisi terbuka DLH (1)", None),
    ("head", "aduan2 yg masuk hari ini apa aja", "Disposisi terbuka DLH (1)", None),
    ("supervisor", "laporan2 yg blm selesai brp?", "Disposisi terbuka per instansi", None),
    ("verifier", "laporan 2 sudah selesai?", "LPR-2 –", None),
    ("verifier", "lpr2 udh selesai blm?", "LPR-2 –", None),
    ("verifier", "laporan2 dan 1 sudah selesai?", "LPR-2 –", None),
    ("dlh1", "sugeng enjing pak, nyuwun pirsa, wonten laporan enggal?", "Disposisi terbuka DLH (1)", None),
    ("verifier", "ada laporan baru?", "Menunggu verifikasi (1)", None),
    ("verifier", "laporan yg masuk hari ini apa aja bu", "Laporan masuk hari ini (Senin, 23 Nov 2026): 2", None),
    ("verifier", "aduan yg msk hari ini apa aja", "Laporan masuk hari ini (Senin, 23 Nov 2026): 2", None),
    ("verifier", "aduan hari ini brp", "Laporan masuk hari ini (Senin, 23 Nov 2026): 2", None),
    # the complaints that came in on another day or in a period: that day's, each with where it stands
    ("verifier", "aduan kemarin apa aja", "Tidak ada laporan masuk kemarin", None),
    ("verifier", "Laporan kmrn ada brp bu?", "Tidak ada laporan masuk kemarin", None),
    ("verifier", "laporan minggu ini ada berapa", "Laporan masuk minggu ini (Senin, 23 Nov 2026): 2", None),
    ("verifier", "aduan yg masuk minggu ini apa saja", "LPR-2 (belum terverifikasi) –", None),
    ("supervisor", "pengaduan pekan ini brp?", "Laporan masuk minggu ini (Senin, 23 Nov 2026): 2", None),
    ("verifier", "ANTREAN minggu ini", "LPR-1 (", None),
    ("verifier", "aduan tadi pagi apa aja", "menunggu verifikasi sekarang: 1 (ANTREAN)", None),  # today's
    ("dlh1", "aduan kemarin apa aja pak", "Disposisi terbuka DLH (1)", None),  # an officer's: their plate
    ("head", "rekap kemarin", "Rekap DLH · kemarin (", None),  # REKAP reads the day too
    # figures asked in other words ("statistik", "jumlah laporan", "kinerja", "capaian"): REKAP
    ("head", "statistik", "Rekap harian DLH", None),
    # the summary asked for as a report of a period, or how many are done: REKAP of that period (a supervisor's
    # "kirim laporan mingguan" was told to file as a citizen, "berapa yang sudah selesai" was unknown)
    ("supervisor", "kirim laporan mingguan", "Rekap daerah · minggu ini", None),
    ("supervisor", "rekap minggu ini dong", "Rekap daerah · minggu ini", None),
    ("supervisor", "laporan mingguan mana?", "Rekap daerah · minggu ini", None),
    ("supervisor", "berapa yang sudah selesai", "Penyelesaian 2026", None),
    ("supervisor", "brp yg udh kelar bln ini?", "Rekap daerah · bulan ini", None),
    ("supervisor", "minta laporan bulanan dlh", "Rekap DLH · bulan ini", None),
    ("head", "tlg kirimkan rekapan minggu lalu", "Rekap DLH · minggu lalu", None),
    ("head", "yg sdh beres brp pak?", "Rekap harian DLH", None),
    ("dlh1", "kirim laporan mingguan", "Disposisi instansi Anda: DAFTAR", None),  # an officer has no REKAP
    ("supervisor", "yg blm selesai brp", "Disposisi terbuka per instansi", None),  # what is open: DAFTAR
    ("supervisor", "kirim laporan warga soal jalan rusak di desa", "ADUAN WARGA", None),  # a citizen's story
    ("supervisor", "Statistik bulan ini", "Rekap daerah · bulan ini", None),
    ("supervisor", "statistik dlh bulan ini", "Rekap DLH · bulan ini", None),  # an agency and a period: asked
    ("supervisor", "kinerja dinas lh minggu lalu", "Rekap DLH · minggu lalu", None),
    ("head", "jumlah laporan dlh brp", "Rekap harian DLH", None),
    ("supervisor", "kinerja dlh gimana?", "DLH · 23 Nov 2026", None),
    ("head", "capaian kita minggu ini?", "Rekap DLH · minggu ini", None),
    ("supervisor", "total aduan bln ini berapa", "Laporan masuk bulan ini", None),  # a period's count: its list
    ("verifier", "yg blm diverifikasi brp", "Menunggu verifikasi (1)", None),
    ("verifier", "mana aja yang belum diverif?", "Menunggu verifikasi (1)", None),
    ("verifier", "brp laporan hr ini bu?", "Laporan masuk hari ini (Senin, 23 Nov 2026): 2", None),
    ("verifier", "LAPORAN YG MSUK HARI INI APA SAJA", "Laporan masuk hari ini (Senin, 23 Nov 2026): 2", None),
    ("dlh1", "aduan yg msk apa aja pak", "Disposisi terbuka DLH (1)", None),
    ("dlh1", "nyuwun pirsa, lpr 1 lokasinya persisnya dimana nggih?",
     "INFO LPR-1 lokasinya persisnya dimana nggih?", (status(1), "belum_ditindaklanjuti")),
    ("dlh1", "sdh sy tl blm ya lpr 1?", "Isi: Sampah di TPS", (status(1), "belum_ditindaklanjuti")),
    ("head", "mas eko, lpr 1 sudah beres belum", "Isi: Sampah di TPS", (status(1), "belum_ditindaklanjuti")),
    ("dlh1", "lpr 1 udah kelar?", "Isi: Sampah di TPS", (status(1), "belum_ditindaklanjuti")),
    ("dlh1", "mbak, lpr 1 sdh ada yg pegang?", "LPR-1 ditangani: Eko", (status(1), "belum_ditindaklanjuti")),
    ("dlh1", "Izin pak, utk lpr 1 nama pelapornya siapa ya? kami perlu data KK", "INFO LPR-1",
     (status(1), "belum_ditindaklanjuti")),
    ("dlh1", "Assalamualaikum, sy Dewi dr DLH. Ini gmn cara balasnya ya?", "Perintah petugas DLH", None),
    ("dlh1", "Izin, utk LPR 1 mohon ditanyakan ke pelapor NIK nya brp", "INFO LPR-1 <pertanyaan>",
     (status(1), "belum_ditindaklanjuti")),
    ("dlh1", "lpr 1 tlg dikonfirmasi ke warganya lokasi pastinya dmn", "INFO LPR-1 <pertanyaan>", None),
    ("dlh1", "lokasi persisnya sebelah mana ya pak?", "INFO LPR-1 lokasi persisnya sebelah mana", None),
    ("dlh1", "👍", "Baik, terima kasih", (status(1), "belum_ditindaklanjuti")),
    ("dlh1", "Siap, dispo LPR-1 sdh kami terima, segera ditindaklanjuti", "Baik, terima kasih",
     (status(1), "belum_ditindaklanjuti")),
    ("dlh1", "siap ndan dispo sdh diterima 🙏", "Baik, terima kasih", None),
    ("dlh1", "ok pak lpr 1 kami tindaklanjuti", "Baik, terima kasih", (status(1), "belum_ditindaklanjuti")),
    ("dlh1", "SIAP PAK LPR 1 KAMI TANGANI", "Baik, terima kasih", None),  # the agreeing word before the reference
    ("dlh1", "siap pak lpr 1 kami tangani besok", "Catat sebagai kemajuan (TL) LPR-1?", None),  # with its day: news
    ("dlh1", "ok pak lpr 1 noted, kami tindaklanjuti segera", "Baik, terima kasih",
     (status(1), "belum_ditindaklanjuti")),
    ("dlh1", "REKAP", "hanya untuk kepala instansi", None),
    ("dlh1", "TERUSKAN LPR-2 DLH", "hanya untuk verifikator", (agencies(2), [])),
    ("dlh1", "ANTREAN", "hanya untuk verifikator dan pimpinan daerah", None),
    ("dlh1", "alihkan LPR-1 Eko", "hanya untuk kepala instansi", None),
    ("dlh1", "cuti 21/12/2026", "Dewi dicatat cuti sampai 21 Des 2026", None),
    ("dlh1", "IZIN 25 Des", "Dewi dicatat izin sampai 25 Des 2026", None),
    # head (Yusuf, DLH) ---------------------------------------------------------------------------------------
    ("head", "ALIHKAN LPR-1 Eko", "LPR-1 dialihkan ke Eko", None),
    ("head", "alihkan lpr-1 +6281100000022", "LPR-1 dialihkan ke Eko", None),
    ("head", "Alihkan LPR-1 ke pak eko", "LPR-1 dialihkan ke Eko", None),
    ("head", "pindahkan LPR-1 dewi", "LPR-1 dialihkan ke Dewi", None),
    ("head", "ALIHKAN LPR-1", "Sebutkan petugasnya", None),
    ("head", "lpr 1 tolong dipegang eko ya", "Alihkan LPR-1 ke Eko?", None),
    ("head", "tolong eko yang pegang lpr 1", "Alihkan LPR-1 ke Eko?", None),
    # a head's TL that only urges the officers on, and how far asked after a word of TL: reach no citizen (both
    # were relayed as the agency's progress)
    ("head", "tl lpr 1 mohon segera ditindaklanjuti", "LPR-1 ditangani", (status(1), "belum_ditindaklanjuti")),
    ("head", "progres lpr 1 berapa persen?", "LPR-1 –", (status(1), "belum_ditindaklanjuti")),
    ("supervisor", "update lpr 1 brp persen", "LPR-1 –", (status(1), "belum_ditindaklanjuti")),
    ("head", "TL LPR-1 sudah saya cek, mohon segera diangkut besok pagi", "Tindak lanjut LPR-1 tercatat",
     (status(1), "proses")),
    # another agency's officer named: said so, with the agency's own officers (it was "not an active officer", or
    # the words read as chasing the complaint)
    ("head", "tolong budi yang pegang lpr 1", "adalah petugas PUPR, bukan DLH", None),
    ("head", "lpr 1 biar pak budi aja yg handle", "adalah petugas PUPR, bukan DLH", None),
    ("head", "ALIHKAN LPR-1 budi", "adalah petugas PUPR, bukan DLH", None),
    ("head", "alihkan lpr 1 ke 0811-0000-0010", "adalah petugas PUPR, bukan DLH", None),
    ("head", "LPR-1 biar dihandle bu dewi saja", "Alihkan LPR-1 ke Dewi?", None),
    # handed in words, a complaint not the agency's is refused before any question of handing it
    ("head", "lpr 2 tolong dihandle dewi ya", "Laporan LPR-2 tidak didisposisikan ke", None),
    ("head", "LPR-2 biar dipegang pak eko aja", "Laporan LPR-2 tidak didisposisikan ke", None),
    ("head", "lpr 9 tolong dihandle dewi ya", "LPR-9 tidak ditemukan", None),
    # handed in Javanese krama and ngoko, Sundanese
    ("head", "nyuwun tulung lpr 1 dipun asta mas eko", "Alihkan LPR-1 ke Eko?", None),
    ("head", "LPR-1 mangga dipunasta Pak Eko nggih", "Alihkan LPR-1 ke Eko?", None),
    ("head", "lpr 1 dicekel eko wae", "Alihkan LPR-1 ke Eko?", None),
    # a head "forwarding" to one of the agency's own officers means handing it over (TERUSKAN is the verifier's)
    ("head", "disposisi lpr 1 ke dewi", "Alihkan LPR-1 ke Dewi?", None),
    ("head", "teruskan lpr 1 ke pak eko ya", "Alihkan LPR-1 ke Eko?", None),
    ("head", "fwd lpr 1 eko", "Alihkan LPR-1 ke Eko?", None),
    ("head", "teruskan lpr 1 ke pupr", "hanya untuk verifikator", None),  # another agency: the verifier's
    ("head", "LPR 1 TOLONG DITERUSKAN KE EKO YA", "Alihkan LPR-1 ke Eko?", None),  # "pass it on to", in capitals
    ("head", "lpr 1 oper ke dewi aja", "Alihkan LPR-1 ke Dewi?", None),
    ("head", "lpr 1 tolong diteruskan ke pupr", "Kembalikan LPR-1 ke verifikator", None),  # another agency
    ("head", "lpr 1 kersane dipuncepeng bu dewi", "Alihkan LPR-1 ke Dewi?", None),
    ("head", "lpr 1 diurusi mas eko bae", "Alihkan LPR-1 ke Eko?", None),
    ("head", "punten, lpr 1 dicepeng ku eko", "Alihkan LPR-1 ke Eko?", None),
    ("head", "CUTI Eko 2026-12-20", "Eko dicatat cuti sampai 20 Des 2026", None),
    ("head", "cuti +6281100000022 20/12/2026", "Eko dicatat cuti sampai 20 Des 2026", None),
    ("head", "cuti eko 20 des", "Eko dicatat cuti sampai 20 Des 2026", None),
    ("head", "CUTI eko 20 Desember", "Eko dicatat cuti sampai 20 Des 2026", None),
    ("head", "cuti eko", "Sampai tanggal berapa", None),
    ("head", "rekap", "Rekap harian DLH", None),
    ("head", "REKAPAN", "Rekap harian DLH", None),
    ("head", "DAFTAR PUPR", "hanya menampilkan disposisi DLH", None),
    ("head", "daftar dinas pu", "hanya menampilkan disposisi DLH", None),
    ("head", "Pagi bu", "Perintah pimpinan", None),
    ("head", "rekapnya mana pak", "Rekap harian DLH", None),
    ("head", "pak, saya minta daftar laporan yang belum dijawab", "DLH yang belum ada tindak lanjut (1)", None),
    ("dlh1", "sy mau daftar cuti", "Sampai tanggal berapa Dewi", None),  # no DAFTAR: leave, its day asked
    ("dlh1", "bagaimana cara daftar?", "Perintah petugas DLH", None),
    ("head", "ANTREAN", "hanya untuk verifikator dan pimpinan daerah", None),
    # how many are still open, asked in a few words: never an INFO to a citizen
    ("head", "berapa yang belum?", "Disposisi terbuka DLH (1)", None),
    ("head", "brp yg blm selesai pak?", "Disposisi terbuka DLH (1)", None),
    ("dlh1", "masih ada berapa yg belum?", "Disposisi terbuka DLH (1)", None),
    ("head", "sisa brp yg blm kelar", "Disposisi terbuka DLH (1)", None),
    # staff18, found by hand: the agency's own code beside it (an INFO to the reporter was offered)
    ("head", "dlh ada brp yg blm kelar", "Disposisi terbuka DLH (1)", None),
    ("dlh1", "dlh masih brp yg blm?", "Disposisi terbuka DLH (1)", None),
    ("dlh1", "pupr ada brp yg blm kelar", "hanya menampilkan disposisi DLH", None),  # another's: refused as DAFTAR
    # staff18, found by hand: a message forwarded from the field (WhatsApp's mark copied, or said) is its news, not
    # TERUSKAN ("TERUSKAN hanya untuk verifikator"); a question of what to do if … is the help, not KEMBALIKAN
    ("dlh1", "[Diteruskan] dari tim lapangan: TPS sudah bersih jam 9 tadi", "Apakah ini jawaban akhir LPR-1",
     (status(1), "belum_ditindaklanjuti")),
    ("dlh1", "Diteruskan dari pak RT: sampah sudah diangkut semua", "Apakah ini jawaban akhir LPR-1", None),
    ("dlh1", "*Diteruskan*\nlg diangkut 2 truk pak", "Catat sebagai kemajuan (TL) LPR-1", None),
    ("verifier", "diteruskan lpr 2 ke pupr", "LPR-2 diteruskan ke Dinas Pekerjaan", None),  # no mark: TERUSKAN
    ("dlh1", "pak maaf mau tanya, kalo laporan yg lokasinya bukan wilayah kita gimana ya", "KEMBALIKAN LPR-<nomor>",
     (status(1), "belum_ditindaklanjuti")),
    ("dlh1", "bu, klo aduannya bukan kewenangan dlh caranya gmn?", "KEMBALIKAN LPR-<nomor>", None),
    # debt: "how" is one set (`bot.staff.vocabulary.HOW_WORDS`): each reader knew its own few spellings
    ("dlh1", "kalo laporannya bukan wilayah kita kepriye pak", "KEMBALIKAN LPR-<nomor>", None),
    ("dlh1", "klo bukan kewenangan kita priben mas?", "KEMBALIKAN LPR-<nomor>", None),
    ("dlh1", "kepriye iki pak?", "Perintah petugas DLH", None),
    ("dlh1", "gmana ya bu", "Perintah petugas DLH", None),
    ("supervisor", "no 1 kabare priye", "Rinciannya: STATUS LPR-1", None),
    ("head", "kabarnya lpr 1 gimna bu", "Rinciannya: STATUS LPR-1", None),
    ("dlh1", "lpr 1 bukan wilayah kita pak, itu masuk kabupaten sebelah", "Kembalikan LPR-1 ke verifikator", None),
    # staff18, found by hand: whether it is done yet asked by its words, no reference (it was offered as a TL)
    ("head", "yg di pasar itu udah diangkut blm sih", "LPR-1 –", (status(1), "belum_ditindaklanjuti")),
    ("dlh1", "yg di pasar srimangunan udah diangkut blm ya", "LPR-1 –", (status(1), "belum_ditindaklanjuti")),
    # how an agency is doing: its REKAP
    ("head", "gimana dlh pak?", "Rekap harian DLH", None),
    ("supervisor", "gimana pupr?", "Rekap harian PUPR", None),
    ("supervisor", "bagaimana kabar dinas lingkungan hidup?", "Rekap harian DLH", None),
    ("supervisor", "dlh gmn bu", "Rekap harian DLH", None),
    ("supervisor", "pupr aman?", "Rekap harian PUPR", None),
    # the complaints named beside the agency ("laporan pupr gmn", "aduan dlh gimana?"): still its REKAP
    ("head", "laporan dlh gmn", "Rekap harian DLH", None),
    ("head", "laporan pupr gmn", "REKAP dari nomor ini berisi instansi Anda, DLH", None),  # another agency: refused
    ("supervisor", "aduan dlh gimana pak?", "Rekap harian DLH", None),
    ("supervisor", "pengaduan pupr bagaimana kabarnya", "Rekap harian PUPR", None),
    ("supervisor", "laporan gmn caranya?", "Perintah pimpinan", None),  # no agency: how to ask is help
    ("supervisor", "dlh gimana bu, sdh sampai mana?", "Rekap harian DLH", None),
    ("supervisor", "gimana caranya?", "Perintah pimpinan", None),
    # a summary named beside "gimana" is asked for; how to ask for it is still help
    ("supervisor", "gimana rekap hari ini pak", "Rekap daerah · hari ini", None),
    ("head", "Rekapnya gmn bu?", "Rekap harian DLH", None),
    ("supervisor", "antrean gimana pak", "Menunggu verifikasi", None),
    ("head", "gimana caranya minta rekap?", "Perintah pimpinan", None),
    ("supervisor", "lpr 1 kok lama bgt?", "Isi: Sampah di TPS", None),  # slow, asked: its STATUS
    ("supervisor", "laporan no 1 kok lambat sekali penanganannya", "Isi: Sampah di TPS", None),
    # why it is not done yet: its STATUS, never a TL of the words for the citizen
    ("head", "lpr 1 kok blm beres2", "Isi: Sampah di TPS", None),
    ("head", "lpr 1 kenapa belum dikerjakan", "Isi: Sampah di TPS", None),
    ("supervisor", "laporan no 1 blm ditangani jg?", "Isi: Sampah di TPS", None),
    ("dlh1", "lpr 1 sdh beres, foto menyusul", "Catat sebagai kemajuan (TL) LPR-1?", None),  # the answer to come
    # ... and in Javanese
    ("supervisor", "piye kabare pupr?", "Rekap harian PUPR", None),
    ("supervisor", "dlh pripun pak?", "Rekap harian DLH", None),
    ("supervisor", "laporan sing durung rampung piro?", "Disposisi terbuka per instansi", None),
    ("supervisor", "rekap minggu iki", "Rekap daerah · minggu ini", None),
    ("supervisor", "rekap dlh sasi iki", "Rekap DLH · bulan ini", None),
    # verifier (Rina) -------------------------------------------------------------------------------------------
    ("verifier", "TERUSKAN LPR-2 DLH", "LPR-2 diteruskan ke Dinas Lingkungan Hidup", (agencies(2), ["DLH"])),
    ("verifier", "tanya ke pelapor lpr 2, sampahnya di sebelah mana?", "Pertanyaan dikirim ke pelapor LPR-2",
     (status(2), "tertunda")),
    ("dlh1", "tanya ke pelapor lpr 1 sejak kapan menumpuk?", "Pertanyaan untuk pelapor LPR-1 sudah dikirim", None),
    ("verifier", "teruskan lpr 2 dlh pupr", "LPR-2 diteruskan", (agencies(2), ["DLH", "PUPR"])),
    ("verifier", "TERUSKAN LPR-2 dinas pekerja umum", "Pekerjaan Umum", (agencies(2), ["PUPR"])),
    ("verifier", "trusKan LPR-2 dlh", "diteruskan ke Dinas Lingkungan Hidup", (agencies(2), ["DLH"])),
    ("verifier", "disposisikan LPR-2 ke dlh", "diteruskan ke Dinas Lingkungan Hidup", (agencies(2), ["DLH"])),
    ("verifier", "fwd LPR-2 DLH, Dinas Sosial", "LPR-2 diteruskan", (agencies(2), ["DINSOS", "DLH"])),
    ("verifier", "TERUSKAN LPR-2 1", "diteruskan ke Dinas Pekerjaan Umum", (agencies(2), ["PUPR"])),
    # a reason after the agencies is no agency
    ("verifier", "TERUSKAN LPR-2 ke pupr lagi ya, itu jalan kabupaten", "LPR-2 diteruskan", (agencies(2), ["PUPR"])),
    ("verifier", "teruskan lpr 2 dlh krn sampahnya di pasar", "LPR-2 diteruskan", (agencies(2), ["DLH"])),
    ("verifier", "TERUSKAN LPR-2 dins", "cocok dengan beberapa instansi", (agencies(2), [])),
    ("verifier", "TERUSKAN LPR-2", "Sebutkan instansinya", None),
    ("verifier", "TERUSKAN LPR-2 kantor pos", "tidak dikenali", (agencies(2), [])),
    ("verifier", "teruskan no 2 ke dlh", "LPR-2 diteruskan", (agencies(2), ["DLH"])),
    ("verifier", "TERUSKAN LPR–2 DLH", "LPR-2 diteruskan", (agencies(2), ["DLH"])),  # en dash: a phone's autocorrect
    ("verifier", "tolong teruskan laporan 2 ke pu", "LPR-2 diteruskan", (agencies(2), ["PUPR"])),
    ("verifier", "tunda LPR-2 mohon alamat lengkapnya", "statusnya tertunda", (status(2), "tertunda")),
    ("verifier", "TUNDA lpr 2 kapan mulai menumpuk?", "statusnya tertunda", None),
    ("verifier", "TUNDA LPR-2 sampai senin", "tidak terbaca sebagai pertanyaan", (status(2), "belum_terverifikasi")),
    ("dlh1", "INFO LPR-1 tim ke lokasi minggu depan", "TL LPR-1 tim ke lokasi minggu depan",
     (status(1), "belum_ditindaklanjuti")),
    ("dlh1", "TUNDA LPR-1 menunggu anggaran bulan depan",
     "TL LPR-1 Pekerjaan ditunda sementara: menunggu anggaran bulan depan", None),
    ("dlh1", "TUNDA LPR-1 kapan bapak bisa ditemui di lokasi?", "Pertanyaan untuk pelapor LPR-1 sudah dikirim",
     (status(1), "tertunda")),
    ("verifier", "arsipkan LPR-2 laporan ganda spam", "LPR-2 diarsipkan", (status(2), "diarsipkan")),
    ("verifier", "arsip LPR-2 bukan pengaduan", "LPR-2 diarsipkan", None),
    ("verifier", "GABUNG LPR-2 LPR-1", "LPR-2 digabung ke LPR-1", None),
    # a duplicate said without its parent: the likely parents of the complaint waiting (none like LPR-2 here)
    ("verifier", "gabung aja sama yg kemarin", "mirip dengan LPR-2 (Jalan kabupaten",
     (status(2), "belum_terverifikasi")),
    ("verifier", "ini sama dengan laporan kemarin", "GABUNG LPR-2 LPR-<induk>", (status(2), "belum_terverifikasi")),
    ("verifier", "dobel sama laporan kemarin pak", "mirip dengan LPR-2", None),
    ("verifier", "podo karo sing wingi", "mirip dengan LPR-2", None),
    ("verifier", "lpr 2 dobel", "mirip dengan LPR-2", None),
    ("verifier", "GABUNG LPR-2", "mirip dengan LPR-2", (status(2), "belum_terverifikasi")),
    # a complaint said valid: forwarded to its first suggestion on YA
    ("verifier", "LPR-2 valid", "Teruskan LPR-2 (Jalan kabupaten", (status(2), "belum_terverifikasi")),
    ("verifier", "lpr 2 sdh valid", "ke PUPR, saran pertama", (status(2), "belum_terverifikasi")),
    ("verifier", "valid lpr 2", "ke PUPR, saran pertama", None),
    ("verifier", "lpr 2 valid ya bu", "ke PUPR, saran pertama", None),
    ("verifier", "LPR-2 sudah diverifikasi", "ke PUPR, saran pertama", None),
    ("verifier", "no 2 acc, lanjut", "ke PUPR, saran pertama", None),
    ("verifier", "lpr2 valid 👍", "ke PUPR, saran pertama", None),
    ("verifier", "lpr 1 valid", "LPR-1 sudah diteruskan ke DLH", None),
    ("verifier", "gabungkan lpr 2 lpr 1", "LPR-2 digabung ke LPR-1", None),
    ("verifier", "gabung no 2 ke no 1", "LPR-2 digabung ke LPR-1", None),
    ("verifier", "antrean", "Menunggu verifikasi (1)", None),
    ("verifier", "ANTRIAN", "Menunggu verifikasi (1)", None),
    ("verifier", "antri", "Menunggu verifikasi (1)", None),
    ("verifier", "Bantuan 🙏", "Perintah verifikator", None),
    ("verifier", "hai", "Halo Rina", None),
    ("verifier", "TL LPR-1 sudah", "hanya untuk petugas penghubung instansi", None),
    # supervisor (Sekda) ----------------------------------------------------------------------------------------
    ("supervisor", "ANTREAN", "Menunggu verifikasi (1)", None),
    ("supervisor", "REKAP", "Rekap harian daerah", None),
    ("supervisor", "DAFTAR", "Disposisi terbuka per instansi", None),
    ("supervisor", "daftar dlh", "Disposisi terbuka DLH (1)", None),
    ("supervisor", "DAFTAR dlh yg belum direspon", "Disposisi DLH yang belum ada tindak lanjut (1)", None),
    ("supervisor", "daftar semua", "Disposisi terbuka per instansi", None),
    # what is late at one agency, asked in words (an evening's question): that agency's, not the region's
    ("supervisor", "yg overdue dlh brp?", "disposisi DLH yang melewati batas", None),
    ("supervisor", "selamat malam pak, laporan dinas lingkungan hidup yg molor mana aja", "disposisi DLH yang mel",
     None),
    ("supervisor", "pupr ada yg telat?", "Tidak ada disposisi terbuka untuk PUPR", None),
    # how one agency is doing, after a greeting or a courtesy (the evening's "malam pak, …")
    ("supervisor", "malam pak, pupr gmn?", "Rekap harian PUPR", None),
    ("supervisor", "selamat sore bu, dinas lingkungan hidup bagaimana?", "Rekap harian DLH", None),
    ("supervisor", "assalamualaikum pak, dlh aman?", "Rekap harian DLH", None),
    ("supervisor", "punten pak, pupr kumaha?", "Rekap harian PUPR", None),
    ("supervisor", "dlh wis piye?", "Rekap harian DLH", None),
    ("supervisor", "pupr ayeuna kumaha?", "Rekap harian PUPR", None),
    ("supervisor", "yg telat pu pr apa aja", "Tidak ada disposisi terbuka untuk PUPR", None),  # "pr" is no task here
    ("supervisor", "laporan dinas yg telat apa aja?", "disposisi yang melewati batas", None),  # no agency named
    ("supervisor", "daftar yang belum ada TL", "Disposisi yang belum ada tindak lanjut (1):\n• LPR-1 DLH", None),
    ("verifier", "ada yang belum ditanggapi?", "Disposisi yang belum ada tindak lanjut (1)", None),
    ("supervisor", "STATUS LPR-2", "LPR-2 –", None),
    ("supervisor", "status LPR—2", "LPR-2 –", None),
    ("supervisor", "status nomor 2", "LPR-2 –", None),
    ("supervisor", "selamat malam bu, mohon maaf mengganggu, rekap hari ini ada?", "Rekap daerah · hari ini", None),
    ("supervisor", "boleh minta rekapnya dinas lingkungan hidup minggu ini?", "Rekap DLH · minggu ini", None),
    ("verifier", "tolong kirimkan antreannya", "Menunggu verifikasi (1)", None),
    ("supervisor", "selamat siang", "ANTREAN", None),
    ("supervisor", "TERUSKAN LPR-2 DLH", "hanya untuk verifikator", None),
    # who holds a complaint, asked in the region's words and forms (Javanese krama and ngoko, Sundanese, "PIC")
    ("supervisor", "nyuwun sewu, lpr 1 sinten ingkang ngasta?", "LPR-1 ditangani:\n• DLH: Dewi", None),
    ("supervisor", "lpr 1 dipegang sopo?", "LPR-1 ditangani:\n• DLH: Dewi", None),
    ("supervisor", "sapa nu nyekel lpr 1", "LPR-1 ditangani:\n• DLH: Dewi", None),
    ("supervisor", "PIC lpr 1 siapa", "LPR-1 ditangani:\n• DLH: Dewi", None),
    ("head", "LPR 1 ingkang nyepeng sinten nggih?", "LPR-1 ditangani: Dewi", None),
    ("head", "lpr 1 sing nyekel sopo?", "LPR-1 ditangani: Dewi", None),
    ("dlh2", "lpr 1 sing ngasta sinten mas?", "LPR-1 ditangani: Dewi", None),
    ("dlh2", "lpr 1 pelapore sinten?", "Pelapor LPR-1", None),  # the reporter, not the holder
    # work said done in a passive with no doer, in the region's words too (Javanese krama and ngoko, Sundanese,
    # Madurese, "d" for "di"): asked as the final answer, as "sdh kami angkut" is, never offered as a TL
    ("dlh1", "lpr 1 sampun dipun resiki", "Apakah ini jawaban akhir LPR-1", (status(1), "belum_ditindaklanjuti")),
    ("dlh1", "lpr 1 wes didandani pak", "Apakah ini jawaban akhir LPR-1", None),
    ("dlh1", "no 1 uwis diresiki kabeh", "Apakah ini jawaban akhir LPR-1", None),
    ("dlh1", "LPR-1 tos dibersihan pak", "Apakah ini jawaban akhir LPR-1", None),
    ("dlh1", "lpr 1 ampon ebersihagi", "Apakah ini jawaban akhir LPR-1", None),
    ("dlh1", "lpr 1 la mareh pak", "Apakah LPR-1 sudah tuntas", None),
    ("dlh1", "lpr 1 ampon e angkut kabbhi", "Apakah ini jawaban akhir LPR-1", None),  # Madurese "e" apart
    ("dlh1", "lpr 1 gi' proses pak", "TL LPR-1 gi' proses", None),  # Madurese "still", as "msh proses"
    ("dlh1", "lpr 1 sdh d bersihkan", "Apakah ini jawaban akhir LPR-1", None),
    ("dlh1", "lpr 1 wis resik saiki", "Apakah ini jawaban akhir LPR-1", None),
    ("dlh1", "sampahnya sudah teratasi pak", "Apakah ini jawaban akhir LPR-1", None),  # its only open one
    ("dlh1", "lpr 1 sampun dipun resiki, benjing dipun cat", "Catat sebagai kemajuan (TL) LPR-1", None),  # more
    ("dlh1↩", "sampun dipun resiki pak", "Apakah ini jawaban akhir LPR-1", (status(1), "belum_ditindaklanjuti")),
    ("dlh1↩", "wes didandani", "Apakah ini jawaban akhir LPR-1", None),
    # on the way to the site, said short: progress in the catalogue's words, not "otw pak" relayed
    ("dlh1↩", "otw pak", "Tindak lanjut LPR-1 tercatat", ON_THE_WAY),
    ("dlh1↩", "lagi otw ke lokasi", "Tindak lanjut LPR-1 tercatat", ON_THE_WAY),
    ("dlh1↩", "siap ndan, meluncur", "Tindak lanjut LPR-1 tercatat", ON_THE_WAY),
    ("dlh1↩", "nggih, sampun mangkat", "Tindak lanjut LPR-1 tercatat", None),
    ("dlh1↩", "tim otw bawa 2 truk", "Tindak lanjut LPR-1 tercatat", (last_to(CITIZEN), "tim otw bawa 2 truk")),
    ("dlh1", "otw pak", "Catat sebagai kemajuan (TL) LPR-1", (status(1), "belum_ditindaklanjuti")),
    ("dlh1", "lg otw ke tkp", "TL LPR-1 Petugas sedang menuju lokasi.", None),
    ("dlh1", "lpr 1 otw", "TL LPR-1 Petugas sedang menuju lokasi.", None),
    ("dlh1", "on the way pak", "Catat sebagai kemajuan (TL) LPR-1", None),
    # a photo with no words of substance: the photo is the TL, the words the catalogue's, never "ini pak"
    ("dlh1↩📷", "ini pak", "Tindak lanjut LPR-1 tercatat", (last_to(CITIZEN), "(lampiran)")),
    ("dlh1↩📷", "nih", "Tindak lanjut LPR-1 tercatat", (last_to(CITIZEN), "(lampiran)")),
    ("dlh1↩📷", "sudah pak 🙏", "Tindak lanjut LPR-1 tercatat", (last_to(CITIZEN), "(lampiran)")),
    ("dlh1↩📷", "fotonya pak, kondisi terkini", "Tindak lanjut LPR-1 tercatat", (last_to(CITIZEN), "(lampiran)")),
    ("dlh1📷", "ini bu", "untuk LPR-1 kami simpan sementara", (status(1), "belum_ditindaklanjuti")),
    ("dlh1↩📷", "update terbaru pak, foto before after", "Tindak lanjut LPR-1 tercatat",
     (last_to(CITIZEN), "(lampiran)")),
    ("dlh1↩", "sdg dlm perjalanan ke lokasi pak", "Tindak lanjut LPR-1 tercatat", ON_THE_WAY),
    ("dlh1↩", "nuju angkat ka lokasi", "Tindak lanjut LPR-1 tercatat", ON_THE_WAY),  # Sundanese
    ("dlh1", "lpr 1 ampon e tambal, sisa e aspal lagguna", "Catat sebagai kemajuan (TL) LPR-1", None),  # Madurese
    # a verifier's other complaint "not yet": nothing recorded, and what sends it on
    ("verifier", "lpr 1 sdh ke dlh, lpr 2 belum", "LPR-2 belum diteruskan", (status(2), "belum_terverifikasi")),
    ("verifier", "lpr 2 belum ya pak", "TERUSKAN LPR-2 <instansi>", None),
    ("verifier", "no 2 dereng", "LPR-2 belum diteruskan", None),
    # a verifier's "done" ("lpr 2 sdh"): the verifier's own step, forwarding, is what it can mean; nothing recorded
    ("verifier", "lpr 2 sdh", "LPR-2 belum diteruskan ke instansi", (status(2), "belum_terverifikasi")),
    ("verifier", "LPR-2 udah beres bu", "ARSIPKAN LPR-2 <alasan>", (status(2), "belum_terverifikasi")),
    ("verifier", "no 2 sampun nggih", "TERUSKAN LPR-2 <instansi>", None),
    # a verifier correcting a wrong disposition in words: moving it from the one agency holding it to the right one
    # is asked about (verifier2: TARIK … KE …, the wrong one taken back); a wrong address is no disposition
    ("verifier", "maaf lpr 1 salah dispo, harusnya ke pupr", "Pindahkan LPR-1 dari DLH ke PUPR?",
     (agencies(1), ["DLH"])),
    ("verifier", "lpr 1 salah dispo, harusnya ke pupr", "Pindahkan LPR-1 dari DLH ke PUPR?", None),
    ("verifier", "lpr 1 seharusnya ke pupr bukan dlh", "Pindahkan LPR-1 dari DLH ke PUPR?", None),
    ("verifier", "lpr 1 pindah ke pupr aja", "Pindahkan LPR-1 dari DLH ke PUPR?", None),
    # the wrong agency questioned first, the right one after "harusnya" (staff21: "LPR-1 sudah ada di DLH" answered
    # the wrong one back as if it were asked for)
    ("verifier", "lho lpr 1 kok ke dlh, harusnya pu", "Pindahkan LPR-1 dari DLH ke PUPR?", (agencies(1), ["DLH"])),
    ("verifier", "lpr 1 knp ke dlh? mestinya pupr", "Pindahkan LPR-1 dari DLH ke PUPR?", None),
    ("verifier", "LPR-1 td sy kirim ke DLH, harusnya PUPR", "Pindahkan LPR-1 dari DLH ke PUPR?", None),
    ("verifier", "lpr 1 kok di dlh sih, seharusnya ke dinas pu", "Pindahkan LPR-1 dari DLH ke PUPR?", None),
    ("verifier", "lpr1 bukan ke dlh tp ke pupr", "Pindahkan LPR-1 dari DLH ke PUPR?", None),
    ("verifier", "lpr 1 ke dlh, harusnya cepat ya", "LPR-1 sudah ada di DLH", None),  # no agency after it
    ("verifier", "waduh lpr 1 salah dispo ke dlh, mestinya ke pupr", "Pindahkan LPR-1 dari DLH ke PUPR?", None),
    ("verifier", "lpr 1 harusnya selesai minggu ini ya", "Perintah tidak dikenali", None),
    ("verifier", "lpr 1 batal ke dlh, ke pupr aja", "Pindahkan LPR-1 dari DLH ke PUPR?", (agencies(1), ["DLH"])),
    ("verifier", "lpr 1 gak jadi ke dlh, pupr aja", "Pindahkan LPR-1 dari DLH ke PUPR?", None),
    ("verifier", "lpr 1 jgn ke dlh; ke dinas pu", "Pindahkan LPR-1 dari DLH ke PUPR?", None),
    # whether it is still with an agency, asked: where it is now
    ("verifier", "lpr 1 masih di dlh ga?", "• Di DLH (", None),
    ("verifier", "lpr 1 masih dipegang dlh kah", "• Di DLH (", None),
    ("dlh1", "lpr 1 masih di kita?", "• Di DLH (", None),
    ("verifier", "lpr 1 salah alamat, harusnya di jl melati", "Perintah tidak dikenali", None),
    ("verifier", "lpr 1 sdh", "LPR-1 sudah diteruskan ke DLH", (status(1), "belum_ditindaklanjuti")),
    ("verifier", "lpr 1 sudah selesai ya bu", "jawaban akhirnya dikirim DLH", None),
    # work left to do after a step done ("tinggal angkut batangnya", Javanese "kari", krama "kantun"): no final answer
    ("dlh1", "lpr 1 pohon sdh dipotong, tinggal angkut batangnya", "Catat sebagai kemajuan (TL) LPR-1", None),
    ("dlh1", "lpr 1 sampun dipun resiki, kantun ngangkut", "Catat sebagai kemajuan (TL) LPR-1", None),
    ("dlh1↩", "wis diresiki, kari ngecat", "Tindak lanjut LPR-1 tercatat", (status(1), "proses")),
    # its deadline asked: STATUS says it beside the disposition
    ("dlh1", "lpr 1 kapan deadline nya?", "DLH (terbuka, batas ", None),
    ("supervisor", "STATUS LPR-1", "DLH (terbuka, batas ", None),
    ("verifier", "lpr 1 dispo ke dlh sdh ya bu", "LPR-1 sudah ada di DLH", None),  # asked whether done: it is
    ("dlh1", "lpr 1 dipun tebang enjing niki", "Catat sebagai kemajuan (TL) LPR-1", None),  # Javanese times
    ("dlh1", "lpr 1 mangke sonten dipun angkut", "Catat sebagai kemajuan (TL) LPR-1", None),
    # whether it was returned, asked: no return asked about
    ("dlh1", "lpr 1 nopo sampun dipun wangsulaken?", "LPR-1 –", (status(1), "belum_ditindaklanjuti")),
    ("dlh1", "lpr 1 sdh dikembalikan blm?", "LPR-1 –", None),
    ("supervisor", "dlh bade pripun niki?", "Rekap harian DLH", None),
    ("supervisor", "lpr 1 kok suwi?", "LPR-1 –", None),  # East Javanese "suwi", Sundanese "lila", Madurese "abit"
    ("head", "lpr 1 kok lila pisan?", "LPR-1 –", None),
    ("dlh1↩", "sampun kulo cek piyambak, lampune sampun murup", "Apakah ini jawaban akhir LPR-1", None),  # lit
    ("dlh1", "lpr 1 lampune wis urip maneh", "Apakah ini jawaban akhir LPR-1", None),
    ("dlh1", "lpr 1 lampuna tos hurung deui", "Apakah ini jawaban akhir LPR-1", None),  # Sundanese
    # a change of the directory said in the chat (a transfer, a new number): who records it, nothing else done
    ("dlh1", "sy pindah tugas mulai bulan depan pak, nomor ini tdk dipakai lagi", "verifikator: Rina", None),
    ("dlh1", "izin pak, sy sdh dimutasi ke bappeda", "verifikator: Rina", None),
    ("dlh1", "mulai besok sy ganti nomor wa ya pak", "verifikator: Rina", None),
    ("dlh1", "lpr 1 pipa sdh diganti nomor seri baru", "Apakah ini jawaban akhir LPR-1?", None),  # the work, done
    # a verifier's forward with "juga" between; a question for the reporter asked of them in words: TUNDA shown
    ("verifier", "lpr 2 jg ke dlh ya", "Teruskan LPR-2 ke DLH?", (status(2), "belum_terverifikasi")),
    # the "also" or a tag after the agency ("ke pupr jg ya", "ke dlh dulu aja bu", "pupr jga ya ndan") is no name
    ("verifier", "lpr 2 ke pupr jg ya", "Teruskan LPR-2 ke PUPR?", (status(2), "belum_terverifikasi")),
    # a verifier working down the queue types the bare number: read as LPR-n only before agencies alone
    ("verifier", "2 ke pupr juga", "Teruskan LPR-2 ke PUPR?", (status(2), "belum_terverifikasi")),
    ("verifier", "2 pupr", "Teruskan LPR-2 ke PUPR?", (status(2), "belum_terverifikasi")),
    ("verifier", "2 ke dinas pu ya", "Teruskan LPR-2 ke PUPR?", None),
    ("verifier", "ok 2 ke pupr", "Teruskan LPR-2 ke PUPR?", None),
    ("verifier", "2 hari lagi ke pupr", "", (status(2), "belum_terverifikasi")),  # a count, no complaint
    ("verifier", "3 truk ke dlh", "", (status(2), "belum_terverifikasi")),
    ("verifier", "9 ke pupr", "", (status(2), "belum_terverifikasi")),  # no LPR-9: nothing asked about it
    ("verifier", "lpr 2 ke dlh dulu aja bu", "Teruskan LPR-2 ke DLH?", None),
    ("verifier", "lpr 2 ke pupr jga ya ndan", "Teruskan LPR-2 ke PUPR?", None),
    ("verifier", "TERUSKAN LPR-2 pupr jg", "LPR-2 diteruskan ke Dinas Pekerjaan Umum", None),
    ("verifier", "lpr 2 minta lokasi lengkapnya ke pelapor", "Tidak ada yang dicatat. Untuk bertanya ke pelapor LPR-2",
     (status(2), "belum_terverifikasi")),
    ("verifier", "lpr 2 tolong ditanyakan ke pelapor ada fotonya?", "Untuk bertanya ke pelapor LPR-2, kirim", None),
    # who has not followed up yet, asked in Javanese: the unanswered list
    ("supervisor", "sinten ingkang dereng nindaklanjuti?", "belum ada tindak lanjut", None),
    # how the complaints are doing, asked by a leader: REKAP, of the period named
    ("supervisor", "sugeng siang bu, pripun kabare laporan minggu niki?", "Rekap daerah · minggu ini", None),
    ("head", "gimana laporannya pak?", "Rekap harian DLH", None),
    # notices asked after ("kok sy gak dpt notif?"): how they reach staff, never a question for a citizen
    ("dlh1", "lpr 1 kok sy gak dpt notif ya pak?", "Pemberitahuan disposisi dikirim ke nomor", None),
    ("dlh1", "notifnya blm masuk bu", "Pemberitahuan disposisi dikirim ke nomor", None),
    ("dlh1", "lpr 1 tim sdh memberi pemberitahuan ke pedagang, blm ada respon", "Catat sebagai kemajuan (TL) LPR-1",
     None),  # the work's own notice
    # what still needs doing, asked: the plate (DAFTAR), never a question for a citizen
    ("head", "ada yg perlu sy tindak lanjuti?", "Disposisi terbuka DLH", None),
    ("dlh1", "apa ada yg harus dikerjakan hari ini?", "Disposisi terbuka DLH", None),
    # an obstacle or an estimate is news of the work
    ("dlh1", "Izin pak, untuk LPR 1 kendala di lapangan pipa utama, perlu galian, estimasi 3 hari",
     "Catat sebagai kemajuan (TL) LPR-1", None),
    ("dlh1", "lpr 1 ada hambatan, alat berat rusak", "Catat sebagai kemajuan (TL) LPR-1", None),
    # moving it elsewhere asked with agencies joined by "atau", "/", swiped too: KEMBALIKAN asked, nothing relayed
    ("dlh1↩", "Mohon maaf bu, laporan ini terkait jalan, mohon dialihkan ke PUPR atau Dinkes",
     "Kembalikan LPR-1 ke verifikator", (status(1), "belum_ditindaklanjuti")),
    ("dlh1", "lpr 1 mohon dilimpahkan ke pupr / dinsos", "Kembalikan LPR-1 ke verifikator", None),
    # an emoji before the words is no part of the citizen's text
    ("dlh1↩", "👍 sdh kami angkut semua pak", '"sdh kami angkut semua"', None),
    # a citizen's complaint that came another way (at the office, by phone, a letter, a private chat): how it gets
    # filed, the story shown for YA to file it from the staff number; nothing recorded
    ("dlh1", "ada warga datang ke kantor lapor jalan rusak di jl. sudirman depan masjid",
     '"jalan rusak di jl. sudirman depan masjid"', (status(1), "belum_ditindaklanjuti")),
    ("dlh1", "pak tadi ada ibu2 telpon ke kantor mengeluh lampu jalan mati di desa sukamaju",
     '"lampu jalan mati di desa sukamaju"', None),
    ("head", "Izin pak, barusan masyarakat dtg langsung ke kantor, melaporkan saluran air mampet di perumahan asri",
     '"saluran air mampet di perumahan asri"', None),
    ("verifier", "wonten warga rawuh dhateng kantor, wadul dalan rusak ing desa kedungsari",
     '"dalan rusak ing desa kedungsari"', None),
    ("dlh2", "ada yg japri sy pak, warga ngadu sampah numpuk di pasar lama", '"sampah numpuk di pasar lama"',
     None),
    ("dlh1", "tim sdh koordinasi dgn warga sekitar, besok diangkut", "Catat sebagai kemajuan (TL) LPR-1", None),
    ("dlh1", "warga sekitar bilang sampahnya sdh diangkut semua", "Apakah ini jawaban akhir LPR-1", None),
    # how to use it, asked in krama Javanese or Sundanese (an older officer's first message): the role's help
    ("dlh1", "nyuwun pangapunten, kulo dereng mudheng caranipun", "Perintah petugas DLH", None),
    ("dlh1", "punten, abdi teu acan ngartos carana", "Perintah petugas DLH", None),
    ("dlh1", "ngapunten pak, kulo mboten ngertos", "Perintah petugas DLH", None),
    # an apology for interrupting before the reference ("nyuwun sewu, …") is no part of the citizen's text
    ("dlh1", "nyuwun sewu, lpr 1 sampun dipun resiki, sampun sae malih", '“sampun dipun resiki, sampun sae malih”',
     None),
    # a young officer's slang: "gw otw bro" is on the way; "oke sip mantul" only acknowledges
    ("dlh1", "lpr 1 gw otw bro", "TL LPR-1 Petugas sedang menuju lokasi.", None),
    ("dlh1↩", "gue otw ke tkp gan", "Tindak lanjut LPR-1 tercatat", ON_THE_WAY),
    ("dlh1", "oke sip mantul", "Baik, terima kasih", None),
    ("dlh1", "wokeh siap bos", "Baik, terima kasih", None),
    # a head who passed a notice on to an officer outside the chat: nothing recorded, ALIHKAN shown for that officer
    ("head", "sdh sy forward ke eko ya", "ALIHKAN LPR-1 Eko", (status(1), "belum_ditindaklanjuti")),
    ("head", "udh sy fwd ke bu dewi", "ALIHKAN LPR-1 Dewi", None),
    ("head", "sampun kulo terasaken dhateng mas eko", "ALIHKAN LPR-1 Eko", None),
    ("head", "sudah saya teruskan ke eko", "ALIHKAN LPR-1 Eko", (status(1), "belum_ditindaklanjuti")),
    ("dlh1", "sdh sy fwd ke kabid", "Baik, terima kasih", (status(1), "belum_ditindaklanjuti")),
    # what is new or still open, asked short ("ada yg baru?", "dlh berapa yg blm"), and a period's figures
    ("verifier", "ada yg baru?", "Menunggu verifikasi (1)", None),
    ("verifier", "yg baru masuk apa aja bu", "Menunggu verifikasi (1)", None),
    ("dlh1", "ada yg baru gak", "Disposisi terbuka DLH (1)", None),
    ("supervisor", "dlh berapa yg blm", "Disposisi terbuka DLH (1)", None),
    ("supervisor", "sisa brp yg blm kelar di dlh?", "Disposisi terbuka DLH (1)", None),
    ("supervisor", "minta data bulan ini", "Rekap daerah · bulan ini", None),
    ("head", "minta datanya minggu ini pak", "Rekap DLH · minggu ini", None),
    # away on duty said of oneself with a day (dinas luar, DL, diklat, bimtek): leave as the directory counts it
    ("head", "besok sy dinas luar sampai jumat, eko yg handle", "tercatat sebagai pengganti (Plh)", None),
    # and said so back in its own words (dinas luar is no cuti), typed without "sy" too when it opens the message
    # a head's own title: the head's leave ("kadis ," was "no officer")
    ("head", "kadis cuti sampai jumat, plh eko", "Yusuf dicatat cuti", (away("Yusuf"), True)),
    ("head", "KEPALA DINAS cuti s/d jumat", "Yusuf dicatat cuti", (away("Yusuf"), True)),
    ("head", "cuti dewi sampai jumat", "Dewi dicatat cuti", (away("Yusuf"), False)),  # an officer named
    ("dlh1", "besok sy diklat sampai rabu", "Dewi dicatat diklat mulai", (away("Dewi"), True)),
    ("dlh1", "mohon izin pak, sy DL tgl 21-23 des", "Dewi dicatat dinas luar mulai", None),
    ("dlh1", "diklat tgl 14 sd 16 des", "Dewi dicatat diklat mulai", (away("Dewi"), True)),
    ("dlh2", "izin pak, besok dinas luar kota sampai jumat", "Eko dicatat dinas luar mulai", None),
    ("dlh2", "bsk perjadin ke provinsi s/d kamis", "Eko dicatat dinas luar mulai", None),
    ("dlh2", "Mohon izin, hari ini sampai rabu saya bimtek di Surabaya", "Eko dicatat bimtek sampai", None),
    ("dlh1", "sy cuti tgl 14 sd 16 des, ada hajatan", "Dewi dicatat cuti mulai", None),
    # a head's own leave ahead: what comes to heads meanwhile goes to their Plh or the region's leaders, not to
    # "a colleague or the head of the agency"
    ("head", "cuti sy tgl 14 sd 18 des", "selama cuti dikirim ke Plh yang Anda tunjuk", None),
    ("dlh1", "besok tim dinas luar ke lokasi sampai jumat", "", (away("Dewi"), False)),  # the team, not the typist
    ("dlh1", "kadis besok dinas luar sampai jumat", "", (away("Dewi"), False)),
    # which agency does best or worst, asked by a leader: the region's REKAP (its ranking of agencies)
    ("supervisor", "dinas mana yg paling lambat?", "Peringkat instansi", None),
    ("supervisor", "siapa yg paling banyak telat", "Peringkat instansi", None),
    ("supervisor", "opd sing paling alon sopo?", "Peringkat instansi", None),
    # thanks alone, in any role and the region's words: thanked back briefly, never the whole help
    ("dlh1", "makasih pak", "Sama-sama 🙏", None),
    ("dlh1", "siap, terima kasih", "Sama-sama 🙏", None),
    ("dlh1", "nggih suwun", "Sama-sama 🙏", None),
    ("dlh1", "ok mksh bu 🙏", "Sama-sama 🙏", None),
    ("dlh2", "hatur nuhun kang", "Sama-sama 🙏", None),
    ("dlh2", "sakalangkong pak", "Sama-sama 🙏", None),
    ("dlh2", "tengkyu bu", "Sama-sama 🙏", None),
    ("head", "matur nuwun sanget pak", "Sama-sama 🙏", None),
    ("verifier", "makasih pak", "Sama-sama 🙏", None),
    ("verifier", "Terima kasih banyak bu 🙏🙏", "Sama-sama 🙏", None),
    ("supervisor", "suwun mas", "Sama-sama 🙏", None),
    ("supervisor", "trims", "Sama-sama 🙏", None),
    # greetings in the region's words (Javanese, Sundanese, Madurese): the role's help, not "tidak dikenali"
    ("dlh1", "sugeng enjang pak", "Halo Dewi", None),
    ("dlh1", "wilujeng siang bu", "Halo Dewi", None),
    ("verifier", "sampurasun", "Halo Rina", None),
    # the head's stand-in named in Javanese or Sundanese beside their own leave
    ("head", "kulo benjing cuti, mas eko ingkang ngasta", "Eko tercatat sebagai pengganti (Plh)", None),
    ("head", "sy cuti besok, sing nyekel eko", "tercatat sebagai pengganti (Plh)", None),
    ("head", "abdi cuti isukan, nu nyepeng eko", "tercatat sebagai pengganti (Plh)", None),
    # the complaint said returned, or not the agency's, swiped too: KEMBALIKAN asked about, nothing relayed
    ("dlh1", "lpr 1 sampun dikembalikan nggih", "Kembalikan LPR-1 ke verifikator",
     (status(1), "belum_ditindaklanjuti")),
    ("dlh1↩", "punten bu, sampun diwangsulaken nggih", "Kembalikan LPR-1 ke verifikator", None),
    ("dlh1↩", "mohon maaf pak ini bukan ranah DLH, mestinya ke PUPR", "Kembalikan LPR-1 ke verifikator",
     (status(1), "belum_ditindaklanjuti")),
    # a salutation to the bot at the end ("ya pak", "nggih bu 🙏") is no part of what the citizen reads
    ("dlh1", "TL LPR-1 tim sedang cek ke lokasi ya pak", "Tindak lanjut LPR-1 tercatat",
     (last_to(CITIZEN), "tim sedang cek ke lokasi")),
    ("dlh1", "tl lpr 1 sampah sudah diangkut sebagian nggih pak 🙏", "Tindak lanjut LPR-1 tercatat",
     (last_to(CITIZEN), "sampah sudah diangkut sebagian")),
    ("dlh1", "TL LPR-1 besok pagi armada berangkat ke lokasi, ya ndan.", "Tindak lanjut LPR-1 tercatat",
     (last_to(CITIZEN), "besok pagi armada berangkat ke lokasi")),
    ("dlh1↩", "benjing enjing dipun resiki nggih bu", "Tindak lanjut LPR-1 tercatat",
     (last_to(CITIZEN), "benjing enjing dipun resiki")),
    ("dlh1", "TL LPR-1 diangkut nanti sore", "Tindak lanjut LPR-1 tercatat", (last_to(CITIZEN), "diangkut nanti sore")),
    # the number spoken after "lpr" (voice typing: "lpr satu"); a count after the reference stays the text
    ("dlh1", "tl lpr satu tim sudah ke lokasi", "Tindak lanjut LPR-1 tercatat",
     (last_to(CITIZEN), "tim sudah ke lokasi")),
    ("dlh1", "TL LPR SATU sampah sdh diangkut sebagian", "Tindak lanjut LPR-1 tercatat",
     (last_to(CITIZEN), "sampah sdh diangkut sebagian")),
    ("dlh1", "tl lpr 1 satu truk sudah ke lokasi", "Tindak lanjut LPR-1 tercatat",
     (last_to(CITIZEN), "satu truk sudah ke lokasi")),
    # found by hand (staff13): the number spoken after "laporan nomor" (voice typing); "rumah nomor dua" stays text
    ("verifier", "Tolong teruskan laporan nomor dua ke dinas pekerjaan umum dan dinas lingkungan hidup ya",
     "LPR-2 diteruskan ke", (agencies(2), ["DLH", "PUPR"])),
    ("verifier", "laporan nomor dua ke dinas sosial", "Teruskan LPR-2 ke DINSOS?", None),
    ("dlh1", "tl laporan nomor satu tim sudah ke lokasi", "Tindak lanjut LPR-1 tercatat",
     (last_to(CITIZEN), "tim sudah ke lokasi")),
    ("dlh1", "Selesai laporan no satu, sampah sudah diangkut", "Jawaban akhir LPR-1 tercatat", None),
    ("dlh1", "TL LPR-1 sampah di depan rumah nomor dua sudah diangkut", "Tindak lanjut LPR-1 tercatat",
     (last_to(CITIZEN), "sampah di depan rumah nomor dua sudah diangkut")),
    ("dlh1", "TL LPR-1 sudah koordinasi dengan pak RT", "Tindak lanjut LPR-1 tercatat",
     (last_to(CITIZEN), "sudah koordinasi dengan pak RT")),
    # chat address words for the office (bro, gan, bos, cuy, mas bro), at the end or between clauses, stay out too
    ("dlh1", "TL LPR-1 sampah sdh kami angkut bro", "Tindak lanjut LPR-1 tercatat",
     (last_to(CITIZEN), "sampah sdh kami angkut")),
    ("dlh1", "tl lpr 1 armada otw lokasi gan", "Tindak lanjut LPR-1 tercatat", (last_to(CITIZEN), "armada otw lokasi")),
    ("dlh1", "TL LPR-1 sdh diangkut sebagian ya mas bro, sisanya besok", "Tindak lanjut LPR-1 tercatat",
     (last_to(CITIZEN), "sdh diangkut sebagian, sisanya besok")),
    # a tag and an address to the office ending a clause in the middle ("… ya pak, …", "… nggih bu. …") stay out
    # too, and so does an address alone there ("sdh diperbaiki pak, besok dicat", below: a greeting lost is no news)
    ("dlh1", "TL LPR-1 sudah kami perbaiki ya pak, lampu sudah menyala lagi", "Tindak lanjut LPR-1 tercatat",
     (last_to(CITIZEN), "sudah kami perbaiki, lampu sudah menyala lagi")),
    ("dlh1↩", "sampun dipun resiki nggih bu, kantun ngangkut", "Tindak lanjut LPR-1 tercatat",
     (last_to(CITIZEN), "sampun dipun resiki, kantun ngangkut")),
    ("dlh1", "TL LPR-1 truk sdh di lokasi ya bu. Besok diangkut semua ya pak", "Tindak lanjut LPR-1 tercatat",
     (last_to(CITIZEN), "truk sdh di lokasi. Besok diangkut semua")),
    ("dlh1", "TL LPR-1 sdh kami cek yaa pakk!! tinggal tunggu material", "Tindak lanjut LPR-1 tercatat",
     (last_to(CITIZEN), "sdh kami cek!! tinggal tunggu material")),
    ("dlh1", "TL LPR-1 sdh koordinasi dgn RT ya, besok kerja bakti", "Tindak lanjut LPR-1 tercatat",
     (last_to(CITIZEN), "sdh koordinasi dgn RT ya, besok kerja bakti")),  # a tag alone: as typed
    # typed with no marks (voice, capitals): "ya pak" before the next step ("besok", "nanti sore", "tim") goes too,
    # not before a name ("ya pak RT")
    ("dlh1", "TL LPR-1 SDH DICEK YA PAK BESOK DITAMBAL", "Tindak lanjut LPR-1 tercatat",
     (last_to(CITIZEN), "SDH DICEK BESOK DITAMBAL")),
    ("dlh1↩", "sudah kami cek nggih bu nanti sore truk datang", "Tindak lanjut LPR-1 tercatat",
     (last_to(CITIZEN), "sudah kami cek nanti sore truk datang")),
    ("dlh1", "TL LPR-1 sdh koordinasi ya pak RT besok kerja bakti", "Tindak lanjut LPR-1 tercatat",
     (last_to(CITIZEN), "sdh koordinasi ya pak RT besok kerja bakti")),
    ("dlh1", "TL LPR-1 siap bos, truk berangkat jam 10 cuy", "Tindak lanjut LPR-1 tercatat",
     (last_to(CITIZEN), "truk berangkat jam 10")),
    ("dlh1", "tl lpr 1 bro tim sdh di lokasi broo", "Tindak lanjut LPR-1 tercatat",
     (last_to(CITIZEN), "tim sdh di lokasi")),
    ("dlh1", "lpr 1 sdh kami angkut semua bro", '"sdh kami angkut semua"', None),  # the answer asked about
    # done said in the region's words (Javanese, Sundanese, Madurese) reaches the citizen in Indonesian: the
    # catalogue's words, with what more the officer wrote kept beside them; Indonesian and progress stay as typed
    ("dlh1", "SELESAI LPR-1 sampun rampung", "Jawaban akhir LPR-1 tercatat", (answer_to(CITIZEN), DONE_TEXT)),
    ("dlh1", "selesai lpr 1 wis beres pak", "Jawaban akhir LPR-1 tercatat", (answer_to(CITIZEN), DONE_TEXT)),
    ("dlh1", "SELESAI LPR-1 tos beres bu", "Jawaban akhir LPR-1 tercatat", (answer_to(CITIZEN), DONE_TEXT)),
    ("dlh1", "SELESAI LPR-1 ampon mareh", "Jawaban akhir LPR-1 tercatat", (answer_to(CITIZEN), DONE_TEXT)),
    ("dlh1", "SELESAI LPR-1 sampun didandani", "Jawaban akhir LPR-1 tercatat",
     (answer_to(CITIZEN), DONE_TEXT + " Keterangan petugas: “sampun didandani”")),
    ("dlh1", "lpr 1 wes diresiki kabeh", f'"{DONE_TEXT} Keterangan petugas: “wes diresiki kabeh”"', None),
    ("dlh1", "SELESAI LPR-1 sudah beres", "Jawaban akhir LPR-1 tercatat", (answer_to(CITIZEN), "sudah beres")),
    ("dlh1", "SELESAI LPR-1 sampah sdh diangkut semua", "Jawaban akhir LPR-1 tercatat",
     (answer_to(CITIZEN), "sampah sdh diangkut semua")),
    ("dlh1", "TL LPR-1 sampun dipun resiki, kantun ngangkut", "Tindak lanjut LPR-1 tercatat",
     (last_to(CITIZEN), "sampun dipun resiki, kantun ngangkut")),
    # a question for the citizen leaves them out too; "pak", "bu" there address the citizen and stay
    ("dlh1", "INFO LPR-1 lubangnya sebelah mana ya bro", "Pertanyaan untuk pelapor LPR-1",
     (asked_of(CITIZEN), "lubangnya sebelah mana")),
    ("dlh1", "info lpr 1 ada foto tambahan gan?", "Pertanyaan untuk pelapor LPR-1",
     (asked_of(CITIZEN), "ada foto tambahan?")),
    ("dlh1", "tanya lpr 1 bro, rumahnya nomor berapa?", "Pertanyaan untuk pelapor LPR-1",
     (asked_of(CITIZEN), "rumahnya nomor berapa?")),
    ("dlh1", "INFO LPR-1 posisi persisnya dmn cuyy", "Pertanyaan untuk pelapor LPR-1",
     (asked_of(CITIZEN), "posisi persisnya dmn")),
    ("dlh1", "INFO LPR-1 mohon kirim titik lokasi ya bu", "Pertanyaan untuk pelapor LPR-1",
     (asked_of(CITIZEN), "mohon kirim titik lokasi ya bu")),
    ("dlh1", "INFO LPR-1 pak, kapan bisa ditemui?", "Pertanyaan untuk pelapor LPR-1",
     (asked_of(CITIZEN), "pak, kapan bisa ditemui?")),
    ("dlh1↩", "sebelah mana persisnya ya bro?", '"sebelah mana persisnya?"', None),  # shown as it will be sent
    ("dlh1↩", "Pak, tumpukannya di kiri atau kanan pasar?", '"Pak, tumpukannya di kiri atau kanan pasar?"', None),
    ("verifier", "TUNDA LPR-2 gangnya sebelah mana gan?", "LPR-2", (asked_of(CITIZEN_2), "gangnya sebelah mana?")),
    # a boss named as a person is the news (after "ke", or inside a clause), not an address
    ("dlh1", "TL LPR-1 sdh dilaporkan ke bos, tunggu arahan", "Tindak lanjut LPR-1 tercatat",
     (last_to(CITIZEN), "sdh dilaporkan ke bos, tunggu arahan")),
    ("dlh1", "TL LPR-1 sdh diperbaiki pak, besok dicat", "Tindak lanjut LPR-1 tercatat",
     (last_to(CITIZEN), "sdh diperbaiki, besok dicat")),  # staff9: the address goes (a greeting lost is no news)
    # voice-typed punctuation ("titik", "koma") reads as marks, as a citizen's does; a spot named "titik" stays
    ("dlh1", "TL LPR-1 sudah kami tinjau ke lokasi titik besok pagi tim akan melakukan pengangkutan titik",
     "Tindak lanjut LPR-1 tercatat",
     (last_to(CITIZEN), "sudah kami tinjau ke lokasi. Besok pagi tim akan melakukan pengangkutan")),
    ("dlh1", "TL LPR-1 sampah di tiga titik sudah diangkut", "Tindak lanjut LPR-1 tercatat",
     (last_to(CITIZEN), "sampah di tiga titik sudah diangkut")),
    # a formal opening for the office ("mohon izin menyampaikan bahwa untuk …", "bersama ini kami laporkan bahwa")
    # is no part of the news; words of passing something on inside the news stay
    ("dlh1", "TL LPR-1 mohon izin menyampaikan bahwa untuk sampah sudah diangkut sebagian", "Tindak lanjut LPR-1",
     (last_to(CITIZEN), "sampah sudah diangkut sebagian")),
    ("dlh1", "TL LPR-1 dengan hormat, bersama ini kami laporkan bahwa armada sudah dikirim", "Tindak lanjut LPR-1",
     (last_to(CITIZEN), "armada sudah dikirim")),
    ("dlh1", "TL LPR-1 kami sampaikan bhw tim sudah ke lokasi", "Tindak lanjut LPR-1",
     (last_to(CITIZEN), "tim sudah ke lokasi")),
    ("dlh1", "TL LPR-1 kami sudah koordinasi untuk pengangkutan besok", "Tindak lanjut LPR-1",
     (last_to(CITIZEN), "kami sudah koordinasi untuk pengangkutan besok")),
    ("dlh1", "TL LPR-1 sudah disampaikan ke kepala desa", "Tindak lanjut LPR-1",
     (last_to(CITIZEN), "sudah disampaikan ke kepala desa")),
    # a percentage is how far the work is, never a complaint's number (it was LPR-70): progress on the complaint
    # named, swiped, or the officer's only open one; the citizen reads "Progres 70%", never a bare "70%"
    ("dlh1", "progres 70%", "TL LPR-1 (", (status(1), "belum_ditindaklanjuti")),
    ("dlh1", "progress 50 persen lpr 1", "Tindak lanjut LPR-1 tercatat", (last_to(CITIZEN), "Progres 50 persen")),
    ("dlh1", "lpr 1 progres 70 %", "Tindak lanjut LPR-1 tercatat", (last_to(CITIZEN), "Progres 70 %")),
    ("dlh1↩", "progres 40%", "Tindak lanjut LPR-1 tercatat", (last_to(CITIZEN), "Progres 40%")),
    ("dlh1", "udah 80% pak", "Catat sebagai kemajuan (TL) LPR-1", (status(1), "belum_ditindaklanjuti")),
    ("dlh1", "lpr 1 40 persen", "TL LPR-1 Progres 40 persen", (status(1), "belum_ditindaklanjuti")),
    ("dlh1", "lpr 1 sdh diangkut 60%", "Catat sebagai kemajuan (TL) LPR-1", None),  # not the final answer
    ("dlh1↩", "sudah diangkut 60 persen", "Tindak lanjut LPR-1 tercatat", (status(1), "proses")),
    ("dlh1", "UPDATE PENGANGKUTAN SDH 60 PERSEN", "TL LPR-1 (", None),
    ("dlh1", "pengerjaan sdh 60 prsn ya bu", "Catat sebagai kemajuan (TL) LPR-1", None),
    ("dlh1", "TL LPR-1 sudah 70% terangkut", "Tindak lanjut LPR-1 tercatat", (last_to(CITIZEN), "sudah 70% terangkut")),
    ("dlh1", "TL 70 sudah dicek", "LPR-70 tidak ditemukan", None),  # a bare number still names a complaint
    ("dlh1", "TL LPR-1 70% progres, sisa finishing", "Tindak lanjut LPR-1 tercatat",
     (last_to(CITIZEN), "70% progres, sisa finishing")),  # said: no second "Progres"
    # an officer's word of putting the work off is news of a delay, offered as TL (it was INFO, a question)
    ("dlh1", "ditunda dulu ya", "TL LPR-1 Pekerjaan ditunda sementara.", (status(1), "belum_ditindaklanjuti")),
    ("dlh1", "lpr 1 ditunda dl pak, nunggu anggaran", "TL LPR-1 Pekerjaan ditunda sementara: nunggu anggaran.",
     (status(1), "belum_ditindaklanjuti")),
    ("dlh1↩", "ditunda dl ya pak", "Catat sebagai kemajuan (TL) LPR-1", (status(1), "belum_ditindaklanjuti")),
    ("dlh1", "TUNDA LPR-1 sampai senin", "Pekerjaan ditunda sementara: sampai senin", None),
    ("dlh1", "pending dulu, nunggu anggaran", "Catat sebagai kemajuan (TL) LPR-1", None),
    ("dlh1", "TUNDA LPR-1 mohon kirim foto lokasinya", "Pertanyaan untuk pelapor LPR-1 sudah dikirim",
     (status(1), "tertunda")),  # a question: the officer's INFO
    # swiped onto the disposition notice, and not news for the citizen (each was sent to the citizen as the TL): a
    # question with no mark, a road said not the region's, a colleague asked by name, the officer away
    ("dlh1↩", "pak ini lokasinya di kecamatan mana ya", "Kirim sebagai pertanyaan ke pelapor LPR-1?",
     (status(1), "belum_ditindaklanjuti")),
    ("dlh1↩", "ini bukan jalan kabupaten pak, jalan provinsi", "Kembalikan LPR-1 ke verifikator",
     (status(1), "belum_ditindaklanjuti")),
    ("dlh1↩", "mas eko tolong dicek ya", "tidak diteruskan kepada Eko", (status(1), "belum_ditindaklanjuti")),
    # staff18, found by hand: a question to a colleague by name, swiped onto a reminder, was offered as INFO
    ("dlh1↩", "mas eko udah ngerjain blm?", "tidak diteruskan kepada Eko", (status(1), "belum_ditindaklanjuti")),
    ("dlh1↩", "bu rina ini sebenernya di pasar apa terminal?", "tidak diteruskan kepada Rina", None),
    ("dlh1↩", "eko, lokasinya sebelah mana ya", "tidak diteruskan kepada Eko", None),
    ("dlh1↩", "pak rt nya sdh dihubungi blm?", "Kirim sebagai pertanyaan ke pelapor LPR-1?", None),  # nobody of ours
    ("dlh1↩", "Pak mohon maaf sy sedang cuti, mohon dialihkan ke rekan", "tidak dikirim ke pelapor LPR-1",
     (status(1), "belum_ditindaklanjuti")),
    ("dlh1↩", "lpr 1 sama lpr 2 sudah", "Perintah tidak dikenali", (status(1), "belum_ditindaklanjuti")),  # as typed
    ("dlh1↩", "75%", "Tindak lanjut LPR-1 tercatat", (last_to(CITIZEN), "Progres 75%")),
    ("dlh1↩", "eko sdh ke lokasi pak, besok diangkut", "Tindak lanjut LPR-1 tercatat", (status(1), "proses")),
    ("dlh1↩", "sy sdh cek lokasi, bsk diangkut", "Tindak lanjut LPR-1 tercatat", (status(1), "proses")),
    # a swiped reply opening with a receipt for the office: the citizen reads only the news
    ("dlh1↩", "nggih pak, sampun kulo tampi. benjing enjing tim mangkat", "Tindak lanjut LPR-1 tercatat",
     (last_to(CITIZEN), "benjing enjing tim mangkat")),
    # INFO whose words are an instruction for the office ("tolong dicek"), not a question for the citizen: asked
    ("dlh1", "INFO LPR-1 tolong dicek", "bukan pertanyaan untuk pelapor", (status(1), "belum_ditindaklanjuti")),
    ("dlh1", "info lpr 1 mohon segera ditindaklanjuti", "bukan pertanyaan untuk pelapor",
     (status(1), "belum_ditindaklanjuti")),
    ("dlh1", "INFO LPR-1 tlg dicek ya bro", "bukan pertanyaan untuk pelapor", (status(1), "belum_ditindaklanjuti")),
    ("dlh1", "INFO LPR-1 nunggu ttd kadis", "untuk kantor", (status(1), "belum_ditindaklanjuti")),
    ("dlh1", "INFO LPR-1 tolong dikirim foto lokasinya", "Pertanyaan untuk pelapor LPR-1 sudah dikirim", None),
    ("dlh1", "INFO LPR-1 mohon dicek lagi alamatnya, rt berapa?", "Pertanyaan untuk pelapor LPR-1 sudah dikirim",
     None),
    # words for the office in a TL or SELESAI (a superior's instruction, an approval or signature awaited, the
    # officer's own note): asked before they reach the citizen
    ("dlh1", "TL LPR-1 pak sekda minta difoto", "untuk kantor", (status(1), "belum_ditindaklanjuti")),
    ("dlh1", "TL LPR-1 nunggu ttd kadis", "untuk kantor", (status(1), "belum_ditindaklanjuti")),
    ("dlh1", "TL LPR-1 sy cek dulu ya pak", "untuk kantor", (status(1), "belum_ditindaklanjuti")),
    ("dlh1", "tl lpr 1 msh menunggu tanda tangan pak kabid", "untuk kantor", (status(1), "belum_ditindaklanjuti")),
    ("dlh1", "TL LPR-1 disuruh pak kabid cek ulang", "untuk kantor", (status(1), "belum_ditindaklanjuti")),
    ("dlh1", "TL LPR-1 sy koordinasikan dulu dgn kabid", "untuk kantor", (status(1), "belum_ditindaklanjuti")),
    ("dlh1", "SELESAI LPR-1 tinggal nunggu acc kadis", "untuk kantor", (status(1), "belum_ditindaklanjuti")),
    ("dlh1", "TL LPR-1 kulo cek rumiyin nggih pak", "untuk kantor", (status(1), "belum_ditindaklanjuti")),
    ("dlh1", "TL LPR-1 kata bu kadis harus ada foto sebelum dan sesudah", "untuk kantor",
     (status(1), "belum_ditindaklanjuti")),
    ("dlh1↩", "nunggu paraf kabid dulu pak", "untuk kantor", (status(1), "belum_ditindaklanjuti")),
    ("dlh1", "TL LPR-1 sudah kami cek, besok diperbaiki", "Tindak lanjut LPR-1 tercatat",
     (last_to(CITIZEN), "sudah kami cek, besok diperbaiki")),
    ("dlh1", "TL LPR-1 kadis sudah setuju, besok tim turun", "Tindak lanjut LPR-1 tercatat", (status(1), "proses")),
    ("dlh1", "TL LPR-1 menunggu persetujuan anggaran, estimasi bulan depan", "Tindak lanjut LPR-1 tercatat",
     (status(1), "proses")),
    ("dlh1", "TL LPR-1 surat sudah ditandatangani kadis, besok tim turun", "Tindak lanjut LPR-1 tercatat",
     (status(1), "proses")),
    ("dlh1", "TL LPR-1 sy cek ke lokasi besok pagi bersama tim", "Tindak lanjut LPR-1 tercatat",
     (status(1), "proses")),
    # leave said with a range of days right after "izin", ill today in short words (the clock: Mon 23 Nov 2026)
    ("dlh1", "sy izin 10-11 des", "Dewi dicatat izin mulai", (away("Dewi"), True)),
    ("dlh1", "saya ijin 10-11 desember pak", "Dewi dicatat izin mulai", (away("Dewi"), True)),
    ("dlh1", "sy izin 10 sd 11 desember", "Dewi dicatat izin mulai", (away("Dewi"), True)),
    ("dlh1", "izin 10 sd 11 desember", "Dewi dicatat izin mulai", (away("Dewi"), True)),
    ("dlh1", "cuti tgl 14-18", "Dewi dicatat cuti mulai", (away("Dewi"), True)),
    ("dlh1", "sy sakit hr ini", "Dewi dicatat sakit", (away("Dewi"), True)),
    ("dlh1", "sakit pak, hr ini tdk bisa masuk", "Dewi dicatat sakit", (away("Dewi"), True)),
    ("dlh1", "dinas luar 3 hari mulai besok", "Dewi dicatat dinas luar mulai", (away("Dewi"), True)),
    ("dlh1", "sy izin lapor, tgl 10 tim ke lokasi", "", (away("Dewi"), False)),
    ("dlh1", "anak pelapor sakit hr ini", "", (away("Dewi"), False)),
    # staff18, found by hand: leave first, then a complaint to be looked after meanwhile: the leave (it was
    # "Perintah tidak dikenali" with "TL LPR-1 mohon dibantu" to send the citizen)
    ("dlh1", "izin pak sy sakit hr ini, lpr 1 mohon dibantu", "Dewi dicatat sakit", (away("Dewi"), True)),
    ("dlh1", "ijin bu, sy tdk masuk besok. lpr 1 tlg dihandle rekan dulu", "Dewi dicatat", (away("Dewi"), True)),
    ("dlh1", "mohon izin sy cuti tgl 14-18, lpr 1 mohon dialihkan dulu", "Dewi dicatat cuti", (away("Dewi"), True)),
    ("dlh1", "izin ndan, lpr 1 sy sakit hr ini jd blm sempat ke lokasi", "", (away("Dewi"), False)),  # the work's
    ("dlh1", "izin pak, lpr 1 pelapornya sakit hr ini", "", (away("Dewi"), False)),  # someone else
    # staffjourney: a question mark alone is someone lost, not an acknowledgement; an emoji alone still is
    ("dlh1", "?", "Perintah petugas DLH", None),
    ("dlh1", "??", "Perintah petugas DLH", None),
    ("verifier", "? ?", "Perintah verifikator", None),
    ("dlh1", "👍", "Baik, terima kasih", None),
    # an answer the officer asked for, acknowledged ("sudah diterima fotonya, terima kasih"): nothing to record
    ("dlh1", "sudah diterima fotonya, terima kasih", "Baik, terima kasih", (status(1), "belum_ditindaklanjuti")),
    ("dlh1", "foto sdh masuk pak, makasih", "Baik, terima kasih", None),
    ("dlh1", "ok jawaban pelapor sudah kami terima", "Baik, terima kasih", None),
    ("dlh1", "fotonya sudah kami kirim ke pelapor", "", (status(1), "belum_ditindaklanjuti")),
    # staff9: an address to the office (the verifier, the boss) ending a clause in the middle stays out of the
    # citizen's text; one that is part of a name or after a word naming someone ("pak RT", "dengan pak lurah") stays
    ("dlh1", "TL LPR-1 sudah kami survei pak, minggu depan diaspal", "Tindak lanjut LPR-1 tercatat",
     (last_to(CITIZEN), "sudah kami survei, minggu depan diaspal")),
    ("dlh1", "TL LPR-1 sdh dicek bu, besok truk datang", "Tindak lanjut LPR-1 tercatat",
     (last_to(CITIZEN), "sdh dicek, besok truk datang")),
    ("dlh1↩", "sampah sudah diangkut sebagian mas. sisanya besok pagi", "Tindak lanjut LPR-1 tercatat",
     (last_to(CITIZEN), "sampah sudah diangkut sebagian. sisanya besok pagi")),
    ("dlh1", "SELESAI LPR-1 sampun diresiki sedaya pak, matur nuwun", "Jawaban akhir LPR-1 tercatat", None),
    ("dlh1", "TL LPR-1 pak RT sudah kami hubungi, besok kerja bakti", "Tindak lanjut LPR-1 tercatat",
     (last_to(CITIZEN), "pak RT sudah kami hubungi, besok kerja bakti")),
    ("dlh1", "TL LPR-1 sudah koordinasi dengan pak, lurah setuju kerja bakti", "Tindak lanjut LPR-1 tercatat",
     (last_to(CITIZEN), "sudah koordinasi dengan pak, lurah setuju kerja bakti")),
    # staff9: the photo announced in a clause of its own ("foto menyusul", "ini fotonya") is no news for the
    # citizen, who gets the photo when it comes; the whole message saying only that, or a photo of the work, stays
    ("dlh1", "TL LPR-1 sudah diperbaiki, foto menyusul", "Tindak lanjut LPR-1 tercatat",
     (last_to(CITIZEN), "sudah diperbaiki")),
    ("dlh1", "TL LPR-1 sampah sdh diangkut semua, ini fotonya pak", "Tindak lanjut LPR-1 tercatat",
     (last_to(CITIZEN), "sampah sdh diangkut semua")),
    ("dlh1", "SELESAI LPR-1 TPS sudah bersih. Dokumentasi menyusul ya", "Jawaban akhir LPR-1 tercatat",
     (answer_to(CITIZEN), "TPS sudah bersih.")),
    ("dlh1", "TL LPR-1 fotonya nyusul, tim sudah di lokasi", "Tindak lanjut LPR-1 tercatat",
     (last_to(CITIZEN), "tim sudah di lokasi")),
    ("dlh1↩", "sdh kami tangani pak, berikut fotonya", "Apakah ini jawaban akhir LPR-1",  # handled: done
     (status(1), "belum_ditindaklanjuti")),
    ("dlh1↩", "sdg kami tangani pak, berikut fotonya", "Tindak lanjut LPR-1 tercatat",  # under way
     (last_to(CITIZEN), "sdg kami tangani")),
    ("dlh1", "TL LPR-1 sudah kami foto lokasinya, besok diperbaiki", "Tindak lanjut LPR-1 tercatat",
     (last_to(CITIZEN), "sudah kami foto lokasinya, besok diperbaiki")),
    ("dlh1", "TL LPR-1 foto sebelum dan sesudah sudah ada, besok dikirim", "Tindak lanjut LPR-1 tercatat",
     (last_to(CITIZEN), "foto sebelum dan sesudah sudah ada, besok dikirim")),
    # staff9: the help says what a swiped reply without a command does: news is TL, a receipt alone records nothing
    ("dlh1", "BANTUAN", "tanda terima saja (ok, siap, sudah diterima) tidak dicatat", None),
    ("dlh1↩", "siap pak, sudah kami terima", "Tidak ada yang dicatat", (status(1), "belum_ditindaklanjuti")),
    # staff9: a complaint not the agency's: the reply lists the officer's own open ones to pick from
    ("dlh1", "tl lpr2 sudah dicek", "Laporan terbuka DLH Anda: LPR-1 (Sampah di TPS",
     (status(2), "belum_terverifikasi")),
    ("dlh1", "SELESAI LPR-2 sudah beres", "LPR-1 (Sampah di TPS", None),
    ("pupr", "tl lpr 1 sudah dicek", "tidak didisposisikan ke", None),
    # staff9: leave said while on it with a colleague asked to take over, not swiped: its last day asked, with who
    # reads the notices meanwhile (swiped onto a notice it stays the swipe's answer, above)
    ("dlh1", "maaf pak sy lagi cuti, tolong ke rekan sy", "Sampai tanggal berapa Dewi", (away("Dewi"), False)),
    ("dlh1", "sy sedang cuti bu, mohon dialihkan ke teman dulu", "Eko", (away("Dewi"), False)),
    ("dlh1", "lg cuti pak, tlg dihandle rekan yg lain ya", "Sampai tanggal berapa Dewi", None),
    # staff9: a leader's question of how fast complaints are followed up: REKAP (the average first follow-up), for
    # the period named
    ("supervisor", "rata2 berapa hari laporan ditindaklanjuti?", "Rata-rata tindak lanjut pertama", None),
    ("supervisor", "rata-rata waktu tindak lanjut bulan ini brp hari", "Rekap daerah · bulan ini", None),
    ("supervisor", "berapa lama rata2 aduan direspon minggu ini?", "Rekap daerah · minggu ini", None),
    ("head", "rata2 respon laporan dlh brp hari?", "Rata-rata tindak lanjut pertama", None),
    # staff9: which agency gets most complaints, how many are anonymous: counts of the period (never identities)
    ("supervisor", "dinas mana yg paling banyak laporannya?", "Laporan masuk per instansi tahun ini", None),
    ("supervisor", "opd dengan aduan terbanyak bulan ini apa?", "Laporan masuk per instansi bulan ini", None),
    ("supervisor", "instansi sing paling akeh laporane sopo?", "1. DLH 1", None),
    ("supervisor", "yang anonim ada berapa", "Laporan anonim tahun ini (1 Jan 2026 – 23 Nov 2026): 0 dari 2", None),
    ("supervisor", "laporan anonim bulan ini brp?", "Laporan anonim bulan ini (", None),
    ("verifier", "jumlah aduan anonim brp", "Laporan anonim", None),
    ("supervisor", "dinas mana yg paling banyak telat?", "Peringkat instansi", None),  # late: the ranking of REKAP
    # staff14: where a complaint is now, asked in words by anyone who may see it (it got "Perintah tidak dikenali"
    # once forwarded): who holds it, what it waits for; one waiting says so; another agency's staff are refused
    ("verifier", "lpr 1 kemana ya bu?", "• Di DLH (Dewi, Eko): belum ada tindak lanjut, batas", None),
    ("verifier", "lpr 1 skrg di siapa", "LPR-1: Sudah diteruskan ke instansi", None),
    ("verifier", "lpr 1 sdh diteruskan ke mana?", "• Di DLH (Dewi, Eko)", None),
    ("verifier", "Lpr 1 Skrg Dipegang Siapa Ya Bu", "• Di DLH (Dewi, Eko)", None),
    ("supervisor", "posisi lpr 1 dmn", "• Di DLH (Dewi, Eko)", None),
    ("supervisor", "lpr 1 sekarang ada di mana pak?", "• Di DLH (Dewi, Eko)", None),
    ("head", "LPR 1 SKRG DI MANA?", "Rinciannya: STATUS LPR-1", None),
    # who holds one of the agency's own, asked by its head or officer: its officers, to reach or hand it on
    ("head", "LPR 1 SKRG DI SIAPA?", "LPR-1 ditangani: Dewi 0811", None),
    ("dlh1", "lpr 1 sekarang siapa yg pegang ya", "LPR-1 ditangani: Eko", None),
    ("dlh1", "lpr 1 wonten pundi nggih", "• Di DLH (Dewi, Eko)", None),
    ("pupr", "lpr 1 di siapa?", "tidak didisposisikan ke", None),
    ("verifier", "lpr 1 udah ke siapa aja", "• Di DLH (Dewi, Eko)", None),  # found by hand
    ("dlh1", "lpr 1 akhirnya ke mana bu?", "• Di DLH (Dewi, Eko)", None),  # found by hand: "sudah dikembalikan"
    ("verifier", "lpr 2 skrg di siapa", "Belum diteruskan ke instansi mana pun", (status(2), "belum_terverifikasi")),
    ("verifier", "lpr 2 sdh diteruskan ke mana?", "Menunggu verifikator meneruskannya: TERUSKAN LPR-2", None),
    ("verifier", "lpr 2 kemana ya bu?", "Saran instansi untuk LPR-2", None),  # where it should go: as before
]


def build_scene(people) -> None:
    """LPR-1 filed and forwarded to DLH, LPR-2 filed: through the webhook, delivered."""
    file_and_read(people["citizen"], photo=False)
    people["verifier"].says("TERUSKAN LPR-1 DLH")
    file_and_read(people["citizen2"], description=ROAD, photo=False)


@pytest.fixture(scope="module")
def scene(shared_world):
    people = make_people(shared_world)
    build_scene(people)
    return people


def staff_says(person, typed: str, check, swiped: bool = False, photo: bool = False) -> str:
    """The replies to `typed` from a member of the cast (`swiped` onto the last notice they had, with a `photo`),
    handled as the webhook does in a session rolled back after the row's `check` (a reader of that session and the
    value it must read) is asserted."""
    fields = {"OriginalRepliedMessageSid": person.last().twilio_sid} if swiped else {}
    message = parse_form(WhatsApp(person.app).form(person.phone, typed, ProfileName=person.name, **fields,
                                                   **(PHOTO if photo else {})))
    svc = services(person.app)
    with rolled_back(person.app) as session:
        _, replies, kind = handle_in(session, svc, message, svc.clock())
        assert kind == "staff", kind
        if check is not None:
            read, value = check
            assert read(session) == value
    return "\n".join(replies)


@pytest.mark.parametrize("who,typed,expected,check", STAFF_TABLE,
                         ids=[f"{who}:{typed}" for who, typed, _, _ in STAFF_TABLE])
def test_what_staff_type(scene, who, typed, expected, check):
    """`who` is one of the cast, with ↩ when swiped onto the last notice they had and 📷 with a photo."""
    reply = staff_says(scene[who.rstrip("↩📷")], typed, check, swiped="↩" in who, photo="📷" in who)
    assert expected in reply, reply


@pytest.mark.parametrize("typed,shown", [
    ("lpr 1 dan lpr 2 kapan batas waktunya", ["LPR-1", "LPR-2"]),
    ("lpr 1 sama 2 deadlinenya kapan?", ["LPR-1", "LPR-2"]),
    ("deadline lpr 1 & lpr 2 tgl brp ya?", ["LPR-1", "LPR-2"]),
    ("tenggat laporan no 1 karo no 2 kpn bu?", ["LPR-1", "LPR-2"]),
    ("lpr 1 batas waktunya kapan?", ["LPR-1"]),
    ("lpr 1 sama 2 petugas deadlinenya kapan?", ["LPR-1"]),  # two officers, not a second complaint
])
def test_deadlines_asked_together(scene, typed, shown):
    """Each complaint a deadline question names is shown, with its deadline; a number that counts is none."""
    reply = staff_says(scene["verifier"], typed, None)
    assert [ref for ref in ("LPR-1", "LPR-2") if f"{ref} – " in reply] == shown, reply


@pytest.mark.parametrize("typed,said", [
    ("lpr 1 dan lpr 2 tolong dihandle dewi ya", ["Laporan LPR-2 tidak didisposisikan", "Alihkan LPR-1 ke Dewi?"]),
    ("lpr 2 sm lpr 1 biar dipegang eko aja", ["Laporan LPR-2 tidak didisposisikan", "Alihkan LPR-1 ke Eko?"]),
    ("lpr 1 & 2 dihandle dewi", ["Laporan LPR-2 tidak didisposisikan", "Alihkan LPR-1 ke Dewi?"]),
    ("lpr 1 tolong dihandle dewi ya", ["Alihkan LPR-1 ke Dewi?"]),
])
def test_several_handed_in_words(scene, typed, said):
    """A head handing several complaints in words is asked about the agency's own and told why not the others."""
    reply = staff_says(scene["head"], typed, None)
    assert all(words in reply for words in said), reply


@pytest.mark.parametrize("who,typed,expected", [
    ("supervisor", "bu, angka dlh bulan ini gmn?", "Rekap DLH · bulan ini"),
    ("supervisor", "gmn angka2 dlh bln ini", "Rekap DLH · bulan ini"),
    ("supervisor", "pencapaian dlh bulan ini brp ya bu", "Rekap DLH · bulan ini"),
    ("supervisor", "pak, performa dinas lh bulan ini gimana", "Rekap DLH · bulan ini"),
    ("head", "angka kita bulan ini gmn pak?", "Rekap DLH · bulan ini"),
])
def test_one_agencys_figures_of_a_month_in_other_words(scene, who, typed, expected):
    """"bu, angka dlh bulan ini gmn?" was read as a greeting and a how-to: the whole help."""
    reply = staff_says(scene[who], typed, None)
    assert expected in reply and "Perintah pimpinan" not in reply, reply


@pytest.mark.parametrize("who,typed", [
    ("dlh1", "jumlah truk kurang pak"),  # a count of something else
    ("head", "kinerja tim sudah maksimal, armada yg kurang"),  # said, not asked
    ("dlh1", "lpr 1 jumlah sampahnya 3 truk"),  # one complaint's work
    ("dlh1", "lpr 1 rata2 sampah 3 truk per hari"),  # an average of the work
    ("supervisor", "rata2 warga sudah puas dgn pelayanan"),  # said, not asked
    ("dlh1", "lpr 1 angka meterannya 3 pak"),  # a figure of one complaint's work
    ("head", "angka kerusakannya cukup tinggi"),  # said, not asked
])
def test_figures_words_that_ask_no_figures(scene, who, typed):
    assert "Rekap" not in staff_says(scene[who], typed, None)


@pytest.mark.parametrize("who,typed", [
    ("verifier", "lpr 2 anonim ya?"),  # one complaint's privacy
    ("verifier", "pelapor lpr 2 anonim, siapa namanya?"),  # an identity asked: never a count
    ("supervisor", "sampah paling banyak di pasar mana?"),  # most of something else
    ("supervisor", "dinas mana yg paling lambat?"),  # the ranking of REKAP
])
def test_counts_not_asked(scene, who, typed):
    reply = staff_says(scene[who], typed, None)
    assert "Laporan anonim" not in reply and "per instansi" not in reply, reply


@pytest.mark.parametrize("typed", [
    "lpr 2 bukan urusan dlh",  # where it does not go
    "lpr 2 lokasinya dekat kantor dlh",  # an agency named, no destination
    "lpr 2 perlu lokasi lebih jelas",  # no agency: never offered as TERUSKAN with these words
    "lpr 2 mendesak",
    # no number: a story, a question, an agency mentioned in passing (never offered for the complaint waiting)
    "dlh sudah sy telpon tadi pagi",
    "pupr ya?",
    "kalau lampu jalan itu dishub atau pln sih",
    "spam wa lagi banyak nih hari ini pak",
    # not said valid: no forward offered
    "lpr 2 tidak valid", "lpr 2 valid?", "lpr 2 kurang valid datanya", "nomor pelapor lpr 2 valid gak ya",
])
def test_verifier_words_not_a_forward(scene, typed):
    reply = staff_says(scene["verifier"], typed, (status(2), "belum_terverifikasi"))
    assert "Teruskan LPR-2 ke" not in reply and "TERUSKAN LPR-2 " + typed.split(" ", 2)[-1] not in reply, reply
    assert "Teruskan LPR-2 (" not in reply and "ARSIPKAN LPR-2 (" not in reply, reply


@pytest.mark.parametrize("typed", [
    "rapat sama kadis kemarin",  # "the same" and "yesterday", about no complaint
    "sama-sama pak",
    "kemarin ada aduan warga soal lampu mati di jl merdeka, sama seperti biasa",
])
def test_verifier_words_not_a_duplicate(scene, typed):
    assert "GABUNG LPR-2" not in staff_says(scene["verifier"], typed, None)


@pytest.mark.parametrize("who,typed", [
    ("verifier", "kemarin ada aduan warga soal lampu mati di jl merdeka"),  # the story of one, not a question
    ("verifier", "aduan kemarin sudah sy teruskan semua"),
    ("verifier", "lpr 2 itu aduan kemarin ya?"),  # one complaint named
    ("verifier", "pegawai yg cuti minggu ini siapa aja"),  # the roster
])
def test_other_words_of_a_day_are_not_the_days_complaints(scene, who, typed):
    assert "Laporan masuk" not in staff_says(scene[who], typed, None)


@pytest.mark.parametrize("typed", [
    "sy lg cuti melahirkan pak",
    "maaf pak sy lagi cuti",
    "saya sedang cuti bu",
    "sy masih cuti pak",
])
def test_leave_said_without_its_day(scene, typed):
    """Leave said while on it ("lagi", "lg", "sedang") with no day: its last day is asked, no word called a date."""
    reply = staff_says(scene["dlh1"], typed, (away("Dewi"), False))
    assert reply.startswith("Sampai tanggal berapa Dewi"), reply


def test_leave_said_while_on_it_is_shown(scene):
    """Leave said again while it runs ("maaf pak sy lagi cuti"): shown with who reads the notices, kept."""
    person = scene["dlh1"]
    svc = services(person.app)
    with rolled_back(person.app) as session:
        for typed in ("CUTI SAYA sampai jumat", "maaf pak sy lagi cuti"):
            message = parse_form(WhatsApp(person.app).form(person.phone, typed, ProfileName=person.name))
            _, replies, _ = handle_in(session, svc, message, svc.clock())
    reply = "\n".join(replies)
    assert reply.startswith("Dewi") and "Tidak ada yang diubah" in reply and "Eko" in reply, reply
