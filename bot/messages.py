"""Every text people read, in Bahasa Indonesia, in one catalogue. Each one says what to type next."""

from __future__ import annotations

from lapor.phones import national
from lapor.references import format_reference

MESSAGES = {
    # Menu and help ---------------------------------------------------------------------------------
    "menu": (
        "{greeting}, ini layanan pengaduan masyarakat{region}.\n"
        "Balas dengan angka:\n"
        "1 Buat pengaduan\n"
        "2 Cek status laporan\n"
        "3 Bantuan"
    ),
    "greeting_hello": "Halo",
    "greeting_salam": "Waalaikumsalam",
    "salam_before": "Waalaikumsalam.\n{reply}",  # a salam answered before a reply that does not greet
    "greeting_time": "Selamat {time}",
    "help": (
        "Cara memakai layanan ini:\n"
        "• ADUAN – buat pengaduan, aspirasi atau permintaan informasi (boleh langsung: \"lapor jalan rusak di …\")\n"
        "• Foto, pesan suara, video, PDF dan lokasi (📎 > Lokasi) boleh dikirim kapan saja selama mengisi\n"
        "• STATUS – daftar laporan Anda; STATUS LPR-<nomor> – rincian satu laporan\n"
        "• LPR-<nomor> tambahan: <keterangan> – menambah keterangan atau bukti (foto boleh dilampirkan)\n"
        "• TIDAK PUAS LPR-<nomor> <alasan> – laporan yang sudah selesai dibuka kembali\n"
        "• IKUTI LPR-<nomor> – mengikuti laporan warga lain tentang masalah yang sama\n"
        "• BATAL – batalkan pengisian; MENU – kembali ke menu\n"
        "Laporan diverifikasi paling lambat 3 hari kerja, lalu diteruskan ke instansi yang berwenang."
    ),
    "upset_angry": (
        "Mohon maaf bila ada yang membuat Anda kesal 🙏 Ceritakan saja di sini apa yang terjadi, di mana, dan sejak "
        "kapan: kami catat dan teruskan ke instansi yang berwenang. Bila tentang laporan yang sudah Anda kirim, "
        "ketik STATUS."
    ),
    "upset_sad": (
        "Kami ikut sedih bila ada yang menyusahkan Anda 🙏 Ceritakan saja di sini apa yang terjadi, di mana, dan "
        "sejak kapan: kami catat dan teruskan ke instansi yang berwenang. Bila tentang laporan yang sudah Anda "
        "kirim, ketik STATUS."
    ),
    "reply_awaited": (
        "Maaf membuat Anda menunggu 🙏 Nomor ini dijawab otomatis, dan setiap pesan langsung kami balas. "
        "Ketik 1 untuk membuat pengaduan, 2 untuk cek status, atau 3 untuk bantuan. Bisa juga langsung tulis "
        "masalahnya: apa, di mana, sejak kapan."
    ),
    "who_answers": (
        "Nomor ini dijawab otomatis. Laporan yang Anda kirim dibaca petugas: verifikator memeriksanya dan "
        "meneruskannya ke instansi yang berwenang, lalu jawaban petugas instansi kami kirim ke nomor ini. "
        "Ketik 1 untuk membuat pengaduan, 2 untuk cek status, atau 3 untuk bantuan."
    ),
    "who_answers_filed": (
        "Nomor ini dijawab otomatis, dan petugas tidak bisa ditelepon atau ditemui lewat nomor ini. Pesan untuk "
        "petugas yang menangani laporan Anda: ketik TAMBAHAN {reference} diikuti pesannya. Kami teruskan kepada "
        "mereka, dan jawabannya kami kirim ke nomor ini. Ketik 1 untuk pengaduan baru."
    ),
    "who_answers_again": (  # a person asked for again within the hour
        "Mohon maaf, lewat nomor ini memang belum bisa bicara langsung dengan petugas 🙏 Yang bisa Anda lakukan:\n"
        "• tulis keperluan Anda di sini (ketik 1): petugas membacanya, dan jawabannya kami kirim ke nomor ini\n"
        "• bila ingin bertemu langsung, datangi {office} pada jam kerja\n"
        "• lewat SP4N-LAPOR! di www.lapor.go.id\n"
        "Untuk keadaan darurat, telepon 112."
    ),
    "who_answers_again_filed": (
        "Mohon maaf, lewat nomor ini memang belum bisa bicara langsung dengan petugas 🙏 Yang bisa Anda lakukan:\n"
        "• tulis pertanyaan atau pesan untuk petugas: ketik TAMBAHAN {reference} diikuti pesannya; jawabannya kami "
        "kirim ke nomor ini\n"
        "• bila ingin bertemu langsung, datangi {office} pada jam kerja dan sebutkan nomor laporan {reference}\n"
        "Untuk keadaan darurat, telepon 112."
    ),
    "who_answers_more": (  # a person asked for a third time (or more) within the hour
        "Maaf, kami paham Anda ingin bicara dengan orang 🙏 Lewat nomor ini tetap tidak bisa. Cara paling cepat: "
        "ketik 1 lalu tulis keperluan Anda, petugas membacanya; atau datangi {office} pada jam kerja."
    ),
    "who_answers_more_filed": (
        "Maaf, kami paham Anda ingin bicara langsung dengan petugas 🙏 Lewat nomor ini tetap tidak bisa. Cara paling "
        "cepat: ketik TAMBAHAN {reference} lalu pesan Anda, atau datangi {office} dengan nomor {reference}."
    ),
    "office_of": "kantor {agencies}",
    "office_handling": "kantor instansi yang berwenang",
    "service_channels": (
        "Laporan bisa disampaikan di WhatsApp ini (tulisan, foto, atau pesan suara 🎤), atau lewat SP4N-LAPOR! di "
        "www.lapor.go.id dan aplikasinya. Semua laporan dicatat dan ditangani dengan cara yang sama."
    ),
    "service_office": (
        "Layanan ini cukup lewat WhatsApp, tidak perlu datang ke kantor, dan bisa dipakai kapan saja: laporan Anda "
        "dicatat saat itu juga lalu diteruskan ke instansi yang berwenang. Bila perlu alamat atau jam buka kantor "
        "instansi tertentu, ketik 1, pilih 3 (Permintaan informasi), dan sebutkan instansinya."
    ),
    "service_office_agency": (
        "Alamat kantor {agency} belum tercatat di layanan ini. Anda tidak perlu datang ke kantor: laporan atau "
        "pertanyaan untuk {agency} bisa disampaikan di WhatsApp ini dan kami teruskan kepada petugasnya. Ketik 1 "
        "untuk membuat laporan, lalu pilih 3 (Permintaan informasi) bila ingin menanyakan alamat atau jam bukanya."
    ),
    "service_calls": (
        "Maaf, nomor ini hanya melayani pesan WhatsApp dan tidak menerima telepon. Sampaikan saja di sini lewat "
        "tulisan, foto, atau pesan suara 🎤; kami teruskan ke instansi yang berwenang. Bisa juga lewat SP4N-LAPOR! "
        "di www.lapor.go.id. Untuk keadaan darurat, hubungi 112."
    ),
    "service_contacted": (
        "Bila petugas perlu keterangan tambahan, pertanyaannya kami kirim lewat WhatsApp ini; cukup dibalas di sini. "
        "Bila memilih Anonim, nama dan nomor Anda tidak diperlihatkan kepada instansi."
    ),
    "service_official": (
        "Ya, ini layanan pengaduan resmi{region}: laporan Anda dicatat, diperiksa verifikator, lalu diteruskan ke "
        "instansi yang berwenang dan ke SP4N-LAPOR!. Kami tidak pernah meminta uang, kata sandi, atau kode OTP."
    ),
    "service_whose": (
        "Ini nomor WhatsApp resmi layanan pengaduan masyarakat{region}, bukan nomor pribadi pejabat. Di sini Anda "
        "dapat menyampaikan pengaduan, usul, atau pertanyaan tentang layanan pemerintah daerah."
    ),
    "service_cost": (
        "Layanan ini gratis: melapor tidak dipungut biaya apa pun, dan petugas tidak boleh meminta imbalan. "
        "Bila ada yang meminta bayaran, laporkan juga di sini."
    ),
    "service_duration": (
        "Laporan diverifikasi paling lambat {verification} hari kerja, lalu diteruskan ke instansi yang berwenang. "
        "Instansi menyelesaikannya paling lambat {pengaduan} hari kerja untuk pengaduan, {informasi} hari kerja untuk "
        "permintaan informasi dan {aspirasi} hari kerja untuk aspirasi. Setiap perkembangan kami kirim ke nomor ini."
    ),
    "service_changing": (
        "Bisa. Sebelum laporan dikirim, balas UBAH di ringkasan untuk memperbaiki bagian mana pun. Sesudah terkirim, "
        "isinya tidak diubah lagi, tetapi ralat, keterangan, atau foto bisa ditambahkan: ketik TAMBAHAN LPR-<nomor> "
        "diikuti keterangannya."
    ),
    "photo_how": (
        "Kirim fotonya di chat ini: tekan tombol 📎 (atau ikon kamera), pilih Kamera atau Galeri, lalu kirim. Bila "
        "tidak ada foto, balas LEWATI."
    ),
    "may_report_here": "Bisa, silakan. Kami bantu catat laporan Anda di sini.",
    "where_to_report_here": (
        "Bisa lewat sini. Kami teruskan laporan Anda ke instansi yang berwenang, jadi Anda tidak perlu mencarinya "
        "sendiri."
    ),
    "help_plea": (
        "Tentu, kami bantu. Silakan ceritakan masalahnya: apa yang terjadi, di mana, dan sejak kapan (foto boleh "
        "dikirim juga). Atau ketik 1 untuk mengisi laporan langkah demi langkah."
    ),
    "help_plea_filed": (
        "Tentu, kami bantu. Silakan ceritakan masalahnya: apa yang terjadi, di mana, dan sejak kapan. Untuk melihat "
        "laporan yang sudah Anda kirim, ketik STATUS."
    ),
    "service_how": (
        "Caranya: ketik 1, lalu jawab pertanyaan kami satu per satu (jenis laporan, apa masalahnya, di mana, foto bila "
        "ada, kerahasiaan). Bisa juga langsung tulis ceritanya, misalnya: lapor jalan rusak di depan SD 2."
    ),
    "service_privacy": (
        "Nomor Anda hanya terlihat oleh verifikator; nama Anda terlihat oleh instansi yang menangani. Pilih Anonim "
        "(ketik ANONIM) bila nama Anda pun tidak boleh diperlihatkan kepada instansi, atau Rahasia bila isi laporan "
        "tidak boleh dipublikasikan."
    ),
    "emergency": (
        "Bila ini keadaan darurat, segera telepon 112 (gratis, 24 jam), pemadam kebakaran 113, ambulans 119, "
        "atau polisi 110. Layanan pengaduan ini tidak dipantau setiap saat."
    ),
    "sickness_help": (
        "Semoga lekas sembuh 🙏 Bila ada yang sakit, segera bawa ke puskesmas atau IGD terdekat; bila parah, telepon "
        "ambulans 119. Laporan Anda tetap kami terima di sini."
    ),
    "violence_help": (
        "Bila korban dalam bahaya sekarang, telepon polisi 110 atau 112. Pendampingan korban kekerasan terhadap "
        "perempuan dan anak: SAPA 129 (telepon 129, WhatsApp 08111-129-129). Laporan Anda tetap kami terima di sini."
    ),
    "service_readers": (
        "Laporan Anda dibaca petugas verifikasi, lalu diteruskan kepada petugas instansi yang berwenang "
        "menanganinya. Bila Anda memilih Anonim, nama dan nomor Anda tidak diperlihatkan kepada instansi."
    ),
    "menu_greeted_again": (  # a greeting again minutes after the whole menu ("P", then "p", "halo min")
        "{greeting}, kami di sini 🙏 Silakan langsung tulis masalahnya, atau balas 1 untuk membuat pengaduan, 2 untuk "
        "cek status, 3 untuk bantuan."
    ),
    "menu_thanked": (  # signs of thanks alone ("🙏🙏", "👍") minutes after the whole menu
        "Sama-sama 🙏 Bila ada yang ingin disampaikan, silakan langsung tulis masalahnya, atau balas 1 untuk membuat "
        "pengaduan, 2 untuk cek status, 3 untuk bantuan."
    ),
    "menu_go_on": (  # one word per bubble after the menu: "min", "mau", …
        "Silakan lanjutkan 🙏 Tulis saja masalahnya, atau balas 1 untuk membuat pengaduan, 2 untuk cek status, 3 untuk "
        "bantuan."
    ),
    "menu_after_kept": (  # a photo after a pin (or a pin after a photo), no words yet
        "Silakan tulis apa yang terjadi dan sejak kapan; lampiran tadi ikut laporan Anda. Atau balas 1 untuk mengisi "
        "laporan langkah demi langkah."
    ),
    "menu_short": (
        "Maaf, kami belum paham. Balas 1 untuk membuat pengaduan (atau langsung tulis masalahnya), 2 untuk cek "
        "status, atau 3 untuk bantuan."
    ),
    "privacy_filed_anonim": (
        "Laporan {reference} Anda anonim: nama dan nomor Anda tidak diperlihatkan kepada instansi, hanya kepada "
        "verifikator."
    ),
    "privacy_filed_named": (
        "Pada laporan {reference}, instansi melihat nama Anda, tetapi tidak nomor Anda (nomor hanya dilihat "
        "verifikator). Bila nama Anda juga tidak boleh terlihat, ketik ANONIM {reference}."
    ),
    "service_next": "Ketik 1 untuk membuat pengaduan, 2 untuk cek status, atau 3 untuk bantuan.",
    "calls_filed": (
        "Pesan untuk petugas yang menangani laporan Anda: ketik TAMBAHAN {reference} diikuti pesannya; jawabannya "
        "kami kirim ke nomor ini."
    ),
    "help_link": (
        "Petugas yang nomornya tidak terlihat oleh layanan ini (memakai nama pengguna WhatsApp): ketik "
        "TAUTKAN diikuti nomor yang terdaftar, contoh: TAUTKAN 0812xxxxxxx. Kode 6 angka akan dikirim ke nomor itu."
    ),
    # Linking a staff member's username identity to their registered number (TAUTKAN) ----------------
    "link_how": (
        "Layanan ini tidak melihat nomor telepon Anda, jadi perintah petugas belum bisa dipakai dari sini. "
        "Bila Anda petugas, ketik TAUTKAN diikuti nomor Anda yang terdaftar, contoh: TAUTKAN 0812xxxxxxx. "
        "Bila bukan, ketik MENU."
    ),
    "link_not_needed": "Nomor Anda sudah terlihat oleh layanan ini; tidak perlu ditautkan. Ketik MENU untuk pilihan.",
    "link_sent": (
        "Bila {phone} nomor petugas yang terdaftar, kode 6 angka sudah kami kirim ke nomor itu. "
        "Balas kode tersebut di sini dalam 5 menit."
    ),
    "link_code": "Kode untuk menautkan akun WhatsApp Anda: {code}\nBerlaku 5 menit. Jangan berikan kode ini kepada siapa pun.",
    "link_wrong": "Kode salah. Sisa percobaan: {left}. Balas kode 6 angka yang dikirim ke nomor Anda.",
    "link_expired": "Kode sudah tidak berlaku. Ketik TAUTKAN diikuti nomor Anda untuk meminta kode baru.",
    "login_code": (
        "Kode masuk dasbor Penghubung: {code}\nBerlaku 5 menit. Jangan berikan kode ini kepada siapa pun, "
        "termasuk petugas. Bila Anda tidak sedang masuk, abaikan pesan ini."
    ),
    "link_done": "Berhasil, {name}: akun ini kini dikenali sebagai nomor petugas Anda. Ketik BANTUAN untuk daftar perintah.",
    "btl_unsure": (
        "Maaf, maksudnya betul atau batal? Balas YA bila benar dan ingin lanjut, atau BATAL bila laporan ini tidak "
        "jadi dikirim."
    ),
    "cancelled": "Pengisian dibatalkan, tidak ada yang dikirim. Ketik MENU bila ingin mulai lagi.",
    "cancelled_undo": "Tidak sengaja? Balas JANGAN BATAL untuk melanjutkan isian tadi.",
    "cancel_undone": "Baik, pengisian tadi kami lanjutkan.",
    "cancelled_for_another": "Baik, laporan tadi tidak jadi dikirim. Kita buat laporan yang baru.",
    "restarted": "Baik, kita ulang dari awal. Isian tadi tidak kami pakai.",
    "nothing_to_cancel": "Tidak ada pengisian yang sedang berjalan. Ketik MENU untuk melihat pilihan.",
    "nothing_to_cancel_filed": (
        "Tidak ada pengisian yang sedang berjalan. Laporan {reference} tetap kami proses. Bila ingin membatalkannya, "
        "balas BATALKAN {reference} diikuti alasannya."
    ),
    "nothing_to_cancel_filed_several": (
        "Tidak ada pengisian yang sedang berjalan. Laporan Anda tetap kami proses. Bila ingin membatalkan salah "
        "satunya, balas BATALKAN dengan nomornya dan alasannya, contoh: BATALKAN {reference} sudah beres."
    ),
    "draft_expired_story": (
        "Pengisian pengaduan Anda sebelumnya terhenti karena tidak ada balasan selama {hours} jam. Ceritanya masih "
        "kami simpan:\n\"{excerpt}\"\nBalas YA untuk melanjutkannya, atau MENU untuk pilihan lain."
    ),
    "draft_expired_answers": (
        "Pengisian pengaduan Anda sebelumnya terhenti karena tidak ada balasan selama {hours} jam. Cerita dan "
        "jawaban Anda masih kami simpan:\n\"{excerpt}\"\nBalas YA untuk melanjutkan dari pertanyaan terakhir, atau "
        "MENU untuk pilihan lain."
    ),
    "draft_expired": (
        "Pengisian pengaduan Anda sebelumnya kami hapus karena tidak ada balasan selama {hours} jam. "
        "Silakan mulai lagi."
    ),
    "kept_expired": (
        "Lampiran yang Anda kirim sebelumnya sudah kami hapus karena tidak dilanjutkan selama {hours} jam. "
        "Bila masih perlu, kirim lagi bersama ceritanya."
    ),
    "kept_media": "Lampiran Anda ({received}) kami simpan untuk pengaduan berikutnya.",
    "document_labelled": (
        "Terima kasih, lampiran Anda ({received}) kami simpan. Apa yang ingin Anda laporkan? Ceritakan masalahnya "
        "(apa yang terjadi, di mana, sejak kapan); lampirannya ikut dengan laporan itu."
    ),
    "kept_voice": (
        "Lampiran Anda ({received}) kami simpan. Ketik 1 untuk membuat pengaduan dengan pesan suara itu sebagai "
        "ceritanya (tidak perlu diketik lagi)."
    ),
    "photo_offer_addition": (
        "Lampiran Anda ({received}) sudah kami terima. Apakah ini untuk laporan Anda {reference} ({title})?\n"
        "Balas TAMBAHAN (atau YA): kami lampirkan pada {reference} dan kami teruskan kepada petugas yang "
        "menanganinya. Untuk pengaduan baru, balas 1: lampirannya ikut."
    ),
    "photo_offer_additions": (
        "Lampiran Anda ({received}) sudah kami terima. Bila ini untuk salah satu laporan Anda yang masih berjalan, "
        "balas TAMBAHAN dengan nomornya, contoh: TAMBAHAN {reference}\n{items}\n"
        "Untuk pengaduan baru, balas 1: lampirannya ikut."
    ),
    "kept_location": "Lokasi Anda kami simpan untuk pengaduan berikutnya.",
    "offer_kept_media": "Lampiran Anda ({received}) kami simpan bersama cerita di atas. Balas YA untuk membuat laporannya.",
    "offer_kept_location": "Lokasi Anda kami simpan bersama cerita di atas. Balas YA untuk membuat laporannya.",
    "sticker": "Terima kasih 🙂 Stiker tidak kami simpan sebagai foto laporan.",
    "sticker_filed": (  # a sticker alone from a citizen with complaints open
        "🙂 Ketik STATUS untuk melihat perkembangan laporan Anda, atau tulis saja di sini bila ada yang ingin "
        "disampaikan."
    ),
    "not_kept": "Maaf, berkas jenis ini tidak bisa kami simpan. {accepted} Atau tulis pesan.",
    "not_kept_contact": (
        "Maaf, kartu kontak tidak bisa kami simpan. Bila orang itu perlu dihubungi untuk laporan, tulis nama dan "
        "nomornya di pesan."
    ),
    "not_kept_office": (
        "Maaf, berkas Word atau Excel tidak bisa kami simpan. Kirim dalam bentuk PDF (Simpan sebagai > PDF), atau "
        "kirim foto halamannya."
    ),
    "media_accepted": "Yang bisa kami simpan: foto (JPG, PNG), pesan suara, video (MP4, MOV) dan dokumen PDF.",
    "media_too_large": (
        "Maaf, berkas yang Anda kirim terlalu besar (lebih dari {max_mb} MB) sehingga tidak tersimpan. {accepted} "
        "Kirim berkas yang lebih kecil, atau foto bagian yang penting saja."
    ),
    "media_fetch_failed": (
        "Maaf, lampiran (foto atau berkas) yang Anda kirim tadi tidak dapat kami ambil dari WhatsApp, sehingga tidak "
        "tersimpan. Mohon kirim ulang lampirannya."
    ),
    "media_fetch_failed_for": (
        "Maaf, lampiran (foto atau berkas) yang Anda kirim untuk {reference} tidak dapat kami ambil dari WhatsApp, "
        "sehingga tidak tersimpan. Mohon kirim ulang: ketik TAMBAHAN {reference} dan sertakan lampirannya."
    ),
    "media_fetch_failed_staff": (
        "Lampiran (foto atau berkas) yang Anda kirim untuk {reference} tidak dapat kami ambil dari WhatsApp, "
        "sehingga tidak tersimpan dan tidak terkirim. Kirim ulang dengan TL {reference} <keterangan> beserta "
        "lampirannya."
    ),
    "media_wrong_type": (
        "Maaf, berkas yang Anda kirim tidak bisa dibuka atau jenisnya tidak kami terima, sehingga tidak tersimpan. "
        "{accepted}"
    ),
    # Filing ----------------------------------------------------------------------------------------
    "offer_description": (
        "Sepertinya Anda ingin melapor:\n\"{excerpt}\"\n\n"
        "Balas YA untuk memakai pesan itu sebagai isi laporan, atau MENU untuk pilihan lain."
    ),
    "offer_in_english": (
        "(We reply in Indonesian, but you may write in English. Reply YA (yes) to file your message as a report; "
        "then answer each question with the number or word it shows.)"
    ),
    "offer_description_informasi": (
        "Sepertinya Anda ingin bertanya:\n\"{excerpt}\"\n\n"
        "Balas YA untuk mengirimnya sebagai permintaan informasi, atau MENU untuk pilihan lain."
    ),
    "offer_description_aspirasi": (
        "Sepertinya Anda ingin menyampaikan usul:\n\"{excerpt}\"\n\n"
        "Balas YA untuk mengirimnya sebagai aspirasi, atau MENU untuk pilihan lain."
    ),
    "link_only": (
        "Terima kasih 🙏 Tautan tidak bisa kami buka dan tidak tercatat sebagai laporan. Ceritakan masalahnya dengan "
        "kata-kata Anda (apa, di mana, sejak kapan); foto atau video boleh dikirim langsung di sini. Ketik 1 untuk "
        "membuat pengaduan."
    ),
    "chain_message": (
        "Pesan itu tampaknya pesan berantai (diminta untuk disebarkan), jadi tidak kami catat sebagai laporan. "
        "Bila Anda ingin menanyakan kebenarannya atau melaporkan sesuatu, ketik 1 lalu ceritakan dengan kata-kata Anda."
    ),
    "forward_wrapping_only": (
        "Pesan itu hanya pembuka atau penutup pesan terusan, jadi tidak kami catat sebagai laporan. Bila ada masalah "
        "yang ingin dilaporkan, kirim isi pesannya atau ceritakan dengan kata-kata Anda."
    ),
    "chain_truth_unknown": (
        "Kami tidak bisa memastikan kebenaran pesan berantai itu, tetapi instansi yang berwenang bisa menjawabnya. "
        "Pertanyaan Anda bisa kami catat sebagai permintaan informasi."
    ),
    "chain_question": "Mohon informasi, apakah benar isi pesan berantai berikut: \"{chain}\"",
    "bubbles_kept_attachment": (
        "Lampiran Anda ({received}) kami simpan bersama cerita di atas:\n\"{excerpt}\"\n"
        "Lanjutkan ceritanya (apa masalahnya, di mana, sejak kapan), atau ketik 1 untuk membuat pengaduan dengan "
        "cerita dan lampiran itu."
    ),
    "where_left_nothing": (
        "Tidak ada laporan yang sedang Anda isi saat ini. Laporan yang sudah terkirim bisa dilihat dengan STATUS."
    ),
    "where_left_filing": "Kita sedang mengisi laporan Anda. Pertanyaan terakhir kami:",
    "bubbles_kept": (
        "Pesan Anda kami catat:\n\"{excerpt}\"\n"
        "Lanjutkan ceritanya (apa masalahnya, di mana, sejak kapan), atau ketik 1 untuk membuat pengaduan dengan "
        "cerita itu."
    ),
    "description_noted": "Baik, isi laporan kami catat: \"{excerpt}\"",
    "offer_description_or_answer": (
        "Sepertinya Anda ingin melapor hal lain:\n\"{excerpt}\"\n\n"
        "Balas YA untuk membuat laporan baru dengan pesan itu. Bila pesan itu jawaban untuk pertanyaan petugas "
        "tentang laporan {reference}, balas JAWAB: kami teruskan kepada petugas."
    ),
    "offer_description_or_addition": (
        "Sepertinya Anda ingin melapor:\n\"{excerpt}\"\n\n"
        "Balas YA untuk membuat laporan baru dengan pesan itu. Bila pesan itu tentang laporan Anda {reference} "
        "({title}), balas TAMBAHAN: kami lampirkan pada {reference} dan kami teruskan kepada petugas yang "
        "menanganinya."
    ),
    "offer_description_staff": (
        "Sepertinya Anda ingin melaporkan petugas:\n\"{excerpt}\"\n\n"
        "Pesan ini tidak kami kirim kepada petugas yang menangani laporan Anda. Balas YA untuk membuat laporan "
        "baru dengan pesan itu: verifikator kami memeriksanya dulu, lalu meneruskannya ke instansi yang berwenang. "
        "Bila Anda tidak ingin dikenali, pilih Anonim saat ditanya kerahasiaannya."
    ),
    "offer_description_staff_first": (  # no complaint of one's own: no officer of it to keep the message from
        "Sepertinya Anda ingin melaporkan petugas:\n\"{excerpt}\"\n\n"
        "Balas YA untuk membuat laporan dengan pesan itu: verifikator kami memeriksanya dulu, lalu meneruskannya ke "
        "instansi yang berwenang. Bila Anda tidak ingin dikenali, pilih Anonim saat ditanya kerahasiaannya."
    ),
    "offer_question_or_addition": (
        "Pertanyaan lanjutan untuk {reference} ({title})?\n\"{excerpt}\"\n\n"
        "Balas {command}: kami teruskan kepada {agency}. Bila ini laporan baru, balas YA."
    ),
    "the_officers": "petugas yang menanganinya",
    "offer_description_or_additions": (
        "Sepertinya Anda ingin melapor:\n\"{excerpt}\"\n\n"
        "Balas YA untuk membuat laporan baru dengan pesan itu. Bila pesan itu tentang salah satu laporan Anda yang "
        "masih berjalan, balas TAMBAHAN dengan nomornya, contoh: TAMBAHAN {reference}\n{items}"
    ),
    "offer_addition_which": (
        "Pesan itu tambahan untuk laporan yang mana? Balas TAMBAHAN dengan nomornya, contoh: TAMBAHAN {reference}\n"
        "{items}"
    ),
    "privacy_first_anonim": (
        "Bisa. Laporan ini kami catat sebagai laporan anonim: nama dan nomor Anda hanya terlihat oleh verifikator, "
        "tidak diperlihatkan kepada instansi (bisa diubah di ringkasan nanti)."
    ),
    "privacy_first_rahasia": (
        "Bisa. Laporan ini kami catat sebagai laporan rahasia: isinya tidak dipublikasikan (bisa diubah di ringkasan "
        "nanti)."
    ),
    "kind_privacy_kept": (
        "Baik, soal kerahasiaan kami catat: laporan {privacy} (bisa diubah di ringkasan nanti). "
        "Angka di pertanyaan ini untuk jenis laporannya."
    ),
    "kind_privacy_later": (
        "Pilihan kerahasiaan (supaya identitas Anda aman) kami tanyakan nanti, setelah cerita dan lokasinya. "
        "Angka di pertanyaan ini untuk jenis laporannya."
    ),
    "privacy_noted": "Baik, laporan ini kami catat sebagai laporan {privacy} (bisa diubah di ringkasan nanti).",
    "privacy_assent_rahasia": (
        "Karena belum ada pilihan angka, laporan ini kami catat sebagai laporan rahasia: isinya tidak dipublikasikan, "
        "nama Anda tetap terlihat oleh petugas instansi. Bila nama Anda tidak boleh diperlihatkan, pilih Anonim "
        "(bisa diubah di ringkasan nanti)."
    ),
    "privacy_from_story_anonim": (
        "Anda meminta identitas Anda tidak diketahui, jadi laporan ini kami catat sebagai laporan anonim: nama dan "
        "nomor Anda tidak diperlihatkan kepada instansi, hanya kepada petugas verifikasi (bisa diubah di ringkasan "
        "nanti)."
    ),
    "privacy_self_told": (
        "Nama dan nomor Anda tidak kami perlihatkan, tetapi keterangan tentang diri Anda di isi laporan (misalnya "
        "pekerjaan atau tempat Anda) tetap terbaca petugas instansi. Bila tidak ingin dikenali, balas UBAH untuk "
        "menuliskan ulang isinya."
    ),
    "privacy_from_fear": (  # fear told in the story ("…, sy takut diteror"): the citizen asked for nothing
        "Karena Anda menyampaikan kekhawatiran, demi keamanan Anda laporan ini kami catat sebagai laporan anonim: "
        "nama dan nomor Anda tidak diperlihatkan kepada instansi, hanya kepada petugas verifikasi (bisa diubah di "
        "ringkasan nanti)."
    ),
    "privacy_from_story_rahasia": (
        "Anda meminta isi laporan dirahasiakan, jadi laporan ini kami catat sebagai laporan rahasia: isinya tidak "
        "dipublikasikan (bisa diubah di ringkasan nanti)."
    ),
    "offer_wait": "Baik, kami tunggu 🙏 Bila sudah, balas YA untuk memakai pesan di atas sebagai isi laporan, atau lanjutkan ceritanya.",
    "offer_reminder": (
        "Laporan dari pesan Anda tadi belum kami buat:\n\"{excerpt}\"\nBalas YA untuk membuatnya, atau MENU untuk "
        "pilihan lain."
    ),
    "offer_reminder_or_addition": (
        "Laporan dari pesan Anda tadi belum kami buat:\n\"{excerpt}\"\nBalas YA untuk membuat laporan baru, atau "
        "TAMBAHAN dengan nomor laporannya (contoh: TAMBAHAN {reference}) bila pesan itu tentang laporan yang sudah ada."
    ),
    "offer_after_late_reply": (
        "Tidak apa-apa. Laporan Anda belum terkirim:\n\"{excerpt}\"\nBalas YA untuk melanjutkannya, atau MENU untuk "
        "pilihan lain."
    ),
    "offer_still": (
        "Laporannya belum kami buat. Balas YA untuk memakai pesan ini sebagai isi laporan:\n\"{excerpt}\"\n"
        "Pertanyaan lain (lokasi, foto, kerahasiaan) menyusul satu per satu."
    ),
    "ask_kind": (
        "Jenis laporan Anda? Balas dengan angka:\n"
        "1 Pengaduan (ada masalah layanan)\n"
        "2 Aspirasi (usul atau saran)\n"
        "3 Permintaan informasi"
    ),
    "bad_kind": "Mohon balas 1, 2 atau 3.",
    "kind_go_ahead": (
        "Baik. Pilih dulu jenisnya dengan mengetik angkanya saja:\n"
        "ketik 1 kalau ada masalah yang mau dilaporkan,\n"
        "ketik 2 kalau mau memberi usul atau saran,\n"
        "ketik 3 kalau mau bertanya."
    ),
    "kind_explained": (
        "Pengaduan: ada layanan atau fasilitas umum yang bermasalah, misalnya jalan rusak, sampah tidak diangkut, "
        "pelayanan yang buruk. Aspirasi: usul atau saran untuk pemerintah daerah. Permintaan informasi: pertanyaan, "
        "misalnya syarat mengurus dokumen. Bila ragu, balas 1."
    ),
    "kind_explained_chosen": "Laporan ini kami catat sebagai {kind}; jenisnya bisa diganti di ringkasan nanti (UBAH).",
    "location_go_on": "Baik: \"{place}\" … Lanjutkan alamatnya: namanya, lalu kecamatannya bila tahu.",
    "ask_description": (
        "Ceritakan apa yang terjadi: apa masalahnya, sejak kapan, dan dampaknya. "
        "Tulis dalam satu pesan."
    ),
    "ask_description_aspirasi": (
        "Ceritakan usul atau saran Anda: apa yang sebaiknya dibuat atau diperbaiki, dan mengapa. "
        "Tulis dalam satu pesan."
    ),
    "ask_description_informasi": (
        "Tuliskan pertanyaan Anda: informasi apa yang Anda perlukan, dan untuk keperluan apa. "
        "Tulis dalam satu pesan."
    ),
    "filed_for_noted": (
        "Baik, laporan ini kami catat atas nama {who}. Anda tetap tercatat sebagai pelapor, dan kabarnya kami kirim "
        "ke nomor ini."
    ),
    "story_filed_for": "Atas nama {who}: {story}",  # whom the citizen files for, before their story (staff read it)
    "description_continue": (
        "Baik, kami catat: \"{excerpt}\"\nCeritanya masih terlalu singkat. Mohon lanjutkan: apa masalahnya, sejak "
        "kapan, dan dampaknya."
    ),
    "description_not_sendable": (
        "Laporan belum bisa dikirim: ceritanya \"{excerpt}\" masih terlalu singkat. Mohon tambahkan: apa "
        "masalahnya, sejak kapan, dan dampaknya."
    ),
    "description_too_short": (
        "Ceritanya terlalu singkat (minimal {min_chars} huruf, beberapa kata). "
        "Mohon tulis lebih lengkap: apa masalahnya, sejak kapan, dampaknya."
    ),
    "description_no_words": "Mohon ceritakan masalahnya dengan kata-kata, bukan hanya emoji atau angka.",
    "kind_informasi_checked": (
        "Anda memilih 3 (Permintaan informasi), padahal Anda sudah mengirim foto atau lokasi sebuah masalah. "
        "Bila ini pengaduan, balas 1. Bila memang ingin bertanya, balas 3 lagi. "
        "Bila maksud Anda anonim (nama dan nomor dirahasiakan), pilihan itu ditanyakan sesudah ini."
    ),
    "ask_location": (
        "Di mana lokasinya? Tulis alamat (jalan, desa/kelurahan, kecamatan), "
        "atau kirim lokasi lewat tombol 📎 > Lokasi."
    ),
    "ask_location_vague": (
        "Anda menyebut lokasinya \"{place}\". Mohon tulis alamatnya: nama jalan atau gang, nomor rumah atau RT/RW, "
        "desa/kelurahan, dan kecamatan, atau kirim lokasi lewat tombol 📎 > Lokasi."
    ),
    "ask_location_told": (
        "Lokasinya di {place}? Balas YA bila benar. Bila kurang tepat, tulis alamat lengkapnya (jalan, "
        "desa/kelurahan, kecamatan), atau kirim lokasi lewat tombol 📎 > Lokasi."
    ),
    "location_told_number": (
        "Di sini tidak perlu angka. Balas YA bila lokasinya memang di {place}, atau tulis alamat lengkapnya (jalan, "
        "desa/kelurahan, kecamatan)."
    ),
    "location_number": (
        "Di sini tidak perlu angka. Tulis alamatnya (jalan, desa/kelurahan, kecamatan), atau kirim lokasi lewat "
        "tombol 📎 > Lokasi."
    ),
    "ask_location_optional": (
        "Di mana lokasinya? Tulis alamat (jalan, desa/kelurahan, kecamatan), "
        "atau kirim lokasi lewat tombol 📎 > Lokasi. Balas LEWATI bila tidak ada lokasi tertentu."
    ),
    "location_too_short": "Alamatnya terlalu singkat. Sebutkan jalan, desa/kelurahan dan kecamatan, atau kirim lokasi.",
    "another_complaint_next": (
        "Sepertinya itu laporan lain: masalahnya kita laporkan satu per satu. Kita selesaikan dulu laporan ini; "
        "setelah terkirim, ketik 1 untuk melaporkan yang berikutnya."
    ),
    "another_question_kept": (
        "Pertanyaan Anda (\"{excerpt}\") kami simpan: kita selesaikan dulu laporan ini, setelah terkirim kami "
        "tawarkan untuk mengirimkan pertanyaan itu."
    ),
    "another_complaint_kept": (
        "Sepertinya itu laporan lain: masalahnya kita laporkan satu per satu. Ceritanya (\"{excerpt}\") kami simpan; "
        "setelah laporan ini terkirim, kami tawarkan untuk melaporkannya."
    ),
    "two_problems": (
        "Sepertinya ada dua masalah, dan masalahnya kita laporkan satu per satu. Laporan ini tentang \"{first}\". "
        "Yang kedua (\"{second}\") kami simpan; setelah laporan ini terkirim, kami tawarkan untuk melaporkannya."
    ),
    "next_story_offered": (
        "Tadi Anda juga menyebut masalah lain:\n\"{excerpt}\"\n\n"
        "Balas YA untuk melaporkannya sekarang, atau MENU bila tidak perlu."
    ),
    "next_question_offered": (
        "Tadi Anda juga bertanya:\n\"{excerpt}\"\n\n"
        "Balas YA untuk mengirimnya sebagai permintaan informasi, atau MENU bila tidak perlu."
    ),
    "new_complaint_hint": "Untuk membuat pengaduan baru, ketik 1.",
    "next_story_declined": "Baik, masalah itu tidak kami laporkan. Bila nanti ingin melaporkannya, ketik 1.",
    "several_one_at_a_time": (
        "Baik, masalahnya kita laporkan satu per satu. Kita mulai dengan yang pertama; setelah terkirim, ketik 1 "
        "untuk melaporkan yang berikutnya."
    ),
    "location_needed": (
        "Pengaduan perlu lokasi supaya petugas bisa menemukan masalahnya. Tulis alamat atau patokan terdekat "
        "(jalan, desa/kelurahan, kecamatan), atau kirim lokasi lewat tombol 📎 > Lokasi."
    ),
    "location_needed_told": (
        "Pengaduan perlu lokasi supaya petugas bisa menemukan masalahnya. Balas YA bila lokasinya di {place}, "
        "atau tulis alamat atau patokan terdekat yang lebih tepat, atau kirim lokasi lewat tombol 📎 > Lokasi."
    ),
    "location_unclear": (
        "Mohon tulis lokasinya di sini supaya petugas bisa menemukan masalahnya: nama jalan atau patokan "
        "terdekat (masjid, sekolah, pasar), desa/kelurahan, kecamatan. Bisa juga kirim lokasi lewat tombol 📎 > Lokasi."
    ),
    "location_example": (
        "Lokasinya belum kami terima. Tulis tempat masalahnya, contoh: Jl. Melati RT 03/RW 05, Desa Sukamaju, atau "
        "patokan: depan SD 2 Sukamaju. Bisa juga kirim lokasi lewat tombol 📎 > Lokasi."
    ),
    "location_unknown": (
        "Tidak apa-apa. Sebutkan patokan terdekat (masjid, sekolah, pasar, nama jalan) dan desa atau kecamatannya, "
        "atau kirim lokasi lewat tombol 📎 > Lokasi bila Anda sedang di sana."
    ),
    "location_unknown_told": (
        "Tidak apa-apa. Bila lokasinya di {place}, balas YA. Bila bukan, sebutkan patokan terdekat (masjid, sekolah, "
        "pasar, nama jalan) dan desa atau kecamatannya, atau kirim lokasi lewat tombol 📎 > Lokasi."
    ),
    "ask_photo": "Ada foto pendukung? Kirim fotonya sekarang, atau balas LEWATI bila tidak ada.",
    "photo_unclear": "Belum ada foto yang kami terima. Kirim fotonya sekarang, atau balas LEWATI bila tidak ada.",
    "photo_optional": (
        "Foto tidak wajib, tetapi membantu petugas. Bila ada, kirim fotonya sekarang; bila tidak ada, balas LEWATI."
    ),
    "location_which": (
        "Yang kami perlukan lokasi masalahnya, tempat masalah itu ada, supaya petugas bisa menemukannya. Bila "
        "masalahnya di rumah Anda, tulis alamat rumah Anda."
    ),
    "place_asked_later": (
        "Lokasinya kami tanyakan sesudah ini. Tulis sejelas mungkin (jalan, desa/kelurahan, kecamatan); bila tidak "
        "tahu alamatnya, patokan terdekat pun cukup."
    ),
    "photo_asked_later": "Foto tidak wajib, tetapi membantu petugas. Fotonya kami minta sesudah pertanyaan ini.",
    "photo_not_image": "Maaf, berkas itu tidak bisa kami simpan. {accepted} Kirim lagi, atau balas LEWATI.",
    "photo_received": "{received} diterima.",
    "photo_received_total": "{received} diterima (semuanya {total}).",
    "photos_done": "Baik, {received} sudah kami terima.",
    "photo_burst": "Diterima, semuanya {received}. Bila sudah semua, balas pertanyaan di atas.",
    "photo_caption": "Keterangan foto: {caption}",
    "photo_captions_more": "{captions}; {caption}",  # the next photo's caption on the first one's line
    "voice_note_is_story": (
        "Pesan suara Anda kami pakai sebagai cerita laporan. Bila ingin menambah tulisan, ketik UBAH di ringkasan nanti."
    ),
    "description_voice_note": "(Ceritanya ada di pesan suara terlampir.)",
    # A place said by voice: in parentheses and "terlampir", as the story's note (lapor.duplicates.NOTE_OF_THE_SERVICE)
    "location_voice_note": "(Lokasinya disebut di pesan suara terlampir.)",
    "voice_at_place": (
        "Pesan suara diterima. Agar petugas mudah menemukan tempatnya, mohon tulis lokasinya (jalan atau patokan, "
        "desa/kelurahan), atau kirim lokasi lewat tombol 📎 > Lokasi. Bila tidak bisa mengetik, kirim sekali lagi "
        "pesan suara yang menyebut lokasinya: petugas kami akan mendengarkannya."
    ),
    "voice_place_taken": "Baik, lokasinya kami catat dari pesan suara Anda; petugas kami akan mendengarkannya.",
    "voice_starts_filing": "Terima kasih, pesan suara Anda kami terima dan kami jadikan laporan. Bila bukan laporan, "
                           "balas BATAL.",
    "speak_instead": (
        "Tidak apa-apa, Bapak/Ibu boleh bercerita lewat pesan suara: tekan dan tahan tombol 🎤, sebutkan masalahnya "
        "dan lokasinya, lalu lepaskan. Pesan suara itu kami teruskan kepada petugas."
    ),
    "summary_photo_waiting": "Silakan kirim fotonya sekarang lewat tombol 📎 (Kamera atau Galeri), lalu balas KIRIM.",
    "photo_by_another": (
        "Foto yang dikirim dari nomor lain tidak bisa masuk ke laporan ini. Minta fotonya diteruskan ke nomor ini "
        "lalu kirim dari sini, atau balas LEWATI (foto bisa menyusul dengan pesan: LPR-<nomor> tambahan)."
    ),
    "by_another": (
        "Laporan atau foto yang dikirim dari nomor lain tercatat atas nomor itu, dan kabarnya juga dikirim ke nomor "
        "itu. Agar masuk ke laporan Anda, kirim dari nomor ini."
    ),
    "by_another_open": "Untuk menambah keterangan atau foto ke laporan Anda, ketik {reference} tambahan lalu isinya.",
    "photo_waiting": "Silakan kirim fotonya sekarang lewat tombol 📎 (Kamera atau Galeri). Bila tidak jadi, balas LEWATI.",
    "photo_still_waiting": (
        "Fotonya belum sampai. Silakan kirim fotonya lewat tombol 📎 (Kamera atau Galeri), atau balas LEWATI; "
        "foto juga bisa dikirim nanti dengan pesan: LPR-<nomor> tambahan."
    ),
    "photo_skipped": "Baik, kami lanjutkan tanpa foto. Foto bisa dikirim nanti dengan pesan: LPR-<nomor> tambahan.",
    "photo_later": (
        "Baik, fotonya boleh menyusul: kirim kapan saja sebelum KIRIM, atau sesudahnya dengan pesan: LPR-<nomor> tambahan."
    ),
    "privacy_before_sending": (
        "Laporan belum terkirim: satu pilihan lagi. Balas 1 (biasa), 2 (rahasia) atau 3 (anonim), lalu KIRIM."
    ),
    "draft_reminder": (
        "Laporan Anda belum terkirim. Kami simpan sampai pukul {until}; balas pertanyaan ini untuk melanjutkan, "
        "atau BATAL.\n\n{question}"
    ),
    "correction_applied": "Baik, {part} sudah kami perbaiki.",
    "correction_unclear": (
        "Bagian mana yang salah? Tulis perbaikannya, contoh: salah, maksud saya …, atau ketik UBAH di ringkasan nanti."
    ),
    "correction_label": "Ralat",
    "correction_ask": "Baik. Tulis {part} yang benar:",
    "part_kind": "jenis laporan",
    "part_description": "isi laporan",
    "part_location": "lokasi",
    "part_privacy": "kerahasiaan",
    "filing_courtesy": "🙏 Laporan Anda belum terkirim. Mari kita lanjutkan:",
    "filing_hurried": "Mohon maaf merepotkan 🙏 Tinggal sedikit lagi, laporan Anda belum terkirim:",
    "kind_story_kept": "Baik, kami catat: \"{excerpt}\"\nPilih dulu jenis laporannya, lalu lanjutkan ceritanya.",
    "kind_now_complaint": "Baik, kami catat sebagai Pengaduan.",
    "kind_changed": "Baik, jenis laporan kami ganti menjadi {kind}.",
    "kind_already": "Baik, laporan ini sudah kami catat sebagai {kind}.",
    "kind_assumed": "Kami catat sebagai Pengaduan (bisa diubah di ringkasan nanti).",
    "media_full": "Lampiran laporan ini sudah {count} (batasnya); selebihnya tidak kami simpan.",
    "location_received": "Lokasi diterima: {place}.",
    "location_added": "Baik, lokasinya kami lengkapi: {place}.",
    "plea_noted": "Baik, kami mengerti 🙏 Laporan Anda kami teruskan ke instansi begitu terkirim.",
    "ask_privacy": (
        "Pilih kerahasiaan laporan. Balas dengan angka:\n"
        "1 Biasa – laporan dan nama Anda tercatat seperti biasa\n"
        "2 Rahasia – isi laporan tidak dipublikasikan\n"
        "3 Anonim – nama dan nomor Anda tidak diperlihatkan kepada instansi "
        "(pesan suara diteruskan apa adanya, jadi suara Anda terdengar oleh instansi; bila tak ingin dikenali, ketik saja)"
    ),
    "privacy_anonim_offered": (
        "Mohon diperhatikan: pilihan Rahasia hanya membuat isi laporan tidak dipublikasikan, sedangkan nama dan "
        "nomor Anda tetap terlihat oleh instansi yang menangani. Bila Anda tidak ingin dikenali, pilihan yang tepat "
        "adalah Anonim: nama dan nomor Anda tidak diperlihatkan kepada instansi.\n"
        "Balas YA untuk memilih Anonim, atau 2 bila tetap Rahasia."
    ),
    "privacy_safest_chosen": (
        "Baik, kami pilihkan yang paling aman: Anonim – nama dan nomor Anda tidak diperlihatkan kepada instansi."
    ),
    "privacy_safest": (
        "Yang paling aman untuk Anda: 3 Anonim – nama dan nomor Anda tidak diperlihatkan kepada instansi (hanya "
        "petugas verifikasi yang melihatnya). Balas 3 untuk memilihnya, atau 1 (biasa) / 2 (rahasia)."
    ),
    "privacy_safest_later": (
        "Yang paling aman untuk Anda: Anonim – nama dan nomor Anda tidak diperlihatkan kepada instansi. Pilihan ini "
        "kami tanyakan nanti; bisa juga ketik ANONIM sekarang."
    ),
    "bad_privacy": "Mohon balas 1 (biasa), 2 (rahasia) atau 3 (anonim).",
    "privacy_by_number": (
        "Pilihan kerahasiaan ini dijawab dengan angka, bukan YA atau OK. Ketik:\n"
        "1 bila laporan dan nama Anda boleh tercatat seperti biasa\n"
        "2 bila isi laporan tidak boleh dipublikasikan\n"
        "3 bila nama dan nomor Anda tidak boleh diperlihatkan kepada instansi"
    ),
    "privacy_explained": (
        "Biasa: laporan dan nama Anda tercatat seperti biasa, dan warga lain dengan masalah yang sama bisa mengikutinya. "
        "Rahasia: isi laporan tidak dipublikasikan dan tidak ditawarkan kepada warga lain. "
        "Anonim: nama dan nomor Anda tidak diperlihatkan kepada instansi."
    ),
    "summary": (
        "Periksa laporan Anda:\n"
        "Jenis: {kind}\n"
        "Isi: {description}\n"
        "Lokasi: {place}\n"
        "Lampiran: {photos}\n"
        "Kerahasiaan: {privacy}\n\n"
        "Balas KIRIM untuk mengirim, UBAH untuk memperbaiki, atau BATAL."
    ),
    "story_added": "Baik, ditambahkan ke isi laporan: \"{excerpt}\"",
    "story_resent": "Ceritanya sudah kami catat, tidak perlu dikirim lagi.",
    "story_told_already": "Baik, itu sudah tercatat di isi laporan: \"{excerpt}\"",
    "status_arrived": "Sudah sampai 🙏 Laporan {reference} sudah kami terima. Perkembangannya:",
    "summary_identity_masked": (
        "Laporan ini anonim, jadi nama atau nomor Anda yang tertulis di isi laporan kami samarkan. Keterangan lain yang "
        "bisa membuat Anda dikenali (nama toko, nomor kios, alamat rumah) tetap terbaca petugas; bila perlu, balas UBAH "
        "untuk menuliskannya ulang."
    ),
    "summary_softened": (
        "Kami memahami kekesalan Anda. Laporan ini akan dibaca petugas, jadi kata-kata kasar kami samarkan seperti di "
        "atas; isi laporan tetap kami teruskan. Bila ingin menuliskannya ulang, balas UBAH."
    ),
    "summary_forwarded": (
        "Pesan ini tampaknya diteruskan dari orang lain, jadi nomor telepon di dalamnya kami samarkan seperti di atas "
        "agar tidak tersebar. Bila ada yang Anda lihat atau alami sendiri (di mana, sejak kapan), tulis saja di sini; "
        "kami tambahkan ke isi laporan."
    ),
    "bad_confirm": "Balas KIRIM, UBAH, atau BATAL.",
    "summary_acknowledged": (
        "Laporan Anda belum terkirim. Balas KIRIM untuk mengirimnya (atau OK sekali lagi), UBAH untuk "
        "memperbaiki, atau BATAL."
    ),
    "summary_thanked": (
        "Sama-sama 🙏 Laporan Anda belum terkirim. Balas KIRIM untuk mengirimnya (atau OK sekali lagi), "
        "UBAH untuk memperbaiki, atau BATAL."
    ),
    "summary_courtesy": "🙏 Laporan Anda belum terkirim. Balas KIRIM untuk mengirimnya, UBAH untuk memperbaiki, atau BATAL.",
    "ask_edit": (
        "Bagian mana yang ingin diubah? Balas dengan angka:\n"
        "1 Jenis\n2 Isi\n3 Lokasi\n4 Foto\n5 Kerahasiaan\n"
        "Balas KEMBALI bila tidak jadi mengubah."
    ),
    "bad_edit": "Mohon balas angka 1 sampai 5, atau KEMBALI bila tidak jadi mengubah.",
    "edit_back": "Balas KEMBALI bila tidak jadi mengubah.",
    "ask_photo_edit": (
        "Kirim foto pengganti, balas HAPUS untuk tanpa foto, atau KEMBALI untuk tetap memakai foto yang ada."
    ),
    "submitted": (
        "Terima kasih, laporan Anda tercatat dengan nomor {reference}.\n"
        "Petugas akan memverifikasinya paling lambat {day} ({days} hari kerja), lalu meneruskannya ke instansi yang "
        "berwenang. "
        "Kabar selanjutnya akan kami kirim ke nomor ini.\n"
        "Ketik STATUS {reference} kapan saja untuk melihat perkembangannya."
    ),
    "submitted_anonymous": "Laporan anonim: nama dan nomor Anda tidak diperlihatkan kepada instansi.",
    # A number past its budget of new complaints (lapor.budget): nothing filed, the story kept for the verifiers
    "over_budget": (
        "Mohon maaf, laporan ini belum bisa kami catat sebagai laporan baru: dari nomor ini sudah masuk {filed} "
        "laporan dalam {window} terakhir, batas untuk setiap nomor.\n"
        "Laporan Anda sebelumnya tetap aman dan tetap diproses (ketik STATUS untuk melihatnya). Cerita ini sudah "
        "kami simpan sebagai catatan pada {reference} untuk dibaca petugas verifikasi.\n"
        "Anda bisa mengirim laporan baru lagi mulai {when}. Bila ini mendesak atau darurat, segera telepon 112."
    ),
    "over_budget_start": (
        "Mohon maaf, untuk saat ini laporan Anda belum bisa kami catat sebagai laporan baru: dari nomor ini sudah "
        "masuk {filed} laporan dalam {window} terakhir, batas untuk setiap nomor. Anda bisa mengirim laporan baru "
        "lagi mulai {when}.\n"
        "Laporan Anda sebelumnya tetap aman dan tetap diproses (ketik STATUS untuk melihatnya). Bila tetap ada yang "
        "ingin disampaikan, tulis saja ceritanya di sini: kami simpan sebagai catatan pada {reference} untuk dibaca "
        "petugas verifikasi.\n"
        "Bila ini mendesak atau darurat, segera telepon 112."
    ),
    "over_budget_noted": (
        "Terima kasih, cerita Anda sudah kami simpan sebagai catatan pada {reference} untuk dibaca petugas "
        "verifikasi (bukan laporan baru). Laporan baru bisa Anda kirim lagi mulai {when}. Bila darurat, segera "
        "telepon 112."
    ),
    "over_budget_hour": "1 jam",
    "over_budget_day": "24 jam",
    "over_budget_today": "hari ini pukul {time}",
    "over_budget_tomorrow": "besok pukul {time}",
    "similar_offer": (
        "Masalah serupa di tempat itu sudah dilaporkan warga lain:\n{items}\n"
        "Jika sama, ketik IKUTI {reference} untuk mengikutinya: Anda menerima setiap kabarnya tanpa membuat "
        "laporan baru. Jika berbeda, lanjutkan saja."
    ),
    "similar_item": "• {reference} – {title} ({status})",
    "following": (
        "Anda sekarang mengikuti {reference}. Setiap kabar dari instansi akan kami kirim ke nomor ini; "
        "draf Anda tidak dikirim.\nKetik STATUS {reference} kapan saja untuk melihat perkembangannya."
    ),
    "now_following": (
        "Anda sekarang mengikuti {reference}. Setiap kabar dari instansi akan kami kirim ke nomor ini.\n"
        "Ketik STATUS {reference} kapan saja untuk melihat perkembangannya."
    ),
    "follow_unavailable": (
        "{reference} tidak dapat diikuti: hanya laporan warga lain yang terbuka untuk umum dan masih berjalan. "
        "Ketik STATUS untuk laporan Anda sendiri."
    ),
    "evidence_thanks": (
        "Terima kasih, tambahan Anda sudah kami lampirkan pada {reference} dan kami teruskan kepada petugas "
        "yang menanganinya."
    ),
    "welcome": "Sama-sama 🙏 Ketik MENU bila ada lagi yang bisa kami bantu.",
    "welcome_done_elsewhere": (
        "Sama-sama, senang masalahnya sudah beres 🙏 Nomor ini belum punya laporan di layanan ini; bila Anda melapor "
        "dari nomor lain, ketik STATUS dari nomor itu untuk mengikutinya. Ketik MENU bila ada lagi yang bisa kami bantu."
    ),
    "message_through": (
        "Ya, pesan Anda sudah masuk 🙏 Nomor ini dijawab otomatis. Langsung tulis masalahnya (apa, di mana, sejak "
        "kapan), atau ketik 1 untuk membuat pengaduan, 2 untuk cek status, 3 untuk bantuan."
    ),
    "sent_by_mistake": "Baik, tidak apa-apa 🙏 Pesan tadi tidak kami catat. Ketik MENU bila ada yang bisa kami bantu.",
    "language_asked": (
        "Mohon maaf, balasan kami dalam Bahasa Indonesia, tetapi Anda boleh menulis dengan bahasa sehari-hari, "
        "bahasa daerah, atau English (we reply in Indonesian, but you may write in English) 🙏 Tulis saja "
        "dengan kata-kata Anda sendiri; ketik MENU untuk pilihan lain."
    ),
    "data_deletion_asked": (
        "Nomor Anda hanya terlihat oleh verifikator; nama Anda terlihat oleh instansi kecuali laporannya anonim 🙏 "
        "Laporan yang sudah masuk menjadi arsip pengaduan dan "
        "datanya tidak bisa kami hapus lewat WhatsApp ini. Yang bisa dilakukan di sini: ketik ANONIM LPR-<nomor> agar "
        "nama dan nomor Anda tidak diperlihatkan kepada instansi, atau BATALKAN LPR-<nomor> bila laporannya masih "
        "berjalan. Untuk penghapusan data, hubungi kantor pengelola layanan pengaduan daerah Anda."
    ),
    "script_not_read": (
        "Mohon maaf, kami hanya dapat membaca tulisan huruf Latin, dalam Bahasa Indonesia atau bahasa daerah (sorry, "
        "please write in Latin letters, in Indonesian or English) 🙏 Ketik 1 untuk membuat pengaduan, atau MENU untuk "
        "pilihan lain."
    ),
    "off_topic_asked": (
        "Maaf, itu di luar layanan kami 🙏 Layanan ini untuk pengaduan, usul, dan pertanyaan tentang layanan "
        "pemerintah daerah: ketik 1 bila ada yang ingin Anda sampaikan."
    ),
    "reported_by_phone": (
        "Laporan lewat telepon tidak tercatat di WhatsApp ini, jadi kabarnya tidak bisa kami lihat di sini 🙏 "
        "Tanyakan perkembangannya ke nomor yang Anda hubungi, atau ketik 1 untuk melaporkannya di sini; "
        "kabarnya bisa Anda cek dengan STATUS."
    ),
    "venting": (
        "Terima kasih sudah mau bercerita 🙏 Nomor ini layanan pengaduan pemerintah daerah, jadi kami tidak bisa "
        "menemani mengobrol. Bila yang ingin Anda ceritakan adalah masalah layanan publik (jalan, air, sampah, "
        "sekolah, puskesmas, bansos, dan lainnya), tuliskan saja di sini: apa, di mana, sejak kapan. Bila Anda "
        "merasa sangat tertekan atau tidak aman, hubungi puskesmas terdekat atau 112."
    ),
    "jobs_asked": (
        "Maaf, kami tidak membuka atau membagikan lowongan kerja lewat nomor ini 🙏 Info lowongan, bursa kerja, dan "
        "pelatihan kerja ada di Dinas Tenaga Kerja. Bila ingin bertanya kepada instansi itu, ketik 1 lalu pilih 3 "
        "Permintaan informasi."
    ),
    "meant_for_another": (
        "Sepertinya pesan ini untuk orang lain 🙏 Nomor ini layanan pengaduan pemerintah daerah, bukan nomor ustadz, "
        "masjid, atau kelompok pengajian, jadi pesan tadi tidak kami catat. Ketik MENU bila ada yang bisa kami bantu."
    ),
    "agency_contact_asked": (
        "Nomor kontak instansi tidak kami bagikan dari layanan otomatis ini 🙏 Pesan untuk instansi itu bisa lewat "
        "nomor ini: ketik 1 lalu tuliskan pengaduan atau pertanyaan Anda, kami teruskan kepada instansinya dan "
        "jawabannya kami kirim ke sini. Bila yang Anda perlukan memang nomor kantornya, ketik 1, pilih 3 "
        "Permintaan informasi, lalu tanyakan nomornya."
    ),
    "reply_awaited_no_report": (
        "Nomor ini belum punya laporan di layanan ini, jadi belum ada laporan yang kami tunggu jawabannya 🙏 Bila "
        "Anda melapor dari nomor WhatsApp lain, ketik STATUS dari nomor itu, atau STATUS LPR-<nomor> di sini bila "
        "Anda tahu nomor laporannya. Laporan lewat telepon, surat, atau SP4N-LAPOR! tidak terlihat di sini. Ketik 1 "
        "untuk melapor di sini."
    ),
    "thanked_while_asked": "Sama-sama 🙏",
    "story_filed_already": (
        "Laporan ini sudah tercatat sebagai {reference}, tidak perlu dikirim lagi 🙏 Bila ada keterangan baru, ketik "
        "TAMBAHAN {reference} diikuti pesannya. Berikut keadaannya:"
    ),
    "insulted": "Mohon maaf atas ketidaknyamanannya 🙏 Kami mengerti Anda kesal. Berikut keadaan laporan Anda:",
    "temper_regretted": "Tidak apa-apa, kami mengerti 🙏 Ketik MENU bila ada yang bisa kami bantu.",
    "temper_regretted_open": (
        "Tidak apa-apa, kami mengerti 🙏 Laporan Anda tetap kami kawal; ketik STATUS untuk melihat perkembangannya."
    ),
    "threatened": (
        "Kami mengerti Anda kecewa 🙏 Itu hak Anda; laporan Anda di sini tetap kami kawal sampai ada jawaban dari "
        "instansi. Berikut keadaannya:"
    ),
    "threatened_more": (
        "Bila ada keterangan baru untuk petugas, ketik TAMBAHAN {reference} diikuti pesannya; kami teruskan kepada "
        "mereka."
    ),
    "threatened_none": (
        "Kami mengerti Anda kecewa 🙏 Agar masalahnya ditangani instansi yang berwenang, ceritakan di sini: balas 1, "
        "atau langsung tulis masalahnya (apa, di mana, sejak kapan)."
    ),
    "threatened_while_asked": (
        "Kami mengerti Anda kecewa 🙏 Pesan tadi tidak kami teruskan kepada petugas sebagai jawaban."
    ),
    "insult_while_asked": (
        "Mohon maaf atas ketidaknyamanannya 🙏 Kami mengerti Anda kesal. Pesan tadi tidak kami teruskan kepada "
        "petugas sebagai jawaban."
    ),
    "worship_asked": (
        "Maaf, jadwal ibadah (waktu sholat, imsakiyah, hari raya) tidak kami layani di sini 🙏 Silakan tanyakan ke "
        "masjid setempat atau KUA kecamatan. Layanan ini untuk pengaduan, usul, dan pertanyaan tentang layanan "
        "pemerintah daerah: ketik 1 bila ada yang ingin Anda sampaikan."
    ),
    "officials_number_asked": (
        "Maaf, nomor pribadi pejabat tidak kami berikan 🙏 Nomor ini adalah saluran resmi untuk menyampaikan "
        "pengaduan, usul, atau pertanyaan kepada pemerintah daerah: pesan Anda kami teruskan ke instansi yang "
        "berwenang. Ketik 1 lalu tuliskan pesan Anda."
    ),
    "reported_elsewhere": (
        "Laporan yang dibuat di tempat lain (SP4N-LAPOR!, situs web, surat, atau langsung di kantor) tidak terlihat "
        "dari layanan ini, jadi perkembangannya tidak bisa kami lihat. Bila Anda mau, kami catat di sini sebagai "
        "laporan baru:\n\"{excerpt}\"\n\n"
        "Balas YA untuk memakai pesan itu sebagai isi laporan, atau MENU untuk pilihan lain."
    ),
    "welcome_done": (
        "Sama-sama, senang masalahnya sudah beres 🙏 Terima kasih sudah melapor. Ketik MENU bila ada lagi yang bisa "
        "kami bantu."
    ),
    "called": (
        "Ya, ada yang bisa kami bantu? 🙏\n"
        "• Ketik STATUS untuk melihat perkembangan laporan Anda.\n"
        "• Ketik TAMBAHAN {reference} lalu keterangannya (atau kirim foto) untuk menambah keterangan.\n"
        "• Ketik 1 untuk membuat laporan baru."
    ),
    "acknowledged": "Baik 🙏 Kabar laporan Anda akan kami kirim ke nomor ini. Ketik MENU bila ada lagi yang bisa kami bantu.",
    "notice_acknowledged": "Sama-sama. Perkembangan {reference} akan kami kabarkan lagi. Ketik STATUS untuk melihatnya.",
    "going_in_person": (
        "Baik 🙏 Laporan {reference} tetap berjalan di sini. Bila dari kantor ada keterangan atau hasil baru, kirim "
        "di sini: TAMBAHAN {example} lalu keterangannya, kami teruskan kepada petugas yang menanganinya."
    ),
    "notice_seen": (
        "Perkembangan {reference} akan kami kabarkan lagi. Ketik STATUS untuk melihatnya, atau tulis tambahan "
        "keterangan bila ada yang perlu diketahui petugas."
    ),
    "protected_anonim": (
        "Baik, untuk {reference} nama dan nomor Anda tidak lagi diperlihatkan kepada instansi."
    ),
    "protected_rahasia": "Baik, isi {reference} tidak lagi dipublikasikan dan tidak bisa diikuti warga lain.",
    "protected_already_told": (
        " {agencies} sudah menerima laporan ini sebelumnya; verifikator kami minta menjaga identitas Anda di sana."
    ),
    "waited_sorry": (
        "Mohon maaf atas lamanya penanganan 🙏 Bila ada keterangan baru untuk petugas, ketik TAMBAHAN {reference} "
        "diikuti pesannya; kami teruskan kepada mereka."
    ),
    "waited_sorry_short": "Mohon maaf atas lamanya penanganan 🙏",
    "handled_by_each": (
        "Laporan Anda yang masih berjalan:\n{items}\nPesan untuk petugasnya: ketik TAMBAHAN LPR-<nomor> diikuti "
        "pesannya; jawabannya kami kirim ke nomor ini."
    ),
    "handled_by_item": "• {reference} ({title}): {handler}",
    "handled_by_verifiers": "masih diperiksa petugas verifikasi",
    "handled_by": (
        "{reference} ({title}) ditangani {agencies}.\nStatus: {status}.\nPesan untuk petugasnya: ketik TAMBAHAN "
        "{reference} diikuti pesannya; jawabannya kami kirim ke nomor ini."
    ),
    "handled_by_verifier": (
        "{reference} ({title}) masih diperiksa petugas verifikasi, lalu diteruskan ke instansi yang berwenang. "
        "Kabarnya kami kirim ke nomor ini."
    ),
    "archived_refile": (
        "{reference} sudah diarsipkan dan tidak dapat dibuka kembali. Bila keberatan atau ada keterangan baru, kami "
        "bisa membuat laporan baru dari isi {reference} beserta pesan Anda tadi: balas YA, atau MENU untuk pilihan "
        "lain."
    ),
    "archived_where": (
        "{reference} sudah diarsipkan dengan alasan di atas, jadi tidak dapat dibuka kembali atau diteruskan lagi. "
        "Bila masalahnya masih ada, ketik 1 untuk membuat laporan baru, dan sebutkan di ceritanya instansi yang "
        "menurut Anda berwenang: petugas verifikasi akan mempertimbangkannya."
    ),
    "archived_not_passed": (
        "{reference} sudah diarsipkan, jadi pesan Anda tidak kami teruskan. Bila keberatan atau ada keterangan baru, "
        "ketik 1 untuk membuat laporan baru."
    ),
    "closed_not_passed": (
        "{reference} sudah selesai, jadi pesan Anda tidak kami teruskan. Bila masalahnya muncul lagi, ketik 1 untuk "
        "membuat laporan baru."
    ),
    "fixed_meanwhile": (
        "Syukurlah bila masalahnya sudah beres 🙏 Bila laporan {reference} tidak perlu dilanjutkan, balas BATALKAN "
        "{reference}, petugas akan menutupnya. Bila masih ada yang kurang, ketik TAMBAHAN {reference} diikuti "
        "keterangannya."
    ),
    "still_open_addition": (
        "Pesan Anda belum kami teruskan. Balas YA agar kami teruskan kepada petugas yang menangani {reference} "
        "sebagai tambahan. Bila ini masalah lain, ketik 1 untuk laporan baru."
    ),
    "about_own_not_passed": (
        "Pesan Anda belum kami teruskan ke petugas. Untuk menambahkannya ke {reference}, ketik TAMBAHAN {reference} "
        "diikuti keterangannya. Untuk pengaduan baru, ketik 1."
    ),
    "follower_reply": (
        "Pesan Anda tidak kami teruskan: hanya pelapor {reference} yang dapat menambah keterangan. Kabar berikutnya "
        "kami kirim ke nomor ini. Bila Anda mengalami masalah sendiri, ketik 1."
    ),
    "follower_no_longer_public": (
        "{reference} yang Anda ikuti kini dirahasiakan pelapornya, jadi kabarnya tidak kami kirim lagi. "
        "Bila masalahnya juga Anda alami, ketik 1 untuk membuat laporan Anda sendiri."
    ),
    "protected_already": "{reference} sudah {privacy}: identitas Anda sudah terlindungi seperti itu.",
    "protect_which": (
        "Laporan mana yang ingin dirahasiakan?\n{items}\nBalas ANONIM diikuti nomornya, contoh: ANONIM {reference}."
    ),
    "protect_none": "Anda belum punya laporan yang bisa dirahasiakan. Saat membuat laporan baru, pilih 3 Anonim.",
    "verifier_protected": (
        "Pelapor {reference} meminta identitasnya dirahasiakan (kini {privacy}). {agencies} sudah menerima "
        "pemberitahuan yang memuat identitasnya: mohon minta mereka menjaganya."
    ),
    "news_which": (
        "Kabar ini tentang laporan yang mana?\n{items}\nBalas nomornya saja, contoh: {number}. Kabar Anda akan kami "
        "teruskan kepada petugas yang menanganinya."
    ),
    "evidence_which": (
        "Tambahan ini untuk laporan yang mana?\n{items}\n"
        "Kirim lagi diawali nomornya, contoh: {reference} tambahan: <keterangan> (foto boleh dilampirkan)."
    ),
    "evidence_none": (
        "Anda tidak punya laporan yang masih berjalan untuk ditambahi. Balas 1 untuk membuat pengaduan baru."
    ),
    "evidence_unknown": (
        "{reference} bukan laporan Anda yang masih berjalan, jadi tambahan belum kami lampirkan. "
        "Ketik STATUS untuk daftar laporan Anda."
    ),
    "media_announced": (
        "Silakan kirim {media} di sini 🙏 Setelah itu ceritakan masalahnya: apa yang terjadi, di mana, dan sejak "
        "kapan. Bisa juga ketik 1 untuk langsung membuat pengaduan."
    ),
    "media_announced_open": (
        "Silakan kirim {media} di sini 🙏 Setelah terkirim, kami tanyakan apakah untuk laporan Anda {reference} "
        "atau untuk pengaduan baru."
    ),
    "evidence_media_awaited": (
        "Silakan kirim fotonya (atau videonya) di sini, boleh dengan keterangan: kami lampirkan pada {reference} dan "
        "kami teruskan kepada petugas yang menanganinya."
    ),
    "place_correction_asked": (
        "Baik. Tulis alamat yang benar untuk {reference} (jalan, nomor rumah, RT/RW, desa), atau kirim lokasinya lewat "
        "tombol 📎 > Lokasi: kami teruskan kepada petugas yang menanganinya."
    ),
    "evidence_empty": "Tuliskan keterangannya atau lampirkan fotonya, contoh: {reference} tambahan: <keterangan>.",
    "evidence_to_staff": "Pelapor {reference} ({title}) menambahkan keterangan:\n{text}",
    "withdrawal_to_officers": (
        "Pelapor {reference} ({title}) meminta laporannya dibatalkan:\n{text}\n"
        "Bila memang tidak perlu ditindaklanjuti lagi, tutup dengan SELESAI {reference} <jawaban untuk pelapor>."
    ),
    "withdrawal_to_verifiers": (
        "Pelapor {reference} ({title}) meminta laporannya dibatalkan:\n{text}\n"
        "Bila disetujui: ARSIPKAN {reference} dicabut oleh pelapor."
    ),
    "withdrawal_relayed": (
        "Permintaan pembatalan {reference} sudah kami teruskan kepada petugas yang menanganinya. Laporan ditutup "
        "setelah petugas memprosesnya; kabarnya kami kirim ke nomor ini."
    ),
    "contacted_anonymous": (
        "Laporan {reference} Anda kirim sebagai Anonim, jadi nama dan nomor Anda tidak diperlihatkan kepada petugas "
        "instansi, dan mereka tidak dapat menelepon Anda. Bila petugas perlu keterangan, pertanyaannya kami kirim "
        "lewat WhatsApp ini; cukup dibalas di sini. Untuk menyampaikan sesuatu kepada petugas, ketik TAMBAHAN "
        "{reference} diikuti pesannya."
    ),
    "contacted_filed": (
        "Petugas instansi menghubungi pelapor lewat WhatsApp ini: bila mereka perlu keterangan tentang {reference}, "
        "pertanyaannya kami kirim ke nomor ini; cukup dibalas di sini. Untuk menyampaikan sesuatu kepada petugas, "
        "ketik TAMBAHAN {reference} diikuti pesannya."
    ),
    "moved_explained": (
        "Laporan {reference} {where} Bila instansi yang menerima laporan menyatakan masalahnya bukan kewenangannya, "
        "laporan dikembalikan ke verifikator kami, lalu diteruskan ke instansi yang berwenang. Anda tidak perlu "
        "melapor ulang; kabar berikutnya kami kirim ke nomor ini. Ketik STATUS {reference} untuk rinciannya."
    ),
    "moved_house": (
        "Laporan {references} tetap ditangani walaupun Anda pindah rumah: yang ditangani adalah tempat yang Anda "
        "laporkan, bukan alamat Anda. Kabarnya tetap kami kirim ke nomor WhatsApp ini. Bila tempat yang dilaporkan "
        "perlu diralat, ketik TAMBAHAN diikuti keterangannya."
    ),
    "moved_now_at": "kini ditangani {agencies}.",
    "moved_at_verifier": "sedang diperiksa lagi oleh verifikator untuk diteruskan ke instansi yang berwenang.",
    "echo_status": "Pesan itu pesan dari kami tentang laporan {reference}. Keadaannya sekarang:",
    "echo_rating": (
        "Pesan itu pesan dari kami tentang laporan {reference}. Bila masalahnya sudah beres, beri nilai untuk "
        "{rated} dengan angka 1 sampai 5; bila belum, balas TIDAK PUAS diikuti apa yang masih kurang."
    ),
    "withdrawal_finished": (
        "Laporan {reference} sudah selesai ditangani, jadi tidak perlu dibatalkan; penilaiannya kami lewati. "
        "Bila masalahnya belum beres, ketik TIDAK PUAS {reference} diikuti alasannya."
    ),
    "withdrawal_confirm": (
        "Batalkan laporan {reference} ({title})? Balas YA bila laporan ini tidak perlu dilanjutkan; permintaan "
        "Anda kami teruskan kepada petugas yang menanganinya. Bila bukan itu maksud Anda, tuliskan jawaban Anda "
        "untuk pertanyaan petugas."
    ),
    "withdrawal_kept": (
        "Baik, laporan {reference} tidak kami batalkan. Silakan tulis jawaban Anda untuk pertanyaan petugas."
    ),
    "withdrawal_none": "Tidak ada laporan Anda yang masih berjalan untuk dibatalkan. Ketik STATUS untuk daftar laporan Anda.",
    "which_complaint_asked": (
        "Laporan yang mana?\n{items}\nBalas nomornya, contoh: STATUS {reference}."
    ),
    "withdrawal_which": (
        "Laporan mana yang ingin dibatalkan?\n{items}\nTulis nomornya, contoh: batalkan {reference}."
    ),
    "withdrawal_unknown": (
        "{reference} bukan laporan Anda yang masih berjalan. Ketik STATUS untuk daftar laporan Anda."
    ),
    "follow_unknown": "Balas IKUTI disertai salah satu nomor yang kami tawarkan: {references}.",
    "follow_closed": "{reference} sudah tidak dapat diikuti. Silakan lanjutkan laporan Anda.",
    # Status ----------------------------------------------------------------------------------------
    "status_none": (
        "Anda belum punya laporan dari nomor ini. Bila Anda melapor dari nomor WhatsApp lain, ketik STATUS dari nomor "
        "itu, atau STATUS LPR-<nomor> di sini bila Anda tahu nomor laporannya. Balas 1 untuk membuat pengaduan."
    ),
    "status_none_offer": (
        "Nomor ini belum punya laporan di layanan ini. Bila Anda ingin melaporkannya sekarang:\n\"{excerpt}\"\n\n"
        "Balas YA untuk memakai pesan itu sebagai isi laporan, atau MENU untuk pilihan lain."
    ),
    "status_other_offer": (
        "Laporan Anda di layanan ini ({references}) tidak ada yang tentang hal itu; ketik STATUS untuk "
        "rinciannya. Bila Anda ingin melaporkannya sekarang:\n\"{excerpt}\"\n\n"
        "Balas YA untuk memakai pesan itu sebagai isi laporan, atau MENU untuk pilihan lain."
    ),
    "status_none_filing": "Anda belum punya laporan terkirim: yang sedang Anda isi baru terkirim setelah KIRIM.",
    "status_list_head": "Laporan Anda:",
    "status_list_item": "• {reference} – {title}\n  {status} (diperbarui {updated})",
    "status_list_tail": "Ketik STATUS LPR-<nomor> untuk rinciannya.",
    "status_detail": (
        "{reference} – {title}\n"
        "Jenis: {kind}\n"
        "Status: {status}\n{due}"
        "Dilaporkan: {created}\n"
        "Lokasi: {place}"
    ),
    # A deadline's day and time (`deadline_words`): every message and page that gives a deadline says it so.
    "deadline_today": "hari ini",
    "deadline_tomorrow": "besok",
    "deadline_dated": "{day}, {date}",
    "deadline_at": "{day} pukul {time}",
    # When the citizen may expect the next step (`lapor.queue.promised_by`): to come, or gone by (the agency said
    # to be reminded once the ladder did it: `lapor.queue.late_chased`).
    "status_verification_by": "Diverifikasi paling lambat: {due}",
    "status_verification_late_chased": "Verifikasi melewati batas {due}; petugas sudah kami ingatkan.",
    "status_verification_late_unchased": "Verifikasi melewati batas {due}; petugas akan kami ingatkan.",
    "status_completion_by": "Batas penyelesaian: {due}",
    "status_completion_late_chased": "Batas penyelesaian {due} sudah lewat; instansi sudah kami ingatkan.",
    "status_completion_late_unchased": "Batas penyelesaian {due} sudah lewat; instansi akan kami ingatkan.",
    "status_latest": "Perkembangan terakhir ({when}):\n{text}",
    "status_moved": "Laporan ini dipindahkan ke {agencies} ({when}) karena lebih sesuai kewenangannya. Tindak lanjut "
                    "dari sana akan kami kirim ke nomor ini.",
    "status_your_reply": "Balasan Anda ({when}):\n{text}",
    "status_withdrawal_waiting": (
        "Permintaan pembatalan Anda ({when}) sudah kami teruskan dan menunggu petugas: laporan ditutup setelah "
        "petugas memprosesnya; kabarnya kami kirim ke nomor ini."
    ),
    "status_withdrawal_mark": " · pembatalan diminta, menunggu petugas",
    "status_merged": "Digabung dengan {parent} ({status})",
    "status_followed": "{status} · Anda mengikuti laporan ini",
    "status_not_found": "Laporan {reference} tidak ditemukan di nomor ini. Mungkin nomornya salah ketik?",
    "status_not_found_none": (
        "Laporan {reference} tidak ditemukan di nomor ini, dan nomor ini belum punya laporan. Bila Anda melapor "
        "dari nomor WhatsApp lain, cek dari nomor itu. Balas 1 untuk membuat pengaduan."
    ),
    # Rating ----------------------------------------------------------------------------------------
    "ask_rating": (
        "Laporan {reference} ({title}) sudah dinyatakan selesai oleh instansi.\n"
        "Seberapa puas Anda dengan jawabannya? Balas angka 1 (sangat tidak puas) sampai 5 (sangat puas), "
        "boleh disertai komentar, atau TIDAK PUAS diikuti alasannya."
    ),
    "bad_rating": "Mohon balas angka 1 sampai 5, atau TIDAK PUAS diikuti alasannya (LEWATI bila tidak ingin menilai).",
    "rating_said": (
        "Terima kasih, kami catat: \"{text}\"\n"
        "Bila masalahnya belum selesai, balas TIDAK PUAS: {reference} akan kami buka kembali dengan keterangan itu. "
        "Bila sudah, beri nilai dengan angka 1 sampai 5."
    ),
    "rating_thanked": "Sama-sama 🙏 Boleh beri nilai untuk jawaban {reference}? Balas angka 1 (sangat tidak puas) sampai 5 (sangat puas).",
    "rating_skipped": "Baik, {reference} tidak dinilai. Bila belum puas, ketik TIDAK PUAS {reference} diikuti alasannya.",
    "rating_several": "Ada beberapa laporan yang menunggu penilaian Anda: untuk menilai yang ini, balas (geser) pesan ini, atau ketik TIDAK PUAS {reference} diikuti alasannya.",
    "reopen_closed": (
        "Laporan {reference} sudah ditutup, jadi tidak dapat dibuka kembali. "
        "Bila masalahnya muncul lagi, ketik 1 untuk membuat laporan baru."
    ),
    "reopen_which": (
        "Laporan mana yang belum memuaskan?\n{items}\nBalas nomor urutnya atau nomor laporannya, contoh: {reference}."
    ),
    "reopen_which_item": "{number}. {reference} – {title}",
    "reopen_follower_only": (
        "{reference} bukan laporan Anda, jadi hanya pelapornya yang dapat membukanya kembali. Bila masalahnya masih "
        "Anda alami, ketik 1 untuk membuat laporan Anda sendiri (sebutkan {reference} di ceritanya). "
        "Ketik STATUS {reference} untuk perkembangannya."
    ),
    "reopen_unknown": "{reference} tidak ada di antara laporan Anda yang sudah selesai. Ketik STATUS untuk daftar laporan Anda.",
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
        "Lampiran: {attachments}"
    ),
    # One number's complaints filed close together (bot.notices: notice_burst_minutes): one notice for them all
    "verifier_burst": (
        "{count} laporan baru dari pelapor yang sama menunggu verifikasi (dikirim berdekatan, kami satukan dalam "
        "satu pesan).\n"
        "Pelapor: {reporter}\n"
        "{items}\n"
        "Balas TERUSKAN LPR-<nomor> <instansi> untuk masing-masing (angka saran juga boleh, contoh: TERUSKAN "
        "{reference} 1), GABUNG bila sama, ARSIPKAN bila bukan laporan. Rincian: STATUS LPR-<nomor>."
    ),
    "verifier_burst_item": "{number}. {reference} · {kind} · {title} · Lokasi: {place}{suggestion}{duplicates}",
    "verifier_burst_suggestion": " · Saran: {code} ({score})",
    "verifier_burst_duplicates": " · Mirip: {duplicates}",
    "verifier_burst_accused": " · ⚠ menyebut petugas {names}",
    "verifier_burst_more": "… dan {more} laporan lagi dari pelapor ini: lihat ANTREAN.",
    "verifier_over_limit": (
        "Batas laporan tercapai: {reporter} sudah mengirim {filed} laporan dalam {window} terakhir. Laporan "
        "berikutnya dari nomor ini tidak dibuat sebagai laporan baru; ceritanya dicatat di riwayat {reference} "
        "(hanya verifikator yang melihatnya). Yang pertama:\n{text}\n"
        "Bila memang laporan sungguhan, ketik BUKA BATAS {phone} untuk membuka batasnya selama 24 jam."
    ),
    "rating_reminder": "Laporan {reference} sudah selesai. Balas angka 1 sampai 5 untuk menilai jawabannya, atau LEWATI.",
    "rating_corrected": "Baik, nilai untuk {reference} kami catat {score} dari 5. Terima kasih 🙏",
    "rating_done_in_words": (
        "Terima kasih, senang masalahnya sudah beres 🙏 Kami catat Anda puas dengan jawaban {reference} "
        "(nilai {score} dari 5)."
    ),
    "rating_slow": (
        "Terima kasih, penilaian Anda untuk {reference} (nilai {score} dari 5) dan catatan soal lamanya penanganan "
        "sudah kami catat. Bila masalahnya ternyata belum beres, ketik TIDAK PUAS {reference} diikuti apa yang masih "
        "kurang, dan laporannya kami buka kembali."
    ),
    "rating_for_manners": (
        "Terima kasih, penilaian Anda untuk {reference} (nilai {score} dari 5) dan keluhan Anda tentang petugasnya "
        "sudah kami catat. Keluhan itu tidak kami kirim kepada petugas yang Anda keluhkan. Bila ingin melaporkan "
        "petugasnya, ketik 1 lalu ceritakan kejadiannya: verifikator kami memeriksanya dulu. Bila masalahnya "
        "ternyata belum beres, ketik TIDAK PUAS {reference} diikuti apa yang masih kurang."
    ),
    "reopen_not_asked": (
        "Laporan {reference} tidak kami buka kembali. Bila masalahnya ternyata belum beres, ketik TIDAK PUAS "
        "{reference} diikuti alasannya."
    ),
    "rating_thanks": "Terima kasih, penilaian Anda untuk {reference} sudah kami catat.",
    "rating_thanked_back": (
        "Terima kasih atas penilaian {score} untuk {reference}, sudah kami catat 🙏 Senang masalahnya sudah beres."
    ),
    "rating_not_fixed_asked": (
        "Terima kasih, penilaian dan komentar Anda untuk {reference} sudah kami catat. Apakah masalahnya belum "
        "selesai? Balas BUKA untuk membuka kembali laporan, atau SELESAI bila cukup."
    ),
    "new_number_told": (
        "Terima kasih. Demi keamanan pelapor, laporan hanya bisa diikuti dari nomor yang dipakai saat melapor, jadi "
        "{reference} belum bisa kami tampilkan di nomor ini. Pesan Anda sudah kami teruskan ke petugas verifikasi; "
        "mereka akan memeriksanya dan menghubungi Anda di nomor ini."
    ),
    "number_moving_draft": (
        "Kabar laporan kami kirim ke nomor yang dipakai saat melapor, yaitu nomor ini; nomor lain tidak kami tulis di "
        "isi laporan. Bila nanti pindah ke nomor baru, kirim dari nomor baru itu: \"saya pelapor LPR-…, ini nomor "
        "baru saya\". Silakan lanjutkan laporan Anda."
    ),
    "number_moving": (
        "Kabar laporan kami kirim ke nomor yang dipakai saat melapor, yaitu nomor ini. Bila Anda pindah ke nomor "
        "baru, kirim pesan dari nomor baru itu: \"saya pelapor {reference}, ini nomor baru saya\". Petugas "
        "verifikasi memeriksanya, lalu memindahkan kabarnya ke nomor baru."
    ),
    "new_number_which": (
        "Demi keamanan pelapor, laporan hanya bisa diikuti dari nomor yang dipakai saat melapor. Supaya petugas "
        "verifikasi dapat memeriksanya, balas dengan nomor laporan Anda (LPR-<nomor>) atau nomor WhatsApp lama "
        "yang Anda pakai saat melapor (contoh: 0812xxxxxxx)."
    ),
    "new_number_unknown": (
        "{reference} tidak kami temukan. Periksa lagi nomor laporannya (LPR-<nomor>), atau balas dengan nomor "
        "WhatsApp lama yang Anda pakai saat melapor."
    ),
    "new_number_more_told": (
        "Terima kasih, keterangan ini juga kami teruskan ke petugas verifikasi untuk memeriksa nomor baru Anda. "
        "Mereka akan menghubungi Anda di nomor ini."
    ),
    "new_number_told_by_phone": (
        "Terima kasih. Bila nomor itu tercatat sebagai pelapor, pesan Anda kami teruskan ke petugas verifikasi; "
        "mereka akan memeriksanya dan menghubungi Anda di nomor ini. Demi keamanan pelapor, laporannya belum bisa "
        "kami tampilkan di nomor ini."
    ),
    # firsts10: a number the directory lacks says it is an agency's officer (bot.conversation.idle._staff_claimed)
    "staff_unregistered": (
        "Nomor ini belum terdaftar sebagai nomor petugas, jadi pesan Anda tidak dicatat sebagai laporan dan "
        "disposisi belum bisa dikirim ke sini. Pesan Anda sudah kami teruskan ke verifikator (admin koordinator), "
        "yang mendaftarkan petugas baru; mohon minta juga pimpinan instansi Anda menghubungi mereka. Setelah "
        "terdaftar, ketik BANTUAN untuk daftar perintah petugas.\nBila Anda ingin mengadu sebagai warga, balas 1."
    ),
    "verifier_staff_claimed": (
        "Nomor {phone} ({name}) belum terdaftar dan menyatakan sebagai petugas instansi:\n{text}"
        "Bila benar (hubungi dulu pimpinan instansinya), daftarkan nomor itu di halaman Direktori dengan nama, "
        "instansi dan perannya; setelah itu disposisi instansinya sampai ke nomor itu."
    ),
    "verifier_new_number": (
        "Nomor {phone} ({name}) menyatakan sebagai pelapor {reference} dengan nomor baru:\n{text}"
        "Pelapor tercatat: {reporter} ({old}). Bila benar (hubungi dulu pelapor), pindahkan laporan ke nomor baru "
        "dengan: NOMORBARU {reference} {phone}"
    ),
    "verifier_move_disputed": (
        "Nomor lama pelapor {reference}, {phone} ({name}), mempertanyakan pemindahan laporan ke nomor {current} "
        "(NOMORBARU):\n{text}"
        "Hubungi kedua nomor untuk memeriksanya. Bila laporan harus kembali ke nomor lama: NOMORBARU {reference} "
        "{phone}"
    ),
    "offer_description_again": (
        "Laporan Anda {reference} tentang masalah ini sudah ditutup, jadi masalah ini perlu dilaporkan lagi sebagai "
        "laporan baru:\n"
        "\"{excerpt}\"\n\nBalas YA untuk membuatnya (petugas akan tahu masalahnya pernah dilaporkan di {reference}), "
        "atau MENU untuk pilihan lain."
    ),
    "story_again_of": "(Masalah ini pernah dilaporkan sebagai {reference}.)",
    "late_rating_thanks": (
        "Terima kasih, penilaian Anda untuk {reference} (nilai {score} dari 5) sudah kami catat, walau laporannya "
        "sudah ditutup."
    ),
    "late_rating_low": (
        "Terima kasih, penilaian Anda untuk {reference} (nilai {score} dari 5) sudah kami catat. Laporannya sudah "
        "ditutup, jadi tidak dapat dibuka kembali. Bila masalahnya masih ada, ketik 1 untuk membuat laporan baru."
    ),
    "reopened": (
        "Laporan {reference} kami buka kembali dengan alasan Anda dan kami teruskan lagi ke instansi.{due} "
        "Kabar selanjutnya akan kami kirim ke nomor ini."
    ),
    "score_after_reopening": (
        "Laporan {reference} sudah kami buka kembali dan sedang ditindaklanjuti lagi oleh instansi. Nilai bisa Anda "
        "berikan setelah jawaban berikutnya. Untuk pengaduan baru, ketik ADUAN."
    ),
    "reopened_due": " Batas penyelesaian baru: {day}.",
    "reason_too_short": "Mohon tulis alasannya dalam beberapa kata, supaya instansi tahu apa yang perlu diperbaiki.",
    # Staff: help and refusals ---------------------------------------------------------------------
    "staff_help_officer": (
        "Perintah petugas {agency}:\n"
        "TL LPR-<nomor> <kemajuan> – laporkan tindak lanjut\n"
        "SELESAI LPR-<nomor> <jawaban> – jawaban akhir\n"
        "INFO LPR-<nomor> <pertanyaan> – tanya pelapor\n"
        "KEMBALIKAN LPR-<nomor> <alasan> – bukan kewenangan kami\n"
        "SURVEI LPR-<nomor> <alasan> – perlu survei lapangan (batas 60 hari kerja)\n"
        "DAFTAR – disposisi terbuka\n"
        "STATUS LPR-<nomor> – rincian laporan\n"
        "Membalas (geser) pesan disposisi boleh tanpa nomor LPR: balasan berisi kabar pekerjaan dicatat sebagai TL "
        "dan diteruskan ke pelapor; tanda terima saja (ok, siap, sudah diterima) tidak dicatat. "
        "Foto boleh dilampirkan pada TL/SELESAI."
    ),
    "staff_help_verifier": (
        "Perintah verifikator:\n"
        "ANTREAN – laporan menunggu verifikasi\n"
        "TERUSKAN LPR-<nomor> <instansi> [instansi…] – disposisi (kode atau nama, contoh: dlh pupr); akhiri dengan SURVEI bila perlu survei lapangan. "
        "Bila muncul daftar pilihan, balas angkanya saja\n"
        "TUNDA LPR-<nomor> <pertanyaan> – minta keterangan pelapor\n"
        "ARSIPKAN LPR-<nomor> <alasan> – tidak diproses\n"
        "GABUNG LPR-<nomor> LPR-<induk> – gabungkan laporan ganda ke induknya\n"
        "TARIK LPR-<nomor> <instansi> [KE <instansi yang benar>] – tarik disposisi yang salah kirim\n"
        "NOMORBARU LPR-<nomor> 0812xxxxxxx – pindahkan laporan ke nomor baru pelapor\n"
        "BUKA BATAS 0812xxxxxxx – buka batas laporan baru satu nomor selama 24 jam\n"
        "INGATKAN <instansi> – ingatkan petugas instansi tentang disposisi yang terlambat atau belum dijawab\n"
        "STATUS LPR-<nomor> · DAFTAR [instansi]"
    ),
    "staff_help_supervisor": (
        "Perintah pimpinan:\n"
        "REKAP – ringkasan sekarang; REKAP minggu ini · bulan lalu …: satu periode; pimpinan daerah (Sekda) juga REKAP "
        "<instansi>\n"
        "DAFTAR [instansi] – disposisi terbuka\n"
        "STATUS LPR-<nomor> – rincian laporan"
    ),
    "staff_help_antrean": "ANTREAN – laporan yang menunggu verifikasi",
    "staff_help_ingatkan": "INGATKAN <instansi> – ingatkan petugas instansi tentang disposisi yang terlambat atau belum dijawab",
    "staff_help_head": (
        "ALIHKAN LPR-<nomor> <nama/no. HP petugas> – serahkan disposisi ke satu petugas (SEMUA: ke semua lagi)\n"
        "CUTI <nama/no. HP petugas> 20/12/2026 – petugas cuti sampai tanggal itu (SELESAI: aktif lagi)"
    ),
    "staff_help_cuti": "CUTI 20/12/2026 – catat cuti Anda sampai tanggal itu",
    "staff_unknown": "Perintah tidak dikenali. {hint}\nKetik BANTUAN untuk daftar perintah.",
    "staff_directory_change": (
        "Tidak ada yang dicatat. Perubahan petugas atau nomor (pindah tugas, nomor baru) dicatat di direktori oleh "
        "verifikator: {verifiers}. Mohon kabari mereka nama, instansi dan nomor barunya, agar disposisi tetap sampai."
    ),
    "staff_notices_how": (
        "Pemberitahuan disposisi dikirim ke nomor petugas instansi yang terdaftar dan tidak sedang cuti (bila "
        "dialihkan, hanya ke petugas yang ditunjuk). Ketik DAFTAR untuk melihat disposisi terbuka Anda. Bila nomor "
        "Anda perlu diperbarui, hubungi verifikator: {verifiers}. Pesan ini tidak dikirim ke pelapor."
    ),
    "staff_former": (
        "Nomor ini tidak lagi terdaftar sebagai petugas, jadi perintah tadi tidak dicatat dan tidak diteruskan ke "
        "pelapor. Bila Anda masih bertugas, minta verifikator mendaftarkan nomor ini lagi: {verifiers}. "
        "Untuk mengadu sebagai warga, balas 1."
    ),
    "staff_not_yet": (
        "{reference} belum selesai: tidak ada yang dicatat atau dikirim ke pelapor. Bila ada kemajuan, kirim: "
        "TL {reference} <kemajuan>."
    ),
    "staff_not_yet_verifier": (
        "{reference} belum diteruskan: tidak ada yang dicatat. Bila instansinya sudah jelas, kirim: TERUSKAN "
        "{reference} <instansi>. Untuk bertanya ke pelapor: TUNDA {reference} <pertanyaan>."
    ),
    "staff_done_verifier_new": (
        "{reference} belum diteruskan ke instansi: tidak ada yang dicatat. Untuk meneruskannya, kirim: TERUSKAN "
        "{reference} <instansi>. Bila masalahnya sudah teratasi atau bukan pengaduan: ARSIPKAN {reference} <alasan> "
        "(alasannya dikirim ke pelapor)."
    ),
    "staff_done_verifier_forwarded": (
        "{reference} sudah diteruskan ke {agencies}: tidak ada yang dicatat. Kemajuan dan jawaban akhirnya dikirim "
        "{agencies} kepada pelapor. Perkembangannya: STATUS {reference}."
    ),
    "staff_not_yet_noted": "{reference}: tidak ada yang dicatat. Ketik STATUS {reference} untuk perkembangannya.",
    "staff_more_time": (
        "Batas penyelesaian tidak dapat diperpanjang lewat chat. Bila {reference} perlu peninjauan lapangan, kirim: "
        "SURVEI {reference} <alasan> (batas menjadi 60 hari kerja). Agar pelapor tahu kendalanya, kirim: "
        "TL {reference} <kemajuan dan kendalanya>."
    ),
    "staff_hint_officer": "Contoh: TL {reference} <kemajuan> · SELESAI {reference} <jawaban akhir> · DAFTAR.",
    "staff_hint_officer_promise": (
        "Janji tanpa waktu belum dicatat untuk {reference}: pelapor belum mendapat kabar baru darinya. Kirim dengan "
        "perkiraan waktunya, misalnya:\nTL {reference} {text} besok (atau senin, minggu depan)"
    ),
    "staff_hint_officer_text": (
        "Untuk mencatat kemajuan {reference}, kirim:\nTL {reference} {text}\n"
        "Bila ini jawaban akhir: SELESAI {reference} <jawaban akhir>."
    ),
    "staff_hint_verifier_ask": (
        "Tidak ada yang dicatat. Untuk bertanya ke pelapor {reference}, kirim:\nTUNDA {reference} <pertanyaan>\n"
        "Pertanyaannya dikirim apa adanya kepada pelapor, dan jawabannya diteruskan ke nomor ini."
    ),
    "staff_hint_verifier_ask_text": (
        "Tidak ada yang dicatat. Untuk bertanya ke pelapor {reference}, kirim (ubah kalimatnya bila perlu):\n"
        "TUNDA {reference} {question}\nPertanyaannya dikirim apa adanya kepada pelapor, dan jawabannya diteruskan ke "
        "nomor ini."
    ),
    "staff_hint_officer_ask_text": (
        "Untuk bertanya ke pelapor {reference}, kirim (ubah kalimatnya bila perlu):\nINFO {reference} {question}\n"
        "Pertanyaannya dikirim apa adanya kepada pelapor, dan jawabannya diteruskan ke nomor ini."
    ),
    "staff_hint_officer_ask": (
        "Untuk bertanya ke pelapor {reference}, kirim:\nINFO {reference} <pertanyaan>\n"
        "Pertanyaannya dikirim apa adanya kepada pelapor, dan jawabannya diteruskan ke nomor ini."
    ),
    "staff_hint_officer_question": (
        "Untuk menanyakannya ke pelapor {reference}, kirim:\nINFO {reference} {text}\n"
        "Untuk mencatat kemajuan: TL {reference} <kemajuan>."
    ),
    "staff_hint_verifier": "Contoh: TERUSKAN {reference} <instansi> · TUNDA {reference} <pertanyaan> · ANTREAN.",
    "staff_hint_verifier_text": (
        "Untuk meneruskan {reference}, kirim: TERUSKAN {reference} {text}\n"
        "Untuk bertanya ke pelapor: TUNDA {reference} <pertanyaan>."
    ),
    "staff_hint_leader": "Contoh: STATUS {reference} · DAFTAR · REKAP.",
    "staff_hint_colleague": (
        "Pesan ini tidak diteruskan kepada {name}, juga tidak kepada pelapor. Hubungi {name} langsung: {phone}.\n"
        "{usual}"
    ),
    "staff_how": "Halo {name} 🙏 Balas dengan salah satu perintah ini (huruf besar/kecil sama saja):",
    "staff_file_elsewhere": (
        "Nomor ini terdaftar sebagai nomor petugas, jadi pesannya dibaca sebagai perintah. Untuk melaporkan "
        "tindak lanjut: TL LPR-<nomor> <kemajuan>. Untuk mengadu sebagai warga dari nomor ini, kirim: ADUAN WARGA. "
        "Ketik BANTUAN untuk perintah Anda."
    ),
    "staff_media_held": (
        "{received} kami simpan sementara. Untuk laporan yang mana? Balas TL LPR-<nomor> <keterangan> atau "
        "SELESAI LPR-<nomor> <jawaban> dalam {minutes} menit, lampiran ikut terkirim. Ketik DAFTAR untuk laporan Anda."
    ),
    "staff_media_held_batch": (
        "{received} kami simpan sementara. Pengingat itu tentang {references}: untuk laporan yang mana? Balas TL "
        "{reference} <keterangan> atau SELESAI {reference} <jawaban> dengan nomor laporannya dalam {minutes} menit, "
        "lampiran ikut terkirim."
    ),
    "staff_media_held_for": (
        "{received} untuk {reference} kami simpan sementara. Balas TL {reference} bila ini kemajuan, atau SELESAI "
        "{reference} bila ini jawaban akhir, dalam {minutes} menit; lampiran{caption} ikut terkirim ke pelapor."
    ),
    "staff_media_held_asked": (
        "{received} kami terima: ikut terkirim ke pelapor bersama {command} {reference} bila Anda membalas YA "
        "pada pertanyaan di atas."
    ),
    "staff_media_held_caption": " dan keterangan \"{text}\"",
    "staff_media_from_reporter": " (keterangannya tidak dikirim ke pelapor: foto ini dari pelapor)",
    "staff_media_held_expired": (
        "{received} yang Anda kirim sebelumnya tidak ikut (lewat {minutes} menit). Bila masih perlu, kirim lagi "
        "bersama TL {reference} <keterangan>."
    ),
    "staff_media_held_more": "Kini {received} kami simpan. Balas TL LPR-<nomor> <keterangan> atau SELESAI LPR-<nomor> <jawaban>.",
    "staff_not_kept": "Berkas jenis itu tidak kami simpan dan tidak kami teruskan. {accepted}",
    "staff_pin_not_sent": (
        "Lokasi yang Anda bagikan belum kami teruskan: lokasi saja tidak tercatat. Untuk mengirimnya ke pelapor, "
        "salin dan kirim:\n{line}"
    ),
    "staff_pin_not_sent_other": (
        "Lokasi yang Anda bagikan belum kami teruskan: lokasi saja tidak tercatat. Bila perlu, tulis alamatnya "
        "bersama perintahnya."
    ),
    "staff_media_without_command": (
        "Lampiran tanpa perintah tidak kami simpan. Ketik BANTUAN untuk daftar perintah."
    ),
    "staff_confirm_new_number": (
        "Pindahkan {reference} ke nomor baru pelapor? Nomor lama: {old} · nomor baru: {new}. Kabar {reference} lalu "
        "hanya ke nomor baru, dan nomor lama diberi tahu. Instansi tidak melihat kedua nomor. Balas YA untuk "
        "memindahkan, atau TIDAK."
    ),
    "nomorbaru_need_number": (
        "Tulis nomor baru pelapor {reference}, contoh: NOMORBARU {reference} 0812xxxxxxx{typed}"
    ),
    "nomorbaru_typed": " (\"{typed}\" bukan nomor HP yang sah)",
    "limit_lifted": (
        "Batas laporan nomor {phone} dibuka sampai {until}: laporan barunya dibuat seperti biasa. Laporan yang "
        "datang berdekatan tetap kami satukan dalam satu pemberitahuan."
    ),
    "limit_need_number": (
        "Tulis nomor pelapor yang batas laporannya mau dibuka, contoh: BUKA BATAS 0812xxxxxxx atau BUKA BATAS "
        "LPR-<nomor>.{typed}"
    ),
    "limit_unknown_number": "Nomor {phone} belum pernah menghubungi layanan ini. Tidak ada yang diubah.",
    "limit_staff_number": "Nomor {phone} adalah nomor petugas: tidak ada batas laporan untuknya.",
    "nomorbaru_same": "{reference} sudah terhubung ke nomor {phone}. Tidak ada yang diubah.",
    "nomorbaru_staff": (
        "Nomor {phone} terdaftar sebagai nomor petugas, jadi laporan warga tidak dipindahkan ke sana. Periksa lagi "
        "nomor baru pelapor {reference}."
    ),
    "nomorbaru_done": (
        "{reference} kini terhubung ke nomor {new}. Nomor baru dan nomor lama sudah kami beri tahu; dicatat di "
        "riwayat laporan."
    ),
    "reporter_moved_new": (
        "Laporan {reference} kini terhubung ke nomor ini, sesuai permintaan Anda yang sudah diperiksa petugas "
        "verifikasi. Ketik STATUS {reference} untuk melihat perkembangannya."
    ),
    "anothers_report": (
        "Demi keamanan pelapor, kabar laporan hanya dikirim ke nomor yang dipakai saat melapor. Minta pelapornya "
        "mengetik STATUS dari nomornya, atau ketik IKUTI {reference} untuk ikut menerima kabar laporan yang tidak "
        "dirahasiakan. Bila HP pelapor hilang, tulis: nomor baru, laporan {reference}."
    ),
    "anothers_report_unnumbered": (
        "Demi keamanan pelapor, kabar laporan hanya dikirim ke nomor yang dipakai saat melapor, dan laporan dari "
        "nomor lain tidak kami tampilkan di sini. Nomor laporannya (LPR-…) ada di pesan WhatsApp yang diterima "
        "pelapor sesudah laporannya terkirim. Minta pelapornya mengetik STATUS dari nomornya, atau tanyakan nomor itu "
        "kepadanya lalu ketik IKUTI diikuti nomor itu untuk ikut menerima kabar laporan yang tidak dirahasiakan."
    ),
    "anothers_number_asked": (
        "Maaf, demi keamanan pelapor nomor laporan dari nomor lain tidak bisa kami berikan di sini. Nomornya (LPR-…) "
        "ada di pesan WhatsApp yang diterima pelapor sesudah melapor: tanyakan kepadanya, atau minta dia mengetik "
        "STATUS dari nomornya."
    ),
    "moved_disputed": (
        "Terima kasih. Pesan Anda tentang {reference} sudah kami teruskan ke petugas verifikasi; mereka akan "
        "memeriksanya dan menghubungi Anda di nomor ini."
    ),
    "reporter_moved_old": (
        "Laporan {reference} kini diikuti dari nomor lain atas permintaan pelapor yang sudah diperiksa petugas "
        "verifikasi; kabarnya tidak lagi dikirim ke nomor ini. Bila ini bukan permintaan Anda, balas pesan ini."
    ),
    "staff_not_allowed": "Maaf, perintah {command} hanya untuk {who}. Ketik BANTUAN untuk perintah Anda.",
    "staff_reporter": "Pelapor {reference}: {reporter}.{why}{ask}",
    "staff_reporter_anonymous": " Pelapor memilih anonim: nama dan nomornya hanya dilihat verifikator.",
    "staff_reporter_name": " Nomor pelapor tidak diberikan kepada instansi.",
    "staff_reporter_ask": " Untuk bertanya ke pelapor, kirim: {command} {reference} <pertanyaan> (jawabannya sampai ke Anda).",
    "staff_instead_return": (
        "Bila {reference} bukan kewenangan instansi Anda, kirim: KEMBALIKAN {reference} <alasan>. Verifikator akan "
        "meneruskannya ke instansi yang tepat."
    ),
    "staff_instead_list": "Disposisi instansi Anda: DAFTAR (yang terlambat: DAFTAR TERLAMBAT).",
    "staff_instead_head": "Pengalihan disposisi dilakukan kepala instansi Anda; rekan yang bertugas: DAFTAR PETUGAS.",
    "staff_instead_status": (
        "Tindak lanjut dikirim oleh instansi yang menerima disposisi. Untuk melihat perkembangannya: STATUS {reference}"
    ),
    "staff_instead_verifier": "Verifikasi dan disposisi dilakukan verifikator. Untuk melihat laporannya: STATUS {reference}",
    "staff_instead_reroute": (
        "Untuk mengirim {reference} ke instansi lain: TERUSKAN {reference} <instansi>. Instansi yang sudah "
        "menerimanya mengembalikannya sendiri (KEMBALIKAN) bila bukan kewenangannya. Perkembangannya: STATUS {reference}"
    ),
    "staff_instead_queue": "Laporan yang menunggu verifikasi: ANTREAN; disposisi terbuka: DAFTAR.",
    "cuti_region_only_self": (
        "Verifikator dan pimpinan hanya dapat mencatat cutinya sendiri, contoh: CUTI 20/12/2026. Cuti petugas "
        "instansi dicatat kepala instansinya."
    ),
    "cuti_region_alone": (
        "⚠ Tidak ada {role} lain yang aktif{start}: pesan untuk {role} tetap dikirim ke nomor Anda selama cuti."
    ),
    "cuti_region_alone_from": " mulai {start}",
    "staff_several_bare": (
        "Belum ada yang dicatat: maksudnya beberapa laporan? Tulis nomor lengkapnya, contoh: "
        "{command} {references} {text}"
    ),
    "staff_two_commands_inline": (
        "Belum ada yang dicatat: pesan ini memuat dua perintah dalam satu kalimat. Kirim tiap perintah di baris "
        "sendiri (atau pisahkan dengan titik koma), contoh:\n{first}\n{second}"
    ),
    "staff_need_reference": "Sebutkan nomor laporan, contoh: {command} {reference} {example}",
    "staff_need_text": (
        "Tuliskan isinya: balas dengan isinya saja dalam {minutes} menit, atau kirim lengkap, contoh: "
        "{command} {reference} {example}"
    ),
    "staff_go_ahead_officer": "Silakan, kami tunggu 🙏 Bila tentang satu laporan, sebutkan nomornya: TL {reference} <kemajuan>.",
    "staff_go_ahead": "Silakan, kami tunggu 🙏",
    "staff_echoed_notice": (
        "Pesan ini salinan pesan dari kami, jadi tidak ada yang dicatat. Untuk menjawabnya, balas (geser) pesan "
        "aslinya, atau kirim: TL {reference} <kemajuan> · SELESAI {reference} <jawaban akhir>."
    ),
    "staff_walk_in": (
        "Belum ada yang dicatat. Laporan warga yang datang ke kantor, menelepon atau mengirim pesan pribadi perlu "
        "dicatat di sini agar terpantau. Paling baik warga sendiri mengirimnya ke nomor WhatsApp ini: nomor laporan "
        "dan kabarnya sampai kepadanya. Bila tidak bisa, catat dari nomor Anda (kabarnya sampai ke Anda untuk "
        "disampaikan ke warga), kirim:\nADUAN WARGA: {story}"
    ),
    "staff_walk_in_told": (
        "Belum ada yang dicatat. Laporan warga yang datang ke kantor, menelepon atau mengirim pesan pribadi perlu "
        "dicatat di sini agar terpantau. Paling baik warga sendiri mengirimnya ke nomor WhatsApp ini: nomor laporan "
        "dan kabarnya sampai kepadanya. Bila tidak bisa, balas YA untuk mencatatnya dari nomor Anda (kabarnya "
        "sampai ke Anda untuk disampaikan ke warga):\n\"{story}\"\nAtau balas TIDAK bila warga akan mengirimnya sendiri."
    ),
    "staff_walk_in_filing": (
        "Baik, laporan warga ini dicatat dari nomor Anda: nomor laporan dan kabarnya sampai ke nomor ini, mohon "
        "disampaikan ke warga."
    ),
    "staff_own_story_told": (
        "Nomor ini terdaftar sebagai nomor petugas, jadi pesannya dibaca sebagai perintah. Untuk mengadukan ini "
        "sebagai warga dari nomor ini, balas YA (atau ADUAN WARGA):\n\"{story}\"\nUntuk melaporkan tindak lanjut: "
        "TL LPR-<nomor> <kemajuan>."
    ),
    "staff_own_filing": (
        "Baik, ini dicatat sebagai pengaduan Anda sendiri sebagai warga: nomor laporan dan kabarnya sampai ke nomor ini."
    ),
    "staff_walk_in_dropped": (
        "Baik, tidak dicatat dari nomor Anda. Bila warga mengirimnya sendiri ke nomor WhatsApp ini, nomor laporan dan "
        "kabarnya sampai kepadanya."
    ),
    "staff_passed_on": (
        "Baik 🙏 Tidak ada yang dicatat. Agar pemberitahuan dan pengingat {reference} hanya ke {name}, kirim: "
        "ALIHKAN {reference} {name}"
    ),
    "staff_swipe_digest": (
        "Balasan pada rekap tidak diteruskan ke siapa pun, tidak ada yang dicatat.{officers} Ketik DAFTAR untuk "
        "disposisi terbuka, lalu STATUS LPR-<nomor> untuk rinciannya."
    ),
    "staff_swipe_digest_officers": " Petugas yang bertugas: {names}; hubungi mereka langsung.",
    "staff_swipe_correction": (
        "Baik, tidak ada yang dicatat untuk {reference} dan tidak ada yang dikirim ke pelapornya. Tulis lagi dengan "
        "nomor laporannya, contoh: TL {other} <kemajuan>."
    ),
    "staff_thanks": "Sama-sama 🙏 Ketik BANTUAN bila perlu daftar perintah.",
    "staff_acknowledged": "Baik, terima kasih 🙏\n{hint}",
    "staff_confirm_handover": (
        "Alihkan {reference} ke {name}? Pemberitahuan dan pengingatnya lalu hanya ke {name}. Balas YA untuk "
        "mengalihkan, atau TIDAK."
    ),
    "staff_confirm_merge": (
        "Gabungkan {child} ke {parent}? Sebagai laporan ganda, pelapor {child} lalu menerima kabar {parent}. Balas YA "
        "untuk menggabungkan, atau TIDAK."
    ),
    "staff_confirm_merge_not_archive": (
        "Gabungkan {child} ke {parent}? Sebagai laporan ganda, pelapor {child} lalu menerima kabar {parent}, bukan "
        "pemberitahuan bahwa laporannya tidak diproses. Balas YA untuk menggabungkan, ARSIP untuk tetap "
        "mengarsipkan dengan alasan tadi, atau TIDAK."
    ),
    "staff_confirm_archive": (
        "Arsipkan {reference}? Laporan tidak diproses dan alasannya dikirim ke pelapor:\n\"{text}\"\nBalas YA untuk "
        "mengarsipkan, atau TIDAK."
    ),
    "staff_confirm_all": "Satu balasan YA mengirim {count} pesan di atas sekaligus; TIDAK membatalkan semuanya.",
    "staff_acts_mixed": (
        "{reference} disebut dua kali dengan isi berbeda ({said}), jadi belum ada yang dicatat untuk {reference}. "
        "Kirim satu yang dimaksud: TL {reference} <kemajuan> · SELESAI {reference} <jawaban akhir> · "
        "KEMBALIKAN {reference} <alasan>."
    ),
    "staff_confirm_forward": "Teruskan {reference} ke {agencies}? Balas YA untuk meneruskan, atau TIDAK.",
    "staff_forward_wrong_stays": (
        "Disposisi {agencies} tetap terbuka. Bila salah kirim, ketik TARIK {reference} {agencies}: petugasnya diberi "
        "tahu tidak perlu menindaklanjuti dan tidak ditagih lagi."
    ),
    "staff_confirm_withdraw": (
        "Tarik disposisi {reference} dari {agencies} karena salah kirim? Petugas {agencies} diberi tahu tidak perlu "
        "menindaklanjutinya. Balas YA untuk menarik, atau TIDAK."
    ),
    "staff_confirm_move": (
        "Pindahkan {reference} dari {wrong} ke {agencies}? Disposisi {wrong} ditarik (petugasnya diberi tahu tidak "
        "perlu menindaklanjuti) dan pelapor menerima satu kabar. Balas YA untuk memindahkan, atau TIDAK."
    ),
    "staff_confirm_forward_each": "Teruskan {pairs}? Balas YA untuk meneruskan semuanya, atau TIDAK.",
    "staff_confirm_return": (
        "Kembalikan {reference} ke verifikator karena bukan kewenangan instansi Anda? Alasan yang dicatat:\n"
        "\"{text}\"\nBalas YA untuk mengembalikan, atau TIDAK. Pelapor tidak menerima pesan ini."
    ),
    "staff_confirm_final": (
        "Apakah ini jawaban akhir {reference}? Balas YA untuk mencatatnya sebagai SELESAI dan meneruskannya ke "
        "pelapor:\n\"{text}\"\nBila pekerjaan masih berlanjut, balas TL: dicatat sebagai kemajuan."
    ),
    "staff_confirm_final_empty": (
        "Apakah {reference} sudah tuntas? Balas YA lalu tuliskan jawaban akhirnya untuk pelapor, atau kirim "
        "langsung: SELESAI {reference} <jawaban akhir>. Bila pekerjaan masih berlanjut: TL {reference} <kemajuan>."
    ),
    "staff_confirm_info": (
        "Kirim sebagai pertanyaan ke pelapor {reference}? Balas YA: jawabannya akan sampai ke Anda.\n\"{text}\"\n"
        "Bila ini kabar kemajuan untuk pelapor, kirim: TL {reference} <kemajuan>"
    ),
    "staff_confirm_only_open": (
        "{asked} {reference} ({title})? Balas YA, atau sebutkan nomornya: {asked} LPR-<nomor> …"
    ),
    "staff_confirm_held": "{received} yang tersimpan ikut terkirim ke pelapor dengan YA.",
    "staff_confirm_progress": (
        "Catat sebagai kemajuan (TL) {references}? Balas YA untuk mengirimnya ke pelapor, atau TIDAK:\n"
        "TL {reference} {text}\nBila ini jawaban akhir, kirim: SELESAI {reference} <jawaban akhir>."
    ),
    "staff_confirm_voice": (
        "{received} untuk {reference} belum kami kirim ke pelapor: pesan suara bisa berisi pembicaraan internal. "
        "Balas YA untuk mengirimnya ke pelapor sebagai kemajuan (TL), atau TIDAK. Lebih jelas bila ditulis: "
        "TL {reference} <kemajuan>"
    ),
    "staff_confirm_more": (
        "Kirim juga ke pelapor sebagai lanjutan TL {reference}? Balas YA untuk mengirimnya, atau TIDAK:\n\"{text}\"\n"
        "Bila ini untuk laporan lain, kirim: TL LPR-<nomor> <kemajuan>"
    ),
    "staff_confirm_text": (
        "{asked} {reference} dengan isi ini?\n\"{text}\"\nBalas YA untuk mengirimnya, atau BATAL bila tidak jadi."
    ),
    "staff_which_complaint": (
        "Laporan yang mana? Disposisi terbuka {agency}:\n{items}{more}\nBalas nomornya saja (contoh: {first}), atau "
        "kirim lagi dengan nomornya, contoh: {example}"
    ),
    "staff_which_more": "\n… DAFTAR menampilkan semuanya.",
    "verifier_which_waiting": (
        "Laporan yang mana? Menunggu verifikasi:\n{items}{more}\nBalas nomornya saja (contoh: {first}), atau kirim "
        "lagi dengan nomornya, contoh: {example}"
    ),
    "staff_which_dropped": "Baik, tidak ada yang dicatat atau dikirim ke pelapor.",
    "staff_sent_gone": (
        "Pesan ini tidak dikirim ke pelapor: disposisi {reference} untuk {agency} sudah {state}. Bila ini untuk "
        "laporan lain, kirim: TL LPR-<nomor> <kemajuan>"
    ),
    "staff_sent_handed": "dialihkan ke rekan Anda",
    "staff_kept_from_citizen": (
        "Baik, pesan ini tidak diteruskan ke pelapor dan tidak dicatat. Bila sudah boleh disampaikan, kirim: "
        "TL {reference} <kemajuan>"
    ),
    "staff_away_noted": "Baik 🙏 Tidak ada yang dikirim ke pelapor. Bila sudah ada kabar, kirim: TL {reference} <kemajuan>",
    "staff_office_errand": "Pesan ini tidak diteruskan kepada siapa pun, juga tidak kepada pelapor. {hint}",
    "staff_which_again": (
        "Laporan yang mana? Mohon balas dengan nomornya saja:\n{items}\nContoh: {example}"
    ),
    "verifier_which_more": "\n… ANTREAN menampilkan semuanya.",
    "verifier_confirm_forward_waiting": (
        "Teruskan {reference} ({title}) ke {agencies}? Balas YA untuk meneruskan, atau TIDAK.{others}"
    ),
    "verifier_confirm_waiting": "{asked} {reference} ({title}){text}? Balas YA, atau TIDAK.{others}",
    "verifier_waiting_others": (
        "\nAda {count} laporan lain yang menunggu verifikasi. Bila bukan yang ini, kirim dengan nomornya: "
        "{command} LPR-<nomor> …"
    ),
    "staff_which_reporter": "siapa pelapor LPR-<nomor>?",
    "staff_which_done": "LPR-<nomor> sudah selesai",
    "staff_confirm_moved": (
        "Pertanyaan tentang {reference} tadi untuk instansi lama Anda ({agency}), sebelum Anda dipindahkan, jadi "
        "tidak dicatat dan tidak dikirim ke pelapor. Petugas {agency} yang melanjutkan. Laporan instansi Anda "
        "sekarang: ketik DAFTAR."
    ),
    "staff_confirm_moved_region": "tugas wilayah",
    "staff_confirm_called_off": "Baik, {command} {reference} tidak dikirim. Tidak ada yang dicatat.",
    "staff_question_waiting": "Pertanyaan sebelumnya masih menunggu jawaban Anda: {asked}? Balas YA untuk "
                              "menjalankannya, atau TIDAK.",
    "staff_text_waiting": "{command} {reference} masih menunggu isinya: balas dengan isinya, atau BATAL.",
    "staff_text_not_taken": (
        "{command} {reference} masih menunggu {what}; pesan tadi tidak kami kirim dan tidak kami catat. Balas dengan "
        "{what}, atau BATAL bila tidak jadi."
    ),
    "awaited_what_question": "pertanyaan untuk pelapor",
    "awaited_what_reason": "alasannya",
    "awaited_what_text": "isinya",
    "staff_awaited_called_off": "Baik, {command} {reference} tidak jadi dikirim. Tidak ada yang dicatat.",
    "staff_not_found": "Laporan {reference} tidak ditemukan. Periksa nomornya. {next}",
    "staff_not_found_officer": "DAFTAR menampilkan disposisi terbuka instansi Anda.",
    "staff_not_found_verifier": "ANTREAN menampilkan laporan yang menunggu verifikasi.",
    "staff_not_found_leader": "DAFTAR menampilkan disposisi terbuka.",
    "staff_not_yours": (
        "Laporan {reference} tidak didisposisikan ke {agency}{holders}, jadi tidak bisa diubah dari nomor ini."),
    "staff_not_yours_holders": " (kini ditangani {agencies})",
    "counts_by_agency": (
        "Laporan masuk per instansi {label} ({span}), terbanyak dulu:\n{lines}\n"
        "Periode lain: tambahkan minggu ini, bulan ini, bulan lalu. Penyelesaian dan keterlambatan: REKAP"
    ),
    "counts_agency_line": "{rank}. {code} {count}",
    "counts_no_agency": "(belum ada laporan yang diteruskan ke instansi)",
    "counts_anonymous": (
        "Laporan anonim {label} ({span}): {count} dari {total} laporan masuk. Hanya jumlahnya; identitas pelapor "
        "anonim tidak ditampilkan."
    ),
    # a head asking the ranking or the anonymous count: their own agency's figures (the ranking is the region's)
    "head_ranking_not_theirs": (
        "Mohon maaf, peringkat antarinstansi hanya untuk verifikator dan pimpinan daerah (Sekda), bukan kepala instansi atau petugas. Berikut rekap "
        "{agency}:"
    ),
    "counts_ranking_not_theirs": (
        "Mohon maaf, peringkat antarinstansi hanya untuk verifikator dan pimpinan daerah (Sekda), bukan kepala instansi atau petugas. Laporan masuk ke "
        "{agency} {label} ({span}): {count}. Penyelesaian dan keterlambatan {agency}: REKAP"
    ),
    "counts_anonymous_agency": (
        "Laporan anonim {agency} {label} ({span}): {count} dari {total} laporan yang diteruskan ke {agency}. Hanya "
        "jumlahnya; identitas pelapor anonim tidak ditampilkan."
    ),
    "counts_own_only": (
        "Mohon maaf, dari nomor ini hanya angka instansi Anda, {agency}; angka instansi lain hanya untuk verifikator dan pimpinan daerah (Sekda), bukan kepala instansi atau petugas."
    ),
    "staff_not_yours_own": "Laporan terbuka {agency} Anda: {items}",
    "staff_not_visible": "Laporan {reference} tidak didisposisikan ke {agency}, jadi rinciannya tidak dapat Anda lihat.",
    "staff_disposition_closed": "Disposisi {reference} untuk {agency} sudah {state}. Tidak ada yang diubah.",
    "staff_answered_by": "Jawaban akhirnya dikirim {name}, {when}: \"{text}\".",
    "answer_after_quiet_hours": "Pelapor menerimanya {at} (malam hari tidak ada pesan ke warga).",
    "staff_complaint_closed": "Laporan {reference} berstatus {status}; tidak ada yang diubah.",
    "teruskan_finished": (
        "{reference} sudah selesai: {answered} memberi jawaban akhir dan pelapor diminta menilai, jadi tidak bisa "
        "diteruskan lagi; tidak ada yang diubah. Bila pelapor tidak puas, laporan dibuka kembali ke {answered}."
    ),
    "staff_no_reporter": "Pelapor {reference} tidak terhubung ke WhatsApp ini (laporan dari SP4N-LAPOR!). Ajukan pertanyaannya melalui SP4N-LAPOR!. Tidak ada yang diubah.",
    # Officer commands ------------------------------------------------------------------------------
    "staff_work_on_leave": (
        "Catatan: Anda masih tercatat cuti (aktif lagi {back}), jadi pemberitahuan dan pengingat disposisi dikirim ke "
        "rekan yang bertugas. Sudah masuk kembali? Balas YA untuk mengakhiri cuti, atau TIDAK bila masih cuti."
    ),
    "tl_done": "Tindak lanjut {reference} tercatat dan diteruskan ke pelapor.{photos}",
    "tl_promised": " Pelapor membaca perkiraan: {day}.",
    "staff_promise_undated": (
        "Terima kasih. Janji tanpa waktu belum dicatat untuk {reference}: pelapor belum mendapat kabar baru darinya. "
        "Kirim dengan perkiraan waktunya, misalnya: TL {reference} {text} besok (atau senin, minggu depan)."
    ),
    "tl_already": (
        "Tindak lanjut {reference} ini sudah tercatat dan diteruskan ke pelapor ({when}), jadi tidak kami kirim lagi. "
        "Bila ada kabar baru, kirim TL {reference} <kemajuan>."
    ),
    "tl_next": "Bila pekerjaannya sudah tuntas, kirim SELESAI {reference} <jawaban akhir>.",
    "tl_next_informasi": "Bila pertanyaan pelapor sudah terjawab, kirim SELESAI {reference} <jawaban akhir>.",
    "tl_next_aspirasi": "Bila usul pelapor sudah ditanggapi, kirim SELESAI {reference} <tanggapan akhir>.",
    "tl_on_the_way": "Petugas sedang menuju lokasi.",
    "tl_delayed": "Pekerjaan ditunda sementara{reason}.",
    "tl_swiped": "Balasan Anda dicatat sebagai kemajuan (TL). Bila ini jawaban akhir, kirim: SELESAI {reference} <jawaban akhir>",
    "tl_swiped_refused": (
        "Balasan geser tadi sudah tercatat sebagai tindak lanjut {reference} dan sudah terkirim ke pelapor, jadi tidak "
        "dapat ditarik. Bila isinya keliru, kirim ralatnya: TL {reference} <keterangan yang benar> (pelapor menerimanya "
        "sebagai kabar terbaru). Bila laporan ini bukan kewenangan instansi Anda: KEMBALIKAN {reference} <alasan>."
    ),
    "staff_swipe_ack": (
        "Terima kasih. Tidak ada yang dicatat untuk {reference}. Untuk melaporkan kemajuan, balas pesan disposisinya "
        "dengan isi kemajuan (tercatat sebagai TL), atau ketik SELESAI {reference} <jawaban akhir>."
    ),
    "staff_swipe_away": (
        "Pesan ini tidak dikirim ke pelapor {reference}, tidak ada yang dicatat. Untuk mencatat cuti: CUTI SAYA "
        "<tanggal terakhir> (pemberitahuan lalu ke rekan atau kepala instansi); kepala instansi dapat menyerahkan "
        "disposisinya: ALIHKAN {reference} <nama petugas>."
    ),
    "staff_swipe_colleague": (
        "Pesan ini tidak dikirim ke pelapor {reference}: sepertinya untuk rekan atau atasan, tidak ada yang dicatat. "
        "Bila ini memang kemajuan untuk pelapor, kirim:\nTL {reference} {text}"
    ),
    "staff_head_who": (
        "{reference} ditangani: {officers}. Hubungi mereka langsung, atau ALIHKAN {reference} <nama petugas> untuk "
        "menyerahkannya ke satu petugas. Pesan Anda tidak dikirim ke pelapor; untuk mencatat kemajuan sendiri: "
        "TL {reference} <kemajuan>."
    ),
    "staff_confirm_return_duplicate": (
        "Laporan ganda digabung oleh verifikator. Kembalikan {reference} ke verifikator dengan alasan \"{text}\"? "
        "Balas YA, atau TIDAK. Sebutkan nomor laporan yang sama di alasannya agar mudah digabung, contoh: "
        "KEMBALIKAN {reference} sama dengan LPR-<nomor>"
    ),
    "staff_slip": "Baik, tidak ada yang dicatat dari pesan itu.",
    "staff_slip_sent": (
        "Baik. Bila yang dimaksud {command} {reference} tadi (\"{text}\"): pesan itu sudah diteruskan ke pelapor dan "
        "tidak dapat ditarik. {fix}"
    ),
    "staff_slip_resend": (
        "Kirim isi yang sama sebagai {asked} {reference}? Balas YA untuk meneruskannya ke pelapor {reference}, "
        "atau TIDAK:\n\"{text}\""
    ),
    "staff_slip_fix": "Untuk meralatnya, kirim: {command} {reference} Ralat: <isi yang benar>",
    "staff_slip_fix_final": "Bila jawaban akhir itu keliru, hubungi verifikator untuk meralatnya.",
    "staff_confirm_reporter_named": (
        "Pelapor {reference} akan membaca teks ini, yang menyebut pelapor sebagai orang ketiga:\n\"{text}\"\n"
        "Balas YA untuk mengirimnya apa adanya, atau tulis ulang untuk pelapor: {asked} {reference} <isi>. "
        "Untuk bertanya ke pelapor: INFO {reference} <pertanyaan>."
    ),
    "staff_tl_urges": (
        "{command} {reference} tidak dikirim ke pelapor: \"{text}\" terbaca sebagai permintaan kepada petugas, bukan "
        "kabar pekerjaan. Tidak ada yang dicatat. Kabar untuk pelapor berisi apa yang sudah atau akan dikerjakan, "
        "contoh: TL {reference} tim dijadwalkan ke lokasi besok."
    ),
    "staff_officer_hands_over": (
        "{reference} belum dialihkan dan pesan Anda tidak dikirim ke pelapor. Disposisi dialihkan oleh kepala "
        "instansi: minta beliau mengetik ALIHKAN {first} {name}. Hubungi {name} langsung: {phone}."
    ),
    "staff_officer_who": (
        "{reference} ditangani: {officers}. Pesan Anda tidak dikirim ke pelapor. Untuk mencatat kemajuan: "
        "TL {reference} <kemajuan> · rincian: STATUS {reference}"
    ),
    "staff_who_only_you": "hanya Anda",
    "staff_head_nobody": "belum ada petugas yang aktif (semua berhalangan atau belum terdaftar)",
    "staff_leader_swipe": (
        "Pesan Anda tidak diteruskan ke siapa pun. {reference} ditangani:\n{holders}\nHubungi mereka langsung; "
        "rinciannya: STATUS {reference}"
    ),
    "staff_swipe_head_reminder_batch": (
        "Balasan Anda tidak dikirim ke pelapor {references}: pengingat ini untuk petugas yang menanganinya, "
        "{officers}; hubungi mereka langsung. Untuk mencatat kemajuan sendiri: TL {reference} <kemajuan>. "
        "Untuk menyerahkan ke satu petugas: ALIHKAN {reference} <nama petugas>."
    ),
    "staff_swipe_head_reminder": (
        "Balasan Anda tidak dikirim ke pelapor {reference}: pengingat ini untuk petugas yang menanganinya, "
        "{officers}; hubungi mereka langsung. Untuk mencatat kemajuan sendiri: TL {reference} <kemajuan>. "
        "Untuk menyerahkan ke satu petugas: ALIHKAN {reference} <nama petugas>."
    ),
    "staff_greeting": "Halo {name} 🙏 Ini perintah yang bisa Anda pakai:",
    "selesai_done": "Jawaban akhir {reference} tercatat dan diteruskan ke pelapor.{photos} {rest}",
    "selesai_all_done": "Semua disposisi sudah dijawab: laporan selesai, pelapor diminta menilai.",
    "selesai_waiting": "Laporan selesai setelah instansi lain ({others}) juga menjawab.",
    "staff_confirm_office_words": (
        "{asked} {reference} belum dikirim: \"{text}\" terbaca sebagai catatan untuk kantor (arahan atasan, "
        "persetujuan atau tanda tangan yang ditunggu, catatan petugas sendiri), bukan kabar untuk pelapor. Balas YA "
        "untuk tetap mengirimnya ke pelapor, atau tulis kabar pekerjaannya, contoh: {asked} {reference} tim "
        "dijadwalkan ke lokasi besok."
    ),
    "info_confirm_office_words": (
        "INFO {reference} belum dikirim: \"{text}\" terbaca sebagai permintaan atau catatan untuk kantor, bukan "
        "pertanyaan untuk pelapor. INFO mengirim pertanyaan kepada pelapor, dan batas waktunya berhenti sampai "
        "pelapor menjawab, contoh: INFO {reference} mohon kirim foto lokasinya. Balas YA untuk tetap mengirimnya ke "
        "pelapor."
    ),
    "info_not_a_question": (
        "INFO mengirim pertanyaan kepada pelapor, dan batas waktunya berhenti sampai pelapor menjawab. \"{text}\" "
        "tidak terbaca sebagai pertanyaan, jadi tidak kami kirim. Kabar untuk pelapor: TL {reference} {text} · "
        "Pertanyaan: INFO {reference} <pertanyaan>"
    ),
    "info_done": "Pertanyaan untuk pelapor {reference} sudah dikirim. Jawabannya akan diteruskan ke nomor ini.",
    "info_identity_withheld": (
        "Pelapor {reference} memilih anonim, jadi pertanyaan tentang nama, nomor, NIK, atau alamatnya tidak kami "
        "kirim. Silakan tanyakan hal lain tentang masalahnya (misalnya lokasi tepatnya). Bila pelapor perlu "
        "dihubungi langsung, mintalah bantuan verifikator."
    ),
    "answer_identity_withheld": (
        "Pelapor {reference} memilih anonim, jadi {command} yang meminta nama, nomor, NIK, atau alamatnya tidak kami "
        "kirim. Tulis tentang penanganannya saja: {command} {reference} {example}. Bila pelapor perlu dihubungi "
        "langsung, mintalah bantuan verifikator."
    ),
    "survei_done": "{reference} ditandai perlu survei lapangan: batas penyelesaian menjadi {due} ({days} hari kerja). Pelapor sudah diberi tahu.",
    "survei_note": "Perlu survei lapangan: {reason}. Perkiraan selesai paling lambat {due}.",
    "kembalikan_done": "{reference} dikembalikan ke verifikator dengan alasan Anda. Terima kasih.",
    "daftar_head": "Disposisi terbuka {agency} ({count}):",
    "daftar_item": "• {reference} – {title}\n  {due}",
    "daftar_empty": "Tidak ada disposisi terbuka untuk {agency}. 👍",
    "daftar_late_head": "Disposisi {agency} yang melewati batas penyelesaian ({count}):",
    "daftar_none_late": "Tidak ada disposisi {agency} yang melewati batas penyelesaian. 👍",
    "daftar_late_region_head": "Disposisi yang melewati batas penyelesaian ({count}):",
    "daftar_none_late_region": "Tidak ada disposisi yang melewati batas penyelesaian. 👍",
    "daftar_window": "{label} ({days})",
    "daftar_late_window_head": "Disposisi {agency}yang jatuh tempo {when} dan kini terlambat ({count}):",
    "daftar_none_late_window": "Tidak ada disposisi {agency}yang jatuh tempo {when} dan kini terlambat. 👍",
    "daftar_late_all": "Semua yang terlambat saat ini: {count}. Ketik DAFTAR terlambat{agency} untuk melihatnya.",
    "daftar_late_window_unread": (
        "Jangka waktu itu belum bisa saya baca, jadi ini semua disposisi yang terlambat saat ini. Untuk jangka "
        "tertentu, ketik misalnya DAFTAR terlambat minggu ini (juga: hari ini, kemarin, minggu lalu, bulan ini, "
        "bulan lalu)."),
    "daftar_unanswered_late_window_head": (
        "Disposisi {agency}yang belum ditanggapi lewat {days} hari kerja, batas tanggapannya {when} ({count}):"),
    "daftar_due_soon_head": "Disposisi {agency}yang akan jatuh tempo {when} ({count}):",
    "daftar_none_due_soon": "Tidak ada disposisi {agency}yang akan jatuh tempo {when}. 👍",
    "daftar_due_late_now": "Sudah terlambat saat ini: {count}. Ketik DAFTAR terlambat{agency} untuk melihatnya.",
    "daftar_unanswered_late_head": "Disposisi {agency}yang belum ditanggapi lewat {days} hari kerja ({count}):",
    "daftar_holders": "  Petugas: {names}",
    "daftar_unanswered_head": "Disposisi {agency} yang belum ada tindak lanjut ({count}):",
    "daftar_none_unanswered": "Semua disposisi terbuka {agency} sudah ada tindak lanjutnya. 👍",
    "daftar_unanswered_region_head": "Disposisi yang belum ada tindak lanjut ({count}):",
    "daftar_none_unanswered_region": "Semua disposisi terbuka sudah ada tindak lanjutnya. 👍",
    "daftar_tail_officer": "Balas TL {reference} <kemajuan> · SELESAI {reference} <jawaban> · STATUS {reference}: rincian",
    "daftar_tail": "Ketik STATUS {reference} untuk rinciannya.",
    "status_pick_head": "Laporan mana? Disposisi terbuka {agency} ({count}):",
    "status_pick_head_region": "Laporan mana? Laporan terbaru:",
    "status_pick_tail": "Balas angkanya (mis. 1) atau STATUS {reference} untuk rinciannya.",
    "status_pick_outside": "Angka itu tidak ada dalam daftar (1–{count}). Ketik STATUS LPR-<nomor>, atau STATUS untuk daftarnya lagi.",
    "daftar_due": "batas {date}",
    "daftar_overdue": "batas {date} – TERLAMBAT",
    "daftar_summary_head": "Disposisi terbuka per instansi:",
    "daftar_summary_item": "• {code}: {open} terbuka, {overdue} terlambat",
    "daftar_summary_tail": "Ketik DAFTAR <kode> untuk rinciannya.",
    "daftar_queue_hint": "{count} laporan menunggu verifikasi. Ketik ANTREAN untuk melihatnya.",
    "rekap_own_only": (
        "Mohon maaf, REKAP dari nomor ini berisi instansi Anda, {agency}. Rekap instansi lain dan seluruh daerah "
        "hanya untuk pimpinan daerah (Sekda), bukan kepala instansi atau petugas."
    ),
    "rekap_unknown": (
        "\"{typed}\" tidak dikenali untuk REKAP. Contoh: REKAP · REKAP minggu ini · REKAP bulan lalu{agency_example}."
    ),
    "daftar_own_only": (
        "Mohon maaf, DAFTAR dari nomor ini hanya menampilkan disposisi {agency}, instansi Anda. Disposisi instansi "
        "lain hanya untuk verifikator dan pimpinan daerah (Sekda), bukan kepala instansi atau petugas."
    ),
    # Hand-over (heads): ALIHKAN and CUTI ------------------------------------------------------------
    "alihkan_done": (
        "{reference} dialihkan ke {name}: pemberitahuan dan pengingat disposisi ini kini hanya ke {name}. "
        "Untuk semua petugas lagi: ALIHKAN {reference} SEMUA"
    ),
    "alihkan_all": "{reference} kembali ditangani semua petugas {agency}: pemberitahuan dan pengingat ke mereka semua.",
    "alihkan_need_officer": "Sebutkan petugasnya, contoh: ALIHKAN {reference} {example}\nPetugas {agency}:\n{officers}",
    "alihkan_unknown_officer": (
        "\"{typed}\" bukan petugas {agency} yang aktif. Balas dengan nomor atau nama salah satu petugas:\n{officers}\n"
        "Contoh: ALIHKAN {reference} {example}"
    ),
    "alihkan_other_agency": (
        "{name} adalah petugas {other}, bukan {agency}: {reference} hanya dapat dialihkan ke petugas {agency}:\n"
        "{officers}\nContoh: ALIHKAN {reference} <nama petugas>. Bila laporan ini urusan {other}: "
        "KEMBALIKAN {reference} <alasan>, agar verifikator meneruskannya."
    ),
    "alihkan_away": "{name} sedang {away}, aktif lagi {date}. Pilih petugas lain:\n{officers}",
    "alihkan_accused": (
        "{reference} tidak dapat dialihkan ke {name}: laporan ini menyebut namanya dalam keluhan tentang perilaku "
        "petugas. Pilih petugas lain:\n{officers}"
    ),
    "alihkan_leave_ahead": (
        "Catatan: {name} {away} mulai {start} (aktif lagi {back}); selama itu disposisi ini ke petugas lain yang aktif."
    ),
    "officer_back": "Selamat bertugas kembali. Disposisi {agency} yang masih terbuka: {count}. Ketik DAFTAR untuk daftarnya.",
    "officer_back_late": (
        "Selamat bertugas kembali. Disposisi {agency} yang masih terbuka: {count}, {late} di antaranya lewat batas. "
        "Ketik DAFTAR untuk daftarnya."
    ),
    "officer_covering": "{name} sedang {away}: disposisi {reference} kini untuk Anda.",
    "officer_handed_over": "{head} mengalihkan disposisi {reference} kepada Anda: pemberitahuan dan pengingatnya kini ke nomor ini.",
    "roster_item": "• {name} – {phone}{away}",
    "roster_away": "{away}, aktif lagi {date}{stand_in}",
    "roster_leave_ahead": "{away} mulai {start}, aktif lagi {date}{stand_in}",
    "roster_note": " ({leave})",
    "roster_empty": "(belum ada petugas terdaftar)",
    "roster_stand_in": "; digantikan {names}",
    "roster_later": "; lalu {leaves}",
    "roster_stand_in_head": "kepala {name}",
    "roster_title": "Petugas {agency} ({count}):",
    "roster_member": "• {name}{role} – {phone}{away}",
    "roster_role_head": " (kepala)",
    "roster_tail_head": "Catat cuti: CUTI <nama> 20/12/2026 · aktif lagi: CUTI <nama> SELESAI · serahkan disposisi: ALIHKAN LPR-<nomor> <nama>",
    "roster_tail_officer": "Catat cuti Anda: CUTI 20/12/2026 · aktif lagi: CUTI SAYA SELESAI",
    "roster_tail_region": "Petugas satu instansi: DAFTAR PETUGAS {agency}",
    "roster_tail_looker": "Disposisi terbuka {agency}: DAFTAR {agency} · semua yang cuti: DAFTAR PETUGAS",
    "roster_region_title": "Petugas yang cuti atau dijadwalkan cuti ({count}):",
    "roster_region_item": "• {name}, {agency} – {away}",
    "roster_region_none": "Tidak ada petugas yang sedang atau akan cuti.",
    "cuti_done": (
        "{name} dicatat {away} sampai {until}, aktif lagi {back}{length}. Selama {away} tidak ada pemberitahuan atau "
        "pengingat disposisi untuknya. Bila kembali lebih awal: CUTI {who} SELESAI"
    ),
    "cuti_length": " ({days} hari kerja dari hari ini)",
    "away_leave": "cuti",
    "away_excused": "izin",  # away caring for one's sick family: neither cuti nor ill oneself
    "away_mixed": "berhalangan",  # several people away, each for a different reason (cuti, diklat, sakit)
    "away_ill": "sakit",
    "cuti_one_day": "Bila maksudnya hanya {date}: CUTI {who} BATAL, lalu CUTI {who} mulai {day} s/d {day}",
    "cuti_shown": (
        "{name}: {leave}. Tidak ada yang diubah. Untuk menggantinya: CUTI {who} BATAL, lalu CUTI {who} <tanggal "
        "terakhir>"
    ),
    "cuti_ahead": (
        "{name} dicatat {away} {span}, aktif lagi {back}. Sebelum {start} pemberitahuan dan pengingat disposisi tetap "
        "ke nomornya; selama {away} dikirim ke {stand_in}. Bila tidak jadi: CUTI {who} BATAL"
    ),
    "cuti_stand_in_agency": "rekan atau kepala instansi",
    "cuti_stand_in_head": (
        "Plh yang Anda tunjuk (tulis misalnya: CUTI SAYA <tanggal>, eko yg handle), atau pimpinan daerah (Sekda) "
        "bila tidak ada Plh"
    ),
    "cuti_stand_in_region": "{role} lain yang aktif",
    "cuti_replaced": "Cuti yang tercatat sebelumnya ({leave}) diganti dengan ini.",
    "cuti_span": "mulai {start} sampai {until}",
    "cuti_also_held": "{leaves} tetap tercatat.",
    "cuti_span_now": "mulai hari ini sampai {until}",
    "cuti_ask_overlap": (
        "{name} sudah tercatat {recorded}: bertumpuk dengan {away} {new}. Balas YA untuk menggabungkannya ({joined}), "
        "atau TIDAK untuk menyimpan yang lama."
    ),
    "cuti_kept": "Baik, cuti yang sudah tercatat tetap; tidak ada yang diubah. Lihat cuti petugas: DAFTAR PETUGAS",
    "cuti_joined": (
        "{name} dicatat {away}, aktif lagi {back} (digabung dengan cuti yang sudah tercatat). Selama {away} tidak ada "
        "pemberitahuan atau pengingat disposisi untuknya. Bila kembali lebih awal: CUTI {who} SELESAI"
    ),
    "cuti_joined_ahead": (
        "{name} dicatat {away} mulai {start}, aktif lagi {back} (digabung dengan cuti yang sudah tercatat). "
        "Bila tidak jadi: CUTI {who} BATAL"
    ),
    "cuti_span_one": "pada {start}",
    "cuti_need_last": (
        "Cuti {name} mulai {start} sampai tanggal berapa? Contoh: CUTI {who} {example} "
        "(atau mulai Senin selama 3 hari)."
    ),
    "cuti_called_off": "Cuti {name} yang mulai {start} dibatalkan: pemberitahuan dan pengingat disposisi tetap ke nomornya.",
    "cuti_none": "{name} tidak sedang cuti dan tidak ada cuti yang dijadwalkan. Untuk mencatat cuti: CUTI 20/12/2026",
    "cuti_ended": "{name} dicatat aktif lagi: pemberitahuan dan pengingat disposisi kembali ke nomornya.",
    "cuti_need_date": (
        "Sampai tanggal berapa {name} cuti? Contoh: CUTI {who} 20/12/2026 (atau 20 Des, tgl 20, sampai Senin, 3 hari)."
    ),
    "cuti_readers_meanwhile": (
        "Begitu cuti {name} tercatat, pemberitahuan dan pengingat disposisinya dibaca {names}; sampai itu masih "
        "ke nomor ini."
    ),
    "cuti_unknown_date": (
        "Tanggal \"{typed}\" tidak dikenali. Sampai tanggal berapa {name} cuti? Contoh: CUTI {who} 20/12/2026 "
        "(atau 20 Des, tgl 20, sampai Senin, 3 hari)."
    ),
    "cuti_bad_date": "Tanggal {date} tidak bisa dipakai (sudah lewat, atau lebih dari setahun lagi). Contoh: CUTI {who} 20/12/2026",
    "cuti_unknown_officer": "\"{typed}\" bukan petugas {agency} yang aktif. Petugas {agency}:\n{officers}\nContoh: CUTI 0812xxxxxxx 20/12/2026",
    "cuti_title_head": (
        "Tidak ada yang dicatat: cuti {name} dicatat oleh beliau sendiri dari nomornya (CUTI SAYA sampai jumat); "
        "dari nomor Anda hanya cuti Anda sendiri.{recorded}"
    ),
    "cuti_title_stand_in_hint": "Bila Anda menggantikan beliau selama itu, tulis: {title} cuti, sy yg handle",
    "cuti_title_recorded": " Saat ini tercatat: {leave}.",
    "cuti_title_not_recorded": " Cutinya belum tercatat.",
    "cuti_title_unlisted": (
        "Tidak ada yang dicatat: \"{title}\" tidak terdaftar sebagai petugas {agency}. Dari nomor Anda hanya cuti "
        "Anda sendiri yang dicatat, contoh: CUTI SAYA sampai jumat."
    ),
    "cuti_only_self": "Petugas hanya dapat mencatat cutinya sendiri, contoh: CUTI 20/12/2026. Cuti petugas lain dicatat kepala instansi.",
    "agency_nobody_at_work": (
        "⚠ Semua petugas dan kepala {agency} kini berhalangan (cuti, izin, sakit atau dinas luar). Pemberitahuan dan pengingat disposisi {agency} dikirim ke "
        "verifikator sampai ada yang kembali."
    ),
    "agency_no_officer_from": (
        "⚠ Mulai {start} {agency} tidak punya petugas yang aktif (semua berhalangan). Selama itu pemberitahuan dan pengingat "
        "disposisi {agency} dikirim ke {to}."
    ),
    "staff_stopped": (
        "⚠ {name} ({role}, {phone}) tidak lagi menerima pesan dari layanan ini: WhatsApp-nya membalas STOP. "
        "Pemberitahuan dan pengingat untuknya tidak terkirim sampai ia mengirim pesan apa saja ke nomor ini."
    ),
    # ... when no other verifier can receive messages: the verifiers' notices (the reporter's identity in them, and
    # commands only a verifier may give) go to nobody; what waits is in ANTREAN
    "staff_stopped_no_verifier": (
        "Tidak ada verifikator lain yang menerima pesan: laporan baru ({waiting} laporan menunggu verifikasi saat ini) "
        "dan pengingat verifikasi tidak sampai ke siapa pun. Mohon hubungi ia agar mengirim pesan apa saja ke nomor "
        "ini, atau daftarkan verifikator lain. Laporan yang menunggu: ANTREAN."
    ),
    "stopped_officer": "petugas {agency}",
    "stopped_head": "kepala {agency}",
    "to_heads": "kepala instansi",
    "to_verifiers": "verifikator",
    "agency_no_officer": (
        "⚠ {agency} kini tidak punya petugas yang aktif (semua berhalangan atau belum ada). Pemberitahuan dan pengingat "
        "disposisi {agency} dikirim ke kepala instansi sampai ada petugas yang kembali."
    ),
    "verifier_disposition_nobody": "⚠ Semua petugas dan kepala {agency} sedang berhalangan: {reference} belum dibaca siapa pun di sana. Mohon pantau, atau teruskan ke OPD lain.",
    "officer_disposition_no_officer": "⚠ {agency} tidak punya petugas yang aktif saat ini: mohon tindak lanjuti, atau ALIHKAN {reference} <petugas>.",
    # Verifier commands -----------------------------------------------------------------------------
    "teruskan_authors_agency": (
        "⚠ {reference} diadukan sebagai warga oleh petugas {agency} sendiri: {name}. Tetap teruskan ke {agencies}? "
        "Balas YA untuk meneruskan, atau TERUSKAN {reference} <instansi lain>."
    ),
    "teruskan_done": "{reference} diteruskan ke {agency}, batas {due}. {told}",
    "teruskan_told_officers": "{count} petugas diberi tahu.",
    "teruskan_told_officers_away": "{count} petugas diberi tahu ({away} sedang cuti).",
    "teruskan_told_heads": "Semua petugas {agency} sedang cuti: kepala instansi ({names}) yang diberi tahu.",
    "teruskan_told_heads_named": (
        "Petugas {agency} yang bertugas tidak diberi tahu karena namanya disebut dalam laporan: kepala instansi "
        "({names}) yang diberi tahu."
    ),
    "teruskan_told_verifiers_named": (
        "⚠ Staf {agency} yang bertugas tidak diberi tahu karena namanya disebut dalam laporan: belum ada yang "
        "membaca disposisi ini di sana. Mohon pantau, atau teruskan ke OPD lain."
    ),
    "teruskan_told_verifiers": (
        "⚠ Semua petugas dan kepala {agency} sedang cuti: belum ada yang membaca disposisi ini di sana. "
        "Mohon pantau, atau teruskan ke OPD lain."
    ),
    "teruskan_external": "{reference} ditandai untuk diteruskan ke {agency} (di luar kewenangan daerah) melalui SP4N-LAPOR!.",
    "teruskan_no_officer": "⚠ {agency} belum punya petugas aktif: tidak ada yang menerima disposisi ini.",
    "teruskan_already": "{reference} sudah ada di {agency}; tidak diteruskan dua kali.",
    "teruskan_need_agency": "Sebutkan instansinya, contoh: TERUSKAN {reference} DLH, Dinas Kesehatan",
    "tarik_reason": "salah kirim",
    "tarik_done": (
        "Disposisi {reference} ke {agencies} ditarik: petugasnya diberi tahu tidak perlu menindaklanjuti, dan "
        "pengingatnya berhenti."
    ),
    "tarik_still_held": "{reference} tetap ditangani {agencies}.",
    "tarik_finished": "{reference} selesai: jawaban akhir {answered} sudah ada, dan pelapor diberi tahu.",
    "tarik_where_now": (
        "{reference} kembali menunggu verifikasi. Ke instansi mana seharusnya? Ketik TERUSKAN {reference} <instansi>."
    ),
    "tarik_sent_on": "{reference} diteruskan ke {agency}, batas penyelesaian {due}. Pelapor diberi tahu.",
    "tarik_not_forwarded": (
        "{reference} belum diteruskan ke instansi mana pun, jadi tidak ada yang ditarik. "
        "Ketik TERUSKAN {reference} <instansi>."
    ),
    "tarik_none_open": "{reference} tidak punya disposisi terbuka untuk ditarik (status: {status}).",
    "tarik_which": "{reference} ditangani {agencies}. Ketik TARIK {reference} <instansi> untuk menarik yang salah kirim.",
    "tarik_already": "Disposisi {reference} ke {agencies} sudah ditarik ({when}); kini ditangani {held}.",
    "tarik_not_there": "{reference} tidak sedang ditangani {agencies} (kini: {held}).",
    "teruskan_unknown_agency": "Instansi \"{typed}\" tidak dikenali. Pakai kode atau nama, contoh: DLH, PUPR, Dinas Kesehatan.",
    "teruskan_near_miss": (
        "Instansi \"{typed}\" tidak dikenali. Maksudnya {agency} ({name})? Balas YA untuk meneruskan {reference} ke "
        "{agencies}, atau TIDAK."
    ),
    "teruskan_unknown_each": (
        "Instansi \"{typed}\" untuk {reference} tidak dikenali. Belum ada yang diteruskan; tulis ulang per laporan, "
        "contoh: TERUSKAN {reference} {agency}"
    ),
    "teruskan_ambiguous": (
        "\"{typed}\" cocok dengan beberapa instansi:\n{choices}\n"
        "Balas angkanya saja (contoh: 1), atau TERUSKAN {reference} <kode>."
    ),
    "teruskan_bad_pick": (
        "Nomor {typed} tidak ada dalam pilihan instansi untuk {reference}. "
        "Balas nomor dari daftar, atau pakai kode/nama: TERUSKAN {reference} DLH"
    ),
    "tunda_not_a_question": (
        "TUNDA mengirim pertanyaan kepada pelapor, dan laporannya menunggu jawaban. \"{text}\" tidak terbaca sebagai "
        "pertanyaan, jadi tidak kami kirim; {reference} tetap di ANTREAN. Untuk bertanya: TUNDA {reference} "
        "<pertanyaan>, contoh: TUNDA {reference} Di RT berapa lokasinya?"
    ),
    "tunda_done": (
        "Pertanyaan dikirim ke pelapor {reference}; statusnya tertunda sampai pelapor menjawab, paling lama {days} "
        "hari kerja. Sesudah itu laporan kembali ke antrean verifikasi."
    ),
    "arsipkan_done": "{reference} diarsipkan. Alasannya sudah dikirim ke pelapor.",
    # A duplicate said without its parent ("ini sama dengan laporan kemarin"): the likely parents (lapor.duplicates)
    "gabung_candidate": "• {reference} – {title} ({score}%)",
    "gabung_candidates": (
        "{reference} ({title}) mungkin sama dengan:\n{items}\nKirim GABUNG {reference} <induk>, contoh: "
        "GABUNG {reference} {first}"
    ),
    "gabung_candidate_confirm": (
        "{reference} ({title}) mungkin sama dengan:\n{items}\nGabungkan {reference} ke {parent}? Balas YA, atau "
        "TIDAK. Induk lain: GABUNG {reference} <induk>"
    ),
    "gabung_no_candidates": (
        "Belum ditemukan laporan terbuka yang mirip dengan {reference} ({title}) dalam 30 hari terakhir. Sebutkan "
        "induknya: GABUNG {reference} LPR-<induk>"
    ),
    # A complaint said valid ("LPR-1 valid"): forwarded to its first suggested agency on YA
    "verifier_confirm_valid": (
        "Teruskan {reference} ({title}) ke {agency}, saran pertama ({score})? Balas YA untuk meneruskan, atau "
        "TIDAK. Instansi lain: TERUSKAN {reference} <instansi>"
    ),
    "verifier_valid_where": (
        "{reference} ({title}) belum punya saran instansi. Ke instansi mana? Kirim TERUSKAN {reference} <instansi>, "
        "contoh: TERUSKAN {reference} DLH"
    ),
    # a merge naming only its parent ("gabung ke lpr 1"): the complaint in front of the verifier, or which one
    "gabung_confirm_in_front": (
        "Gabungkan {reference} ({title}) ke {parent}? Sebagai laporan ganda, pelapor {reference} lalu menerima kabar "
        "{parent}. Balas YA, atau TIDAK. Bila laporan lain: GABUNG LPR-<nomor> {parent}"
    ),
    "gabung_which_child": (
        "Laporan mana yang digabung ke {parent}? Menunggu verifikasi:\n{items}\nBalas nomornya saja (contoh: "
        "{example}), atau kirim: GABUNG LPR-<nomor> {parent}"
    ),
    "gabung_which_child_none": (
        "Laporan mana yang digabung ke {parent}? Kirim: GABUNG LPR-<nomor> {parent} (nomor laporan ganda dulu, lalu "
        "induknya)."
    ),
    "gabung_already": "{reference} sudah digabung ke {parent}; tidak ada yang diubah.",
    "gabung_same": (
        "{reference} tidak bisa digabung ke dirinya sendiri. Sebutkan laporan lain sebagai induknya, "
        "kirim: GABUNG {reference} LPR-<induk>"
    ),
    "gabung_in_progress": "{reference} berstatus {status}: sudah ditindaklanjuti instansi, jadi tidak bisa digabung. Tidak ada yang diubah.",
    "gabung_done": "{reference} digabung ke {parent}. Pelapornya akan menerima kabar {parent}.",
    "antrean_head": "Menunggu verifikasi ({count}):",
    "antrean_item": "• {reference} ({age}) – {title}{suggestion}",
    "antrean_age": "{days} hari kerja",
    "antrean_age_returned": "dikembalikan, {days} hari kerja",
    "antrean_tail": "Balas TERUSKAN {reference} <instansi> · TUNDA {reference} <pertanyaan> · STATUS {reference}: rincian",
    "antrean_tail_supervisor": "Ketik STATUS {reference} untuk rinciannya.",
    "antrean_empty": "Antrean kosong: semua laporan sudah diverifikasi. 👍",
    # The complaints that came in on a day or in a period ("aduan kemarin apa aja", "ANTREAN minggu ini")
    "antrean_period_head": "Laporan masuk {label} ({span}): {count}",
    "antrean_period_item": "• {reference} ({status}{agencies}) – {title}",
    "antrean_period_tail": "Rincian: STATUS {reference} · menunggu verifikasi sekarang: {waiting} (ANTREAN)",
    "antrean_period_empty": "Tidak ada laporan masuk {label} ({span}). Menunggu verifikasi sekarang: {waiting} "
                            "(ANTREAN)",
    "rekap": (
        "Rekap {scope} ({date}):\n"
        "Menunggu verifikasi: {waiting}\n"
        "Disposisi terbuka: {open}\n"
        "Terlambat: {overdue}\n"
        "Selesai tahun ini: {done} dari {total}"
    ),
    "staff_status_due": ", batas {date}",
    # A merged duplicate's status as staff read it (STATUS, a refused act): where it went, not "tidak diproses".
    "staff_status_merged": "Digabung ke {parent} sebagai laporan ganda ({parent}: {status})",
    "staff_status": (
        "{reference} – {title}\n"
        "Jenis: {kind} · {privacy}\n"
        "Status: {status}\n"
        "Pelapor: {reporter}\n"
        "Isi: {description}\n"
        "Lokasi: {place}\n"
        "Disposisi: {dispositions}"
    ),
    # The whole complaint for staff: the pin as coordinates and a maps link, the attachments that follow.
    "staff_pin": "{place}\nTitik peta: {latitude:.6f}, {longitude:.6f}\n{link}",
    "staff_attachments": "{received} (menyusul, satu per pesan)",
    "staff_attachments_none": "tidak ada",
    "staff_status_media": "Lampiran (tautan berlaku {hours} jam):\n{links}",
    "staff_status_latest": "Terakhir ({when}): {text}",
    "staff_status_why": "• {agency}: {waiting}{late}. Petugas: {officers}",
    "staff_status_why_unanswered": "belum ada tindak lanjut sejak {since} ({days} hari kerja)",
    "staff_status_why_answered": "sudah ada tindak lanjut, belum ada jawaban akhir",
    "staff_status_why_late": ", lewat batas {date}",
    "staff_status_why_head": "Hubungi petugasnya, atau ALIHKAN {reference} <nama petugas> untuk menyerahkannya.",
    "staff_status_why_supervisor": "Untuk mengingatkan petugasnya: INGATKAN {agency}.",
    "staff_history": "Riwayat ({shown} langkah terakhir dari {count}):\n{lines}\nRiwayat lengkap: {page}",
    "staff_history_line": "• {when} {event}{agency}{text}",
    "staff_additions": "Tambahan dari pelapor:\n{lines}",
    "staff_addition": "• {when}: {text}{media}",
    "staff_addition_answer": "• {when}, jawaban atas \"{question}\": {text}{media}",
    "staff_additions_more": "• …dan {count} sebelumnya (STATUS {reference})",
    # Notices to staff ------------------------------------------------------------------------------
    "officer_disposition": (
        "Disposisi baru {reference} untuk {agency}\n"
        "Jenis: {kind}\n"
        "Pelapor: {reporter}\n"
        "Isi: {description}\n"
        "Lokasi: {place}\n"
        "{additions}"
        "Lampiran: {attachments}\n"
        "Batas penyelesaian: {due}\n\n"
        "Balas pesan ini dengan:\n"
        "TL <kemajuan> · SELESAI <jawaban akhir>\n"
        "INFO <pertanyaan ke pelapor> · KEMBALIKAN <alasan>"
    ),
    "officer_reopened": (
        "{reference} dibuka kembali: pelapor belum puas.{again}\n"
        "Alasan: {reason}\n"
        "Batas baru: {due}\n"
        "Balas pesan ini dengan TL <kemajuan> atau SELESAI <jawaban akhir>."
    ),
    "officer_reopened_again": " Ini untuk {times} kalinya; {told}",
    "officer_reopened_again_alone": " Ini untuk {times} kalinya.",
    "reopened_heads_told": "kepala instansi ikut diberi tahu.",
    "reopened_supervisors_told": "kepala instansi sedang cuti tanpa Plh, jadi pimpinan daerah (Sekda) ikut diberi tahu.",
    "reopened_head_named_told": "laporan ini menyebut kepala instansi, jadi pimpinan daerah (Sekda) ikut diberi tahu.",
    "head_reopened_again": (
        "⚠ {reference} ({agency}) dibuka kembali untuk {times} kalinya: pelapor masih belum puas dengan jawaban "
        "akhir instansi.\n"
        "Alasan: {reason}\n"
        "{holders} Batas baru: {due}\n"
        "Ketik STATUS {reference} untuk riwayatnya."
    ),
    "officer_withdrawn": (
        "{reference} diarsipkan, jadi disposisinya untuk {agency} ditutup: "
        "tidak perlu ditindaklanjuti.\nAlasan: {reason}"
    ),
    "officer_withdrawn_mistake": (
        "{reference} salah kirim ke {agency} dan sudah ditarik verifikator: tidak perlu ditindaklanjuti, "
        "dan tidak akan ada pengingat lagi. Mohon maaf atas kekeliruannya."
    ),
    "officer_withdrawn_merged": (
        "{reference} digabung ke {parent} oleh verifikator, jadi disposisi {reference} untuk {agency} ditutup. "
        "Ketik STATUS {parent} untuk melihat laporan induknya."
    ),
    "asker_answer": "Jawaban pelapor {reference} atas pertanyaan \"{question}\":\n{answer}",
    "asker_answer_more": "Tambahan jawaban pelapor {reference}:\n{answer}",
    "asker_answer_due": "Batas penyelesaian {reference}: {due} (waktu menunggu jawaban pelapor tidak dihitung).",
    "asker_answer_due_passed": "Batas penyelesaian {reference} {due} sudah lewat.",
    "verifier_returned_finished": (
        "{reference} dikembalikan oleh {agency}.\n"
        "Alasan: {reason}\n"
        "{answered} sudah memberi jawaban akhir, jadi {reference} kini selesai dan pelapor diminta menilai; laporan "
        "tidak bisa diteruskan lagi. Bila pelapor tidak puas, laporan dibuka kembali ke {answered}. "
        "Rincian: STATUS {reference}"
    ),
    "verifier_returned": (
        "{reference} dikembalikan oleh {agency}.\n"
        "Alasan: {reason}\n"
        "Teruskan ke instansi lain: TERUSKAN {reference} <instansi>"
    ),
    "verifier_suggestion": "Saran instansi (ambil dengan TERUSKAN {reference} 1, atau 1+2):\n{suggestions}",
    "verifier_suggestion_item": "{number}. {code} {score} – {reason}",
    "verifier_suggestion_item_plain": "{number}. {code} {score}",
    "verifier_no_suggestion": "Saran instansi: belum ada yang cocok, pilih sendiri.",
    "supervisor_forward": (
        "Disposisi ke instansi dilakukan verifikator: {verifiers}. Pesan Anda tidak dicatat; sampaikan kepada "
        "mereka bila {reference} perlu ke {agencies}. Rincian dan instansi yang memegangnya: STATUS {reference}"
    ),
    "verifier_either": (
        "{reference} ke {first} atau {second}? Saran instansi untuk {reference}:\n{suggestions}\nKirim salah satu: "
        "TERUSKAN {reference} {first} · TERUSKAN {reference} {second} · keduanya: TERUSKAN {reference} {first}, "
        "{second}"
    ),
    "staff_where_now": "{reference}: {status}\n{lines}\nRinciannya: STATUS {shown}",
    "where_open_new": "• Di {agency} ({people}): belum ada tindak lanjut, batas {due}",
    "where_open_answered": "• Di {agency} ({people}): sudah ditindaklanjuti, menunggu jawaban akhir, batas {due}",
    "where_open_asked": "• Di {agency} ({people}): menunggu jawaban pelapor atas pertanyaan {agency}, batas {due}",
    "where_returned": "• {agency} mengembalikannya ({when}): \"{reason}\"",
    "where_final": "• {agency} sudah memberi jawaban akhir ({when})",
    "where_forwarded": "• {agency}: diteruskan lewat SP4N-LAPOR! ({when})",
    "where_withdrawn": "• {agency}: disposisinya ditutup ({when})",
    "where_taken_back": "• {agency}: ditarik verifikator ({reason}, {when})",
    "where_nowhere": "• Belum diteruskan ke instansi mana pun",
    "where_wait_verifier": "Menunggu verifikator meneruskannya: TERUSKAN {reference} <instansi>",
    "where_wait_citizen": "Menunggu jawaban pelapor atas: \"{question}\"",
    "where_wait_rating": "Menunggu penilaian pelapor",
    "where_rated": "Dinilai pelapor {rating}/5",
    "where_archived": "Alasan diarsipkan: \"{reason}\"",
    "where_latest_answer": "Tindak lanjut terakhir ({when}{agency}): \"{text}\"",
    "verifier_forward_stands": (
        "{reference} sudah diteruskan ke {agencies} dan petugasnya sudah diberi tahu. Tarik disposisinya karena salah "
        "kirim? Balas YA untuk menarik, atau TIDAK. Bila tahu instansi yang benar: TARIK {reference} {first} KE "
        "<instansi>."),
    "verifier_where_waiting": "{reference}: {status}\n{lines}",
    "verifier_where_to": (
        "{where}\nSaran instansi untuk {reference}:\n{suggestions}\nKirim TERUSKAN {reference} 1 (atau 1+2), atau "
        "TERUSKAN {reference} <instansi>."
    ),
    "verifier_where_all_returned": (
        "{where}\nSaran instansi untuk {reference}:\n{suggestions}\nSemuanya sudah mengembalikan laporan ini. Pilih instansi "
        "lain: TERUSKAN {reference} <instansi>, atau tanya pelapor: TUNDA {reference} <pertanyaan>."
    ),
    "verifier_where_none": (
        "{where}\nBelum ada saran instansi untuk {reference}. Pilih sendiri: TERUSKAN {reference} <instansi>, atau tanya "
        "pelapor: TUNDA {reference} <pertanyaan>."
    ),
    "verifier_duplicates": "Mungkin sama dengan: {duplicates} (GABUNG {reference} <induk>)",
    "verifier_disposition_accused": (
        "⚠ Petugas {agency} yang terdaftar disebut dalam laporan {reference} tentang perilaku petugas, jadi disposisi "
        "tidak dikirim kepada mereka. Mohon tangani, atau teruskan ke instansi lain (mis. Inspektorat)."
    ),
    "verifier_staff_accused": (
        "⚠ Laporan tentang perilaku petugas yang menyebut {names}. Bila diteruskan ke instansinya, disposisi "
        "diberikan kepada rekan atau kepala yang tidak disebut; pertimbangkan juga Inspektorat."
    ),
    "verifier_reply_hint": "Balas: TERUSKAN {reference} <instansi> · TUNDA {reference} <pertanyaan> · ARSIPKAN {reference} <alasan>",
    # Outside WhatsApp's 24-hour window a template carries the text; a photo waits for the person to write.
    "media_caption": "📎 {reference}",
    "media_missing": "📎 Lampiran (foto atau berkas) dari instansi untuk {reference} tidak dapat kami kirim.",
    # Staff told of an attachment that could not reach them (fetch failed, refused, file gone, Twilio refused it).
    "media_missing_staff": (
        "📎 Lampiran (foto atau berkas) untuk {reference} tidak dapat dikirim lewat WhatsApp. "
        "Lampiran itu (atau keterangan mengapa tidak ada) bisa dilihat di halaman pengaduan: {page}"
    ),
    "media_missing_page": "buka dasbor Penghubung, lalu cari {reference}",
    "photo_follows": "📷 Fotonya menyusul setelah Anda mengirim pesan apa saja ke nomor ini (aturan WhatsApp).",
    # Reminders and escalations (ladders) -----------------------------------------------------------
    "rung_verification_verifiers": (
        "⏰ Pengingat: {reference} belum diverifikasi sejak {since} ({days} hari kerja; batas {limit} hari kerja).\n"
        "{title}\n"
        "Balas: TERUSKAN {reference} <instansi> · TUNDA {reference} <pertanyaan> · ARSIPKAN {reference} <alasan>"
    ),
    "rung_verification_supervisors": (
        "⚠ Eskalasi: {reference} belum diverifikasi sejak {since} ({days} hari kerja).\n"
        "{title}\n"
        "Mohon ingatkan verifikator. Ketik STATUS {reference} untuk rinciannya."
    ),
    "rung_first_response_1": (
        "⏰ Pengingat: disposisi {reference} untuk {agency} belum ditindaklanjuti sejak {since} ({days} hari kerja).\n"
        "{title}\n"
        "Balas: TL {reference} <kemajuan> atau SELESAI {reference} <jawaban akhir>."
    ),
    "rung_first_response_2": (
        "⏰ Pengingat ke-2: disposisi {reference} untuk {agency} belum ditindaklanjuti sejak {since} "
        "({days} hari kerja).{heads}\n"
        "{title}\n"
        "Balas: TL {reference} <kemajuan> atau SELESAI {reference} <jawaban akhir>."
    ),
    "rung_first_response_2_head": (
        "⏰ Pengingat ke-2: disposisi {reference} untuk {agency} belum ditindaklanjuti sejak {since} "
        "({days} hari kerja).\n"
        "{title}\n"
        "{holders} Serahkan ke satu petugas: ALIHKAN {reference} <nama petugas>. Rinciannya: STATUS {reference}. "
        "Menjawab sendiri: TL {reference} <kemajuan>."
    ),
    "question_lapsed_late": (
        "Pertanyaan Anda untuk pelapor {reference} belum dijawab dalam {days} hari kerja. Batas penyelesaian {due} "
        "sudah lewat. Bila pelapor menjawab nanti, jawabannya tetap kami teruskan.\n"
        "Balas: SELESAI {reference} <jawaban akhir>, atau TL {reference} <kemajuan dan perkiraan selesai>."
    ),
    "question_lapsed": (
        "Pertanyaan Anda untuk pelapor {reference} belum dijawab dalam {days} hari kerja, jadi batas penyelesaian "
        "berjalan lagi: {due}. Bila pelapor menjawab nanti, jawabannya tetap kami teruskan.\n"
        "Balas: TL {reference} <kemajuan> atau SELESAI {reference} <jawaban akhir>."
    ),
    "tunda_lapsed_queue": (
        "Pelapor {reference} belum menjawab pertanyaan Anda (\"{question}\") dalam {days} hari kerja, jadi laporan "
        "kembali ke antrean verifikasi. Bila pelapor menjawab nanti, jawabannya tetap kami teruskan.\n"
        "Balas: TERUSKAN {reference} <instansi> · ARSIPKAN {reference} <alasan> · TUNDA {reference} <pertanyaan lagi>"
    ),
    "tunda_lapsed_forwarded": (
        "Pelapor {reference} belum menjawab pertanyaan Anda (\"{question}\") dalam {days} hari kerja; laporan "
        "berjalan terus di instansi. Bila pelapor menjawab nanti, jawabannya tetap kami teruskan."
    ),
    # A promise with a day gone by without news (`bot.reminders.send_promise_reminders`)
    "rung_promise_1": (
        "⏰ Janji tindak lanjut {reference} ({agency}) sudah lewat: pelapor membaca perkiraan {day}, dan sejak itu "
        "belum ada kabar.\n"
        "{who}, {when}: \"{promise}\"\n"
        "{title}\n"
        "Balas: TL {reference} <kemajuan> atau SELESAI {reference} <jawaban akhir>. Bila jadwalnya bergeser, kirim "
        "TL {reference} dengan hari barunya."
    ),
    "rung_promise_2": (
        "⏰ Pengingat ke-2: janji tindak lanjut {reference} ({agency}) untuk {day} belum ada kabarnya.{heads}\n"
        "{who}, {when}: \"{promise}\"\n"
        "{title}\n"
        "Balas: TL {reference} <kemajuan> atau SELESAI {reference} <jawaban akhir>. Bila jadwalnya bergeser, kirim "
        "TL {reference} dengan hari barunya."
    ),
    "rung_promise_head": (
        "⚠ Janji tindak lanjut {reference} ({agency}) terlewat: petugas menjanjikan perkiraan {day} kepada pelapor, "
        "dan sampai hari ini belum ada kabar. Petugas sudah diingatkan.\n"
        "{who}, {when}: \"{promise}\"\n"
        "{title}\n"
        "{holders} Ketik STATUS {reference} untuk rinciannya."
    ),
    "rung_away_promise": "⏰ Janji tindak lanjut {reference} untuk {agency} ({day}) sudah lewat tanpa kabar",
    "rung_heads_told": " Kepala instansi ikut diberi tahu.",
    "rung_head_reads_alone": " Tidak ada petugas yang bisa menerima pengingat ini, jadi kami kirim ke Anda.",
    "rung_holders_officers": "Petugas: {names}.",
    "rung_holders_heads": "Ditangani kepala instansi: {names}.",
    "rung_holders_heads_officers_away": "Ditangani kepala instansi: {names} (petugas sedang cuti).",
    "rung_holders_verifiers": "Petugas dan kepala instansi sedang cuti; dipegang verifikator: {names}.",
    "rung_holders_nobody": "Belum ada petugas atau kepala instansi aktif di instansi ini.",
    # Who holds a late disposition, on the dashboard's rows and pages and in its downloads (`holder_label`).
    "holder_late": "Terlambat di {agency} · {holder}",
    "holder_handed": "dialihkan ke {names}",
    "holder_handed_by_head": "Dialihkan kepala ke {names}",  # an officer's or head's own list
    "holder_handed_away": "{handed}, yang sedang {away} (aktif lagi {back}); {holder}",
    "holder_officers": "dipegang petugas: {names}",
    "holder_heads": "tidak ada petugas yang bertugas; dibaca kepala: {names}",
    "holder_nobody": "tidak ada petugas maupun kepala {agency} yang bertugas",
    "rung_first_response_3": (
        "⚠ Eskalasi: disposisi {reference} untuk {agency} belum ditindaklanjuti {days} hari kerja (sejak {since}).\n"
        "{title}\n"
        "{holders} Ketik STATUS {reference} untuk rinciannya."
    ),
    "rung_note_hold": "Dihitung sejak {since}, saat laporan selesai menunggu jawaban pelapor (laporan masuk {filed}).",
    "rung_note_reopened": "Dihitung sejak {since}, saat pelapor membuka kembali laporan karena belum puas.",
    "rung_note_returned": "Dihitung sejak {since}, saat instansi mengembalikan laporan (laporan masuk {filed}).",
    # A wait that began outside working hours counts from the first working day, which the first line names.
    "rung_began_reopened": "Pelapor membuka kembali laporan karena belum puas pada {at} ({outside}).",
    "rung_began_hold": "Laporan selesai menunggu jawaban pelapor pada {at} ({outside}; laporan masuk {filed}).",
    "rung_began_returned": "Instansi mengembalikan laporan pada {at} ({outside}; laporan masuk {filed}).",
    "rung_began_first_response": "Disposisi dikirim pada {at} ({outside}).",
    "rung_began_verification": "Laporan masuk pada {at} ({outside}).",
    "rung_after_hours": "di luar jam kerja",
    "rung_day_off": "hari libur",
    # To the verifiers standing in for an agency all on leave: what the rung chases, then that nobody there reads it.
    "rung_away_first_response": "⏰ {reference} untuk {agency} belum ditindaklanjuti sejak {since} ({days} hari kerja)",
    "rung_away_first_response_today": "⏰ {reference} untuk {agency} belum ditindaklanjuti sejak diteruskan hari ini",
    "rung_away_first_response_fresh": "⏰ {reference} untuk {agency} belum ditindaklanjuti sejak diteruskan {since}",
    "rung_away_completion_reminder": "⏰ {reference} ({agency}) harus selesai {due}{left}",
    "rung_away_overdue": "⚠ {reference} ({agency}) melewati batas penyelesaian {due}",
    "rung_head_away": (
        "{situation}. Kepala {agency} sedang cuti tanpa Plh, jadi pemberitahuan untuk kepala instansi kami kirim ke "
        "Anda.\n{title}\n{holders} Ketik STATUS {reference} untuk rinciannya."
    ),
    "rung_head_named": (
        "{situation}. Laporan ini menyebut kepala {agency}, jadi pemberitahuan untuk kepala instansi kami kirim ke "
        "Anda.\n{title}\n{holders} Ketik STATUS {reference} untuk rinciannya."
    ),
    "rung_agency_away": (
        "{situation}, dan semua petugas serta kepala {agency} sedang cuti.\n"
        "{title}\n"
        "Ketik STATUS {reference} untuk rinciannya, atau TERUSKAN {reference} <OPD lain> bila perlu."
    ),
    "rung_completion_reminder": (
        "⏰ {reference} ({agency}) harus selesai {due}{left}.\n"
        "{title}\n"
        "Bila sudah: SELESAI {reference} <jawaban akhir>. Kemajuan: TL {reference} <teks>."
    ),
    "rung_overdue": (
        "⚠ {reference} ({agency}) melewati batas penyelesaian {due}.\n"
        "{title}\n"
        "Balas: SELESAI {reference} <jawaban akhir>, atau TL {reference} <kemajuan dan perkiraan selesai>."
    ),
    # INGATKAN <instansi>: a verifier's or supervisor's reminder to an agency's officers at work, once a day
    "ingatkan_need_agency": (
        "Sebutkan instansinya, contoh: INGATKAN PUPR. Petugasnya diingatkan tentang disposisi yang terlambat atau "
        "belum ditindaklanjuti."
    ),
    "ingatkan_already": (
        "Pengingat untuk {agency} sudah dikirim hari ini pukul {at}, jadi tidak dikirim lagi. Yang masih menunggu: "
        "DAFTAR {agency}."
    ),
    "ingatkan_nothing": (
        "Tidak ada disposisi {agency} yang terlambat atau belum ditindaklanjuti, jadi pengingat tidak dikirim. "
        "Disposisi terbuka: DAFTAR {agency}."
    ),
    "ingatkan_nobody": (
        "Petugas dan kepala {agency} sedang cuti semua, jadi pengingat tidak dikirim. Siapa saja mereka: "
        "DAFTAR PETUGAS {agency}."
    ),
    "ingatkan_done": (
        "Pengingat terkirim ke {names} ({agency}): {count} laporan menunggu ({kinds}).{away}"
    ),
    # INGATKAN of one complaint ("INGATKAN PUPR LPR-2", "ingatkan lpr 2": the agencies holding it)
    "ingatkan_one_done": "Pengingat {reference} terkirim ke {names} ({agency}).{away}",
    "ingatkan_one_already": (
        "Pengingat {reference} untuk {agency} sudah dikirim hari ini pukul {at}, jadi tidak dikirim lagi. "
        "Perkembangannya: STATUS {reference}."
    ),
    "ingatkan_one_elsewhere": (
        "{reference} tidak ditangani {agency}: ada di {holders}. Kirim: INGATKAN {reference}"
    ),
    "ingatkan_one_closed": (
        "Disposisi {reference} untuk {agency} sudah {state}, jadi pengingat tidak dikirim. Masih terbuka di: {holders}."
    ),
    "ingatkan_one_not_forwarded": (
        "{reference} belum diteruskan ke instansi mana pun (menunggu verifikasi), jadi belum ada yang diingatkan. "
        "Rinciannya: STATUS {reference}."
    ),
    "ingatkan_one_none_open": (
        "{reference} berstatus {status}: tidak ada disposisi terbuka, jadi pengingat tidak dikirim."
    ),
    "ingatkan_one_paused": (
        "Petugas {agency} sedang menunggu jawaban pelapor {reference} atas pertanyaannya, jadi pengingat tidak dikirim."
    ),
    "ingatkan_line_due": "⏰ {reference} untuk {agency}: batas penyelesaian {due}",
    "ingatkan_late": "{count} lewat batas penyelesaian",
    "ingatkan_unanswered": "{count} belum ditindaklanjuti",
    "ingatkan_away": " Tidak dikirim ke yang sedang cuti: {names}.",
    "ingatkan_head": "🔔 Pengingat dari {sender}: {count} disposisi {agency} menunggu tindak lanjut Anda.",
    "ingatkan_more": "… dan {count} lainnya: DAFTAR",
    "ingatkan_tail": "Balas: TL {reference} <kemajuan> atau SELESAI {reference} <jawaban akhir>.",
    # Rungs of several complaints due in the same minute to one person: one message, each rung's text after this.
    "rung_batch": "{count} pengingat untuk Anda:",
    # A deadline notice due in the same minute as a first-response reminder: one line of that reminder.
    "rung_also_completion_reminder": "Batas penyelesaian {due}{left}.",
    # the working days left, after a deadline on a later day (one today or tomorrow says its time instead: a
    # reminder sent late read «hari ini pukul 14.00, 1 hari kerja lagi»)
    "rung_days_left": ", {days} hari kerja lagi",
    "rung_also_overdue": "Batas penyelesaian {due} sudah lewat.",
    "citizen_closed": "Laporan {reference} kami tutup karena sudah selesai dan tidak ada tanggapan lagi. Terima kasih. Ketik 1 untuk laporan baru.",
    # Digests ---------------------------------------------------------------------------------------
    "digest_head_daily": "Rekap harian {scope} · {date}",
    "digest_head_weekly": "Rekap mingguan {scope} · {start}–{end}",
    "digest_head_daily_weekly": "Rekap harian & mingguan {scope} · {date}",
    "digest_week": "Pekan {start}–{end}: baru {new} · selesai {finished}",
    # under it, on the weekly day: the week's own average (the yearly line below names its year)
    "digest_week_first_response": "Tindak lanjut pertama pekan itu: rata-rata {days} hari kerja",
    "digest_week_first_response_none": "Tindak lanjut pertama pekan itu: -",
    "digest_quiet_week": "Rekap {scope} · {date}: tidak ada disposisi terbuka. {week}. REKAP: rekap lengkap",
    "digest_quiet_week_region": (
        "Rekap daerah · {date}: tidak ada laporan menunggu verifikasi atau disposisi terbuka. {week}. "
        "REKAP: rekap lengkap"
    ),
    "digest_head_period": "Rekap {scope} · {label} ({days})",
    "period_today": "hari ini",
    "period_yesterday": "kemarin",
    "period_this_week": "minggu ini",
    "period_last_week": "minggu lalu",
    "period_this_month": "bulan ini",
    "period_last_month": "bulan lalu",
    "period_7_days": "7 hari terakhir",
    "period_30_days": "30 hari terakhir",
    "period_this_year": "tahun ini",
    "period_last_year": "tahun lalu",
    "period_year": "tahun {year}",
    "period_month": "{month} {year}",
    "period_tomorrow": "besok",
    "period_day_after": "lusa",
    "period_next_week": "minggu depan",
    "period_next_month": "bulan depan",
    "period_days_ahead": "{days} hari ke depan",
    "digest_new": "Baru sejak rekap lalu: {count}",
    "digest_new_week": "Baru pada periode ini: {count}",
    "digest_waiting": "Menunggu verifikasi: {count}",
    # no verifier can receive messages (each replied STOP): two lines, each fits a phone's 60 characters
    "digest_no_verifier": "⚠ Verifikator membalas STOP: {names}\nLaporan baru tidak diberitahukan ke siapa pun.",
    "digest_waiting_late": "Menunggu verifikasi: {count} (lewat batas: {late})",
    "digest_unanswered": "Belum ditanggapi lewat {days} hari kerja: {count}",
    "digest_unanswered_item": "• {reference} {agency}",
    "digest_open": "Disposisi terbuka: {count}",
    "digest_overdue": "Terlambat: {count}",
    "digest_overdue_item": "• {reference} {agency} (batas {due})",
    "digest_finished": "Selesai hari kerja lalu: {count}",
    "digest_finished_week": "Selesai pada periode ini: {count}",
    "digest_completion": "Penyelesaian {year}: {percent}% ({done}/{total})",
    "digest_completion_carried": "Penyelesaian {year}: {percent}% ({done}/{total}, termasuk {carried} sisa tahun lalu)",
    "digest_completion_none": "Penyelesaian {year}: - (belum ada laporan masuk pada {year})",
    # the yearly lines name their year: in «REKAP minggu ini» they read as the week's own figures
    "digest_first_response": "Rata-rata tindak lanjut pertama {year}: {days} hari kerja",
    "digest_first_response_none": "Rata-rata tindak lanjut pertama {year}: -",
    # a REKAP of a period: the first follow-ups given in it, under the period's heading (no year named)
    "digest_first_response_period": "Rata-rata tindak lanjut pertama: {days} hari kerja",
    "digest_first_response_period_none": "Rata-rata tindak lanjut pertama: - (belum ada pada periode ini)",
    "digest_ratings": "Penilaian warga {year}: rata-rata {average} dari {count} penilaian",
    "digest_ratings_none": "Penilaian warga {year}: belum ada",
    "digest_reopened": "Dibuka kembali {year} (tidak puas): {reopened}",
    "digest_ranking_head": "Peringkat instansi {year} (selesai · terlambat):",
    "digest_ranking_item": "{rank}. {code} {percent}% · {overdue}",
    "digest_ranking_idle": "Belum ada disposisi: {codes}",
    "digest_ranking_more": "… {count} instansi lain (lengkapnya di halaman /kinerja) …",
    "digest_tail": "DAFTAR: disposisi terbuka · STATUS LPR-<nomor>: rincian",
    "chart_on_time_week": "Tepat waktu per instansi · {start}–{end}",
    "chart_empty": "Belum ada jawaban akhir atau keterlambatan pada periode ini",
    # Notices to citizens about their complaint ------------------------------------------------------
    "citizen_dispositioned": (
        "Laporan {reference} sudah diverifikasi dan diteruskan ke {agency}. "
        "Batas penyelesaian: {due}. Kabar berikutnya akan kami kirim ke nomor ini."
    ),
    "citizen_dispositioned_moved": (
        "Laporan {reference} kini ditangani {agency} (sebelumnya keliru kami teruskan ke {previous}). "
        "Batas penyelesaian: {due}. Kabar berikutnya akan kami kirim ke nomor ini."
    ),
    "citizen_forwarded": (
        "Laporan {reference} berada di luar kewenangan pemerintah daerah, sehingga diteruskan ke {agency} "
        "melalui SP4N-LAPOR!. Ketik STATUS {reference} untuk perkembangannya."
    ),
    "citizen_follow_up": "Tindak lanjut {reference} dari {agency}:\n{text}",
    "citizen_follow_up_promised": "Tindak lanjut {reference} dari {agency} (perkiraan: {day}):\n{text}",
    "citizen_final_answer": "Jawaban akhir {reference} dari {agency}:\n{text}",
    "follower_reopened": (
        "Laporan {reference} ({title}) yang Anda ikuti dibuka kembali karena pelapor belum puas. {agencies} "
        "menindaklanjutinya lagi, batas {due}. Kabar berikutnya akan kami kirim ke nomor ini."
    ),
    "citizen_question": (
        "Pertanyaan dari {asker} tentang laporan {reference}:\n{question}\n\n"
        "Balas pesan ini dengan jawaban Anda (boleh dengan foto atau lokasi)."
    ),
    "citizen_question_several": "Ada beberapa pertanyaan untuk Anda: untuk menjawab yang ini, balas (geser) pesan ini atau awali jawaban dengan {reference}.",
    "citizen_questions": (
        "Ada {count} pertanyaan yang menunggu jawaban Anda:\n{items}\n"
        "Balas (geser) pesan pertanyaannya, atau awali jawaban dengan nomor laporannya, contoh: {reference} <jawaban>."
    ),
    "question_item": "• {reference} ({asker}): {question}",
    "answer_which": "Jawaban ini untuk laporan yang mana?\n{items}\nBalas dengan nomor laporannya, contoh: {reference}",
    "answer_which_held": (
        "Jawaban Anda (“{answer}”) untuk laporan yang mana?\n{items}\n"
        "Balas dengan nomor laporannya saja, contoh: {reference}"
    ),
    "answer_location": "Lokasi: {place}\n{link}",
    "answer_photos_only": "(lampiran)",
    "answer_done": "Pekerjaan sudah selesai ditangani petugas.",
    "answer_done_said": "Pekerjaan sudah selesai ditangani petugas. Keterangan petugas: “{text}”",
    "citizen_question_later": "Ada pertanyaan tentang laporan {reference}; selesaikan dulu pengisian Anda, lalu kami tanyakan.",
    "citizen_answer_thanks": "Terima kasih, jawaban Anda untuk {reference} sudah kami teruskan ke {asker}.",
    "citizen_answer_more": "Tambahan jawaban Anda untuk {reference} juga sudah kami teruskan ke {asker}.",
    "citizen_answer_pointed": "Baik, lampiran Anda untuk {reference} sudah kami teruskan bersama jawabannya 🙏",
    "citizen_answer_again": "Jawaban Anda untuk {reference} itu sudah kami teruskan ke {asker}. Tidak perlu dikirim lagi.",
    "citizen_archived": (
        "Laporan {reference} tidak dapat kami proses lebih lanjut.\n"
        "Alasan: {reason}\n"
        "Bila keberatan atau ada keterangan baru, silakan buat laporan baru (ketik 1)."
    ),
    "citizen_merged": (
        "Laporan {reference} sama dengan laporan {parent} yang sudah ditangani, jadi kami gabungkan. "
        "Perkembangan {parent} akan kami kirim ke nomor ini. Ketik STATUS {parent} untuk melihatnya."
    ),
    "asker_verifier": "petugas verifikasi",
    "answer_promised": "Baik, kami tunggu 🙏 Pertanyaan petugas tetap menunggu jawaban Anda.",
    "answer_more_promised": (
        "Baik, kami tunggu 🙏 Kirim saja di sini; kami teruskan kepada petugas bersama jawaban Anda tadi."
    ),
    "ask_answer": "Mohon tuliskan jawaban Anda untuk laporan {reference} (boleh dengan foto atau lokasi), atau ketik MENU.",
    # SP4N-LAPOR! bridge (HTTP mode) ------------------------------------------------------------------
    "lapor_sync_failed": (
        "⚠ {count} kiriman ke SP4N-LAPOR! gagal setelah beberapa kali dicoba:\n{items}\n"
        "Mohon periksa koneksi/token LAPOR_API, atau catat laporan ini secara manual "
        "(flask lapor export)."
    ),
    # Pieces of staff replies ---------------------------------------------------------------------------
    "staff_hint_swipe": "Untuk membalas disposisi, awali dengan TL, SELESAI, INFO atau KEMBALIKAN.",
    "staff_swiped_batch": (
        "Pengingat itu tentang {references}. Sebutkan laporannya, contoh: TL {reference} <kemajuan> atau "
        "SELESAI {reference} <jawaban akhir>."
    ),
    "who_officers": "petugas penghubung instansi",
    "who_verifiers": "verifikator",
    "who_leaders": "kepala instansi dan pimpinan",
    "who_staff": "petugas",
    "who_heads": "kepala instansi",
    "who_queue": "verifikator dan pimpinan daerah (Sekda), bukan kepala instansi atau petugas",
    "role_verifier": "verifikator",
    "role_supervisor": "pimpinan",
    "reporter_identified": "{name} ({address})",
    "reporter_unnamed": "tanpa nama",
    "reporter_anonymous": "Anonim",
    "reporter_default": "Warga",
    "reporter_staff": "– nomor petugas {agency}",
    "reporter_staff_region": "daerah",
    "all_agencies": "semua instansi",
    "example_progress": "<kemajuan pekerjaan>",
    "example_story": "<masalah, lokasi, nama warga>",
    "example_final": "<jawaban akhir>",
    "example_question": "<pertanyaan untuk pelapor>",
    "example_inspection": "<apa yang perlu disurvei>",
    "example_reason": "<alasan>",
    "example_return_reason": "<alasan, dan instansi yang tepat>",
    "example_archive_reason": "<alasan untuk pelapor>",
    # Pieces of the filing summary ----------------------------------------------------------------------
    "summary_pin": "{place} (titik {latitude:.5f}, {longitude:.5f})",
    "summary_no_photos": "tidak ada",
    # Timeline notes the domain writes (staff read them in STATUS) ---------------------------------------
    "note_assigned": "Diteruskan ke {agencies}",
    "note_merged": "Digabung dengan {parent}",
    "note_withdrawn": "Disposisi ke {agency} ditarik verifikator: {reason}",
    "note_reopened_public": "Dibuka kembali karena pelapor belum puas; instansi menindaklanjutinya lagi.",
    "note_handed_over": "Dialihkan ke {name}",
    "note_handed_back": "Dialihkan ke semua petugas instansi",
    "note_auto_closed": "Ditutup otomatis: tidak ada tanggapan pelapor",
    "note_lapor_sent": "Terkirim ke SP4N-LAPOR! dengan ID tracking {tracking_id}",
    "note_lapor_recorded": "Tercatat di SP4N-LAPOR! dengan ID tracking {tracking_id}",
    "note_lapor_imported": "Diimpor dari SP4N-LAPOR! (ID tracking {tracking_id})",
    "note_lapor_updated": "Diperbarui dari SP4N-LAPOR!: {fields}",
    "note_lapor_privacy": "Kerahasiaan dari SP4N-LAPOR!: {old} → {new}",
    "note_protected": "Kerahasiaan atas permintaan pelapor: {old} → {new}",
    "note_new_number": "Laporan dipindahkan ke nomor baru pelapor oleh verifikator (NOMORBARU)",
    "note_over_limit": (
        "Cerita baru dari pelapor setelah batas laporan nomornya tercapai (tidak dibuat sebagai laporan baru). "
        "{kind}: {story} · Lokasi: {place}"
    ),
    "note_over_limit_next": "Masalah lain yang diceritakan bersamanya: {story}",
    "note_lapor_unknown_agencies": "Instansi di SP4N-LAPOR! yang tidak ada di direktori: {agencies}",
    "note_lapor_first_follow_up": "Tindak lanjut pertama tercatat di SP4N-LAPOR!: {agencies}",
    "note_lapor_status": "Status di SP4N-LAPOR!: {status}",
    "note_lapor_archived": "Diarsipkan di SP4N-LAPOR!",
    "note_lapor_archived_kept": "Diarsipkan di SP4N-LAPOR!, tetapi di sini tidak diarsipkan karena instansi sudah "
                                "menindaklanjutinya.",
    "note_media_expired": "Masa simpan lampiran ({days} hari) berakhir",
    "note_erasure_reason": "Permintaan penghapusan data pribadi oleh pelapor (UU PDP 27/2022)",
    "note_media_purged": "{reason}: {count} berkas dihapus.",
}

