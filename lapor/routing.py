"""Complaint routing: suggest which agencies (OPD) should handle a complaint text, with a confidence.

The router is a weighted keyword-evidence model. Every agency contributes *terms* (its name, aliases,
keywords, plus everyday synonyms of those keywords from ``SYNONYMS``); a term weighs more when few
agencies share it (IDF) and when it is a longer phrase. A message is normalised (``lapor.textnorm``),
each word is resolved to a known vocabulary word exactly, through a light stem, or through a
rapidfuzz ``fuzz.ratio`` match for longer words, and the longest phrases found claim their words
first. An agency's evidence is the sum of its matched terms plus a small back-off for loose words
of its phrases; the router abstains when the best evidence is too thin. Pure Python: no Flask,
Twilio or database imports.
"""

from __future__ import annotations

import csv
import math
import time
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path

from rapidfuzz import fuzz, process

from lapor.textnorm import (
    FUNCTION_WORDS,
    by_household,
    content_tokens,
    harm_span,
    harmed,
    idling_staff,
    is_blocking,
    is_harm,
    man_named,
    normalize,
    set_aside,
    spoken_forms,
    stem_candidates,
    tells_rumour,
    without_place_names,
    words_with_places,
)

__all__ = ["NONE", "AgencyProfile", "Example", "Router", "Suggestion", "accepted_codes", "evaluate",
           "load_profiles_csv",
           "normalize", "read_rows_csv", "score_predictions"]

# Words that name an organisation, a person or a place in general, never a topic: they may be part
# of a phrase ("kantor desa") but never count as evidence on their own.
GENERIC_WORDS: frozenset[str] = frozenset("""
dinas kantor badan kabupaten daerah pemerintah pemkab pemda provinsi kota negara negeri umum
unit uptd upt instansi setempat luar diteruskan via termasuk tingkat lapor laporan pengaduan aduan
layanan pelayanan petugas pegawai staf warga masyarakat penduduk orang anak bantuan informasi
rumah desa dusun kampung gang jalan jalur rt rw kelurahan kecamatan alamat lokasi daerah wilayah
satu dua tiga sumber daya terpadu persero pt perusahaan usaha kartu surat data sistem aplikasi
online baru lama besar kecil mati rusak hidup liar tempat program kegiatan proses urus ngurus
kerja resmi kepala ketua tanggal hari minggu bulan tahun jam pagi siang sore malam kemarin besok
sekarang terima kasih maaf selamat halo assalamualaikum salam tes test menu status bantu
""".split())

# Places that people mostly mention as an address ("depan pasar Omben"): weaker as lone evidence.
PLACE_WORDS: frozenset[str] = frozenset(
    "pasar terminal sekolah perumahan kecamatan minimarket indomaret alfamart masjid pantai "
    "balai alun".split())

# Everyday words and phrases (general Indonesian plus common Javanese/Madurese) that mean the
# same as a keyword of the agency directory. Keys are keywords or aliases as they appear in
# agencies.csv; a key missing from the directory in use is simply ignored.
# Assault told from the doer's side ("mabuk mukulin orang", "preman ngeroyok tukang ojek", "nusuk tetangga"): the
# police's, as the passive "dipukuli" is; not when the one hit is a child or a woman (``Router._read``).
ASSAULT_DOING = ("menganiaya", "memukul", "memukuli", "mukulin", "mengeroyok", "ngeroyok", "menusuk", "nusuk",
                 "menghajar", "ngehajar", "membacok")

