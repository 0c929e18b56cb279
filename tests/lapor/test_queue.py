"""The staff queue (lapor.queue): who sees what, in which order, with which deadline, filtered, searched and paged."""

from __future__ import annotations

from datetime import date, timedelta
from types import SimpleNamespace

import pytest
from sqlalchemy import select, text

from lapor import dispositions
from lapor.queue import QueueFilters, parse_filters, queue, search_condition
from models import Complaint
from tests import page_factories as make


@pytest.fixture
def cast(session, svc, clock):
    """DLH and PUPR with an officer and a head, a verifier, a supervisor."""
    dlh, pupr = make.agency(session, "DLH"), make.agency(session, "PUPR")
    people = {"dlh": make.staff(session, "officer", dlh, "Dewi"), "head": make.staff(session, "head", dlh, "Yusuf"),
              "pupr": make.staff(session, "officer", pupr, "Budi"),
              "verifier": make.staff(session, "verifier", None, "Rina"),
              "supervisor": make.staff(session, "supervisor", None, "Sekda")}
    return dlh, pupr, people


def numbers(page) -> list[int]:
    return [item.complaint.number for item in page.items]


def test_verifiers_see_new_complaints_oldest_first_with_working_days_left(session, svc, clock, cast):
    _, _, people = cast
    now = clock.now
    older = make.complaint(session, now - timedelta(days=7))  # Monday a week ago: 3 working days have passed
    newer = make.complaint(session, now - timedelta(hours=1))
    page = queue(session, people["verifier"], QueueFilters(), now, svc.region)
    assert numbers(page) == [older.number, newer.number]
    first, second = page.items
    assert first.overdue and first.days_left < 0, "filed a week ago: past the 3-working-day verification"
    assert not second.overdue and 2.5 < second.days_left <= 3
    assert [item.reason for item in page.items] == ["baru", "baru"]


def test_a_dispositioned_complaint_leaves_the_verifier_queue_and_reaches_the_agency_only(session, svc, clock, cast):
    dlh, _, people = cast
    complaint = make.complaint(session, clock.now)
    make.assign(session, complaint, [dlh], people["verifier"], clock.now, svc.region)
    assert numbers(queue(session, people["verifier"], QueueFilters(), clock.now, svc.region)) == []
    mine = queue(session, people["dlh"], QueueFilters(), clock.now, svc.region)
    assert numbers(mine) == [complaint.number] and mine.items[0].reason == "disposisi"
    assert mine.items[0].due_at == complaint.dispositions[0].due_at and 13 < mine.items[0].days_left <= 14
    assert numbers(queue(session, people["head"], QueueFilters(), clock.now, svc.region)) == [complaint.number]
    assert numbers(queue(session, people["pupr"], QueueFilters(), clock.now, svc.region)) == []
    assert numbers(queue(session, people["pupr"], QueueFilters(view="semua"), clock.now, svc.region)) == []


def test_officers_see_their_soonest_deadline_first(session, svc, clock, cast):
    dlh, _, people = cast
    long_one = make.complaint(session, clock.now, kind="pengaduan")  # 14 working days
    short_one = make.complaint(session, clock.now, kind="informasi")  # 5 working days
    for complaint in (long_one, short_one):
        make.assign(session, complaint, [dlh], people["verifier"], clock.now, svc.region)
    assert numbers(queue(session, people["dlh"], QueueFilters(), clock.now, svc.region)) == [
        short_one.number, long_one.number]
    later = clock.now + timedelta(days=10)
    late = queue(session, people["dlh"], QueueFilters(overdue=True), later, svc.region)
    assert numbers(late) == [short_one.number] and late.items[0].overdue


def test_a_returned_complaint_comes_back_to_the_verifier_marked(session, svc, clock, cast):
    dlh, _, people = cast
    complaint = make.complaint(session, clock.now)
    [made] = make.assign(session, complaint, [dlh], people["verifier"], clock.now, svc.region)
    dispositions.return_disposition(session, made, people["dlh"], "Bukan kewenangan kami", clock.now, svc.region)
    page = queue(session, people["verifier"], QueueFilters(), clock.now, svc.region)
    assert numbers(page) == [complaint.number] and page.items[0].reason == "dikembalikan"
    assert numbers(queue(session, people["dlh"], QueueFilters(), clock.now, svc.region)) == []


