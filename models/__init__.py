"""Typed SQLAlchemy 2 models, one module per aggregate; `Base.metadata` feeds Alembic."""

from models.answer_template import AnswerTemplate
from models.base import Base, utcnow
from models.complaint import Complaint, ComplaintFollower, ComplaintMedia, Counter, TimelineEntry
from models.contact import STAFF_ROLES, Contact, Conversation, LinkCode, StaffLeave
from models.directory import Agency
from models.disposition import Disposition, DispositionStatus, LedgerEntry, Question
from models.facts import PerformanceFact
from models.heartbeat import JobHeartbeat
from models.lapor_sync import LaporSyncItem, SyncStatus
from models.media import MediaFilePending, MediaItem, MediaStatus
from models.messaging import DeliveryStatus, InboundMessage, OutboxMessage, OutboxStatus
from models.routing import RoutingDecision
from models.vocab import ComplaintStatus, Event, Purpose, Role
from models.web import AuditEntry, LoginCode, RateLimit, RefusedForm, WebSession

__all__ = [
    "Agency", "AuditEntry", "Base", "Complaint", "ComplaintFollower", "ComplaintMedia", "Contact", "Conversation",
    "Counter", "DeliveryStatus", "Disposition", "DispositionStatus", "JobHeartbeat", "LaporSyncItem", "LedgerEntry",
    "MediaItem", "MediaStatus", "Question", "SyncStatus", "InboundMessage", "LinkCode", "LoginCode", "OutboxMessage",
    "OutboxStatus", "RateLimit", "RoutingDecision", "STAFF_ROLES", "TimelineEntry", "RefusedForm", "WebSession",
    "utcnow", "ComplaintStatus", "Event", "Purpose", "Role",
]
__all__ += ["AnswerTemplate"]  # the staff dashboard (issue 17)
__all__ += ["PerformanceFact"]  # the performance page (issue 18)
__all__ += ["StaffLeave"]  # several absences per staff member
__all__ += ["MediaFilePending"]  # files a `flask media clean` run wrote or replaced, until settled
