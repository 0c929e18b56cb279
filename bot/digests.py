"""Morning digests for agency heads and supervisors (and REKAP on demand), short enough for a phone."""

from __future__ import annotations

import logging
import re
from collections.abc import Collection
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import String, bindparam, select
from sqlalchemy.orm import Session

from bot.commands import MONTH_WORDS, normalize
from bot.messages import MONTH_NAMES, deadline_words, person_label, short_date, t
from bot.outbox import MAX_CHARS, enqueue
from bot.reminders import first_time
from lapor import access, charts, performance, stats
from lapor.directory import present_staff, verifiers_unreachable
from lapor.queue import verification_days
from lapor.region import WEEKDAYS, Region
from lapor.workcal import WorkCalendar, parse_clock
from media.charts import store_png
from media.storage import StorageError
from models import Agency, Contact, LedgerEntry
from models.base import UTCDateTime
from models.vocab import Purpose, Role

logger = logging.getLogger(__name__)

RANKED = 10  # a ranking too long for one message keeps its first and last RANKED // 2


@dataclass(frozen=True)
class Period:
    """The days a REKAP asked on demand covers ("rekap minggu ini"): from `start` up to `end` (local time)."""

    label: str
    start: datetime
    end: datetime


_BEFORE = r"(?:lalu|kemarin|kemaren|kmrn|sebelumnya|kmarin)"
_MONTH = "|".join(sorted(MONTH_WORDS, key=len, reverse=True))
# The periods a head may ask REKAP for, as typed (after `normalize`): the first that matches is taken, and its words
# are no agency's name. Each gives the catalogue's label and its window from the local `now` (a month or a year
# named: "rekap oktober", "rekap bln des 2026", "rekap thn 2025").
PERIOD_FORMS = (
    (rf"\b(?:minggu|mgg|pekan)\s+{_BEFORE}\b", "period_last_week"),
    (rf"\b(?:bulan|bln)\s+{_BEFORE}\b", "period_last_month"),
    (rf"\b(?:tahun|thn)\s+{_BEFORE}\b", "period_last_year"),
    (rf"\b(?:(?:bulan|bln)\s+)?(?P<month>{_MONTH})(?:\s+(?P<year>20\d\d))?\b", "period_month"),
    (r"\b(?:(?:tahun|thn)\s+)?(?P<year>20\d\d)\b", "period_year"),
    (r"\b(?:(?:se|1|satu)\s*(?:minggu|pekan)|7\s*hari)(?:\s+terakhir)?\b", "period_7_days"),
    (r"\b(?:(?:se|1|satu)\s*bulan|30\s*hari)(?:\s+terakhir)?\b", "period_30_days"),
    (r"\b(?:minggu|mgg|pekan)(?:\s+ini)?\b|\b(?:mingguan|sepekan)\b", "period_this_week"),
    (r"\b(?:bulan|bln)(?:\s+ini)?\b|\bbulanan\b", "period_this_month"),
    (r"\b(?:tahun|thn)(?:\s+ini)?\b|\btahunan\b", "period_this_year"),
    (r"\b(?:hari|hr)\s+ini\b", "period_today"),  # today so far, at any hour (the digest's window ends this morning)
    (r"\b(?:kemarin|kemaren|kmrn|kmarin)\b", "period_yesterday"),  # "rekap kemarin", "aduan kmrn apa aja"
    (r"\bharian\b", None),  # the usual daily digest
)


def asked_period(text: str, region: Region, now: datetime) -> tuple[Period | None, str]:
    """The period a REKAP's words ask for (None: the daily digest) and the words left (an agency's name)."""
    typed = normalize(text)
    for form, label in PERIOD_FORMS:
        found = re.search(form, typed)
        if found:
            period = _named(found, label, region, now) if found.groupdict() else None
            if found.groupdict() and period is None:
                continue  # a year or month still to come: no period (an agency's name may follow)
            rest = " ".join((typed[:found.start()] + " " + typed[found.end():]).split())
            return (period or (_period(label, region, now) if label else None)), rest
    return None, typed


