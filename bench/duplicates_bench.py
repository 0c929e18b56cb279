"""Benchmark the duplicate search on adversarial long texts, each figure beside a baseline from the same run.

Run:  .venv/bin/python bench/duplicates_bench.py [--database URL] [--reps N]      (`make bench` runs it too)

The database is a fresh SQLite file in a temporary folder unless --database names a PostgreSQL one: its schema
`public` is then DROPPED and rebuilt with the migrations (never a database you care about; `test` is refused).
The adversarial text is what costs the scorer most: 4,096 characters (WhatsApp's limit) of made-up words that never
repeat. The baselines are ordinary complaints of one or two sentences. Measurements (issue 14, defect 4):
1. One comparison (lapor.duplicates.similarity) of two adversarial texts, beside two ordinary complaints.
2. The filing step that offers nearby complaints (a citizen's location message: a signed webhook request through
   the Flask test client) with 500 adversarial complaints at that place, beside 500 ordinary ones. Cold: the
   scorer's caches emptied before each step (a fresh worker); warm: kept. Target: cold under 50 ms.
3. The verifiers' notice job (announce_new_complaints) for one new adversarial complaint among the same 500,
   beside an ordinary one among the ordinary 500, cold.
Each figure is the median of REPS runs. A missed target prints MISSED; the exit code stays 0.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import string
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from sqlalchemy import delete, make_url, select
from twilio.request_validator import RequestValidator

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.scheduler_bench import ensure_database, fresh_schema, row, table  # noqa: E402
from bot.notices import announce_new_complaints  # noqa: E402
from config import DEV_AUTH_TOKEN  # noqa: E402
from lapor import duplicates  # noqa: E402
from lapor.complaints import NEW, make_title  # noqa: E402
from models import Complaint, Contact  # noqa: E402
from models.cli import upgrade  # noqa: E402

NOW = datetime(2026, 11, 24, 10, 0, tzinfo=ZoneInfo("Asia/Jakarta"))
CANDIDATES, REPS, CHARS = 500, 7, 4096
FILING_TARGET_MS = 50.0
REPORTER = "+6285800000000"  # one person filed them all
PLACE = "Pasar Srimangunan, Kec. Sampang"
DRAFT = "Sampah di TPS pasar Srimangunan menumpuk sampai ke jalan, baunya menyengat sudah seminggu"
ORDINARY = ["Tumpukan sampah TPS pasar sampai ke jalan, bau sekali sudah {n} hari",
            "Lampu penerangan jalan depan pasar mati total sejak minggu lalu, gelap sekali malam hari no {n}",
            "Saluran air depan kios nomor {n} mampet, air meluap ke jalan kalau hujan",
            "Pedagang kaki lima menutup trotoar depan pasar, pejalan kaki turun ke jalan ({n})",
            "Jalan di depan pasar berlubang besar, sudah {n} motor jatuh minggu ini"]


def adversarial_text(seed: int, chars: int = CHARS) -> str:
    """A description as long as WhatsApp allows, of made-up words that never repeat."""
    rnd = random.Random(seed)
    words = []
    while sum(len(word) + 1 for word in words) < chars:
        words.append("".join(rnd.choice(string.ascii_lowercase) for _ in range(rnd.randint(4, 9))))
    return " ".join(words)[:chars]


def ordinary_text(n: int) -> str:
    """An ordinary complaint of one or two sentences."""
    return ORDINARY[n % len(ORDINARY)].format(n=n)


def cold() -> None:
    """Empty every cache of the scorer, as in a worker that has not scored these complaints yet."""
    for value in vars(duplicates).values():
        if hasattr(value, "cache_clear"):
            value.cache_clear()


def build(url: str):
    """The app on a fresh schema at `url`, with a verifier; its clock stands at NOW."""
    from app import create_app
    from services import services

    app = create_app({"DATABASE_URL": url, "LOG_LEVEL": "WARNING", "TWILIO_ACCOUNT_SID": "",
                      "TWILIO_AUTH_TOKEN": "", "TWILIO_WHATSAPP_FROM": "", "PUBLIC_BASE_URL": ""})
    svc = services(app)
    svc.clock = lambda: NOW
    if svc.engine.dialect.name == "postgresql":
        fresh_schema(svc.engine)
    else:
        upgrade(svc.engine)
    with svc.session_factory.begin() as session:
        session.add(Contact(phone="+6281100000001", role="verifier", name="Verifikator"))
    return app, svc


def seed(svc, texts: list[str]) -> None:
    """Replace the complaints with open public ones of `texts`, all at PLACE, filed over the last days."""
    with svc.session_factory.begin() as session:
        session.execute(delete(Complaint))
        reporter = session.scalars(select(Contact).where(Contact.phone == REPORTER)).one_or_none() \
            or Contact(phone=REPORTER)
        session.add_all([Complaint(number=n + 1, citizen=reporter, kind="pengaduan", title=make_title(text),
                                   description=text, location_text=PLACE, privacy="biasa", status=NEW,
                                   created_at=NOW - timedelta(minutes=10 * (n + 1)), announced_at=NOW)
                         for n, text in enumerate(texts)])


class Chat:
    """Signed webhook requests, exactly as Twilio sends them."""

    def __init__(self, app):
        self.client, self.validator, self.sent = app.test_client(), RequestValidator(DEV_AUTH_TOKEN), 0

    def says(self, phone: str, body: str) -> str:
        self.sent += 1
        form = {"MessageSid": f"SM{self.sent:032d}", "AccountSid": "AC" + "0" * 32, "From": f"whatsapp:{phone}",
                "To": "whatsapp:+14155238886", "Body": body, "NumMedia": "0", "ProfileName": "Warga",
                "WaId": phone.lstrip("+")}
        signature = self.validator.compute_signature("http://localhost/twilio/whatsapp", form)
        response = self.client.post("/twilio/whatsapp", data=form, headers={"X-Twilio-Signature": signature})
        assert response.status_code == 200, response.status_code
        return response.get_data(as_text=True)


def time_filing_step(app, chat: Chat, first: int, empty_caches: bool, reps: int) -> float:
    """Median seconds of a citizen's location message (the step that offers nearby complaints)."""
    times = []
    for n in range(first, first + reps):
        phone = f"+62857{n:07d}"
        for body in ("1", "1", DRAFT):
            chat.says(phone, body)
        if empty_caches:
            cold()
        started = time.perf_counter()
        chat.says(phone, PLACE)
        times.append(time.perf_counter() - started)
        chat.says(phone, "BATAL")
    return statistics.median(times)