def test_answers_to_questions_are_flagged_for_whoever_asked(session, svc, clock, cast):
    dlh, _, people = cast
    asked_by_verifier = make.complaint(session, clock.now)
    question = dispositions.ask_citizen(session, asked_by_verifier, people["verifier"], "Di RT berapa?", clock.now)
    assert numbers(queue(session, people["verifier"], QueueFilters(), clock.now, svc.region)) == [], "waiting"
    dispositions.answer_question(session, question, "RT 03", clock.now, svc.region)
    page = queue(session, people["verifier"], QueueFilters(), clock.now, svc.region)
    assert page.items[0].reason == "dijawab"

    asked_by_officer = make.complaint(session, clock.now)
    [made] = make.assign(session, asked_by_officer, [dlh], people["verifier"], clock.now, svc.region)
    info = dispositions.ask_citizen(session, asked_by_officer, people["dlh"], "Foto lagi?", clock.now, made)
    assert queue(session, people["dlh"], QueueFilters(), clock.now, svc.region).items[0].reason == "tertunda"
    dispositions.answer_question(session, info, "Sudah saya kirim", clock.advance(minutes=5), svc.region)
    assert queue(session, people["dlh"], QueueFilters(), clock.now, svc.region).items[0].reason == "dijawab"
    dispositions.follow_up(session, made, people["dlh"], "Petugas meluncur", clock.advance(minutes=5), svc.region,
                           final=False)
    assert queue(session, people["dlh"], QueueFilters(), clock.now, svc.region).items[0].reason == "disposisi"


@pytest.mark.parametrize("typed", ["LPR-{n}", "lpr {n}", "#{n}", "{n}", "nomor {n}", "No. {n}", "laporan {n}",
                                   "no lpr {n}", "lapor {n}", "LAPOR {n}", "Lapor no. {n}", "lapor-{n}", "lapor #{n}"])
def test_search_finds_a_complaint_by_its_reference(session, svc, clock, cast, typed):
    """The box says «Cari (nomor, …)»: 'nomor 2' searched the words 'nomor' and '2' and found nothing; 'lapor 3' (LPR
    read aloud) found LPR-4 by its words."""
    _, _, people = cast
    wanted = make.complaint(session, clock.now)
    make.complaint(session, clock.now)
    page = queue(session, people["supervisor"], QueueFilters(view="semua", q=typed.format(n=wanted.number)),
                 clock.now, svc.region)
    assert numbers(page) == [wanted.number]


@pytest.mark.parametrize("typed", ["LPR-{a}, LPR-{b}", "LPR-{a} LPR-{b}", "#{a} #{b}", "lpr {a} dan {b}",
                                   "LPR-{a}/LPR-{b}"])
def test_search_finds_several_references_pasted_from_a_message(session, svc, clock, cast, typed):
    """'tolong cek LPR-12, LPR-15' from the head's WhatsApp, pasted into the box, found nothing at all."""
    _, _, people = cast
    first, _, second = (make.complaint(session, clock.now) for _ in range(3))
    filters = QueueFilters(view="semua", q=typed.format(a=first.number, b=second.number))
    assert sorted(numbers(queue(session, people["supervisor"], filters, clock.now, svc.region))) == [
        first.number, second.number]


@pytest.mark.parametrize(("typed", "numbers_read"), [
    ("lapor 3", [3]), ("LAPOR3", [3]), ("lapor no 3", [3]), ("lapor 3, 4", [3, 4]),
    ("lapor 3 hari", []), ("pelapor 3", []), ("lapor", []), ("lapor jalan 3", []),
])
def test_lapor_read_aloud_before_a_number_is_a_reference_in_the_search(typed, numbers_read):
    """'lapor 3' found LPR-4 by its words (a story about a report): staff say LPR as 'lapor'."""
    from lapor.queue import searched_references

    assert searched_references(typed) == numbers_read


@pytest.mark.parametrize(("typed", "numbers_read"), [
    ("LPR-12, 15", [12, 15]), ("lpr 3; lpr 4.", [3, 4]),
    ("0812-3456-7890", []), ("+62 812 3456 7890", []), ("12 rt 3", []), ("LPR-1, sampah", []), ("LPR-12 15", []),
])
def test_only_a_list_of_references_is_read_as_one(typed, numbers_read):
    from lapor.references import several_references

    assert several_references(typed) == numbers_read


SITI = "+6281234567890"


