"""After a complaint is archived: the citizen who objects ("loh kok diarsipkan pak? …") sees why and may send it
again with what they add; a question naming it in words ("yg sampah gmn") shows that one, not another still open."""

from __future__ import annotations

import pytest

from models.vocab import Purpose
from tests.parties import ROAD, deliver, file, filed_and_forwarded, make_people, walked_once


@pytest.fixture
def people(world):
    return make_people(world)


@walked_once
def waste_archived_road_open(people: dict) -> None:
    """LPR-1 (rubbish) archived as too general, its notice delivered; LPR-2 (road) filed after it, still open."""
    file(people["citizen"], photo=False)
    people["verifier"].says("ARSIPKAN LPR-1 laporan terlalu umum, mohon sebutkan lokasi persisnya")
    deliver(people["citizen"].app)
    file(people["citizen"], description=ROAD, photo=False)


@pytest.mark.parametrize("typed", ["loh kok diarsipkan pak? lokasinya jelas kok di depan pasar",
                                   "sy keberatan laporan sy ditolak",
                                   "KENAPA LAPORAN SAYA DITOLAK??? 😡",
                                   "lpr 1 kok ditolak, kan sudah jelas",
                                   # asked what it means (found by hand: the list of complaints, no reason, until
                                   # asked again)
                                   "kok laporan saya diarsipkan? maksudnya apa",
                                   "laporan sy diarsip itu artinya gmn ya pak",
                                   "knp laporan saya di arsipkan",
                                   "Diarsipkan itu maksudnya gimana min?",
                                   # an objection naming no archiving (found by hand: offered as a new complaint)
                                   "saya ga terima, itu sampah pasar bukan sampah warga",
                                   "gk setuju pak", "SAYA PROTES, SAMPAHNYA MASIH ADA"])
def test_an_objection_to_an_archived_complaint_shows_why_and_offers_to_send_it_again(people, typed):
    """It was offered as a new complaint, or as an addition to the road complaint still open."""
    waste_archived_road_open(people)
    reply = people["citizen"].says(typed)
    assert "laporan terlalu umum" in reply and "LPR-1 sudah diarsipkan" in reply and "balas YA" in reply
    assert "TAMBAHAN" not in reply
    people["citizen"].says("YA")
    assert people["citizen"].state() != "idle"  # filing the story again, with the objection added
    assert "Srimangunan" in people["citizen"].draft()["description"]
    assert typed in people["citizen"].draft()["description"]


@pytest.mark.parametrize(("then", "joined"), [
    ("lampu jalan di gang mawar mati sudah 2 minggu pak", False),
    ("PAK AIR PDAM DI RUMAH SAYA TIDAK MENGALIR SEJAK KEMARIN", False),
    # near misses: more of the archived story joins it, to send it again
    ("sampahnya persis di depan pasar, sebelah tps", True),
])
def test_another_problem_told_after_the_archived_offer_is_not_joined_to_it(people, then, joined):
    """Found by hand: "pak laporan sy knp ditolak" (the archived complaint shown, YA offered) then "sampah di tps
    pasar …" while it was about a road: the road's story, the question and the rubbish were offered as one, and
    sent to DLH as one complaint."""
    waste_archived_road_open(people)
    people["citizen"].says("kok laporan saya ditolak pak?")
    reply = people["citizen"].says(then)
    assert ("Srimangunan" in reply) is joined and ("ditolak" in reply) is joined, reply


def test_a_question_naming_the_archived_one_in_words_shows_it(people):
    waste_archived_road_open(people)
    reply = people["citizen"].says("yg sampah gmn")
    assert reply.startswith("LPR-1") and "diarsipkan" in reply and "TAMBAHAN" not in reply


def test_an_objection_while_a_question_waits_goes_to_the_archived_complaint(people):
    """Found by hand: with PUPR's question open about the road, "saya ga terima, itu sampah pasar bukan sampah
    warga" about the archived rubbish complaint was offered as a new report; a promise to answer is no answer."""
    waste_archived_road_open(people)
    people["verifier"].says("TERUSKAN LPR-2 PUPR")
    people["pupr"].says("INFO LPR-2 Berapa lebar lubangnya?")
    deliver(people["citizen"].app)
    reply = people["citizen"].says("saya ga terima, itu sampah pasar bukan sampah warga")
    assert "LPR-1 sudah diarsipkan" in reply and "JAWAB" not in reply, reply
    assert not any("ga terima" in (m.body or "") for m in people["pupr"].inbox())


@pytest.mark.parametrize("typed", ["pengajuan bansos ibu saya ditolak terus di kantor desa, padahal sudah lengkap",
                                   "saya ga terima bansos udah 3 bulan pak"])  # "terima": received
def test_a_refusal_told_as_a_story_is_no_objection(people, typed):
    waste_archived_road_open(people)
    reply = people["citizen"].says(typed)
    waste_archived_road_open(people)
    reply = people["citizen"].says("pengajuan bansos ibu saya ditolak terus di kantor desa, padahal sudah lengkap")
    assert "LPR-1 sudah diarsipkan" not in reply
    assert not [m for m in people["verifier"].inbox() if m.purpose == Purpose.EVIDENCE]


