"""Performance figures against a March 2026 fixture counted by hand (Nyepi, Lebaran and cuti bersama 18–24 March,
a reopening, a return, several dispositions, an external agency, a merged duplicate, a LAPOR import)."""

from __future__ import annotations

import threading
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import func, select

from lapor import complaints, dispositions, performance
from lapor.districts import District
from models import Agency, Complaint, Contact
from tests.conftest import built_once

DISTRICTS = (District("Srimangunan", ("pasar srimangunan",)),
             District("Banyuanyar", (), (-7.18, -7.12, 113.22, 113.29)))
DISTRICTS_CSV = ("name,aliases,lat_min,lat_max,lon_min,lon_max\nSrimangunan,pasar srimangunan,,,,\n"
                 "Banyuanyar,,-7.18,-7.12,113.22,113.29\n")

NOW = datetime(2026, 3, 31, 3, 0, tzinfo=UTC)  # Tuesday 31 March, 10:00 in Jakarta


def at(day: int, hour: int, month: int = 3) -> datetime:
    """A Jakarta wall-clock time in 2026 as UTC (Jakarta is UTC+7)."""
    return datetime(2026, month, day, hour - 7, tzinfo=UTC)


@pytest.fixture(scope="module")
def region_file(tmp_path_factory) -> str:
    """A region's settings naming DISTRICTS as its districts_csv: one file for the module, so that its tests' apps
    are configured alike (the worker's app and the `march` scene are reused from test to test)."""
    folder = tmp_path_factory.mktemp("region")
    (folder / "districts.csv").write_text(DISTRICTS_CSV, encoding="utf-8")
    region = folder / "region.toml"
    region.write_text(f'districts_csv = "{folder / "districts.csv"}"\n', encoding="utf-8")
    return str(region)


@pytest.fixture
def app(make_app, region_file):
    """The service configured with DISTRICTS, as a region's districts_csv (complaints are placed as they are filed)."""
    return make_app(REGION_SETTINGS=region_file)


def test_the_region_districts_are_the_fixture_ones(svc):
    assert svc.region.districts == DISTRICTS


@pytest.fixture
def march(svc):
    """The fixture of the module docstring (a scene: built once per worker); returns the agencies' ids by code."""
    built_once(svc, lambda: _march(svc))
    with svc.session_factory() as s:
        return dict(s.execute(select(Agency.code, Agency.id).where(Agency.code.in_(("DLH", "PUPR", "PLN")))).all())


def _march(svc) -> None:
    region = svc.region
    with svc.session_factory.begin() as s:
        dlh, pupr, pln = (Agency(code="DLH", name="Dinas Lingkungan Hidup"), Agency(code="PUPR", name="Dinas PU"),
                          Agency(code="PLN", name="PLN UP3", external=True))
        verifier = Contact(phone="+6281100000001", role="verifier", name="Rina")
        officer = Contact(phone="+6281100000020", role="officer", name="Dewi", agency=dlh)
        pu_officer = Contact(phone="+6281100000010", role="officer", name="Budi", agency=pupr)
        citizen = Contact(phone="+6281234567890", name="Siti")
        s.add_all([dlh, pupr, pln, verifier, officer, pu_officer, citizen])
        s.flush()

        def filed(number, kind, when, place="", lat=None, lon=None, source="whatsapp"):
            complaint = Complaint(number=number, citizen=citizen, kind=kind, title=f"Aduan {number}",
                                  description="x" * 30, location_text=place, latitude=lat, longitude=lon,
                                  status=complaints.NEW, source=source, created_at=when, updated_at=when)
            s.add(complaint)
            s.flush()
            return complaint

        a = filed(1, "pengaduan", at(16, 10), place="Depan Pasar Srimangunan")
        dispositions.assign(s, a, [dlh], verifier, at(16, 10), region)
        (d_a,) = a.dispositions
        dispositions.follow_up(s, d_a, officer, "Sedang dicek", at(25, 10), region, final=False)  # 2 working days
        dispositions.follow_up(s, d_a, officer, "Sudah diangkut", at(26, 14), region, final=True)  # 3.5 days
        complaints.rate(s, a, 5, at(27, 9))

        b = filed(2, "aspirasi", at(2, 9), lat=-7.15, lon=113.25)
        dispositions.assign(s, b, [dlh], verifier, at(2, 9), region)            # due 9 March 09:00
        dispositions.follow_up(s, b.dispositions[0], officer, "Selesai", at(10, 9), region, final=True)  # late
        complaints.rate(s, b, 1, at(11, 8))
        dispositions.reopen(s, b, "Belum beres", at(11, 9), region)              # due again 25 March 09:00

        c = filed(3, "pengaduan", at(4, 10), place="Desa Banyuanyar")
        dispositions.assign(s, c, [pupr, pln], verifier, at(4, 10), region)
        dispositions.return_disposition(s, c.dispositions[0], pu_officer, "Bukan kewenangan", at(5, 10), region)
        dispositions.assign(s, c, [dlh], verifier, at(5, 11), region)           # due 1 April: not overdue

        d = filed(4, "pengaduan", at(10, 9), place="Pasar Srimangunan")
        dispositions.assign(s, d, [dlh], verifier, at(10, 9), region)
        dispositions.merge(s, d, a, verifier, at(10, 10))                         # a duplicate: counted nowhere

        e = filed(5, "pengaduan", at(20, 9, month=2))                             # February: outside the period
        dispositions.assign(s, e, [dlh], verifier, at(20, 9, month=2), region)

        filed(6, "informasi", at(30, 9), source="lapor")                          # imported, not yet verified