_AHEAD = r"(?:ke\s*depan|kedepan|depan|lagi|mendatang|kedepannya|ke\s*depannya)"
_NEXT = r"(?:depan|dpn|dpan|mendatang|ngarep|ngajeng)"
_COUNT_AHEAD = {"se": 1, "satu": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5}
# The windows to come that a question of what falls due names ("yg jatuh tempo minggu depan", "deadline besok",
# "7 hari ke depan"), as typed (lower case): the first that matches is taken. Those of today, this week and this
# month run from now to their end.
UPCOMING_FORMS = (
    (rf"\b(?:dalam\s+)?(?P<count>\d{{1,3}}|se|satu|dua|tiga|empat|lima)\s*(?P<unit>hari|hr|minggu|mgg|pekan)"
     rf"(?:\s+{_AHEAD})?\b", "period_days_ahead"),
    (rf"\b(?:minggu|mgg|pekan)\s+{_NEXT}\b", "period_next_week"),
    (rf"\b(?:bulan|bln)\s+{_NEXT}\b", "period_next_month"),
    (r"\b(?:lusa|besok\s+lusa)\b", "period_day_after"),
    (r"\b(?:besok|bsk|besuk|sesuk|benjing|isukan)\b", "period_tomorrow"),
    (r"\b(?:hari|hr)\s+ini\b", "period_today"),
    (r"\b(?:minggu|mgg|pekan)(?:\s+ini)?\b", "period_this_week"),
    (r"\b(?:bulan|bln)(?:\s+ini)?\b", "period_this_month"),
)
DAYS_AHEAD = 7  # no window said ("yg hampir telat apa aja"): the week to come


def upcoming_named(text: str) -> bool:
    """Whether words name a window to come (`UPCOMING_FORMS`)."""
    typed = normalize(text)
    return any(re.search(form, typed) for form, _ in UPCOMING_FORMS)


def upcoming_period(text: str, region: Region, now: datetime) -> tuple[Period, str]:
    """The window to come a question of what falls due names (the next `DAYS_AHEAD` days when none is said), from
    now or its first day to its end (local), and the words left (an agency's name)."""
    typed = normalize(text)
    today = _today(region, now)
    tomorrow = today + timedelta(days=1)
    for form, label in UPCOMING_FORMS:
        found = re.search(form, typed)
        if found is None:
            continue
        rest = " ".join((typed[:found.start()] + " " + typed[found.end():]).split())
        if label == "period_days_ahead":
            count = _COUNT_AHEAD.get(found["count"]) or int(found["count"])
            days = count * (7 if found["unit"] in ("minggu", "mgg", "pekan") else 1)
            return Period(t(label, days=days), now, tomorrow + timedelta(days=days)), rest
        monday = today + timedelta(days=7 - today.weekday())
        following = (today.replace(day=1) + timedelta(days=32)).replace(day=1)
        start, end = {
            "period_next_week": (monday, monday + timedelta(days=7)),
            "period_next_month": (following, (following + timedelta(days=32)).replace(day=1)),
            "period_day_after": (tomorrow + timedelta(days=1), tomorrow + timedelta(days=2)),
            "period_tomorrow": (tomorrow, tomorrow + timedelta(days=1)),
            "period_today": (now, tomorrow), "period_this_week": (now, monday),
            "period_this_month": (now, following),
        }[label]
        return Period(t(label), start, end), rest
    return Period(t("period_days_ahead", days=DAYS_AHEAD), now, tomorrow + timedelta(days=DAYS_AHEAD)), typed


def _named(found: re.Match, label: str, region: Region, now: datetime) -> Period | None:
    """A month or a year named in a REKAP ("oktober", "des 2025", "thn 2025"): the latest one begun when no year is
    said (December asked in November is last year's); up to today when it is the current one; None when to come."""
    today = _today(region, now)
    month = MONTH_WORDS[found["month"]] if found.groupdict().get("month") else None
    year = int(found["year"]) if found["year"] else today.year - (month is not None and month > today.month)
    start = today.replace(year=year, month=month or 1, day=1)
    if start > today:
        return None
    following = start.replace(year=year + 1) if month is None else (start + timedelta(days=32)).replace(day=1)
    end = min(following, today + timedelta(days=1))
    return Period(t(label, year=year, month=MONTH_NAMES[month - 1] if month else ""), start, end)