SYNONYMS: dict[str, tuple[str, ...]] = {
    # education
    "sekolah": ("sd", "smp", "sma", "smk", "sdn", "smpn", "sman", "sekolahan", "madrasah",
                "belajar mengajar", "kbm", "pendaftaran sekolah", "daftar sekolah"),
    "guru": ("pengajar", "guru honorer", "tenaga pendidik", "insentif guru", "honor guru", "walas"),
    "kepala sekolah": ("kepsek", "kasek"),
    "murid": ("pelajar", "peserta didik", "anak didik", "siswi"),
    "ppdb": ("pendaftaran murid", "sistem zonasi", "jalur zonasi", "jalur domisili", "jalur afirmasi",
             "jalur prestasi", "jalur mutasi", "penerimaan siswa baru", "psb"),
    "pungutan sekolah": ("uang pembangunan", "uang komite", "sumbangan sekolah",
                         "iuran sekolah", "biaya sekolah", "sumbangan komite", "buku lks", "lks",
                         "uang kegiatan sekolah", "pungutan"),
    "study tour": ("karya wisata", "darmawisata", "piknik sekolah", "studi tur", "study tur"),
    "seragam sekolah": ("seragam", "baju seragam"),
    "ruang kelas": ("gedung sekolah", "bangunan sekolah"),
    "paud": ("tk", "taman kanak kanak", "playgroup", "kober"),
    "pip": ("beasiswa", "program indonesia pintar", "kip kuliah"),
    "rapor": ("raport", "raport sekolah", "nilai rapor"),
    "wali kelas": ("walikelas",),
    "les tambahan": ("les", "bimbel", "les berbayar"),
    # health
    "puskesmas": ("pkm", "puskesmas pembantu", "pusling", "puskesmas keliling"),
    "bidan desa": ("bidan", "bu bidan", "persalinan", "melahirkan", "lahiran", "ibu hamil", "bumil"),
    "posyandu": ("timbang bayi", "penimbangan balita", "balita", "pmt", "makanan tambahan",
                 # a child weighed is the posyandu's scale, not a trader's ("timbangan": DISPERINDAG)
                 "timbangan posyandu", "timbangan bayi", "timbangan balita", "balita ditimbang", "bayi ditimbang",
                 "anak ditimbang"),
    "imunisasi": ("suntik vaksin", "vaksinasi", "imunisasi anak", "suntik imunisasi"),
    "demam berdarah": ("db", "dengue", "jentik", "jumantik"),
    "nyamuk": ("malaria", "kelambu", "kaki gajah", "filariasis"),
    "fogging": ("semprot nyamuk", "pengasapan", "foging", "penyemprotan"),
    "diare": ("mencret", "muntaber", "muntah berak", "muntah"),
    "keracunan": ("keracunan makanan", "keracunan massal"),
    "tbc": ("tb paru", "tuberkulosis", "batuk lama", "batuk berdarah", "paru paru"),
    "obat kosong": ("stok obat", "obat habis", "kekurangan obat"),
    "gizi buruk": ("gizi kurang", "kurang gizi", "busung lapar", "berat badan kurang", "kader gizi"),
    "ambulans desa": ("mobil siaga", "ambulan desa", "mobil siaga desa"),
    "klinik": ("pengobatan alternatif", "klinik kesehatan", "tabib", "dukun"),
    "praktik dokter": ("dokter praktik", "praktek dokter", "mantri kesehatan", "dokter puskesmas"),
    "kesehatan": ("sakit", "berobat", "penyakit", "wabah", "kesehatan warga",
                  "gatal gatal", "penyakit kulit", "sesak napas"),
    "jamban": ("buang air besar sembarangan", "babs", "wc warga", "jamban sehat"),
    "stunting": ("gagal tumbuh", "anak pendek",
                 "tengkes", "balita pendek", "kerdil"),
    "pustu": ("polindes",),
    "campak": ("rubela", "suntik campak", "cacar"),
    # regional hospital
    "rumah sakit": ("pasien", "dirawat", "opname", "apotek rumah sakit",
                    "dokter jaga", "pasien rujukan"),
    "perawat": ("suster",),
    "hemodialisa": ("hd", "hemodialisis", "jadwal cuci darah"),
    "antrian poli": ("antri poli", "antrean poli", "poliklinik", "rawat jalan"),
    "rawat inap": ("kamar rawat", "ruang inap", "opname"),
    "kamar penuh": ("bed penuh", "tempat tidur penuh", "ruangan penuh"),
    "bangsal": ("ruang perawatan", "kamar pasien"),
    "igd": ("gawat darurat", "instalasi gawat darurat"),
    # a specialist is named by their field ("dokter anak", "dokter kandungan", "sp.og"): the hospital's
    "dokter spesialis": ("spesialis", "dokter anak", "dokter kandungan", "dokter obgyn", "dokter penyakit dalam",
                         "dokter bedah", "dokter saraf", "dokter syaraf", "dokter jantung", "dokter paru",
                         "dokter tht", "dokter mata", "dokter kulit", "dokter jiwa", "dokter ortopedi",
                         "dokter orthopedi", "dokter urologi", "obgyn", "internis", "jadwal kontrol"),
    # roads, bridges, drainage, spatial planning
    "jalan rusak": ("jalan hancur", "jalan rusak parah", "jalan retak", "jalan ambrol", "jalan becek",
                    "jalan jelek", "aspal rusak", "aspal mengelupas", "aspal ngelupas", "jalan bergelombang",
                    "jalan longsor", "jalan ambles",
                    "jalan cor", "cor jalan", "rabat beton", "jalan makadam"),
    "jalan amblas": ("amblas", "aspal amblas", "jalan amblesan"),
    "jalan berlubang": ("lubang", "jalan bolong", "lubangi", "berlubang"),
    "pengaspalan": ("diaspal", "aspal ulang", "hotmix", "tambal jalan", "tambalan jalan", "tambalan",
                    "pengecoran jalan", "perbaikan jalan", "pelebaran jalan"),
    "jembatan": ("jembatan gantung", "titian", "jembatan putus", "jembatan ambrol", "jembatan rusak",
                 "jembatan kayu",
                 "jembatan ambruk", "jembatan retak", "jembatan miring", "jembatan jebol"),
    "gorong gorong": ("gorong", "box culvert", "saluran bawah jalan"),
    "drainase": ("saluran mampet", "mampet", "genangan", "tersumbat", "saluran buntu", "air meluap",
                 "parit", "saluran pembuangan", "sedimentasi"),
    "selokan": ("comberan", "got mampet", "selokan mampet"),
    "irigasi": ("saluran irigasi", "irigasi sekunder", "saluran sekunder", "saluran primer",
                "jaringan irigasi"),
    "tanggul": ("tangkis", "tanggul jebol", "tanggul sungai", "tanggul bocor"),
    "plengsengan": ("talud", "talut", "senderan", "bronjong", "dinding penahan", "turap"),
    "trotoar": ("jalur pejalan kaki", "pedestrian", "paving", "paving block", "jalan setapak"),
    "bendung": ("bendungan", "dam", "embung"),
    "sempadan sungai": ("bantaran sungai", "bantaran", "bibir sungai", "pinggir sungai", "tepi sungai"),
    "tata ruang": ("rtrw", "rdtr", "peruntukan lahan", "alih fungsi lahan", "zona"),
    "jalan kabupaten": ("jalan antar desa", "jalan penghubung", "jalan utama"),
    # housing, settlements, street lighting, public cemeteries
    "lampu jalan": ("lampu pju", "lampu penerangan jalan", "tiang lampu", "lampu gang", "lampu kampung",
                    "jalan gelap", "gelap gulita", "lampu jalan mati", "lampu taman", "lampu mati",
                    "lampu margi"),  # krama "margi" (road; also "because": only with the lamp)
    "penerangan jalan": ("penerangan", "gelap", "tanpa penerangan", "minim penerangan"),
    "rumah tidak layak huni": ("rumah reyot", "rumah roboh", "rumah bambu", "dinding bambu", "lantai tanah",
                               "rumah miring", "rumah rusak"),
    "bedah rumah": ("rehab rumah", "renovasi rumah", "bantuan rehab rumah", "perbaikan rumah"),
    "makam umum": ("kuburan", "kuburan umum", "pemakaman umum", "lahan makam", "kuburan desa",
                   "tanah makam"),
    "developer": ("pengembang", "pengembang perumahan"),
    "psu perumahan": ("jalan perumahan", "saluran perumahan", "serah terima perumahan",
                      "prasarana perumahan"),
    "kumuh": ("permukiman padat", "kampung kumuh"),
    "mck umum": ("wc umum", "toilet umum", "kamar mandi umum", "mck"),
    # environment
    "sampah": ("tumpukan sampah", "sampah numpuk", "sampah menumpuk", "plastik",
               "sampah plastik", "kotor", "jorok", "kebersihan", "petugas kebersihan", "iuran sampah"),
    "tps": ("tempat pembuangan sampah", "tempat pembuangan sementara", "depo sampah"),
    "tpa": ("tempat pembuangan akhir", "tempat pemrosesan akhir"),
    "kontainer sampah": ("bak sampah", "bak kontainer", "container sampah", "tong sampah", "kontainer"),
    "truk sampah": ("mobil sampah", "armada sampah", "tukang sampah", "gerobak sampah", "dump truk sampah"),
    "pengangkutan sampah": ("sampah tidak diangkut", "angkut sampah", "sampah diangkut"),
    "limbah": ("oli bekas", "limbah pabrik", "limbah cair", "air limbah", "limbah b3",
               "limbah rumah tangga", "buang limbah",
               "limbah tahu", "limbah ternak", "limbah peternakan", "limbah batik", "limbah tambak"),
    "pencemaran": ("tercemar", "mencemari", "pencemaran lingkungan", "pencemaran udara",
                   "bocoran", "minyak tumpah", "tumpahan minyak",
                   # mining that spoils land and rivers (not "truk tambang", DISHUB's overloaded trucks)
                   "tambang ilegal", "tambang liar", "tambang emas", "tambang pasir", "tambang batu",
                   "penambangan liar", "penambangan ilegal", "sedot pasir", "kerusakan lingkungan",
                   # PETI, gold mined without a permit (all caps is read so in textnorm; "peti" alone is a box)
                   "aktivitas peti", "tambang peti", "penambang peti", "penambangan peti", "lokasi peti"),
    "asap pabrik": ("cerobong", "cerobong asap", "asap hitam", "asap pekat", "debu pabrik", "jelaga"),
    "bau busuk": ("bau menyengat", "bau tidak sedap", "bau", "bau amis", "bau bangkai", "bau kotoran",
                  "menyengat"),
    "sungai tercemar": ("sungai kotor", "sungai hitam", "ikan mati", "air sungai keruh", "kali kotor", "sungai keruh"),
    "pembakaran sampah": ("bakar sampah", "bakar plastik", "membakar sampah", "asap bakaran",
                          # open burning of what smokes black: tyres, rubber, cable (FT049 "bakar ban bekas")
                          "bakar ban", "membakar ban", "ban dibakar", "bakar karet", "karet dibakar", "bakar kabel",
                          "kabel dibakar", "asap pembakaran"),
    "taman kota": ("taman", "ruang publik", "taman bermain"),
    "pohon peneduh": ("pohon", "dahan", "ranting", "pohon besar"),
    "pangkas pohon": ("potong pohon", "pangkas dahan", "pemangkasan", "pohon miring", "dahan menjulur",
                      "dahan patah"),
    "penebangan pohon": ("tebang pohon", "penebangan liar", "pohon ditebang"),
    "kebisingan": ("bising", "suara bising", "berisik", "bising pabrik"),
    "buang sampah sembarangan": ("buang sampah", "membuang sampah", "sampah liar", "sampah di sungai"),
    # transport
    "juru parkir": ("tukang parkir", "jukir liar", "parkir nakal"),
    "karcis parkir": ("tiket parkir", "retribusi parkir", "tarif parkir", "uang parkir"),
    "parkir liar": ("parkir sembarangan", "parkir di bahu jalan", "dilarang parkir"),
    "lampu merah": ("lampu stopan", "lampu lalin", "lampu setopan", "bang jo", "lampu apill",
                    # its green phase ("lampu hijau cuma 5 detik", "lampu hijaunya kependekan")
                    "lampu hijau", "lampu hijaunya", "lampu ijo"),
    "rambu": ("rambu lalu lintas", "papan petunjuk", "petunjuk arah", "polisi tidur", "speed bump",
              "cermin tikungan",
              "rambu rusak", "rambu hilang", "rambu tertutup", "perlintasan kereta", "palang perlintasan",
              "palang pintu kereta", "perlintasan sebidang"),
    "zebra cross": ("penyeberangan", "penyebrangan", "tempat menyeberang", "jembatan penyeberangan"),
    "overload": ("muatan berlebih", "kelebihan muatan", "tonase", "over dimensi", "truk besar",
                 "kendaraan berat",
                 "truk tambang", "truk galian", "truk pasir", "dump truk"),
    "angkutan umum": ("angkutan", "angdes", "mikrolet", "elf", "colt", "trayek", "sopir angkot", "armada",
                      "ngetem", "ugal ugalan", "sopir ugal ugalan"),
    "bus": ("bis", "bus kota", "bus sekolah"),
    # rail: a station is the transport office's as a bus terminal is, a level crossing as a road sign is
    "terminal": ("stasiun", "stasiun kereta", "peron"),
    "uji kir": ("kir", "uji keur", "uji kendaraan"),  # a lone "keur" is Sundanese "while" ("keur mabok")
    "kapal penyeberangan": ("kapal feri", "feri", "ferry", "penyeberangan laut", "perahu penyeberangan",
                            # the islands' and rivers' passenger boats (not "motor air": a motor is stolen)
                            "speedboat", "speed boat", "kapal cepat", "longboat", "klotok", "kelotok",
                            "kapal penumpang", "perahu penumpang", "jadwal kapal"),
    "dermaga": ("pelabuhan rakyat", "pelabuhan"),
    "perhubungan": ("macet", "kemacetan", "lalu lintas", "simpang", "perempatan macet"),
    # population administration
    "ktp": ("ktp el", "ktp elektronik", "kartu tanda penduduk", "ktp hilang", "cetak ktp", "ktp rusak",
            "calo ktp", "ktp belum jadi", "ktp tidak jadi"),
    "akta kelahiran": ("akta anak", "surat lahir", "akta lahir anak", "akta"),
    "akta kematian": ("surat kematian", "surat keterangan kematian"),
    "kartu keluarga": ("ganti kk", "kk baru", "pecah kk", "salah nama", "nama salah"),
    "kartu identitas anak": ("kartu anak", "identitas anak"),
    "pindah domisili": ("surat pindah", "pindah alamat", "pindah datang", "pindahan", "domisili",
                        "pindah penduduk", "mutasi penduduk"),
    "perekaman": ("rekam", "rekam data", "perekaman ktp", "rekam sidik jari", "rekam e ktp"),
    "blangko": ("blanko", "blangko habis", "blanko kosong",
                "suket", "surat keterangan pengganti"),
    "nik": ("nomor induk kependudukan", "nik ganda", "nik tidak terdaftar"),
    "ikd": ("ktp digital", "aktivasi ikd"),
    "biodata penduduk": ("status perkawinan", "status kawin", "belum kawin", "ganti status",
                         "perubahan data", "ubah data", "golongan darah", "elemen data"),
    "adminduk": ("administrasi kependudukan", "dokumen kependudukan", "kependudukan", "pelayanan kependudukan"),
    # social welfare
    "bantuan sosial": ("bantuan beras", "beras bantuan", "bantuan pangan", "bantuan pemerintah",
                       "penerima bantuan", "bantuan tunai", "bantuan langsung", "raskin", "rastra",
                       "bantuan sembako", "bantuan miskin",
                       "salah sasaran", "tidak tepat sasaran", "bantuan salah sasaran", "bansos salah sasaran",
                       # rice that comes, or no longer comes ("mbah ga dapet beras lagi", "jatah beras dihentikan")
                       "dapat beras", "dapet beras", "terima beras", "nerima beras", "menerima beras", "jatah beras"),
    "data miskin": ("warga miskin", "orang miskin", "keluarga miskin", "tidak mampu", "kurang mampu",
                    "rumah tangga miskin", "didata", "pendataan", "desil"),
    "dtks": ("data terpadu", "dtks kemensos", "cek dtks", "daftar dtks", "usulan dtks"),
    "kpm": ("penerima manfaat", "keluarga penerima manfaat"),
    "e warung": ("e warong", "ewarong", "ewarung", "agen bansos", "agen bpnt"),
    "kks": ("kartu kks", "kartu keluarga sejahtera", "atm bansos", "kartu atm bantuan"),
    "odgj": ("gangguan jiwa", "orang gila", "sakit jiwa", "gila", "stres berat", "dipasung", "pasung",
             "gangguan mental", "kejiwaan", "orang sakit jiwa", "depresi berat", "orang stres"),
    "gelandangan": ("tunawisma", "gelandangan psikotik", "telantar",
                    "manusia gerobak", "emperan toko", "tidur di emperan"),
    "pengemis": ("pengamen", "ngamen", "mengemis", "ngemis", "peminta minta", "anak jalanan", "anjal", "manusia silver",
                 "manusia patung", "badut jalanan",
                 # a clown or anyone knocking on car windows at a light ("badut di lampu merah ngetok kaca mobil")
                 "badut", "ngetok kaca", "ketok kaca", "ngetuk kaca", "mengetuk kaca", "ketuk kaca"),
    "lansia terlantar": ("lansia", "jompo", "manula", "sebatang kara", "hidup sendiri", "hidup sendirian",
                         "tinggal sendiri", "tinggal sendirian",
                         # old and alone, however the old one is named (krama "tiyang sepuh piyambakan": session 29)
                         "tua sendiri", "tua sendirian", "nenek sendirian", "kakek sendirian"),
    "disabilitas": ("difabel", "cacat", "lumpuh", "penyandang disabilitas", "tuna netra", "tunanetra",
                    "tuna rungu", "berkebutuhan khusus"),
    "kursi roda": ("alat bantu", "kruk", "tongkat", "alat bantu dengar", "kaki palsu"),
    "panti": ("panti asuhan", "panti jompo", "anak yatim", "yatim piatu"),
    "bantuan logistik": ("bantuan makanan", "bantuan pakaian", "logistik", "selimut",
                         "korban kebakaran", "bantuan darurat", "dapur umum"),
    "pendamping pkh": ("pendamping sosial", "tksk"),
    "pkh": ("program keluarga harapan",),
    "bpnt": ("bantuan pangan non tunai", "sembako bantuan"),
    # labour
    "gaji": ("bayaran", "honor", "gaji telat", "gaji dipotong", "belum digaji", "tidak digaji"),
    "upah minimum": ("umk", "ump", "upah rendah", "di bawah umk", "standar upah"),
    "thr": ("tunjangan hari raya",),
    "phk": ("pemecatan", "dipecat", "diberhentikan", "pecat", "pemutusan hubungan kerja", "dirumahkan"),
    "pesangon": ("uang pesangon", "kompensasi phk"),
    "kartu kuning": ("kartu pencari kerja", "ak 1", "kartu ak1"),
    "lowongan kerja": ("lowongan", "info kerja", "cari kerja", "mencari kerja"),
    "pelatihan kerja": ("kursus", "pelatihan keterampilan", "balai latihan kerja", "magang"),
    "pmi": ("tki", "pekerja migran", "tkw", "calo tki", "agen tki", "sponsor tki", "malaysia",
            "taiwan", "hongkong", "arab saudi", "saudi", "brunei", "singapura", "paspor", "luar negeri"),
    "karyawan": ("pekerja", "pegawai pabrik", "majikan", "buruh pabrik",
                 "mandor", "bos pabrik", "perusahaan nakal"),
    "lembur": ("uang lembur", "kerja lembur", "jam kerja panjang"),
    "kontrak kerja": ("perjanjian kerja", "outsourcing", "pkwt"),
    # women and children protection
    "kekerasan dalam rumah tangga": ("dipukuli suami", "dipukul suami", "suami memukul",
                                     "dianiaya suami", "kekerasan rumah tangga",
                                     "disiksa suami", "suami kasar",
                                     "istri dipukul", "pukul istri", "memukul istri", "dipukuli istri",
                                     "dianiaya istri", "suami pukul"),
    "pelecehan seksual": ("dilecehkan", "cabul", "pencabulan", "tidak senonoh", "perbuatan cabul",
                          "pemerkosaan", "diperkosa", "asusila", "pelecehan", "dicolek",
                          "digerayangi", "digrepe", "grepe", "diraba", "rudapaksa", "disetubuhi",
                          "dicium paksa", "cium paksa", "dipeluk paksa", "peluk paksa", "dipaksa cium"),
    "perkawinan anak": ("nikah muda", "nikah dini", "dinikahkan", "kawin muda", "menikah dini",
                        "dijodohkan", "menikahkan anak", "dinikahkan paksa", "dikawinkan", "dikawinin", "dinikahin",
                        "kawin paksa", "nikah paksa",
                        # a child married by anyone ("mau nikahin santrinya yang masih 14 tahun", "menikahi muridnya");
                        # "anak" (and "bocah", read as it) alone is also an adult's daughter ("menikahi anak pak
                        # lurah"): only with its age
                        *(f"{marry} {child}" for marry in ("nikahin", "nikahi", "menikahi", "ngawinin", "mengawini",
                                                           "kawinin")
                          for child in ("murid", "muridnya", "santri", "santrinya", "santriwati", "siswi",
                                        "anak di bawah umur", "gadis di bawah umur", "anak umur", "anak usia",
                                        "anak sd", "anak smp", "anak masih sd", "anak masih smp"))),
    "kekerasan anak": ("anak dipukul", "penelantaran anak", "anak ditelantarkan", "anak disiksa",
                       "penganiayaan anak", "dibully", "perundungan", "bullying", "bully",
                       "anak dikurung", "tidak dikasih makan", "anak dianiaya"),
    "pekerja anak": ("anak dipekerjakan", "anak disuruh kerja", "anak bekerja",
                     "eksploitasi",
                     # a child made to sell, sing or beg in the street ("disuruh jualan tisu sampai malam")
                     "anak disuruh jualan", "anak dipaksa jualan", "anak dipaksa kerja", "anak disuruh ngamen",
                     "anak dipaksa ngamen", "anak disuruh mengemis", "anak dipaksa mengemis", "anak disuruh ngemis",
                     "anak dipaksa ngemis"),
    "rumah aman": ("shelter", "tempat aman", "perlindungan korban"),
    "korban kekerasan": ("korban kdrt", "trauma", "ditelantarkan suami"),
    "perdagangan orang": ("tppo", "human trafficking"),
    # public order
    "pkl": ("pedagang kaki lima", "pedagang trotoar", "lapak pedagang", "pedagang liar",
            "pedagang pinggir jalan", "gerobak pedagang", "jualan trotoar",
            # vendors on the sidewalk are one thing ("pkl nutup trotoar"): the phrase claims the sidewalk's word
            "pkl trotoar", "lapak trotoar", "dagangan trotoar", "gerobak trotoar", "jualan bahu jalan",
            "pedagang bahu jalan"),
    "penertiban": ("ditertibkan", "tertibkan", "menertibkan", "tertib", "penggusuran", "digusur"),
    "lapak liar": ("warung liar", "kios liar", "gubuk liar", "tenda liar", "lapak ilegal", "warung ilegal",
                   "kios ilegal"),
    "bangunan liar": ("bangli", "bangunan tanpa izin", "bangunan ilegal", "bangunan di atas saluran",
                      "bangunan di bahu jalan"),
    "baliho liar": ("baliho", "baliho caleg", "baliho partai", "spanduk", "poster", "umbul umbul",
                    "alat peraga kampanye", "stiker", "papan reklame"),
    "tempat hiburan malam": ("hiburan malam", "diskotik", "diskotek", "kafe remang", "cafe remang",
                             "room karaoke", "live music", "musik keras", "orgen tunggal"),
    "warung remang": ("warung remang remang", "warung kopi remang", "psk", "prostitusi",
                      "pelacuran", "wanita malam",
                      # a stall selling liquor, a bylaw matter (the police's "miras" reads the liquor too)
                      "warung tuak", "warung miras", "warung arak", "warung ciu", "lapak tuak", "jual tuak",
                      "jual miras"),
    "anak punk": ("punk", "anak punk jalanan"),
    # beggars and buskers in the street are public order's as well as welfare's: both directories name SATPOLPP's
    # "gepeng" (gelandangan dan pengemis) beside DINSOS's "pengemis"; street performers begging are both too
    "gepeng": ("pengemis", "pengamen", "ngamen", "mengemis", "ngemis", "peminta minta", "manusia silver",
               "manusia patung", "badut jalanan",
                 # a clown or anyone knocking on car windows at a light ("badut di lampu merah ngetok kaca mobil")
                 "badut", "ngetok kaca", "ketok kaca", "ngetuk kaca", "mengetuk kaca", "ketuk kaca"),
    # immorality in lodgings, a public-order matter under the regions' bylaws (not the protection of a victim)
    "penyakit masyarakat": ("mesum", "tempat mesum", "pasangan mesum", "kumpul kebo",
                            "kos campur", "kos bebas", "kosan campur", "kosan bebas", "kontrakan campur",
                            "kos laki perempuan",
                            "bukan suami istri", "bukan muhrim", "esek esek"),
    "perda": ("peraturan daerah", "melanggar aturan"),
    "ketertiban umum": ("mengganggu ketertiban", "meresahkan warga", "ganggu warga",
                        "mengganggu warga", "bikin ribut", "sering ribut", "bikin onar", "buat onar"),
    # fire and rescue
    "kebakaran": ("kebakar", "api besar", "asap tebal", "hangus", "dilalap api",
                  "korsleting", "mobil damkar"),
    "kebakaran lahan": ("lahan terbakar", "alang alang terbakar", "kebakaran hutan", "karhutla",
                        "alang alang", "ilalang", "semak terbakar"),
    "sarang tawon": ("tawon vespa", "tawon ndas", "sarang lebah", "tawon gede", "disengat"),
    "ular": ("ular kobra", "kobra", "piton", "sanca", "biawak", "buaya", "ular masuk rumah"),
    "evakuasi hewan": ("kucing terjebak", "hewan terjebak", "kucing nyangkut", "hewan liar",
                       "monyet", "kera liar", "biawak masuk"),
    "penyelamatan": ("terjebak", "terjepit", "terkunci di dalam"),
    "cincin": ("cincin sempit", "cincin susah dilepas", "cincin nyangkut"),
    "mobil pemadam": ("mobil damkar", "pos damkar", "pos pemadam", "unit pemadam", "petugas damkar"),
    "apar": ("alat pemadam", "alat pemadam api"),
    # disasters
    "banjir": ("terendam", "air bah", "banjir bandang", "luapan sungai", "sungai meluap",
               "genangan banjir", "kebanjiran", "air masuk rumah",
               # houses or a village under water ("lima rumah tenggelam", Bugis "bola lennye")
               "rumah tenggelam", "kampung tenggelam", "desa tenggelam", "permukiman tenggelam",
               # the water's depth (session 29: "air sapinggang masuk rumah", "tergenang selutut")
               # (each body word is a vocabulary word of its own, so "sakit pinggang" is no "sepinggang")
               "sepinggang", "selutut", "sedada", "sepaha", "setinggi lutut", "setinggi pinggang",
               "setinggi dada", "setinggi paha"),
    "tanah longsor": ("tebing runtuh", "tebing longsor", "tanah gerak", "tanah retak", "retakan tanah",
                      "tanah ambles", "tebing", "longsoran"),
    "puting beliung": ("angin ribut", "angin puting beliung", "lesus", "angin topan", "badai",
                       "atap rumah terbang", "angin puyuh", "angin besar"),
    "pohon tumbang": ("pohon roboh", "pohon ambruk", "tumbang"),
    "kekeringan": ("sumur kering", "krisis air", "kesulitan air", "kemarau panjang",
                   "kekurangan air"),
    "droping air": ("kiriman air", "bantuan air bersih", "air tangki", "tangki air", "distribusi air bersih",
                    "pengiriman air"),
    "pengungsi": ("mengungsi", "pengungsian", "posko"),
    "gempa": ("gempa bumi", "lindu"),
    "abrasi": ("pengikisan pantai", "gelombang tinggi", "penahan ombak", "pemecah ombak", "ombak besar",
               "ombak gede", "gelombang besar", "pantai terkikis", "pantai tergerus", "gerus pantai",
               "kikis pantai", "tergerus ombak", "terkikis ombak", "dihantam ombak",
               # the sea eating the shore (session 29: Ambon "ombak su makang pante")
               "dimakan ombak", "ombak makan", "dimakan laut", "diterjang ombak", "terjangan ombak",
               "hantaman ombak",
               # waves that hit the houses ("ombak tinggi ... menghantam rumah"): fresh31's FU068 went to PERKIM
               "ombak tinggi", "ombak menghantam", "gelombang menghantam", "gelombang pasang", "menerjang kampung",
               "ombak menerjang", "gelombang menerjang"),
    "rob": ("air laut naik", "air laut pasang", "banjir rob", "pasang laut", "air laut masuk"),
    "bencana": ("korban bencana", "bencana alam", "darurat bencana"),
    # licensing
    "izin": ("perizinan", "izinnya", "ijin", "perijinan", "legalitas", "tanpa izin"),
    "nib": ("nomor induk berusaha",),
    "oss": ("oss rba", "sistem oss"),
    "izin usaha": ("izin toko", "izin warung", "izin tempat usaha", "izin operasional", "ijin usaha",
                   "sertifikat usaha"),
    "kbli": ("kode usaha", "kode bidang usaha", "klasifikasi usaha", "bidang usaha"),
    "pbg": ("izin bangunan", "ijin bangunan", "izin membangun"),
    "mal pelayanan publik": ("mal pelayanan", "loket perizinan"),
    # revenue
    "pbb": ("pajak rumah", "pajak bumi", "pbb p2", "pajak tahunan"),
    "bphtb": ("balik nama", "balik nama sertifikat", "pajak jual beli tanah", "pajak waris"),
    "pajak restoran": ("pajak rumah makan", "pajak makan", "pb1", "pajak kafe"),
    "tagihan pajak": ("tagihan pbb", "nota pajak", "tagihan sppt"),
    "denda pajak": ("denda pbb", "sanksi pajak"),
    # civil service
    "kenaikan pangkat": ("naik pangkat", "sk pangkat", "kenaikan golongan", "naik golongan"),
    "honorer": ("tenaga honorer", "pegawai honorer", "non asn", "tenaga kontrak",
                "ptt", "sukwan"),
    "tunjangan pegawai": ("tunjangan", "tunjangan kinerja", "tukin"),
    "disiplin pegawai": ("bolos kerja", "mangkir", "keluyuran",
                         "tidak masuk kantor", "jarang ngantor", "pegawai malas"),
    "pns": ("pegawai negeri sipil", "aparatur sipil negara"),
    "cpns": ("tes cpns", "seleksi cpns", "formasi cpns"),
    "pensiun": ("sk pensiun", "tunjangan pensiun", "taspen"),
    "pppk": ("seleksi p3k", "tes pppk"),
    # trade, markets, consumer protection
    "pasar tradisional": ("pasar desa", "pasar rakyat"),
    "kios pasar": ("kios", "lapak pasar", "ruko pasar", "blok pasar"),
    "los pasar": ("los",),
    "retribusi pasar": ("karcis pasar", "iuran pasar", "tarikan pasar", "uang kebersihan pasar"),
    "harga naik": ("harga mahal", "kenaikan harga", "mahal", "harga melonjak", "harga tembus",
                   "harga cabai", "harga cabe", "harga beras", "harga bawang", "harga telur",
                   "harga daging", "harga anjlok"),
    "minyak goreng": ("minyakita", "migor", "minyak curah"),
    "lpg": ("gas", "elpiji", "tabung gas", "gas 3 kg", "gas elpiji", "pangkalan gas", "gas langka",
            "pangkalan"),
    "penimbunan": ("ditimbun", "timbun", "menimbun"),
    "timbangan": ("timbangan curang", "kurang timbangan", "timbangan kurang"),
    "takaran": ("takaran kurang", "literan", "bbm kurang", "pom bensin curang"),
    "metrologi": ("tera", "tera ulang"),
    "minimarket": ("swalayan", "supermarket", "toko waralaba"),
    "kedaluwarsa": ("kadaluarsa", "kadaluwarsa", "expired", "kedaluarsa", "basi"),
    "operasi pasar": ("pasar murah", "sidak pasar"),
    "het": ("harga eceran tertinggi", "di atas het"),
    # communications and informatics
    "internet": ("koneksi", "koneksi internet", "jaringan", "internet desa"),
    "wifi": ("wi fi", "hotspot", "wifi gratis", "wifi publik"),
    "sinyal": ("signal", "susah sinyal", "tidak ada sinyal", "sinyal hilang",
               "sinyal lemot", "sinyal jelek", "internet lemot", "jaringan lemot", "lemot"),
    "aplikasi pemda": ("tidak bisa login", "kode otp", "otp"),
    "website": ("web", "situs web", "laman", "portal", "web resmi"),
    "situs pemda": ("situs resmi", "website resmi", "website pemkab", "web pemda", "website pemerintah",
                    "web kabupaten", "website kabupaten", "situs kabupaten", "web pemkab", "web pemerintah"),
    "hoaks": ("video editan", "foto editan", "berita palsu", "pesan berantai", "kabar bohong", "kabar burung",
              "disinformasi",
              "pesan palsu",
              # a rumour going round a chat group ("beredar di grup wa katanya ...")
              "beredar grup", "kabar beredar", "isu beredar", "broadcast"),
    "cctv": ("kamera pengawas", "kamera cctv", "rekaman cctv"),
    "akun palsu": ("akun bodong", "nomor palsu", "mengatasnamakan", "mencatut nama", "akun tiruan",
                   "akun ngaku ngaku", "akun mengaku", "akun ngaku", "nomor ngaku", "akun ngakunya"),
    "blank spot": ("blankspot", "tidak ada jaringan", "susah jaringan"),
    "tower bts": ("tower", "menara", "menara bts", "menara telekomunikasi", "tower provider"),
    "media sosial pemda": ("instagram", "facebook", "akun resmi", "media sosial"),
    # villages
    "dana desa": ("dd", "anggaran desa", "uang desa", "apbdesa", "dana bumdes", "keuangan desa"),
    "kepala desa": ("lurah", "pak lurah", "klebun desa", "petinggi",
                    "kuwu", "perbekel", "kepala kampung", "pak kades",
                    # the title in other regions: Minang, Banjar, Aceh, Minahasa, Toraja, Lampung, Sangihe-Talaud,
                    # Tulang Bawang, Dayak Ngaju
                    "wali nagari", "pambakal", "pembakal", "keuchik", "geuchik", "hukum tua", "kepala lembang",
                    "kepala pekon", "peratin", "kapitalaung", "kepala tiyuh", "kepala lewu"),
    "perangkat desa": ("aparat desa", "carik", "kasun", "kadus", "kepala dusun", "kamituwo",
                       "staf desa", "kaur", "kepala urusan", "kaur desa"),
    "pilkades": ("pemilihan kepala desa", "pemilihan lurah", "pilkades serentak", "pemilihan klebun"),
    "pj kades": ("pj kepala desa", "penjabat kepala desa"),
    "musdes": ("musyawarah desa",),
    "kas desa": ("tanah kas desa", "bengkok", "tanah bengkok"),
    "bumdes": ("badan usaha milik desa",),
    # agriculture
    "pupuk": ("pupuk langka", "pupuk kosong", "pupuk mahal", "kios pupuk", "tebus pupuk"),
    "penyuluh pertanian": ("penyuluh", "mantri tani", "ppl pertanian", "penyuluh tani"),
    "hama": ("ulat", "hama tikus", "gropyokan", "racun tikus", "pestisida", "serangan hama", "tikus",
             "wereng", "walang sangit", "penggerek batang", "tikus sawah"),
    "benih": ("bibit padi", "benih padi", "bibit jagung", "varietas"),
    "alsintan": ("mesin panen", "combine harvester", "pompa air pertanian", "hand tractor",
                 "mesin pertanian"),
    "kelompok tani": ("ketua poktan", "ketua kelompok tani", "anggota kelompok tani"),
    "gagal panen": ("puso", "panen gagal"),
    "sawah": ("lahan pertanian", "petak sawah", "hamparan sawah", "ladang", "tegalan"),
    "padi": ("gabah", "beras petani", "tanam padi", "panen"),
    "petani": ("musim tanam", "bertani", "tani"),
    # fisheries and livestock
    "sapi": ("lembu", "sapi perah", "pedet"),
    "kambing": ("domba", "embek"),
    "ternak": ("hewan ternak", "peternak", "kandang ternak", "ayam mati", "flu burung", "unggas",
               "hewan kurban", "babi", "demam babi", "flu babi"),  # not "bebek", "kerbau": a dish, a simile
    "lsd": ("lumpy skin", "penyakit kulit sapi"),
    "inseminasi buatan": ("ib", "suntik kawin", "kawin suntik", "ib sapi"),
    "mantri hewan": ("petugas kesehatan hewan", "dokter hewan", "keswan"),
    "rabies": ("anjing gila", "digigit anjing", "gigitan anjing",
               "anjing menggigit", "gigit anjing"),
    "anjing liar": ("anjing", "anjing berkeliaran", "kucing liar",
                    "anjing galak", "kawanan anjing", "anjing kampung"),
    "nelayan": ("melaut", "jaring ikan", "kapal ikan", "nelayan kecil", "alat tangkap", "cantrang"),
    "tpi": ("tempat pelelangan ikan", "pelelangan ikan", "lelang ikan"),
    "tambak": ("budidaya ikan", "kolam ikan", "tambak udang", "bibit ikan"),
    "ikan": ("lele", "nila", "gurame", "gurami", "patin", "bandeng", "mujair", "bawal", "kerapu", "pokdakan"),
    "petambak garam": ("garam", "tambak garam", "petani garam"),
    "solar nelayan": ("bbm nelayan", "solar", "jatah solar"),
    "spbn": ("spbun", "spbu nelayan"),
    # youth and sports
    "gedung olahraga": ("gelanggang", "gelanggang olahraga", "gedung olah raga"),
    "lapangan sepak bola": ("lapangan bola", "lapangan", "tribun"),
    "atlet": ("atlit", "pelatih",
              "bonus atlet", "pembinaan atlet"),
    "porprov": ("popda", "pekan olahraga", "porkab"),
    "turnamen": ("pertandingan", "kompetisi", "liga", "tarkam"),
    "sepak bola": ("sepakbola", "futsal"),
    "voli": ("bola voli", "volly", "voly", "volley"),
    "bulutangkis": ("badminton", "bulu tangkis"),
    "kolam renang": ("renang", "kolam renang umum"),
    "olahraga": ("olah raga", "fasilitas olahraga", "sarana olahraga"),
    # tourism and culture
    "wisata": ("tempat wisata", "pariwisata", "rekreasi", "wahana", "spot foto"),
    "pantai wisata": ("pantai",),
    "tiket masuk": ("karcis masuk", "tiket", "tiket wisata"),
    "cagar budaya": ("bangunan bersejarah", "peninggalan sejarah", "benda bersejarah", "bangunan kuno",
                     # a region's traditional house (Toraja, Minang, Dayak)
                     "rumah adat", "tongkonan", "rumah gadang", "rumah betang", "balai adat",
                     "candi", "situs sejarah", "situs purbakala", "prasasti", "museum",
                     "petilasan", "vandalisme", "vandal"),
    "makam kuno": ("makam keramat", "asta", "makam raja", "makam leluhur", "makam bersejarah"),
    "kesenian": ("seni", "tari", "tarian", "pentas seni", "seniman", "tradisi", "kebudayaan",
                 "musik tradisional", "gamelan", "pentas",
                 # a troupe's costumes and instruments, and the troupes by their art ("pakaian adat su robek")
                 "pakaian adat", "baju adat", "kostum", "kostum tari", "alat musik", "karawitan", "reog", "reyog",
                 "jaranan", "kuda lumping", "kuda kepang", "wayang", "ludruk", "ketoprak", "tari adat"),
    "sanggar seni": ("sanggar", "sanggar tari"),
    "karapan sapi": ("kerapan sapi", "kerapan"),
    "homestay": ("penginapan", "hotel", "villa"),
    "wisatawan": ("turis", "pelancong"),
    # libraries and archives
    "perpus keliling": ("mobil perpus", "perpustakaan keliling", "mobil perpustakaan", "pusling buku"),
    "pinjam buku": ("peminjaman buku", "koleksi buku"),
    "arsip": ("dokumen lama", "arsip daerah", "arsip tanah", "dokumen arsip"),
    "taman baca": ("tbm", "rumah baca", "pojok baca"),
    "literasi": ("minat baca", "gemar membaca"),
    # inspectorate (integrity)
    "pungli": ("pungutan liar", "dimintai uang", "uang rokok", "calo", "bayar di luar ketentuan", "dipungut",
               "dipungut biaya", "pungutan",
               # a price for an official's signature ("perangkat desa minta uang 200 ribu untuk tanda tangan")
               "uang tanda tangan", "duit tanda tangan", "bayar tanda tangan", "biaya tanda tangan",
               # ... the camat's too: the directory's "tanda tangan camat" claimed the price's words
               "uang tanda tangan camat", "bayar tanda tangan camat", "biaya tanda tangan camat",
               "uang administrasi", "tanpa kuitansi",
               "tanpa kwitansi",
               # money taken with no proof of payment: a levy without its ticket is no levy
               "tanpa karcis", "tanpa tiket", "tanpa struk", "tanpa nota", "tanpa tanda terima",
               "tanpa bukti bayar", "tanpa bukti pembayaran", "tidak dikasih karcis", "tidak ada karcis",
               "tidak ada kuitansi", "tidak ada kwitansi", "tidak diberi karcis"),
    "korupsi": ("dikorupsi", "korup", "penggelembungan", "digelembungkan",
                "markup", "dana diselewengkan", "tidak transparan",
                "kongkalikong", "kolusi", "main mata", "dana raib", "manipulasi anggaran"),
    "mark up": ("dimark up", "harga digelembungkan", "volume dikurangi", "volume kurang", "spesifikasi dikurangi"),
    "suap": ("nyogok", "sogok", "menyuap", "disuap", "uang sogok", "uang pelicin",
             "amplop", "uang amplop", "pelicin", "uang damai"),
    "penyelewengan": ("diselewengkan", "selewengkan", "menyelewengkan",
                      "disalahgunakan"),
    "penyalahgunaan wewenang": ("penyalahgunaan", "menyalahgunakan", "mobil dinas", "plat merah",
                                "pelat merah", "mobil plat merah", "fasilitas dinas", "aset daerah"),
    "nepotisme": ("keluarga pejabat", "titipan", "ordal"),
    "fee proyek": ("jatah proyek", "komisi proyek", "jatah persen", "setoran proyek"),
    "fiktif": ("proyek fiktif", "spj fiktif", "laporan fiktif", "kegiatan fiktif"),
    "potongan bantuan": ("bantuan dipotong", "pemotongan", "disunat"),
    # drinking water
    "air pdam": ("pdam", "air ledeng", "air kran", "kran air", "keran", "kran", "air leding",
                 "pelanggan air"),
    "air tidak mengalir": ("air mati", "air tidak keluar", "air macet", "air tidak ngalir",
                           "air tidak jalan", "air ngadat", "aliran air"),
    "air keruh": ("air kuning", "air coklat", "air bau", "air berbau", "bau kaporit", "bau klorin",
                  "air berpasir", "air kecoklatan", "klorin"),
    "tagihan air": ("rekening air", "bayar air", "tagihan pdam", "biaya air", "struk air",
                    "tagihan membengkak"),
    "meteran air": ("meter air", "meteran pdam", "water meter"),
    "pipa bocor": ("pipa", "pipa pdam", "kebocoran pipa", "pipa jebol",
                   "pipa induk"),
    "sambungan baru": ("pasang baru air", "daftar pdam", "sambungan air", "pemasangan air"),
    "debit kecil": ("air lemah", "aliran kecil", "air menetes", "air kecil", "tekanan lemah"),
    # sub-district office
    "camat": ("pak camat", "bu camat",
              # Papua's and West Papua's kecamatan is the distrik, its camat the kepala distrik
              "kepala distrik", "kantor distrik",
              # the camat as land-deed official (PPAT sementara): a deed of sale is no civil-registry "akta"
              "ppat", "ppats", "akta jual beli", "ajb", "akta tanah"),
    # the kelurahan is the kecamatan's unit (a perangkat kecamatan): its office is the kecamatan's to keep
    "kantor kecamatan": ("kantor kelurahan", "gedung kelurahan", "balai kelurahan"),
    "pelayanan kecamatan": ("layanan kecamatan", "loket kecamatan", "pegawai kecamatan"),
    "legalisir kecamatan": ("legalisir", "legalisasi", "cap kecamatan", "stempel kecamatan"),
    "musrenbang kecamatan": ("musrenbang",),
    # electricity (external)
    "listrik": ("pln", "aliran listrik", "listrik rumah", "korsleting listrik", "arus listrik"),
    "listrik padam": ("listrik mati", "padam", "mati listrik", "pemadaman listrik", "listrik putus",
                      "listrik tidak nyala"),
    "token listrik": ("pulsa listrik", "token pln", "kode token", "isi token", "pulsa pln"),
    "meteran listrik": ("kwh meter", "meteran pln", "meter listrik"),
    "tiang listrik": ("tiang pln", "tiang kabel", "tiang miring",
                      "tiang listrik miring", "tiang listrik roboh", "tiang listrik doyong", "tiang doyong",
                      "tiang listrik keropos"),
    "kabel listrik": ("kabel", "kabel menjuntai", "kabel putus", "kabel pln", "kabel kendor",
                      "kabel terkelupas",
                      "kesetrum", "tersetrum", "tersengat listrik", "nyetrum", "kabel terbuka"),
    "trafo": ("travo", "gardu listrik", "transformator"),
    "tegangan turun": ("tegangan drop", "voltase turun", "listrik lemah", "listrik naik turun",
                       "byar pet", "listrik drop",
                       # appliances burnt by the current ("lampu mati terus, kulkas rusak" is a power cut's)
                       "elektronik rusak", "barang elektronik", "tv rusak", "televisi rusak", "kulkas rusak",
                       "kipas angin rusak", "kulkas mati"),
    "tagihan listrik": ("rekening listrik", "bayar listrik", "tagihan pln"),
    "pasang baru listrik": ("pasang listrik", "pemasangan listrik", "tambah daya"),
    # police (external)
    "pencurian": ("dicuri", "kecurian", "curi", "mencuri", "maling", "hilang dicuri", "digondol",
                  "copet", "dicopet", "kecopetan", "pencopet", "pencopetan", "colong", "dicolong", "kemalingan",
                  "diembat", "raib", "garong", "bajing loncat", "nyolong"),
    "curanmor": ("motor hilang", "motor dicuri", "kehilangan motor", "pencurian motor", "curas"),
    "begal": ("dibegal", "pembegalan", "begal motor"),
    "perampokan": ("rampok", "dirampok", "jambret", "penjambretan", "dijambret", "todong", "ditodong",
                   "rampas", "dirampas", "perampasan", "jarah", "dijarah", "penjarahan", "palak", "dipalak",
                   "pemalakan", "pemerasan", "diperas", "preman", "premanisme",
                   # protection money a gang or a mass organisation collects ("ormas minta uang keamanan")
                   "uang keamanan", "jatah keamanan", "jatah preman", "japrem"),
    "narkoba": ("narkotika", "ganja", "pil koplo", "obat terlarang", "shabu", "pengedar",
                "sabu sabu", "transaksi narkoba", "pemakai",
                "ekstasi", "tramadol", "pil dextro", "tembakau sintetis", "nyabu"),
    "judi": ("taruhan", "perjudian", "togel", "judol", "remi taruhan", "kartu judi",
             "judi slot", "slot online"),
    "sabung ayam": ("adu ayam", "sabung"),
    "balap liar": ("trek trekan", "balapan liar", "knalpot brong", "knalpot racing", "balapan",
                   "kebut kebutan"),
    "tawuran": ("perkelahian", "berkelahi", "keroyokan", "pengeroyokan", "bentrok",
                "perang sarung", "geng motor", "gangster"),
    "penipuan": ("ditipu", "tipu", "penipu", "kena tipu", "modus penipuan", "investasi bodong",
                 "arisan bodong", "online shop",
                 "tertipu", "dibawa kabur", "gendam", "hipnotis",
                 # a purchase paid for and never sent, the seller gone: fraud told without its word
                 "barang tidak dikirim", "barang tidak sampai", "barang tidak datang", "diblokir penjual",
                 "penjual blokir", "penjualnya blokir", "penjual menghilang", "penjual ngilang",
                 # an app file sent to empty an account ("ngaku kurir, suruh klik link apk, saldo abis"; "klik link"
                 # alone is every spam's)
                 "link apk", "file apk", "saldo terkuras", "rekening dibobol",
                 "rekening terkuras", "ngaku kurir", "mengaku kurir", "phising", "phishing"),
    "sim": ("surat izin mengemudi", "satpas", "perpanjang sim"),
    "tilang": ("ditilang", "razia kendaraan", "etle", "tilang elektronik", "surat tilang", "e-tilang"),
    "kriminal": ("kejahatan", "rawan kejahatan", "patroli", "tabrak lari",
                 "orang mencurigakan",
                 "pengancaman", "teror", "diteror",
                 # land taken by force or stealth (the penal code's "penyerobotan"; no land office in the directory)
                 "penyerobotan tanah", "penyerobotan lahan", "tanah diserobot", "lahan diserobot", "kebun diserobot",
                 "sawah diserobot", "serobot tanah", "patok dicabut", "patok dipindah",
                 # a person missing is reported to the police ("anak hilang sejak kemarin", "kakek pikun ilang")
                 "orang hilang", "anak hilang", "hilang belum pulang", "hilang tidak pulang", "pergi belum pulang",
                 # rape and molestation are crimes as well as harm to protect a victim from: the police beside
                 # DP3A (whose "pelecehan seksual" reads them too)
                 "pemerkosaan", "diperkosa", "rudapaksa", "disetubuhi", "cabul", "pencabulan", "perbuatan cabul"),
    "pembunuhan": ("dibunuh", "membunuh",
                   # a body found is the police's to examine (fresh31's "mayat bayi di tempat sampah" went to DLH)
                   "mayat", "jasad", "orok", "mayat bayi", "jasad bayi", "ditemukan mayat",
                   "ditemukan tewas", "tak bernyawa", "tidak bernyawa", "ga bernyawa", "gak bernyawa"),
    "miras": ("minuman keras", "minuman beralkohol", "arak", "tuak", "ciu", "oplosan", "mabuk"),
    "penganiayaan": ("dianiaya", "dipukuli", "dikeroyok", "pemukulan", "dipukul",
                     "digebuki", "dihajar", "ditusuk", "penusukan", "dibacok", "pembacokan", *ASSAULT_DOING,
                     # the other blows, as "dipukul" ("kena tampar" is read "ditampar")
                     "ditampar", "ditendang", "ditonjok", "dijotos", "digampar", "ditempeleng", "digebug"),
    "sajam": ("senjata tajam", "celurit", "clurit", "parang"),
    # social security (external)
    "bpjs": ("jamsostek", "asuransi kesehatan", "bpjs mandiri", "kartu bpjs"),
    "faskes": ("faskes 1", "fktp", "faskes pertama", "ganti faskes"),
    "iuran bpjs": ("premi", "bayar bpjs"),
    "tunggakan bpjs": ("tunggakan iuran", "nunggak iuran", "nunggak bpjs"),
    "bpjs nonaktif": ("non aktif", "nonaktif", "kartu tidak aktif", "dinonaktifkan"),
    "klaim jht": ("pencairan jht", "cairkan jht", "jht cair"),
    "peserta mandiri": ("bpjs mandiri",),
    "mobile jkn": ("aplikasi jkn", "antrean online jkn"),
}

