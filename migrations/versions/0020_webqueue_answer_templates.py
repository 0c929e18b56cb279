"""answer_templates (templat jawaban per agency), complaints.duplicate_suggestions, indexes of the staff queue

Revision ID: 0020
Revises: 0019
"""

import sqlalchemy as sa
from alembic import op

import models.base

revision = "0020"
down_revision = "0019"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "answer_templates",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("agency_id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=100), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("created_by_id", sa.Integer(), nullable=True),
        sa.Column("created_at", models.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", models.base.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["agency_id"], ["agencies.id"], name=op.f("fk_answer_templates_agency_id_agencies"),
                                ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["created_by_id"], ["contacts.id"],
                                name=op.f("fk_answer_templates_created_by_id_contacts"), ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_answer_templates")),
        sa.UniqueConstraint("agency_id", "title", name="uq_answer_templates_agency_title"),
    )
    with op.batch_alter_table("complaints") as batch:
        batch.add_column(sa.Column("duplicate_suggestions", models.base.JSONType, nullable=True))
    op.create_index("ix_complaints_status_created", "complaints", ["status", "created_at"])
    op.create_index("ix_dispositions_agency_open_due", "dispositions", ["agency_id", "due_at"],
                    postgresql_where=sa.text("status = 'open'"), sqlite_where=sa.text("status = 'open'"))


def downgrade() -> None:
    op.drop_index("ix_dispositions_agency_open_due", table_name="dispositions")
    op.drop_index("ix_complaints_status_created", table_name="complaints")
    with op.batch_alter_table("complaints") as batch:
        batch.drop_column("duplicate_suggestions")
    op.drop_table("answer_templates")