def _today(region: Region, now: datetime) -> datetime:
    return region.calendar.localize(now).replace(hour=0, minute=0, second=0, microsecond=0)


def _period(label: str, region: Region, now: datetime) -> Period:
    today = _today(region, now)
    tomorrow = today + timedelta(days=1)  # a period up to now takes in the whole of today
    monday = today - timedelta(days=today.weekday())
    month = today.replace(day=1)
    start, end = {
        "period_today": (today, tomorrow),
        "period_yesterday": (today - timedelta(days=1), today),
        "period_this_week": (monday, tomorrow), "period_last_week": (monday - timedelta(days=7), monday),
        "period_this_month": (month, tomorrow),
        "period_last_month": ((month - timedelta(days=1)).replace(day=1), month),
        "period_7_days": (today - timedelta(days=6), tomorrow),
        "period_30_days": (today - timedelta(days=29), tomorrow),
        "period_this_year": (today.replace(month=1, day=1), tomorrow),
        "period_last_year": (today.replace(year=today.year - 1, month=1, day=1), today.replace(month=1, day=1)),
    }[label]
    return Period(t(label), start, end)


def digest_text(session: Session, region: Region, now: datetime, agency: Agency | None,
                weekly: bool = False, period: Period | None = None, skip_quiet: bool = False,
                last_day: date | None = None, with_week: bool = False, reader: Contact | None = None) -> str | None:
    """The digest for one agency (None: the whole region, with the ranking of agencies): the daily one (new since
    the digest of `last_day`, the day the reader's last one was due; else since the previous working day's; with
    `with_week`, also what came in and was finished in the weekly summary's days: one message on the weekly day),
    the weekly summary, or (REKAP on demand) one `period`; None with `skip_quiet` when nothing came in, is open or
    was finished since the last one (nor, for the region, waits for a verifier). An agency's figures leave out what
    its `reader` may not see (a complaint accusing the head: `lapor.access.named_ids`), as their DAFTAR does."""
    calendar = region.calendar
    hidden = access.named_ids(session, reader) if reader is not None and agency is not None else set()
    local = calendar.localize(now)
    today = local.replace(hour=0, minute=0, second=0, microsecond=0)
    until = None
    if period is not None:
        since, window, until = period.start, (period.start, period.end), period.end
    elif weekly:
        window = _weekly_window(region, now)
        since = window[0]
    else:
        previous = _previous_working_day(region, today)
        # (someone back after months away hears of the last week at most, as the weekly summary covers it)
        last = max(last_day, _previous_weekly(region, today.date())) if last_day else previous.date()
        since = _at(min(today.replace(year=last.year, month=last.month, day=last.day), previous), region)
        window, until = (previous, today), _at(today, region)
    # This year's figures; a period asked for gives those of its own year ("rekap bulan lalu" asked in January)
    year_start = (until - timedelta(days=1) if period is not None else today).replace(
        month=1, day=1, hour=0, minute=0)
    rungs = region.settings.first_response
    figures = stats.figures(session, now, since, window, year_start, agency.id if agency else None,
                            ranking=agency is None, until=until, escalated_rung=len(rungs),
                            verification_cutoff=calendar.subtract_working_days(now, verification_days(region)),
                            period_first_responses=period is not None or weekly, hidden=hidden)
    if skip_quiet and not (figures.new_since or figures.open_dispositions or figures.finished_in_window
                           or figures.waiting_verification):
        return None
    head = _head(agency, local, window, weekly, period)
    week = []
    if with_week and not weekly and period is None:
        head = t("digest_head_daily_weekly", scope=agency.code if agency else "daerah",
                 date=short_date(local, local.tzinfo))
        week = [_week_line(session, region, now, agency, hidden),
                _week_first_response(session, region, now, agency, hidden)]
    # a weekly summary and a REKAP of a period give the average first follow-up of their own days, not the year's
    stopped = verifiers_unreachable(session) if agency is None else []
    lines = _lines(figures, agency, local, head, weekly or period is not None, rungs[-1].after_days if rungs else 0,
                   week, year_start.year, period is not None or weekly, calendar, stopped)
    return "\n".join(lines)