EVENT_NAMES = {  # a complaint's timeline steps, as staff read them in the chat and on the pages
    "dibuat": "Laporan masuk", "status": "Status berubah", "pertanyaan": "Pertanyaan ke pelapor",
    "jawaban_pelapor": "Jawaban pelapor", "dilanjutkan": "Dilanjutkan setelah jawaban", "disposisi": "Disposisi",
    "tindak_lanjut": "Tindak lanjut", "jawaban_akhir": "Jawaban akhir", "selesai": "Selesai",
    "dikembalikan": "Dikembalikan instansi", "diarsipkan": "Diarsipkan", "digabung": "Digabung",
    "dibuka_kembali": "Dibuka kembali (pelapor belum puas)", "penilaian": "Penilaian pelapor",
    "komentar": "Komentar pelapor", "tambahan_pelapor": "Tambahan dari pelapor",
    "minta_dibatalkan": "Pelapor meminta laporan dibatalkan", "dialihkan": "Dialihkan ke petugas",
    "dilindungi": "Kerahasiaan dinaikkan atas permintaan pelapor", "ditutup": "Ditutup", "lapor": "SP4N-LAPOR!",
    "media_dihapus": "Lampiran dihapus", "media_kedaluwarsa": "Lampiran kedaluwarsa",
    "nomor_baru": "Dipindahkan ke nomor baru pelapor", "di_luar_batas": "Cerita di luar batas laporan",
    "pengingat_verifikasi": "Pengingat verifikasi", "pengingat_tanggapan": "Pengingat tindak lanjut",
    "pengingat_tenggat": "Pengingat batas waktu", "pemberitahuan_terlambat": "Pemberitahuan terlambat",
    "pengingat_janji": "Pengingat janji tindak lanjut",
    "belum_puas_lagi": "Kepala instansi diberi tahu: pelapor belum puas lagi",
    "pengingat": "Pengingat", "dasbor": "Tindakan di dasbor"}