# A seed or fry is the office of what it grows into: "benih lele", "bibit ikan nila", "bibit sapi" are the fisheries
# and livestock office's, while a bare "benih" or "bibit" (of rice, maize) stays the farm office's keyword. The
# seed word before any one-word name of a fish or a farm animal reads as that animal's phrase (a longer phrase
# claims its words first, so "benih" is then nobody else's).
_SEED_WORDS = ("benih", "bibit")
for _animal in ("ikan", "sapi", "kambing", "ternak"):
    SYNONYMS[_animal] += tuple(f"{seed} {name}" for seed in _SEED_WORDS
                               for name in (_animal, *SYNONYMS[_animal]) if " " not in name)
SYNONYMS["tambak"] += ("benur", "nener", "benih udang", "bibit udang")  # shrimp and milkfish fry

# A vehicle gone is a vehicle stolen ("motor hilang", "sepedaku ilang ndek parkiran", "kehilangan mobil"), whatever
# the vehicle is called; a lost document ("ktp hilang") is not.
_VEHICLES = ("motor", "sepeda", "sepeda motor", "mobil", "kendaraan", "pikap", "pick up", "truk", "becak",
             "bentor", "ranmor")
SYNONYMS["curanmor"] += tuple(phrase for vehicle in _VEHICLES
                              for phrase in (f"{vehicle} hilang", f"kehilangan {vehicle}"))

