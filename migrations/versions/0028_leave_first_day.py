"""leave ahead: the first day of a staff member's leave (CUTI) recorded before it starts

Revision ID: 0028
Revises: 0027
"""

import sqlalchemy as sa
from alembic import op

import models.base

revision = "0028"
down_revision = "0027"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("contacts") as batch:
        batch.add_column(sa.Column("away_from", models.base.UTCDateTime(timezone=True), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("contacts") as batch:
        batch.drop_column("away_from")