@pytest.mark.parametrize(("typed", "number"), [
    ("0812-3456-7890", SITI), ("0812 3456 7890", SITI), ("+62 812-3456-7890", SITI), ("(0812) 3456-7890", SITI),
    ("62-812-3456-7890", SITI), ("0812–3456–7890", SITI), ("0812.3456.7890", SITI), (" 081234567890 ", SITI),
    # a number copied as WhatsApp or a phone hands it over: a chat link, a Twilio address, a dial link
    ("https://wa.me/6281234567890", SITI), ("wa.me/6281234567890?text=Halo", SITI),
    ("https://api.whatsapp.com/send?phone=6281234567890", SITI),
    ("api.whatsapp.com/send/?phone=6281234567890&text=halo&type=phone_number", SITI),
    ("whatsapp:+6281234567890", SITI), ("WhatsApp:+62 812 3456 7890", SITI), ("tel:+62-812-3456-7890", SITI),
    ("08123456789O", None), ("Siti 0812-3456-7890", None), ("LPR-12345678", None), ("12 rt 3 rw 4", None),
    ("https://maps.google.com/?q=-7.123456,113.123456", None), ("wa.me/", None),
])
def test_a_number_is_read_in_the_forms_staff_paste_it(typed, number):
    """A verifier pasting a reporter's WhatsApp link (wa.me/62…) into the search found nothing."""
    from lapor.queue import _phone

    assert _phone(typed) == number


def test_search_matches_every_word_in_title_text_or_place_ignoring_case(session, svc, clock, cast):
    _, _, people = cast
    road = make.complaint(session, clock.now, description="Jalan berlubang besar dekat jembatan, motor sering jatuh",
                          place="Desa Banyuanyar")
    make.complaint(session, clock.now, description="Sampah menumpuk di pasar dan baunya menyengat sekali",
                   place="Desa Banyuanyar")
    found = lambda q: numbers(queue(session, people["verifier"], QueueFilters(view="semua", q=q), clock.now,  # noqa: E731
                                    svc.region))
    assert found("BERLUBANG banyuanyar") == [road.number]
    assert len(found("banyuanyar")) == 2
    assert found("berlubang pasar") == []
    assert found("100%_") == [], "LIKE wildcards are text, not patterns"


@pytest.mark.parametrize(("story", "typed", "found"), [
    # a road as citizens write it, searched as staff type it, and the other way round
    ("Jln. Merdeka rusak parah, banyak lubang", "jalan merdeka", True),
    ("jl raya sumenep berlubang", "Jalan Raya", True),
    ("Jalan Trunojoyo berlubang dalam", "jln trunojoyo", True),
    ("gg. melati banjir tiap hujan", "gang melati", True),
    ("Jalan Merdeka no 5 aspal mengelupas", "JLN. MERDEKA", True),
    ("jalan merdeka aspal mengelupas", "jl.merdeka", True),
    ("Gang Melati banjir tiap hujan", "gg.melati", True),
    # traffic lights and traffic
    ("lampu lalin di perempatan mati", "lampu lalu lintas", True),
    ("Lampu lalu lintas perempatan pasar mati", "lampu lalin", True),
    ("LAMPU MERAH PEREMPATAN MATI SEJAK PAGI", "lampu lalin", True),
    ("lalu lintas macet tiap pagi depan sekolah", "lalin", True),
    # drains
    ("got depan rumah mampet, bau", "saluran", True),
    ("saluran air meluap ke jalan", "got", True),
    ("selokannya buntu penuh sampah", "got", True),
    ("gorong-gorong ambrol", "saluran", True),
    # street lights
    ("PJU mati sebulan, gelap", "lampu jalan", True),
    ("lampu jalan padam semua", "pju", True),
    # near misses: a form inside another word, a phrase's words apart, another group
    ("kerja bakti gotong royong tiap minggu", "saluran", False),
    ("kerja bakti gotong royong tiap minggu", "got", False),
    ("air sungai tinggi semata kaki", "gg", False),
    ("warga lalu lintasi rel kereta tanpa palang", "lalin", False),
    ("lampu jalan mati", "lampu lalin", False),
    ("pju mati", "jalan", False),
])
def test_search_reads_the_words_citizens_use_for_the_same_thing(session, svc, clock, cast, story, typed, found):
    """Staff search the way citizens type: 'jln' for 'jalan', 'lampu lalin' for 'lampu lalu lintas', 'got' for
    'saluran', 'pju' for 'lampu jalan' found nothing; a short form is a word, never part of one ('got' in
    'gotong royong', 'gg' in 'tinggi')."""
    _, _, people = cast
    wanted = make.complaint(session, clock.now, description=story, place="Desa Banyuanyar", title="Laporan warga")
    make.complaint(session, clock.now, description="Pohon tumbang menutup akses warga", place="Desa Banyuanyar",
                   title="Laporan warga")
    page = queue(session, people["supervisor"], QueueFilters(view="semua", q=typed), clock.now, svc.region)
    assert numbers(page) == ([wanted.number] if found else [])


