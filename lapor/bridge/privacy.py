"""What may leave the region: no national ID number (NIK) ever, no identity of an anonymous reporter."""

from __future__ import annotations

import re

# A NIK (and a KK number, the same shape) is 16 digits, typed in any grouping: "3527 0123 4567 8901",
# "3527-0123-4567-8901", with no-break or double spaces, slashes, underscores, en dashes, zero-width spaces, line
# breaks, in full-width or Arabic-Indic digits. So a run is digits with anything but letters between them (\d is
# any script's decimal digit, [\W_] every character that is neither letter nor digit), and every digit of a run of
# 16 digits or more is masked: a digit typed after the number does not free it (the run is cut into masks only
# where each side holds 16 digits: "A / B" reads as two masks). Privacy first: two phone numbers or amounts with
# only punctuation between them are masked too; one phone number (10-13 digits) stays. Only a run made of nothing
# but dates (12/10/2026, 2026-10-12) and clock times (08:15, 08.15) is left alone: dates side by side are common,
# and a NIK typed as two valid dates is a grouping nobody uses. Letters end a run, so a digit spelt as a letter
# ("352O") is not caught. See docs/privacy.md.
NUMBER_RUN = re.compile(r"\d(?:[\W_]*\d)*")
NIK_DIGITS = 16
_DATE = re.compile(r"(?<!\d)(?:(\d{1,2})([./-])(\d{1,2})\2(?:19|20)\d\d"  # 12/10/2026
                   r"|(?:19|20)\d\d([./-])(\d{1,2})\4(\d{1,2}))(?!\d)")  # 2026-10-12
_TIME = re.compile(r"(?<!\d)(?:[01]?\d|2[0-3])[:.][0-5]\d(?!\d)")
NIK_MASK = "[NIK disembunyikan]"
CONFIDENTIAL_MARK = "[RAHASIA - jangan dipublikasikan] "


OWN_NUMBER_MASK = "[nomor pelapor disembunyikan]"
PHONE_PREFIX_DIGITS = 3  # what may come before a number's subscriber digits: "0", "62", "062"


def strip_own_number(text: str, phone: str | None) -> str:
    """Replace the reporter's own number, however typed ("0812-3456-7890", "+62 812 3456 7890"), with a mask: an
    anonymous reporter's number is for the verifier only, who has it anyway."""
    subscriber = (phone or "").removeprefix("+62")
    if not subscriber.isdigit() or len(subscriber) < 8:
        return text

    def mask(match: re.Match) -> str:
        digits = "".join(ch for ch in match.group() if ch.isdigit())
        own = digits.endswith(subscriber) and len(digits) - len(subscriber) <= PHONE_PREFIX_DIGITS
        return OWN_NUMBER_MASK if own else match.group()

    return re.sub(r"\+?" + NUMBER_RUN.pattern, mask, text)


def strip_nik(text: str | None) -> str:
    """Replace every run of 16 or more digits (a NIK or KK number, however grouped) in `text` with a mask."""
    return NUMBER_RUN.sub(_mask_run, text or "")


def _mask_run(match: re.Match) -> str:
    run = match.group()
    if sum(ch.isdigit() for ch in run) < NIK_DIGITS or _only_dates(run):
        return run
    return "".join(NIK_MASK if part[0].isdigit() else part for part in _pieces(run))


def _pieces(run: str) -> list[str]:
    """Cut a long run at separators into pieces of 16 digits or more, covering every digit ("A / B": two NIKs)."""
    parts = re.split(r"([\W_]+)", run)
    groups, separators = parts[0::2], parts[1::2]  # digits, and what stands between them
    pieces, digits, left = [groups[0]], len(groups[0]), sum(map(len, groups[1:]))
    for separator, group in zip(separators, groups[1:], strict=True):
        if digits >= NIK_DIGITS and left >= NIK_DIGITS:  # both sides hold a whole number: two masks
            pieces += [separator, group]
            digits = len(group)
        else:
            pieces[-1] += separator + group
            digits += len(group)
        left -= len(group)
    return pieces


def _only_dates(run: str) -> bool:
    """Whether a run of digits is nothing but valid dates (at least one) and clock times."""
    if not any(_valid_date(date) for date in _DATE.finditer(run)):
        return False
    rest = _TIME.sub(" ", _DATE.sub(lambda date: " " if _valid_date(date) else date.group(), run))
    return not any(ch.isdigit() for ch in rest)


def _valid_date(match: re.Match) -> bool:
    day, month = (match[1], match[3]) if match[1] else (match[6], match[5])
    return 1 <= int(day) <= 31 and 1 <= int(month) <= 12


def reporter_identity(complaint) -> tuple[str | None, str | None]:
    """The reporter's (name, phone) that may be sent or exported: (None, None) for an anonymous complaint."""
    if complaint.privacy == "anonim":
        return None, None
    phone = complaint.citizen.phone if complaint.citizen is not None else None
    return complaint.reporter_name, phone


def safe_title(complaint) -> str:
    """The title as it may leave the region: cut again from the masked text (a cut NIK leaves no digits)."""
    from lapor.complaints import make_title

    return make_title(strip_nik(complaint.description)) if complaint.description else strip_nik(complaint.title)
