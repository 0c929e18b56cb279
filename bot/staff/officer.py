"""Officer commands: TL and SELESAI (with the photos held for them), INFO, SURVEI, KEMBALIKAN."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

from bot.commands import said_once, words
from bot.messages import COMMAND_EXAMPLES, day_and_date, excerpt, received, short_date, short_datetime, t
from bot.progress import DONE_MARKERS
from bot.promised import promised_words
from bot.staff.citizen_text import (
    _citizens_words,
    _done_for_citizen,
    points_at_photo,
    says_nothing,
    tells_not_asks,
    without_closing_address,
)
from bot.staff.confirm import SWIPED_TL_KEY, _ask_to_confirm
from bot.staff.finding import _own_disposition
from bot.staff.held import HELD_KEY, HELD_LIFETIME, HELD_NAMED, _expired_media
from bot.staff.office_talk import asks_the_office, for_the_office
from bot.staff.target import _after_quiet_hours, _needs_text, _reachable_reporter, _target
from bot.staff.turn import ECHO_CHARS, StaffTurn, _remember, _remembered
from lapor import dispositions, preconditions
from lapor.audit import record_chat_action
from lapor.media import kind_counts
from models import Disposition, DispositionStatus, TimelineEntry
from models.vocab import Event, Role


def cmd_tl(turn: StaffTurn) -> None:
    """Records a progress follow-up (with photos) and relays it to the citizen."""
    _answer(turn, final=False, example=t("example_progress"))


def cmd_selesai(turn: StaffTurn) -> None:
    """Records the final answer; the complaint is finished when every disposition has one."""
    _answer(turn, final=True, example=t("example_final"))


def _answer(turn: StaffTurn, final: bool, example: str) -> None:
    turn.held = _remembered(turn, HELD_KEY, HELD_LIFETIME)
    expired = None if turn.held else _remembered(turn, HELD_KEY, HELD_NAMED)
    complaint, text = _target(turn, example)
    if complaint is None:
        return
    typed = text
    if turn.held and turn.held.get("complaint") not in (None, complaint.number):
        turn.held = None  # photos captioned for another complaint wait for its own command
    if turn.held and not text.strip() and not turn.message.kept_media:
        text = turn.held["text"]  # "TL LPR-7" alone after a captioned photo: the caption is its text
    if turn.media and points_at_photo(text):
        text = ""  # a photo with "ini pak": the photo is the answer, in the catalogue's words
    text = without_closing_address(text)  # "… ke lokasi ya pak": "ya pak" was said to the bot
    text = text if final else _citizens_words(text)  # "TL LPR-1 otw": the catalogue's words, never "otw"
    text = _final_text(text) if final else text  # "sampun rampung": in Indonesian
    disposition = _own_disposition(turn, complaint)
    # a head's "TL LPR-2 mohon segera ditindaklanjuti" is for the officers, not the citizen
    if disposition is None or _identity_asked(turn, complaint, f"{typed}\n{text}") or not _needs_text(
            turn, complaint, text, example, allow_photo=True) or _head_urges(
            turn, text, complaint.reference) or not final and (_all_done_said(turn, complaint.number, text)
                                                              or _done_alone_said(turn, complaint.number, text)) or (
            _reporter_spoken_of(turn, text, complaint.reference)) or _office_words(turn, text, complaint.reference):
        return
    text = text.strip() or t("answer_photos_only")
    if not final and not turn.media and (sent := _same_progress(disposition, text, turn.now)) is not None:
        turn.say("tl_already", reference=complaint.reference, when=short_datetime(sent.at, turn.zone))
        return
    dispositions.follow_up(turn.session, disposition, turn.staff, text, turn.now, turn.svc.region, final=final,
                           media=turn.media)
    record_chat_action(turn.session, turn.staff, "selesai" if final else "tl", complaint, at=turn.now,
                       media=len(turn.media))
    if turn.held:
        _remember(turn, HELD_KEY, None)  # the held photos went with this answer
    extra = _answered_extra(turn, expired, complaint, text, final)
    if not final:
        from bot.staff.officer_words import sent_remembered

        sent_remembered(turn, complaint.number)  # the next bubbles may be more of it
        turn.say("tl_done", reference=complaint.reference, photos=extra)
        if turn.implied:
            turn.say("tl_swiped", reference=complaint.reference)
            _remember(turn, SWIPED_TL_KEY, {"complaint": complaint.number, "at": turn.now.isoformat(),
                                            "sid": turn.message.sid})
        else:
            next_key = "tl_next" if complaint.kind == "pengaduan" else f"tl_next_{complaint.kind}"
            turn.replies[-1] += "\n" + t(next_key, reference=complaint.reference)
    else:
        others = [d.agency.code for d in complaint.dispositions if d.status == DispositionStatus.OPEN]
        rest = t("selesai_waiting", others=", ".join(others)) if others else t("selesai_all_done")
        turn.say("selesai_done", reference=complaint.reference, photos=extra, rest=rest)
    _asked_if_back(turn)


def _identity_asked(turn: StaffTurn, complaint, text: str) -> bool:
    """A TL, SELESAI or SURVEI whose words ask an anonymous reporter who they are is not sent, as such an INFO is
    not (`preconditions.why_not_say_this`): the officer is told why and what to send instead. False else."""
    if not text or not preconditions.why_not_say_this(complaint, turn.staff, text):
        return False
    turn.say("answer_identity_withheld", command=turn.command, reference=complaint.reference,
             example=t(COMMAND_EXAMPLES.get(turn.command, "example_progress")))
    return True


def _answered_extra(turn: StaffTurn, expired, complaint, text: str, final: bool) -> str:
    """What the acknowledgement adds: the attachments, media expired, the citizens' quiet hours, and the day a
    promise names as the citizen reads it ("besok" as a date, `bot.notices.on_follow_up`)."""
    kinds = kind_counts(m["content_type"] for m in turn.media)
    extra = f" Lampiran: {received(kinds)}." if turn.media else ""
    extra += _expired_media(turn, expired, complaint) + _after_quiet_hours(turn)
    if not final and (day := promised_words(text, turn.now, turn.svc.region.calendar)):
        extra += t("tl_promised", day=day)
    return extra


# The reporter judged in the third person ("pelapor rewel", "pelapornya ngeyel, sdh dijelaskan"): words about them
# for the office, which the reporter would read. Naming them in the work ("sudah kami hubungi pelapor", "data pelapor
# sudah kami cek") is progress they may read.
REPORTER_THIRD = {"pelapor", "pelapornya", "pengadu", "pengadunya", "pelapore", "ybs"}
REPORTER_JUDGED = {"rewel", "ngeyel", "cerewet", "bawel", "rese", "resek", "lebay", "alay", "bohong", "ngibul",
                   "ngarang", "ngada", "ngawur", "iseng", "aneh", "sok", "bodoh", "tolol", "goblok", "gila", "nyebelin",
                   "menyebalkan", "ribet", "repot", "susah", "sulit", "marah", "ngamuk", "emosi", "galak", "kasar",
                   "provokator", "tukang", "hobi", "caper", "baper", "lebai", "kepo", "usil", "nyinyir"}


def _reporter_spoken_of(turn: StaffTurn, text: str, reference: str) -> bool:
    """A TL or SELESAI whose text speaks of the reporter in the third person is asked about first (the reporter
    reads it: "pelapor rewel" reached them): YA sends it as typed. False when confirmed or not so."""
    typed = {said_once(w) for w in words(text)}  # "marah2"
    if turn.confirmed or not typed & REPORTER_THIRD or not typed & REPORTER_JUDGED:
        return False
    _ask_to_confirm(turn, turn.command, f"{reference} {text}", "staff_confirm_reporter_named",
                    asked=turn.command, reference=reference, text=excerpt(text, 300))
    return True


def _final_text(text: str) -> str:
    """A final answer's text as the citizen reads it: when it says only "done" with no word of its own
    ("SELESAI LPR-1 sudah", "… selesai", "… done": it reached the citizen as the answer "sudah"), the catalogue's
    words, as done said in the region's words is; "" for nothing at all (the answer is asked for)."""
    text = _done_for_citizen(text)
    typed = words(text)
    if typed and all(w in BARE_DONE or says_nothing(w) for w in typed) and set(typed) & BARE_DONE:
        return t("answer_done")
    return text