# A building broken into is a burglary ("toko saya dibobol semalam", "my shop was broken into"), whatever the building;
# a bank account broken into is a fraud ("rekening dibobol", the police's too through "penipuan"), a dyke breached
# ("tanggul jebol") a flood.
# ("gudang" is left out: a vocabulary word of its own, it would no longer show that "gudang" is no typo of "udang")
SYNONYMS["pencurian"] += tuple(f"{building} {broken}" for building in ("rumah", "toko", "warung", "kios", "kantor",
                                                                       "sekolah", "masjid", "konter")
                               for broken in ("dibobol", "kebobolan", "dibongkar maling"))

# A tree named by its kind is a tree ("beringin di pertigaan roboh", "mahoni tumbang nimpa rumah"): the directory's
# "pohon tumbang" is read of a tree's kind too. Fruit and crop trees are left out ("kelapa", "mangga", "jati" name
# the fruit, the farm or the wood as often as the tree), and so are the kinds that name places ("Ketapang",
# "Tanjung", "Waru", "Johar": "pusksmas ketapang" lost its reading as a health centre) or taste ("asam").
_TREE_KINDS = ("beringin", "mahoni", "angsana", "trembesi", "flamboyan", "sengon", "randu", "kapuk", "cemara",
               "glodokan", "pinus", "akasia", "bungur")
