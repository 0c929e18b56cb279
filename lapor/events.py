"""Domain events: lapor announces what happened; the bot (or anyone) subscribes to tell people.

Subscribers run synchronously inside the caller's transaction, so a notice is queued in the outbox
if and only if the change it announces is committed. Each app has its own `EventBus`; its sessions carry it
(`session.info["events"]`), so domain code publishes with nothing but the session it was given.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.orm import Session


@dataclass(frozen=True)
class ComplaintSubmitted:
    """A citizen filed a complaint."""

    complaint_id: int
    at: datetime


@dataclass(frozen=True)
class StatusChanged:
    """A complaint moved from one status to another."""

    complaint_id: int
    old: str
    new: str
    at: datetime


@dataclass(frozen=True)
class ComplaintRated:
    """A citizen rated the answer to a complaint."""

    complaint_id: int
    score: int
    at: datetime


class EventBus:
    """One app's subscribers, by event type."""

    def __init__(self) -> None:
        self.subscribers: dict[type, list[Callable]] = defaultdict(list)

    def subscribe(self, event_type: type, handler: Callable[[Session, object], None]) -> None:
        """Call `handler(session, event)` whenever an event of `event_type` is published (once per handler)."""
        if handler not in self.subscribers[event_type]:
            self.subscribers[event_type].append(handler)

    def publish(self, session: Session, event: object) -> None:
        """Hand `event` to every subscriber of its type, in the caller's transaction."""
        for handler in list(self.subscribers[type(event)]):
            handler(session, event)


def publish(session: Session, event: object) -> None:
    """Hand `event` to the subscribers of the app the session belongs to (none for a bare session)."""
    bus = session.info.get("events")
    if bus is not None:
        bus.publish(session, event)


@dataclass(frozen=True)
class Dispositioned:
    """A verifier assigned a complaint to an agency (`batch`: the dispositions that one command made, this one
    among them, so that the citizen hears of them in one notice)."""

    disposition_id: int
    at: datetime
    batch: tuple[int, ...] = ()


@dataclass(frozen=True)
class FollowUpGiven:
    """An agency answered on a disposition: progress (TL) or final (SELESAI)."""

    entry_id: int
    final: bool
    at: datetime


@dataclass(frozen=True)
class DispositionReturned:
    """An agency said a complaint is not theirs (KEMBALIKAN)."""

    disposition_id: int
    at: datetime


@dataclass(frozen=True)
class DispositionWithdrawn:
    """A verifier took back a disposition sent to the wrong agency (TARIK)."""

    disposition_id: int
    at: datetime


@dataclass(frozen=True)
class QuestionAsked:
    """A verifier (TUNDA) or an officer (INFO) asked the citizen something."""

    question_id: int
    at: datetime


@dataclass(frozen=True)
class QuestionAnswered:
    """The citizen answered a question (`more`: they added to the answer, this text, part number `part`)."""

    question_id: int
    media: tuple[dict, ...]
    at: datetime
    more: str = ""
    part: int = 0


@dataclass(frozen=True)
class ComplaintArchived:
    """A verifier archived a complaint, with a reason (`by_lapor`: SP4N-LAPOR! archived it, a pull or an import
    said so)."""

    complaint_id: int
    reason: str
    at: datetime
    by_lapor: bool = False


@dataclass(frozen=True)
class ComplaintMerged:
    """A duplicate was merged into a parent complaint; its citizen follows the parent."""

    child_id: int
    parent_id: int
    at: datetime


@dataclass(frozen=True)
class ComplaintReopened:
    """A citizen was not satisfied; the finished dispositions are open again."""

    complaint_id: int
    reason: str
    at: datetime
    media: tuple[dict, ...] = ()  # what the citizen sent with it ({"url", "content_type"})


@dataclass(frozen=True)
class NewNumberClaimed:
    """Someone writing from a number that did not file the complaint says they are its reporter with a new number
    (the verifiers, who see the reporter, check it and call them)."""

    complaint_id: int
    contact_id: int
    text: str
    at: datetime
    disputed: bool = False  # the number it was moved from (NOMORBARU) questions the move: no claim of a new number


@dataclass(frozen=True)
class ReporterMoved:
    """A verifier moved a complaint to its reporter's new number: the new number and the old one are told."""

    complaint_id: int
    old_contact_id: int | None
    new_contact_id: int
    at: datetime


@dataclass(frozen=True)
class EvidenceAdded:
    """A citizen added a statement or evidence (photos, a pin) to their open complaint after filing it."""

    complaint_id: int
    text: str
    at: datetime
    media: tuple[dict, ...] = ()  # {"url", "content_type"}
    withdrawal: bool = False      # the citizen asks for the complaint to be withdrawn (staff decide and close it)


@dataclass(frozen=True)
class StoryOverLimit:
    """A number past its budget of new complaints told another story: kept as a note on its newest complaint."""

    complaint_id: int
    contact_id: int
    story: str
    window: str  # the budget's window it filled: hour or day
    filed: int   # how many complaints the number filed in it
    at: datetime


@dataclass(frozen=True)
class PrivacyTightened:
    """A complaint's reporter is protected more than when it was dispositioned (SP4N-LAPOR! marked it so)."""

    complaint_id: int
    at: datetime


@dataclass(frozen=True)
class DispositionHandedOver:
    """A head handed a disposition to one named officer of the agency (ALIHKAN)."""

    disposition_id: int
    officer_id: int
    by_id: int
    at: datetime


@dataclass(frozen=True)
class StaffClaimed:
    """A number the directory lacks says it is an agency's officer (a new one not registered yet): the verifiers,
    who keep the directory, hear of it to check and register it."""

    contact_id: int
    text: str
    at: datetime


@dataclass(frozen=True)
class StaffAway:
    """A staff member went on leave (CUTI) until `until`."""

    contact_id: int
    until: datetime
    at: datetime


@dataclass(frozen=True)
class StaffStopped:
    """A staff member's WhatsApp refused the service's messages (they replied STOP: Twilio's 21610)."""

    contact_id: int
    at: datetime


@dataclass(frozen=True)
class StaffChanged:
    """The directory deactivated a staff member or changed their role or agency (what they were before)."""

    contact_id: int
    old_role: str
    old_agency_id: int | None
