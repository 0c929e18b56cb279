"""media_file_pending: the files a `flask media clean` run wrote before its commit or replaced by it, until settled

They were notes appended to items' `last_error` (`; new copy <sha256> written`, `; old copy <sha256> to delete`),
which whoever rewrote `last_error` had to keep and an operator read as errors. Each becomes a row (`written`,
`replaced`) and `last_error` keeps what it said before them. Going down, the notes go back on the first item: the
old sweep reads every item's notes, whatever its status.

Revision ID: 0034
Revises: 0033
"""

import re
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

import models.base

revision = "0034"
down_revision = "0033"
branch_labels = None
depends_on = None

WHEN = models.base.UTCDateTime(timezone=True)
NOTE = re.compile(r"; (?:old copy ([0-9a-f]{64}) to delete|new copy ([0-9a-f]{64}) written)")
items = sa.table("media_items", sa.column("id", sa.Integer()), sa.column("last_error", sa.Text()))
pending = sa.table("media_file_pending", sa.column("key", sa.String()), sa.column("noted_at", WHEN),
                   sa.column("reason", sa.String()))
NOTED = sa.or_(items.c.last_error.like("%; old copy % to delete%"), items.c.last_error.like("%; new copy % written%"))


def upgrade() -> None:
    op.create_table(
        "media_file_pending",
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("noted_at", WHEN, nullable=False),
        sa.Column("reason", sa.String(length=20), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_media_file_pending")),
    )
    now = datetime.now(UTC)
    connection = op.get_bind()
    reasons: dict[str, str] = {}
    for item_id, error in connection.execute(sa.select(items.c.id, items.c.last_error).where(NOTED)
                                             .order_by(items.c.id)).all():
        for found in NOTE.finditer(error):
            reasons.setdefault(found.group(1) or found.group(2), "replaced" if found.group(1) else "written")
        connection.execute(sa.update(items).where(items.c.id == item_id).values(last_error=NOTE.sub("", error) or None))
    if reasons:
        connection.execute(sa.insert(pending), [{"key": key, "noted_at": now, "reason": reason}
                                                for key, reason in reasons.items()])


def downgrade() -> None:
    connection = op.get_bind()
    rows = connection.execute(sa.select(pending.c.key, pending.c.reason)
                              .order_by(pending.c.noted_at, pending.c.key)).all()
    first = connection.scalar(sa.select(sa.func.min(items.c.id)))
    if rows and first is not None:
        notes = "".join(f"; old copy {key} to delete" if reason == "replaced" else f"; new copy {key} written"
                        for key, reason in rows)
        connection.execute(sa.update(items).where(items.c.id == first).values(
            last_error=sa.func.coalesce(items.c.last_error, "") + notes))
    op.drop_table("media_file_pending")
