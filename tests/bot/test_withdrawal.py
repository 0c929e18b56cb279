"""A citizen who wants their complaint withdrawn ("laporan saya dibatalkan saja, sudah beres") is understood: the
wish goes to whoever handles the complaint (its officers, or the verifiers before it is forwarded), who close it
(only a person closes or archives a complaint, with a reason), and the ladders chase nobody for it after that."""

from __future__ import annotations

import pytest

from models.vocab import Purpose
from tests.parties import ROAD, file, filed_and_forwarded, make_people


@pytest.fixture
def people(world):
    return make_people(world)


def received(person, purpose: Purpose) -> list[str]:
    return [m.body for m in person.inbox() if m.purpose == purpose]


def staff_notices(person) -> list[str]:
    return received(person, Purpose.EVIDENCE)


@pytest.mark.parametrize("typed", [
    "pak laporan saya LPR-1 dibatalkan saja, sampahnya sudah diangkut",
    "batalkan laporan LPR-1",
    "Cabut aduan saya ya min, sudah beres",
    "gak usah dilanjutkan pak, sudah dibersihkan warga",
    "laporan yg kemarin ga usah diproses lagi",
    "lpr 1 batalin aja",
    "Laporan saya tolong ditarik saja",
    "mohon maaf pak, laporan sy yg kemarin dicabut aja",
    "yg kemarin dicabut aja pak",
    "sy minta dicabut aja laporannya",
    "hapus laporan saya",  # "hapus" (delete) got the menu, and was relayed as the answer to an officer's question
    "tolong dihapus aja aduan sy pak",
    "Laporannya dihapusin aja min",
    # the complaint not named: with one open, a withdrawal verb and small words after it mean it
    "udh diperbaiki sendiri sm warga, cabut aja",
    "Dicabut aja pak 🙏",
    "tolong dibatalin ya min",
    "gausah dilanjut pak, udah beres",
    # its reason after it (small words only were read: it was offered as a new complaint)
    "cabut aja, udh diangkut",
    "dicabut aja pak soalnya sudah dibersihkan warga",
    "tolong dibatalin ya min krn udh beres",
])
def test_a_wish_to_withdraw_reaches_the_officers_with_how_to_close_it(people, typed):
    filed_and_forwarded(people, photo=False)
    reply = people["citizen"].says(typed)
    assert "Permintaan pembatalan LPR-1 sudah kami teruskan" in reply and "laporan baru" not in reply.lower()
    [notice] = staff_notices(people["dlh1"])
    assert notice.startswith("Pelapor LPR-1") and "meminta laporannya dibatalkan" in notice
    assert "SELESAI LPR-1" in notice


def test_before_it_is_forwarded_the_verifiers_are_asked_to_archive_it(people):
    file(people["citizen"], photo=False)
    reply = people["citizen"].says("mohon laporan saya dicabut saja, masalahnya sudah selesai")
    assert "Permintaan pembatalan LPR-1 sudah kami teruskan" in reply
    [notice] = staff_notices(people["verifier"])
    assert "meminta laporannya dibatalkan" in notice and "ARSIPKAN LPR-1" in notice


@pytest.mark.parametrize("typed", ["kenapa laporan saya dibatalkan?", "jangan dibatalkan pak laporan saya",
                                   "laporan saya kok tidak diproses", "kenapa laporan saya dihapus?",
                                   "nama ibu saya dihapus dari data bansos, padahal masih layak"])
def test_a_question_or_a_refusal_is_no_wish_to_withdraw(people, typed):
    filed_and_forwarded(people, photo=False)
    assert "Permintaan pembatalan" not in people["citizen"].says(typed)
    assert staff_notices(people["dlh1"]) == []


def test_with_nothing_open_the_citizen_is_told_so(people):
    reply = people["citizen"].says("batalkan laporan saya")
    assert "Permintaan pembatalan" not in reply and "STATUS" in reply