def march_filters(**kwargs) -> performance.Filters:
    return performance.Filters(datetime(2026, 2, 28, 17, tzinfo=UTC),
                               datetime(2026, 3, 31, 17, tzinfo=UTC), **kwargs)


def rows_by_code(session, filters):
    return {row.code: row for row in performance.agency_rows(session, filters, NOW, DISTRICTS)}


def test_agency_figures_by_hand(march, session):
    rows = rows_by_code(session, march_filters())
    assert set(rows) == {"DLH", "PUPR", "PLN"}
    dlh = rows["DLH"]
    assert (dlh.received, dlh.finished, dlh.on_time, dlh.late, dlh.overdue, dlh.returned, dlh.reopened) == \
        (3, 1, 1, 0, 1, 0, 1)
    assert (dlh.ratings, dlh.avg_rating) == (1, 5.0)            # B's 1 belongs to an answer since reopened
    assert dlh.median_first_response == 4.0                      # A 2.0 (18–24 March off), B 6.0
    assert dlh.median_completion == 3.5                          # A only (to 17, 25, 26 + 4 h); B reset by reopening
    assert dlh.share_finished == pytest.approx(1 / 3) and dlh.on_time_share == 0.5
    pupr = rows["PUPR"]
    assert (pupr.received, pupr.returned, pupr.finished, pupr.on_time_share) == (1, 1, 0, None)
    pln = rows["PLN"]
    assert (pln.received, pln.external, pln.on_time_share, pln.overdue) == (1, True, None, 0)


def test_region_totals_by_hand(march, session):
    totals = performance.totals(session, march_filters(), NOW, DISTRICTS)
    assert (totals.received, totals.dispositioned, totals.finished, totals.share_finished) == (4, 3, 1, 0.25)
    assert (totals.on_time, totals.late, totals.overdue, totals.returned, totals.reopened) == (1, 0, 1, 1, 1)
    assert (totals.ratings, totals.avg_rating) == (2, 3.0)
    assert totals.median_first_response == 4.0 and totals.median_completion == 3.5


def test_series_kinds_sources_districts(march, session, svc):
    report = performance.report(session, march_filters(), NOW, svc.region.calendar, DISTRICTS)
    assert report.series == [(date(2026, 2, 23), 0, 0), (date(2026, 3, 2), 2, 0), (date(2026, 3, 9), 0, 0),
                            (date(2026, 3, 16), 1, 0), (date(2026, 3, 23), 0, 1), (date(2026, 3, 30), 1, 0)]
    assert report.kinds == [("pengaduan", 2), ("aspirasi", 1), ("informasi", 1)]
    assert report.sources == [("whatsapp", 3), ("lapor", 1)]
    assert report.districts == [("Srimangunan", 1, 1), ("Banyuanyar", 2, 0), ("", 1, 0)]


@pytest.mark.parametrize("scope", [{}, {"kind": "pengaduan"}, {"agency_id": "DLH"}], ids=["region", "kind", "head"])
def test_the_facts_read_alongside_on_their_own_connection_give_the_same_report(march, session, svc, scope):
    filters = march_filters(**{name: march.get(value, value) for name, value in scope.items()})
    opened = []

    def reader():
        opened.append(threading.current_thread().name)
        return svc.session_factory()

    alone = performance.report(session, filters, NOW, svc.region.calendar, DISTRICTS)
    together = performance.report(session, filters, NOW, svc.region.calendar, DISTRICTS, reader=reader)
    assert together == alone and together.agencies
    postgres = session.get_bind().dialect.name == "postgresql"
    # PostgreSQL: one session of the reader, in a thread; SQLite's transactions take the write lock, so none
    assert [name.startswith("performance") for name in opened] == ([True] if postgres else [])


