"""Spoken punctuation in voice-typed text ("jalan rusak titik sudah tiga bulan koma banyak yang jatuh titik").

Voice typing in Indonesian writes the punctuation one says as words. They are turned into marks where the text is
plainly dictated, and left alone where "titik" names a spot ("di titik nol", "titik banjir", "di tiga titik") or
"koma" a coma ("ayah saya koma 3 hari").
"""

from __future__ import annotations

import re

MARKS = {"titik": ".", "koma": ","}
PHRASES = {("titik", "koma"): ";", ("tanda", "tanya"): "?", ("tanda", "seru"): "!"}
SENTENCE_ENDS = frozenset(".?!")
SPOKEN = re.compile(r"\b(?:titik|koma|tanda\s+(?:tanya|seru))\b", re.IGNORECASE)  # cheap: most texts have none

NUMBER_WORDS = frozenset("""satu dua tiga empat lima enam tujuh delapan sembilan sepuluh sebelas belas puluh ratus
    seratus ribu seribu""".split())
# Words before which "titik" is a spot ("di titik nol", "beberapa titik", "titik yang sama") or "koma" a coma
# ("pasien koma", "dalam keadaan koma"), and "tanda tanya" a figure of speech ("jadi tanda tanya")
NOUN_BEFORE = NUMBER_WORDS | frozenset("""di ke dari pada dgn dengan tanpa sampai hingga beberapa bbrp banyak byk
    tiap setiap per sebuah salah ada yang yg jadi menjadi merupakan sebagai termasuk berbagai semua dan atau serta
    antar titik tanda seluruh sebagian sejumlah puluhan belasan ratusan masing2""".split())
COMA_BEFORE = frozenset("""keadaan kondisi dalam sempat mengalami pasien korban saya sy aku kami dia ayah ibu bapak
    anak adik kakak suami istri nenek kakek mbah orang warga masih sedang lagi""".split())
# Words before a number that ends a sentence ("di rt 3 titik", "no 12 titik"); after another, the number counts the
# spots ("lampu mati 3 titik")
NUMBERED = frozenset("rt rw no nomor nmr blok km kav kavling gang gg lantai lt".split())
# Words after which "titik" names a spot ("titik banjir", "titik rawan", "titik yang sama")
NOUN_AFTER = frozenset("""nol banjir rawan lokasi lokasinya kumpul terang api jenuh koordinat ini itu tsb tersebut
    tertentu pusat awal akhir tengah temu balik buta panas didih beku henti fokus berat kritis lemah genangan longsor
    macet kemacetan kecelakaan lampu gelap pantau parkir jemput penjemputan pertemuan air sumur yang yg mana nya
    terakhir pertama kedua ketiga besar persisnya""".split())
# A complaint's reference ("INFO LPR-1 titik persisnya dimana?"): no sentence ends right after it
REFERENCE = re.compile(r"^(?:lpr|#)-?\d+$", re.IGNORECASE)


# The next part of an address after a spoken comma ("rt 4 koma desa ngampel"): plainly dictated
ADDRESS_PARTS = frozenset("""desa ds dusun dsn kelurahan kel kecamatan kec kabupaten kab rt rw kampung kp""".split())


def _may_be_spoken(text: str) -> bool:
    """False when SPOKEN cannot match: an ASCII text without "titik", "koma" or "tanda" in any case (every match holds
    one). A text with other letters is left to the pattern's own case folding (the Kelvin sign is its "k")."""
    if not text.isascii():
        return True
    lowered = text.lower()
    return "titik" in lowered or "koma" in lowered or "tanda" in lowered


def punctuated(text: str) -> str:
    """The text with its spoken punctuation as marks, when it is plainly dictated (a "titik" that ends a sentence,
    "tanda tanya", two spoken commas, or one before an address's next part); else the text as it was."""
    if not text or not _may_be_spoken(text) or SPOKEN.search(text) is None:
        return text
    lines = [_line(line) for line in text.split("\n")]
    if not any(strong for _, strong in lines):
        return text
    return "\n".join(line for line, _ in lines)


def _line(line: str) -> tuple[str, bool]:
    """The line with its dictated marks, and whether one of them plainly says dictation."""
    words, out, strong, commas, ended, i = line.split(), [], False, 0, False, 0
    while i < len(words):
        mark, width = _mark_at(words, i)
        if mark is None:
            out.append(words[i][:1].upper() + words[i][1:] if ended else words[i])  # a sentence said to end
            ended, i = False, i + 1
            continue
        if mark == "," and _between_digits(words, i, width):
            out[-1] += mark + words[i + width]  # "2 koma 5 juta": 2,5
            i += width + 1
            continue
        out[-1] += mark
        address = mark == "," and i + width < len(words) and words[i + width].lower() in ADDRESS_PARTS
        strong, commas, ended = strong or mark != "," or address, commas + (mark == ","), mark in SENTENCE_ENDS
        i += width
    return (" ".join(out), strong or commas >= 2) if out != words else (line, False)


def _mark_at(words: list[str], i: int) -> tuple[str | None, int]:
    """The mark a spoken word (or pair) at `i` stands for, and how many words it takes; (None, 1) for a word."""
    word = words[i].lower()
    pair = (word, words[i + 1].lower()) if i + 1 < len(words) else None
    before = words[i - 1].lower() if i else None
    after = words[i + 2 if pair in PHRASES else i + 1].lower() if i + (2 if pair in PHRASES else 1) < len(words) \
        else None
    if before is None or not before[-1:].isalnum() or before in NOUN_BEFORE or REFERENCE.match(before):
        return None, 1
    if pair in PHRASES:
        figure = pair[0] == "tanda" and after in {"besar", "kecil"}  # "tanda tanya besar"
        return (None, 1) if figure else (PHRASES[pair], 2)
    if word not in MARKS or (word == "koma" and before in COMA_BEFORE):
        return None, 1
    if word == "titik" and (after in NOUN_AFTER or after is not None and after.isdigit() and not before.isdigit()):
        return None, 1
    if word == "titik" and before.isdigit() and (i < 2 or words[i - 2].lower().strip(".") not in NUMBERED):
        return None, 1  # "mati 3 titik": three spots; "di rt 3 titik": the end of a sentence
    return MARKS[word], 1


def _between_digits(words: list[str], i: int, width: int) -> bool:
    return i + width < len(words) and words[i - 1].isdigit() and words[i + width].isdigit()