def _week_line(session: Session, region: Region, now: datetime, agency: Agency | None,
               hidden: Collection[int] = ()) -> str:
    """The weekly summary's own figures in one line, for the daily digest of the weekly day."""
    start, end = _weekly_window(region, now)
    new, finished = stats.window_counts(session, (start, end), agency.id if agency else None, hidden)
    return t("digest_week", start=short_date(start, start.tzinfo), end=short_date(end - timedelta(days=1), end.tzinfo),
             new=new, finished=finished)


def _week_first_response(session: Session, region: Region, now: datetime, agency: Agency | None,
                         hidden: Collection[int] = ()) -> str:
    """The weekly summary's average first follow-up (given in its days), for the daily digest of the weekly day."""
    average = stats.first_response_in(session, _weekly_window(region, now), agency.id if agency else None, hidden)
    return (t("digest_week_first_response", days=_one_decimal(average)) if average is not None
            else t("digest_week_first_response_none"))


def _one_decimal(value: float) -> str:
    """A figure with one decimal as staff read it ("1,5")."""
    return f"{value:.1f}".replace(".", ",")


def _quiet_week(session: Session, region: Region, now: datetime, agency: Agency | None,
                hidden: Collection[int] = ()) -> str:
    """What a quiet agency's head (None: a quiet region's supervisor) reads on the weekly day: nothing is open (nor
    waits for a verifier), and the week's figures."""
    local = region.calendar.localize(now)
    return t("digest_quiet_week" if agency else "digest_quiet_week_region", scope=agency.code if agency else "",
             date=short_date(local, local.tzinfo), week=_week_line(session, region, now, agency, hidden))


def _head(agency: Agency | None, local: datetime, window, weekly: bool, period: Period | None) -> str:
    zone, scope = local.tzinfo, agency.code if agency else "daerah"
    if period is not None:
        first, last = short_date(period.start, zone), short_date(period.end - timedelta(days=1), zone)
        return t("digest_head_period", scope=scope, label=period.label,
                 days=first if first == last else f"{first}–{last}")
    if weekly:
        return t("digest_head_weekly", scope=scope, start=short_date(window[0], zone),
                 end=short_date(window[1] - timedelta(days=1), zone))
    return t("digest_head_daily", scope=scope, date=short_date(local, zone))


def _weekly_window(region: Region, now: datetime) -> tuple[datetime, datetime]:
    """The days a weekly summary sent on `now`'s day covers: from the previous one's day up to yesterday."""
    local = region.calendar.localize(now)
    today = local.replace(hour=0, minute=0, second=0, microsecond=0)
    return datetime.combine(_previous_weekly(region, today.date()), time(), tzinfo=local.tzinfo), today


def weekly_chart_png(session: Session, region: Region, now: datetime) -> bytes:
    """The weekly summary's picture (`weekly_chart`) as a phone-wide PNG."""
    return charts.to_png(weekly_chart(session, region, now))


def weekly_chart(session: Session, region: Region, now: datetime) -> charts.Chart:
    """Each internal agency's share of deadlines met in the week (answers given in it, and what is overdue now),
    worst first."""
    start, end = _weekly_window(region, now)
    zone = start.tzinfo
    rows = performance.agency_rows(session, performance.Filters(start, end, basis=performance.ANSWERED), now)
    return charts.on_time_chart(
        t("chart_on_time_week", start=short_date(start, zone), end=short_date(end - timedelta(days=1), zone)),
        [row for row in rows if not row.external], empty_text=t("chart_empty"))