KIND_NAMES = {"pengaduan": "Pengaduan", "aspirasi": "Aspirasi", "informasi": "Permintaan informasi"}
# Where a complaint came from, as staff read it on every page (the queue's and /kinerja's «Sumber» boxes, a row, a
# complaint's page, the sources chart, /audit) and in every list's file: one table (/kinerja read «Impor SP4N-LAPOR!»
# where the queue read «SP4N-LAPOR!»).
SOURCE_NAMES = {"whatsapp": "WhatsApp", "lapor": "SP4N-LAPOR!"}
PRIVACY_NAMES = {"biasa": "Biasa", "rahasia": "Rahasia", "anonim": "Anonim"}
STATUS_NAMES = {
    "belum_terverifikasi": "Menunggu verifikasi petugas",
    "belum_ditindaklanjuti": "Sudah diteruskan ke instansi, menunggu tindak lanjut",
    "proses": "Sedang ditindaklanjuti instansi",
    "tertunda": "Menunggu keterangan tambahan dari Anda",
    "selesai": "Selesai",
    "diarsipkan": "Diarsipkan (tidak diproses)",
}
# A status as staff read it on every page and download of the dashboard (the queue's filter and badges, a
# complaint's page and timeline, /audit, the lists' CSV/XLSX): short words, one source. The chat's sentences are
# STATUS_NAMES; the SP4N-LAPOR! export keeps LAPOR's own names (`lapor.bridge.manual.LAPOR_STATUS_NAMES`).
STATUS_LABELS = {"belum_terverifikasi": "Belum diverifikasi", "belum_ditindaklanjuti": "Belum ditindaklanjuti",
                 "proses": "Proses", "tertunda": "Tertunda", "selesai": "Selesai", "diarsipkan": "Diarsipkan"}
