"""What works in every state: BATAL, MENU, BANTUAN and STATUS (and IKUTI while similar complaints are offered)."""

from __future__ import annotations

import re
from dataclasses import replace

from rapidfuzz.distance import OSA

from bot import prompts
from bot.commands import leading_keyword, match_phrase, words
from bot.conversation import understanding
from bot.conversation.answers import remind_open
from bot.conversation.corrections import changed_mind_to_kind, changed_mind_to_privacy
from bot.conversation.filing import repeat_question
from bot.conversation.idle import CANCELLED_DRAFT, remind_offer
from bot.conversation.states import FILING, STAY, WAITS_FOR_REPLY, Ask, Next, State, again, back_to_idle
from bot.conversation.status import show_named, show_status
from bot.conversation.turn import Turn, reference
from bot.conversation.vocabulary import GLOBAL
from bot.conversation.withdrawal import ASKED, kept_asked, open_complaints, withdraw
from bot.messages import excerpt
from lapor.complaints import Draft

REPORT_WORDS = frozenset({"lapor", "laporan", "aduan", "melapor", "mengadu"})
CHANGED_MIND = REPORT_WORDS | {"dulu", "kok", "ah"}
CLAUSE_END = re.compile(r"[,.;!?\n]")  # a change of mind may be followed by its reason
# "Not going ahead" as said in the region: Javanese "ora sido", "gak sido", Madurese "ta' dhaddhi", "tak jadi"; read
# here only ("sido" alone is also a name: "desa Sido Mulyo")
NOT_WORDS = frozenset({"tidak", "ta", "tak"})
GOING_AHEAD = frozenset({"jadi", "sido", "sida", "dhaddhi", "dhaddi", "dhadhi"})
RESTART_CHOICE = "lapor"  # the menu's word for filing, read again when idle after starting over


def _not_going_ahead(said: list[str]) -> list[str]:
    """The words with a regional "not going ahead" as "tidak jadi" ("ora sido lapor": tidak jadi lapor)."""
    return ["tidak", "jadi", *said[2:]] if said[:1] and said[0] in NOT_WORDS and said[1:2] and (
        said[1] in GOING_AHEAD) else said


def global_command(text: str, free_text: bool = False, editing: bool = False) -> str | None:
    """BATAL, MENU, BANTUAN or STATUS (also `STATUS LPR-12`, "gak jadi lapor"), or UNSURE for a "btl" that may be
    "betul" or "batal"; None for anything else. While a part
    of the draft is being changed (`editing`), a bare "gak jadi" means not to change it (filing.keeps_as_is).

    A word one typo away from a command, keeping its first letter, counts too ("batl", "stauts"); "satu" is two
    away. Where people type free text (a place, an answer) a word with a letter more or another letter is a word
    of its own (the places "Menur" and "Mulia", "bantal"), so there only a letter missing is a typo ("btal").
    """
    typed = words(text or "")
    if not typed:
        return None
    btl = understanding.btl_reading(text)  # "btl aja deh": batal; "btl" alone may be betul too (UNSURE: asked)
    if btl in ("BATAL", "?") and not editing:
        return "BATAL" if btl == "BATAL" else "UNSURE"
    command = GLOBAL.get(" ".join(typed))
    core = [word for word in typed if word not in understanding.FILLER]  # "batalin aja", "menu dong pak"
    if command is None and len(core) == 1 and len(typed) <= 3:
        command = GLOBAL.get(core[0])
    if command is None and len(typed) == 1:
        command = _one_typo(typed[0], missing_only=free_text)
    elif command is None and not free_text:
        command = match_phrase(text, GLOBAL)
    if command:
        return command
    if len(typed) <= 5 or set(typed[:3]) & GOING_AHEAD:  # gak jadi, ora sido lapor; a long one only if it opens so
        said = _not_going_ahead(understanding.content(CLAUSE_END.split(text, maxsplit=1)[0]))  # "ga jadi lapor pak,
        # udah dibenerin": its reason after the comma
        if said[:2] == ["tidak", "jadi"] and set(said[2:]) <= CHANGED_MIND and (
                not editing or set(said[2:]) & REPORT_WORDS) and not changed_mind_to_kind(text) and (
                not changed_mind_to_privacy(text)):  # "gak jadi, anonim aja": the privacy changed
            return "BATAL"  # "ga jadi, saya mau aspirasi aja" changes the kind (corrections)
        if another_wish(text) is not None:  # "ga jadi lapor jalan, mau lapor sampah aja"
            return "BATAL"
    keyword, rest = leading_keyword(text, {"status": "STATUS"})
    return "STATUS" if keyword and reference(rest)[0] is not None and not reference(rest)[1] else None