# "Done" with nothing of its own for the citizen ("sudah beres", "sudah tuntas" tell it and stay as typed)
BARE_DONE = DONE_MARKERS | {"selesai", "slsai", "sls", "done", "finish", "finished", "clear", "complete", "completed"}


def _head_urges(turn: StaffTurn, text: str, reference: str) -> bool:
    """A TL or SELESAI whose text only urges the work on ("mohon segera ditindaklanjuti", "tolong dicek"), nothing
    done nor promised: nothing reaches the citizen. A head is told the officers at work on it, as the same words
    typed without the command are; an officer (passing on an instruction) that it reads as a request, with how
    news for the citizen is written. False for anything else ("TL LPR-2 akan segera ditindaklanjuti" promises)."""
    from bot.progress import sounds_like_progress
    from bot.staff.leader_words import _head_chases
    from bot.staff.questions import ASKING_TO, TO_BE_DONE

    typed = set(words(text))
    guidance = turn.staff.role != Role.HEAD and typed & REQUESTING and typed & GUIDANCE  # "mohon arahan pimpinan"
    if not (typed & ASKING_TO and typed & TO_BE_DONE or guidance) or sounds_like_progress(text):
        return False
    if turn.staff.role != Role.HEAD:
        if not typed & REQUESTING or typed & PROMISING:
            return False
        turn.say("staff_tl_urges", command=turn.command, reference=reference, text=excerpt(text, ECHO_CHARS))
        return True
    held = _head_chases(turn)
    if held is None:
        return False
    turn.say("staff_head_who", **held)
    return True