MESSAGES.update({f"status_label_{status}": label for status, label in STATUS_LABELS.items()})  # lapor.wording's way
MESSAGES.update({f"source_label_{source}": name for source, name in SOURCE_NAMES.items()})  # the lists' files
# As anyone but the reporter reads it (staff, a follower, a citizen offered it or merged into it): the additional
# detail awaited is the reporter's, not theirs.
OTHERS_STATUS_NAMES = STATUS_NAMES | {"tertunda": "Menunggu keterangan tambahan dari pelapor"}
STAFF_STATUS_NAMES = OTHERS_STATUS_NAMES
# A disposition's status as staff read it (STATUS), and why a closed one takes no more follow-ups.
DISPOSITION_NAMES = {"open": "terbuka", "final": "selesai", "returned": "dikembalikan", "forwarded": "lewat SP4N-LAPOR!",
                     "withdrawn": "ditutup", "taken_back": "ditarik verifikator"}
DISPOSITION_CLOSED = {"final": "dijawab selesai", "returned": "dikembalikan",
                      "forwarded": "diteruskan lewat SP4N-LAPOR!", "withdrawn": "ditutup karena laporannya diarsipkan",
                      "taken_back": "ditarik verifikator karena salah kirim"}
# The example of what an agency's command says, by command (an officer told not to ask an anonymous reporter who
# they are reads what to write instead)
COMMAND_EXAMPLES = {"TL": "example_progress", "SELESAI": "example_final", "SURVEI": "example_inspection"}
# What a media item is called in a receipt ("2 foto, 1 pesan suara diterima").
MEDIA_KIND_NAMES = {"image": "foto", "audio": "pesan suara", "video": "video", "document": "dokumen",
                    "location": "lokasi"}  # a pin kept while idle ("1 foto, 1 lokasi")
