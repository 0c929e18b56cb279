"""Ten staff members' first day on WhatsApp (firsts10): what they typed that the service misread, as tables.

The scene is test_staff_table's: LPR-1 dispositioned to DLH, LPR-2 (a road) waiting for the verifier."""

from __future__ import annotations

import pytest

from tests.bot.test_staff_table import answer_to, build_scene, staff_says
from tests.parties import CITIZEN, make_people


@pytest.fixture(scope="module")
def scene(shared_world):
    people = make_people(shared_world)
    build_scene(people)
    return people


@pytest.mark.parametrize("typed,asked", [
    # one complaint with two problems, each said with where it goes: every agency asked about, none dropped
    ("lpr 2 ini 2 masalah, jalan ke pupr, sampahnya ke dlh", "Teruskan LPR-2 ke PUPR, DLH?"),
    ("lpr 2 jalannya ke pupr, sampahnya ke dlh ya", "Teruskan LPR-2 ke PUPR, DLH?"),
    ("LPR-2 jalan ke PU, sampah ke DLH", "Teruskan LPR-2 ke PUPR, DLH?"),
    ("lpr 2 ke pupr, yg sampah ke dlh", "Teruskan LPR-2 ke PUPR, DLH?"),
    ("lpr 2 urusan pupr, puskesmasnya ke dinkes", "Teruskan LPR-2 ke PUPR, DINKES?"),
    ("lpr 2 ke dinsos, ke dinkes juga", "Teruskan LPR-2 ke DINSOS, DINKES?"),
    # near misses: one agency meant
    ("lpr 2 ke pupr", "Teruskan LPR-2 ke PUPR?"),
    ("lpr 2 urgent ke pupr", "Teruskan LPR-2 ke PUPR?"),
    ("lpr 2 bukan urusan dlh tp urusan pu", "Teruskan LPR-2 ke PUPR?"),
    ("lpr 2 ke pupr, bukan ke dlh", "Teruskan LPR-2 ke PUPR?"),
    ("lpr 2 ke pupr, eh salah, ke dlh", "Teruskan LPR-2 ke DLH?"),
    ("lpr 2 ke pupr, maksudnya ke dlh", "Teruskan LPR-2 ke DLH?"),
])
def test_every_agency_of_a_forward_said_in_clauses(scene, typed, asked):
    """"lpr 7 ini 2 masalah, jalan ke pupr, sampahnya ke dlh" asked about PUPR alone: on YA the rubbish went nowhere."""
    reply = staff_says(scene["verifier"], typed, None)
    assert asked in reply, reply


@pytest.mark.parametrize("typed,asked", [
    # where the citizen already went, told beside the forward: not a further destination
    ("lpr 2 ke dlh, warga juga sudah lapor ke pupr", "Teruskan LPR-2 ke DLH?"),
    ("lpr 2 ke dlh, pelapor sdh melapor ke pu", "Teruskan LPR-2 ke DLH?"),
    ("LPR 2 ke DLH. warganya pernah ngadu ke dinsos", "Teruskan LPR-2 ke DLH?"),
    ("lpr 2 ke dlh, kmrn dia udah datang ke dinkes", "Teruskan LPR-2 ke DLH?"),
    ("lpr 2 ke dlh, warga minta ke pupr jg tp itu bukan wewenangnya", "Teruskan LPR-2 ke DLH?"),
    ("lpr 2 warga sdh lapor ke pupr, teruskan ke dlh", "Teruskan LPR-2 ke DLH?"),
    # near misses: a forward word, or a subject of its own, makes it a destination
    ("lpr 2 ke dlh, sudah sy dispo juga ke pupr", "Teruskan LPR-2 ke DLH, PUPR?"),
    ("lpr 2 ke dlh, pernah diteruskan jg, kirim ke pupr", "Teruskan LPR-2 ke DLH, PUPR?"),
    ("lpr 2 ke dlh, sudah jelas jalannya ke pupr", "Teruskan LPR-2 ke DLH, PUPR?"),
])
def test_where_the_citizen_already_went_is_no_destination(scene, typed, asked):
    """"lpr 1 ke dlh, warga juga sudah lapor ke pupr" was asked «Teruskan LPR-1 ke DLH, PUPR?»."""
    reply = staff_says(scene["verifier"], typed, None)
    assert asked in reply, reply


