"""What citizens type at each step, mapped to what it means (typos are tolerated by bot.commands)."""

from __future__ import annotations

from bot.conversation.states import State

GLOBAL = {"batal": "BATAL", "batalkan": "BATAL", "batalin": "BATAL", "cancel": "BATAL", "gajadi": "BATAL",
          "gasido": "BATAL", "gaksido": "BATAL", "gksido": "BATAL", "orasido": "BATAL",
          "menu": "MENU", "mulai": "MENU", "bantuan": "BANTUAN",
          "help": "BANTUAN", "status": "STATUS", "cek status": "STATUS", "cek status laporan": "STATUS",
          "status laporan": "STATUS", "tolong": "BANTUAN", "bingung": "BANTUAN"}
IDLE_CHOICES = {"1": "FILE", "aduan": "FILE", "pengaduan": "FILE", "lapor": "FILE", "buat pengaduan": "FILE",
                "2": "STATUS", "cek": "STATUS", "cek status": "STATUS", "cek laporan": "STATUS", "3": "BANTUAN",
                "halo": "MENU", "hai": "MENU"}
KIND_CHOICES = {"1": "pengaduan", "pengaduan": "pengaduan", "aduan": "pengaduan", "2": "aspirasi",
                "aspirasi": "aspirasi", "saran": "aspirasi", "usul": "aspirasi", "usulan": "aspirasi",
                "3": "informasi", "informasi": "informasi", "info": "informasi",
                "permintaan informasi": "informasi", "buat pengaduan": "pengaduan", "keluhan": "pengaduan",
                "masalah": "pengaduan", "tanya": "informasi", "bertanya": "informasi", "pertanyaan": "informasi",
                "ide": "aspirasi", "masukan": "aspirasi",
                # "mau protes", "komplain", "mau ngadu aja" at the kind question (it got "Mohon balas 1, 2 atau 3")
                "protes": "pengaduan", "komplain": "pengaduan", "mengadu": "pengaduan", "lapor": "pengaduan"}
PRIVACY_CHOICES = {"1": "biasa", "biasa": "biasa", "2": "rahasia", "rahasia": "rahasia",
                   "3": "anonim", "anonim": "anonim", "anonym": "anonim"}
CONFIRM_CHOICES = {"kirim": "KIRIM", "kirimkan": "KIRIM", "dikirim": "KIRIM", "dikirimkan": "KIRIM",
                   "kirimin": "KIRIM", "ya": "KIRIM", "send": "KIRIM", "ubah": "UBAH",
                   "edit": "UBAH", "ganti": "UBAH", "perbaiki": "UBAH"}
SKIP_CHOICES = {"lewati": "SKIP", "lewat": "SKIP", "skip": "SKIP", "tidak ada": "SKIP", "tidak": "SKIP",
                "gak ada": "SKIP", "ga ada": "SKIP", "nggak ada": "SKIP", "hapus": "SKIP"}
YES_CHOICES = {"ya": "YES", "iya": "YES", "y": "YES", "yes": "YES", "ok": "YES", "oke": "YES", "betul": "YES",
               "benar": "YES", "boleh": "YES"}
FOLLOW_WORDS = {"ikuti": "IKUTI", "ikut": "IKUTI", "follow": "IKUTI", "dukung": "IKUTI"}
# A rating said in words, on the question's own scale (1 sangat tidak puas … 5 sangat puas): a word's score, and
# with one of RATING_STRONGER ("sangat puas", "jelek banget") the end of the scale on its side.
RATING_WORDS = {"puas": 4, "bagus": 4, "baik": 4, "mantap": 4, "mantab": 4, "top": 4, "jos": 4, "memuaskan": 4,
                "cepat": 4, "sempurna": 5, "cukup": 3, "lumayan": 3, "biasa": 3, "sedang": 3, "jelek": 2, "buruk": 2,
                "lambat": 2, "lelet": 2, "parah": 1,
                # the region's languages and English: "apik tenan", "sae pisan", "mantul", "very good"
                "apik": 4, "sae": 4, "mantul": 4, "keren": 4, "hebat": 4, "good": 4, "nice": 4, "great": 4,
                "excellent": 5, "elek": 2, "awon": 2, "goreng": 2, "bad": 2, "poor": 2,
                "helpful": 4, "membantu": 4, "terbantu": 4, "sigap": 4, "tanggap": 4, "responsif": 4, "gercep": 4,
                "sip": 4}  # what every word of RATING_APPROVAL reads as