def another_wish(text: str) -> str | None:
    """The wish to file something else after a change of mind ("eh ga jadi lapor jalan, mau lapor sampah aja"):
    the words from that wish on; None for anything else."""
    found = CLAUSE_END.search(text or "")
    if (found is None or _not_going_ahead(understanding.content(text[:found.start()]))[:2] != ["tidak", "jadi"]
            or changed_mind_to_kind(text) or changed_mind_to_privacy(text)):  # "ga jadi deh, saya mau aspirasi
        # aja": the kind changed (corrections)
        return None
    rest = text[found.end():].strip(" ,.;!?")
    wanted = understanding.intent(rest) if rest else None
    return rest if wanted is not None and wanted.name == "FILE" else None


def asks_after_a_report_while_filing(text: str) -> bool:
    """A question of how a report is doing ("udah sampai mana ya laporan pohon tumbang", "laporan saya gimana?"):
    while filing it is STATUS, never more of the story or the place."""
    if not set(understanding.standard_words(text)) & REPORT_WORDS or understanding.service_question(text):
        return False  # cheap first (read at every filing step); "kapan laporannya ditanggapi?" asks of the service
    return understanding.asks_after_a_report(text)


def _one_typo(word: str, missing_only: bool) -> str | None:
    """The command one letter (or two swapped; with `missing_only`, one letter missing) away from `word`, with the
    same first letter."""
    if len(word) < 3:
        return None
    near = [key for key in GLOBAL if " " not in key and len(key) >= 4 and key[0] == word[0]
            and OSA.distance(word, key) <= 1 and (not missing_only or len(word) == len(key) - 1)]
    return GLOBAL[near[0]] if len(near) == 1 else None


def on_cancel(turn: Turn) -> Next:
    """Drops the draft (or the rating question) and confirms nothing was sent; a dropped draft lets what waited for
    it be asked. A change of mind to another problem ("ga jadi lapor jalan, mau lapor sampah aja") starts that one."""
    asked = turn.data.get(ASKED)  # "gak jadi" after «Batalkan laporan LPR-n?»: a no to it
    if asked and turn.state == State.ANSWER:
        turn.conversation.data = {key: value for key, value in turn.data.items() if key != ASKED}
        return kept_asked(turn, asked)
    # an answer or a rating asked and no draft: nothing is being filled in, so the filed one is meant too
    waiting = turn.state in WAITS_FOR_REPLY and turn.draft == Draft()
    busy = not waiting and (turn.state != State.IDLE or turn.draft != Draft())
    wanted = None if busy or waiting else understanding.intent(turn.text)
    if wanted is not None and wanted.name == "WITHDRAW":  # "batalkan laporan LPR-3" with no draft: the complaint
        return withdraw(turn, wanted)
    if not busy and (mine := open_complaints(turn)):  # "ga jadi lapor" a day after KIRIM: the filed one is meant
        _skip_rating(turn)
        told = _cancel_filed(turn, mine)
        return back_to_idle(Ask.NOTHING) if waiting else told
    filing = turn.state in FILING
    kept = {CANCELLED_DRAFT: turn.draft.as_data()} if filing and turn.draft.description else {}
    turn.drop_draft()
    _skip_rating(turn)
    another = another_wish(turn.text) if filing else None
    if another is not None:  # "ga jadi lapor jalan, mau lapor sampah aja": the new one is filed instead
        turn.say("cancelled_for_another")
        turn.message = replace(turn.message, body=another)
        return again(State.IDLE)
    turn.say("cancelled" if busy else "nothing_to_cancel")
    if kept:  # "eh jangan batal" next: the draft comes back (idle.on_idle)
        turn.say("cancelled_undo")
        return Next(State.IDLE, kept, ask=Ask.ALL)
    return back_to_idle(Ask.ALL if filing else Ask.NOTHING)