SYNONYMS["pohon tumbang"] += tuple(f"{tree} {fall}" for tree in _TREE_KINDS
                                   for fall in ("tumbang", "roboh", "rubuh", "ambruk", "patah"))

# An animal stuck is a rescue ("burung elang nyangkut di kabel", "kucing kecebur sumur", "musang terperangkap di
# plafon"), whatever the animal: the directory's "evakuasi hewan" knew a cat caught ("kucing nyangkut") only, so a bird
# caught on a power line went to PLN by the line.
_RESCUED_ANIMALS = ("kucing", "anjing", "burung", "elang", "burung hantu", "musang", "luwak", "monyet", "kera",
                    "kambing", "sapi", "anak kucing", "anak anjing")
_CAUGHT = ("nyangkut", "tersangkut", "terjebak", "kejebak", "terjepit", "kejepit", "terperangkap", "kecebur",
           "tercebur", "nyemplung", "kejeblos", "terjerat", "kejerat", "terperosok", "keperosok")
SYNONYMS["evakuasi hewan"] += tuple(f"{animal} {caught}" for animal in _RESCUED_ANIMALS for caught in _CAUGHT
                                    if f"{animal} {caught}" not in SYNONYMS["evakuasi hewan"])
# ... told with the animal's kind or owner between ("burung merpati tersangkut layangan di kabel", "kambing pak rt
# kejeblos", "anak kucing putih nyangkut"): read as the pair itself, not at a loose phrase's weight, which a power line
# beside it outweighed. The animal first, within three words.
_RESCUE_REACH = 3


