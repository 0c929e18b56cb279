"""Every text people read, in Bahasa Indonesia, in one catalogue. Each one says what to type next."""

from __future__ import annotations

MESSAGES = {
    # Menu and help ---------------------------------------------------------------------------------
    "menu": (
        "Halo, ini layanan pengaduan masyarakat.\n"
        "Balas dengan angka:\n"
        "1 Buat pengaduan\n"
        "2 Cek status laporan\n"
        "3 Bantuan"
    ),
    "help": (
        "Cara memakai layanan ini:\n"
        "• ADUAN – buat pengaduan, aspirasi atau permintaan informasi\n"
        "• STATUS – daftar laporan Anda\n"
        "• STATUS LPR-12 – rincian satu laporan\n"
        "• BATAL – batalkan pengisian\n"
        "• MENU – kembali ke menu\n"
        "Laporan diverifikasi paling lambat 3 hari kerja, lalu diteruskan ke instansi yang berwenang."
    ),
    "cancelled": "Pengisian dibatalkan, tidak ada yang dikirim. Ketik MENU bila ingin mulai lagi.",
    "nothing_to_cancel": "Tidak ada pengisian yang sedang berjalan. Ketik MENU untuk melihat pilihan.",
    "draft_expired": (
        "Pengisian pengaduan Anda sebelumnya kami hapus karena tidak ada balasan selama {hours} jam. "
        "Silakan mulai lagi."
    ),
    "kept_media": "Foto Anda kami simpan untuk pengaduan berikutnya.",
    "kept_location": "Lokasi Anda kami simpan untuk pengaduan berikutnya.",
    "sticker": "Terima kasih 🙂 Stiker tidak kami simpan sebagai foto laporan.",
    "not_kept": "Maaf, berkas jenis ini tidak bisa kami simpan. Kirim foto atau tulis pesan.",
    "staff_number": (
        "Nomor ini terdaftar sebagai petugas ({role}). Perintah petugas belum tersedia di nomor ini; "
        "untuk melapor sebagai warga, gunakan nomor pribadi lain."
    ),
    # Filing ----------------------------------------------------------------------------------------
    "offer_description": (
        "Sepertinya Anda ingin melapor:\n\"{excerpt}\"\n\n"
        "Balas YA untuk memakai pesan itu sebagai isi laporan, atau MENU untuk pilihan lain."
    ),
    "ask_kind": (
        "Jenis laporan Anda? Balas dengan angka:\n"
        "1 Pengaduan (ada masalah layanan)\n"
        "2 Aspirasi (usul atau saran)\n"
        "3 Permintaan informasi"
    ),
    "bad_kind": "Mohon balas 1, 2 atau 3.",
    "ask_description": (
        "Ceritakan apa yang terjadi: apa masalahnya, sejak kapan, dan dampaknya. "
        "Tulis dalam satu pesan."
    ),
    "description_too_short": (
        "Ceritanya terlalu singkat (minimal {min_chars} huruf, beberapa kata). "
        "Mohon tulis lebih lengkap: apa masalahnya, sejak kapan, dampaknya."
    ),
    "description_no_words": "Mohon ceritakan masalahnya dengan kata-kata, bukan hanya emoji atau angka.",
    "ask_location": (
        "Di mana lokasinya? Tulis alamat (jalan, desa/kelurahan, kecamatan), "
        "atau kirim lokasi lewat tombol 📎 > Lokasi."
    ),
    "location_too_short": "Alamatnya terlalu singkat. Sebutkan jalan, desa/kelurahan dan kecamatan, atau kirim lokasi.",
    "ask_photo": "Ada foto pendukung? Kirim fotonya sekarang, atau balas LEWATI bila tidak ada.",
    "photo_not_image": "Maaf, yang bisa kami simpan hanya foto. Kirim foto, atau balas LEWATI.",
    "photo_received": "Foto diterima ({count}).",
    "location_received": "Lokasi diterima: {place}.",
    "ask_privacy": (
        "Pilih kerahasiaan laporan. Balas dengan angka:\n"
        "1 Biasa – laporan dan nama Anda tercatat seperti biasa\n"
        "2 Rahasia – isi laporan tidak dipublikasikan\n"
        "3 Anonim – nama dan nomor Anda tidak diperlihatkan kepada instansi"
    ),
    "bad_privacy": "Mohon balas 1 (biasa), 2 (rahasia) atau 3 (anonim).",
    "summary": (
        "Periksa laporan Anda:\n"
        "Jenis: {kind}\n"
        "Isi: {description}\n"
        "Lokasi: {place}\n"
        "Foto: {photos}\n"
        "Kerahasiaan: {privacy}\n\n"
        "Balas KIRIM untuk mengirim, UBAH untuk memperbaiki, atau BATAL."
    ),
    "bad_confirm": "Balas KIRIM, UBAH, atau BATAL.",
    "ask_edit": (
        "Bagian mana yang ingin diubah? Balas dengan angka:\n"
        "1 Jenis\n2 Isi\n3 Lokasi\n4 Foto\n5 Kerahasiaan"
    ),
    "bad_edit": "Mohon balas angka 1 sampai 5.",
    "ask_photo_edit": "Kirim foto pengganti, atau balas HAPUS untuk tanpa foto.",
    "submitted": (
        "Terima kasih, laporan Anda tercatat dengan nomor {reference}.\n"
        "Petugas akan memverifikasinya paling lambat 3 hari kerja, lalu meneruskannya ke instansi yang berwenang. "
        "Kabar selanjutnya akan kami kirim ke nomor ini.\n"
        "Ketik STATUS {reference} kapan saja untuk melihat perkembangannya."
    ),
    "submitted_anonymous": "Laporan anonim: nama dan nomor Anda tidak diperlihatkan kepada instansi.",
    # Status ----------------------------------------------------------------------------------------
    "status_none": "Anda belum punya laporan. Balas 1 untuk membuat pengaduan.",
    "status_list_head": "Laporan Anda:",
    "status_list_item": "• {reference} – {title}\n  {status} (diperbarui {updated})",
    "status_list_tail": "Ketik STATUS LPR-<nomor> untuk rinciannya.",
    "status_detail": (
        "{reference} – {title}\n"
        "Jenis: {kind}\n"
        "Status: {status}\n"
        "Dilaporkan: {created}\n"
        "Lokasi: {place}"
    ),
    "status_latest": "Perkembangan terakhir ({when}):\n{text}",
    "status_not_found": "Laporan {reference} tidak ditemukan di nomor ini. Ketik STATUS untuk daftar laporan Anda.",
    # Rating ----------------------------------------------------------------------------------------
    "ask_rating": (
        "Laporan {reference} ({title}) sudah dinyatakan selesai oleh instansi.\n"
        "Jawaban instansi: {answer}\n\n"
        "Seberapa puas Anda? Balas angka 1 (sangat tidak puas) sampai 5 (sangat puas), "
        "atau TIDAK PUAS diikuti alasannya."
    ),
    "bad_rating": "Mohon balas angka 1 sampai 5, atau TIDAK PUAS diikuti alasannya.",
    "ask_unsatisfied_reason": (
        "Mohon maaf jawabannya belum memuaskan. Apa yang masih kurang? "
        "Tulis alasannya, laporan {reference} akan kami buka kembali."
    ),
    "ask_rating_comment": "Terima kasih atas penilaian {score}. Ada komentar? Tulis sekarang, atau balas LEWATI.",
    "rating_after_draft": "Selesaikan dulu pengisian laporan Anda; setelah itu kami minta penilaiannya.",
    "verifier_new_complaint": (
        "Laporan baru {reference} menunggu verifikasi.\n"
        "Jenis: {kind} · Kerahasiaan: {privacy}\n"
        "Pelapor: {reporter}\n"
        "Isi: {description}\n"
        "Lokasi: {place}\n"
        "Foto: {photos}"
    ),
    "rating_reminder": "Laporan {reference} sudah selesai. Balas angka 1 sampai 5 untuk menilai jawabannya.",
    "rating_thanks": "Terima kasih, penilaian Anda untuk {reference} sudah kami catat.",
    "reopened": (
        "Laporan {reference} kami buka kembali dengan alasan Anda dan kami teruskan lagi ke instansi. "
        "Kabar selanjutnya akan kami kirim ke nomor ini."
    ),
    "reason_too_short": "Mohon tulis alasannya dalam beberapa kata, supaya instansi tahu apa yang perlu diperbaiki.",
}

