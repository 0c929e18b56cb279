"""The service's vocabulary: roles, statuses, outbox purposes and timeline events, defined once.

Each is a `StrEnum`: its members are the strings stored in the database, so a stored value compares equal to
its member and no migration is needed; a misspelt member fails at import, a misspelt string never did.
"""

from enum import StrEnum


class Role(StrEnum):
    """A staff member's role (citizens have none)."""

    OFFICER = "officer"        # liaison officer of an agency
    HEAD = "head"              # agency head
    VERIFIER = "verifier"      # coordinator who verifies and dispositions new complaints
    SUPERVISOR = "supervisor"  # region-wide leader (Sekda, Diskominfo coordinator)


class ComplaintStatus(StrEnum):
    """A complaint's status, with SP4N-LAPOR!'s names."""

    NEW = "belum_terverifikasi"
    DISPOSITIONED = "belum_ditindaklanjuti"
    IN_PROGRESS = "proses"
    ON_HOLD = "tertunda"
    DONE = "selesai"
    ARCHIVED = "diarsipkan"


class DispositionStatus(StrEnum):
    """A disposition is open until the agency gives a final answer or returns it."""

    OPEN = "open"            # waiting for the agency (a progress follow-up keeps it open)
    FINAL = "final"          # SELESAI: the agency's final answer
    RETURNED = "returned"    # KEMBALIKAN: not this agency's authority
    FORWARDED = "forwarded"  # external body: to be forwarded through SP4N-LAPOR!
    WITHDRAWN = "withdrawn"  # the complaint was archived or merged while the agency had it: nothing more to do


class OutboxStatus(StrEnum):
    """Outbox lifecycle: pending → sending → sent → (delivered | read | failed | undelivered); waiting → sending."""

    PENDING = "pending"
    SENDING = "sending"
    SENT = "sent"
    DELIVERED = "delivered"
    READ = "read"
    FAILED = "failed"          # Twilio rejected it for good, or it was given up after retries
    UNDELIVERED = "undelivered"
    SKIPPED = "skipped"        # the recipient opted out, or it was cancelled (shown in a reply before it went)
    WAITING = "waiting"        # a photo kept until the person writes again (a template cannot carry media)


class SyncStatus(StrEnum):
    """Sync item lifecycle: pending → sending → done, or failed after the configured attempts."""

    PENDING = "pending"
    SENDING = "sending"
    DONE = "done"
    FAILED = "failed"


class MediaStatus(StrEnum):
    """Where a media item is in its life."""

    PENDING = "pending"      # referenced by a message, waiting for the fetch job
    FETCHING = "fetching"    # claimed by a fetch worker (lease_until says until when)
    STORED = "stored"        # its bytes are in the media storage
    REFUSED = "refused"      # too large or of a type we do not keep (the sender was told)
    FAILED = "failed"        # given up after the configured attempts (logged as an error)
    SKIPPED = "skipped"      # never fetched: nothing will use it (past a complaint's limit, its draft dropped)
    PURGED = "purged"        # deleted (retention or an erasure request); the row keeps the record


class Purpose(StrEnum):
    """Why an outbox message is sent; approved templates (`TWILIO_TEMPLATES`) are chosen by it."""

    NOTICE = "notice"                # anything else (the default)
    VERIFICATION = "verification"    # a new complaint, to the verifiers
    DISPOSITIONED = "dispositioned"  # to the citizen: their complaint went to an agency
    DISPOSITION = "disposition"      # to the officers: a complaint for their agency
    FOLLOW_UP = "follow_up"          # an agency's follow-up, relayed to the citizen
    RATING = "rating"                # asks the citizen to rate a final answer
    RETURNED = "returned"            # to the verifiers: an agency returned a disposition
    QUESTION = "question"            # INFO/TUNDA question, to the citizen
    ANSWER = "answer"                # the citizen's answer, to whoever asked
    ARCHIVED = "archived"            # to the citizen: their complaint was archived
    MERGED = "merged"                # to the citizen: their complaint was merged into another
    WITHDRAWN = "withdrawn"          # to the officers: their disposition was withdrawn (archived or merged)
    REOPENED = "reopened"            # to the officers: a citizen was not satisfied
    REMINDER = "reminder"            # a ladder rung
    CLOSED = "closed"                # to the citizen: closed for good without a reaction
    DIGEST = "digest"                # the daily digest
    LAPOR_SYNC = "lapor_sync"        # to supervisors: the SP4N-LAPOR! sync gave up on an item
    LINK_CODE = "link_code"          # a staff member's login code
    EVIDENCE = "evidence"            # to the officers (or verifiers): what a citizen added after filing
    LOGIN = "login"                  # the staff dashboard's login code (its template: `login=HX…`)
    ROSTER = "roster"                # to heads: no officer of their agency is at work any more (leave)


class Event(StrEnum):
    """What a timeline entry records (the stored names are Indonesian, as SP4N-LAPOR!'s are)."""

    FILED = "dibuat"
    STATUS = "status"                  # a status change with nothing more specific to say
    DISPOSITIONED = "disposisi"
    FOLLOW_UP = "tindak_lanjut"        # progress (TL)
    FINAL_ANSWER = "jawaban_akhir"     # the agency's final answer (SELESAI)
    FINISHED = "selesai"               # every disposition answered: the complaint is done
    RETURNED = "dikembalikan"          # an agency's return (KEMBALIKAN)
    QUESTION = "pertanyaan"            # INFO/TUNDA
    CITIZEN_ANSWER = "jawaban_pelapor"
    RESUMED = "dilanjutkan"            # off hold after the citizen answered
    ARCHIVED = "diarsipkan"
    MERGED = "digabung"
    RATING = "penilaian"
    COMMENT = "komentar"
    REOPENED = "dibuka_kembali"        # a citizen's 'tidak puas'
    EVIDENCE = "tambahan_pelapor"      # what a citizen added to their open complaint after filing
    WITHDRAWAL = "minta_dibatalkan"    # a citizen asked for their open complaint to be withdrawn (staff close it)
    CLOSED = "ditutup"                 # closed for good without a reaction
    LAPOR = "lapor"                    # something SP4N-LAPOR! said or was told
    HANDED_OVER = "dialihkan"          # a head handed a disposition to one officer (ALIHKAN)
    PROTECTED = "dilindungi"           # the citizen asked for more privacy after filing (biasa → rahasia → anonim)
    MEDIA_EXPIRED = "media_kedaluwarsa"  # media deleted after the region's retention period
    MEDIA_ERASED = "media_dihapus"       # media deleted on a citizen's request
    NEW_NUMBER = "nomor_baru"            # a verifier moved the complaint to its reporter's new number (NOMORBARU)
    OVER_LIMIT = "di_luar_batas"         # a story its number filed past its budget, kept for the verifiers only