# What a rating in words may be said of, without changing it ("good job", "pelayanannya bagus", "kerjanya mantap")
RATING_SUBJECTS = frozenset({"job", "work", "service", "kerja", "kerjanya", "pelayanan", "pelayanannya", "layanan",
                             "layanannya", "petugas", "petugasnya", "hasil", "hasilnya", "respon", "responnya",
                             "penanganan", "penanganannya", "jawaban", "jawabannya"})
RATING_STRONGER = frozenset({"sangat", "sekali", "banget", "bgt", "amat", "sungguh", "paling", "sgt", "tenan",
                             "pisan", "sanget", "very", "so", "really",
                             "markotop", "gandos", "jiwa", "pol", "poll"})  # "top markotop", "jos gandos"
# Approval at the rating question ("sip", "oke deh", "okelah 👍"), its letters doubled or not ("siip", "okee"): the
# chat reads these as "ya", so they are looked for in the words as typed; a bare "ya"/"iya" or "siap" rates nothing.
RATING_APPROVAL = frozenset({"sip", "siplah", "ok", "oke", "okey", "okay", "okeh", "okelah", "oklah", "okedeh",
                             "oce", "okok", "sep"})
# A rating given as emoji alone ("👍", "😍😍", "😡"): each one's score on the same scale; emoji of two scores, or one
# that says thanks or please (🙏), give none.
RATING_EMOJI = {"👍": 4, "👌": 4, "🙂": 4, "😊": 4, "😀": 4, "😃": 4, "😄": 4, "😁": 4, "✅": 4, "👏": 5, "😍": 5,
                "🥰": 5, "🤩": 5, "❤": 5, "💯": 5, "🔥": 5, "😐": 3, "😑": 3, "👎": 2, "🙁": 2, "☹": 2, "😞": 2,
                "😕": 2, "😒": 2, "😔": 2, "😠": 1, "😡": 1, "🤬": 1}
RATING_SKIP = {"lewati": "SKIP", "lewat": "SKIP", "skip": "SKIP", "nanti": "SKIP", "nanti saja": "SKIP"}
FILE_WORDS = {key: value for key, value in IDLE_CHOICES.items() if value == "FILE" and not key.isdigit()}
# While one part of a draft is changed: keep it as it is and see the summary again (a bare "no" too)
BACK_CHOICES = {"kembali": "BACK", "balik": "BACK", "tetap": "BACK", "lewati": "BACK", "lewat": "BACK",
                "skip": "BACK", "sudah": "BACK", "sudah benar": "BACK", "sudah sesuai": "BACK", "batal ubah": "BACK",
                "tidak jadi": "BACK", "tidak usah": "BACK", "tidak jadi ubah": "BACK", "tidak jadi diubah": "BACK",
                "tidak jadi ganti": "BACK", "tidak perlu": "BACK",
                "tidak sida": "BACK", "tidak sido": "BACK"}  # Javanese "mboten sida": not after all
REMOVE_PHOTOS = {"hapus": "REMOVE", "hapus foto": "REMOVE", "hapus fotonya": "REMOVE", "hapus semua": "REMOVE",
                 "tanpa foto": "REMOVE", "buang": "REMOVE", "buang foto": "REMOVE", "hapus saja": "REMOVE"}
EDIT_CHOICES = {"1": State.KIND, "2": State.DESCRIPTION, "3": State.LOCATION, "4": State.PHOTO,
                "5": State.PRIVACY}
EDIT_NAMES = {"jenis": State.KIND, "isi": State.DESCRIPTION, "cerita": State.DESCRIPTION,
              "lokasi": State.LOCATION, "alamat": State.LOCATION, "foto": State.PHOTO,
              "kerahasiaan": State.PRIVACY, "privasi": State.PRIVACY}
