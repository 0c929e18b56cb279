"""complaints.lapor_pulled_at: HTTP mode pulls a batch at a time, the reports asked for longest ago first

Revision ID: 0010
Revises: 0009
"""

import sqlalchemy as sa
from alembic import op

import models.base

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("complaints") as batch_op:
        batch_op.add_column(sa.Column("lapor_pulled_at", models.base.UTCDateTime(timezone=True), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("complaints") as batch_op:
        batch_op.drop_column("lapor_pulled_at")
