"""lapor_sync.disposition_id: dispositions made here after a report reached SP4N-LAPOR! are pushed too

Revision ID: 0009
Revises: 0008
"""

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("lapor_sync") as batch_op:
        batch_op.add_column(sa.Column("disposition_id", sa.Integer(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("lapor_sync") as batch_op:
        batch_op.drop_column("disposition_id")
