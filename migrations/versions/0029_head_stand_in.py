"""head's stand-in: who acts as an agency head (Plh) while the head is on leave (CUTI)

Revision ID: 0029
Revises: 0028
"""

import sqlalchemy as sa
from alembic import op

revision = "0029"
down_revision = "0028"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("contacts") as batch:
        batch.add_column(sa.Column("stand_in_id", sa.Integer(), nullable=True))
        batch.create_foreign_key(op.f("fk_contacts_stand_in_id_contacts"), "contacts", ["stand_in_id"], ["id"],
                                 ondelete="SET NULL")


def downgrade() -> None:
    with op.batch_alter_table("contacts") as batch:
        batch.drop_constraint(op.f("fk_contacts_stand_in_id_contacts"), type_="foreignkey")
        batch.drop_column("stand_in_id")
