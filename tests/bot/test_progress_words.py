"""What an officer's words without a command sound like: progress on the work (offered as TL) or anything else (a
request, a question, leave, thanks, chatter), which must never be offered as progress for the citizen."""

from __future__ import annotations

import pytest

from bot.progress import says_done, sounds_like_progress, staff_words

PROGRESS = [
    "sudah kami survei, minggu depan dikerjakan",
    "sdh kmi survei mgg dpn dikerjain",
    "tim sudah ke lokasi tadi pagi",
    "besok tim meluncur ke lokasi",
    "lg dikerjakan pak",
    "sedang dalam pengerjaan",
    "pipanya sdg diperbaiki",
    "msh nunggu material dr gudang",
    "material sudah dipesan, minggu depan dipasang",
    "sudah dikoordinasikan dengan kecamatan",
    "truk sudah mengangkut sebagian, sisanya besok",
    "kami jadwalkan hari kamis",
    "petugas sdh cek lokasi tadi pagi",
    "sampun dipun tindaklanjuti pak, tim sampun tindak ten lokasi",
    "tos dipariksa ku tim, isukan dibereskeun",
    "baru diukur, tinggal nunggu anggaran",
    "sore ini tim turun",
    "sudah diangkut 2 rit, masih ada sisa",
    "izin pak, sudah kami cek ke lapangan, saluran tersumbat sampah",
    "armada sudah berangkat",
    "anggota sudah di TKP",
    "penambalan dijadwalkan senin depan",
    "lampunya sudah diganti tapi tiangnya masih miring",
    "sementara dipasang rambu",
    "alat berat otw ke lokasi",
    "otw lokasi pak",
    "kami sudah menghubungi pihak desa",
    "pengerjaan 50 persen",
    "progres 70%, tinggal pengecatan",
    "masih proses pengadaan pipa",
    "belum bisa dikerjakan krn hujan terus, nunggu cuaca bagus",
    "kemarin sdh disurvei, anggaran diusulkan thn depan",
    "pohonnya sdh dipotong sebagian",
    "saluran sudah dinormalisasi separuh",
    "sudah kami tegur pemiliknya, diberi waktu 3 hari",
    "pedagang sudah ditertibkan pagi ini",
    "mesin pompa sedang diservis di bengkel",
    "tim kebersihan dikerahkan besok subuh",
    "td sdh kami bersihkan sebagian, sisanya besok",
    "kami sdh koordinasi dgn PLN, menunggu jadwal pemadaman",
    "dalam tahap perencanaan",
    "sedang kami kerjakan",
    "nembe dipun garap pak",
    "besok pagi dicek petugas",
    "nunggu alat berat dulu pak",
    "sampun dipun cek tim",
    "izin pak, sudah kami cek, besok diangkut",
    "pengaspalan 70%",
    "sdh ditangani pak",
    "lagi otw pak",
    "dlm proses pak",
    "dalam penanganan tim",
    "Mohon izin, masih dlm proses perbaikan",
    "anggaran blm turun pak",
    "wis tak cek mas, sesok digarap",
    # the team's break beside the work: still news of the work
    "tim istirahat dulu, abis dzuhur lanjut ngangkut",
    "petugas sdg ishoma, sisanya dikerjakan sore ini",
    "petugas sakit, pengerjaan ditunda sampai senin",
    # a promise with its day or hour: when the work starts is news for the citizen
    "siap kami tindak lanjuti besok pagi",
    "siap pak, besok kami tindaklanjuti",
    "Siap, hari ini kami proses",
    "sdh kami terima, senin kami tangani",
    "SIAP BESOK SIANG DITINDAKLANJUTI",
]

