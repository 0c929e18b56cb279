"""What an officer's words without a command sound like: progress on the work (offered as TL) or anything else (a
request, a question, leave, thanks, chatter), which must never be offered as progress for the citizen."""

from __future__ import annotations

import pytest

from bot.progress import sounds_like_progress

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
]


@pytest.mark.parametrize("typed", PROGRESS)
def test_progress_in_an_officers_words(typed):
    assert sounds_like_progress(typed)


@pytest.mark.parametrize("typed", NOT_PROGRESS)
def test_what_is_not_progress(typed):
    assert not sounds_like_progress(typed)