MAPS_LINK = "https://maps.google.com/?q={latitude:.6f},{longitude:.6f}"
MONTHS = ("Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des")
MONTH_NAMES = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
               "November", "Desember")


# A complaint's number in a hint where no real one of the reader's own fits: a placeholder nobody takes for a real
# complaint ("LPR-12" was taken for one, and `TERUSKAN LPR-12 …` copied would forward it). Copied as typed, it is
# read as no number (`bot.staff.reading.without_placeholder`).
REFERENCE_PLACEHOLDER = "LPR-<nomor>"


def t(key: str, **values) -> str:
    """Return the catalogue text `key` with `values` filled in."""
    return MESSAGES[key].format(**values)


def received(counts: dict[str, int]) -> str:
    """What came in, counted by kind: `2 foto, 1 pesan suara`."""
    return ", ".join(f"{count} {MEDIA_KIND_NAMES[kind]}" for kind, count in counts.items() if count)


def short_date(moment, zone) -> str:
    """A date people read at a glance: `23 Nov 2026`."""
    local = moment.astimezone(zone)
    return f"{local.day} {MONTHS[local.month - 1]} {local.year}"


DAY_NAMES = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")


def day_and_date(moment, zone) -> str:
    """A day with its weekday, for when someone is back: `Senin, 24 Agu 2026`."""
    return f"{DAY_NAMES[moment.astimezone(zone).weekday()]}, {short_date(moment, zone)}"


