"""Every text people read, in Bahasa Indonesia, in one catalogue."""

from __future__ import annotations

MESSAGES = {
    "menu": (
        "Halo, ini layanan pengaduan Penghubung.\n"
        "Balas dengan angka:\n"
        "1 Buat pengaduan\n"
        "2 Cek status laporan\n"
        "3 Bantuan"
    ),
}


def t(key: str, **values) -> str:
    """Return the catalogue text `key` with `values` filled in."""
    return MESSAGES[key].format(**values)