def _office_words(turn: StaffTurn, text: str, reference: str) -> bool:
    """A TL or SELESAI whose text is said to the office (a superior's instruction, a signature awaited, the
    officer's own note: `office_talk.for_the_office`) is asked about first: YA sends it as typed. False when
    confirmed or not so."""
    if turn.confirmed or not for_the_office(text):
        return False
    _ask_to_confirm(turn, turn.command, f"{reference} {text}", "staff_confirm_office_words", asked=turn.command,
                    reference=reference, text=excerpt(text, 300))
    return True


# The work said done to the full ("progres 100%", "pengerjaan sdh 100 persen"), not aimed at ("target 100%")
HUNDRED = re.compile(r"(?<![\d.,])100\s*(?:%|(?:persen|prsn|prosen)\b)", re.IGNORECASE)
NOT_THERE_YET = {"belum", "blm", "hampir", "target", "menuju", "mendekati", "kurang", "krg", "durung", "sebelum"}


def _all_done_said(turn: StaffTurn, number: int, text: str) -> bool:
    """A TL that says the work is at a hundred percent is asked about as the final answer (SELESAI, or TL kept):
    the complaint would otherwise stay open with the citizen told it is finished. False for anything else."""
    from bot.staff.officer_words import PROGRESS_ONLY, _ask_final

    if turn.confirmed or HUNDRED.search(text) is None or set(words(text)) & NOT_THERE_YET:
        return False
    said = [w for w in words(text) if w not in PROGRESS_ONLY and not w.isdigit()]
    _ask_final(turn, number, text if said else "", media=turn.media or None)
    return True


def _done_alone_said(turn: StaffTurn, number: int, text: str) -> bool:
    """A TL whose text only says it is done ("tl1 sudah", "TL LPR-1 beres pak") is asked about as the final answer,
    whose text is asked for next: "sudah" alone reached the citizen as progress. False for anything else."""
    from bot.staff.citizen_text import _only_done_said
    from bot.staff.officer_words import _ask_final

    if turn.confirmed or not words(text) or not _only_done_said(text):
        return False
    _ask_final(turn, number, "", media=turn.media or None)
    return True


GUIDANCE = {"arahan", "arahannya", "petunjuk", "petunjuknya", "persetujuan", "acc", "disposisi", "keputusan"}
REQUESTING = {"tolong", "tlg", "mohon", "mhn", "harap", "agar", "supaya", "dimohon"}  # asked of someone
PROMISING = {"akan", "kami", "sedang", "lagi", "sdg", "bersabar", "sabar"}  # "mohon bersabar, akan …"


# The same progress typed again this soon is a resend (the first looked as if it had not gone through), not news.
SAME_PROGRESS_WINDOW = timedelta(hours=24)


