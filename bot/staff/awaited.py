"""Whether a message sent while a command waits for its text (a bare TUNDA, ARSIPKAN, KEMBALIKAN, TL …) is that text:
a question about the complaint ("siapa pelapornya", "yg mana ya"), a word of waiting ("bentar bu sy cek"), a bare
reaction ("hmm") or a correction ("salah", "eh bukan") would otherwise reach the citizen as the question or the
reason, or archive a complaint."""

from __future__ import annotations

import re

from bot.commands import normalize, words
from bot.conversation.understanding import WAIT, asks_to_wait
from bot.messages import t
from bot.progress import is_question
from bot.staff.citizen_text import NO_TEXT_WORDS, REQUEST_WORDS, says_nothing
from bot.staff.officer_words import DUPLICATE_WORDS
from bot.staff.waiting import JUNK as JUNK_REASONS

# Commands whose text is a question to the citizen, and those whose text is a reason (archive, return).
ASKING_COMMANDS = {"TUNDA", "INFO"}
REASON_COMMANDS = {"ARSIPKAN", "KEMBALIKAN"}

# "salah", "Salah pak", "eh bukan", "bukan itu", "keliru": the command typed without its text was a mistake.
MISTAKE_SAID = re.compile(r"^(?:(?:eh|ehh|oh|ups|waduh|maaf|mf|aduh)\s+)*(?:salah|slh|keliru|bukan|bkn|"
                          r"(?:gk|ngk|nggk|kagak|ndak|nda|ngga|gak|ga|g)\s*jadi)"
                          r"(?:\s+(?:itu|ini|yg|yang|dia|ketik|kirim|pencet|tulis|pak|bu|mas|mbak|ya|deh|dong|"
                          r"ternyata|sori|sorry|maaf|lpr|no|nomor|\d+))*$")
# A bare reaction ("hmm", "oh", "eh", "wah", "lho"): no text for anyone.
REACTION = re.compile(r"^(?:h+m+|m+|e+h+|o+h+|a+h+|w+a+h+|l+o+h+|l+h+o+|o+|e+|a+|w+o+w+|o+a+l+a+h+|h+a+|ya+h+)$")
# Words of checking while one waits ("bentar bu sy cek", "sy cek dulu", "tunggu sy lihat"): no text either.
CHECKING = {"cek", "ngecek", "dicek", "cekin", "lihat", "liat", "lihatin", "liatin", "periksa", "tanya", "tanyain",
            "sy", "saya", "aku", "kami", "dulu", "dl", "dlu", "ya", "yaa"}
# A question about the complaint for the service, not for the citizen: who reported it, which one.
REPORTER_NAMED = {"pelapor", "pelapornya", "pengadu", "pengadunya"}  # "kapan bapak melapor ke RT?" is for the citizen
WHO_REPORTED = re.compile(r"\bsiapa\b.*\b(?:yg|yang)\s+(?:lapor|melapor|ngadu|mengadu)\b")  # "siapa yg lapor"
WHICH_ALONE = {"yg", "yang", "mana", "ya", "yaa", "sih", "nih", "ini", "itu", "lpr", "laporan", "laporannya"}
# A reason word that says enough alone ("spam", "dobel"): any other reason needs more than one word.
REASON_ALONE = JUNK_REASONS | DUPLICATE_WORDS | {"tes", "test", "percobaan", "hoaks", "kosong", "ganda"}
QUESTION_SEVERAL_WORDS = 4  # a text of this many words may be a question to the citizen without a question word


def mistake_said(text: str) -> bool:
    """Whether the message only says the command was a mistake ("salah", "eh bukan itu"): the waiting is called off."""
    return bool(MISTAKE_SAID.match(normalize(text)))


def _content(text: str) -> list[str]:
    return [w for w in words(text) if w not in NO_TEXT_WORDS]


def not_the_text(command: str, text: str) -> bool:
    """Whether a message sent while `command` waits for its text is clearly not that text: a bare reaction, a word
    of waiting or checking, a question to the service about the complaint, or (for an archive) a single word that
    says nothing."""
    typed = words(text)
    content = _content(text)
    if all(REACTION.match(w) or w in NO_TEXT_WORDS for w in typed) or says_nothing(text):
        return True  # "hmm", "oh", "Hmmm pak"
    if asks_to_wait(text) or (set(typed) & (WAIT | {"dulu", "dl", "dlu"}) and set(content) <= WAIT | CHECKING):
        return True  # "sebentar", "bentar bu sy cek", "sy cek dulu"
    if set(typed) & REPORTER_NAMED and is_question(text) or WHO_REPORTED.search(" ".join(typed)):
        return True  # "siapa pelapornya", "pelapornya siapa ya": asked of the service
    if "mana" in typed and set(content) <= WHICH_ALONE:
        return True  # "yg mana ya", "yang mana ya bu"
    if command in REASON_COMMANDS and is_question(text) and len(content) <= QUESTION_SEVERAL_WORDS:
        return True  # "apa", "kenapa pak?": asked, no reason
    # an archive's reason says something: two words or a reason word ("lihat" archives nothing); a return may name
    # the right agency alone ("dinsos")
    return command == "ARSIPKAN" and len(content) < 2 and not set(content) & REASON_ALONE


def question_unclear(command: str, text: str) -> bool:
    """Whether a text for the citizen awaited by TUNDA or INFO may not be a question ("lokasinya", "Fotonya"):
    no question mark or question word, no request word, and only a word or three. It is asked about first."""
    if command not in ASKING_COMMANDS:
        return False
    return not is_question(text) and not set(words(text)) & REQUEST_WORDS and len(
        _content(text)) < QUESTION_SEVERAL_WORDS


def not_taken_note(command: str, reference: str) -> str:
    """What the staff member is told when a message was not taken as the text `command` waits for."""
    what = "question" if command in ASKING_COMMANDS else "reason" if command in REASON_COMMANDS else "text"
    return t("staff_text_not_taken", command=command, reference=reference, what=t(f"awaited_what_{what}"))