def short_datetime(moment, zone) -> str:
    """A date and time people read at a glance: `23 Nov 2026 pukul 06.00`."""
    return f"{short_date(moment, zone)} pukul {moment.astimezone(zone):%H.%M}"


def day_and_datetime(moment, zone) -> str:
    """A moment with its weekday, when the day of the week matters: `Jumat, 11 Sep 2026 pukul 23.10`."""
    return f"{DAY_NAMES[moment.astimezone(zone).weekday()]}, {short_datetime(moment, zone)}"


def deadline_words(due, now, calendar, *, dated: bool = False, weekday: bool = False, timed: bool = False) -> str:
    """A deadline as everyone reads it, the one place that words it: on the day or the next calendar day with its
    time («hari ini pukul 10.00», «besok pukul 10.00»: "batas hari ini" was read as the whole day, and an answer at
    14:00 was late), the day alone when it is the close of that working day («hari ini», «besok»; a Ramadan day's
    earlier close included, `WorkCalendar.ends_working_day`) and not yet gone by; any other day by its date
    («9 Des 2026», `weekday`: «Rabu, 9 Des 2026»). `dated`: the date after «hari ini» / «besok» too; `timed`: the
    time on the other days as well (the dashboard's cells)."""
    zone = calendar.zone
    local = due.astimezone(zone)
    gap = _days_ahead(due, now, zone)
    relative = {0: "deadline_today", 1: "deadline_tomorrow"}.get(gap)
    if relative is None:
        day = day_and_date(due, zone) if weekday else short_date(due, zone)
    else:  # its weekday goes without saying
        day = t("deadline_dated", day=t(relative), date=short_date(due, zone)) if dated else t(relative)
    whole_day = calendar.ends_working_day(due) and not (gap == 0 and due <= now)  # gone by today: its time
    if whole_day or relative is None and not timed:
        return day
    return t("deadline_at", day=day, time=f"{local:%H.%M}")