@pytest.mark.parametrize(("filters", "dlh_received", "region_received"), [
    ({"kind": "pengaduan"}, 2, 2),
    ({"source": "lapor"}, None, 1),
    ({"district": "Banyuanyar"}, 2, 2),   # B by its pin, C by its place text
    ({"district": ""}, None, 1),          # placed nowhere
])
def test_filters_are_parameters(march, session, filters, dlh_received, region_received):
    rows = rows_by_code(session, march_filters(**filters))
    assert (rows["DLH"].received if "DLH" in rows else None) == dlh_received
    assert performance.totals(session, march_filters(**filters), NOW, DISTRICTS).received == region_received


def test_head_scope_is_the_agency_row(march, session):
    scoped = march_filters(agency_id=march["DLH"])
    assert [row.code for row in performance.agency_rows(session, scoped, NOW, DISTRICTS)] == ["DLH"]
    totals = performance.totals(session, scoped, NOW, DISTRICTS)
    assert (totals.received, totals.overdue, totals.finished) == (3, 1, 1)


def test_month_period_is_local():
    from lapor.workcal import WorkCalendar

    start, end = performance.month_period(WorkCalendar(), NOW)
    assert (start.isoformat(), end.isoformat()) == ("2026-03-01T00:00:00+07:00", "2026-04-01T00:00:00+07:00")


@pytest.mark.parametrize("figure", [figure for figure in performance.FIGURES if figure != "completed"])
def test_every_figure_lists_exactly_the_complaints_it_counts(march, session, figure):
    """The list behind a number has that many complaints (agency rows and region totals alike)."""
    from sqlalchemy import func, select

    def listed(filters):
        condition = performance.figure_condition(figure, filters, NOW, DISTRICTS)
        return session.scalar(select(func.count()).select_from(Complaint).where(condition))

    for code, agency_id in march.items():
        row = rows_by_code(session, march_filters())[code]
        assert listed(march_filters(agency_id=agency_id)) == getattr(row, figure, row.received), (code, figure)
    totals = performance.totals(session, march_filters(), NOW, DISTRICTS)
    assert listed(march_filters()) == getattr(totals, figure)


def test_overdue_list_is_the_right_complaints(march, session):
    from sqlalchemy import select

    condition = performance.figure_condition("overdue", march_filters(agency_id=march["DLH"]), NOW, DISTRICTS)
    assert session.scalars(select(Complaint.number).where(condition)).all() == [2]
    with pytest.raises(ValueError):
        performance.figure_condition("nonsense", march_filters(), NOW)


def test_completed_lists_what_the_weekly_series_counts_finished(march, session, svc):
    from sqlalchemy import select

    condition = performance.figure_condition("completed", march_filters(), NOW, DISTRICTS)
    assert session.scalars(select(Complaint.number).where(condition)).all() == [1]  # A, finished 26 March
    report = performance.report(session, march_filters(), NOW, svc.region.calendar, DISTRICTS)
    assert sum(finished for _, _, finished in report.series) == 1


def test_complaints_are_placed_again_when_the_districts_change(make_app, tmp_path):
    """Filed under a region without districts, placed by `flask performance place-districts` once it has them."""
    from sqlalchemy import select

    from models import PerformanceFact
    from services import services
    from tests.conftest import run_cli

    before = make_app()
    with services(before).session_factory.begin() as s:
        dlh, verifier = Agency(code="DLH", name="Dinas Lingkungan Hidup"), Contact(phone="+6281100000001",
                                                                                  role="verifier")
        complaint = Complaint(number=1, kind="pengaduan", title="Sampah", description="x" * 30,
                              location_text="Depan Pasar Srimangunan", status=complaints.NEW, created_at=at(2, 9),
                              updated_at=at(2, 9))
        s.add_all([dlh, verifier, complaint])
        s.flush()
        dispositions.assign(s, complaint, [dlh], verifier, at(2, 9), services(before).region)
    (tmp_path / "districts.csv").write_text(DISTRICTS_CSV, encoding="utf-8")
    (tmp_path / "region.toml").write_text(f'districts_csv = "{tmp_path / "districts.csv"}"\n', encoding="utf-8")
    after = make_app(REGION_SETTINGS=str(tmp_path / "region.toml"))

    def placed():
        with services(after).session_factory() as s:
            return (s.scalar(select(Complaint.district)),
                    sorted(s.scalars(select(PerformanceFact.district).distinct())))

    assert placed() == ("", [""])
    result = run_cli(after, "performance", "place-districts")
    assert result.exit_code == 0 and result.stdout == "Districts placed: 1 complaint(s) moved.\n"
    assert placed() == ("Srimangunan", ["Srimangunan"])
    with services(after).session_factory() as s:
        rows = performance.agency_rows(s, march_filters(district="Srimangunan"), NOW)
    assert [(row.code, row.received) for row in rows] == [("DLH", 1)]