def test_filters_by_kind_source_agency_status_and_dates(session, svc, clock, cast):
    dlh, pupr, people = cast
    info = make.complaint(session, clock.now - timedelta(days=3), kind="informasi")
    road = make.complaint(session, clock.now, kind="pengaduan")
    lapor = make.imported(session, clock.now, number=9000)
    make.assign(session, road, [pupr], people["verifier"], clock.now, svc.region)
    look = lambda **f: numbers(queue(session, people["supervisor"], QueueFilters(view="semua", **f),  # noqa: E731
                                     clock.now, svc.region))
    assert look(kind="informasi") == [info.number]
    assert look(source="lapor") == [lapor.number]
    assert look(agency="PUPR") == [road.number] and look(agency="DLH") == []
    assert look(status="belum_ditindaklanjuti") == [road.number]
    today = clock.now.date()
    assert info.number not in look(since=today) and look(until=today - timedelta(days=1)) == [info.number]
    assert set(look()) == {info.number, road.number, lapor.number}, "newest first over everything"


def test_paging_counts_the_whole_list(session, svc, clock, cast):
    _, _, people = cast
    made = [make.complaint(session, clock.now + timedelta(minutes=i)) for i in range(7)]
    first = queue(session, people["verifier"], QueueFilters(page=1), clock.now, svc.region, per_page=3)
    last = queue(session, people["verifier"], QueueFilters(page=3), clock.now, svc.region, per_page=3)
    assert first.total == 7 and first.pages == 3
    assert numbers(first) == [c.number for c in made[:3]] and numbers(last) == [made[6].number]


def test_citizens_and_agencyless_officers_see_nothing(session, svc, clock, cast):
    make.complaint(session, clock.now)
    nobody = make.citizen(session)
    assert queue(session, nobody, QueueFilters(view="semua"), clock.now, svc.region).total == 0
    stray = make.staff(session, "officer", None)
    assert queue(session, stray, QueueFilters(view="semua"), clock.now, svc.region).total == 0


def test_filters_come_from_the_url_and_go_back_into_it():
    parsed = parse_filters({"view": "semua", "status": "proses", "kind": "aspirasi", "agency": "dlh",
                            "since": "2026-11-01", "until": "2026-11-30", "source": "lapor", "overdue": "1",
                            "q": "  jalan   rusak ", "page": "2"})
    assert parsed == QueueFilters(view="semua", status="proses", kind="aspirasi", agency="DLH",
                                  since=date(2026, 11, 1), until=date(2026, 11, 30), source="lapor", overdue=True,
                                  q="jalan rusak", page=2)
    assert parse_filters(parsed.args()) == parsed
    assert parsed.args(page=1)["q"] == "jalan rusak" and "page" not in parsed.args(page=1)


@pytest.mark.parametrize("typed", ["01/11/2026", "1/11/2026", " 1-11-2026 ", "1.11.26", "01 Nov 2026",
                                   "1 november 2026", "2026-11-01"])
def test_a_date_is_read_day_first_as_indonesian_staff_type_it(typed):
    """The date boxes followed the browser's language (mm/dd/yyyy in an English Chromium); they are text now, read
    day first (dd/mm/yyyy, dots, dashes, a month's name) whatever the browser, and ISO links still work."""
    assert parse_filters({"since": typed, "until": "12/11/2026"}) == QueueFilters(since=date(2026, 11, 1),
                                                                                  until=date(2026, 11, 12))


@pytest.mark.parametrize(("typed", "today", "meant"), [
    ("5/12", date(2026, 12, 5), date(2026, 12, 5)), ("5 des", date(2026, 12, 5), date(2026, 12, 5)),
    ("31-12", date(2026, 12, 5), date(2026, 12, 31)),  # the end of this month is still this year's
    ("1 Nov.", date(2026, 12, 5), date(2026, 11, 1)), ("15/12", date(2027, 1, 5), date(2026, 12, 15)),
    ("3.1", date(2027, 1, 5), date(2027, 1, 3)),
])
def test_a_date_typed_without_its_year_is_the_latest_such_day_up_to_this_month(typed, today, meant):
    """"5/12" or "5 des" in a date box was named as ignored: staff leave the year out when it is this one (in
    January, "15/12" is last December)."""
    assert parse_filters({"since": typed}, today=today).since == meant
    assert parse_filters({"since": typed}).problems == ("since",), "without a today nobody can guess the year"


