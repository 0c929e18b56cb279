"""staff_leaves: several absences per staff member; the contact's away_* columns become the cache of the current
or next one

Revision ID: 0031
Revises: 0030
"""

from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

import models.base

revision = "0031"
down_revision = "0030"
branch_labels = None
depends_on = None

WHEN = models.base.UTCDateTime(timezone=True)
contacts = sa.table("contacts", sa.column("id", sa.Integer()), sa.column("away_from", WHEN),
                    sa.column("away_until", WHEN), sa.column("away_kind", sa.String()),
                    sa.column("stand_in_id", sa.Integer()))
leaves = sa.table("staff_leaves", sa.column("id", sa.Integer()), sa.column("contact_id", sa.Integer()),
                  sa.column("starts_at", WHEN), sa.column("until", WHEN), sa.column("kind", sa.String()),
                  sa.column("stand_in_id", sa.Integer()), sa.column("created_at", WHEN),
                  sa.column("cancelled_at", WHEN))


def upgrade() -> None:
    op.create_table(
        "staff_leaves",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("contact_id", sa.Integer(), nullable=False),
        sa.Column("starts_at", WHEN, nullable=False),
        sa.Column("until", WHEN, nullable=False),
        sa.Column("kind", sa.String(length=40), nullable=True),
        sa.Column("stand_in_id", sa.Integer(), nullable=True),
        sa.Column("created_by", sa.Integer(), nullable=True),
        sa.Column("created_at", WHEN, nullable=False),
        sa.Column("cancelled_at", WHEN, nullable=True),
        sa.ForeignKeyConstraint(["contact_id"], ["contacts.id"], name=op.f("fk_staff_leaves_contact_id_contacts"),
                                ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["stand_in_id"], ["contacts.id"], name=op.f("fk_staff_leaves_stand_in_id_contacts"),
                                ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["created_by"], ["contacts.id"], name=op.f("fk_staff_leaves_created_by_contacts"),
                                ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_staff_leaves")),
    )
    op.create_index(op.f("ix_staff_leaves_contact_id"), "staff_leaves", ["contact_id"])
    # Each contact's one leave becomes a row; a leave under way started no later than now (its first day was
    # forgotten when it started), one that ended no later than its end.
    now = datetime.now(UTC)
    connection = op.get_bind()
    held = connection.execute(sa.select(contacts.c.id, contacts.c.away_from, contacts.c.away_until,
                                        contacts.c.away_kind, contacts.c.stand_in_id)
                              .where(contacts.c.away_until.is_not(None)).order_by(contacts.c.id)).all()
    for contact_id, start, until, kind, stand_in_id in held:
        connection.execute(sa.insert(leaves).values(
            contact_id=contact_id, starts_at=start or min(now, until), until=until, kind=kind,
            stand_in_id=stand_in_id, created_at=now))


def downgrade() -> None:
    # The contacts keep their current or next leave not called off (the cache, written again in case the scheduler
    # had not yet moved an ended leave's successor into it); the others are forgotten. A contact holding none keeps
    # its cache as it is: cleared when its leave was called off, or a leave over, which means nothing.
    now = datetime.now(UTC)
    connection = op.get_bind()
    rows = connection.execute(sa.select(leaves.c.contact_id, leaves.c.starts_at, leaves.c.until, leaves.c.kind)
                              .where(leaves.c.cancelled_at.is_(None), leaves.c.until > now)
                              .order_by(leaves.c.contact_id, leaves.c.starts_at, leaves.c.id)).all()
    first: dict[int, tuple] = {}
    for contact_id, start, until, kind in rows:
        first.setdefault(contact_id, (start, until, kind))
    for contact_id, (start, until, kind) in first.items():
        connection.execute(sa.update(contacts).where(contacts.c.id == contact_id).values(
            away_from=start if start > now else None, away_until=until, away_kind=kind))
    op.drop_index(op.f("ix_staff_leaves_contact_id"), table_name="staff_leaves")
    op.drop_table("staff_leaves")