@pytest.mark.parametrize("typed,said", [
    # "sama" (and "sm", "ama", Javanese "karo", "kalih") joins agencies as "dan" does
    ("lpr 2 dinsos sama dinkes", ["Teruskan LPR-2 ke DINSOS, DINKES?"]),
    ("lpr 2 ke dinsos sm dinkes ya", ["Teruskan LPR-2 ke DINSOS, DINKES?"]),
    ("lpr 2 dlh karo pupr", ["Teruskan LPR-2 ke DLH, PUPR?"]),
    ("lpr 2 ke pupr ama dlh", ["Teruskan LPR-2 ke PUPR, DLH?"]),
    ("TERUSKAN LPR-2 dinsos sama dinkes", ["Dinas Sosial", "Dinas Kesehatan"]),
    ("teruskan lpr 2 ke dinas sosial sareng dinas kesehatan", ["Dinas Sosial", "Dinas Kesehatan"]),
    ("lpr 2 ke dlh dengan pupr", ["Teruskan LPR-2 ke DLH, PUPR?"]),
    # near misses: "sama" of two complaints, or of the same thing
    ("lpr 2 sama dengan lpr 1", ["Gabungkan LPR-2 ke LPR-1?"]),
    ("lpr 2 sama lpr 1 ke pupr", ["LPR-2", "PUPR"]),
    ("lpr 2 ke dlh dengan catatan segera", ["Teruskan LPR-2 ke DLH?"]),
    ("lpr 2 ke dlh sama minta fotonya", ["Teruskan LPR-2 ke DLH?"]),
])
def test_agencies_joined_by_sama(scene, typed, said):
    """"lpr 6 dinsos sama satpol pp" got «Perintah tidak dikenali»: "sama" is how people say "and"."""
    reply = staff_says(scene["verifier"], typed, None)
    assert all(words in reply for words in said) and "tidak dikenali" not in reply, reply


LETTERS = [
    ("TL LPR-1 Yth. Bapak/Ibu Admin Penghubung, dengan hormat kami sampaikan bahwa sampah di TPS sudah kami angkut "
     "pagi ini", "sampah di TPS sudah kami angkut pagi ini"),
    ("TL LPR-1 Yth. Admin Lapor Diskominfo,\nDengan hormat, bersama ini kami laporkan bahwa sampah di TPS sudah kami "
     "angkut", "sampah di TPS sudah kami angkut"),
    ("TL LPR-1 Kepada Yth. Bpk Verifikator, kami sampaikan bahwa sampah di TPS sudah kami angkut",
     "sampah di TPS sudah kami angkut"),
    ("TL LPR-1 yth admin, sampah di TPS sudah kami angkut", "sampah di TPS sudah kami angkut"),
    ("TL LPR-1 Yang terhormat Koordinator Pengaduan: sampah di TPS sudah kami angkut",
     "sampah di TPS sudah kami angkut"),
]


@pytest.mark.parametrize("typed,news", LETTERS, ids=[typed[:40] for typed, _ in LETTERS])
def test_a_letters_salutation_to_the_office_never_reaches_the_citizen(scene, typed, news):
    """A TL written as a letter to the admin reached the reporter as "Yth. Bapak/Ibu Admin Penghubung, dengan hormat
    kami sampaikan bahwa …": the citizen read a letter addressed to someone else."""
    sent = []
    staff_says(scene["dlh1"], typed, (lambda session: sent.append(answer_to(CITIZEN)(session)), None))
    assert sent[0].lower().startswith(news.lower()) and "yth" not in sent[0].lower(), sent[0]


@pytest.mark.parametrize("typed", [
    "TL LPR-1 Yth. Bapak/Ibu pelapor, sampah di TPS sudah kami angkut",
    "TL LPR-1 Yth Ibu Siti, sampah di TPS sudah kami angkut",
])
def test_a_salutation_to_the_reporter_stays(scene, typed):
    """Near misses: a letter addressed to the reporter is theirs to read whole."""
    sent = []
    staff_says(scene["dlh1"], typed, (lambda session: sent.append(answer_to(CITIZEN)(session)), None))
    assert sent[0] == typed.removeprefix("TL LPR-1 "), sent[0]