def deadline_near(due, now, zone) -> bool:
    """Whether `deadline_words` says a deadline as «hari ini» or «besok» (with its time, unless the close)."""
    return _days_ahead(due, now, zone) in (0, 1)


def _days_ahead(due, now, zone) -> int:
    """Calendar days from now's day to the deadline's, in the region's zone."""
    return (due.astimezone(zone).date() - now.astimezone(zone).date()).days


def phone_label(address: str | None) -> str:
    """A number as staff read it in a WhatsApp message, the way every page and download writes it
    (`lapor.phones.national`: `0811-0000-0020`; a BSUID as stored); "-" for none. Messages wrote `+6281100000020`
    beside the dashboard's `0811-0000-0020`."""
    return national(address) if address else "-"


def complaint_page(config: dict, number: int) -> str:
    """Where staff see a complaint whole: its dashboard page (with PUBLIC_BASE_URL), else how to find it there."""
    base = (config.get("PUBLIC_BASE_URL") or "").rstrip("/")
    return f"{base}/pengaduan/{number}" if base else t("media_missing_page", reference=format_reference(number))


def person_label(person) -> str:
    """A staff member (or anyone) named in a message to staff: their name, else their number as pages write it."""
    return (person.name or phone_label(person.address)) if person is not None else "-"