@pytest.mark.parametrize("typed", ["ga jadi lapor pak", "batal", "gak jadi deh"])
def test_a_bare_change_of_mind_after_filing_says_how_to_withdraw(people, typed):
    """With no draft, "ga jadi lapor" got "Tidak ada pengisian yang sedang berjalan" only: the filed complaint the
    citizen may mean is named, with what to type to withdraw it (nothing is withdrawn on a word this bare)."""
    filed_and_forwarded(people, photo=False)
    reply = people["citizen"].says(typed)
    assert "BATALKAN LPR-1" in reply and "Permintaan pembatalan" not in reply
    assert staff_notices(people["dlh1"]) == []


@pytest.mark.parametrize("typed", ["udah dibenerin sendiri pak", "sdh dibersihkan warga kemarin",
                                   "ga jadi lapor, udh diangkut sendiri sm warga"])
def test_saying_the_problem_was_fixed_meanwhile_says_how_to_withdraw_or_withdraws(people, typed):
    """"udah dibenerin sendiri pak" got the status and "Pesan Anda belum kami teruskan": it says how to withdraw;
    after a change of mind ("ga jadi lapor, …") the wish goes on with its reason."""
    filed_and_forwarded(people, photo=False)
    reply = people["citizen"].says(typed)
    assert "BATALKAN LPR-1" in reply or "Permintaan pembatalan LPR-1 sudah kami teruskan" in reply
    assert "laporan baru" not in reply.lower()


@pytest.mark.parametrize("typed", [
    "cabut dulu ya pak", "kabelnya dicabut warga",
    # a thing of the story is what is to be removed, not the complaint ("baliho itu dicabut aja" withdrew it)
    "baliho itu dicabut aja", "tolong spanduk liar di depan sekolah dicabut saja pak",
    "izin karaoke itu dicabut aja pak, berisik tiap malam", "papan reklame liar dicabut saja",
    "baliho yg sy laporkan kemarin dicabut aja min", "Kabel Itu Dicabut Aja 🙏", "pohonnya ditebang, bannernya dicabut",
    "tolong cabut izin karaoke itu pak",
])
def test_leaving_or_a_story_is_no_wish_to_withdraw(people, typed):
    filed_and_forwarded(people, photo=False)
    assert "Permintaan pembatalan" not in people["citizen"].says(typed)
    assert staff_notices(people["dlh1"]) == []


@pytest.mark.parametrize("typed", ["lokasinya salah pak, yg bener jl diponegoro no 45",
                                   "Salah alamat min 🙏 yg benar di gg mawar 3 desa tlanakan"])
def test_a_correction_of_the_place_reaches_the_officers_as_an_addition(people, typed):
    """Not a withdrawal but the other change a citizen makes after filing: it was offered as a new complaint."""
    filed_and_forwarded(people, photo=False)
    reply = people["citizen"].says(typed)
    assert "tambahan Anda sudah kami lampirkan pada LPR-1" in reply and "laporan baru" not in reply.lower()
    [notice] = staff_notices(people["dlh1"])
    assert typed in notice


@pytest.mark.parametrize("typed", ["yg sampah dicabut aja pak", "yg sampah cabut aja, udh diangkut",
                                   "batalkan yg sampah pak", "sampahnya dicabut aja laporannya, udah diangkut",
                                   "yg no 1 batalin aja"])
def test_with_two_open_the_words_say_which_to_withdraw(people, typed):
    """"yg sampah dicabut aja" with a rubbish and a road complaint open asked which one."""
    filed_and_forwarded(people, photo=False)
    file(people["citizen"], description=ROAD, photo=False)
    reply = people["citizen"].says(typed)
    assert "Permintaan pembatalan LPR-1 sudah kami teruskan" in reply


def answers_to(person) -> list[str]:
    return received(person, Purpose.ANSWER)


