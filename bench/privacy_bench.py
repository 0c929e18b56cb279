"""How the cost of masking an anonymous reporter's identity (lapor.bridge.privacy.strip_identity) grows with the text:
each input timed at two sizes, the larger four times the smaller, so a ratio near 4 is linear and near 16 quadratic.

Run:  .venv/bin/python bench/privacy_bench.py

Inputs: signing labels only ("Ttd " repeated: each label once rescanned the text before it, 82 ms for 1,000 in
session 31 before the review's mend); a story full of the identifiers the masks look for (names after "saya", a
house number, an account, a handle, a plate, a signature); plain story text with none. Times are medians of REPS;
the machine cancels out of the ratios.
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from lapor.bridge.privacy import strip_identity  # noqa: E402

REPS = 7
PHONE, NAME = "+6281234567890", "Budi Santoso"
FULL = ("saya Budi tinggal di jl Mawar no 12, rek BCA saya 1234567890, ig saya @budi_s88, motor saya nopol "
        "M 4567 KL, anak saya Dimas kelas 3. sampah numpuk depan rumah sudah seminggu. ")
PLAIN = "sampah di TPS dekat pasar menumpuk sudah seminggu tidak diangkut, baunya sampai ke masjid dan sekolah. "
INPUTS = {"signing labels only": "Ttd ", "a story full of identifiers": FULL, "a plain story": PLAIN}
SMALL = 1000  # characters of the smaller input


def _median_ms(text: str) -> float:
    times = []
    for _ in range(REPS):
        began = time.perf_counter()
        strip_identity(text, PHONE, NAME)
        times.append((time.perf_counter() - began) * 1000)
    return statistics.median(times)


def main() -> None:
    print("| input | ms at 1,000 chars | ms at 4,000 chars | ratio (4 = linear, 16 = quadratic) |")
    print("|---|---|---|---|")
    for label, unit in INPUTS.items():
        small = (unit * (SMALL // len(unit) + 1))[:SMALL]
        large = (unit * (4 * SMALL // len(unit) + 1))[:4 * SMALL]
        small_ms, large_ms = _median_ms(small), _median_ms(large)
        print(f"| {label} | {small_ms:.2f} | {large_ms:.2f} | {large_ms / small_ms:.1f} |")


if __name__ == "__main__":
    main()