def holder_label(holder, zone, late: bool = False, by_head: bool = False) -> str:
    """Whom an open disposition is with (`lapor.queue.Holder`), as a late row of the queue, a complaint's page and
    a download write it: «dialihkan ke Eko», «dipegang petugas: Dewi, Eko»…; ALIHKAN's officer on leave named
    with when they are back and who reads it meanwhile. `late`: «Terlambat di DLH · …»; `by_head`: «Dialihkan
    kepala ke Eko, …», as an agency's own list says it."""
    names = ", ".join(person_label(person) for person in holder.people)
    agency = holder.disposition.agency.code
    handed = "holder_handed_by_head" if by_head else "holder_handed"
    text = (t(handed, names=names) if holder.how == "handed"
            else t(f"holder_{holder.how}", names=names) if holder.how else t("holder_nobody", agency=agency))
    if holder.away is not None:
        text = t("holder_handed_away", handed=t(handed, names=person_label(holder.away)), holder=text,
                 away=holder.away.away_kind or t("away_leave"), back=day_and_date(holder.away.away_until, zone))
    return t("holder_late", agency=agency, holder=text) if late else text


def reporter_label(seen) -> str:
    """A reporter as a staff message shows them, from what `lapor.access.reporter_seen_by` lets the reader see."""
    if seen.withheld:
        return t("reporter_anonymous")
    label = (t("reporter_identified", name=seen.name or t("reporter_unnamed"), address=phone_label(seen.address))
             if seen.address
             else seen.name or t("reporter_default"))
    if seen.staff_of is not None:
        label += " " + t("reporter_staff", agency=seen.staff_of or t("reporter_staff_region"))
    return label


def and_list(names: list[str]) -> str:
    """Names as a sentence lists them: "A", "A dan B", "A, B dan C"."""
    return " dan ".join(filter(None, [", ".join(names[:-1]), names[-1]])) if names else ""


def excerpt(text: str, limit: int = 300) -> str:
    """The start of a long text, cut at a word, with an ellipsis."""
    text = " ".join((text or "").split())
    if len(text) <= limit:
        return text
    return text[: text.rfind(" ", 0, limit) if " " in text[:limit] else limit] + "…"


# The dashboard's queue area (web/complaint.py, web/templat.py): what a button press is told when it cannot go on.
MESSAGES.update({
    "web_logged_out": "Anda sudah keluar.",
    "web_phone_unknown": "Nomor tidak dikenali sebagai nomor telepon. Contoh: 0812 3456 7890.",
    "web_login_expired": "Halaman ini sudah kedaluwarsa (mungkin Anda keluar di tab lain), jadi kode belum dikirim. "
                         "Periksa nomornya, lalu tekan «Kirim kode» lagi.",
    "web_code_expired_form": "Halaman ini sudah kedaluwarsa (mungkin Anda keluar di tab lain), jadi kodenya belum "
                             "diperiksa. Ketik kodenya lagi, lalu tekan «Masuk».",
    "web_logout_expired": "Formulir ini sudah kedaluwarsa, jadi Anda belum keluar. Tekan «Keluar» sekali lagi.",
    "web_code_wrong": "Kode salah atau sudah tidak berlaku. Periksa kode, atau minta kode baru.",
    "web_audit_typed_withheld": "(hanya untuk verifikator)",
    "web_code_expired": "Kode itu sudah kedaluwarsa (berlaku 5 menit). Minta kode baru di bawah ini.",
    "web_period_ahead": ("Periode ini belum dimulai (hari ini {today}): belum ada laporan yang bisa masuk, jadi "
                         "semua angkanya 0. Periksa tanggal dan tahunnya."),
    "web_code_out_of_tries": ("Kode itu sudah tidak berlaku karena 5 kali salah ketik. Minta kode baru di bawah "
                              "ini."),
    "web_code_replaced": ("Kode itu sudah terpakai atau diganti kode yang lebih baru. Ketik kode dari pesan WhatsApp "
                          "terakhir, atau minta kode baru di bawah ini."),
    "web_directory_pick": "Pilih jenis berkas (instansi atau petugas) dan berkasnya (CSV atau XLSX).",
    "web_directory_bad_xlsx": "Berkas XLSX ini tidak bisa dibaca. Simpan lagi dari Excel (sebagai XLSX atau CSV), lalu unggah lagi.",
    "web_directory_too_large": "Berkas terlalu besar (paling besar 1 MB).",
    "web_directory_upload_expired": "Formulir ini sudah kedaluwarsa, jadi berkasnya belum dibaca: pilih berkasnya "
                                    "lagi, lalu tekan «Lihat pratinjau».",
    "web_directory_apply_expired": "Formulir ini sudah kedaluwarsa, jadi belum ada yang diubah. Periksa pratinjaunya, "
                                   "lalu tekan «Terapkan perubahan» lagi.",
    "web_directory_applied": "Direktori {kind} diperbarui: {created} baru, {updated} diubah, {unchanged} tetap, "
                             "{deactivated} dinonaktifkan, {reactivated} diaktifkan lagi.",
    "web_directory_applied_before": "Berkas ini sudah diterapkan tadi; tidak ada yang diubah lagi. {summary}",
    "web_directory_preview_gone": "Pratinjau itu sudah tidak berlaku (sudah lewat sehari, atau bukan unggahan Anda). "
                                  "Bila perlu, pilih berkasnya lalu tekan «Lihat pratinjau» lagi.",
    "web_lapor_expired": "Formulir ini sudah kedaluwarsa, jadi berkasnya belum dibaca: pilih berkasnya lagi, lalu "
                         "tekan «Catat ID tracking».",
    "web_lapor_pick": "Pilih berkas CSV atau XLSX hasil ekspor yang kolom ID Tracking LAPOR-nya sudah diisi.",
    "web_lapor_nothing": "Tidak ada yang dicatat. {errors}",
    "web_own_agency_title": "Hanya data instansi Anda",
    "web_own_agency_only": "Anda hanya dapat melihat data instansi Anda sendiri ({own}), jadi data {asked} tidak "
                           "dapat diunduh. Unduhan untuk {own} ada di tautan di bawah ini.",
    "web_own_agency_back": "Unduh data {own}",
    # A page a role may not open (403): whose page it is, and where this person does what they came for
    # (`web._forbidden_way`); the layout adds «Kembali ke antrean» below.
    "web_forbidden_templates_verifier": "Maaf, halaman ini untuk petugas dan kepala instansi. Templat jawaban tiap "
                                        "instansi Anda kelola lewat Direktori: pilih instansinya, lalu «Templat "
                                        "jawaban».",
    "web_forbidden_templates_region": "Maaf, halaman ini bukan untuk peran Anda. Templat jawaban dikelola petugas dan "
                                      "kepala tiap instansi, serta verifikator.",
    "web_forbidden_templates_agency": "Maaf, halaman ini untuk verifikator. Templat jawaban {agency} ada di halaman "
                                      "Templat jawaban Anda.",
    "web_forbidden_directory": "Maaf, halaman ini untuk verifikator. Direktori dikelola verifikator; bila ada "
                               "petugas atau instansi yang berubah, mohon kabari verifikator.",
    "web_forbidden_audit": "Maaf, Log audit hanya dibuka verifikator dan supervisor.",
    "web_forbidden_performance": "Maaf, halaman Kinerja dibuka kepala instansi, verifikator, dan supervisor. Semua "
                                 "laporan {agency} tetap dapat Anda lihat di antrean.",
    "web_forbidden_lapor": "Maaf, ekspor ke SP4N-LAPOR! dikerjakan verifikator. Angka dan unduhan lain ada di "
                           "halaman Kinerja.",
    "web_forbidden_action": "Maaf, tindakan ini bukan untuk peran Anda. Laporannya tetap dapat Anda buka.",
    "web_forbidden_to_directory": "Buka Direktori",
    "web_forbidden_to_templates": "Buka Templat jawaban",
    "web_forbidden_to_all": "Lihat semua laporan {agency}",
    "web_forbidden_to_performance": "Buka Kinerja",
    "web_forbidden_to_complaint": "Kembali ke LPR-{number}",
    "web_lapor_recorded": "ID tracking tercatat: {recorded}, sudah tercatat: {unchanged}, belum berisi ID: {skipped}.",
    "web_need_text": "Isi teksnya dahulu (dengan kata-kata), contoh: {example}",
    # The examples of an officer's empty answer, of their agency's own work (`web.complaint.agency_work`) or neutral
    "web_example_progress": "Petugas sudah memeriksa masalah {work} ini dan akan menanganinya minggu ini.",
    "web_example_progress_neutral": "Petugas sudah memeriksa masalah ini dan akan menanganinya minggu ini.",
    "web_example_final": "Masalah {work} ini sudah ditangani petugas hari ini.",
    "web_example_final_neutral": "Masalah ini sudah ditangani petugas hari ini.",
    "web_example_inspection": "Perlu pemeriksaan lapangan untuk masalah {work} ini.",
    "web_example_inspection_neutral": "Perlu pemeriksaan lapangan untuk memastikan masalahnya.",
    "web_example_return": "Di luar kewenangan {agency}; mohon diteruskan ke instansi yang berwenang.",
    "web_need_agency": "Pilih minimal satu instansi tujuan.",
    "web_agency_inactive": "{codes} tidak aktif lagi di direktori sejak halaman ini dibuka. Hapus centangnya, "
                           "lalu pilih instansi lain bila perlu. Laporan belum diteruskan.",
    "web_form_invalid": "Isian formulir belum lengkap. Periksa lalu kirim lagi.",
    "web_upload_empty": "Berkas yang diunggah kosong. Pilih foto atau dokumen lain.",
    "web_upload_too_large": "Berkas terlalu besar (paling besar {max_mb} MB). Tidak ada yang dikirim.",
    "web_upload_unavailable": "Berkas tidak dapat disimpan saat ini karena gangguan penyimpanan. Tidak ada yang "
                              "dikirim. Coba lagi nanti, atau kirim jawaban tanpa berkas.",
    "web_upload_wrong_type": "Jenis berkas ini tidak bisa disimpan. {accepted} Tidak ada yang dikirim.",
    "web_text_too_long": ("Teks paling panjang {max} karakter; teks ini {size} karakter, kelebihan {over}. Persingkat "
                          "teksnya lalu kirim lagi; teks Anda masih ada di kolomnya."),
    "web_reference_too_long": "Nomor laporan terlalu panjang. Ketik nomor laporan yang ada, dengan LPR- atau angkanya saja.",
    "web_upload_pick_again": "Teks Anda masih ada di kolomnya; pilih berkasnya lagi bila perlu.",
    "web_upload_limit": "Foto (JPG, PNG, WEBP) atau PDF, paling besar {max_mb} MB.",
    "web_upload_far_too_large": "Berkas yang dikirim terlalu besar (paling besar {max_mb} MB), jadi tidak ada yang disimpan atau dikirim. Kembali ke halaman {reference}, lalu pilih berkas yang lebih kecil.",
    "web_changed_since": "{reference} sudah berubah sejak halaman ini dibuka (oleh {who}, {when}), jadi belum ada yang dikirim. Periksa keadaan dan riwayatnya di bawah; teks Anda masih ada di kolomnya: kirim lagi bila masih perlu.",
    "web_changed_by_you": "{reference} baru Anda ubah {when} (di tab lain, atau tombolnya tertekan dua kali); kiriman ini tidak dijalankan agar tidak terkirim dua kali. Periksa riwayatnya di bawah; teks Anda masih ada di kolomnya bila memang perlu dikirim lagi.",
    "web_found_elsewhere": "Di «Semua laporan» ada {count} laporan yang cocok, tetapi tidak sedang menunggu tindakan Anda.",
    "web_found_more_elsewhere": "Di «Semua laporan» ada {count} laporan lain yang cocok, yang tidak sedang menunggu tindakan Anda.",
    "web_session_form_back": "Teks yang Anda ketik untuk {reference} sebelum sesi berakhir ada lagi di kolomnya; belum ada yang dikirim. Periksa, lalu kirim.",
    "web_sent_once": "{reference}: kiriman ini sudah dijalankan tadi (tombolnya tertekan dua kali), jadi tidak dijalankan lagi. Hasilnya ada di riwayat di bawah.",
    "web_changed_by_citizen": "pelapor",
    "web_changed_by_system": "sistem",
    "web_form_expired": "Formulir ini sudah kedaluwarsa, jadi belum ada yang dikirim. Teks Anda masih ada di kolomnya: periksa lalu kirim lagi.",
    "web_template_form_back": "Templat yang Anda ketik sebelum sesi berakhir ada lagi di formulirnya; belum disimpan. Periksa, lalu tekan Simpan.",
    "web_session_over": "Sesi Anda sudah berakhir (lama tidak dipakai, atau Anda sudah keluar). Masuk lagi dengan kode WhatsApp untuk membuka halaman itu.",
    "web_session_ended": "Sesi Anda sudah berakhir, jadi belum ada yang dikirim. Salin teks Anda di bawah ini, masuk lagi, lalu kirim dari halaman {reference}.",
    "web_session_ended_kept": ("Sesi Anda sudah berakhir, jadi belum ada yang dikirim. Teks Anda tersimpan: setelah "
                               "masuk lagi, teks ini kembali di kolomnya di halaman {reference}. Periksa, lalu kirim."),
    "web_session_ended_file": "Berkas «{name}» tidak ikut tersimpan: pilih lagi sebelum mengirim.",
    "web_merge_need_parent": "Ketik nomor laporan induknya (LPR- dan angkanya), atau pilih salah satu laporan yang mirip.",
    "web_merge_not_found": "{typed} tidak ditemukan. Periksa nomor laporan induknya. Tidak ada yang diubah.",
    "web_tarik_not_open": "{reference} tidak punya disposisi terbuka ke {agency}; tidak ada yang ditarik.",
    "web_tarik_where_now": (
        "{reference} kembali menunggu verifikasi. Pilih instansi yang tepat di «Teruskan ke instansi»."
    ),
    "web_tarik_to_inactive": (
        "{codes} tidak aktif lagi di direktori sejak halaman ini dibuka, jadi {reference} belum ditarik dari {agency}. "
        "Pilih instansi lain di «Teruskan ke», atau «Belum» bila belum tahu, lalu periksa lagi."
    ),
    "web_tarik_reason_gone": (
        "Alasan penarikan yang Anda ketik tadi tidak tersimpan lagi, jadi belum ada yang ditarik. Ketik lagi, lalu "
        "tekan «Periksa penarikan»."
    ),
    "web_tarik_same": (
        "{reference} tidak bisa ditarik dari {agency} lalu diteruskan ke {agency} lagi. Pilih instansi lain."
    ),
    "web_tarik_what_happens": (
        "Petugas {agency} diberi tahu bahwa {reference} salah kirim dan tidak perlu ditindaklanjuti; pengingatnya "
        "berhenti. Penarikan tercatat di log audit."
    ),
    "web_tarik_then": "Lalu {reference} diteruskan ke {agency}, dan pelapor diberi tahu instansi yang menanganinya.",
    "web_tarik_then_nowhere": "{reference} tetap ditangani {agencies}.",
    "web_tarik_then_wait": "Lalu {reference} kembali menunggu verifikasi sampai Anda meneruskannya ke instansi yang tepat.",
    "web_merge_already": "{reference} sudah digabung ke {parent}; tidak ada yang diubah.",
    "web_merge_same": "{reference} tidak bisa digabung ke dirinya sendiri. Pilih laporan lain sebagai induknya.",
    "web_merge_parent_archived": "{parent} sudah diarsipkan, jadi tidak bisa menjadi laporan induk. Tidak ada yang diubah.",
    "web_merge_what_happens": (
        "{reference} akan diarsipkan sebagai duplikat {parent}: disposisinya yang masih terbuka ditarik, dan pelapor "
        "{reference} diberi tahu bahwa laporannya sama dengan {parent} lalu menerima kabar {parent} selanjutnya. "
        "Penggabungan tidak bisa dibatalkan."
    ),
    "web_merge_parent_finished": (
        "Perhatian: {parent} sudah selesai ditangani. Bila digabung, pelapor {reference} diberi tahu bahwa laporannya sama "
        "dengan laporan yang sudah ditangani ({parent}), dan {reference} tidak akan ditindaklanjuti sendiri."
    ),
    "web_merge_via_root": "{typed} sudah digabung ke {parent}, jadi {reference} akan digabung ke {parent}.",
    "web_merge_not_suggested": "{parent} tidak termasuk laporan yang mirip menurut sistem. Pastikan isinya memang sama.",
    "web_held_when_today": "pukul {time}",
    "web_held_when_tomorrow": "besok pukul {time}",
    "web_held_tunda_done": "Pertanyaan untuk pelapor {reference} masuk antrean dan akan dikirim {when} (jam tenang pelapor); statusnya tertunda sampai pelapor menjawab, paling lama {days} hari kerja.",
    "web_held_arsipkan_done": "{reference} diarsipkan. Alasannya masuk antrean dan akan dikirim ke pelapor {when} (jam tenang pelapor).",
    "web_held_info_done": "Pertanyaan untuk pelapor {reference} masuk antrean dan akan dikirim {when} (jam tenang pelapor). Jawabannya akan diteruskan kepada Anda.",
    "web_held_survei_done": "{reference} ditandai perlu survei lapangan: batas penyelesaian menjadi {due} ({days} hari kerja). Kabar untuk pelapor masuk antrean dan akan dikirim {when} (jam tenang pelapor).",
    "web_held_tl_done": "Tindak lanjut {reference} tercatat. Kabar untuk pelapor masuk antrean dan akan dikirim {when} (jam tenang pelapor).{photos}",
    "web_held_selesai_done": "Jawaban akhir {reference} tercatat. Kabar untuk pelapor masuk antrean dan akan dikirim {when} (jam tenang pelapor).{photos} {rest}",
    "web_media_from_citizen": "Dari pelapor",
    "web_media_from_staff": "Dari {who}",
    "web_media_missing_title": "Lampiran tidak ditemukan",
    "web_media_missing": ("Berkas lampiran ini tidak ditemukan lagi di penyimpanan. Buka lagi halaman "
                          "pengaduannya; bila lampiran itu perlu, minta pengirimnya mengirim ulang."),
    "web_template_saved": "Templat \"{title}\" tersimpan.",
    "web_template_removed": "Templat \"{title}\" dihapus.",
    "web_template_expired": "Formulir ini sudah kedaluwarsa, jadi templat belum disimpan. Teks Anda masih ada di "
                            "formulirnya: periksa, lalu tekan «Simpan» lagi.",
    "web_template_remove_expired": "Formulir ini sudah kedaluwarsa, jadi belum ada templat yang dihapus. Tekan "
                                   "«Hapus» lagi bila memang ingin menghapusnya.",
    "web_template_empty": "Judul dan teks templat harus diisi.",
    "web_template_too_long": "Judul paling panjang 100 karakter dan teks 2.000 karakter.",
    "web_template_title_too_long": (
        "Judul paling panjang {max} karakter; judul ini {size} karakter, kelebihan {over}. Persingkat judulnya lalu "
        "simpan lagi; teks Anda masih ada di kolomnya."
    ),
    "web_template_taken": "Judul ini sudah dipakai templat «{title}» (huruf besar-kecil dan spasi tidak "
                          "dibedakan). Pilih judul lain, atau ubah templat itu.",
    "web_template_taken_meanwhile": "Judul ini baru saja dipakai templat lain instansi Anda (huruf besar-kecil dan "
                                    "spasi tidak dibedakan). Pilih judul lain; teks Anda masih ada di kolomnya.",
    "web_template_not_yours": "Templat ini milik instansi lain.",
})


# A head's stand-in (Plh) while the head is on leave (bot.handover): named by the head or by the stand-in.
MESSAGES.update({
    "stand_in_recorded": (
        "Baik, {name} tercatat sebagai pengganti (Plh) {head} selama {away} (aktif lagi {back}). Rekap dan eskalasi untuk "
        "kepala {agency} dikirim ke {name}, dan perintah kepala (ALIHKAN, CUTI <petugas>, REKAP) dapat dipakai."
    ),
    "stand_in_head_not_away": (
        "Baik, {name} tercatat sebagai pengganti (Plh) {head}, berlaku selama {head} tercatat cuti. Cuti {head} "
        "belum tercatat: kepala dapat mengirim CUTI SAYA <tanggal terakhir>."
    ),
    "stand_in_no_head": "Kepala {agency} belum terdaftar di direktori. Hubungi admin untuk mendaftarkannya.",
    "stand_in_told_head": (
        "{name} mencatat diri sebagai pengganti (Plh) Anda selama cuti: rekap dan eskalasi untuk kepala {agency} "
        "dikirim kepadanya. Bila keliru, balas: CUTI SAYA SELESAI"
    ),
    "stand_in_unknown": (
        "Pengganti «{typed}» tidak ditemukan di {agency}, jadi belum dicatat. Petugas {agency}:\n{officers}\n"
        "Ulangi dengan namanya, contoh: CUTI SAYA 20/12/2026, Plh Eko"
    ),
})


# The dashboard's directory upload (web/directory.py): each problem of lapor.directory.PROBLEMS as staff read it.
MESSAGES.update({
    "dir_line": "Baris {line}: {problem}",
    "dir_missing_columns": "kolom {missing} tidak ada (kolom yang dibutuhkan: {expected}). Simpan berkas dengan "
                           "baris judul kolom itu.",
    "dir_not_csv": "tidak terbaca sebagai CSV (ada baris yang rusak, atau bukan berkas teks). Simpan lagi sebagai "
                   "CSV.",
    "dir_code_name_required": "kode dan nama instansi wajib diisi.",
    "dir_agency_twice": "instansi {code} muncul dua kali.",
    "dir_too_long": "kode lebih dari {max_code} karakter atau nama lebih dari {max_name} karakter.",
    "dir_external": "kolom external harus «ya» atau kosong, bukan «{value}».",
    "dir_bad_phone": "nomor telepon «{value}» tidak valid. Contoh: 0812 3456 7890.",
    "dir_bad_phone_excel": "nomor telepon «{value}» diubah Excel menjadi angka. Di Excel, format kolom phone sebagai "
                           "Teks, ketik ulang nomornya (contoh: 0812 3456 7890), lalu simpan lagi sebagai CSV.",
    "dir_unknown_role": "peran «{value}» tidak dikenal. Pakai petugas, kepala, verifikator atau pimpinan.",
    "dir_name_required": "nama wajib diisi.",
    "dir_name_too_long": "nama lebih dari {max_name} karakter.",
    "dir_needs_agency": "peran {role} harus punya instansi (kolom agency).",
    "dir_unknown_agency": "instansi «{value}» tidak ada di direktori. Unggah berkas instansi dahulu.",
    "dir_phone_twice": "nomor {phone} muncul dua kali.",
})
