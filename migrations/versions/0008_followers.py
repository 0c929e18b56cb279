"""complaint_followers: citizens who follow a similar public complaint instead of filing it again

Revision ID: 0008
Revises: 0007
"""

import sqlalchemy as sa
from alembic import op

import models.base

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "complaint_followers",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("complaint_id", sa.Integer(), nullable=False),
        sa.Column("contact_id", sa.Integer(), nullable=False),
        sa.Column("created_at", models.base.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["complaint_id"], ["complaints.id"], name=op.f("fk_complaint_followers_complaint_id_complaints"), ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["contact_id"], ["contacts.id"], name=op.f("fk_complaint_followers_contact_id_contacts"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_complaint_followers")),
        sa.UniqueConstraint("complaint_id", "contact_id", name="uq_complaint_followers"),
    )
    op.create_index(op.f("ix_complaint_followers_contact_id"), "complaint_followers", ["contact_id"])


def downgrade() -> None:
    op.drop_index(op.f("ix_complaint_followers_contact_id"), table_name="complaint_followers")
    op.drop_table("complaint_followers")