@pytest.mark.parametrize("typed,said", [
    # which agency has the most still unanswered: the unanswered list by agency, not what came in
    ("siapa yang paling banyak laporan belum dijawab", "belum ada tindak lanjut"),
    ("opd mana yg paling banyak blm di tl?", "belum ada tindak lanjut"),
    ("dinas mana paling banyak laporan yg belum ditanggapi", "belum ada tindak lanjut"),
    # near misses: what came in
    ("dinas mana yg paling banyak laporannya?", "Laporan masuk per instansi"),
    ("opd mana paling banyak aduan bulan ini", "Laporan masuk per instansi"),
])
def test_most_unanswered_is_no_count_of_what_came_in(scene, typed, said):
    """"siapa yang paling banyak laporan belum dijawab" got the complaints received per agency this year."""
    reply = staff_says(scene["supervisor"], typed, None)
    assert said in reply, reply


@pytest.mark.parametrize("typed", [
    # an officer with one open disposition answering in two-word bubbles, typos and all
    "otw lok", "bsk diangkut", "lg dikerjain", "besok ganti", "udh diukur", "msh dikerjakan", "lg diperbaiki",
    "bsk ditambal", "OTW TKP",
])
def test_two_word_progress_is_offered_as_tl(scene, typed):
    """Wati's "otw lok", "sdh cek", "bsk gnti" each got «Perintah tidak dikenali»: four bubbles, no TL, nothing sent."""
    reply = staff_says(scene["dlh1"], typed, None)
    assert "Catat sebagai kemajuan (TL) LPR-1?" in reply, reply


@pytest.mark.parametrize("typed", [
    "sdh diterima", "ok siap", "siap laksanakan", "sdh dibaca", "baik pak", "lagi rapat", "lg makan", "sdh pulang",
    "sdh dicek?", "tes tes", "mohon arahan",
])
def test_two_words_that_tell_no_progress_are_never_offered(scene, typed):
    """Near misses: an acknowledgement, chatter or a question in two words is no TL."""
    reply = staff_says(scene["dlh1"], typed, None)
    assert "Catat sebagai kemajuan" not in reply, reply


@pytest.mark.parametrize("typed,named", [
    # an agency the directory lacks, named where the complaint should go: said so by name
    ("lpr 2 ini pungli, harusnya ke inspektorat", "inspektorat"),
    ("lpr 2 dispo ke bappeda", "bappeda"),
    ("lpr 2 seharusnya ke kecamatan", "kecamatan"),
    ("LPR-2 mestinya diteruskan ke BPBD", "BPBD"),
    # near misses: "ke" that names no agency
    ("lpr 2 ke pelapor", None),
    ("lpr 2 petugas sdh ke lokasi", None),
])
def test_an_agency_outside_the_directory_is_named_back(scene, typed, named):
    """"lpr 5 ini pungli, harusnya ke inspektorat" got «Perintah tidak dikenali»: the verifier never learnt that
    the directory has no Inspektorat."""
    reply = staff_says(scene["verifier"], typed, None)
    if named is None:
        assert 'Instansi "' not in reply, reply
    else:
        assert f'Instansi "{named}" tidak dikenali' in reply, reply


@pytest.mark.parametrize("typed,waited", [
    ("Kepada Yth. Bapak Admin Penghubung Diskominfo,", True),
    ("Yth. Admin Lapor\nDengan hormat,", True),
    ("yth bpk verifikator", True),
    ("Yang terhormat Koordinator Pengaduan:", True),
    # near misses: a salutation to the reporter, or one with the news in it
    ("Yth. Bapak/Ibu pelapor,", False),
    ("Yth admin, sampah di TPS sudah kami angkut", False),
])
def test_a_letters_salutation_alone_waits_for_the_letter(scene, typed, waited):
    """"Kepada Yth. Bapak Admin Penghubung Diskominfo," sent alone got «Perintah tidak dikenali»."""
    reply = staff_says(scene["dlh1"], typed, None)
    assert ("Silakan, kami tunggu" in reply) is waited, reply
    assert not waited or "tidak dikenali" not in reply, reply