KIND_NAMES = {"pengaduan": "Pengaduan", "aspirasi": "Aspirasi", "informasi": "Permintaan informasi"}
PRIVACY_NAMES = {"biasa": "Biasa", "rahasia": "Rahasia", "anonim": "Anonim"}
STATUS_NAMES = {
    "belum_terverifikasi": "Menunggu verifikasi petugas",
    "belum_ditindaklanjuti": "Sudah diteruskan ke instansi, menunggu tindak lanjut",
    "proses": "Sedang ditindaklanjuti instansi",
    "tertunda": "Menunggu keterangan tambahan dari Anda",
    "selesai": "Selesai",
    "diarsipkan": "Diarsipkan (tidak diproses)",
}
MONTHS = ("Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des")


def t(key: str, **values) -> str:
    """Return the catalogue text `key` with `values` filled in."""
    return MESSAGES[key].format(**values)


def short_date(moment, zone) -> str:
    """A date people read at a glance: `23 Nov 2026`."""
    local = moment.astimezone(zone)
    return f"{local.day} {MONTHS[local.month - 1]} {local.year}"


def excerpt(text: str, limit: int = 300) -> str:
    """The start of a long text, cut at a word, with an ellipsis."""
    text = " ".join((text or "").split())
    if len(text) <= limit:
        return text
    return text[: text.rfind(" ", 0, limit) if " " in text[:limit] else limit] + "…"