@pytest.mark.parametrize(("place", "pin", "district"), [
    ("Depan Pasar Srimangunan, dekat terminal", None, "Srimangunan"),  # by its place text (an alias)
    ("Jl. Raya, depan SDN 2", (-7.15, 113.25), "Banyuanyar"),          # by its pin
    ("Jl. Raya, depan SDN 2", None, ""),                               # nowhere
])
def test_a_complaint_is_placed_as_it_is_filed_as_one_added_through_the_orm_is(svc, clock, place, pin, district):
    """complaints.submit writes the complaint with Core statements: its own INSERT places it, by the rule
    lapor.facts places a complaint added through the ORM with; a place changed later is placed again."""
    from sqlalchemy import select

    from tests import factories

    latitude, longitude = pin or (None, None)
    with svc.session_factory.begin() as s:
        filed = factories.complaint(s, clock.now, svc.region, location_text=place, latitude=latitude,
                                    longitude=longitude)
        added = Complaint(number=99, kind="pengaduan", title="Sama", description="x" * 30, location_text=place,
                          latitude=latitude, longitude=longitude, status=complaints.NEW, created_at=clock.now,
                          updated_at=clock.now)
        s.add(added)
        s.flush()
        assert (filed.district, added.district) == (district, district)
    with svc.session_factory.begin() as s:
        assert s.scalar(select(Complaint.district).where(Complaint.id == filed.id)) == district
        again = s.get(Complaint, filed.id)
        again.location_text, again.latitude, again.longitude = "Pasar Srimangunan", None, None
    with svc.session_factory() as s:
        assert s.scalar(select(Complaint.district).where(Complaint.id == filed.id)) == "Srimangunan"


def stored_facts(session) -> list[tuple]:
    """Every performance fact row as plain values (ids left out), in a stable order."""
    from sqlalchemy import select

    from models import PerformanceFact

    columns = [c for c in PerformanceFact.__table__.columns if c.key != "id"]
    rows = session.execute(select(*columns)).all()
    return sorted((tuple(row) for row in rows), key=repr)


def test_the_facts_kept_as_things_happen_equal_a_rebuild(march, svc):
    """Filing, dispositions, answers, ratings, a reopening, a return and a merge each kept the facts current."""
    from lapor import facts

    with svc.session_factory() as session:
        kept = stored_facts(session)
        assert kept, "the fixture's complaints have facts"
        facts.rebuild(session)
        assert stored_facts(session) == kept
        session.rollback()


def test_the_weekly_charts_basis_has_agency_rows_only(march, session):
    answered = march_filters(basis=performance.ANSWERED)
    assert {row.code for row in performance.agency_rows(session, answered, NOW)} == {"DLH"}  # A answered, B overdue now
    with pytest.raises(ValueError, match="basis FILED"):
        performance.totals(session, answered, NOW)


