"""A citizen's answer to a staff question said with other affixes than the question's ("yg bagiin" to "siapa yang
membagikan …?", "pak rt nya yg mungutin" to "siapa yang memungut …?"): relayed as the answer, never offered as a new
report (JAWAB), since its words are the question's once their affixes go."""

from __future__ import annotations

import pytest

from tests.parties import file

LEVY = "Pembagian bantuan beras di balai desa dipotong, tiap karung dikurangi lima kilo"


@pytest.fixture
def asked(people):
    file(people["citizen"], description=LEVY, photo=False)
    return people


def answers(person) -> list:
    return [m for m in person.inbox() if m.purpose == "answer"]


@pytest.mark.parametrize("question,typed", [
    ("siapa yang membagikan berasnya pak?", "kades nya pak yg bagiin, sekdesnya jg ikutan"),
    ("siapa yang membagikan berasnya pak?", "yg ngebagiin pak kadesnya sendiri, dibantu bendaharanya"),
    ("Siapa yang memotong jatah berasnya?", "pak rt nya yg motongin, sekdesnya jg ikutan"),
    ("siapa yang mengurangi berasnya?", "Pak RT nya pak yang ngurangin tiap karung, disuruh atasannya"),
    ("Siapa yang menimbang berasnya?", "perangkat desanya yg nimbangin pak, pakai timbangan sendiri"),
])
def test_an_answer_in_other_affixes_is_relayed(asked, question, typed):
    asked["verifier"].says(f"TUNDA LPR-1 {question}")
    reply = asked["citizen"].says(typed)
    assert "JAWAB" not in reply and "sudah kami teruskan" in reply, reply
    assert answers(asked["verifier"])


@pytest.mark.parametrize("typed", [
    "lampu jalan di jl merdeka mati semua sejak minggu lalu gelap banget",
    "pak jalan di depan sd negeri 3 berlubang besar, kemarin ada motor jatuh",
])
def test_another_matter_is_still_offered_as_a_report(asked, typed):
    asked["verifier"].says("TUNDA LPR-1 siapa yang membagikan berasnya pak?")
    reply = asked["citizen"].says(typed)
    assert "JAWAB" in reply and not answers(asked["verifier"]), reply


@pytest.mark.parametrize("question,typed", [
    ("siapa yang membuang sampahnya pak?", "orang kampung sebelah pak yg buangin tiap malem"),
    ("Siapa yang membakar sampahnya?", "tukang parkir pasar nya pak yg bakarin tiap sore"),
    ("siapa yang menumpuk sampah disitu?", "pedagang pasarnya yg numpukin, pakai gerobak"),
])
def test_an_answer_to_an_officers_question_in_other_affixes_is_relayed(people, question, typed):
    from tests.parties import filed_and_forwarded

    filed_and_forwarded(people, photo=False)
    people["dlh1"].says(f"INFO LPR-1 {question}")
    reply = people["citizen"].says(typed)
    assert "JAWAB" not in reply and "sudah kami teruskan" in reply, reply
    assert answers(people["dlh1"])


# Words that only look alike once a made-up stem is cut out of them ("se-lamat", "a-lamat"; "ka-tanya"; "be-rangkat",
# "pe-rangkat"; "di-pe-gang"; "be-ruang"; "di-be-rikan", "di-di-rikan"; "a-narki", "di-be-narkan"): no shared root
UNRELATED = [
    ("selamat", "alamat"), ("katanya", "tanya"), ("katanya", "pertanyaan"), ("berangkat", "perangkat"),
    ("dipegang", "gang"), ("beruang", "ruangan"), ("diberikan", "didirikan"), ("anarki", "dibenarkan"),
    ("dirantai", "berantakan"), ("abang", "bangku"), ("Selamat", "alamatnya"),
]
# ... and words that do share one, in affixes of standard and spoken Indonesian
RELATED = [
    ("bakarin", "membakar"), ("bagiin", "membagikan"), ("ngebagiin", "dibagikan"), ("motongin", "memotong"),
    ("ngurangin", "dikurangi"), ("nimbangin", "menimbang"), ("numpukin", "menumpuk"), ("dipegang", "pegangan"),
    ("pertanyaan", "ditanyakan"), ("buangin", "membuang"),
]


@pytest.mark.parametrize("one,other", UNRELATED)
def test_words_alike_only_by_a_made_up_stem_share_nothing(one, other):
    from bot.conversation.understanding import words_against

    assert words_against(one, other)[0] == 0
    assert words_against(other, one)[0] == 0


@pytest.mark.parametrize("one,other", RELATED)
def test_words_of_one_root_in_other_affixes_are_shared(one, other):
    from bot.conversation.understanding import words_against

    assert words_against(one, other)[0] == 1
    assert words_against(other, one)[0] == 1


def test_village_officials_share_nothing_with_officers_setting_off():
    from bot.conversation.understanding import words_against

    shared, _ = words_against("perangkat desa minta uang rokok", "Petugas berangkat besok pagi ke lokasi")
    assert shared == 0


ADDRESS = "Mohon info alamat kantor Dinas Sosial yang baru, kami mau urus bantuan tapi tidak tahu tempatnya"
LAMP = "Lampu jalan di depan masjid mati sudah seminggu, gelap kalau malam"


@pytest.mark.parametrize("typed", [
    "selamat pagi, laporan saya dibatalkan saja",
    "Selamat siang pak, laporan sy dibatalin aja ya",
    "slamat sore min, laporan saya tolong dibatalkan saja",
    "abang, laporan saya dicabut aja",
])
def test_a_greeting_alike_a_complaints_word_does_not_pick_it_to_withdraw(people, typed):
    """"selamat pagi, laporan saya dibatalkan saja" with an office's address asked ("alamat") and a lamp open: which
    one is asked, not the address's withdrawn."""
    file(people["citizen"], description=ADDRESS, photo=False)
    file(people["citizen"], description=LAMP, photo=False)
    reply = people["citizen"].says(typed)
    assert "Laporan mana yang ingin dibatalkan?" in reply and "pembatalan LPR" not in reply, reply


def test_a_word_of_the_complaint_still_picks_it_to_withdraw(people):
    file(people["citizen"], description=ADDRESS, photo=False)
    file(people["citizen"], description=LAMP, photo=False)
    reply = people["citizen"].says("selamat pagi, yg alamat kantor dinsos dibatalkan saja")
    assert "Permintaan pembatalan LPR-1 sudah kami teruskan" in reply, reply