def time_notice_job(svc, text: str, reps: int) -> float:
    """Median seconds of the notice job announcing one new complaint of `text` at PLACE (rolled back each time)."""
    times = []
    for n in range(reps):
        with svc.session_factory() as session:
            session.add(Complaint(number=100_000 + n, kind="pengaduan", title=make_title(text), description=text,
                                  location_text=PLACE, privacy="biasa", status=NEW, created_at=NOW))
            session.flush()
            cold()
            started = time.perf_counter()
            assert announce_new_complaints(session, NOW) == 1
            times.append(time.perf_counter() - started)
            session.rollback()
    return statistics.median(times)


def time_pair(a: str, b: str, reps: int = 50) -> float:
    """Median seconds of one comparison of two texts at the same place (their features computed beforehand)."""
    features = [duplicates._cached_features(text, PLACE, None, None) for text in (a, b)]
    times = []
    for _ in range(reps):
        started = time.perf_counter()
        duplicates.similarity(*features)
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def measure(url: str, reps: int = REPS) -> list[list[str]]:
    """Every row of the table."""
    app, svc = build(url)
    chat = Chat(app)
    pair = time_pair(adversarial_text(1), adversarial_text(2))
    pair_base = time_pair(ordinary_text(1), ordinary_text(2))
    seed(svc, [ordinary_text(n) for n in range(CANDIDATES)])
    filing_base = time_filing_step(app, chat, 0, True, reps)
    filing_base_warm = time_filing_step(app, chat, 100, False, reps)
    notice_base = time_notice_job(svc, DRAFT, reps)
    seed(svc, [adversarial_text(n) for n in range(CANDIDATES)])
    filing = time_filing_step(app, chat, 200, True, reps)
    filing_warm = time_filing_step(app, chat, 300, False, reps)
    notice = time_notice_job(svc, adversarial_text(CANDIDATES + 1), reps)
    svc.engine.dispose()
    return [
        [f"duplicates: one comparison, two {CHARS:,}-char texts of distinct words (baseline: two ordinary "
         "complaints)", f"{1e6 * pair:.0f} µs", f"{1e6 * pair_base:.0f} µs", f"{pair / pair_base:.2f}x", "-", "ok"],
        row(f"duplicates: filing step (location message), {CANDIDATES} such complaints at the place, cold "
            f"(baseline: {CANDIDATES} ordinary ones)", filing, filing_base, f"< {FILING_TARGET_MS:g} ms",
            filing * 1000 < FILING_TARGET_MS),
        row(f"duplicates: the same step, warm (baseline: {CANDIDATES} ordinary ones, warm)", filing_warm,
            filing_base_warm, f"< {FILING_TARGET_MS:g} ms", filing_warm * 1000 < FILING_TARGET_MS),
        row(f"duplicates: verifiers' notice job, one such complaint among {CANDIDATES}, cold (baseline: an "
            "ordinary one among ordinary ones)", notice, notice_base, "-", True),
    ]


def main() -> None:
    """Measure and print the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database", help="SQLAlchemy URL (default: a SQLite file in a temporary folder)")
    parser.add_argument("--reps", type=int, default=REPS, help="runs per figure (the median is shown)")
    args = parser.parse_args()
    url = args.database or f"sqlite:///{Path(tempfile.mkdtemp(prefix='penghubung-dup-')) / 'bench.db'}"
    if make_url(url).database in ("test", "postgres"):
        raise SystemExit(f"refusing to benchmark in database {make_url(url).database!r}: its schema would be dropped")
    if make_url(url).get_backend_name() == "postgresql":
        ensure_database(url)
    started = time.perf_counter()
    print(f"database: {make_url(url).render_as_string(hide_password=True)}  candidates: {CANDIDATES}  "
          f"reps: {args.reps}  cores: {os.cpu_count()}  load average: {os.getloadavg()[0]:.1f}")
    rows = measure(url, args.reps)
    print(table(rows))
    missed = [line[0] for line in rows if line[-1] == "MISSED"]
    print("\nMISSED: " + "; ".join(missed) if missed else "\nall targets met")
    print(f"total runtime: {time.perf_counter() - started:.0f} s")


if __name__ == "__main__":
    main()