def test_the_digest_ranking_and_the_page_leave_out_what_an_archive_withdrew(march, svc, session):
    """An agency's disposition withdrawn when the verifier archived the complaint (spam, not a complaint) counted
    against the agency's completion in the supervisors' ranking, while /kinerja left it out: DLH read 2 of 4 in
    the digest beside 1 of 3 received on the page."""
    from sqlalchemy import select

    from lapor import stats

    with svc.session_factory.begin() as s:
        dlh, verifier = s.get(Agency, march["DLH"]), s.scalars(select(Contact).where(Contact.role == "verifier")).one()
        spam = Complaint(number=7, citizen=s.scalars(select(Contact).where(Contact.name == "Siti")).one(),
                         kind="pengaduan", title="Aduan 7", description="x" * 30, status=complaints.NEW,
                         created_at=at(23, 9), updated_at=at(23, 9))
        s.add(spam)
        s.flush()
        dispositions.assign(s, spam, [dlh], verifier, at(23, 9), svc.region)
        dispositions.archive(s, spam, verifier, "Bukan pengaduan", at(24, 9))
    year = datetime(2025, 12, 31, 17, tzinfo=UTC)  # 1 January in Jakarta
    page = rows_by_code(session, performance.Filters(year, NOW))["DLH"]
    ranked = {r.code: r for r in stats.figures(session, NOW, NOW, (NOW, NOW), year, ranking=True).ranking}["DLH"]
    assert (page.received, page.finished) == (4, 1), "A, B, C and E (February); the archived one left out"
    assert (ranked.total, ranked.done) == (page.received, page.finished), "the ranking counts as the page does"


def test_the_regions_on_time_complaints_are_among_its_finished_ones(march, svc, session):
    """/kinerja read «Selesai 0 (0%)» beside «Tepat waktu 1 (100%)»: the region counted a complaint on time as soon
    as one of its agencies answered by its deadline, while another had not answered yet. A complaint is on time or
    late once it is finished (every agency answered: late if any answer was), and then only one of them."""
    from sqlalchemy import func, select

    with svc.session_factory.begin() as s:
        dlh, pupr = s.get(Agency, march["DLH"]), s.get(Agency, march["PUPR"])
        verifier = s.scalars(select(Contact).where(Contact.role == "verifier")).one()
        officers = {c.agency_id: c for c in s.scalars(select(Contact).where(Contact.role == "officer"))}
        citizen = s.scalars(select(Contact).where(Contact.name == "Siti")).one()

        def two_agencies(number, day):
            complaint = Complaint(number=number, citizen=citizen, kind="aspirasi", title=f"Aduan {number}",
                                  description="x" * 30, status=complaints.NEW, created_at=at(day, 9),
                                  updated_at=at(day, 9))
            s.add(complaint)
            s.flush()
            dispositions.assign(s, complaint, [dlh, pupr], verifier, at(day, 9), svc.region)
            return {d.agency_id: d for d in complaint.dispositions}

        half = two_agencies(7, 25)       # DLH answers the next day, PUPR not yet (due 1 April)
        dispositions.follow_up(s, half[dlh.id], officers[dlh.id], "Sudah", at(26, 9), svc.region, final=True)
        mixed = two_agencies(8, 2)       # DLH on time, PUPR after its deadline (9 March)
        dispositions.follow_up(s, mixed[dlh.id], officers[dlh.id], "Sudah", at(3, 9), svc.region, final=True)
        dispositions.follow_up(s, mixed[pupr.id], officers[pupr.id], "Sudah", at(12, 9), svc.region, final=True)
    totals = performance.totals(session, march_filters(), NOW, DISTRICTS)
    assert (totals.received, totals.finished) == (6, 2), "A and the mixed one"
    assert (totals.on_time, totals.late, totals.overdue) == (1, 1, 1), "A; the mixed one; B"
    assert totals.on_time + totals.late <= totals.finished and totals.on_time_share == pytest.approx(1 / 3)
    for figure in ("finished", "on_time", "late", "judged"):
        condition = performance.figure_condition(figure, march_filters(), NOW, DISTRICTS)
        listed = session.scalars(select(Complaint.number).where(condition).order_by(Complaint.number)).all()
        assert len(listed) == getattr(totals, figure), (figure, listed)
    assert session.scalar(select(func.count()).select_from(Complaint)) == 8