def _rescued_near(found: list[_Match]) -> list[_Match]:
    """The matches found, an animal stuck a few words before the stuck word read as in order (``_RESCUE_REACH``)."""
    return [replace(match, in_order=True) if not match.in_order and match.ordered and len(match.positions) == 2
            and "evakuasi hewan" in match.term.topics and max(match.positions) - min(match.positions) <= _RESCUE_REACH
            else match for match in found]

# The directory's phrases that name one kind of problem, whatever word a citizen used: a region's decisions about
# one of them teach all of them (the learned router's topic votes). People call a drain "got", "selokan", "parit"
# or "gorong-gorong"; a regency that gives drains to PERKIM does so whichever word the citizen typed, and each
# phrase learning on its own needed a decision naming it. The first phrase names the kind; a phrase missing from
# the directory in use is ignored (its synonyms are read as it: "comberan" is "selokan", "parit" "drainase").
KINDS: tuple[tuple[str, ...], ...] = (
    ("drainase", "selokan", "got", "gorong gorong", "saluran air", "box culvert"),
    ("lampu jalan", "pju", "penerangan jalan", "lampu penerangan"),
)

# How much each kind of term counts before IDF and phrase length.
_KIND_WEIGHT = {"alias": 1.0, "name": 1.0, "keyword": 1.0, "synonym": 0.85, "name_word": 0.45}
_LOOSE_ORDER = 0.7   # all words of a phrase present nearby, in its order but not adjacent
_REVERSED_ORDER = 0.5  # ... nearby but in another order ("lampu mati" is not a "mati lampu")
_PLACE_FACTOR = 0.5  # lone place words are usually addresses
_BACKOFF = 0.25      # a loose word of some agency's phrase, not part of a matched term
_PLACE_SPAN = 0.5    # a term that only names where it happened ("dijambret di lampu merah")
_MIN_EVIDENCE = 0.6  # below this, the router abstains
_KEEP_RATIO = 0.12   # suggestions weaker than this share of the best one are dropped
_STRENGTH_SCALE = 0.8  # one specific keyword alone gives about 70% confidence


@dataclass(frozen=True)
class AgencyProfile:
    """An agency as the router sees it: names people use and the topics it handles."""

    code: str
    name: str
    aliases: tuple[str, ...] = ()
    keywords: tuple[str, ...] = ()
    external: bool = False


@dataclass(frozen=True)
class Suggestion:
    """One ranked routing suggestion; ``score`` is a confidence between 0 and 1."""

    code: str
    name: str
    score: float
    reason: str = ""  # what a person can check: "mirip LPR-87 → DLH", "kata: limbah, sungai"


@dataclass(frozen=True)
class Example:
    """One labelled text: a corpus row or a region's decision (``positive`` False: the agency was wrong)."""

    text: str
    code: str
    positive: bool = True
    reference: str = ""     # the complaint's reference for a decision ("LPR-87"); empty for corpus rows
    region: bool = False    # a decision of this region: a neighbour that votes and is cited, not a corpus row


def complaint_text(description: str | None, place: str | None) -> str:
    """What a complaint says, as the router reads it: its place line under "Lokasi:", which marks all of it as
    the place (`textnorm.words_with_places`), so a puskesmas that is only where a motorbike was stolen weighs
    less than what happened."""
    description, place = (description or "").strip(), (place or "").strip()
    return f"{description}\nLokasi: {place}" if place else description


def _split_list(value: str | None) -> tuple[str, ...]:
    return tuple(item.strip() for item in (value or "").split(";") if item.strip())