NOT_PROGRESS = [
    "sy mau daftar cuti",
    "tolong dibantu dong",
    "terima kasih pak",
    "makasih infonya",
    "siap pak",
    "ok noted",
    "selamat pagi pak",
    "assalamualaikum wr wb",
    "hehe iya pak",
    "lagi makan siang",
    "sy lagi di jalan",
    "wah hujan deres bgt",
    "hp saya baru ganti",
    "besok saya izin",
    "saya sakit hari ini",
    "besok sy tdk masuk kantor, anak sakit",
    "cuti sampai jumat",
    "kapan batas waktunya?",
    "ini laporan apa ya?",
    "gimana cara kirim foto",
    "lokasi persisnya sebelah mana ya pak?",
    "mohon arahannya pak",
    "minta nomor hp pelapor",
    "tolong kirim ulang disposisinya",
    "bisa dibantu cek ulang pak",
    "mohon maaf pak baru balas",
    "sori br bls, td lg di lapangan",
    "nanti saya kabari",
    "siap ndan, segera kami tindak lanjuti",
    "laporan sudah kami terima dan akan segera ditindaklanjuti",
    "ok siap 86",
    "kok pesannya dobel terus",
    "salah kirim pak",
    "pak sy mau tanya",
    "siapa yg pegang ya",
    "mohon ditanyakan ke pelapor NIK nya",
    "pak tolong infokan ke tim lapangan ya",
    "matur nuwun pak",
    "nggih pak, sampun kulo tampi",
    "wkwkwk",
    "sy baru pindah dari dinas sosial",
    "sudah makan pak?",
    "mantap pak",
    "nomor sy ganti ya pak",
    "ditunggu kabarnya",
    "sy lagi rapat, nanti sy balas",
    "bapak sudah pulang?",
    "benjing kulo mboten mlebet",
    "sy masih di luar kota",
    "besok ada apel pagi",
    "tolong dibantu pak, sy blm bisa login",
    "sampah di depan rumah saya tidak diangkut seminggu",
    "lampu jalan depan rumah saya mati sudah seminggu",
    "pak sy sudah kirim foto tadi",
    "sy td sdh TL pak",
    # the team's own time: meals, prayer, rest, roll call, going home
    "tim sdg makan siang dulu",
    "petugas lagi istirahat pak",
    "anggota sdg sholat jumat",
    "tim lg ishoma",
    "regu sudah pulang semua pak",
    "tim msh apel pagi",
    "timnya lagi ngopi dulu bu",
    # the team's leave, and waiting for the office's own paperwork
    "petugas lagi cuti semua pak",
    "anggota kami byk yg sakit pak",
    "menunggu disposisi kadis",
    "msh nunggu dispo dr kabid",
    # a promise with no day: an acknowledgement
    "siap, nanti kami tindak lanjuti",
    "siap kami tindaklanjuti pak",
    "siap pak, besok saya cuti",
]


# staff18, found by hand: "udah X blm" asks whether it is done ("yg di sdn 3 itu udah ditambal blm sih" was
# offered as a TL); "sdh diangkut, sisanya belum" and "sudah dicek tapi belum" tell
ASKED_DONE_YET = ["yg di pasar itu udah diangkut blm sih", "udah ditambal belum pak", "sdh dicek blm ya",
                  "wis diresiki durung", "sampun dipun tambal dereng?"]
TOLD_NOT_YET = ["sdh diangkut sebagian, sisanya belum", "sudah dicek tapi belum dikerjakan",
                "sudah diukur, pengecoran belum", "sudah dicek kemarin tapi belum dikerjakan"]


@pytest.mark.parametrize("typed", ASKED_DONE_YET)
def test_whether_done_yet_asked_is_no_progress(typed):
    assert not sounds_like_progress(typed)


@pytest.mark.parametrize("typed", TOLD_NOT_YET)
def test_what_is_not_done_yet_told_is_progress(typed):
    assert sounds_like_progress(typed)


@pytest.mark.parametrize("typed", PROGRESS)
def test_progress_in_an_officers_words(typed):
    assert sounds_like_progress(typed)


@pytest.mark.parametrize("typed", NOT_PROGRESS)
def test_what_is_not_progress(typed):
    assert not sounds_like_progress(typed)


# "baru" after the work is what was put in ("diganti baru": new), before it how little is done ("baru diangkut
# sebagian", "baru 1 rit"): only the first says the work done.
DONE = [
    "lampu sdh diganti baru, sdh nyala",
    "tiang sudah diganti yg baru pak",
    "pipa sdh kami ganti baru",
    "sudah dipasang lampu baru",
    "lampu PJU sudah diganti baru dan sudah menyala",
]

NOT_DONE = [
    "baru diangkut 1 rit pak",
    "sdh diganti baru separuh",
    "baru sebagian yg diganti",
    "lampu baru dipesan, minggu depan dipasang",
    "sudah kami cek, baru mau diganti",
]


@pytest.mark.parametrize("typed", DONE)
def test_work_said_done(typed):
    assert says_done(staff_words(typed))


@pytest.mark.parametrize("typed", NOT_DONE)
def test_work_not_yet_done(typed):
    assert not says_done(staff_words(typed))