def test_a_complaint_forwarded_outside_the_region_is_finished_without_a_local_deadline(march, svc, session):
    """A complaint forwarded only to PLN (outside the region: no local deadline) and finished in SP4N-LAPOR! counted
    in «Selesai» but in none of «Selesai tepat waktu» / «Selesai terlambat», and PLN's row said it had finished
    nothing. It stays out of the on-time base (the region could not act on it, DESIGN.md's external forward), is
    counted as finished without a local deadline, and PLN's row counts it finished: the tiles add up, the table
    agrees with them, and each number lists that many complaints."""
    from sqlalchemy import select

    from lapor.bridge import reports

    with svc.session_factory.begin() as s:
        pln, verifier = s.get(Agency, march["PLN"]), s.scalars(select(Contact).where(Contact.role == "verifier")).one()
        forwarded = Complaint(number=7, citizen=s.scalars(select(Contact).where(Contact.name == "Siti")).one(),
                              kind="pengaduan", title="Listrik padam", description="x" * 30, status=complaints.NEW,
                              created_at=at(23, 9), updated_at=at(23, 9), lapor_tracking_id="LAP-7")
        s.add(forwarded)
        s.flush()
        dispositions.assign(s, forwarded, [pln], verifier, at(23, 9), svc.region)
        reports.apply_report(s, reports.Report(tracking_id="LAP-7", status=complaints.DONE), at(27, 9), svc.region,
                             reports.ApplyResult())
        assert forwarded.status == complaints.DONE
    totals = performance.totals(session, march_filters(), NOW, DISTRICTS)
    assert (totals.finished, totals.on_time, totals.late, totals.no_deadline) == (2, 1, 0, 1), "A; the forwarded one"
    assert totals.finished == totals.on_time + totals.late + totals.no_deadline
    assert (totals.judged, totals.on_time_share) == (2, 0.5), "the forwarded one is judged by no local deadline"
    pln_row = rows_by_code(session, march_filters())["PLN"]
    assert (pln_row.received, pln_row.finished, pln_row.no_deadline, pln_row.on_time_share) == (2, 1, 1, None)
    for scope, counted in ((march_filters(), totals), (march_filters(agency_id=march["PLN"]), pln_row)):
        for figure in ("finished", "no_deadline", "judged"):
            condition = performance.figure_condition(figure, scope, NOW, DISTRICTS)
            listed = session.scalars(select(Complaint.number).where(condition).order_by(Complaint.number)).all()
            assert len(listed) == getattr(counted, figure), (scope.agency_id, figure, listed)


def test_a_complaint_finished_in_sp4n_lapor_by_an_agency_unknown_here_adds_up_too(svc, session):
    """Finished in SP4N-LAPOR! by an agency the directory does not know: selesai here with no disposition (and no
    stored facts), so a period holding only it read «Selesai 1» and «Selesai tanpa batas waktu daerah 0»."""
    from sqlalchemy import select

    from lapor.bridge import reports

    with svc.session_factory.begin() as s:
        report = reports.Report(tracking_id="7730500", status=complaints.DONE, agencies=["BPN Pusat"],
                                title="Sertifikat", content="Sertifikat tanah belum terbit", kind="pengaduan",
                                created_at=at(5, 9))
        assert reports.apply_report(s, report, at(6, 9), svc.region, reports.ApplyResult()).status == complaints.DONE
    totals = performance.totals(session, march_filters(), NOW, DISTRICTS)
    assert (totals.finished, totals.on_time, totals.late, totals.no_deadline) == (1, 0, 0, 1)
    listed = performance.figure_condition("no_deadline", march_filters(), NOW, DISTRICTS)
    assert session.scalars(select(Complaint.number).where(listed)).all() == [1]


# The series per month adds up to the series per week ------------------------------------------------------------

def utc(year: int, month: int, day: int, hour: int, minute: int = 0, second: int = 0) -> datetime:
    return datetime(year, month, day, hour, minute, second, tzinfo=UTC)


# (filed, finished) in UTC at the edges of Jakarta's days (00:00 WIB is 17:00 UTC the day before): the period's
# first and last instants and the ones just outside, month ends on a Saturday (31 Jan) and a Sunday (1 Mar, inside
# the week of 23 Feb), a Monday that starts a week (2 Mar), a complaint filed before the period and finished in it
EDGES = [
    (utc(2025, 12, 31, 16, 59, 59), utc(2025, 12, 31, 16, 59, 59)),   # 31 Dec 2025 23:59:59: outside, both
    (utc(2025, 12, 31, 17), utc(2025, 12, 31, 17)),                   # 1 Jan 00:00: January, both
    (utc(2025, 11, 3, 2), utc(2026, 1, 31, 16, 59, 59)),              # filed outside, finished 31 Jan 23:59:59
    (utc(2026, 1, 31, 16, 59, 59), utc(2026, 1, 31, 17)),             # filed January, finished 1 Feb 00:00
    (utc(2026, 1, 31, 17), None),                                     # 1 Feb 00:00
    (utc(2026, 2, 28, 16, 59, 59), utc(2026, 3, 1, 16, 59, 59)),      # 28 Feb 23:59:59 → 1 Mar 23:59:59 (Sunday)
    (utc(2026, 2, 28, 17), utc(2026, 3, 1, 17)),                      # 1 Mar 00:00 → Monday 2 Mar 00:00
    (utc(2026, 6, 14, 16, 59, 59), utc(2026, 6, 14, 17)),             # 14 Jun 23:59:59 → 15 Jun 00:00
    (utc(2026, 12, 31, 16, 59, 59), utc(2026, 12, 31, 16, 59, 59)),   # 31 Dec 23:59:59: inside, both
    (utc(2026, 12, 31, 17), utc(2026, 12, 31, 17)),                   # 1 Jan 2027 00:00: outside, both
    (utc(2026, 3, 31, 16, 59, 59), utc(2026, 3, 31, 17)),             # 31 Mar 23:59:59 → 1 Apr 00:00 (a quarter's)
    (utc(2026, 6, 30, 17), utc(2026, 9, 30, 16, 59, 59)),             # 1 Jul 00:00 → 30 Sep 23:59:59
]