def load_profiles_csv(path) -> list[AgencyProfile]:
    """Read agency profiles from a ``code,name,aliases,keywords,external`` CSV file."""
    with open(path, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    profiles = []
    for row in rows:
        row = {(k or "").strip().lower(): (v or "").strip() for k, v in row.items()}
        if not row.get("code"):
            continue
        profiles.append(AgencyProfile(
            code=row["code"].upper(), name=row.get("name", ""),
            aliases=_split_list(row.get("aliases")), keywords=_split_list(row.get("keywords")),
            external=row.get("external", "").lower() in ("yes", "ya", "y", "true", "1")))
    return profiles


@dataclass
class _Term:
    tokens: tuple[str, ...]
    weights: dict[int, float]  # agency index -> weight
    floor: dict[int, float] = field(default_factory=dict)  # weight of the strongest single word
    topics: frozenset[str] = frozenset()  # the directory phrases it stands for ("got mampet": "selokan")


@dataclass
class _Match:
    term: _Term
    positions: frozenset[int]
    in_order: bool          # adjacent, in the phrase's order
    ordered: bool = True    # (loose) in the phrase's order: "lampu gang mati" is a "lampu mati", no "mati lampu"
    read: bool = False      # read from the text's sense, not its words ("murid ditampar": "kekerasan anak"): it
    #                         claims no words, so the violence word still counts for the police
    across: bool = False    # read across a blocking word: what blocks and what it blocks ("trotoar ditutup lapak")


def _phrase_tokens(text: str) -> tuple[str, ...]:
    return tuple(content_tokens(text))


def _name_parts(name: str) -> tuple[str, list[str]]:
    """Split an agency name into its main phrase and the words of any parenthesised remark."""
    main = name.split(" - ")[0]
    remark = ""
    if "(" in main:
        main, _, remark = main.partition("(")
    return main, [w for w in content_tokens(remark) if w not in GENERIC_WORDS]


def _name_words(name: str) -> tuple[str, ...]:
    """The words of an agency's name that may name it alone ("kependudukan", "perhubungan")."""
    main, remark_words = _name_parts(name)
    return tuple(dict.fromkeys(w for w in (*_phrase_tokens(main), *remark_words)
                               if w not in GENERIC_WORDS and len(w) >= 4))


# A word in the names of this many agencies is the region's, not a topic ("RSUD Sukamaju", "Polres Sukamaju",
# "Perumda Air Minum Tirta Sukamaju"): a place line naming the regency gave each of them evidence.
_SHARED_NAME = 3


class _TermBuilder:
    """Collects (phrase, agency, kind) entries and turns them into IDF-weighted terms."""

    def __init__(self, n_agencies: int, kinds: Iterable[tuple[str, ...]] = (),
                 shared_names: frozenset[str] = frozenset()):
        self.n_agencies = n_agencies
        self.shared_names = shared_names
        self.entries: dict[tuple[str, ...], dict[int, float]] = {}
        self.topics: dict[tuple[str, ...], set[str]] = {}
        self.kind_of = {" ".join(_phrase_tokens(phrase)): " ".join(_phrase_tokens(kind[0]))
                        for kind in kinds for phrase in kind}

    def add(self, phrase: str | tuple[str, ...], agency: int, kind: str, topic: tuple[str, ...] = ()) -> None:
        tokens = phrase if isinstance(phrase, tuple) else _phrase_tokens(phrase)
        if not tokens or (len(tokens) == 1 and tokens[0] in GENERIC_WORDS):
            return
        kinds = self.entries.setdefault(tokens, {})
        kinds[agency] = max(kinds.get(agency, 0.0), _KIND_WEIGHT[kind])
        topic_words = " ".join(topic or tokens)
        self.topics.setdefault(tokens, set()).add(self.kind_of.get(topic_words, topic_words))

    def add_profile(self, index: int, profile: AgencyProfile) -> None:
        self.add(_name_parts(profile.name)[0], index, "name")
        for word in _name_words(profile.name):
            if word not in self.shared_names:
                self.add((word,), index, "name_word")
        for alias in profile.aliases:
            self.add(alias, index, "alias")
        for keyword in profile.keywords:
            self.add(keyword, index, "keyword")

    def add_synonyms(self, synonyms: dict[str, tuple[str, ...]]) -> None:
        owners = {tokens: list(kinds) for tokens, kinds in self.entries.items()}
        for target, phrases in synonyms.items():
            agencies = owners.get(_phrase_tokens(target), [])
            for phrase in phrases:
                for agency in agencies:
                    self.add(phrase, agency, "synonym", _phrase_tokens(target))

    def build(self) -> list[_Term]:
        top_idf = math.log(1 + self.n_agencies)
        terms = []
        for tokens, kinds in self.entries.items():
            idf = math.log(1 + self.n_agencies / len(kinds)) / top_idf
            length = min(1.0 + 0.3 * (len(tokens) - 1), 1.6)
            place = _PLACE_FACTOR if len(tokens) == 1 and tokens[0] in PLACE_WORDS else 1.0
            weights = {a: w * idf * length * place for a, w in kinds.items()}
            terms.append(_Term(tokens, weights, topics=frozenset(self.topics[tokens])))
        return _lift_phrases(terms)


def _lift_phrases(terms: list[_Term]) -> list[_Term]:
    """Give each phrase a floor: its strongest single word, so claiming words never loses evidence."""
    single = {term.tokens[0]: term.weights for term in terms if len(term.tokens) == 1}
    for term in terms:
        for agency, weight in term.weights.items():
            parts = [single.get(t, {}).get(agency, 0.0) for t in term.tokens]
            term.floor[agency] = max(parts)
            term.weights[agency] = max(weight, term.floor[agency])
    return terms


# Roots whose derived vocabulary word means another thing: "dipake", "pakai" (use) are no "pakaian" (clothes, the
# arts' "pakaian adat", the aid's "bantuan pakaian"); CV's T438 "ga berani dipake masak" was read so.
_NOT_ITS_DERIVED = frozenset({"pakai"})
# Derived words that mean something else than their root's keyword: to handle ("ditangani", "nanganin") is no hand of
# a signature ("tanda tangan": a patient "ga ditangani" read as the camat's and the inspectorate's).
_NOT_ITS_ROOT = frozenset("ditangani menangani tangani penanganan ditanganin nanganin".split())


class _Vocabulary:
    """Maps a text word to a known vocabulary word: exactly, through a light stem, or fuzzily."""

    def __init__(self, words: Iterable[str], dictionary: frozenset[str] = frozenset()):
        self.words = frozenset(words)
        self.dictionary = dictionary
        self.by_stem: dict[str, str] = {}
        for word in sorted(self.words, key=lambda w: (len(w), w)):  # the same reading in every process
            for stem in stem_candidates(word)[1:]:
                if stem not in _NOT_ITS_DERIVED:
                    self.by_stem.setdefault(stem, word)
        self.by_length: dict[int, list[str]] = {}
        for word in sorted(self.words):
            if len(word) >= 5 and word not in GENERIC_WORDS:
                self.by_length.setdefault(len(word), []).append(word)
        self.cache: dict[str, str | None] = {}

    def resolve(self, word: str) -> str | None:
        """Return the vocabulary word this text word stands for, or None."""
        if word in self.cache:
            return self.cache[word]
        if len(self.cache) > 50_000:
            self.cache.clear()
        found = self._lookup(word)
        self.cache[word] = found
        return found

    def _lookup(self, word: str) -> str | None:
        if word in self.words:
            return word
        if word in GENERIC_WORDS or word in _NOT_ITS_ROOT:
            return None
        for stem in stem_candidates(word):
            if stem in self.words:
                return stem
            # Two stripped forms meeting on a very short stem are too often unrelated words.
            if len(stem) >= 5 and stem in self.by_stem:
                return self.by_stem[stem]
        spoken = next((form for form in spoken_forms(word)  # "mukulin", "sampahe"
                       if form in self.words or (len(form) >= 5 and form in self.by_stem)), None)
        if spoken is not None:
            return self.by_stem.get(spoken, spoken) if spoken not in self.words else spoken
        return self._fuzzy(word)

    def _fuzzy(self, word: str) -> str | None:
        # Short words are too easy to confuse ("makan"/"makam"): only longer words get typo tolerance.
        if len(word) < 6 or word in GENERIC_WORDS:
            return None
        cutoff = 90 if len(word) < 8 else 85
        choices = [w for n in range(len(word) - 2, len(word) + 3) for w in self.by_length.get(n, ())]
        best = process.extractOne(word, choices, scorer=fuzz.ratio, score_cutoff=cutoff)
        if best and self._another_word(word, best[0]):
            return None
        return best[0] if best else None

    def _another_word(self, word: str, typo_of: str) -> bool:
        """Whether the word is a dictionary word, or one of its affixed forms, other than the one it looks like a
        typo of: "tetangga" is no "tangga", "berani" no "bertani", "diperiksa" no "diperkosa"; "kerendam" is
        "terendam" (the root is in both)."""
        return word in self.dictionary or any(stem in self.dictionary and stem not in typo_of
                                              for stem in stem_candidates(word)[1:])


class Router:
    """Suggests agencies for a complaint text from a precomputed keyword-evidence index."""

    def __init__(self, profiles: Iterable[AgencyProfile], *, synonyms: dict | None = None,
                 kinds: Iterable[tuple[str, ...]] | None = None, dictionary: frozenset[str] = frozenset()):
        """``dictionary``: root words of the language (Sastrawi's): a word it knows is no typo of a keyword."""
        self.profiles = list(profiles)
        in_names = Counter(word for profile in self.profiles for word in _name_words(profile.name))
        self.shared_names = frozenset(word for word, n in in_names.items() if n >= _SHARED_NAME)
        builder = _TermBuilder(len(self.profiles), KINDS if kinds is None else kinds, self.shared_names)
        for index, profile in enumerate(self.profiles):
            builder.add_profile(index, profile)
        builder.add_synonyms(SYNONYMS if synonyms is None else synonyms)
        self.terms = builder.build()
        self.by_anchor: dict[str, list[_Term]] = {}
        for term in self.terms:
            self.by_anchor.setdefault(term.tokens[0], []).append(term)
        self.vocabulary = _Vocabulary((t for term in self.terms for t in term.tokens), dictionary)
        # Violence done to a child or a woman is the directory's "kekerasan anak" / "kekerasan perempuan", when it has
        # them, however the violence and the victim are worded (`textnorm.harmed`).
        by_tokens = {term.tokens: term for term in self.terms}
        self.harm_terms = {victim: by_tokens[("kekerasan", victim)] for victim in ("anak", "perempuan")
                           if ("kekerasan", victim) in by_tokens}
        self.assault_doing = frozenset(_phrase_tokens(word) for word in ASSAULT_DOING)
        self.household_term = by_tokens.get(("kdrt",))
        self.assault_term = by_tokens.get(("penganiayaan",))
        self.extortion_term = by_tokens.get(("pungli",))
        self.hoax_term = by_tokens.get(("hoaks",))
        self.discipline_term = by_tokens.get(("disiplin", "pegawai"))
        self.harm_tokens = frozenset(token for term in self.terms for token in term.tokens if is_harm(token))
        self.backoff = self._backoff_weights()
        self._last: tuple[str, tuple] | None = None
        self._aside = False  # the last text read: its address set aside

    def _backoff_weights(self) -> dict[str, dict[int, float]]:
        owners: dict[str, set[int]] = {}
        for term in self.terms:
            for token in term.tokens:
                if token not in GENERIC_WORDS and token not in FUNCTION_WORDS and token not in self.shared_names:
                    owners.setdefault(token, set()).update(term.weights)
        n, top = len(self.profiles), math.log(1 + len(self.profiles))
        return {token: {a: _BACKOFF * math.log(1 + n / len(agencies)) / top for a in agencies}
                for token, agencies in owners.items()}

    def suggest(self, text: str, limit: int = 3) -> list[Suggestion]:
        """Return up to ``limit`` agencies for the text, best first; an empty list means abstain."""
        scores, _, _, named = self.cited_evidence(text)
        if not scores:
            return []
        first_named_leads(scores, named)
        ranked = sorted(scores.items(), key=lambda item: -item[1])
        best = ranked[0][1]
        if best < _MIN_EVIDENCE:
            return []
        total = sum(score for _, score in ranked[:3])
        out = []
        for index, score in ranked[:limit]:
            if score < _KEEP_RATIO * best:
                break
            confidence = (1 - math.exp(-score / _STRENGTH_SCALE)) * score / total
            profile = self.profiles[index]
            out.append(Suggestion(profile.code, profile.name, round(confidence, 3)))
        return out

    def evidence(self, text: str) -> dict[int, float]:
        """Return the raw evidence per agency index for a text (for diagnostics and ranking)."""
        return self.weighed_evidence(text)[0]

    def weighed_evidence(self, text: str) -> tuple[dict[int, float], bool]:
        """The evidence per agency index, and whether the text's place was weighed down: it was named beside
        a subject with evidence of its own ("dijambret di lampu merah", not "antri lama di puskesmas")."""
        scores, place_weighed, _, _ = self.cited_evidence(text)
        return scores, place_weighed

    def cited_evidence(self, text: str) -> tuple[dict[int, float], bool, dict[int, list[str]],
                                                 tuple[int, int] | None]:
        """``weighed_evidence``, the words of the text each agency's matched terms stand on, as normalised and in the
        text's order ("kecopetan" for POLRES): what a verifier can check when the keywords decided; and, for a
        message telling two problems of two agencies (``first_named``), the first's agency and the second's."""
        flagged, words, place, found, people, second = self._read(text)
        matches = _select_matches([match for match in found if not match.read and not match.positions <= people])
        for match in found:
            if match.read and not any(match.positions & kept.positions and kept.term.weights.keys() & match.term.weights
                                      for kept in matches):  # not when "anak disiksa" or "kdrt" said it already
                matches.append(match)
        if all(match.positions <= place for match in matches):
            place = set()  # nothing is said but where: the place is what the complaint is about ("antri di puskesmas")
        scores: dict[int, float] = {}
        used_words, used_positions = set(), set()
        # Money an official asked for: who asked and what for are one pretext, however many of an office's words name
        # them ("blt dd harus setor 100 ribu ke kadus"): an agency's words in the place count as its best one only.
        # (the extortion's match, read, is the last: ``_read`` adds it last)
        pretexts: dict[int, float] | None = {} if place and matches[-1].term is self.extortion_term else None
        for match in matches:
            factor = 1.0 if match.in_order else _LOOSE_ORDER if match.ordered else _REVERSED_ORDER
            where = _PLACE_SPAN if match.positions <= place else 1.0
            for agency, weight in match.term.weights.items():
                gained = max(weight * factor, match.term.floor.get(agency, 0.0))
                if pretexts is not None and where != 1.0:
                    pretexts[agency] = max(pretexts.get(agency, 0.0), gained * where)
                else:
                    scores[agency] = scores.get(agency, 0.0) + gained * where
            used_words.update(match.term.tokens)
            used_positions |= match.positions
        for agency, gained in (pretexts or {}).items():
            scores[agency] = scores.get(agency, 0.0) + gained
        self._add_backoff(scores, words, used_words, used_positions | people, place)
        cited: dict[int, set[int]] = {}
        for match in matches:
            for agency in match.term.weights:
                cited.setdefault(agency, set()).update(match.positions)
        return scores, bool(place), {agency: list(dict.fromkeys(flagged[i][0] for i in sorted(where)))
                                     for agency, where in cited.items()}, _first_named(matches, place, second)

    def flagged_words(self, text: str) -> list[tuple[str, bool]]:
        """The text's content words with whether each names the place (``textnorm.words_with_places``), as read."""
        return self._read(text)[0]

    def topics(self, text: str) -> dict[str, float]:
        """The directory's phrases the text names, a synonym read as the phrase it stands for ("got mampet":
        "selokan", "mampet": "drainase"), each weighing 1, or ``_PLACE_SPAN`` when it only says where. Every phrase
        found counts, also one a longer phrase claimed the words of: what the text is about, not what it weighs."""
        _, _, place, found, _, _ = self._read(text)
        if all(match.positions <= place for match in found):
            place = set()
        topics: dict[str, float] = {}
        for match in found:
            where = _PLACE_SPAN if match.positions <= place else 1.0
            for topic in match.term.topics:
                topics[topic] = max(topics.get(topic, 0.0), where)
        return topics

    def _read(self, text: str) -> tuple[list[tuple[str, bool]], list[str | None], set[int], tuple[_Match, ...],
                                        set[int], int | None]:
        """The text's words with their place flags, the vocabulary words they stand for, the place's positions,
        every term found, who was harmed and the first word of a second problem told after a first; the last text's
        reading is kept (the learned router asks twice for one text)."""
        last = self._last
        if last is not None and last[0] == text:
            return last[1]
        starts: list[int] = []
        also: list[int] = []
        who: list[int] = []
        money: list[int] = []
        plain = without_place_names(text)
        flagged = words_with_places(plain, clauses=starts, also=also, users=who, money=money)
        addressed, denied = set_aside(plain)
        denied = set(denied)  # what the text says it is not about is not read ("bukan lampu jalan yg ...")
        words = [None if index in denied else self.vocabulary.resolve(w) for index, (w, _) in enumerate(flagged)]
        place = {index for index, (_, is_place) in enumerate(flagged) if is_place}
        positions: dict[str, list[int]] = {}
        for index, word in enumerate(words):
            if word is not None:
                positions.setdefault(word, []).append(index)
        found = _rescued_near(self._find_matches(positions))
        # The agency addressed is set aside when another agency's matter is named: at the place's weight it still led
        # a weak topic ("satpol pp tolong, pohon beringin ... roboh"). With its own matter or none it counts, at the
        # place's weight ("dukcapil tolong, KTP saya hilang", "pdam tolong dong pak").
        self._aside = bool(addressed) and self._another_matter(found, set(addressed), place)
        if self._aside:
            found = [match for match in found if not match.positions <= set(addressed)]
        # A phrase split by a clause's end is no phrase typed together ("... dapat bantuan, pakaian adat su robek" is
        # no "bantuan pakaian"): read loosely, so one within a clause claims its words first.
        if len(starts) > 1:
            found = [replace(match, in_order=False) if match.in_order and len(match.positions) > 1 and any(
                min(match.positions) < start <= max(match.positions) for start in starts[1:]) else match
                for match in found]
            # ... and one in another order across it is none ("longsor semalam, jalan tertutup" is no "jalan longsor")
            found = [match for match in found if match.ordered or not any(
                min(match.positions) < start <= max(match.positions) for start in starts[1:])]
        # What blocks and what it blocks are two things: "longsor tutup jalan" and "jalan tertutup longsor" are no
        # "jalan longsor". A phrase read loosely across a blocking word is read only as the one blocking, then the
        # one blocked: in its order across an active word ("pedagang buah nutupin trotoar": "pedagang trotoar"), in
        # another order across a passive one ("trotoar ditutup lapak pedagang").
        blocking = [(index, is_blocking(word)) for index, (word, _) in enumerate(flagged)
                    if is_blocking(word, passive=True)]
        if blocking:
            found = [match for match in found if match.in_order or not any(
                min(match.positions) < index < max(match.positions) and match.ordered != active
                for index, active in blocking)]
            # Across a passive one the order turns: "trotoar dipake jualan" is a "jualan trotoar" in its order.
            found = [replace(match, ordered=True, across=True) if not match.in_order and any(
                min(match.positions) < index < max(match.positions) for index, _ in blocking) else match
                for match in found]
        # Who hits whom is the order of a phrase telling violence: "dipukuli suami" read the other way ("suami saya
        # dipukuli preman") is a husband beaten, no wife's ("kekerasan dalam rumah tangga"), and took the police's word.
        found = [match for match in found if match.ordered or not self.harm_tokens & set(match.term.tokens)]
        people: set[int] = set()
        if self.harm_terms:
            harms = harmed([word for word, _ in flagged])
            found += [_Match(self.harm_terms[victim], frozenset((harm, who)), False, read=True)
                      for harm, who, victim in harms if victim in self.harm_terms]
            # Who harmed a child, and the child, are not the topic ("siswi digrepe guru les"): as the learned
            # router does not read them, their words count for nothing here (the violence word still counts).
            people = {j for harm, _, victim in harms if victim == "anak" and victim in self.harm_terms
                      for j in harm_span(flagged, harm)}
            # A child or a woman hit is their protection's ("suami mabuk mukulin saya"): the doer's word is no
            # assault of the police's there (the passive "dipukuli" still is, as before).
            doing = {harm for harm, _, victim in harms if victim in self.harm_terms}
            found = [match for match in found if match.read or not match.positions <= doing
                     or match.term.tokens not in self.assault_doing]
            # A woman hit by one of her household ("nenek dianiaya cucunya") is violence at home, her protection's
            # first: the violence word is read as "kdrt", not as the police's own word ("dianiaya", "digebuki"); the
            # classifier still offers the police, mostly second.
            found = self._at_home(text, flagged, harms, found)
        people.update(who)  # a wheelchair user's aid is who they are ("saya pengguna kursi roda, di RSUD ...")
        found += self._told_kinds(plain, flagged, money)
        reading = flagged, words, place, tuple(found), people, (also[0] if also else None)
        self._last = (text, reading)
        return reading

    def _told_kinds(self, plain: str, flagged: list[tuple[str, bool]], money: list[int]) -> list[_Match]:
        """The directory's terms read from how the text tells a kind, not from its words: a civil servant idling,
        money an official asked for (the last, as ``cited_evidence`` expects), a rumour going round."""
        out = []
        if self.discipline_term is not None:  # a civil servant idling ("pegawai kantor dinas sosial bolos"): discipline
            idle = idling_staff(plain)
            if idle:
                out.append(_Match(self.discipline_term, frozenset(idle), False, read=True))
        if money and self.extortion_term is not None:  # money an official asked for ("pak lurah minta uang ...")
            out.append(_Match(self.extortion_term, frozenset(money), False, read=True))
        rumour = tells_rumour([word for word, _ in flagged]) if self.hoax_term is not None else []
        if rumour:  # a rumour going round, however told ("kabarnya ... udah nyebar di grup", "isu di medsos kalau ...")
            out.append(_Match(self.hoax_term, frozenset(rumour), False, read=True))
        return out

    def _at_home(self, text: str, flagged: list[tuple[str, bool]], harms: list[tuple[int, int, str]],
                 found: list[_Match]) -> list[_Match]:
        """The matches with violence at home read as such: a woman hit by one of her household ("nenek dianiaya
        cucunya") is her protection's first, the violence word read as "kdrt", not as the police's own word
        ("dianiaya", "digebuki"; the classifier still offers the police, mostly second); a man hit at home keeps the
        police's assault beside violence at home ("suami saya dipukuli istrinya": DP3A's phrase "dipukuli istri"
        took the violence word), and a man hit by his wife is violence at home ("digebukin istrinya")."""
        if self.household_term is None:
            return found
        home = {harm for harm, _, victim in harms if victim == "perempuan"}
        if home and by_household(text):
            found = [match for match in found if match.read or not match.positions <= home]
            return [*found, _Match(self.household_term, frozenset(home), False, read=True)]
        if harms:
            return found
        # the violence words the matches read (most messages match none): no word is tested again
        hit = frozenset(i for match in found if self.harm_tokens & set(match.term.tokens) for i in match.positions
                        if is_harm(flagged[i][0]))
        if not hit or not by_household(text):
            return found
        if self.assault_term is not None and not any(match.term is self.assault_term for match in found):
            found = [*found, _Match(self.assault_term, hit, False, read=True)]
        if not any(match.term is self.household_term for match in found) and (
                any(word.startswith(("istri", "bini")) for word, _ in flagged) or not man_named(text)):
            # his wife did it, or the one hit is not told a man ("kena tampar ring somah tiang"): violence at home
            found = [*found, _Match(self.household_term, hit, False, read=True)]
        return found

    @staticmethod
    def _another_matter(found: list[_Match], addressed: set[int], place: set[int]) -> bool:
        """Whether a match beside the address, not only where it happened, names none of the agencies the address
        names (``set_aside``)."""
        named = {code for match in found if match.positions <= addressed for code in match.term.weights}
        return any(not match.positions <= place and not named & match.term.weights.keys() for match in found)

    def address_set_aside(self, text: str) -> bool:
        """Whether the agency the text opens addressed to is set aside (another agency's matter is named), as read."""
        self._read(text)
        return self._aside

    def _find_matches(self, positions: dict[str, list[int]]) -> list[_Match]:
        found = []
        for word in positions:
            for term in self.by_anchor.get(word, ()):
                match = _place(term, positions)
                if match is not None:
                    found.append(match)
        return found

    def _add_backoff(self, scores: dict[int, float], words: list[str | None], used_words: set[str],
                     used_positions: set[int], place: set[int]) -> None:
        for index, word in enumerate(words):
            if word is None or index in used_positions or word in used_words:
                continue
            used_words.add(word)
            where = _PLACE_SPAN if index in place else 1.0
            for agency, weight in self.backoff.get(word, {}).items():
                scores[agency] = scores.get(agency, 0.0) + weight * where


_SECOND_PROBLEM_MIN = 0.5  # the evidence each of two problems needs of its own words to be told as one


def _first_named(matches: list[_Match], place: set[int], second: int | None) -> tuple[int, int] | None:
    """For a message telling a second problem after a first ("jalan desa rusak parah dan lampu jalan juga mati"): the
    agency the first problem's words point to most and the one the second's do, when they differ; else None. Only
    terms wholly on one side count, and none that only says where."""
    if second is None:
        return None
    sides: tuple[dict[int, float], dict[int, float]] = ({}, {})
    for match in matches:
        if match.positions <= place:
            continue
        if max(match.positions) < second:
            side = sides[0]
        elif min(match.positions) >= second:
            side = sides[1]
        else:
            continue
        for agency, weight in match.term.weights.items():
            side[agency] = side.get(agency, 0.0) + weight
    if not sides[0] or not sides[1]:
        return None
    first, other = (max(side, key=lambda a, side=side: (side[a], -a)) for side in sides)
    if first == other or sides[0][first] < _SECOND_PROBLEM_MIN or sides[1][other] < _SECOND_PROBLEM_MIN:
        return None
    return first, other


def first_named_leads(scores: dict, named: tuple | None) -> None:
    """Two problems told one after the other: the first named leads (their scores are swapped when the second's are
    higher; the lamps' and the power's words are stronger than a road's or the water's, so the second led)."""
    if named is None:
        return
    first, other = named
    if scores.get(other, 0.0) > scores.get(first, 0.0):
        scores[first], scores[other] = scores[other], scores.get(first, 0.0)


def _place(term: _Term, positions: dict[str, list[int]]) -> _Match | None:
    """Find where a term occurs in the text: in order and adjacent, or loosely within a window."""
    tokens = term.tokens
    if any(t not in positions for t in tokens):
        return None
    if len(tokens) == 1:
        return _Match(term, frozenset(positions[tokens[0]][:1]), True)
    for start in positions[tokens[0]]:
        if all(start + i in positions[t] for i, t in enumerate(tokens[1:], 1)):
            return _Match(term, frozenset(range(start, start + len(tokens))), True)
    return _loose_place(term, positions)


def _loose_place(term: _Term, positions: dict[str, list[int]]) -> _Match | None:
    window = len(term.tokens) + 3
    found = None
    for start in positions[term.tokens[0]]:
        chosen = [start]
        for token in term.tokens[1:]:
            near = [p for p in positions[token] if abs(p - start) < window and p not in chosen]
            if not near:
                break
            chosen.append(min(near, key=lambda p: abs(p - start)))
        else:
            if max(chosen) - min(chosen) < window:
                match = _Match(term, frozenset(chosen), False, chosen == sorted(chosen))
                if match.ordered:
                    return match
                found = found or match
    return found


def _select_matches(matches: list[_Match]) -> list[_Match]:
    """Let longer, in-order phrases claim their words first; drop matches that overlap claimed words."""
    matches.sort(key=lambda m: (len(m.term.tokens), m.in_order, m.ordered, max(m.term.weights.values())),
                 reverse=True)
    claimed: set[int] = set()
    kept = []
    for match in matches:
        if match.positions & claimed:
            # One topic told twice over shared words is one thing when one is what blocks, the other what it blocks
            # ("trotoar ditutup lapak pedagang": "lapak pedagang" and "lapak trotoar" are both vendors): the kept
            # phrase claims the other's words too. (Not "airnya kuning & bau": "air bau" leaves DLH its "bau".)
            for i, other in enumerate(kept):
                if (match.across and other.in_order and other.positions & match.positions
                        and other.term.topics & match.term.topics
                        and other.term.weights.keys() == match.term.weights.keys()
                        and not match.positions & claimed - other.positions):
                    kept[i] = replace(other, positions=other.positions | match.positions)
                    claimed |= match.positions
                    break
            continue
        claimed |= match.positions
        kept.append(match)
    return kept


NONE = "NONE"  # the label of a message that is not a complaint to route


def accepted_codes(row: dict) -> tuple[str, set[str]]:
    """The expected agency code of an evaluation row (NONE: abstain) and every code accepted for it."""
    expected = (row.get("agency") or "").strip().upper() or NONE
    also = {code.strip().upper() for code in (row.get("also_ok") or "").split(";") if code.strip()}
    return expected, also | {expected}


def evaluate(router, rows: Iterable[dict]) -> dict:
    """Run the router over labelled rows and return JSON-ready accuracy, abstention and timing metrics."""
    predictions = []
    for row in rows:
        started = time.perf_counter()
        suggestions = router.suggest(row.get("text") or "", limit=3)
        predictions.append((row, [s.code for s in suggestions], time.perf_counter() - started))
    return score_predictions(predictions)


def score_predictions(predictions: Iterable[tuple[dict, list[str], float]]) -> dict:
    """Metrics over (row, suggested codes, seconds) triples: top-1/3, abstention, per-agency recall, confusions."""
    n = routable = top1 = top3 = abstained = abstained_none = none_rows = 0
    elapsed = 0.0
    misses, confusion = [], {}
    per_agency: dict[str, list[int]] = {}
    for row, codes, seconds in predictions:
        expected, accepted = accepted_codes(row)
        elapsed += seconds
        n += 1
        abstained += not codes
        if expected == NONE:
            none_rows += 1
            abstained_none += not codes
        else:
            routable += 1
            hit = bool(codes) and codes[0] in accepted
            top1 += hit
            top3 += any(code in accepted for code in codes)
            tally = per_agency.setdefault(expected, [0, 0])
            tally[0], tally[1] = tally[0] + hit, tally[1] + 1
        got = codes[0] if codes else NONE
        if got not in accepted:
            misses.append({"id": row.get("id"), "expected": expected, "got": got})
            confusion[(expected, got)] = confusion.get((expected, got), 0) + 1
    return {
        "rows": n, "routable": routable,
        "top1": _ratio(top1, routable), "top3": _ratio(top3, routable),
        "abstain_precision": _ratio(abstained_none, abstained),
        "abstain_recall": _ratio(abstained_none, none_rows),
        "ms_per_message": round(1000 * elapsed / n, 4) if n else 0.0,
        "per_agency_recall": {code: _ratio(hit, count) for code, (hit, count) in sorted(per_agency.items())},
        "confusions": [{"expected": e, "got": g, "count": c}
                       for (e, g), c in sorted(confusion.items(), key=lambda item: (-item[1], item[0]))],
        "misses": misses,
    }


def _ratio(part: int, whole: int) -> float:
    return round(part / whole, 4) if whole else 0.0


def read_rows_csv(path: str | Path) -> list[dict]:
    """Read a ``id,text,agency,also_ok`` evaluation CSV into a list of dicts."""
    with open(path, encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))