def _same_progress(disposition: Disposition, text: str, now: datetime) -> TimelineEntry | None:
    """The disposition's last progress when it said the same words (case, spacing and end punctuation aside) less
    than SAME_PROGRESS_WINDOW ago: the citizen read the same TL twice."""
    said = [e for e in disposition.complaint.timeline if e.disposition_id == disposition.id and e.text]
    if not said or said[-1].event != Event.FOLLOW_UP or said[-1].media:
        return None
    last = said[-1]
    at = last.at if last.at.tzinfo else last.at.replace(tzinfo=UTC)
    same = _plain_words(last.text) == _plain_words(text)
    return last if same and now - at < SAME_PROGRESS_WINDOW else None


def _plain_words(text: str) -> str:
    return " ".join(text.casefold().split()).rstrip(" .!")


def _asked_if_back(turn: StaffTurn) -> None:
    """Work sent by someone whose leave is on is real work, recorded as any; as their notices and reminders still go
    to colleagues, they are asked whether they are back (YA ends the leave, TIDAK keeps it): one answer from home
    is no return to work."""
    if turn.staff.on_leave(turn.now):
        _ask_to_confirm(turn, "CUTI", "SAYA SELESAI", "staff_work_on_leave",
                        back=day_and_date(turn.staff.away_until, turn.zone))


def cmd_info(turn: StaffTurn) -> None:
    """Relays an officer's question to the citizen; the answer comes back to this officer."""
    complaint, text = _target(turn, t("example_question"))
    if complaint is None:
        return
    text = without_closing_address(text, to_citizen=True)  # "… sebelah mana ya bro": "bro" was the office's
    disposition = _own_disposition(turn, complaint)
    if disposition is None or not _needs_text(turn, complaint, text, t("example_question")):
        return
    if not turn.confirmed and (asks_the_office(text) or for_the_office(text)):  # "INFO LPR-1 tolong dicek"
        _ask_to_confirm(turn, "INFO", f"{complaint.reference} {text.strip()}", "info_confirm_office_words",
                        reference=complaint.reference, text=excerpt(text.strip(), 300))
        return
    if tells_not_asks(text):
        turn.say("info_not_a_question", reference=complaint.reference, text=excerpt(text.strip(), 200))
        return
    if not _reachable_reporter(turn, complaint):
        return
    if preconditions.why_not_ask_this(complaint, turn.staff, text):
        turn.say("info_identity_withheld", reference=complaint.reference)
        return
    dispositions.ask_citizen(turn.session, complaint, turn.staff, text.strip(), turn.now, disposition)
    record_chat_action(turn.session, turn.staff, "info", complaint, at=turn.now)
    turn.say("info_done", reference=complaint.reference)
    turn.replies[-1] += _after_quiet_hours(turn)


def cmd_survei(turn: StaffTurn) -> None:
    """Marks that the disposition needs a field inspection: the longer deadline applies and the citizen is told."""
    example = t("example_inspection")
    complaint, text = _target(turn, example)
    if complaint is None:
        return
    disposition = _own_disposition(turn, complaint)
    if disposition is None or _identity_asked(turn, complaint, text) or not _needs_text(turn, complaint, text,
                                                                                        example):
        return
    due = dispositions.due_at(turn.svc.region, complaint.kind, disposition.created_at, True)
    note = t("survei_note", reason=text.strip(), due=short_date(due, turn.zone))
    dispositions.mark_field_inspection(turn.session, disposition, turn.staff, note, turn.now, turn.svc.region)
    record_chat_action(turn.session, turn.staff, "survei", complaint, at=turn.now)
    turn.say("survei_done", reference=complaint.reference, due=short_date(due, turn.zone),
             days=turn.svc.region.settings.field_inspection_days)


def cmd_kembalikan(turn: StaffTurn) -> None:
    """Returns a disposition to the verifier ("bukan kewenangan kami") with the reason."""
    complaint, text = _target(turn, t("example_reason"))
    if complaint is None:
        return
    disposition = _own_disposition(turn, complaint)
    if disposition is None or not _needs_text(turn, complaint, text, t("example_return_reason")):
        return
    dispositions.return_disposition(turn.session, disposition, turn.staff, text.strip(), turn.now, turn.svc.region)
    record_chat_action(turn.session, turn.staff, "kembalikan", complaint, at=turn.now, reason=text.strip()[:200])
    turn.say("kembalikan_done", reference=complaint.reference)