@pytest.fixture
def edges(svc):
    """EDGES as complaints (a finished one SELESAI), and a merged duplicate at 1 Mar 00:00 that counts nowhere."""
    def build():
        with svc.session_factory.begin() as s:
            for number, (filed, finished) in enumerate(EDGES, start=1):
                s.add(Complaint(number=number, kind="pengaduan", title=f"Aduan {number}", description="x" * 30,
                                status=complaints.DONE if finished else complaints.NEW, created_at=filed,
                                updated_at=finished or filed, finished_at=finished))
            s.flush()
            first = s.scalars(select(Complaint).where(Complaint.number == 7)).one()
            s.add(Complaint(number=99, kind="pengaduan", title="Sama", description="x" * 30, parent_id=first.id,
                            status=complaints.DONE, created_at=first.created_at, updated_at=first.created_at,
                            finished_at=first.finished_at))

    built_once(svc, build)


def days(calendar, first: date, last: date) -> performance.Filters:
    return performance.Filters(*performance.day_period(calendar, first, last))


def month_end(day: date) -> date:
    return (day.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)


def bucket_end(start: date, grain: str) -> date:
    return month_end(start.replace(month=start.month + 2) if grain == performance.QUARTER else start)


@pytest.mark.parametrize(("first", "last", "grain", "starts"), [
    (date(2026, 1, 1), date(2026, 12, 31), performance.MONTH, ["2026-01-01", "2026-02-01", "2026-03-01",
                                                               "2026-04-01", "2026-05-01", "2026-06-01",
                                                               "2026-07-01", "2026-08-01", "2026-09-01",
                                                               "2026-10-01", "2026-11-01", "2026-12-01"]),
    (date(2026, 1, 15), date(2026, 6, 14), performance.MONTH, ["2026-01-01", "2026-02-01", "2026-03-01",
                                                               "2026-04-01", "2026-05-01", "2026-06-01"]),
    (date(2025, 1, 1), date(2027, 12, 31), performance.QUARTER, [f"{year}-{month:02}-01" for year in (2025, 2026, 2027)
                                                                 for month in (1, 4, 7, 10)]),
    (date(2024, 11, 15), date(2026, 12, 30), performance.QUARTER, ["2024-10-01"] + [
        f"{year}-{month:02}-01" for year in (2025, 2026) for month in (1, 4, 7, 10)]),  # parts of two quarters
], ids=["year", "parts-of-months", "three-years", "parts-of-quarters"])
def test_a_long_periods_months_add_up_to_its_weeks_over_the_same_days(edges, session, svc, first, last, grain,
                                                                       starts):
    """A year drew 53 weekly pairs a pixel wide on a phone: it is drawn per month, and each month (its days inside
    the period only) counts what the weekly series counts over those days, and what its links list; nothing at
    00:00 WIB (17:00 UTC) of a month, week or period edge is counted twice or lost. Three years drew 36 monthly
    pairs 3.4 px wide: they are drawn per quarter, each the sum of its months (and weeks) over the same days."""
    calendar = svc.region.calendar
    long = performance.report(session, days(calendar, first, last), NOW, calendar)
    assert long.grain == grain and [str(start) for start, _, _ in long.series] == starts
    weekly = performance.report(session, days(calendar, first, last), NOW, calendar, grain=performance.WEEK)
    assert weekly.grain == performance.WEEK and len(weekly.series) > performance.MAX_WEEKS
    monthly = performance.report(session, days(calendar, first, last), NOW, calendar, grain=performance.MONTH)

    def total(series, position):
        return sum(bucket[position] for bucket in series)

    for other in (weekly, monthly):
        assert (total(long.series, 1), total(long.series, 2)) == (total(other.series, 1), total(other.series, 2))
    assert total(long.series, 1) == long.totals.received
    for start, received, finished in long.series:
        inside = days(calendar, max(start, first), min(bucket_end(start, grain), last))
        weeks = performance.weekly(session, inside, calendar)
        assert (received, finished) == (total(weeks, 1), total(weeks, 2)), start
        months = [bucket for bucket in monthly.series if start <= bucket[0] <= bucket_end(start, grain)]
        assert (received, finished) == (total(months, 1), total(months, 2)), start
        listed = {figure: session.scalar(select(func.count()).select_from(Complaint).where(
            performance.figure_condition(figure, inside, NOW))) for figure in ("received", "completed")}
        assert (received, finished) == (listed["received"], listed["completed"]), start
    assert total(long.series, 1) > 0