def on_restart(turn: Turn) -> Next:
    """Drops the draft of a filing asked to start over ("ulang", "ulangi dari awal": the machine read it so) and asks
    the first question again."""
    turn.drop_draft()
    turn.say("restarted")
    turn.message = replace(turn.message, body=RESTART_CHOICE)
    return again(State.IDLE)


def _cancel_filed(turn: Turn, mine: list) -> Next:
    """A change of mind with no draft while complaints are open: with the problem said to be fixed meanwhile ("ga
    jadi lapor, udh diangkut sendiri sm warga") the wish to withdraw goes on; a bare one ("ga jadi lapor", "batal")
    says how to withdraw, as nothing is withdrawn on a word this bare (it got "Tidak ada pengisian ...")."""
    if understanding.work_done(turn.text):
        return withdraw(turn, understanding.Intent("WITHDRAW", None, turn.text.strip()))
    if len(mine) == 1:
        turn.say("nothing_to_cancel_filed", reference=mine[0].reference)
    else:
        turn.say("nothing_to_cancel_filed_several", reference=mine[0].reference)
    return STAY


def on_unsure(turn: Turn) -> Next:
    """Asks whether "btl" was "betul" or "batal" (a yes would go on, a cancel drop the draft); nothing changes."""
    turn.say("btl_unsure")
    return STAY


def on_menu(turn: Turn) -> Next:
    """Drops the draft (saying so) and shows the menu; nothing else is asked (an open question can still be
    answered)."""
    if turn.state in FILING and turn.draft != Draft():
        turn.say("cancelled")
    turn.drop_draft()
    _skip_rating(turn)
    turn.say_menu()
    return back_to_idle(Ask.NOTHING)


def _skip_rating(turn: Turn) -> None:
    """A rating being asked is skipped by leaving it (TIDAK PUAS still works)."""
    if turn.state == State.RATING:
        prompts.settled(turn, prompts.RATING, turn.data.get("rating_for"))


def on_help(turn: Turn) -> Next:
    """Explains the service, then repeats the pending question."""
    turn.say("help")
    if turn.contact.phone is None:  # maybe staff writing under a username: how to be recognised
        turn.say("help_link")
    _repeat(turn)
    return STAY


def on_status(turn: Turn) -> Next:
    """Shows the citizen's complaints (or one of them), then repeats the pending question; with none open, a story
    only offered is said not to be filed yet."""
    _, rest = leading_keyword(turn.text, GLOBAL)
    if turn.state == State.OFFER and not rest.strip() and not open_complaints(turn):
        turn.say("offer_still", excerpt=excerpt(turn.data.get("offer") or "", 300))  # taken for filed: it is not
        return STAY
    named = understanding.numbers_named(rest)
    if len(named) > 1:  # "STATUS LPR-1 LPR-2"
        show_named(turn, named)
    else:
        show_status(turn, rest)
    _repeat(turn)
    return STAY


# Asides while filing, no part of the draft ("tolong hapus data saya dari sistem", "sorry I don't speak Indonesian,
# is it a complaint?", Arabic script): each answered with its reply, the pending question asked again (they joined
# the story or were kept as the place)
ASIDES = (("data_deletion_asked", understanding.data_deletion_asked),
          ("language_asked", understanding.language_asked), ("script_not_read", understanding.script_not_read))


def aside_while_filing(text: str) -> str | None:
    """The reply's key for an aside while filing (see ASIDES), or None."""
    return next((key for key, reads in ASIDES if reads(text)), None)


def on_aside(turn: Turn) -> Next:
    """Answers an aside while filing, then repeats the pending question; the draft stays as it was."""
    turn.say(aside_while_filing(turn.text) or "language_asked")
    _repeat(turn)
    return STAY


def on_emergency(turn: Turn) -> Next:
    """An emergency while a story is offered or at a question whose answer is no story: the emergency numbers, then
    the offer or the question as it stood (its words never join the story, nor get «Mohon balas …»)."""
    turn.say("emergency")
    _repeat(turn)
    return STAY


def _repeat(turn: Turn) -> None:
    if turn.state == State.ANSWER:
        remind_open(turn)
    elif turn.state == State.OFFER:  # the story offered before STATUS is still offered: said so
        remind_offer(turn, turn.data.get("offer") or "")
    else:
        repeat_question(turn)