def _lines(figures: stats.Figures, agency: Agency | None, local: datetime, head: str, weekly: bool,
           escalation_days: int, week: list[str], year: int, period: bool, calendar: WorkCalendar,
           stopped: list = ()) -> list[str]:
    lines = [head, *_action_lines(figures, agency, local, escalation_days, calendar, stopped),
             t("digest_open", count=figures.open_dispositions),
             t("digest_new_week" if weekly else "digest_new", count=figures.new_since),
             *_figure_lines(figures, year, weekly, week, period)]
    if figures.ranking:  # the ranking last, as much of it as one message holds
        tail, heading = lines.pop(), t("digest_ranking_head", year=year)
        ranked = _ranking_lines(figures.ranking, MAX_CHARS - len("\n".join([*lines, heading, tail])) - 1)
        lines += [heading, *ranked] if ranked else []
        lines.append(tail)
    return lines


def _action_lines(figures: stats.Figures, agency: Agency | None, local: datetime, escalation_days: int,
                  calendar: WorkCalendar, stopped: list = ()) -> list[str]:
    """What needs someone to act, first: past its deadline (one gone by today with its time: a digest sent late, or
    a REKAP, read «batas 28 Des 2026» as not yet late), unanswered after the escalation (each named), and for the
    region the complaints waiting for a verifier (how many past their deadline), and under them the verifiers who
    replied STOP when none is left to tell (`stopped`: nobody is told of new complaints, `on_staff_stopped`)."""
    lines = [t("digest_overdue", count=figures.overdue)]
    lines += [t("digest_overdue_item", reference=ref, agency="" if agency else code,
                due=deadline_words(due, local, calendar))
              .replace("  ", " ") for ref, code, due in figures.overdue_oldest]
    if figures.unanswered:
        lines.append(t("digest_unanswered", days=escalation_days, count=figures.unanswered))
        lines += [t("digest_unanswered_item", reference=ref, agency="" if agency else code).rstrip()
                  for ref, code in figures.unanswered_oldest]
    if agency is None:
        lines.append(t("digest_waiting_late", count=figures.waiting_verification, late=figures.verification_late)
                     if figures.verification_late else t("digest_waiting", count=figures.waiting_verification))
        if stopped:
            lines.append(t("digest_no_verifier", names=", ".join(person_label(p) for p in stopped)))
    return lines


def _figure_lines(figures: stats.Figures, year: int, weekly: bool, week: list[str], period: bool = False
                  ) -> list[str]:
    """The figures after what needs action: finished (and the week's line), this year's completion, first answers
    (a REKAP of a period: the period's, its line naming no year), ratings (the ranking follows: `_lines`)."""
    lines = [t("digest_finished_week" if weekly else "digest_finished", count=figures.finished_in_window), *week]
    lines.append(_completion_line(figures, year))
    average = figures.avg_first_response
    key = "digest_first_response_period" if period else "digest_first_response"
    lines.append(t(key, year=year, days=_one_decimal(average)) if average is not None
                 else t(f"{key}_none", year=year))
    lines.append(t("digest_ratings", year=year, average=_one_decimal(figures.avg_rating),
                   count=figures.ratings) if figures.ratings else t("digest_ratings_none", year=year))
    lines.append(t("digest_reopened", year=year, reopened=figures.reopenings))
    return lines + [t("digest_tail")]