@walked_once
def finished_then_closed_unrated(people: dict) -> None:
    """LPR-1 answered by DLH, its rating question delivered and never answered, then closed for good."""
    from scheduler.jobs import close_finished

    filed_and_forwarded(people, photo=False)
    people["dlh1"].says("SELESAI LPR-1 sampah sudah diangkut semua")
    svc = people["citizen"].app.extensions["penghubung"]
    close_finished(svc, svc.clock.advance(days=16))
    deliver(people["citizen"].app)


@pytest.mark.parametrize(("typed", "score"), [
    ("4", 4), ("5 pak", 5), ("4 bintang deh", 4), ("⭐⭐⭐⭐⭐", 5), ("nilai 3 aja", 3), ("puas pak", 4),
    ("lima", 5), ("mantap pak sampahnya udah bersih", 4), ("sudah beres pak, makasih", 4),
    ("bintang 2, lama banget", 2), ("kurang memuaskan", 2),
])
def test_a_rating_after_the_complaint_was_closed_unrated_is_its_rating(people, typed, score):
    """Found by hand: a late "4" after "Laporan LPR-1 kami tutup …" got the menu (and "mantap pak, udah bersih" was
    kept as a new story's first bubble): the rating is taken, the complaint stays closed."""
    finished_then_closed_unrated(people)
    reply = people["citizen"].says(typed)
    [complaint] = people["citizen"].complaints()
    assert complaint.rating == score and complaint.closed_at is not None and complaint.status == "selesai", reply
    assert "LPR-1" in reply and "Balas dengan angka" not in reply
    assert ("ketik 1" in reply.lower()) == (score <= 2), reply  # a low one: how to report it again


@pytest.mark.parametrize("typed", ["1", "2", "ok", "makasih pak"])
def test_the_menu_and_thanks_after_a_closed_complaint_stay_as_they_were(people, typed):
    finished_then_closed_unrated(people)
    people["citizen"].says(typed)
    assert people["citizen"].complaints()[0].rating is None


@walked_once
def finished_and_rated(people: dict) -> None:
    """LPR-1 answered by DLH, rated 5 with no comment (closed for good), three days ago."""
    filed_and_forwarded(people, photo=False)
    people["dlh1"].says("SELESAI LPR-1 sampah sudah diangkut semua")
    deliver(people["citizen"].app)
    people["citizen"].says("5")
    people["citizen"].says("LEWATI")
    people["citizen"].app.extensions["penghubung"].clock.advance(days=3)


@pytest.mark.parametrize("typed,welcomed", [
    ("makasih pak sampahnya sudah diangkut", True), ("matur suwun sanget pak, sampahe wis resik", True),
    ("alhamdulillah sudah bersih, makasih banyak pak", True), ("hatur nuhun, tos dibereskeun", True),
    ("sampahnya sudah bersih skrg, terima kasih pak 🙏", True),
    # near misses: thanks, then the problem back
    ("makasih pak tapi sampahnya numpuk lagi", False), ("terima kasih, tapi TPS pasar penuh lagi sekarang", False)])
def test_thanks_for_work_done_after_the_rating_is_welcomed_not_offered_as_a_complaint(people, typed, welcomed):
    """Found by hand: "matur suwun sanget pak, dalane wis apik" days after a rated complaint was offered as a new
    complaint ("makasih pak sudah dibenerin" got the menu)."""
    finished_and_rated(people)
    reply = people["citizen"].says(typed)
    assert ("Sama-sama" in reply) is welcomed, reply
    assert ("Balas YA" in reply or "Balas dengan angka" in reply) is not welcomed, reply  # offered anew, or the menu


@pytest.mark.parametrize("typed,again", [
    # short, in regional words (found by hand: "lampune mati maneh pak" was kept as a story's first bubble, "ketik 1")
    ("sampahe numpuk maneh pak", True), ("sampahna numpuk deui kang", True), ("SAMPAH NUMPUK LAGI", True),
    ("sampahnya kmbali numpuk pak", True),
    ("lampu jalan mati lagi pak", False),  # near miss: not the rubbish complaint's thing
])
def test_a_short_message_of_the_closed_problem_back_is_offered_anew_at_once(people, typed, again):
    finished_and_rated(people)
    reply = people["citizen"].says(typed)
    assert ("LPR-1" in reply and "ditutup" in reply) is again, reply


@pytest.mark.parametrize("typed", ["sampahnya numpuk lagi pak di TPS pasar, baunya kemana2",
                                   "TPS pasar penuh sampah lagi, blm diangkut 3 hari"])
def test_the_same_problem_again_after_the_complaint_was_closed_is_filed_anew_with_its_place(people, typed):
    """Found by hand: "gotnya mampet lagi pak" after LPR-1 was closed with no reaction was offered as any story: the
    place was asked again from nothing, and nothing told the verifier it came back."""
    finished_then_closed_unrated(people)
    reply = people["citizen"].says(typed)
    assert "LPR-1" in reply and "ditutup" in reply and "YA" in reply, reply
    people["citizen"].says("YA")
    people["citizen"].says("1")
    assert people["citizen"].draft()["place_before"] == "Pasar Srimangunan, Kec. Sampang"
    assert "LPR-1" in people["citizen"].draft()["description"]
