"""complaints.announced_at: verifiers' notices are built by the scheduler, not in the citizen's request

Revision ID: 0007
Revises: 0006
"""

import sqlalchemy as sa
from alembic import op

import models.base

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("complaints") as batch_op:
        batch_op.add_column(sa.Column("announced_at", models.base.UTCDateTime(timezone=True), nullable=True))
    # Complaints filed before this migration were announced when they were filed.
    op.execute("UPDATE complaints SET announced_at = created_at")
    op.create_index("ix_complaints_unannounced", "complaints", ["id"],
                    postgresql_where=sa.text("announced_at IS NULL"), sqlite_where=sa.text("announced_at IS NULL"))


def downgrade() -> None:
    op.drop_index("ix_complaints_unannounced", table_name="complaints")
    with op.batch_alter_table("complaints") as batch_op:
        batch_op.drop_column("announced_at")