@pytest.mark.parametrize(("typed", "meant"), [
    ("24 Nopember 2026", date(2026, 11, 24)), ("24 nop 2026", date(2026, 11, 24)), ("24 Nop", date(2026, 11, 24)),
    ("3 Pebruari 2026", date(2026, 2, 3)), ("3 peb", date(2026, 2, 3)), ("17 Agt 2026", date(2026, 8, 17)),
    ("17 ags", date(2026, 8, 17)), ("9 Sept 2026", date(2026, 9, 9)), ("9 sept", date(2026, 9, 9)),
    ("2 Mrt 2026", date(2026, 3, 2)), ("5 Desember", date(2025, 12, 5)),
])
def test_a_months_old_spelling_or_office_shortening_is_read(typed, meant):
    """«24 Nopember» (the old spelling still on every office letterhead and stamp) was named as ignored, as were
    «Pebruari», «Ags», «Sept» and «Mrt», the shortenings of office registers."""
    assert parse_filters({"since": typed}, today=date(2026, 11, 30)).since == meant


def test_bad_url_values_are_dropped_and_named():
    parsed = parse_filters({"status": "hilang", "since": "kemarin", "page": "-1", "view": "x", "source": "sms",
                            "until": "31/12/9999"})  # no filing date: a typo (on /kinerja a 500)
    assert parsed == QueueFilters()
    assert set(parsed.problems) == {"status", "since", "page", "view", "source", "until"}


@pytest.mark.parametrize("typed", ["berlubang jembatan", "jln jembatan", "got", "lampu lalin", "saluran"])
def test_a_word_search_is_answered_from_the_trigram_index_on_postgresql(session, svc, clock, cast, typed):
    """The search's expression must stay the one migration 0025 indexed, or PostgreSQL reads the whole table; the
    other forms of a word too ("jl" for "jln": a LIKE '%jl%' beside it read all 10,000 complaints, 114 ms)."""
    if session.get_bind().dialect.name != "postgresql":
        pytest.skip("the trigram index is PostgreSQL's (SQLite reads the table)")
    make.complaint(session, clock.now, description="Jalan berlubang besar dekat jembatan, motor sering jatuh")
    session.flush()
    query = select(Complaint.id).where(search_condition(typed))
    session.execute(text("SET LOCAL enable_seqscan = off"))  # a tiny table: ask whether the index can answer
    plan = "\n".join(session.scalars(text("EXPLAIN " + str(query.compile(
        session.get_bind(), compile_kwargs={"literal_binds": True})))))
    assert "ix_complaints_search_trgm" in plan and "Seq Scan" not in plan, plan


def test_a_search_by_reporter_uses_both_trigram_indexes_on_postgresql(session, svc, clock, cast):
    """The reporter's name is searched beside the text (an OR) without reading the whole table (migration 0026)."""
    if session.get_bind().dialect.name != "postgresql":
        pytest.skip("the trigram indexes are PostgreSQL's (SQLite reads the table)")
    make.complaint(session, clock.now, description="Jalan berlubang besar dekat jembatan, motor sering jatuh")
    session.flush()
    supervisor = SimpleNamespace(role="supervisor", agency_id=None)
    query = select(Complaint.id).where(search_condition("ahmad", supervisor))
    session.execute(text("SET LOCAL enable_seqscan = off"))
    plan = "\n".join(session.scalars(text("EXPLAIN " + str(query.compile(
        session.get_bind(), compile_kwargs={"literal_binds": True})))))
    assert "ix_complaints_search_trgm" in plan and "ix_complaints_reporter_trgm" in plan, plan


