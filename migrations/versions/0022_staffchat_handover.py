"""hand-over: a disposition's named officer (ALIHKAN) and an officer's leave (CUTI)

Revision ID: 0022
Revises: 0021
"""

import sqlalchemy as sa
from alembic import op

import models.base

revision = "0022"
down_revision = "0021"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("contacts") as batch:
        batch.add_column(sa.Column("away_until", models.base.UTCDateTime(timezone=True), nullable=True))
    with op.batch_alter_table("dispositions") as batch:
        batch.add_column(sa.Column("assignee_id", sa.Integer(), nullable=True))
        batch.create_foreign_key(op.f("fk_dispositions_assignee_id_contacts"), "contacts", ["assignee_id"], ["id"])


def downgrade() -> None:
    with op.batch_alter_table("dispositions") as batch:
        batch.drop_constraint(op.f("fk_dispositions_assignee_id_contacts"), type_="foreignkey")
        batch.drop_column("assignee_id")
    with op.batch_alter_table("contacts") as batch:
        batch.drop_column("away_until")