@pytest.mark.parametrize("typed", [
    "cabut aja laporan saya pak, udah saya tambal sendiri",
    "laporan saya dibatalkan saja pak, sampahnya sudah diangkut warga",
    "Dicabut aja pak 🙏 udah beres",
    "lpr 1 batalin aja",
    "mohon maaf pak laporan sy yg kemarin ditarik saja",
])
def test_a_wish_to_withdraw_while_an_officer_asks_is_asked_then_passed_on(people, typed):
    """Found by hand: "cabut aja laporan saya pak, udah saya tambal sendiri" with an officer's INFO question open
    was relayed to the officer as the answer, the complaint left open: the wish is asked (YA) and then passed on."""
    filed_and_forwarded(people, photo=False)
    people["dlh1"].says("INFO LPR-1 Di sisi mana tepatnya tumpukan sampahnya?")
    reply = people["citizen"].says(typed)
    assert "Batalkan laporan LPR-1" in reply and "YA" in reply, reply
    assert answers_to(people["dlh1"]) == [] and staff_notices(people["dlh1"]) == []
    reply = people["citizen"].says("iya pak")
    assert "Permintaan pembatalan LPR-1 sudah kami teruskan" in reply, reply
    [notice] = staff_notices(people["dlh1"])
    assert "meminta laporannya dibatalkan" in notice and typed in notice


@pytest.mark.parametrize("typed", ["di depan pasar pak, sebelah kabel yang dicabut PLN",
                                   "sudah saya tarik ke pinggir pak sampahnya",
                                   "jangan dibatalkan pak, sampahnya masih ada di depan pasar"])
def test_an_answer_with_a_word_of_withdrawing_is_still_the_answer(people, typed):
    filed_and_forwarded(people, photo=False)
    people["dlh1"].says("INFO LPR-1 Di sisi mana tepatnya tumpukan sampahnya?")
    people["citizen"].says(typed)
    assert len(answers_to(people["dlh1"])) == 1 and staff_notices(people["dlh1"]) == []


def test_an_answer_after_the_withdrawal_is_asked_is_the_answer(people):
    filed_and_forwarded(people, photo=False)
    people["dlh1"].says("INFO LPR-1 Di sisi mana tepatnya tumpukan sampahnya?")
    people["citizen"].says("cabut aja pak")
    people["citizen"].says("eh maaf, sampahnya di sisi utara pasar pak")
    [answer] = answers_to(people["dlh1"])
    assert "sisi utara" in answer and staff_notices(people["dlh1"]) == []


@pytest.mark.parametrize("typed", ["tidak pak", "gak jadi", "jangan dulu pak"])
def test_a_no_to_the_withdrawal_asked_keeps_it_and_relays_nothing(people, typed):
    """Found by hand: "tidak pak" after «Batalkan laporan LPR-1?» was relayed to the officer as the answer."""
    filed_and_forwarded(people, photo=False)
    people["dlh1"].says("INFO LPR-1 Di sisi mana tepatnya tumpukan sampahnya?")
    people["citizen"].says("cabut aja pak")
    reply = people["citizen"].says(typed)
    assert "tidak kami batalkan" in reply and "LPR-1" in reply, reply
    assert answers_to(people["dlh1"]) == [] and staff_notices(people["dlh1"]) == []


@pytest.mark.parametrize("typed", [
    "udah beres sendiri pak, gausah", "udh dibenerin warga, ga usah", "sdh beres pak gk usah lg",
    "udah beres kok pak, gpp ga usah", "udah diangkut warga, gak perlu lagi pak",
    "wis beres dewe pak, ra usah",  # Javanese
    "tos beres nyalira, teu kedah",  # Sundanese
])
def test_fixed_meanwhile_with_a_bare_no_need_says_how_to_withdraw(people, typed):
    """Found playing a returning citizen: "udah beres sendiri pak, gausah" (fixed, "no need") got the whole menu;
    "gausah dilanjut pak, udah beres" was understood."""
    filed_and_forwarded(people, photo=False)
    reply = people["citizen"].says(typed)
    assert "BATALKAN LPR-1" in reply or "Permintaan pembatalan LPR-1 sudah kami teruskan" in reply, reply
    assert "Balas dengan angka" not in reply


@pytest.mark.parametrize("typed", ["gausah pak", "ga usah repot2 pak", "belum beres pak, gausah ditutup dulu"])
def test_a_no_need_without_the_problem_fixed_withdraws_nothing(people, typed):
    filed_and_forwarded(people, photo=False)
    reply = people["citizen"].says(typed)
    assert "Permintaan pembatalan" not in reply and "BATALKAN LPR-1" not in reply, reply