def _ranking_lines(ranking: list[stats.AgencyRank], room: int) -> list[str]:
    """The active agencies' lines, then the idle ones (nothing this year) in one line of codes, in `room` characters
    of the message: when too long, the active ones' top and bottom (the worst kept) and how many between, then
    without the idle line; never over `room` (nothing when not even that fits)."""
    active = [r for r in ranking if r.total or r.overdue]
    idle = [r.code for r in ranking if not (r.total or r.overdue)]
    items = [t("digest_ranking_item", rank=i, code=r.code, percent=charts.whole_percent(r.completion),
               overdue=r.overdue) for i, r in enumerate(active, 1)]
    halves = range(min(RANKED // 2, (len(items) - 1) // 2), 0, -1)
    cuts = [(items, 0), *[([*items[:half], *items[-half:]], len(items) - 2 * half) for half in halves]]
    idle_line = [t("digest_ranking_idle", codes=", ".join(idle))] if idle else []
    for extra, unnamed in ((idle_line, 0), ([], len(idle))):
        for kept, cut in cuts:
            more = [t("digest_ranking_more", count=cut + unnamed)] if cut + unnamed else []
            lines = [*kept[:len(kept) // 2], *more, *kept[len(kept) // 2:]] if cut else [*kept, *more]
            if len("\n".join(lines := [*lines, *extra])) <= room:
                return lines
    return []


def _completion_line(figures: stats.Figures, year: int) -> str:
    """The year's completion, naming what it carries over from earlier years (all of January's figure, at first)."""
    if not figures.total_this_year:  # nothing received and nothing open: no "0%" to alarm a head
        return t("digest_completion_none", year=year)
    key = "digest_completion_carried" if figures.carried_this_year else "digest_completion"
    return t(key, year=year, percent=charts.whole_percent(figures.completion), done=figures.done_this_year,
             total=figures.total_this_year, carried=figures.carried_this_year)


def _at(day: datetime, region: Region) -> datetime:
    clock = _digest_clock(region)
    return day.replace(hour=clock.hour, minute=clock.minute)


def _previous_working_day(region: Region, today: datetime) -> datetime:
    """Midnight of the working day before `today` (the last digest went out that morning)."""
    calendar = region.calendar
    day = today - timedelta(days=1)
    while not calendar.is_working_day(day.date()):
        day -= timedelta(days=1)
    return day


def send_due_digests(session: Session, region: Region, now: datetime, storage=None) -> int:
    """Queue today's digests once each, from the digest time until the end of the working day (heads: their agency,
    on a quiet day only on the weekly day, in one line; supervisors: the region, the same way; weekly on its day).

    With a media `storage` the weekly summary carries its chart (`weekly_chart_png`); its text stands alone.
    """
    calendar = region.calendar
    local = calendar.localize(now)
    # A morning digest the scheduler missed all day does not go out in the evening or at night: it would wake a
    # head at 23:00 with news the next morning's digest gives again.
    end = calendar.work_end_on(local.date())  # (a Ramadan day's, when the region sets it)
    if not calendar.is_working_day(local.date()) or not _digest_clock(region) <= local.time() < end:
        return 0
    sent = 0
    day = local.date().isoformat()
    week = _weekly_week(region, local.date())
    for head in present_staff(session, None, now, roles=(Role.HEAD,)):  # a head on leave: their stand-in
        if head.agency is not None and first_time(session, f"digest:{day}:{head.id}", now):
            # A quiet agency's head is not written to every morning (each message to a head is one Twilio
            # charges and one more to ignore); on the weekly summary's day they hear from the service regardless,
            # in one line (a digest of zeros was nine lines to read for nothing).
            text = digest_text(session, region, now, head.agency, skip_quiet=True,
                               last_day=_last_digest_day(session, head, local.date()), reader=head)
            if text is None and week is not None:
                text = _quiet_week(session, region, now, head.agency, access.named_ids(session, head))
            if text is not None:
                _queue(session, head, text, now, f"digest:{day}:{head.id}")
                sent += 1
    chart: list[str] = []  # the weekly summary's, stored once for every supervisor
    for supervisor in _staff(session, Role.SUPERVISOR, now):
        sent += _supervisor_digest(session, region, now, supervisor, week, chart, storage)
    return sent


def _supervisor_digest(session: Session, region: Region, now: datetime, supervisor: Contact, week: str | None,
                       chart: list[str], storage) -> bool:
    """Queue a supervisor's digest of the region due today, once; False when none goes (sent before, or quiet)."""
    today = region.calendar.localize(now).date()
    day = today.isoformat()
    # On the weekly day the daily digest and the weekly summary are one message (two said the same "what needs
    # action" twice at 07:30); either alone when the other went out before (e.g. the weekly day was changed).
    daily = first_time(session, f"digest:{day}:{supervisor.id}", now)
    weekly = bool(week) and first_time(session, f"weekly:{week}:{supervisor.id}", now)
    if not (daily or weekly):  # the job runs all day: once today's went, this is all a run reads
        return False
    last_day = _last_digest_day(session, supervisor, today)  # today's key just written is not before today's
    # A quiet region (nothing waits for a verifier, nothing open, new or finished) is a quiet agency for the
    # Sekda: no digest of zeros, one line on the weekly day.
    text = digest_text(session, region, now, None, weekly=not daily, last_day=last_day, with_week=weekly,
                       skip_quiet=daily)
    if text is None and not weekly:
        return False
    if text is None:
        text = _quiet_week(session, region, now, None)
    elif weekly and storage is not None and not chart:
        chart.extend(_stored_chart(session, storage, region, week, now))
    _queue(session, supervisor, text, now, f"weekly:{week}:{supervisor.id}" if weekly else
           f"digest:{day}:{supervisor.id}", chart if weekly else [])
    return True


def _stored_chart(session: Session, storage, region: Region, week: str, now: datetime) -> list[str]:
    """The weekly chart, stored once ([] when the storage refuses it, a full disk: the summary's text stands alone
    and goes, rather than every supervisor's digest waiting for room)."""
    try:
        return [store_png(session, storage, f"weekly:{week}", weekly_chart_png(session, region, now), now)]
    except StorageError as exc:
        logger.error("the weekly chart goes without its picture: %s", exc)
        return []


def _last_digest_day(session: Session, person: Contact, today: date) -> date | None:
    """The day of the last daily digest due to this person before today (its ledger key; a quiet head's too), so
    that a day the scheduler missed leaves nothing new uncounted; None for someone who never had one."""
    key = session.scalars(select(LedgerEntry.key).where(
        LedgerEntry.key.like(f"digest:%:{person.id}"), LedgerEntry.key < f"digest:{today.isoformat()}")
        .order_by(LedgerEntry.key.desc()).limit(1)).first()
    try:
        return date.fromisoformat(key.split(":")[1]) if key else None
    except ValueError:
        return None


def _weekly_week(region: Region, today: date) -> str | None:
    """The ISO week whose weekly summary goes out today, or None.

    It goes on the weekly day, or on the first working day after it when that day is not a working day
    (17 August on a Monday: the summary comes on Tuesday). The ISO week of the weekly day names it, so the
    ledger keeps it to one per week.
    """
    weekly_day = _weekly_day(region, today)
    return "{}-W{:02d}".format(*weekly_day.isocalendar()[:2]) if _send_day(region, weekly_day) == today else None


def _previous_weekly(region: Region, today: date) -> date:
    """The day the weekly summary before today's went out: today's covers from that day up to yesterday, so the
    summaries cover every day once however holidays move them."""
    weekly_day = _weekly_day(region, today)
    while True:
        weekly_day -= timedelta(days=7)
        sent = _send_day(region, weekly_day)
        if sent < today:  # (a week whose day moved as far as today's sent nothing of its own)
            return sent


def _weekly_day(region: Region, today: date) -> date:
    """The latest weekly day (the region's `weekly_digest_day`) on or before today."""
    return today - timedelta(days=(today.weekday() - WEEKDAYS.index(region.settings.weekly_digest_day)) % 7)


def _send_day(region: Region, weekly_day: date) -> date:
    """The weekly day itself, or the first working day after it."""
    day = weekly_day
    while not region.calendar.is_working_day(day):
        day += timedelta(days=1)
    return day


def _digest_clock(region: Region) -> time:
    return parse_clock(region.settings.digest_time, "digest_time")


def _staff(session: Session, role: str, now: datetime) -> list[Contact]:
    """The active staff of `role` at work at `now`: someone on leave (CUTI) gets no digest while away; back, their
    first one counts from the last they had (a week at most)."""
    return list(session.scalars(_STAFF_AT_WORK, {"role": role, "now": now}))


_STAFF_AT_WORK = select(Contact).where(  # built once
    Contact.role == bindparam("role", type_=String()), Contact.active.is_(True),
    Contact.at_work(bindparam("now", type_=UTCDateTime()))).order_by(Contact.id)


def _queue(session: Session, person: Contact, body: str, now: datetime, key: str, media: list[str] = ()) -> None:
    enqueue(session, person.address, body, media_urls=media, purpose=Purpose.DIGEST, dedupe_key=key, now=now)