def test_the_series_per_month_by_hand(edges, session, svc):
    calendar = svc.region.calendar
    series = performance.report(session, days(calendar, date(2026, 1, 1), date(2026, 12, 31)), NOW, calendar).series
    counted = {start.month: (received, finished) for start, received, finished in series if received or finished}
    assert counted == {1: (2, 2), 2: (2, 1), 3: (2, 2), 4: (0, 1), 6: (1, 1), 7: (1, 0), 9: (0, 1), 12: (1, 1)}


def test_the_series_per_quarter_by_hand(edges, session, svc):
    """Quarters end at 31 Mar, 30 Jun, 30 Sep and 31 Dec 23:59:59 WIB; a complaint filed before the period and
    finished in it counts in its finishing quarter only."""
    calendar = svc.region.calendar
    series = performance.report(session, days(calendar, date(2025, 1, 1), date(2027, 12, 31)), NOW, calendar).series
    counted = {f"{start.year} Q{start.month // 3 + 1}": (received, finished)
               for start, received, finished in series if received or finished}
    assert counted == {"2025 Q4": (2, 1), "2026 Q1": (6, 5), "2026 Q2": (1, 2), "2026 Q3": (1, 1),
                       "2026 Q4": (1, 1), "2027 Q1": (1, 1)}


@pytest.mark.parametrize(("first", "last", "grain"), [
    (date(2026, 1, 1), date(2026, 4, 22), performance.WEEK),    # 16 weeks (112 days)
    (date(2026, 1, 1), date(2026, 4, 23), performance.MONTH),   # a day more
    (date(2026, 3, 2), date(2026, 3, 8), performance.WEEK),     # one week
    (date(2026, 1, 1), date(2026, 12, 31), performance.MONTH),  # a year
    (date(2025, 1, 1), date(2026, 12, 31), performance.MONTH),  # two calendar years: 24 months
    (date(2025, 12, 1), date(2027, 11, 30), performance.MONTH),  # 24 months across three years
    (date(2025, 1, 1), date(2027, 1, 1), performance.QUARTER),  # a day of a 25th month
    (date(2025, 1, 15), date(2027, 1, 14), performance.QUARTER),  # two years from mid-month: 25 months touched
    (date(2024, 1, 1), date(2026, 12, 31), performance.QUARTER),  # three years
])
def test_periods_longer_than_sixteen_weeks_are_drawn_per_month(svc, first, last, grain):
    assert performance.grain_of(days(svc.region.calendar, first, last)) == grain


def test_a_series_of_three_years_of_months_costs_the_queries_of_one_week(edges, session, svc):
    """The months and quarters are a key of the period's one grouping (and of its finished count), not a query
    each."""
    from sqlalchemy import event

    calendar, statements = svc.region.calendar, []
    engine = session.get_bind()

    def counted(*_):
        statements.append(1)

    performance.report(session, days(calendar, date(2026, 1, 1), date(2026, 1, 7)), NOW, calendar)  # connected
    event.listen(engine, "before_cursor_execute", counted)
    try:
        costs = []
        for first, last in ((date(2026, 3, 2), date(2026, 3, 8)), (date(2025, 1, 1), date(2026, 12, 31)),
                            (date(2025, 1, 1), date(2027, 12, 31))):
            statements.clear()
            performance.report(session, days(calendar, first, last), NOW, calendar)
            costs.append(len(statements))
    finally:
        event.remove(engine, "before_cursor_execute", counted)
    assert costs[0] == costs[1] == costs[2], costs