def test_a_complaint_back_with_the_verifier_counts_from_its_return_like_the_reminders(session, svc, clock, cast):
    """Filed six weeks ago, returned by the agency today: three working days from the return, not 'late by 29',
    in the list, the late-only filter and the order; the same goes for a TUNDA answered today."""
    dlh, _, people = cast
    filed = clock.now - timedelta(days=42)
    returned = make.complaint(session, filed)
    [made] = make.assign(session, returned, [dlh], people["verifier"], filed + timedelta(hours=1), svc.region)
    dispositions.return_disposition(session, made, people["dlh"], "Bukan kewenangan kami", clock.now, svc.region)
    answered = make.complaint(session, filed)
    question = dispositions.ask_citizen(session, answered, people["verifier"], "Di RT berapa?", filed)
    dispositions.answer_question(session, question, "RT 03", clock.now + timedelta(minutes=1), svc.region)
    fresh = make.complaint(session, clock.now - timedelta(days=2))  # Saturday: due Thursday, before the others
    page = queue(session, people["verifier"], QueueFilters(), clock.now, svc.region)
    assert numbers(page) == [fresh.number, returned.number, answered.number]
    back = page.items[1]
    assert back.reason == "dikembalikan" and not back.overdue and 2.9 < back.days_left <= 3
    assert back.due_at == svc.region.calendar.add_working_days(clock.now, 3)
    assert not page.items[2].overdue and page.items[2].reason == "dijawab"
    assert numbers(queue(session, people["verifier"], QueueFilters(overdue=True), clock.now, svc.region)) == []
    later = svc.region.calendar.add_working_days(clock.now, 3) + timedelta(minutes=30)
    late = queue(session, people["verifier"], QueueFilters(overdue=True), later, svc.region)
    assert numbers(late) == [fresh.number, returned.number, answered.number]


def test_a_deadline_paused_by_the_agencys_question_is_not_late_in_the_queue_the_late_filter_or_the_digest(
        session, svc, clock, cast):
    from lapor import stats

    dlh, _, people = cast
    complaint = make.complaint(session, clock.now, kind="informasi")  # 5 working days: due Monday 30 Nov
    [made] = make.assign(session, complaint, [dlh], people["verifier"], clock.now, svc.region)
    asked = svc.region.calendar.add_working_days(clock.now, 3)       # with 2 working days left
    dispositions.ask_citizen(session, complaint, people["dlh"], "Di RT berapa?", asked, made)
    later = made.due_at + timedelta(days=3)                          # the old deadline has passed meanwhile
    [item] = queue(session, people["dlh"], QueueFilters(), later, svc.region).items
    assert item.reason == "tertunda" and not item.overdue and 1.9 < item.days_left <= 2, "the time left stands still"
    assert numbers(queue(session, people["dlh"], QueueFilters(overdue=True), later, svc.region)) == []
    assert numbers(queue(session, people["supervisor"], QueueFilters(view="semua", overdue=True), later,
                         svc.region)) == []
    assert not queue(session, people["supervisor"], QueueFilters(view="semua"), later, svc.region).items[0].overdue
    year = later.replace(month=1, day=1)
    assert stats.figures(session, later, later, (later, later), year).overdue == 0
    assert dispositions.agency_dispositions(session, None, 10, due_before=later)[0] == 0


def test_what_a_citizen_added_after_the_agencys_last_word_is_flagged_in_its_list(session, svc, clock, cast):
    """A citizen who read the officer's TL and wrote «belum ada petugas yang datang» (their addition reached the
    complaint's timeline) stayed a plain row of the officer's list: nothing said that there was something new to
    read. The row says «Tambahan dari pelapor» until the agency writes again; an addition made before the
    disposition (the verifier saw it), or one the agency has answered since, is no news; an INFO answer still reads
    «Pelapor sudah menjawab»."""
    from lapor import complaints

    dlh, pupr, people = cast

    def reason(viewer="dlh"):
        return queue(session, people[viewer], QueueFilters(), clock.now, svc.region).items[0].reason

    complaint = make.complaint(session, clock.now)
    complaints.add_evidence(session, complaint, "ini fotonya lagi pak", clock.advance(minutes=5))
    [made] = make.assign(session, complaint, [dlh], people["verifier"], clock.advance(minutes=5), svc.region)
    assert reason() == "disposisi", "added before the disposition: the agency read it with the complaint"
    dispositions.follow_up(session, made, people["dlh"], "Petugas meluncur", clock.advance(hours=1), svc.region,
                           final=False)
    complaints.add_evidence(session, complaint, "belum ada petugas yang datang", clock.advance(hours=2))
    assert reason() == "tambahan" and reason("head") == "tambahan"
    dispositions.follow_up(session, made, people["dlh"], "Besok pagi kami datang", clock.advance(minutes=30),
                           svc.region, final=False)
    assert reason() == "disposisi", "answered since"
    complaints.add_evidence(session, complaint, "ok pak ditunggu", clock.advance(minutes=30))
    info = dispositions.ask_citizen(session, complaint, people["dlh"], "Di RT berapa?", clock.advance(minutes=5), made)
    dispositions.answer_question(session, info, "RT 03", clock.advance(minutes=5), svc.region)
    assert reason() == "dijawab", "the answer to the agency's own question comes first"
