"""media_items: the media people send, noted by the webhook, fetched from Twilio and stored by content hash

Revision ID: 0018
Revises: 0016
"""

import sqlalchemy as sa
from alembic import op

import models.base

revision = "0018"
down_revision = "0016"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "media_items",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("source_url", sa.String(length=1000), nullable=False),
        sa.Column("declared_type", sa.String(length=100), nullable=False),
        sa.Column("sender_id", sa.Integer(), nullable=True),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("next_attempt_at", models.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("lease_until", models.base.UTCDateTime(timezone=True), nullable=True),
        sa.Column("last_error", sa.Text(), nullable=True),
        sa.Column("content_type", sa.String(length=100), nullable=True),
        sa.Column("size", sa.Integer(), nullable=True),
        sa.Column("sha256", sa.String(length=64), nullable=True),
        sa.Column("clean_sha256", sa.String(length=64), nullable=True),
        sa.Column("created_at", models.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("stored_at", models.base.UTCDateTime(timezone=True), nullable=True),
        sa.Column("purged_at", models.base.UTCDateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(["sender_id"], ["contacts.id"], name=op.f("fk_media_items_sender_id_contacts"),
                                ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_media_items")),
        sa.UniqueConstraint("source_url", name=op.f("uq_media_items_source_url")),
    )
    op.create_index("ix_media_items_due", "media_items", ["status", "next_attempt_at"])
    op.create_index(op.f("ix_media_items_sha256"), "media_items", ["sha256"])
    op.create_index(op.f("ix_media_items_clean_sha256"), "media_items", ["clean_sha256"])
    # Photos filed with complaints before this revision are fetched like new ones (Twilio may have deleted some:
    # those are given up). Media in timeline entries (answers, follow-ups) is not noted: it was relayed already.
    op.execute("INSERT INTO media_items (source_url, declared_type, status, attempts, next_attempt_at, created_at) "
               "SELECT m.url, MIN(m.content_type), 'pending', 0, MIN(c.created_at), MIN(c.created_at) "
               "FROM complaint_media m JOIN complaints c ON c.id = m.complaint_id "
               "WHERE m.url LIKE 'http%' GROUP BY m.url")


def downgrade() -> None:
    op.drop_table("media_items")
